# Voice 8: Hira, a Shopify virtual assistant from Lahore (order processing, product uploads, customer email) (freelancer). English and Urdu in Latin letters.
from common import make
A = make('b46-pk-shopify-va', 'freelancer')
V, C, AL = 'violation', 'clean', 'allowed'
P = 'proposal'
U = 'ur-Latn'

# violations
A(V, 'contact-request', "Assalam o Alaikum Sir, aap apna WhatsApp number de dein, main aap ko apne pichle stores ke screenshots bhej deti hoon. Yahan attachment limit hai.", P, U)
A(V, 'contact-request', "Hi! Before you hire, may I have your email please? I'd like to send you a short audit of your store's product pages as a free sample.", P)
A(V, 'off-platform', "Sir, Upwork ki chat bohat slow hai, agar aap mind na karein to hum Skype pe baat kar lete hain aur phir aap yahan offer bhej dein.", 'message', U)
A(V, 'off-platform', "I'm usually quicker on email than on the Upwork app — shall we continue the discussion there and you can send the contract when you're ready?")
A(V, 'account-sharing', "Aap mujhe apni Shopify owner ki email aur password de dein, staff account banane ki zaroorat nahi, main seedha login karke orders process kar loongi.", 'message', U, contract='active')
A(V, 'account-sharing', "My Upwork account is in my husband's name because I didn't have a passport at the time. He doesn't work on it, I do everything — just so you know who's really messaging.", P)
A(V, 'account-sharing', "Ap ka Upwork account hold pe hai? Koi masla nahi, meri cousin ka client account use kar lein job post karne ke liye, woh password de degi.", 'message', U)
A(V, 'harassment', "Aap jaise clients ki wajah se log freelancing chhorte hain. Bilkul jahil insaan hain aap, aur bad tameez bhi.", 'message', U, contract='active')
A(V, 'harassment', "I've been polite for three weeks. Now listen: pay what you owe, or I email every one of your customers from your own store inbox and tell them what kind of owner you are.", contract='active')
A(V, 'feedback', "Sir please 5 star feedback de dijiye ga, warna mera account down ho jaye ga. Jab tak feedback nahi milta, main next week ke orders process nahi karoon gi.", 'message', U, contract='active')
A(V, 'feedback', "If you leave 5 stars today, I'll give you 10 free hours next month. If it's 4 or less, I'll have to charge for the extra product uploads I did.", contract='active')
A(V, 'payment', """Hello Sir,

I hope you are doing well. I have gone through your job post for a Shopify virtual assistant, and I believe I can be very helpful for your store.

Experience: 4 years, 30+ Shopify stores (fashion, home decor, pet supplies), 8,000+ products uploaded, daily order processing through DSers and CJdropshipping.

What I will do for you daily:
1. Process new orders and place them with the supplier
2. Add tracking numbers and send the shipping-confirmation email
3. Answer customer emails in Gorgias within 12 hours (returns, "where is my order", size questions)
4. Upload new products with SEO titles, descriptions, tags and alt text
5. Weekly report: orders, refunds, chargebacks, top products

I am available in your time zone (EST) from 9am to 1pm, and I can also work weekends during sales.

Rate: $8/hour. For long-term clients I offer a lower rate if you pay monthly by bank transfer or Payoneer directly — that way there is no platform fee for either of us, and it's simpler for your bookkeeping.

Tools I use every day: Shopify admin, DSers, CJdropshipping, Gorgias, Zendesk, Klaviyo, Canva for quick banner edits, Google Sheets for order tracking, and Loom for short screen videos when I need to explain something.

How I protect your store:
- I only work from a staff or collaborator account with the permissions you choose — I never ask for the owner login.
- I follow your refund policy exactly; anything unusual (chargebacks over $100, angry customers threatening a bad review) I send to you before acting.
- I keep a daily log in the sheet so you can see exactly what I did and when.

I have attached a sample weekly report and a product listing I did for a pet store. If you'd like a test task, I'm happy to upload three products from your supplier's link so you can judge my work before hiring.

Looking forward to hearing from you.
Best regards,
Hira""", P)

