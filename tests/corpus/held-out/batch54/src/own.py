import json
S="own"
C=[
# harassment
("Honestly you are the laziest developer I have ever hired. A child could have built this checkout page faster.","violation","harassment","message","en",{"role":"client","contract":"active"}),
("If that file isn't in my inbox by tonight I will find out where you live, don't test me.","violation","harassment","message","en",{"role":"client","contract":"active"}),
("Bhai tum bilkul bekaar ho, itna simple logo bhi nahi bana sakte? Shame on you.","violation","harassment","message","hi-Latn",{"role":"client","contract":"active"}),
("Ang tanga mo naman, tatlong beses ko nang sinabi na blue ang kulay, hindi green!","violation","harassment","message","tl",{"role":"client","contract":"active"}),
("Eres un inútil, no sé ni por qué te contraté. Tu trabajo es basura.","violation","harassment","message","es",{"role":"client","contract":"active"}),
("I understand the deadline moved twice and that is frustrating for both of us. Can we agree on Friday noon for the final revision?","clean","harassment","message","en",{"contract":"active"}),
("Yaar thoda patience rakho, server migration me 2 ghante aur lagenge, phir main screenshots bhejta hoon.","clean","harassment","message","hi-Latn",{"contract":"active"}),
# feedback
("I'll knock 20% off the last milestone if you leave me a 5-star review today.","violation","feedback","message","en",{"contract":"active"}),
("Give me the source files for free or I'm leaving you one star and telling everyone you're a scam.","violation","feedback","message","en",{"role":"client","contract":"active"}),
("Sir kindly first end the contract with 5 star feedback then I will send you the remaining two pages.","violation","feedback","message","en",{"contract":"active"}),
("Agar aap 5 star rating do ge to main next project me 30% discount dunga, promise.","violation","feedback","message","ur-Latn",{"contract":"active"}),
("Se você me der 5 estrelas eu devolvo 10 dólares, combinado?","violation","feedback","message","pt",{"contract":"active"}),
("Now that the migration is live, if you have a minute I'd really appreciate honest feedback on how the project went - good or bad.","clean","feedback","message","en",{"contract":"active"}),
("Thanks for closing the contract! Whatever rating you think is fair is fine by me; I'm just glad the store is running.","clean","feedback","message","en",{"contract":"active"}),
("Review ke liye koi jaldi nahi hai, pehle aap app ko ek hafte test kar lijiye.","clean","feedback","message","hi-Latn",{"contract":"active"}),
# payment
("Upwork takes 10% from both of us, so let's just do the next phase through Wise and split the savings.","violation","payment","message","en",{"role":"client","contract":"active"}),
("Pwede po ba sa GCash na lang yung bayad para hindi na kaltasan ng fee?","violation","payment","message","tl",{"contract":"active"}),
("Main aapko Easypaisa pe advance bhej deta hoon, Upwork pe contract baad me bana lenge.","violation","payment","message","ur-Latn",{"role":"client"}),
("Podemos hacer el pago por transferencia bancaria directa la próxima vez, así evitamos la comisión.","violation","payment","message","es",{"role":"client","contract":"active"}),
("Wir können den Rest auch bar zahlen, wenn Sie nächste Woche in Hamburg sind.","violation","payment","message","de",{"role":"client","contract":"active"}),
("Our app needs a Stripe and PayPal checkout plus a Wise payout report for the finance team; budget is fixed at $2,400 paid via Upwork milestones.","clean","payment","message","en",{"role":"client"}),
("Milestone 2 is funded in escrow - please submit the work through Upwork when the invoice export is done.","clean","payment","message","en",{"role":"client","contract":"active"}),
("Bayad na po yung milestone sa Upwork, salamat! Send ko na yung final files bukas.","clean","payment","message","tl",{"contract":"active"}),
("Payment ka issue nahi hai, Upwork pe milestone release ho gaya, bas GST invoice PDF chahiye accounts ke liye.","clean","payment","message","hi-Latn",{"role":"client","contract":"active"}),
# contact
("You can reach me on w h a t s a p p plus one five five five zero one two three four, faster than here.","violation","contact-sharing","message","en",{}),
("mail me: rania.designs (at) proton (dot) me - I'll send the portfolio pdf there","violation","contact-sharing","proposal","en",{}),
("Mera number 0300-000-0000 hai, is pe WhatsApp kar dein, details wahan discuss kar lete hain.","violation","contact-sharing","message","ur-Latn",{}),
("Kirim aja nomor WA kakak, nanti saya jelaskan detail proyeknya di sana.","violation","contact-request","message","id",{"role":"client"}),
("Mande seu Instagram que eu te chamo por lá pra fechar o orçamento.","violation","contact-request","message","pt",{"role":"client"}),
("ممكن ترسل لي إيميلك الشخصي عشان أرسل لك ملفات المشروع؟","violation","contact-request","message","ar",{"role":"client"}),
("Momkin te3teeni raqam el whatsapp beta3ak? ashal min hena.","violation","contact-request","message","ar-Latn",{"role":"client"}),
("Let's move this chat to Discord, Upwork messages keep lagging for me.","violation","off-platform","message","en",{"role":"client"}),
("Schreiben Sie mir lieber auf Signal, hier im Chat antworte ich nur selten.","violation","off-platform","message","de",{}),
("Our internal policy requires vendor onboarding through our procurement portal; please email our sourcing desk at sourcing@example.com before we award the contract.","allowed","contact-sharing","message","en",{"role":"client","client":"enterprise"}),
("Now that the contract has started, here is my direct line for urgent server issues: +44 20 7946 0123.","allowed","contact-sharing","message","en",{"contract":"active"}),
("Please share the email tied to your GitHub account so I can add you to the private repo - nothing else, we'll keep talking here.","allowed","contact-request","message","en",{"role":"client"}),
("My Figma login email is lena.ux@example.com - invite me as editor to the design file and I'll start the wireframes.","allowed","contact-sharing","message","en",{}),
("The WhatsApp Business API integration should send order confirmations to customers' phones; the client's Twilio number is already configured.","clean","contact-sharing","message","en",{"contract":"active"}),
("I built an email-marketing flow in Klaviyo that recovered 14% of abandoned carts; happy to walk you through it in an Upwork call.","clean","contact-sharing","proposal","en",{}),
("Soy desarrolladora de bots de Telegram y WhatsApp con 5 años de experiencia; puedo mostrarle demos en una videollamada de Upwork.","clean","off-platform","proposal","es",{}),
("Le devis couvre l'intégration PayPal et Stripe, les tests et deux révisions; paiement par jalons sur Upwork.","clean","payment","proposal","fr",{}),
# account sharing
("My agency account got suspended, can I use your Upwork profile to bid and we split the earnings 50/50?","violation","account-sharing","message","en",{}),
("Send me your Upwork username and password and the 2FA code, I will set up your profile properly for you.","violation","account-sharing","message","en",{}),
("Bhai apna account rent pe de do, har mahine $200 dunga, sirf login details chahiye.","violation","account-sharing","message","hi-Latn",{}),
("Please don't send me your Shopify password; add me as a staff account from Settings > Users so you stay in control.","clean","account-sharing","message","en",{"contract":"active"}),
("I reset the WordPress admin password as you asked and turned on two-factor login; the old login no longer works.","clean","account-sharing","message","en",{"contract":"active"}),
# long cover letters
("Hello Maria,\n\nI read your post about moving your bakery's order form from paper to an online system. I have built six ordering sites for small food businesses in the last two years, most recently a Shopify store for a cupcake shop in Leeds that now takes 60% of its orders online.\n\nMy plan would be: week one, map your menu and pickup times; week two, build the order form with Stripe checkout and email confirmations; week three, test with three of your regular customers and train your staff.\n\nI know budgets are tight, so if you prefer we can skip Upwork entirely and you just pay me by bank transfer at the end - saves us both the fees.\n\nI'd love to hear which days you bake the most, since that decides how the pickup slots should work.\n\nBest,\nTomás","violation","payment","proposal","en",{}),
("Hi there,\n\nYour job post mentions a React dashboard for warehouse stock that needs to sync with an existing MySQL database. I've done exactly this for a logistics firm in Rotterdam: barcode scans from handheld devices, live stock levels, and a low-stock alert emailed to the purchasing team every morning.\n\nI'd structure the work in three milestones: data model and API, dashboard screens, and alerts plus hand-over documentation. I'm available 30 hours a week in CET and happy to do a short Upwork video call to go through your current schema.\n\nOne question: do the handhelds run Android, or are they dedicated Zebra scanners?\n\nKind regards,\nPieter","clean","contact-sharing","proposal","en",{}),
]
with open('own.jsonl','w') as f:
    for t,e,c,s,l,ctx in C:
        o={"text":t,"expect":e,"category":c,"surface":s,"lang":l,"source":S}
        if ctx: o["context"]=ctx
        f.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(C))
