"""Several Step-2 configurations on NW-UCLA (cross-view) side by side, one process each, under one wall-clock budget.

    python benchmarks/nw_ucla_step2_sweep.py --data ../shared/data/nw_ucla --runs ce mil mil:negatives=all ce+mil --parallel 2
    python benchmarks/nw_ucla_step2_sweep.py --data ../shared/data/nw_ucla --prepare sweep_input.pkl   # data + text embeddings, once
    python benchmarks/nw_ucla_step2_sweep.py --prepared sweep_input.pkl --runs ... --parallel 10      # on a machine without the data
    python benchmarks/nw_ucla_step2_sweep.py --summarize a.json b.json --out summary.json               # seeds of a run pooled

A run is `objective[:field=value,...]` with fields of `sugar.contrastive.Step2Config` (`seed=1`, `negatives=all`,
`kinds=motion`, `tau=0.05`, `learn_tau=0`, `lr=0.05`, ...). Every run starts from the recipe of
`nw_ucla_step2.py` (SGD + Nesterov, lr 0.1, 5 warm-up epochs, x0.1 at 80%, batch 16, weight decay 1e-4, CTR-GCN's
NW-UCLA data processing) for `--epochs` epochs. It is meant for choosing among configurations quickly (several at
once on a GPU, or two at a time on a CPU); the numbers the docs quote as the CPU benchmark come from
`nw_ucla_step2.py`. Runs still going when `--budget-s` is spent are stopped and reported with the epochs they
finished. Writes `--out` (JSON) and the same path with `.md` (a table).
"""
import argparse, dataclasses, json, os, pickle, subprocess, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine, git_commit

BASE = dict(epochs=40, batch_size=16, lr=0.1, warmup_epochs=5, schedule='step', milestones=(0.8,), window=52,
            eval_every=5, recipe='ucla', weight_decay=1e-4)

def parse_run(spec:str) -> dict:
    "'mil:negatives=all,seed=1' -> Step2Config fields"
    obj, _, rest = spec.partition(':')
    from sugar.contrastive import Step2Config, OBJECTIVES
    if obj not in OBJECTIVES: raise SystemExit(f"run {spec!r}: objective must be one of {OBJECTIVES}")
    kw, types = dict(objective=obj), {f.name: f.type for f in dataclasses.fields(Step2Config)}
    for item in filter(None, rest.split(',')):
        k, eq, v = item.partition('=')
        if not eq or k not in types: raise SystemExit(f"run {spec!r}: {item!r} is not field=value with a Step2Config field")
        t = types[k]
        kw[k] = (tuple(v.split('+')) if t in (tuple, 'tuple') else bool(int(v)) if t in (bool, 'bool') else
                 int(v) if t in (int, 'int') else float(v) if t in (float, 'float') else v)
    return kw

def prepare(data:str, kinds_list) -> dict:
    from sugar.data import read_nw_ucla
    from sugar.knowledge import load_knowledge
    from sugar.text import MiniLMEncoder, knowledge_embeddings, EmbeddingCache
    tr, te = read_nw_ucla(data).split('xview')
    enc, k = MiniLMEncoder(), load_knowledge('nw_ucla')
    return dict(train=tr, test=te, texts={ks: tuple(x.numpy() for x in knowledge_embeddings(k, enc, ks, EmbeddingCache())) for ks in kinds_list})   # numpy: loads under any torch

def child(a):
    import torch
    from sugar.contrastive import Step2Config, train_step2
    torch.set_num_threads(a.threads)
    d = pickle.load(open(a.prepared, 'rb'))
    cfg = Step2Config(**{**BASE, 'epochs': a.epochs, **parse_run(a.one)})
    texts, tmask = (torch.from_numpy(x) for x in d['texts'][tuple(cfg.kinds)]) if 'mil' in cfg.objective else (None, None)
    train_step2(cfg, d['train'], d['test'], texts, tmask, out_dir=a.work, log=lambda m: print(m, flush=True), progress=False)

