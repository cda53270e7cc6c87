# Shared helpers for batch46 generator. Every text in the voice files is own writing.
CASES = []

def make(source, default_role):
    def add(expect, category, text, surface='message', lang='en', **ctx):
        role = ctx.pop('role', default_role)
        c = {}
        if role != 'freelancer':
            c['role'] = role
        for k, v in ctx.items():
            c[k] = v
        if role == 'client':
            assert surface == 'message'
        o = {'text': text.strip('\n'), 'expect': expect, 'category': category, 'surface': surface,
             'lang': lang, 'source': source}
        if c:
            o['context'] = c
        CASES.append(o)
    return add
