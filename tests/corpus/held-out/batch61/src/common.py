CATS = {"cs": "contact-sharing", "cr": "contact-request", "op": "off-platform", "pay": "payment",
        "fb": "feedback", "acc": "account-sharing", "har": "harassment"}
EXP = {"V": "violation", "C": "clean", "A": "allowed"}
SURF = {"m": "message", "p": "proposal"}

def build(slug, role, rows):
    out = []
    for e, c, s, l, x, text in rows:
        ctx = {}
        if role == "client":
            ctx["role"] = "client"
        if "a" in x:
            ctx["contract"] = "active"
        if "e" in x:
            ctx["client"] = "enterprise"
        d = {"text": text.strip(), "expect": EXP[e], "category": CATS[c], "surface": SURF[s],
             "lang": l, "source": "b61-" + slug}
        if ctx:
            d["context"] = ctx
        out.append(d)
    return out
