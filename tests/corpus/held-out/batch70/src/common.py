EXP = {"V": "violation", "C": "clean", "A": "allowed"}
CAT = {"cs": "contact-sharing", "cr": "contact-request", "op": "off-platform", "pay": "payment",
       "fb": "feedback", "as": "account-sharing", "har": "harassment"}
SURF = {"m": "message", "p": "proposal"}

def build(slug, role, rows):
    out = []
    for exp, cat, surf, lang, ctx, text in rows:
        c = {"text": text.strip(), "expect": EXP[exp], "category": CAT[cat], "surface": SURF[surf],
             "lang": lang, "source": "b70-" + slug}
        cx = {}
        if role == "client":
            cx["role"] = "client"
        if "a" in ctx:
            cx["contract"] = "active"
        if "e" in ctx:
            cx["client"] = "enterprise"
        if cx:
            c["context"] = cx
        out.append(c)
    return out
