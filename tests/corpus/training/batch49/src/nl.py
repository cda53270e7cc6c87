from common import c as _c
def c(*a, **k): _c(*a, lang="nl", **k)
V, C, A = "violation", "clean", "allowed"
CS, CR, OP, PAY, FB, ACC, HAR = "contact-sharing", "contact-request", "off-platform", "payment", "feedback", "account-sharing", "harassment"
ACT = {"contract": "active"}; ENT = {"client": "enterprise"}

# ---------- violations ----------
c(V, CS, "nl-ux", """Beste Pieter-Jan,

Wat leuk om uw vacature voor de nieuwe webshopteksten van Fietsen De Smet te lezen. Ik ben Sanne, zelfstandig UX-copywriter uit Utrecht, en ik schrijf al zeven jaar productteksten, microcopy en nieuwsbrieven voor Nederlandse en Vlaamse webwinkels.

Wat ik voor u zou doen:
- de 140 productpagina's herschrijven in een vlotte, Vlaamse toon (geen 'hollandse' uitdrukkingen die uw klanten afschrikken);
- de checkout-teksten en foutmeldingen verduidelijken, want daar haken de meeste kopers af;
- een korte stijlgids opstellen zodat uw medewerkers zelf nieuwe fietsen kunnen toevoegen.

Mocht u tussendoor vragen hebben, mail gerust naar sanne.devries.copy@gmail.com, daar reageer ik een stuk sneller dan hier.

Voor vergelijkbare shops (o.a. een e-bikeverhuurder in Brugge) leverde ik binnen drie weken op. Ik werk in rondes: eerst tien pagina's als proef, dan pas de rest. Zo weet u precies wat u krijgt voordat we verder gaan.

Hartelijke groet,
Sanne""", surface="proposal")
c(V, CS, "nl-ux", "Mijn 06 is 06-1234 5678, app maar even als je de briefing wilt doorlopen 🙂")
c(V, CS, "nl-ux", "Liever niet alles via dit venster. Mijn adres: sanne punt schrijft apenstaartje outlook punt com (aan elkaar natuurlijk).")
c(V, CS, "nl-gent", "Ge kunt mij altijd bellen hé, 0470 00 00 12, da's mijne gsm. Na zes uur ben ik in de winkel.")
c(V, CS, "nl-ux", "Ik zit ook op Signal: sanne_schrijft.01 — daar ben ik 's avonds veel sneller bereikbaar dan op Upwork.")
c(V, CS, "nl-ux", "Wilt u eerst kennismaken? Via sanneschrijft.example.nl/afspraak kunt u direct een videogesprek van 20 minuten in mijn agenda zetten.", surface="proposal")

c(V, CR, "nl-gent", "Hebt ge ne gsm-nummer voor mij? Dan bel ik u morgen efkes, typen is niks voor mij.")
c(V, CR, "nl-ux", "Wat is uw e-mailadres? Dan stuur ik de offerte als pdf rechtstreeks naar u, dat leest wat prettiger.")
c(V, CR, "nl-gent", "Stuur uw WhatsApp eens door, dan kan ik foto's van de fietsen in de winkel doorsturen.")
c(V, CR, "nl-ux", "Laat gerust uw telefoonnummer achter in uw reactie, dan plan ik deze week een kort belletje in om de doelgroep door te nemen.", surface="proposal")
c(V, CR, "nl-gent", "Zit ge op LinkedIn of Insta? Geef mij uw naam daar, dan zoek ik u wel op.")

c(V, OP, "nl-ux", "Zullen we verder praten buiten Upwork? Dit chatvenster laadt zo traag op mijn laptop.")
c(V, OP, "nl-gent", "Allez, laat ons dat via WhatsApp regelen, hier is da allemaal zo omslachtig met die meldingen.")
c(V, OP, "nl-ux", "Voor de kennismaking stuur ik je liever een Google Meet-link per mail, dan hoeven we niet via het platform te bellen.")
c(V, OP, "nl-ux", "Laten we dit gesprek ergens anders voortzetten, waar niet iedereen meeleest 😉 Dan kunnen we ook vrijer over de prijs praten.")
c(V, OP, "nl-ux", "Ik werk het liefst rechtstreeks met klanten, zonder tussenpartij. Zoek me op Telegram op 'sanneschrijft' en we regelen de rest daar.", surface="proposal")

