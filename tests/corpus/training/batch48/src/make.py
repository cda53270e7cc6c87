import json,collections
exec(open('data.py').read())
exec(open('written.py').read())
ALL=CASES+W
DOUBT={
 "Sender's email address. This email":"clean — quotes a scammer's address only to warn; the detector will see an e-mail",
 "Is it against the rules to put a clause":"clean — a question about a five-star clause, not the clause itself",
 "In the process of talking to client, she asked if I was on Facebook":"clean — reported speech of an off-platform refund offer",
 "Both my friend and I sell Destiny 2":"clean — logging into customers' game accounts is a service, not Upwork account sharing",
 "Due to the nature of our gig, sometimes, we might have to exchange details":"clean — admits exchanging details in general, gives none",
 "So in order to be one of the chosen few":"violation/payment — asks the freelancer to buy an e-book from an outside link",
 "If someone wants to pay you for work in cryptocurrency":"clean — generic how-to on crypto pay; could be read as proposing it",
 "We raise our beverage of choice to you":"violation/harassment — sarcastic contempt addressed to the client, no insult word",
 "Stop making these stupid issues please":"violation/harassment — mild rudeness",
 "给你打钱了，你都不理我":"violation/payment — implies money was sent directly",
 "3068294517":"violation/contact-sharing — a bare QQ number; only the thread shows what it is",
 "Your dataset is highly relevant to my current project":"allowed — e-mail in a signature of a Drive-access request",
 "Thanks for your great work. Could you please share the dataset":"violation — asks for a link by e-mail rather than for drive access",
 "Participamos de uma reunião sobre o App":"violation — e-mail given for a Slack invite (chat) as well as Trello",
 "你好 我正在看how2j上的教程":"violation/account-sharing — renting a course-site account, not an Upwork one",
 "Our Review Reward Program allows you":"violation/feedback — reward for any approved review, not only good ones",
 "Image Reviews: $5 Gift card awarded":"violation/feedback — gift card for published reviews",
 "can you please update your paypal link":"clean — README donation link, placeholder URL",
 "0500 000 12 34":"violation/account-sharing — asks for someone's account passwords (not Upwork)",
 "What have you created is amaizing":"violation/payment — a donation offer that needs off-platform contact",
 "My writing samples are collected on my Contently-style portfolio":"allowed — portfolio link; the policy documents disagree on outside links",
 "You can see three similar dashboards in my portfolio":"allowed — portfolio link; the policy documents disagree on outside links",
 "PLEASE GIVE US THE OPPERTUNITY TO CORRECT":"clean — asks for a chance to fix issues before feedback; no pressure or reward",
}
lines=[];doubt=[]
for i,c in enumerate(ALL,1):
    o=dict(text=c['text'],expect=c['expect'],category=c['category'],surface=c['surface'],lang=c['lang'],source=c['source'])
    if c['context']: o['context']=c['context']
    lines.append(json.dumps(o,ensure_ascii=False))
    for k,v in DOUBT.items():
        if c['text'].startswith(k): doubt.append((i,c['source'],v))
open('../cases.jsonl','w').write('\n'.join(lines)+'\n')
assert len(doubt)==len(DOUBT),(len(doubt),len(DOUBT))
real=[c for c in ALL if c['source'].startswith('r')]; wr=[c for c in ALL if c['source'].startswith('w')]
def tab(cs,key):
    return collections.Counter(key(c) for c in cs)
def fmt(cnt): return ', '.join(f'{k}: {v}' for k,v in sorted(cnt.items()))
role=lambda c:c['context'].get('role','freelancer')
out=[]
out.append('# Batch 48 — real text, eleventh round (plus written fill)\n')
out.append('**Who and how.** Gathered by a helper session with the `search` tool (corpora "pages" and "issues"), following /work/incoming/BRIEF.md and the task for batch 48. '
 'Every URL was checked against /work/incoming/USED_URLS.txt (exact match, same thread id, and same URL without query string) before use. '
 'Real passages are taken as written (trimmed to the relevant sentences; obvious typos kept); every real e-mail, phone number, handle, QQ/WeChat ID, wallet or payment link was replaced by an invented one of the same shape '
 '(US 555-01xx, UK 020 7946 0xxx / 07700 900xxx, invented names at gmail/outlook/proton/qq, example.* domains, obviously invented numbers elsewhere). '
 'Labels follow /work/shared/policy/README.md, as if each text were typed into an Upwork proposal or message. '
 'No detector was run; nothing under /work/main or other batch folders was read. Generator scripts: `src/data.py` (real), `src/written.py` (written), `src/make.py`.\n')
