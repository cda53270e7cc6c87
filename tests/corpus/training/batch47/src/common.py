# Shared helper for the batch47 generator scripts.
V, C, A = "violation", "clean", "allowed"
CS, CR, OP, PAY, FB, ACC, HAR = ("contact-sharing", "contact-request", "off-platform",
                                 "payment", "feedback", "account-sharing", "harassment")
ACTIVE = {"contract": "active"}
ENT = {"client": "enterprise"}


def make(source, role):
    cases = []

    def c(text, expect, cat, lang="en", surface="message", ctx=None, doubt=None):
        ctx = dict(ctx or {})
        if role == "client":
            ctx["role"] = "client"
        cases.append({"text": text.strip("\n"), "expect": expect, "category": cat,
                      "surface": surface, "lang": lang, "source": source,
                      "context": ctx, "_doubt": doubt})
    return cases, c