c(V, PAY, "nl-gent", "Kan ik u niet gewoon betalen met Payconiq of een overschrijving? Die kosten van Upwork zijn belachelijk.")
c(V, PAY, "nl-ux", "Voor de volgende opdrachten stuur ik je gewoon een Tikkie, scheelt ons allebei die 10%.")
c(V, PAY, "nl-ux", "Het voorschot mag je overmaken naar NL00 TEST 0123 4567 89 t.n.v. S. de Vries, dan begin ik morgenochtend.")
c(V, PAY, "nl-gent", "Ik betaal de helft via Upwork en de rest cash als ge naar Gent komt voor de fotoshoot, goed?")
c(V, PAY, "nl-ux", "Betalen via iDEAL kan ook hoor, ik maak dan een betaalverzoek buiten het platform om. Veel sneller.")
c(V, PAY, "nl-gent", "Kunt ge nen Bancontact-QR'ke sturen? Dan is 't direct betaald en moet Upwork er niet tussen.")
c(V, PAY, "nl-ux", "Heb je Revolut? Dan stuur ik je mijn @tag en maak je de laatste termijn daar over, zonder servicekosten.")

c(V, FB, "nl-ux", "De definitieve bestanden stuur ik zodra je 5 sterren hebt gegeven. Zo doe ik het bij al mijn klanten.")
c(V, FB, "nl-gent", "Als dat logo niet gratis aangepast wordt, krijgt ge van mij één ster en een review die ge niet graag gaat lezen.")
c(V, FB, "nl-ux", "Schrijf je een positieve review, dan krijg je 20% korting op de volgende opdracht. Deal?")
c(V, FB, "nl-gent", "Ik wil mijn geld terug. Geen terugbetaling = slechte feedback, zo simpel is het.")

c(V, ACC, "nl-ux", "Mijn broer werkt soms mee via mijn account; hij logt af en toe in om berichten te beantwoorden als ik op vakantie ben. Dat is toch prima?")
c(V, ACC, "nl-gent", "Kunt ge mijn Upwork-account niet overnemen en zelf de vacatures posten? Ik geef u mijn wachtwoord, ik snap er niks van.")
c(V, ACC, "nl-ux", "Wie wil mijn Upwork-profiel huren? 100% Job Success, €50 per week, jij doet het werk onder mijn naam.")
c(V, ACC, "nl-ux", "Zou jij de ID-verificatie voor me willen doen? Jouw paspoort voor de camera, mijn account, en je krijgt 10% van alles wat ik verdien.")

c(V, HAR, "nl-gent", "Ge zijt echt nen prutser. Mijn neefje van twaalf doet dat beter op zijn tablet.")
c(V, HAR, "nl-ux", "Met zo'n budget moet je geen vakmensen zoeken maar stagiairs. Ongelooflijk hoe krenterig sommige mensen zijn.")
c(V, HAR, "nl-gent", "Ik weet waar ge woont, Utrecht is niet zo groot. Lever die teksten of ge zult het merken.")
c(V, HAR, "nl-ux", "Ben je nou echt zo dom of doe je alsof? Ik heb het drie keer uitgelegd, in jip-en-janneketaal.")
c(V, HAR, "nl-gent", "Vrouwen en techniek, het blijft moeilijk hé. Ik vraag het wel aan een vent.")

