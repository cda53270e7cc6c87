# Writes batch56/SOURCES.md from cases.jsonl and src/unsure.txt. Run after gen.py: python3 src/sources.py
import json, collections, os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows=[json.loads(l) for l in open(os.path.join(here,'cases.jsonl'), encoding='utf-8')]
c=collections.Counter
def tbl(title, cnt):
    s=f"\n**{title}**\n\n| value | count |\n|---|---|\n"
    for k,v in sorted(cnt.items()): s+=f"| {k} | {v} |\n"
    return s
unsure=open(os.path.join(here,'src','unsure.txt'), encoding='utf-8').read()
counts = ""
counts += tbl("expect", c(o['expect'] for o in rows))
counts += tbl("category", c(o['category'] for o in rows))
counts += tbl("lang", c(o['lang'] for o in rows))
counts += tbl("surface", c(o['surface'] for o in rows))
counts += tbl("role", c(o.get('context',{}).get('role','freelancer') for o in rows))
counts += tbl("lang / expect", c(f"{o['lang']} / {o['expect']}" for o in rows))
counts += tbl("lang / role", c(f"{o['lang']} / {o.get('context',{}).get('role','freelancer')}" for o in rows))
counts += tbl("expect / category", c(f"{o['expect']} / {o['category']}" for o in rows))
counts += tbl("context contract", c(o.get('context',{}).get('contract','none') for o in rows))
counts += tbl("context client", c(o.get('context',{}).get('client','standard') for o in rows))
src_rows = [
("pl-gdansk-backend","Gdańsk Symfony/PHP backend developer (freelancer): payment gateways, BLIK, Przelewy24, InPost; formal Polish with diacritics"),
("pl-lodz-copy","Łódź copywriter and SEO blogger (freelancer): casual Polish with English code-switching"),
("pl-krakow-piekarnia","Kraków family bakery owner (client, messages only): older, polite, not at home with apps"),
("pl-poznan-cad","Poznań mechanical/CAD engineer (freelancer): long formal letters and proposals"),
("pl-lublin-va","Lublin student virtual assistant (freelancer): chat style, no Polish diacritics, slang (wacap, nr, xd)"),
("pl-katowice-logistyka","Katowice logistics company operations manager (client, messages only; some cases as an Enterprise client)"),
("pl-rzeszow-mobile","Rzeszów Flutter/mobile developer (freelancer): terse, lower-case, tg/discord"),
("pl-scam-fucha","Polish scammer: 'fucha online' side-job scout, fake recruiter and Upwork account renter"),
("tr-izmir-eticaret","İzmir WooCommerce developer (freelancer): iyzico, PayTR, Papara, Trendyol/Hepsiburada APIs"),
("tr-ankara-ceviri","Ankara sworn translator and academic editor (freelancer): formal Turkish, some English"),
("tr-bursa-tekstil","Bursa textile manufacturer purchasing department (client, messages only; some cases as an Enterprise client)"),
("tr-antalya-otel","Antalya Kaleiçi boutique hotel owner (client, messages only)"),
("tr-eskisehir-tasarim","Eskişehir student graphic designer (freelancer): chat style without ş/ğ/ı/ç/ö/ü, slang (wp, watsap, insta dm)"),
("tr-kadikoy-backend","Kadıköy Node.js backend developer (freelancer): WhatsApp Business API, Telegram bots, Discord SDK"),
("tr-gaziantep-baklava","Gaziantep baklava shop owner selling online (client, messages only): warm, informal ('usta')"),
("tr-scam-ekis","Turkish scammer: 'evden ek iş' side-job recruiter and 'hesap kiralama' account renter"),
]
table = "| `id` | title or voice | URL | what was taken |\n|---|---|---|---|\n"
for i,t in src_rows:
    n=sum(1 for o in rows if o['source']==i)
    table += f"| `{i}` | {t} | — (own writing) | nothing; {n} cases written for this voice |\n"
