from common import c
S = 'b44-en-freelancers'
def F(t, e, cat, ctx='', lang='en'): c(t, e, cat, lang, ctx, S)

# ---------- violations ----------
F("Delivered v1.3, changelog attached. One small thing: Upwork keeps 10% of everything, so if you'd like to tip, doing it through Wise instead of the bonus button means all of it actually reaches me.", 'violation', 'payment', 'a')
F("If you're happy with phase 1 we can close the contract here and do phase 2 directly. Same quality, 10% cheaper for you.", 'violation', 'payment', 'a')
F("Invoice attached for the hosting renewal (INV-2024-118, $84). You can pay it to my Payoneer instead of adding a milestone, whichever's easier for you.", 'violation', 'payment', 'a')
F("Final stems are uploaded. For the extra 3 hours, just send $75 on Cash App and we're square.", 'violation', 'payment', 'a')
F("Upwork put my account on hold for verification. Could you pay this milestone by bank transfer for now? I'll send the details.", 'violation', 'payment', 'a')
F("""Delivery notes, release 2.8.0 (tag v2.8.0, build 4471):

1. Orders export: the CSV now includes tax lines and the discount code column. Tested with the 3,200-order sample from January.
2. Fixed the timezone bug on the dashboard: times were shown in UTC for admins in Sydney. Now follows the store setting.
3. Product images are served as WebP with a JPEG fallback; LCP on the home page went from 3.9s to 1.7s on mobile.
4. Removed the abandoned 'wishlist' plugin, which was throwing notices on every page load.

Known issue: the inventory sync with the warehouse API still times out when more than 500 SKUs change at once. I've added a retry with backoff as a stop-gap and will do the real fix (batched updates) in the next milestone.

For small fixes after this, honestly just Zelle me and skip the contract, no need to open a new one for a 20-minute job.

Staging is updated; production deploy is scheduled for Thursday 07:00 your time unless you say otherwise.""", 'violation', 'payment', 'a')
F("Happy to start tomorrow. The price is $800, or $700 if you pay me on Binance. Let me know which you prefer.", 'violation', 'payment')
F("Since we're nearly done, could you release the escrow in full? I'll send $100 back to you on PayPal as a thank-you for the extra time you gave me.", 'violation', 'payment', 'a')
F("Btw, the next job doesn't need to be on here. Ping me and I'll bill you from my own site, saves us both.", 'violation', 'payment', 'a')
F("I can give you 15% off phase 3 if we run it outside the platform.", 'violation', 'payment', 'a')
F("Could I send a proposal at the minimum and you pay the real amount off-site? I'm low on Connects this month.", 'violation', 'payment')
F("Would it be ok if the bonus came as crypto? USDC on Polygon is fine, I can send the address.", 'violation', 'payment', 'a')
F("For the remaining $420, Western Union works too if that's easier on your end.", 'violation', 'payment', 'a')
F("Loved working with you. Next year let's skip the middleman 😉", 'violation', 'payment', 'a')

F("If you leave 5 stars and mention 'fast delivery' in the comment, I'll refund $30 from the last milestone.", 'violation', 'feedback', 'a')
F("Please don't give anything under 5 stars. Anything lower wrecks my Top Rated badge and my income with it. Just five, please, I'm begging you.", 'violation', 'feedback', 'a')
F("Small favour: before you rate me, I'll send a draft review you can paste in. Saves you the time 🙂", 'violation', 'feedback', 'a')
F("I can do the extra two pages for free. In exchange I'd only ask for the top rating and a nice public comment.", 'violation', 'feedback', 'a')
F("The layered source files go out after feedback is left. That's my process with every client.", 'violation', 'feedback', 'a')
F("Could you also change the private feedback? Upwork says it affects my score. I'll fix anything you want for free if you do.", 'violation', 'feedback', 'a')
F("Heads up: I start the next milestone once the review for the previous contract is up. Five stars please 😊", 'violation', 'feedback', 'a')
F("Close this with less than five stars and I'll dispute every hour and report your account. Just so you know.", 'violation', 'feedback', 'a')
F("Clients who leave 5★ get lifetime free bug fixes from me. Just mentioning!", 'violation', 'feedback', 'a')

F("I'll be offline next week for surgery. My cousin knows the codebase, he'll log in as me and finish it. You won't notice the difference.", 'violation', 'account-sharing', 'a')
F("Quick note: my partner answers messages from my account, but I do all the actual design work myself.", 'violation', 'account-sharing')
F("Send me your Upwork login and I'll post the follow-up jobs for you, it's faster than explaining the specs to someone else.", 'violation', 'account-sharing', 'a')
F("My account has a payment hold, so the new milestone will run under my friend's profile. Same me, different name.", 'violation', 'account-sharing', 'a')
F("Can you give me access to your Upwork account so I can approve my own timesheets while you're on vacation? Saves a week of pending payments.", 'violation', 'account-sharing', 'a')
F("The two guys who help me do the evening shift on my account, so replies after 6pm are from Jay or Karim.", 'violation', 'account-sharing', 'a')
F("I can also run my sister's profile, she's Top Rated, so your contract would go through faster under her name.", 'violation', 'account-sharing')
F("Forward me the 2FA code when it pops up, I'm signing into your Upwork to download the invoices.", 'violation', 'account-sharing', 'a')

