"""Step 2 on NW-UCLA with honest model selection: every configuration and seed trains with a validation split
(`sugar pretrain --val 0.1`: a tenth of each class's training performances, both views held out together), the
validation clips are evaluated every `--eval-every` epochs, and the test split once, after the last epoch.

    python benchmarks/nw_ucla_step2_val.py --data nw_ucla:../shared/data/nw_ucla --configs ce mil --seeds 0 1 2
    python benchmarks/nw_ucla_step2_val.py --data nw_ucla:../shared/data/nw_ucla --seeds 0 1 2 \\
        --configs mil mil:variant=paper mil:text=mpnet mil:text=mpnet,combine=1 mil:text_map=1 \\
        mil:stream=bone --opt wd=1e-4
    python benchmarks/nw_ucla_step2_val.py --data nw_ucla:../shared/data/nw_ucla --configs mil mil:text=mpnet \\
        --seeds 0 1 2 --unseen doffing,throw,carry --name nw_ucla_zs_val   # zero-shot 7 seen / 3 unseen
    python benchmarks/nw_ucla_step2_val.py --data nw_ucla:../shared/data/nw_ucla --configs mil:kinds=name \\
        --seeds 0 1 2 --unseen doffing,throw,carry --val-unseen 'stand up,pick up with two hands' \\
        --name nw_ucla_zs_vz   # zero-shot with the choice made on two of the seven trained actions
    python benchmarks/nw_ucla_step2_val.py --summarize              # rebuild the summary from the run files
    python benchmarks/nw_ucla_step2_val.py ... --dry-run            # print the runs, train nothing
    python benchmarks/nw_ucla_step2_val.py --data nw_ucla:tests_data/nw_ucla --seeds 0 --epochs 1 --val 0.25 \\
        --batch 4 --configs mil:variant=paper,text_map=1,combine=1,stream=bone --opt window=16 \\
        --name smoke --out /tmp/smoke --work /tmp/smoke/runs         # a smoke test on the test folder

A configuration is `method[:option=value,...]`: `method` is the objective (ce, mil, ce+mil) and the options are
those of `sugar pretrain` (variant, text, combine, text_map, whiten, stream, kinds, negatives, lr, wd, channels,
...); `+` in a value stands for a comma (`kinds=motion`, `channels=64+64+128`). `--opt option=value` (repeatable) applies to every
configuration. An option is passed only when given, and refused with a clear message when this version of
`sugar pretrain` does not have it, so configurations written for options still being added fail before any
training.

Each run calls `sugar.cli.pretrain` in this process (its run folder under `--work`, named by the run's
fingerprint, so an interrupted benchmark resumes) and writes `<out>/<name>_<configuration>_s<seed>.json` with
dataset, protocol, method, variant, seed, selected_on ('val'), val_top1, top1, top5, epochs, batch_size,
train_wall_s, machine, command, git_commit and more (val_top1 is the last epoch's: the epochs are fixed before
training, not picked).

Zero-shot (`--unseen A,B,C`): every run trains on the other actions only (`sugar pretrain --classes`, its validation
split carved from those), then `sugar evaluate --classes` scores the held-out actions (`test_classes: unseen`) and
all actions (`test_classes: all`) once, after the last epoch. Those records carry `protocol: zero-shot-7/3` (seen/
unseen counts of the run) and are pooled per configuration and test_classes; the choice is still made on the seen
actions' validation accuracy, never on the held-out actions. With all actions listed, each run is scored twice:
plainly and with the trained actions' scores lowered by `sugar evaluate --seen_bias auto` (the bias chosen on the
run's validation clips, `--seen-bias` to change or `none`), written as `..._all-seen-bias_s<seed>.json`. `<out>/<name>_summary.json` and `.md` pool the seeds of each configuration (mean and
sample standard deviation) and name the configuration chosen on validation (highest mean val_top1); test numbers
of the others are listed but must not be used to choose.

Stream ensembles (`--ensemble`, issue 15 item 5): with two or more configurations, e.g. `mil:stream=joint` and
`mil:stream=bone`, each seed's runs are also scored together, their class scores added with weight 1 each (fixed
in advance, as `sugar ensemble` adds them): on their validation clips (the same clips for every stream of a seed;
`val_top1`, so the ensemble competes in the choice like any configuration) and on test (zero-shot: each
`test_classes`, the seen-bias scores added as each run chose them). Written as `<name>_ens_<configurations>_s<seed>.json`
with the members' own numbers in `ensemble`; members that have not finished are skipped. Rerunning with `--ensemble`
on finished runs only resumes them (no training) and scores the ensemble:

    python benchmarks/nw_ucla_step2_val.py --data nw_ucla:../shared/data/nw_ucla --seeds 0 1 2 --ensemble \
        --configs mil:kinds=name,text=mpnet,bf16=yes mil:kinds=name,text=mpnet,bf16=yes,stream=bone \
        --unseen doffing,throw,carry --name nw_ucla_zs_stream --work /work/runs/zs_stream

Class-held-out validation (`--val-unseen D,E`, with `--unseen`; NW-UCLA): seen-action accuracy does not predict
zero-shot transfer (a configuration can gain on the seen actions' validation and lose 30 points on unseen ones), so
zero-shot configurations can instead be chosen on actions held out *of the trained ones*. Each configuration and seed
then trains a second, selection run without D and E (`sugar pretrain --classes`, the other seen actions), which
scores D and E zero-shot on their clips from the *training* views 1 and 2 (`val_zs_top1`; the test view 3 is never
read for the choice), and the summary chooses the configuration with the highest mean `val_zs_top1`. The held-out
actions D and E, like A, B, C, are to be fixed before any result is seen, and stated. This doubles the training.
`--selection-only` trains and scores the selection runs alone (`<name>_<configuration>_selection_s<seed>.json`, no
test number: the choice first, and the reported runs of the chosen configuration later, whose selection runs then
resume from `--work`).
`--prior-grid 0,0.5,1,2,4` (with `--val-unseen`) also scores the selection run's held-out actions with each text's
mean score over the run's validation clips subtracted beta times (`sugar evaluate --text_prior`: a label-free
correction of texts that draw every clip), for each beta of the grid (`prior_curve`); the best beta (`prior_beta`,
the smallest on ties) is applied once to the reported run, written as `..._unseen-prior_s<seed>.json` and
`..._all-prior_s<seed>.json` beside the plain records.
"""
import argparse, inspect, json, shlex, statistics, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine, git_commit

