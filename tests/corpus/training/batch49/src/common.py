CLIENT_SOURCES = {"nl-corp", "nl-gent", "ko-brand", "ko-scam", "ro-imob", "ms-kopi", "ms-scam"}
CASES = []
def c(exp, cat, src, text, surface="message", ctx=None, doubt=None, lang=None):
    ctx = dict(ctx or {})
    if src in CLIENT_SOURCES:
        ctx["role"] = "client"
        assert surface == "message", text
    CASES.append(dict(text=text, expect=exp, category=cat, surface=surface, lang=lang, source=src, context=ctx, doubt=doubt))
