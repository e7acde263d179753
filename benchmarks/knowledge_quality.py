"""Benchmark: how good is knowledge written offline by a small local model? Measured by what it does in training.

    python benchmarks/knowledge_quality.py --data ../shared/data/nw_ucla [--models smollm2,gemma] [--epochs 30]

For each local model (`smollm2`: the packaged SmolLM2-135M-Instruct; `gemma`: Gemma-3-270M base, after
`sugar weights --llm gemma`; or any HFBackend spec: a model folder or .gguf file) the script writes NW-UCLA
knowledge with structured generation (`build_knowledge`, resumable: the files live under --work/knowledge) and
compares it with (a) the shipped, hand-written knowledge and (b) a name-only control whose every text is
"a person {action}". For every knowledge it reports:

- generation: parse rate (classes with six non-empty parts), parts kept after failed retries, time;
- text side: mean / max pairwise cosine similarity of the class prototypes (mean of a class's motion and visual
  text embeddings, packaged all-MiniLM-L6-v2) and of the motion and visual texts separately (`knowledge_report`);
- Step 2 (MIL-NCE, nearest class text, cross-view) trained on 7 actions with the same budget for all: top-1 on the
  test clips of those 7 (and, with --all-classes, a second run on all 10 actions);
- zero-shot: the same run, then the 3 held-out ones (default doffing, throw, carry, chosen before any result)
  recognised by nearest class text among those 3, top-1 (and among all 10).

Every Step-2 run is an ordinary `sugar pretrain` folder under --work named by its fingerprint, so a rerun resumes
and reuses finished runs. Writes benchmarks/results/knowledge_quality.json (+ .md). The smoke test on the bundled
sample data: `--data tests_data/nw_ucla --epochs 1 --batch 4 --models smollm2 --unseen "pick up with two hands"`.
"""
import argparse, json, shlex, sys, time
from pathlib import Path
import numpy as np
from _machine import machine, git_commit, peak_rss_gib
from sugar.backends import HFBackend
from sugar.cli import pretrain, evaluate
from sugar.data import NW_UCLA_CLASSES
from sugar.knowledge import (PARTS, SCHEMA, build_knowledge, check_motion, knowledge_report, load_knowledge,
                             minilm_embed, save_knowledge, KnowledgeError)
from sugar.text import class_texts

def name_only(path) -> Path:
    "The control: every text of every class is 'a person {action}'"
    cls = [dict(label=a, name=a, motion={p: f"a person {a}" for p in PARTS}, visual=[f"a person {a}"],
                description=f"a person {a}") for a in NW_UCLA_CLASSES]
    prov = dict(motion='name-only control: "a person {action}"', visual='same', description='same')
    return save_knowledge(dict(schema=SCHEMA, action_list='nw_ucla', provenance=prov, classes=cls), path)

def generate(model:str, path:Path) -> dict:
    "Write (or complete) NW-UCLA knowledge with a local model; generation statistics (kept beside the file)"
    stats = path.with_suffix('.stats.json')
    t0 = time.time()
    r = build_knowledge('nw_ucla', HFBackend(model), path, backend_name=model, progress=True)
    if not r['generated'] and stats.exists(): return json.loads(stats.read_text())   # made by an earlier run
    cl, ok = r['knowledge']['classes'], 0
    for c in cl:
        try: check_motion(c['motion'], c['label']); ok += 1
        except KnowledgeError: pass
    res = dict(model=model, parse_rate=round(100 * ok / len(NW_UCLA_CLASSES), 1), failed=r['failed'],
               parts_kept_after_retries=sum(len(c.get('provenance', {}).get('problems', [])) for c in cl),
               generated=len(r['generated']), kept=len(r['kept']), wall_s=round(time.time() - t0))
    stats.write_text(json.dumps(res, indent=1) + '\n')
    return res

def text_stats(k:dict) -> dict:
    "Pairwise similarity of class prototypes, and of motion / visual texts (packaged MiniLM)"
    protos = []
    for ts in class_texts(k, ('motion', 'visual')):
        e = minilm_embed(ts).mean(0); protos.append(e / np.linalg.norm(e))
    p = np.stack(protos); s = p @ p.T; i, j = np.triu_indices(len(p), 1)
    rep = knowledge_report(k)
    return dict(proto_mean_sim=round(float(s[i, j].mean()), 3), proto_max_sim=round(float(s[i, j].max()), 3),
                **{f'{kind}_{m}_sim': round(rep[f'{kind}_{m}_sim'], 3) for kind in ('motion', 'visual')
                   for m in ('mean', 'max')})

def step2(data:str, knowledge:str, work:Path, tag:str, a, classes=None) -> Path:
    "One Step-2 MIL-NCE run (same budget for every knowledge); its run folder"
    return pretrain(data=data, out=str(work/f'kq_{tag}-{{fingerprint}}'), objective='mil', knowledge=knowledge,
                    epochs=a.epochs, batch=a.batch, lr=0.1, warmup=min(5, a.epochs), wd=1e-4, seed=a.seed,
                    classes=','.join(classes) if classes else None)

def last(run:Path, key:str='text') -> dict:
    "Final top-1 / top-5 (%) of a Step-2 run by nearest class text"
    h = [x for x in json.loads((run/'metrics.json').read_text()) if f'{key}_top1' in x][-1]
    return dict(top1=round(100 * h[f'{key}_top1'], 2), top5=round(100 * h[f'{key}_top5'], 2))

