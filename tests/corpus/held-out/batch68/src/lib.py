import re, json
CASES=[]
def slug(url):
    u=re.sub(r'^[a-z]+://','',url); u=re.sub(r'^www\.','',u).split('?')[0].rstrip('/')
    parts=u.split('/')
    host=parts[0].split('.')
    h=host[-2] if len(host)>=2 else host[0]
    if h=='github':
        s='gh-'+'-'.join(parts[1:])
    else:
        tail=[p for p in parts[1:] if p]
        cand=[p for p in tail[-3:] if not re.fullmatch(r'[0-9._=-]*',p) and len(p)>3]
        best=max(cand,key=len) if cand else (tail[-1] if tail else '')
        s=h+('-'+best if best else '')
    s=re.sub(r'[^a-z0-9]+','-',s.lower()).strip('-')
    return s[:70].strip('-')
def R(url,text,expect,cat,surface='message',lang='en',**ctx):
    c={"text":text,"expect":expect,"category":cat,"surface":surface,"lang":lang,"source":"b68-real-"+slug(url)}
    ctx={k:v for k,v in ctx.items() if not ((k=='role' and v=='freelancer') or (k=='contract' and v=='none') or (k=='client' and v=='standard'))}
    if ctx: c["context"]=ctx
    c["_url"]=url
    CASES.append(c)
def W(text,expect,cat,surface='message',lang='en',**ctx):
    c={"text":text,"expect":expect,"category":cat,"surface":surface,"lang":lang,"source":"b68-written"}
    ctx={k:v for k,v in ctx.items() if not ((k=='role' and v=='freelancer') or (k=='contract' and v=='none') or (k=='client' and v=='standard'))}
    if ctx: c["context"]=ctx
    CASES.append(c)