DATASETS = {'nw_ucla': 'NW-UCLA', 'ntu': 'NTU RGB+D', 'ntu_npz': 'NTU RGB+D', 'pku': 'PKU-MMD',
            'toyota': 'Toyota Smarthome'}
PROTOCOLS = {('nw_ucla', 'xview'): 'cross-view (train views 1,2 / test view 3)'}
TRAIN_VIEWS = 'xview-train-views'          # NW-UCLA's training views (1, 2) on the test side: class-held-out validation

def register_train_views():
    "Register `TRAIN_VIEWS`: the clips of `xview`'s training views are its test side, view 3 its training side"
    import numpy as np
    from sugar.data import register_protocol
    register_protocol(TRAIN_VIEWS, lambda s: np.asarray(s.meta['split_xview']) == 'test')

def pretrain_options() -> dict:
    "`sugar pretrain`'s options: name -> (annotation, default)"
    from sugar.cli import pretrain
    return {k: (p.annotation, p.default) for k, p in inspect.signature(pretrain).parameters.items()}

def typed(name:str, value:str, options:dict, command:str='pretrain'):
    "`value` (text) as the type of `sugar <command>`'s option `name`; '+' stands for ','"
    if name not in options:
        raise SystemExit(f"option {name!r}: this version of `sugar {command}` has no --{name} "
                         f"(it has {', '.join(options)})")
    kind = options[name][0]
    value = value.replace('+', ',') if name != 'objective' else value
    if kind is bool: return value.lower() in ('1', 'true', 'yes')
    if kind is int: return int(value)
    if kind is float: return float(value)
    return value

def parse_items(text:str, options:dict, where:str, command:str='pretrain') -> dict:
    "'a=1,b=x' -> {'a': 1, 'b': 'x'}, typed like the options of `sugar <command>`"
    out = {}
    for item in filter(None, text.split(',')):
        k, eq, v = item.partition('=')
        if not eq: raise SystemExit(f"{where}: {item!r} is not option=value")
        out[k.replace('-', '_')] = typed(k.replace('-', '_'), v, options, command)
    return out

