from common import make
V, C, A = make("voice-kindlyrevert")
CL = "client"; ACT = "active"; ENT = "enterprise"; P = "proposal"

# ---------- violations ----------
V("Respected Sir,\nKindly share your WhatsApp number so that I can revert back with the sample designs at the earliest. Please do the needful.\nRegards,\nSandeep", "contact-request", surf=P)
V("Sir ji, aap mujhe email kar dijiye, meri id hai rahulverma.webdev@gmail.com, wahan pe saari details aur quotation bhej dunga.", "contact-sharing", lang="hi-Latn")
V("Bhai Upwork ka fees bahut zyada kaat leta hai, aap direct bank transfer kar do, main aapko 10% discount de dunga. Dono ka fayda.", "payment", lang="hi-Latn")
V("Janab, agar aap Payoneer pe seedha payment bhej dein to Upwork wala charge bach jayega. Baqi kaam main yahin deliver kar dunga.", "payment", lang="ur-Latn")
V("Mambo sir, tuendelee na mazungumzo kwenye Telegram tafadhali, huku Upwork messages zinachelewa sana.", "off-platform", lang="sw")
V("Oga abeg make we yarn for WhatsApp, this Upwork chat dey slow well well. My number na +234 800 000 0001, just flash me.", "contact-sharing")
V("Dear Ma'am, kindly give 5 star feedback first, after that I will send you the final source files. This is my policy only, kindly do not mind.", "feedback", contract=ACT)
V("Madam please do the needful and close the contract with 5 star and good comments, I am giving you 2 extra banners free of cost for the same.", "feedback", contract=ACT)
V("Sir my account is having some verification issue since yesterday, kindly allow me to work from my cousin brother's account, he is also expert in same field so quality will be same.", "account-sharing", contract=ACT)
V("For ID verification I will use my uncle passport because mine is expired, photo is looking same only. No issue na?", "account-sharing")
V("Sir you are behaving like one uneducated person. I have completed 200 projects, I do not need to take lecture from you on basic HTML.", "harassment", contract=ACT)
V("Aap jaise log sirf time waste karte hain, bewaqoof client. Dobara message mat karna mujhe.", "harassment", lang="ur-Latn")
V("Kindly add me on Skype for faster revert: live:.cid.ahmedraza.dev (please remove the first dot while searching).", "contact-sharing")
V("Ma'am, kindly provide your good office number so that our team lead may call you for the requirement gathering session tomorrow.", "contact-request", surf=P)
V("Sir, for better understanding kindly join Google Meet today evening 7 PM IST, I will share link in some time. Chat is not sufficient for this requirement.", "off-platform", surf=P)
V("Main aapko Paytm ya UPI se pay kar dunga, yahan contract band kar dete hain, fees ka jhanjhat khatam.", "payment", role=CL, lang="hi-Latn")
V("Naweza kukulipa kupitia M-Pesa moja kwa moja, tusitumie Upwork kwa malipo haya, ada zao ni kubwa mno.", "payment", role=CL, lang="sw")
V("No wahala oga, just send am through my domiciliary account, e go land sharp sharp pass this Upwork own. I go send account details.", "payment")
V("""Dear Hiring Manager,

Greetings of the day!

I have gone through your requirement of WordPress website for your dental clinic and I am confident to complete the same within 5 working days. I am having 7+ years experience in WordPress, Elementor, WooCommerce and appointment booking plugins like Amelia and Bookly.

My approach will be as follows:
1. Design mockup in Figma for your approval
2. Development with mobile responsive layout
3. Speed optimisation (90+ score on PageSpeed)
4. Basic on-page SEO

Kindly note I have attached my CV also which is having my contact numbers and email, you may call me anytime at your convenience, even Sunday also.

Looking forward for your kind response.

Thanks & Regards,
Vikram""", "contact-sharing", surf=P)
V("Sahab, aap apna personal number de dijiye, raat ko call karke samjha dunga, yahan type karna mushkil hai.", "contact-request", lang="ur-Latn")

