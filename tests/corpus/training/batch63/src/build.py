#!/usr/bin/env python3
"""Build cases.jsonl from voices/*.txt.
Voice file: first line 'slug|role' (role client/freelancer). Then one case per line:
EXPECT|CAT|SURFACE|LANG|CTX|TEXT
EXPECT: V violation, C clean, A allowed. CAT: cs cr op pay fb acc har.
SURFACE: m message, p proposal. CTX letters: a = active contract, e = enterprise client.
Lines starting with # are ignored."""
import json, glob, os, collections
E = {"V": "violation", "C": "clean", "A": "allowed"}
C = {"cs": "contact-sharing", "cr": "contact-request", "op": "off-platform", "pay": "payment",
     "fb": "feedback", "acc": "account-sharing", "har": "harassment"}
S = {"m": "message", "p": "proposal"}
here = os.path.dirname(os.path.abspath(__file__))
out = []
for f in sorted(glob.glob(os.path.join(here, "voices", "*.txt"))):
    lines = [l.rstrip("\n") for l in open(f, encoding="utf-8") if l.strip() and not l.startswith("#")]
    slug, role = lines[0].split("|")
    for l in lines[1:]:
        e, c, s, lang, ctx, text = l.split("|", 5)
        case = {"text": text.strip().replace("\\n", "\n"), "expect": E[e], "category": C[c], "surface": S[s],
                "lang": lang, "source": "b63-" + slug}
        cx = {}
        if role == "client":
            cx["role"] = "client"
        if "a" in ctx:
            cx["contract"] = "active"
        if "e" in ctx:
            cx["client"] = "enterprise"
        if cx:
            case["context"] = cx
        assert not (s == "p" and role == "client"), l
        out.append(case)
with open(os.path.join(here, "..", "cases.jsonl"), "w", encoding="utf-8") as fh:
    for c in out:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(out))
