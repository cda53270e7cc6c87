# helper shared by the voice files of batch53
CASES = []

def voice(source, role):
    def add(expect, cat, lang, text, surface=None, **ctx):
        if role == "client":
            surface = "message"
            ctx.setdefault("role", "client")
        elif surface is None:
            surface = "message"
        elif surface == "p":
            surface = "proposal"
        elif surface == "m":
            surface = "message"
        c = {"text": text.strip(), "expect": expect, "category": cat, "surface": surface,
             "lang": lang, "source": source}
        context = {k: v for k, v in ctx.items() if v not in (None, "standard", "none") and not (k == "role" and v == "freelancer")}
        if context:
            c["context"] = context
        CASES.append(c)
    return add

V, C, A = "violation", "clean", "allowed"
CS, CR, OP, PAY, FB, AS, HAR = ("contact-sharing", "contact-request", "off-platform", "payment",
                                "feedback", "account-sharing", "harassment")
ACT = "active"
