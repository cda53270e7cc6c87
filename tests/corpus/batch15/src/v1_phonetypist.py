from common import make
V, C, A = make("voice-phonetypist")
CL = "client"; ACT = "active"

# ---------- violations ----------
V("hey thx for the invite\nlooks good\ncan u text me instead its easier on my phone\n312 555 0134", "contact-sharing")
V("sorry typing from my phone. my what's app is plus one three one two five five five zero one four seven if thats easier", "contact-sharing")
V("whats ur email ill send the files there bc upwork chat keeps crashing on my phone", "contact-request")
V("can we just hop on a call rn?\nnot the upwork one lol\nthe normal kind", "off-platform")
V("thx for the offer\nbut the fees r killing me\ncan u pay me direct next time like venmo or whatever", "payment")
V("pls leave the 5 stars and ill push the last bug fix rite after 🙏", "feedback", contract=ACT)
V("ok so the logo is trash and honestly so r u. lazy af. fix it tonight or im done", "harassment", role=CL, contract=ACT)
V("my bro is gonna log in to my acct n finish the last 2 pages while im traveling dont worry same quality", "account-sharing", contract=ACT)
V("Sure email me at mike dorsey eighty eight at G mail dot com I check it way more than this app", "contact-sharing")
V("Hi i can start tonight wix is my thing\nfaster to reach me on 0 7 7 0 0 9 0 0 1 2 3 if u wanna talk rates\nthx", "contact-sharing", surf="proposal")
V("if u do 20% off ill leave u a reallly good review promise 😇", "feedback", role=CL)
V("not paying the last milestone unless u add the 3 extra pages\notherwise its 1 star\nur choice", "feedback", role=CL, contract=ACT)
V("can u send the $ thru cash app instead? my upwork is being weird rn", "payment")
V("lemme get ur telegram real quick", "contact-request")
V("i dont really check here much\nfind me on the other app\nsame username as here", "off-platform")
V("u there?? answer me u useless idiot ive been waiting 3 hrs", "harassment", contract=ACT)
V("ngl ur voice on that loom was hot lol. send me a pic of u not the mockups 😏", "harassment", role=CL)
V("can i use ur upwork to apply to this one? mine got suspended lol ill split it w u 50 50", "account-sharing")
V("Sure I can do it for 200 but can you pay pal me friends and family so the fees dont eat it", "payment")
V("Hi! Did 40+ Canva templates last month. My ig is at jaylacutsvids, add me and I'll DM u examples", "contact-sharing", surf="proposal")

# ---------- clean (hard) ----------
C("ok will keep everything on here bc upwork is the only place i take jobs\nno whatsapp sry", "off-platform")
C("thx!! the paypal button works now on ur checkout, tested on my phone w a $1 order then refunded it", "payment", contract=ACT)
C("fyi the phone field on ur form takes letters lol. want me to add validation so only numbers like 555-0100 go thru?", "contact-sharing", contract=ACT)
C("got ur msg. call is fine but lets do it thru the upwork call button pls, the video one up top", "off-platform")
C("srry autocorrect changed ur name to Kevin lol 🤦 anyway the email template is done, preview is in the file i uploaded here", "contact-sharing", contract=ACT)
C("pls leave honest feedback when u close it, good or bad. helps me get better thx", "feedback", contract=ACT)
C("someone msgd me saying theyd double the pay if i moved to zelle lol. reported them. be careful out there", "payment")
C("dont give ur login to anybody asking, upwork support never asks for ur password", "account-sharing")
C("can u make the contact page have a whatsapp button that opens the shop number? the number's already in the brief doc", "contact-sharing", role=CL, contract=ACT)
C("meeting moved to 3:30 est thurs\nill just start the call from here in messages", "off-platform")
C("ur feedback was harsh but fair tbh. fixing the header now", "harassment", contract=ACT)
C("lol no i dont need ur password\njust add me as a collaborator on ur store and approve it", "account-sharing", contract=ACT)
C("i wont take payment outside upwork sorry, its against the rules and i like having an acct", "payment")
C("dam autocorrect. meant discord server not discord severe 😂 the bot's running on the test server now, screenshot attached", "off-platform", contract=ACT)
C("this draft isnt usable tbh. colors r off and the text overlaps on mobile. can u redo the hero section", "harassment", role=CL, contract=ACT)
C("v2.3.1 is up. fixed the iphone crash on the phone number screen. pls test on ur phone not desktop", "contact-sharing", contract=ACT)

# ---------- allowed ----------
A("ok contract started so heres my cell for the launch day 312-555-0178\npls dont call after 9 lol", "contact-sharing", contract=ACT)
A("my email for the figma invite is tasha.r.designs@gmail.com\nonly for that pls, we can keep talking here", "contact-sharing")
A("were on upwork enterprise so feel free to email me directly dana.ops@example.com", "contact-sharing", role=CL, client="enterprise")
A("heres my portfolio behance.net/kev-motion\nits just the reels no contact stuff", "contact-sharing", surf="proposal")
A("ok contracts live. whats ur number for the site visit day? in case i cant find the place", "contact-request", role=CL, contract=ACT)

# ---------- extra freelancer proposals ----------
V("hi!! i do shopify fixes fast\nsaw ur site, the cart drawer is broken on iphone\ni can fix it 2day\nmsg me on the green app if u want faster replies, same name as here", "off-platform", surf="proposal")
C("hey i can do the zapier thing\nwhen a new order comes in it texts u and adds the customer email to mailchimp\ndone it like 30 times\nall thru upwork obv", "contact-sharing", surf="proposal")

# ---------- very short lines ----------
V("whats ur #", "contact-request")
V("zelle ok?", "payment")
C("ok thx, paid the milestone 👍", "payment", role=CL, contract=ACT)
C("no calls outside here sry", "off-platform")
