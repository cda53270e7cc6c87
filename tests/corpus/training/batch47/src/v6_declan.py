# Voice 6: Declan Murphy, 66, farm-machinery dealer outside Mallow, Co. Cork (client). Long-winded,
# old-fashioned, suspicious of computers, quick-tempered; hires for eBay listings and a parts catalogue.
from common import *

cases, c = make("b47-declan-cork-client", "client")

# ---- violations
c("I'm not a great fan of these online payments. I'll post you a cheque, or if you're in Ireland at all I'll drop the cash in to you, sure what harm.",
  V, PAY, ctx=ACTIVE)
c("Tell you what, we'll finish this job on here and the next one we'll do between ourselves, no middle man. Fair?",
  V, PAY, ctx=ACTIVE)
c("Ring me on the landline any morning before the mart, 021 000 4471, ask for Declan not the missus.",
  V, CS)
c("""Hello there and thanks for getting back to me, I had about thirty of these answers and to be honest half of them didn't read what I wrote at all so fair play to you.

Now here's the story. We're a small enough dealership outside Mallow, myself and two lads in the yard and Siobhan my daughter who does the books. We've about four thousand parts going back to the seventies — Kverneland, Pöttinger, old Massey Ferguson bits, tines, points, bearings, you name it — and most of it is in a ledger and in my head, which isn't getting any younger.

My son-in-law says what I need is a spreadsheet first and then the eBay and a bit of a website after. He's probably right, he usually is, don't tell him I said that.

Sure write to me at declan.murphy.agri@gmail.com and I'll have Siobhan send you the list she typed up last winter, it's about a third of it.

I was thinking €15 an hour but I don't know what's normal for this kind of thing, tell me straight. And I'd want someone who knows the difference between a tine and a tooth, or is willing to learn.

Declan""",
  V, CS)
c("Whats your phone number, I'm not able for the typing at all",
  V, CR)
c("Come down to the yard some day, we're just outside Mallow on the Killarney road. I'll show you the stock, it'd be easier than all this messaging.",
  V, OP)
c("Are you thick or what? I said Massey not Massy. Four hundred listings wrong. Useless.",
  V, HAR, ctx=ACTIVE)
c("Don't be giving me cheek, young lad. One more smart remark out of you and I'll be over to you with a hurley, I don't care how far it is.",
  V, HAR, ctx=ACTIVE)
c("I asked for someone Irish for this job for a reason. Ye lot over there wouldn't know a baler from a bale of briquettes.",
  V, HAR, ctx=ACTIVE)
c("I'll give you the good review if you knock another 20 percent off. Otherwise I'll be telling the whole world about you.",
  V, FB, ctx=ACTIVE)
c("No review till you do the 200 extra listings I mentioned. They were always part of it in my head anyway.",
  V, FB, ctx=ACTIVE)
c("My daughter set up this account in her own name, I use it for the business. So if anyone asks, you're working for Siobhan Murphy, grand?",
  V, ACC)
c("Could you log in as me and pay yourself, I can't find the button at all. I'll text you the password, it's the dog's name and the year.",
  V, ACC, ctx=ACTIVE)
c("I don't do the emails. Give us a ring on the WhatsApp, my granddaughter put it on the phone for me.",
  V, OP)
c("Look us up on Facebook, Murphy Agri Mallow, and send a message there. The girl in the office answers it.",
  V, CS)
c("The bank says I can send a transfer straight to you for nothing. So why would I be paying Upwork's cut, explain that to me.",
  V, PAY, ctx=ACTIVE, doubt="framed as a complaint, but it pushes the freelancer to accept a direct bank transfer")
c("If you're ever stuck just text Siobhan on 087 000 2215, she'll know where I am.",
  V, CS)

# ---- clean
c("Upwork wants me to verify the phone number on my account. I done it but it sent the code three times. Is that normal or is the thing broken?",
  C, ACC)
c("Put the Kverneland part numbers in the titles, farmers search by the number, not the name. 'Kverneland 055128 point', like that.",
  C, CS, ctx=ACTIVE)
