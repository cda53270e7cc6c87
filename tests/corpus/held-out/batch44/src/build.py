# Builds ../cases.jsonl from the hand-written part files (all texts are own writing).
import json, os
import common
import part_a_en_clients, part_b_en_freelancers, part_c_ml_west, part_d_ml_east, part_e_ml_south, part_f_handover
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'cases.jsonl'), 'w', encoding='utf-8') as f:
    for o in common.CASES:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(common.CASES), 'cases written')