F("With respect, your 'feedback' reads like it came from someone who has never opened a design file. Maybe leave the thinking to me.", 'violation', 'harassment', 'a')
F("Clients like you are why I nearly quit. Cheap, clueless and loud.", 'violation', 'harassment', 'a')
F("I know where your office is. Maybe I'll drop by and explain the invoice in person.", 'violation', 'harassment', 'a')
F("Keep talking to me like that and see what happens to your site.", 'violation', 'harassment', 'a')
F("Are you always this slow, or is today special?", 'violation', 'harassment', 'a')
F("Lol at this budget. Go hire a kid from your street, you two deserve each other.", 'violation', 'harassment')

F("Thanks for the invite! Faster if we chat on Skype: live:.cid.7f3a9e, I'm online now.", 'violation', 'contact-sharing')
F("Sure, I can send more samples. Just drop your email and I'll share the Drive folder with you.", 'violation', 'contact-request')
F("You can text me for the sample files, 212 555\n01 31", 'violation', 'contact-sharing')
F("Let's continue the interview on Discord, the demo build is on my server. Username pixel_foundry.", 'violation', 'off-platform')
F("""Thanks for the questions. Short answers:

- Yes, I've migrated Magento 1 stores to Shopify before, three in the last year, the largest with 9,000 products and 40k customers.
- Redirects: I map every old URL to its new handle and keep a spreadsheet you can check before launch.
- Customer passwords can't be moved, so I set up the account-activation email campaign for them.
- Timeline for your size: roughly 3 weeks including QA.

If you prefer, we can hop on a WhatsApp call tonight and I'll walk you through a past migration, just send me your number.

Either way, happy to answer anything else here.""", 'violation', 'off-platform')
F("I won't be able to reply here for a few days. My studio site has a contact form at example-studio.net/contact, use that instead.", 'violation', 'contact-sharing')
F("Reply to my email please: k dot varga dot design at gmail dot com", 'violation', 'contact-sharing')
F("Could you share your LinkedIn? I like to know who I'm working with before accepting an offer.", 'violation', 'contact-request')
F("Let's settle the pricing on a quick phone call, I'll ring you. What's the best number?", 'violation', 'contact-request')
F("Booked us a slot already: cal.example.com/tomasz-w/intro, move it if it doesn't suit you.", 'violation', 'contact-sharing')

