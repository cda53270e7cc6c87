import sys, json, re, collections
sys.path.insert(0,'.')
exec(open('build.py').read().split("C=lib.CASES")[0])
C=lib.CASES
exec(open('chk.py').read().split("paths=")[0].split("used=")[0])  # imports
import re as _re
def norm(u):
    u=u.strip(); u=_re.sub(r'^[a-z]+://','',u,flags=_re.I); u=_re.sub(r'^www\.','',u,flags=_re.I)
    return u.split('#')[0].split('?')[0].rstrip('/')
real=[c for c in C if c['source'].startswith('b68-real')]
urls=collections.OrderedDict()
for c in real: urls.setdefault(c['_url'],[]).append(c)
L=[]
def table(rows,cols,get):
    h='| | '+' | '.join(cols)+' | total |\n|'+'---|'*(len(cols)+2)+'\n'
    for r in rows:
        vals=[get(r,cc) for cc in cols]; h+=f'| {r} | '+' | '.join(str(v) for v in vals)+f' | {sum(vals)} |\n'
    tot=[sum(get(r,cc) for r in rows) for cc in cols]; h+='| **total** | '+' | '.join(str(v) for v in tot)+f' | {sum(tot)} |\n'
    return h
cats=["contact-sharing","contact-request","off-platform","payment","feedback","account-sharing","harassment"]
exps=["violation","clean","allowed"]
def cnt(S): 
    k=collections.Counter((c['category'],c['expect']) for c in S); return lambda r,cc:k[(r,cc)]
langs=collections.Counter(c['lang'] for c in C); lr=collections.Counter(c['lang'] for c in real)
s=open('SOURCES_head.md').read()
s+=f"\n## Counts\n\n{len(C)} cases: {len(real)} real passages from {len(urls)} public pages (source `b68-real-<page-slug>`), {len(C)-len(real)} written (`b68-written`).\n\n"
s+="### All cases, category x expect\n\n"+table(cats,exps,cnt(C))
s+="\n### Real passages, category x expect\n\n"+table(cats,exps,cnt(real))
s+="\n### Written cases, category x expect\n\n"+table(cats,exps,cnt([c for c in C if c not in real]))
ctxc=collections.Counter(); 
for c in C:
    x=c.get('context',{}); ctxc['role client' if x.get('role')=='client' else 'role freelancer']+=1
    if x.get('contract')=='active': ctxc['contract active']+=1
    if x.get('client')=='enterprise': ctxc['client enterprise']+=1
ctxc['proposals']=sum(c['surface']=='proposal' for c in C)
s+="\n### Context and surface\n\n"+', '.join(f'{k}: {v}' for k,v in ctxc.items())+"\n"
s+="\n### By language (all / real)\n\n| lang | all | real | written |\n|---|---|---|---|\n"
for l,n in langs.most_common(): s+=f"| {l} | {n} | {lr[l]} | {n-lr[l]} |\n"
s+=f"\n## Page URLs used ({len(urls)}, normalised: no scheme, no www., no query, no trailing slash; none is in USED_URLS.txt)\n\n"
for u,cs in urls.items(): s+=f"- {norm(u)} ({len(cs)})\n"
open('SOURCES.md','w').write(s)
print(len(urls))
