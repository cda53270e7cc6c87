import sys, json, re, collections
sys.path.insert(0,'.')
exec(open('build.py').read().split("C=lib.CASES")[0])
C=lib.CASES
KEYS={"text","expect","category","surface","lang","source","context"}
EXP={"violation","clean","allowed"}; CAT={"contact-sharing","contact-request","off-platform","payment","feedback","account-sharing","harassment"}
SURF={"proposal","message"}
out=[]; errs=[]
seen=set()
for i,c in enumerate(C):
    d={k:v for k,v in c.items() if not k.startswith('_')}
    if set(d)-KEYS or not {"text","expect","category","surface","lang","source"}<=set(d): errs.append((i,'keys',d.keys()))
    if d['expect'] not in EXP or d['category'] not in CAT or d['surface'] not in SURF: errs.append((i,'vals'))
    ctx=d.get('context',{})
    for k,v in ctx.items():
        if k not in ('role','contract','client') or v not in {'role':{'client','freelancer'},'contract':{'none','active'},'client':{'standard','enterprise'}}[k]: errs.append((i,'ctx',k,v))
    if d['surface']=='proposal' and ctx.get('role')=='client': errs.append((i,'client proposal'))
    if d['expect']=='allowed' and not (ctx.get('contract')=='active' or ctx.get('client')=='enterprise') and d['category'] not in ('contact-sharing','account-sharing'): errs.append((i,'allowed-noexc'))
    if not re.match(r'^b68-(real-[a-z0-9-]+|written)$',d['source']): errs.append((i,'source',d['source']))
    if d['text'] in seen: errs.append((i,'dup',d['text'][:40]))
    seen.add(d['text'])
    # contact sanity
    for e in re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+',d['text']):
        if not re.search(r'example|demo',e): errs.append((i,'email',e))
    for n in re.findall(r'\+?\d[\d\s().-]{8,}\d',d['text']):
        digits=re.sub(r'\D','',n)
        if '555' not in digits and len(digits)>=9: errs.append((i,'phone?',n))
    out.append(d)
for e in errs: print(e)
with open('cases.jsonl','w') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
# re-validate file
n=0
for line in open('cases.jsonl'):
    d=json.loads(line); n+=1
print('written',n,'errors',len(errs))
