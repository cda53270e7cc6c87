import json, random
exec(open('real.py').read())
exec(open('written.py').read())
cases=[]
for (i,e,c,s,l,ctx,t) in R:
    o={'text':t,'expect':e,'category':c,'surface':s,'lang':l,'source':i}
    if ctx: o['context']=ctx
    cases.append(o)
for (e,c,s,l,ctx,t) in W:
    o={'text':t,'expect':e,'category':c,'surface':s,'lang':l,'source':'written43'}
    if ctx: o['context']=ctx
    cases.append(o)
random.Random(43).shuffle(cases)
with open('../cases.jsonl','w') as f:
    for o in cases: f.write(json.dumps(o,ensure_ascii=False)+'\n')
json.dump(SRC, open('sources.json','w'), ensure_ascii=False, indent=1)
print(len(cases))
