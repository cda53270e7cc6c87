# helpers shared by the per-voice case files (batch15)
CASES = []

def _add(expect, text, cat, surf="message", lang="en", role=None, contract=None, client=None, source=None):
    ctx = {}
    if client: ctx["client"] = client
    if contract: ctx["contract"] = contract
    if role: ctx["role"] = role
    obj = {"text": text, "expect": expect, "category": cat, "surface": surf}
    if ctx: obj["context"] = ctx
    obj["lang"] = lang
    obj["source"] = source
    CASES.append(obj)

def make(source):
    def V(text, cat, **kw): _add("violation", text, cat, source=source, **kw)
    def C(text, cat, **kw): _add("clean", text, cat, source=source, **kw)
    def A(text, cat, **kw): _add("allowed", text, cat, source=source, **kw)
    return V, C, A
