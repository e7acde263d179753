"""Benchmark: Step 1 for an action list SUGAR has never seen, end to end on a fresh install, as a user runs it.

    python benchmarks/knowledge_new_list.py [--models smollm2,gemma] [--actions my_actions.txt]

For each packaged local model the script runs the command a user runs (`sugar knowledge --actions FILE --backend M`,
in a fresh process, timed from the shell's point of view), checks the file it wrote (`load_knowledge`: six
non-empty parts per class, visual sentences, a description, provenance naming the model) and counts parts kept with
problems after the sampled retries. Then it builds a small custom dataset whose labels are these actions (an
`index.csv` with a plain `split` column; synthetic kinect20 clips, one motion pattern per action: the point is the
path, not the accuracy) and trains Step 2 on it with the generated knowledge (`sugar pretrain ... --epochs 1`).

The default list is 20 actions none of the shipped knowledge files contain. Gemma needs `sugar weights --llm gemma`
first. Writes benchmarks/results/knowledge_new_list.json (+ .md).
"""
import argparse, csv, json, os, shlex, subprocess, sys, time
from pathlib import Path
import numpy as np
from _machine import machine, git_commit
from sugar.assets import ACTION_LISTS, action_names
from sugar.knowledge import PARTS, load_knowledge

NEW_ACTIONS = ['juggle balls', 'play violin', 'row a boat', 'shoot a basketball', 'do push-ups', 'jump rope',
               'swing a golf club', 'play drums', 'climb a ladder', 'mop the floor', 'ride a bicycle',
               'serve a tennis ball', 'lift a barbell', 'knit', 'paint a wall', 'skip', 'dribble a ball',
               'shovel snow', 'play guitar', 'do lunges']

def sugar_cmd(*args) -> tuple:
    "Run the `sugar` command of this environment in a fresh process: (return code, seconds, output)"
    exe = Path(sys.executable).parent/'sugar'
    t = time.time()
    p = subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True)
    return p.returncode, time.time() - t, p.stdout + p.stderr

def custom_dataset(folder:Path, actions:list, per_class:int=6, T:int=40, seed:int=0) -> Path:
    "A small custom dataset with these labels: kinect20 clips, a plain `split` column; its index.csv"
    rng = np.random.default_rng(seed)
    (folder/'clips').mkdir(parents=True, exist_ok=True)
    rows, t = [], np.linspace(0, 2 * np.pi, T)[:, None, None]
    for k, a in enumerate(actions):
        freq, phase = 1 + k % 5, rng.uniform(0, np.pi, (1, 20, 3))
        for i in range(per_class):
            x = 0.3 * np.sin(freq * t + phase) + 0.02 * rng.standard_normal((T, 20, 3))
            f = f"clips/{k:02d}_{i}.npy"; np.save(folder/f, x.astype(np.float32))
            rows.append(dict(file=f, label=a, split='test' if i >= per_class - 2 else 'train'))
    with open(folder/'index.csv', 'w', newline='') as fh:
        w = csv.DictWriter(fh, fieldnames=['file', 'label', 'split']); w.writeheader(); w.writerows(rows)
    return folder/'index.csv'

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--models', default='smollm2,gemma', help='packaged local models, comma-separated')
    ap.add_argument('--actions', default=None, help='a text file, one action per line (default: 20 new actions)')
    ap.add_argument('--work', default='sugar_out/bench/new_list'); ap.add_argument('--out', default='benchmarks/results')
    ap.add_argument('--name', default='knowledge_new_list')
    a = ap.parse_args()
    work = Path(a.work); work.mkdir(parents=True, exist_ok=True)
    if a.actions: acts_file, actions = Path(a.actions), action_names(a.actions)
    else: actions = NEW_ACTIONS; acts_file = work/'new_actions.txt'; acts_file.write_text('\n'.join(actions) + '\n')
    shipped = {x.lower() for n in ACTION_LISTS for x in action_names(n)}
    overlap = [x for x in actions if x.lower() in shipped]
    rows = {}
    for m in [m.strip() for m in a.models.split(',') if m.strip()]:
        kfile = work/f'knowledge_{m}.json'
        if kfile.exists(): kfile.unlink()                          # measure a full generation
        rc, s, log = sugar_cmd('knowledge', '--actions', acts_file, '--backend', m, '--out', kfile)
        row = dict(rc=rc, wall_s=round(s, 1), load_1min=round(os.getloadavg()[0], 2))
        if rc == 0:
            k = load_knowledge(str(kfile), actions)                  # raises on any invalid entry
            cl = k['classes']
            row.update(classes=len(cl), complete=sum(bool(all(c['motion'].get(p, '').strip() for p in PARTS)
                                                     and c['visual'] and c['description']) for c in cl),
                       parts_with_problems=sum(len(c.get('provenance', {}).get('problems', [])) for c in cl),
                       provenance=k.get('provenance'), example=dict(action=cl[0]['label'], motion=cl[0]['motion'],
                                                                   visual=cl[0]['visual'][:2]))
        else: row['log_tail'] = log[-2000:]
        rows[m] = row
        print(m, json.dumps({k: v for k, v in row.items() if k != 'example'}), flush=True)
    ok = [m for m, r in rows.items() if r['rc'] == 0]
    train = None
    if ok:
        index = custom_dataset(work/'data', actions)
        rc, s, log = sugar_cmd('pretrain', '--data', f'custom:{index}@kinect20', '--knowledge',
                               work/f'knowledge_{ok[0]}.json', '--epochs', 1, '--batch', 8, '--out', work/'run')
        train = dict(knowledge=ok[0], rc=rc, wall_s=round(s, 1), log_tail=log[-600:])
        print('pretrain', rc, round(s, 1), flush=True)
    res = dict(actions=actions, overlap_with_shipped=overlap, results=rows, pretrain=train, machine=machine(),
               command='python ' + shlex.join(sys.argv), git_commit=git_commit())
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    (out/f'{a.name}.json').write_text(json.dumps(res, indent=1) + '\n')
    lines = [f"# Step 1 for a new {len(actions)}-action list (`sugar knowledge --actions FILE --backend M`)", '',
             '| model | exit | complete classes | parts kept with problems | time (s) | load (1 min) |',
             '|---|---|---|---|---|---|']
    for m, r in rows.items():
        lines.append(f"| {m} | {r['rc']} | {r.get('complete', 0)} / {len(actions)} | "
                     f"{r.get('parts_with_problems', '-')} | {r['wall_s']} | {r['load_1min']} |")
    if train: lines += ['', f"`sugar pretrain` on a custom dataset with these labels and the {train['knowledge']} "
                           f"knowledge: exit {train['rc']} in {train['wall_s']} s."]
    lines += ['', f"Machine: {res['machine']}. `{res['command']}`"]
    (out/f'{a.name}.md').write_text('\n'.join(lines) + '\n')
    print('\n'.join(lines))
    sys.exit(0 if ok and len(ok) == len(rows) and train and train['rc'] == 0 else 1)

if __name__ == '__main__': main()
