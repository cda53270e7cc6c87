from common import c
S = 'b44-en-clients'
def C(t, e, cat, ctx='', lang='en'): c(t, e, cat, lang, ctx, S)

# ---------- violations ----------
C("Quick one: the extra landing page wasn't in scope and I'd rather not open another milestone for it. I can Zelle you $150 tonight, that way neither of us eats the fee. Cool?", 'violation', 'payment', 'ac')
C("Great work on v2. Once you mark the last milestone complete, let's close this contract and I'll send the remaining $600 straight to your bank. My accountant hates the service fee line.", 'violation', 'payment', 'ac')
C("For the retainer next month, could you just invoice my company directly? Same rate, we skip Upwork's cut and I'll bump you 5%.", 'violation', 'payment', 'ac')
C("bonus is coming but not through here lol. what's your paypal", 'violation', 'payment', 'ac')
C("Before I send the offer: would you take USDT for this one? Our finance side is set up for crypto and it saves everyone the 10%.", 'violation', 'payment', 'c')
C("""Weekly check-in, week 6:
- Blog calendar for May approved, thanks for the quick turnaround.
- The two pillar pages need one more pass on internal links (see comments in the doc, mostly the pricing and onboarding sections).
- Keyword sheet v4 looks good. I removed the terms we already rank top 3 for.
- The Spanish versions of the three product pages: I decided to go ahead with them. Since it's a small add-on I'll pay that part via Wise so it doesn't clutter the contract, just tell me the amount.
- Next Tuesday's call moves to 11:00 my time because of the board meeting.
Thanks again, this has been the smoothest content engagement we've had.""", 'violation', 'payment', 'ac')
C("Can you refund the $300 through PayPal instead of Upwork? It's faster for me, and I'll leave the contract open so your stats don't take a hit.", 'violation', 'payment', 'ac')
C("End the contract today pls. I'll hand you the rest in cash when you drop off the prints on Thursday.", 'violation', 'payment', 'ac')
C("My CFO asked whether you'd accept a wire for milestones 3 and 4 instead. We'd mark this one complete and carry on the same way, just without the platform.", 'violation', 'payment', 'ac')
C("Sent the $50 bonus here. The real thank-you is coming on Venmo 😉", 'violation', 'payment', 'ac')
C("Let's pause the contract at 10 hrs and track the rest in a spreadsheet. I'll settle it monthly by bank transfer.", 'violation', 'payment', 'ac')
C("If you drop the Upwork part I can go to $40/hr. Deal?", 'violation', 'payment', 'c')
C("The fee thing is killing my budget. For the next phase just send me a Payoneer payment request directly, we'll keep chatting in here for the record.", 'violation', 'payment', 'ac')
C("Honestly the easiest: instead of adding funds for the extra revisions I'll buy you a $400 Amazon gift card. Same value, less hassle.", 'violation', 'payment', 'ac')
C("Milestone 2 approved ✅ For milestone 3 my business partner will pay you personally, he doesn't have an Upwork account and doesn't want one.", 'violation', 'payment', 'ac')

C("Do the two extra banner sizes at no charge and you'll get five stars. Otherwise I'll have to be very honest in my review about the delays.", 'violation', 'feedback', 'ac')
C("I'm not leaving feedback until the checkout page is fixed too, and yes, I know it wasn't in the original scope. Your call.", 'violation', 'feedback', 'ac')
C("Refund half and I'll leave a neutral review instead of the one star this deserves.", 'violation', 'feedback', 'ac')
C("Remember your JSS is in my hands. A few unpaid tweaks is a small price.", 'violation', 'feedback', 'ac')
C("I'll close this with 5 stars if you waive the last $200.", 'violation', 'feedback', 'ac')
C("I hire a lot on here. The people who give me a friends-and-family discount tend to get glowing reviews from me, just saying.", 'violation', 'feedback', 'c')
C("If the logo isn't redone for free by Monday, every future client of yours will read exactly what I think of it.", 'violation', 'feedback', 'ac')
C("Deal proposal: you write the review text for yourself, I post it word for word, and you take 10% off the final invoice.", 'violation', 'feedback', 'ac')

C("Can you log into my Upwork client account and post the next three job listings? Password's in the doc I shared with you. You know the wording better than I do anyway.", 'violation', 'account-sharing', 'ac')
C("Since you're travelling, can your brother just log in as you and push the last batch? I don't mind who does it as long as it's done by Friday.", 'violation', 'account-sharing', 'ac')
C("Just approve milestone 4 yourself, I'll text you my login. I'm stuck at the airport with no laptop.", 'violation', 'account-sharing', 'ac')
C("Before we start: you'd be working under my agency's freelancer profile, I'll give you the login. Your own account stays out of it.", 'violation', 'account-sharing', 'c')
C("Our previous freelancer's account still has the whole contract history. Could you sign in with her details so the end client sees continuity?", 'violation', 'account-sharing', 'ac')
C("Could you take the ID verification video for me? You'd only need to be on camera for two minutes holding my passport.", 'violation', 'account-sharing', 'ac')
C("Just message the other freelancers from my account, quicker than me relaying everything. Username is my email, password Sunflower!2024", 'violation', 'account-sharing', 'ac')

