# Voice 4: Marloes de Vries, 41, owner of a bike-tour company in Utrecht (client). Direct, short,
# practical; hires a video editor, a German/English translator and a booking-site developer.
from common import *

cases, c = make("b47-marloes-utrecht-client", "client")

# ---- violations
c("Wat is je 06? Dan app ik je even de ruwe beelden, dat gaat sneller dan hier uploaden.",
  V, CR, "nl")
c("Ik betaal je liever via een Tikkie, scheelt ons allebei die Upwork-kosten. Deal?",
  V, PAY, "nl", ctx=ACTIVE)
c("Honestly this chat is clunky. Let's continue on Signal, I'll send you a voice note about what I want for the promo.",
  V, OP)
c("Mail de offerte maar naar info@trappers-fietstours.example.nl, dan kan mijn compagnon meelezen.",
  V, CS, "nl")
c("My number is in the footer of our website, trapperstours example dot nl. Call after six, I'm on tour before that.",
  V, CS)
c("If the German translation isn't fixed by tomorrow at no extra cost, I'm leaving one star and I'll explain exactly why. Simple.",
  V, FB, ctx=ACTIVE)
c("I'll give you 5 stars if you throw in the three Instagram cutdowns for free. Otherwise it's going to be an honest 3.",
  V, FB, ctx=ACTIVE)
c("Are you actually this slow or just pretending? A trained monkey could cut 90 seconds of bikes on a dyke.",
  V, HAR, ctx=ACTIVE)
c("Wat een prutswerk. Doe normaal en lever gewoon op wat we hebben afgesproken, sukkel.",
  V, HAR, "nl", ctx=ACTIVE)
c("My assistant Femke will log in to my Upwork account to approve your hours while I'm on tour in June. She has the password.",
  V, ACC, ctx=ACTIVE)
c("Kun jij even inloggen op mijn Upwork en de andere sollicitanten afwijzen? Het wachtwoord stuur ik je zo.",
  V, ACC, "nl")
c("Kom anders even langs op de zaak aan de Oudegracht, dan drinken we koffie en bespreken we het. Scheelt een hoop getyp.",
  V, OP, "nl")
c("The season is starting and cash is tight. Can we do the remaining milestones outside Upwork? I'll pay you in two parts by bank transfer, I'm good for it.",
  V, PAY, ctx=ACTIVE)
c("""Thanks everyone for the proposals, more than I expected. Some info so you can tell me if you're really a fit:

- We run 14 tours (city, cheese farm, Kromme Rijn, a night tour) in Dutch, English and German.
- Bookings go through FareHarbor. The widget on our current site breaks on mobile and the German tours show English prices.
- I want one page per tour, a calendar that shows real availability, and the booking in max 3 clicks.
- Our guides need to see the day's bookings on their phone. FareHarbor has an app for that, so maybe that's fine.

About the FareHarbor API keys and the current setup, please write to my partner Joost at joost.trappers@outlook.com, he did the first website and knows where everything is.

Budget: €2,500-3,500. I want it live before 1 April. No agencies with 20 people please, I want to talk to the person doing the work.""",
  V, CS)
c("Before I pick anyone: send me your LinkedIn. I want to see who you really are, not just a profile photo.",
  V, CR)
c("Let's just FaceTime tomorrow morning, I'm not a typist.",
  V, OP)
c("Stuur maar een betaalverzoek via je bank, dan doen we het voortaan zo. Upwork gebruik ik alleen om mensen te vinden.",
  V, PAY, "nl")
c("Wil je mijn mobiel? 06 0000 4417. Bel me gewoon, dan zijn we er in vijf minuten uit.",
  V, CS, "nl")

# ---- clean
c("Graag alles hier via Upwork houden, ik wil geen gedoe met mailtjes en appjes.",
  C, OP, "nl")
c("The booking form needs a phone number field that accepts Dutch and German formats, and the confirmation email should include the meeting point address.",
  C, CS)
c("Can the website show our Google reviews and the TripAdvisor rating? We have 4.8 from about 900 reviews, I want that above the fold.",
  C, FB)
c("I won't pay outside Upwork, so don't ask. The last freelancer tried that and I reported him.",
  C, PAY)
c("De betaling staat klaar in de milestone. Zodra de video af is, geef ik hem vrij.",
  C, PAY, "nl", ctx=ACTIVE)
c("This is not what I asked for. The music is too loud, the drone shots are too long and the logo is the old one. Fix those three and we're good.",
  C, HAR, ctx=ACTIVE)
c("Eerlijk gezegd vind ik versie twee slechter dan versie één. Terug naar de eerste, maar met de nieuwe ondertitels.",
  C, HAR, "nl", ctx=ACTIVE)