# clean
A(C, 'payment', "Today's summary: 42 orders processed, 3 refunds issued through Shopify Payments, 1 chargeback disputed with the tracking proof. All details in the sheet.", 'message', 'en', contract='active')
A(C, 'payment', "Customer asked if we accept PayPal and Klarna. I replied from the store inbox: yes to PayPal, Klarna is not enabled. Should I suggest you turn on Shop Pay Installments?", 'message', 'en', contract='active')
A(C, 'payment', "Meri rate $8 per hour hai, sab kuch Upwork ke through. Weekly hours ki limit aap khud set kar sakte hain.", P, U)
A(C, 'payment', "Milestone release ka shukriya Sir! Aaj raat se new collection ki uploading shuru kar deti hoon.", 'message', U, contract='active')
A(C, 'contact-sharing', "I updated the store footer with your support email, the business address for returns and the phone number from your brief. Please double-check the postcode.", 'message', 'en', contract='active')
A(C, 'contact-request', "A customer emailed asking for our phone number because her parcel is stuck in customs. I sent her the standard reply with the tracking link. Do you want me to share the support line?", 'message', 'en', contract='active')
A(C, 'contact-request', "The checkout asks for phone number as required. Many customers drop there. Kya isko optional kar doon? Shipping ke liye email kaafi hai.", 'message', U, contract='active')
A(C, 'account-sharing', "Please don't send me your password. If you prefer collaborator access, Shopify shows you a 4-digit request code under Settings > Users — send me that code here and I'll request access, then you approve it.", P)
A(C, 'account-sharing', "Sir maine staff account se login kiya, lekin 'Apps' section ki permission nahi hai. Aap Settings > Users mein mera access update kar dein.", 'message', U, contract='active')
A(C, 'account-sharing', "A customer wrote 'I can't log in to my account, the reset link never comes'. I sent the reset from admin and told her to check spam. Resolved.", 'message', 'en', contract='active')
A(C, 'feedback', "Judge.me review import done: 1,240 reviews moved from the old store. I didn't edit any, just fixed the product matching.", 'message', 'en', contract='active')
A(C, 'feedback', "A customer left a 1-star review because of late delivery. I drafted a polite public reply for you to approve — apologising and offering to help by email.", 'message', 'en', contract='active')
A(C, 'feedback', "Aap ke saath kaam karke bohat acha laga. Contract band karte waqt jo bhi honest feedback ho, zaroor dijiye ga.", 'message', U, contract='active')
A(C, 'off-platform', "The WhatsApp chat button on the store shows on desktop but not on mobile. It's the theme's app embed — I turned it on again.", 'message', 'en', contract='active')
A(C, 'off-platform', "I can set up your Klaviyo email flows and an SMS abandoned-cart message as well. Both are inside Klaviyo, so no extra app needed.", P)
A(C, 'harassment', "A customer sent an abusive message about the delay. I didn't reply in the same tone — I answered politely and flagged the chat for you. Screenshot attached.", 'message', 'en', contract='active')
A(C, 'harassment', "Mujhe maaf kijiye, kal ke orders mein ghalat size chala gaya. Maine supplier se baat kar li hai, replacement free mein jaye ga.", 'message', U, contract='active')
A(C, 'contact-sharing', "I'm a Shopify VA from Lahore with 4 years' experience. My Upwork portfolio has three store case studies with before/after screenshots.", P)

# allowed
A(AL, 'contact-sharing', "Store ka staff access dena ho to invite is email pe bhej dein: hira.store.access@outlook.com — yeh sirf Shopify access ke liye hai, baaki saari baat yahin Upwork pe.", P, U)
A(AL, 'contact-sharing', "For the Google Sheet with the order tracker, please share it with hira.va.sheets@gmail.com — only for the sheet, everything else here.", 'message', 'en', contract='active')
A(AL, 'contact-sharing', "Contract start ho gaya hai, emergency ke liye mera WhatsApp 0300 0000 214 hai. Payment sirf Upwork pe hi hogi.", 'message', U, contract='active')
A(AL, 'off-platform', "Since your company hires through Upwork Enterprise, I'm happy to continue the interview by email with your HR team as they asked.", 'message', 'en', client='enterprise')
A(AL, 'contact-request', "Now that the contract is active, may I have the supplier's contact email? I'll need it to chase the delayed shipments directly.", 'message', 'en', contract='active')
A(AL, 'contact-sharing', "NDA sign kar diya hai, us mein mera address aur CNIC ke last digits bhi hain jaise aap ki legal team ne kaha tha. PDF attach hai.", 'message', U)
A(AL, 'off-platform', "Contract is running now — sure, let's do a 15-minute Zoom so you can show me your order workflow on screen.", 'message', 'en', contract='active')
A(V, 'payment', "Payoneer direct ok?", contract='active')
