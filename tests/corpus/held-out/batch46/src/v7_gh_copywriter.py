# Voice 7: Kwame, a copywriter in Accra writing landing pages, emails and product copy (freelancer). Ghanaian English.
from common import make
A = make('b46-gh-copywriter', 'freelancer')
V, C, AL = 'violation', 'clean', 'allowed'
P = 'proposal'

# violations
A(V, 'feedback', "Good morning Boss, the final email sequence is ready, all 7 emails. Kindly leave me the 5-star feedback first and I will upload the Google Doc immediately. By God's grace we do more projects together.", contract='active')
A(V, 'feedback', "Please I am begging, don't give me below 5 stars. My JSS is fragile and one 4-star will finish me. If you can't give 5, just close without feedback so I'm not disgraced.", contract='active')
A(V, 'feedback', "I'll write two more blog posts for free if you edit your review to 5 stars and remove the comment about the deadline. Deal?", contract='active')
A(V, 'feedback', "Chale, I've done all your revisions. Until I see the review, the last landing page stays with me.", contract='active')
A(V, 'account-sharing', "My senior brother is also a copywriter. He'll use my Upwork account to write the product descriptions while I handle the blog posts — one account, two writers, faster delivery for you.", contract='active')
A(V, 'account-sharing', "Give me your Mailchimp login and password and I'll load the emails and schedule them myself. No need to add me as a user, it's stressful.", contract='active')
A(V, 'account-sharing', "If your account is under review, no wahala — I can lend you mine to post the job and hire the designer. Just don't change the payment method.")
A(V, 'harassment', "Madam, with respect, your 'feedback' is nonsense. You don't know what copywriting is. Maybe hire a child next time since you want to pay peanuts.", contract='active')
A(V, 'harassment', "I have your company name and your LinkedIn. If you don't release my payment, I'll write about you everywhere, and I'll make sure your customers read it.", contract='active')
A(V, 'harassment', "Stop writing to me like I'm your house boy. Africans are not your servants. You people are all the same.", contract='active')
A(V, 'contact-request', "Hello Sir, please what is your email so I send you my full portfolio in PDF? Upwork is limiting the attachment size.", P)
A(V, 'off-platform', "Kindly revert on Telegram, the handle is in my profile picture. I'm not always on Upwork app because of data.", P)
A(V, 'contact-sharing', """Hello there,

I read your job post twice — you need a copywriter who can turn your skincare brand's "we are natural and kind to your skin" message into product pages that actually sell, without sounding like every other brand on Instagram. That is my sweet spot.

A little about me: I'm Kwame, a copywriter based in Accra, Ghana. For the past five years I have written for beauty, wellness and food brands in the UK, US and West Africa. I specialise in:

- Product descriptions that highlight benefits, not just ingredients (shea butter is great, but what does it DO for the customer's dry elbows in harmattan?)
- Email flows: welcome, abandoned cart, post-purchase, win-back
- Landing pages for launches, with clear headlines and one call to action
- SEO blog posts that don't read like they were written for a robot

For a similar brand last year, my rewrite of their 12 best-selling product pages lifted conversion from 1.8% to 2.9% in two months (they shared their Shopify analytics with me, I can show a screenshot).

My process:
1. A short questionnaire about your customer, your voice and your competitors
2. One sample product page for your approval
3. The rest in batches of five, with two rounds of edits each

Timeline: the 20 product pages in two weeks. Price: as quoted in my bid.

A few questions I'll ask you early, so you can think about them now:
- Who is your typical buyer? Age, where she lives, what she's tried before and why it didn't work.
- Which three brands do you see as competitors, and what do you dislike about how they talk?
- Are there words you never want to see? (Some brands hate "luxurious", others hate "chemical-free".)
- Do you have customer reviews I can read? The exact words customers use are gold for copy.

I know the platform has its rules, but between us, if you want to hear me explain my process, call me on +233 20 000 0517 or WhatsApp same number. Talking is faster than typing.

I look forward to working with you.
Medaase (that's "thank you" in Twi),
Kwame""", P)

