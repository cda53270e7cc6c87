import json, collections, sys
sys.path.insert(0, '.')
import ja, sw
out = []
for lang, mod in (("ja", ja), ("sw", sw)):
    for e, c, s, src, text, ctx in mod.ROWS:
        o = {"text": text.strip(), "expect": e, "category": c, "surface": s, "lang": lang, "source": src}
        ctx = {k: v for k, v in ctx.items() if not (k == "client" and v == "standard") and not (k == "contract" and v == "none") and not (k == "role" and v == "freelancer")}
        if ctx: o["context"] = ctx
        if ctx.get("role") == "client": assert s == "message", text
        out.append(o)
texts = [o["text"] for o in out]
assert len(texts) == len(set(texts)), [t for t, n in collections.Counter(texts).items() if n > 1]
with open('../cases.jsonl', 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
C = collections.Counter
for lang in ("ja", "sw"):
    L = [o for o in out if o["lang"] == lang]
    print(lang, len(L), C(o["expect"] for o in L))
    print("  viol cats", sorted(C(o["category"] for o in L if o["expect"] == "violation").items()))
    print("  clean cats", sorted(C(o["category"] for o in L if o["expect"] == "clean").items()))
    print("  allowed cats", sorted(C(o["category"] for o in L if o["expect"] == "allowed").items()))
    print("  surface", C(o["surface"] for o in L), "role", C(o.get("context", {}).get("role", "freelancer") for o in L))
    print("  sources", sorted(C(o["source"] for o in L).items()))
    print("  len min/max", min(len(o["text"]) for o in L), max(len(o["text"]) for o in L))
print("total", len(out))