out.append(f'**Real vs written.** Source ids starting with `r` are real passages ({len(real)} cases from {len(PAGES)} distinct pages); ids starting with `w-` are written in the voices of those passages ({len(wr)} cases).\n')
out.append('## Counts\n')
for name,cs in (('all',ALL),('real',real),('written',wr)):
    out.append(f'- {name} ({len(cs)}): expect — {fmt(tab(cs,lambda c:c["expect"]))}')
out.append('')
out.append(f'- category: {fmt(tab(ALL,lambda c:c["category"]))}')
out.append(f'- expect x category: {fmt(tab(ALL,lambda c:c["expect"]+"/"+c["category"]))}')
out.append(f'- lang: {fmt(tab(ALL,lambda c:c["lang"]))}')
out.append(f'- surface: {fmt(tab(ALL,lambda c:c["surface"]))}')
out.append(f'- role: {fmt(tab(ALL,role))}')
out.append(f'- context contract=active: {sum(1 for c in ALL if c["context"].get("contract")=="active")}; client=enterprise: {sum(1 for c in ALL if c["context"].get("client")=="enterprise")}\n')
out.append('## Labels I was unsure of (line numbers in cases.jsonl)\n')
for i,s,v in sorted(doubt): out.append(f'- line {i} (`{s}`): {v}')
out.append('\nGeneral notes: reported speech and third-person scam descriptions are labelled clean even when they contain "PayPal", "WhatsApp", an address that is only quoted, or a threat that is only described. Off-site project links (GitHub repos, Figma, Trello, Drive) are allowed only when the e-mail/username is given solely for access; a Slack or chat invite is treated as moving the conversation off-platform.\n')
out.append('## Sources\n')
out.append('| id | title or voice | URL | what was taken |')
out.append('|---|---|---|---|')
for p in PAGES:
    t=p['title'].replace('|','/'); w=p['took'].replace('|','/')
    out.append(f"| `{p['sid']}` | {t} | {p['url']} | {w} |")
VOICES={
 'w-fvr':'Fiverr/Upwork seller voice from the forum threads (review-hungry, flagged-message worries)',
 'w-caps':'angry customer writing in capitals / threatening reviews (cf. r163)',
 'w-blog':'freelance writer or small client in the voice of the blog posts',
 'w-shop':'shop owner / review-rewards voice (cf. r149-r151), also enterprise procurement',
 'w-zh':'Chinese commissioner in QQ/WeChat style (cf. r102-r126)',
 'w-ru':'Russian commissioner/developer in Telegram style (cf. r109-r110)',
 'w-pt':'Brazilian Portuguese chat (cf. r090, r133)',
 'w-es':'Spanish-speaking client/freelancer',
 'w-vi':'Vietnamese Zalo-style chat (cf. r118, r123)',
 'w-tr':'Turkish client/freelancer',
 'w-hi':'Hindi in Latin letters, freelancer after contract start',
 'w-ar':'Egyptian Arabic in Latin letters, freelancer after contract start',
 'w-proxy':'account renter / proxy-interview recruiter (cf. r033, r159)',
 'w-issue':'terse GitHub-issue commissioner (cf. r089-r101)',
 'w-team':'student/project team inviting people to Trello, Jira, Slack (cf. r132-r134)',
 'w-data':'researcher asking for repo/Drive/Figma access (cf. r127-r131)',
 'w-odesk':'oDesk-era cover-letter writer (cf. r075-r080)',
 'w-scam':'scam job poster (cf. r048, r158)',
}
used=set(c['source'] for c in wr)
for k,v in VOICES.items():
    if k in used: out.append(f'| `{k}` | {v} | — (own writing) | {sum(1 for c in wr if c["source"]==k)} written cases |')
assert used<=set(VOICES)
open('../SOURCES.md','w').write('\n'.join(out)+'\n')
print(len(ALL),len(real),len(wr),len(PAGES))