def slug(spec:str) -> str:
    "A file-name form of a configuration"
    for a, b in ((':', '_'), (',', '_'), ('=', '-'), ('+', 'p'), ('@', 'at'), ('/', '_')):
        spec = spec.replace(a, b)
    return spec

def cli_line(kw:dict) -> str:
    "The `sugar pretrain` command equivalent to calling it with `kw`"
    parts = ['sugar', 'pretrain']
    for k, v in kw.items():
        if isinstance(v, bool): parts += [f'--{k}'] if v else []
        else: parts += [f'--{k}', str(v)]
    return shlex.join(parts)

def result(spec:str, seed:int, kw:dict, run:Path, wall:float) -> dict:
    "The result record of one finished run, from its run folder"
    conf = json.loads((run/'config.json').read_text())
    hist = json.loads((run/'metrics.json').read_text())
    cfg = conf['step2']
    head = 'text' if 'mil' in cfg['objective'] else 'ce'
    last = hist[-1] if hist else {}
    tested = [h for h in hist if f'{head}_top1' in h]
    pct = lambda v: None if v is None else round(100 * v, 2)
    reader = conf['data'].split(':')[0]
    options = pretrain_options()
    variant = cfg.get('variant', 'ctrgcn')
    import torch
    return dict(
        dataset=DATASETS.get(reader, reader), protocol=PROTOCOLS.get((reader, conf['protocol']), conf['protocol']),
        method=cfg['objective'], variant=variant, seed=seed, selected_on='val',
        val_top1=pct(last.get('val_top1')), top1=pct(tested[-1][f'{head}_top1']) if tested else None,
        top5=pct(tested[-1][f'{head}_top5']) if tested else None, epochs=cfg['epochs'],
        batch_size=cfg['batch_size'], train_wall_s=round(sum(h.get('train_s', 0) for h in hist), 1),
        machine=machine(), command='python ' + shlex.join(sys.argv), git_commit=git_commit(),
        configuration=spec, scored_by=head,
        text=kw.get('text', options['text'][1]) if head == 'text' else None,
        combine=cfg.get('combine', False), text_map=cfg.get('text_map', False),
        whiten=cfg.get('whiten', False), class_offsets=cfg.get('class_offsets', False),
        stream=cfg.get('stream', 'joint'), val_fraction=cfg.get('val_fraction'),
        val_groups=cfg.get('val_groups'), val_clips=(conf.get('validation') or {}).get('clips'),
        val_mean_class=pct(last.get('val_mean_class')),
        val_top1_by_epoch={h['epoch']: pct(h['val_top1']) for h in hist if 'val_top1' in h},
        epochs_done=len(hist), finished=len(hist) == cfg['epochs'], total_wall_s=round(wall, 1),
        device=torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'cpu',
        pretrain_command=cli_line(kw), run=str(run), run_id=conf.get('run_id'))

def bias_record(b:dict) -> dict:
    "A `sugar evaluate --seen_bias` choice without its grid, top-1 in percent"
    return {k: (round(100 * v, 2) if k.startswith('top1') else v) for k, v in b.items()
            if k not in ('grid', 'curve')}

def zero_shot_results(base:dict, run:Path, unseen:list, every:list, bias:str='auto', beta:float=None) -> list:
    """Records for the held-out actions and for all actions, scored once by `sugar evaluate --classes`;
    with all listed also with the trained actions' scores lowered by `sugar evaluate --seen_bias`; with `beta`
    (chosen on the selection run) also with `sugar evaluate --text_prior beta`"""
    from sugar.cli import evaluate
    out = []
    for which, cls in (('unseen', unseen), ('all', every)):
        o = run/f'zs_{which}'
        with_bias = which == 'all' and bias != 'none' and base['scored_by'] == 'text'
        with_prior = beta is not None and base['scored_by'] == 'text'
        evaluate(run=str(run), out=str(o), classes=','.join(cls), seen_bias=bias if with_bias else None,
                 text_prior=beta if with_prior else None)
        metrics = json.loads((o/'metrics.json').read_text())
        seen = len(every) - len(unseen)
        keys = [base['scored_by']] + (['text_seen_bias'] if with_bias else []) + (['text_prior'] if with_prior else [])
        for key in keys:
            m = metrics[key]
            extra = dict(seen_bias=bias_record(m['seen_bias'])) if key == 'text_seen_bias' else {}
            if key == 'text_prior': extra = dict(text_prior=dict(beta=beta, chosen_on='selection'))
            out.append(dict(base, protocol=f'zero-shot-{seen}/{len(unseen)}', cross_view=base['protocol'],
                            test_classes=which, classes=cls, unseen=unseen, top1=round(100 * m['top1'], 2),
                            top5=round(100 * m['top5'], 2),
                            n=int(sum(sum(r) for r in m['confusion'])), seen_test_top1=base['top1'],
                            **extra))
    return out