C("I've had interns produce better work in an afternoon. Honestly I'm embarrassed I hired you.", 'violation', 'harassment', 'ac')
C("People from your part of the world always promise the moon and deliver this. Should have known.", 'violation', 'harassment', 'ac')
C("Do you even understand English or do I need to draw you a picture?", 'violation', 'harassment', 'ac')
C("Keep ignoring my messages and I'll find out where you live. I'm not joking.", 'violation', 'harassment', 'ac')
C("You're useless. Stop wasting my time with these pathetic excuses.", 'violation', 'harassment', 'ac')
C("Send me a photo of yourself, I like to know who I'm paying 😏 something less formal than the profile pic.", 'violation', 'harassment', 'ac')
C("Your rate is a joke and so is your portfolio. Women in backend rarely impress me anyway.", 'violation', 'harassment', 'c')

C("Thanks for the proposal, it's the best one so far. Easier to go over the details on my cell,\n555-01\n62. Text first please.", 'violation', 'contact-sharing', 'c')
C("Loved the samples. What's your WhatsApp? I'll send the brief there.", 'violation', 'contact-request', 'c')
C("Interview this week? I'd rather skip the Upwork chat and do it on my own Google Meet, just send me your gmail and I'll invite you.", 'violation', 'off-platform', 'c')
C("I barely check Upwork. Reach me at dana.holloway.ops at outlook dot com and we'll sort out the offer.", 'violation', 'contact-sharing', 'c')
C("Let's move this to Telegram, I'm @ridge_hires there. Upwork notifications never reach me on time.", 'violation', 'off-platform', 'c')
C("Which email do you use outside of here? I'd like to cc you on a thread with my co-founder before deciding.", 'violation', 'contact-request', 'c')
C("""Thanks for the detailed questions, that already puts you ahead of the other applicants.

To answer them: the shop runs on WooCommerce 8, about 1,400 SKUs, and the slow part is the product filter on category pages (8-12 seconds on mobile). Hosting is a managed VPS, I can share the specs once we start. Budget is flexible for the right person; I care more about the fix lasting than about the hourly rate.

Easiest is if you grab a slot on my calendar, cal.example.com/jess-ortiz/15min, and we go through the rest live.

If it turns out you need a staging copy to quote properly, I'll arrange that after we agree on the first milestone.""", 'violation', 'contact-sharing', 'c')
C("Good profile. Before I send the offer, give me a ring: oh two oh, seven nine four six, oh one three eight. UK hours please.", 'violation', 'contact-sharing', 'c')

