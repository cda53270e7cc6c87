import json, sys
sys.path.insert(0, '.')
import common, nl, ko, ro, ms
out = []; doubts = []
for i, o in enumerate(common.CASES, 1):
    d = {k: o[k] for k in ("text", "expect", "category", "surface", "lang", "source")}
    if o["context"]: d["context"] = o["context"]
    out.append(json.dumps(d, ensure_ascii=False))
    if o["doubt"]: doubts.append((i, o["lang"], o["expect"], o["category"], o["doubt"]))
open('../cases.jsonl', 'w').write('\n'.join(out) + '\n')
json.dump(doubts, open('doubts.json', 'w'), ensure_ascii=False, indent=1)
print(len(out))
