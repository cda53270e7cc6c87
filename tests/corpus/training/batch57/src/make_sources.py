# Writes ../SOURCES.md from stats.md and unsure.json (run build.py first).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
stats = open(os.path.join(HERE, 'stats.md'), encoding='utf8').read()
unsure = json.load(open(os.path.join(HERE, 'unsure.json'), encoding='utf8'))
voices = [
 ('ar-eg-flutter', 'Mahmoud, Cairo Flutter developer (Egyptian Arabic; Fawry, Vodafone Cash, WhatsApp Cloud API work), freelancer'),
 ('ar-lev-brand', 'Rania, Amman brand and UI designer (Jordanian/Levantine Arabic), freelancer'),
 ('ar-gulf-client', 'Abu Faisal, Riyadh restaurant-chain operations manager (Saudi/Gulf Arabic; STC Pay, mada, HyperPay), client'),
 ('ar-ma-dev', 'Yassine, Casablanca Laravel developer (Moroccan Darija in Arabic script with French), freelancer'),
 ('ar-msa-legal', 'Osman, Khartoum-based legal translator writing formal Modern Standard Arabic letters, freelancer'),
 ('ar-uae-client', 'Omar, Dubai real-estate brokerage owner (Emirati/Gulf Arabic; WhatsApp Business API CRM job; some Enterprise), client'),
 ('ar-lb-writer', 'Lina, Beirut SEO content writer (Lebanese Arabic), freelancer'),
 ('ar-scam', 'Arabic-script scammer: fake "HR" recruiter and Upwork account renter (role client)'),
 ('az-eg-qa', 'Nour, Alexandria QA tester (Egyptian Franco-Arabic), freelancer'),
 ('az-eg-client', 'Karim, Cairo sneaker e-shop founder (Egyptian Franco with English; Paymob, Fawry, InstaPay), client'),
 ('az-lb-motion', 'Maya, Beirut motion designer (Lebanese Arabizi with French and English), freelancer'),
 ('az-kw-client', 'Bu Nasser, Kuwaiti oud-perfume brand owner (Gulf Arabizi; KNET, Salla), client'),
 ('az-ma-data', 'Salma, Rabat data analyst (Moroccan Darija in Latin letters with French), freelancer'),
 ('az-jo-wp', 'Odai, Amman WooCommerce developer (Jordanian Arabizi; one MSA-style formal letter in Latin letters), freelancer'),
 ('az-dz-smm', 'Amine, Oran social-media manager (Algerian Darja in Latin letters with French), freelancer'),
 ('az-scam', '"Ziko", Franco-Arabic account renter and fake recruiter (role client)'),
]
out = []
out.append("""# batch57 — training: Arabic (Arabic script) and Arabizi / Franco-Arabic (Latin letters)

Written for Clearsend's training corpus. All 320 texts are own writing (no real messages, no copied policy
sentences), produced in one session from the task brief for batch57 plus /work/incoming/BRIEF.md, with labels
taken from /work/shared/policy/README.md. Nothing under /work/main, /work/dev or other incoming batches was read,
and the detector was not run on this text.

How: the texts are hand-written Python tuples in `src/data_ar.py` (lang `ar`) and `src/data_azi.py` (lang `ar-Latn`);
`src/build.py` turns them into `cases.jsonl` (role `client` is set from the voice; `A` = active contract,
`E` = Enterprise client), and `src/make_sources.py` writes this file. `src/rewrite1.py`, `src/rewrite2.py`, `src/rewrite3.py`,
`src/notes.py`, `src/vocab.py` and `src/lengthen.py` are one-off edit scripts kept for the record (they varied Arabizi
wording that had mirrored the Arabic-script lines too closely, moved one buried sentence, attached unsure-notes,
worked a few missing everyday words into existing lines, and lengthened four proposals into long cover letters).

Brief: 320 cases, 160 Arabic script + 160 Arabizi; Egyptian, Levantine (Jordan, Lebanon), Gulf (Saudi, UAE, Kuwait),
Maghrebi (Moroccan and Algerian Darija with French) and Modern Standard Arabic for formal letters; about 45% violations
over all seven categories, about 40% hard clean look-alikes (Fawry / STC Pay / KNET / CliQ integrations, WhatsApp
Business API bots, login and password-reset flows, review features, phone and email form fields, payouts from Upwork
to a local bank, polite requests for honest feedback, work slang like "قاتل" / "2atla" / "kasret"), about 15% allowed
(active contract, Enterprise client, username or email given only for a repository / Figma / Frame.io / Canva /
Drive / Trello invitation, an NDA with contact details). Payment outside Upwork is never labelled allowed, even
inside an active contract. Contact details are invented: +20 100 000 01xx, +966 50 000 01xx, +212 600 000 1xx,
+962 79 000 01xx, +961 70 000 1xx, +965 5000 01xx, +971 50 000 01xx, +213 550 000 1xx, +249 91 000 01xx, example.*
domains and invented names at gmail / outlook / hotmail; some numbers in Arabic-Indic digits (٠١٢٣) or spelled out
in words (Arabic, Arabizi), one email written "name dot ... at gmail dot com".

## Counts
""")
out.append(stats)
out.append("\n\n## Labels I was unsure of\n\nLine numbers refer to `cases.jsonl`.\n")
for ln, src, exp, cat, n in unsure:
    out.append(f"- line {ln} (`{src}`, {exp} / {cat}): {n}")
out.append("\n\n## Source ids\n\n| id | title or voice | URL | what was taken |\n|---|---|---|---|")
for vid, title in voices:
    out.append(f"| `{vid}` | {title} | — (own writing) | nothing taken; invented text |")
open(os.path.join(os.path.dirname(HERE), 'SOURCES.md'), 'w', encoding='utf8').write('\n'.join(out) + '\n')
print('written')
