import json, importlib, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import build
MODS = ["v1_kolhapur","v2_mostar","v3_tbilisi","v4_aba","v5_sialkot","v6_ranchi","v7_rajshahi","v8_gondar","v9_shaki","v10_hosur"]
cases = []
for m in MODS:
    mod = importlib.import_module(m)
    rows = mod.ROWS
    assert len(rows) == 36, (m, len(rows))
    cases += build(mod.SLUG, mod.ROLE, rows)
out = os.path.join(os.path.dirname(__file__), "..", "cases.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases))
