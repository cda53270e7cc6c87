import json, collections
meta = json.load(open('meta.json'))
lines = [json.loads(l) for l in open('../cases.jsonl')]
def ln(sub):
    for i, o in enumerate(lines, 1):
        if sub in o['text']: return i
    raise SystemExit('not found: ' + sub)
unsure = [
 (ln('complete and utter moron'), 'violation/harassment: a freelancer venting about a third party; rude but not addressed to the other party'),
 (ln("YOU HAVEN'T PAID YET"), 'violation/harassment: shouting payment demand; could be read as plain firmness, labelled rude'),
 (ln('he will destroy my online freelance reputation'), 'clean/feedback: the victim describing a feedback threat, not making one'),
 (ln('32,000$'), 'clean/off-platform (Urdu): bragging about deals closed off-platform, not itself a request'),
 (ln('hop on a quick call'), 'clean/off-platform: a call before a contract with no app named; Upwork has its own calls'),
 (ln('@amirdev01'), 'violation/contact-sharing: a Telegram handle given while asking to be paid on the platform'),
 (ln('麻烦看一下邮箱'), 'violation/off-platform: "please check your email" moves the talk to email'),
 (ln('Buying Google 5-star reviews'), 'violation/feedback: selling reviews, not an Upwork review; labelled as review manipulation'),
 (ln('Buy Amazon reviews') if any('Buy Amazon reviews' in o['text'] for o in lines) else ln('By purchasing Amazon reviews'), 'violation/feedback: as above'),
 (ln('能定制吗？有偿'), 'clean/payment: "can you customise it? paid" with no contact asked'),
 (ln('name, address, email address, ssn'), 'clean/contact-request: KYC fields in an active contract (a tax/identity form), not contact exchange'),
 (ln('portfolio.example.com/lina'), 'allowed/contact-sharing: the policy documents disagree on outside portfolio links (a warning is also defensible)'),
 (ln('ana.qa@proton.me'), 'allowed/off-platform: freelancer answering an Enterprise client'),
 (ln('Huge stupidity questions'), 'violation/harassment: a freelancer-written review of a client, insulting'),
 (ln('Chat হলো quick'), 'clean/off-platform (Bengali-English): advice listing WhatsApp and Messenger as chat channels'),
]
c = {k: collections.Counter() for k in ['expect','category','lang','surface','role']}
real = meta['nreal']
for i, o in enumerate(lines):
    for k in ['expect','category','lang','surface']: c[k][o[k]] += 1
    c['role'][o.get('context',{}).get('role','freelancer')] += 1
ec = collections.Counter((o['expect'], 'real' if i < real else 'written') for i, o in enumerate(lines))
def fmt(cn): return ', '.join(f'{k} {v}' for k, v in sorted(cn.items()))
out = []
out.append('# batch52 — real public text, twelfth real-text round\n')
out.append('**Who and how.** Gathered by a helper session following /work/incoming/BRIEF.md. Real passages were found with the `search` tool '
           '(corpora "pages" and "issues") and checked against /work/incoming/USED_URLS.txt (none reused). Each passage is a short quote from the page, '
           'trimmed or lightly cleaned only where needed (typos kept where they carry voice; names shortened). Every real email, phone number, '
           'messaging handle, wallet address or QQ/WeChat ID was replaced by a fictional one (555-01xx numbers, example.* domains, invented '
           'gmail/outlook/proton names, obviously invented IDs). Passages from GitHub issues, scam reports and forum posts are labelled as if typed '
           'into an Upwork proposal or message before a contract unless the context says otherwise. Guides, help-centre text and news about scams '
           'are used as hard clean look-alikes. Written cases (ids `w-*`) were composed by the helper, modelled on the voices read in this round, '
           'mostly to add violations in languages where the real text was mostly clean, and to cover exceptions (Enterprise, NDA, repository access, portfolio).\n')
out.append('Brief: /work/incoming/BRIEF.md; labels by /work/shared/policy/README.md. Generator scripts in `src/` (d01–d12.py real passages, written.py, build.py, sources.py).\n')
out.append('## Counts\n')
out.append(f'- cases: {len(lines)} — real {real} from {len(meta["ids"])} pages, written {meta["nwritten"]}')
out.append(f'- expect: {fmt(c["expect"])}')
out.append(f'- expect by origin: ' + ', '.join(f'{a}/{b} {v}' for (a, b), v in sorted(ec.items())))
out.append(f'- category: {fmt(c["category"])}')
out.append(f'- lang: {fmt(c["lang"])}')
out.append(f'- surface: {fmt(c["surface"])}')
out.append(f'- role: {fmt(c["role"])}\n')
out.append('## Labels I was unsure of (line numbers in cases.jsonl)\n')
for n, t in sorted(unsure): out.append(f'- line {n}: {t}')
out.append('\n## Sources\n')
out.append('| id | title or voice | URL or "— (own writing)" | what was taken |')
out.append('|---|---|---|---|')
for u, i in meta['ids'].items():
    t = meta['taken'][u]
    what = '; '.join(f'{e}/{cat} ({lg})' for e, cat, lg in t)
    title = meta['titles'][u].replace('|', '/')
    out.append(f'| `{i}` | {title} | {u} | {len(t)} passage(s): {what} |')
voices = {
 'w-gh-commissioner': 'people commissioning paid work from repository owners, moved into Upwork messages',
 'w-zh-commissioner': 'Chinese 付费定制 (paid customisation) requester',
 'w-zh-freelancer': 'Chinese payments developer',
 'w-ru-kwork': 'Russian freelance-exchange client and freelancer (Kwork/FL style)',
 'w-malt-fr': 'French client in the Malt deposit-refund scam; French Shopify developer',
 'w-upwork-hostage': 'Upwork client tying feedback to refunds or free work; calm counterparts',
 'w-fiverr-style': 'review-hungry seller withholding final files',
 'w-account-renter': 'account renter / interview proxy pitches seen on GitHub; legitimate ID and staging-user talk',
 'w-id-telegram-mover': 'Indonesian client moving to Telegram; Indonesian payments developer',
 'w-vi-translator': 'Vietnamese translator and fake publisher client',
 'w-tl-va': 'Filipino virtual assistant (Taglish)',
 'w-ar-platform': 'Arabic-speaking client and developer',
 'w-es-latam': 'Latin-American client and WooCommerce developer',
 'w-pt-br': 'Brazilian client and Pix developer',
 'w-hi-latn': 'Hindi in Latin letters, client and freelancer',
 'w-ur-latn': 'Urdu in Latin letters, freelancer',
 'w-cover-letter': 'long cover letters with one bad sentence buried (or none)',
 'w-enterprise': 'Enterprise client procurement / security review',
 'w-nda': 'freelancer returning a signed NDA',
 'w-portfolio': 'designer sharing an outside portfolio',
 'w-access': 'designer giving an email for Figma access in an active contract',
 'w-harassment': 'hostile and frustrated clients in active contracts',
}
wc = collections.Counter(o['source'] for o in lines if o['source'].startswith('w-'))
for v, d in voices.items():
    out.append(f'| `{v}` | written: {d} | — (own writing) | {wc[v]} written case(s) |')
open('../SOURCES.md', 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:20]))
