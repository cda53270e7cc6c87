import json, collections
m=json.load(open('meta.json'))
lines=[json.loads(l) for l in open('../cases.jsonl')]
def ln(prefix):
    r=[i+1 for i,o in enumerate(lines) if o['text'].startswith(prefix)]
    assert len(r)==1, (prefix, r)
    return r[0]
unsure=[
 ("Yes - use written payment terms before work starts", "violation/payment: a blog answer about crypto payment terms; read as a pre-contract proposal it proposes paying outside Upwork, but it is generic advice"),
 ("For a first payment, confirm the token, network", "violation/payment: generic wallet-guide advice; only a violation if read as setting up a crypto payment with the client"),
 ("If it is at all possible, I like to schedule a face-to-face meeting", "violation/off-platform: an in-person meeting before the contract; a designer's blog about their process, not an explicit invitation"),
 ("Hello, thank you for reaching out, yes. You can if you prefer email me", "violation/off-platform: invites the other party to email, without giving the address"),
 ("mine is same as it is here", "violation/contact-sharing: handle replaced by 'my username'; says the Skype name equals the visible username (indirect sharing)"),
 ("Thanks! Please check your email (the one on GitHub profile)", "violation/off-platform (GitHub's 'email on profile' stands in for an outside channel)"),
 ("Hola si tengo pagarte por", "violation/payment: Spanish reply under a USDT wallet address, meaning unclear ('yes, do I have to pay you for...?')"),
 ("垃圾软件", "violation/harassment (zh): calling delivered software 'garbage' in frustration; rude but aimed at the product"),
 ("Verified LinkedIn profiles also easily rise", "violation/account-sharing: selling aged LinkedIn (not Upwork) accounts to freelancers"),
 ("Every file here is a testament to your inability to code", "violation/harassment given as client with active contract; original is an issue insulting a repository owner"),
 ("I changed the email of this user to mine and let the password send to me", "clean/account-sharing: a password for the client's own work system (not an Upwork account) shared inside an active contract"),
 ("Hi Dana, I still haven't received payment for the brochure copy", "clean: firm payment reminder mentioning late fees and 'further action'; not a threat in the harassment sense"),
 ("Hello, I'm representing a proxy service brand", "violation/contact-request from a client; it is spam, but it asks for an email before any contract"),
 ("Can someone invite me?", "violation/contact-sharing: email given to join a Slack workspace (a chat outside Upwork) with no contract"),
 ("Hey! Which email did you send the invite to?", "allowed with contract=active, which is context I added (original is a Slack invite in a community)"),
 ("The Slack workspace won't let me use my email address", "violation/off-platform: asking for a Slack invite (outside chat) before a contract"),
 ("Attached is the NDA with my full name and postal address", "allowed/contact-sharing (NDA exception) though the text is written by the freelancer, not a legal team"),
 ("Contract's active — is it okay if I call you on Google Meet", "allowed/off-platform after contract start"),
]
U=[]
for p,why in unsure:
    U.append((ln(p),why))
U.sort()
cnt={k:collections.Counter() for k in ('expect','category','lang','surface','role','source_kind','expect_x_category')}
for o in lines:
    cnt['expect'][o['expect']]+=1; cnt['category'][o['category']]+=1; cnt['lang'][o['lang']]+=1; cnt['surface'][o['surface']]+=1
    cnt['role'][o.get('context',{}).get('role','freelancer')]+=1
    cnt['source_kind']['written45' if o['source']=='written45' else 'real']+=1
    cnt['expect_x_category'][f"{o['expect']} / {o['category']}"]+=1
real=[o for o in lines if o['source']!='written45']
rc=collections.Counter(o['expect'] for o in real); wc=collections.Counter(o['expect'] for o in lines if o['source']=='written45')
def fmt(c): return ', '.join(f"{k} {v}" for k,v in sorted(c.items()))
md=[]
md.append("# Batch 45 — real public text, tenth round\n")
md.append("## Who wrote it and how\n")
md.append("Brief: \"REAL TEXT, tenth round\". A helper session gathered passages of real public text with the `search` tool "
"(corpus `pages` for Upwork/Fiverr/PeoplePerHour/Airtasker/99designs/Malt/Freelancer.com help pages, community threads, scam reports, "
"news on job-text scams, blog posts and proposal-template pages in en/de/pt/ru/fr; corpus `issues` for GitHub issue threads where strangers ask for "
"or post contact details, offer payment by PayPal/Cash App/USDT/Wise, pitch Upwork account renting, insult maintainers, or share emails only to get "
"Figma/Drive/repository access; corpus `code` for published proposal templates in public repositories). Each passage keeps its published wording, "
"trimmed to the relevant sentences (occasionally an issue title joined to its body, or a placeholder filled with a neutral name). Every real contact detail "
"(emails, phone numbers, Telegram/Skype/Discord handles, wallet addresses, cashtags, profile and booking links) was replaced with a fictional one "
"(example.* domains, 555-01xx, 020 7946 0xxx / 07700 900xxx, obviously dummy numbers, `demo` handles). Every URL was checked against "
"USED_URLS.txt (scheme, www., port, query and fragment stripped; Upwork Community thread ids and Reddit post ids compared too) before use; none of the "
"pages listed below appears there.\n")
md.append(f"The helper then wrote {m['n_written']} cases of its own (`written45`) in the same registers to balance the categories (feedback, harassment, "
"account sharing, off-platform, payment) and to add allowed cases (contract active, Enterprise client, NDA, email/username given only for Figma, Drive, "
"Jira, GitHub or Looker access, portfolio links) plus a few hard clean look-alikes; about a quarter are long cover letters with one bad sentence buried "
"in the middle, some in es/fr/de/pt/id/hi-Latn. Labels follow /work/shared/policy/README.md; a passage is labelled as if typed into an Upwork proposal "
"or message before a contract with a standard client unless a context is given. Real warnings and advice ABOUT scams or off-platform requests are clean; "
"a scammer's, client's or stranger's own words asking to move, pay or share outside are violations. No detector was run.\n")
md.append("## Counts\n")
md.append(f"- cases: {len(lines)} — real {len(real)} ({fmt(rc)}), written45 {cnt['source_kind']['written45']} ({fmt(wc)})")
for k in ('expect','category','lang','surface','role'):
    md.append(f"- {k}: {fmt(cnt[k])}")
md.append("\nexpect x category:\n")
for k,v in sorted(cnt['expect_x_category'].items()): md.append(f"- {k}: {v}")
md.append("\n## Labels I was unsure of (line numbers in cases.jsonl)\n")
for l,why in U: md.append(f"- line {l}: {why}")
md.append("\n## Sources\n")
md.append("| id | title or voice | URL | what was taken |")
md.append("|---|---|---|---|")
for i,u,t,wt in m['S']:
    t=t.replace('|','/'); wt=wt.replace('|','/')
    md.append(f"| `{i}` | {t} | {u} | {wt} |")
md.append("| `written45` | own writing: freelancers and clients of many trades (audiobook, legal transcription, Shopify, accounting, QA, illustration, SEO, DevOps, ads, voice-over, annotation, translation), scam recruiters, account renters, abusive clients, Enterprise procurement | — (own writing) | 130 cases written for this batch |")
open('../SOURCES.md','w').write('\n'.join(md)+'\n')
print('\n'.join(md[:20]))
