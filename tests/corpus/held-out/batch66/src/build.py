import json, collections, sys
E={'v':'violation','c':'clean','a':'allowed'}
CAT={'cs':'contact-sharing','cr':'contact-request','op':'off-platform','pay':'payment','fb':'feedback','acc':'account-sharing','har':'harassment'}
S={'m':'message','p':'proposal'}
voices=[];cases=[]
for fn in ['src/voices_a.txt','src/voices_b.txt']:
    for line in open(fn,encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip(): continue
        if line.startswith('#'):
            slug,desc=line[1:].split('|',1); voices.append((slug,desc)); continue
        e,c,s,l,ctx,text=line.split('|',5)
        ctxd={}
        if 'C' in ctx: ctxd['role']='client'
        if 'A' in ctx: ctxd['contract']='active'
        if 'E' in ctx: ctxd['client']='enterprise'
        if S[s]=='proposal': assert ctxd.get('role')!='client' and 'contract' not in ctxd, line
        d={'text':text.strip(),'expect':E[e],'category':CAT[c],'surface':S[s],'lang':l or 'en','source':'b66-'+slug}
        if ctxd: d['context']=ctxd
        cases.append(d)
with open('cases.jsonl','w',encoding='utf-8') as f:
    for d in cases: f.write(json.dumps(d,ensure_ascii=False)+'\n')
# validate
keys={'text','expect','category','surface','lang','source'}
n=0
for line in open('cases.jsonl',encoding='utf-8'):
    d=json.loads(line); n+=1
    assert set(d)-{'context'}==keys, d
    assert d['expect'] in E.values() and d['category'] in CAT.values() and d['surface'] in S.values()
    for k,v in d.get('context',{}).items():
        assert (k,v) in {('role','client'),('contract','active'),('client','enterprise')}
    assert d['text'] and d['source'].startswith('b66-')
texts=[d['text'] for d in cases]; assert len(set(texts))==len(texts)
print(n,'cases valid')
by=collections.Counter((d['expect'],d['category']) for d in cases)
lang=collections.Counter(d['lang'] for d in cases)
vo=collections.Counter((d['source'],d['expect']) for d in cases)
act=sum(1 for d in cases if d['expect']=='violation' and d.get('context',{}).get('contract')=='active')
cli=sum(1 for d in cases if d.get('context',{}).get('role')=='client')
prop=sum(1 for d in cases if d['surface']=='proposal')
long_=sum(1 for d in cases if len(d['text'])>=1000)
cats=list(CAT.values())
tab='| expect | '+' | '.join(cats)+' | total |\n|---|'+'---|'*(len(cats)+1)+'\n'
for e in E.values():
    row=[by[(e,c)] for c in cats]; tab+=f'| {e} | '+' | '.join(map(str,row))+f' | {sum(row)} |\n'
tot=[sum(by[(e,c)] for e in E.values()) for c in cats]
tab+='| total | '+' | '.join(map(str,tot))+f' | {sum(tot)} |\n'
ltab='| lang | cases |\n|---|---|\n'+''.join(f'| {k} | {v} |\n' for k,v in lang.most_common())
vtab='| source | who | violation | clean | allowed |\n|---|---|---|---|---|\n'+''.join(f'| b66-{s} | {desc} | {vo[("b66-"+s,"violation")]} | {vo[("b66-"+s,"clean")]} | {vo[("b66-"+s,"allowed")]} |\n' for s,desc in voices)
stats=f'- {n} cases; {cli} written by clients; {prop} proposals; {act} violations under an active contract; {long_} texts of 1,000+ characters; English {lang["en"]} ({100*lang["en"]/n:.0f}%).\n'
open('src/stats.md','w').write(stats+'\n## Voices\n\n'+vtab+'\n## Counts by expect x category\n\n'+tab+'\n## Counts by lang\n\n'+ltab)
print(stats);print(tab);print(ltab);print(vtab)