# ---------- clean ----------
C("Approved milestone 3 and added a $120 bonus through Upwork for the weekend push. Thank you!", 'clean', 'payment', 'ac')
C("Invoice for March came through Upwork fine. Our finance team just needs your VAT number on it. Can you add it in your Upwork tax settings so it shows on the next one?", 'clean', 'payment', 'ac')
C("Can we split the remaining $900 into two milestones? I'd rather fund the second one after the QA pass.", 'clean', 'payment', 'ac')
C("The PayPal sandbox returns INSTRUMENT_DECLINED for the test card. Can you check the checkout integration is sending EUR and not USD?", 'clean', 'payment', 'ac')
C("We moved the Stripe webhooks to the new endpoint yesterday at 16:40 CET. Please retest refunds and partial captures before you submit the milestone.", 'clean', 'payment', 'ac')
C("Budget is $2,500 fixed, paid through Upwork milestones. I'm fine funding 30% into escrow on day one.", 'clean', 'payment', 'c')
C("I know the Upwork fee comes out of your side. If you need to adjust the rate for phase 2, propose it as a contract change and I'll look at it.", 'clean', 'payment', 'ac')
C("I've asked for the unused $200 in escrow back through Upwork, as we agreed on Tuesday. No hard feelings, the scope just shrank.", 'clean', 'payment', 'ac')
C("Weekly limit raised to 25 hrs. Please track in the desktop app so we don't end up with lots of manual time.", 'clean', 'payment', 'ac')
C("The task is the Wise payout report: the CSV export from their API has to map to our ledger columns. Sample attached, payouts_march_v3.csv, 212 rows.", 'clean', 'payment', 'ac')
C("Paid! Check your Upwork transactions. The board loved the cash-flow dashboard.", 'clean', 'payment', 'ac')
C("Change the footer email to support@example.com and the phone to +1 555-0147. The old ones are from the 2019 site and nobody answers them.", 'clean', 'contact-sharing', 'ac')
C("The store page needs our shop address (14 Elm Street, Springfield) and opening hours under the map. Copy is in brief_v2.docx, section 4.", 'clean', 'contact-sharing', 'ac')
C("The contact form on staging sends to the wrong inbox. It should go to orders@example.org, not info@. Can you fix it before Friday's demo?", 'clean', 'contact-sharing', 'ac')
C("Please don't send contact details before the offer, Upwork flagged my last hire for that. We'll keep everything in this thread.", 'clean', 'contact-sharing', 'c')
C("Make the click-to-chat button read our WhatsApp Business number from the settings page, not hard-coded in the theme.", 'clean', 'off-platform', 'ac')
C("Let's do a quick video call. I'll start it from the Upwork message room so it's on record. 3pm EST?", 'clean', 'off-platform', 'ac')
C("I'd like a 15-minute call before hiring. I'll schedule it with the call button here in Upwork, you don't need to share anything.", 'clean', 'off-platform', 'c')
C("The Telegram bot should answer /status with the order number and ETA. Right now it echoes the whole JSON payload back.", 'clean', 'off-platform', 'ac')
C("Slack integration: when a new lead lands in HubSpot, post it to #sales-alerts. The token is in our vault; your team role already has access.", 'clean', 'off-platform', 'ac')
C("We sell mostly through Instagram and WhatsApp, so experience with the WhatsApp Business API is a must. Could you describe a bot you've built with it?", 'clean', 'off-platform', 'c')
C("I'll leave honest feedback when we close. So far you're on track for a very good one.", 'clean', 'feedback', 'ac')
C("Ending the contract now. Feedback is in: I mentioned the missed deadline, and also how well you handled the data migration.", 'clean', 'feedback', 'ac')
C("No pressure to rate me back, but if you do, I'd love a note on how clear my briefs were.", 'clean', 'feedback', 'ac')
C("I gave 4 stars. Communication was excellent; the delay in week two cost us a launch date. I'd still hire you again.", 'clean', 'feedback', 'ac')
C("I've added you to our Upwork team with hiring permissions, so you can post the QA job under our company yourself. No need for my password.", 'clean', 'account-sharing', 'ac')
C("Staging login is in the 1Password vault I shared with you. Please don't paste it into the chat.", 'clean', 'account-sharing', 'ac')
C("Created a WordPress editor account for you on staging.example.com, user dev-guest. The reset link to set your own password should be in your inbox.", 'clean', 'account-sharing', 'ac')
C("Please don't use the AWS root login, I've made you an IAM user with access to the two S3 buckets only.", 'clean', 'account-sharing', 'ac')
C("This is the third time the export breaks. I'm frustrated, and I need a clear plan by tomorrow or I'll open a dispute.", 'clean', 'harassment', 'ac')
C("Not what we agreed. The brief said navy, this is teal. Please redo it, I'm not paying for teal.", 'clean', 'harassment', 'ac')
C("Honestly disappointed. Two deadlines missed without a word. If it happens again I'll end the contract.", 'clean', 'harassment', 'ac')
C("Kill the old cron job and shoot me a note once it's dead.", 'clean', 'harassment', 'ac')
C("What's your time zone, and when are you usually online? I want to plan the handover call around you.", 'clean', 'contact-request', 'ac')
C("Do you need a test inbox for the signup flow? Use qa1@example.com, it's one of our shared QA addresses.", 'clean', 'contact-request', 'ac')
C("Got it, thanks!", 'clean', 'feedback', 'ac')
C("Approved. Releasing payment now.", 'clean', 'payment', 'ac')

# ---------- allowed ----------
C("Here's my cell for launch day in case Upwork messages lag: (555) 010-1199. Call only if the store is down.", 'allowed', 'contact-sharing', 'ac')
C("Could you send me your phone number? I'd like you in our on-call rotation for the weekend deploy.", 'allowed', 'contact-request', 'ac')
C("Can we jump on WhatsApp for the shop-floor walkthrough? Much easier to send you videos from my phone while I walk around.", 'allowed', 'off-platform', 'ac')
C("We're on an Enterprise plan, so procurement will email you the vendor forms. Send your work email and I'll set up a Teams interview for Thursday.", 'allowed', 'contact-request', 'ec')
C("To look at our Jira backlog before you quote, tell me which email to invite. It's for access only and I'll remove it if we don't go ahead.", 'allowed', 'contact-request', 'c')
C("Our legal team needs the NDA signed before they release the dataset. Fill in your full name, postal address and email in the signing form, that's the only way they'll hand over the files.", 'allowed', 'contact-request', 'c')
C("My email for the weekly report: m.castellanos.ops@proton.me. Keep the discussion in here, just send the PDF there too.", 'allowed', 'contact-sharing', 'ac')
C("From now on let's do the sprint reviews on Google Meet, our designers aren't on Upwork. The link will be in the calendar invite.", 'allowed', 'off-platform', 'ac')