def unseen_split(data:str, unseen:str) -> tuple:
    "(held-out actions, all actions of `data`) from `--unseen A,B,C`; exits naming unknown actions"
    from sugar.cli import read_dataset
    every = read_dataset(data)[0].classes
    held = [c.strip() for c in unseen.split(',') if c.strip()]
    bad = [c for c in held if c not in every]
    if bad: raise SystemExit(f"--unseen: {bad} are not actions of {data} ({', '.join(every)})")
    return held, every

def val_unseen_split(data:str, every:list, unseen:list, val_unseen:str) -> list:
    "The actions of `--val-unseen D,E`: trained ones (not in `unseen`), leaving at least two to train on"
    if not data.startswith('nw_ucla:'):
        raise SystemExit(f"--val-unseen scores clips of NW-UCLA's training views; {data} is not nw_ucla:PATH")
    held = [c.strip() for c in val_unseen.split(',') if c.strip()]
    seen = [c for c in every if c not in unseen]
    bad = [c for c in held if c not in seen]
    if bad: raise SystemExit(f"--val-unseen: {bad} are not trained actions of this split ({', '.join(seen)})")
    if len(set(held)) < 2 or len(seen) - len(set(held)) < 2:      # one listed action is always right
        raise SystemExit(f"--val-unseen: hold out at least two and leave at least two of the {len(seen)} trained actions")
    return held

def prior_curve(o:Path, grid:list) -> dict:
    """Top-1 of the scores in `o` (a `sugar evaluate --text_prior` folder) at each beta of `grid`, and the beta
    chosen: the best, the smallest on ties"""
    import numpy as np
    z = np.load(o/'scores_text.npz')
    prior = np.array(json.loads((o/'metrics.json').read_text())['text_prior']['text_prior']['prior'])
    curve = [round(100 * float(((z['scores'] - b * prior).argmax(1) == z['labels']).mean()), 2) for b in grid]
    return dict(prior_grid=grid, prior_curve=curve, prior_beta=grid[curve.index(max(curve))])

def val_zero_shot(run:Path, held:list, head:str, grid:list=None) -> dict:
    """Zero-shot top-1 of a selection run on the held-out trained actions' clips from the training views; with
    `grid`, also at each text-prior weight beta of it (`prior_curve`)"""
    from sugar.cli import evaluate
    o = run/'zs_val_unseen'
    prior = 1.0 if grid and head == 'text' else None
    evaluate(run=str(run), out=str(o), classes=','.join(held), protocol=TRAIN_VIEWS, text_prior=prior)
    m = json.loads((o/'metrics.json').read_text())[head]
    return dict(val_zs_top1=round(100 * m['top1'], 2), val_zs_n=int(sum(sum(r) for r in m['confusion'])),
                val_unseen=held, val_zs_run=str(run), **(prior_curve(o, grid) if prior else {}))

def zs_line(held:list, vz:dict) -> str:
    "How a selection run scored its held-out trained actions, with the text-prior curve if there is one"
    return (f"zero-shot on {', '.join(held)} (training views) {vz['val_zs_top1']}"
            + (f", text prior {dict(zip(vz['prior_grid'], vz['prior_curve']))}" if 'prior_grid' in vz else ''))

def selection_run(kw:dict, held:list, pretrain, grid:list=None) -> tuple:
    "(run folder, its `val_zero_shot` record): train one selection run and score its held-out trained actions"
    sel = Path(pretrain(**kw))
    return sel, val_zero_shot(sel, held, 'text' if 'mil' in kw['objective'] else 'ce', grid)

