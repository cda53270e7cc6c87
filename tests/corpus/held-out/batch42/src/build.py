# Builds ../cases.jsonl from the voice modules and prints counts.
import json, os, sys, importlib
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
MODS = ['v1_vn_game_artist', 'v2_co_support_agent', 'v3_ma_webdev_fr', 'v4_id_smm',
        'v5_tr_furniture_client', 'v6_us_grandma_client', 'v7_bd_wp_dev', 'v8_hostile_milestone_client']
rows = []
for m in MODS:
    mod = importlib.import_module(m)
    for c in mod.CASES:
        c = dict(c); c['source'] = mod.SOURCE
        rows.append(c)
# order keys
KEYS = ['text', 'expect', 'category', 'surface', 'lang', 'source', 'context']
rows = [{k: r[k] for k in KEYS if k in r} for r in rows]
with open(os.path.join(here, '..', 'cases.jsonl'), 'w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
n = len(rows)
print('total', n)
for key in ['expect', 'category', 'surface', 'lang', 'source']:
    print(key, dict(Counter(r[key] for r in rows)))
print('role', dict(Counter(r.get('context', {}).get('role', 'freelancer') for r in rows)))
print('contract', dict(Counter(r.get('context', {}).get('contract', 'none') for r in rows)))
print('client', dict(Counter(r.get('context', {}).get('client', 'standard') for r in rows)))
ec = Counter((r['expect'], r['category']) for r in rows)
for cat in ['contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment']:
    print(f"{cat:16}", {e: ec[(e, cat)] for e in ['violation','clean','allowed']})
L = [len(r['text']) for r in rows]
print('len <40', sum(l<40 for l in L), '>1000', sum(l>1000 for l in L), '>2000', sum(l>2000 for l in L), 'max', max(L), 'min', min(L))
for m in MODS:
    pass
src = Counter((r['source'], r['expect']) for r in rows)
for s in sorted({r['source'] for r in rows}):
    print(s, {e: src[(s, e)] for e in ['violation','clean','allowed']})
