#!/usr/bin/env python3
"""Print Markdown count tables (expect x category, lang, voice) for SOURCES.md."""
import json, collections, os
P=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','cases.jsonl')
L=[json.loads(l) for l in open(P,encoding='utf-8')]
cats=['contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment']
ex=['violation','clean','allowed']
c=collections.Counter((d['expect'],d['category']) for d in L)
print('| expect | '+' | '.join(cats)+' | total |'); print('|'+'---|'*(len(cats)+2))
for e in ex: print(f'| {e} | '+' | '.join(str(c[(e,k)]) for k in cats)+f' | {sum(c[(e,k)] for k in cats)} |')
print('| total | '+' | '.join(str(sum(c[(e,k)] for e in ex)) for k in cats)+f' | {len(L)} |')
print()
lc=collections.Counter(d['lang'] for d in L)
print('| lang | cases | share |'); print('|---|---|---|')
for k,v in lc.most_common(): print(f'| {k} | {v} | {100*v/len(L):.1f}% |')
print()
print('| source | role | violation | clean | allowed | langs | proposals | active contract | enterprise |'); print('|---|---|---|---|---|---|---|---|---|')
for s in dict.fromkeys(d['source'] for d in L):
    D=[d for d in L if d['source']==s]; e=collections.Counter(d['expect'] for d in D)
    print(f"| {s} | {D[0].get('context',{}).get('role','freelancer')} | {e['violation']} | {e['clean']} | {e['allowed']} | {', '.join(f'{k} {v}' for k,v in collections.Counter(d['lang'] for d in D).most_common())} | {sum(d['surface']=='proposal' for d in D)} | {sum(d.get('context',{}).get('contract')=='active' for d in D)} | {sum(d.get('context',{}).get('client')=='enterprise' for d in D)} |")
va=sum(1 for d in L if d['expect']=='violation' and d.get('context',{}).get('contract')=='active')
print(f'\nViolations under an active contract: {va}. Texts over 1,000 characters: {sum(len(d["text"])>1000 for d in L)}; over 600: {sum(len(d["text"])>600 for d in L)}.')
