# Generator for batch56/cases.jsonl: Polish (pl.py) and Turkish (tr.py) own-writing cases.
# Run: python3 src/gen.py  (from batch56/). Deterministic shuffle so languages, labels and voices interleave.
import json, random, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
import pl, tr

CLIENT_SOURCES = {"pl-krakow-piekarnia", "pl-katowice-logistyka", "tr-bursa-tekstil", "tr-antalya-otel", "tr-gaziantep-baklava"}
SURF = {"p": "proposal", "m": "message"}

# texts whose label is a judgement call (substring -> note); line numbers are written to src/unsure.txt
UNSURE = {
    "Let's hop on a quick call na Zoomie": "off-platform violation: a call outside Upwork before a contract (Upwork has its own calls).",
    "konto testowe na stagingu: demo@example.com": "clean: test login of the client's own staging app, not an Upwork account and not a contact address.",
    "Test kullanıcısı: demo@example.com": "clean: test login of the client's staging app, not an Upwork account.",
    "delegowanie w gmailu": "clean: VA offers mailbox work through delegated access, explicitly without the password.",
    "zamknąć kontrakt z oceną 5/5": "feedback violation (could also be payment: the refund is not said to go through Upwork).",
    "Płacimy 30 zł za każdą opinię": "feedback (paid fake reviews); could also be read as a scam/payment case.",
    "Her 5 yıldızlı yorum için 100 TL": "feedback (paid fake reviews); could also be read as a scam/payment case.",
    "piotr.symfony@example.com": "allowed: freelancer side of an Enterprise conversation; assumes the Enterprise exception covers both parties.",
    "can@yazilim.example.com": "allowed: freelancer side of an Enterprise conversation; assumes the exception covers both parties.",
    "Podpisane NDA w załączniku": "allowed: contact details inside an NDA; the message itself holds none, so it might also be plain clean.",
    "İmzalı gizlilik sözleşmesi (NDA)": "allowed: contact details inside an NDA; the message holds none, might be plain clean.",
    "Proszę podać adres, kierowca podrzuci": "contact-request violation: client asks a physical address to ship samples before a contract.",
    "Atölyenizin açık adresini verin": "contact-request violation: client asks a physical address to ship samples before a contract.",
    "wystaw mi pls 5 gwiazdek nawet jak": "feedback violation: asks for 5 stars regardless of quality (pressure/manipulation, no explicit threat).",
    "bi sey eksik olsa da 5 yildiz ver pls": "feedback violation: asks for 5 stars regardless of quality.",
    "Havale bildirim formu lazım": "clean: the shop's own customers pay the shop by bank transfer; not the Upwork contract.",
    "Kripto ödeme ağ geçidi (USDT)": "clean: building a crypto payment gateway is technology talk.",
    "ten sam login co tutaj": "off-platform; it also hands over a messenger ID (same username), so contact-sharing fits too.",
    "Let's continue on email; özelden yazın": "off-platform: 'özelden' here means by private email; no address given yet.",
}

rows = []
for lang, mod in (("pl", pl), ("tr", tr)):
    for expect, cat, src, text, surf, ctx in mod.ROWS:
        ctx = dict(ctx)
        if src in CLIENT_SOURCES:
            ctx["role"] = "client"
            assert surf == "m", (src, text)
        o = {"text": text, "expect": expect, "category": cat, "surface": SURF[surf], "lang": lang, "source": src}
        if ctx:
            o["context"] = ctx
        rows.append(o)

random.Random(56).shuffle(rows)
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8") as f:
    for o in rows:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

with open(os.path.join(here, "src", "unsure.txt"), "w", encoding="utf-8") as f:
    used = set()
    for i, o in enumerate(rows, 1):
        for k, note in UNSURE.items():
            if k in o["text"]:
                used.add(k)
                f.write(f"| {i} | {o['lang']} | {o['expect']} / {o['category']} | {note} |\n")
    missing = set(UNSURE) - used
    assert not missing, missing

c = collections.Counter
print(len(rows))
for key in ("lang", "expect", "category", "surface", "source"):
    print(key, dict(sorted(c(o[key] for o in rows).items())))
print("role", dict(c(o.get("context", {}).get("role", "freelancer") for o in rows)))
print("lang x expect", dict(sorted(c((o["lang"], o["expect"]) for o in rows).items())))
print("expect x cat", dict(sorted(c((o["expect"], o["category"]) for o in rows).items())))
print("lang x role", dict(sorted(c((o["lang"], o.get("context", {}).get("role", "freelancer")) for o in rows).items())))
