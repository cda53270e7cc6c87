import json, sys, collections
sys.path.insert(0, '.')
from v1_4 import V1, V2, V3, V4
from v5_7 import V5, V6, V7
from v8_10 import V8, V9, V10
EXP = {"V":"violation","C":"clean","A":"allowed"}
CATS = {"contact-sharing","contact-request","off-platform","payment","feedback","account-sharing","harassment"}
out = []
for slug, role, cases in [V1,V2,V3,V4,V5,V6,V7,V8,V9,V10]:
    assert len(cases) == 36, (slug, len(cases))
    for e, cat, lang, text, fl in cases:
        assert cat in CATS, cat
        surface = "proposal" if "p" in fl else "message"
        ctx = {}
        if role == "client": ctx["role"] = "client"
        if "a" in fl: ctx["contract"] = "active"
        if "e" in fl: ctx["client"] = "enterprise"
        assert not (surface == "proposal" and role == "client")
        assert not (surface == "proposal" and "a" in fl)
        d = {"text": text, "expect": EXP[e], "category": cat, "surface": surface, "lang": lang, "source": slug}
        if ctx: d["context"] = ctx
        out.append(d)
with open("../cases.jsonl", "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out))
