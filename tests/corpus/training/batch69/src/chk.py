import sys,re
def norm(u):
    u=u.strip().rstrip('\\')
    u=re.sub(r'^[a-z]+://','',u)
    u=re.sub(r'^www\.','',u)
    u=u.split('#')[0].split('?')[0].rstrip('/')
    return u.lower()
used=set(norm(l) for l in open('/work/incoming/USED_URLS.txt') if l.strip())
paths=set('/'.join(u.split('/')[1:]) for u in used if '/' in u)
ids=set()
for u in used:
    m=re.search(r'/(?:articles|t|p|topic|issues|pull|posts)/(\d{4,})',u)
    if m: ids.add((u.split('/')[0].split('.')[-2] if '.' in u.split('/')[0] else u, m.group(1)))
ul=sorted(used)
def check(u):
    n=norm(u); p='/'.join(n.split('/')[1:])
    if n in used: return 'USED'
    if p and p in paths: return 'PATHUSED'
    for x in used:
        if len(x)>12 and (n.startswith(x+'-') or n.startswith(x+'/') or x.startswith(n+'-') or x.startswith(n+'/')): return 'PREFIX:'+x
    m=re.search(r'/(?:articles|t|p|topic|issues|pull|posts)/(\d{4,})',n)
    if m:
        host=n.split('/')[0]; dom=host.split('.')[-2] if '.' in host else host
        if (dom,m.group(1)) in ids and 'github' not in dom: return 'IDUSED'
    segs=[x for x in n.split('/')[1:] if re.fullmatch(r'\d{4,}',x)]
    if segs and 'github.com' not in n:
        host=n.split('/')[0]
        for x in used:
            if x.split('/')[0]==host and segs[-1] in [y for y in x.split('/')[1:]]: return 'NUMUSED:'+x
    return 'ok'
if __name__=='__main__':
    for u in sys.argv[1:]: print(check(u),norm(u))
