import sys, json, collections
sys.path.insert(0,'.')
import v1_evader,v2_smallbiz,v3_paydev,v4_review,v5_disgruntled,v6_renter,v7_agency,v8_newcomer,v9_extra,v10_long,v11_allowed
from common import CASES
cnt = collections.Counter()
out = []
for x in CASES:
    cnt[x['voice']] += 1
    sid = f"v-{x['voice']}-{cnt[x['voice']]:03d}"
    o = {'text': x['text'], 'expect': x['expect'], 'category': x['category'], 'surface': x['surface']}
    if x['context']: o['context'] = x['context']
    o['lang'] = x['lang']; o['source'] = sid
    out.append(o)
with open('../cases.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False)+'\n')
print(len(out))
