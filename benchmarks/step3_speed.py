"""Benchmark: Step-3 speed on CPU with the packaged SmolLM2-135M-Instruct (no data needed).

    python benchmarks/step3_speed.py [--tokens 16] [--repeats 3] [--threads N]

Measures, side by side in one process on random skeleton features (13 steps x 256 channels, the encoder's output
for 52 frames): training samples/s (micro-batch 8, loss + backward + AdamW step) in fp32 and with bf16 autocast;
recognition latency at batch 1 and throughput at batch 8 for each mode (exact ranking over the 10 NW-UCLA actions
with a shared-prefix KV cache, constrained decoding of label + 24 description tokens, free generation of 32
tokens), and the ratios between modes. Medians of --repeats. Writes benchmarks/results/step3_speed_L<tokens>.json
(+ .md).
"""
import argparse, json, os, platform, statistics, subprocess, sys, time
from pathlib import Path
from _machine import machine, git_commit
import torch
from sugar.recognizer import Recognizer
from sugar.assets import action_names

def timed(f, repeats):
    ts = []
    for _ in range(repeats):
        t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
    return statistics.median(ts)

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--tokens', type=int, default=16); ap.add_argument('--repeats', type=int, default=3)
    ap.add_argument('--threads', type=int, default=0); ap.add_argument('--out', default='benchmarks/results')
    a = ap.parse_args()
    if a.threads: torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    actions = action_names('nw_ucla')
    t0 = time.time(); rec = Recognizer(256, out_len=a.tokens, bridge_kw=dict(n_segments=4)); load_s = time.time() - t0
    f8, f1 = torch.randn(8, 13, 256), torch.randn(1, 13, 256)
    labels = [actions[i % 10] for i in range(8)]
    desc = ['The person bends down and picks up a small object from the floor, then straightens up.'] * 8
    opt = torch.optim.AdamW([p for p in rec.parameters() if p.requires_grad], lr=1e-5)
    res = dict(llm='SmolLM2-135M-Instruct (packaged GGUF, dequantised to fp32)', tokens=a.tokens, load_s=round(load_s, 1),
               threads=torch.get_num_threads(), machine=machine(), repeats=a.repeats)
    rec.train()
    for name, bf16 in (('fp32', False), ('bf16_autocast', True)):
        def step():
            with torch.autocast('cpu', dtype=torch.bfloat16, enabled=bf16): loss = rec.loss(f8, labels, desc, actions)
            loss.backward(); opt.step(); opt.zero_grad()
        step()                                                     # warm-up
        res[f'train_samples_per_s_{name}'] = round(8 / timed(step, a.repeats), 2)
    res['train_bf16_speedup'] = round(res['train_samples_per_s_bf16_autocast'] / res['train_samples_per_s_fp32'], 2)
    rec.eval()
    modes = {'rank': lambda f: rec.rank(f, actions), 'constrained': lambda f: rec.constrained(f, actions, max_new_tokens=24),
             'generate': lambda f: rec.generate(f, actions, max_new_tokens=32)}
    for m, fn in modes.items():
        with torch.inference_mode():
            fn(f1)
            res[f'{m}_latency_s'] = round(timed(lambda: fn(f1), a.repeats), 3)
            res[f'{m}_throughput_per_s'] = round(8 / timed(lambda: fn(f8), a.repeats), 2)
    res['generate_over_rank_latency'] = round(res['generate_latency_s'] / res['rank_latency_s'], 2)
    res['generate_over_constrained_latency'] = round(res['generate_latency_s'] / res['constrained_latency_s'], 2)
    res['git_commit'] = git_commit()
    res['command'] = 'python ' + ' '.join(sys.argv)
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    name = f'step3_speed_L{a.tokens}'
    (out/f'{name}.json').write_text(json.dumps(res, indent=1) + '\n')
    md = [f"# Step-3 speed, SmolLM2-135M, L={a.tokens} ({res['machine']}, {res['threads']} threads)", '',
          '| measure | value |', '|---|---|',
          f"| training, fp32 | {res['train_samples_per_s_fp32']} samples/s |",
          f"| training, bf16 autocast | {res['train_samples_per_s_bf16_autocast']} samples/s ({res['train_bf16_speedup']}x) |"]
    for m in modes: md.append(f"| {m}: latency (batch 1) / throughput (batch 8) | {res[f'{m}_latency_s']} s / {res[f'{m}_throughput_per_s']} seq/s |")
    md.append(f"| free generation / ranking latency | {res['generate_over_rank_latency']}x |")
    (out/f'{name}.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

if __name__ == '__main__': main()
