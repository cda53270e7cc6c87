import json
from collections import Counter
L=[json.loads(l) for l in open('cases.jsonl')]
cats=['contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment']
langs=['nl','ko','ro','ms']
def tab(keyf, cols):
    return cols
out=[]
out.append("# Batch 49 — Dutch/Flemish, Korean, Romanian and Malay (own writing)\n")
out.append("Written by one helper session from the batch-49 brief (four languages the detector does not read yet: nl, ko, ro, ms; about 80 cases each; seven categories per language; both surfaces; ~45/40/15 violation/clean/allowed). All text is own writing in ten invented voices; nothing was copied from the policy documents or from other batches. Labels follow /work/shared/policy/README.md. Generator scripts are in `src/` (`python3 src/build.py` from `src/`).\n")
out.append("All contact details are fictional: zero-padded numbers (06-1234 5678, 0470 00 00 12, 010-0000-4127, 0700 000 147, 012-000 0147), placeholder IBANs/accounts (NL00 TEST…, RO00 BANK…, 카카오뱅크 3333-00-0000000, Maybank 1140-0000-0000), invented names at gmail/outlook and example.* domains.\n")
out.append("## Voices\n")
out.append("""- `nl-ux` — Sanne, freelance UX copywriter from Utrecht (Dutch, formal in proposals, relaxed in chat; Tikkie, iDEAL, Revolut, Signal, "appen").
- `nl-gent` — Pieter-Jan, owner of a bicycle shop in Ghent (client, Flemish chat: ge/gij, hé, efkes, amai, gsm, Payconiq, Bancontact).
- `nl-corp` — procurement officer of a Rotterdam logistics firm (Enterprise client, formal Dutch).
- `ko-dev` — 김지훈, Flutter developer in Seoul (polite 합니다/해요 style; KakaoTalk, LINE, Toss, 카카오뱅크, spelled-out Hangul digits).
- `ko-brand` — marketing manager of a Busan cosmetics brand (client, chatty KakaoTalk style with ㅋㅋ/ㅎㅎ/ㅠㅠ, 카톡, 보이스톡, 카카오페이; treated as Enterprise in a few cases).
- `ko-scam` — 부업 (side-job) recruiter renting accounts and buying ID verification, Telegram and USDT (scammer, client role).
- `ro-trad` — Ioana, authorised EN–RO translator and subtitler from Iași (writes with diacritics; WhatsApp, Telegram, George/BCR, IBAN, "arond" for @).
- `ro-imob` — Mihai, Bucharest real-estate agency (client, writes on the phone without diacritics; Revolut, cash, transfer bancar, Messenger).
- `ms-va` — Aina, Shopee/Lazada virtual assistant in Kuala Lumpur (Manglish, "WS", "I/you", lah/je; DuitNow, Touch 'n Go, Maybank, IG).
- `ms-kopi` — Encik Razak, owner of a kopitiam chain in Johor Bahru (client, Malay with English; bank in, cash, DuitNow).
- `ms-scam` — Telegram "kerja part time" scammer (client role; task groups, deposit first, USDT, IC verification for rent).
""")
def counts(title, f):
    c=Counter(f(o) for o in L)
    return f"**{title}:** " + ", ".join(f"{k} {v}" for k,v in sorted(c.items())) + "\n"
out.append("## Counts\n")
out.append(f"Total: {len(L)} cases.\n")
out.append(counts("expect", lambda o:o['expect']))
out.append(counts("lang", lambda o:o['lang']))
out.append(counts("surface", lambda o:o['surface']))
out.append(counts("role", lambda o:o.get('context',{}).get('role','freelancer')))
out.append(counts("context (besides role)", lambda o:json.dumps({k:v for k,v in o.get('context',{}).items() if k!='role'}) or '{}'))
out.append(counts("source", lambda o:o['source']))
out.append("\n### Per language and category (violation / clean / allowed)\n")
out.append("| lang | " + " | ".join(cats) + " | total |")
out.append("|---|" + "---|"*(len(cats)+1))
for lg in langs:
    row=[]
    for ct in cats:
        row.append("/".join(str(sum(1 for o in L if o['lang']==lg and o['category']==ct and o['expect']==e)) for e in ['violation','clean','allowed']))
    out.append(f"| {lg} | " + " | ".join(row) + f" | {sum(1 for o in L if o['lang']==lg)} |")
out.append("\n### Per language: expect and surface\n")
out.append("| lang | violation | clean | allowed | proposal | message |\n|---|---|---|---|---|---|")
for lg in langs:
    g=[o for o in L if o['lang']==lg]
    out.append(f"| {lg} | " + " | ".join(str(sum(1 for o in g if o['expect']==e)) for e in ['violation','clean','allowed']) + " | " + " | ".join(str(sum(1 for o in g if o['surface']==s)) for s in ['proposal','message']) + " |")
out.append("\n## Doubtful labels (line numbers in cases.jsonl)\n")
out.append(open('src/doubts.md').read())
out.append("\n## Sources\n")
out.append("| id | title or voice | URL | what was taken |\n|---|---|---|---|")
for sid, t in [("nl-ux","Utrecht UX copywriter (freelancer)"),("nl-gent","Ghent bicycle-shop owner, Flemish (client)"),("nl-corp","Rotterdam procurement officer (Enterprise client)"),("ko-dev","Seoul Flutter developer (freelancer)"),("ko-brand","Busan cosmetics brand marketer (client)"),("ko-scam","Korean side-job / account-rental scammer"),("ro-trad","Iași translator and subtitler (freelancer)"),("ro-imob","Bucharest real-estate agency (client, no diacritics)"),("ms-va","Kuala Lumpur Shopee VA, Manglish (freelancer)"),("ms-kopi","Johor Bahru kopitiam-chain owner (client)"),("ms-scam","Malaysian Telegram part-time-job scammer")]:
    out.append(f"| `{sid}` | {t} | — (own writing) | nothing; invented text |")
open('SOURCES.md','w').write("\n".join(out)+"\n")