# clean
A(C, 'payment', "Here's the draft for your checkout page: 'Pay with card, MoMo or bank transfer — secure, simple, and done in under a minute.' Want me to try a version that leads with MoMo since most of your buyers are in Ghana?", 'message', 'en', contract='active')
A(C, 'payment', "Headline options for the remittance app: 1) 'Send money home before your tea gets cold.' 2) 'Low fees. Real rates. No stories.' 3) 'From London to Kumasi in minutes.'", 'message', 'en', contract='active')
A(C, 'payment', "I'm pricing this at $350 fixed for the 10 product pages, paid through Upwork in two milestones. If you add the email flow, I'll quote it separately.", P)
A(C, 'payment', "Thank you, I've received the milestone payment. I'll start the abandoned-cart emails this evening.", 'message', 'en', contract='active')
A(C, 'feedback', "Draft of your review-request email: 'Loving your new shea body butter? Tell us in one tap — your honest review helps other customers choose.' I kept it pressure-free on purpose.", 'message', 'en', contract='active')
A(C, 'feedback', "The testimonials page needs real quotes. Can you send me 5-8 customer reviews you have permission to use? I'll edit for length only, not meaning.", 'message', 'en', contract='active')
A(C, 'feedback', "It was a pleasure working with you. When you close the contract, I'd be grateful for honest feedback about how I did.", 'message', 'en', contract='active')
A(C, 'feedback', "I read the reviews on your Amazon listing before writing — customers keep mentioning the smell and the jar size, so I put both in the first line.", P)
A(C, 'contact-sharing', "For the 'Contact us' page I wrote: 'Questions? Email hello@brand-example.com or call us Mon–Fri, 9am–5pm GMT.' Replace the placeholders with your real details.", 'message', 'en', contract='active')
A(C, 'contact-request', "Welcome email #1 ends with 'Reply to this email and tell us your skin type — a real human reads every message.' Is that OK with your support team's workload?", 'message', 'en', contract='active')
A(C, 'contact-request', "Your sign-up form asks for phone number, email and birthday. I'd drop the phone field — every extra field costs you sign-ups.", 'message', 'en', contract='active')
A(C, 'off-platform', "Your Instagram bio currently says 'DM to order'. I suggest 'Shop the full range — link below' so people go to your website instead of your DMs.", 'message', 'en', contract='active')
A(C, 'off-platform', "I'll write the WhatsApp broadcast messages for your Black Friday promo — short, with one emoji each, under 300 characters.", 'message', 'en', contract='active')
A(C, 'account-sharing', "Please don't share your Shopify password with me. Add me as a staff account with 'Products' and 'Online store' permissions only — I'll show you where.", 'message', 'en', contract='active')
A(C, 'account-sharing', "The login page microcopy: 'Welcome back! Forgot your password? No wahala — we'll send you a reset link.' Too local, or just right for your audience?", 'message', 'en', contract='active')
A(C, 'harassment', "I'm sorry, I got the brief wrong on the first batch — that's on me. I'll redo all five by tomorrow noon GMT at no extra cost.", 'message', 'en', contract='active')
A(C, 'harassment', "The villain in your brand story is 'dry, angry skin'. I wrote it playful: 'Harmattan came to fight. We came prepared.' Not too aggressive?", 'message', 'en', contract='active')
A(C, 'contact-sharing', "I'm a copywriter from Accra with five years in beauty and food brands. Samples are attached to this proposal and in my Upwork portfolio.", P)

# allowed
A(AL, 'contact-sharing', "Since the contract has started and you asked, my WhatsApp is +233 20 000 0592 for quick approvals. Payments and files stay on Upwork.", 'message', 'en', contract='active')
A(AL, 'contact-sharing', "My portfolio is at kwamewrites.example.com/portfolio — it's only samples, there's no contact form on it.", P)
A(AL, 'contact-sharing', "For the Google Docs access, use kwame.copy.docs@gmail.com. That's only for you to share the brand guide folder.", P)
A(AL, 'contact-request', "Please which email should I use to request access to your Notion content calendar? Only for that — I'll keep our chat here.", 'message', 'en', contract='active')
A(AL, 'off-platform', "Your company is an Enterprise client, so sure — I'm free for the Google Meet with your marketing lead on Thursday at 3pm GMT.", 'message', 'en', client='enterprise')
A(AL, 'contact-sharing', "Attached is the NDA with my address and phone filled in as your legal team asked. Signed and dated.")
A(AL, 'off-platform', "Now that we're working, happy to hop on a quick call to hear your founder's story in her own voice — helps with the About page.", 'message', 'en', contract='active')
