"""Benchmark: Step-3 speed on CPU with the packaged SmolLM2-135M-Instruct (no data needed).

    python benchmarks/step3_speed.py [--tokens 16] [--repeats 5] [--threads N] [--name step3_speed_L16]

Measures, side by side in one process on random skeleton features (13 steps x 256 channels, the encoder's output
for 52 frames): training samples/s (micro-batch 8, per-example action lists, loss + backward + AdamW step) in fp32
and with bf16 autocast, with SDPA and with eager attention (the CPU default); recognition latency at batch 1 and
throughput at batch 8, in fp32 and with bf16 autocast (`Recognizer.bf16_inference`), for each mode: exact ranking over
the 10 NW-UCLA actions (chat prefix computed once and kept between calls, candidates batched), constrained decoding
of label + 24 description tokens, free generation of 32 tokens; and the ratios between modes. Training is also timed
with eager attention and no LoRA dropout (`sugar finetune --lora_dropout 0`), whose random masks cost the same in both
precisions. Training steps alternate between fp32 and bf16 (so that a drift in the machine's speed hits both alike);
bf16 steps hold the LLM's frozen weights in bf16 as `train_step3` does (`_frozen_bf16`). Medians of --repeats.
Writes benchmarks/results/<name>.json (+ .md; default name step3_speed_L<tokens>).
"""
import argparse, contextlib, json, os, platform, statistics, subprocess, sys, time
from pathlib import Path
from _machine import machine, git_commit
import torch
from sugar.recognizer import Recognizer, _frozen_bf16
from sugar.assets import action_names

_ROW = {'sdpa': 'sdpa attention', 'eager': 'eager attention',
        'nodropout': 'eager attention, `--lora_dropout 0`'}

