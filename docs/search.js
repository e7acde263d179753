var SITE_STEM_RULES = [["ational", "ate"], ["ization", "ize"], ["ations", "ate"], ["ation", "ate"], ["ions", ""], ["ion", ""], ["ings", ""], ["ing", ""], ["ies", "y"], ["sses", "ss"], ["ers", ""], ["er", ""], ["edly", ""], ["ed", ""], ["es", ""], ["ss", "ss"], ["s", ""], ["ly", ""]];
var SITE_SEARCH = [
{
"b": "sugar skeleton bas act recognit that learn featur from visual mot languag knowledg and nam describ with a lora adapt larg model is an open runnabl implementat of ye et al representat for aaai 2026 which recognis human 3d sequenc first llm writ every in list how the head hand arm hip leg feet mov what fram show step 1 ship fiv packag was written thi project pap s format it new offlin small or any openai compatibl serv then ctr gcn encod keep tim axi multi positiv mil nce loss to plac each next text embed its 2 final frozen temporal query q form read segment by turn into few token answ short descript also nev train on 3 hold thre common dataset your own data evaluat figur command lin run cpu use gpu when ther one literat nbdev notebook nbs are sourc test documentat",
"c": "",
"h": "sugar index",
"href": "index.html",
"section": "",
"title": "sugar"
},
{
"b": "on a fresh linux machin with python 3 10 or new from clon of thi repository cpu is enough the sam cod run gpu main command creat virtual environment install put offlin default llm in plac and whol sugar method demo data bundl test ucla optional video extra pos extract which its use then every notebook s ful ship nw knowledg step 1 ctr gcn encod train mil nce against it 2 tqp lora packag smollm2 135m instruct anchor token no for pap without evaluat by nearest class text exact rank constrain decod skeleton fre control kept zero what add read predict descript figur confus matric t sne an animat caption answ each stag resumabl fold und out are synthetic mot fiv act show that machinery work end to doe not measur accuracy cor amd epyc as bash ci took 5 minut peak memory 4 68 gib one such 614 61 anoth wher epoch tak about 20 print both writ them summary json wall path pipelin real dataset check short installat 6 tim venv library readm documentat sync n pass m fail",
"c": "sugar index",
"h": "install",
"href": "index.html#install",
"section": "Install",
"title": "sugar"
},
{
"b": "noth is download at run tim the default ship in pypi packag model used for smollm2 135m instruct llama architectur q4 1 gguf paramet llm of step and 3 0 2 all minilm l6 v2 text encod gt an ordinary dependency not becaus its metadata pull cpp python a c build that sugar nev use transform read itself weight wheel with pip without install it check against s record hash extract only fil to cach hom mov fold point any oth you already hav so stay clean hug fac id or local can replac eith torch 14 torchvis 29 are pin unpin much larg new",
"c": "sugar index",
"h": "offlin default model",
"href": "index.html#offline-default-models",
"section": "Offline default models",
"title": "sugar"
},
{
"b": "step 1 and 2 in python on the bundl demo data knowledg ship for nw ucla act embed by packag minilm supervis a small encod train with mil nce four epoch which then nam test clip its nearest class text cpu tak second onc library are load it fiv of fram twenty aft short only show that part fit togeth whol pipelin 3 includ use sugar or pretrain finetun evaluat command lin is tqp llm recognis",
"c": "sugar index",
"h": "quickstart",
"href": "index.html#quickstart",
"section": "Quickstart",
"title": "sugar"
},
{
"b": "put one fil per sequenc in a fold npy array t v c or m npz with joint json and writ an index besid them csv such as label the act nam split train test protocol column mor your own data choos built layout kinect20 ntu25 coco17 skeleton then knowledg for offlin sugar my txt lin has packag smollm2 135m instruct it part by model only ever content of body visual sentenc descript so every class com out complet that is empty repeat prompt s exampl copy anoth text resampl whatev kept anyway print record provenanc wrot each weight llm gemma backend use 3 270m instead hf any hug fac causal lm openai url serv small plausibl but generic what worth you can edit hand cross entropy baselin need non on dataset nev evaluat scor run pick its default standard plain step 2 rank new list their from ship miss command finetun also mod calibrat minu sam token zero fre control alon answ without look fus combin chosen validat clip pretrain val 0 1 across video pip install e mediapip blazepos whos wheel cpu sub becom recognis direct gif drawn over fram capt long enough epoch plan siz set at least 30 800 optimis warm up learn rat decay plac fract first g 259 batch 16 113 808 few hundr get several tim fix would giv whil nw ucla 020 keep end final loss accuracy warn word when short than tha",
"c": "sugar index",
"h": "use it on your own data",
"href": "index.html#use-it-on-your-own-data",
"section": "Use it on your own data",
"title": "sugar"
},
{
"b": "every run keep everyth in its out fold config json checkpoint metric and rerun the sam command resum aft last finish epoch also a kill 9 crash safety only it hold carry fingerprint of what defin configurat seed data s content class protocol knowledg text encod for step 3 2 llm lora set that dif any them is refus with field nam fresh start over an contain e g ce giv distinct own",
"c": "sugar index",
"h": "run fold resum nev mix",
"href": "index.html#run-folders-resume-never-mix",
"section": "Run folders: resume, never mix",
"title": "sugar"
},
{
"b": "northwestern ucla multiview action3d cross view protocol train on 1 and 2 020 sequenc test 3 464 joint stream only sugar s step the encod with mil nce against knowledg classify by nearest class text besid entropy baselin sam a linear head data process schedul batch 16 sgd nesterov momentum lr 0 5 warm up epoch x0 aft 80 of top in mean sampl standard deviat over seed from commit result fil objectiv pretrain opt ce machin command pap loss default 87 9 89 35 40 h100 gpu nw step2 sweep py every as negativ all 86 7 8 visual kind 88 90 91 cor cpu row are one 18 run recip abov nvidia 80gb hbm3 shar 12 then 6 at tim its budget stop 10 them befor so evaluat com is wher has numb each amd epyc 31 minut thes 463769b d164159 d435724 pad fix minmax normalis rerun it reach 09 95 insid spread between exact json b he init 40ep pool summariz mod into summary 200 for beyond thi not match yet averag lead 4 point whil configurat land to apart tqp lora packag smollm2 135m measur below an validat split earli zero shot spe measurement what gap analysi found research tutorial walk through benchmark figur",
"c": "sugar index",
"h": "result on nw ucla",
"href": "index.html#results-on-nw-ucla",
"section": "Results on NW-UCLA",
"title": "sugar"
},
{
"b": "step 3 train tqp eq 4 and lora on a frozen 2 encod the mil nce run with pap s random combinat of text combin 32 epoch without 10 clip which every choic below is mad test split read onc per configurat exampl shuffl act list l 16 token micro batch 8 total lr 5e bf16 autocast cor amd epyc cpu view numb featur sugar finetun tim augment one from recip augmentat e mod k anchor 1 add beyond recognis mor input averag llm embed nam weight by nearest distribut over them its content fre control also get uniform each column recognit sam evaluat top in mean sampl standard deviat seed val rank calibrat fus 57 87 53 38 9 7 73 5 75 50 6 77 0 81 72 80 85 feat dropout 31 27 84 79 cross entropy baselin budget nw ucla step2 py command step3 result summary json chosen validat two lev count overfit 922 thre six ten lift at it 14 to 55 choos 21 33 reach classifi own 07 stay tri still gain noth her best alon",
"c": "sugar index",
"h": "step 3 on nw ucla chosen a validat split",
"href": "index.html#step-3-on-nw-ucla-chosen-on-a-validation-split",
"section": "Step 3 on NW-UCLA, chosen on a validation split",
"title": "sugar"
},
{
"b": "what is knowledg from a small local model worth quality py writ the nw ucla with each packag structur greedy sam prompt and train step 2 mil nce cross view 30 epoch seed 0 it on 7 of 10 act held out dof throw carry chosen befor any run against ship nam only control whos every text person one so differenc few point are within nois written by complet class part kept problem top 1 seen zero shot 3 unseen all hand for thi project 100 88 31 9 62 5 89 4 57 63 smollm2 135m instruct 8 34 gemma 270m bas sugar weight llm 11 84 37 59 new list 20 that no fil contain took 77 s 140 amd epyc cor per pictur sober now forc them land lowest but doe at least as well far bet ten encod learn most which not say about body mak content pay subject work in progress pap random combinat learnabl map select validat split over benchmark how to check chang",
"c": "sugar index",
"h": "knowledg written offlin",
"href": "index.html#knowledge-written-offline",
"section": "Knowledge written offline",
"title": "sugar"
},
{
"b": "documentat sugar ml github io one pag per notebook skeleton data joint layout transform nw ucla pyskl and your own ntu rgb d pku mmd toyota smarthom the demo step 1 mot knowledg text generat backend visual 2 ctr gcn encod mil nce train 3 tqp oth bridg lora llm recognis evaluat figur command reliability damag fil crash safety memory limit infrastructur asset thi sit s build tutorial on full benchmark by across dataset a run zero shot anoth act research not what we measur learn pap ye et al representat with for recognit aaai 2026 find it if you use cit",
"c": "sugar index",
"h": "learn mor",
"href": "index.html#learn-more",
"section": "Learn more",
"title": "sugar"
},
{
"b": "edit the notebook nev sugar py they are generat then",
"c": "sugar index",
"h": "develop",
"href": "index.html#developing",
"section": "Developing",
"title": "sugar"
},
{
"b": "joint layout nam tre the six body part bon ctr gcn adjacency built in synthetic pos and skeleton draw a sequenc is an array of coordinat over tim what numb mean fix by every data s ord that connect them each parent used as centr group sugar writ its mot knowledg for follow hak pastanet schem pap head hand arm hip leg foot export sourc",
"c": "",
"h": "skeleton layout",
"href": "skeleton.html",
"section": "",
"title": "Skeleton layouts"
},
{
"b": "a malform layout or an array that doe not fit one the messag nam sourc and field export",
"c": "skeleton layout",
"h": "layouterror",
"href": "skeleton.html#layouterror",
"section": "LayoutError",
"title": "Skeleton layouts"
},
{
"b": "sourc",
"c": "skeleton layout",
"h": "the layout class",
"href": "skeleton.html#the-layout-class",
"section": "The Layout class",
"title": "Skeleton layouts"
},
{
"b": "a skeleton joint layout nam parent tre centr and the six body part group typ default detail str short identifi e g ntu25 list in data s ord index of each 0 bas 1 mark root cent object or indic averag to on dict for src wher it cam from error export sourc validat run construct so that exist is alway usabl uniqu every rang singl reach no cycl all present non empty check small funct failur field malform fail at onc with reason",
"c": "skeleton layout",
"h": "layout",
"href": "skeleton.html#layout",
"section": "Layout",
"title": "Skeleton layouts"
},
{
"b": "sourc",
"c": "skeleton layout",
"h": "bon edg and the adjacency",
"href": "skeleton.html#bones-edges-and-the-adjacency",
"section": "Bones, edges and the adjacency",
"title": "Skeleton layouts"
},
{
"b": "numb of joint v export sourc",
"c": "skeleton layout",
"h": "layout n joint",
"href": "skeleton.html#layout.n_joints",
"section": "Layout.n_joints",
"title": "Skeleton layouts"
},
{
"b": "index of the tre s root joint export sourc",
"c": "skeleton layout",
"h": "layout root",
"href": "skeleton.html#layout.root",
"section": "Layout.root",
"title": "Skeleton layouts"
},
{
"b": "the tre s child parent pair root exclud v 1 edg export sourc",
"c": "skeleton layout",
"h": "layout edg",
"href": "skeleton.html#layout.edges",
"section": "Layout.edges",
"title": "Skeleton layouts"
},
{
"b": "joint parent pair for the bon stream one per root with itself export sourc a may sit in mor than part group wrist mov both hand and arm of giv first that list each ord which is what draw colour by no get 1",
"c": "skeleton layout",
"h": "layout bon",
"href": "skeleton.html#layout.bones",
"section": "Layout.bones",
"title": "Skeleton layouts"
},
{
"b": "index into part of the first contain each joint 1 if non export sourc graph convolut use ctr gcn st spatial partit neighbourhood thre v matric for itself identity its inward neighbour toward root and outward away from it entry a k i j weigh messag to are normalis so every empty column sum one spread unit weight over in that direct encod draw subset on skeleton",
"c": "skeleton layout",
"h": "layout part of",
"href": "skeleton.html#layout.part_of",
"section": "Layout.part_of",
"title": "Skeleton layouts"
},
{
"b": "3 v float32 spatial adjacency identity normalis inward outward typ default detail return ndarray export sourc",
"c": "skeleton layout",
"h": "layout adjacency",
"href": "skeleton.html#layout.adjacency",
"section": "Layout.adjacency",
"title": "Skeleton layouts"
},
{
"b": "a user s own layout is few lin of json or yaml joint nam each parent by index null 1 for the root centr and six part group indic export sourc",
"c": "skeleton layout",
"h": "layout from fil",
"href": "skeleton.html#layouts-from-files",
"section": "Layouts from files",
"title": "Skeleton layouts"
},
{
"b": "build a layout from dict with key nam joint parent cent part typ default detail d or indic src str wher cam for error messag return the validat export sourc",
"c": "skeleton layout",
"h": "layout from dict",
"href": "skeleton.html#layout.from_dict",
"section": "Layout.from_dict",
"title": "Skeleton layouts"
},
{
"b": "a json ready dict joint nam for parent and part that layout from read back typ default detail return cent export sourc",
"c": "skeleton layout",
"h": "layout to dict",
"href": "skeleton.html#layout.to_dict",
"section": "Layout.to_dict",
"title": "Skeleton layouts"
},
{
"b": "read a layout json or yaml fil see from dict for the field typ default detail path yml return validat export sourc sam in and what mistak look lik",
"c": "skeleton layout",
"h": "layout from fil",
"href": "skeleton.html#layout.from_file",
"section": "Layout.from_file",
"title": "Skeleton layouts"
},
{
"b": "ntu 25 is the kinect v2 joint set of rgb d 60 120 and pku mmd tre one st gcn ctr use root at spin should hand tip hang off thumb so our graph match publish model centr middl as in sgn preprocess part are written with dataset own 1 bas numb export sourc v1 20 nw ucla oth data msr action3d utkinect ord follow releas used by toyota smarthom 13 skeleton com from lcr net pos estimator its right left ankl kne hip wrist elbow then head ther no on mean two coco 17 keypoint 2d hrnet rtmpos pyskl s pipelin nos all built layout liv regist add a user und nam every read command can ref to it",
"c": "skeleton layout",
"h": "built in layout",
"href": "skeleton.html#built-in-layouts",
"section": "Built-in layouts",
"title": "Skeleton layouts"
},
{
"b": "mak layout availabl by nam to get typ default detail a from fil or built in cod return the sam export sourc",
"c": "skeleton layout",
"h": "regist layout",
"href": "skeleton.html#register_layout",
"section": "register_layout",
"title": "Skeleton layouts"
},
{
"b": "a layout by nam see or user from json yaml fil path typ default detail return the export sourc",
"c": "skeleton layout",
"h": "get layout",
"href": "skeleton.html#get_layout",
"section": "get_layout",
"title": "Skeleton layouts"
},
{
"b": "sugar s one sampl form is a float32 array m t v c person fram joint coordinat xyz or xy for 2d pos check validat an befor anyth trust it sourc",
"c": "skeleton layout",
"h": "check array against a layout",
"href": "skeleton.html#checking-arrays-against-a-layout",
"section": "Checking arrays against a layout",
"title": "Skeleton layouts"
},
{
"b": "validat x as m t v c or joint for thi layout typ default detail coordinat src str array wher cam from error messag return ndarray float32 export sourc skeleton are centr on the s mean of several two hip coco 17",
"c": "skeleton layout",
"h": "layout check joint",
"href": "skeleton.html#layout.check_joints",
"section": "Layout.check_joints",
"title": "Skeleton layouts"
},
{
"b": "the centr joint s as a list of indic export sourc",
"c": "skeleton layout",
"h": "layout cent joint",
"href": "skeleton.html#layout.center_joints",
"section": "Layout.center_joints",
"title": "Skeleton layouts"
},
{
"b": "centr of each skeleton in x the joint or mean typ default detail v c return ndarray export sourc",
"c": "skeleton layout",
"h": "layout cent point",
"href": "skeleton.html#layout.center_point",
"section": "Layout.center_point",
"title": "Skeleton layouts"
},
{
"b": "test doc and the bundl sampl data need skeleton that look lik peopl without ship anyon s record rest pos giv a stand metr y up x toward subject left z camera for built in layout rotat subtre turn limb about joint keep every bon length export sourc",
"c": "skeleton layout",
"h": "synthetic pos",
"href": "skeleton.html#synthetic-poses",
"section": "Synthetic poses",
"title": "Skeleton layouts"
},
{
"b": "a stand pos for built in layout typ default detail whos joint nam are known the ins return ndarray v 3 posit metr export sourc",
"c": "skeleton layout",
"h": "rest pos",
"href": "skeleton.html#rest_pose",
"section": "rest_pose",
"title": "Skeleton layouts"
},
{
"b": "indic of joint and all below it in the tre typ default detail int index return list sort export sourc",
"c": "skeleton layout",
"h": "layout subtre",
"href": "skeleton.html#layout.subtree",
"section": "Layout.subtree",
"title": "Skeleton layouts"
},
{
"b": "rotat the limb below joint about that s parent by angl radian typ default detail pos v 3 posit layout str nam of first mov float in axi 0 1 z toward camera return ndarray new export sourc rais hand mak a short clip right arm swing up sideway over t fram and back down",
"c": "skeleton layout",
"h": "rotat subtre",
"href": "skeleton.html#rotate_subtree",
"section": "rotate_subtree",
"title": "Skeleton layouts"
},
{
"b": "a clip of one arm ris to peak radian and lower again typ default detail layout built in see rest pos t int 32 fram sid str right which or left float 2 6 largest angl the return ndarray v 3 export sourc",
"c": "skeleton layout",
"h": "rais hand",
"href": "skeleton.html#raise_hand",
"section": "raise_hand",
"title": "Skeleton layouts"
},
{
"b": "export sourc",
"c": "skeleton layout",
"h": "draw skeleton",
"href": "skeleton.html#drawing-skeletons",
"section": "Drawing skeletons",
"title": "Skeleton layouts"
},
{
"b": "draw one fram of a skeleton bon colour by body part return the axe typ default detail joint v c layout ax non matplotlib to on new figur dim 0 1 coordinat as x and y titl str label bool fals writ indic export sourc built in at rest shown six head purpl hand red arm orang hip green leg blu foot cyan clip is drawn strip or below an animat axi limit shar all its",
"c": "skeleton layout",
"h": "plot skeleton",
"href": "skeleton.html#plot_skeleton",
"section": "plot_skeleton",
"title": "Skeleton layouts"
},
{
"b": "draw n fram of a clip sid by on common axi limit return the figur typ default detail t v c joint coordinat layout s int 6 to even spac titl str non export sourc animat writ as an gif atomical temporary fil then renam with optional capt und skeleton e g predict label and descript",
"c": "skeleton layout",
"h": "plot sequenc",
"href": "skeleton.html#plot_sequence",
"section": "plot_sequence",
"title": "Skeleton layouts"
},
{
"b": "sav a clip as an animat gif at path typ default detail t v c joint coordinat layout the s fil to writ fps int 15 fram per second capt str non text und skeleton e g predict label and descript dim 0 1 draw x y return export sourc",
"c": "skeleton layout",
"h": "animat",
"href": "skeleton.html#animate",
"section": "animate",
"title": "Skeleton layouts"
},
{
"b": "test data sampl rais hand kinect20 json is the clip abov plac 3 m in front of camera and written nw ucla record format fil nam 1 bas label skeleton as t 20 metr sugar check read it cell below regenerat fail if commit dif from what thi cod produc",
"c": "skeleton layout",
"h": "the bundl sampl",
"href": "skeleton.html#the-bundled-sample",
"section": "The bundled sample",
"title": "Skeleton layouts"
},
{
"b": "per sampl array transform used for train and test valid fram crop resiz centr view normalisat random rotat scal bon mot stream all tak return a float32 m t v c person joint coordinat one numpy generator so data pipelin is repeatabl from seed",
"c": "",
"h": "skeleton transform",
"href": "transforms.html",
"section": "",
"title": "Skeleton transforms"
},
{
"b": "dataset pad sequenc with all zero fram and absent person a is valid when any coordinat of non follow ctr gcn train tak random crop cover fract p the uniform in interval at least min len test central 0 95 then resampl to fix window by linear interpolat along tim sourc",
"c": "skeleton transform",
"h": "valid fram crop and resiz",
"href": "transforms.html#valid-frames-crop-and-resize",
"section": "Valid frames, crop and resize",
"title": "Skeleton transforms"
},
{
"b": "numb of fram up to and includ the last with a non zero coordinat typ default detail x m t v c joint person return int export sourc",
"c": "skeleton transform",
"h": "valid length",
"href": "transforms.html#valid_length",
"section": "valid_length",
"title": "Skeleton transforms"
},
{
"b": "linear resampl x along tim to window fram centr align corn fals typ default detail m t v c joint int numb of output return ndarray export sourc",
"c": "skeleton transform",
"h": "resampl",
"href": "transforms.html#resample",
"section": "resample",
"title": "Skeleton transforms"
},
{
"b": "ctr gcn styl crop of the valid fram resampl to window typ default detail x m t v c joint trail all zero are pad int 64 output p interval 0 95 fract central test lo hi random train min len shortest in cap at length rng generator non for return ndarray export sourc s nw ucla feed sampl tim different a is drawn with replacement from whol sequenc and put back ord even spac noth cut off which suit short act clip doe thi",
"c": "skeleton transform",
"h": "crop resiz",
"href": "transforms.html#crop_resize",
"section": "crop_resize",
"title": "Skeleton transforms"
},
{
"b": "fram over the whol valid sequenc sort random draw with replacement or even spac typ default detail x m t v c joint trail all zero are pad window int 52 output rng generator non train test return ndarray export sourc",
"c": "skeleton transform",
"h": "sampl fram",
"href": "transforms.html#sample_frames",
"section": "sample_frames",
"title": "Skeleton transforms"
},
{
"b": "cent subtract the body centr layout s joint or mean of first person in valid fram from every coordinat as sgn and ctr gcn do zero pad stay normalis view also rotat sequenc so that hip lin run along x right to left trunk point y camera viewpoint is factor out sourc",
"c": "skeleton transform",
"h": "centr and view normalisat",
"href": "transforms.html#centring-and-view-normalisation",
"section": "Centring and view normalisation",
"title": "Skeleton transforms"
},
{
"b": "mov the first person s centr in valid fram to origin zero pad kept typ default detail x m t v c joint all are layout or its nam that return ndarray export sourc",
"c": "skeleton transform",
"h": "cent",
"href": "transforms.html#center",
"section": "center",
"title": "Skeleton transforms"
},
{
"b": "centr then rotat so hip run along x and the trunk y in first valid fram 3d typ default detail m t v 3 joint all zero person are pad layout or its nam with left right should return ndarray export sourc",
"c": "skeleton transform",
"h": "normalis view",
"href": "transforms.html#normalise_view",
"section": "normalise_view",
"title": "Skeleton transforms"
},
{
"b": "ctr gcn s augmentat rotat each train sequenc by random angl in theta radian about the x y and z axe 0 3 2d data is its plan only scal stretch axi a factor 1 sourc",
"c": "skeleton transform",
"h": "random rotat and scal",
"href": "transforms.html#random-rotation-and-scale",
"section": "Random rotation and scale",
"title": "Skeleton transforms"
},
{
"b": "rotat by random angl in theta about each of axe z only for 2d typ default detail x m t v c joint 2 or 3 rng generator the float 0 largest axi radian str xyz to 3d data alway its plan return ndarray export sourc",
"c": "skeleton transform",
"h": "random rotat",
"href": "transforms.html#random_rotate",
"section": "random_rotate",
"title": "Skeleton transforms"
},
{
"b": "scal each coordinat axi by a random factor in 1 s typ default detail x m t v c joint rng generator for the float 0 largest relativ chang return ndarray export sourc nw ucla recip of ctr gcn rotat up to 60 degr about and y axe only xy then rescal every sequenc so span over whol sampl minmax normalis which remov subject siz distanc camera zero pad stay",
"c": "skeleton transform",
"h": "random scal",
"href": "transforms.html#random_scale",
"section": "random_scale",
"title": "Skeleton transforms"
},
{
"b": "m t bool the person fram that hold a skeleton pad has every coordinat exact 0 typ default detail x v c joint is zero return ndarray export sourc recognis per nev aft centr of first yet it real",
"c": "skeleton transform",
"h": "present",
"href": "transforms.html#present",
"section": "present",
"title": "Skeleton transforms"
},
{
"b": "scal each coordinat axi to 1 over the joint of present person fram pad 0 typ default detail x m t v c all zero are valid ndarray non bool return export sourc",
"c": "skeleton transform",
"h": "minmax normalis",
"href": "transforms.html#minmax_normalise",
"section": "minmax_normalise",
"title": "Skeleton transforms"
},
{
"b": "ctr gcn s best result com from four copy of one network each train on its own stream the sam clip with their class scor add at test tim see ensembl in evaluat notebook joint coordinat as they are bon minu parent layout tre root is zero mot how every mov fram to next x t 1 last differenc taken straight stor and pair itself so user work too a keep array shap encod doe not chang funct accept any whos thre axe v c sampl m skeletondataset hold it befor becom tensor person or batch numpy input back float32 torch dtyp devic already gpu can be convert ther n aft permut 0 4 2 3 export sourc",
"c": "skeleton transform",
"h": "bon and mot stream",
"href": "transforms.html#bone-and-motion-streams",
"section": "Bone and motion streams",
"title": "Skeleton transforms"
},
{
"b": "bon vector each joint minu its parent zero for the root along layout s tre typ default detail x t v c numpy array or torch tensor nam giv export sourc a thre chain hip kne ankl work out by hand is so point from to",
"c": "skeleton transform",
"h": "to bon",
"href": "transforms.html#to_bone",
"section": "to_bone",
"title": "Skeleton transforms"
},
{
"b": "fram to differenc x t 1 along tim the last is zero typ default detail v c joint or bon numpy array torch tensor export sourc a mov at constant spe 2 0 its mot that in every but stream nam check befor any work start and turn thi modul first gav into so run eith way agre",
"c": "skeleton transform",
"h": "to mot",
"href": "transforms.html#to_motion",
"section": "to_motion",
"title": "Skeleton transforms"
},
{
"b": "check a stream nam and return it as spell typ default detail str from or mot the sam joint export sourc",
"c": "skeleton transform",
"h": "stream nam",
"href": "transforms.html#stream_name",
"section": "stream_name",
"title": "Skeleton transforms"
},
{
"b": "the stream view of joint x bon or their fram to mot typ default detail t v c numpy array torch tensor layout its nam used by str a from export sourc four clip wher right arm ris and fall follow at hand s height vertical part how fast each them chang every built in 2d 3d keep shap root is zero add parent back giv are np dif along tim with last oth one person batch n m sam numb dtyp kept integ becom float32",
"c": "skeleton transform",
"h": "to stream",
"href": "transforms.html#to_stream",
"section": "to_stream",
"title": "Skeleton transforms"
},
{
"b": "one sampl form for every dataset a compact on disk stor read nw ucla the ctr gcn sgn array pyskl pickl and your own data protocol torch",
"c": "",
"h": "skeleton data",
"href": "data.html",
"section": "",
"title": "Skeleton data"
},
{
"b": "every read rais dataerror for a bad fil with the nam first and wher it apply lin or fram then what was expect noth deep an indexerror from numpy keyerror dict escap sourc",
"c": "skeleton data",
"h": "error",
"href": "data.html#errors",
"section": "Errors",
"title": "Skeleton data"
},
{
"b": "a data fil is miss or malform the messag nam and lin fram what was expect sourc",
"c": "skeleton data",
"h": "dataerror",
"href": "data.html#dataerror",
"section": "DataError",
"title": "Skeleton data"
},
{
"b": "a dataerror whos messag start with path and lin typ default detail the fil at fault or any text it msg str what is wrong was expect int non row numb in shown as return export sourc",
"c": "skeleton data",
"h": "data error",
"href": "data.html#data_error",
"section": "data_error",
"title": "Skeleton data"
},
{
"b": "whatev the format a sampl is float32 array joint of shap m t v c person fram coordinat 0 bas label and its nam uniqu meta subject camera view setup repetit dataset record with keypoint confidenc also fill scor sourc",
"c": "skeleton data",
"h": "one sampl form",
"href": "data.html#one-sample-form",
"section": "One sample form",
"title": "Skeleton data"
},
{
"b": "one skeleton sequenc in sugar s form typ default detail joint ndarray m t v c float32 label int 0 bas class index 1 unknown nam str uniqu sampl e g the original fil stem when act list is known meta dict factory subject view camera setup repetit scor non keypoint confidenc if format has export sourc",
"c": "skeleton data",
"h": "sampl",
"href": "data.html#sample",
"section": "Sample",
"title": "Skeleton data"
},
{
"b": "sequenc hav different length a skeletonset keep all fram of sampl in one array total m v c with an offset per person pad zero to the largest that mak whol dataset contiguou block quick slic and sav as plain npy fil load memory map sourc",
"c": "skeleton data",
"h": "skeletonset a dataset in one compact array",
"href": "data.html#skeletonset-a-dataset-in-one-compact-array",
"section": "SkeletonSet : a dataset in one compact array",
"title": "Skeleton data"
},
{
"b": "a dataset concatenat fram per sampl offset label nam metadata layout and class typ default detail total m v c float array or memmap all join n 1 int i is 0 bas indic unknown uniqu joint fil non in ord meta column valu subject view split protocol scor keypoint confidenc src wher the set cam from path start error messag export sourc build s person pad with zero aft check each against",
"c": "skeleton data",
"h": "skeletonset",
"href": "data.html#skeletonset",
"section": "SkeletonSet",
"title": "Skeleton data"
},
{
"b": "pack a list of sampl s into skeletonset typ default detail uniqu nam few peopl than the most are zero pad layout joint fil or class non in label ord src str wher cam from path start error messag return export sourc",
"c": "skeleton data",
"h": "skeletonset from sampl",
"href": "data.html#skeletonset.from_samples",
"section": "SkeletonSet.from_samples",
"title": "Skeleton data"
},
{
"b": "a protocol split set into train and test it is funct of the return eith boolean mask or wher som sampl belong to neith sid e g camera cross view doe not use an array oth str are register by nam in also off for each meta column carry official list read with data sourc",
"c": "skeleton data",
"h": "subset and protocol",
"href": "data.html#subsets-and-protocols",
"section": "Subsets and protocols",
"title": "Skeleton data"
},
{
"b": "a new set with the sampl at indic or boolean mask idx fram copi typ default detail one valu per return skeletonset sourc",
"c": "skeleton data",
"h": "skeletonset subset",
"href": "data.html#skeletonset.subset",
"section": "SkeletonSet.subset",
"title": "Skeleton data"
},
{
"b": "regist fn set bool mask tru train as protocol nam typ default detail str pass to skeletonset split per sampl a or test sourc",
"c": "skeleton data",
"h": "regist protocol",
"href": "data.html#register_protocol",
"section": "register_protocol",
"title": "Skeleton data"
},
{
"b": "protocol nam usabl with thi set register one plu its split meta column typ default detail return list sourc",
"c": "skeleton data",
"h": "skeletonset protocol",
"href": "data.html#skeletonset.protocols",
"section": "SkeletonSet.protocols",
"title": "Skeleton data"
},
{
"b": "train test set und a protocol nam see or funct of the typ default detail from as given to regist return tupl export sourc for zero shot experiment can be restrict som its class select keep sampl and renumb their label in ord so result look lik dataset with that short act list",
"c": "skeleton data",
"h": "skeletonset split",
"href": "data.html#skeletonset.split",
"section": "SkeletonSet.split",
"title": "Skeleton data"
},
{
"b": "keep only the sampl of class nam or a comma separat str label renumber in given ord typ default detail their new one return skeletonset export sourc",
"c": "skeleton data",
"h": "skeletonset select class",
"href": "data.html#skeletonset.select_classes",
"section": "SkeletonSet.select_classes",
"title": "Skeleton data"
},
{
"b": "a set is sav as fold fram npy and scor offset label index json nam class layout meta sourc it written to temporary renam into plac so crash nev leav half stor load memory map the array open even larg dataset tak millisecond",
"c": "skeleton data",
"h": "sav and load",
"href": "data.html#saving-and-loading",
"section": "Saving and loading",
"title": "Skeleton data"
},
{
"b": "writ the set to fold atomical return typ default detail stor creat or replac as a whol onc ful written path sourc",
"c": "skeleton data",
"h": "skeletonset sav",
"href": "data.html#skeletonset.save",
"section": "SkeletonSet.save",
"title": "Skeleton data"
},
{
"b": "open a set written by sav array memory map unless mmap fals typ default detail fold bool tru fram and scor read only them into return skeletonset export sourc",
"c": "skeleton data",
"h": "skeletonset load",
"href": "data.html#skeletonset.load",
"section": "SkeletonSet.load",
"title": "Skeleton data"
},
{
"b": "northwestern ucla multiview action3d wang et al cvpr 2014 10 act by subject each seen thre kinect v1 camera 20 joint one person the skeleton releas used ctr gcn is a fold all sqe of json fil per sequenc nam aaa sss eee vvv id repetit view and hold with label 1 ids 2 3 4 5 6 8 9 11 12 in that ord coordinat metr spac standard protocol cross train on test 020 464 sourc",
"c": "skeleton data",
"h": "nw ucla",
"href": "data.html#nw-ucla",
"section": "NW-UCLA",
"title": "Skeleton data"
},
{
"b": "act id subject repetit and view from an nw ucla nam lik a01 s01 e00 v01 empty dict if not one typ default detail str a sampl fil stem e g return export sourc",
"c": "skeleton data",
"h": "pars ucla nam",
"href": "data.html#parse_ucla_name",
"section": "parse_ucla_name",
"title": "Skeleton data"
},
{
"b": "read one nw ucla json sequenc into a sampl label mad 0 bas typ default detail path fil with skeleton t x 20 3 1 nam n class int 10 must lie in only for return export sourc writ the format is invers test below are it",
"c": "skeleton data",
"h": "read ucla fil",
"href": "data.html#read_ucla_file",
"section": "read_ucla_file",
"title": "Skeleton data"
},
{
"b": "writ t 20 3 joint and a 1 bas label as an nw ucla json fil typ default detail path the to parent fold are creat coordinat kinect v1 ord int class index into nam str non stor s stem decimal 5 round thi many return export sourc small format in test data 2 act x subject view of synthetic clip arm rais per height rotat about vertical axi seed nois plu two split list releas",
"c": "skeleton data",
"h": "writ ucla fil",
"href": "data.html#write_ucla_file",
"section": "write_ucla_file",
"title": "Skeleton data"
},
{
"b": "writ a tiny synthetic nw ucla releas all sqe json cross view split list into fold typ default detail wher to the creat if miss act 1 2 bas class indic subject numb one clip per and 3 camera goe test t int 12 fram seed 0 of small joint nois return path export sourc read or itself with progress bar when sess is interactiv tru alway fals nev are ther they becom xview protocol otherwis follow rul train",
"c": "skeleton data",
"h": "mak ucla fold",
"href": "data.html#make_ucla_folder",
"section": "make_ucla_folder",
"title": "Skeleton data"
},
{
"b": "read an nw ucla json releas into a skeletonset with the cross view protocol xview typ default detail fold all sqe and split list or itself train str cv views12 txt nam one per lin in test view3 progress bool non show bar when interactiv return export sourc what produc for first sequenc 1 sam act from 3 bad fil themselv",
"c": "skeleton data",
"h": "read nw ucla",
"href": "data.html#read_nw_ucla",
"section": "read_nw_ucla",
"title": "Skeleton data"
},
{
"b": "pyskl and mmaction2 s skeleton pipelin stor a dataset as one pickl dict with split nam list of sampl e g xsub train val annotat fram dir the label 0 bas keypoint m t v c float optional scor total protocol test becom sourc",
"c": "skeleton data",
"h": "pyskl annotat pickl",
"href": "data.html#pyskl-annotation-pickles",
"section": "PYSKL annotation pickles",
"title": "Skeleton data"
},
{
"b": "read a pyskl annotat pickl into skeletonset with one protocol per split prefix typ default detail path dict and layout non nam object guess from the joint count class in label ord are check against them return export sourc tiny styl 2d coco keypoint scor written by writ below liv test data",
"c": "skeleton data",
"h": "read pyskl",
"href": "data.html#read_pyskl",
"section": "read_pyskl",
"title": "Skeleton data"
},
{
"b": "writ sampl s and a split dict as pyskl annotat pickl typ default detail path the to parent fold are creat one each scor stor float16 train or val nam return sourc",
"c": "skeleton data",
"h": "writ pyskl",
"href": "data.html#write_pyskl",
"section": "write_pyskl",
"title": "Skeleton data"
},
{
"b": "synthetic 2d coco 17 sampl pixel with keypoint scor typ default detail n int 4 how many label alternat 0 1 t 8 fram per seed of the nois and return list export sourc",
"c": "skeleton data",
"h": "mak pyskl sampl",
"href": "data.html#make_pyskl_samples",
"section": "make_pyskl_samples",
"title": "Skeleton data"
},
{
"b": "the path most user need a fold of per sequenc fil plu an index that say what each one is npy hold t v c or m npz with array joint and optional scor json nw ucla s skeleton csv head list object column relativ to label class nam 0 bas integ into default stem any numb split protocol train test anyth els in neith sid singl plain sugar pretrain data custom use unless told otherwis so mad for anoth tool work without renam it every oth kept as metadata layout built your see from act txt besid lin sort found sourc",
"c": "skeleton data",
"h": "your own data",
"href": "data.html#your-own-data",
"section": "Your own data",
"title": "Skeleton data"
},
{
"b": "read your own dataset sequenc fil describ by an index see abov typ default detail csv or json layout nam object class non act list txt besid the els sort label progress bool show a bar when interactiv return skeletonset export sourc work exampl thre of 2d you defin yourself one in each and whos split column is simp call giv protocol",
"c": "skeleton data",
"h": "read custom",
"href": "data.html#read_custom",
"section": "read_custom",
"title": "Skeleton data"
},
{
"b": "skeletondataset serv any skeletonset to a dataload centr and optional view normalisat the ctr gcn crop resiz fix window train augmentat chosen stream it return x label with float32 tensor c t v m layout encod use randomness com from generator seed by epoch index so sampl s doe not depend on which work load or in ord run are repeatabl resum see sam data as an uninterrupt one temporal rotat axe xy minmax tru switch recip of nw ucla feed whol sequenc fram draw about vertical horizontal per 1 scal sourc",
"c": "skeleton data",
"h": "the torch dataset",
"href": "data.html#the-torch-dataset",
"section": "The torch Dataset",
"title": "Skeleton data"
},
{
"b": "a skeletonset as torch dataset of c t v m float tensor label pair typ default detail sset the sampl window int 64 fram per aft crop and resiz train bool fals random augmentat els central no stream str joint nam sugar transform mot cent tru subtract body centr first valid view norm rotat to 3d only non rang in radian 0 3 when scal axi p interval fract 5 1 95 test by min len shortest temporal ctr gcn ntu whol sequenc draw nw ucla axe xyz minmax each seed generator export sourc two recip bundl thes choic so run stor one word its featur extract lat use exact sam tim process s feed up rad about every 60 degr x y build",
"c": "skeleton data",
"h": "skeletondataset",
"href": "data.html#skeletondataset",
"section": "SkeletonDataset",
"title": "Skeleton data"
},
{
"b": "a skeletondataset with the process of nam recip see typ default detail sset skeletonset sampl str ntu key or ucla window int 64 fram per aft temporal crop train bool fals random and augmentat els non rotat off float overrid s rang radian seed 0 generator stream joint input bon mot return export sourc",
"c": "skeleton data",
"h": "recip dataset",
"href": "data.html#recipe_dataset",
"section": "recipe_dataset",
"title": "Skeleton data"
},
{
"b": "read for ntu rgb d 60 120 the raw kinect v2 skeleton fil with sgn styl clean and a cach fold sampl nam metadata benchmark protocol ctr gcn npz array shahroudy et al cvpr 2016 has 56 880 of act liu tpami 2019 extend it to 114 480 every was film by thre camera at onc s body track wrot one text per below are dataset own list a1 a120 is a60 0 bas label numb minu export sourc",
"c": "",
"h": "ntu rgb d",
"href": "ntu.html",
"section": "",
"title": "NTU RGB+D"
},
{
"b": "every fil is nam ssssccccpppprrrraaaa e g s001c002p003r002a013 setup sss s001 s017 in ntu 60 up to s032 120 camera ccc 1 3 perform subject ppp 40 106 replicat rrr or 2 and act aaa pars turn a path into that metadata the 0 bas label sourc",
"c": "ntu rgb d",
"h": "sampl nam",
"href": "ntu.html#sample-names",
"section": "Sample names",
"title": "NTU RGB+D"
},
{
"b": "setup camera subject repetit act 1 bas and 0 label from an ntu sampl nam typ default detail a or fil path e g s001c002p003r002a013 skeleton n class int 120 in the list 60 high is error return dict export sourc",
"c": "ntu rgb d",
"h": "pars ntu nam",
"href": "ntu.html#parse_ntu_name",
"section": "parse_ntu_name",
"title": "NTU RGB+D"
},
{
"b": "a skeleton fil is plain text one numb group per lin the 10 body field are kinect s bodyid 64 bit track id stabl whil stay clipededg handleftconfidenc handleftstat handrightconfidenc handrightstat isrestict sic leanx leany and trackingstat 12 joint camera spac posit x y z in metr to left as seen by subject fac it up away from pixel 512x424 depth imag depthx depthy 1920x1080 colour colorx colory orientat quatern orientationw 2 1 infer 0 not com ntu ord ntu25 spin bas mid neck head also report thing that peopl chair coat on rack los re find und new sometim nobody for few fram clean sect deal with official matlab read m dataset github repository fix sourc",
"c": "ntu rgb d",
"h": "the skeleton format",
"href": "ntu.html#the-.skeleton-format",
"section": "The .skeleton format",
"title": "NTU RGB+D"
},
{
"b": "one body in fram of a skeleton fil every field kept typ default detail id str kinect track 64 bit integ as text info ndarray 9 float64 the lin s aft bodyid ntu 1 joint 25 12 row per export sourc pars read start at 0 bas index and return next problem is dataerror with nam numb",
"c": "ntu rgb d",
"h": "ntubody",
"href": "ntu.html#ntubody",
"section": "NtuBody",
"title": "NTU RGB+D"
},
{
"b": "pars one body lin joint count 25 return ntubody next index typ default detail list the fil s i int 0 bas of path skeleton nam for error messag ctx str extra context e g fram 3 70 tupl export sourc a small to try it on stand pos m from camera every field fill in writ is below each malform read ntu whol with entry per that",
"c": "ntu rgb d",
"h": "pars ntu body",
"href": "ntu.html#parse_ntu_body",
"section": "parse_ntu_body",
"title": "NTU RGB+D"
},
{
"b": "all fram of a skeleton fil list one per ntubody typ default detail path an ntu return export sourc",
"c": "ntu rgb d",
"h": "read ntu fram",
"href": "ntu.html#read_ntu_frames",
"section": "read_ntu_frames",
"title": "NTU RGB+D"
},
{
"b": "the test need fil in thi exact format so sugar writ its own from synthetic pos ntu body fill every field of a camera spac joint 25 3 depth and colour pixel pinhol project with kinect v2 lik focal length random unit orientat per zero for end as real hand stat lean seed generator skeleton text fram numb written to 7 significant digit dataset sourc",
"c": "ntu rgb d",
"h": "writ skeleton fil",
"href": "ntu.html#writing-.skeleton-files",
"section": "Writing .skeleton files",
"title": "NTU RGB+D"
},
{
"b": "a complet ntubody all 10 25x12 field for joint xyz typ default detail 25 3 camera spac posit in metr body id track an integ rng generator sourc of the hand stat lean and orientat return export",
"c": "ntu rgb d",
"h": "ntu body",
"href": "ntu.html#ntu_body",
"section": "ntu_body",
"title": "NTU RGB+D"
},
{
"b": "format fram list of ntubody one per as the text a skeleton fil typ default detail nobody in that return str export sourc",
"c": "ntu rgb d",
"h": "ntu skeleton text",
"href": "ntu.html#ntu_skeleton_text",
"section": "ntu_skeleton_text",
"title": "NTU RGB+D"
},
{
"b": "writ fram list of ntubody as a skeleton fil typ default detail path the to parent fold are creat one per nobody in that return export sourc bad each with its lin",
"c": "ntu rgb d",
"h": "writ ntu skeleton",
"href": "ntu.html#write_ntu_skeleton",
"section": "write_ntu_skeleton",
"title": "NTU RGB+D"
},
{
"b": "the benchmark array everybody compar against sgn zhang et al cvpr 2020 whos ntu preprocess ctr gcn reus get raw ske data py denois seq transformat clean each fil lik thi sugar reimplement sam rul empty fram go in which nobody is track are drop befor anyth els body all row of one bodyid form a its and joint when has mor than length seen 11 or few nois spread noisy x exceed 0 8 tim their y peopl tall wid tabl chair not mak up 69 754 as long anoth remain mot rank rest sum varianc z over s posit dataset author heuristic for main actor lower to measur non that small two slot most activ 1 furth by decreas join if span doe overlap person re found und new id 2 it wher neith present they wer only held step 3 centr everyth shift so spin middl index first origin an absent stay zero with keep whatev detail dif from cod on purpos real indic numb appear consecutiv explicit rath test coordinat no any noth usabl left every too short rais unusablesampl dataerror fold read count skip sourc",
"c": "ntu rgb d",
"h": "clean from track body to two actor",
"href": "ntu.html#cleaning-from-tracked-bodies-to-two-actors",
"section": "Cleaning: from tracked bodies to two actors",
"title": "NTU RGB+D"
},
{
"b": "a well form fil with no usabl body the benchmark skip it fold read count export sourc",
"c": "ntu rgb d",
"h": "unusablesampl",
"href": "ntu.html#unusablesample",
"section": "UnusableSample",
"title": "NTU RGB+D"
},
{
"b": "bodyid fram indic n 25 3 xyz non empty count drop typ default detail list from read ntu one of ntubody per return tupl export sourc",
"c": "ntu rgb d",
"h": "ntu track",
"href": "ntu.html#ntu_tracks",
"section": "ntu_tracks",
"title": "NTU RGB+D"
},
{
"b": "kept bodyid by decreas mot drop reason the sgn rul of step 3 typ default detail track dict fram indic n 25 xyz from ntu return tupl export sourc",
"c": "ntu rgb d",
"h": "denois ntu track",
"href": "ntu.html#denoise_ntu_tracks",
"section": "denoise_ntu_tracks",
"title": "NTU RGB+D"
},
{
"b": "pack track in ord into at most 2 actor slot m t 25 3 joint present typ default detail dict bodyid fram indic n xyz from ntu list to plac first denois int numb of the non empty count return tupl export sourc and filt on hand mad a person seen throughout wid flat tabl short body re found und new id aft gap",
"c": "ntu rgb d",
"h": "ntu actor",
"href": "ntu.html#ntu_actors",
"section": "ntu_actors",
"title": "NTU RGB+D"
},
{
"b": "read ntu skeleton pars a fil clean it as abov and return sampl joint m t 25 3 in metr 1 or 2 actor the 0 bas label its nam meta with setup camera subject repetit from cent fals spac posit are kept they sourc",
"c": "ntu rgb d",
"h": "read one fil",
"href": "ntu.html#reading-one-file",
"section": "Reading one file",
"title": "NTU RGB+D"
},
{
"b": "read and clean one ntu skeleton fil into a sampl unusablesampl no usabl body typ default detail path an nam lik s001c002p003r002a013 n class int 120 60 for rgb d label abov 59 are error cent bool tru subtract actor 1 s spin mid joint in its first fram return export sourc",
"c": "ntu rgb d",
"h": "read ntu skeleton",
"href": "ntu.html#read_ntu_skeleton",
"section": "read_ntu_skeleton",
"title": "NTU RGB+D"
},
{
"b": "the standard ntu benchmark split by subject camera or setup train sid list everyth els is test ntu60 xsub cross 60 pap 1 2 4 5 8 9 13 14 15 16 17 18 19 25 27 28 31 34 35 38 oth 20 of 40 are xview view and 3 ntu120 120 abov plu 45 46 47 49 50 52 53 54 55 56 57 58 59 70 74 78 80 81 82 83 84 85 86 89 91 92 93 94 95 97 98 100 103 106 xset even ids odd one thes in dataset sgn s ctr gcn seq transformat py they need meta that read skeleton tak from fil nam export sourc",
"c": "ntu rgb d",
"h": "protocol",
"href": "ntu.html#protocols",
"section": "Protocols",
"title": "NTU RGB+D"
},
{
"b": "pars and clean all 56 880 or 114 480 fil tak a whil so read ntu fold doe it onc with progress bar sav the result as skeletonset stor in cach atomical lat call open memory map instant long sam siz modificat tim are ther opt otherwis is again may also be list of 120 ship two part benchmark leav out skip count report ss nam reason thos miss dataset s rgbd sampl skeleton txt any lin hold that turn unusablesampl malform stop its dataerror unless on error export sourc",
"c": "ntu rgb d",
"h": "read a fold onc",
"href": "ntu.html#reading-a-folder-once",
"section": "Reading a folder, once",
"title": "NTU RGB+D"
},
{
"b": "read clean and centr every ntu skeleton fil of fold into a skeletonset cach in typ default detail or list non for the preprocess no n class int 60 120 if any s act is abov els miss sampl nam to skip text such as rgbd with txt on error str rais malform stop count report it progress bool tru show tqdm bar verbos print numb return export sourc",
"c": "ntu rgb d",
"h": "read ntu fold",
"href": "ntu.html#read_ntu_folder",
"section": "read_ntu_folder",
"title": "NTU RGB+D"
},
{
"b": "test data ntu hold thre small skeleton fil written by fram synthetic peopl seed s001c001p001r001a023 hand wav one person rais the right over 14 aft a first in which nobody is track s002c002p003r002a050 punch slap oth 13 with two activ list last each wid flat tabl every spread nois and body seen only 3 length that all s001c002p002r001a010 clap them as dataset s sampl miss count skip sourc",
"c": "ntu rgb d",
"h": "the bundl ntu fil",
"href": "ntu.html#the-bundled-ntu-files",
"section": "The bundled NTU files",
"title": "NTU RGB+D"
},
{
"b": "the synthetic scen of test data ntu fil nam fram list ntubody typ default detail seed int 0 joint jit and random body field return dict export sourc cell below regenerat fail if commit one dif it writ them when miss what clean mak wav person 14 empty first drop two peopl second activ 12 only held short tabl gon fold read on a copy sampl count skip call open cach touch remov or chang opt rebuild",
"c": "ntu rgb d",
"h": "ntu test fram",
"href": "ntu.html#ntu_test_frames",
"section": "ntu_test_frames",
"title": "NTU RGB+D"
},
{
"b": "many project start from sgn s ctr gcn preprocess array instead of the raw fil ntu60 cs npz cv ntu120 csub cset each hold x train test float32 n t 150 longest sequenc 300 valu a fram are 2 person 25 joint y z clean and centr as abov short pad with all zero at end miss second is c one hot label 60 or 120 split already mad so read ntu return set sampl nam 000000 no subject camera meta trail cut script copy lon actor into slot drop tru turn such back sourc",
"c": "ntu rgb d",
"h": "the ctr gcn sgn array",
"href": "ntu.html#the-ctr-gcnsgn-arrays",
"section": "The CTR-GCN/SGN arrays",
"title": "NTU RGB+D"
},
{
"b": "train test skeletonset s from a ctr gcn sgn ntu npz archiv x y typ default detail path drop copy bool fals zero 2nd person that the 1st 120 return tupl export sourc writ sampl or list of in sam layout for and tool expect thes fil",
"c": "ntu rgb d",
"h": "read ntu npz",
"href": "ntu.html#read_ntu_npz",
"section": "read_ntu_npz",
"title": "NTU RGB+D"
},
{
"b": "writ sampl as a ctr gcn sgn archiv x train test n t 150 one hot y typ default detail path the npz fil to s ntu25 joint at most 2 person class int 60 width c non pad length longest return export sourc data ntu ntu60 tiny hold two clean bundl wav in and peopl 16 fram zip carry timestamp so check compar array lon actor copi into second slot 120 every malform",
"c": "ntu rgb d",
"h": "writ ntu npz",
"href": "ntu.html#write_ntu_npz",
"section": "write_ntu_npz",
"title": "NTU RGB+D"
},
{
"b": "read for pku mmd phas 1 long kinect v2 skeleton video cut into labell act segment with the cross subject and view protocol",
"c": "",
"h": "pku mmd pkummd",
"href": "pkummd.html",
"section": "",
"title": "PKU-MMD"
},
{
"b": "pku mmd liu et al 2017 is an act detect dataset each of its 1 076 phas video last a few minut and contain about 20 perform one aft anoth taken from 51 class 41 dai 10 two person interact by 66 subject thre kinect v2 camera film every performanc at onc the left middl right for recognit are cut into their labell segment 21 500 sampl releas hold skeleton item what it renew 0002 l txt fil per train label final s list sam nam cross view official validat nnn v four digit numb m or r seen not in only record who",
"c": "pku mmd pkummd",
"h": "the dataset",
"href": "pkummd.html#the-dataset",
"section": "The dataset",
"title": "PKU-MMD"
},
{
"b": "label fil numb the act 1 51 list of releas xlsx is in alphabetical ord sam nam are used ntu rgb d from which pku mmd took most its class sugar 0 bas so k becom export sourc pars read performanc and camera a video an empty dict for oth renam still load only without view",
"c": "pku mmd pkummd",
"h": "the 51 act",
"href": "pkummd.html#the-51-actions",
"section": "The 51 actions",
"title": "PKU-MMD"
},
{
"b": "performanc numb and camera l m r from a pku mmd video nam lik 0002 typ default detail str no fold or extens oth giv return dict export sourc",
"c": "pku mmd pkummd",
"h": "pars pku nam",
"href": "pkummd.html#parse_pku_name",
"section": "parse_pku_name",
"title": "PKU-MMD"
},
{
"b": "a skeleton fil is plain text one lin per video fram 30 second each 150 numb separat by spac two body x 25 joint y z the are kinect v2 in ntu rgb d ord layout ntu25 spin bas mid neck head left should coordinat metr camera s distanc from alway has room for when only person view 75 zero and lost som its ther too no t 1 read pku return whol as 2 3 every problem report with sourc",
"c": "pku mmd pkummd",
"h": "skeleton fil",
"href": "pkummd.html#skeleton-files",
"section": "Skeleton files",
"title": "PKU-MMD"
},
{
"b": "read a pku mmd skeleton fil into float32 array t 2 25 3 fram body joint xyz typ default detail path one lin of 150 numb per return ndarray export sourc writ the format is invers test below are mad with it",
"c": "pku mmd pkummd",
"h": "read pku video",
"href": "pkummd.html#read_pku_video",
"section": "read_pku_video",
"title": "PKU-MMD"
},
{
"b": "writ t 2 25 3 joint or 150 row as a pku mmd skeleton fil typ default detail path the to parent fold are creat x fram body xyz decimal int 4 digit aft point return export sourc",
"c": "pku mmd pkummd",
"h": "writ pku video",
"href": "pkummd.html#write_pku_video",
"section": "write_pku_video",
"title": "PKU-MMD"
},
{
"b": "the label fil of a video has sam nam in fold each lin is one act instanc four integ separat by comma 1 51 see pku class start and end are fram numb i e skeleton count from 0 confidenc annotator grad how well was perform weak or 2 strong most user ignor it lik preprocess script project shar segment t read return as an int array n 4 with check tru default must also mak sens on its own known pkummd fals apply thos itself togeth so can skip bad instead stop sourc",
"c": "pku mmd pkummd",
"h": "label fil",
"href": "pkummd.html#label-files",
"section": "Label files",
"title": "PKU-MMD"
},
{
"b": "what is wrong with a label row start end confidenc or if noth typ default detail 1 bas fram n int non in the video not check class 51 numb of act run return str export sourc",
"c": "pku mmd pkummd",
"h": "check pku segment",
"href": "pkummd.html#check_pku_segment",
"section": "check_pku_segment",
"title": "PKU-MMD"
},
{
"b": "read a pku mmd label fil into an int64 array n 4 1 bas start end confidenc typ default detail path one lin per act check bool tru rais dataerror at bad row see segment class int 51 numb of for the return ndarray export sourc",
"c": "pku mmd pkummd",
"h": "read pku label",
"href": "pkummd.html#read_pku_labels",
"section": "read_pku_labels",
"title": "PKU-MMD"
},
{
"b": "writ label start end confidenc row as a pku mmd fil typ default detail path the to parent fold are creat integ 1 bas return export sourc",
"c": "pku mmd pkummd",
"h": "writ pku label",
"href": "pkummd.html#write_pku_labels",
"section": "write_pku_labels",
"title": "PKU-MMD"
},
{
"b": "cross subject txt and view hav the sam layout four lin a head train video separat by comma second with releas s own spell validat call list becaus author tun their model on it benchmark numb everyon report first test pap protocol middl right camera left one so ther let decid its sid even without fil for only tell read pku split return two accept nam spread over several trail but not nor in both sourc",
"c": "pku mmd pkummd",
"h": "split fil",
"href": "pkummd.html#split-files",
"section": "Split files",
"title": "PKU-MMD"
},
{
"b": "train validat video nam from a pku mmd split fil typ default detail path such as cross subject txt or view return tupl export sourc",
"c": "pku mmd pkummd",
"h": "read pku split",
"href": "pkummd.html#read_pku_split",
"section": "read_pku_split",
"title": "PKU-MMD"
},
{
"b": "writ train and validat video nam in the pku mmd split fil layout typ default detail path to parent fold are creat e g 0002 l m test return export sourc",
"c": "pku mmd pkummd",
"h": "writ pku split",
"href": "pkummd.html#write_pku_split",
"section": "write_pku_split",
"title": "PKU-MMD"
},
{
"b": "read pkummd every skeleton fil of dir with its label from and cut each video into one sampl per lin nam i the 0 bas common preprocess script use joint 2 t 25 3 end start fram 1 act class meta view l m r performanc confidenc protocol sid xsub xview train test or non body keep two slot so interact singl person shar shap insid a segment whos numb are all zero hold nobody that do appear mov to front in ord empty left as is alway real exact when only was seen no at skip count doe bad an unknown negativ past s last oth than stop rais default malform wrong text nan miss list return set attribut reason sum up warn sourc",
"c": "pku mmd pkummd",
"h": "read a releas",
"href": "pkummd.html#reading-a-release",
"section": "Reading a release",
"title": "PKU-MMD"
},
{
"b": "read a pku mmd phas 1 releas into skeletonset of labell act segment layout ntu25 typ default detail skeleton dir fold fil video txt the s renew label train final split non cross subject list need for protocol xsub xview view without it follow camera l test bad str rais stop at lin skip and count progress bool show bar yes return export sourc",
"c": "pku mmd pkummd",
"h": "read pkummd",
"href": "pkummd.html#read_pkummd",
"section": "read_pkummd",
"title": "PKU-MMD"
},
{
"b": "two protocol are register for set read thi way pku xsub cross subject train on the video of list test oth it need split fil noth els tell apart xview view middl and right camera left with official decid otherwis let nam both fail a clear messag when som sampl has no sid in neith or without export sourc",
"c": "pku mmd pkummd",
"h": "protocol",
"href": "pkummd.html#protocols",
"section": "Protocols",
"title": "PKU-MMD"
},
{
"b": "mak pku fold writ a tiny releas in the exact format into test data mmd thre short video their label fil and two split list fram body act start end confidenc 0002 l 30 1 hand wav 13 2 14 salut 32 16 28 m sam performanc seen from middl camera 0017 r 36 then handshak 3 18 by peopl point to someth 25 20 34 second person alon first slot is zero 19 skeleton are rais clip rest pos plac about front of turn s angl with seed nois cross subject train view sourc",
"c": "pku mmd pkummd",
"h": "test fil",
"href": "pkummd.html#test-files",
"section": "Test files",
"title": "PKU-MMD"
},
{
"b": "writ a tiny synthetic pku mmd phas 1 releas skeleton label split list into fold typ default detail wher to the creat if need seed int 0 of joint nois return path export sourc cell below regenerat fil and fail commit one dif from what cod mak now it them they are miss",
"c": "pku mmd pkummd",
"h": "mak pku fold",
"href": "pkummd.html#make_pku_folder",
"section": "make_pku_folder",
"title": "PKU-MMD"
},
{
"b": "what the read produc first segment person drawn over its fram a s is lin start 1 of skeleton fil in 0017 r handshak has two peopl second body slot empty so becom 0 protocol 6 cross subject 4 2 view without split follow camera sam result and cannot be mad set sav load lik any oth",
"c": "pku mmd pkummd",
"h": "read the test releas",
"href": "pkummd.html#reading-the-test-release",
"section": "Reading the test release",
"title": "PKU-MMD"
},
{
"b": "every broken fil nam itself its lin and what was expect skeleton label split a releas with problem copy of the test one way at tim segment nobody in them video without act list that do not match fold",
"c": "pku mmd pkummd",
"h": "bad input",
"href": "pkummd.html#bad-input",
"section": "Bad input",
"title": "PKU-MMD"
},
{
"b": "read for the toyota smarthom trim skeleton lcr net json fil clip nam 31 19 act list and cross subject view protocol das et al iccv 2019 is a set of 16 115 short video 18 old peopl doing everyday thing in flat seven fix camera film them fre with no script wer not record by depth sensor dataset author ran pos detector on each rgb fram so data has 13 joint hol wher nobody was detect sometim second person who isn t ther releas class two benchmark metric mean per accuracy overall tak then averag over are very unbalanc would most measur few big evaluat notebook comput thi",
"c": "",
"h": "toyota smarthom",
"href": "toyota.html",
"section": "",
"title": "Toyota Smarthome"
},
{
"b": "each clip is nam act p subject r repetit v video c camera for exampl cook cleandish p02 r00 v02 c03 the may hav a sub aft dot drink fromcup and numb are what protocol use skeleton fil tak plu json releas 1 or pose3d refin 2 sourc",
"c": "toyota smarthom",
"h": "clip nam",
"href": "toyota.html#clip-names",
"section": "Clip names",
"title": "Toyota Smarthome"
},
{
"b": "act subject repetit video and camera from a clip or fil nam els dataerror typ default detail path e g walk p03 r00 v01 c01 pose3d json return dict export sourc",
"c": "toyota smarthom",
"h": "pars toyota nam",
"href": "toyota.html#parse_toyota_name",
"section": "parse_toyota_name",
"title": "Toyota Smarthome"
},
{
"b": "the 31 cross subject class and 19 view below are given in official label ord of skeleton baselin link from dataset pag 2s agcn for dai liv smarthom gendata py is almost alphabetical but usetelephon com befor usetablet so a list sort fil nam read toyota default dif ids thos two to get pass export sourc thre protocol pap train validat test xsub 3 4 6 7 9 12 13 15 17 25 non 2 10 11 14 16 18 20 xview1 camera 1 5 xview2 use only part funct her return one entry per sampl val or skeletonset split keep leav out everyth els which cov doesn t outsid set call select spac was with cv oth skip not script that giv id against bug follow",
"c": "toyota smarthom",
"h": "act list and protocol",
"href": "toyota.html#action-lists-and-protocols",
"section": "Action lists and protocols",
"title": "Toyota Smarthome"
},
{
"b": "cross subject sid of each sampl train test or non for a in neith list typ default detail ss skeletonset set read by toyota it need the meta column return ndarray export sourc",
"c": "toyota smarthom",
"h": "toyota xsub",
"href": "toyota.html#toyota_xsub",
"section": "toyota_xsub",
"title": "Toyota Smarthome"
},
{
"b": "cross view sid of each sampl train val test or non unus camera class typ default detail ss skeletonset a set read by toyota it need the meta column protocol int 1 2 xview return ndarray export sourc funct only label and subject her they are on tiny dummy data sect below split real output",
"c": "toyota smarthom",
"h": "toyota xview",
"href": "toyota.html#toyota_xview",
"section": "toyota_xview",
"title": "Toyota Smarthome"
},
{
"b": "each clip has one json fil with the lcr net detect for every video fram njt is numb of joint 13 k a set model and read ignor it entry per an list if nobody was in that empty are stor coordinat by not pose2d hold x valu then y imag pixel 640x480 pose3d z metr body at origin so j 26 thi how dataset author own pos tool index cumscor s confidenc releas 1 refin 2 may som output add mor key them ord equal toyota13 right left ankl kne hip wrist elbow should head sourc",
"c": "toyota smarthom",
"h": "the skeleton fil",
"href": "toyota.html#the-skeleton-file",
"section": "The skeleton file",
"title": "Toyota Smarthome"
},
{
"b": "13 c joint as lcr net s flat list all x then y z typ default detail 2 pixel or 3 metr return export sourc",
"c": "toyota smarthom",
"h": "lcrnet flat",
"href": "toyota.html#lcrnet_flat",
"section": "lcrnet_flat",
"title": "Toyota Smarthome"
},
{
"b": "a flat lcr net list 13 dim numb back to joint typ default detail v x valu then y z int 3 coordinat per 2 pose2d or pose3d return ndarray export sourc",
"c": "toyota smarthom",
"h": "lcrnet unflat",
"href": "toyota.html#lcrnet_unflat",
"section": "lcrnet_unflat",
"title": "Toyota Smarthome"
},
{
"b": "read toyota fil return one body per fram m 1 smarthom has actor clip so when lcr net report several the oth detect are fals positiv or reflect in each keep with highest cumscor if s hav no scor it first becom zero and stay plac t still match video thi is what dataset own tool 2s agcn baselin do sampl meta record empty multi mor than dim 3 pose3d metr 2 pose2d pixel check everyth a any rais nobodyerror kind of dataerror skip such them sourc",
"c": "toyota smarthom",
"h": "read one fil",
"href": "toyota.html#reading-one-file",
"section": "Reading one file",
"title": "Toyota Smarthome"
},
{
"b": "a toyota skeleton fil has fram but no detect body in any of them skip by read export sourc",
"c": "toyota smarthom",
"h": "nobodyerror",
"href": "toyota.html#nobodyerror",
"section": "NoBodyError",
"title": "Toyota Smarthome"
},
{
"b": "read one toyota smarthom skeleton fil into a body sampl empty fram are zero typ default detail path json dim int 3 pose3d metr 2 pose2d pixel class list non for the label 1 min few than thi is an error return export sourc",
"c": "toyota smarthom",
"h": "read toyota fil",
"href": "toyota.html#read_toyota_file",
"section": "read_toyota_file",
"title": "Toyota Smarthome"
},
{
"b": "the writ mak fil in sam layout toyota body turn one into a detect record and whol clip list of fram each possib empty sourc",
"c": "toyota smarthom",
"h": "writ the format",
"href": "toyota.html#writing-the-format",
"section": "Writing the format",
"title": "Toyota Smarthome"
},
{
"b": "one lcr net detect record from 13 3 metr and 2 pixel typ default detail pose3d joint in centr on the body pose2d round to decimal scor float non s cumscor no int 4 kept of return dict export sourc",
"c": "toyota smarthom",
"h": "toyota body",
"href": "toyota.html#toyota_body",
"section": "toyota_body",
"title": "Toyota Smarthome"
},
{
"b": "writ fram per a list of toyota body record as smarthom json fil typ default detail path the to parent fold are creat video no k int 100 s field an lcr net set read ignor it return export sourc for 2d sid synthetic clip project 3d pos with pinhol camera focal length 500 px imag centr 320 240 subject 3 m away y flip becaus row go down coordinat use sugar up axe nev chang real",
"c": "toyota smarthom",
"h": "writ toyota fil",
"href": "toyota.html#write_toyota_file",
"section": "write_toyota_file",
"title": "Toyota Smarthome"
},
{
"b": "pixel coordinat 13 2 of a body centr pos depth m in front pinhol camera typ default detail pose3d 3 joint metr on the float 0 distanc from to f 500 focal length c 320 240 imag x y point down return ndarray export sourc",
"c": "toyota smarthom",
"h": "project toyota",
"href": "toyota.html#project_toyota",
"section": "project_toyota",
"title": "Toyota Smarthome"
},
{
"b": "mak toyota fold writ fiv short synthetic clip into test data each is rais hand toyota13 with seed nois and has one of the fil featur we need to fram xsub xview1 xview2 walk p03 r00 v01 c01 pose3d json 10 body per cumscor train p02 c02 no 1 2 layout drink fromcup r01 v02 c05 8 3 empty val cook cut v03 c03 two actor list second in 0 first 4 7 class not used getup p10 v04 c04 6 left arm camera sourc",
"c": "toyota smarthom",
"h": "test data",
"href": "toyota.html#test-data",
"section": "Test data",
"title": "Toyota Smarthome"
},
{
"b": "writ the fiv synthetic toyota smarthom skeleton fil of test data into fold typ default detail wher to creat if need seed int 0 joint nois return path export sourc cell below regenerat in memory and fail commit dif it them when they are miss read back an empty fram stay plac as zero with two body keep most confident one every whichev posit is list",
"c": "toyota smarthom",
"h": "mak toyota fold",
"href": "toyota.html#make_toyota_folder",
"section": "make_toyota_folder",
"title": "Toyota Smarthome"
},
{
"b": "every problem giv a dataerror nam the fil and fram body wher that apply",
"c": "toyota smarthom",
"h": "bad fil",
"href": "toyota.html#bad-files",
"section": "Bad files",
"title": "Toyota Smarthome"
},
{
"b": "read toyota every json clip in a fold the extract releas with progress bar by default class list is sort set of act found fil nam pass or cv for official label ids whos not given an error unless oth skip no detect body any fram are count report one warn and kept s attribut reason bad stop its dataerror sourc",
"c": "toyota smarthom",
"h": "read a fold",
"href": "toyota.html#reading-a-folder",
"section": "Reading a folder",
"title": "Toyota Smarthome"
},
{
"b": "read a fold of toyota smarthom skeleton fil into skeletonset protocol xsub xview1 xview2 typ default detail json class list non e g the sort act found in nam dim int 3 pose3d metr 2 pose2d pixel oth str error or skip what to do with clip whos is not progress bool show bar when interactiv return export sourc produc for first 3d pos 13 lcr net joint thre on test are count and report bad set sav load lik any its meta column",
"c": "toyota smarthom",
"h": "read toyota",
"href": "toyota.html#read_toyota",
"section": "read_toyota",
"title": "Toyota Smarthome"
},
{
"b": "a small synthetic nw ucla format dataset with fiv distinguishabl act ship in test data demo for sugar must run the whol method offlin on laptop minut so it need that packag is real and can actual be learnt research skeleton cannot redistribut we writ our own drawn as simpl joint mot of kinect v1 perform by four subject body siz spe amplitud nois vary seen from thre camera view turn 35 0 degr about vertical axi fil use releas layout read them standard cross protocol train 1 2 3 numb giv prov pipelin work they say noth accuracy each built one help set pivot sourc",
"c": "",
"h": "demo data",
"href": "demo_data.html",
"section": "",
"title": "Demo data"
},
{
"b": "rotat joint of a v 3 pos about pivot by angl radian typ default detail posit list indic the to int index they float in axi 1 0 x left right bend forward and back return ndarray export sourc fiv act nam from nw ucla so ship knowledg apply each funct phas s an amplitud factor",
"c": "demo data",
"h": "turn",
"href": "demo_data.html#turn",
"section": "turn",
"title": "Demo data"
},
{
"b": "a t 20 3 kinect v1 clip of demo act turn by view radian m from the camera typ default detail str one int 32 numb fram amp float 1 0 amplitud movement standard rang siz body factor appli to rest pos about vertical axi in nois 01 deviat gaussian joint metr rng generator non random for seed return ndarray export sourc",
"c": "demo data",
"h": "demo clip",
"href": "demo_data.html#demo_clip",
"section": "demo_clip",
"title": "Demo data"
},
{
"b": "mak demo fold writ 5 act x 4 subject 3 view 60 sequenc 18 to 38 fram coordinat in metr round millimetr and the cross split list 40 train 20 test sourc",
"c": "demo data",
"h": "the ship fold",
"href": "demo_data.html#the-shipped-folder",
"section": "The shipped folder",
"title": "Demo data"
},
{
"b": "writ the demo dataset nw ucla releas layout into fold typ default detail wher to creat if need subject int 4 per act each seen from 3 view of seed 0 clip length amplitud siz jit and nois return path export sourc",
"c": "demo data",
"h": "mak demo fold",
"href": "demo_data.html#make_demo_folder",
"section": "make_demo_folder",
"title": "Demo data"
},
{
"b": "the ship demo dataset fold typ default detail return path export sourc commit must be exact what cod writ thi cell rewrit it when sugar test data 1",
"c": "demo data",
"h": "demo data dir",
"href": "demo_data.html#demo_data_dir",
"section": "demo_data_dir",
"title": "Demo data"
},
{
"b": "pos extract from ordinary video fil offlin and on a cpu mediapip blazepos find one person in each fram its 33 landmark are map onto the joint layout sugar train fold of becom dataset pretrain can read skeleton com depth camera kinect or estimator run over rgb user toolbox most hav second kind material phon clip lab record web thi notebook is bridg it need optional extra pip install which bring 0 10 14 that wheel ship detector model detect tflit full so noth download at tim lat no long bundl henc pin decod with pyav cor already has step resampl to fix rat 15 per by default giv imag coordinat metric world metr origin between hip visibility scor linear turn into kinect20 for nw ucla ntu25 coco17 toyota13 axe convert data use output predict an annotat gif whol sourc",
"c": "",
"h": "video in skeleton out",
"href": "video.html",
"section": "",
"title": "Video in, skeleton out"
},
{
"b": "a video that cannot be used miss unreadabl empty unsupport codec or nobody in it export sourc",
"c": "video in skeleton out",
"h": "videoerror",
"href": "video.html#videoerror",
"section": "VideoError",
"title": "Video in, skeleton out"
},
{
"b": "read fram decod the first video stream of a fil and keep about fps per second 30 clip at default 15 every larg are shrunk so that their long sid is most max pixel blazepos work on 256 crop anyway stay fast failur videoerror nam what went wrong export sourc",
"c": "video in skeleton out",
"h": "fram",
"href": "video.html#frames",
"section": "Frames",
"title": "Video in, skeleton out"
},
{
"b": "decod the video at path into rgb fram resampl to about fps typ default detail a fil anyth ffmpeg read mp4 avi mov mkv webm float 15 per second keep non or 0 every max sid int 640 shrink most thi many pixel on long return tupl t h w 3 uint8 of export sourc try it we need writ encod with pyav mpeg 4 part 2 by which build has and person clip mak short from real photograph scikit imag s astronaut eileen collin nasa public domain shift grow littl as hand held camera would film",
"c": "video in skeleton out",
"h": "read fram",
"href": "video.html#read_frames",
"section": "read_frames",
"title": "Video in, skeleton out"
},
{
"b": "encod fram as a video fil atomical odd siz are pad to even one typ default detail t h w 3 uint8 rgb path writ its suffix pick the contain e g mp4 fps float 15 per second codec str mpeg4 ffmpeg nam return export sourc",
"c": "video in skeleton out",
"h": "writ video",
"href": "video.html#write_video",
"section": "write_video",
"title": "Video in, skeleton out"
},
{
"b": "a short clip of real photograph person scikit imag s astronaut shift and scal typ default detail t int 12 numb fram siz 256 width height in pixel seed 0 the random return ndarray 3 uint8 rgb export sourc",
"c": "video in skeleton out",
"h": "person clip",
"href": "video.html#person_clip",
"section": "person_clip",
"title": "Video in, skeleton out"
},
{
"b": "blazepos bazarevsky et al 2020 detect a person then regress 33 landmark mediapip s solut pos run it in track mod on video aft the first follow from fram to for every we keep world 3 metric coordinat metr with origin between hip x grow right of imag y downward z away camera is positiv small clos 2 0 1 width and height used draw skeleton recov movement across are alway centr visibility how lik visibl not occlud or outsid wher no found fill by linear interpolat their neighbour flag any refus export sourc",
"c": "video in skeleton out",
"h": "pos mediapip blazepos",
"href": "video.html#pose-mediapipe-blazepose",
"section": "Pose: MediaPipe BlazePose",
"title": "Video in, skeleton out"
},
{
"b": "blazepos 33 landmark of one person through a video typ default detail world ndarray t 3 metr hip centr x right y down z away from the camera imag 2 posit in fram 0 1 left top visibility s scor found bool was oth are interpolat fps float per second siz tupl width height pixel export sourc",
"c": "video in skeleton out",
"h": "videopos",
"href": "video.html#videopose",
"section": "VideoPose",
"title": "Video in, skeleton out"
},
{
"b": "landmark of the person in each fram interpolat wher non is found refus if nev typ default detail ndarray t h w 3 uint8 rgb e g from read fps float their per second complexity int 1 blazepos model 0 lit full both ship wheel min confidenc 5 detect and track threshold src str video nam used messag progress bool show a bar when interactiv return videopos export sourc every metric skeleton has adult proport check below hold for any should 25 m apart 6 to hip nos abov y grow downward s left on right imag astronaut fac camera",
"c": "video in skeleton out",
"h": "estimat pos",
"href": "video.html#estimate_pose",
"section": "estimate_pose",
"title": "Video in, skeleton out"
},
{
"b": "a model train on nw ucla expect kinect v1 s 20 joint one ntu rgb d v2 25 blazepos has most of them und the sam nam and rest are deriv from it each target is fix weight mean landmark so whol map v 33 matrix rul hip cent kinect20 spin bas ntu25 midpoint two should head ear centr as plac way to mid 60 neck 37 left right hand pinky index knuckl tip thumb foot toe elbow wrist kne ankl coco fac point fract along thos pos in sugar skeleton 0 08 m abov 27 45 52 64 export sourc",
"c": "video in skeleton out",
"h": "from 33 landmark to a train layout",
"href": "video.html#from-33-landmarks-to-a-training-layout",
"section": "From 33 landmarks to a training layout",
"title": "Video in, skeleton out"
},
{
"b": "the weight that turn blazepos 33 landmark into layout s joint typ default detail a nam fil or with rul set in pos map return ndarray v each row sum to 1 export sourc axe world fram has y point down and z away from camera centr on hip depth data sugar train kinect up distanc x left person fac should at small than right flip put metr front of 3 m about wher nw ucla subject stand ntu recip normalis posit so exact valu hard mat",
"c": "video in skeleton out",
"h": "pos map matrix",
"href": "video.html#pose_map_matrix",
"section": "pose_map_matrix",
"title": "Video in, skeleton out"
},
{
"b": "convert blazepos world coordinat to the depth camera fram of kinect dataset typ default detail 3 float 0 distanc from put hip at in metr return ndarray x left y up z forward export sourc a hand built pos check map and axe togeth person stand straight fac with joint wher rul say they should end movement across are centr on every so walk room would still them root track recov displacement imag plan it s own torso its metric length over median chang cannot be recover one stay",
"c": "video in skeleton out",
"h": "to camera fram",
"href": "video.html#to_camera_frame",
"section": "to_camera_frame",
"title": "Video in, skeleton out"
},
{
"b": "t 3 displacement of the hip from their first posit metr blazepos axe no depth typ default detail pos videopos landmark estimat return ndarray export sourc",
"c": "video in skeleton out",
"h": "root track",
"href": "video.html#root_track",
"section": "root_track",
"title": "Video in, skeleton out"
},
{
"b": "the person s skeleton in layout joint and depth camera fram with per scor typ default detail pos videopos landmark from estimat target nam fil or e g kinect20 track bool tru add hip movement across root float 3 0 distanc metr return tupl 1 t v export sourc",
"c": "video in skeleton out",
"h": "pos to layout",
"href": "video.html#pose_to_layout",
"section": "pose_to_layout",
"title": "Video in, skeleton out"
},
{
"b": "annotat draw blazepos s skeleton over the fram writ a capt recognis act and its descript und them sav an animat gif it play in brows notebook github pag without video codec export sourc",
"c": "video in skeleton out",
"h": "an annotat result",
"href": "video.html#an-annotated-result",
"section": "An annotated result",
"title": "Video in, skeleton out"
},
{
"b": "writ an animat gif of fram with the skeleton over them and capt und typ default detail ndarray t h w 3 rgb pos videopos their landmark str text e g act its descript path fil to width int 320 in pixel return export sourc",
"c": "video in skeleton out",
"h": "annotat",
"href": "video.html#annotate",
"section": "annotate",
"title": "Video in, skeleton out"
},
{
"b": "video skeleton chain the thre step it is what sugar predict clip mp4 run befor recognis sourc",
"c": "video in skeleton out",
"h": "one video skeleton",
"href": "video.html#one-video-one-skeleton",
"section": "One video, one skeleton",
"title": "Video in, skeleton out"
},
{
"b": "the skeleton of person in video at path layout s joint typ default detail a fil target nam or fps float 15 fram per second to sampl track bool tru keep movement across progress non show bar when interactiv return tupl 1 t v 3 scor videopos export sourc",
"c": "video in skeleton out",
"h": "video skeleton",
"href": "video.html#video_skeleton",
"section": "video_skeleton",
"title": "Video in, skeleton out"
},
{
"b": "extract fold tak a with one sub per act and writ dataset in the custom data format see pag npz video und skeleton an index csv fil label nam split default column fifth of each s clip even spac are test at least when has two or mor rest train chang shar class txt it is resumabl whos exist not process again every written atomical so interrupt run finish by that fail unreadabl no person list result oth go on sourc",
"c": "video in skeleton out",
"h": "a dataset from fold of video",
"href": "video.html#a-dataset-from-a-folder-of-videos",
"section": "A dataset from a folder of videos",
"title": "Video in, skeleton out"
},
{
"b": "every video in the sub fold of labell with its s nam typ default detail a one per act return list label path sort export sourc",
"c": "video in skeleton out",
"h": "find video",
"href": "video.html#find_videos",
"section": "find_videos",
"title": "Video in, skeleton out"
},
{
"b": "the sid of default split for i th n clip one act an only train typ detail int posit among its s numb test shar float 0 2 return str or export sourc",
"c": "video in skeleton out",
"h": "split sid",
"href": "video.html#split_side",
"section": "split_side",
"title": "Video in, skeleton out"
},
{
"b": "turn a fold of video into custom skeleton dataset resumabl bad are skip typ default detail with one sub per act out to writ index csv class txt fail layout kinect20 train map the pos fps float 15 fram second sampl from test shar 0 2 each s clip mark progress bool non show bar when interactiv return dict count failur and path export sourc two plu that must fil is not an empty room result ordinary sugar pretrain data on it command lin pag run lik thi predict mp4 recognis new",
"c": "video in skeleton out",
"h": "extract fold",
"href": "video.html#extract_folder",
"section": "extract_folder",
"title": "Video in, skeleton out"
},
{
"b": "step 1 of sugar the mot prompt structur generat with local model cod writ format fill in each part every check a forgiv pars for fre form answ knowledg fil schema validat atomic and resumabl short descript ship its quality s first turn act nam into languag that lat supervis skeleton encod how six body head hand arm hip leg foot mov dur written by an llm visual what video fram show vis 02b text recognis learn to produc 3 thi notebook hold loop generator backend liv 02a anyth method work her sourc",
"c": "",
"h": "act knowledg",
"href": "knowledge.html",
"section": "",
"title": "Action knowledge"
},
{
"b": "a knowledg fil or an llm answ is unusabl the messag nam class and why export sourc",
"c": "act knowledg",
"h": "knowledgeerror",
"href": "knowledge.html#knowledgeerror",
"section": "KnowledgeError",
"title": "Action knowledge"
},
{
"b": "the packag list official nam label ord and a user s own text fil are read by act from sugar asset see",
"c": "act knowledg",
"h": "act list",
"href": "knowledge.html#action-lists",
"section": "Action lists",
"title": "Action knowledge"
},
{
"b": "the pap s prompt used with gpt 3 5 turbo verbatim act slot exampl brac around drink wat are part of sourc",
"c": "act knowledg",
"h": "the mot prompt",
"href": "knowledge.html#the-motion-prompt",
"section": "The motion prompt",
"title": "Action knowledge"
},
{
"b": "the pap s mot knowledg prompt for one act typ default detail str nam e g drink wat return export sourc",
"c": "act knowledg",
"h": "mot prompt",
"href": "knowledge.html#motion_prompt",
"section": "motion_prompt",
"title": "Action knowledge"
},
{
"b": "real llm answ rar follow the exampl to let number list markdown bold hand instead of part in anoth ord an echo prompt chatty sentenc befor and aft a miss pars find each nam wher claus start lin bullet or numb tak text up next end return six pap s styl grasp cup that doe not already with its get it prepend empty are report invent sourc",
"c": "act knowledg",
"h": "pars messy answ",
"href": "knowledge.html#parsing-messy-answers",
"section": "Parsing messy answers",
"title": "Action knowledge"
},
{
"b": "the six body part claus found in an answ miss absent from dict typ default detail text str llm one lin bullet markdown return sourc",
"c": "act knowledg",
"h": "pars mot",
"href": "knowledge.html#parse_motion",
"section": "parse_motion",
"title": "Action knowledge"
},
{
"b": "rais knowledgeerror unless all six part are present and non empty typ default detail dict claus e g from pars mot src str answ what the cam start error messag return export sourc a corpu of realistic in shap small larg llm actual produc",
"c": "act knowledg",
"h": "check mot",
"href": "knowledge.html#check_motion",
"section": "check_motion",
"title": "Action knowledge"
},
{
"b": "generat mot ask a backend for every act pars and retry the failur bound numb of tim doe not resend sam prompt greedy decod would repeat answ it append strict format instruct class that still fail are return in with reason nev silent fill sourc",
"c": "act knowledg",
"h": "generat mot knowledg",
"href": "knowledge.html#generating-motion-knowledge",
"section": "Generating motion knowledge",
"title": "Action knowledge"
},
{
"b": "mot knowledg with backend generat act part fail raw typ default detail list nam text generator prompt answ retry int 2 extra round ask for a strict format keep bool tru every und fals is empty return dict export sourc script test doubl that from show the first wav lack foot complet jump nev useful and report",
"c": "act knowledg",
"h": "generat mot",
"href": "knowledge.html#generate_motion",
"section": "generate_motion",
"title": "Action knowledge"
},
{
"b": "one or two sentenc per act the answ text of step 3 they are generat from mot knowledg and first trim what a model add around them sourc",
"c": "act knowledg",
"h": "short descript",
"href": "knowledge.html#short-descriptions",
"section": "Short descriptions",
"title": "Action knowledge"
},
{
"b": "prompt for a one or two sentenc descript of an act from its mot knowledg typ default detail str the nam dict part claus return sourc",
"c": "act knowledg",
"h": "descript prompt",
"href": "knowledge.html#description_prompt",
"section": "description_prompt",
"title": "Action knowledge"
},
{
"b": "the first n sentenc of text whitespac normalis typ default detail str fre markdown mark are drop int 2 how many to keep return export sourc",
"c": "act knowledg",
"h": "first sentenc",
"href": "knowledge.html#first_sentences",
"section": "first_sentences",
"title": "Action knowledge"
},
{
"b": "one json fil per act list label is the official class nam ord natural languag phras used in prompt and answ e g cook clean dish for toyota s cleandish provenanc say truthful how each kind of text was mad which model or author check knowledg validat a dict first problem sourc",
"c": "act knowledg",
"h": "knowledg fil",
"href": "knowledge.html#knowledge-files",
"section": "Knowledge files",
"title": "Action knowledge"
},
{
"b": "validat one class entry of a knowledg fil typ default detail c s src str the or oth sourc it cam from nam in error i int its index return dict",
"c": "act knowledg",
"h": "check class",
"href": "knowledge.html#check_class",
"section": "check_class",
"title": "Action knowledge"
},
{
"b": "validat a knowledg dict optional against an act list sam label ord typ default detail k pars fil src str the or oth sourc it cam from nam in error non expect class any return export",
"c": "act knowledg",
"h": "check knowledg",
"href": "knowledge.html#check_knowledge",
"section": "check_knowledge",
"title": "Action knowledge"
},
{
"b": "path of a ship knowledg fil typ default detail nam str packag act list e g nw ucla return sourc",
"c": "act knowledg",
"h": "knowledg path",
"href": "knowledge.html#knowledge_path",
"section": "knowledge_path",
"title": "Action knowledge"
},
{
"b": "read and validat a knowledg fil ship by list nam or path check with act typ default detail packag json non expect label in ord the for any return dict sourc",
"c": "act knowledg",
"h": "load knowledg",
"href": "knowledge.html#load_knowledge",
"section": "load_knowledge",
"title": "Action knowledge"
},
{
"b": "validat and writ a knowledg fil atomical temporary then renam typ default detail k dict the check with first path json to replac only onc ful written return export sourc",
"c": "act knowledg",
"h": "sav knowledg",
"href": "knowledge.html#save_knowledge",
"section": "save_knowledge",
"title": "Action knowledge"
},
{
"b": "without fram and a vis languag model the llm is ask what of act typical show visual text prompt provenanc then say so previou read an exist fil already hold export sourc",
"c": "act knowledg",
"h": "the text only visual prompt",
"href": "knowledge.html#the-text-only-visual-prompt",
"section": "The text-only visual prompt",
"title": "Action knowledge"
},
{
"b": "ask for the whol format a small model ignor it smollm2 135m answer non of 10 nw ucla prompt with all six part even aft two strict retry sav run in 02a backend so local we nev writ and let fill only content stay pap s its drink wat exampl plu few ship entry oth act as furth answ is built one at tim every continuat start word stop newlin full or wher on anoth body hand empty com out by construct pars rat 100 what still doe wrong copy wrot each therefor check reject drawn again sampl try befor kept report visual sentenc short descript are sam way need method complet max new token seed which hfbackend has without serv keep fre form abov",
"c": "act knowledg",
"h": "structur generat with local model",
"href": "knowledge.html#structured-generation-with-local-models",
"section": "Structured generation with local models",
"title": "Action knowledge"
},
{
"b": "the extra exampl are ship entry of oth act whos nam clos to any being generat by minilm similarity e g sit down for left out so no s own hand written text is shown model sam serv every a run prompt shar their begin which hfbackend complet comput onc sourc",
"c": "act knowledg",
"h": "exampl from the ship knowledg",
"href": "knowledge.html#examples-from-the-shipped-knowledge",
"section": "Examples from the shipped knowledge",
"title": "Action knowledge"
},
{
"b": "l2 normalis embed of text with the packag all minilm l6 v2 sentenc transform typ default detail list to emb batch siz int 64 per encod return ndarray export sourc",
"c": "act knowledg",
"h": "minilm emb",
"href": "knowledge.html#minilm_embed",
"section": "minilm_embed",
"title": "Action knowledge"
},
{
"b": "ship knowledg entry of oth act to show as exampl prefer typ default detail list the being generat clos nam are left out n int 2 how many max sim float 0 5 most similarity minilm cosin any emb non text l2 normalis embed return export sourc",
"c": "act knowledg",
"h": "exampl class",
"href": "knowledge.html#example_classes",
"section": "example_classes",
"title": "Action knowledge"
},
{
"b": "the mot prompt is pap s with extra exampl aft its own answ start way do a act of head visual sentenc and descript get sam treatment oth then instruct an that begin fix open sourc",
"c": "act knowledg",
"h": "prompt and answ start",
"href": "knowledge.html#prompts-and-answer-starts",
"section": "Prompts and answer starts",
"title": "Action knowledge"
},
{
"b": "the pap s mot prompt with exampl knowledg entry add aft its own typ default detail act str to describ list of oth nam return sourc",
"c": "act knowledg",
"h": "structur mot prompt",
"href": "knowledge.html#structured_motion_prompt",
"section": "structured_motion_prompt",
"title": "Action knowledge"
},
{
"b": "the answ so far part written in ord then next s nam typ default detail act str being describ dict text aft return export sourc",
"c": "act knowledg",
"h": "mot start",
"href": "knowledge.html#motion_start",
"section": "motion_start",
"title": "Action knowledge"
},
{
"b": "exampl of oth act fram descript then the visual prompt for typ default detail str to describ list entry nam return sourc",
"c": "act knowledg",
"h": "structur visual prompt",
"href": "knowledge.html#structured_visual_prompt",
"section": "structured_visual_prompt",
"title": "Action knowledge"
},
{
"b": "the answ so far sentenc written then next s open typ default detail act str being describ list few than visual return sourc",
"c": "act knowledg",
"h": "visual start",
"href": "knowledge.html#visual_start",
"section": "visual_start",
"title": "Action knowledge"
},
{
"b": "exampl of oth act descript then prompt for typ default detail str the to describ mot dict part claus knowledg list entry nam return export sourc",
"c": "act knowledg",
"h": "structur descript prompt",
"href": "knowledge.html#structured_description_prompt",
"section": "structured_description_prompt",
"title": "Action knowledge"
},
{
"b": "part problem say what is wrong with a generat text or non no word at all only body nam an echo of the prompt s list loop person who copy anoth has sam as exampl act start short one grasp cup hold it up shar run four content bring both palm togeth generic remain stationary stay flat on floor do not count own hip fin answ for many sourc",
"c": "act knowledg",
"h": "check a part",
"href": "knowledge.html#checking-a-part",
"section": "Checking a part",
"title": "Action knowledge"
},
{
"b": "what is wrong with text or non typ default detail str the generat a part s content sentenc descript oth sourc pair it must not copy return export",
"c": "act knowledg",
"h": "part problem",
"href": "knowledge.html#part_problem",
"section": "part_problem",
"title": "Action knowledge"
},
{
"b": "fill in is the loop every structur step run greedy continuat for all row a check of each against exampl oth and anyth given sampl retry seed 1 2 reject still aft try its text kept with what wrong it so call can report return how was mad or k problem left sourc",
"c": "act knowledg",
"h": "fill in with reject and retry",
"href": "knowledge.html#filling-in-with-rejection-and-retries",
"section": "Filling in, with rejection and retries",
"title": "Action knowledge"
},
{
"b": "text how problem for continuat of start check by retri sampl typ default detail backend has complet prompt stop max new token seed list one per row each s answ so far the model continu it accept a or non n str that end int 24 most retry 2 1 reject return tupl export sourc script show loop greedy copy are drawn again on every try and is kept report",
"c": "act knowledg",
"h": "fill in",
"href": "knowledge.html#fill_in",
"section": "fill_in",
"title": "Action knowledge"
},
{
"b": "structur knowledg writ all thre for a batch of act the six part in turn each check against exampl oth thi s earli and text avoid then descript from mot just written visual sentenc it return class entry with its own provenanc which model wrot how greedy or sampl retry problem what was kept aft export sourc",
"c": "act knowledg",
"h": "mot descript and visual sentenc",
"href": "knowledge.html#motion-description-and-visual-sentences",
"section": "Motion, description and visual sentences",
"title": "Action knowledge"
},
{
"b": "class entry act for written part by with backend complet typ default detail list nam generat togeth as one batch text generator see fill in exampl of oth shown the prompt avoid dict non not to copy retry int 2 sampl per reject who str model provenanc s visual bool tru writ sentenc too fals return export sourc on tiny random llama 02a whos answ are gibberish every still get six empty a descript and thre fil validat",
"c": "act knowledg",
"h": "structur knowledg",
"href": "knowledge.html#structured_knowledge",
"section": "structured_knowledge",
"title": "Action knowledge"
},
{
"b": "build knowledg produc a complet fil for an act list it keep every valid class already in the and generat only miss or invalid one sav atomical aft each batch of so interrupt run just continu progress bar count with backend that can local model use structur are written at tim by check against ship exampl record which wrot part oth serv get fre form prompt mot from pap s pars retry descript text visual sentenc their own com fn str when given fram vlm see 02b clear labell provenanc fallback llm describ what typical show sourc",
"c": "act knowledg",
"h": "build a knowledg fil resumab",
"href": "knowledge.html#building-a-knowledge-file-resumably",
"section": "Building a knowledge file, resumably",
"title": "Action knowledge"
},
{
"b": "creat or complet a knowledg fil generat kept fail problem typ default detail act list nam packag path of backend text generator prompt structur the to visual fn non str llm only retry int 2 per class fre form reject part model record in provenanc progress bool bar when interactiv writ format by if can exampl ship entry oth shown return dict export sourc run with script jump first tim rerun keep wav and greedy answ for every hand copy pap s grasp cup is replac sampl one even so its report result cut aft batch as kill would rest sam tiny random whos real six empty valid",
"c": "act knowledg",
"h": "build knowledg",
"href": "knowledge.html#build_knowledge",
"section": "build_knowledge",
"title": "Action knowledge"
},
{
"b": "the whol structur path on cpu for 10 nw ucla act with packag smollm2 135m instruct and wher sugar weight llm gemma has put it in plac 3 270m a bas model no chat templat prompt is continu as plain text thi cell flag slow its sav output show run tim how many class hav six non empty part wer kept aft fail retry report not hidden two small still copy repeat themselv much that cost train measur by benchmark knowledg quality py",
"c": "act knowledg",
"h": "with the real local model",
"href": "knowledge.html#with-the-real-local-models",
"section": "With the real local models",
"title": "Action knowledge"
},
{
"b": "knowledg for all fiv packag act list ship in sugar asset it was written the project by its develop pap s format not generat a model run provenanc each fil say exact how small offlin now fill every tim abov but their text are rough and often copi regenerat with build strong when you hav one",
"c": "act knowledg",
"h": "the ship knowledg",
"href": "knowledge.html#the-shipped-knowledge",
"section": "The shipped knowledge",
"title": "Action knowledge"
},
{
"b": "knowledg supervis the encod through text embed so class whos are near sam cannot be told apart by it report count per body part claus is word for shar with anoth and each s mot visual to find most similar pair of abov flag cosin similarity list as duplicat default packag all minilm l6 v2 mean pool l2 normalis sourc",
"c": "act knowledg",
"h": "quality check",
"href": "knowledge.html#quality-check",
"section": "Quality check",
"title": "Action knowledge"
},
{
"b": "one class s mot claus or visual descript as text typ default detail c dict a entry of knowledg fil kind str the six anyth els return sourc",
"c": "act knowledg",
"h": "class text",
"href": "knowledge.html#class_text",
"section": "class_text",
"title": "Action knowledge"
},
{
"b": "shar part claus and the most similar class pair mot visual text of knowledg typ default detail k dict a as from load emb minilm l2 normalis embed flag float 0 95 at least thi cosin are top int 5 how many to list per kind return export sourc report for every ship fil real",
"c": "act knowledg",
"h": "knowledg report",
"href": "knowledge.html#knowledge_report",
"section": "knowledge_report",
"title": "Action knowledge"
},
{
"b": "one small interfac for sugar s knowledg step backend generat prompt text serv by a local hug fac model the packag smollm2 default or gemma 3 270m any openai compatibl chat also complet an answ begun call basi of structur 1 ask languag to describ every act six body part movement then visual scen everyth that need from goe through tiny two implement it hfbackend run causal in thi process with transform its is offlin 135m instruct gguf weight put plac fold fil already download id work too openaibackend talk speak json itself vllm llama cpp ollama v1 send imag which get hf turn short str e g command lin into both rais backenderror messag say what went wrong and do sourc",
"c": "",
"h": "text generat backend",
"href": "backends.html",
"section": "",
"title": "Text generation backends"
},
{
"b": "a text generat backend fail the messag say why and what to do export sourc",
"c": "text generat backend",
"h": "backenderror",
"href": "backends.html#backenderror",
"section": "BackendError",
"title": "Text generation backends"
},
{
"b": "",
"c": "text generat backend",
"h": "run a local model hfbackend",
"href": "backends.html#running-a-local-model-hfbackend",
"section": "Running a local model: HFBackend",
"title": "Text generation backends"
},
{
"b": "model may be load from non or smollm2 the packag 135m instruct gguf sugar asset default llm gemma 3 270m bas weight path to fil that transform dequantis its architectur must one read e g llama mistral qwen2 gemma3 fold a sav hug fac config json tokeniz org nam hub id local cach only unless download tru nev at run tim by is not in fail with messag say how get it allow 1 fetch hf offlin of sam win over s short sourc",
"c": "text generat backend",
"h": "which model",
"href": "backends.html#which-model",
"section": "Which model",
"title": "Text generation backends"
},
{
"b": "wher to load model from dict sourc gguf fil local typ default detail non smollm2 packag gemma a fold hub id return export",
"c": "text generat backend",
"h": "resolv model",
"href": "backends.html#resolve_model",
"section": "resolve_model",
"title": "Text generation backends"
},
{
"b": "bfloat16 is used wher the hardwar multiply it nativ gpu that support and cpu with avx512 bf16 or amx onedn also run on without thes instruct by emulat ther slow than float32 a 2 cor intel xeon them step 3 train und autocast ran at 0 68x spe rank took 81 s against 47 benchmark result step3 l16 md whil amd epyc of earli measurement 1 97x fast 9x eag attent 16 17x sinc recognis cheap lora dropout frozen weight bitdrop are cast to aft load elsewher kept dtyp overrid sourc",
"c": "text generat backend",
"h": "precis and devic",
"href": "backends.html#precision-and-device",
"section": "Precision and device",
"title": "Text generation backends"
},
{
"b": "wheth thi cpu has bfloat16 instruct avx512 bf16 or amx not just emulat typ default detail return bool export sourc",
"c": "text generat backend",
"h": "cpu bf16 nativ",
"href": "backends.html#cpu_bf16_native",
"section": "cpu_bf16_native",
"title": "Text generation backends"
},
{
"b": "wheth bfloat16 matmul are fast on devic cpu or cuda typ default detail str a torch nam return bool sourc",
"c": "text generat backend",
"h": "bf16 support",
"href": "backends.html#bf16_supported",
"section": "bf16_supported",
"title": "Text generation backends"
},
{
"b": "devic or if non cuda when availabl els cpu typ default detail a torch nam object choos automatical return str sourc",
"c": "text generat backend",
"h": "pick devic",
"href": "backends.html#pick_device",
"section": "pick_device",
"title": "Text generation backends"
},
{
"b": "torch dtyp for the weight auto bfloat16 wher support els float32 typ default detail a or its nam devic cpu will run on only used export sourc every bf16 opt of command lin sugar pretrain finetun evaluat mean sam yes no which is say multiply fast",
"c": "text generat backend",
"h": "pick dtyp",
"href": "backends.html#pick_dtype",
"section": "pick_dtype",
"title": "Text generation backends"
},
{
"b": "wheth a bf16 choic turn bfloat16 on for devic yes no or auto wher support typ default detail str torch nam return bool export sourc",
"c": "text generat backend",
"h": "bf16 want",
"href": "backends.html#bf16_wanted",
"section": "bf16_wanted",
"title": "Text generation backends"
},
{
"b": "hfbackend load noth until it is first used or generat each prompt becom a user messag aft an optional system and goe through the tokeniz s chat templat end with assistant turn open without get plain text are sort by length cut into batch of siz pad on left so that every sequenc at sam posit new token append right greedy unless do sampl tru then temperatur top p seed app stop model max only decod special strip answ com back in ord progress bar over appear terminal notebook not log test run sourc",
"c": "text generat backend",
"h": "the backend",
"href": "backends.html#the-backend",
"section": "The backend",
"title": "Text generation backends"
},
{
"b": "generat text with a local causal languag model default the packag smollm2 135m instruct typ detail non gemma gguf fold hub id max new token int 200 most per prompt batch siz 8 forward pass do sampl bool fals greedy deterministic tru temperatur float 1 0 top p nucleu mass seed for system str optional messag put befor every devic cpu cuda if availabl dtyp auto bf16 wher fast float32 bfloat16 download allow fetch sugar fil nam insid repo or progress bar only when interactiv export sourc load turn s and transform error into backenderror that is not cach machin offlin cannot read lm",
"c": "text generat backend",
"h": "hfbackend",
"href": "backends.html#hfbackend",
"section": "HFBackend",
"title": "Text generation backends"
},
{
"b": "load tokeniz and model onc return self sourc",
"c": "text generat backend",
"h": "hfbackend load",
"href": "backends.html#hfbackend.load",
"section": "HFBackend.load",
"title": "Text generation backends"
},
{
"b": "the load model it on first use sourc",
"c": "text generat backend",
"h": "hfbackend model",
"href": "backends.html#hfbackend.model",
"section": "HFBackend.model",
"title": "Text generation backends"
},
{
"b": "the load tokeniz it on first use export sourc a hub id that is not cach fail at onc and say what to do no network touch local fil only packag all minilm l6 v2 text encod bert model causal lm",
"c": "text generat backend",
"h": "hfbackend tokeniz",
"href": "backends.html#hfbackend.tokenizer",
"section": "HFBackend.tokenizer",
"title": "Text generation backends"
},
{
"b": "answ every prompt return only the new generat text of each strip in ord typ default detail list str sent as one user messag chat templat if any export sourc",
"c": "text generat backend",
"h": "hfbackend generat",
"href": "backends.html#hfbackend.generate",
"section": "HFBackend.generate",
"title": "Text generation backends"
},
{
"b": "the fast test build a tiny llama architectur of smollm2 and 2 hidden siz 32 lay with random weight byt level bpe tokeniz train in few millisecond on sentenc chatml chat templat lik s sav both to temporary fold model export for oth notebook its answ are gibberish but they must be consistent sourc",
"c": "text generat backend",
"h": "test with a tiny random model",
"href": "backends.html#testing-with-a-tiny-random-model",
"section": "Testing with a tiny random model",
"title": "Text generation backends"
},
{
"b": "sav a tiny random llama and byt level bpe tokeniz chatml if chat to fold test typ default detail wher the model creat miss bool tru giv templat seed int 0 torch for weight export sourc answ prompt is sam wheth it run alon or in batch next long short left pad attent mask at work exact greedy continuat aft which we recomput step by with plain forward pass system messag goe befor every without get raw its usual special token sampl reproducibl bf16 support cod path",
"c": "text generat backend",
"h": "tiny model fold",
"href": "backends.html#tiny_model_folder",
"section": "tiny_model_folder",
"title": "Text generation backends"
},
{
"b": "small model do not follow a format they are told to but continu text well complet is the primitiv that structur generat 02 knowledg built on for each prompt it put instruct wher expect user turn chat plain plu blank lin bas append answ written so far start and let until first stop str new token must be spac by word or continuat nev empty end of punctuat hold newlin default may span several such as hand at cut befor most max greedy unless sampl tru then temperatur top p 0 95 seed decod with its own short loop over s forward pass rath than one call usual shar long begin exampl whos key valu cach comput onc reus every batch next sam left pad between sort length com back in ord progress bar appear when ther sess interactiv export sourc",
"c": "text generat backend",
"h": "continu an answ complet",
"href": "backends.html#continuing-an-answer-complete",
"section": "Continuing an answer: complete",
"title": "Text generation backends"
},
{
"b": "continu each answ start i to prompt by at least one word up the first stop typ default detail list instruct per so far model it n str that end a continuat cut off max new token int 24 most sampl bool fals greedy tru temperatur top p 0 95 float 8 seed non of generator return without its export sourc on tiny random every is empty sequenc whatev are or equal generat s own decod sam text truncat and batch giv as tim rul in only spac then let may com not bar fragment numb special earliest which span",
"c": "text generat backend",
"h": "hfbackend complet",
"href": "backends.html#hfbackend.complete",
"section": "HFBackend.complete",
"title": "Text generation backends"
},
{
"b": "one real check the pap s mot prompt for drink wat answer by default model load dequantis gguf 135m paramet on our 2 cor cpu thi cell tak about 20 25 in all",
"c": "text generat backend",
"h": "the packag smollm2",
"href": "backends.html#the-packaged-smollm2",
"section": "The packaged SmolLM2",
"title": "Text generation backends"
},
{
"b": "",
"c": "text generat backend",
"h": "talk to a serv openaibackend",
"href": "backends.html#talking-to-a-server-openaibackend",
"section": "Talking to a server: OpenAIBackend",
"title": "Text generation backends"
},
{
"b": "openai compatibl serv tak post bas url chat complet with a json body and answ the key goe in an authoriz bear head messag s content may instead be list of part which is how imag are sent as data hold base64 fil openaibackend speak thi standard library only urllib request no client packag need sourc",
"c": "text generat backend",
"h": "the chat complet format",
"href": "backends.html#the-chat-completions-format",
"section": "The chat completions format",
"title": "Text generation backends"
},
{
"b": "mim typ of imag byt from their first jpeg png gif webp bmp default detail data the fil s content only 12 are read return str sourc",
"c": "text generat backend",
"h": "imag mim",
"href": "backends.html#image_mime",
"section": "image_mime",
"title": "Text generation backends"
},
{
"b": "a chat messag content part hold imag as base64 data url typ default detail path of an fil or its byt str non optional low high auto hint for the serv return dict export sourc",
"c": "text generat backend",
"h": "imag part",
"href": "backends.html#image_part",
"section": "image_part",
"title": "Text generation backends"
},
{
"b": "to test the client for real socket http json error tim out without network access localchatserv run a small openai styl serv on 127 0 1 in background thread its handl body head get each request s and return eith str assistant answ wrap chat complet statu 200 dict sent as is with tupl any or default echo last user messag every record use it context manag url bas giv port v1 sourc",
"c": "text generat backend",
"h": "a local test serv localchatserv",
"href": "backends.html#a-local-test-server-localchatserver",
"section": "A local test server: LocalChatServer",
"title": "Text generation backends"
},
{
"b": "a minimal chat complet respons body with one assistant messag typ default detail content str text of the s answ model local nam report in return dict sourc",
"c": "text generat backend",
"h": "chat respons",
"href": "backends.html#chat_response",
"section": "chat_response",
"title": "Text generation backends"
},
{
"b": "an openai styl chat complet serv on 127 0 1 in a background thread test and demo typ default detail handl non f body head str dict statu echo port int any fre export sourc",
"c": "text generat backend",
"h": "localchatserv",
"href": "backends.html#localchatserver",
"section": "LocalChatServer",
"title": "Text generation backends"
},
{
"b": "sourc",
"c": "text generat backend",
"h": "the client",
"href": "backends.html#the-client",
"section": "The client",
"title": "Text generation backends"
},
{
"b": "generat text with an openai compatibl chat serv vllm llama cpp ollama v1 typ default detail model str nam the know e g gpt 4o mini bas url non els s api key bear local timeout float 60 second to wait for one respons retry int 3 extra attempt aft 429 5xx tim out drop link backof 1 0 first befor a in doubl each max token most per answ temperatur as deterministic allow system optional messag every prompt progress bool bar only when interactiv dict mor request field top p 9 seed export sourc send full list and return assistant transient failur http connect are retri 2 4 or up oth 4xx fail at onc statu start of error body that cannot be reach refus unknown host too",
"c": "text generat backend",
"h": "openaibackend",
"href": "backends.html#openaibackend",
"section": "OpenAIBackend",
"title": "Text generation backends"
},
{
"b": "send one chat a full messag list imag allow and return the assistant s answ typ default detail rol user content str or part kw mor request field for thi call only text sourc",
"c": "text generat backend",
"h": "openaibackend chat",
"href": "backends.html#openaibackend.chat",
"section": "OpenAIBackend.chat",
"title": "Text generation backends"
},
{
"b": "one chat request per prompt aft the optional system messag answ in ord typ default detail list str each sent as user of its own return export sourc",
"c": "text generat backend",
"h": "openaibackend generat",
"href": "backends.html#openaibackend.generate",
"section": "OpenAIBackend.generate",
"title": "Text generation backends"
},
{
"b": "a normal exchang the serv see model messag temperatur and key answ is deriv from them without no authoriz head sent local need non bas url com openai api when not given error retri her first call fail with 500 second succeed 429 rat limit sam way 401 has statu s body that keep giv up aft retry 1 attempt slow than timeout then tim out noth listen on port or an unknown host at onc imag travel as content part receiv data can decod very byt",
"c": "text generat backend",
"h": "test against a real local serv",
"href": "backends.html#tests-against-a-real-local-server",
"section": "Tests against a real local server",
"title": "Text generation backends"
},
{
"b": "spec backend non hf or smollm2 hfbackend the packag 135m instruct gemma 3 270m bas model hub id fold gguf fil openai openaibackend at url default s api extra keyword argument go to max new token is given as an object that already has a generat method return sourc",
"c": "text generat backend",
"h": "choos a backend get",
"href": "backends.html#choosing-a-backend-get_backend",
"section": "Choosing a backend: get_backend",
"title": "Text generation backends"
},
{
"b": "a text generat backend from short spec str typ default detail non see form kwarg pass to the export sourc",
"c": "text generat backend",
"h": "get backend",
"href": "backends.html#get_backend",
"section": "get_backend",
"title": "Text generation backends"
},
{
"b": "smollm2 135m keep everyth offlin and fast but its descript are rough any big model plug in through the sam spec str knowledg command tak it as backend a local hug fac download onc wher ther is internet hf qwen qwen2 5 1 5b instruct then get find cach or copy fold gguf fil to machin use path on gpu run automatical devic dtyp overrid rais batch siz for throughput an openai compatibl serv which also vis visual vllm 7b port 8000 http localhost v1 llama cpp m 8080 nam not check ollama pull llama3 8b 11434 export api key gpt 4o mini pap used 3 turbo 4v ask with temperatur 0 long job surviv rat limit restart thank retry backof timeout tun them",
"c": "text generat backend",
"h": "regenerat knowledg with a big model",
"href": "backends.html#regenerating-knowledge-with-a-bigger-model",
"section": "Regenerating knowledge with a bigger model",
"title": "Text generation backends"
},
{
"b": "the fre form step 1 mot path on cpu pap s prompt for each of 10 nw ucla act answer by packag smollm2 135m instruct greedy pars into six part failur retri twic with strict format thi cell is flag slow it load model and generat about 2 000 token its sav output show run tim how many class two raw answ their doe not follow in below non nor retry nam all report every as fail rath than invent that why local go through structur instead 02 knowledg written cod fill hfbackend complet construct remain serv",
"c": "text generat backend",
"h": "end to fre form mot knowledg for nw ucla with the packag smollm2",
"href": "backends.html#end-to-end-free-form-motion-knowledge-for-nw-ucla-with-the-packaged-smollm2",
"section": "End to end: free-form motion knowledge for NW-UCLA with the packaged SmolLM2",
"title": "Text generation backends"
},
{
"b": "fram of an act a video fil or fold imag clip embed the k most mutual dissimilar descript from vis languag model und pap s thre rul sugar visual knowledg com gpt 4v in look at each consecutiv are near identical so first deduplicat every is with encod and small set kept then describ",
"c": "",
"h": "visual knowledg",
"href": "visual.html",
"section": "",
"title": "Visual knowledge"
},
{
"b": "read fram tak a fold of imag sort by nam or video fil decod with pyav optional keep every strid th and at most max sourc",
"c": "visual knowledg",
"h": "read fram",
"href": "visual.html#reading-frames",
"section": "Reading frames",
"title": "Visual knowledge"
},
{
"b": "fram of a video fil or an imag fold as rgb pil typ default detail src strid int 1 keep every th max non at most thi many even spac all return list in tim ord export sourc test material short synthetic clip the rais hand skeleton drawn by sav both png and mpeg 4",
"c": "visual knowledg",
"h": "read fram",
"href": "visual.html#read_frames",
"section": "read_frames",
"title": "Visual knowledge"
},
{
"b": "clipimageencod wrap an open clip model vit b 32 by default the pap s fami pretrain is tag e g openai download wher ther internet or a local checkpoint fil non giv random weight which only test use embed are l2 normalis sourc",
"c": "visual knowledg",
"h": "clip imag embed",
"href": "visual.html#clip-image-embeddings",
"section": "CLIP image embeddings",
"title": "Visual knowledge"
},
{
"b": "open clip imag encod n d l2 normalis float32 typ default detail model str vit b 32 architectur nam pretrain openai tag checkpoint path or non random test devic torch cuda when availabl els cpu export sourc",
"c": "visual knowledg",
"h": "clipimageencod",
"href": "visual.html#clipimageencoder",
"section": "ClipImageEncoder",
"title": "Visual knowledge"
},
{
"b": "farthest fram is point sampl on cosin distanc start from the averag all oth then repeat add whos to its nearest already chosen largest k return in tim ord cov clip s distinct moment instead of near copy one sourc",
"c": "visual knowledg",
"h": "the most dissimilar fram",
"href": "visual.html#the-most-dissimilar-frames",
"section": "The most dissimilar frames",
"title": "Visual knowledge"
},
{
"b": "k mutual dissimilar row of emb by farthest point sampl on cosin distanc typ default detail ndarray n d l2 normalis embed one per fram int how many to pick return list indic in increas ord all them if export sourc with thre tight clust ten near copy each land different",
"c": "visual knowledg",
"h": "farthest fram",
"href": "visual.html#farthest_frames",
"section": "farthest_frames",
"title": "Visual knowledge"
},
{
"b": "each select fram goe to an openai compatibl chat serv see openaibackend as imag part with the pap s thre rul describ so that it match act only scen relat no text unrelat sourc",
"c": "visual knowledg",
"h": "describ fram with a vis languag model",
"href": "visual.html#describing-frames-with-a-vision-language-model",
"section": "Describing frames with a vision-language model",
"title": "Visual knowledge"
},
{
"b": "descript of fram by a vis languag model ask with the pap s thre rul typ default detail list rgb pil imag one request each act str nam put into visual prompt vlm chat backend e g an openaibackend return per whitespac collaps empty answ drop export sourc",
"c": "visual knowledg",
"h": "describ fram",
"href": "visual.html#describe_frames",
"section": "describe_frames",
"title": "Visual knowledge"
},
{
"b": "visual knowledg of one act its k most dissimilar fram clip describ by vlm typ default detail str the s nam src a video fil or fold imag chat backend vis languag model see encod non that pick clipimageencod int 3 mutual strid 1 read every th max 256 at thi many even spac return list up to descript in tim ord export sourc real exchang with local openai styl serv handl check each request carry rul and jpeg answ siz so test went through plug into build as fn per e g lambda root enc for dataset without fall back say provenanc ask llm what typical show",
"c": "visual knowledg",
"h": "visual knowledg",
"href": "visual.html#visual_knowledge",
"section": "visual_knowledge",
"title": "Visual knowledge"
},
{
"b": "a ctr gcn encod channel wis topology refinement graph convolut multi scal temporal without pool skeleton sequenc in featur out sugar s step 2 use backbon chen et al iccv 2021 but keep tim instead of over fram at the end return b t d person averag joint which 3 query project read segment by vector is also for loss input are c v m float tensor as skeletondataset serv them batch coordinat insid network one sampl and n notebook build bottom up written plain sam spe what it learn block that stack com two variant halv rat twic 4 pap every",
"c": "",
"h": "the skeleton encod",
"href": "encoder.html",
"section": "",
"title": "The skeleton encoder"
},
{
"b": "a graph convolut mix each joint s featur with its neighbour ctr gcn lik st befor it split neighbourhood into thre subset own weight the itself clos to root inward and furth from outward layout adjacency in skeleton return them as 3 v array k i j weigh messag send spread of one over direct so every column matric sum except end which are empty zero below drawn on nw ucla kinect20 should centr star arrow is sam dark larg several children among cod",
"c": "the skeleton encod",
"h": "the graph thre adjacency subset",
"href": "encoder.html#the-graph-three-adjacency-subsets",
"section": "The graph: three adjacency subsets",
"title": "The skeleton encoder"
},
{
"b": "a plain graph convolut use the sam k for every sampl and channel ctr gc refin it from input itself comput each output correct to her is step by one subset on two random clip of 10 fram r numb relat 8 narrow 1 summaris joint 1x1 phi psi map s featur averag over describ vector 2 pair u v tanh compar their summary an x per 3 topology lift c out scal learnabl alpha zero at start so train begin add shar giv its own adjacency 4 aggregat third xi valu mix with y n t sum 0 refinement vanish ordinary as modul four are gcn conv1 conv2 conv4 conv3 full lay thre normalis residual batch norm wher width chang",
"c": "the skeleton encod",
"h": "ctr gc one subset at a tim",
"href": "encoder.html#ctr-gc-one-subset-at-a-time",
"section": "CTR-GC, one subset at a time",
"title": "The skeleton encoder"
},
{
"b": "ctrgraphconv comput exact that funct with few larg operat one 1x1 convolut proj produc phi psi and xi of all thre subset the residual s project are only read through their mean over tim a is linear so they from input v column instead t x lift group alpha scal its weight rath than output aggregat batch matrix product per sampl channel sum referenc stack row 0 1 2 then fus tensor initialis part by he normal on fan out each stand for see initialisat below sourc",
"c": "the skeleton encod",
"h": "the sam fast ctrgraphconv",
"href": "encoder.html#the-same-faster-ctrgraphconv",
"section": "The same, faster: CTRGraphConv",
"title": "The skeleton encoder"
},
{
"b": "he normal initialisat for a convolut with fan out output typ default detail w tensor weight to fill in plac may be slic of fus int the stand channel x kernel bia non set zero if any export sourc",
"c": "the skeleton encod",
"h": "he init",
"href": "encoder.html#he_init_",
"section": "he_init_",
"title": "The skeleton encoder"
},
{
"b": "channel wis topology refinement graph convolut over k adjacency subset comput joint typ default detail c in int input out output a ndarray v rel reduct 8 relat r thi if 16 export sourc its part one method each he normal on logical s fan as ctr gcn initialis separat and the batch norm start near zero so new lay pass littl mor than residual step 1 for all averag tim first then project sam result every fram valu of com from rest proj cut with split rath slic backward concatenat gradient onc instead fill buf per 2 3 group lift alpha fold into weight 4 matrix product sampl that read both operand plac einsum would copy them contract layout sum to check fus what referenc ctrgcreferenc by are shar non count agre round float64 chang width keep it initialisat stand phi psi std sqrt temporal branch 1x1 tensor whol their is or pytorch giv 6x small behind scal doe not funct but sgd effectiv grow w decay 1e hard mov 30 epoch run thos train several larg learn rat throughout nw ucla cost cross entropy baselin point 84 befor 88 6 aft recip seed see tutorial",
"c": "the skeleton encod",
"h": "ctrgraphconv",
"href": "encoder.html#ctrgraphconv",
"section": "CTRGraphConv",
"title": "The skeleton encoder"
},
{
"b": "to see a refin topology we train one ctrgraphconv 3 16 channel then averag pool and linear classifi for 60 sgd step tell apart the fiv act of bundl demo data sugar synthetic nw ucla clip pick up walk sit down throw seen from vari angl it tak few second refinement is adjacency part comput below output chang most learn shar top still clos skeleton s graph aft lay use middl how that dif bottom dens every joint now hear oth not fix row are receiv in thi run right arm 9 11 gain weight kne ankl feet 13 15 17 19 follow mov cod",
"c": "the skeleton encod",
"h": "what a ctr gc learn",
"href": "encoder.html#what-a-ctr-gc-learns",
"section": "What a CTR-GC learns",
"title": "The skeleton encoder"
},
{
"b": "four branch of c out 4 channel two temporal convolut kernel 5 with dilat 1 and 2 a 3 fram max pool plain 1x1 strid each start bottleneck halv the rat are one pointwis last s is appli aft it sam result fals left every but then per entry pap variant below use export sourc",
"c": "the skeleton encod",
"h": "multi scal temporal convolut",
"href": "encoder.html#multi-scale-temporal-convolution",
"section": "Multi-scale temporal convolution",
"title": "The skeleton encoder"
},
{
"b": "multi scal temporal convolut dilat kernel 5 branch optional max pool a 1x1 typ default detail c in int input channel out output shar among the strid 1 2 halv fram rat of one per bool tru add 3 ctr gcn fals no export sourc without third tak its plac keep their width 4 and count checkpoint written befor submodul got spell nam pw bn tconv still load",
"c": "the skeleton encod",
"h": "multiscaletcn",
"href": "encoder.html#multiscaletcn",
"section": "MultiScaleTCN",
"title": "The skeleton encoder"
},
{
"b": "a block is graph convolut then temporal with residual strid 1x1 wher shap chang non in the first standard configurat 10 64 channel x4 128 x3 256 sourc",
"c": "the skeleton encod",
"h": "a block and the encod",
"href": "encoder.html#a-block-and-the-encoder",
"section": "A block and the encoder",
"title": "The skeleton encoder"
},
{
"b": "ctr gc multi scal tcn with a residual connect typ default detail c in int input channel out output ndarray k v adjacency subset strid 1 temporal bool tru add the back via 1x1 convolut if shap chang dilat 2 of s branch pool keep max export sourc",
"c": "the skeleton encod",
"h": "gcnblock",
"href": "encoder.html#gcnblock",
"section": "GCNBlock",
"title": "The skeleton encoder"
},
{
"b": "ctr gcn halv the fram rat at block 5 and 8 max pool in every temporal convolut so its featur hav t ceil 4 step sugar pap remov both 2 skeleton encod los fin grain informat 3 read complet tim sery variant nam two ctrgcn default for now as publish no strid anywher branch becom a third dilat with four keep their equal width c each gain only one small about 6 mor paramet larg giv back part of reach took away comput below which use by is settl measurement not her export sourc how far output see through add tap largest eith sid unit spac it work doubl graph s refinement from mean whol clip without 1 alon would 40 half 76 bring to 60 than an nw ucla window 52 need centr",
"c": "the skeleton encod",
"h": "two variant ctr gcn s and the pap",
"href": "encoder.html#two-variants-ctr-gcns-and-the-papers",
"section": "Two variants: CTR-GCN's and the paper's",
"title": "The skeleton encoder"
},
{
"b": "the encod normalis its input per person joint coordinat with one batch norm ctr gcn s data bn run block every as a sampl then averag over and variant pick temporal branch strid from explicit tak precedenc stay so built channel are exact befor sourc",
"c": "the skeleton encod",
"h": "the encod",
"href": "encoder.html#the-encoder",
"section": "The encoder",
"title": "The skeleton encoder"
},
{
"b": "ctr gcn encod no temporal pool b c t v m sequenc d typ default detail layout ntu25 nam fil or in channel int 3 coordinat per joint 64 128 256 output of each block strid non the variant s max person 2 for input batch norm str ctrgcn key branch export sourc few than are zero pad then see every slot pap keep fram and has left built work with one two 1 a giv ceil 4 featur step both at their full depth ten narrow so that test is quick on explicit overrid checkpoint load as befor its paramet shap convolut refus them sinc it third",
"c": "the skeleton encod",
"h": "skeletonencod",
"href": "encoder.html#skeletonencoder",
"section": "SkeletonEncoder",
"title": "The skeleton encoder"
},
{
"b": "paramet and multip accumulat mac count from the convolut ctr gc product per sampl for standard configurat at nw ucla ntu shap gcn report about 1 4 5m we 2 flop as is usual thes are ctrgcn variant s pap follow sourc",
"c": "the skeleton encod",
"h": "siz and cost",
"href": "encoder.html#size-and-cost",
"section": "Size and cost",
"title": "The skeleton encoder"
},
{
"b": "numb of paramet m typ default detail modul any return int its trainabl or not export sourc count mac run one forward pass with hook the convolut that as themselv fus part ctrgraphconv call functional are from shap",
"c": "the skeleton encod",
"h": "n param",
"href": "encoder.html#n_params",
"section": "n_params",
"title": "The skeleton encoder"
},
{
"b": "multip accumulat of one forward pass for sampl t fram and m person typ default detail model skeletonencod encod to measur left in eval mod int the return export sourc two variant sid by at nw ucla shap 52 v 20 joint 1 comput her keep every cost pap about 2 5 tim mac block 10 now run full rat paramet per gflop ctrgcn 13 424 322 0 569 g 14 506 594 416 83 s extra are exact its third temporal convolut c 4 kernel with bia count against a no strid differenc is thos alon max pool has",
"c": "the skeleton encod",
"h": "count mac",
"href": "encoder.html#count_macs",
"section": "count_macs",
"title": "The skeleton encoder"
},
{
"b": "measur on the ctrgcn variant benchmark encod spe py tim a full fp32 train step batch 16 52 fram 20 joint of thi sid by with per subset referenc written in straightforward ctr gcn structur sam channel paramet count alternat two one process our 2 cor cpu python repeat 5 10 result md 21 sampl s for against 18 8 1 13x short run default 3 x gav 19 4 07x at 17 public cod reach thes machin what mad differenc profil phi and psi are only read through their mean over so they project from input v column instead t 9 few flop 14 25 gflop nw ucla fus cut split rath than slic backward pass concatenat gradient onc zero fill siz buf alpha scal lift convolut weight not its n k c output aggregat is matmul sum both operand plac wher einsum first copi them into contract layout max pool branch last about 3x fast that way 5x we aim half 1x1 forward which already reasonabl fract peak remain norm activat memory bound eag pytorch cannot torch compil inductor can slow 0 80x absolut rat 7 below abov ratio it data pipelin serv 000 bottleneck real whol loop loss optimis ran 22 23 befor chang step2 he init json",
"c": "the skeleton encod",
"h": "spe",
"href": "encoder.html#speed",
"section": "Speed",
"title": "The skeleton encoder"
},
{
"b": "sugar pretrain bf16 yes step2config tru auto wher the cpu or gpu multiply bfloat16 fast run thi encod und autocast whil train project head loss and every evaluat stay in float32 see step2model sid by one process on a 2 cor amd epyc with nativ python benchmark spe py batch 16 fram 52 repeat 5 step 6 result md 41 1 sampl s against 30 7 for our 34x ctr gcn structur referenc gain only 11x from sam 32 29 3 as public did not it her 40x still short of 5x why is far several fold larg matmul profil two most convolut backward pass norm copy that insert to cast weight activat default no until match over seed tutorial research report comparison nw ucla",
"c": "the skeleton encod",
"h": "bfloat16",
"href": "encoder.html#bfloat16",
"section": "bfloat16",
"title": "The skeleton encoder"
},
{
"b": "one interfac for the text sid of step 2 packag all minilm l6 v2 offlin default mpnet bas fetch on request open clip s encod an disk embed cach positiv every class a knowledg fil their random combinat learnabl map and fix whiten has nam which identify its weight dim n float32 numpy row l2 normalis",
"c": "",
"h": "text encod",
"href": "text.html",
"section": "",
"title": "Text encoders"
},
{
"b": "the sentenc transform model ship by gt all minilm l6 v2 packag a 6 lay bert whos token stat are mean pool over attent mask and normalis 384 dimens sourc",
"c": "text encod",
"h": "all minilm l6 v2 offlin default",
"href": "text.html#all-minilm-l6-v2-offline-default",
"section": "all-MiniLM-L6-v2 (offline default)",
"title": "Text encoders"
},
{
"b": "a text encod cannot be load the messag say which and why export sourc",
"c": "text encod",
"h": "textencodererror",
"href": "text.html#textencodererror",
"section": "TextEncoderError",
"title": "Text encoders"
},
{
"b": "all minilm l6 v2 sentenc embed mean pool l2 normalis from a local fold typ default detail path non model the packag one devic str cpu torch to run on e g or cuda batch siz int 64 text per forward pass in encod max length 256 token kept long are truncat export sourc",
"c": "text encod",
"h": "minilmencod",
"href": "text.html#minilmencoder",
"section": "MiniLMEncoder",
"title": "Text encoders"
},
{
"b": "cliptextencod use open clip vit b 32 by default pretrain is an tag such as openai download it wher ther internet a local checkpoint fil or non for random weight which only the test offlin without load fail with messag say so sourc",
"c": "text encod",
"h": "clip s text encod the pap",
"href": "text.html#clips-text-encoder-the-papers",
"section": "CLIP's text encoder (the paper's)",
"title": "Text encoders"
},
{
"b": "open clip text encod n d l2 normalis typ default detail model str vit b 32 architectur nam pretrain openai tag a checkpoint fil or non random weight devic cpu torch to run on e g cuda batch siz int 64 per forward pass in export sourc",
"c": "text encod",
"h": "cliptextencod",
"href": "text.html#cliptextencoder",
"section": "ClipTextEncoder",
"title": "Text encoders"
},
{
"b": "a minilmencod minilm mpnet or cliptextencod from spec clip vit b 32 openai typ default detail str devic cpu torch to run the encod on export sourc",
"c": "text encod",
"h": "get text encod",
"href": "text.html#get_text_encoder",
"section": "get_text_encoder",
"title": "Text encoders"
},
{
"b": "all mpnet bas v2 a 12 lay 768 dimens is the strong sentenc transform model it too big to be dependency sugar weight text fetch in asset assembl onc from fiv packag into hom pool lik minilm mean of token stat so minilmencod load get encod doe that and nam its embed are cach apart s miss giv an asseterror say what run test below whol path on miniatur 1 8 dimensional bert with tokeniz zip split wheel laid out exact real one noth download wher plac aft they paraphras clos than different act as",
"c": "text encod",
"h": "all mpnet bas v2 strong fetch on request",
"href": "text.html#all-mpnet-base-v2-stronger-fetched-on-request",
"section": "all-mpnet-base-v2 (stronger, fetched on request)",
"title": "Text encoders"
},
{
"b": "knowledg text are embed onc and kept on disk one npz per encod und the cach fold key by a hash of s nam which includ fingerprint its weight exact chang or giv new so stal is nev serv writ atomic sourc",
"c": "text encod",
"h": "the embed cach",
"href": "text.html#the-embedding-cache",
"section": "The embedding cache",
"title": "Text encoders"
},
{
"b": "disk cach of text embed key by encod nam typ default detail fold non in sugar hom export sourc",
"c": "text encod",
"h": "embeddingcach",
"href": "text.html#embeddingcache",
"section": "EmbeddingCache",
"title": "Text encoders"
},
{
"b": "mil nce treat every text of a class as positiv for its skeleton the mot knowledg m six claus join into one sentenc in pap s exampl and each visual descript v i list them embed pad c p d tensor with mask kind pick tabl 3 variant or both third nam is our not person act last alon it only control what encod learn when say noth about body besid keep among which new shar user combin eq 2 count mor slot fourth too templat first per way clip zero shot classifi averag prompt are built sam from measur on nw ucla 7 seen unseen seed 0 benchmark result zs val summary md wrong choic ther validat ris 86 96 against 82 61 but thre fall 48 to 30 37 top 1 becaus near goe dof doe predict transf sourc",
"c": "text encod",
"h": "positiv text of each class",
"href": "text.html#positive-texts-of-each-class",
"section": "Positive texts of each class",
"title": "Text encoders"
},
{
"b": "the mot knowledg of one class as sentenc typ default detail c dict a fil its map each body part to claus return str six head foot join by and end export sourc",
"c": "text encod",
"h": "mot text",
"href": "text.html#motion_text",
"section": "motion_text",
"title": "Text encoders"
},
{
"b": "the nam only sentenc of one class typ default detail c dict a knowledg fil return str person label export sourc",
"c": "text encod",
"h": "nam text",
"href": "text.html#name_text",
"section": "name_text",
"title": "Text encoders"
},
{
"b": "the class s nam in every templat sentenc kind typ default detail c dict one of a knowledg fil return list per entry export sourc fifth contrast is our as well that what separat an act from its nearest neighbour being used whos mot shar most word with thi jaccard overlap content first on tie follow by claus for n part body fewest head to foot short and bear lik plu tell pair apart look up among given which train are only keep run so held out nev shap text at evaluat no model writ thes they pick rul any",
"c": "text encod",
"h": "nam text",
"href": "text.html#name_texts",
"section": "name_texts",
"title": "Text encoders"
},
{
"b": "the nam sentenc then claus of part that dif most from nearest act typ default detail c dict one class a knowledg fil with mot list among them its neighbour com her n int 2 body aft s return str person label if alon export sourc",
"c": "text encod",
"h": "contrast text",
"href": "text.html#contrast_text",
"section": "contrast_text",
"title": "Text encoders"
},
{
"b": "per class the list of positiv text chosen kind typ default detail k dict knowledg see load one entry in mot visual to includ from return nam sentenc s contrast export sourc",
"c": "text encod",
"h": "class text",
"href": "text.html#class_texts",
"section": "class_texts",
"title": "Text encoders"
},
{
"b": "c p d float tensor of positiv text embed and its bool mask typ default detail k dict knowledg see load encod get kind mot visual to includ or both cach embeddingcach non reus stor her no return tupl most a class export sourc",
"c": "text encod",
"h": "knowledg embed",
"href": "text.html#knowledge_embeddings",
"section": "knowledge_embeddings",
"title": "Text encoders"
},
{
"b": "the pap say we random combin mot descript embed and visual to obtain t m v i our read at every train step positiv set of each class is its plu one drawn uniform from that s sentenc independent per over an epoch tak turn whil contrast a pair text rath than averag all them without keep only c p d output knowledg with in slot 0 so kind must includ return 2 mask 1 empty out for draw com torch generator run seed it reproducibl whatev devic are on evaluat sourc",
"c": "text encod",
"h": "random combinat of the text pap eq 2",
"href": "text.html#random-combination-of-the-texts-paper-eq.-2",
"section": "Random combination of the texts (paper, eq. 2)",
"title": "Text encoders"
},
{
"b": "per class its mot text and one of visual drawn uniform at random typ default detail tensor c p d slot 0 1 mask bool which hold a alway generator non sourc the draw torch s global return tupl 2 m v i their export toy set thre whos numb embed say wher they sit 10 count from first has second third step",
"c": "text encod",
"h": "combin text",
"href": "text.html#combine_texts",
"section": "combine_texts",
"title": "Text encoders"
},
{
"b": "with ten train class the skeleton encod can only mov toward fix text point textmap let sid too one linear map x normaliz w b shar by all so an act nev on still goe through sam it start as identity i 0 at spac is exact s kept delta paramet weight decay then pull back not zero which would squeez togeth empty pad slot com out normalis bia mask keep them of loss and scor befor sourc",
"c": "text encod",
"h": "a learnabl map on the text sid",
"href": "text.html#a-learnable-map-on-the-text-side",
"section": "A learnable map on the text side",
"title": "Text encoders"
},
{
"b": "linear map on text embed shar by all class identity at start output l2 normalis typ default detail dim int siz of the is export sourc",
"c": "text encod",
"h": "textmap",
"href": "text.html#textmap",
"section": "TextMap",
"title": "Text encoders"
},
{
"b": "sentenc encod put every act descript in a narrow con the text of two different often shar most their direct so mil nce pull skeleton featur toward target that are clos togeth our nw ucla run one random vector per class near orthogonal train as well cross entropy whil knowledg cost accuracy and subtract mean alon chang noth textwhiten goe step furth regularis zca whiten x normaliz mu w with sigma eps i 1 2 wher covarianc which vary lot shrunk rar stretch spread over spher keep s content map is fix buf not paramet by an nev on through sam chosen priori default eigenvalu trac d about ten few each has far non zero than dimens invers finit stop from blow up use sourc",
"c": "text encod",
"h": "whiten class text",
"href": "text.html#whitened-class-texts",
"section": "Whitened class texts",
"title": "Text encoders"
},
{
"b": "fix whiten of text embed normaliz x mean matrix identity until fit typ default detail dim int siz the export sourc not for act nev train on map is wher vary a new s most point elsewher and stretch exact thos direct below seven nw ucla thre held out by zero shot protocol dof throw carry keep 11 their centr energy in span against 56 befor that hold only skeleton encod toward can match so clos set opt measur ther tutorial recommend run",
"c": "text encod",
"h": "textwhiten",
"href": "text.html#textwhiten",
"section": "TextWhiten",
"title": "Text encoders"
},
{
"b": "step 2 of sugar the multi positiv mil nce loss between skeleton featur and knowledg text cross entropy baselin one train loop for both accelerat checkpoint exact resum evaluat",
"c": "",
"h": "mil nce pretrain contrastiv",
"href": "contrastive.html",
"section": "",
"title": "MIL-NCE pretraining"
},
{
"b": "follow the pap aft miech et al 2020 with s i normalis project skeleton featur of sampl t j n th positiv text its class mot and visual knowledg p batch tau a temperatur every is thu compar play one thre rol for it belong to numerator denominator negativ anoth only or noth at all an empty slot hav different numb descript so are not fill comput thes loss below read them export sourc four 1 0 2 that 3 m up two v1 v2 figur draw row per column each shar count oth as appear twic in has no nobody label arang c right step2config see instead onc includ cod both sum logsumexp on mask logit stay finit howev confident model embed fix data parallel train process need whol exact global",
"c": "mil nce pretrain contrastiv",
"h": "the mil nce loss",
"href": "contrastive.html#the-mil-nce-loss",
"section": "The MIL-NCE loss",
"title": "MIL-NCE pretraining"
},
{
"b": "multi positiv mil nce over the batch every text of sam class sampl is a typ default detail s tensor b d l2 normalis skeleton featur t c p embed tmask bool which slot hold label index each tau 0 07 temperatur float or non global when shar it return mean loss export sourc with one per and different infonc i e cross entropy similarity against diagonal in data parallel train process given add up to whol doe not depend on ord empty chang noth its gradient pass numerical check stay finit model extrem confident right wrong are negativ formula abov denominator so only was drawn count onc such sugar 200 10 60 dataset almost alway ther 16 that laptop cpu about 8 nw ucla arang instead put step2config all hand panel then exact nearest scor below step 2 evaluat classify did help 86 3 87 9 top 1 seed tutorial sweep pap",
"c": "mil nce pretrain contrastiv",
"h": "mil nce loss",
"href": "contrastive.html#mil_nce_loss",
"section": "mil_nce_loss",
"title": "MIL-NCE pretraining"
},
{
"b": "the encod a linear project of its pool featur into text spac normalis learnabl or fix temperatur and classificat head for cross entropy objectiv sourc",
"c": "mil nce pretrain contrastiv",
"h": "the step 2 model",
"href": "contrastive.html#the-step-2-model",
"section": "The Step-2 model",
"title": "MIL-NCE pretraining"
},
{
"b": "skeleton encod project to the text spac temperatur classificat head typ default detail skeletonencod its dim featur siz int of embed map n class cross entropy tau float 0 07 initial learn bool tru train fals it stay a textmap identity at start bf16 und autocast evaluat fp32 whiten textwhiten non fix appli befor offset an per add zero export sourc with run bfloat16 whil on cpu nativ avx512 or amx and recent gpu matrix product are several tim fast benchmark spe py measur whol step everyth aft loss in float32 so doe eval mod model comput exact what also hold from sugar linear shar by all rest pass forward them ther data parallel see s paramet used outsid nev go through sam shot still work giv every learnt vector each then l2 normalis can mov as far ask classifi row do knowledg list that was index 1 get no scor read alon objectiv pick is mil supervis ce baselin both sum",
"c": "mil nce pretrain contrastiv",
"h": "step2model",
"href": "contrastive.html#step2model",
"section": "Step2Model",
"title": "MIL-NCE pretraining"
},
{
"b": "the train loss of an objectiv see typ default detail out dict step2model output y b class label str one text non c p d embed for mil tmask bool which slot are fill tau temperatur model s batch nce denominator return tensor 0 export sourc",
"c": "mil nce pretrain contrastiv",
"h": "step2 loss",
"href": "contrastive.html#step2_loss",
"section": "step2_loss",
"title": "MIL-NCE pretraining"
},
{
"b": "a skeleton is classifi eith by the ce head or without any its nearest class text scor of log sum exp similarity to all positiv quantity mil nce train so act list with knowledg can be includ nev on report top 1 5 and mean per accuracy toyota smarthom s metric sourc",
"c": "mil nce pretrain contrastiv",
"h": "metric and step 2 evaluat",
"href": "contrastive.html#metrics-and-step-2-evaluation",
"section": "Metrics and Step-2 evaluation",
"title": "MIL-NCE pretraining"
},
{
"b": "fract of row whos tru class is among the k highest scor typ default detail tensor b c y int 1 count as right when best return float export sourc",
"c": "mil nce pretrain contrastiv",
"h": "topk accuracy",
"href": "contrastive.html#topk_accuracy",
"section": "topk_accuracy",
"title": "MIL-NCE pretraining"
},
{
"b": "mean over class present in y of the per top 1 accuracy typ default detail pred tensor b predict tru n int non to consid up largest return float export sourc",
"c": "mil nce pretrain contrastiv",
"h": "mean class accuracy",
"href": "contrastive.html#mean_class_accuracy",
"section": "mean_class_accuracy",
"title": "MIL-NCE pretraining"
},
{
"b": "b c class scor log sum exp over each s text of the scal similarity typ default detail z tensor d normalis skeleton featur in spac p embed tmask bool which slot are fill tau 0 07 temperatur return export sourc with every as negativ batch label arang mil nce is cross entropy exact thes own pap it not soon a drawn twic evaluat step2 run model load and report both classifi or only thos objectiv train",
"c": "mil nce pretrain contrastiv",
"h": "text scor",
"href": "contrastive.html#text_scores",
"section": "text_scores",
"title": "MIL-NCE pretraining"
},
{
"b": "top 1 5 mean class accuracy of the ce head and or nearest map text typ default detail model step2model to evaluat put in eval mod load batch skeleton label non c p d embed no scor tmask bool which slot are fill devic cpu wher run classifi report only thos objectiv train return dict n then per export sourc",
"c": "mil nce pretrain contrastiv",
"h": "evaluat step2",
"href": "contrastive.html#evaluate_step2",
"section": "evaluate_step2",
"title": "MIL-NCE pretraining"
},
{
"b": "one loop train every objectiv configur by step2config the configurat is sav with checkpoint and part of run s fingerprint sourc",
"c": "mil nce pretrain contrastiv",
"h": "train configurat",
"href": "contrastive.html#training-configuration",
"section": "Training configuration",
"title": "MIL-NCE pretraining"
},
{
"b": "everyth a step 2 run depend on sav with every checkpoint typ default detail objectiv str mil sugar ce baselin or kind tupl mot visual knowledg text used as positiv epoch int 30 length of the batch siz 16 global split across process lr float 0 01 pap sgd momentum 9 nesterov weight decay 0004 warmup 3 linear warm up learn rat schedul cosin mileston 8 wher is x0 1 fract window 52 fram per sampl aft crop and resiz recip ntu data see ucla rotat non train rang in radian s tau 07 initial temperatur nce bool tru negativ denominator all channel 64 128 256 encod width block strid temporal variant seed ord augmentat follow from it num work load eval evaluat thi many last val shar each class clip held out group meta column whos stay togeth part ctrgcn key combin fals eq one random map identity at start stream joint input bon bf16 und bfloat16 autocast fp32 whiten statistic offset add to its export sourc mean ctr gcn halv tim axi 5 keep explicit win over narrow own need them unless nev resolv fingerprint record so written when id ris then updat iterat",
"c": "mil nce pretrain contrastiv",
"h": "step2config",
"href": "contrastive.html#step2config",
"section": "Step2Config",
"title": "MIL-NCE pretraining"
},
{
"b": "a fix numb of epoch undertrain small dataset 30 227 clip at batch 16 are about 420 optimis step against 1 900 for nw ucla s 020 plan schedul therefor set the default budget as least min and with warm up sixth run x0 decay 80 plac fract it an explicit alway win floor 800 keep its recip was tun 63 per giv quart that siz four tim sourc",
"c": "mil nce pretrain contrastiv",
"h": "a budget that follow the data",
"href": "contrastive.html#a-budget-that-follows-the-data",
"section": "A budget that follows the data",
"title": "MIL-NCE pretraining"
},
{
"b": "epoch warm up and decay of a step 2 run from the train set siz batch typ default detail n int clip 16 global an s last incomplet is drop non explicit budget warmup sixth min 30 at least thi many 1800 optimis mileston tupl 0 8 fract wher learn rat x0 1 return dict per mor export sourc",
"c": "mil nce pretrain contrastiv",
"h": "plan schedul",
"href": "contrastive.html#plan_schedule",
"section": "plan_schedule",
"title": "MIL-NCE pretraining"
},
{
"b": "one lin say what a plan doe typ default detail p dict from schedul return str as the command print it export sourc at end of run undertrain in plain word when stop whil still learn its train loss fell by mor than 5 between two halv last fifth epoch low rat phas and had few optimis step budget alon cannot tell every nw ucla result tabl 30 or 40 1 890 2 520 fall 4 12 over that stretch quart clip for old fix 480 10 los several point to see readm s small data",
"c": "mil nce pretrain contrastiv",
"h": "plan text",
"href": "contrastive.html#plan_text",
"section": "plan_text",
"title": "MIL-NCE pretraining"
},
{
"b": "a plain word warn when short run s train loss was still fall at its end typ default detail history list per epoch record with as step2 return step int non optimis of the unknown frac float 0 2 final part that is compar itself tol 05 relativ count learn min 1800 least thi many not flag str or export sourc",
"c": "mil nce pretrain contrastiv",
"h": "undertrain",
"href": "contrastive.html#undertraining",
"section": "undertraining",
"title": "MIL-NCE pretraining"
},
{
"b": "a run writ checkpoint aft every epoch read one back eith work or fail with checkpointerror that say why nev stack of unpickl internal sourc",
"c": "mil nce pretrain contrastiv",
"h": "checkpoint and run fingerprint",
"href": "contrastive.html#checkpoints-and-run-fingerprints",
"section": "Checkpoints and run fingerprints",
"title": "MIL-NCE pretraining"
},
{
"b": "a checkpoint is miss damag or from different configurat export sourc",
"c": "mil nce pretrain contrastiv",
"h": "checkpointerror",
"href": "contrastive.html#checkpointerror",
"section": "CheckpointError",
"title": "MIL-NCE pretraining"
},
{
"b": "read a checkpoint written by train step2 with clear error if it is truncat or not one typ default detail path the fil pt in run fold return dict weight optimiz stat history configurat fingerprint export sourc rerun command resum from its so must nev be anyth oth than what was on every therefor carry flat record of everyth that defin content summary and test data hash class text embed whatev call add dataset spec protocol knowledg encod parent llm lora seed whos dif any field refus messag nam",
"c": "mil nce pretrain contrastiv",
"h": "load checkpoint",
"href": "contrastive.html#load_checkpoint",
"section": "load_checkpoint",
"title": "MIL-NCE pretraining"
},
{
"b": "count layout and a hash of the nam label class length coordinat sset typ default detail skeletonset data set to summaris result is cach on it return dict sampl fram 16 charact content export sourc",
"c": "mil nce pretrain contrastiv",
"h": "data summary",
"href": "contrastive.html#data_summary",
"section": "data_summary",
"title": "MIL-NCE pretraining"
},
{
"b": "short hash of tensor shap and valu non allow typ default detail ts or togeth dtyp includ return str 16 hexadecimal charact export sourc",
"c": "mil nce pretrain contrastiv",
"h": "tensor hash",
"href": "contrastive.html#tensor_hash",
"section": "tensor_hash",
"title": "MIL-NCE pretraining"
},
{
"b": "dot nam of the field wher two nest fingerprint dif typ default detail sav dict one e g checkpoint s current oth run being start prefix str put befor every used for record return list sort export sourc",
"c": "mil nce pretrain contrastiv",
"h": "fingerprint dif",
"href": "contrastive.html#fingerprint_diff",
"section": "fingerprint_diff",
"title": "MIL-NCE pretraining"
},
{
"b": "refus to resum wher unless it was train on exact what current describ typ default detail sav dict the checkpoint s fingerprint non written befor of run being start nam in messag export sourc",
"c": "mil nce pretrain contrastiv",
"h": "check fingerprint",
"href": "contrastive.html#check_fingerprint",
"section": "check_fingerprint",
"title": "MIL-NCE pretraining"
},
{
"b": "the fingerprint of a step 2 run configurat data content class text embed extra typ default detail cfg step2config s train skeletonset set test non c p d tmask their mask dict what call add dataset protocol knowledg return config and field export sourc",
"c": "mil nce pretrain contrastiv",
"h": "step2 fingerprint",
"href": "contrastive.html#step2_fingerprint",
"section": "step2_fingerprint",
"title": "MIL-NCE pretraining"
},
{
"b": "a 12 charact id of fingerprint run fold can be nam by it typ default detail fp dict e g from step2 return str hexadecimal export sourc",
"c": "mil nce pretrain contrastiv",
"h": "fingerprint id",
"href": "contrastive.html#fingerprint_id",
"section": "fingerprint_id",
"title": "MIL-NCE pretraining"
},
{
"b": "epoch encod variant text and loss are chosen by compar run on the test split win s accuracy is best of several try rath than a measurement validat set part train asid instead then read onc for configurat rul deterministic sam every seed per class fract its group round at least one nev all held out with singl stay whol in clip or that shar their valu thos meta column nw ucla ntu film each performanc camera so view near copy oth subject repetit setup they land sid twin which drawn generator over nam sort ord draw doe not depend anyth outsid export sourc",
"c": "mil nce pretrain contrastiv",
"h": "a validat split choos without the test set",
"href": "contrastive.html#a-validation-split-choosing-without-the-test-set",
"section": "A validation split: choosing without the test set",
"title": "MIL-NCE pretraining"
},
{
"b": "hold out fract of each class s train clip for choos epoch and set typ default detail skeletonset the split noth els is read float 0 1 shar or group to seed int draw combin with index tupl non meta column whos stay togeth a b return val disjoint in their given ord export sourc eight test fold two subject view 2 quart one by performanc it both its step2config turn on step2 below are part fingerprint so nev resum anoth field add aft first left them whil at run written befor still id thi configurat had exist sam encod variant text map stream whiten strid record as get",
"c": "mil nce pretrain contrastiv",
"h": "validat split",
"href": "contrastive.html#validation_split",
"section": "validation_split",
"title": "MIL-NCE pretraining"
},
{
"b": "train step2 run und hug fac accelerat so the sam cod data parallel without chang launch multi gpu num process n sugar pretrain on add machin rank main ip for several or torchrun nproc per nod which cpu gloo global batch stay siz each get its slic epoch a shuffl ord drawn from seed augmentat sampl sgd with momentum and weight decay linear warm up then cosin step updat every iterat progress bar loss s evaluat checkpoint written atomical resum tru continu exact wher it stop optimiz stat match an uninterrupt one piec small funct first of only draw export sourc set refus what cannot build accelerator model initialis load feed cfg stream joint bon their mot see transform to in validat test alik restor random aft check fingerprint sav writ crash mid leav previou metric json besid optimis mil nce denominator hold text thi when shar class negativ all combin pap eq 2 we descript embed visual obtain t m v i our read at positiv are uniform instead com generator by start doe map go through insid forward alway scor nev is measur split eval last held out clip thos record nam val prefix top1 ce plu top5 mean classifi judg nearest els head onc no ca",
"c": "mil nce pretrain contrastiv",
"h": "the train loop",
"href": "contrastive.html#the-training-loop",
"section": "The training loop",
"title": "MIL-NCE pretraining"
},
{
"b": "train a step 2 model return history final undertrain typ default detail cfg step2config what to and how skeletonset set less its held out part with val fract test non every eval epoch validat onc text c p d class embed need for mil tmask bool which slot are fill dir fold checkpoint pt metric json no resum tru continu from if it exist stop aft int thi many of call budget progress show bar per when interactiv log print one lin on the warn fingerprint dict field add see step2 record last export sourc",
"c": "mil nce pretrain contrastiv",
"h": "train step2",
"href": "contrastive.html#train_step2",
"section": "train_step2",
"title": "MIL-NCE pretraining"
},
{
"b": "the nw ucla format test fold 12 sequenc 2 class cross view split 8 4 a small encod ship knowledg embed with packag minilm both objectiv train and evaluat learn on set enough to memoris of two themselv loss fall classifi fit",
"c": "mil nce pretrain contrastiv",
"h": "a tiny run",
"href": "contrastive.html#a-tiny-run",
"section": "A tiny run",
"title": "MIL-NCE pretraining"
},
{
"b": "thre epoch in one go against a stop and resum run for the oth two on cpu weight are identical truncat checkpoint is refus with clear messag nev load",
"c": "mil nce pretrain contrastiv",
"h": "checkpoint and exact resum",
"href": "contrastive.html#checkpoints-and-exact-resume",
"section": "Checkpoints and exact resume",
"title": "MIL-NCE pretraining"
},
{
"b": "val fract 0 25 hold out one of the four train clip each class singl her sugar pretrain group nw ucla s simultaneou view held are measur every epoch test split onc aft last stop and resum run match uninterrupt record includ",
"c": "mil nce pretrain contrastiv",
"h": "with a validat split",
"href": "contrastive.html#with-a-validation-split",
"section": "With a validation split",
"title": "MIL-NCE pretraining"
},
{
"b": "one short run per opt on the sam tiny data pap s encod variant strid left to keep every fram its featur sequenc is as long input window combin tru draw visual text class at step knowledg has several so loss dif from all stop aft epoch and resum it match uninterrupt exact follow seed need mot map train with rest sav in checkpoint whiten fit a textwhiten sugar of label befor first fix too stream bon feed load each joint minu parent instead step2config bf16 pretrain yes und bfloat16 autocast see step2model up round record fingerprint float32 nev are unchang by field",
"c": "mil nce pretrain contrastiv",
"h": "the step 2 lev",
"href": "contrastive.html#the-step-2-levers",
"section": "The Step-2 levers",
"title": "MIL-NCE pretraining"
},
{
"b": "the bridg from skeleton featur to llm a blip 2 styl q form sugar s temporal query project one read segment in turn each output next eq 4 of pap and compar step 3 frozen encod sequenc b t d into l act token embed spac every her has sam interfac forward seq mask non wher is bool tensor mark real not pad",
"c": "",
"h": "temporal query project tqp",
"href": "tqp.html",
"section": "",
"title": "Temporal Query Projection"
},
{
"b": "a q form lay as in blip 2 let small set of query vector read an input sequenc self attent among the cross from to and feed forward network each with residual connect we use pre normalisat layernorm befor sub on which train stab without warm up trick sourc",
"c": "temporal query project tqp",
"h": "the q form",
"href": "tqp.html#the-q-former",
"section": "The Q-Former",
"title": "Temporal Query Projection"
},
{
"b": "pre norm q form lay query self attent cross to the input feed forward typ default detail d int width of and n head 8 ffn mult 4 hidden siz network in multipl dropout float 0 export sourc fiv read a sequenc nin step com out as updat stack such weight not shar between normalis result",
"c": "temporal query project tqp",
"h": "qformerlay",
"href": "tqp.html#qformerlayer",
"section": "QFormerLayer",
"title": "Temporal Query Projection"
},
{
"b": "a stack of qformerlay s query b k d read input typ default detail int width the and n lay 2 head 8 attent ffn mult 4 feed forward hidden siz in multipl dropout float 0 export sourc",
"c": "temporal query project tqp",
"h": "qform",
"href": "tqp.html#qformer",
"section": "QFormer",
"title": "Temporal Query Projection"
},
{
"b": "the pap s eq 4 a learnabl query q l x d read first segment of featur sequenc through form result is that second and so on with sam weight for every t f 1 0 stat llm chain last map to its hidden siz by linear lay act token hav seen whol in temporal ord what we chos why len step k tim point not fix numb as long need ceil when multipl pad mask out cross attent alon set travel along output an sweep chang only stay shar one input project all paramet count depend neith nor without real leav it batch different length short are pass them unchang run no comput over noth which would giv nan posit embed insid pric onc per help cut export sourc ten four thre two aft typ default detail int skeleton encod 128 256 width n 2 head 8 thirteen 16 whatev do",
"c": "temporal query project tqp",
"h": "tqp",
"href": "tqp.html#tqp",
"section": "TQP",
"title": "Temporal Query Projection"
},
{
"b": "two map of a small random initialis tqp 14 step in segment four so the last one half pad on left cross attent first q form lay at each chain head and query averag t read only right which input stat s depend all wher its gradient is not zero becaus 1 carry what contain nev com aft llm has seen every cod sam fact as test sit insid sum to ther get non dependenc staircas output causal chang from that befor it alway for sequenc cut lat reach with garbag mask giv token unpad also when fill whol different length shar batch",
"c": "temporal query project tqp",
"h": "what the chain read",
"href": "tqp.html#what-the-chain-reads",
"section": "What the chain reads",
"title": "Temporal Query Projection"
},
{
"b": "befor eq 4 was follow to the let sugar s tqp cut sequenc into n segment near equal with l query each chain sam way and hand llm concatenat output of all t token then depend on 1 only it stay availabl as bridg concat for comparison run sav its drawback are why is no long default also set how many has at ther a singl noth so sweep chang architectur numb doe not length round point an even split step export sourc",
"c": "temporal query project tqp",
"h": "segmenttqp the earli read",
"href": "tqp.html#segmenttqp-the-earlier-reading",
"section": "SegmentTQP: the earlier reading",
"title": "Temporal Query Projection"
},
{
"b": "segment wis recurrent q form whos output are concatenat bridg tqp concat typ default detail d in int skeleton featur siz encod llm hidden out len 128 l numb of act token n 4 the sequenc is cut into at most 256 width lay 2 head 8 attent export sourc thirteen step four 3 and query per 16 what each read on a small random segmenttqp 14 so s attend only to that left t depend 1 right block staircas wher everyth cod causality big modul chang last first all mask sit pad doe not mat",
"c": "temporal query project tqp",
"h": "segmenttqp",
"href": "tqp.html#segmenttqp",
"section": "SegmentTQP",
"title": "Temporal Query Projection"
},
{
"b": "the pap compar tqp with thre simpl bridg a fourth averag pool is extrem of singl token all shar s interfac so step 3 can swap them by nam export sourc linearbridg one linear lay appli to every tim t then resampl l",
"c": "temporal query project tqp",
"h": "the oth bridg pap tabl 4",
"href": "tqp.html#the-other-bridges-paper-table-4",
"section": "The other bridges (paper, Table 4)",
"title": "Temporal Query Projection"
},
{
"b": "one linear lay per tim step token resampl to out len typ default detail d in int skeleton featur siz llm hidden 128 l numb of act export sourc qformerbridg q form with learnabl query over the whol sequenc tqp a singl segment",
"c": "temporal query project tqp",
"h": "linearbridg",
"href": "tqp.html#linearbridge",
"section": "LinearBridge",
"title": "Temporal Query Projection"
},
{
"b": "one q form with out len query over the whol sequenc typ default detail d in int skeleton featur siz llm hidden 128 l numb of act token 256 width n lay 2 head 8 attent export sourc crossattnbridg learnabl and a singl cross no self ffn",
"c": "temporal query project tqp",
"h": "qformerbridg",
"href": "tqp.html#qformerbridge",
"section": "QFormerBridge",
"title": "Temporal Query Projection"
},
{
"b": "out len learnabl query and one cross attent lay typ default detail d in int skeleton featur siz llm hidden also the width 128 l numb of act token n head 8 export sourc poolbridg temporal averag pool to",
"c": "temporal query project tqp",
"h": "crossattnbridg",
"href": "tqp.html#crossattnbridge",
"section": "CrossAttnBridge",
"title": "Temporal Query Projection"
},
{
"b": "temporal averag pool to a singl token typ default detail d in int skeleton featur siz llm hidden out len 1 ignor alway one the shar interfac export sourc mak bridg build any of them by nam command lin use run sav befor tqp follow eq 4 record with kw n segment k that argument belong segmenttqp only so and thos load as they wer train",
"c": "temporal query project tqp",
"h": "poolbridg",
"href": "tqp.html#poolbridge",
"section": "PoolBridge",
"title": "Temporal Query Projection"
},
{
"b": "a bridg by nam see tqp with n segment is the earli segmenttqp typ default detail str one of d in int skeleton featur siz llm hidden out len 128 l numb act token kw furth argument s class e g head return modul forward seq mask non b export sourc legacy rout sav as rebuilt and tak its weight",
"c": "temporal query project tqp",
"h": "mak bridg",
"href": "tqp.html#make_bridge",
"section": "make_bridge",
"title": "Temporal Query Projection"
},
{
"b": "step 3 of sugar act token from tqp ent a lora adapt llm through input embed at the instruct s placehold learn to answ label descript recognit by fre generat constrain decod or exact rank also zero shot",
"c": "",
"h": "the llm recognis recogniz",
"href": "recognizer.html",
"section": "",
"title": "The LLM recogniser"
},
{
"b": "the pap s instruct with a placehold wher l act token go and its top 5 variant for zero shot evaluat prompt goe through llm chat templat as user turn answ is assistant sourc",
"c": "the llm recognis recogniz",
"h": "the instruct",
"href": "recognizer.html#the-instruction",
"section": "The instruction",
"title": "The LLM recogniser"
},
{
"b": "the user messag for an act list with placehold wher token go typ default detail nam in ord prompt them top5 bool fals zero shot variant that ask top fiv return str export sourc llm learn to answ label a full stop and s one sentenc descript from knowledg fil",
"c": "the llm recognis recogniz",
"h": "instruct",
"href": "recognizer.html#instruction",
"section": "instruction",
"title": "The LLM recogniser"
},
{
"b": "the train target label descript typ default detail str act nam one sentenc about for non return or export sourc",
"c": "the llm recognis recogniz",
"h": "answ text",
"href": "recognizer.html#answer_text",
"section": "answer_text",
"title": "The LLM recogniser"
},
{
"b": "the chat format prompt is split at placehold into a prefix and suffix end with assistant turn s open both are tokenis onc per act list sampl only token chang answ as label descript separat so sam in train rank constrain decod sourc",
"c": "the llm recognis recogniz",
"h": "prompt piec",
"href": "recognizer.html#prompt-pieces",
"section": "Prompt pieces",
"title": "The LLM recogniser"
},
{
"b": "prefix ids suffix of the chat prompt around act token typ default detail tok llm s tokeniz list nam in instruct top5 bool fals top 5 variant return tupl export sourc exampl on thi pag use a tiny random llama hidden siz 32 two lay with byt level 400 and chatml templat which model fold tmp writ into temporary dir its span find wher each sit among follow placehold from charact offset mark below it",
"c": "the llm recognis recogniz",
"h": "prompt ids",
"href": "recognizer.html#prompt_ids",
"section": "prompt_ids",
"title": "The LLM recogniser"
},
{
"b": "per list act the posit start end of its nam s token in prompt ids suffix typ default detail tok llm tokeniz a fast one it report charact offset instruct top5 bool fals top 5 variant return export sourc",
"c": "the llm recognis recogniz",
"h": "nam span",
"href": "recognizer.html#name_spans",
"section": "name_spans",
"title": "The LLM recogniser"
},
{
"b": "token ids of label as it start an answ typ default detail tok the llm s tokeniz str act nam return list export sourc",
"c": "the llm recognis recogniz",
"h": "label ids",
"href": "recognizer.html#label_ids",
"section": "label_ids",
"title": "The LLM recogniser"
},
{
"b": "token ids of a full answ label descript end turn typ default detail tok the llm s tokeniz str an act nam one sentenc about for non return list and export sourc",
"c": "the llm recognis recogniz",
"h": "answ ids",
"href": "recognizer.html#answer_ids",
"section": "answer_ids",
"title": "The LLM recogniser"
},
{
"b": "recogniz hold the llm with lora adapt via peft pap r 64 alpha 16 its tokeniz and bridg tqp by default that map b t d skeleton featur to l token embed only weight are train is load hfbackend s packag smollm2 gguf or any hug fac causal lm id fold llama 2 7b in transform draw progress bar whil it convert a fil recognis without them so script log notebook output keep what mat export sourc dropout nn at every lay step float32 bernoulli mask as larg input on cpu cost about much bf16 matmul bitdropout sam thing mor cheap each random bit word giv four 15 integ an element drop when fall below p x 32768 round multipl of 1 0 05 becom 04999 kept one scal backward reus boolean put plac independent per",
"c": "the llm recognis recogniz",
"h": "the recognis",
"href": "recognizer.html#the-recogniser",
"section": "The recogniser",
"title": "The LLM recogniser"
},
{
"b": "dropout with p round to a multipl of 1 32768 its mask drawn 4 element per random word typ default detail float the shar drop whil train in 0 export sourc",
"c": "the llm recognis recogniz",
"h": "bitdropout",
"href": "recognizer.html#bitdropout",
"section": "BitDropout",
"title": "The LLM recogniser"
},
{
"b": "bridg lora adapt causal lm that answ label descript from act token typ default detail d feat int skeleton featur siz model non llm packag smollm2 a gguf fil fold or hub id str tqp the to see mak out len 128 l numb of kw dict furth argument r 64 rank alpha 16 scal numerator updat is by dropout float 0 05 on path target modul q proj k v o lay get dtyp float32 s when load devic best availabl an already used instead tokeniz anchor bool fals beyond pap one mor step 2 mark with list nam scor standardis tim thi cod mean vector orthogonal export sourc recognis tiny llama 4 only and train",
"c": "the llm recognis recogniz",
"h": "recogniz",
"href": "recognizer.html#recognizer",
"section": "Recognizer",
"title": "The LLM recogniser"
},
{
"b": "token embed of a list or tensor ids typ default detail return their h export sourc recognit rank constrain generat run in fp32 unless bf16 inferenc is set sugar evaluat it wher the hardwar support as train doe on cpu llm use eag attent 2 cor amd epyc our ci lora step smollm2 135m micro batch 8 per exampl act ran at 5 74 sampl s with against 4 sdpa und autocast and sam spe 31 29 python benchmark step3 py measur result l16 md loss comput logit only they predict an answ not over whol prompt intel xeon avx512 amx 16x 17x fast two command 08 18 dropout now drawn by bitdropout frozen weight held whil 15 without bitdrop r2 befor both chang 1 78 9x 92 1x peft drew float32 mask every lay cost precis cast again still 12 20 eith wheth accurat nw ucla yet so keep demo validat split val 3 seed reach 45 00 46 67 9 43",
"c": "the llm recognis recogniz",
"h": "recogniz emb",
"href": "recognizer.html#recognizer.embed",
"section": "Recognizer.embed",
"title": "The LLM recogniser"
},
{
"b": "the autocast context of recognit bf16 wher inferenc is set els a no op export sourc",
"c": "the llm recognis recogniz",
"h": "recogniz inferenc precis",
"href": "recognizer.html#recognizer.inference_precision",
"section": "Recognizer.inference_precision",
"title": "The LLM recogniser"
},
{
"b": "cach prefix ids suffix for an act list typ default detail nam in the instruct top5 bool fals top 5 variant of return tupl export sourc prompt embed build input a batch bridg s token when all sampl shar no pad is need",
"c": "the llm recognis recogniz",
"h": "recogniz prompt",
"href": "recognizer.html#recognizer.prompt",
"section": "Recognizer.prompt",
"title": "The LLM recogniser"
},
{
"b": "b p h input embed prefix act token suffix typ default detail feat t d skeleton featur sequenc mask non tru at real tim step all nam list in the instruct top5 bool fals top 5 variant of step2 c 2 scor need with anchor return tensor l export sourc train each exampl may its own see below so prompt a micro batch dif length they are pad on left s attent is 0 ther and explicit posit ids keep n 1 as if it wer alon",
"c": "the llm recognis recogniz",
"h": "recogniz prompt embed",
"href": "recognizer.html#recognizer.prompt_embeds",
"section": "Recognizer.prompt_embeds",
"title": "The LLM recogniser"
},
{
"b": "cross entropy on the answ token only prompt posit and pad get label 100 loss is mean over all of batch not a per sampl unequal length aft target attent mask follow with one act list exampl are left as abov them export sourc",
"c": "the llm recognis recogniz",
"h": "the train loss",
"href": "recognizer.html#the-training-loss",
"section": "The training loss",
"title": "The LLM recogniser"
},
{
"b": "mean next token cross entropy over the answ label descript end of turn typ default detail feat b t d skeleton featur sequenc list tru act nam with for non in instruct or per exampl a them mask at real tim step all step2 anchor 2 scor if are return tensor export sourc loss equal plain comput one sampl and tiny model learn two from it singl giv exact shar path noth is pad micro batch prompt different length own",
"c": "the llm recognis recogniz",
"h": "recogniz loss",
"href": "recognizer.html#recognizer.loss",
"section": "Recognizer.loss",
"title": "The LLM recogniser"
},
{
"b": "rank and constrain encod the prompt onc reus its key valu cach is a transform dynamiccach that we creat hand to llm s forward pass which extend it in plac new tak as deprecat past remov 5 40 with und whichev nam install declar so neith vers see argument sourc",
"c": "the llm recognis recogniz",
"h": "the kv cach",
"href": "recognizer.html#the-kv-cache",
"section": "The KV cache",
"title": "The LLM recogniser"
},
{
"b": "an empty kv cach transform dynamiccach for llm laid out from its config typ default detail the lora adapt causal lm is export sourc",
"c": "the llm recognis recogniz",
"h": "new cach",
"href": "recognizer.html#new_cache",
"section": "new_cache",
"title": "The LLM recogniser"
},
{
"b": "llm s forward pass read and extend cach as or past key valu typ default detail the lora adapt causal lm a kv from new in plac kw oth argument input embed ids export sourc prompt goe onc prefill next token then giv sam logit full over",
"c": "the llm recognis recogniz",
"h": "with cach",
"href": "recognizer.html#with_cache",
"section": "with_cache",
"title": "The LLM recogniser"
},
{
"b": "the exact log likelihood of each candidat label given prompt whol batch is handl togeth b prefix act token suffix all sam length for one list are encod in forward pass their kv cach repeat onc per and x c sampl pair scor mor a sum its probability first predict from s last posit pad into mask mark real export sourc",
"c": "the llm recognis recogniz",
"h": "recognit by rank",
"href": "recognizer.html#recognition-by-ranking",
"section": "Recognition by ranking",
"title": "The LLM recogniser"
},
{
"b": "c scor of the candidat aft prompt with all act token set to zero typ default detail list nam in instruct non label norm str sum s log probability or their mean return tensor export sourc",
"c": "the llm recognis recogniz",
"h": "content fre scor",
"href": "recognizer.html#content_free_scores",
"section": "content_free_scores",
"title": "The LLM recogniser"
},
{
"b": "b c log likelihood of each candidat label default the act list aft prompt typ detail feat t d skeleton featur sequenc nam in instruct non to scor mask tru at real tim step all norm str sum total mean per token calibrat bool fals subtract content fre zhao et al 2021 input instead control step2 2 a recognis with anchor need them return tensor export sourc rank equal brut forc computat append full one forward pass without cach for every sampl also when are not s eval mod chat prefix is kept between call so batch skip it too any chang weight train load adapt or precis comput again togeth giv loop replac and pair several chunk",
"c": "the llm recognis recogniz",
"h": "rank",
"href": "recognizer.html#rank",
"section": "rank",
"title": "The LLM recogniser"
},
{
"b": "the sum log likelihood favour short label each token add a negativ term and inherit whatev llm pref regardless of skeleton nam it lik posit in list two correct both optional default stay plain norm mean divid s scor by its numb so long compet on averag calibrat tru follow zhao et al 2021 befor use improv few shot performanc languag model their observat prompt already tilt toward som answ see any content can be measur feed fre input plac real one her is sam with every act set to zero minu what they rescal probability an affin map subtract spac rank return themselv for sampl control that without look at accuracy say how much result alon explain bridg output path agre are all also equal brut forc computat",
"c": "the llm recognis recogniz",
"h": "calibrat rank",
"href": "recognizer.html#calibrated-ranking",
"section": "Calibrated ranking",
"title": "The LLM recogniser"
},
{
"b": "greedy decod in which whil the label is being written only token that continu som act nam of list a prefix tri over ids each end with its are allow onc full descript generat fre until turn therefor alway valid sourc",
"c": "the llm recognis recogniz",
"h": "constrain decod",
"href": "recognizer.html#constrained-decoding",
"section": "Constrained decoding",
"title": "The LLM recogniser"
},
{
"b": "prefix tri over the token ids of each act s label key non mark a full typ default detail tok llm tokeniz list nam may tak return dict nest by id hold finish export sourc wav and walk begin with sam two so branch aft them one step sampl insid best among thos allow it all until end turn or max new that is also long ther only if model fre choic doe not continu",
"c": "the llm recognis recogniz",
"h": "label tri",
"href": "recognizer.html#label_trie",
"section": "label_trie",
"title": "The LLM recogniser"
},
{
"b": "per sampl label descript the restrict to act list fre typ default detail feat b t d skeleton featur sequenc nam in instruct and allow as mask non tru at real tim step all max new token int 48 longest only it may tak one forc step2 c 2 scor of with anchor return export sourc is alway a whatev bar train model pref s own text tiny random writ its byt level vocabulary which are not often even valid utf 8 so we show",
"c": "the llm recognis recogniz",
"h": "constrain",
"href": "recognizer.html#constrained",
"section": "constrained",
"title": "The LLM recogniser"
},
{
"b": "the pap s mod llm writ whatev it want pars label map text to act nam an exact at start els closest by str similarity abov a threshold report that could not non and evaluat count thos as unpars sourc",
"c": "the llm recognis recogniz",
"h": "fre generat",
"href": "recognizer.html#free-generation",
"section": "Free generation",
"title": "The LLM recogniser"
},
{
"b": "the act nam at start of text exact els closest match or non typ default detail str generat answ list it may cutof float 0 75 least similarity for a near difflib ratio export sourc garbag nev crash pars",
"c": "the llm recognis recogniz",
"h": "pars label",
"href": "recognizer.html#parse_label",
"section": "parse_label",
"title": "The LLM recogniser"
},
{
"b": "fre generat per sampl pars label or non raw text typ default detail feat b t d skeleton featur sequenc act list nam in the instruct mask tru at real tim step all max new token int 64 longest answ step2 c 2 scor of with anchor return export sourc on tiny model its is random byt again so we show only from it wher no equal greedy decod by hand deprecat cach api way futurewarn and deprecationwarn turn into error transform log notic collect rank constrain run clean",
"c": "the llm recognis recogniz",
"h": "generat",
"href": "recognizer.html#generate",
"section": "generate",
"title": "The LLM recogniser"
},
{
"b": "a recognis is sav as fold the lora adapt pretrain bridg weight and configurat it written to temporary renam into plac so crash nev leav half checkpoint sourc",
"c": "the llm recognis recogniz",
"h": "sav and load",
"href": "recognizer.html#saving-and-loading",
"section": "Saving and loading",
"title": "The LLM recogniser"
},
{
"b": "sav adapt bridg config atomical into fold typ default detail the to writ replac if it exist return path export sourc",
"c": "the llm recognis recogniz",
"h": "recogniz sav",
"href": "recognizer.html#recognizer.save",
"section": "Recognizer.save",
"title": "The LLM recogniser"
},
{
"b": "load a recognis sav with recogniz the bas llm from model or config typ default detail fold written by non one in configurat kw furth argument of devic dtyp return its train adapt and bridg export sourc rank exact as",
"c": "the llm recognis recogniz",
"h": "load recogniz",
"href": "recognizer.html#load_recognizer",
"section": "load_recognizer",
"title": "The LLM recogniser"
},
{
"b": "noth in the recognis is tied to train act list part of prompt against class nev on sam call with new rank giv top 1 5 over it pap s instruct top5 tru",
"c": "the llm recognis recogniz",
"h": "zero shot",
"href": "recognizer.html#zero-shot",
"section": "Zero-shot",
"title": "The LLM recogniser"
},
{
"b": "the recognis s act token com from encod featur alon so a nam llm nev answer stay unreachabl its only link to skeleton would hav be learnt exampl it saw with anchor tru read one mor that them step 2 nearest text classifi giv for each clip distribut over list softmax of scor is averag own embed mean input through linear map start as identity lie among in instruct can learn answ point at was train on too content fre control uniform still show what prompt sourc",
"c": "the llm recognis recogniz",
"h": "the anchor token beyond pap",
"href": "recognizer.html#the-anchored-token-beyond-the-paper",
"section": "The anchored token (beyond the paper)",
"title": "The LLM recogniser"
},
{
"b": "c h the llm s input embed of each nam token averag frozen so cach typ default detail list act return tensor per mean its export sourc two that shar most their word lik pick up with one hand and hav hard dif cosin 0 87 for smollm2 an anchor them cannot say which step 2 pref on demo test clip skeleton fre control answer every had right orthogonal cod turn vector into stay as clos possibl to original symmetric orthogonalisat keep what set it apart los point at whatev in common",
"c": "the llm recognis recogniz",
"h": "recogniz nam embed",
"href": "recognizer.html#recognizer.name_embeds",
"section": "Recognizer.name_embeds",
"title": "The LLM recogniser"
},
{
"b": "c h e s row mad orthogonal by symmetric l wdin orthogonalisat rescal typ default detail the list nam vector return tensor each as long median of export sourc",
"c": "the llm recognis recogniz",
"h": "orthogonal cod",
"href": "recognizer.html#orthogonal_codes",
"section": "orthogonal_codes",
"title": "The LLM recogniser"
},
{
"b": "b 1 h the anchor token nam embed averag by step 2 s softmax map typ default detail step2 c scor of list act or row per exampl align with its return tensor export sourc a recognis has l clip that far mor lik bow get at identity it start almost exact uniform distribut giv mean sav and load keep pt besid bridg scal fre is only as confident encod on was train clos to one hot new can be flat demo validat top about 0 3 mass over ten llm learn read near then test meet several wher own preferenc among tak each are standardis first standard deviat multipli befor ord relativ gap stay their overall goe so sam sharpness equal content control still plain left non raw used in earli run whos ids do not chang",
"c": "the llm recognis recogniz",
"h": "recogniz anchor token",
"href": "recognizer.html#recognizer.anchor_token",
"section": "Recognizer.anchor_token",
"title": "The LLM recogniser"
},
{
"b": "the anchor token say which nam step 2 pref by averag embed and llm then has to copy a from that with it nev train on most did not nw ucla zero shot tabl mark tru besid s scor are written onto list itself every of i get learnt vector add its scal p max j softmax relativ top so prefer carry full oth less span own prompt sinc noth about can over seen in split narrow gap all ten act 10 4 5 point see readm start random at length typical content fre control equal sourc",
"c": "the llm recognis recogniz",
"h": "nam mark beyond the pap",
"href": "recognizer.html#name-marks-beyond-the-paper",
"section": "Name marks (beyond the paper)",
"title": "The LLM recogniser"
},
{
"b": "b s h at each list nam token the learnt mark tim p i max step 2 softmax typ default detail step2 c scor of act align with top5 bool fals top 5 variant instruct return tensor add to suffix embed export sourc",
"c": "the llm recognis recogniz",
"h": "recogniz nam mark",
"href": "recognizer.html#recognizer.name_marks",
"section": "Recognizer.name_marks",
"title": "The LLM recogniser"
},
{
"b": "beyond the pap step 2 s nearest text classifi and 3 rank scor sam candidat they err different fus turn each into log probability over c softmax mix them with one weight 0 is alon 1 pass logit similarity temperatur rath than raw cosin set how sharp its distribut sourc",
"c": "the llm recognis recogniz",
"h": "scor fus",
"href": "recognizer.html#score-fusion",
"section": "Score fusion",
"title": "The LLM recogniser"
},
{
"b": "1 weight log softmax step2 step3 typ default detail b c step 2 nearest text logit or similarity 3 candidat scor the recognis s rank method float of 0 alon return tensor fus probability export sourc is chosen on validat split one with best top a grid small tie cheap half",
"c": "the llm recognis recogniz",
"h": "fus scor",
"href": "recognizer.html#fuse_scores",
"section": "fuse_scores",
"title": "The LLM recogniser"
},
{
"b": "the weight of fus scor with best top 1 on step2 step3 label tie small typ default detail n c step 2 validat split 3 sam sampl tru class indic grid 0 05 15 25 35 4 45 tri return tupl accuracy at it export sourc",
"c": "the llm recognis recogniz",
"h": "choos fus weight",
"href": "recognizer.html#choose_fusion_weight",
"section": "choose_fusion_weight",
"title": "The LLM recogniser"
},
{
"b": "one real check the default llm smollm2 135m instruct from packag gguf with lora r 64 alpha 16 and a tqp of 8 token forward pass loss rank short constrain answ load dequantis about 15 20 s on our 2 cor cpu",
"c": "the llm recognis recogniz",
"h": "the packag smollm2 for real",
"href": "recognizer.html#the-packaged-smollm2-for-real",
"section": "The packaged SmolLM2, for real",
"title": "The LLM recogniser"
},
{
"b": "the step 2 encod is frozen in 3 so every sequenc s featur comput onc test tim transform centr and central crop reus by epoch recognit mod sourc",
"c": "the llm recognis recogniz",
"h": "frozen featur comput onc",
"href": "recognizer.html#frozen-features-computed-once",
"section": "Frozen features, computed once",
"title": "The LLM recogniser"
},
{
"b": "n t d featur sequenc of every sampl sset with the frozen encod typ default detail step 2 skeletonencod skeletonset to window int 52 fram per aft test tim crop or batch siz 64 forward pass devic cpu wher run progress bool non bar when interactiv recip str ntu s data for its process stream joint input bon augment fals train and augmentat instead seed 0 random view return tensor on export sourc a small synthetic nw ucla releas 12",
"c": "the llm recognis recogniz",
"h": "encod featur",
"href": "recognizer.html#encode_features",
"section": "encode_features",
"title": "The LLM recogniser"
},
{
"b": "adamw on the lora and bridg weight pap lr 2e 5 total batch 128 by gradient accumulat one epoch with a shuffl ord drawn from seed linear warm up then cosin decay bf16 autocast wher cpu or gpu support it fp32 otherwis progress bar aft each an atomic sav of recognis plu optimiz stat resum tru continu ther sourc",
"c": "the llm recognis recogniz",
"h": "train",
"href": "recognizer.html#training",
"section": "Training",
"title": "The LLM recogniser"
},
{
"b": "the shuffl sampl ord of a step 3 epoch from seed sam in every process typ default detail n int numb run s 0 return tensor permutat 1 export sourc each train exampl read its own act list random subset siz uniform between min and all them tru label alway includ recognis then has to skeleton rath than learn which posit fix hold are drawn index so resum see one",
"c": "the llm recognis recogniz",
"h": "epoch ord",
"href": "recognizer.html#epoch_order",
"section": "epoch_order",
"title": "The LLM recogniser"
},
{
"b": "a random sub list of act hold label in ord its siz uniform rang typ default detail all nam str the exampl s tru alway rng numpy generator min int 2 shortest cap at numb return shuffl that export sourc renam beyond pap with anchor token recognis train on seven learn to answ thos given it nev answer still rank last even when point each one includ is shown und anoth probability distinct drawn from pool alia packag oth dataset without run and evaluat own then mix known new as zero shot doe descript for skeleton say noth about which right only becaus averag embed so has read against what an need",
"c": "the llm recognis recogniz",
"h": "exampl list",
"href": "recognizer.html#example_list",
"section": "example_list",
"title": "The LLM recogniser"
},
{
"b": "the nam of every packag act list without exclud cas insensitiv typ default detail that must not be alias run s and evaluat return distinct in a fix ord export sourc",
"c": "the llm recognis recogniz",
"h": "alia pool",
"href": "recognizer.html#alias_pool",
"section": "alias_pool",
"title": "The LLM recogniser"
},
{
"b": "distinct random nam from alias for the list act in sam posit typ default detail exampl s rng a numpy generator to draw alia pool return one per by export sourc gradient accumulat weight token each micro batch loss is mean over its answ so scal of whol group then all whatev siz short last an epoch includ with several process tak shar every and it way against count follow label descript plan mad up front on",
"c": "the llm recognis recogniz",
"h": "renam list",
"href": "recognizer.html#renamed_list",
"section": "renamed_list",
"title": "The LLM recogniser"
},
{
"b": "micro batch of ord in group accum thi process s shar each its loss weight typ default detail the epoch sampl siz int per all togeth optimiz step ntok list answ token world 1 numb rank 0 return indic export sourc set a run",
"c": "the llm recognis recogniz",
"h": "accum group",
"href": "recognizer.html#accum_groups",
"section": "accum_groups",
"title": "The LLM recogniser"
},
{
"b": "step 3 train set pap lora r 64 alpha 16 lr 2e 5 total batch 128 1 epoch typ default detail int pass over the siz 8 micro effectiv via gradient accumulat float 05 peak learn rat weight decay 0 adamw warmup ratio 03 shar of optimiz spent warm up seed sampl ord bf16 str auto yes or no shuffl list bool tru per exampl a sub act min 2 its shortest length label alway in it feat dropout on frozen featur whil non renam with anchor token skeleton zero export sourc ris linear then follow cosin down to at last autocast and process group multi launch torchrun accelerat run fold resum only hold stat carry s fingerprint must match field by",
"c": "the llm recognis recogniz",
"h": "step3config",
"href": "recognizer.html#step3config",
"section": "Step3Config",
"title": "The LLM recogniser"
},
{
"b": "the fingerprint of a step 3 run configurat recognis featur label act answ typ default detail rec recogniz its goe in cfg step3config train set feat n t d input hash list class indic nam index ord descript dict non per extra what call add data knowledg 2 step2 with anchor scor on alias renam return json compatibl field export sourc aft each epoch fold get and atomical stat pt adapt bridg optimiz history random resum check first refus damag fil by und bf16 autocast every matmul cast float32 weight to keep such between use only for that llm s frozen are again at whil step3 hold linear instead see sam valu put tensor back afterward also when stop an error embed stay prompt is built from them smollm2 output lay shar one micro batch loss within group gradient sum over process piec togeth shuffl exampl read own",
"c": "the llm recognis recogniz",
"h": "step3 fingerprint",
"href": "recognizer.html#step3_fingerprint",
"section": "step3_fingerprint",
"title": "The LLM recogniser"
},
{
"b": "train the bridg and lora adapt to answ label descript return epoch history typ default detail rec recogniz recognis its feat tensor n t d frozen featur or k view of each list class indic into act nam in index ord instruct them dict non per end with cfg step3config set pap s out dir run fold stat pt aft resum bool tru continu from if ther is one stop int thi many call progress bar when interactiv log print receiv lin fingerprint field add step2 anchor c step 2 scor alias renam alia pool loss sampl second wheth bf16 was on export sourc a toy problem two that dif by tiny model learn rank right first shuffl it doe so whichev fix fals may posit instead several sequenc shap e g test tim augment encod seed mod sam clip but not vector every equal exact as different chang only dropout zero valu probability whil scal rest up regularis for fit too well own ent 0 sav befor exist still skeleton token shar exampl all their condit fre control llm then has alon thos predict perfect without no reason read wher disagre which new drop independent random stream lik oth draw distribut carry noth her are pur nois tell apart select stay at chan",
"c": "the llm recognis recogniz",
"h": "train step3",
"href": "recognizer.html#train_step3",
"section": "train_step3",
"title": "The LLM recogniser"
},
{
"b": "metric multi stream scor ensembl confus matric t sne of skeleton featur token length and ablat figur tabl",
"c": "",
"h": "evaluat",
"href": "evaluate.html",
"section": "",
"title": "Evaluation"
},
{
"b": "every evaluat in sugar start from a scor matrix n c class log likelihood or logit and the tru label classificat report giv numb pap top 1 5 ntu nw ucla pku mmd mean per accuracy toyota smarthom s metric which doe not reward model for doing well on frequent only of confus row column predict sourc",
"c": "evaluat",
"h": "metric",
"href": "evaluate.html#metrics",
"section": "Metrics",
"title": "Evaluation"
},
{
"b": "c count row tru class column predict typ default detail pred n indic y int numb of return ndarray int64 export sourc",
"c": "evaluat",
"h": "confus matrix",
"href": "evaluate.html#confusion_matrix",
"section": "confusion_matrix",
"title": "Evaluation"
},
{
"b": "top 1 k mean per class and accuracy confus matrix of n c scor typ default detail high mor lik array or tensor y tru indic list non the nam 0 int 5 only return dict top1 export sourc",
"c": "evaluat",
"h": "classificat report",
"href": "evaluate.html#classification_report",
"section": "classification_report",
"title": "Evaluation"
},
{
"b": "top 1 mean per class and accuracy of predict indic som them miss typ default detail pred n no answ wrong not in the confus y tru list c nam return dict top1 0 unpars count export sourc check against valu work out by hand thre four sampl",
"c": "evaluat",
"h": "label report",
"href": "evaluate.html#label_report",
"section": "label_report",
"title": "Evaluation"
},
{
"b": "figur are written atomical a temporary fil renam into plac so an interrupt run nev leav half png sourc",
"c": "evaluat",
"h": "figur",
"href": "evaluate.html#figures",
"section": "Figures",
"title": "Evaluation"
},
{
"b": "sav a matplotlib figur atomical and clos it typ default detail fig onc path output fil its suffix giv the format non png dpi int 110 resolut in dot per inch return export sourc",
"c": "evaluat",
"h": "sav figur",
"href": "evaluate.html#save_figure",
"section": "save_figure",
"title": "Evaluation"
},
{
"b": "confus matrix figur with class nam row normalis to per rat by default typ detail cm c count tru column predict list the for both axe titl str bool show each s sum 1 instead of export sourc",
"c": "evaluat",
"h": "plot confus",
"href": "evaluate.html#plot_confusion",
"section": "plot_confusion",
"title": "Evaluation"
},
{
"b": "the pap s fig 5 show that knowledg supervis gath skeleton featur of each class into tight bet separat clust plot tsn embed set in 2d with scikit learn t sne sam seed for every panel and colour point by giv a numb pictur mean silhouet scor cosin distanc from 1 to high is sourc",
"c": "evaluat",
"h": "t sne of skeleton featur",
"href": "evaluate.html#t-sne-of-skeleton-features",
"section": "t-SNE of skeleton features",
"title": "Evaluation"
},
{
"b": "mean silhouet scor cosin of featur group by class typ default detail feat n d label each row at least two different return float 1 to high bet separat export sourc",
"c": "evaluat",
"h": "separat",
"href": "evaluate.html#separation",
"section": "separation",
"title": "Evaluation"
},
{
"b": "one t sne scat per entry of panel titl n d featur colour by class typ default detail dict the sam sampl label index each list nam seed int 0 random stat for every perplexity float 30 at most 1 3 export sourc",
"c": "evaluat",
"h": "plot tsn",
"href": "evaluate.html#plot_tsne",
"section": "plot_tsne",
"title": "Evaluation"
},
{
"b": "the pap sweep numb of act token l fed to llm fig 4 and compar bridg tabl knowledg kind 3 benchmark writ one json per run thes help turn a list such result into figur markdown sourc",
"c": "evaluat",
"h": "token length and ablat tabl",
"href": "evaluate.html#token-length-and-ablation-tables",
"section": "Token length and ablation tables",
"title": "Evaluation"
},
{
"b": "accuracy against the numb of act token l log scal one point per run typ default detail result list dict with and metric str top1 key to plot 0 100 or 1 titl figur export sourc",
"c": "evaluat",
"h": "plot token sweep",
"href": "evaluate.html#plot_token_sweep",
"section": "plot_token_sweep",
"title": "Evaluation"
},
{
"b": "a markdown tabl of row dict float are round miss valu shown as typ default detail list one per column key to show in ord head non titl the digit int 1 decimal for return str export sourc",
"c": "evaluat",
"h": "result tabl",
"href": "evaluate.html#results_table",
"section": "results_table",
"title": "Evaluation"
},
{
"b": "ctr gcn reach its publish accuracy by train one network per stream joint bon mot see to and add the class scor giv each test clip matric is only right when they hold sam in row column so a run s are sav togeth with nam their label list every ensembl check them befor anyth writ matrix as an npz fil temporary first then renam for figur load read it back sugar evaluat kind of comput besid metric json text nearest mil nce ce cross entropy head rank llm finetun export sourc",
"c": "evaluat",
"h": "multi stream ensembl",
"href": "evaluate.html#multi-stream-ensembles",
"section": "Multi-stream ensembles",
"title": "Evaluation"
},
{
"b": "sav per clip class scor with the nam and label list atomical typ default detail path npz fil to writ e g run eval text n c of test array or tensor in row ord uniqu tru indic column return export sourc",
"c": "evaluat",
"h": "sav scor",
"href": "evaluate.html#save_scores",
"section": "save_scores",
"title": "Evaluation"
},
{
"b": "read and check a scor fil written by sav typ default detail path return dict n c nam label class src the export sourc two stream of mad up run four clip thre each is sur wrong littl on fourth joint c3 bon c0 ensembl add matric tim its weight ctr gcn weigh all count sam it refus to different in ord or list say which",
"c": "evaluat",
"h": "load scor",
"href": "evaluate.html#load_scores",
"section": "load_scores",
"title": "Evaluation"
},
{
"b": "weight sum of class scor matric the sam clip and check first typ default detail list one per stream dict from load or n c non entry all 1 return nam label export sourc ensembl run doe whol job for a evaluat it find each s fil eval kind npz fold itself work too add report top 5 besid own with several in ce mil has text say which to",
"c": "evaluat",
"h": "ensembl scor",
"href": "evaluate.html#ensemble_scores",
"section": "ensemble_scores",
"title": "Evaluation"
},
{
"b": "top 1 and k of the sum class scor several run besid each s own typ default detail fold list evaluat one per stream or their eval fil weight non all kind str to add text ce rank only int 5 accuracy return dict classificat report plu export sourc every oth way a set can fail up damag giv an error that nam",
"c": "evaluat",
"h": "ensembl run",
"href": "evaluate.html#ensemble_runs",
"section": "ensemble_runs",
"title": "Evaluation"
},
{
"b": "when the act list hold model was train on and it nev saw 7 seen 3 unseen protocol with all ten generalis zero shot win too often pull their clip clos to text so an still lie near som s than its own chao et al 2016 empirical study analysi of generaliz learn for object recognit in wild call remedy calibrat stack subtract one constant from scor every befor tak best thi is beyond sugar pap which report only bia apply a given choos pick without any validat against whol largest that cost at most toleranc point top 1 rais can mov answ go right wrong admissibl well defin 5 by default fix test sourc",
"c": "evaluat",
"h": "zero shot with the train act list a seen class bia",
"href": "evaluate.html#zero-shot-with-the-trained-actions-listed-a-seen-class-bias",
"section": "Zero-shot with the trained actions listed: a seen-class bias",
"title": "Evaluation"
},
{
"b": "class scor with every train s lower by gamma calibrat stack typ default detail n c array or tensor seen bool the model was on float subtract from return float32 export sourc choos bia try step 1 valu of 0 to largest lead any validat clip best act has over its unseen one at that answ an",
"c": "evaluat",
"h": "seen bia",
"href": "evaluate.html#seen_bias",
"section": "seen_bias",
"title": "Evaluation"
},
{
"b": "the largest seen class bia that cost validat clip at most toleranc point typ default detail scor n c against whol list label their tru all train one bool model was on float 5 0 top 1 may step int 40 numb of grid bias return dict gamma top1 and curv export sourc",
"c": "evaluat",
"h": "choos seen bia",
"href": "evaluate.html#choose_seen_bias",
"section": "choose_seen_bias",
"title": "Evaluation"
},
{
"b": "beyond the pap when only new act are list seen bia has noth to low yet one text can still draw most clip its embed happen lie near wher encod put every prior measur that pull without label mean scor of each over run s own train validat which no explain subtract tim it leav a what gain on all is choic lik any oth benchmark nw ucla step2 val py mak held out insid view nev test sourc",
"c": "evaluat",
"h": "text prior",
"href": "evaluate.html#text-prior",
"section": "Text prior",
"title": "Evaluation"
},
{
"b": "scor minu beta tim each text s mean over the clip of val typ default detail n c class list m sam on that belong to non them float how much is subtract return tensor float32 export sourc",
"c": "evaluat",
"h": "text prior",
"href": "evaluate.html#text_prior",
"section": "text_prior",
"title": "Evaluation"
},
{
"b": "one command with sub sugar weight put the offlin default llm in plac check verify an installat on bundl sampl data knowledg writ act step 1 pretrain train encod 2 finetun recognis 3 each is a plain funct whos docment becom its help main dispatch nam to register as error project rais purpos bad fil miss are print clear lin and exit statu nev traceback sourc",
"c": "",
"h": "the sugar command cli",
"href": "cli.html",
"section": "",
"title": "The sugar command"
},
{
"b": "regist f as the sub command sugar nam typ default detail a funct whos becom and paramet its opt sourc",
"c": "the sugar command cli",
"h": "command",
"href": "cli.html#command",
"section": "command",
"title": "The sugar command"
},
{
"b": "the text sugar print without argument typ default detail return str export sourc",
"c": "the sugar command cli",
"h": "usag",
"href": "cli.html#usage",
"section": "usage",
"title": "The sugar command"
},
{
"b": "entry point of the sugar consol script typ default detail argv list non argument aft command lin s return int exit statu 0 success 1 a user error 2 usag export sourc",
"c": "the sugar command cli",
"h": "main",
"href": "cli.html#main",
"section": "main",
"title": "The sugar command"
},
{
"b": "fetch the packag offlin model onc default llm or gemma with text mpnet all bas v2 encod fiv part wheel assembl and check see sugar asset weight which pretrain then use sourc",
"c": "the sugar command cli",
"h": "sugar weight",
"href": "cli.html#sugar-weights",
"section": "sugar weights",
"title": "The sugar command"
},
{
"b": "put a packag offlin llm default smollm2 135m instruct gguf in sugar s data fold typ detail wheel str non on disk gemma text of pip forc bool fals extract again even if the fil is plac or 3 270m bas encod to fetch instead an mpnet export sourc",
"c": "the sugar command cli",
"h": "weight",
"href": "cli.html#weights",
"section": "weights",
"title": "The sugar command"
},
{
"b": "a short installat check the environment built in layout bundl sampl clip read validat drawn to png and both offlin default model it print one lin per clos count exit non zero if anyth fail export sourc",
"c": "the sugar command cli",
"h": "sugar check",
"href": "cli.html#sugar-check",
"section": "sugar check",
"title": "The sugar command"
},
{
"b": "check the installat environment layout bundl sampl data default model typ detail out str sugar fold for figur export sourc run it her a miss fil is report as fail not crash usag vers and unknown command",
"c": "the sugar command cli",
"h": "check",
"href": "cli.html#check",
"section": "check",
"title": "The sugar command"
},
{
"b": "step 1 from the command lin an act list a packag nam or your text fil in knowledg out mot and descript com backend default smollm2 hf model openai url for strong visual video fram with one sub fold of imag per aft replac by vis languag vlm els llm s only fallback record as such rerun complet exist valid class are kept miss generat tak hub id gguf bas any compatibl serv retry local how often reject part empty copi prompt repeat is sampl again ask when its answ lack body sourc",
"c": "the sugar command cli",
"h": "sugar knowledg",
"href": "cli.html#sugar-knowledge",
"section": "sugar knowledge",
"title": "The sugar command"
},
{
"b": "writ act knowledg mot visual descript for an list step 1 typ default detail str nw ucla packag ntu60 ntu120 pku mmd toyota or a text fil one per lin out non to creat complet sugar json backend smollm2 gemma hf id dir gguf openai retry int 2 of reject part local model class serv fram fold with video vlm vis languag bas url clip open pretrain tag checkpoint path select export sourc run against styl that answ lik capabl all are written rerun keep them and generat noth",
"c": "the sugar command cli",
"h": "knowledg",
"href": "cli.html#knowledge",
"section": "knowledge",
"title": "The sugar command"
},
{
"b": "command nam a dataset as read path spec default protocol nw ucla fold xview ntu cach und sugar ntu60 xsub ntu120 npz fil already split the s pku root pkummd skeleton renew train label final cross subject txt toyota pyskl its first custom index layout sourc",
"c": "the sugar command cli",
"h": "dataset by nam",
"href": "cli.html#datasets-by-name",
"section": "Datasets by name",
"title": "The sugar command"
},
{
"b": "train test protocol from a dataset spec read path see the tabl abov typ default detail str e g nw ucla data or custom index csv kinect20 non nam s standard one class keep only thes comma separat relabell in thi ord return tupl export sourc",
"c": "the sugar command cli",
"h": "read dataset",
"href": "cli.html#read_dataset",
"section": "read_dataset",
"title": "The sugar command"
},
{
"b": "knowledg k restrict to and order lik class unchang when is empty typ default detail dict as load return it act nam keep in thi ord all str of the error messag export sourc a ship fil cov every list long are cut aft ten",
"c": "the sugar command cli",
"h": "knowledg for",
"href": "cli.html#knowledge_for",
"section": "knowledge_for",
"title": "The sugar command"
},
{
"b": "step 2 from the command lin it writ a run fold config json everyth need to reproduc or evaluat checkpoint pt each epoch atomic and metric rerun sam resum unchang und accelerat launch num process n data parallel global batch stay without val test split every eval say that thes numb are for watch not choos with below on held out train clip lev of issu 15 off by default variant pap s encod no max pool branch temporal strid so featur keep fram text mpnet all bas v2 fetch onc sugar weight combin positiv class mot one random visual eq map learnt linear shar unseen act still stream bon joint input multi ensembl see record them finetun predict rebuild sourc",
"c": "the sugar command cli",
"h": "sugar pretrain",
"href": "cli.html#sugar-pretrain",
"section": "sugar pretrain",
"title": "The sugar command"
},
{
"b": "the run fold fingerprint in out becom s id aft refus to resum a different it typ default detail is replac by fp dict fresh bool start over mov an exist stat asid str nam of resumabl fil checkpoint pt or return path export sourc val 0 1 hold tenth each class train clip sugar contrastiv validat split they are evaluat every eval epoch and test only onc last so set chosen on held for nw ucla ntu data view one performanc film at sam tim togeth group subject repetit setup non singl plan count left config json list",
"c": "the sugar command cli",
"h": "run fold",
"href": "cli.html#run_folder",
"section": "run_folder",
"title": "The sugar command"
},
{
"b": "train the step 2 skeleton encod mil nce with knowledg or cross entropy baselin typ default detail data str non dataset spec read path e g nw ucla requir out sugar pretrain run fold checkpoint metric config rerun resum protocol s standard one objectiv ce fil packag list nam kind mot visual positiv text contrast negativ batch denominator its sampl pap all minilm mpnet clip epoch int plan from 30 and 1 800 16 siz global over process lr float 0 peak sgd learn rat warmup warm up a sixth of window 52 fram per aft temporal seed initialisat ord augmentat wd 0004 weight decay recip ntu for els channel block comma separat 10 strid eval every 5 evaluat val test n last class on thes only zero shot fresh bool fals start even if has hold thi shar each to select group meta column kept togeth performanc view variant ctrgcn max pool combin random eq map linear identity at whiten statistic clos set offset add unseen stream joint input bon bf16 no und bfloat16 autocast whil yes auto wher fast export sourc",
"c": "the sugar command cli",
"h": "pretrain",
"href": "cli.html#pretrain",
"section": "pretrain",
"title": "The sugar command"
},
{
"b": "rerun sugar pretrain with the sam out resum but only when everyth that defin run is s fingerprint sav in checkpoint pt and shown config json compar field by new command any differenc refus nam fresh start over rewritten aft check an contain id so different nev shar a fold benchmark their thi way",
"c": "the sugar command cli",
"h": "resum only the sam run",
"href": "cli.html#resuming-only-the-same-run",
"section": "Resuming only the same run",
"title": "The sugar command"
},
{
"b": "with val two epoch the held out clip one performanc of each class both its view are evaluat every test split onc aft second config json record a different is anoth run and sam command resum",
"c": "the sugar command cli",
"h": "choos on held out clip",
"href": "cli.html#choosing-on-held-out-clips",
"section": "Choosing on held-out clips",
"title": "The sugar command"
},
{
"b": "the sam command und torchrun nproc per nod 2 gloo with gpu accelerat launch multi num process n global batch 4 split compar one at mil nce loss use whol s label on every so only differenc left is batchnorm whos statistic each comput its own half we accept 5 relativ epoch in train",
"c": "the sugar command cli",
"h": "data parallel on 2 cpu process",
"href": "cli.html#data-parallel-on-2-cpu-processes",
"section": "Data-parallel on 2 CPU processes",
"title": "The sugar command"
},
{
"b": "step 3 from the command lin 2 run s encod frozen turn every sequenc into a featur onc tqp lora are train to answ label descript knowledg fil test split is recognis by exact rank top 1 5 writ recogniz stat pt and metric json out rerun resum each exampl list its own shuffl sub of act in instruct between min all them tru one alway includ sugar so has com skeleton not memoris ord no data model gemma on 270m bas instead smollm2 135m weight llm assembl it befor that stop at nam when pretrain held validat clip val leav sam record config choic mad lat fus evaluat mod neith several process gpu or machin finetun parallel without any opt start with launch tak shar global batch total stay result compar use local nccl cpu talk over gloo checkpoint written first only oth wait for kill job as usual export sourc",
"c": "the sugar command cli",
"h": "sugar finetun",
"href": "cli.html#sugar-finetune",
"section": "sugar finetune",
"title": "The sugar command"
},
{
"b": "step2model in eval mod step 2 config checkpoint of a sugar pretrain run fold or fil typ default detail its train set data the model will see layout coordinat and person are check return tupl sourc",
"c": "the sugar command cli",
"h": "load step2 model",
"href": "cli.html#load_step2_model",
"section": "load_step2_model",
"title": "The sugar command"
},
{
"b": "frozen encod step 2 config of a sugar pretrain run fold or checkpoint fil for data shap lik train set typ default detail its the will see check load step2 model return tupl sourc",
"c": "the sugar command cli",
"h": "load step2 encod",
"href": "cli.html#load_step2_encoder",
"section": "load_step2_encoder",
"title": "The sugar command"
},
{
"b": "frozen encod featur of sset cach by checkpoint recip stream and data typ default detail the step 2 c2 dict its config window pretrain run fold or part key sequenc to dir fil sugar finetun s augment bool fals an view train crop augmentat instead seed int 0 with return tensor sourc",
"c": "the sugar command cli",
"h": "cach featur",
"href": "cli.html#cached_features",
"section": "cached_features",
"title": "The sugar command"
},
{
"b": "train step 3 tqp lora llm on a frozen 2 encod and evaluat by rank typ default detail data str non dataset spec read path requir pretrain sugar out the run fold its is finetun rerun to resum protocol s standard one knowledg for answ descript model packag smollm2 gguf or hub id bridg eq 4 concat linear qform cross attn pool token int 128 numb of act l segment tim per skeleton featur epoch 1 batch 8 micro optimis sub total sampl gradient accumulat global lr float 2e 05 peak adamw learn rat r 64 alpha 16 scal dropout 0 random mask cost cpu bf16 auto bfloat16 autocast when gpu support it yes no seed initialisat ord class thes only comma separat nam zero shot experiment shuffl list bool tru exampl in prompt min shortest such alway view clip test k augment e use mod feat whil anchor fals beyond pap mor from nearest text scor mil renam with shar shown und oth mark also instruct standardis thi raw alon cod mean vector embed orthogonal fresh start over even if has stat export sourc tiny end then llama rebuilt checkpoint not given an two person ntu styl fil which pad absent second exact as did sam term fingerprint add build that weight set each chang below refus leav was record parallel torchrun np",
"c": "the sugar command cli",
"h": "finetun",
"href": "cli.html#finetune",
"section": "finetune",
"title": "The sugar command"
},
{
"b": "every train command leav a fold that is enough on its own to resum evaluat or use the run fil sugar pretrain finetun config json data spec protocol knowledg text encod step 2 id and fingerprint act list 3 recognis checkpoint pt model optimis rng history each epoch featur frozen s written by reus whil are unchang recogniz lora adapt bridg stat metric per rank top 1 5 eval sourc",
"c": "the sugar command cli",
"h": "run fold",
"href": "cli.html#run-folders",
"section": "Run folders",
"title": "The sugar command"
},
{
"b": "the config json of a run fold with clear error when it is not one typ default detail sugar pretrain or finetun return dict export sourc",
"c": "the sugar command cli",
"h": "run config",
"href": "cli.html#run_config",
"section": "run_config",
"title": "The sugar command"
},
{
"b": "evaluat a run fold on its test split or data and writ eval metric json figur pretrain accuracy by nearest class text mil nce the linear head ce confus matrix t sne of pool skeleton featur set befor train sam encod at random initialisat given with compar e g baselin aft pap fig 5 finetun each recognit mod in rank exact label log likelihood top 1 constrain from act list only descript generat fre pars count answ that nam no content control prompt every token zero so what llm without an anchor but step 2 s mark kept add to read calibrat minu scor fus frozen w softmax 3 besid classifi itself when has one first thre exampl entry norm mean probability instead sum weight is chosen validat clip grid 0 05 best small tie record then onc it fix must be sav per npz see sugar for ensembl anoth dataset shot across protocol pick register column default own els standard which custom plain whol new instruct them against their knowledg lack are error say how miss top5 tutorial cross ipynb walk through limit n sequenc spread even over sort represent slow cpu export sourc",
"c": "the sugar command cli",
"h": "sugar evaluat",
"href": "cli.html#sugar-evaluate",
"section": "sugar evaluate",
"title": "The sugar command"
},
{
"b": "evaluat a run fold on its test split metric json confus matrix t sne or recognit exampl typ default detail str sugar out finetun pretrain data non dataset spec the s own and protocol output eval mod rank constrain see limit int 0 n sequenc spread even over all compar whos featur are befor panel random init class only thes as act list zero shot nev train of oth knowledg fus step 2 top5 bool fals prompt with pap top 5 instruct norm sum mean label token log probability weight float 3 chosen validat bf16 auto autocast in yes no seen bia low scor by thi val text prior subtract tim each export sourc",
"c": "the sugar command cli",
"h": "evaluat",
"href": "cli.html#evaluate",
"section": "evaluate",
"title": "The sugar command"
},
{
"b": "add the class scor that sugar evaluat sav for several run typical one per input stream joint bon mot pretrain as ctr gcn s multi ensembl doe and report each top 1 5 besid must hav sam test clip against list check see weight weigh them kind pick classifi when a text mil nce ce cross entropy head rank step 3 sourc",
"c": "the sugar command cli",
"h": "sugar ensembl",
"href": "cli.html#sugar-ensemble",
"section": "sugar ensemble",
"title": "The sugar command"
},
{
"b": "add the class scor of several evaluat run one per stream and report top 1 5 typ default detail str or their eval fold fil weight non each s comma separat all kind to text ce rank only out also writ ensembl metric thi json export sourc two tiny mil nce on test joint with encod every new lev pap random combinat a map bon then second config checkpoint carry variant rebuild them written befor thes opt exist its configurat without still as ctr gcn",
"c": "the sugar command cli",
"h": "ensembl",
"href": "cli.html#ensemble",
"section": "ensemble",
"title": "The sugar command"
},
{
"b": "recognis one skeleton fil or every of a fold with finetun run the label top 1 by exact rank over s act list 5 probability log likelihood normalis and descript llm writ aft that nw ucla json record t 20 3 field may be absent ntu text npy array v c m in layout sourc",
"c": "the sugar command cli",
"h": "sugar predict",
"href": "cli.html#sugar-predict",
"section": "sugar predict",
"title": "The sugar command"
},
{
"b": "one sequenc from a json nw ucla record skeleton ntu or npy fil check against layout typ default detail path the run s must hav its joint count return sampl label 1 export sourc",
"c": "the sugar command cli",
"h": "read skeleton fil",
"href": "cli.html#read_skeleton_file",
"section": "read_skeleton_file",
"title": "The sugar command"
},
{
"b": "recognis skeleton fil or video with a train run label top 5 probability descript typ default detail str sugar out finetun fold input non of them also the first argument int how many rank act to show as json bool fals print instead tabl annotat for gif predict fps float 15 fram per second sampl pos extract export sourc",
"c": "the sugar command cli",
"h": "predict",
"href": "cli.html#predict",
"section": "predict",
"title": "The sugar command"
},
{
"b": "with the optional extra pip install sugar video go wher skeleton fil predict clip mp4 run extract person s pos mediapip blazepos map it to layout recognis and writ an annotat gif over fram answ as capt into or out dataset kinect20 turn a fold one sub of per act custom that pretrain data index csv train on how landmark are each what is refus pag sourc",
"c": "the sugar command cli",
"h": "sugar extract and video input",
"href": "cli.html#sugar-extract-and-video-input",
"section": "sugar extract and video input",
"title": "The sugar command"
},
{
"b": "build a skeleton dataset from fold of video mediapip blazepos offlin need sugar typ default detail str with one sub per act the nam is label out non to writ besid layout kinect20 map pos ntu25 coco17 or toyota13 fps float 15 fram second sampl each test shar 0 2 s clip on sid split export sourc",
"c": "the sugar command cli",
"h": "extract",
"href": "cli.html#extract",
"section": "extract",
"title": "The sugar command"
},
{
"b": "the readm s main command whol sugar method offlin on demo dataset ship in test data ucla fiv nw act drawn as synthetic skeleton mot 40 train and 20 sequenc see or knowledg fil per body part visual descript answ step 2 ctr gcn encod with mil nce against minilm embed of that 3 tqp lora packag smollm2 135m instruct answer label evaluat nearest text accuracy t sne rank constrain recognit llm fre control anchor token from kept featur zero which show what add to by read a predict its an animat capt every stag writ run fold und out so interrupt resum wher it stop small set 16 r 64 lr 5e 4 benchmark batch 8 24 epoch over 12 view each clip suit laptop cpu pap are finetun default stay below cor intel xeon amx print 95 0 for 80 python val py variant mark nodrop seed 1 repeat validat split alon is nev 60 46 67 9 43 48 33 50 45 00 08 without dropout result md wrong four pick up two hand one has thre them right sam cannot tell nam apart becaus their mean dif word cosin 87 get throw first margin som not oth opt aim at thes scal cod orthogonal populat std standardis scor 5 53 differenc flip than spread no reach they onc record best twenty separat op",
"c": "the sugar command cli",
"h": "sugar demo",
"href": "cli.html#sugar-demo",
"section": "sugar demo",
"title": "The sugar command"
},
{
"b": "run the whol sugar pipelin knowledg step 2 3 evaluat a predict figur on bundl demo data typ default detail str non dataset spec nw ucla test out fold for and summary epoch int 30 llm 24 token 16 act l view 12 featur per train clip 1 tim augment see finetun model packag smollm2 anchor bool tru with no pap s mark fals scor also list nam scal float 0 standardis thi skeleton dropout shar of exampl zero cod mean vector or orthogonal seed bridg lora initialisat ord 05 path mod recognit rank constrain fre if export sourc small tiny encod random llama real in readm main command which ci",
"c": "the sugar command cli",
"h": "demo",
"href": "cli.html#demo",
"section": "demo",
"title": "The sugar command"
},
{
"b": "class on pretrain and finetun train a subset of the act evaluat then test oth with their nam in instruct step 3 or knowledg text as prototyp 2 without any retrain her thre demo s fiv two held out all list win too often see choos seen bia auto low scor by largest that cost run validat clip at most 5 point top 1 report it besid plain 0 giv only new prior subtract from each its mean over so non them belong to per",
"c": "the sugar command cli",
"h": "zero shot train on som act recognis oth",
"href": "cli.html#zero-shot-train-on-some-actions-recognise-others",
"section": "Zero-shot: train on some actions, recognise others",
"title": "The sugar command"
},
{
"b": "a mil nce encod pretrain with val 0 25 one performanc of each four act held out step 3 on it which leav thos clip then every rank mod sid by the 2 classifi model gemma befor sugar weight llm has assembl fil command stop read any data and nam to run noth is download view k train featur test tim 1 augment recip s crop augmentat seed epoch e cach besid oth refus work so feat dropout frozen whil off default nw ucla 5 lower validat outsid anchor giv recognis token beyond pap see recogniz nearest text distribut over list as averag embed their evaluat fus too predict comput scor themselv an used lik renam p show exampl probability und anoth dataset alia pool without knowledg or set for that are not in record config fingerprint mark also writ onto instruct learnt sav map back scal standardis softmax sharp new skeleton shar zero learn answ from alon step3config cod orthogonal mak vector most word stay apart all thre part identity them",
"c": "the sugar command cli",
"h": "the content fre control calibrat and scor fus",
"href": "cli.html#the-content-free-control-calibration-and-score-fusion",
"section": "The content-free control, calibration and score fusion",
"title": "The sugar command"
},
{
"b": "the test fold s twelv clip as a custom dataset with oth nam act 1 keep its nw ucla 2 becom juggl doe not hav index has plain split column view 3 is sid and second one subject tiny mil nce run train on evaluat it knowledg scor new list against text default of data protocol read instead finetun in instruct top5 swap pap top 5 which chang",
"c": "the sugar command cli",
"h": "zero shot on anoth dataset",
"href": "cli.html#zero-shot-on-another-dataset",
"section": "Zero-shot on another dataset",
"title": "The sugar command"
},
{
"b": "the full benchmark on northwestern ucla multiview action3d cross view data knowledg step 2 besid entropy baselin 3 with llm figur and exact command thi tutorial follow sugar through one real dataset a cor cpu every numb below was measur amd epyc machin without gpu nw has 1 494 sequenc of 10 act record by thre kinect v1 camera standard protocol train 020 in releas we use test 464 is not redistributabl so it repository point at your copy fold all sqe split list cell that need are flag slow do run suit result tabl read json fil commit to they alway show what produc",
"c": "",
"h": "tutorial sugar on nw ucla",
"href": "tutorials/nw_ucla.html",
"section": "",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "read nw ucla every json sequenc 20 joint metr into one skeletonset split xview apply the releas s list",
"c": "tutorial sugar on nw ucla",
"h": "1 data",
"href": "tutorials/nw_ucla.html#data",
"section": "1. Data",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "the packag ship a knowledg fil for 10 nw ucla act mot per body part visual what fram of show and one sentenc descript that step 3 teach llm to answ with writ your own strong model sugar backend openai url",
"c": "tutorial sugar on nw ucla",
"h": "2 knowledg step 1",
"href": "tutorials/nw_ucla.html#knowledge-step-1",
"section": "2. Knowledge (Step 1)",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "both run use the sam ctr gcn encod 10 block 1 4m paramet data process s nw ucla recip 52 fram drawn over whol sequenc rotat up to 60 degr about x and y per scal schedul batch 16 sgd with nesterov momentum lr 0 5 warm epoch x0 aft 80 of weight decay 1e 4 sugar learn only from knowledg mil nce between each skeleton all mot visual text its class minilm embed it classify by nearest baselin a linear classifi cross entropy command 30 25 minut her 40 which tak our as long public cod on thi cpu model top train tim sampl ce 91 99 8 31 min 21 9 step 2 86 88 6 17 3 83 23 22 befor initialisat fix 84 98 41 15 82 27 18 ntu styl first 7 34 14 stream chen et al 2021 96 shift 94 infogcn 97 joint measur machin 90",
"c": "tutorial sugar on nw ucla",
"h": "3 step 2 the encod mil nce against cross entropy baselin",
"href": "tutorials/nw_ucla.html#step-2-the-encoder-mil-nce-against-the-cross-entropy-baseline",
"section": "3. Step 2: the encoder, MIL-NCE against the cross-entropy baseline",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "our first run row befor the initialisat fix stay well below public ctr gcn cod s 90 1 with sam recip and baselin train loss was still 0 55 aft 30 epoch read two implementat sid by found differenc in not architectur or data giv every convolut he normal weight on its own fan out whil encod fus several into one had initialis tensor as a whol pytorch default which mak them 2 6x small behind batch norm comput funct but tak tim larg effectiv sgd step decay 1e 4 it for see notebook seed cross entropy 84 3 to 88 6 48 at end instead of mil nce 82 83 ce used spe chang sess 17 sampl fast 22 henc their different fit 40 about minut need abov that budget reach 95 top 99 78 5 31 85 point",
"c": "tutorial sugar on nw ucla",
"h": "what clos most of the gap to public cod initialisat",
"href": "tutorials/nw_ucla.html#what-closed-most-of-the-gap-to-the-public-code-initialisation",
"section": "What closed most of the gap to the public code: initialisation",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "python benchmark nw ucla step2 analysi py data sugar tag he init prob both 30 epoch encod a logistic regress on the frozen pool featur measur how separabl they are regardless of run classify per class accuracy and similarity text prototyp show wher knowledg is ambiguou mil nce nearest ce linear head pick up with one hand 66 7 62 5 two 84 0 86 drop trash 73 3 88 9 walk around 71 4 87 8 sit down 83 89 stand 91 93 6 don 100 dof 95 97 throw carry 1 most s deficit in not by reach against baselin classificat los only anoth point to that property train signal explain weak thi budget few negativ step eq contrast each skeleton present its batch 16 over 10 hold about distinct so separat sampl from som oth act whil cross entropy it all ten every pap 200 for many tim near duplicat target minilm map almost onto cosin 92 part capacity goe into bar thre whos visual person toward bin box slight bet next sect test thes explanat first doe giv as did help second right way loss cost though remov their shar component",
"c": "tutorial sugar on nw ucla",
"h": "why mil nce trail the baselin her",
"href": "tutorials/nw_ucla.html#why-mil-nce-trails-the-baseline-here",
"section": "Why MIL-NCE trails the baseline here",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "one cpu run per configurat cannot tell a real differenc from seed nois and 40 epoch tak half an hour her thi task was lent nvidia h100 for 15 minut so benchmark nw ucla step2 sweep py ran the sam recip ther 18 several of baselin mil nce variant analysi abov suggest shar gpu 12 then 6 at tim result fil hold exact command json b first set s budget stop 10 its short tabl compar every 35 evaluat all hav wher it exist nam are objectiv step2config field top 1 each mean ce 3 86 42 90 52 95 89 91 38 09 73 66 88 36 85 78 87 93 negativ 2 07 56 31 01 72 79 kind mot 5 visual 84 27 learn tau 0 05 25 8 what show is as larg gap we wer chas thre giv 4 7 singl pair can put eith method ahead by point on averag still lead about against 9 two 99 wid end that rang no clos class cross entropy plu scor head fix temperatur knowledg alon to stay within pap loss few step not caus in denominator did help neith which settl 03 doe well both littl wors toyota ablat rank insid",
"c": "tutorial sugar on nw ucla",
"h": "seed and variant a sweep on gpu",
"href": "tutorials/nw_ucla.html#seeds-and-variants-a-sweep-on-a-gpu",
"section": "Seeds and variants: a sweep on a GPU",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "mor 40 epoch mil nce run on the cpu sam recip and seed unless stat as row abov chang only target cent text subtract mean of all knowledg embed re normalis minilm giv every sentenc a larg shar component averag cosin between two different is 0 41 without it closest pair class prototyp drop from 93 to 80 60 11 random control languag each get one unit vector near orthogonal in 384 dimens its loss project temperatur schedul stay top 1 best evaluat final train cross entropy baselin 90 95 31 min 85 99 87 50 35 033 centr 56 042 per no 88 79 89 22 057 30 73 053 33 noth against so duplicat are not problem by themselv with reach over 76 that within nois her 7 sweep s 9 2 what hold back far apart objectiv thi encod about well linear classifi cost accuracy wher plac ten relativ oth remov doe arrangement enough mat still small sampl but point sid next thing sharp nam tell similar act or separat them bet pap use clip whos weight thes machin we found set clos gap nw ucla batch 16 fold regular sugar pretrain draw confus matrix t sne test featur befor aft supervis fig 5 compar put left panel",
"c": "tutorial sugar on nw ucla",
"h": "is it the text or loss two control on cpu",
"href": "tutorials/nw_ucla.html#is-it-the-texts-or-the-loss-two-controls-on-the-cpu",
"section": "Is it the texts or the loss? Two controls on the CPU",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "the run abov choos noth on validat and use one stream benchmark nw ucla step2 val py hold out 10 of each class s train clip group by subject repetit a joint bon sugar pretrain minu its parent per seed add their scor as third configurat ensembl among thre test is read onc 32 epoch batch 16 bfloat16 bf16 yes 2 cor intel xeon with amx about 18 minut cross view 1 3 every chosen split mean sampl std over evaluat aft last method variant top 5 mil ctrgcn 0 89 46 88 29 43 99 57 00 4396 86 05 59 28 77 12 3297 87 76 03 85 63 66 64 1098 highest top1 oth row numb are shown for completeness only them would overstat result ce 15 31 33 1120 90 48 94 14 69 49 25 1024 92 56 91 09 2143 nce entropy pick both lift but not equal gain 9 point so gap between widen from to 8 two possibl reason measur yet toward sam text target mistak may overlap mor than thos independent linear head which leav less sum correct clos set still below baselin issu",
"c": "tutorial sugar on nw ucla",
"h": "two stream chosen on a validat split",
"href": "tutorials/nw_ucla.html#two-streams-chosen-on-a-validation-split",
"section": "Two streams, chosen on a validation split",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "the control abov point at target minilm put ten class text clos togeth mean cosin between two is 0 60 and 93 for closest pair whil random near orthogonal vector train as well cross entropy sugar pretrain whiten keep knowledg but spread it go through a fix regularis zca fit on textwhiten becom 11 sam protocol stream joint validat split 32 epoch bf16 2 cor amd epyc about 16 to 18 minut run mil nce seed 1 val top test 85 71 86 73 05 89 44 13 84 27 28 83 67 88 78 87 07 48 14 mov accuracy of every up littl 4 9 left exact wher was averag both so rul thi pag choos has no reason pref gain und one insid 7 less than half s gap 15 31 leav below 91 apart therefor not enough by itself that match wer carri shar structur similarity in mild form stay an opt off default",
"c": "tutorial sugar on nw ucla",
"h": "whiten class text",
"href": "tutorials/nw_ucla.html#whitened-class-texts",
"section": "Whitened class texts",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "whiten fix the target geometry in advanc cross entropy instead learn its class vector sugar pretrain offset let mil nce do sam whil start from knowledg every train act get a learnt zero at add to each of text befor they are normalis step2config so can mov as far data ask an nev no and keep alon protocol joint stream validat split 32 epoch bf16 on 2 cor amd epyc about 19 minut run seed 0 1 val top test 85 71 86 73 mean 05 89 44 13 84 27 28 83 67 88 78 87 07 48 14 69 64 99 82 54 06 baselin 80 79 01 15 did not help accuracy fell two thre 8 9 7 point against 20 again could tell opt apart averag for all four row includ 98 clip freedom is what has lack with plac anywher s classifi doe still match it remain different scor itself cosin similarity over temperatur which end 10 04 unnormalis logit linear positiv bag per one index stay off by default",
"c": "tutorial sugar on nw ucla",
"h": "class offset knowledg as the start point",
"href": "tutorials/nw_ucla.html#class-offsets-knowledge-as-the-starting-point",
"section": "Class offsets: knowledge as the starting point",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "with the mil nce encod frozen step 3 run below use train befor initialisat fix nw ucla step2 recip 82 1 by nearest text they hav not been repeat on new one yet its featur sequenc 13 of 256 channel per test are comput onc and cach tqp turn them into l act token for packag smollm2 135m instruct whos attent project get lora adapt r 64 alpha 16 as in pap llm learn to answ s label descript recognit exact rank scor all 10 log likelihood top 5 constrain decod can only produc a from list then describ fre generat is mod pars closest nam command bridg epoch unpars 2 78 98 06 subset 100 0 non 468 554 574 4 97 41 53 96 77 50 93",
"c": "tutorial sugar on nw ucla",
"h": "4 step 3 tqp lora on the llm",
"href": "tutorials/nw_ucla.html#step-3-tqp-lora-on-the-llm",
"section": "4. Step 3: TQP + LoRA on the LLM",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "step 3 read only the frozen 2 encod s featur so it cannot recov what that lost its own train loss fell from 1 07 in first epoch to 0 04 second llm fit set cell below put rank accuracy besid classifi and a logistic regress prob on sam mil nce gap analysi abov which is fair estimat of any thos reach",
"c": "tutorial sugar on nw ucla",
"h": "why step 3 doe not beat the baselin her",
"href": "tutorials/nw_ucla.html#why-step-3-does-not-beat-the-baseline-here",
"section": "Why Step 3 does not beat the baseline here",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "the numb abov com from encod and set chosen on test view current step 3 benchmark train a 2 run mad with val 0 1 leav its validat clip out of too choos every epoch anchor token fus weight them split is read onc per configurat mod each sit in one row group s nearest text sam llm rank calibrat content fre control skeleton zero for uniform distribut",
"c": "tutorial sugar on nw ucla",
"h": "step 3 chosen on a validat split",
"href": "tutorials/nw_ucla.html#step-3-chosen-on-a-validation-split",
"section": "Step 3 chosen on a validation split",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "the sam run with l 1 16 and 64 act token one epoch each everyth els equal rank on all 464 test sequenc by benchmark nw ucla step3 py gen limit 0 tag 1ep top 5 train s sampl 53 96 8 468 2 18 4 97 559 83 50 94 704 45 do best well ahead of a singl whol squeez into vector which mor slow are furth from converg aft numb updat thre und two reach 78 tabl abov pap sweep goe to 128 7b llm thi cpu we stop at",
"c": "tutorial sugar on nw ucla",
"h": "how many act token pap fig 4",
"href": "tutorials/nw_ucla.html#how-many-action-tokens-paper-fig.-4",
"section": "How many action tokens? (paper Fig. 4)",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "sugar s llm answ from an act list given in the instruct so a train recognis can be ask about new insid nw ucla step 2 and 3 are on 7 only class pretrain finetun last thre of dof throw carry held out by posit then with their nam rank or knowledg text as prototyp no retrain evaluat command zero shot classifi test sequenc top 1 5 chanc step2 seen 329 89 4 99 14 71 step3 79 6 unseen 135 47 100 0 33 45 9 all 10 464 63 88 50 38 72 1515 888 peak memory 58 gib aft 41 amd epyc cor both stag clear abov 46 against without singl exampl them what encod learn over to ten pictur split nearest keep whil drop nev its confus matrix send two walk around sit down collaps onto neighbour onc instead seven it was epoch fix small pref label str produc vari calibrat scor content fre input next thing try",
"c": "tutorial sugar on nw ucla",
"h": "5 zero shot act nev train on",
"href": "tutorials/nw_ucla.html#zero-shot-actions-never-trained-on",
"section": "5. Zero-shot: actions never trained on",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "the run abov predat validat protocol first step 2 benchmark nw ucla step2 val py unseen train encod on seven act with a split carv from them over thre seed seen only chos read nam alon through mpnet learnt text map all ten as prototyp every test clip new their list win too often pull clos to so of lie near than its own sugar evaluat bia auto calibrat stack beyond pap see low s scor by largest constant that cost at most 5 point top 1 both way her sam recip retrain cpu is not bit reproducibl thes dif littl one each configurat yet it doe predict transf fiv templat kind rais and los 31 0 choos zero shot held out without view tak two or mor second select per summary mean befor any result for doubl no json command lat chosen report resum work zs sel md thi contrast sentenc 66 7 against 51 onc went oth 34 8 58 3 6 67 are coars prior grid 25 4 add label fre correct choic beta subtract tim draw stand up pick hand drop trash fix ros 37 65 was appli hurt t",
"c": "tutorial sugar on nw ucla",
"h": "the sam split with a validat anchor token renam list and nam mark",
"href": "tutorials/nw_ucla.html#the-same-split-with-a-validation-split-the-anchored-token-renamed-lists-and-name-marks",
"section": "The same split with a validation split, the anchored token, renamed lists and name marks",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "python benchmark step3 spe py measur train and each recognit mod sid by in one process median of 3 repeat 5 alternat fp32 bf16 step the two bitdrop tabl per machin amd epyc intel xeon without nativ bfloat16 wher is emulat slow with avx512 amx a row lora dropout whos random mask cost sam both precis its run use bitdropout frozen weight 2 16 17x as fast rank ten act 4 9 4x than generat 32 token at batch 1 8 6x newest ther keep chat prefix s cach between call no long feed label last fre on which most larg ratio evaluat abov subset constrain 100 test sequenc spread over split show thre equal accuracy 78 0 tak 47 55 57 smollm2 135m r 64 l cor thread micro shuffl list answ descript loss backward adamw sampl autocast sdpa attent 29 97x eag 31 74 48x latency throughput seq 336 68 636 639 59 167 11 45 455 88 521 96 88x 81x 11x 89x processor 05 68x 54 24 465 13 51 34 519 49 813 27 448 91 315 04 42x 1x 6 54x 18x 33 43x 21 9x prec",
"c": "tutorial sugar on nw ucla",
"h": "spe on thi cpu",
"href": "tutorials/nw_ucla.html#speed-on-this-cpu",
"section": "Speed on this CPU",
"title": "Tutorial: SUGAR on NW-UCLA"
},
{
"b": "train the step 2 encod on one dataset and recognis act of anoth with their own nam from command lin sugar evaluat data protocol knowledg classify by compar a skeleton text about each so an can be ask list without retrain new only need thi tutorial doe it end to two project s test which shar layout 25 ntu joint but not pku mmd thre record cut into six clip its cross subject sid hold hand wav salut rgb d usabl punch slap oth person numb below are tiny four epoch split say noth accuracy they show that path work sam run unchang full",
"c": "",
"h": "tutorial zero shot across dataset cross",
"href": "tutorials/cross_dataset.html",
"section": "",
"title": "Tutorial: zero-shot across datasets"
},
{
"b": "the packag list 47 of ntu 60 s nam are also pku mmd 13 not a run own knowledg fil therefor has no text for thos",
"c": "tutorial zero shot across dataset cross",
"h": "the two act list",
"href": "tutorials/cross_dataset.html#the-two-action-lists",
"section": "The two action lists",
"title": "Tutorial: zero-shot across datasets"
},
{
"b": "a tiny mil nce run four block encod 16 fram two epoch on the pku mmd test data read is call so knowledg nam explicit ship fil",
"c": "tutorial zero shot across dataset cross",
"h": "step 2 on pku mmd",
"href": "tutorials/cross_dataset.html#step-2-on-pku-mmd",
"section": "Step 2 on PKU-MMD",
"title": "Tutorial: zero-shot across datasets"
},
{
"b": "data point the run at ntu protocol pick split to test on without it oth is by its standard 60 cross subject for custom a plain column s own pku xsub mean noth her view put hand wav clip an act has seen sid knowledg used default and lack 13 new nam error say which fil fix ship cov every so ntu60 then rank against all text includ punch slap person thi nev train metric json record of each evaluat scor npz hold similarity wher tru land in",
"c": "tutorial zero shot across dataset cross",
"h": "evaluat on ntu",
"href": "tutorials/cross_dataset.html#evaluating-on-ntu",
"section": "Evaluating on NTU",
"title": "Tutorial: zero-shot across datasets"
},
{
"b": "writ it for the new list with packag smollm2 offlin about four second per act on a 2 cor cpu then pass fil step 3 finetun run need no knowledg to be evaluat elsewher nam in its instruct and rank them top5 ask pap s top 5 instead of one was train",
"c": "tutorial zero shot across dataset cross",
"h": "when no ship knowledg cov the new nam",
"href": "tutorials/cross_dataset.html#when-no-shipped-knowledge-covers-the-new-names",
"section": "When no shipped knowledge covers the new names",
"title": "Tutorial: zero-shot across datasets"
},
{
"b": "wher the implementat stand how fast it run every nw ucla with command that produc and what gap to cross entropy baselin taught us front pag keep one tabl of current result thi rest stat spe measurement includ thos on earli cod analys behind open quest numb nam in repository or is mark as quot its sourc show dataset fold path work opt which only choos a benchmark left out",
"c": "",
"h": "research not what we measur and learn",
"href": "tutorials/research_notes.html",
"section": "",
"title": "Research notes: what we measured and what we learned"
},
{
"b": "the packag install test ci and documentat sit skeleton layout transform data read for nw ucla ntu rgb d 60 120 pku mmd toyota smarthom pyskl pickl ctr gcn array your own step 1 knowledg pap s prompt a robust pars local openai compatibl backend visual from fram fil ship all fiv act list sugar 2 encod without temporal pool minilm clip text with an embed cach mil nce loss one train loop cross entropy baselin exact resum parallel run pretrain 3 so far tqp comparison bridg lora adapt llm recognis its thre recognit mod fre generat constrain decod rank zero shot finetun evaluat metric confus matric t sne predict demo on held out class und torchrun accelerat launch reliability check fuzz damag kill sigkill to identical memory independent of sequenc length still open gap about 4 6 point averag over seed see below re real last part spe up",
"c": "research not what we measur and learn",
"h": "what is implement",
"href": "tutorials/research_notes.html#what-is-implemented",
"section": "What is implemented",
"title": "Research notes: what we measured and what we learned"
},
{
"b": "load the real nw ucla releas 1 484 json fil 58 534 fram into cross view split 020 464 tak 8 s and dataload with train transform window 64 batch 16 no work process serv 5 082 sampl far abov rat a step consum them below so data is not bottleneck command python benchmark py path to median of 3 run 2 cor result md encod 42m paramet 14 gflop per forward pass at 52 x 20 joint count by sugar mac when thi pag built 21 float32 on sam cpu besid 18 for subset implementat in ctr gcn structur that defin tim 13x short 5x we aim spe repeat 10 round bfloat16 pretrain bf16 yes und autocast whil project head loss every evaluat 41 against 30 34x referenc gain 11x from our 40x 6 entropy default 32 epoch budget seed 0 validat as tabl reach 86 39 12 test 87 72 44 top 57 wall thos taken different day part shar oth are measur sid ratio step2 val config ce nam 40 4 22 33 minut each their comparison public cod github com uason chen stream 17 19 quot design rerun her ctrgcn it checkout repository writ which then use instead numb",
"c": "research not what we measur and learn",
"h": "spe and data load",
"href": "tutorials/research_notes.html#speed-and-data-loading",
"section": "Speed and data loading",
"title": "Research notes: what we measured and what we learned"
},
{
"b": "the tabl below is built from result fil benchmark command writ json every row nam its except a referenc mark quot all thes run 2 cor amd epyc cpu no gpu step batch 16 sgd lr 0 1 with 5 warm up epoch and x0 aft 80 of column nw ucla tutorial walk through them figur keep earli befor encod s initialisat fix model top train cross entropy baselin linear head 91 99 8 40 31 min python step2 py data path to method ce tag he init 40ep sam pad in minmax normalis see 90 6 21 sugar mil nce nearest class text 86 control centr knowledg embed 85 cent one random vector per languag 88 3 30 seed 7 33 s1 83 23 tqp l lora smollm2 exact rank 78 98 50 step3 pretrain out bench recip token total 5e 4 64 97 9 gen limit 1ep 53 96 94 12 ucl",
"c": "research not what we measur and learn",
"h": "every nw ucla run cross view",
"href": "tutorials/research_notes.html#every-nw-ucla-run-cross-view",
"section": "Every NW-UCLA run (cross-view)",
"title": "Research notes: what we measured and what we learned"
},
{
"b": "the per sampl 1 scal of nw ucla recip used to treat every exact zero as pad so centr joint first fram aft was left unscal it now mask absent person instead commit ed403b8 python benchmark minmax effect py data path 0 28 input valu chang in 464 test sequenc baselin rerun with fix sam seed and schedul reach 90 09 against 95 befor a differenc 86 point insid spread between one configurat up 4 5 sweep below oth step 2 row train are kept they",
"c": "research not what we measur and learn",
"h": "the pad fix in minmax normalis",
"href": "tutorials/research_notes.html#the-padding-fix-in-minmax_normalise",
"section": "The padding fix in minmax_normalise",
"title": "Research notes: what we measured and what we learned"
},
{
"b": "the step 3 row ran at commit b0a02a3 on frozen mil nce encod that python benchmark nw ucla step2 py data path to method work sugar out bench tag recip train 9d626c7 befor initialisat fix 82 1 top by nearest class text sam command now current so reproduc thes need thos they hav not been repeat yet",
"c": "research not what we measur and learn",
"h": "the step 3 row an earli encod",
"href": "tutorials/research_notes.html#the-step-3-rows-an-earlier-encoder",
"section": "The Step-3 rows: an earlier encoder",
"title": "Research notes: what we measured and what we learned"
},
{
"b": "python benchmark nw ucla zeroshot py data path to at commit 091a70 also befor the initialisat fix train on 7 act test 3 held out dof throw carry and all 10 no retrain classifi top 1 5 chanc step2 text seen 89 4 99 14 step3 rank 79 6 unseen 47 100 0 33 45 9 63 88 2 38 72",
"c": "research not what we measur and learn",
"h": "zero shot insid nw ucla",
"href": "tutorials/research_notes.html#zero-shot-inside-nw-ucla",
"section": "Zero-shot inside NW-UCLA",
"title": "Research notes: what we measured and what we learned"
},
{
"b": "with 40 epoch which our fast encod train in about the tim public cod need for 30 cross entropy baselin reach 90 95 top 1 first row of tabl abov quot ctr gcn on thi cpu last mil nce still trail 85 99 against at so step 2 target least match is not met what we found deficit featur a logistic regress prob frozen run 84 9 s 87 python benchmark nw ucla step2 analysi py data path to tag he init one pair exaggerat it 18 sam recip borrow h100 gpu two sweep command record result json and b pool by summariz out summary show seed configurat up 4 5 point apart averag over lead 35 89 3 thre each 6 no variant loss clos every class text as negativ all plu fix temperatur mot only or visual knowledg land within nois pap centr minilm embed chang noth 56 control that replac random vector per 88 79 73 hold back arrangement sharp bet next thing try tutorial has batch 200 its stat set beyond budget",
"c": "research not what we measur and learn",
"h": "step 2 why mil nce trail the baselin",
"href": "tutorials/research_notes.html#step-2-why-mil-nce-trails-the-baseline",
"section": "Step 2: why MIL-NCE trails the baseline",
"title": "Research notes: what we measured and what we learned"
},
{
"b": "step 3 tqp lora on the packag smollm2 135m earli frozen mil nce encod nam und tabl 82 1 by nearest class text reach 78 2 exact rank aft two epoch below that s own classifi and every cross entropy baselin in so target sugar at least match is not met thi budget reason show numb only read featur a linear prob thos 80 8 python benchmark nw ucla step2 analysi py data path to work out bench sam run llm stag doe yet use them ful 7 act split it trail its 10 point 79 6 against 89 4 zero shot token one with l 16 64 giv 53 5 50 do best far from sweep compar equal converg model both recognis thre held abov chanc 47 45 9 33 ask about all ten nev answ train fix seven instruct pref label learnt writ detail figur command tutorial",
"c": "research not what we measur and learn",
"h": "step 3 the llm on a frozen encod",
"href": "tutorials/research_notes.html#step-3-the-llm-on-a-frozen-encoder",
"section": "Step 3: the LLM on a frozen encoder",
"title": "Research notes: what we measured and what we learned"
},
{
"b": "thousand of damag fil every support format each one is read correct or refus with the project s own error nam real skeleton data messy cut short by a full disk hand edit label stray binary in fold nan from track user should nev see bar keyerror indexerror deep insid and must accept silent non finit coordinat reach train mutat byt valid way that happen practic sourc",
"c": "",
"h": "fuzz the read",
"href": "fuzz.html",
"section": "",
"title": "Fuzzing the readers"
},
{
"b": "kind damag byt one random realistic corrupt of data typ default detail content a valid fil rng sourc randomness seed it for repeatabl return tupl export fuzz writ each vers und the original nam read pars too call and sort outcom result is check non finit coordinat refus with allow error messag that or an escap any oth except without accept keep sampl traceback fix",
"c": "fuzz the read",
"h": "mutat",
"href": "fuzz.html#mutate",
"section": "mutate",
"title": "Fuzzing the readers"
},
{
"b": "read n damag copy of the valid fil path with count outcom keep escap typ default detail a rais one allow is clean refusal s format to int 200 numb seed 0 tupl non except dataerror nam in messag bool tru must els it as an return dict cas refus kind what happen export sourc",
"c": "fuzz the read",
"h": "fuzz",
"href": "fuzz.html#fuzz",
"section": "fuzz",
"title": "Fuzzing the readers"
},
{
"b": "one entry per read on the valid fil in test data 150 cas run suit ci by default set sugar fuzz for a long slow cell below 2 000 sourc",
"c": "fuzz the read",
"h": "every format",
"href": "fuzz.html#every-format",
"section": "Every format",
"title": "Fuzzing the readers"
},
{
"b": "format read valid fil allow error for every typ default detail return list export sourc",
"c": "fuzz the read",
"h": "fuzz target",
"href": "fuzz.html#fuzz_targets",
"section": "fuzz_targets",
"title": "Fuzzing the readers"
},
{
"b": "fuzz every target of with n cas typ default detail int non damag copy per sugar els 150 seed 0 the sam for return list one report its format add export sourc",
"c": "fuzz the read",
"h": "fuzz all",
"href": "fuzz.html#fuzz_all",
"section": "fuzz_all",
"title": "Fuzzing the readers"
},
{
"b": "the first 12 000 cas run found thre escap now fix and kept her as regress test an ntu joint coordinat of 1e308 is finit a float64 but becom inf in float32 read check valu pku mmd label fil with 20 digit integ rais numpy s overflowerror refus by rang long 2 damag copy each 24 about minut on cor",
"c": "fuzz the read",
"h": "what the fuzz found",
"href": "fuzz.html#what-the-fuzzer-found",
"section": "What the fuzzer found",
"title": "Fuzzing the readers"
},
{
"b": "train kill with sigkill at random moment insid its epoch resum from run fold and end the metric of an uninterrupt sam float for step 2 to round 3 long die out memory pre empt cloud machin a clos laptop sugar s command writ every checkpoint atomical temporary fil renam into plac so leav old or new one nev half rerun thi notebook check that promis hard way it start pretrain finetun as real subprocess send 9 whil they until finish compar final seed on cpu must be identical becaus data ord augmentat are funct sampl optimis rng stat in agre see below why small model tiny test keep fast help export crash benchmark repeat py can cycl many tim",
"c": "",
"h": "crash safety",
"href": "crash.html",
"section": "",
"title": "Crash safety"
},
{
"b": "a kill only test someth if it land whil the run is train aft checkpoint exist so ther to resum and befor last epoch sav tim record on an uninterrupt moment each written which giv length of wait until process start has itself restart first spend second load with old already then at uniform within one from left behind wheth insid not sourc",
"c": "crash safety",
"h": "kill a run insid an epoch",
"href": "crash.html#killing-a-run-inside-an-epoch",
"section": "Killing a run inside an epoch",
"title": "Crash safety"
},
{
"b": "the command lin of sugar arg out with thi environment s typ default detail argument aft e g pretrain epoch 1 str each run fold pass as return list for subprocess export sourc",
"c": "crash safety",
"h": "sugar cmd",
"href": "crash.html#sugar_cmd",
"section": "sugar_cmd",
"title": "Crash safety"
},
{
"b": "the 0 bas epoch stor in checkpoint path non absent or unreadabl typ default detail a step 2 pt 3 stat export sourc",
"c": "crash safety",
"h": "sav epoch",
"href": "crash.html#saved_epoch",
"section": "saved_epoch",
"title": "Crash safety"
},
{
"b": "run sugar arg to the end tim writ of out mark assertionerror if it fail typ default detail argument aft see cmd fold str checkpoint fil in whos are e g pt return list second from start at each export sourc",
"c": "crash safety",
"h": "tim run",
"href": "crash.html#timed_run",
"section": "timed_run",
"title": "Crash safety"
},
{
"b": "run sugar arg sigkill it at random moment up to max kill tim then let finish typ default detail argument aft see cmd out fold each start s stder goe i besid mark str checkpoint fil in whos writ signal a sav epoch int of the is insid if isn t last float second an com uniform within thi rng draw 3 follow by rerun that resum return list one dict per non no export sourc crash cycl whol experiment for command uninterrupt and sam two metric sid",
"c": "crash safety",
"h": "kill run",
"href": "crash.html#killed_run",
"section": "killed_run",
"title": "Crash safety"
},
{
"b": "clean run and kill resum of sugar arg in work their metric the typ default detail argument aft see cmd fold for two mark str checkpoint written each epoch pt or stat int command train seed 0 moment max 3 return dict s json second export sourc",
"c": "crash safety",
"h": "crash cycl",
"href": "crash.html#crash_cycle",
"section": "crash_cycle",
"title": "Crash safety"
},
{
"b": "the data valu of tiny nw ucla fold in packag s test typ default detail return str export sourc",
"c": "crash safety",
"h": "tiny data",
"href": "crash.html#tiny_data",
"section": "tiny_data",
"title": "Crash safety"
},
{
"b": "a small step 2 mil nce command on the tiny test fold typ default detail epoch int 6 train return list argument aft sugar see cmd export sourc",
"c": "crash safety",
"h": "step2 arg",
"href": "crash.html#step2_args",
"section": "step2_args",
"title": "Crash safety"
},
{
"b": "a small step 3 command tiny random llama one optimis per epoch typ default detail pretrain the sugar run fold its encod is frozen llm model hug fac id or int 6 train each return list argument aft see cmd export sourc",
"c": "crash safety",
"h": "step3 arg",
"href": "crash.html#step3_args",
"section": "step3_args",
"title": "Crash safety"
},
{
"b": "eight epoch of mil nce thre random kill each within an aft a checkpoint sourc",
"c": "crash safety",
"h": "step 2",
"href": "crash.html#step-2",
"section": "Step 2",
"title": "Crash safety"
},
{
"b": "per epoch record without their tim which dif between two run of one computat typ default detail history list dict a s metric return the sam key end in or sampl export sourc checkpoint truncat by someth oth than our writ copy cut short full disk elsewher is detect with clear messag and nev load",
"c": "crash safety",
"h": "untim",
"href": "crash.html#untimed",
"section": "untimed",
"title": "Crash safety"
},
{
"b": "the recognis with a tiny random llama eight epoch of one optimis step each thre kill within an aft stat was sav end by swap fold into plac and then writ pt so land in forward backward pass insid onc left half delet recogniz old behind next fail on it sugar asset settl dir now finish interrupt see python benchmark crash repeat py tim 10 thi cycl ten different schedul 3 s loss are compar to 1e 4 not for equality ci fresh clon 2 cor intel xeon resum run from its first differ uninterrupt sixth significant digit 7 383297 against 383289 her gav equal float separat process too load sam weight but allocat tensor anoth ord cpu matrix library may round memory alignment mkl promis only conditional reproducibility mod lost piec would show far abov mov about 0 05 history print below restart or dropout stream chang that top 1 5 still exact",
"c": "crash safety",
"h": "step 3",
"href": "crash.html#step-3",
"section": "Step 3",
"title": "Crash safety"
},
{
"b": "memory doe not grow with sequenc length long record are cut to a fix window befor the encod and stor dataset map rath than read whol skeleton vary from second several minut every train featur extract path in sugar first resampl 52 or 64 fram so s activat which dominat sam for 300 3 000 clip step see numb l of act token check below full siz 2 10 block 128 256 channel one epoch on eight two person ntu layout fresh process peak resident larg skeletonset sav is open load as array it cost no sampl only its own rgb d 120 about 114 onc into such by fold reus",
"c": "",
"h": "resourc limit",
"href": "resources.html",
"section": "",
"title": "Resource limits"
},
{
"b": "wher the default model and bundl sampl data liv how packag llm weight are fetch without sugar doe not need export sourc s nev download anyth at run tim com insid pypi guid 2 what fil smollm2 135m instruct llama architectur q4 1 gguf 0 optional gemma 3 270m bas k m gemma3 four chunk assembl text encod all minilm l6 v2 gt mpnet part 001 005 a split zip unpack is an ordinary dependency its metadata requir cpp python c build that use sinc transform read itself install it with no dep would leav pip check broken so instead ask to wheel against own record hash extract just into fold command in readm onc fiv sam way on request see second below",
"c": "",
"h": "offlin default asset",
"href": "assets.html",
"section": "",
"title": "Offline default assets"
},
{
"b": "a default model or data fil is miss damag the messag say which and how to get it export sourc",
"c": "offlin default asset",
"h": "asseterror",
"href": "assets.html#asseterror",
"section": "AssetError",
"title": "Offline default assets"
},
{
"b": "sugar s data fold hom default cach typ detail return path export sourc packag are locat with importlib util find spec which a without run its init llm smollm2 py import and llama cpp not install",
"c": "offlin default asset",
"h": "sugar hom",
"href": "assets.html#sugar_home",
"section": "sugar_home",
"title": "Offline default assets"
},
{
"b": "fold of an install packag found without import it non if absent typ default detail nam str the e g llama cpp export sourc",
"c": "offlin default asset",
"h": "packag dir",
"href": "assets.html#package_dir",
"section": "package_dir",
"title": "Offline default assets"
},
{
"b": "default llm gguf look in ord at sugar any fil you point it an install smollm2 packag if yourself with its dependency and hom model sourc",
"c": "offlin default asset",
"h": "the default llm fil",
"href": "assets.html#the-default-llm-file",
"section": "The default LLM file",
"title": "Offline default assets"
},
{
"b": "plac search for the default gguf in ord typ detail return list sourc",
"c": "offlin default asset",
"h": "llm candidat",
"href": "assets.html#llm_candidates",
"section": "llm_candidates",
"title": "Offline default assets"
},
{
"b": "path of the default llm gguf fil a clear asseterror if it is nowher typ detail return export sourc text encod ship as an ordinary dependency",
"c": "offlin default asset",
"h": "default llm gguf",
"href": "assets.html#default_llm_gguf",
"section": "default_llm_gguf",
"title": "Offline default assets"
},
{
"b": "fold of the packag all minilm l6 v2 config tokeniz safetensor typ default detail return path export sourc fil written through a temporary tempfil mkstemp mak them privat mod 0600 get permiss an ordinary would hav so atomic writ do not chang who can read sugar s output",
"c": "offlin default asset",
"h": "default text encod dir",
"href": "assets.html#default_text_encoder_dir",
"section": "default_text_encoder_dir",
"title": "Offline default assets"
},
{
"b": "permiss bit a new fil or directory get und the current umask typ default detail bool fals tru for bas 0o777 els 0o666 return int export sourc every output sugar writ checkpoint cach knowledg figur stor goe through one of two context manag atomic hand out temporary path besid destinat and renam it into plac only if block finish dir doe sam fold an exist is swap then remov crash except leav previou vers nev half written",
"c": "offlin default asset",
"h": "umask mod",
"href": "assets.html#umask_mode",
"section": "umask_mode",
"title": "Offline default assets"
},
{
"b": "yield a temporary path besid on success normal permiss renam to typ default detail the fil writ its parent fold are creat sourc",
"c": "offlin default asset",
"h": "atomic fil",
"href": "assets.html#atomic_file",
"section": "atomic_file",
"title": "Offline default assets"
},
{
"b": "finish a fold swap that kill interrupt return the now absent out copy s path typ default detail atomic dir may hav been replac sourc",
"c": "offlin default asset",
"h": "settl dir",
"href": "assets.html#settle_dir",
"section": "settle_dir",
"title": "Offline default assets"
},
{
"b": "yield a temporary fold next to on success swap it into plac of typ default detail the creat or replac as whol sourc",
"c": "offlin default asset",
"h": "atomic dir",
"href": "assets.html#atomic_dir",
"section": "atomic_dir",
"title": "Offline default assets"
},
{
"b": "tru in a terminal or jupyt kernel wher progress bar are shown by default typ detail return bool export sourc kill 9 can land insid the swap itself two window mat and both simulat her leav stat such whil previou vers was being delet half stor old besid new renam onto non empty fold would then fail between no settl dir finish eith atomic call it first",
"c": "offlin default asset",
"h": "interactiv",
"href": "assets.html#interactive",
"section": "interactive",
"title": "Offline default assets"
},
{
"b": "a wheel is zip fil whos record list every memb with its sha 256 urlsaf base64 no pad we stream the gguf out of into temporary besid destinat check hash and siz against only then renam it plac os replac atomic on one filesystem an interrupt or corrupt fetch nev leav that look usabl sourc",
"c": "offlin default asset",
"h": "fetch the gguf from wheel",
"href": "assets.html#fetching-the-gguf-from-the-wheel",
"section": "Fetching the GGUF from the wheel",
"title": "Offline default assets"
},
{
"b": "extract memb of wheel to dest atomical aft check it against the s record typ default detail path a zip fil with dist info str archiv insid wher writ return export sourc test on small we build her real one is 93 mb good tamper refus and leav noth behind fetch llm weight get or tak you already hav for machin without packag index gguf into sugar hom model",
"c": "offlin default asset",
"h": "extract verifi",
"href": "assets.html#extract_verified",
"section": "extract_verified",
"title": "Offline default assets"
},
{
"b": "download nev install packag vers as a wheel into dest with thi python s pip typ default detail str distribut nam on the index exact to fold that receiv return path sourc",
"c": "offlin default asset",
"h": "download wheel",
"href": "assets.html#download_wheel",
"section": "download_wheel",
"title": "Offline default assets"
},
{
"b": "put a packag llm s gguf in plac idempotent return its path typ default detail wheel non local gemma fold with fiv pip dest destinat fil sugar hom model nam forc bool fals extract again even if the exist str smollm2 which or export sourc",
"c": "offlin default asset",
"h": "fetch llm weight",
"href": "assets.html#fetch_llm_weights",
"section": "fetch_llm_weights",
"title": "Offline default assets"
},
{
"b": "gemma 3 270m is a bas model not instruct tun which suit the pap s few shot mot prompt and twic smollm2 siz its q4 k m gguf 253 mb too larg for one pypi fil so it ship in four chunk packag gemma3 part1 part4 hold sha 256 of whol data sha256sum an assembl we do run that import they would hav to be install job on wheel as every stream out check against record are concatenat ord into temporary result renam plac only if equal giv sourc",
"c": "offlin default asset",
"h": "a second llm gemma 3 270m",
"href": "assets.html#a-second-llm-gemma-3-270m",
"section": "A second LLM: Gemma-3-270M",
"title": "Offline default assets"
},
{
"b": "the hex sha 256 of nam in a sha256sum styl list typ default detail text str one per lin fil to look up binary mod mark befor it is ignor src wher cam from error return export sourc assembl chunk concatenat plain or wheel memb pair that are check against their s record on way and keep result only if whol has expect",
"c": "offlin default asset",
"h": "sha256 from sum",
"href": "assets.html#sha256_from_sums",
"section": "sha256_from_sums",
"title": "Offline default assets"
},
{
"b": "concatenat chunk into dest atomical if the result has expect sha 256 typ default detail list in ord fil or wheel memb pair sha256 str hex of whol wher to writ only match return path export sourc a tiny fak show it thre as and wrong miss tamper are all refus leav noth behind fetch gemma weight find fiv fold you giv download with pip read from assembl s itself check against record sugar hom model packag already install gemma3 270m q4 k m gguf their used is then lik llm smollm2 sam call",
"c": "offlin default asset",
"h": "assembl chunk",
"href": "assets.html#assemble_chunks",
"section": "assemble_chunks",
"title": "Offline default assets"
},
{
"b": "assembl the gemma 3 270m gguf from its chunk packag check by sha 256 idempotent typ default detail wheel non fold with fiv install or pip dest destinat fil sugar hom model forc bool fals again even if exist return path sourc",
"c": "offlin default asset",
"h": "fetch gemma weight",
"href": "assets.html#fetch_gemma_weights",
"section": "fetch_gemma_weights",
"title": "Offline default assets"
},
{
"b": "path of the assembl gemma 3 270m gguf a clear asseterror if it is nowher typ default detail return export sourc whol on fak wheel laid out exact lik real one tiny chunk memb nam then with tamper sha256sum",
"c": "offlin default asset",
"h": "default gemma gguf",
"href": "assets.html#default_gemma_gguf",
"section": "default_gemma_gguf",
"title": "Offline default assets"
},
{
"b": "all mpnet bas v2 sentenc transform 768 dimens is a strong encod than the default minilm it reach packag index as one 404 mb zip of its model fold split into fiv pypi part 001 005 vers 0 1 each wheel hold input 00n fetch text weight command sugar put togeth way gemma s gguf then unpack are download with pip nev install or taken from you giv stream out check against that record and append to besid destinat whol must hav sha 256 we when thes so chang reorder refus config json fil extract memb by crc on path would leav window desktop ini lit skip temporary swap hom only complet atomic dir peak disk use about thre tim 3 gb what stay 439 already return at onc forc tru rebuild map fetchabl anoth mor entry export sourc",
"c": "offlin default asset",
"h": "a second text encod all mpnet bas v2",
"href": "assets.html#a-second-text-encoder-all-mpnet-base-v2",
"section": "A second text encoder: all-mpnet-base-v2",
"title": "Offline default assets"
},
{
"b": "assembl a split zip text encod from its wheel and unpack it check idempotent typ default detail nam str mpnet which key of weight non fold hold part download them with pip dest model to creat sugar hom forc bool fals rebuild the even if is already complet return path export sourc",
"c": "offlin default asset",
"h": "fetch text weight",
"href": "assets.html#fetch_text_weights",
"section": "fetch_text_weights",
"title": "Offline default assets"
},
{
"b": "fold of the fetch all mpnet bas v2 a clear asseterror if it is nowher typ default detail return path export sourc whol on miniatur tiny model zip as real one with sub and desktop ini split into thre wheel register fetchabl encod damag or reorder part without memb that would leav are refus noth behind",
"c": "offlin default asset",
"h": "default mpnet dir",
"href": "assets.html#default_mpnet_dir",
"section": "default_mpnet_dir",
"title": "Offline default assets"
},
{
"b": "aft installat the real gguf must be found and pars as a llama architectur model info read only head fil is memory map so thi run in second or two sourc",
"c": "offlin default asset",
"h": "a real check of the install weight",
"href": "assets.html#a-real-check-of-the-installed-weights",
"section": "A real check of the installed weights",
"title": "Offline default assets"
},
{
"b": "architectur nam lay count hidden siz and tensor from a gguf fil s head typ default detail path model return dict export sourc",
"c": "offlin default asset",
"h": "gguf info",
"href": "assets.html#gguf_info",
"section": "gguf_info",
"title": "Offline default assets"
},
{
"b": "test data in the repository hold small fil real format written by project itself see its readm they are found relativ to packag when sugar is install from a clon pip e sourc",
"c": "offlin default asset",
"h": "bundl sampl data",
"href": "assets.html#bundled-sample-data",
"section": "Bundled sample data",
"title": "Offline default assets"
},
{
"b": "the repository s test data fold sugar overrid typ default detail return path export sourc",
"c": "offlin default asset",
"h": "test data dir",
"href": "assets.html#tests_data_dir",
"section": "tests_data_dir",
"title": "Offline default assets"
},
{
"b": "the official class nam of every support benchmark in label ord ship as text fil sugar asset act one per lin read a packag list by or your own from blank and start with are ignor sourc",
"c": "offlin default asset",
"h": "act list",
"href": "assets.html#action-lists",
"section": "Action lists",
"title": "Offline default assets"
},
{
"b": "class nam of a packag act list see or text fil one per lin typ default detail path in utf 8 skip return export sourc",
"c": "offlin default asset",
"h": "act nam",
"href": "assets.html#action_names",
"section": "action_names",
"title": "Offline default assets"
},
{
"b": "an offlin build for the project s readm and html documentat sit nbdev notebook process no quarto rend doc with which thi cannot install modul keep sam processor proc nbs run front mat hid show execut link replac only last step turn into md a static in that work from local fold on github pag math is render to mathml whil built so need script network it two consol wrap sugar both are deterministic ci can rebuild git dif exit cod check then read way would fail junk terminal control charact progress bar path of machin ran unrender broken undocument paramet sourc",
"c": "",
"h": "doc sit and readm",
"href": "site.html",
"section": "",
"title": "Docs site and README"
},
{
"b": "the sit or readm can t be built a has problem messag nam fil export sourc",
"c": "doc sit and readm",
"h": "siteerror",
"href": "site.html#siteerror",
"section": "SiteError",
"title": "Docs site and README"
},
{
"b": "someth was skip e g a sidebar entry for notebook that doesn t exist yet export sourc",
"c": "doc sit and readm",
"h": "sitewarn",
"href": "site.html#sitewarning",
"section": "SiteWarning",
"title": "Docs site and README"
},
{
"b": "pag are nam lik nbdev them and the link in modidx py expect notebook s fil low cas without a lead numb prefix such as 00 00a or 09 fold kept sourc",
"c": "doc sit and readm",
"h": "pag nam and link",
"href": "site.html#page-names-and-links",
"section": "Page names and links",
"title": "Docs site and README"
},
{
"b": "sit path of the pag for notebook nb numb prefix strip html typ default detail str a relativ to nbs e g 00 skeleton ipynb return export sourc",
"c": "doc sit and readm",
"h": "pag nam",
"href": "site.html#page_name",
"section": "page_name",
"title": "Docs site and README"
},
{
"b": "url of sit path target may carry a fragment as seen from pag typ default detail str e g skeleton html layout the link is on return export sourc fix rewrit every to notebook becom their into publish doc host baseurl which how nbdev writ such s relativ so sam fil work local fold and github with absolut tru readm read pypi are mad first build then point thos that land at itself rend exist in clon",
"c": "doc sit and readm",
"h": "rel url",
"href": "site.html#rel_url",
"section": "rel_url",
"title": "Docs site and README"
},
{
"b": "rewrit url notebook link pag publish sit relativ typ default detail str the as written or nbdev s doc wrot it path of hold e g tutorial nw ucla html root http sugar ml github io absolut bool fals mak for readm return export sourc head get ids way pandoc so quarto them which is also what assum layout from dict",
"c": "doc sit and readm",
"h": "fix link",
"href": "site.html#fix_link",
"section": "fix_link",
"title": "Docs site and README"
},
{
"b": "pandoc styl head id for text or html s typ default detail str may hold tag and entity return export sourc",
"c": "doc sit and readm",
"h": "slugify",
"href": "site.html#slugify",
"section": "slugify",
"title": "Docs site and README"
},
{
"b": "sourc",
"c": "doc sit and readm",
"h": "find notebook and read the sidebar",
"href": "site.html#finding-notebooks-and-reading-the-sidebar",
"section": "Finding notebooks and reading the sidebar",
"title": "Docs site and README"
},
{
"b": "notebook und nbs recursiv as sort path relativ to it except and nam typ default detail the fold return list export sourc sidebar com from hand written quarto yml entry are sect content group or href text link for that don t exist yet drop with a sitewarn",
"c": "doc sit and readm",
"h": "find nbs",
"href": "site.html#find_nbs",
"section": "find_nbs",
"title": "Docs site and README"
},
{
"b": "sidebar item from a quarto yml websit content if it is miss typ default detail path the nbs notebook fold its entry are relativ to return list export sourc",
"c": "doc sit and readm",
"h": "read sidebar",
"href": "site.html#read_sidebar",
"section": "read_sidebar",
"title": "Docs site and README"
},
{
"b": "notebook of a sidebar in ord typ default detail item list from read return export sourc",
"c": "doc sit and readm",
"h": "sidebar pag",
"href": "site.html#sidebar_pages",
"section": "sidebar_pages",
"title": "Docs site and README"
},
{
"b": "notebook go through nbdev s own processor filterdefault as proc nbs use them with thes chang show export cell are shown lik their doc api block first then the sourc fold clos und hold only import stay hidden standard hid entir exec replac a that mix oth cod run its instead of fail build rais see faq error ther and nam fil order befor add mv when one defin several symbol com in ord insert revers all mov link sitelookup which also know thi project from lib path modidx py so work wheth or not packag is install warn an html comment for quarto drop",
"c": "doc sit and readm",
"h": "nbdev process",
"href": "site.html#nbdev-processing",
"section": "nbdev processing",
"title": "Docs site and README"
},
{
"b": "treat export as api doc then the fold sourc except import only cell typ default detail a notebook with nbdev s directiv",
"c": "doc sit and readm",
"h": "show export",
"href": "site.html#show_exports",
"section": "show_exports",
"title": "Docs site and README"
},
{
"b": "cod to run for doc whol export or show cell the import of oth els typ default detail a notebook with nbdev s directiv return str sourc",
"c": "doc sit and readm",
"h": "doc sourc",
"href": "site.html#doc_source",
"section": "doc_source",
"title": "Docs site and README"
},
{
"b": "nbdev s exec show doc but mix cell run their import only and error nam the notebook export sourc",
"c": "doc sit and readm",
"h": "exec doc",
"href": "site.html#exec_docs",
"section": "exec_docs",
"title": "Docs site and README"
},
{
"b": "nbdev s add show doc with the cell of one export in sourc ord",
"c": "doc sit and readm",
"h": "order show doc",
"href": "site.html#ordered_show_docs",
"section": "ordered_show_docs",
"title": "Docs site and README"
},
{
"b": "mov each export cell aft all of its show doc nbdev s mv past one sourc a that defin two symbol get their api block in the ord it them then sitelookup extend nbdevlookup tabl behind link and with thi project own read straight from lib path modidx py except privat lead underscor they hav no so to would nowher",
"c": "doc sit and readm",
"h": "doc befor sourc",
"href": "site.html#docs_before_source",
"section": "docs_before_source",
"title": "Docs site and README"
},
{
"b": "root url of the publish sit from set ini doc host baseurl typ default detail cfg nbdev config project return str export sourc",
"c": "doc sit and readm",
"h": "sit url",
"href": "site.html#site_url",
"section": "site_url",
"title": "Docs site and README"
},
{
"b": "nbdevlookup plu thi project s symbol from lib path modidx py install or not typ default detail cfg nbdev config of the export sourc",
"c": "doc sit and readm",
"h": "sitelookup",
"href": "site.html#sitelookup",
"section": "SiteLookup",
"title": "Docs site and README"
},
{
"b": "nbdev s add link processor using lookup typ default detail symbol tabl for the a sitelookup export sourc",
"c": "doc sit and readm",
"h": "mk add link",
"href": "site.html#mk_add_links",
"section": "mk_add_links",
"title": "Docs site and README"
},
{
"b": "show doc block get a clean signatur and paramet tabl nam typ default docment comment as in nbdev s quarto pag the install fastcor rend insid instead both com from inspect so non read inf nonetyp it only sup class no return row property are shown symbol docstr defin itself own nev one inherit bas dataclass mak up its or object call self funct without is mark descript visibl on check sit can count sourc",
"c": "doc sit and readm",
"h": "api block",
"href": "site.html#api-blocks",
"section": "API blocks",
"title": "Docs site and README"
},
{
"b": "the docstr sym defin itself class or their own init s clean if non typ default detail a funct method property callabl object return str export sourc",
"c": "doc sit and readm",
"h": "own doc",
"href": "site.html#own_doc",
"section": "own_doc",
"title": "Docs site and README"
},
{
"b": "show doc markdown sourc link head signatur own docstr then a paramet tabl typ default detail sym the symbol to document arg pass on nbdev s render nam titl level kwarg export funct with non and an undocument load n record path str wher read from bundl fil no descript kw return list dataclass row invent property span fram rang start int first stop one past last end process nb run processor over notebook insid env project root as work directory sys in test set proc nbs doe using doctablerender",
"c": "doc sit and readm",
"h": "doctablerender",
"href": "site.html#doctablerenderer",
"section": "DocTableRenderer",
"title": "Docs site and README"
},
{
"b": "work directory sys path in test and show doc render for cfg s notebook typ default detail nbdev config of the project lookup non symbol tabl sourc link export",
"c": "doc sit and readm",
"h": "doc env",
"href": "site.html#docs_env",
"section": "docs_env",
"title": "Docs site and README"
},
{
"b": "nbdev s doc processor with thi modul substitut see abov typ default detail lookup symbol tabl for link a sitelookup return list export sourc",
"c": "doc sit and readm",
"h": "sit proc",
"href": "site.html#site_procs",
"section": "site_procs",
"title": "Docs site and README"
},
{
"b": "read and process notebook path for doc call insid env error nam the fil typ default detail lookup symbol tabl link a sitelookup export sourc",
"c": "doc sit and readm",
"h": "process nb",
"href": "site.html#process_nb",
"section": "process_nb",
"title": "Docs site and README"
},
{
"b": "a process notebook is flatten into block markdown text cod with its fold set and output quarto cell opt left in the sourc by nbdev are honour her echo fals asi includ summary",
"c": "doc sit and readm",
"h": "from cell to block",
"href": "site.html#from-cells-to-blocks",
"section": "From cells to blocks",
"title": "Docs site and README"
},
{
"b": "split lead quarto key valu lin off sourc opt dict remain typ default detail str a cod cell s return tupl export",
"c": "doc sit and readm",
"h": "cell opt",
"href": "site.html#cell_opts",
"section": "cell_opts",
"title": "Docs site and README"
},
{
"b": "flatten notebook nb into md cod and output block honour quarto cell opt typ default detail a process by return list export sourc",
"c": "doc sit and readm",
"h": "nb block",
"href": "site.html#nb_blocks",
"section": "nb_blocks",
"title": "Docs site and README"
},
{
"b": "sav output are what the notebook print on machin that ran it and som of is nois a static pag tqdm progress bar stder updat separat by carriag return library deprecat warn with sourc lin python und them matplotlib s complaint about glyph miss from its font terminal control charact path temporary fold sit packag hom work clean so real mix stay an noth left not shown sam serv readm",
"c": "doc sit and readm",
"h": "clean output",
"href": "site.html#cleaning-outputs",
"section": "Cleaning outputs",
"title": "Docs site and README"
},
{
"b": "remov terminal colour cod typ default detail s str text that may hold escap sequenc return export sourc",
"c": "doc sit and readm",
"h": "strip ansi",
"href": "site.html#strip_ansi",
"section": "strip_ansi",
"title": "Docs site and README"
},
{
"b": "remov terminal colour cod and every control charact except newlin tab typ default detail s str text that may hold return export sourc mojibak is utf 8 was decod as window 1252 or latin 1 somewher on its way show tqdm fix such sequenc back valid of two to four byt do not occur by chanc in real so without them left alon",
"c": "doc sit and readm",
"h": "strip control",
"href": "site.html#strip_controls",
"section": "strip_controls",
"title": "Docs site and README"
},
{
"b": "decod utf 8 that was shown as window 1252 or latin 1 oth text is unchang typ default detail s str may hold mojibak return export sourc path are replac by neutral placehold tmp for a temporary fold everyth up to its first level e g tempfil an ipython kernel sit packag install project und the work area held and hom",
"c": "doc sit and readm",
"h": "fix mojibak",
"href": "site.html#fix_mojibake",
"section": "fix_mojibake",
"title": "Docs site and README"
},
{
"b": "s with the path of machin that ran notebook as placehold such tmp typ default detail str text or html escap tru bool fals writ lt gt return export sourc",
"c": "doc sit and readm",
"h": "hid path",
"href": "site.html#hide_paths",
"section": "hide_paths",
"title": "Docs site and README"
},
{
"b": "text output for read control charact remov mojibak fix machin path hidden typ default detail s str a or html with escap tru bool fals writ the placehold as return export sourc",
"c": "doc sit and readm",
"h": "clean text",
"href": "site.html#clean_text",
"section": "clean_text",
"title": "Docs site and README"
},
{
"b": "stream output for read no progress bar warn with their sourc lin glyph not typ default detail text str the of a stdout or stder return export mix library its matplotlib and two real keep only is tell wheth noth but updat",
"c": "doc sit and readm",
"h": "clean stream",
"href": "site.html#clean_stream",
"section": "clean_stream",
"title": "Docs site and README"
},
{
"b": "tru for a stder stream output mad only of progress bar updat typ default detail o notebook return bool export sourc markdown that cell display result tabl report is part s so its head must not compet with the pag own demot mov them down largest an h4 becom below every sect and out on thi already written stay as it",
"c": "doc sit and readm",
"h": "is progress",
"href": "site.html#is_progress",
"section": "is_progress",
"title": "Docs site and README"
},
{
"b": "markdown md with its head mov down so that non is abov level top not in cod typ default detail str int 4 the largest get at least return export sourc",
"c": "doc sit and readm",
"h": "demot head",
"href": "site.html#demote_headings",
"section": "demote_headings",
"title": "Docs site and README"
},
{
"b": "markdown is render with mistun cod pygment the giv head pandoc styl ids and collect h2 h3 for on thi pag list rewrit link fix copy imag notebook attachment local fil referenc by go next to math written as in jupyt a display formula inlin it convert mathml at build tim latex2mathml which brows rend nativ so need no script network an only open when non spac follow clos preced digit pric shell variabl pros stay text nev touch sourc",
"c": "doc sit and readm",
"h": "render html",
"href": "site.html#rendering-html",
"section": "Rendering HTML",
"title": "Docs site and README"
},
{
"b": "pygment html for cod plain escap text if the languag is unknown typ default detail str sourc lang python its as nam it return export",
"c": "doc sit and readm",
"h": "highlight cod",
"href": "site.html#highlight_code",
"section": "highlight_code",
"title": "Docs site and README"
},
{
"b": "mathml for tex if it can t be read a warn and the escap sourc as cod typ default detail str latex without delimit display bool fals block formula rath than inlin math return export",
"c": "doc sit and readm",
"h": "latex html",
"href": "site.html#latex_html",
"section": "latex_html",
"title": "Docs site and README"
},
{
"b": "per pag render stat path head ids tabl of content fil to writ besid it typ default detail str sit the e g tutorial nw ucla html url publish root see fix link nb dir non fold notebook for imag export sourc",
"c": "doc sit and readm",
"h": "pagectx",
"href": "site.html#pagectx",
"section": "PageCtx",
"title": "Docs site and README"
},
{
"b": "mistun html render with head ids a toc rewritten link copi imag and mathml typ default detail ctx pagectx the pag being attachment non markdown cell s nam mim base64 export sourc two bit of quarto syntax are translat first attribut href url target blank class cls txt used by show doc callout not fenc div",
"c": "doc sit and readm",
"h": "siterender",
"href": "site.html#siterenderer",
"section": "SiteRenderer",
"title": "Docs site and README"
},
{
"b": "translat quarto only markdown link attribut callout div to plain html typ default detail md str with extens pag sit path of the it is for publish root see fix return export sourc",
"c": "doc sit and readm",
"h": "quarto md",
"href": "site.html#quarto_md",
"section": "quarto_md",
"title": "Docs site and README"
},
{
"b": "rend markdown md to html for the pag of ctx typ default detail str with quarto extens and math pagectx it goe on attachment non cell s return export sourc a display formula inlin dollar sign that are not",
"c": "doc sit and readm",
"h": "md html",
"href": "site.html#md_html",
"section": "md_html",
"title": "Docs site and README"
},
{
"b": "html for one output stream error markdown imag text clean if non is left typ default detail o notebook ctx pagectx the pag it goe on asi bool fals its cell has how nbdev mark show doc return str export sourc a s are sav in chunk stdout and stder interleav onc progress bar gon of that follow each oth join so read see block per as jupyt",
"c": "doc sit and readm",
"h": "output html",
"href": "site.html#output_html",
"section": "output_html",
"title": "Docs site and README"
},
{
"b": "block with stream clean empty one drop neighbour of join typ default detail list from nb return export sourc",
"c": "doc sit and readm",
"h": "merg stream",
"href": "site.html#merge_streams",
"section": "merge_streams",
"title": "Docs site and README"
},
{
"b": "html for a pag body from nb block cod and its output are group into one cell typ default detail list ctx pagectx the they go on return str export sourc",
"c": "doc sit and readm",
"h": "block html",
"href": "site.html#blocks_html",
"section": "blocks_html",
"title": "Docs site and README"
},
{
"b": "sourc",
"c": "doc sit and readm",
"h": "the pag templat",
"href": "site.html#the-page-template",
"section": "The page template",
"title": "Docs site and README"
},
{
"b": "escap s for html turn cod span into typ default detail str plain text with e g a pag titl return export sourc",
"c": "doc sit and readm",
"h": "inlin md",
"href": "site.html#inline_md",
"section": "inline_md",
"title": "Docs site and README"
},
{
"b": "a complet html pag top bar sidebar content on thi prev next link typ default detail p dict the sit path titl and descript may hold cod body str its as toc entry level id text nav s previou or non nxt cfg nbdev config vers repository return export sourc",
"c": "doc sit and readm",
"h": "pag html",
"href": "site.html#page_html",
"section": "page_html",
"title": "Docs site and README"
},
{
"b": "one hand written stylesheet plu pygment highlight rul and a small search script the index is js fil rath than json so it also load from wher brows refus fetch export sourc",
"c": "doc sit and readm",
"h": "static asset",
"href": "site.html#static-assets",
"section": "Static assets",
"title": "Docs site and README"
},
{
"b": "the search box rank what it find a pag whos titl or fil nam tqp match com first then sect head that only ment word are compar by their stem so evaluat and train is short list of english suffix rul build writ into js wher few lin javascript app them to read typ index hold each entry s text comput her use one twic get for sourc",
"c": "doc sit and readm",
"h": "search",
"href": "site.html#search",
"section": "Search",
"title": "Docs site and README"
},
{
"b": "a crud english stem of word as the sit s search script comput it typ default detail str one return export sourc",
"c": "doc sit and readm",
"h": "stem",
"href": "site.html#stem",
"section": "stem",
"title": "Docs site and README"
},
{
"b": "search entry for a pag the then one per h2 h3 head stem of and text typ default detail p dict titl descript body str its content as html return list export sourc script sitestem mirror sitesearch scor every an exact count mor than prefix so eval still find evaluat whil drop that miss word",
"c": "doc sit and readm",
"h": "search entry",
"href": "site.html#search_entries",
"section": "search_entries",
"title": "Docs site and README"
},
{
"b": "the sit s search js stem rul index then script typ default detail list entry from return str export sourc rank on a small run with nod wher it is install pag titl evaluat first sect head model that only ment in its text train find eval word being sam as",
"c": "doc sit and readm",
"h": "search js",
"href": "site.html#search_js",
"section": "search_js",
"title": "Docs site and README"
},
{
"b": "export sourc",
"c": "doc sit and readm",
"h": "build the sit",
"href": "site.html#building-the-site",
"section": "Building the site",
"title": "Docs site and README"
},
{
"b": "build the html documentat sit of notebook in nbs into dest return its fil typ default detail path non fold set ini output doc cfg nbdev config get from work directory quiet bool tru don t print one lin per pag list export sourc",
"c": "doc sit and readm",
"h": "build sit",
"href": "site.html#build_site",
"section": "build_site",
"title": "Docs site and README"
},
{
"b": "check sit read every pag of a built and list by with snippet what should nev see control charact math left as raw stder block hold progress bar path the machin that ran notebook random temporary fold packag hom or work sourc cod shown on is not search output pros are link to fil an anchor doe exist paramet document funct without descript ci run it aft build doc export",
"c": "doc sit and readm",
"h": "check the built sit",
"href": "site.html#checking-the-built-site",
"section": "Checking the built site",
"title": "Docs site and README"
},
{
"b": "paramet shown without a descript on built sit pag symbol typ default detail dest path non set ini doc return dict export sourc",
"c": "doc sit and readm",
"h": "undocument param",
"href": "site.html#undocumented_params",
"section": "undocumented_params",
"title": "Docs site and README"
},
{
"b": "check a built sit as read see it siteerror list every problem els its pag typ default detail dest path non set ini doc param pend whos undocument paramet are but not count return export sourc with one of each and the sam aft fix is clean",
"c": "doc sit and readm",
"h": "check sit",
"href": "site.html#check_site",
"section": "check_site",
"title": "Docs site and README"
},
{
"b": "build readm rend one notebook set ini nb i e index ipynb to github markdown titl and summary kept as cod in python fenc text output plain clean lik the sit s figur sav png fil doc imag n by default link relativ a or symbol documentat point at g nbs 00 skeleton which every clon has oth stay absolut export sourc",
"c": "doc sit and readm",
"h": "the readm",
"href": "site.html#the-readme",
"section": "The README",
"title": "Docs site and README"
},
{
"b": "github markdown for one output clean lik the sit s if noth is left typ default detail o notebook img data byt ext url stor an imag return str export sourc",
"c": "doc sit and readm",
"h": "output md",
"href": "site.html#output_md",
"section": "output_md",
"title": "Docs site and README"
},
{
"b": "github markdown for process notebook nb typ default detail a sit str publish root img data byt ext url stor an imag link dict non pag path to the return export sourc",
"c": "doc sit and readm",
"h": "readm md",
"href": "site.html#readme_md",
"section": "readme_md",
"title": "Docs site and README"
},
{
"b": "writ the readm github markdown from index notebook return its path typ default detail nb non to rend nbs dest fil md at project root img dir fold for figur doc imag cfg nbdev config get work directory export sourc",
"c": "doc sit and readm",
"h": "build readm",
"href": "site.html#build_readme",
"section": "build_readme",
"title": "Docs site and README"
},
{
"b": "sugar doc and readm are the project s consol script check sit is what ci run aft build python c from import export sourc",
"c": "doc sit and readm",
"h": "consol script",
"href": "site.html#console-scripts",
"section": "Console scripts",
"title": "Docs site and README"
},
{
"b": "build the offlin html documentat sit from all notebook nbdev process no quarto typ default detail dest str non output fold set ini doc path i e nbs quiet bool fals only print warn and error export sourc",
"c": "doc sit and readm",
"h": "sugar doc",
"href": "site.html#sugar_docs",
"section": "sugar_docs",
"title": "Docs site and README"
},
{
"b": "writ readm md from the index notebook nbdev process no quarto typ default detail dest str non markdown fil to at project root path rend nb in nbs export sourc",
"c": "doc sit and readm",
"h": "sugar readm",
"href": "site.html#sugar_readme",
"section": "sugar_readme",
"title": "Docs site and README"
},
{
"b": "check a built documentat sit exit statu 1 and its problem if it has any typ default detail dest str non set ini doc path i e param pend comma separat pag whos paramet are not all document yet export sourc",
"c": "doc sit and readm",
"h": "sugar check sit",
"href": "site.html#sugar_check_site",
"section": "sugar_check_site",
"title": "Docs site and README"
},
{
"b": "a throwaway project set ini thre notebook sidebar with miss entry built into temp fold",
"c": "doc sit and readm",
"h": "test on a tiny project",
"href": "site.html#tests-on-a-tiny-project",
"section": "Tests on a tiny project",
"title": "Docs site and README"
}
];