c("You'll get a review either way and it will be honest. If the German texts are good, you'll read that in it.",
  C, FB, ctx=ACTIVE)
c("I added you to our company account on Upwork as a team member so you can see the other contracts. No password needed that way, right?",
  C, ACC, ctx=ACTIVE)
c("For the reels, put our handle @trapperstours in the captions, not as a watermark.",
  C, CS, ctx=ACTIVE, doubt="a social handle, but it is the brand's handle as caption content inside the deliverable")
c("Kun je een WhatsApp-knop op de site zetten, zodat klanten ons kunnen appen over de tours?",
  C, OP, "nl")
c("The booking system (Bókun) emails customers a login link to manage their booking. That link is broken on iPhone. That's the job.",
  C, ACC)
c("Call via Upwork tomorrow at 10? I'm on my bike until 9.",
  C, OP)
c("Mijn vorige freelancer vroeg om mijn nummer voordat er een contract was. Vond ik vreemd. Dus: we blijven hier.",
  C, CR, "nl")
c("Add a line at the bottom of the booking email: 'Pay at the start point by card or cash.' That's for customers, not for you 😉",
  C, PAY, ctx=ACTIVE)
c("Milestone 2 released. Good job.",
  C, PAY, ctx=ACTIVE)
c("Ik heb net mijn review geschreven. Vijf sterren, verdiend.",
  C, FB, "nl")
c("Je hoeft me je adres niet te geven hoor, de brochures zijn digitaal. Gewoon de PDF hier uploaden.",
  C, CR, "nl", ctx=ACTIVE)
c("Someone applied with a proposal that was just a link to his own website and a phone number. Not even my name. Next.",
  C, CS)

# ---- allowed
c("Contract's started, so: my mobile is +31 6 0000 4417, for the shoot on Saturday. Meeting point is the Domplein at 8.",
  A, CS, ctx=ACTIVE)
c("Nu we een contract hebben: stuur je me je e-mailadres? Dan deel ik de Google Drive met alle ruwe beelden.",
  A, CR, "nl", ctx=ACTIVE)
c("To quote properly, give me the email of your Frame.io account and I'll share the raw clips. Just for reviewing, we keep talking here.",
  A, CR)
c("Shall we move the edit notes to WhatsApp now that we're under contract? Easier for voice messages while I'm guiding.",
  A, OP, ctx=ACTIVE)
c("Ons adres voor de drukproeven van de folders: Voorbeeldstraat 8, 3511 XX Utrecht. Stuur ze maar daarheen.",
  A, CS, "nl", ctx=ACTIVE)

# ---- added in the second pass
c("""OK, feedback on cut 3. Mostly good, we're close.

0:00-0:08 Opening drone shot over the Dom: keep, but start on the tower, not on the parking lot.
0:09-0:20 The cheese farm: too long. Max 6 seconds, the cows are cute but nobody books a tour for cows.
0:21-0:35 Guides talking: use Sanne, not Pieter, he looks like he's being held hostage.
0:36-0:50 The canal part at sunset is the best thing in the video. Give it more time.
0:51-1:05 Booking screen: show the phone with our website, tap 'Book now', show the date picker. Real flow, no fake screen.
End card: logo, website, 'Book online — pay at the start or in advance'. No phone number, we don't want calls.

Music: the second track you sent, not the ukulele one.

And just so we're clear: whether you get a good review depends on you also making the German version, for free. I assumed it was included.

Subtitles in NL, EN and DE, burned in for the Instagram versions, separate .srt files for YouTube.

Deadline for cut 4 is Thursday.""",
  V, FB, ctx=ACTIVE)
c("""Some answers to the questions you asked, so everyone has the same info:

1. Payments: customers pay online with iDEAL or credit card through FareHarbor, or on the day at the start point by card. No changes there.
2. Reviews: we want the Google and TripAdvisor reviews on the homepage, pulled in automatically, not screenshots.
3. Contact: the contact form only needs name, email, phone (optional) and a message. Messages go to our info mailbox. The phone number on the site stays the office number, not my mobile.
4. Login: the guides need a login to see the day list on their phone. If FareHarbor's own app can do that, I don't need anything custom.
5. Address: the meeting point is on every tour page with a map pin. Some tours start at a different place, so it must come from the tour, not be one fixed address.
6. Languages: NL, EN, DE. The German is the most important after English, 30% of our guests are German.

I'll keep everything here on Upwork until I've picked someone. Don't send me your portfolio by email, just attach it here.""",
  C, CS)
c("Nu het contract loopt: bel me morgen even op 06 0000 4417, dan lopen we samen de route voor de video door.",
  A, CS, "nl", ctx=ACTIVE)
c("Review done. ⭐⭐⭐⭐⭐",
  C, FB)
