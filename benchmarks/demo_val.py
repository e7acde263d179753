"""Choose `sugar demo`'s Step-3 defaults without reading its test view.

The demo trains on NW-UCLA views 1 and 2 of its bundled clips and tests on view 3. This script
carves a validation protocol from the training views alone (train on view 1, validate on view 2:
a cross-view split like the demo's), runs `sugar demo` on it once per Step-3 variant and seed
(Step 2 trained once and shared), and writes JSON + a markdown table. The demo's defaults are then
chosen on these numbers; view 3 is never read here.

    python benchmarks/demo_val.py --variants anchor,marks --seeds 0 1 2
    python benchmarks/demo_val.py --variants anchor,scale1,scale3,skel,ortho --seeds 0 1 2   # finetune's anchor options
    python benchmarks/demo_val.py --merge A/demo_val.json B/demo_val.json --name demo_val_anchor   # pool invocations
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

def validation_folder(src:Path, dst:Path) -> Path:
    "An NW-UCLA folder over `src`'s clips: view-1 clips train, view-2 clips test (view 3 unlisted)"
    names = [n.strip() for n in (src/'train_cv_views12.txt').read_text().splitlines() if n.strip()]
    dst.mkdir(parents=True, exist_ok=True)
    link = dst/'all_sqe'
    if not link.exists(): link.symlink_to((src/'all_sqe').resolve())
    (dst/'train_cv_views12.txt').write_text('\n'.join(n for n in names if n.endswith('v01')) + '\n')
    (dst/'test_cv_view3.txt').write_text('\n'.join(n for n in names if n.endswith('v02')) + '\n')
    return dst

def main():
    from sugar.cli import demo
    from sugar.demo_data import demo_data_dir
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--variants', default='anchor,marks', help=f"comma-separated, of {', '.join(VARIANTS)}")
    ap.add_argument('--seeds', type=int, nargs='+', default=[0])
    ap.add_argument('--work', default='sugar_out/demo_val', help='folder for the runs')
    ap.add_argument('--out', default='benchmarks/results', help='folder for demo_val.json/.md')
    ap.add_argument('--name', default='demo_val', help='file name of the results (.json and .md)')
    ap.add_argument('--merge', nargs='+', default=None,
                    help='pool the rows of earlier result files (runs made in several invocations) and train nothing')
    a = ap.parse_args()
    if a.merge: return merge(a.merge, Path(a.out), a.name)
    work, commit = Path(a.work), git_commit()        # the code the runs use: read before they start
    data = f"nw_ucla:{validation_folder(Path(demo_data_dir()), work/'data')}"
    rows = []
    for v in a.variants.split(','):
        for s in a.seeds:
            run = work/f"{v}_s{s}"
            if not (run/'pretrain').exists() and (work/'step2').exists():
                shutil.copytree(work/'step2', run/'pretrain', symlinks=True)   # Step 2 once, shared
            t0 = time.time()
            demo(data=data, out=str(run), seed=s, modes='rank', **VARIANTS[v])
            if not (work/'step2').exists(): shutil.copytree(run/'pretrain', work/'step2', symlinks=True)
            m2, m3 = (json.loads((run/r/'eval'/'metrics.json').read_text()) for r in ('pretrain', 'finetune'))
            rows.append(dict(variant=v, seed=s, val_step2=round(100 * m2['text']['top1'], 2),
                             val_rank=round(100 * m3['rank']['top1'], 2), wall_s=round(time.time() - t0)))
            print(rows[-1], flush=True)
    write(dict(rows=rows, machine=machine(), git_commit=commit, peak_memory_gib=peak_rss_gib(),
               command='python benchmarks/demo_val.py ' + ' '.join(sys.argv[1:])), Path(a.out), a.name)

def write(res:dict, out:Path, name:str):
    "Summarise `res['rows']` per variant (mean, population std over seeds) and write `name`.json and .md"
    rows = res['rows']
    by = {v: [r['val_rank'] for r in rows if r['variant'] == v] for v in dict.fromkeys(r['variant'] for r in rows)}
    summ = {v: dict(mean=round(statistics.mean(x), 2), std=round(statistics.pstdev(x), 2), seeds=len(x)) for v, x in by.items()}
    res = dict(benchmark='demo_val', protocol='demo clips: train view 1, validate view 2 (view 3 unread)', **res, summary=summ)
    out.mkdir(parents=True, exist_ok=True)
    (out/f'{name}.json').write_text(json.dumps(res, indent=1))
    md = ['| variant | seeds | validation Step 2 top-1 | validation Step 3 rank top-1 |', '|---|---|---|---|']
    md += [f"| {v} | {s['seeds']} | {statistics.mean(r['val_step2'] for r in rows if r['variant'] == v):.2f} | "
           f"{s['mean']:.2f} ± {s['std']:.2f} |" for v, s in summ.items()]
    commits = sorted({c for c in [res.get('git_commit')] + [p.get('git_commit') for p in res.get('parts', [])] if c})
    (out/f'{name}.md').write_text('\n'.join(md) + f"\n\n{res['machine']}, commit {', '.join(commits)}\n")
    print('\n'.join(md))

def merge(files:list, out:Path, name:str):
    "Pool the rows of result files written by earlier invocations (each keeps its command and commit in `parts`)"
    parts = [json.loads(Path(f).read_text()) for f in files]
    machines = {p['machine'] for p in parts}
    if len(machines) > 1: raise SystemExit(f"the files come from different machines ({machines}): not pooled")
    write(dict(rows=[r for p in parts for r in p['rows']], machine=machines.pop(),
               peak_memory_gib=max(p['peak_memory_gib'] for p in parts),
               parts=[dict(command=p['command'], git_commit=p['git_commit'], variants=sorted({r['variant'] for r in p['rows']}))
                      for p in parts], command='python benchmarks/demo_val.py ' + ' '.join(sys.argv[1:])), out, name)

if __name__ == '__main__': main()