def write_selection(out:Path, name:str, spec:str, seed:int, kw:dict, held:list, pretrain, grid:list=None) -> dict:
    "Train one selection run, score its held-out trained actions, write `<name>_<config>_selection_s<seed>.json`"
    t0 = time.time()
    sel, vz = selection_run(kw, held, pretrain, grid)
    r = dict(result(spec, seed, kw, sel, time.time() - t0), **vz, test_classes='selection', top1=None, top5=None)
    r['protocol'] = f"zero-shot-selection-{len(kw['classes'].split(','))}/{len(held)}"   # trained / held out
    path = out/f"{name}_{slug(spec)}_selection_s{seed}.json"
    path.write_text(json.dumps(r, indent=1) + '\n')
    print(f"{path}: {zs_line(held, vz)}, seen val top-1 {r['val_top1']}, {r['train_wall_s']:.0f} s training",
          flush=True)
    return r

def validation_scores(run:Path, head:str) -> dict:
    """Scores of a finished run on its own validation clips (its trained actions): nearest-text scores for MIL
    runs (`head` 'text'), the classifier's logits for cross-entropy runs ('ce'), as `sugar.evaluate.load_scores`
    returns them"""
    from sugar.cli import load_step2_model, _validation_clips, _step2_outputs, _class_texts
    from sugar.contrastive import text_scores
    cfg = json.loads((run/'config.json').read_text())
    vset = _validation_clips(cfg)
    if vset is None or not len(vset): raise SystemExit(f"{run}: no validation clips recorded (pretrain with --val)")
    model, c2, ck = load_step2_model(run, vset)
    classes = list(ck.get('classes') or vset.classes)
    o = _step2_outputs(model, vset, c2)
    if head == 'text':
        texts, tmask, _ = _class_texts(model, cfg, c2, classes)
        s = text_scores(o['z'], texts, tmask, model.tau.item())
    else: s = o['logits']
    labels = [classes.index(vset.classes[l]) for l in vset.labels]
    return dict(scores=s.float().numpy(), names=list(vset.names), labels=labels, classes=classes, src=f'{run} (validation)')

def test_scores(run:Path, head:str, which:str=None, bias:bool=False) -> Path:
    """The score file of a run's test clips: `zs_<which>/scores_<head>[_seen_bias].npz` of a zero-shot run, else
    `eval/scores_<head>.npz` (written by `sugar evaluate` here if missing)"""
    if which: return run/f'zs_{which}'/f"scores_{head}{'_seen_bias' if bias else ''}.npz"
    f = run/'eval'/f'scores_{head}.npz'
    if not f.exists():
        from sugar.cli import evaluate
        evaluate(run=str(run), out=str(run/'eval'))
    return f

