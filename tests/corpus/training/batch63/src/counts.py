#!/usr/bin/env python3
"""Validate cases.jsonl and print markdown count tables for SOURCES.md."""
import json, collections, os
here = os.path.dirname(os.path.abspath(__file__))
REQ = {"text", "expect", "category", "surface", "lang", "source"}
E = ["violation", "clean", "allowed"]
C = ["harassment", "account-sharing", "feedback", "off-platform", "payment", "contact-sharing", "contact-request"]
rows = []
for i, l in enumerate(open(os.path.join(here, "..", "cases.jsonl"), encoding="utf-8"), 1):
    r = json.loads(l)
    assert REQ <= set(r) <= REQ | {"context"}, i
    assert r["expect"] in E and r["category"] in C and r["surface"] in ("proposal", "message"), i
    if "context" in r:
        cx = r["context"]
        assert set(cx) <= {"role", "contract", "client"} and cx, i
        assert cx.get("role", "client") == "client" and cx.get("contract", "active") == "active" and cx.get("client", "enterprise") == "enterprise", i
    rows.append(r)
assert len({r["text"] for r in rows}) == len(rows)
ec = collections.Counter((r["expect"], r["category"]) for r in rows)
print("| category | " + " | ".join(E) + " | total |\n|---|---|---|---|---|")
for c in C:
    print(f"| {c} | " + " | ".join(str(ec[(e, c)]) for e in E) + f" | {sum(ec[(e, c)] for e in E)} |")
print("| total | " + " | ".join(str(sum(ec[(e, c)] for c in C)) for e in E) + f" | {len(rows)} |\n")
lc = collections.Counter(r["lang"] for r in rows)
print("| lang | cases |\n|---|---|")
for k, v in lc.most_common():
    print(f"| {k} | {v} |")
print()
vc = collections.defaultdict(collections.Counter)
for r in rows:
    vc[r["source"]][r["expect"]] += 1
print("| source | violation | clean | allowed | langs |\n|---|---|---|---|---|")
for s in vc:
    langs = collections.Counter(r["lang"] for r in rows if r["source"] == s)
    print(f"| {s} | {vc[s]['violation']} | {vc[s]['clean']} | {vc[s]['allowed']} | " + ", ".join(f"{k} {v}" for k, v in langs.most_common()) + " |")
print()
sc = collections.Counter(r["surface"] for r in rows)
cx = collections.Counter((r.get("context", {}).get("role", "freelancer"), r.get("context", {}).get("contract", "none"), r.get("context", {}).get("client", "standard")) for r in rows)
print("surface:", dict(sc)); print("context (role, contract, client):", dict(cx))
