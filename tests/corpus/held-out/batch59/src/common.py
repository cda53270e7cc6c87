"""Tiny helpers so each voice file reads like a list of messages.

v(...) violation, c(...) clean, a(...) allowed.
Arguments: category, lang, text, surface ('message' default, 'proposal'),
plus optional context keywords: role, contract, client. Only non-default
context keys are written (role freelancer, contract none, client standard are defaults).
"""

CATS = {"contact-sharing", "contact-request", "off-platform", "payment",
        "feedback", "account-sharing", "harassment"}


def _case(expect, cat, lang, text, surface="message", role=None, contract=None, client=None):
    assert cat in CATS, cat
    ctx = {}
    if role and role != "freelancer":
        ctx["role"] = role
    if contract and contract != "none":
        ctx["contract"] = contract
    if client and client != "standard":
        ctx["client"] = client
    d = {"text": text.strip(), "expect": expect, "category": cat,
         "surface": surface, "lang": lang}
    if ctx:
        d["context"] = ctx
    return d


def v(cat, lang, text, surface="message", **kw):
    return _case("violation", cat, lang, text, surface, **kw)


def c(cat, lang, text, surface="message", **kw):
    return _case("clean", cat, lang, text, surface, **kw)


def a(cat, lang, text, surface="message", **kw):
    return _case("allowed", cat, lang, text, surface, **kw)
