"""Why does MIL-NCE trail the CE baseline on NW-UCLA? Probes of the two Step-2 runs of benchmarks/nw_ucla_step2.py.

    python benchmarks/nw_ucla_step2_analysis.py --data ../shared/data/nw_ucla --work sugar_out/bench [--tag _he_init]

For each run: a logistic-regression probe on the frozen pooled features (train split -> test split); for the MIL run,
per-class nearest-text accuracy, the most similar class-text prototypes (MiniLM, mean of motion + visual texts), and
classification by the mean training feature of each class; for the CE run, per-class accuracy.
`--tag` picks the pair of runs (nw_ucla_step2_mil<tag>, nw_ucla_step2_ce<tag>);
writes benchmarks/results/nw_ucla_step2_analysis<tag>.json.
"""
import argparse, json, sys, torch, numpy as np
from pathlib import Path
ap = argparse.ArgumentParser(); ap.add_argument('--data', required=True); ap.add_argument('--work', default='sugar_out/bench')
ap.add_argument('--tag', default='_he_init', help='suffix of the two run names')
ap.add_argument('--out', default=None, help='default: benchmarks/results/nw_ucla_step2_analysis<tag>.json'); a = ap.parse_args()
a.out = a.out or f'benchmarks/results/nw_ucla_step2_analysis{a.tag}.json'
from sugar.cli import read_dataset, load_step2_model, _step2_outputs
from sugar.evaluate import classification_report
from sugar.knowledge import load_knowledge
from sugar.text import MiniLMEncoder, knowledge_embeddings, EmbeddingCache
from sugar.contrastive import text_scores
from sklearn.linear_model import LogisticRegression
torch.set_num_threads(1)
tr, te, _ = read_dataset(f'nw_ucla:{a.data}')
out = {}
for name in [f'nw_ucla_step2_mil{a.tag}', f'nw_ucla_step2_ce{a.tag}']:
    res = Path(f'benchmarks/results/{name}.json')          # the run folder it recorded (named by its fingerprint)
    run = json.loads(res.read_text()).get('run') if res.exists() else None
    m, c2, ck = load_step2_model(run or f'{a.work}/{name}', tr)
    ftr, fte = _step2_outputs(m, tr, c2), _step2_outputs(m, te, c2)
    clf = LogisticRegression(max_iter=3000, C=1.0).fit(ftr['pooled'].numpy(), tr.labels)
    acc = float((clf.predict(fte['pooled'].numpy()) == te.labels).mean())
    out[name] = dict(linear_probe_top1=round(100 * acc, 2))
    if 'mil' in name:
        k = load_knowledge('nw_ucla'); texts, tmask = knowledge_embeddings(k, MiniLMEncoder(), ('motion', 'visual'), EmbeddingCache())
        r = classification_report(text_scores(fte['z'], texts, tmask, m.tau.item()), te.labels, tr.classes)
        out[name]['text_per_class'] = {k2: round(100 * v, 1) for k2, v in r['per_class'].items()}
        proto = torch.nn.functional.normalize((texts * tmask[..., None]).sum(1) / tmask.sum(1, keepdim=True), dim=-1)
        sim = proto @ proto.T
        pairs = sorted(((float(sim[i, j]), tr.classes[i], tr.classes[j]) for i in range(10) for j in range(i + 1, 10)), reverse=True)[:4]
        out[name]['closest_class_texts'] = [(round(s, 3), a, b) for s, a, b in pairs]
        # nearest-text vs. train-feature prototypes: classify test z by the mean train z of each class
        ztr = ftr['z']; cent = torch.nn.functional.normalize(torch.stack([ztr[torch.as_tensor(tr.labels) == c].mean(0) for c in range(10)]), dim=-1)
        out[name]['skeleton_prototype_top1'] = round(100 * float(((fte['z'] @ cent.T).argmax(1).numpy() == te.labels).mean()), 2)
    else:
        r = classification_report(fte['logits'], te.labels, tr.classes)
        out[name]['ce_per_class'] = {k2: round(100 * v, 1) for k2, v in r['per_class'].items()}
print(json.dumps(out, indent=1))
out['command'] = 'python ' + ' '.join(sys.argv)
open(a.out, 'w').write(json.dumps(out, indent=1) + '\n')
