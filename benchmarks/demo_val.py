"""Choose `sugar demo`'s Step-3 defaults without reading its test view.

The demo trains on NW-UCLA views 1 and 2 of its bundled clips and tests on view 3. This script
carves a validation protocol from the training views alone (fold 12: train on view 1, validate on
view 2, a cross-view split like the demo's; fold 21: the reverse, so that every training clip is
validated once over both folds), runs `sugar demo` on it once per fold, Step-3 variant and seed
(Step 2 trained once per fold and shared), and writes JSON + a markdown table. The demo's defaults
are then chosen on these numbers; view 3 is never read here.

    python benchmarks/demo_val.py --variants anchor,marks --seeds 0 1 2
    python benchmarks/demo_val.py --variants anchor,scale1,scale3,skel,ortho --seeds 0 1 2   # finetune's anchor options
    python benchmarks/demo_val.py --variants anchor,ortho --seeds 0 1 2 --folds 12 21   # cross-fitted: 40 clips
    python benchmarks/demo_val.py --merge A/demo_val.json B/demo_val.json --name demo_val_anchor   # pool invocations
    python benchmarks/demo_val.py --merge A.json B.json --mixed-machines --name demo_val_cf   # folds run on two CPUs
"""
import argparse, json, shutil, statistics, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine, git_commit, peak_rss_gib

VARIANTS = {'anchor': dict(anchor=True, marks=False), 'marks': dict(anchor=True, marks=True),
            'paper': dict(anchor=False, marks=False), 'nodrop': dict(anchor=True, marks=False, lora_dropout=0.),
            'scale1': dict(anchor=True, anchor_scale=1.), 'scale3': dict(anchor=True, anchor_scale=3.),
            'skel': dict(anchor=True, skeleton_dropout=0.5), 'skel_scale3': dict(anchor=True, skeleton_dropout=0.5, anchor_scale=3.),
            'ortho': dict(anchor=True, anchor_codes='orthogonal'),
            'ortho_skel': dict(anchor=True, anchor_codes='orthogonal', skeleton_dropout=0.5)}

FOLDS = {'12': ('v01', 'v02'), '21': ('v02', 'v01')}   # fold: (training view, validation view)

def validation_folder(src:Path, dst:Path, fold:str='12') -> Path:
    "An NW-UCLA folder over `src`'s clips: one training view's clips train, the other's test (view 3 unlisted)"
    if fold not in FOLDS: raise SystemExit(f"--folds: unknown fold {fold!r}; expected one of {', '.join(FOLDS)}")
    names = [n.strip() for n in (src/'train_cv_views12.txt').read_text().splitlines() if n.strip()]
    dst.mkdir(parents=True, exist_ok=True)
    link = dst/'all_sqe'
    if not link.exists(): link.symlink_to((src/'all_sqe').resolve())
    fit, val = FOLDS[fold]
    (dst/'train_cv_views12.txt').write_text('\n'.join(n for n in names if n.endswith(fit)) + '\n')
    (dst/'test_cv_view3.txt').write_text('\n'.join(n for n in names if n.endswith(val)) + '\n')
    return dst

def fold_paths(work:Path, fold:str) -> tuple:
    "(data folder, shared Step-2 folder, run-name suffix) of a fold; fold 12 keeps the names of earlier runs"
    if fold == '12': return work/'data', work/'step2', ''
    return work/f'data_f{fold}', work/f'step2_f{fold}', f'_f{fold}'

def main():
    from sugar.cli import demo
    from sugar.demo_data import demo_data_dir
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--variants', default='anchor,marks', help=f"comma-separated, of {', '.join(VARIANTS)}")
    ap.add_argument('--seeds', type=int, nargs='+', default=[0])
    ap.add_argument('--folds', nargs='+', default=['12'], choices=sorted(FOLDS),
                    help='12: train view 1, validate view 2; 21: the reverse (both: every training clip validated once)')
    ap.add_argument('--work', default='sugar_out/demo_val', help='folder for the runs')
    ap.add_argument('--out', default='benchmarks/results', help='folder for demo_val.json/.md')
    ap.add_argument('--name', default='demo_val', help='file name of the results (.json and .md)')
    ap.add_argument('--merge', nargs='+', default=None,
                    help='pool the rows of earlier result files (runs made in several invocations) and train nothing')
    ap.add_argument('--mixed-machines', action='store_true',
                    help='with --merge: pool files from different machines (accuracy only; their wall_s differ)')
    a = ap.parse_args()
    if a.merge: return merge(a.merge, Path(a.out), a.name, a.mixed_machines)
    work, commit = Path(a.work), git_commit()        # the code the runs use: read before they start
    unknown = [v for v in a.variants.split(',') if v not in VARIANTS]
    if unknown: raise SystemExit(f"--variants: unknown {', '.join(unknown)}; expected some of {', '.join(VARIANTS)}")
    rows = []
    for fold in a.folds:
        folder, step2, suffix = fold_paths(work, fold)
        data = f"nw_ucla:{validation_folder(Path(demo_data_dir()), folder, fold)}"
        for v in a.variants.split(','):
            for s in a.seeds:
                run = work/f"{v}{suffix}_s{s}"
                if not (run/'pretrain').exists() and step2.exists():
                    shutil.copytree(step2, run/'pretrain', symlinks=True)   # Step 2 once per fold, shared
                t0 = time.time()
                demo(data=data, out=str(run), seed=s, modes='rank', **VARIANTS[v])
                if not step2.exists(): shutil.copytree(run/'pretrain', step2, symlinks=True)
                m2, m3 = (json.loads((run/r/'eval'/'metrics.json').read_text()) for r in ('pretrain', 'finetune'))
                rows.append(dict(variant=v, fold=fold, seed=s, n=m3['n'], val_step2=round(100 * m2['text']['top1'], 2),
                                 val_rank=round(100 * m3['rank']['top1'], 2), wall_s=round(time.time() - t0)))
                print(rows[-1], flush=True)
    write(dict(rows=rows, machine=machine(), git_commit=commit, peak_memory_gib=peak_rss_gib(),
               command='python benchmarks/demo_val.py ' + ' '.join(sys.argv[1:])), Path(a.out), a.name)

