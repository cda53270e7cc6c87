import json, os, collections
import common
import v01_02, v03_04, v05_06, v07_08, v09_10, v_extra
out = os.path.join(os.path.dirname(__file__), "..", "cases.jsonl")
seen = set()
with open(out, "w", encoding="utf-8") as f:
    for c in common.CASES:
        assert c["text"] not in seen, c["text"]; seen.add(c["text"])
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
cs = common.CASES
print(len(cs))
for key in ("expect", "category", "lang", "surface", "source"):
    print(key, dict(collections.Counter(c[key] for c in cs)))
print("role", dict(collections.Counter(c.get("context", {}).get("role", "freelancer") for c in cs)))
print("nonEN", sum(c["lang"] != "en" for c in cs) / len(cs))
print("viol cat", dict(collections.Counter(c["category"] for c in cs if c["expect"] == "violation")))
