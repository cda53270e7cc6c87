# Merge the eight voice files into ../cases.jsonl (fixed shuffle) and print counts and doubtful labels.
import json, random, collections, importlib, os, sys
sys.path.insert(0, os.path.dirname(__file__))
MODS = ["v1_hector", "v2_scam", "v3_ioana", "v4_marloes", "v5_yuna", "v6_declan", "v7_faizal", "v8_kiana"]
allc = []
for m in MODS:
    allc += importlib.import_module(m).cases
random.Random(47).shuffle(allc)
out = os.path.join(os.path.dirname(__file__), "..", "cases.jsonl")
doubts = []
with open(out, "w", encoding="utf-8") as f:
    for i, o in enumerate(allc, 1):
        d = o.pop("_doubt")
        if not o["context"]:
            o.pop("context")
        if d:
            doubts.append((i, o["source"], o["expect"], o["category"], d))
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
n = len(allc)
print("total", n)
for key in ["expect", "category", "lang", "surface"]:
    cnt = collections.Counter(o[key] for o in allc)
    print(key, dict(cnt), {k: f"{v/n:.0%}" for k, v in cnt.items()} if key == "expect" else "")
print("role", collections.Counter(o.get("context", {}).get("role", "freelancer") for o in allc))
print("contract", collections.Counter(o.get("context", {}).get("contract", "none") for o in allc))
print("client", collections.Counter(o.get("context", {}).get("client", "standard") for o in allc))
print("source x expect")
for k, v in sorted(collections.Counter((o["source"], o["expect"]) for o in allc).items()):
    print("  ", k, v)
print("expect x category")
for k, v in sorted(collections.Counter((o["expect"], o["category"]) for o in allc).items()):
    print("  ", k, v)
print("surface x expect", collections.Counter((o["surface"], o["expect"]) for o in allc))
L = [len(o["text"]) for o in allc]
print("len buckets", collections.Counter("<40" if l < 40 else "<120" if l < 120 else "<400" if l < 400 else "<1000" if l < 1000 else "1000+" for l in L), "max", max(L))
print("non-en", sum(o["lang"] != "en" for o in allc))
json.dump(doubts, open(os.path.join(os.path.dirname(__file__), "doubts.json"), "w"), ensure_ascii=False, indent=1)
print("DOUBTS")
for d in doubts:
    print("  ", d)
