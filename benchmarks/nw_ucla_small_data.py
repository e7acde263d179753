"""Small training sets: the epoch-based default (30 epochs) against the step-based one (`sugar.contrastive.plan_schedule`:
at least 30 epochs and 1,800 optimiser steps), on nested subsets of the NW-UCLA cross-view training views.

    python benchmarks/nw_ucla_small_data.py --data ../shared/data/nw_ucla --fraction 0.25 --schedule steps-default --method ce --seed 0
    python benchmarks/nw_ucla_small_data.py --data ../shared/data/nw_ucla --fraction 0.25 --schedule epochs-default --method ce --seed 0

The subsets keep every class: each class's training clips are put in one fixed order (independent of --seed) and the
first `fraction` of them are kept, so the 25 % subset is inside the 50 % one. Everything else is `sugar pretrain`'s
defaults for NW-UCLA data (batch 16, SGD lr 0.1, weight decay 4e-4, x0.1 decay at 80 %, the `ucla` recipe, 52 frames);
the schedules differ only in the number of epochs and the warm-up that follows from it. The test split (all 464 test
sequences) is read once, after the last epoch. Appends a row to benchmarks/results/nw_ucla_small_data.json (and
rewrites the .md table): dataset, method, seed, train_fraction, schedule, clips, epochs, steps, top1, top5, time, command.
"""
import argparse, json, math, os, sys, time
from pathlib import Path
import numpy as np
from _machine import machine, git_commit
from sugar.data import read_nw_ucla
from sugar.knowledge import load_knowledge
from sugar.text import MiniLMEncoder, knowledge_embeddings, EmbeddingCache
from sugar.contrastive import Step2Config, train_step2, plan_schedule, plan_text

def nested_subset(tr, fraction:float):
    "The first `fraction` of every class's clips, in a fixed per-class order"
    keep = []
    for c in np.unique(tr.labels):
        idx = np.flatnonzero(tr.labels == c)
        idx = idx[np.random.default_rng([12345, int(c)]).permutation(len(idx))]
        keep += sorted(idx[:max(1, math.ceil(fraction * len(idx)))].tolist())
    return tr.subset(sorted(keep))

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', required=True); ap.add_argument('--fraction', type=float, required=True)
    ap.add_argument('--schedule', choices=['epochs-default', 'steps-default'], required=True)
    ap.add_argument('--method', choices=['ce', 'mil'], default='ce'); ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--out', default='benchmarks/results'); ap.add_argument('--work', default='sugar_out/small_data')
    a = ap.parse_args()
    tr, te = read_nw_ucla(a.data).split('xview')
    sub = nested_subset(tr, a.fraction)
    plan = plan_schedule(len(sub), 16, epochs=30 if a.schedule == 'epochs-default' else None)
    print(f"{a.schedule}: {plan_text(plan)}", flush=True)
    texts = tmask = None
    if a.method == 'mil': texts, tmask = knowledge_embeddings(load_knowledge('nw_ucla'), MiniLMEncoder(), ('motion', 'visual'), EmbeddingCache())
    cfg = Step2Config(objective=a.method, epochs=plan['epochs'], batch_size=16, lr=0.1, warmup_epochs=plan['warmup_epochs'], schedule='step',
                      milestones=(0.8,), window=52, seed=a.seed, eval_every=plan['epochs'], weight_decay=4e-4, recipe='ucla')
    name = f"small_{a.method}_f{a.fraction:g}_{a.schedule}_s{a.seed}"
    t0 = time.time()
    r = train_step2(cfg, sub, te, texts, tmask, out_dir=Path(a.work)/name, log=lambda m: print(m, flush=True), progress=False,
                    fingerprint=dict(data='nw_ucla', protocol='xview', train_fraction=a.fraction))
    key = 'text' if a.method == 'mil' else 'ce'
    f = r['final']
    row = dict(dataset='NW-UCLA', protocol='cross-view', method=a.method, seed=a.seed, train_fraction=a.fraction, schedule=a.schedule,
               clips=len(sub), epochs=plan['epochs'], steps=plan['steps'], top1=round(100 * f[f'{key}_top1'], 2), top5=round(100 * f[f'{key}_top5'], 2),
               scored_by=key, final_loss=round(f['loss'], 4), undertrained=r['undertrained'], train_wall_s=round(sum(h['train_s'] for h in r['history'])),
               total_wall_s=round(time.time() - t0), load_1min=round(os.getloadavg()[0], 1), machine=machine(), command='python ' + ' '.join(sys.argv), git_commit=git_commit())
    row['shared_cpu'] = row['load_1min'] > 3      # this run uses 2 threads: more load means other jobs shared them
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    res_path = out/'nw_ucla_small_data.json'
    rows = json.loads(res_path.read_text()) if res_path.exists() else []
    rows = [x for x in rows if (x['method'], x['seed'], x['train_fraction'], x['schedule']) != (a.method, a.seed, a.fraction, a.schedule)] + [row]
    res_path.write_text(json.dumps(rows, indent=1) + '\n')
    write_table(rows, out)
    print(json.dumps(row))

def write_table(rows:list, out:Path):
    "The markdown table of all rows; training time only for runs that had the CPU to themselves"
    lines = ['| method | train fraction | clips | schedule | epochs | steps | seed | top-1 | top-5 | training |',
             '|---|---|---|---|---|---|---|---|---|---|']
    for x in sorted(rows, key=lambda x: (x['method'], x['train_fraction'], x['schedule'], x['seed'])):
        t = f"{x['train_wall_s'] / 60:.0f} min" if not x.get('shared_cpu') else 'shared CPU'
        lines.append(f"| {x['method']} | {x['train_fraction']:g} | {x['clips']} | {x['schedule']} | {x['epochs']} | "
                     f"{x['steps']} | {x['seed']} | {x['top1']:.2f} | {x['top5']:.2f} | {t} |")
    (out/'nw_ucla_small_data.md').write_text(
        '# Small training sets on NW-UCLA: epoch-based vs step-based default budget\n\n' + '\n'.join(lines)
        + f"\n\n{rows[-1]['machine']}; commands in nw_ucla_small_data.json. 'shared CPU': the run shared the two cores "
        "with other jobs, so its time says nothing about speed (its accuracy is unaffected).\n")

if __name__ == '__main__': main()