def timed(f, repeats):
    ts = []
    for _ in range(repeats):
        t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
    return statistics.median(ts)

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--tokens', type=int, default=16); ap.add_argument('--repeats', type=int, default=5)
    ap.add_argument('--threads', type=int, default=0); ap.add_argument('--out', default='benchmarks/results')
    ap.add_argument('--name', default=None, help='results file name (default: step3_speed_L<tokens>)')
    a = ap.parse_args()
    if a.threads: torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    actions = action_names('nw_ucla')
    t0 = time.time(); rec = Recognizer(256, out_len=a.tokens); load_s = time.time() - t0
    f8, f1 = torch.randn(8, 13, 256), torch.randn(1, 13, 256)
    labels = [actions[i % 10] for i in range(8)]
    lists = [[labels[i]] + [x for x in actions if x != labels[i]][:2 + i] for i in range(8)]   # per-example lists
    desc = ['The person bends down and picks up a small object from the floor, then straightens up.'] * 8
    opt = torch.optim.AdamW([p for p in rec.parameters() if p.requires_grad], lr=1e-5)
    res = dict(llm='SmolLM2-135M-Instruct (packaged GGUF, dequantised to fp32)', attention='eager (CPU default)', tokens=a.tokens, load_s=round(load_s, 1),
               threads=torch.get_num_threads(), machine=machine(), repeats=a.repeats)
    base = rec.llm.get_base_model()
    def rates(r, o):
        "Training samples/s of recogniser `r` with optimiser `o` in fp32 and in bf16, steps interleaved"
        def step(bf16):
            with _frozen_bf16(r.llm) if bf16 else contextlib.nullcontext():   # as train_step3 does
                with torch.autocast('cpu', dtype=torch.bfloat16, enabled=bf16):
                    loss = r.loss(f8, labels, desc, lists)
                loss.backward(); o.step(); o.zero_grad()
        step(False); step(True)                                             # warm-up
        ts = {False: [], True: []}
        for _ in range(a.repeats):                  # alternating, so that drifts hit both alike
            for bf16 in (False, True):
                t = time.perf_counter(); step(bf16); ts[bf16].append(time.perf_counter() - t)
        return {name: round(8 / statistics.median(ts[bf16]), 2) for name, bf16 in (('fp32', False), ('bf16', True))}
    rec.train()
    for attn in ('sdpa', 'eager'):                                 # eager: the default on the CPU
        base.set_attn_implementation(attn)
        for name, v in rates(rec, opt).items(): res[f'train_samples_per_s_{attn}_{name}'] = v
    # where bf16's gain goes: LoRA dropout draws a random mask per LoRA layer and step, at the same cost in both
    # precisions; the same eager measurement with `--lora_dropout 0`
    rec0 = Recognizer(256, out_len=a.tokens, lora_dropout=0.); rec0.train()
    opt0 = torch.optim.AdamW([p for p in rec0.parameters() if p.requires_grad], lr=1e-5)
    for name, v in rates(rec0, opt0).items(): res[f'train_samples_per_s_nodropout_{name}'] = v
    del rec0, opt0
    for attn in ('sdpa', 'eager', 'nodropout'):
        res[f'train_bf16_speedup_{attn}'] = round(res[f'train_samples_per_s_{attn}_bf16'] /
                                                  res[f'train_samples_per_s_{attn}_fp32'], 2)
    rec.eval()
    modes = {'rank': lambda f: rec.rank(f, actions), 'constrained': lambda f: rec.constrained(f, actions, max_new_tokens=24),
             'generate': lambda f: rec.generate(f, actions, max_new_tokens=32)}
    for name, bf16 in (('fp32', False), ('bf16', True)):
        rec.bf16_inference = bf16
        for m, fn in modes.items():
            with torch.inference_mode():
                fn(f1)
                res[f'{m}_{name}_latency_s'] = round(timed(lambda: fn(f1), a.repeats), 3)
                res[f'{m}_{name}_throughput_per_s'] = round(8 / timed(lambda: fn(f8), a.repeats), 2)
        res[f'generate_over_rank_{name}_batch1'] = round(res[f'generate_{name}_latency_s'] / res[f'rank_{name}_latency_s'], 2)
        res[f'rank_over_generate_{name}_batch8'] = round(res[f'rank_{name}_throughput_per_s'] /
                                                         res[f'generate_{name}_throughput_per_s'], 2)
    res['git_commit'] = git_commit()
    res['command'] = 'python ' + ' '.join(sys.argv)
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    name = a.name or f'step3_speed_L{a.tokens}'
    (out/f'{name}.json').write_text(json.dumps(res, indent=1) + '\n')
    md = [f"# Step-3 speed, SmolLM2-135M + LoRA r=64, L={a.tokens} ({res['machine']}, {res['threads']} threads)", '',
          'Training: micro-batch 8, shuffled action lists, answers with a description; loss + backward + AdamW step.', '',
          '| training | fp32 samples/s | bf16 autocast samples/s | bf16 / fp32 |', '|---|---|---|---|']
    for attn in ('sdpa', 'eager', 'nodropout'):
        md.append(f"| {_ROW[attn]} | {res[f'train_samples_per_s_{attn}_fp32']} | "
                  f"{res[f'train_samples_per_s_{attn}_bf16']} | {res[f'train_bf16_speedup_{attn}']}x |")
    md += ['', '| recognition (eager attention) | precision | latency, batch 1 (s) | throughput, batch 8 (seq/s) |',
           '|---|---|---|---|']
    for prec in ('fp32', 'bf16'):
        for m in modes: md.append(f"| {m} | {prec} | {res[f'{m}_{prec}_latency_s']} | {res[f'{m}_{prec}_throughput_per_s']} |")
    md.append('')
    for prec in ('fp32', 'bf16'):
        md.append(f"- {prec}: ranking is {res[f'generate_over_rank_{prec}_batch1']}x faster than free generation (32 tokens) "
                  f"at batch 1, {res[f'rank_over_generate_{prec}_batch8']}x at batch 8.")
    (out/f'{name}.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

if __name__ == '__main__': main()
