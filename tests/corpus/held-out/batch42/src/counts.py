# Prints count tables for SOURCES.md from ../cases.jsonl
import json, os
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
rows=[json.loads(l) for l in open(os.path.join(here,'..','cases.jsonl'))]
cats=['contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment']
E=['violation','clean','allowed']
out=["| category | violation | clean | allowed | total |","|---|---|---|---|---|"]
for c in cats:
    v=[sum(1 for r in rows if r['category']==c and r['expect']==e) for e in E]
    out.append(f"| {c} | {v[0]} | {v[1]} | {v[2]} | {sum(v)} |")
tot=[sum(1 for r in rows if r['expect']==e) for e in E]
out.append(f"| **total** | {tot[0]} | {tot[1]} | {tot[2]} | {len(rows)} |")
out+=["","| lang | violation | clean | allowed | total |","|---|---|---|---|---|"]
for l,_ in Counter(r['lang'] for r in rows).most_common():
    v=[sum(1 for r in rows if r['lang']==l and r['expect']==e) for e in E]
    out.append(f"| {l} | {v[0]} | {v[1]} | {v[2]} | {sum(v)} |")
out+=["","| surface / role | violation | clean | allowed | total |","|---|---|---|---|---|"]
for s in ['proposal','message']:
    for ro in ['freelancer','client']:
        sel=[r for r in rows if r['surface']==s and r.get('context',{}).get('role','freelancer')==ro]
        if not sel: continue
        v=[sum(1 for r in sel if r['expect']==e) for e in E]
        out.append(f"| {s} / {ro} | {v[0]} | {v[1]} | {v[2]} | {sum(v)} |")
out+=["","| source | violation | clean | allowed | total |","|---|---|---|---|---|"]
for s in dict.fromkeys(r['source'] for r in rows):
    v=[sum(1 for r in rows if r['source']==s and r['expect']==e) for e in E]
    out.append(f"| `{s}` | {v[0]} | {v[1]} | {v[2]} | {sum(v)} |")
ctr=Counter(r.get('context',{}).get('contract','none') for r in rows); cl=Counter(r.get('context',{}).get('client','standard') for r in rows)
out+=["",f"Context: contract active {ctr['active']}, none {ctr['none']}; client enterprise {cl['enterprise']}, standard {cl['standard']}."]
L=[len(r['text']) for r in rows]
out.append(f"Length: {min(L)} to {max(L)} characters; {sum(l<40 for l in L)} under 40, {sum(l>1000 for l in L)} over 1,000, {sum(l>2000 for l in L)} over 2,000.")
print("\n".join(out))
