import json, glob, importlib.util, collections
from lib import build
allc=[]
voices=[]
for f in sorted(glob.glob('v[0-9]*.py')):
    spec=importlib.util.spec_from_file_location(f[:-3], f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    cs=build(m.SLUG,m.ROLE,m.C); allc+=cs; voices.append((m.SLUG,m.ROLE,len(cs),collections.Counter(c['expect'] for c in cs),collections.Counter(c['lang'] for c in cs)))
with open('../cases.jsonl','w') as fo:
    for c in allc: fo.write(json.dumps(c,ensure_ascii=False)+'\n')
for v in voices: print(v)
