SLUG, ROLE = "davao-ecom-va", "freelancer"
ROWS = [
("V","cs","m","en","", "hi maam!! thank u for considering me po 😊 if ever u want faster reply my viber is the same as my gcash num, 0917 555 0 one 8 3, just add me there po"),
("V","cs","p","en","", """Hello! I'm Joy, a Shopify and Amazon VA from Davao City, Philippines 🇵🇭 with 5 years of experience handling online stores for US and AU clients.

Here's what I can do for your store:
- Product uploads with SEO titles and descriptions (I've done 3,000+ SKUs)
- Order processing in Shopify and DSers, tracking updates, refunds and returns
- Customer service via Gorgias and Zendesk with macros that sound human, not robotic
- Weekly inventory reports in Google Sheets
- Basic Canva graphics for promos

I work US hours (night shift here) and I have a backup generator and two internet providers, so brownouts are not a problem. My past clients say I'm very detail oriented and I always double check the order notes before fulfilling.

If you prefer, you can also add me on FB messenger, just search joy dot reyes dot va, the one with the blue blazer photo, so we can talk more quickly than here.

I'm excited to help your store grow! Thank you and have a great day po."""),
("V","cr","m","tl","", "Hello po sir, pwede ko po ba makuha yung number nyo or telegram para dun na lang tayo mag usap about the store? Mas mabilis po kasi ako mag reply dun"),
("V","cr","m","en","", "Before we start can I have ur email maam so I can send u my resume and sample SOPs directly, its more organized than here"),
("V","op","m","tl","", "Sir, medyo mabagal po yung Upwork app sa phone ko. Okay lang po ba kung sa ibang app na lang tayo mag chat? Yung may purple na icon po 😅"),
("V","op","m","en","", "I can do a quick interview anytime, just not thru here po coz my Upwork keeps logging me out. Is Messenger ok for u? I'll send my link"),
("V","pay","m","en","a", "Hi sir! Since our contract is weekly anyway, can u just send my salary via Wise starting next week? Upwork takes 10% and for us VAs it's a big amount na. I'll still log some hours here so it looks normal."),
("V","pay","m","tl","a", "Maam pasensya na po, pero pwede po ba sa GCash or PayPal nyo na lang ipadala yung bonus? Para hindi na po makaltasan ng fee. Salamat po!"),
('V', 'pay', 'p', 'en', '', 'My rate is $6/hr here but if u pay me directly outside it can be $5 only, win win for both of us po'),
("V","fb","m","en","a", "Sir I finished all 400 listings already 🙏 I'll send the final CSV file once u leave the 5 star review po, just to be sure, my last client disappeared without rating me"),
("V","fb","m","tl","", "Ate, pwede po bang palitan nyo yung 3 stars ng 5? Gagawin ko po ng libre yung 50 products na extra, promise po"),
("V","acc","m","en","", "Maam my account is on hold for verification pa. Can I work using my sister's Upwork account muna? Same naman kami ng skills, I'm the one who will do the work"),
("V","acc","m","en","", "To save time sir just give me your Upwork client login and I'll post the job for the 2nd VA and shortlist them for u. I do this for my other client also"),
("V","acc","m","tl","", "May nag-ooffer sakin na paupahan ko daw account ko, 3k per week. Sige na nga, kailangan ko talaga ng pera ngayon. Sino pa may gusto, pm lang"),
("V","har","m","en","a", "Sir I'm not ur slave ha. U message me 3am my time and shout in caps. Ur so stupid sometimes honestly, no wonder ur store is failing"),
("V","har","m","en","", "hello handsome 😘 ur profile pic is so hot, are u single? I can be ur personal VA in every way hehe"),
("C","cs","m","en","", "Done updating the contact page po! I changed the support email to support@yourstore.example.com and the phone to the placeholder 555-0100 until u give me the real one."),
("C","cr","m","en","", "A 'client' asked me for my Telegram before any contract, I didn't give it po. I just wanna ask if that's a red flag?"),
("C","op","m","tl","", "Sir yung mga customer po ay nagmemessage sa Facebook page at Instagram, sinasagot ko na lahat at nilalagay sa Gorgias para may record."),
("C","pay","m","en","a", "Refund processed for order #4521 via Shopify Payments, $32.50. The customer also asked if we accept GCash, I told them only card and PayPal at checkout."),
("C","pay","m","en","", "Thank u for the offer sir! $7/hr is ok with me. I understand payment is weekly via Upwork based on tracked hours."),
("C","pay","m","tl","a", "Natanggap ko na po yung bonus dito sa Upwork, maraming salamat po sir! Sobrang laking tulong po."),
("C","fb","m","en","a", "Sir I replied to all the 1 star product reviews on Judge.me like u asked, polite and with the tracking links. 3 customers already updated to 4 stars."),
("C","fb","m","en","a", "It was a pleasure working on ur store for 6 months! If u have time, an honest review would mean a lot to me po, no pressure at all."),
("C","fb","m","tl","", "Ang hirap po pala pag bago ka pa lang, walang reviews. Pero ok lang, tiyaga lang, sabi nila darating din."),
("C","acc","m","en","a", "Please invite me as staff in Shopify sir, Settings > Users and permissions. Please don't send me ur owner password, staff access is safer for u."),
('C', 'acc', 'p', 'en', '', 'Yes I have my own Upwork account, ID verified since 2021 and my name matches my GCash and bank. No sharing po.'),
("C","har","m","en","a", "Honestly sir this supplier is terrible. 3 wrong shipments this month, I think we should switch to the one in Shenzhen."),
("C","har","m","tl","a", "Pasensya na po sa mali ko kahapon sa order ni Mrs. Parker. Inayos ko na po at nag-send ako ng apology email sa customer."),
("C","har","m","en","", "lol that customer was savage, she left a 2 page complaint about a missing button 😂 anyway I answered her nicely"),
("A","cs","m","en","a", "Sir here's my number for emergencies 0917 555 0183, text me anytime if the store has a problem on weekends. Thank u!"),
("A","cs","m","en","", "Here's my Canva portfolio with product graphics I made for past clients: joyreyes-va.example.com/portfolio"),
("A","cr","m","en","a", "Sir can u share ur business email po so I can add u as owner in the Gorgias workspace I set up? Then I'll remove my admin access after."),
("A","op","m","tl","a", "Sir, pwede po ba tayo mag Zoom bukas para ma-train nyo ako sa bagong returns process? 9am Manila time po okay sakin."),
("A","op","m","en","a", "Ok po let's continue the SOP walkthrough on Google Meet, please send the link here in our contract room."),
("A","cr","m","en","e", "Hi! For the supplier onboarding, may I have the purchasing team's email po? I understand ur company account allows that."),
]
