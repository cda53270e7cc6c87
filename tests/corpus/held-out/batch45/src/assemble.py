import json, random, collections
exec(open('build_real.py').read())
C=[x for x in C if not x['text'].startswith("I am very interested in your project and can we have a conversation")]
exec(open('written45.py').read())
allc = C + W
random.Random(45).shuffle(allc)
out=[]
for x in allc:
    o={k:x[k] for k in ('text','expect','category','surface','lang','source')}
    if x['context']: o['context']=x['context']
    out.append(o)
with open('../cases.jsonl','w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False)+'\n')
used_src={x['source'] for x in C}
S2=[s for s in S if s[0] in used_src]
json.dump({'S':S2,'n_real':len(C),'n_written':len(W)}, open('meta.json','w'), ensure_ascii=False)
print(len(out), len(C), len(W), len(S2))
