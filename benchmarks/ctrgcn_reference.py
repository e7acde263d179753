"""Reference point: the public CTR-GCN code (joint stream) trained on NW-UCLA cross-view, run from your own checkout.

    git clone https://github.com/Uason-Chen/CTR-GCN PATH/TO/CTR-GCN
    python benchmarks/ctrgcn_reference.py --ctrgcn PATH/TO/CTR-GCN --data ../shared/data/nw_ucla
    python benchmarks/ctrgcn_reference.py --ctrgcn PATH/TO/CTR-GCN --data ../shared/data/nw_ucla --epochs 65 --step 50 --repeat 5 --tag _published

Nothing of CTR-GCN is copied into this repository. The script loads `main.py` of the checkout given by `--ctrgcn`,
takes the checkout's `config/ucla/default.yaml`, changes only the schedule fields named below, and runs the
checkout's own `Processor` (its feeder, model, optimiser, learning-rate schedule and evaluation) in a temporary work
folder, where the feeder's fixed relative path `data/NW-UCLA/all_sqe/` is a link to `--data`.

The code dates from 2021 and assumes a GPU. So that it runs unchanged with current libraries and on a CPU, this
process only: `.cuda()` returns its tensor or module unchanged when there is no GPU; the `np.int` alias its feeder
uses is restored when numpy no longer has it; and when they are not installed, `torchlight` (of which `main.py` only
imports `DictAction`; the bundled package also needs h5py and an old torchpack) and `tensorboardX` (logging only)
are replaced by small stand-ins. The result file lists the stand-ins that were used.

Defaults are the schedule of the CPU reference quoted in the README: 30 epochs over the 1,020 training sequences
(`--repeat 1`), batch 16, SGD lr 0.1 with the config's 5 warm-up epochs, x0.1 at epoch 24, seed 1, no DataLoader
workers (as SUGAR's benchmarks). The checkout's config itself trains 65 epochs over 5 repeats of the training set
with x0.1 at epoch 50 (second command above). Writes benchmarks/results/ctrgcn_reference<tag>.json and .md: top-1 and
top-5 after the last epoch and at the best epoch (the number CTR-GCN's script prints), training time, samples/s of
its training loop per epoch, peak memory, machine, command, and the commit of both repositories.
"""
import argparse, ast, json, os, runpy, statistics, subprocess, sys, tempfile, time, types
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine, git_commit, peak_rss_gib

def stand_in_torchlight():
    "A module with the one name CTR-GCN's main.py imports from torchlight: an argparse action for `key=value,...` options"
    class DictAction(argparse.Action):
        def __call__(self, parser, namespace, values, option_string=None):
            call = ast.parse(f'dict({values})', mode='eval').body          # keyword arguments with literal values only
            d = dict(getattr(namespace, self.dest) or {})
            d.update({k.arg: ast.literal_eval(k.value) for k in call.keywords})
            setattr(namespace, self.dest, d)
    m = types.ModuleType('torchlight'); m.DictAction = DictAction
    return m

def stand_in_tensorboardx():
    "A module whose SummaryWriter accepts every call and records nothing"
    class SummaryWriter:
        def __init__(self, *a, **k): pass
        def __getattr__(self, name): return lambda *a, **k: None
    m = types.ModuleType('tensorboardX'); m.SummaryWriter = SummaryWriter
    return m

def prepare_imports(ctrgcn: Path) -> list:
    "Put the checkout on sys.path, patch what 2021 code needs on a current CPU-only stack; returns the stand-ins used"
    import numpy as np, torch
    used = []
    sys.path[:0] = [str(ctrgcn), str(ctrgcn/'torchlight')]
    try: import torchlight; torchlight.DictAction
    except Exception: sys.modules['torchlight'] = stand_in_torchlight(); used.append('torchlight.DictAction')
    try: import tensorboardX
    except Exception: sys.modules['tensorboardX'] = stand_in_tensorboardx(); used.append('tensorboardX.SummaryWriter (no-op)')
    if 'int' not in np.__dict__: np.int = int; used.append('np.int = int')
    if not torch.cuda.is_available():
        torch.Tensor.cuda = lambda self, *a, **k: self
        torch.nn.Module.cuda = lambda self, *a, **k: self
        used.append('.cuda() -> no-op (CPU)')
    return used

