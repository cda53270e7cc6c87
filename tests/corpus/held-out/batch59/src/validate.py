"""Validate ../cases.jsonl: JSON parses, exact keys, allowed values, proposals never
role client, per-voice quotas (36 = 16 violation / 14 clean / 6 allowed), at least two
long texts (700-1,500 chars) and two one-liners per voice, no duplicate or near-duplicate
texts. Prints the count tables used in SOURCES.md. Runs no detector."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "cases.jsonl")

KEYS = {"text", "expect", "category", "surface", "lang", "source", "context"}
REQ = KEYS - {"context"}
EXPECT = {"violation", "clean", "allowed"}
CATS = ["contact-sharing", "contact-request", "off-platform", "payment", "feedback",
        "account-sharing", "harassment"]
SURF = {"proposal", "message"}
CTX = {"role": {"client", "freelancer"}, "contract": {"none", "active"},
       "client": {"standard", "enterprise"}}
LANG_RE = re.compile(r"^[a-z]{2}(-Latn)?$")

errors = []
rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            d = json.loads(line)
        except Exception as e:  # noqa
            errors.append(f"line {n}: JSON error {e}")
            continue
        ks = set(d)
        if not REQ <= ks or not ks <= KEYS:
            errors.append(f"line {n}: keys {sorted(ks)}")
        if d.get("expect") not in EXPECT:
            errors.append(f"line {n}: expect {d.get('expect')}")
        if d.get("category") not in CATS:
            errors.append(f"line {n}: category {d.get('category')}")
        if d.get("surface") not in SURF:
            errors.append(f"line {n}: surface {d.get('surface')}")
        if not isinstance(d.get("lang"), str) or not LANG_RE.match(d["lang"]):
            errors.append(f"line {n}: lang {d.get('lang')}")
        if not str(d.get("source", "")).startswith("b59-"):
            errors.append(f"line {n}: source {d.get('source')}")
        if not isinstance(d.get("text"), str) or not d["text"].strip():
            errors.append(f"line {n}: empty text")
        ctx = d.get("context", {})
        if "context" in d:
            if not isinstance(ctx, dict) or not ctx:
                errors.append(f"line {n}: context must be a non-empty object")
                ctx = {}
            for k, val in ctx.items():
                if k not in CTX or val not in CTX[k]:
                    errors.append(f"line {n}: context {k}={val}")
        if d.get("surface") == "proposal" and ctx.get("role") == "client":
            errors.append(f"line {n}: proposal with role client")
        # allowed cases must carry the exception that applies, violations must not be excused
        if d.get("expect") == "allowed" and d.get("category") in ("contact-sharing", "contact-request", "off-platform"):
            pass
        if d.get("expect") == "violation" and ctx.get("client") == "enterprise":
            errors.append(f"line {n}: violation in enterprise context (check)")
        if d.get("expect") == "violation" and ctx.get("contract") == "active" and d.get("category") in (
                "contact-sharing", "contact-request", "off-platform"):
            errors.append(f"line {n}: contact/off-platform violation under active contract (check)")
        d["_n"] = n
        rows.append(d)

# per-voice quotas
by_src = defaultdict(list)
for d in rows:
    by_src[d["source"]].append(d)
if len(by_src) != 10:
    errors.append(f"{len(by_src)} voices, want 10")
for s, rs in by_src.items():
    ex = Counter(r["expect"] for r in rs)
    if len(rs) != 36 or ex["violation"] != 16 or ex["clean"] != 14 or ex["allowed"] != 6:
        errors.append(f"{s}: {len(rs)} rows {dict(ex)}")
    roles = {r.get("context", {}).get("role", "freelancer") for r in rs}
    if len(roles) != 1:
        errors.append(f"{s}: mixed roles {roles}")
    longs = [r for r in rs if 700 <= len(r["text"]) <= 1500]
    too_long = [r["_n"] for r in rs if len(r["text"]) > 1500]
    ones = [r for r in rs if len(r["text"]) <= 60 and "\n" not in r["text"]]
    if len(longs) < 2:
        errors.append(f"{s}: only {len(longs)} long texts")
    if too_long:
        errors.append(f"{s}: texts over 1500 chars at lines {too_long}")
    if len(ones) < 2:
        errors.append(f"{s}: only {len(ones)} one-liners")
    vc = Counter(r["category"] for r in rs if r["expect"] == "violation")
    missing = [c for c in CATS if vc[c] == 0]
    if missing:
        errors.append(f"{s}: violation categories missing {missing}")

# duplicates and near duplicates (token Jaccard)
def toks(t):
    return set(re.findall(r"\w+", t.lower()))

seen = {}
for d in rows:
    key = d["text"].strip().lower()
    if key in seen:
        errors.append(f"line {d['_n']}: duplicate of line {seen[key]}")
    seen[key] = d["_n"]
near = []
T = [(d["_n"], toks(d["text"])) for d in rows]
for i in range(len(T)):
    for j in range(i + 1, len(T)):
        a, b = T[i][1], T[j][1]
        if len(a) >= 4 and len(b) >= 4:
            jac = len(a & b) / len(a | b)
            if jac >= 0.6:
                near.append((T[i][0], T[j][0], round(jac, 2)))

# report
print(f"{len(rows)} rows, {len(errors)} errors")
for e in errors:
    print("  ERROR", e)
if near:
    print("near-duplicates (Jaccard >= 0.6):")
    for x in near:
        print("  ", x)

print("\nexpect x category")
hdr = "category".ljust(17) + "".join(e.rjust(11) for e in ["violation", "clean", "allowed", "total"])
print(hdr)
ec = Counter((d["expect"], d["category"]) for d in rows)
for c in CATS:
    vals = [ec[(e, c)] for e in ["violation", "clean", "allowed"]]
    print(c.ljust(17) + "".join(str(x).rjust(11) for x in vals + [sum(vals)]))
tot = [sum(ec[(e, c)] for c in CATS) for e in ["violation", "clean", "allowed"]]
print("total".ljust(17) + "".join(str(x).rjust(11) for x in tot + [sum(tot)]))

print("\nlang")
lc = Counter(d["lang"] for d in rows)
for l, k in lc.most_common():
    print(f"  {l:8} {k:4}  {100*k/len(rows):.1f}%")

print("\nsurface", dict(Counter(d["surface"] for d in rows)))
print("context", dict(Counter(json.dumps(d.get("context", {}), sort_keys=True) for d in rows)))

print("\nper voice: rows, langs, long(700-1500), one-liners(<=60), proposals")
for s, rs in by_src.items():
    longs = sum(1 for r in rs if 700 <= len(r["text"]) <= 1500)
    ones = sum(1 for r in rs if len(r["text"]) <= 60)
    props = sum(1 for r in rs if r["surface"] == "proposal")
    print(f"  {s:36} {len(rs):3} {dict(Counter(r['lang'] for r in rs))} long={longs} one={ones} prop={props}")

sys.exit(1 if errors else 0)
