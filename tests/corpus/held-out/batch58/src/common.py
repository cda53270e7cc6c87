# shared helper: each voice module defines SOURCE, ROLE ('client'|'freelancer') and CASES,
# a list of (expect, category, surface, lang, ctx, text); ctx holds only non-default keys besides role.
V, C, A = 'violation', 'clean', 'allowed'
P, M = 'proposal', 'message'
ACT = {'contract': 'active'}
ENT = {'client': 'enterprise'}
