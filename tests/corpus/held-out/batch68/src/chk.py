import sys,re
used=set(l.strip().rstrip('/').lower() for l in open('/work/incoming/USED_URLS.txt'))
def norm(u):
    u=u.strip(); u=re.sub(r'^[a-z]+://','',u,flags=re.I); u=re.sub(r'^www\.','',u,flags=re.I)
    u=u.split('#')[0].split('?')[0].rstrip('/'); return u
paths=set(x.split('/',1)[1] for x in used if '/' in x and len(x.split('/',1)[1])>15)
for u in sys.argv[1:]:
    n=norm(u); p=n.split('/',1)[1].lower() if '/' in n else ''
    print(('USED ' if n.lower() in used else ('PATH ' if p in paths else 'ok   '))+n)