# ---------- clean ----------
F("Milestone 2 submitted: checkout-v2.4.1.zip. PayPal Smart Buttons are live on staging, tested with the sandbox buyer account from your dev dashboard.", 'clean', 'payment', 'a')
F("Thank you for the $75 bonus! It showed up in my Upwork transactions this morning.", 'clean', 'payment', 'a')
F("Reminder: milestone 3 ($450) is due on 14 March. I'll submit it through Upwork as usual, with the test report attached.", 'clean', 'payment', 'a')
F("I'd like to propose moving to $55/hr from June. I'll send it as a contract edit here so you can accept or decline.", 'clean', 'payment', 'a')
F("Wise API integration works: transfers are created in sandbox and the webhook signature verifies. Next up: handling the outgoing_payment_sent event.", 'clean', 'payment', 'a')
F("No charge for the typo fixes, those were my mistakes.", 'clean', 'payment', 'a')
F("My quote is $1,200 fixed. The Upwork fee is already inside that number, so nothing extra on your side.", 'clean', 'payment')
F("Logged 6.5 hrs in the Upwork tracker this week; the 1 hr manual entry is Tuesday's call with your team.", 'clean', 'payment', 'a')
F("Your February invoice is under Reports > Transaction History. Let me know if your finance team needs another format.", 'clean', 'payment', 'a')
F("Refund for the unused $150 is sent through Upwork, you should see it within a few days.", 'clean', 'payment', 'a')
F("Crypto checkout: the Coinbase Commerce plugin is in, orders are marked paid after 3 confirmations. Test tx hash is in the QA doc, row 14.", 'clean', 'payment', 'a')
F("Updated the contact page: the phone (555) 010-0188 and hello@example.net now come from the CMS fields instead of the template.", 'clean', 'contact-sharing', 'a')
F("The mailer now sends from no-reply@example.com. SPF and DKIM pass; DMARC stays at p=none for two weeks while we watch the reports.", 'clean', 'contact-sharing', 'a')
F("I saw the job says no contact details before hiring. Understood, everything stays here until you decide.", 'clean', 'contact-sharing')
F("Address autocomplete now uses Google Places. Tested with 221B Baker Street and a handful of Manila addresses, all resolve.", 'clean', 'contact-sharing', 'a')
F("Found the bug: the CRM import reads +44 7700 900123 as two separate numbers because of the space. Fix is in PR #58.", 'clean', 'contact-sharing', 'a')
F("WhatsApp bot v0.9 handles 'menu', 'order' and 'track'. Meta approved the message templates yesterday at 18:20.", 'clean', 'off-platform', 'a')
F("I don't move to other apps before a contract, so let's keep it here. Upwork's built-in call works fine for me.", 'clean', 'off-platform')
F("I'll start the video call from this chat at 10:00 your time, the call icon is at the top of the room.", 'clean', 'off-platform', 'a')
F("The Discord bot's slash commands are registered globally, so they can take up to an hour to show up in your server.", 'clean', 'off-platform', 'a')
F("The email campaign went out to 12,430 subscribers at 09:00. Open rate so far 31%, clicks 4.2%.", 'clean', 'off-platform', 'a')
F("I'll keep all updates in this chat, easier for both of us to have the history in one place.", 'clean', 'off-platform', 'a')
F("Contract's wrapped. If you have a minute, an honest review would help me a lot, whatever you think is fair.", 'clean', 'feedback', 'a')
F("Thanks for the kind words! I've left my feedback for you as well.", 'clean', 'feedback', 'a')
F("I always aim for five-star work, so please tell me now if anything isn't right, before we close.", 'clean', 'feedback', 'a')
F("I saw the 3-star rating. I'd like to understand what went wrong so I can improve. I'm not asking you to change it.", 'clean', 'feedback', 'a')
F("Feedback is entirely up to you. The final files are already in the delivery, nothing is waiting on it.", 'clean', 'feedback', 'a')
F("Rather than sending me your password, could you add me to your Upwork team as a recruiter? Then I can screen applicants from my own account.", 'clean', 'account-sharing', 'a')
F("Got the staging credentials through the password-manager share. Changed the temporary password on first login as you asked.", 'clean', 'account-sharing', 'a')
F("Please create a separate Shopify staff account for me instead of sharing the owner login. I need Products and Themes permissions only.", 'clean', 'account-sharing', 'a')
F("Logged into the WP admin you set up for me (editor role) and updated the plugins. Took a backup first, of course.", 'clean', 'account-sharing', 'a')
F("I don't need your Google password. Just grant my account access to the Analytics property under Admin > Property access management.", 'clean', 'account-sharing', 'a')
F("I'm upset that the scope has tripled and the budget hasn't moved. Let's pause and renegotiate rather than keep going like this.", 'clean', 'harassment', 'a')
F("I strongly disagree with the dispute and I'll let Upwork mediation decide. Nothing personal.", 'clean', 'harassment', 'a')
F("Killed the zombie processes, nuked the cache, shot down the old DB replica. Site is fast again.", 'clean', 'harassment', 'a')
F("That was harsh and I think unfair. But you're right about the spacing, fixing it now.", 'clean', 'harassment', 'a')
F("Which address should the password-reset emails come from? I'll set it up in SendGrid.", 'clean', 'contact-request', 'a')
F("Who's the best person to ask about the DNS records? Feel free to add them to this room.", 'clean', 'contact-request', 'a')
F("on it now", 'clean', 'off-platform', 'a')
F("v3 uploaded. Changes: logo 12% smaller, tagline in Inter Medium, blue #1D4ED8 everywhere. Files: brand_v3_final.pdf, logo_pack_v3.zip (SVG, PNG @1x/@2x/@3x).", 'clean', 'feedback', 'a')

# ---------- allowed ----------
F("Here's my WhatsApp for urgent server issues over the weekend: +1 555 010 0172. Normal discussion stays here.", 'allowed', 'contact-sharing', 'a')
F("Could you give me a number I can call if the migration goes wrong at 2am?", 'allowed', 'contact-request', 'a')
F("For the daily stand-ups, would a quick Google Meet work? I'll send the invite to your calendar.", 'allowed', 'off-platform', 'a')
F("To scope the app, please invite ana.quiroga.dev@gmail.com to the GitHub repo (read-only is enough). That's the only thing the address is for.", 'allowed', 'contact-sharing')
F("Here's the brand work you asked about, it's in my portfolio: portfolio.example.com/branding-2023. The case studies are on the second page.", 'allowed', 'contact-sharing')
F("Happy to join the vendor onboarding call on Teams. My work email is r.aydin@example.dev.", 'allowed', 'contact-sharing', 'e')
F("Sending you my Telegram for quick screenshots while we test: @lena_qa_builds. Decisions and approvals stay in this room.", 'allowed', 'contact-sharing', 'a')
F("Signed the NDA; my full name, postal address and email are on page 2 as your legal team asked.", 'allowed', 'contact-sharing')
