import json, collections
CATS = {"contact-sharing","contact-request","off-platform","payment","feedback","account-sharing","harassment"}
LANGS = {"en","sr","hr","bs","az","ka","ka-Latn","am","am-Latn","ta","ta-Latn","te","te-Latn","pcm"}
rows=[]; texts=set()
for i,l in enumerate(open("cases.jsonl",encoding="utf-8"),1):
    d=json.loads(l); rows.append(d)
    keys=set(d); assert keys in ({"text","expect","category","surface","lang","source"},{"text","expect","category","surface","lang","source","context"}),(i,keys)
    assert d["expect"] in ("violation","clean","allowed") and d["category"] in CATS and d["surface"] in ("proposal","message") and d["lang"] in LANGS, i
    assert d["source"].startswith("b67-"), i
    assert d["text"] not in texts, ("dup",i); texts.add(d["text"])
    c=d.get("context",{})
    if "context" in d: assert c, i
    for k,v in c.items():
        assert (k,v) in {("role","client"),("contract","active"),("client","enterprise")},(i,k,v)
    if d["surface"]=="proposal": assert c.get("role","freelancer")=="freelancer" and c.get("contract","none")=="none", i
    if d["expect"]=="allowed":
        pass
print("ok", len(rows))
E=["violation","clean","allowed"]
cat=collections.Counter((d["category"],d["expect"]) for d in rows)
print("| category | violation | clean | allowed | total |\n|---|---|---|---|---|")
for c in sorted(CATS):
    print(f"| {c} | "+" | ".join(str(cat[(c,e)]) for e in E)+f" | {sum(cat[(c,e)] for e in E)} |")
tot=collections.Counter(d["expect"] for d in rows)
print("| total | "+" | ".join(str(tot[e]) for e in E)+f" | {len(rows)} |")
print()
lang=collections.Counter(d["lang"] for d in rows)
print("| lang | cases |\n|---|---|")
for l,n in lang.most_common(): print(f"| {l} | {n} |")
print("non-English:", sum(n for l,n in lang.items() if l!="en"))
print("active violations:", sum(1 for d in rows if d["expect"]=="violation" and d.get("context",{}).get("contract")=="active"))
print("active total:", sum(1 for d in rows if d.get("context",{}).get("contract")=="active"))
print("enterprise:", sum(1 for d in rows if d.get("context",{}).get("client")=="enterprise"))
print("client role:", sum(1 for d in rows if d.get("context",{}).get("role")=="client"))
print("proposals:", sum(1 for d in rows if d["surface"]=="proposal"))
src=collections.defaultdict(collections.Counter)
for d in rows: src[d["source"]][d["expect"]]+=1; src[d["source"]]["nonen"]+= d["lang"]!="en"
for s,c in src.items(): print(s, dict(c))
import unicodedata
cyr=sum(1 for d in rows if d["lang"]=="sr" and any('\u0400'<=ch<='\u04ff' for ch in d["text"]))
print("sr Cyrillic:", cyr)
print("max len", max(len(d["text"]) for d in rows), "texts>1000:", sum(len(d["text"])>1000 for d in rows))
