import json, collections, sys, os
p=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','cases.jsonl')
REQ={'text','expect','category','surface','lang','source'}; OPT={'context'}
CATS={'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'}
LANGS={'en','es','pt','hi-Latn','ur-Latn','tl','id','ar-Latn'}
ec=collections.Counter(); lc=collections.Counter(); cc=collections.Counter(); texts=set(); bad=0; n=0; long=0
for i,l in enumerate(open(p),1):
    d=json.loads(l); n+=1
    k=set(d)
    assert REQ<=k and k<=REQ|OPT, (i,k)
    assert d['expect'] in {'violation','clean','allowed'} and d['category'] in CATS and d['surface']=='message' and d['lang'] in LANGS, i
    assert d['source'].startswith('b65-')
    if 'context' in d:
        c=d['context']; assert c and set(c)<={'role','contract','client'}
        assert c.get('role','client')=='client' and c.get('contract','active')=='active' and c.get('client','enterprise')=='enterprise', i
    if d['expect']=='allowed': assert 'context' in d and ('contract' in d['context'] or 'client' in d['context']) or d['category'] in ('contact-sharing','account-sharing'), i
    assert d['text'] not in texts, ('dup',i); texts.add(d['text'])
    if len(d['text'])>=200: long+=1
    ec[(d['expect'],d['category'])]+=1; lc[d['lang']]+=1; cc[d['category']]+=1
print('n',n,'long>=200',long)
E=['violation','clean','allowed']
print('category'.ljust(18),*E,'total')
for c in sorted(CATS): print(c.ljust(18),*[ec[(e,c)] for e in E], cc[c])
print('total'.ljust(18),*[sum(ec[(e,c)] for c in CATS) for e in E])
print(dict(lc))
