CASES = []
def c(voice, exp, cat, surf, text, lang='en', **ctx):
    d = {}
    for k, default in (('client','standard'),('contract','none'),('role','freelancer')):
        if k in ctx and ctx[k] != default:
            d[k] = ctx[k]
    CASES.append(dict(voice=voice, text=text, expect=exp, category=cat, surface=surf, context=d, lang=lang))
