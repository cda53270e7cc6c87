import json,collections
for f in ['p1','p2','p3','p4','p5','p6','p7','p8']: exec(open('/tmp/b14/'+f+'.py').read())
n=collections.Counter(); out=[]; rows=[]
titles={"coach":"veteran freelancer advising a junior teammate and clients","crypto":"Web3 client and blockchain developer","translator":"translator / localisation agency, mixed-language messages","designer":"designer sharing portfolio, Behance/Dribbble and Figma links","va":"virtual assistant (Philippines/Kenya) managing inbox, calendar, socials","startup":"impatient startup founder hiring fast","reviewer":"client writing detailed feedback and disputes","scam-victim":"person reporting a scam to a client or to support"}
for c in cases:
    n[c['voice']]+=1
    sid=f"v14-{c['voice']}-{n[c['voice']]:03d}"
    o={"text":c['text'],"expect":c['expect'],"category":c['category'],"surface":c['surface']}
    if c['context']: o["context"]=c['context']
    o["lang"]=c['lang']; o["source"]=sid
    out.append(json.dumps(o,ensure_ascii=False))
    rows.append((sid,c))
open('/work/incoming/batch14/cases.jsonl','w').write("\n".join(out)+"\n")
md=["# Batch 14 — sources","",
"All text in this batch is original synthetic text written for this batch by one helper session (an AI writer) acting out eight voices. No real messages, no scraped text, no sentences copied from the brief or the policy documents. Every contact detail is fictional (example domains, made-up names at webmail providers, US 555-01xx, UK 07700 900xxx / 020 7946 0xxx, or obviously invented numbers such as 0917 000 0000).","",
"Brief followed: `/work/incoming/BRIEF.md` (labels, fields, mix) and the rules in `/work/shared/policy/README.md` plus the policy .txt files beside it. Not read: /work/main/lib, /work/main/tests, /work/main/docs/rules, any /work/wt-* folder, other /work/incoming batch folders, or any detector code.","",
"Labelling notes:",
"- `violation` = breaks the rules as written in the given context (default: before a contract, standard client). Feedback abuse, harassment, account sharing and payment outside Upwork stay violations even with `contract: active` (e.g. v14-startup-015, reviewer cases).",
"- `allowed` = Enterprise client, active contract (contact details / moving the chat after the contract started), email given only for a project-tool invite (GitHub, Figma, Jira, Asana, Crowdin, Google Workspace delegate), contact details inside an NDA, or a portfolio-only link (Behance/Dribbble/portfolio page).",
"- `clean` = no warning expected; most are hard (technology names, quoted rules, refusals of scammers, reports to support, addresses/phone numbers that are work data, polite requests for honest feedback, firm but polite criticism).",
"- For mixed-language text, `lang` names the non-English language; `hi-Latn` = Hindi in Latin letters; `tl` = Taglish; `sw` = Swahili/English.","",
"## Voices","","| voice | description | cases |","|---|---|---|"]
for k,t in titles.items(): md.append(f"| {k} | {t} | {n[k]} |")
md+=["","## Source ids","","Every source id is one original case written for this batch (URL: none, synthetic). 'Taken' = nothing taken from any real text.","","| source | title | URL | what was taken |","|---|---|---|---|"]
for sid,c in rows:
    md.append(f"| {sid} | {c['voice']} voice, {c['expect']} / {c['category']} / {c['surface']} | — (synthetic, original) | nothing; written from scratch |")
open('/work/incoming/batch14/SOURCES.md','w').write("\n".join(md)+"\n")
print(len(out))