def summarize(files, out:Path, epochs=(35, 40)):
    "Pool the seeds of each configuration across sweep files: top-1 at the given evaluated epochs, per seed and mean"
    groups = {}
    for f in files:
        r = json.loads(Path(f).read_text())
        for x in r['runs']:
            obj, _, rest = x['run'].partition(':')
            items = [i for i in rest.split(',') if i and not i.startswith('seed=')]
            seed = next((int(i[5:]) for i in rest.split(',') if i.startswith('seed=')), 0)
            key = obj + (':' + ','.join(items) if items else '')
            at = {h['epoch']: round(100 * h[f"{x['scored_by']}_top1"], 2) for h in x['history'] if f"{x['scored_by']}_top1" in h}
            groups.setdefault(key, []).append(dict(seed=seed, file=Path(f).name, device=r['device'], **{f'top1_ep{e}': at.get(e) for e in epochs}))
    rows = []
    for key, runs in groups.items():
        row = dict(run=key, seeds=[r['seed'] for r in runs], runs=runs)
        for e in epochs:
            v = [r[f'top1_ep{e}'] for r in runs if r[f'top1_ep{e}'] is not None]
            row[f'mean_ep{e}'], row[f'n_ep{e}'] = (round(sum(v) / len(v), 2) if v else None), len(v)
        rows.append(row)
    out.write_text(json.dumps(dict(files=[str(f) for f in files], epochs=list(epochs), groups=rows), indent=1) + '\n')
    fmt = lambda row, e: ' / '.join(str(r[f'top1_ep{e}']) for r in row['runs'] if r[f'top1_ep{e}'] is not None)
    lines = ['| run | seeds | ' + ' | '.join(f'top-1 at epoch {e} (each seed) | mean' for e in epochs) + ' |', '|---|---|' + '---|---|' * len(epochs)]
    lines += [f"| `{r['run']}` | {len(r['runs'])} | " + ' | '.join(f"{fmt(r, e) or '-'} | {r[f'mean_ep{e}'] if r[f'mean_ep{e}'] is not None else '-'}" for e in epochs) + ' |' for r in rows]
    out.with_suffix('.md').write_text('\n'.join(lines) + '\n'); print('\n'.join(lines))

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data'); ap.add_argument('--prepared'); ap.add_argument('--prepare', help='write data + embeddings here and stop')
    ap.add_argument('--runs', nargs='+', default=['ce', 'mil']); ap.add_argument('--epochs', type=int, default=40)
    ap.add_argument('--parallel', type=int, default=2); ap.add_argument('--threads', type=int, default=1)
    ap.add_argument('--budget-s', type=float, default=3600); ap.add_argument('--work', default='sugar_out/sweep')
    ap.add_argument('--out', default='benchmarks/results/nw_ucla_step2_sweep.json'); ap.add_argument('--one', help=argparse.SUPPRESS)
    ap.add_argument('--summarize', nargs='+', help='sweep result files to pool by configuration (seeds together)')
    a = ap.parse_args()
    if a.summarize: return summarize(a.summarize, Path(a.out))
    if a.one: return child(a)
    specs = [(s, parse_run(s)) for s in a.runs]
    kinds_list = sorted({tuple(kw.get('kinds', ('motion', 'visual'))) for _, kw in specs} | {('motion', 'visual')})
    if a.prepare or not a.prepared:
        if not a.data: raise SystemExit('give --data (the NW-UCLA folder) or --prepared (a file written by --prepare)')
        d = prepare(a.data, kinds_list)
        path = Path(a.prepare or Path(a.work)/'input.pkl'); path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix('.tmp'); pickle.dump(d, open(tmp, 'wb')); os.replace(tmp, path)
        if a.prepare: return print(f'wrote {path}')
        a.prepared = str(path)
    work = Path(a.work); t0, queue, live, done = time.time(), list(specs), {}, {}
    while queue or live:
        while queue and len(live) < a.parallel:
            spec, kw = queue.pop(0); name = spec.replace(':', '__').replace(',', '_').replace('=', '-').replace('+', 'p')
            (work/name).mkdir(parents=True, exist_ok=True)
            live[spec] = (name, time.time(), subprocess.Popen([sys.executable, __file__, '--one', spec, '--prepared', a.prepared, '--work', str(work/name),
                                                              '--epochs', str(a.epochs), '--threads', str(a.threads)],
                                                             stdout=open(work/f'{name}.log', 'w'), stderr=subprocess.STDOUT))
        time.sleep(2)
        for spec, (name, ts, p) in list(live.items()):
            over = time.time() - t0 > a.budget_s
            if over: p.kill()
            if p.poll() is not None or over:
                p.wait(); done[spec] = (name, time.time() - ts, p.returncode, over); del live[spec]
        if time.time() - t0 > a.budget_s: queue.clear()
    rows = []
    for spec, kw in specs:
        if spec not in done: continue
        name, wall, rc, _ = done[spec]
        mf = work/name/'metrics.json'
        h = json.loads(mf.read_text()) if mf.exists() else []
        key = 'text' if kw['objective'] == 'mil' else 'ce'
        ev = [x for x in h if f'{key}_top1' in x]
        rows.append(dict(run=spec, config={**BASE, 'epochs': a.epochs, **kw}, epochs_done=len(h), finished=len(h) == a.epochs, returncode=rc,
                         wall_s=round(wall), scored_by=key, top1=round(100 * ev[-1][f'{key}_top1'], 2) if ev else None,
                         top5=round(100 * ev[-1][f'{key}_top5'], 2) if ev else None,
                         text_top1=round(100 * ev[-1]['text_top1'], 2) if ev and 'text_top1' in ev[-1] else None,
                         ce_top1=round(100 * ev[-1]['ce_top1'], 2) if ev and 'ce_top1' in ev[-1] else None,
                         best_top1=max(round(100 * x[f'{key}_top1'], 2) for x in ev) if ev else None,
                         samples_per_s=round(sum(x['samples_per_s'] for x in h) / len(h), 1) if h else None, history=h,
                         log_tail=(work/f'{name}.log').read_text()[-600:] if rc else None))
    import torch
    res = dict(dataset='NW-UCLA', protocol='cross-view (train views 1,2 / test view 3)', epochs=a.epochs, parallel=a.parallel,
               device=torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'cpu', machine=machine(),
               command='python ' + ' '.join(sys.argv), git_commit=git_commit(), total_wall_s=round(time.time() - t0), runs=rows)
    out = Path(a.out); out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + '\n')
    lines = [f"NW-UCLA cross-view, {a.epochs} epochs, {res['device']}, {a.parallel} runs at a time", '',
             '| run | top-1 | top-5 | best top-1 | scored by | epochs done | wall s | samples/s |', '|---|---|---|---|---|---|---|---|']
    lines += [f"| `{r['run']}` | {r['top1']} | {r['top5']} | {r['best_top1']} | {r['scored_by']} | {r['epochs_done']} | {r['wall_s']} | {r['samples_per_s']} |" for r in rows]
    out.with_suffix('.md').write_text('\n'.join(lines) + '\n'); print('\n'.join(lines))

if __name__ == '__main__': main()
