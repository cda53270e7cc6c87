# Write ../SOURCES.md from cases.jsonl and doubts.json (run build.py first).
import json, os, collections
here = os.path.dirname(os.path.abspath(__file__))
cases = [json.loads(l) for l in open(os.path.join(here, "..", "cases.jsonl"), encoding="utf-8")]
doubts = json.load(open(os.path.join(here, "doubts.json")))
n = len(cases)

VOICES = [
 ("b47-hector-hvac-client", "Hector Garza, 52, owner of a family HVAC and plumbing company in McAllen, Texas — **client**. Types from his phone between service calls, English, Spanish and Spanglish; generous when pleased, crude and condescending when not. Hires for Google Local Services ads, a booking form, a bookkeeper."),
 ("b47-lumora-scam-client", "\"Amanda Chen, Talent Acquisition, Lumora Global\" — **scammer posing as a client**. A fake part-time \"app rating / product optimisation\" job that moves candidates to Telegram, WhatsApp or Teams, asks for a USDT \"recharge\", harvests IDs and one-time codes, and an \"account partnership\" that rents established freelancer profiles (AnyDesk, VPS). Slightly off English, some Spanish and one Tagalog message for other targets; turns threatening when refused. Her harmless-looking openers are the clean cases."),
 ("b47-ioana-agency-cluj", "Ioana Mureșan, 27, account manager of Pixelroot Studio, a 14-person Webflow/UX agency in Cluj-Napoca — **agency member writing for a team** (\"we\", Andrei, Bianca, Radu). Polished proposals and status updates in English, Romanian with Romanian clients; the bad sentence is often buried in an otherwise good cover letter or weekly update."),
 ("b47-marloes-utrecht-client", "Marloes de Vries, 41, owner of a bike-tour company in Utrecht — **client**. Dutch directness in English and Dutch: short, blunt, practical, sometimes over the line. Hires a video editor, a German translator and a FareHarbor booking-site developer. Dutch specifics: \"je 06\", Tikkie, betaalverzoek, langskomen op de zaak."),
 ("b47-yuna-seoul-webtoon", "Park Seo-yeon (\"Yuna\"), 23, webtoon and character illustrator in Seoul — freelancer. Shy and apologetic (^^, ㅠㅠ), Korean with Korean clients and careful English otherwise; her evasions are gentle (KakaoTalk, Discord, Toss, KakaoPay, bank transfer \"with a discount\", Naver blog, her sister's account)."),
 ("b47-declan-cork-client", "Declan Murphy, 66, farm-machinery dealer outside Mallow, Co. Cork — **client**. Irish English, long-winded, distrustful of computers, uses his daughter's account, prefers cheques, landlines and \"come down to the yard\"; quick temper (insults, a threat, a discriminatory remark) alongside warm Irish praise that only looks rude."),
 ("b47-faizal-penang-halal", "Faizal Hakim, 49, halal-certification and food-labelling consultant in George Town, Penang — freelancer. Formal proposals, Manglish in chat (lah, can or not, boss), Malay with Malaysian SMEs; local payment rails (DuitNow, Touch 'n Go, Maybank, company invoice). His clean texts are full of label requirements: manufacturer address, phone number, registration numbers."),
 ("b47-kiana-atl-ugc", "Kiana Brooks, 20, UGC content creator in Atlanta making TikTok/Reels ads for skincare and snack brands — freelancer. Lowercase Gen-Z chat with emojis; CashApp, PayPal, TikTok/IG handles, Linktree booking page, product shipped to her address; snaps back when disrespected."),
]

def table(key_fn, title):
    cnt = collections.Counter(key_fn(o) for o in cases)
    rows = [f"| {k} | {v} |" for k, v in sorted(cnt.items())]
    return f"\n**{title}**\n\n| value | cases |\n|---|---|\n" + "\n".join(rows) + "\n"

