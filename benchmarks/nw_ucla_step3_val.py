"""Step 3 on NW-UCLA with honest model selection, on a frozen Step-2 encoder trained with a validation split.

    python benchmarks/nw_ucla_step3_val.py --data nw_ucla:../shared/data/nw_ucla \\
        --pretrain sugar_out/val_bench/ce_s0-XXXX --configs tqp tqp:tokens=16 tqp_concat:tokens=16 linear \\
        --seeds 0 1 2                                      # bridge comparison (paper Table 4) and L sweep
    python benchmarks/nw_ucla_step3_val.py ... --configs tqp:tokens=1 tqp:tokens=16 tqp:tokens=64 tqp:tokens=128
    python benchmarks/nw_ucla_step3_val.py --summarize --name nw_ucla_step3_val
    python benchmarks/nw_ucla_step3_val.py --data nw_ucla:../shared/data/nw_ucla --pretrain sugar_out/val_bench/ZS_RUN \\
        --configs tqp:tokens=16 --seeds 0 1 2 --unseen doffing,throw,carry --name nw_ucla_zs3_val   # zero-shot 7/3
    python benchmarks/nw_ucla_step3_val.py --data nw_ucla:tests_data/nw_ucla --pretrain RUN --seeds 0 --epochs 1 \\
        --configs tqp:tokens=4 --batch 2 --total-batch 4 --name smoke --out /tmp/s3 --work /tmp/s3/runs   # smoke

`--pretrain` must be a `sugar pretrain` run made with `--val` (e.g. a run of benchmarks/nw_ucla_step2_val.py): `sugar
finetune` then trains without the run's validation clips, and `sugar evaluate --modes fused` chooses the fusion weight
on them. A configuration is `bridge[:option=value,...]` with the options of `sugar finetune` (tokens, segment, epochs,
lr, lora_r, list_min, shuffle_list, model, ...); `--opt option=value` applies to all.

Each run: `sugar finetune` (run folder under --work named by its fingerprint, so reruns resume), then `sugar
evaluate --modes rank,calibrated,content-free,fused` once on the test split. One record per mode goes to
`<out>/<name>_<configuration>_<mode>_s<seed>.json` (fields of the Step-2 results plus mode, bridge, tokens, llm,
val_top1), and one `mode: null` row for the Step-2 nearest-text classifier of the same encoder. `val_top1` of the
rank and fused rows and of the Step-2 row comes from the validation clips that chose the fusion weight. The summary
pools seeds per configuration, mode (and test actions) and names the configuration chosen on validation (best mean val_top1 of
`rank`); test numbers of the others must not be used to choose.

Zero-shot (`--unseen A,B,C`): the pretrain run must have been trained on the other actions only (`benchmarks/
nw_ucla_step2_val.py --unseen`); Step 3 trains on them too, and three evaluations follow: the seen actions
(`test_classes: seen`, where the fusion weight and the choice come from), the held-out actions alone (`unseen`) and all
actions listed (`all`), with `--zs-modes`; then all actions again with `sugar evaluate --seen_bias auto` (Step 2's and
the ranking's trained-action bias chosen on the validation clips; the anchor and marks read the debiased Step 2),
written as `..._step2_all-seen-bias_s<seed>.json` and `..._rank_all-seen-bias_s<seed>.json` with a `seen_bias` field.
"""
import argparse, inspect, json, shlex, statistics, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine, git_commit
from nw_ucla_step2_val import DATASETS, PROTOCOLS, slug, mean_std, parse_items, unseen_split, bias_record

MODES = ('rank', 'calibrated', 'content-free', 'fused')

def finetune_options() -> dict:
    "`sugar finetune`'s options: name -> (annotation, default)"
    from sugar.cli import finetune
    return {k: (p.annotation, p.default) for k, p in inspect.signature(finetune).parameters.items()}

