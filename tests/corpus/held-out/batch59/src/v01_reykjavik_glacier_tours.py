"""Client voice: Sigrún, owner of a small glacier-walk and ice-cave tour company
(Reykjavík office, tours from Skaftafell). Hires a WordPress booking developer,
a photo retoucher, a German translator. Nordic plain English, few contractions,
writes Icelandic to Icelandic freelancers."""
from common import v as _v, c as _c, a as _a

SLUG = "b59-reykjavik-glacier-tours"


def v(*x, **k): return _v(*x, role="client", **k)
def c(*x, **k): return _c(*x, role="client", **k)
def a(*x, **k): return _a(*x, role="client", **k)


CASES = [
    # ---------------- violations (16) ----------------
    v("contact-sharing", "en",
      "Hi Marek, thanks for the proposal. It is easier if you write me directly, "
      "sigrun.icecaves@gmail.com. I only open Upwork in the evening when the jeeps are back."),
    v("contact-sharing", "is",
      "Sæll Einar, hringdu bara í mig á morgun, síminn hjá mér er 555 4821. Ég er uppi á jökli til þrjú."),
    v("contact-request", "en", "what is your whatsapp"),
    v("contact-request", "en",
      "Before we go further, can you give me your phone number? I like to hear a voice before I hire "
      "somebody, old habit from when I worked on the fishing boats."),
    v("off-platform", "is",
      "Getum við ekki bara haldið þessu áfram á Messenger? Ég nenni ekki þessu Upwork spjalli í símanum."),
    v("payment", "en",
      "Hello, we are a small family company running glacier walks and ice cave tours from Skaftafell and "
      "Jökulsárlón, 11 guides in winter and 6 in summer. Our booking site is WordPress with an old plugin "
      "that double-books the Super Jeeps almost every week in high season, and I am tired of calling guests "
      "at 6 in the morning to say sorry. What I need: 1) replace the plugin with Bókun or something similar "
      "that handles capacity per vehicle and per guide, 2) a weather-cancellation flow where I press one "
      "button and all guests of that day get an email with rebooking options, 3) the site in English and "
      "German, Icelandic is not needed. The budget is around 2,500 USD for the first part. I would pay the "
      "first half here as a milestone, and the second half I prefer to send directly by bank transfer to "
      "your account when the site is live, it saves both of us the Upwork fee and my accountant likes it "
      "simpler. After launch there is small monthly work, maybe 5 hours. Please tell me in your answer which "
      "booking systems you already used and name two sites that are live. No agencies please, I want to "
      "talk with the person who does the work."),
    v("payment", "en",
      "You told me you still have an Icelandic bank account from your summer at the fish factory in "
      "Grindavík. Then I send the rest with Aur or a normal millifærsla, no need to fund milestone 3 here.",
      contract="active"),
    v("feedback", "en",
      "If you want the five stars you will also do the German version of the FAQ page. I know it was not "
      "in the offer, but I think it is fair after the delays.", contract="active"),
    v("feedback", "is",
      "Ef þú lagar ekki myndirnar frítt færðu eina stjörnu. Einfalt mál.", contract="active"),
    v("feedback", "en",
      "Proposal for you: I close the small test contract today with a 5 star review and nice words, "
      "and you take the big booking job for 1,800 instead of 2,500. Good for your profile, good for my budget."),
    v("account-sharing", "en",
      "My nephew in Akureyri has a freelancer account with very good reviews, but he is at university now "
      "and has no time. Could you do the work under his profile? He gets a small cut, you get the rest, "
      "and I hire him because I know him."),
    v("account-sharing", "en",
      "I am not good with these computer things. I will give you my Upwork login and you post the job for "
      "the photographer and choose one for me, ok? The password is on a note in the office, I send it tonight."),
    v("account-sharing", "is",
      "Upwork vill fá myndsímtal til að staðfesta að þetta sé ég. Getur þú ekki bara tekið símtalið fyrir "
      "mig með vegabréfinu mínu? Við erum nánast jafngamlar og með sama hárlit."),
    v("harassment", "en",
      "Please do not send me people over fifty. I had two this winter, old people are slow with the "
      "computer and they complain about the cold. I want young ones only."),
    v("harassment", "en",
      "If these ice cave photos show up on your Instagram before the season I will find out where you live. "
      "Reykjavík is small and so is your town in Poland."),
    v("harassment", "en", "Useless. An absolute f***ing waste of my high season."),

    # ---------------- clean hard look-alikes (14) ----------------
    c("contact-sharing", "en",
      "For the booking page please use this meeting point text: 'Meet at the Skaftafell visitor centre car "
      "park, look for the yellow Super Jeep. The phone number for the day of your tour is printed on your "
      "ticket.' Do not put any number on the page itself."),
    c("contact-sharing", "en",
      "The confirmation emails must be sent from bookings@example.com with reply-to set to the guide desk "
      "alias, not to anybody's private address. Please check the SPF record too, last year half of them "
      "went to spam."),
    c("contact-request", "en",
      "I will not ask for your Skype or your number, I know the rules here. Just answer the three "
      "questions in this chat and we see."),
    c("off-platform", "en",
      "Second job, separate from the booking system: guest communication. Today guests write to us in five "
      "places and things get lost. I want this set up on the website: a click-to-chat WhatsApp button on "
      "the tour pages that goes to our office WhatsApp Business number (the one already in our Google "
      "profile, I will put it in myself), the Facebook Messenger chat plugin for people who come from our "
      "ads, and an automatic email 24 hours before the tour with the meeting point and the clothes list. "
      "When a tour is cancelled because of wind, the guides post in our internal Slack channel and I want "
      "that to trigger the cancellation email, if possible with Zapier or Make. I do not need you to talk "
      "to guests or to be in any of these chats, only to build and test it. Please use test numbers and a "
      "test email while building, not our real ones, we had a freelancer last year who sent 300 test "
      "emails to real guests. Tell me how many hours you estimate and which parts you have done before. "
      "Fixed price is fine for me if you prefer."),
    c("payment", "en",
      "The new booking site must take Visa, Mastercard, Apple Pay and Aur, and pay out to our Landsbankinn "
      "account every day. Can you do that with Stripe or do we need Rapyd or Teya for the Icelandic part?"),
    c("payment", "is",
      "Ég fjármagna næsta áfanga í dag, um leið og endurskoðandinn sendir mér staðfestingu."),
    c("feedback", "en",
      "I left you five stars and wrote that you answer fast even in the night. It is an honest review, "
      "you earned it. Takk fyrir!"),
    c("feedback", "is",
      "Ég ætla að vera hreinskilin í umsögninni: myndirnar voru góðar en þú varst tveimur vikum of seinn. "
      "Ég skrifa hvort tveggja."),
    c("account-sharing", "en",
      "Please do not send me your password for anything, and I will not send mine. For WordPress I made "
      "you an editor user with your own login, check the invitation in your inbox."),
    c("account-sharing", "is",
      "Ég bætti þér við sem liðsmanni í Upwork-teyminu okkar, svo þú sérð samningana við ljósmyndarann "
      "án þess að nota minn aðgang."),
    c("harassment", "en",
      "This is not acceptable. The ice cave photos are over-sharpened, the sky is purple, and two guests' "
      "faces are still visible after I asked you twice to blur them. Please redo the whole set before Friday."),
    c("harassment", "en", "Kill the old booking plugin, it is dead weight."),
    c("harassment", "en",
      "A previous freelancer called my guides 'stupid Vikings' in a message here. I reported him and ended "
      "the contract. I tell you so you know I take respect seriously, on both sides."),
    c("contact-request", "is",
      "Á hvaða tímabelti ertu? Ég þarf að vita hvenær ég má búast við svari frá þér hér í spjallinu."),

    # ---------------- allowed (6) ----------------
    a("contact-sharing", "en",
      "Now the contract is started, my mobile is +354 555 0192. Text me if the drone footage upload fails, "
      "the wifi at the lodge is very bad in storms.", contract="active"),
    a("off-platform", "is",
      "Förum yfir nýja bókunarferlið á Zoom á morgun kl. 10. Ég set hlekkinn hingað inn.", contract="active"),
    a("contact-request", "en",
      "What is your GitHub username? I will add you to the repo of the old site, the previous developer "
      "left everything there."),
    a("contact-sharing", "en",
      "Before you see the guest lists I need you to sign our NDA, attached. It has our company address "
      "(Jöklagata 7b, 101 Reykjavík) and my email sigrun@example.is for the signed copy, that is just how "
      "our lawyer made the template."),
    a("off-platform", "en",
      "I will add you to the guides' WhatsApp group now that you are hired. We post the weather call there "
      "at 6 am and you need it to know if the shoot is on.", contract="active"),
    a("contact-sharing", "is",
      "Hér er netfangið hjá Jónu sem sér um bókhaldið hjá okkur, jona.bokhald@example.is. Sendu henni "
      "yfirlit yfir vinnutímana í lok mánaðar.", contract="active"),
]
