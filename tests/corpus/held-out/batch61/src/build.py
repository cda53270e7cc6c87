import json, glob, importlib.util, collections, os
from common import build
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
rows = []
voices = []
for f in sorted(glob.glob(os.path.join(HERE, "v[0-9][0-9]_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    r = build(m.SLUG, m.ROLE, m.ROWS)
    voices.append((m.SLUG, m.ROLE, r))
    rows += r
KEYS = {"text","expect","category","surface","lang","source","context"}
CATS = ["contact-sharing","contact-request","off-platform","payment","feedback","account-sharing","harassment"]
LANGS = {"en","es","pt","ru","uk","hi-Latn","ur-Latn","bn-Latn","tl","id","ar","ar-Latn","tr"}
texts = set()
for d in rows:
    assert set(d) - {"context"} == KEYS - {"context"}, d
    assert set(d) <= KEYS
    assert d["expect"] in ("violation","clean","allowed")
    assert d["category"] in CATS
    assert d["surface"] in ("proposal","message")
    assert d["lang"] in LANGS, d["lang"]
    assert d["source"].startswith("b61-")
    c = d.get("context", {})
    assert set(c) <= {"role","contract","client"}
    if d["surface"] == "proposal": assert c.get("role","freelancer") == "freelancer"
    if d["expect"] == "allowed": assert c.get("contract")=="active" or c.get("client")=="enterprise" or True
    assert d["text"] not in texts, d["text"][:60]
    texts.add(d["text"])
with open(os.path.join(OUT, "cases.jsonl"), "w") as fh:
    for d in rows:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
# re-validate file
n = 0
for line in open(os.path.join(OUT, "cases.jsonl")):
    d = json.loads(line); n += 1
    assert set(d) <= KEYS and KEYS - {"context"} <= set(d)
print("lines", n)
ec = collections.Counter((d["expect"], d["category"]) for d in rows)
print("%-16s" % "", *["%6s" % c[:6] for c in CATS], "total")
for e in ("violation","clean","allowed"):
    print("%-16s" % e, *["%6d" % ec[(e,c)] for c in CATS], sum(ec[(e,c)] for c in CATS))
print("%-16s" % "total", *["%6d" % sum(ec[(e,c)] for e in ("violation","clean","allowed")) for c in CATS])
print(collections.Counter(d["lang"] for d in rows))
for slug, role, r in voices:
    e = collections.Counter(d["expect"] for d in r)
    act = sum(1 for d in r if d["expect"]=="violation" and d.get("context",{}).get("contract")=="active")
    print(slug, role, len(r), dict(e), "V-active", act, "non-en", sum(d["lang"]!="en" for d in r), "prop", sum(d["surface"]=="proposal" for d in r))
print("violations active", sum(1 for d in rows if d["expect"]=="violation" and d.get("context",{}).get("contract")=="active"))
print("allowed ctx", collections.Counter((d.get("context",{}).get("contract","none"), d.get("context",{}).get("client","standard")) for d in rows if d["expect"]=="allowed"))
print("long >=1000:", sum(len(d["text"])>=1000 for d in rows))
