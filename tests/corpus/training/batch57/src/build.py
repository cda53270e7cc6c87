# Builds ../cases.jsonl and ../SOURCES.md from data_ar.py and data_azi.py (batch57, own writing).
import json, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CLIENTS = {'ar-gulf-client', 'ar-uae-client', 'ar-scam', 'az-eg-client', 'az-kw-client', 'az-scam'}
EXP = {'v': 'violation', 'c': 'clean', 'a': 'allowed'}
SURF = {'p': 'proposal', 'm': 'message'}
rows, unsure = [], []
for fname, lang in (('data_ar.py', 'ar'), ('data_azi.py', 'ar-Latn')):
    g = {}
    exec(open(os.path.join(HERE, fname), encoding='utf8').read(), g)
    for (v, e, cat, s, ctx, t, note) in g['C']:
        o = {'text': t, 'expect': EXP[e], 'category': cat, 'surface': SURF[s], 'lang': lang, 'source': v}
        c = {}
        if 'A' in ctx: c['contract'] = 'active'
        if 'E' in ctx: c['client'] = 'enterprise'
        if v in CLIENTS:
            c['role'] = 'client'
            assert s == 'm', t
        if c: o['context'] = c
        rows.append((o, note))
with open(os.path.join(OUT, 'cases.jsonl'), 'w', encoding='utf8') as f:
    for i, (o, note) in enumerate(rows, 1):
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
        if note: unsure.append((i, o, note))
json.dump([(i, o['source'], o['expect'], o['category'], n) for i, o, n in unsure], open(os.path.join(HERE, 'unsure.json'), 'w'), ensure_ascii=False)
def table(key):
    cnt = Counter(key(o) for o, _ in rows)
    return '\n'.join(f'| {k} | {n} |' for k, n in sorted(cnt.items()))
by = lambda f: (lambda o: f(o))
stats = {
 'expect': table(lambda o: o['expect']),
 'expect by lang': table(lambda o: f"{o['lang']} / {o['expect']}"),
 'category': table(lambda o: o['category']),
 'expect x category': table(lambda o: f"{o['expect']} / {o['category']}"),
 'lang': table(lambda o: o['lang']),
 'surface': table(lambda o: o['surface']),
 'role': table(lambda o: o.get('context', {}).get('role', 'freelancer')),
 'context': table(lambda o: ', '.join(f'{k}={v}' for k, v in o.get('context', {}).items() if k != 'role') or '(default)'),
}
open(os.path.join(HERE, 'stats.md'), 'w', encoding='utf8').write('\n\n'.join(f'### {k}\n\n| value | n |\n|---|---|\n{v}' for k, v in stats.items()))
print(len(rows), 'rows;', len(unsure), 'notes')