def ensemble_results(out:Path, name:str, specs:list, seed:int) -> list:
    """Records of the stream ensemble of one seed: each configuration's scores added with weight 1 (fixed before
    any result, as `sugar ensemble` adds them), on the validation clips (val_top1, the same clips for every
    stream) and on test (each `test_classes` of a zero-shot run, the seen-bias scores summed as they are). Reads
    the member runs' records in `out`; none when a member has not finished."""
    from sugar.evaluate import ensemble_scores, load_scores, classification_report
    members = {}
    for f in sorted(out.glob(f'{name}_*_s{seed}.json')):
        r = json.loads(f.read_text())
        if r.get('configuration') in specs and r.get('seed') == seed and r.get('test_classes') != 'selection':
            members.setdefault(r['configuration'], []).append(r)
    if set(members) != set(specs): return []
    first = members[specs[0]][0]
    runs = [Path(members[s][0]['run']) for s in specs]
    head = first['scored_by']
    vals = [validation_scores(r, head) for r in runs]
    val = ensemble_scores(vals)
    vtop1 = lambda v: round(100 * classification_report(v['scores'], v['labels'], v['classes'])['top1'], 2)
    val_top1 = vtop1(val)
    label = ' + '.join(specs)
    records = []
    for r in members[specs[0]]:
        which = r.get('test_classes')
        bias = bool(r.get('seen_bias'))
        if r.get('text_prior'): continue                           # a per-run choice; not summed
        rep = ensemble_scores([load_scores(test_scores(run, head, which, bias)) for run in runs])
        m = classification_report(rep['scores'], rep['labels'], rep['classes'])
        rec = dict(r, configuration=label, stream='+'.join(members[s][0].get('stream', 'joint') for s in specs),
                   val_top1=val_top1, top1=round(100 * m['top1'], 2), top5=round(100 * m['top5'], 2),
                   train_wall_s=round(sum(members[s][0]['train_wall_s'] for s in specs), 1),
                   ensemble=dict(members=specs, runs=[str(p) for p in runs], weights=[1.0] * len(specs),
                                 member_val_top1=[vtop1(v) for v in vals],
                                 member_top1=[next(x['top1'] for x in members[s] if x.get('test_classes') == which
                                                   and bool(x.get('seen_bias')) == bias) for s in specs]),
                   command='python ' + shlex.join(sys.argv), git_commit=git_commit(), machine=machine())
        for k in ('val_top1_by_epoch', 'val_mean_class', 'epochs_done', 'run', 'run_id', 'pretrain_command'):
            rec.pop(k, None)
        tag = (f"_{which}" + ('-seen-bias' if bias else '')) if which else ''
        path = out/f"{name}_ens_{slug('+'.join(specs))}{tag}_s{seed}.json"
        path.write_text(json.dumps(rec, indent=1) + '\n')
        print(f"{path}: val top-1 {val_top1}, test top-1 {rec['top1']} (members: val {rec['ensemble']['member_val_top1']}, "
              f"test {rec['ensemble']['member_top1']})")
        records.append(rec)
    return records

def mean_std(values:list) -> tuple:
    "(mean, sample standard deviation) rounded to 2 decimals; std None for one value"
    v = [x for x in values if x is not None]
    if not v: return None, None
    return round(statistics.mean(v), 2), (round(statistics.stdev(v), 2) if len(v) > 1 else None)

