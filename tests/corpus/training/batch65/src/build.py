import json, glob, importlib.util, collections, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import build
out=[]
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'v[0-9][0-9]_*.py'))):
    spec=importlib.util.spec_from_file_location('m',f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    rows=build(m.SLUG,m.ROLE,m.ROWS)
    c=collections.Counter(r['expect'] for r in rows)
    print(os.path.basename(f), len(rows), dict(c), sum(r['lang']!='en' for r in rows))
    out+=rows
dest=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','cases.jsonl')
with open(dest,'w') as fh:
    for r in out: fh.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(out))
