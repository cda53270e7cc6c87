SLUG, ROLE = "lahore-wp-agency", "freelancer"
ROWS = [
("V","cs","p","en","", """Dear Hiring Manager,

Greetings from Lahore! I am Hamza, business developer at a 9-person WordPress studio that has been building and rescuing WordPress and WooCommerce sites since 2016. I read your post about the slow membership site carefully, and honestly it sounds like a classic case of too many plugins fighting each other plus an overloaded shared host.

What we would do in the first week:
1. Full audit with Query Monitor and New Relic to find the slow hooks and heavy database queries.
2. Replace the bloated page builder sections on your top 10 landing pages with lightweight Gutenberg blocks.
3. Move the site to a proper managed host or a tuned VPS (your choice), with Redis object cache and Cloudflare in front.
4. Clean the wp_options autoload table, which on membership sites often grows past 5 MB.

Recent similar jobs: a LearnDash academy with 14k students (load time from 7.8s to 1.9s) and a MemberPress magazine with 40k members. Our project manager is very responsive, for faster updates just ping him on whatsapp zero three zero zero, five five five, zero one four two, he is online till 2am PKT. We give 30 days of free bug fixing after launch and a written handover document.

Looking forward to discussing the details.
Best regards,
Hamza"""),
("V","cs","m","ur-Latn","", "Sir meri team ka number note kar lein, 0300 555 01 42, wahan pe voice note bhej dein to jaldi samajh aa jata hai, yahan Upwork pe msg late milte hain"),
("V","cr","m","en","", "Thank you for the invite sir. Kindly share your skype or whats app so our project manager can take the requirements in detail before we send final quote."),
("V","cr","m","ur-Latn","", "Apka personal email mil jaye to hum mockups wahan bhej dete hain, yahan file size ka masla hai. Gmail ho to behtar"),
("V","op","m","en","", "Upwork chat is very laggy from Pakistan side honestly. Can we shift to the green app for coordination? Proposal we can keep here no problem."),
("V","op","p","en","", "Hi, we have done 60+ Elementor to Gutenberg migrations. Before you hire, it is better we jump on a quick Google Meet outside of here, just reply with your gmail and I will send the invite so we can finalise scope and price there. Thanks."),
("V","pay","m","en","a", "Sir milestone 2 is delivered. For the remaining milestones kindly send through Payoneer direct to our company account, Upwork is cutting 10% and for our small team it really hurts. I will share the details in next msg."),
("V","pay","m","ur-Latn","", "Agar aap bahar se payment kar dein to hum 15% discount de dein ge, Upwork ki fees dono taraf se bach jaye gi. Soch lein sir"),
("V","pay","p","en","", "Fixed price $650 for the full WooCommerce setup. For long term clients we also accept direct bank transfer to our company account, which saves both of us the platform cut. Timeline 10 working days."),
("V","fb","m","en","a", "Site is 100% ready on staging. As per our agency policy we push to the live server once you leave the 5 star feedback and close the contract. Hope you understand sir."),
("V","fb","m","en","", "One small request sir, if you can give 5 stars with a good comment we will add 3 months free maintenance, normally we charge $40 per month for that."),
("V","acc","m","en","a", "Update: our senior developer's Upwork got suspended last week so remaining work will be delivered from his cousin's profile. Please end this one and hire that profile instead, same team same quality, just different name."),
("V","acc","m","ur-Latn","", "Bhai apna Upwork account rent pe do ge? Har mahine 20k de dein ge, bids hum khud lagayen ge, tum ne bas ID verification ke waqt camera pe aana hai"),
("V","acc","m","en","", "Kindly share your upwork login, our team will send proposals for WordPress jobs from your account, you just keep 30% of every project. Many people are doing this."),
("V","har","m","en","", "With respect madam, people like you should not handle tech projects. Every day new requirement, this is why women clients are a headache for us."),
("V","har","m","ur-Latn","", "Tum jaise sastay clients ki wajah se market kharab hai. Dimagh kharab hai tumhara, $5 mein poori website chahiye? Sharam karo"),
("C","cs","p","en","", "I will set up Contact Form 7 so every enquiry goes to your office email, add a WhatsApp click-to-chat button in the header with your business number, and connect the form to your CRM. All configurable from wp-admin, no code needed."),
("C","cr","m","en","", "We will not ask for your email or phone number here, all coordination through Upwork messages is totally fine for us. Please just share the site URL and the staging access details after the contract starts."),
("C","op","m","en","", "We can do the walkthrough on the Upwork call feature itself, share a time that suits you in EST and I will start the call from this chat."),
("C","pay","m","en","a", "Payoneer withdrawal took 3 days this month, anyway that is on our side, not your issue. Milestone 2 invoice on Upwork is fine, thank you for releasing it quickly."),
("C","pay","m","ur-Latn","", "WooCommerce mein JazzCash aur Easypaisa gateway lagana hai? Haan ho jaye ga, official plugin hai, sandbox pe pehle test karein ge phir live."),
('C', 'pay', 'p', 'en', '', 'Hello,\n\nThank you for the detailed job post, it is rare to see a client explain the payment flow so clearly.\n\nYou need a WooCommerce store for digital courses with one-time purchases, monthly subscriptions and a 7-day refund window. We have integrated Stripe, PayPal Checkout, Razorpay and 2Checkout into WooCommerce for 40+ stores, including subscription renewals, failed-payment retries and refund webhooks, so this is very familiar ground for us.\n\nOur plan:\n1. WooCommerce Subscriptions with Stripe as the main gateway and PayPal as a second option, both in sandbox first.\n2. Webhooks for renewals and refunds logged to a custom table, so your accountant can reconcile every payout against the Stripe balance report.\n3. Automatic course access through LearnDash when a payment succeeds, and removal when a subscription is cancelled.\n4. Tax handling with the WooCommerce Tax extension for EU VAT.\n5. A short Loom video for your team on issuing refunds from wp-admin.\n\nTimeline is 3 weeks, fixed price $1,400 split into three Upwork milestones. Our agency has a 4.9 rating and we are happy to answer any questions here in the chat.\n\nRegards,\nHamza'),
("C","fb","m","en","a", "Honest feedback at the end would really help our agency, but please only if you feel we earned it. Either way it was a pleasure."),
("C","fb","m","en","", "A client last month threatened us with 1 star unless we built 4 extra pages for free. We reported it to Upwork support. Was that the right step or should we have just refunded?"),
("C","fb","p","en","", "Our agency holds a 4.9 rating from 120+ reviews; the two 4-star ones were about timelines and we changed our QA process after that. Happy to share what we learned."),
("C","acc","m","en","a", "Please do not send your WP admin password in chat. Create a separate Administrator user for me with my own email, and delete it after launch. Same for the hosting panel, add me as a team member."),
("C","acc","m","ur-Latn","", "Hamara account sirf company ke naam pe hai aur sab verified hai. Koi account rent pe lene ka offer bheje to hum seedha report karte hain."),
("C","har","m","en","a", "Frankly the theme you bought is badly coded, the page builder adds 4 MB of junk to every page. Not your fault at all, but we need to replace it or the speed will never improve."),
("C","har","m","en","", "Our dev absolutely killed it on the homepage, 98 on PageSpeed mobile. Attaching the before and after screenshots."),
("C","har","m","en","a", "I disagree with the decision to skip testing on Safari, and I want that on record. If it breaks on iPhones after launch, that will be billable as a new milestone."),
("A","cs","m","en","a", "Sir for urgent issues when the site is down, my number is 0300 555 0142, WhatsApp also on same. Otherwise we keep all updates here in the contract room."),
("A","cs","m","en","", "Our GitHub username is hamza-wpstudio-lhr, please add it to the theme repository so we can review the code before quoting."),
("A","cr","m","en","e", "Could you share your IT team's email so we can coordinate the DNS change and the SSL certificate with them directly?"),
("A","op","m","en","a", "Let's do the handover on Zoom tomorrow 4pm PKT, I will post the link here in the contract chat."),
("A","op","m","ur-Latn","a", "Kal Google Meet pe screen share kar lete hain taake aap ko WooCommerce dashboard samjha dun, link yahin chat mein bhej dun ga."),
("A","cs","p","en","", "Live examples of our recent WooCommerce builds are in our portfolio at lahorewpstudio.example.com/work, each with the before and after speed scores."),
]
