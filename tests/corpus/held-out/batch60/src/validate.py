import json, collections, re
KEYS={"text","expect","category","surface","lang","source","context"}
CATS={'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'}
n=0; texts=set(); errs=[]
rows=[]
for i,l in enumerate(open('/work/incoming/batch60/cases.jsonl'),1):
    d=json.loads(l); n+=1
    ks=set(d)
    if not ks<=KEYS or not {"text","expect","category","surface","lang","source"}<=ks: errs.append((i,'keys',ks))
    if d['expect'] not in ('violation','clean','allowed'): errs.append((i,'expect'))
    if d['category'] not in CATS: errs.append((i,'cat'))
    if d['surface'] not in ('proposal','message'): errs.append((i,'surface'))
    if not re.fullmatch(r'[a-z]{2}(-Latn)?',d['lang']): errs.append((i,'lang'))
    if not d['source'].startswith('b60-'): errs.append((i,'src'))
    c=d.get('context',{})
    if set(c)-{'role','contract','client'}: errs.append((i,'ctxkeys'))
    if c.get('role','freelancer') not in ('client','freelancer') or c.get('contract','none') not in ('none','active') or c.get('client','standard') not in ('standard','enterprise'): errs.append((i,'ctxval'))
    if d['surface']=='proposal' and (c.get('role')=='client' or c.get('contract')=='active'): errs.append((i,'proposal ctx'))
    if d['text'] in texts: errs.append((i,'dup'))
    texts.add(d['text']); rows.append(d)
print('lines',n,'errors',errs)
ec=collections.Counter((d['expect'],d['category']) for d in rows)
print(collections.Counter(d['expect'] for d in rows))
print(collections.Counter(d['category'] for d in rows))
print(collections.Counter(d['lang'] for d in rows))
print('active violations', sum(1 for d in rows if d['expect']=='violation' and d.get('context',{}).get('contract')=='active'))
print('clients', sum(1 for d in rows if d.get('context',{}).get('role')=='client'))
print('enterprise', sum(1 for d in rows if d.get('context',{}).get('client')=='enterprise'))
print('proposals', sum(1 for d in rows if d['surface']=='proposal'))
print('long>1000', sum(1 for d in rows if len(d['text'])>1000))
for e in ('violation','clean','allowed'):
    print(e, {c:ec[(e,c)] for c in sorted(CATS)})
