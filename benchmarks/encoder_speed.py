"""Benchmark: Step-2 encoder training throughput on CPU, side by side with a per-subset reference.

    python benchmarks/encoder_speed.py [--batch 16] [--frames 52] [--joints 20] [--repeats 3] [--steps 8] [--out benchmarks/results]
    python benchmarks/encoder_speed.py --compile    # adds our encoder under torch.compile (writes encoder_speed_compile.*)
    python benchmarks/encoder_speed.py --paper      # adds the paper variant (no max-pool branch, no temporal stride;
                                                    # writes encoder_speed_paper.*, with MACs per sample of each)
    python benchmarks/encoder_speed.py --bf16       # adds both encoders under bfloat16 autocast, as
                                                    # `sugar pretrain --bf16 yes` trains (writes encoder_speed_bf16.*)

Measures samples/s of a full training step (forward, cross-entropy, backward, SGD step) in fp32 for
  - `sugar.encoder.SkeletonEncoder` (our implementation: subsets and branches fused into fewer, larger ops), and
  - `Reference`, written here in the straightforward CTR-GCN structure (one set of convolutions and one einsum per
    adjacency subset, one convolution per temporal branch), same channels, same parameter count up to biases,
alternating the two in one process (median of `--repeats` rounds of `--steps` steps each), plus the DataLoader's
samples/s on synthetic NW-UCLA-shaped data with training transforms. Writes encoder_speed.json and .md.
"""
import argparse, json, os, platform, statistics, time
from pathlib import Path
import numpy as np, torch, torch.nn as nn, torch.nn.functional as F
from sugar.encoder import SkeletonEncoder, n_params, count_macs, DEFAULT_CHANNELS, DEFAULT_STRIDES
from sugar.skeleton import KINECT20, raise_hand
from sugar.data import Sample, SkeletonSet, SkeletonDataset