def summarize(out:Path, name:str) -> dict:
    "Pool the per-run files of `name` by configuration; the configuration chosen on validation"
    rows, groups = [], {}
    for f in sorted(out.glob(f'{name}_*_s*.json')):
        if f.name.startswith(f'{name}_summary'): continue
        r = json.loads(f.read_text())
        if r.get('selected_on') != 'val' or 'configuration' not in r: continue
        tag = r.get('test_classes', '') + (', seen bias' if r.get('seen_bias') else '') + (', text prior' if r.get('text_prior') else '')
        key = r['configuration'] + (f" [{tag}]" if tag else '')
        groups.setdefault(key, []).append(r)
    for spec, runs in groups.items():
        runs.sort(key=lambda r: r['seed'])
        row = dict(configuration=runs[0]['configuration'], test_classes=runs[0].get('test_classes'),
                   label=spec, method=runs[0]['method'], variant=runs[0]['variant'],
                   text=runs[0].get('text'), combine=runs[0].get('combine', False),
                   text_map=runs[0].get('text_map', False), whiten=runs[0].get('whiten', False),
                   stream=runs[0].get('stream', 'joint'),
                   seeds=[r['seed'] for r in runs], n=len(runs),
                   epochs=sorted({r['epochs'] for r in runs}), batch_size=runs[0]['batch_size'],
                   all_finished=all(r.get('finished', True) for r in runs),
                   train_wall_s=round(statistics.mean(r['train_wall_s'] for r in runs), 1))
        for k in ('val_top1', 'val_zs_top1', 'top1', 'top5'):
            row[f'{k}_mean'], row[f'{k}_std'] = mean_std([r.get(k) for r in runs])
            row[f'{k}_each'] = [r.get(k) for r in runs]
        rows.append(row)
    key = 'val_zs_top1' if any(r['val_zs_top1_mean'] is not None for r in rows) else 'val_top1'
    scored = [r for r in rows if r[f'{key}_mean'] is not None]
    chosen = max(scored, key=lambda r: (r[f'{key}_mean'], r['test_classes'] != 'all'))['configuration'] \
        if scored else None
    first = next(iter(groups.values()), [{}])[0]
    res = dict(dataset=first.get('dataset'), protocol=first.get('protocol'), selected_on='val',
               chosen=chosen, rule=f'the configuration with the highest mean {key} over its seeds', chosen_on=key,
               machine=machine(), git_commit=git_commit(), configurations=rows)
    (out/f'{name}_summary.json').write_text(json.dumps(res, indent=1) + '\n')
    pm = lambda r, k: ('-' if r[f'{k}_mean'] is None else
                       f"{r[f'{k}_mean']:.2f}" + (f" ± {r[f'{k}_std']:.2f}" if r[f'{k}_std'] is not None else ''))
    lines = [f"{res['dataset']}, {res['protocol']}: every configuration chosen on the validation split "
             "(mean ± sample std over seeds; test evaluated once per run, after its last epoch)", '',
             '| configuration | method | variant | seeds | val top-1 | test top-1 | test top-5 | epochs | train s/run |',
             '|---|---|---|---|---|---|---|---|---|']
    if key == 'val_zs_top1':            # the class-held-out validation that chose: its column beside the others
        held = next(r.get('val_unseen') for rs in groups.values() for r in rs if r.get('val_unseen'))
        lines[0] += f"; chosen on zero-shot validation: {', '.join(held)} held out of training, their training-view clips"
        lines[2] = lines[2].replace('| val top-1 |', '| val top-1 | val zero-shot top-1 |')
        lines[3] += '---|'

    for r in rows:
        mark = ' (chosen on val)' if r['configuration'] == chosen else ''
        lines.append(f"| `{r['label']}`{mark} | {r['method']} | {r['variant']} | "
                     f"{', '.join(map(str, r['seeds']))} | {pm(r, 'val_top1')} | "
                     + (f"{pm(r, 'val_zs_top1')} | " if key == 'val_zs_top1' else '') + f"{pm(r, 'top1')} | "
                     f"{pm(r, 'top5')} | {'/'.join(map(str, r['epochs']))} | {r['train_wall_s']:.0f} |")
    lines += ['', f"Chosen: `{chosen}` ({res['rule']}). The other rows' test numbers are shown for "
              "completeness only; choosing among them on test would overstate the result."]
    (out/f'{name}_summary.md').write_text('\n'.join(lines) + '\n')
    print('\n'.join(lines))
    return res

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', help='dataset spec, e.g. nw_ucla:../shared/data/nw_ucla')
    ap.add_argument('--configs', nargs='+', default=['ce', 'mil'], help='method[:option=value,...]')
    ap.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2])
    ap.add_argument('--val', type=float, default=0.1, help="share of each class's training clips held out")
    ap.add_argument('--epochs', type=int, default=None, help="default: sugar pretrain's plan")
    ap.add_argument('--batch', type=int, default=16)
    ap.add_argument('--eval-every', type=int, default=1, help='validation every N epochs')
    ap.add_argument('--opt', action='append', default=[], help='option=value for every configuration')
    ap.add_argument('--unseen', default=None, help='zero-shot: comma-separated actions held out of training')
    ap.add_argument('--val-unseen', default=None,
                    help='zero-shot: trained actions also held out of a second, selection run (the choice is made on them)')
    ap.add_argument('--selection-only', action='store_true',
                    help='with --val-unseen: train and score only the selection runs (no test split is read)')
    ap.add_argument('--seen-bias', default='auto',
                    help="zero-shot, all actions listed: `sugar evaluate --seen_bias` (auto, a number or none)")
    ap.add_argument('--prior-grid', default=None,
                    help='with --val-unseen: text-prior weights beta to try on the selection run (e.g. 0,0.5,1,2,4); '
                         'the best is applied once to the reported run (`sugar evaluate --text_prior`)')
    ap.add_argument('--ensemble', action='store_true',
                    help="also add the configurations' scores per seed (weight 1 each: a stream ensemble), "
                         "scored on validation and test like a configuration")
    ap.add_argument('--name', default='nw_ucla_step2_val', help='prefix of the result files')
    ap.add_argument('--out', default='benchmarks/results'); ap.add_argument('--work', default='sugar_out/val_bench')
    ap.add_argument('--summarize', action='store_true', help='only rebuild the summary from the run files')
    ap.add_argument('--dry-run', action='store_true', help='print the runs and stop')
    a = ap.parse_args()
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    if a.summarize: return summarize(out, a.name)
    if not a.data: ap.error('--data is required (e.g. nw_ucla:../shared/data/nw_ucla)')
    options = pretrain_options()
    if 'val' not in options: raise SystemExit('this version of `sugar pretrain` has no --val')
    common = parse_items(','.join(a.opt), options, '--opt')
    unseen, every = unseen_split(a.data, a.unseen) if a.unseen else (None, None)
    zs_classes = dict(classes=','.join(c for c in every if c not in unseen)) if unseen else {}
    if a.val_unseen and not unseen: ap.error('--val-unseen needs --unseen (it chooses a zero-shot configuration)')
    held = val_unseen_split(a.data, every, unseen, a.val_unseen) if a.val_unseen else None
    if a.selection_only and not held: ap.error('--selection-only needs --val-unseen (it runs the selection runs alone)')
    if held: register_train_views()
    try: grid = [float(b) for b in a.prior_grid.split(',')] if a.prior_grid else None
    except ValueError: ap.error(f'--prior-grid {a.prior_grid!r}: expected numbers separated by commas')
    if grid and (not held or min(grid) < 0): ap.error('--prior-grid needs --val-unseen and weights >= 0')
    runs = []
    for spec in a.configs:
        method, _, rest = spec.partition(':')
        kw = dict(data=a.data, objective=method, **zs_classes, batch=a.batch, eval_every=a.eval_every, val=a.val,
                  **({'epochs': a.epochs} if a.epochs else {}), **common,
                  **parse_items(rest, options, f'configuration {spec!r}'))
        for seed in a.seeds:
            run_kw = dict(kw, seed=seed, out=str(Path(a.work)/f'{slug(spec)}_s{seed}-{{fingerprint}}'))
            runs.append((spec, seed, run_kw))
    select = lambda spec, kw: dict(kw, classes=','.join(c for c in kw['classes'].split(',') if c not in held),
                                   out=kw['out'].replace(f"{slug(spec)}_s", f"{slug(spec)}_valzs_s"))
    for spec, seed, kw in runs:
        if held: print(f"{spec} seed {seed}, selection run: {cli_line(select(spec, kw))}")
        print(f"{spec} seed {seed}: {cli_line(kw)}")
    if a.dry_run: return
    from sugar.cli import pretrain
    failed = []
    for i, (spec, seed, kw) in enumerate(runs):
        print(f"\n[{i + 1}/{len(runs)}] {spec}, seed {seed}", flush=True)
        try:
            if a.selection_only:                   # the choice's evidence alone: no reported run, no test clip
                write_selection(out, a.name, spec, seed, select(spec, kw), held, pretrain, grid)
                continue
            if held:                               # the run the choice is made on, before the reported one
                sel, vz = selection_run(select(spec, kw), held, pretrain, grid)
                print(f"selection run {sel}: {zs_line(held, vz)}", flush=True)
            t0 = time.time()
            run = pretrain(**kw)
        except Exception as e:                     # one failed run does not stop the others
            print(f"failed: {type(e).__name__}: {e}", flush=True); failed.append((spec, seed, str(e))); continue
        r = dict(result(spec, seed, kw, Path(run), time.time() - t0), **(vz if held else {}))
        beta = vz.get('prior_beta') if held else None
        records = zero_shot_results(r, Path(run), unseen, every, a.seen_bias, beta) if unseen else [r]
        for r in records:
            tag = (f"_{r['test_classes']}" + ('-seen-bias' if r.get('seen_bias') else '')
                   + ('-prior' if r.get('text_prior') else '')) if unseen else ''
            path = out/f"{a.name}_{slug(spec)}{tag}_s{seed}.json"
            path.write_text(json.dumps(r, indent=1) + '\n')
            print(f"{path}: val top-1 {r['val_top1']}, test top-1 {r['top1']}, "
                  f"{r['train_wall_s']:.0f} s training")
    if a.ensemble:
        if len(a.configs) < 2: ap.error('--ensemble adds the scores of two or more --configs')
        for seed in a.seeds: ensemble_results(out, a.name, list(a.configs), seed)
    summarize(out, a.name)
    if failed:
        print(f"\n{len(failed)} run(s) failed: " + '; '.join(f'{s} seed {d}: {e}' for s, d, e in failed))
        sys.exit(1)

if __name__ == '__main__': main()