function siteStem(word) {
  var w = word.toLowerCase(), rules = SITE_STEM_RULES;
  for (var i = 0; i < rules.length; i++) {
    var suffix = rules[i][0], repl = rules[i][1];
    if (w.length > suffix.length && w.slice(-suffix.length) === suffix &&
        w.length - suffix.length + repl.length >= 3) {
      w = w.slice(0, -suffix.length) + repl;
      break;
    }
  }
  if (w.length > 3 && w.charAt(w.length - 1) === 'e') w = w.slice(0, -1);
  var last = w.charAt(w.length - 1);
  if (w.length > 3 && last === w.charAt(w.length - 2) && /[a-z]/.test(last) &&
      'aeioulsz'.indexOf(last) < 0) w = w.slice(0, -1);
  return w;
}
function siteSearch(index, query) {
  var stems = (query.toLowerCase().match(/[a-z0-9]+/g) || []).map(siteStem), hits = [], seen = {};
  function score(terms, q, exact, prefix) {
    var best = 0;
    for (var i = 0; i < terms.length; i++) {
      if (terms[i] === q) return exact;
      if (terms[i] && terms[i].indexOf(q) === 0) best = prefix;
    }
    return best;
  }
  if (!stems.length) return [];
  index.forEach(function (e, n) {
    if (!e._h) { e._h = e.h.split(' '); e._b = e.b.split(' '); e._c = e.c.split(' '); }
    var page = !e.section, total = 0;
    for (var k = 0; k < stems.length; k++) {
      var s = Math.max(score(e._h, stems[k], page ? 10 : 8, page ? 6 : 5),
                       score(e._b, stems[k], 3, 1), score(e._c, stems[k], 2, 1));
      if (!s) return;
      total += s;
    }
    hits.push([total, n, e]);
  });
  hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
  return hits.map(function (h) { return h[2]; }).filter(function (e) {
    if (seen[e.href]) return false;
    seen[e.href] = true;
    return true;
  });
}
(function () {
  if (typeof document === 'undefined') return;
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  if (!input || typeof SITE_SEARCH === 'undefined') return;
  var root = document.body.getAttribute('data-root') || '';
  function esc(s) {
    var codes = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'};
    return s.replace(/[&<>"]/g, function (c) { return codes[c]; });
  }
  input.addEventListener('input', function () {
    if (!input.value.trim()) { list.hidden = true; return; }
    var hits = siteSearch(SITE_SEARCH, input.value).slice(0, 15);
    list.innerHTML = hits.length ? hits.map(function (e) {
      return '<li><a href="' + root + e.href + '">' + esc(e.section || e.title) +
             '<span class="sr-page">' + esc(e.title) + '</span></a></li>';
    }).join('') : '<li class="sr-empty">No results</li>';
    list.hidden = false;
  });
  input.addEventListener('keydown', function (ev) {
    var a = list.querySelector('a');
    if (ev.key === 'Enter' && a) window.location.href = a.href;
    if (ev.key === 'Escape') { input.value = ''; list.hidden = true; }
  });
  document.addEventListener('click', function (ev) {
    if (!ev.target.closest('.search')) list.hidden = true;
  });
})();