# ---------- clean ----------
c(C, CS, "nl-gent", "De contactpagina moet een formulier krijgen met velden voor naam, e-mailadres en telefoonnummer. Kunt ge dat in Webflow bouwen?")
c(C, CS, "nl-ux", """Goedemiddag,

Nieuwsbrieven zijn mijn dagelijks werk: ik schrijf e-mailcampagnes in Mailchimp en Klaviyo voor vier webshops, van welkomstreeks tot verlaten-winkelmandje-mails. Voor een fietsenwinkel zou ik beginnen met een welkomstmail, een onderhoudsherinnering na zes maanden en een seizoensmail in maart.

Ik lever per mail drie onderwerpregels aan zodat u kunt A/B-testen, en ik houd de open- en klikratio's bij in een kort maandrapport. Alle afspraken en oplevering lopen via Upwork.

Met vriendelijke groet,
Sanne""", surface="proposal")
c(C, CS, "nl-gent", "Het adres in de footer klopt niet meer: de winkel is verhuisd naar de Korenmarkt. Graag aanpassen in de template en ook op de pagina 'Over ons'.")
c(C, CS, "nl-ux", "Ik deel hier geen telefoonnummer of mailadres, dat mag niet voordat het contract start. We houden alles gewoon in deze chat.")
c(C, CS, "nl-ux", "In de testomgeving gebruik ik 06-00000000 als dummynummer, zodat het formulier nooit echte nummers van klanten opslaat.")

c(C, CR, "nl-gent", "Vraag in dat bestelformulier niet naar het telefoonnummer van de klanten, dat vinden ze opdringerig. E-mail is genoeg.")
c(C, CR, "nl-ux", "Je hoeft me geen nummer of mail te sturen hoor; stel je vragen gewoon hier, ik antwoord meestal binnen het uur.")
c(C, CR, "nl-ux", "Vorige week vroeg een klant om mijn WhatsApp. Ik heb vriendelijk nee gezegd, want dat mag niet voor de start van een contract.")
c(C, CR, "nl-gent", "Hoe bereik ik mijn klanten het best voor de onderhoudsbeurt: via een mail of via een sms-herinnering? Wat raadt ge aan?")

c(C, OP, "nl-ux", "Ik kan een WhatsApp Business-knop op de site zetten, zodat jouw klanten rechtstreeks met de winkel kunnen appen over reparaties.", surface="proposal")
c(C, OP, "nl-ux", "Laten we het gesprek liever hier op Upwork houden, dan staat alles netjes bij elkaar als we later iets moeten terugzoeken.")
c(C, OP, "nl-gent", "Kunt ge het videogesprek starten via die knop in Upwork zelf? Ik vind hem niet direct op mijn gsm.")
c(C, OP, "nl-ux", "Ik werk niet buiten kantooruren, dus berichten na zes uur beantwoord ik de volgende ochtend. Gewoon hier in de chat.")

c(C, PAY, "nl-gent", "De betaling staat klaar in de milestone, ik keur ze goed zodra de eerste tien teksten binnen zijn.")
c(C, PAY, "nl-ux", "Ik koppel iDEAL, Bancontact en creditcard via Mollie aan je WooCommerce-shop, inclusief een nette bedankpagina na de betaling.", surface="proposal")
c(C, PAY, "nl-ux", "Een klant vroeg me laatst om het restbedrag met een Tikkie buiten Upwork te regelen. Ik heb geweigerd en het gemeld bij support.")
c(C, PAY, "nl-gent", "De factuur met btw-nummer kan ik toch via Upwork downloaden? Mijn boekhouder vraagt ernaar voor het kwartaal.")
c(C, PAY, "nl-ux", "Het IBAN-veld in het retourformulier heeft een controle nodig; nu accepteert het ook 'NL00' zonder foutmelding.")
c(C, PAY, "nl-ux", "Tip voor nieuwe freelancers: als iemand vraagt om 'even snel' via Revolut of een overboeking te betalen, is dat bijna altijd oplichting. Blijf betalen en betaald worden via Upwork.")

c(C, FB, "nl-ux", "Dank je wel voor de fijne samenwerking! Als je tijd hebt, zou ik een eerlijke review erg waarderen.")
c(C, FB, "nl-gent", "Ik heb de reviews van uw vorige klanten gelezen en die zijn straf. Wanneer kunt ge beginnen?")
c(C, FB, "nl-gent", "Kunt ge de Google-reviews van onze klanten op de homepage zetten, met die gele sterretjes erbij?")
c(C, FB, "nl-ux", "Geen stress over de feedback, die laat je wanneer het jou uitkomt, of helemaal niet. De bestanden heb je al.")

