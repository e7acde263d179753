"""Benchmark: load NW-UCLA into SUGAR's form and measure the data pipeline alone.

    python benchmarks/load_nw_ucla.py --data ../shared/data/nw_ucla [--out benchmarks/results] [--repeats 3]

Writes load_nw_ucla.json and load_nw_ucla.md into --out. Reports medians of --repeats runs:
reading all JSON files into a SkeletonSet, saving/opening the compact store, and the DataLoader's samples/s
(training transforms, window 64, batch 16) with 0 and 2 worker processes.
"""
import argparse, json, os, platform, statistics, tempfile, time
from pathlib import Path
import torch
from sugar.data import read_nw_ucla, SkeletonSet, SkeletonDataset

def timed(f, repeats):
    ts, out = [], None
    for _ in range(repeats):
        t = time.perf_counter(); out = f(); ts.append(time.perf_counter() - t)
    return statistics.median(ts), out

def loader_rate(sset, workers, n_batches=30, batch=16):
    dl = torch.utils.data.DataLoader(SkeletonDataset(sset, window=64, train=True), batch_size=batch, shuffle=True,
                                     num_workers=workers, generator=torch.Generator().manual_seed(0))
    it, seen = iter(dl), 0
    next(it)                                   # worker start-up not counted
    t = time.perf_counter()
    for _ in range(n_batches):
        try: xb, _ = next(it)
        except StopIteration: it = iter(dl); xb, _ = next(it)
        seen += len(xb)
    return seen / (time.perf_counter() - t)

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', required=True, help='NW-UCLA release folder (all_sqe/ + split lists)')
    ap.add_argument('--out', default='benchmarks/results')
    ap.add_argument('--repeats', type=int, default=3)
    a = ap.parse_args()
    torch.set_num_threads(1)
    t_read, ss = timed(lambda: read_nw_ucla(a.data, progress=False), a.repeats)
    train, test = ss.split('xview')
    with tempfile.TemporaryDirectory() as tmp:
        t_save, _ = timed(lambda: ss.save(Path(tmp)/'store'), a.repeats)
        t_open, st = timed(lambda: SkeletonSet.load(Path(tmp)/'store'), a.repeats)
        t_split, _ = timed(lambda: st.split('xview'), a.repeats)
    rates = {w: statistics.median(loader_rate(train, w) for _ in range(a.repeats)) for w in (0, 2)}
    res = dict(machine=f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, torch {torch.__version__}",
               samples=len(ss), train=len(train), test=len(test), frames=int(ss.lengths.sum()),
               read_s=round(t_read, 3), store_save_s=round(t_save, 3), store_open_s=round(t_open, 4), split_s=round(t_split, 3),
               loader_samples_per_s={str(k): round(v, 1) for k, v in rates.items()}, repeats=a.repeats)
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    (out/'load_nw_ucla.json').write_text(json.dumps(res, indent=1) + '\n')
    md = [f"# NW-UCLA loading ({res['machine']})", "", f"Command: `python benchmarks/load_nw_ucla.py --data {a.data}` (median of {a.repeats})", "",
          "| what | value |", "|---|---|",
          f"| samples (train / test, cross-view) | {res['samples']} ({res['train']} / {res['test']}) |",
          f"| frames | {res['frames']} |",
          f"| read all JSON -> SkeletonSet | {res['read_s']} s |",
          f"| save store / open store (memory-mapped) | {res['store_save_s']} s / {res['store_open_s']} s |",
          f"| split into train/test | {res['split_s']} s |",
          f"| DataLoader, train transforms, window 64: 0 workers | {rates[0]:.0f} samples/s |",
          f"| DataLoader, train transforms, window 64: 2 workers | {rates[2]:.0f} samples/s |"]
    (out/'load_nw_ucla.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

if __name__ == '__main__': main()