def records(spec:str, seed:int, kw:dict, run:Path, ev:dict, wall:float) -> list:
    "One record per evaluated mode, plus the Step-2 row of the same encoder"
    conf = json.loads((run/'config.json').read_text())
    hist = json.loads((run/'metrics.json').read_text()).get('history', [])
    reader = conf['data'].split(':')[0]
    fusion = ev.get('fused', {}).get('validation', {})
    val = {'rank': fusion.get('step3_top1'), 'fused': fusion.get('top1'), None: fusion.get('step2_top1')}
    pct = lambda v: None if v is None else round(100 * v, 2)
    base = dict(dataset=DATASETS.get(reader, reader),
                protocol=PROTOCOLS.get((reader, conf.get('protocol')), conf.get('protocol')),
                method='sugar-step3', seed=seed, selected_on='val', configuration=spec,
                bridge=kw.get('bridge', 'tqp'), tokens=kw.get('tokens', finetune_options()['tokens'][1]),
                llm=conf.get('llm', kw.get('model') or 'smollm2'), epochs=conf['step3'].get('epochs'),
                batch_size=conf['step3'].get('batch_size'), total_batch=conf['step3'].get('total_batch'),
                train_wall_s=round(sum(h.get('train_s', 0) for h in hist), 1), total_wall_s=round(wall, 1),
                pretrain=conf.get('pretrain'), val_clips=fusion.get('clips'),
                machine=machine(), command='python ' + shlex.join(sys.argv), git_commit=git_commit(),
                run=str(run), n=ev.get('n'))
    out = []
    for mode in (None,) + MODES + ('constrained', 'generate'):
        r = ev.get('text') if mode is None else ev.get(mode)
        if r is None: continue
        out.append(dict(base, mode=mode, top1=pct(r['top1']), top5=pct(r.get('top5')),
                        val_top1=pct(val.get(mode)), seconds_per_sequence=r.get('seconds_per_sequence'),
                        **({'unparsed': r.get('unparsed')} if 'unparsed' in r else {}),
                        **({'fusion_weight': r.get('weight')} if mode == 'fused' else {}),
                        **({'method': 'step2-nearest-text'} if mode is None else {})))
    return out

