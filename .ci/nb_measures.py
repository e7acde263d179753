"""Readability measures of the teaching notebooks (issue 18, items 9 and 10).

    python .ci/nb_measures.py [--check] nbs/00_skeleton.ipynb nbs/03_encoder.ipynb ...

For each notebook: the number of export cells, the public symbols each defines (top-level `def`/`class`/assignments
without a leading underscore), the median and largest export-cell length in lines, and the share of code lines longer
than 100 characters. With --check, exits 1 if any code line is longer than 100 characters or any export cell defines
more than one public function or class (constants beside them are allowed)."""
import ast, json, statistics, sys
from pathlib import Path

def _public(src:str) -> tuple:
    "Public (callables, other names) defined at the top level of `src`"
    src = '\n'.join(l for l in src.split('\n') if not l.lstrip().startswith(('%', '!')))
    try: tree = ast.parse(src)
    except SyntaxError: return [], []
    fns, names = [], []
    for n in tree.body:
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if not n.name.startswith('_'): fns.append(n.name)
        elif isinstance(n, (ast.Assign, ast.AnnAssign)):
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target]):
                if isinstance(t, ast.Name) and not t.id.startswith('_'): names.append(t.id)
    return fns, names

def measure(path) -> dict:
    cells = [c for c in json.loads(Path(path).read_text())['cells'] if c['cell_type'] == 'code']
    srcs = [''.join(c['source']) for c in cells]
    lines = [l for s in srcs for l in s.split('\n')]
    exp = [s for s in srcs if s.lstrip().startswith('#| export') or s.lstrip().startswith('#|export')]
    sizes = [len(s.split('\n')) for s in exp]
    multi = [(fns, s.split('\n')[1][:60] if '\n' in s else '') for s in exp for fns in [_public(s)[0]] if len(fns) > 1]
    long = [l for l in lines if len(l) > 100]
    return dict(notebook=str(path), export_cells=len(exp), median_export_lines=statistics.median(sizes) if sizes else 0,
                max_export_lines=max(sizes, default=0), multi_symbol_cells=len(multi), multi=multi,
                long_lines=len(long), long_pct=round(100 * len(long) / max(1, len(lines)), 1))

if __name__ == '__main__':
    args = sys.argv[1:]; check = '--check' in args; paths = [a for a in args if a != '--check']
    bad = False
    for p in paths:
        m = measure(p)
        print(f"{m['notebook']}: {m['export_cells']} export cells, median {m['median_export_lines']} / max "
              f"{m['max_export_lines']} lines, {m['multi_symbol_cells']} with >1 public def/class, "
              f"{m['long_lines']} code lines > 100 chars ({m['long_pct']}%)")
        for fns, _ in m['multi']: print('   several public symbols in one cell:', ', '.join(fns))
        bad |= bool(m['long_lines'] or m['multi_symbol_cells'])
    if check and bad: print('notebook measures: FAILED'); sys.exit(1)
