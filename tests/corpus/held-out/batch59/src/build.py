"""Assemble the ten voice files into ../cases.jsonl and print counts.
Run from anywhere: python3 src/build.py"""
import importlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "cases.jsonl")

MODULES = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("v") and f[1:3].isdigit())

rows = []
for m in MODULES:
    mod = importlib.import_module(m)
    for d in mod.CASES:
        d = dict(d)
        ordered = {"text": d["text"], "expect": d["expect"], "category": d["category"],
                   "surface": d["surface"], "lang": d["lang"], "source": mod.SLUG}
        if "context" in d:
            ordered["context"] = d["context"]
        rows.append(ordered)

with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

print(f"wrote {len(rows)} rows to {OUT}")
