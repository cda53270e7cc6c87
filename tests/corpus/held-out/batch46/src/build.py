# Builds ../cases.jsonl from the eight voice files.
import json, os
import common
import v1_za_elearning, v2_pe_architect, v3_ca_dentist, v4_jp_localisation, v5_gr_shipping, v6_pl_gameqa, v7_gh_copywriter, v8_pk_shopify_va
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cases.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for c in common.CASES:
        f.write(json.dumps(c, ensure_ascii=False) + '\n')
print(len(common.CASES), 'cases written')
