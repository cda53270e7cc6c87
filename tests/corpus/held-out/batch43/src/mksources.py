import json, collections
cases=[json.loads(l) for l in open('../cases.jsonl')]
SRC=json.load(open('sources.json'))
def ln(sub):
    r=[i+1 for i,o in enumerate(cases) if sub in o['text']]
    assert len(r)==1,(sub,r); return r[0]
C=lambda k: collections.Counter(k(o) for o in cases)
real=[o for o in cases if o['source']!='written43']; wr=[o for o in cases if o['source']=='written43']
def tab(cnt): return ', '.join(f'{k} {v}' for k,v in sorted(cnt.items()))
ex=C(lambda o:o['expect']); 
exc=collections.Counter((o['category'],o['expect']) for o in cases)
cats=sorted({o['category'] for o in cases})
unsure=[
 ("I was unable to send you a message through the platform","violation/off-platform: a client's email quoted on the Upwork forum; as typed into Upwork it announces moving to email, but it is an explanation rather than a request"),
 ("How do i get in contact regarding a new project?","violation/contact-request: asks how to get in touch; inside Upwork the parties are already in contact, so the request reads as one for outside contact"),
 ("Hi Nickolas, I replied to your e-mail.","violation/off-platform: only implies that the conversation already runs by email"),
 ("Hi, i've sent you an email.","violation/off-platform: same pattern, implied email contact"),
 ("já entrei em contato!","violation/off-platform: implies contact was made outside"),
 ("все контакты есть в моем профиле","violation/contact-sharing: points to contact details in a profile rather than giving them"),
 ("If the client fucks you over","clean/harassment: profanity in a general blog rant, not aimed at the reader; a stricter reading of 'even plain rudeness' could call it a violation"),
 ("An invite has been sent to marci.demo@example.gov.","allowed/contact-sharing: the published reply does not name the tool (it is a Figma access thread), so the access exception is only clear from the page"),
 ("I accept mostly stablecoins on Ethereum","violation/payment: a forum post describing crypto invoicing, labelled as if pasted into a proposal"),
 ("£1000. To be sent to","violation/payment: bank details for a transfer (could also count as contact-sharing)"),
 ("Оплата в крипте","violation/payment: also shares a Telegram link (contact-sharing would fit too)"),
 ("PayPal: bounty.demo@qq.example","violation/payment: payment details in a bounty pull request, labelled as if put into a proposal"),
 ("assist me with accessing job sites and handling interviews","violation/account-sharing: it's an identity or proxy scheme rather than literal login sharing"),
 ("I would remotely access this dedicated computer","violation/account-sharing: a remote-computer proxy scheme, read as identity misuse"),
 ("Kindly send me your name, mailing address, and phone number","violation/contact-request: reported speech in the source turned into direct speech (wording lightly changed)"),
 ("Could you please email me directly at","violation/contact-request: reported speech in the source turned into direct speech; the email address is invented"),
 ("Don't quote more than $400","clean/harassment: a curt client ad, rude in tone but no insult"),
 ("Leaving this and not reporting you","clean/harassment: a reply to an insult, not itself an insult"),
 ("Помогите пожалуйста создать подобного бота","clean/payment: an offer to pay with no outside channel named"),
 ("Hi Larry. Do you have time for freelance work?","clean/off-platform: on GitHub this led to email, but the text alone asks nothing outside"),
 ("can we talk in WP","violation/off-platform: 'WP' read as WhatsApp shorthand"),
 ("Hallo Herr Becker","violation/payment with an active contract: paying by bank transfer to avoid the fee is never allowed"),
]
lines=[]
L=lines.append
L("# Batch 43: real text, ninth round\n")
L("Brief: REAL TEXT, ninth round. At least 200 passages of real public text found with the `search` tool (corpora `pages` and `issues`), each trimmed to the relevant sentences. Published wording is kept, except that every real contact detail (email, phone, messenger handle, wallet, bank number, street address) is replaced with an invented one. Real people's names next to contact details were also shortened or changed. Added to these are 113 cases of my own writing (`written43`) in the same registers. They balance the categories (above all feedback abuse and account sharing, which real pages rarely quote verbatim), supply the *allowed* cases (contract started, Enterprise client, email given only for repository or design-tool access, NDA, portfolio) and add hard clean look-alikes in 12 languages.\n")
L("Who and how: a helper session for batch 43. Pages were found with many different searches: Upwork Community, Fiverr forum, PeoplePerHour, Freelancer.com, Malt, Workana, scam-report blogs, news stories about check scams, and GitHub issues where people ask maintainers to hire them off-site (en, zh, ru, pt, es, id, hi-Latn). Every URL was checked against USED_URLS.txt (ignoring scheme, `www.`, port, query and fragment) before use. No page listed there was used. No detector was run, and nothing under /work/main or other batch folders was read.\n")
L("Labels follow /work/shared/policy/README.md, read as if the writer typed the passage into an Upwork proposal or message before a contract with a standard client unless a context is given. Warnings, reports and questions about off-platform contact or payment are clean. A client's or scammer's own quoted words asking to move or pay outside are violations.\n")
L(f"## Counts\n\nTotal {len(cases)} cases: real {len(real)}, written {len(wr)}.\n")
L(f"- expect: {tab(ex)}")
L(f"- real expect: {tab(collections.Counter(o['expect'] for o in real))}; written expect: {tab(collections.Counter(o['expect'] for o in wr))}")
L(f"- category: {tab(C(lambda o:o['category']))}")
L(f"- lang: {tab(C(lambda o:o['lang']))}")
L(f"- surface: {tab(C(lambda o:o['surface']))}")
L(f"- role: {tab(C(lambda o:(o.get('context') or {}).get('role','freelancer')))}")
L(f"- contexts: contract active {sum(1 for o in cases if (o.get('context') or {}).get('contract')=='active')}, enterprise {sum(1 for o in cases if (o.get('context') or {}).get('client')=='enterprise')}\n")
L("expect x category:\n\n| category | violation | clean | allowed |\n|---|---|---|---|")
for c in cats: L(f"| {c} | {exc[(c,'violation')]} | {exc[(c,'clean')]} | {exc[(c,'allowed')]} |")
L("\n## Labels I was unsure of\n")
for sub,why in unsure: L(f"- line {ln(sub)}: {why}")
L("\nAlso: the GitHub-issue passages were not written on Upwork. They are labelled as if the same words were sent in an Upwork message, with the writer's role (client when they offer work). The `va.gov-team` access-request forms keep the 'Figma access request' heading, which is the issue title, so the access purpose is visible in the text.\n")
L("## Sources\n\n| id | title or voice | URL | what was taken |\n|---|---|---|---|")
for i,(t,u,w) in SRC.items():
    n=sum(1 for o in cases if o['source']==i)
    t=t.replace('|','/')
    L(f"| `{i}` | {t} | {u} | {w} ({n}) |")
L("| `written43` | own writing: freelancers and clients of many trades, in the registers of the pages above (cover letters, scam messages, contract-room chat); 12 languages | — (own writing) | 113 cases: violations for balance (feedback, account sharing, payment, obfuscated contact), all written allowed cases, hard clean look-alikes |")
open('../SOURCES.md','w').write('\n'.join(lines)+'\n')
print('ok', len(SRC))
