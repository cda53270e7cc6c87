# builds ../cases.jsonl from the per-voice files (run from anywhere)
import json, os, sys, importlib
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import common
for mod in ["v1_phonetypist", "v2_toprated", "v3_recruiter", "v4_ecomseller",
            "v5_gamedev", "v6_kindlyrevert", "v7_tutor", "v8_latamlead"]:
    importlib.import_module(mod)
out = os.path.join(here, "..", "cases.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in common.CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(common.CASES), "cases written")
