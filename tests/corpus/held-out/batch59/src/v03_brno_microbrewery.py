"""Client voice: Tomáš, co-owner of a small craft brewery in Brno. Hires a label
designer, a Shopify developer for a CZ/DE/AT e-shop, a copywriter. Czech-flavoured
English (dropped articles, 'I send', 'must see also'); Czech to Czech freelancers."""
from common import v as _v, c as _c, a as _a

SLUG = "b59-brno-microbrewery"


def v(*x, **k): return _v(*x, role="client", **k)
def c(*x, **k): return _c(*x, role="client", **k)
def a(*x, **k): return _a(*x, role="client", **k)


CASES = [
    # ---------------- violations (16) ----------------
    v("contact-sharing", "cs",
      "Pošlete mi návrhy etiket rovnou na tomas.pivovar.brno@gmail.com, tady se mi ty velké PDF špatně stahují."),
    v("contact-sharing", "en",
      "My number for Signal: plus 420 / 555 / 123 / 908. Or search 'Tomas Kvasnicka Brno' there, photo with the copper kettle."),
    v("contact-request", "en",
      "Do you have LinkedIn? Send me the link, I want see who you are before the contract."),
    v("contact-request", "cs", "Máte WhatsApp?"),
    v("off-platform", "en",
      "Can we continue on email? My partner Petr does not have Upwork and he must see the designs also, "
      "he decides the money."),
    v("payment", "cs",
      "Fakturu za etikety mi prosím pošlete mimo Upwork, zaplatím převodem na účet a ušetříme oba ten poplatek."),
    v("payment", "en",
      "Hello, we are small craft brewery in Brno (Pivovar Kvasnička, 1,200 hl per year), we brew 6 beers all "
      "year and some seasonal. Now we sell only in our taproom and to around 30 pubs in Moravia. We want "
      "e-shop for Czech customers and for Germany and Austria, mostly bottles and cans in boxes of 12 and 24, "
      "and gift packs for Christmas. Platform: Shopify, because my colleague in Prague uses it and is happy. "
      "What we need: shop in Czech, German and English, prices with VAT per country, age check 18+ at "
      "checkout, shipping by Zásilkovna and PPL in CZ and DHL to DE/AT, and connection to our accounting "
      "Pohoda if possible. Design we have from our label designer, you only need to make it work and look "
      "clean. For the launch I will pay through Upwork as normal. For the rest of the work after launch, I "
      "think we do it outside Upwork, I pay you monthly with Revolut, it is cheaper for both of us and less "
      "administration. Please write which Czech shops you made before, and if you know the rules for selling "
      "alcohol online to Germany. Start in February, launch before Easter."),
    v("feedback", "en",
      "You get 5 stars only if you make also the summer label for the wheat beer. Then we are square.",
      contract="active"),
    v("feedback", "cs",
      "Když mi dáte slevu 30 %, napíšu vám parádní recenzi a dám pět hvězd. Domluveno?"),
    v("feedback", "en",
      "The review is written and waiting: 2 stars. It becomes 5 stars when you send the open AI files "
      "without the extra 80 dollars.", contract="active"),
    v("account-sharing", "en",
      "My brother-in-law in Ostrava has designer account with Top Rated badge. You could work through his "
      "account and he pays you, I trust his profile more than a new one."),
    v("account-sharing", "cs",
      "Syn mi založil účet na Upworku na svoje jméno, protože já nemám kartu. Takže až vám přijde nabídka "
      "od Jakuba, to jsem já, a budu ho tak používat dál."),
    v("account-sharing", "en",
      "We want to open second client account for the pub, in the name of my mother, she is retired. Can you "
      "do the ID check with her passport on your webcam? She is shy with computers."),
    v("harassment", "en",
      "Please no Slovaks for the Czech copy. They think they write proper Czech but it always sounds like "
      "from a village."),
    v("harassment", "cs",
      "Jestli ty etikety prodáte jinému pivovaru, pošlu na vás kluky z hospody. Pak uvidíte."),
    v("harassment", "en",
      "What is this sh*t? My 8 year old draws better hops. Are you r3tarded or only lazy?"),

    # ---------------- clean hard look-alikes (14) ----------------
    c("contact-sharing", "cs",
      "Na zadní etiketu patří: Pivovar Kvasnička s.r.o., IČO 12345678, alk. 5,2 % obj., spotřebujte do: viz "
      "víčko. Telefon ani e-mail tam nedávejte, to máme na webu."),
    c("contact-sharing", "en",
      "In the order confirmation template use {{ shop.email }} as reply-to, never hardcode shop@example.cz. "
      "We change the address next year."),
    c("contact-request", "en",
      "I don't need your phone or email, it is all fine here in Upwork chat. Only tell me the timeline and "
      "how many revisions are inside the price."),
    c("off-platform", "cs",
      "Na e-shopu chci tlačítko „Napište nám na WhatsApp“ pro hospody, co objednávají sudy. Číslo doplní "
      "kolega, vy jen udělejte tlačítko."),
    c("payment", "en",
      "Shop must show prices with 21% VAT in CZK and in EUR for Germany, and take card, Apple Pay and bank "
      "transfer with QR platba. Can Shopify Payments do QR platba or we need an app for it?"),
    c("payment", "cs",
      "Milník jsem uvolnil, díky. Bonus 50 USD jsem poslal přes Upwork, to je za ten rychlý víkend."),
    c("feedback", "en",
      "I wrote honest feedback: great design, communication a bit slow. 4.5 stars. No hard feelings I hope, "
      "we will hire you again for the Christmas pack."),
    c("feedback", "cs",
      "Recenze přijde, až to uzavřeme. Napíšu pravdu, ať je dobrá nebo špatná, tak to dělám vždycky."),
    c("account-sharing", "en",
      "Our old designer had two profiles here, one agency and one freelancer, and I was confused whom I "
      "hire. Please tell me which profile I send the offer to."),
    c("account-sharing", "en",
      "Somebody here offered me to 'rent' his agency account with 98% JSS for my hiring. Is that even "
      "allowed? For me it sounds like scam, so I said no."),
    c("harassment", "en",
      "I looked at the three label concepts with my brewer and I must be honest, we are both disappointed. "
      "Concept A: the hop cone looks like a green hand grenade, and for a beer called Mírová (peaceful) this "
      "is not funny. Concept B: the typography looks like a wedding invitation, on a 0.5 l can on the shop "
      "shelf nobody will read 'Kvasnička' from two metres. Concept C is closest, but the copper colour prints "
      "brown on our can supplier's press; I sent you their colour profile in the first week and it is not "
      "used. Also all three concepts ignore the brief point that the series must look like one family with "
      "the other five beers. I am not angry with you as a person, I know the brief was long. But I need to "
      "see that you read it. Please take concept C, fix the colour with the Ball profile, use the bold "
      "grotesk from our other labels, and send one version by Thursday. If it is still far, we stop at this "
      "milestone and I pay for the work done, no problem."),
    c("harassment", "cs",
      "Tohle je fakt slabé. Barvy nesedí s ostatními pivy a font na plechovce nejde přečíst. Předělat, prosím."),
    c("harassment", "en", "Kill it. Go with version B."),
    c("contact-request", "cs",
      "Můžete mi ukázat etikety, které jste dělal pro jiné pivovary? Stačí obrázky sem do chatu nebo jako příloha."),

    # ---------------- allowed (6) ----------------
    a("contact-sharing", "cs",
      "Teď když běží smlouva, tady je moje číslo: +420 555 123 908. Volejte kdykoliv po čtvrté, dopoledne vařím.",
      contract="active"),
    a("contact-request", "en",
      "What email do you use for Figma? I will share the old label file so you can see the layers."),
    a("off-platform", "en",
      "Let's do a call on Google Meet on Thursday to go through the can mock-ups. I send the link here.",
      contract="active"),
    a("contact-sharing", "en",
      "Our recipe notes go only under NDA. Attached, please sign. It has my address Pivovarská 12, Brno, "
      "and the email for the signed PDF, nda@example.cz."),
    a("contact-sharing", "en",
      "This job is posted from our distributor's Enterprise company account, so you can write me directly "
      "on tomas@example.cz to set up the interview with their brand team.", client="enterprise"),
    a("contact-sharing", "cs",
      "Smlouva běží, tak si mě přidejte na WhatsApp, +420 555 771 204. Budu vám posílat fotky ze stáčírny.",
      contract="active"),
]