c("Every listing needs to say collection from the yard in Mallow for anything over 30 kilos, we don't post those.",
  C, CS, ctx=ACTIVE)
c("Grand job on the photos. I'll leave you a good review and I mean that.",
  C, FB, ctx=ACTIVE)
c("You're a decent skin. Keep at it.",
  C, HAR, ctx=ACTIVE)
c("That Facebook page you made is the business. Three calls Saturday from lads who saw it.",
  C, CS, ctx=ACTIVE)
c("I paid the milestone. The bank took it off the card this morning, so you should have it.",
  C, PAY, ctx=ACTIVE)
c("Some fella on here asked me to pay him in that Bitcoin. I told him where to go. I only pay on the website.",
  C, PAY)
c("I wasn't happy with the first lot, I'll be honest. Too many blurry photos and the prices were in sterling. The second lot is much better.",
  C, HAR, ctx=ACTIVE)
c("Don't be sending me your number, I'd only lose it. Write here and Siobhan reads it out to me.",
  C, CR)
c("I've no notion about the eBay login, Siobhan has it. She'll add you as a user on that seller hub thing, is that how it works?",
  C, ACC, ctx=ACTIVE)
c("How do I give you a bonus for the weekend work? Is there a button on Upwork for that?",
  C, PAY, ctx=ACTIVE)
c("WhatsApp ordering for the parts would be great if you can set it up. Lads text me pictures of broken parts all day long.",
  C, OP)
c("The review you left me as a client was very kind, thanks. First time anyone reviewed an old fella like me.",
  C, FB)
c("Price per listing is fine. €1.20 each, 4,000 listings, do the maths and send me an offer on here.",
  C, PAY)
c("Siobhan says I'm not to give anyone my password and not to pay anyone outside the website. So that's the rules and I'm sticking to them.",
  C, ACC)
c("Would you put the phone number of the yard on the eBay shop page? The customers need it for the collections. Siobhan will put it in herself, you just leave a space for it.",
  C, CS, ctx=ACTIVE)

# ---- allowed
c("Now we're up and running, here's the yard number for when the courier is due: 022 000 3390.",
  A, CS, ctx=ACTIVE)
c("Send me your address and I'll post you the parts catalogue from 1982, it's only on paper.",
  A, CR, ctx=ACTIVE)
c("We'll do a phone call Thursday so, easier than typing. I'll ring you on the WhatsApp at 11.",
  A, OP, ctx=ACTIVE)
c("To see the stock list you'll need the Google Sheet. Give me your gmail and Siobhan will share it with you, that's all it's for.",
  A, CR)
c("My email for the weekly spreadsheets, seeing as we're working now: declan.murphy.agri@gmail.com",
  A, CS, ctx=ACTIVE)

# ---- added in the second pass
c("Ring me so.",
  V, OP)
c("If I'm not about, Mick in the yard will sort the courier, his mobile is 087 000 5512. We're working together now so I suppose that's allowed.",
  A, CS, ctx=ACTIVE)
c("""Right so. I've been looking at the listings you did and I have a few things, Siobhan is typing this for me so blame her for the spelling.

First off the photos are a massive improvement. The lads in the yard couldn't believe it was the same rusty points.

The titles: put the part number first, then the make, then what it is. Farmers search by the number off the old part. 'Kverneland 055128 Plough Point' not 'Plough Point for Kverneland Plough'.

The descriptions: no need to say 'contact us for more info' and our phone number in every one, eBay has its own message button and they'll use that. Take our number out of them, I don't want the phone ringing at 11 at night with lads from Donegal.

Postage: anything over 30 kilos is collection only. Under that it's An Post or the courier, eBay works out the price.

Payment: only through eBay, no 'pay on collection'. We got burnt with that before.

Reviews: if a buyer leaves a bad review, don't answer it, tell me and I'll deal with it. Some of them would start a row in an empty house.

Other than that you're doing a grand job. Keep going with the Pöttinger lot next.""",
  C, CS, ctx=ACTIVE)