def find_all_sqe(data: Path) -> Path:
    for p in (data/'all_sqe', data):
        if p.is_dir() and any(p.glob('a*_s*_e*_v*.json')): return p.resolve()
    raise SystemExit(f"--data {data}: no NW-UCLA JSON files (aNN_sNN_eNN_vNN.json) in it or in its all_sqe/")

def commit_of(repo: Path) -> str:
    r = subprocess.run(['git', '-C', str(repo), 'rev-parse', 'HEAD'], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else ''

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--ctrgcn', required=True, help='a checkout of github.com/Uason-Chen/CTR-GCN')
    ap.add_argument('--data', required=True, help='NW-UCLA release folder (holding all_sqe/) or all_sqe itself')
    ap.add_argument('--epochs', type=int, default=30); ap.add_argument('--step', type=int, nargs='+', default=[24], help='epochs where lr is x0.1')
    ap.add_argument('--repeat', type=int, default=1, help="passes over the training set per epoch (the checkout's config: 5)")
    ap.add_argument('--batch', type=int, default=16); ap.add_argument('--lr', type=float, default=0.1)
    ap.add_argument('--seed', type=int, default=1); ap.add_argument('--workers', type=int, default=0, help='DataLoader worker processes')
    ap.add_argument('--work', default=None, help='keep the work folder (logs, checkpoints) here instead of a temporary one')
    ap.add_argument('--tag', default='', help='suffix of the result name'); ap.add_argument('--out', default='benchmarks/results')
    a = ap.parse_args()
    ctrgcn, out = Path(a.ctrgcn).resolve(), Path(a.out).resolve()
    if not (ctrgcn/'main.py').exists() or not (ctrgcn/'config'/'ucla'/'default.yaml').exists():
        raise SystemExit(f"--ctrgcn {a.ctrgcn}: not a CTR-GCN checkout (needs main.py and config/ucla/default.yaml)")
    all_sqe = find_all_sqe(Path(a.data))
    command, ours = 'python ' + ' '.join(sys.argv), git_commit()
    import yaml, torch
    stand_ins = prepare_imports(ctrgcn)
    cfg = yaml.safe_load((ctrgcn/'config'/'ucla'/'default.yaml').read_text())
    cfg.update(num_epoch=a.epochs, step=a.step, batch_size=a.batch, base_lr=a.lr, seed=a.seed, num_worker=a.workers,
               save_epoch=0, save_interval=1)       # every epoch saved: the script reloads the best one at the end
    cfg['train_feeder_args'] = dict(cfg['train_feeder_args'], repeat=a.repeat)
    tmp = tempfile.TemporaryDirectory() if a.work is None else None
    work = Path(tmp.name if tmp else a.work).resolve()
    (work/'data'/'NW-UCLA').mkdir(parents=True, exist_ok=True)
    link = work/'data'/'NW-UCLA'/'all_sqe'
    if not link.exists(): link.symlink_to(all_sqe, target_is_directory=True)
    (work/'config.ucla.yaml').write_text(yaml.safe_dump(cfg))
    here = os.getcwd(); os.chdir(work)
    try:
        m = runpy.run_path(str(ctrgcn/'main.py'), run_name='ctrgcn_main')
        parser = m['get_parser']()
        unknown = set(cfg) - set(vars(parser.parse_args([])))
        if unknown: raise SystemExit(f"config keys this main.py does not know: {sorted(unknown)}")
        parser.set_defaults(**cfg)
        arg = parser.parse_args(['--work-dir', str(work/'run'), '--config', str(work/'config.ucla.yaml')])
        m['init_seed'](arg.seed)
        Processor, history, evals = m['Processor'], [], []
        train0, eval0 = Processor.train, Processor.eval
        def train(self, epoch, **kw):
            t = time.perf_counter(); r = train0(self, epoch, **kw); dt = time.perf_counter() - t
            n = len(self.data_loader['train']) * self.arg.batch_size
            history.append(dict(epoch=epoch + 1, lr=self.lr, train_s=round(dt, 1), samples_per_s=round(n / dt, 2)))
            return r
        def evaluate(self, epoch, **kw):
            ds, got = self.data_loader['test'].dataset, {}
            top_k0 = ds.top_k
            def top_k(score, k):
                v = top_k0(score, k); got[k] = round(100 * v, 2); return v
            ds.top_k = top_k
            t = time.perf_counter()
            try: r = eval0(self, epoch, **kw)
            finally: ds.top_k = top_k0
            evals.append(dict(got, eval_s=round(time.perf_counter() - t, 1)))
            return r
        Processor.train, Processor.eval = train, evaluate
        t0 = time.time()
        p = Processor(arg)
        p.start()
        wall = time.time() - t0
    finally:
        os.chdir(here)
        if tmp: tmp.cleanup()
    for h, e in zip(history, evals): h.update(top1=e.get(1), top5=e.get(5), eval_s=e['eval_s'])
    rates = [h['samples_per_s'] for h in history]
    res = dict(model='CTR-GCN, public code, joint stream', dataset='NW-UCLA', protocol='cross-view (train views 1,2 / test view 3)',
               top1=history[-1]['top1'], top5=history[-1]['top5'], best_top1=round(100 * p.best_acc, 2), best_epoch=p.best_acc_epoch,
               best_top5=history[p.best_acc_epoch - 1]['top5'] if p.best_acc_epoch else None,
               epochs=a.epochs, step=a.step, repeat=a.repeat, batch_size=a.batch, lr=a.lr, seed=a.seed, workers=a.workers,
               n_train=len(p.data_loader['train'].dataset), n_test=len(p.data_loader['test'].dataset),
               train_wall_s=round(sum(h['train_s'] for h in history)), total_wall_s=round(wall),
               samples_per_s=round(statistics.median(rates), 1), samples_per_s_range=[min(rates), max(rates)],
               peak_rss_gib=peak_rss_gib(), device='cuda' if torch.cuda.is_available() else 'cpu', torch_threads=torch.get_num_threads(),
               stand_ins=stand_ins, machine=machine(), command=command, ctrgcn=str(ctrgcn), ctrgcn_commit=commit_of(ctrgcn),
               git_commit=ours, history=history)
    name = f'ctrgcn_reference{a.tag}'
    out.mkdir(parents=True, exist_ok=True)
    (out/f'{name}.json').write_text(json.dumps(res, indent=1) + '\n')
    md = [f"# CTR-GCN public code, joint stream, NW-UCLA cross-view ({res['machine']}, {res['device']})", '',
          f"Command: `{command}` (CTR-GCN commit {res['ctrgcn_commit'] or 'unknown'})", '',
          '| what | value |', '|---|---|',
          f"| top-1 / top-5, last epoch | {res['top1']} / {res['top5']} |",
          f"| top-1, best epoch (CTR-GCN's printout) | {res['best_top1']} (epoch {res['best_epoch']}) |",
          f"| schedule | {a.epochs} epochs x {a.repeat} pass(es) over {res['n_train'] // a.repeat} sequences, batch {a.batch}, lr {a.lr} x0.1 at {a.step} |",
          f"| training time | {res['train_wall_s'] / 60:.1f} min (whole run {res['total_wall_s'] / 60:.1f} min) |",
          f"| training loop, samples/s | {res['samples_per_s']} median ({min(rates)}-{max(rates)}) |",
          f"| peak memory | {res['peak_rss_gib']} GiB |",
          f"| stand-ins | {', '.join(stand_ins) or 'none'} |"]
    (out/f'{name}.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

if __name__ == '__main__': main()
