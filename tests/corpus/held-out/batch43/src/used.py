import sys,re
def norm(u):
    u=u.strip().lower()
    u=re.sub(r'^[a-z]+://','',u); u=re.sub(r'^www\.','',u); u=re.sub(r'^([^/]+):\d+',r'\1',u)
    u=u.split('#')[0].split('?')[0].rstrip('/')
    return u
used={norm(l) for l in open('/work/incoming/USED_URLS.txt') if l.strip()}
for u in sys.argv[1:]:
    print(('USED ' if norm(u) in used else 'ok   ')+u)
