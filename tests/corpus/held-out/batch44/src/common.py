CASES = []
def c(text, expect, cat, lang='en', ctx='', src=None):
    """ctx letters: a = contract active, c = role client, e = enterprise client"""
    context = {}
    if 'e' in ctx: context['client'] = 'enterprise'
    if 'a' in ctx: context['contract'] = 'active'
    if 'c' in ctx: context['role'] = 'client'
    o = {"text": text, "expect": expect, "category": cat, "surface": "message", "lang": lang, "source": src}
    if context: o["context"] = context
    CASES.append(o)
