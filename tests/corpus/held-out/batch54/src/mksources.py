import json,collections
L=[json.loads(l) for l in open('cases.jsonl')]
src=[l.rstrip('\n').split('\t') for l in open('src/sources.tsv')]
seen={};order=[]
for sid,url,title in src:
    if sid not in seen: seen[sid]=(title,url); order.append(sid)
used_ids=set(o['source'] for o in L)
real=[o for o in L if o['source']!='own']; own=[o for o in L if o['source']=='own']
def cnt(key,subset): return collections.Counter(key(o) for o in subset)
def fmt(c): return ', '.join(f'{k}: {v}' for k,v in sorted(c.items(), key=lambda x:(-x[1],str(x[0]))))
unsure_snips=[
 ("take payment over the phone","payment outside Upwork? a payment-reminder template offering to take card payment by phone during an active contract; labelled violation/payment"),
 ("social security number","asking for an SSN is identity data, not a contact detail; labelled violation/account-sharing (identity) - could be argued as out of scope"),
 ("Look, this is going to get messy","a legal threat from a client; labelled harassment (threat) - could be read as an ordinary dispute"),
 ("you should pay me to avoid receiving negative feedback","reported speech turned into direct speech; seller threatens negative feedback to get paid - labelled feedback violation"),
 ("Pay now with Paypal","Etsy convo pointing the buyer at PayPal; under Upwork rules a PayPal payment is outside the platform, labelled violation/payment"),
 ("mailing you a check","adapted from reported speech (client's note on a short-paid cheque); labelled payment violation"),
 ("Someone needs to shoot that woman","said in a meeting about a third party, not to the reader; labelled harassment (violent language)"),
 ("f******k words","masked profanity about a previous developer, not the reader; labelled harassment (rudeness)"),
 ("Don't be rude and ignore users posts","demanding but not insulting; labelled clean"),
 ("how much is it to get a new username and password","buying login details for a bot service; labelled account-sharing violation"),
 ("My email address is attached to every commit","points to where the email can be found instead of writing it; labelled contact-sharing violation"),
 ("Leave a 5 star on Google Maps","asks specifically for 5 stars but says 'if you don't feel comfortable, don't'; labelled feedback violation"),
 ("without going through the platform's messaging system","a software user story describing off-platform contact as a feature; labelled clean (talking about a feature)"),
 ("j ai acheter la cle de licence sur paypal","reports a past PayPal purchase, asks nothing; labelled clean"),
 ("Savez-vous quel serait le bon contact","asks for a third party's working contact address during work; labelled clean"),
 ("could you give @felixcremer","usernames given only to get repository write access; labelled allowed"),
 ("I am here and on Telegram.","a bare pointer to Telegram as an alternative channel; labelled off-platform violation"),
 ("send me a message on my email","no address given, but moves the talk to e-mail; labelled off-platform violation"),
 ("Wa me 0800","Indonesian phone number spam; number replaced with an obviously invented one"),
 ("Binance spot hesablma","Turkish payment instruction via Binance with contact details; labelled payment (could also be contact-sharing)"),
 ("Merhaba müsaitsen","a WhatsApp 'send me some cash' scam message, not freelancing; labelled payment violation"),
 ("Eski telefonum bozuldu","a 'hi mum' impersonation scam pattern from an article table, joined into one message; labelled payment violation"),
]
lines=[l.rstrip('\n') for l in open('cases.jsonl')]
unsure=[]
for snip,why in unsure_snips:
    for s in snip.split('|'):
        for i,l in enumerate(lines,1):
            if s in l: unsure.append((i,why)); break
out=[]
out.append("# Batch 54 - real public text, thirteenth round\n")
out.append("Written by a helper session for the Clearsend corpus, following /work/incoming/BRIEF.md (task: batch 54, the thirteenth real-text round). "
 "Only the brief, VOICES_USED.txt, USED_URLS.txt and /work/shared/policy/README.md were read; no other batch and nothing under /work/main. The detector was not run.\n")
out.append("## How it was made\n")
out.append("- Real passages were found with the `search` tool (corpora `pages` and `issues`) and each page URL was checked against USED_URLS.txt before use (src/chk.sh); none of the listed pages is in that file.\n"
 "- English Upwork-scam pages are nearly used up, so most new material comes from: GitHub issue threads where people ask maintainers for paid work, contact details, PayPal/crypto payment, licence keys, repository access and reviews (many in ru, pt, tr, fr, es, id, ar, de); grant milestone/invoice threads (hard clean payment talk, a few crypto-payout and e-mail lines); clients-from-hell style blogs and mirrors; invoice-reminder and scope-creep templates; Spanish proposal guides; Turkish/German scam reports.\n"
 "- Passages were trimmed to the relevant part. Every real e-mail, phone number, messenger handle, wallet and profile link was replaced with a fictional one (example.* domains, 555-01xx, invented handles, obviously invented foreign numbers). "
 "A few reported-speech lines were turned into direct speech (noted under unsure labels). Names of private people were shortened or left as first names.\n"
 "- Own writing (source `own`, 48 cases) fills gaps the real text left: harassment and feedback violations, Hindi/Urdu in Latin letters, Tagalog, Arabic (also Latin-letter), Enterprise/after-contract/repository exceptions, and two long cover letters (one with a single payment-outside sentence buried in the middle).\n"
 "- Labels follow /work/shared/policy/README.md. GitHub maintainers asked for paid work are treated as freelancers before a contract (default context); people asking them are `role: client`. Licence, invoice and bug threads between parties already working together get `contract: active`.\n")
out.append("## Counts\n")
out.append(f"- total: {len(L)} (real: {len(real)} from {len(used_ids)-1} pages; own writing: {len(own)})\n")
for name,key in [("expect",lambda o:o['expect']),("category",lambda o:o['category']),("lang",lambda o:o['lang']),("surface",lambda o:o['surface']),("role",lambda o:o.get('context',{}).get('role','freelancer')),("contract",lambda o:o.get('context',{}).get('contract','none'))]:
    out.append(f"- {name}: {fmt(cnt(key,L))}\n")
out.append(f"- expect x category: {fmt(cnt(lambda o:o['expect']+'/'+o['category'],L))}\n")
out.append(f"- real only, expect: {fmt(cnt(lambda o:o['expect'],real))}; lang: {fmt(cnt(lambda o:o['lang'],real))}\n")
out.append("\n## Labels I was unsure of (line numbers in cases.jsonl)\n")
for i,why in sorted(unsure): out.append(f"- line {i}: {why}\n")
out.append("\n## Sources\n")
out.append("| id | title or voice | URL | what was taken |\n|---|---|---|---|\n")
per=collections.Counter(o['source'] for o in L)
for sid in order:
    if sid not in used_ids: continue
    t,u=seen[sid]
    out.append(f"| `{sid}` | {t.replace('|','/')} | {u} | {per[sid]} passage(s), trimmed, contacts made fictional |\n")
out.append(f"| `own` | own writing modelled on the material above (harassment, feedback, payment, contact, account-sharing, exceptions; en hi-Latn ur-Latn tl id pt es de fr ar ar-Latn) | — (own writing) | {per['own']} cases |\n")
open('SOURCES.md','w').write(''.join(out))
print(len(unsure))