def zero_shot(run:Path, classes:list, name:str) -> dict:
    "Top-1 / top-5 (%) by nearest class text among `classes` (never trained on, for the unseen ones)"
    o = run/f'kq_{name}'
    evaluate(run=str(run), modes='rank', out=str(o), classes=','.join(classes))
    m = json.loads((o/'metrics.json').read_text())['text']
    return dict(top1=round(100 * m['top1'], 2), top5=round(100 * m['top5'], 2), n_classes=len(classes))

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', required=True, help='NW-UCLA release folder')
    ap.add_argument('--models', default='smollm2,gemma', help='local models, comma-separated (HFBackend specs)')
    ap.add_argument('--epochs', type=int, default=30); ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--batch', type=int, default=16)
    ap.add_argument('--unseen', default='doffing,throw,carry', help='held-out actions of the zero-shot split')
    ap.add_argument('--out', default='benchmarks/results'); ap.add_argument('--work', default='sugar_out/bench')
    ap.add_argument('--name', default='knowledge_quality', help='result file name')
    ap.add_argument('--all-classes', action='store_true', help='also train a run on all 10 actions')
    a = ap.parse_args()
    unseen = [c.strip() for c in a.unseen.split(',') if c.strip()]
    bad = [c for c in unseen if c not in NW_UCLA_CLASSES]
    if bad: sys.exit(f"--unseen: {bad[0]!r} is not an NW-UCLA action ({', '.join(NW_UCLA_CLASSES)})")
    seen = [c for c in NW_UCLA_CLASSES if c not in unseen]
    data, work, t0 = f'nw_ucla:{a.data}', Path(a.work), time.time()
    kdir = work/'knowledge'; kdir.mkdir(parents=True, exist_ok=True)
    files, gen = {'shipped': 'nw_ucla', 'name-only': str(name_only(kdir/'nw_ucla_name_only.json'))}, {}
    for m in [m.strip() for m in a.models.split(',') if m.strip()]:
        tag = Path(m).stem if ('/' in m or m.endswith('.gguf')) else m
        files[tag] = str(kdir/f'nw_ucla_{tag}.json')
        gen[tag] = generate(m, Path(files[tag]))
        print(f"{tag}: {gen[tag]}", flush=True)
    rows = {}
    for tag, f in files.items():
        k = load_knowledge(f, list(NW_UCLA_CLASSES))
        t = time.time()
        full = step2(data, f, work, f"{tag.replace(' ', '_')}_all", a) if a.all_classes else None
        zs = step2(data, f, work, f"{tag.replace(' ', '_')}_seen", a, seen)
        trained = json.loads((zs/'config.json').read_text())['classes']
        if set(trained) & set(unseen): sys.exit(f"{zs}: trained on held-out actions")
        rows[tag] = dict(knowledge=f, generation=gen.get(tag), text=text_stats(k), step2_seen=last(zs),
                         step2_all=last(full) if full else None,
                         zero_shot_unseen=zero_shot(zs, unseen, 'unseen'), zero_shot_all=zero_shot(zs, list(NW_UCLA_CLASSES), 'all'),
                         runs=dict(all=str(full) if full else None, seen=str(zs)), wall_s=round(time.time() - t))
        print(f"{tag}: {rows[tag]}", flush=True)
    res = dict(dataset='NW-UCLA', protocol='cross-view (train views 1,2 / test view 3)', unseen=unseen, seen=seen,
               step2=dict(objective='mil', kinds='motion,visual', text='minilm', epochs=a.epochs, batch=a.batch, lr=0.1,
                          warmup=min(5, a.epochs), wd=1e-4, seed=a.seed, scored_by='nearest class text'),
               results=rows, total_wall_s=round(time.time() - t0), peak_rss_gib=peak_rss_gib(), machine=machine(),
               command='python ' + shlex.join(sys.argv), git_commit=git_commit())
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    (out/f'{a.name}.json').write_text(json.dumps(res, indent=1) + '\n')
    head = ['| knowledge | parse rate | parts kept after retries | generation | prototype sim mean / max '
            f'| Step 2 top-1 ({len(seen)} seen) | zero-shot unseen top-1 ({len(unseen)}) | zero-shot all top-1 (10) '
            '| Step 2 top-1 (all 10 trained) |', '|---|---|---|---|---|---|---|---|---|']
    for tag, r in rows.items():
        g = r['generation']
        gtxt = (f"{g['parse_rate']:.0f} % | {g['parts_kept_after_retries']} | {g['wall_s']} s" if g else 'hand-written | - | -'
                if tag == 'shipped' else 'control | - | -')
        head.append(f"| {tag} | {gtxt} | {r['text']['proto_mean_sim']:.3f} / {r['text']['proto_max_sim']:.3f} | "
                    f"{r['step2_seen']['top1']:.1f} | {r['zero_shot_unseen']['top1']:.1f} | {r['zero_shot_all']['top1']:.1f} | "
                    f"{r['step2_all']['top1'] if r['step2_all'] else '-'} |")
    (out/f'{a.name}.md').write_text(
        f"# Knowledge quality by use: NW-UCLA cross-view, Step 2 MIL-NCE, {a.epochs} epochs, seed {a.seed}\n\n"
        + '\n'.join(head) + f"\n\nZero-shot: trained on {len(seen)} actions, held out {', '.join(unseen)}; "
        f"nearest class text. Total {res['total_wall_s']} s on {res['machine']}.\n\n`{res['command']}`\n")
    print('\n'.join(head))

if __name__ == '__main__': main()