class RefGC(nn.Module):
    def __init__(self, ci, co, A):
        super().__init__()
        K, R = A.shape[0], (8 if ci <= 16 else ci // 8)
        self.A, self.alpha = nn.Parameter(torch.tensor(A, dtype=torch.float32)), nn.Parameter(torch.zeros(1))
        self.c1 = nn.ModuleList([nn.Conv2d(ci, R, 1) for _ in range(K)]); self.c2 = nn.ModuleList([nn.Conv2d(ci, R, 1) for _ in range(K)])
        self.c3 = nn.ModuleList([nn.Conv2d(ci, co, 1) for _ in range(K)]); self.c4 = nn.ModuleList([nn.Conv2d(R, co, 1) for _ in range(K)])
        self.bn = nn.BatchNorm2d(co)
        self.down = nn.Sequential(nn.Conv2d(ci, co, 1), nn.BatchNorm2d(co)) if ci != co else nn.Identity()
    def forward(self, x):
        y = 0
        for k in range(self.A.shape[0]):
            q, kk, v = self.c1[k](x).mean(2), self.c2[k](x).mean(2), self.c3[k](x)
            adj = self.c4[k](torch.tanh(q.unsqueeze(-1) - kk.unsqueeze(-2))) * self.alpha + self.A[k]
            y = y + torch.einsum('ncuv,nctv->nctu', adj, v)
        return F.relu(self.bn(y) + self.down(x))

class RefTCN(nn.Module):
    def __init__(self, ci, co, s):
        super().__init__()
        bc = co // 4
        br = lambda d: nn.Sequential(nn.Conv2d(ci, bc, 1), nn.BatchNorm2d(bc), nn.ReLU(), nn.Conv2d(bc, bc, (5, 1), (s, 1), (2 * d, 0), (d, 1)), nn.BatchNorm2d(bc))
        self.b = nn.ModuleList([br(1), br(2), nn.Sequential(nn.Conv2d(ci, bc, 1), nn.BatchNorm2d(bc), nn.ReLU(), nn.MaxPool2d((3, 1), (s, 1), (1, 0)), nn.BatchNorm2d(bc)),
                                nn.Sequential(nn.Conv2d(ci, co - 3 * bc, 1, (s, 1)), nn.BatchNorm2d(co - 3 * bc))])
    def forward(self, x): return torch.cat([b(x) for b in self.b], 1)

class Reference(nn.Module):
    def __init__(self, layout=KINECT20, M=1):
        super().__init__()
        A, V, cs = layout.adjacency(), layout.n_joints, [3] + list(DEFAULT_CHANNELS)
        self.bn = nn.BatchNorm1d(M * 3 * V)
        self.g = nn.ModuleList([RefGC(cs[i], cs[i + 1], A) for i in range(10)])
        self.t = nn.ModuleList([RefTCN(cs[i + 1], cs[i + 1], DEFAULT_STRIDES[i]) for i in range(10)])
        self.r = nn.ModuleList([None if i == 0 else nn.Identity() if cs[i] == cs[i + 1] and DEFAULT_STRIDES[i] == 1 else
                                nn.Sequential(nn.Conv2d(cs[i], cs[i + 1], 1, (DEFAULT_STRIDES[i], 1)), nn.BatchNorm2d(cs[i + 1])) for i in range(10)])
    def forward(self, x):
        B, C, T, V, M = x.shape
        x = self.bn(x.permute(0, 4, 3, 1, 2).reshape(B, -1, T)).view(B, M, V, C, T).permute(0, 1, 3, 4, 2).reshape(B * M, C, T, V)
        for g, t, r in zip(self.g, self.t, self.r):
            y = t(g(x)); x = F.relu(y if r is None else y + r(x))
        seq = x.mean(3).view(B, M, 256, -1).mean(1).transpose(1, 2)
        return seq, seq.mean(1)

def make_step(model, x, y, bf16=False):
    head = nn.Linear(256, 10)
    opt = torch.optim.SGD(list(model.parameters()) + list(head.parameters()), lr=0.01, momentum=0.9)
    def step():
        with torch.autocast('cpu', torch.bfloat16, enabled=bf16): _, p = model(x)   # the encoder only, as Step2Model
        loss = F.cross_entropy(head(p.float()), y); opt.zero_grad(); loss.backward(); opt.step()
    return step

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--batch', type=int, default=16); ap.add_argument('--frames', type=int, default=52)
    ap.add_argument('--repeats', type=int, default=3); ap.add_argument('--steps', type=int, default=8)
    ap.add_argument('--compile', action='store_true', help='also time our encoder under torch.compile (inductor)')
    ap.add_argument('--paper', action='store_true', help="also time the paper variant (variant='paper')")
    ap.add_argument('--bf16', action='store_true', help='also time both encoders under bfloat16 autocast')
    ap.add_argument('--out', default='benchmarks/results')
    a = ap.parse_args()
    torch.manual_seed(0)
    x, y = torch.randn(a.batch, 3, a.frames, 20, 1), torch.randint(0, 10, (a.batch,))
    models = {'sugar': SkeletonEncoder('kinect20', max_persons=1), 'reference': Reference()}
    compile_s = None
    if a.paper: models['sugar_paper'] = SkeletonEncoder('kinect20', max_persons=1, variant='paper')
    if a.compile: models['sugar_compiled'] = torch.compile(SkeletonEncoder('kinect20', max_persons=1), dynamic=False)
    if a.bf16: models.update(sugar_bf16=SkeletonEncoder('kinect20', max_persons=1), reference_bf16=Reference())
    steps = {k: make_step(m, x, y, k.endswith('_bf16')) for k, m in models.items()}
    for k, s in steps.items():
        t = time.perf_counter(); s(); s()                               # warm-up (and compilation)
        if k == 'sugar_compiled': compile_s = time.perf_counter() - t
    rates = {k: [] for k in models}
    for _ in range(a.repeats):
        for k, s in steps.items():
            t = time.perf_counter()
            for _ in range(a.steps): s()
            rates[k].append(a.batch * a.steps / (time.perf_counter() - t))
    med = {k: statistics.median(v) for k, v in rates.items()}
    clip = raise_hand(KINECT20, T=40)
    ss = SkeletonSet.from_samples([Sample(clip[None] + i * 0.01, i % 10, f's{i}') for i in range(256)], KINECT20)
    dl = torch.utils.data.DataLoader(SkeletonDataset(ss, window=a.frames, train=True), batch_size=a.batch, shuffle=True)
    t, n = time.perf_counter(), 0
    for xb, _ in dl: n += len(xb)
    loader = n / (time.perf_counter() - t)
    res = dict(machine=f"{platform.machine()}, {os.cpu_count()} cores, torch {torch.__version__}, {torch.get_num_threads()} threads",
               batch=a.batch, frames=a.frames, joints=20, dtype='float32' + (' (*_bf16: bfloat16 autocast)' if a.bf16 else ''), params={k: n_params(m) for k, m in models.items()},
               samples_per_s={k: round(v, 2) for k, v in med.items()}, all_rounds={k: [round(r, 2) for r in v] for k, v in rates.items()},
               speedup=round(med['sugar'] / med['reference'], 3), loader_samples_per_s=round(loader, 1),
               command='python benchmarks/encoder_speed.py ' + ' '.join(f'--{k} {v}' for k, v in vars(a).items() if k not in ('out', 'compile', 'paper', 'bf16')) + (' --compile' if a.compile else '') + (' --paper' if a.paper else '') + (' --bf16' if a.bf16 else ''))
    if a.paper:
        macs = {k: count_macs(models[k], a.frames, 1) for k in ('sugar', 'sugar_paper')}
        res.update(macs_per_sample=macs, paper_vs_ctrgcn=round(med['sugar_paper'] / med['sugar'], 3))
    if a.compile: res.update(compiled_vs_eager=round(med['sugar_compiled'] / med['sugar'], 3), compile_and_first_steps_s=round(compile_s, 1))
    if a.bf16: res.update(bf16_vs_fp32={k: round(med[f'{k}_bf16'] / med[k], 3) for k in ('sugar', 'reference')},
                          sugar_bf16_vs_reference_fp32=round(med['sugar_bf16'] / med['reference'], 3))
    name = ('encoder_speed_compile' if a.compile else 'encoder_speed_paper' if a.paper else 'encoder_speed_bf16' if a.bf16
            else 'encoder_speed')
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    (out/f'{name}.json').write_text(json.dumps(res, indent=1) + '\n')
    md = [f"# Encoder training throughput ({res['machine']})", "", f"Command: `{res['command']}`", "",
          "| implementation | parameters | samples/s (median) |", "|---|---|---|",
          f"| sugar `SkeletonEncoder` (fused) | {res['params']['sugar']:,} | {med['sugar']:.1f} |",
          f"| per-subset reference (CTR-GCN structure) | {res['params']['reference']:,} | {med['reference']:.1f} |",
          *([f"| sugar `SkeletonEncoder`, paper variant (T' = T) | {res['params']['sugar_paper']:,} | {med['sugar_paper']:.1f} |"] if a.paper else []),
          *([f"| sugar `SkeletonEncoder` under `torch.compile` | {res['params']['sugar_compiled']:,} | {med['sugar_compiled']:.1f} |"] if a.compile else []),
          *([f"| sugar `SkeletonEncoder`, bfloat16 autocast | {res['params']['sugar_bf16']:,} | {med['sugar_bf16']:.1f} |",
             f"| per-subset reference, bfloat16 autocast | {res['params']['reference_bf16']:,} | {med['reference_bf16']:.1f} |"] if a.bf16 else []),
          "", f"Speed-up: {res['speedup']:.2f}x. DataLoader alone (training transforms): {loader:.0f} samples/s."]
    if a.compile: md.append(f"torch.compile against eager: {res['compiled_vs_eager']:.2f}x, after {compile_s:.0f} s of compilation and two warm-up steps.")
    if a.bf16: md.append(f"bfloat16 autocast against float32: sugar {res['bf16_vs_fp32']['sugar']:.2f}x, reference "
                         f"{res['bf16_vs_fp32']['reference']:.2f}x; sugar bf16 against the reference in fp32: "
                         f"{res['sugar_bf16_vs_reference_fp32']:.2f}x.")
    if a.paper: md.append(f"MACs per sample (T={a.frames}, V=20, M=1): ctrgcn {macs['sugar']/1e9:.3f} G, paper "
                          f"{macs['sugar_paper']/1e9:.3f} G; paper / ctrgcn throughput: {res['paper_vs_ctrgcn']:.2f}x.")
    (out/f'{name}.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

if __name__ == '__main__': main()
