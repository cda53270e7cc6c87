import json, importlib, sys, conv
used=set()
VOICES = ['v01_lagos','v02_istanbul','v03_saopaulo','v04_cebu','v05_karachi','v06_warsaw','v07_cdmx','v08_lyon','v09_hanoi','v09_jakarta','v10_dentist']
EXP = {'V':'violation','C':'clean','A':'allowed'}
out = []
for name in VOICES:
    m = importlib.import_module(name)
    import extra
    for row in list(m.ROWS)+extra.EXTRA.get(name,[]):
        e, cat, surf, lang, flags, text = row
        text = text.strip()
        for pre, new in conv.CONV:
            if text.startswith(pre):
                text = new.strip(); lang = 'en'; used.add(pre)
        ctx = {}
        if 'c' in flags: ctx['role'] = 'client'
        if 'a' in flags: ctx['contract'] = 'active'
        if 'e' in flags: ctx['client'] = 'enterprise'
        o = {'text': text, 'expect': EXP[e], 'category': cat, 'surface': {'p':'proposal','m':'message'}[surf], 'lang': lang, 'source': m.SRC}
        if ctx: o['context'] = ctx
        out.append(o)
with open('../cases.jsonl','w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False)+'\n')
print(len(out)); print('unused', [p for p,_ in conv.CONV if p not in used])
