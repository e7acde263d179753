"""Repeat the crash test: kill -9 a small Step-3 (or Step-2) run at random moments inside its training, resume it, and
compare with an uninterrupted run; each repeat draws another kill schedule.

    python benchmarks/crash_repeat.py --times 10 [--step 3] [--kills 3]

Passes when every repeat ends with the clean run's losses (Step 2: the same floats; Step 3: within 1e-4, see
nbs/12_crash.ipynb) and exactly its accuracy, and at least one of its kills landed inside training. Writes benchmarks/results/crash_repeat_step<step>.json (+ .md): per repeat, the kills (seconds after
the first checkpoint, the epoch the checkpoint held) and whether the metrics matched.
"""
import argparse, json, subprocess, sys, tempfile, time
from pathlib import Path
from _machine import machine, git_commit
from sugar.crash import crash_cycle, sugar_cmd, step2_args, step3_args, untimed
from sugar.backends import tiny_model_folder

def same(step, a, b):
    if step == 2: return untimed(a) == untimed(b)
    la, lb = [h['loss'] for h in a['history']], [h['loss'] for h in b['history']]
    close = len(la) == len(lb) and all(abs(x - y) <= 1e-4 for x, y in zip(la, lb))
    return close and (a['top1'], a['top5']) == (b['top1'], b['top5'])

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--times', type=int, default=10); ap.add_argument('--step', type=int, choices=(2, 3), default=3)
    ap.add_argument('--kills', type=int, default=3); ap.add_argument('--epochs', type=int, default=8)
    ap.add_argument('--out', default='benchmarks/results')
    a = ap.parse_args()
    rows, t0 = [], time.time()
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        if a.step == 3:
            llm = tiny_model_folder(d/'llm')
            r = subprocess.run(sugar_cmd(step2_args(1), d/'p'), capture_output=True, text=True)
            if r.returncode: sys.exit(r.stderr[-2000:])
        for i in range(a.times):
            args, marker = (step3_args(d/'p', llm, a.epochs), 'state.pt') if a.step == 3 else (step2_args(a.epochs), 'checkpoint.pt')
            try:
                r = crash_cycle(args, d/f'cycle{i}', marker, a.epochs, seed=100 + i, max_kills=a.kills)
                row = dict(repeat=i, kills=r['kills'], inside=sum(k['inside'] for k in r['kills']), identical=same(a.step, r['clean'], r['killed']))
            except AssertionError as e: row = dict(repeat=i, kills=None, inside=0, identical=False, error=str(e)[-2000:])
            row['passed'] = row['identical'] and row['inside'] >= 1
            rows.append(row); print(json.dumps(row), flush=True)
    res = dict(step=a.step, times=a.times, passed=sum(r['passed'] for r in rows), kills_inside=sum(r['inside'] for r in rows),
               repeats=rows, wall_s=round(time.time() - t0), machine=machine(), command='python ' + ' '.join(sys.argv), git_commit=git_commit())
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    name = f'crash_repeat_step{a.step}'
    (out/f'{name}.json').write_text(json.dumps(res, indent=1) + '\n')
    (out/f'{name}.md').write_text(f"# Crash test, Step {a.step}: {res['passed']} of {a.times} repeats passed\n\n"
                                  f"{res['kills_inside']} kills landed inside training; {res['wall_s']} s on {res['machine']}.\n")
    print(f"{res['passed']} of {a.times} repeats passed ({res['kills_inside']} kills inside training)")
    return 0 if res['passed'] == a.times else 1

if __name__ == '__main__': sys.exit(main())
