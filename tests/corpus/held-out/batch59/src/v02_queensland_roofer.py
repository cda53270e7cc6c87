"""Client voice: Daz, owner of a family roofing and guttering business in Toowoomba,
Queensland. Hires a remote roof estimator (Nearmap takeoffs), a Facebook lead-ads
person, a quote-template builder. Types on his phone between jobs: lower case,
'u', 'ur', Aussie slang (arvo, smoko, reckon, rack off, the clip)."""
from common import v as _v, c as _c, a as _a

SLUG = "b59-queensland-roofer"


def v(*x, **k): return _v(*x, role="client", **k)
def c(*x, **k): return _c(*x, role="client", **k)
def a(*x, **k): return _a(*x, role="client", **k)


CASES = [
    # ---------------- violations (16) ----------------
    v("contact-sharing", "en",
      "easiest is just txt me mate. oh four one two, triple five, three eight one. i dont check this app on the roof"),
    v("contact-sharing", "en",
      "chuck ur quotes n the sample takeoff to dazza.roofs at outlook dot com, this upwork thing keeps eating the pdfs"),
    v("contact-request", "en", "got a mobile? ill ring u at smoko"),
    v("contact-request", "en",
      "send us ur email so i can flick u the plans n the old quotes tonight, easier than uploading 40 files one by one"),
    v("off-platform", "en",
      "can we do this over FaceTime this arvo instead? typing with me thumbs on a ladder is doing me head in"),
    v("payment", "en",
      "if ur keen to do the estimates cash style ill just PayID u every friday n we skip upworks cut. ur call mate"),
    v("payment", "en",
      "G'day all. Family roofing business here, Toowoomba and the Darling Downs: re-roofs, new metal roofs, "
      "gutters and the odd insurance job after hail. I'm after a remote estimator to do roof takeoffs off "
      "Nearmap and the builder's plans so I'm not up till midnight doing quotes. Each job you'd give me: roof "
      "area by plane, pitch, ridge/hip/valley/barge lengths, gutter and downpipe count, and a materials list "
      "for Colorbond in Tradify format. Roughly 15-25 takeoffs a week, more after a storm. Must know the "
      "difference between a hip and a Dutch gable without googling it. Aus standards a plus, US guys are fine "
      "if ya learn quick. First week is a paid trial on here, 10 jobs, then if it works I'd rather pay you "
      "straight into your bank through Wise every Friday, saves us both the clip Upwork takes and the "
      "paperwork. Tell me what software you use and how long a standard 4-bed hip roof takes you. Don't send "
      "me a cover letter about your passion for roofing, just the numbers. Cheers, Daz"),
    v("feedback", "en",
      "do the 6 extra takeoffs for free this week or ur getting 1 star n a review that says ur slow. ur choice mate",
      contract="active"),
    v("feedback", "en",
      "tell u what, u leave ME a 5 star as a client first n ill do the same for u straight after. fair's fair"),
    v("feedback", "en",
      "im knocking 2 stars off unless u refund the 150 for the Ipswich job. didnt win it anyway so why should i pay",
      contract="active"),
    v("account-sharing", "en",
      "heads up the upwork account's in me missus name, she set it up for her candle biz. ill just use her "
      "login to hire u, she wont mind"),
    v("account-sharing", "en",
      "can i buy ur upwork account off ya? the old one with all the reviews. want it for me son so he can "
      "pick up drafting gigs under it. name ur price"),
    v("account-sharing", "en",
      "got a bloke in Manila who does takeoffs, his account got suspended. he wants to work thru urs n u "
      "split it. u in? ill pay both of yas"),
    v("harassment", "en",
      "no offence love but roofing's a bloke's game. id rather a fella doing the estimates, women just dont get pitches n flashings"),
    v("harassment", "en",
      "saw ur profile pic, no wonder ur rates r high 😏 bet the blokes tip well sweetheart"),
    v("harassment", "en",
      "r u f**kin serious?? 3 days for one roof. useless as tits on a bull mate"),

    # ---------------- clean hard look-alikes (14) ----------------
    c("contact-sharing", "en",
      "on the quote template put the office number as a placeholder like 07 XXXX XXXX for now, ill type the real one in meself"),
    c("contact-sharing", "en",
      "nearmap says 312.4 m2 at 22.5 deg pitch, lot 14 on SP225401, job ref TBA-0412. can u double check against the plans, the garage looks off"),
    c("contact-request", "en",
      "whats ur ABN? oh hang on ur overseas arent ya. no worries, upwork sorts the tax side i reckon"),
    c("off-platform", "en",
      "the leads come in thru facebook n messenger. need u to set up the auto reply on our page so people get "
      "something back after hours instead of nothing"),
    c("payment", "en", "milestone's funded mate, $480 for the first 20 takeoffs. go for ya life"),
    c("payment", "en",
      "customers pay us by PayID or card off the Tradify invoice. can u set the quote template so it says "
      "deposit 30% on acceptance n balance 7 days after completion"),
    c("feedback", "en", "left u 5 stars n a bonus. top bloke, cheers"),
    c("feedback", "en",
      "if ur happy with how ive been as a client a review back would be good. no stress if not"),
    c("account-sharing", "en",
      "the Tradify account's in the company name n im the owner, so the quotes u build go out as Darling "
      "Downs Roofing not under ur name. thats normal yeah?"),
    c("account-sharing", "en",
      "last VA asked to borrow me upwork account to 'help with hiring'. told him to rack off. just so u know where i stand"),
    c("harassment", "en",
      "mate these takeoffs are wrong. uve measured the eaves off the gutter line again, the ridge is 2m short "
      "n the valley count is out. needs fixing before i quote tomorrow"),
    c("harassment", "en", "ripper job on the Toowoomba one, bloody legend"),
    c("harassment", "en", "that takeoff's a shocker mate, redo the garage"),
    c("off-platform", "en",
      "Second gig, separate from the estimating. Need someone to run Facebook and Insta lead ads for hail "
      "season, Toowoomba plus 60 km. Last bloke set it up so every lead went to a Google Sheet nobody looked "
      "at and we lost about 40 jobs, so I want it done proper this time. The ads should have a 'Call now' "
      "button that rings the office line (the one already on the Facebook page, don't need to ask me for it, "
      "it's on there) and an instant form for people who'd rather not ring. Form needs: name, suburb, roof "
      "type, photos if they got 'em, and a tick box for insurance claim yes/no. Leads should drop straight "
      "into Tradify as a new enquiry and send me a push notification. Budget for ad spend is $1,500 a month, "
      "your fee separate, happy to do a fixed monthly here on Upwork. I'll want a weekly report: cost per "
      "lead, how many booked, how many we won. If the cost per lead goes over 60 bucks I want to know why "
      "before the money's gone, not after. Tell me which trades you've done ads for and what CPL you got."),

    # ---------------- allowed (6) ----------------
    a("contact-sharing", "en",
      "contracts live now so heres me mobile 0412 555 907. ring if the nearmap imagery is older than the reno",
      contract="active"),
    a("off-platform", "en",
      "jump on zoom at 7 tmrw before i head to site? ill chuck the link in here", contract="active"),
    a("contact-request", "en",
      "whats ur google email? ill share the Drive folder with the plans n photos, thats all its for"),
    a("contact-sharing", "en",
      "builder wants an NDA signed before u see the tender drawings. its got their office address n my "
      "email on the bottom, just sign it n chuck it back in here"),
    a("off-platform", "en",
      "ill put u in the crew whatsapp group now ur hired, the boys send site photos there all day",
      contract="active"),
    a("contact-sharing", "en",
      "send the finished estimate sheets to my son Jayden too, jayden.k.roofing@gmail.com, he does the ordering",
      contract="active"),
]
