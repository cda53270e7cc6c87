# writes ../SOURCES.md (counts computed from cases.jsonl)
import json, os, collections
here = os.path.dirname(os.path.abspath(__file__))
L = [json.loads(l) for l in open(os.path.join(here, '..', 'cases.jsonl'), encoding='utf-8')]
def table(title, counter):
    rows = '\n'.join(f'| {k} | {v} |' for k, v in sorted(counter.items()))
    return f'### {title}\n\n| value | n |\n|---|---|\n{rows}\n'
C = collections.Counter
parts = [
 table('expect', C(o['expect'] for o in L)),
 table('category', C(o['category'] for o in L)),
 table('expect x category', C(f"{o['expect']} / {o['category']}" for o in L)),
 table('lang', C(o['lang'] for o in L)),
 table('surface', C(o['surface'] for o in L)),
 table('role', C(o.get('context', {}).get('role', 'freelancer') for o in L)),
 table('context (non-default contract/client)', C(f"contract={o.get('context',{}).get('contract','none')}, client={o.get('context',{}).get('client','standard')}" for o in L)),
 table('source x expect', C(f"{o['source']} / {o['expect']}" for o in L)),
]
head = open(os.path.join(here, 'sources_head.md'), encoding='utf-8').read()
tail = open(os.path.join(here, 'sources_tail.md'), encoding='utf-8').read()
with open(os.path.join(here, '..', 'SOURCES.md'), 'w', encoding='utf-8') as f:
    f.write(head + f'\n## Counts ({len(L)} cases)\n\n' + '\n'.join(parts) + '\n' + tail)
