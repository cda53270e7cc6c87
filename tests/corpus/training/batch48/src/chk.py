import sys,re
used=[l.strip() for l in open('/work/incoming/USED_URLS.txt') if l.strip()]
def key(u):
    u=u.lower().split('#')[0].rstrip('/')
    u=re.sub(r'^https?://(www\.|old\.|new\.)?','',u); u=u.replace(':443/','/').replace('/highlight/true','')
    return u
uk=set(key(u) for u in used)
uknq=set(key(u).split('?')[0] for u in used)
ids=set()
for u in used:
    m=re.search(r'/(?:td-p|m-p|ba-p|bc-p)/(\d+)',u)
    if m: ids.add(m.group(1))
    m=re.search(r'/comments/([a-z0-9]+)',u)
    if m: ids.add(m.group(1))
    m=re.search(r'forum\.fiverr\.com/t/[^/]+/(\d+)',u)
    if m: ids.add('f'+m.group(1))
for u in sys.argv[1:]:
    k=key(u); flag=''
    if k in uk: flag='USED'
    elif k.split('?')[0] in uknq: flag='USED-NOQ'
    else:
        for pat,pre in [(r'/(?:td-p|m-p|ba-p|bc-p)/(\d+)',''),(r'/comments/([a-z0-9]+)',''),(r'forum\.fiverr\.com/t/[^/]+/(\d+)','f')]:
            m=re.search(pat,u)
            if m and pre+m.group(1) in ids: flag='USED-ID'
    print(flag or 'new', u)
