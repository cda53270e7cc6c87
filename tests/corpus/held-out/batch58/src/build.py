# builds ../cases.jsonl from the ten voice modules
import json, os, sys, glob, importlib
here = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, here)
from longs import LONG
from terse import TERSE
out = []
for f in sorted(glob.glob(os.path.join(here, 'v[0-9][0-9]_*.py'))):
    m = importlib.import_module(os.path.basename(f)[:-3])
    cases = list(m.CASES)
    name = os.path.basename(f)[:-3]
    if name in LONG:
        case, drop = LONG[name]
        i = [k for k, c in enumerate(cases) if c[5].startswith(drop)][0]
        cases[i] = case
    cases += TERSE.get(name, [])
    for exp, cat, surf, lang, ctx, text in cases:
        c = dict(ctx)
        if m.ROLE == 'client':
            c['role'] = 'client'
            assert surf == 'message'
        o = {'text': text, 'expect': exp, 'category': cat, 'surface': surf, 'lang': lang, 'source': m.SOURCE}
        if c: o['context'] = c
        out.append(o)
with open(os.path.join(here, '..', 'cases.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'cases')