# ---------- clean (hard) ----------
C("Respected Sir, I will keep all communication on Upwork only, as per policy. Kindly revert here itself at your convenience. Thank you.", "off-platform")
C("""Dear Sir,

I have integrated Razorpay, Paytm, PhonePe and PayPal payment gateways in more than 15 e-commerce projects, including UPI autopay for subscriptions and refund webhooks. Kindly check the last three items in my Upwork portfolio section for the same.

I can complete your WooCommerce + Razorpay integration in 3 days. Kindly revert with your store URL here so I can check the theme.

Regards,
Faisal""", "payment", surf=P)
C("Janab, WhatsApp Business API ka chatbot bana dunga: order confirmation, delivery update, COD confirmation sab automatic. Meta business verification bhi main hi karwa dunga.", "off-platform", surf=P, lang="ur-Latn")
C("Dear Ma'am, kindly note I am not allowed to take payment outside Upwork, so I cannot accept the bank transfer you mentioned. Kindly create milestone here only, I will start immediately.", "payment")
C("Sir, one person messaged me pretending to be you and asking my Upwork password for 'contract verification'. I have reported him. Kindly be careful, they may message you also.", "account-sharing")
C("Madam, kindly give your honest feedback whenever you close the contract. Whether good or bad, it will help me to improve my services.", "feedback", contract=ACT)
C("Habari, kazi imekamilika. Tafadhali angalia faili nilizopakia hapa Upwork, na kama kuna marekebisho niambie hapa hapa.", "off-platform", lang="sw", contract=ACT)
C("Sir, the M-Pesa STK push integration is done. Tested with the sandbox shortcode 174379 and the callback URL is responding 200. Kindly check the logs attached.", "payment", contract=ACT)
C("Oga, I no dey collect money outside Upwork o. Make you fund the milestone, I go start the work sharp sharp.", "payment")
C("Sir kindly check, phone number field is now accepting +91 format and rejecting numbers below 10 digits as per your requirement. Sample test: +91 00000 00000 is showing error correctly.", "contact-sharing", contract=ACT)
C("Respected Sir, with due respect I disagree with this revision request as it was not part of original scope. Kindly create a new milestone for the same and I will do it happily.", "harassment", contract=ACT)
C("Bhai, ek client ne bola Telegram pe aao wahan baat karenge, maine mana kar diya. Upwork pe hi baat karenge, warna account ban ho jayega. Tu bhi dhyan rakhna.", "off-platform", lang="hi-Latn")
C("Sir, the dealer address data you shared in the sheet (2,300 addresses of Lahore and Karachi) is geocoded now and plotted on the map. 41 addresses were incomplete, I have highlighted them in yellow.", "contact-sharing", contract=ACT)
C("Kindly revert back with your feedback on the logo concepts sir, which one you like, A or B? I will finalise accordingly.", "feedback", contract=ACT)
C("Sahab, main aapke Upwork account mein login nahi karunga. Aap mujhe apni team mein add kar dijiye, wahi sahi tareeqa hai.", "account-sharing", lang="ur-Latn", contract=ACT)
C("Sir, in job post you have written 'send CV on email', kindly note that is not allowed on Upwork, so I am attaching my CV here only. No contact details in it.", "contact-request", surf=P)

# ---------- allowed ----------
A("Sir, as contract is now started, kindly note my WhatsApp number for urgent matters only: +92 300 000 0147. Daily updates I will give here.", "contact-sharing", contract=ACT)
A("Ma'am, I have signed the NDA and filled my residential address and email id as required. Kindly find attached.", "contact-sharing")
A("Kindly share the Google Drive folder on ayesha.designs.pk@gmail.com, this is only for accessing the brand assets. We will continue talking here only.", "contact-sharing")
A("Sir, since your company is Enterprise client, I am happy to join the call on Teams. My email is imran.qa@example.com, kindly send the invite.", "contact-sharing", client=ENT)
A("Kindly check my Dribbble portfolio for logo works: dribbble.com/ayesha-designs-pk", "contact-sharing", surf=P)
A("Mkataba umeanza, kwa hiyo hii ni namba yangu ya simu kwa dharura tu: +254 700 000 111. Taarifa za kila siku nitaziweka hapa.", "contact-sharing", lang="sw", contract=ACT)

# ---------- extra proposals ----------
V("""Dear Sir,
Greetings of the day!
I am expert in data entry, web research and Excel/Google Sheets work with 6+ years experience. I can complete your 5,000 product listing entries within 4 days with 100% accuracy.
Kindly note, for quick response kindly drop 'Hi' on my WhatsApp, number is mentioned in my profile picture.
Thanks & Regards
Mehwish""", "contact-sharing", surf=P)
C("""Respected Sir,

I have gone through your requirement for the Shopify store with Cash on Delivery, Razorpay and Shiprocket integration. I have done the same for 12 clothing brands, kindly check my Upwork work history for the reviews.

I will share daily progress here on Upwork itself, with screenshots. No outside communication is required from your side.

Kindly revert at your convenience.
Regards,
Arjun""", "payment", surf=P)
V("Sir, kindly go through my LinkedIn recommendations before deciding: linkedin.com/in/imran-qa-lead-pk. All my previous managers have written there.", "contact-sharing", surf=P)