md = f"""# batch56 – training batch: Polish and Turkish

**Who and how.** Written by one helper session (an AI model) on 3 Dec 2026 from the brief
/work/incoming/BRIEF.md and the task brief for batch56 (a TRAINING batch teaching the detector Polish `pl` and
Turkish `tr`). All 320 texts are own writing; nothing was copied from the policy documents, from other batches or
from the web. Labels follow /work/shared/policy/README.md. The detector was not run on these texts; nothing under
/work/main, /work/dev or other /work/incoming folders was read.

The texts are kept as Python lists in `src/pl.py` and `src/tr.py`; `src/gen.py` adds lang, role (client voices
write messages only) and context, shuffles them with a fixed seed (56), writes `cases.jsonl` and writes the line
numbers of the judgement calls to `src/unsure.txt`; `src/sources.py` writes this file.

**Design.** 160 Polish + 160 Turkish. In each language: 72 violations (45%) over all seven categories
(contact-sharing 12, contact-request 10, off-platform 11, payment 11, feedback 9, account-sharing 9, harassment 10),
64 clean hard look-alikes (40%), 24 allowed (15%). Eight voices per language (seven ordinary voices – four or five
freelancers and two or three clients – plus one scammer). Vocabulary varied on purpose: chat apps (wacap,
whatsapka, whatsappa, watsap, vatsap, wp, tg, telegramdan, Messenger, Signal, Viber, insta/insta dm, Discord), phone
(numer, komórka, tel., nr, numara, cep, GSM), email (mail, mejl, adres mailowy, e-posta), leaving the platform (poza
Upworkiem, bezpośrednio, prywatnie, na priv, Upwork dışında, direkt, özelden yazın), off-platform payment (BLIK,
przelew na konto, Revolut, PayPal, Wise, gotówka, bez prowizji, havale/EFT, IBAN, Papara, Payoneer, komisyon
vermeden, USDT), reviews as conditions or threats (opinia, ocena, 5 gwiazdek; yorum, puan, 5 yıldız), account
sharing (login, hasło, konto, weryfikacja, kod z SMS-a; hesap, şifre, giriş bilgileri, kimlik doğrulama, hesap
kiralama), harassment with and without swearing, masked swearing (k*rwa, ch*ju, a.q., o.c.), contempt for a
nationality or gender, threats. Polish without ogonki and Turkish without ş/ğ/ı in the student voices; English
code-switching; spelled-out and bracketed obfuscated contacts; long proposals with one bad sentence in the middle.
Clean look-alikes: BLIK/Przelewy24/iyzico/PayTR/havale-EFT integrations for shops, WhatsApp Business API and
Telegram bots, code review requests, forms with email/phone/address fields, login screens and test accounts,
Upwork payouts to local banks ("Upwork'ten ödeme aldım", "dostalam platnosc z upworka na konto"), polite
requests for honest feedback. Allowed: active contract (contact details, Slack/Discord/WhatsApp/Telegram after the
contract started), Enterprise clients (contact details, Teams/Meet, office visits), an email or username given
only to be invited to a repository, Figma, Jira, Trello or OneDrive/Drive folder, contact details inside an NDA.
Payment outside Upwork is labelled violation even with an active contract.

All contact details are invented: Polish +48 500 000 1xx, Turkish 05xx 000 01xx / +90 5xx 000 01xx and
0224 000 01 90, example.* domains, invented names at gmail/outlook/wp.pl/hotmail.com.tr, invented street names
(ul. Wymyślona, ul. Fikcyjna, Hayal Sokak, Hayali Sk.).

## Counts
{counts}
## Labels I was unsure of (line numbers in cases.jsonl)

| line | lang | label | why |
|---|---|---|---|
{unsure}
## Sources

{table}"""
open(os.path.join(here,'SOURCES.md'),'w', encoding='utf-8').write(md)
