# real passages: (url, title, text, expect, category, surface, lang, ctx)
R = []
def r(url, title, text, expect, cat, surface='message', lang='en', **ctx):
    R.append(dict(url=url, title=title, text=text, expect=expect, category=cat, surface=surface, lang=lang, ctx=ctx))
