import json, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "cases.jsonl"))]
CATS = ["contact-sharing","contact-request","off-platform","payment","feedback","account-sharing","harassment"]
EX = ["violation","clean","allowed"]
ec = collections.Counter((d["expect"], d["category"]) for d in rows)
out = ["| expect \\ category | " + " | ".join(CATS) + " | total |", "|---" * (len(CATS) + 2) + "|"]
for e in EX:
    out.append(f"| {e} | " + " | ".join(str(ec[(e, c)]) for c in CATS) + f" | {sum(ec[(e,c)] for c in CATS)} |")
out.append("| total | " + " | ".join(str(sum(ec[(e, c)] for e in EX)) for c in CATS) + f" | {len(rows)} |")
out.append("")
lc = collections.Counter(d["lang"] for d in rows)
le = collections.Counter((d["lang"], d["expect"]) for d in rows)
out.append("| lang | cases | violation | clean | allowed |")
out.append("|---|---|---|---|---|")
for l, n in lc.most_common():
    out.append(f"| {l} | {n} | {le[(l,'violation')]} | {le[(l,'clean')]} | {le[(l,'allowed')]} |")
out.append("")
out.append("| source | role | cases | violation | clean | allowed | violations under active contract | non-English | proposals |")
out.append("|---|---|---|---|---|---|---|---|---|")
for s in sorted({d["source"] for d in rows}, key=lambda s: [d["source"] for d in rows].index(s)):
    r = [d for d in rows if d["source"] == s]
    e = collections.Counter(d["expect"] for d in r)
    out.append(f"| {s} | {r[0].get('context',{}).get('role','freelancer')} | {len(r)} | {e['violation']} | {e['clean']} | {e['allowed']} | "
               f"{sum(1 for d in r if d['expect']=='violation' and d.get('context',{}).get('contract')=='active')} | "
               f"{sum(d['lang']!='en' for d in r)} | {sum(d['surface']=='proposal' for d in r)} |")
out.append("")
ctx = collections.Counter((d["expect"], d.get("context",{}).get("contract","none"), d.get("context",{}).get("client","standard")) for d in rows)
out.append("| expect | contract | client | cases |")
out.append("|---|---|---|---|")
for k, n in sorted(ctx.items()):
    out.append(f"| {k[0]} | {k[1]} | {k[2]} | {n} |")
out.append("")
out.append(f"Texts of 1,000 characters or more: {sum(len(d['text'])>=1000 for d in rows)}; surface proposal: {sum(d['surface']=='proposal' for d in rows)}, message: {sum(d['surface']=='message' for d in rows)}; written by clients: {sum(d.get('context',{}).get('role')=='client' for d in rows)}.")
print("\n".join(out))
