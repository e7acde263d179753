"""How much the padding fix in `minmax_normalise` changes the NW-UCLA inputs (cross-view test split, the `ucla` recipe).

    python benchmarks/minmax_effect.py --data ../shared/data/nw_ucla

The old rule took every joint whose coordinates are all exactly zero for padding and left it at zero; after centring,
that includes the centre joint of the first frame. It is re-implemented here only to compare. Writes
benchmarks/results/minmax_effect.json: the share of input values that differ and the size of the differences.
"""
import argparse, json, sys
from pathlib import Path
import numpy as np, torch
from _machine import machine, git_commit
import sugar.data as D
from sugar.data import read_nw_ucla, recipe_dataset

def old_minmax(x):
    "The rule before the fix: per-joint zero test"
    x = np.asarray(x, np.float32); mask = np.abs(x).sum(-1, keepdims=True) > 0
    if not mask.any(): return x.copy()
    v = x[mask[..., 0]]; lo, hi = v.min(0), v.max(0)
    return np.where(mask, (x - lo) / np.maximum(hi - lo, 1e-6) * 2 - 1, 0).astype(np.float32)

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', required=True); ap.add_argument('--out', default='benchmarks/results')
    a = ap.parse_args()
    _, te = read_nw_ucla(a.data).split('xview')
    ds = recipe_dataset(te, 'ucla', 52)
    new = torch.stack([ds[i][0] for i in range(len(ds))])
    fixed = D.minmax_normalise; D.minmax_normalise = old_minmax
    old = torch.stack([ds[i][0] for i in range(len(ds))]); D.minmax_normalise = fixed
    d = (new - old).abs(); ch = d > 1e-6
    res = dict(dataset='NW-UCLA', split='cross-view test', recipe='ucla', window=52, values=d.numel(), changed=int(ch.sum()),
               changed_pct=round(100 * ch.float().mean().item(), 3), samples_changed=int(ch.flatten(1).any(1).sum()), samples=len(ds),
               mean_abs_change=round(d[ch].mean().item(), 4), max_abs_change=round(d.max().item(), 4), mean_abs_value=round(new.abs().mean().item(), 4),
               machine=machine(), command='python ' + ' '.join(sys.argv), git_commit=git_commit())
    Path(a.out).mkdir(parents=True, exist_ok=True)
    (Path(a.out)/'minmax_effect.json').write_text(json.dumps(res, indent=1) + '\n')
    print(json.dumps(res, indent=1))

if __name__ == '__main__': main()
