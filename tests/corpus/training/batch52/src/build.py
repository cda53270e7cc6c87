import json, glob, importlib, sys, collections
sys.path.insert(0, '.')
import data
for f in sorted(glob.glob('d[0-9]*.py')):
    importlib.import_module(f[:-3])
import written
R, W = data.R, written.W
ids, titles, taken = {}, {}, collections.defaultdict(list)
for c in R:
    if c['url'] not in ids:
        ids[c['url']] = 'r%03d' % (len(ids) + 1); titles[c['url']] = c['title']
    taken[c['url']].append(c)
lines = []
def ctx(c):
    return {k: v for k, v in c['ctx'].items() if v != {'client':'standard','contract':'none','role':'freelancer'}[k]}
for c in R:
    o = dict(text=c['text'], expect=c['expect'], category=c['category'], surface=c['surface'], lang=c['lang'], source=ids[c['url']])
    x = ctx(c)
    if x: o['context'] = x
    lines.append(o)
for c in W:
    o = dict(text=c['text'], expect=c['expect'], category=c['category'], surface=c['surface'], lang=c['lang'], source=c['voice'])
    x = ctx(c)
    if x: o['context'] = x
    lines.append(o)
with open('../cases.jsonl', 'w') as f:
    for o in lines: f.write(json.dumps(o, ensure_ascii=False) + '\n')
json.dump({'ids': ids, 'titles': titles, 'nreal': len(R), 'nwritten': len(W),
           'taken': {u: [ (c['expect'], c['category'], c['lang']) for c in v] for u, v in taken.items()}}, open('meta.json', 'w'), ensure_ascii=False)
print('real', len(R), 'pages', len(ids), 'written', len(W))
