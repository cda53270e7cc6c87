# replacements applied by patch step: (file, old-prefix, new text)
LONG = [
("v06_toronto_cto.py", "Budget is $60/hr through the platform", """Thanks for the thoughtful proposal, it's the only one that actually asked about our reconciliation problem instead of pasting a generic cover letter.

Some context before we go further. We're a 12-person fintech in Toronto building a cash-management tool for small accounting firms. Stack: Django 4.2 + DRF, Postgres 15, Celery with Redis, React on the front, all on AWS (ECS Fargate, RDS, SQS). The part you'd own is the bank-feed ingestion: we pull transactions from Flinks and Plaid, normalise them, and run matching rules against invoices. Right now the matcher is a 1,400-line function nobody wants to touch, and it's O(n^2) on big firms.

What I'd want in the first month: a proper rules engine with tests, idempotent ingestion (we get duplicate webhooks), and metrics in Grafana so we can see match rates per firm. Code review by me, two PRs a week minimum, daily async standup in a thread.

Budget is $60/hr through the platform, or honestly $70/hr if you invoice our Canadian corp directly and we skip the middleman, your call. Around 25 hours a week for 3 months, likely longer.

If that works, tell me your availability for a technical chat this week and which of our problems you'd tackle first."""),
("v08_miami_medspa.py", "Let's hop on FaceTime real quick before I hire", """Hiii ok so I read ur proposal twice lol. Let me tell u about us so u know what ur getting into 😅 We're a small med spa in Coral Gables, 3 injectors, 2 estheticians and me running everything. We do Botox, fillers, hydrafacials, laser hair removal and we just started IV drips which nobody knows about yet. Our Instagram is stuck at 4k followers and honestly the content is all over the place, my front desk girl was posting when she had time.

What I need: 4 reels a week, 3 carousels, stories daily from the stuff we send u, and someone who understands we can't promise results bc the board is strict about medical claims. Also bilingual captions English and Spanish, half our clients are from Latin America.

Before I hire anybody I need to see ur face and hear ur voice, no offense, I got burned by a fake agency last year. So let's hop on FaceTime real quick tonight instead of this Upwork video thing that always freezes, then I'll send the offer here right after.

Budget is $1,200 a month to start, more if the bookings go up. Let me know!!"""),
("v09_istanbul_textile.py", "Dear, please give me your WhatsApp.", """Hello, thank you for your offer and for the nice examples of catalogs.

We are a family company, textile wholesale since 1994 in Merter, Istanbul. We sell fabric by meter and by roll: cotton poplin, linen, viscose, denim, and knitted fabrics. Our customers are boutique producers in Iraq, Azerbaijan, Georgia, Russia and some in Germany. Every season we have around 300 new articles and every article has 10 to 25 colours.

What we need: a digital catalog in English and Russian, with the composition, weight (gr/m2), width, minimum order and the colour cards. Later maybe also Arabic. We want to send it as PDF and also have it on our B2B website.

Please dear, give me your WhatsApp, I will send you there the photos of the fabrics and the price list, it is too many pictures for this site and my son is managing the photos from his phone.

If the sample pages are good we make a long cooperation, every season new catalog. Please tell me your price for 40 pages first as a test.

Best regards,
Murat"""),
("v10_bali_villas.py", "Upwork chat is not convenient for me", """Hello and thank you for applying. Let me explain the project more clearly because the job post was short.

We manage 14 private villas in Canggu, Seminyak and Ubud, from 1 bedroom honeymoon villas to 6 bedroom family villas with staff. Now all bookings come from Airbnb and Booking.com and they take 15 to 18 percent commission, so we want our own website with direct booking, calendar sync with both platforms (iCal or channel manager), payment by card and QRIS, and automatic emails to guests before arrival with the driver pickup details.

Also important: the website must be fast in Indonesia and Australia, many of our guests book from phone with slow connection in the villa area.

Upwork chat is not convenient for me because I am always moving between villas, I prefer we talk in the usual green one, and after we agree on everything I make the contract here. My staff will also join the group there.

Please tell me your estimate for the first version and how many weeks. Terima kasih!"""),
("v07_london_lettings.py", "Would you mind using our agency's Upwork login", """Morning! Thanks for getting back to me so quickly, you're the first applicant who's actually used letting agency software before, which is a relief.

So, a bit about what I'm after. We're a small independent lettings agency in Walthamstow, about 220 managed properties. We need someone three mornings a week to keep our listings fresh on Rightmove and Zoopla, chase references with Goodlord, log maintenance jobs into Fixflo and send the weekly landlord statements. British spelling and a friendly but firm tone with tenants are a must, some of our landlords are very particular.

I've posted two other roles as well (a bookkeeper and a social media person) and I'm drowning in applicants. Would you mind using our agency's Upwork login to reply to the other applicants for me? I'll send you the password tonight, I'm swamped with viewings all week.

If this all sounds alright, let me know your availability from the first of the month and we'll go from there. Cheers, Fernanda"""),
("v03_lagos_ui.py", "Good evening sir. Trust you are doing great.", "Good evening sir. Trust you are doing great. For easier follow-up you can reach me on w h a t s a p p: eight zero three, five five five, zero one six seven (+234). I look forward to hearing from you."),
("v01_lahore_wp.py", "We have integrated Stripe, PayPal Checkout", """Hello,

Thank you for the detailed job post, it is rare to see a client explain the payment flow so clearly.

You need a WooCommerce store for digital courses with one-time purchases, monthly subscriptions and a 7-day refund window. We have integrated Stripe, PayPal Checkout, Razorpay and 2Checkout into WooCommerce for 40+ stores, including subscription renewals, failed-payment retries and refund webhooks, so this is very familiar ground for us.

Our plan:
1. WooCommerce Subscriptions with Stripe as the main gateway and PayPal as a second option, both in sandbox first.
2. Webhooks for renewals and refunds logged to a custom table, so your accountant can reconcile every payout against the Stripe balance report.
3. Automatic course access through LearnDash when a payment succeeds, and removal when a subscription is cancelled.
4. Tax handling with the WooCommerce Tax extension for EU VAT.
5. A short Loom video for your team on issuing refunds from wp-admin.

Timeline is 3 weeks, fixed price $1,400 split into three Upwork milestones. Our agency has a 4.9 rating and we are happy to answer any questions here in the chat.

Regards,
Hamza"""),
("v05_cairo_odoo.py", "Your Odoo is using the PayPal and Stripe payment acquirers", """Dear Sir, I finished the review of your Odoo 16 database as agreed in the proposal. Summary below.

1. Payments: your Odoo is using the PayPal and Stripe payment acquirers on the website. For Egyptian customers I recommend adding Paymob as well, it supports cards, Meeza and mobile wallets like Vodafone Cash. The Stripe one has an old API key that expires next month, please renew it from your Stripe dashboard, I cannot and should not access it myself.
2. Accounting: 37 vendor bills are stuck in draft because the journal is locked. Your accountant should confirm before I unlock anything.
3. Customer reviews: the website rating module is enabled but nobody approves the reviews, 120 are pending. Some are spam with links, I suggest deleting them.
4. Users: there are 4 users sharing the login 'warehouse'. This is a security risk, each person should have his own user.
5. Email: outgoing mail server uses port 25, many mails go to spam. Moving to port 587 with TLS will fix it.

I can do points 1, 4 and 5 inside the current contract scope. Points 2 and 3 need your decision. Thank you."""),
]