def pooled(rows:list, key:str) -> dict:
    "Per seed, `key` pooled over the folds' clips (rows without `n`, from before folds existed: 20 clips each)"
    by = {}
    for r in rows: by.setdefault(r['seed'], []).append((r[key], r.get('n', 20)))
    return {s: sum(v * n for v, n in x) / sum(n for _, n in x) for s, x in by.items()}

def write(res:dict, out:Path, name:str):
    "Summarise `res['rows']` per variant (per seed pooled over folds; mean, population std over seeds), write .json/.md"
    rows = res['rows']
    variants = list(dict.fromkeys(r['variant'] for r in rows))
    folds = sorted({r.get('fold', '12') for r in rows})
    summ = {}
    for v in variants:
        rv = [r for r in rows if r['variant'] == v]
        rank, step2 = pooled(rv, 'val_rank'), pooled(rv, 'val_step2')
        summ[v] = dict(mean=round(statistics.mean(rank.values()), 2), std=round(statistics.pstdev(rank.values()), 2),
                       seeds=len(rank), step2=round(statistics.mean(step2.values()), 2),
                       folds=sorted({r.get('fold', '12') for r in rv}),
                       clips=sum(r.get('n', 20) for r in rv if r['seed'] == rv[0]['seed']))
    res = dict(benchmark='demo_val', protocol='demo clips: fold 12 trains on view 1 and validates on view 2, fold 21 '
               'the reverse (view 3 unread)', **res, summary=summ)
    out.mkdir(parents=True, exist_ok=True)
    (out/f'{name}.json').write_text(json.dumps(res, indent=1))
    md = ['| variant | folds | validation clips | seeds | validation Step 2 top-1 | validation Step 3 rank top-1 |',
          '|---|---|---|---|---|---|']
    md += [f"| {v} | {', '.join(s['folds'])} | {s['clips']} | {s['seeds']} | {s['step2']:.2f} | "
           f"{s['mean']:.2f} ± {s['std']:.2f} |" for v, s in summ.items()]
    commits = sorted({c for c in [res.get('git_commit')] + [p.get('git_commit') for p in res.get('parts', [])] if c})
    (out/f'{name}.md').write_text('\n'.join(md) + f"\n\nPer seed, each variant's accuracy is pooled over its folds' "
                                  f"clips; mean ± population std over seeds. {res['machine']}, commit {', '.join(commits)}\n")
    print('\n'.join(md))

def _parts(res:dict) -> list:
    "The invocations behind a result file: its own, or those it pooled (a merged file), each with its machine"
    if 'parts' in res: return [dict(q, machine=q.get('machine', res['machine'])) for q in res['parts']]
    return [dict(command=res['command'], git_commit=res['git_commit'], machine=res['machine'],
                 variants=sorted({r['variant'] for r in res['rows']}))]

def merge(files:list, out:Path, name:str, mixed:bool=False):
    """Pool the rows of result files written by earlier invocations (each keeps its command, commit and machine in
    `parts`); files from different machines only with `mixed` (their accuracies pool, their wall_s do not compare)"""
    parts = [json.loads(Path(f).read_text()) for f in files]
    machines = sorted({p['machine'] for p in parts})
    if len(machines) > 1 and not mixed:
        raise SystemExit(f"the files come from different machines ({machines}): not pooled (--mixed-machines "
                         "pools their accuracies)")
    write(dict(rows=[r for p in parts for r in p['rows']], machine=' + '.join(machines),
               peak_memory_gib=max(p['peak_memory_gib'] for p in parts),
               parts=[q for p in parts for q in _parts(p)],
               command='python benchmarks/demo_val.py ' + ' '.join(sys.argv[1:])), out, name)

if __name__ == '__main__': main()
