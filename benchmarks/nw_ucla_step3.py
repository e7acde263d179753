"""Benchmark: Step 3 on NW-UCLA (cross-view): TQP (or another bridge) + LoRA on the packaged SmolLM2, on a frozen Step-2 encoder.

    python benchmarks/nw_ucla_step3.py --data ../shared/data/nw_ucla --pretrain sugar_out/bench/nw_ucla_step2_mil_ucla_recipe \
        [--tokens 16] [--bridge tqp] [--epochs 1] [--gen-limit 100] [--tag _1ep]

Runs `sugar finetune` (training + exact ranking over the 10 actions on all 464 test sequences, reported as is) and
`sugar evaluate` for ranking, constrained decoding and free generation on --gen-limit test sequences spread evenly over the
split (all three modes on the same sequences; decoding text token by token is much slower than ranking on a CPU). Writes benchmarks/results/nw_ucla_step3_<bridge>_L<tokens>.json
(+ .md) with the fields of the issue, per-mode accuracy and seconds per sequence, and three real answers.
"""
import argparse, json, os, platform, subprocess, sys, time
from pathlib import Path
from _machine import machine, git_commit, peak_rss_gib
from sugar.cli import finetune, evaluate

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', required=True); ap.add_argument('--pretrain', required=True)
    ap.add_argument('--tokens', type=int, default=16); ap.add_argument('--bridge', default='tqp')
    ap.add_argument('--epochs', type=int, default=1); ap.add_argument('--batch', type=int, default=8)
    ap.add_argument('--total-batch', type=int, default=32); ap.add_argument('--lr', type=float, default=2e-4)
    ap.add_argument('--lora-r', type=int, default=64); ap.add_argument('--lora-alpha', type=int, default=16)
    ap.add_argument('--bf16', default='auto'); ap.add_argument('--gen-limit', type=int, default=100)
    ap.add_argument('--tag', default='', help='suffix of the result and run-folder name')
    ap.add_argument('--out', default='benchmarks/results'); ap.add_argument('--work', default='sugar_out/bench')
    a = ap.parse_args()
    name = f'nw_ucla_step3_{a.bridge}_L{a.tokens}{a.tag}'
    data = f'nw_ucla:{a.data}'
    t0 = time.time()
    # the folder is named by the run's fingerprint (data, encoder run, LLM, bridge, LoRA, seed, ...): a rerun of the same
    # command resumes (a finished run only ranks again), and another --pretrain or setting trains its own run
    run = finetune(data=data, pretrain=a.pretrain, out=str(Path(a.work)/(name + '-{fingerprint}')), bridge=a.bridge, tokens=a.tokens,
                   epochs=a.epochs, batch=a.batch, total_batch=a.total_batch, lr=a.lr, lora_r=a.lora_r, lora_alpha=a.lora_alpha, bf16=a.bf16)
    t_train = time.time() - t0                        # finetune's own time (training, or resuming a finished run, + ranking)
    if a.gen_limit: evaluate(run=str(run), modes='rank,constrained,generate', limit=a.gen_limit, out=str(run/'eval_gen'))
    m = json.loads((run/'metrics.json').read_text())
    gen = json.loads((run/'eval_gen'/'metrics.json').read_text()) if a.gen_limit else {}
    c3 = json.loads((run/'config.json').read_text())
    s2 = json.loads((Path(c3['pretrain'])/'config.json').read_text())    # the encoder this run was trained on, from its own record
    commit = git_commit()
    # `sugar finetune` already ranked the whole test split; its metrics are reused rather than ranking twice
    modes = {'rank': dict(top1=round(100 * m['top1'], 2), top5=round(100 * m['top5'], 2), n=m.get('n'))}
    for k in ('rank', 'constrained', 'generate'):
        if k in gen: modes[k + ('_subset' if k == 'rank' else '')] = dict(
            top1=round(100 * gen[k]['top1'], 2), mean_class=round(100 * gen[k]['mean_class'], 2), n=gen['n'],
            unparsed=gen[k].get('unparsed'), seconds_per_sequence=round(gen[k]['seconds_per_sequence'], 3))
    examples = [dict(name=x['name'], true=x['true'], answer=f"{x['label']}. {x['text']}") for x in gen.get('constrained', {}).get('answers', [])[:3]]
    res = dict(dataset='NW-UCLA', protocol='cross-view (train views 1,2 / test view 3)', method=f'SUGAR step 3 ({a.bridge}, L={a.tokens})',
               top1=modes['rank']['top1'], top5=modes['rank']['top5'], scored_by='rank', modes=modes, examples=examples,
               encoder=dict(run=c3['pretrain'], objective=s2['step2']['objective'], recipe=s2['step2'].get('recipe')),
               llm='SmolLM2-135M-Instruct (packaged GGUF)', bridge=a.bridge, tokens=a.tokens, lora_r=a.lora_r, lora_alpha=a.lora_alpha,
               lr=a.lr, epochs=a.epochs, batch_size=a.batch, total_batch=a.total_batch,
               train_wall_s=round(sum(h['train_s'] for h in m['history'])), finetune_wall_s=round(t_train), run=str(run), total_wall_s=round(time.time() - t0),
               samples_per_s=round(sum(h['samples_per_s'] for h in m['history']) / len(m['history']), 2), bf16=m['history'][-1].get('bf16'),
               peak_rss_gib=peak_rss_gib(),
               machine=machine(), command='python ' + ' '.join(sys.argv), git_commit=commit)
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    (out/f'{name}.json').write_text(json.dumps(res, indent=1) + '\n')
    rows = ['| mode | test sequences | top-1 | top-5 | unparsed | s / sequence |', '|---|---|---|---|---|---|']
    for k, v in modes.items(): rows.append(f"| {k} | {v['n'] or '-'} | {v['top1']:.1f} | {v.get('top5', '-')} | {v.get('unparsed', '-')} | {v.get('seconds_per_sequence', '-')} |")
    (out/f'{name}.md').write_text(f"# {res['method']} on NW-UCLA cross-view\n\n" + '\n'.join(rows) + '\n\n' +
                                  '\n'.join(f"- {e['name']} (true: {e['true']}): {e['answer']}" for e in examples) +
                                  f"\n\nTraining {res['train_wall_s']} s ({res['samples_per_s']} samples/s), {res['machine']}.\n")
    print(json.dumps({k: v for k, v in res.items() if k in ('top1', 'top5', 'modes', 'train_wall_s')}, indent=1))

if __name__ == '__main__': main()
