# Shared helper: C(text, expect, category, surface, lang, **context)
ABBR = {'v': 'violation', 'c': 'clean', 'a': 'allowed'}
CATS = {'cs': 'contact-sharing', 'cr': 'contact-request', 'op': 'off-platform', 'pay': 'payment',
        'fb': 'feedback', 'acc': 'account-sharing', 'har': 'harassment'}

def C(text, expect, cat, surface='message', lang='en', **ctx):
    o = {'text': text.strip('\n'), 'expect': ABBR[expect], 'category': CATS[cat],
         'surface': 'proposal' if surface == 'p' else 'message', 'lang': lang}
    ctx = {k: v for k, v in ctx.items() if not (k, v) in {('client', 'standard'), ('contract', 'none'), ('role', 'freelancer')}}
    if ctx:
        o['context'] = ctx
    return o
