import json, collections
rows=[json.loads(l) for l in open('/work/incoming/batch60/cases.jsonl')]
cats=['contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment']
ex=['violation','clean','allowed']
ec=collections.Counter((d['expect'],d['category']) for d in rows)
o=[]
o.append('| expect \\ category | '+' | '.join(cats)+' | total |')
o.append('|'+'---|'*(len(cats)+2))
for e in ex:
    o.append(f'| {e} | '+' | '.join(str(ec[(e,c)]) for c in cats)+f' | {sum(ec[(e,c)] for c in cats)} |')
o.append('| total | '+' | '.join(str(sum(ec[(e,c)] for e in ex)) for c in cats)+f' | {len(rows)} |')
o.append('')
lc=collections.Counter(d['lang'] for d in rows)
o.append('| lang | cases | violation | clean | allowed |'); o.append('|---|---|---|---|---|')
for l,n in lc.most_common():
    c=collections.Counter(d['expect'] for d in rows if d['lang']==l)
    o.append(f"| {l} | {n} | {c['violation']} | {c['clean']} | {c['allowed']} |")
o.append('')
vc=collections.OrderedDict()
o.append('| source | role | cases | violation | clean | allowed | violations under active contract | langs |'); o.append('|---|---|---|---|---|---|---|---|')
for s in dict.fromkeys(d['source'] for d in rows):
    rs=[d for d in rows if d['source']==s]; c=collections.Counter(d['expect'] for d in rs)
    role=rs[0].get('context',{}).get('role','freelancer')
    act=sum(1 for d in rs if d['expect']=='violation' and d.get('context',{}).get('contract')=='active')
    langs=', '.join(f'{k} {v}' for k,v in collections.Counter(d['lang'] for d in rs).most_common())
    o.append(f"| {s} | {role} | {len(rs)} | {c['violation']} | {c['clean']} | {c['allowed']} | {act} | {langs} |")
o.append('')
ctx=collections.Counter((d.get('context',{}).get('contract','none'),d.get('context',{}).get('client','standard')) for d in rows)
o.append('Contexts: '+', '.join(f'contract {a} / client {b}: {n}' for (a,b),n in sorted(ctx.items())))
o.append(f"Surfaces: proposal {sum(d['surface']=='proposal' for d in rows)}, message {sum(d['surface']=='message' for d in rows)}; texts over 1,000 characters: {sum(len(d['text'])>1000 for d in rows)}; violations under an active contract: {sum(1 for d in rows if d['expect']=='violation' and d.get('context',{}).get('contract')=='active')}")
print('\n'.join(o))
