import json, collections, sys, os
P = os.path.join(os.path.dirname(__file__), "..", "cases.jsonl")
EXP = {"violation","clean","allowed"}
CAT = ["contact-sharing","contact-request","off-platform","payment","feedback","account-sharing","harassment"]
LANGS = {"en","hi","hi-Latn","bn","mr","hr","bs","ka","am","ta","ta-Latn","te","te-Latn","az","pcm","es","ar","id"}
errs = []; cases = []
for i, line in enumerate(open(P, encoding="utf-8"), 1):
    try: c = json.loads(line)
    except Exception as e: errs.append((i, "json", e)); continue
    keys = set(c)
    base = {"text","expect","category","surface","lang","source"}
    if not (keys == base or keys == base | {"context"}): errs.append((i, "keys", keys))
    if c["expect"] not in EXP: errs.append((i,"expect"))
    if c["category"] not in CAT: errs.append((i,"cat"))
    if c["surface"] not in {"proposal","message"}: errs.append((i,"surface"))
    if c["lang"] not in LANGS: errs.append((i,"lang",c["lang"]))
    if not c["source"].startswith("b70-"): errs.append((i,"source"))
    if not isinstance(c["text"], str) or not c["text"].strip(): errs.append((i,"text"))
    cx = c.get("context")
    if cx is not None:
        if not cx: errs.append((i,"empty ctx"))
        for k, v in cx.items():
            ok = {"role":{"client"},"contract":{"active"},"client":{"enterprise"}}
            if k not in ok or v not in ok[k]: errs.append((i,"ctx",k,v))
    role = (cx or {}).get("role","freelancer")
    if c["surface"]=="proposal" and (role=="client" or (cx or {}).get("contract")=="active"): errs.append((i,"proposal ctx"))
    if c["expect"]=="violation" and (cx or {}).get("client")=="enterprise": errs.append((i,"viol enterprise"))
    cases.append(c)
texts = collections.Counter(c["text"] for c in cases)
for t,n in texts.items():
    if n>1: errs.append(("dup", t[:60]))
print("errors:", errs)
print("total", len(cases))
ec = collections.Counter((c["expect"], c["category"]) for c in cases)
print("%-10s" % "" + "".join("%17s" % k for k in CAT) + "  total")
for e in ["violation","clean","allowed"]:
    print("%-10s" % e + "".join("%17d" % ec[(e,k)] for k in CAT) + "  %d" % sum(ec[(e,k)] for k in CAT))
print("%-10s" % "total" + "".join("%17d" % sum(ec[(e,k)] for e in EXP) for k in CAT))
lc = collections.Counter(c["lang"] for c in cases); print("langs", lc.most_common())
print("english share", lc["en"]/len(cases))
for s in sorted({c["source"] for c in cases}):
    cs = [c for c in cases if c["source"]==s]
    e = collections.Counter(c["expect"] for c in cs)
    act = sum(1 for c in cs if c["expect"]=="violation" and (c.get("context") or {}).get("contract")=="active")
    roles = collections.Counter((c.get("context") or {}).get("role","freelancer") for c in cs)
    print(s, dict(e), "active viol", act, dict(roles), dict(collections.Counter(c["lang"] for c in cs)), "proposals", sum(c["surface"]=="proposal" for c in cs))
print("active violations total", sum(1 for c in cases if c["expect"]=="violation" and (c.get("context") or {}).get("contract")=="active"))
print("long texts >=1000", sum(len(c["text"])>=1000 for c in cases))
print("surface", collections.Counter(c["surface"] for c in cases))