def summarize(out:Path, name:str) -> dict:
    "Pool the per-run files of `name` by (configuration, mode); the configuration chosen on validation"
    groups = {}
    for f in sorted(out.glob(f'{name}_*_s*.json')):
        if f.name.startswith(f'{name}_summary'): continue
        r = json.loads(f.read_text())
        if r.get('selected_on') != 'val' or 'configuration' not in r: continue
        which = r.get('test_classes') and r['test_classes'] + (', seen bias' if r.get('seen_bias') else '')
        groups.setdefault((r['configuration'], r.get('mode'), which), []).append(r)
    rows = []
    for (spec, mode, which), runs in groups.items():
        runs.sort(key=lambda r: r['seed'])
        row = dict(configuration=spec, mode=mode, test_classes=which, bridge=runs[0]['bridge'], tokens=runs[0]['tokens'],
                   llm=runs[0]['llm'], seeds=[r['seed'] for r in runs], n=len(runs))
        for k in ('val_top1', 'top1', 'top5'):
            row[f'{k}_mean'], row[f'{k}_std'] = mean_std([r[k] for r in runs])
            row[f'{k}_each'] = [r[k] for r in runs]
        if mode == 'fused': row['fusion_weights'] = [r.get('fusion_weight') for r in runs]
        rows.append(row)
    ranked = [r for r in rows if r['mode'] == 'rank' and r['val_top1_mean'] is not None
              and r['test_classes'] in (None, 'seen')]
    chosen = max(ranked, key=lambda r: r['val_top1_mean'])['configuration'] if ranked else None
    res = dict(selected_on='val', chosen=chosen, rule="the configuration with the best mean val_top1 of 'rank'",
               machine=machine(), git_commit=git_commit(), rows=rows)
    (out/f'{name}_summary.json').write_text(json.dumps(res, indent=1) + '\n')
    pm = lambda r, k: ('-' if r[f'{k}_mean'] is None else f"{r[f'{k}_mean']:.2f}" +
                       (f" ± {r[f'{k}_std']:.2f}" if r[f'{k}_std'] is not None else ''))
    zs = any(r['test_classes'] for r in rows)
    lines = ['| configuration | mode |' + (' test actions |' if zs else '') + ' seeds | val top-1 | test top-1 | test top-5 |',
             '|---|---|' + ('---|' if zs else '') + '---|---|---|---|']
    for r in sorted(rows, key=lambda r: (r['configuration'], str(r['test_classes']), str(r['mode']))):
        mode = r['mode'] or 'Step 2 nearest text'
        mark = ' (chosen on val)' if r['configuration'] == chosen and r['mode'] == 'rank' else ''
        mode += f" | {r['test_classes']}" if zs else ''
        lines.append(f"| `{r['configuration']}`{mark} | {mode} | {', '.join(map(str, r['seeds']))} | "
                     f"{pm(r, 'val_top1')} | {pm(r, 'top1')} | {pm(r, 'top5')} |")
    (out/f'{name}_summary.md').write_text('\n'.join(lines) + '\n')
    print('\n'.join(lines))
    return res

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data'); ap.add_argument('--pretrain', help='a sugar pretrain run made with --val')
    ap.add_argument('--configs', nargs='+', default=['tqp'], help='bridge[:option=value,...]')
    ap.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2])
    ap.add_argument('--epochs', type=int, default=None); ap.add_argument('--batch', type=int, default=8)
    ap.add_argument('--total-batch', type=int, default=None)
    ap.add_argument('--modes', default=','.join(MODES))
    ap.add_argument('--unseen', default=None, help='zero-shot: comma-separated actions the pretrain run never saw')
    ap.add_argument('--zs-modes', default=','.join(MODES), help='modes of the unseen / all-actions evaluations')
    ap.add_argument('--opt', action='append', default=[], help='option=value for every configuration')
    ap.add_argument('--seen-bias', default='auto', choices=('auto', 'none'),
                    help='zero-shot: also rank all actions with `sugar evaluate --seen_bias auto`')
    ap.add_argument('--name', default='nw_ucla_step3_val')
    ap.add_argument('--out', default='benchmarks/results'); ap.add_argument('--work', default='sugar_out/val_bench3')
    ap.add_argument('--summarize', action='store_true'); ap.add_argument('--dry-run', action='store_true')
    a = ap.parse_args()
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    if a.summarize: return summarize(out, a.name)
    if not (a.data and a.pretrain): ap.error('--data and --pretrain are required')
    cfg = json.loads((Path(a.pretrain)/'config.json').read_text())
    if not (cfg.get('validation') or {}).get('clips'):
        raise SystemExit(f"{a.pretrain}: this pretrain run has no validation split; train one with "
                         "`sugar pretrain --val 0.1` (or benchmarks/nw_ucla_step2_val.py)")
    options = finetune_options()
    common = parse_items(','.join(a.opt), options, '--opt', 'finetune')
    unseen, every, zs = None, None, {}
    if a.unseen:
        unseen, every = unseen_split(a.data, a.unseen)
        seen = [c for c in every if c not in unseen]
        if sorted(cfg.get('classes') or []) != sorted(seen):
            raise SystemExit(f"--unseen: {a.pretrain} was trained on {cfg.get('classes')}, not on the "
                             f"other actions {seen}; pretrain with --classes (benchmarks/nw_ucla_step2_val.py --unseen)")
        zs = dict(classes=','.join(seen))
    runs = []
    for spec in a.configs:
        bridge, _, rest = spec.partition(':')
        kw = dict(data=a.data, pretrain=a.pretrain, bridge=bridge, batch=a.batch,
                  **({'epochs': a.epochs} if a.epochs else {}),
                  **({'total_batch': a.total_batch} if a.total_batch else {}), **zs, **common,
                  **parse_items(rest, options, f'configuration {spec!r}', 'finetune'))
        for seed in a.seeds:
            runs.append((spec, seed, dict(kw, seed=seed, out=str(Path(a.work)/f'{slug(spec)}_s{seed}-{{fingerprint}}'))))
    for spec, seed, kw in runs: print(spec, 'seed', seed, kw)
    if a.dry_run: return
    from sugar.cli import finetune, evaluate
    for spec, seed, kw in runs:
        t0 = time.time()
        run = Path(finetune(**kw))
        evals = {'seen': (None, run/'eval_val_bench', a.modes)}
        if unseen:
            evals.update(unseen=(unseen, run/'zs_unseen', a.zs_modes), all=(every, run/'zs_all', a.zs_modes))
            if a.seen_bias == 'auto': evals['all-seen-bias'] = (every, run/'zs_all_seen_bias', 'rank')
        for which, (cls, o, modes) in evals.items():
            biased = which == 'all-seen-bias'
            if not (o/'metrics.json').exists():        # a rerun reads each test subset once
                evaluate(run=str(run), modes=modes, out=str(o), classes=cls and ','.join(cls),
                         seen_bias='auto' if biased else None)
            ev = json.loads((o/'metrics.json').read_text())
            if biased: ev = dict(ev, text=ev['text_seen_bias'], rank=ev['rank_seen_bias'])
            for r in records(spec, seed, kw, run, ev, time.time() - t0):
                if biased: r['seen_bias'] = bias_record(ev[r['mode'] or 'text']['seen_bias'])
                if unseen:
                    r.update(protocol=f'zero-shot-{len(every) - len(unseen)}/{len(unseen)}',
                             cross_view=r['protocol'], test_classes='all' if biased else which, unseen=unseen,
                             classes=cls or [c for c in every if c not in unseen])
                tag = slug(r['mode'] or 'step2') + (f'_{which}' if unseen else '')
                (out/f"{a.name}_{slug(spec)}_{tag}_s{seed}.json").write_text(json.dumps(r, indent=1) + '\n')
                print(f"{spec} seed {seed} {which} {r['mode'] or 'step2'}: val {r['val_top1']}, test {r['top1']}")
    summarize(out, a.name)

if __name__ == '__main__': main()