ctx = lambda o, k, d: o.get("context", {}).get(k, d)
md = []
md.append("# Batch 47 — eight new voices (own writing)\n\n")
md.append("""## Who wrote it and how

Written by one helper session for Clearsend corpus batch 47, following /work/incoming/BRIEF.md and the task brief
(\"320-340 cases in eight new voices not in VOICES_USED.txt; at least three clients, a scammer posing as a client,
an agency member writing for a team; at least four non-English languages, about a quarter of the cases; all seven
categories, both surfaces; about 45% violation / 40% clean / 15% allowed; hard clean look-alikes; lengths from a few
words to long cover letters with one buried bad sentence\").

Read before writing: BRIEF.md, VOICES_USED.txt and the policy folder /work/shared/policy/ (README.md and the five
.txt articles). Nothing under /work/main or any other batch folder was read, no detector was run, and no text was
taken from the web or copied from the policy documents: every text is my own writing. Labels follow the distilled
map in the policy README.md: contact details, contact requests and moving off Upwork are violations before a contract
and `allowed` when a contract is active, the client is Enterprise, the email/username is given only for access to a
project system (Figma, Google Drive, Frame.io, GitHub, Google Ads/Analytics read access), contact details sit in an
NDA, or the link is an off-Upwork portfolio; payment outside Upwork is a violation in every context.

The generator scripts are in `src/`: one file per voice (`v1_hector.py` … `v8_kiana.py`, the texts themselves),
`common.py` (the case helper), `build.py` (merges the voices in a fixed shuffle, seed 47, writes cases.jsonl and
the doubtful-label list) and `make_sources.py` (writes this file). All contact details are fictional: US 555-01xx
numbers, invented gmail/outlook addresses, example.* domains, and obviously invented numbers for other countries
(Ireland 021 000 …/087 000 …, Netherlands 06 0000 …, Korea 010-0000-…, Malaysia 012-000 …, Romania 0700 000 …,
Hong Kong +852 0000 …).

How the hard cases were built: clean texts are ordinary work talk loaded with trigger words (Zelle/Venmo logos on a
customer site, Stripe and PayPal integration, phone-number and address fields, label rules that require a
manufacturer's address and phone, a brand's Instagram handle in a caption, a WhatsApp ordering button, login bugs),
negated or reported requests (\"don't send me your number\", \"someone asked me to pay in Bitcoin, I refused\",
\"this job post asks for my whatsapp so i'm skipping it\"), Upwork's own features (milestones, bonus, Upwork video
call, adding someone to the Upwork team instead of sharing a password, phone verification), blunt criticism and
slang that only looks rude (\"de poca madre\", \"you're a decent skin\", \"killing your conversion\"). Violations are
phrased the way each person would: euphemisms (\"between ourselves, no middle man\", \"send it my way directly\",
\"save us both the fee\"), obfuscation (\"t e l e and then g r a m\", \"arroba gmail punto com\", spelled-out digits in
English and Romanian), local apps (Tikkie, Toss, KakaoPay, DuitNow, Touch 'n Go, Maybank, Zelle, CashApp, Binance/USDT, Wise,
KakaoTalk, Telegram, Signal, Discord, Facebook Messenger), indirect asks (\"wat is je 06?\", \"ring me so\"), implied conditions (\"the review depends on the German
version, for free\"; \"raw files drop as soon as the review is up\"), and ten long texts (700-1,600 characters) with a
single bad sentence in the middle.
""")
md.append("\n## Voices\n\n")
for sid, desc in VOICES:
    k = collections.Counter(o["expect"] for o in cases if o["source"] == sid)
    langs = collections.Counter(o["lang"] for o in cases if o["source"] == sid)
    md.append(f"- `{sid}` — {desc} ({sum(k.values())} cases: {k['violation']} violation, {k['clean']} clean, {k['allowed']} allowed; languages {', '.join(f'{l} {c}' for l, c in langs.most_common())})\n")

md.append(f"\n## Counts ({n} cases)\n")
exp = collections.Counter(o["expect"] for o in cases)
md.append("\n**expect**\n\n| value | cases | share |\n|---|---|---|\n" + "\n".join(f"| {k} | {v} | {v/n:.0%} |" for k, v in sorted(exp.items())) + "\n")
md.append(table(lambda o: o["category"], "category"))
cats = sorted(set(o["category"] for o in cases))
md.append("\n**category × expect**\n\n| category | violation | clean | allowed |\n|---|---|---|---|\n")
ce = collections.Counter((o["category"], o["expect"]) for o in cases)
md.append("\n".join(f"| {c} | {ce[(c,'violation')]} | {ce[(c,'clean')]} | {ce[(c,'allowed')]} |" for c in cats) + "\n")
md.append(table(lambda o: o["lang"], "lang"))
nonen = sum(o["lang"] != "en" for o in cases)
md.append(f"\nNon-English: {nonen} of {n} ({nonen/n:.0%}) in es, ko, nl, ms, ro and one tl; several of the `en` cases also mix in Spanish, Korean, Malay or Irish idiom.\n")
md.append(table(lambda o: o["surface"], "surface"))
md.append(table(lambda o: ctx(o, "role", "freelancer"), "role"))
md.append(table(lambda o: ctx(o, "contract", "none"), "contract"))
md.append(table(lambda o: ctx(o, "client", "standard"), "client"))
L = [len(o["text"]) for o in cases]
b = collections.Counter("5-39" if l < 40 else "40-119" if l < 120 else "120-399" if l < 400 else "400-999" if l < 1000 else "1000-2500" for l in L)
md.append("\n**length (characters)**\n\n| range | cases |\n|---|---|\n" + "\n".join(f"| {k} | {b[k]} |" for k in ["5-39", "40-119", "120-399", "400-999", "1000-2500"]) + "\n")

md.append("\n## Labels I was unsure of\n\nLine numbers refer to cases.jsonl.\n\n| line | source | label | why unsure |\n|---|---|---|---|\n")
for ln, sid, e, cat, why in doubts:
    md.append(f"| {ln} | `{sid}` | {e} / {cat} | {why} |\n")
md.append("""
Also worth knowing: pre-contract FaceTime/phone-call proposals (e.g. \"Let's just FaceTime tomorrow\", \"Ring me so.\")
are labelled off-platform violations because the policy map counts calls outside Upwork; calls \"through Upwork\" are
clean. Addresses asked for or given to ship products before a contract (the UGC creator, the scammer's \"starter
kit\") are violations; after a contract starts they are `allowed`.
""")

md.append("\n## Source ids\n\n| id | title or voice | URL | what was taken |\n|---|---|---|---|\n")
for sid, desc in VOICES:
    short = desc.split(" — ")[0]
    md.append(f"| `{sid}` | {short} | — (own writing) | nothing taken; every text written for this batch |\n")
open(os.path.join(here, "..", "SOURCES.md"), "w", encoding="utf-8").write("".join(md))
print("written")
