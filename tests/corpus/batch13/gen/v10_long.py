from common import c
c('evader','violation','contact-sharing','proposal', """Hi there,

I went through your job post about the multi-vendor marketplace (Laravel + Vue) and the three bullet points about the slow admin panel, the broken vendor payouts and the missing search filters. I've solved exactly these problems on two similar platforms, one selling handmade furniture and one for second-hand electronics.

Here's how I would approach it:
1. Admin panel: profile the N+1 queries with Laravel Telescope, add eager loading and move the heavy reports to queued jobs with a cached summary table. Usually this takes pages from 8-10s down to under 1s.
2. Vendor payouts: move the payout calculation to a single service class with unit tests, so refunds and partial shipments stop producing negative balances.
3. Search: Meilisearch with faceted filters (category, price range, vendor rating, shipping country), synced via model observers.

If you want to see screen recordings of both previous platforms, they're on my channel, just search my full name + "laravel" on the red video site, and my number is in the about section so you can ring me any time.

I'd split this into 3 milestones (one per problem) so you can test each part before paying for the next. I work UTC+2 and usually overlap with US mornings. I'm also comfortable writing documentation for your in-house team so they can maintain it after I'm done.

Best regards,
Stefan""")
c('newcomer','violation','contact-request','proposal', """Dear Client,

Good day! I hope you are doing well. I am writing to apply for your job "Virtual Assistant for Real Estate Office (Part-time)". I have read the description carefully and I believe I am a good fit.

About me: I have 2 years of experience as an office assistant at a property management company where I handled tenant emails, scheduled viewings in Google Calendar, updated listings on Zillow and Realtor.com, and prepared monthly rent reports in Google Sheets. I am also familiar with Canva for making simple flyers and social media posts for new listings.

What I can do for you:
- Manage your inbox and reply to leads within 1 hour during your business hours
- Keep your CRM (Follow Up Boss, kvCORE or similar) up to date
- Schedule showings and send reminders to buyers
- Create weekly listing posts

I am very reliable and I always communicate clearly. To make things faster, could you please give me your personal phone number or email so I can send you my full resume and a short introduction video? My internet is stable (fiber, with backup mobile data) and I can work US Eastern hours.

I am eager to learn your systems and processes. Thank you very much for your time and consideration. I hope to hear from you soon.

Respectfully,
Maria Santos""")
c('paydev','clean','payment','proposal', """Hi Oliver,

Your post mentions that your current PayPal integration double-charges some customers when they refresh the confirmation page, and that refunds are done by hand. Both are fixable without ripping everything out.

What I'd do:
- Replace the client-side capture with a server-side Orders v2 flow: create order on the server, approve on the client, capture on the server with a PayPal-Request-Id header so a retried capture is idempotent.
- Listen to PAYMENT.CAPTURE.COMPLETED, PAYMENT.CAPTURE.REFUNDED and CUSTOMER.DISPUTE.CREATED webhooks, verify them with the verify-webhook-signature endpoint and store every event before processing.
- Add a refund button in your admin that calls /v2/payments/captures/{id}/refund, with partial amounts and a reason field.
- Write a small report: orders vs captures vs refunds per day, so your accountant stops reconciling in Excel.

For Stripe users (you said ~30% of customers prefer cards) I can add Stripe Payment Element alongside PayPal, same order model.

Testing: PayPal sandbox buyer/seller accounts and Stripe test cards only; I won't touch live credentials until you've approved staging.

Estimate: 30-35 hours, split in two milestones (PayPal fix first, then Stripe). I'm happy to keep all discussion here and share progress as short screen recordings in the contract room.

Thanks,
Dmitri""")
c('agency','violation','off-platform','proposal', """Hello Rebecca,

Thank you for the invitation. Our agency (22 people, based in Kraków and Lisbon) has been building B2B SaaS dashboards for 8 years, and your project — a reporting portal for logistics partners with role-based access and exportable reports — is right in our sweet spot.

Proposed team:
• Project manager (also your main point of contact)
• Senior React/TypeScript developer
• Node.js/PostgreSQL backend developer
• UI/UX designer for the first 3 weeks
• QA engineer from week 4

Approach: a one-week discovery sprint where we map user roles, data sources and the 12 report types you listed; a clickable Figma prototype by the end of week 2; then two-week build sprints with a demo at the end of each.

To keep things moving, I'd suggest we continue this conversation over email and a short call with our CTO this week, before you pick an offer — Upwork messages get buried for us with so many projects. Just reply with a good address and time.

Tech choices (open to discussion): Next.js, tRPC, Postgres with row-level security, and a headless reporting library for charts. Hosting on your AWS account.

Rough estimate: 14-16 weeks, fixed price per sprint. References from two logistics clients available on request.

Kind regards,
Piotr — Delivery Lead""")
c('review','violation','feedback','proposal', """Hi! I'm a professional Amazon listing copywriter with 5 years of experience and 180+ listings written for brands in home & kitchen, pet and supplements.

For your 6 products I would:
- Do keyword research with Helium 10 (Cerebro + Magnet) and share the keyword map with you
- Write SEO titles within Amazon's 200-character limit, 5 bullet points focused on benefits, and a backend search terms field
- Write A+ content copy for the 3 main products
- Check everything against Amazon's style guide and restricted words list for your category

Timeline: 5 working days for all 6 listings, plus 2 rounds of revisions.

One condition I have for new clients: I deliver the last 2 listings only after you leave the 5-star feedback for the first part, because I had problems with clients disappearing. I hope you understand.

Please check the samples attached (before/after for a garlic press and a dog harness). Looking forward to working with you!

Best,
Hannah""")
c('smallbiz','clean','contact-sharing','message', """Hi Kevin, here's everything for the new website, sorry it's long!

Business name: Harbor Street Dental (please keep "Dental" not "Dentistry")
Address for the footer and the map: 44 Harbor Street, Suite 200, Portland, ME 04101
Phone for patients: (555) 014-2288 — this should be a click-to-call button on mobile
Fax (yes people still fax us): (555) 014-2289
Hours: Mon–Thu 8–5, Fri 8–1, closed weekends
Emergency line text: "For after-hours emergencies call the number above and follow the prompts"

Pages: Home, About Dr. Alvarez, Services (cleanings, fillings, crowns, whitening, Invisalign), New Patients (the PDF forms I attached), Insurance we accept, Contact.

For the contact form, please make it send to the front desk inbox, frontdesk@harborstreetdental.example — my office manager will check it. Fields: name, phone, email, preferred day, reason for visit.

Photos are in the zip. Please use the one of the waiting room on the home page, not the one with me in it 😄

Let me know if anything is missing. I'll check Upwork again tonight.""", role='client')
c('disgruntled','violation','harassment','message', """Ok, I've looked at the latest build. Let me list what's still broken: 1) the password reset email never arrives, 2) the admin can't export orders to CSV, 3) the product images are stretched on iPad, 4) the checkout total doesn't include shipping for Canadian addresses. These were all in the original spec, which you confirmed you read.

I've been patient for five weeks. I've answered every question within hours, I've sent you every asset you asked for twice. And every Friday it's the same story, "almost done, just testing".

At this point I'm convinced you're either a fraud or too dumb to do this job, and honestly people from your part of the world shouldn't be allowed to bid on projects like this. 

I need a realistic date for the four items above by tomorrow, and a written plan of how you'll test them before sending.""", role='client')
c('renter','violation','account-sharing','proposal', """Hello, I hope this message finds you well.

I am the team lead of a small group of developers (5 people) working mostly on WordPress, Shopify and React projects. We have completed more than 70 projects together and we pride ourselves on quick communication and clean code.

For your project (Shopify theme customization + 3 custom sections), here is the plan:
- Day 1-2: review your current theme and set up a duplicate for development
- Day 3-5: build the 3 custom sections with schema settings so you can edit them in the theme customizer
- Day 6: mobile testing on real devices and speed check
- Day 7: handover with a short video tutorial

Note: the profile you are seeing belongs to my friend, we share it because my own account is under review. The person you'll talk to and the one doing the work is me, so nothing changes for you.

Estimated cost: $650 fixed. We can also provide 30 days of free support after delivery.

Thanks for your time and I look forward to your reply!""")
c('renter','clean','account-sharing','message', """Hi, thanks for reaching out, but I'm going to pass on this one. Let me explain why, because I think you might not realise how it looks from my side.

You're asking me to open a second Upwork account with my name, pass the ID check, and then hand over the login so "your team" can bid on jobs. That means:
- I'd be lying to Upwork about who's doing the work,
- my identity would be attached to contracts I have nothing to do with,
- if anything goes wrong (a dispute, a scam, a tax question), it's my name on it.

That's not a business partnership, it's renting out my identity, and it's against the terms I agreed to. I also don't do interviews on behalf of other people or "sit in" on verification calls.

If you have an actual project — a Django API, data cleaning, whatever — I'm happy to quote for it and do it myself on a normal Upwork contract. Otherwise please don't message me about this again. I've flagged the message.""")
c('agency','clean','off-platform','proposal', """Hi Tom,

Thanks for the detailed brief on the WhatsApp ordering bot for your three restaurants. We've built similar flows for a pizza chain and a bakery franchise, so here's how our agency would run it:

Scope as we understand it:
• Customers message the restaurant's WhatsApp Business number, get a menu as an interactive list, pick items, choose pickup/delivery and pay with a Stripe payment link.
• Orders appear on a kitchen dashboard (tablet) and in a Google Sheet for the owner.
• Opening hours and sold-out items are managed from a small admin page.
• Order status updates ("being prepared", "ready for pickup") go back to the customer as template messages.

Team: one PM (me), one backend dev (Node.js, Cloud API), one frontend dev for the dashboard. Each has their own profile in our agency here, so you'll see who logged what hours.

Before a contract we'll keep everything in this Upwork thread; once started, if your managers prefer, we can set up a shared Slack channel for day-to-day questions, but milestones and payments stay on Upwork.

Timeline: 6 weeks. Budget estimate in the attached PDF, broken down per feature.

Best,
Leena — Project Coordinator""")
# very short
c('evader','violation','contact-request','message', "skype?")
c('newcomer','violation','contact-request','message', "ur wa pls")
c('review','clean','feedback','message', "thx!! 🙏")
c('disgruntled','clean','harassment','message', "Not ok. Fix it.", role='client')
c('evader','violation','contact-sharing','message', "tg: @mk_99")
c('smallbiz','clean','payment','message', "Funded ✅", role='client')
c('agency','allowed','contact-sharing','message', "Slack invite sent to the email in the contract 👍", contract='active')
c('paydev','clean','contact-sharing','message', "+1 in E.164 now")
c('renter','violation','account-sharing','message', "rent ur acc? $$", role='client')
c('newcomer','clean','off-platform','message', "Can we just keep talking here?")