c(C, ACC, "nl-gent", "Ik voeg u toe als medewerker in Shopify, dan hebt ge mijn wachtwoord niet nodig.")
c(C, ACC, "nl-ux", "Stuur me alsjeblieft geen wachtwoorden via de chat. Maak een apart redacteur-account voor me aan in WordPress.")
c(C, ACC, "nl-ux", "Voor de inlogpagina schrijf ik ook de teksten bij tweestapsverificatie en de link 'wachtwoord vergeten', die zijn nu erg technisch.", surface="proposal")
c(C, ACC, "nl-ux", "Upwork vroeg vanochtend om een ID-verificatie; die heb ik net afgerond, dus ik kan morgen starten.")

c(C, HAR, "nl-gent", "Ik ben eerlijk gezegd teleurgesteld in deze versie, de toon klopt niet met onze winkel. Kunnen we morgen samen kijken?")
c(C, HAR, "nl-ux", "Voor de campagne mag de slogan best brutaal: 'Saaie fietsen zijn voor watjes' — te ver of net goed voor jullie doelgroep?")
c(C, HAR, "nl-ux", "Een andere opdrachtgever scheldt me uit in de berichten. Weet iemand hoe ik dat bij Upwork meld?")
c(C, HAR, "nl-gent", "Amai, ge zijt rap! Zot goed werk, merci!")

# ---------- allowed ----------
c(A, CS, "nl-ux", "Nu het contract loopt: mijn nummer is 06-1234 5678. Bel gerust als de drukker vragen heeft over de folder.", ctx=ACT)
c(A, CS, "nl-ux", "Mijn e-mail voor de Figma-uitnodiging is sanne.devries.copy@gmail.com — alleen zodat je me aan het ontwerpbestand kunt toevoegen.")
c(A, CS, "nl-ux", "Zoals uw inkoopafdeling vroeg: mijn zakelijke mail is sanne@schrijfwerk.example.nl en mijn KvK-nummer staat in de offerte.", ctx=ENT)
c(A, CS, "nl-ux", "In de geheimhoudingsverklaring heb ik mijn adres (Voorbeeldstraat 1, 3511 AA Utrecht) en e-mail ingevuld, zoals jullie jurist vroeg. Getekend en bijgevoegd.")
c(A, CS, "nl-ux", "Voorbeelden van mijn productteksten staan in mijn portfolio op Behance: behance.net/sanneschrijft-voorbeeld (alleen cases, geen contactformulier).", surface="proposal", doubt="portfolio link outside Upwork: README allows a portfolio, but a third-party profile link could also be read as contact sharing")
c(A, CR, "nl-gent", "Nu we gestart zijn: wat is uw gsm? Dan kan de drukker u rechtstreeks bellen over de kleuren.", ctx=ACT)
c(A, CR, "nl-corp", "Voor onze leveranciersregistratie heb ik uw e-mailadres en telefoonnummer nodig; dat is vaste procedure bij ons inkoopteam in Rotterdam.", ctx=ENT)
c(A, CR, "nl-gent", "Wat is uw GitHub-gebruikersnaam? Dan geef ik u toegang tot de repo van de webshop.")
c(A, OP, "nl-gent", "Nu het contract loopt, mogen we de drukproeven via WhatsApp afstemmen? Alles wat met betalen te maken heeft blijft op Upwork.", ctx=ACT)
c(A, OP, "nl-ux", "Prima om het interview via jullie eigen Teams te doen, zoals jullie HR-afdeling voorstelde.", ctx=ENT)
c(A, OP, "nl-ux", "Zullen we voor de dag van de fotoshoot een Signal-groep maken met de fotograaf? Het contract staat al, dus dat mag.", ctx=ACT)
c(A, OP, "nl-corp", "We plannen de intake via ons eigen Microsoft Teams; ik stuur de uitnodiging naar het mailadres dat u in het leveranciersformulier opgaf.", ctx=ENT)
c(C, PAY, "nl-corp", "Ter info: onze crediteurenadministratie verwerkt voor Upwork-opdrachten géén losse facturen met IBAN. Alles wordt via Upwork afgerekend, ook de meerwerkuren.", ctx=ENT)
