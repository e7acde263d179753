"""Benchmark: zero-shot recognition inside NW-UCLA (cross-view). Train Step 2 (MIL-NCE) and Step 3 (TQP + LoRA) on 7 of the
10 actions, then recognise the 3 held-out actions, and all 10, without retraining.

    python benchmarks/nw_ucla_zeroshot.py --data ../shared/data/nw_ucla [--unseen doffing,throw,carry] [--tokens 16]

The held-out actions default to the last three of the list (doffing, throw, carry), chosen by position, not by result.
Step 2: nearest class knowledge text (motion + visual, packaged all-MiniLM-L6-v2); Step 3: exact ranking of the action
names given the instruction that lists the candidate actions. Both run folders are ordinary `sugar pretrain` /
`sugar finetune` folders under --work, named by their fingerprint (rerunning the same command resumes; other
classes, data or settings get their own folders). Writes benchmarks/results/nw_ucla_zeroshot.json (+ .md) with
top-1/top-5 on seen, unseen and all classes beside chance, wall times and the process's peak memory.
"""
import argparse, json, sys, time
from pathlib import Path
from _machine import machine, git_commit, peak_rss_gib
from sugar.cli import pretrain, finetune, evaluate
from sugar.data import NW_UCLA_CLASSES

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', required=True); ap.add_argument('--unseen', default='doffing,throw,carry')
    ap.add_argument('--epochs', type=int, default=30); ap.add_argument('--llm-epochs', type=int, default=2)
    ap.add_argument('--tokens', type=int, default=16); ap.add_argument('--lr', type=float, default=5e-4)
    ap.add_argument('--out', default='benchmarks/results'); ap.add_argument('--work', default='sugar_out/bench')
    a = ap.parse_args()
    unseen = [c.strip() for c in a.unseen.split(',')]
    bad = [c for c in unseen if c not in NW_UCLA_CLASSES]
    if bad: sys.exit(f"--unseen: {bad[0]!r} is not an NW-UCLA action ({', '.join(NW_UCLA_CLASSES)})")
    seen = [c for c in NW_UCLA_CLASSES if c not in unseen]
    data, work = f'nw_ucla:{a.data}', Path(a.work)
    t0 = time.time()      # run folders are named by their fingerprint: other --unseen classes never reuse a folder
    p = pretrain(data=data, out=str(work/'nw_ucla_zs_step2-{fingerprint}'), objective='mil', epochs=a.epochs, batch=16, lr=0.1, warmup=5,
                 wd=1e-4, classes=','.join(seen))
    t2, mem2 = time.time() - t0, peak_rss_gib()
    f = finetune(data=data, pretrain=str(p), out=str(work/'nw_ucla_zs_step3-{fingerprint}'), tokens=a.tokens, epochs=a.llm_epochs, batch=8,
                 total_batch=16, lr=a.lr, classes=','.join(seen))
    trained = json.loads((p/'config.json').read_text())['classes']
    if set(trained) & set(unseen): sys.exit(f"{p}: trained on held-out actions {sorted(set(trained) & set(unseen))}")   # never report those
    t3, mem3 = time.time() - t0 - t2, peak_rss_gib()
    res = dict(dataset='NW-UCLA', protocol='cross-view (train views 1,2 / test view 3), 7 seen / 3 unseen actions',
               method='SUGAR zero-shot', seen=seen, unseen=unseen, results={})
    for name, cls in (('seen', seen), ('unseen', unseen), ('all', list(NW_UCLA_CLASSES))):
        for step, run, key in (('step2_text', p, 'text'), ('step3_rank', f, 'rank')):
            o = run/f'zs_{name}'
            evaluate(run=str(run), modes='rank', out=str(o), classes=','.join(cls))
            m = json.loads((o/'metrics.json').read_text())[key]
            res['results'][f'{step}_{name}'] = dict(n_classes=len(cls), n=int(sum(sum(r) for r in m['confusion'])),
                                                   top1=round(100 * m['top1'], 2), top5=round(100 * m['top5'], 2),
                                                   chance_top1=round(100 / len(cls), 2), chance_top5=round(100 * min(5, len(cls)) / len(cls), 2))
    m2 = json.loads((p/'metrics.json').read_text())
    res.update(top1=res['results']['step3_rank_unseen']['top1'], top5=res['results']['step3_rank_unseen']['top5'], scored_by='step 3 rank, unseen actions',
               epochs=a.epochs, llm_epochs=a.llm_epochs, batch_size=16, llm_batch=dict(batch=8, total=16), tokens=a.tokens, lr_llm=a.lr,
               train_wall_s=round(sum(h['train_s'] for h in m2)) + round(sum(h['train_s'] for h in json.loads((f/'metrics.json').read_text())['history'])),
               step2_wall_s=round(t2), step3_wall_s=round(t3), total_wall_s=round(time.time() - t0),
               peak_rss_gib_after_step2=mem2, peak_rss_gib_after_step3=mem3,
               runs=dict(step2=str(p), step3=str(f)), machine=machine(), command='python ' + ' '.join(sys.argv), git_commit=git_commit())
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    (out/'nw_ucla_zeroshot.json').write_text(json.dumps(res, indent=1) + '\n')
    rows = ['| classifier | test actions | sequences | top-1 | top-5 | chance top-1 / top-5 |', '|---|---|---|---|---|---|']
    for k, v in res['results'].items():
        step, name = k.rsplit('_', 1)
        rows.append(f"| {step.replace('_', ' ')} | {name} ({v['n_classes']}) | {v['n']} | {v['top1']:.1f} | {v['top5']:.1f} | {v['chance_top1']:.0f} / {v['chance_top5']:.0f} |")
    (out/'nw_ucla_zeroshot.md').write_text(f"# Zero-shot inside NW-UCLA: trained on {len(seen)} actions, held out {', '.join(unseen)}\n\n"
                                           + '\n'.join(rows) + f"\n\nStep 2 {res['step2_wall_s']} s, Step 3 {res['step3_wall_s']} s; peak memory "
                                           f"{mem2} GiB after Step 2, {mem3} GiB after Step 3; {res['machine']}.\n")
    print('\n'.join(rows))

if __name__ == '__main__': main()
