from common import make
V, C, A = make("voice-toprated")
CL = "client"; ACT = "active"; P = "proposal"

# ---------- violations ----------
V("""Hi,

Let me save you some time. You'll get 60 proposals on this job, and 55 of them will say "I have read your job description carefully". I actually did. You need a Laravel 10 upgrade on an app that's still on PHP 7.4, and your queue workers are dying silently. I've done exactly this migration eleven times, the last one for a logistics company with 2M jobs a day.

My process: one day of audit (you get a written report whether or not you hire me for the rest), then the upgrade in small PRs, each one deployable on its own. No big-bang merges. No "it works on my machine".

Rate is $95/h, or fixed-price if you prefer. If you'd rather skip the Upwork tax on the bigger phase, I invoice directly too — same work, 10% cheaper for both of us. Your call, I won't be offended either way ;)

Top Rated Plus, 100% JSS, 9 years on here. I don't do test tasks.

— Daniel""", "payment", surf=P)
V("""Hello,

You want a Webflow site that doesn't look like a Webflow template. Good. Neither do I.

Quick facts: 140+ sites, mostly B2B SaaS, mostly people who came back for a second one. Your current site's LCP is 5.8s on mobile, which is why your paid traffic bounces. That's fixable in a week.

Full case studies with before/after numbers are on my own site, marta-builds.example — there's a contact form at the bottom if you want to chat before committing to anything here. I answer those faster than Upwork notifications, honestly.

Price range for what you describe: $4–6k. Happy to break it down.

Marta""", "contact-sharing", surf=P)
V("I don't do Upwork chat. It's 2025 and this interface still loses half my messages. Let's talk like adults on a proper call, somewhere that doesn't drop every five minutes. Suggest a time.", "off-platform")
V("Before I bother writing a real proposal: what's your email? I send a one-page scope doc to serious clients only, and I'm not pasting it into this box.", "contact-request", surf=P)
V("Here's the deal. The final export is sitting on my drive, ready. You get it the minute the 5-star review goes up. Not before. I've been burned enough times to stop apologising for this.", "feedback", contract=ACT)
V("I'll knock $150 off the final milestone if the public review is five stars and mentions \"communication\". Call it a loyalty discount.", "feedback", contract=ACT)
V("I've explained this three times now. I'll use smaller words: the button is blue because YOU asked for blue. Maybe have someone who can read look over your specs next time.", "harassment", contract=ACT)
V("No offence, but clients from your part of the world always want Ferrari work for bicycle money. I'll pass.", "harassment")
V("Heads up so you're not confused: my assistant runs my account on weekdays. She'll be the one replying from my login, so if the tone changes, that's why. I'll jump in for the technical stuff.", "account-sharing")
V("Simplest fix for the broken job post: send me your Upwork login and I'll repost it properly myself. Two minutes, and you won't have to fight the form again.", "account-sharing")
V("I keep a standing Tuesday slot for discovery calls. Tell me what time works and I'll send an invite — not the Upwork kind, the kind that actually connects.", "off-platform")
V("""Hi there,

Short version: yes, I can build the Rails admin you described, and no, it won't take the "2 weeks" your last developer promised. More like 5.

Why trust me? 11 years of Rails, Top Rated Plus, clients who'll vouch for me. I won't paste my contact details here because Upwork gets twitchy about that, but if you google my full name plus "Rails consultant Leeds", the first result has everything you need to reach me directly.

Estimate attached as a PDF. Read it, argue with it, I like that.

— Tom""", "contact-sharing", surf=P)
V("Tell you what. Pay the first milestone here so Upwork's happy, and we sort out the rest between us. Saves us both a chunk.", "payment")
V("For the monthly retainer part, I'd suggest we handle that... outside the system, let's say. You know what I mean. Makes the numbers much nicer for you.", "payment")
V("Leave that review and I'll make sure every dev in the Laravel community knows exactly how you treat contractors. Try me.", "harassment", contract=ACT)
V("""Hi,

Three things you should know before you hire anyone for this:
1. Your Stripe webhooks aren't idempotent, which is why customers get double-charged on retries.
2. You're storing card fingerprints in plain text in a log table. Fix that this week.
3. The job doesn't need a "full rewrite". It needs about 30 hours.

I've done payments work for 8 years — Stripe, Adyen, Braintree — and I'm blunt because it saves you money. Recommendations from my last four CTOs are on my LinkedIn (linkedin.com/in/tkowalczyk-payments), go read them, they're embarrassingly nice.

$110/h, I start Monday.""", "contact-sharing", surf=P)
V("Whoever is actually making the decision here — your CTO? — I'd rather speak to them directly. Drop their number and I'll ring this afternoon.", "contact-request")
V("Fine, you win, I'll do the extra pages. But if they're free, the review had better reflect how generous I'm being. Five stars and a paragraph, that's the price.", "feedback", contract=ACT)

# ---------- clean (hard) ----------
C("""Hi,

House rules first, because they save us both trouble: everything stays on Upwork. Chat, files, calls, payments. I've watched too many freelancers take a "let's just use PayPal, it's easier" offer and lose a 10-year account over it. Not me.

Now the job. You need a Shopify Plus checkout extension that applies B2B price lists by customer tag. I built the same thing for a wholesale coffee brand in March (it's in my Upwork portfolio, second item). It took 34 hours; yours looks a bit smaller.

Fixed price $2,800, three milestones. I'll send the breakdown as a PDF attachment here.

Daniel""", "payment", surf=P)
C("""Hello,

Payments integrations are 80% of what I do. In the last two years: PayPal Checkout and Braintree vaulting for a ticketing app, Stripe Connect with Express accounts for a tutoring marketplace, Wise Platform API for cross-border payouts to 40 countries, and a Payoneer mass-payout export for a staffing agency.

What I'd do for you: replace the hand-rolled PayPal IPN listener (deprecated, and your logs show it missing ~2% of notifications) with webhooks plus a reconciliation job that runs nightly.

I'm not cheap ($105/h) and I'm not fast on purpose. Payment code should be boring.""", "payment", surf=P)
C("I'll be blunt: the spec contradicts itself in three places (sections 2.1, 4.3 and 7). I'm not starting until we resolve those, because building on top of that will cost you more than my rate.", "harassment")
C("No, I won't 'verify my identity' on your Telegram. No, I won't install AnyDesk so your 'HR team' can check my machine. If this is a real job, send an offer through Upwork like everyone else. Reported.", "off-platform")
C("Contract's wrapped. If you've got a minute, leave whatever feedback actually reflects the work. I read every one, and I'd rather hear the criticism than a polite 5.", "feedback", contract=ACT)
C("""You'll notice my JSS dipped to 89% last spring. Short story: a client wanted to move the whole project off Upwork to "save fees", I said no, he ended the contract early with a 2-star. I'd do it again. It's back to 100% now.

Anyway — your React Native app. The crash on Android 14 is the foreground service permission. I can fix it today.""", "off-platform", surf=P)
C("I've written 200+ email sequences for SaaS companies: onboarding drips, dunning emails, win-back campaigns. Mostly in Customer.io and Klaviyo. Average open rate across last year's clients: 48%. I'll audit your current welcome series for free in the proposal stage — paste the copy here.", "contact-sharing", surf=P)
C("Your job post asks applicants to email CVs to an outside address. Friendly heads up: Upwork tends to pull posts like that, and you'll mostly attract the wrong crowd. I'm applying here, the normal way.", "contact-request", surf=P)
C("v3.2.0 ships Friday 14:00 UTC; the hotfix branch is release/3.2.1. Phone parsing now goes through libphonenumber, so inputs like +44 20 7946 0958 and (312) 555-0142 both normalise to E.164 before they hit the CRM.", "contact-sharing", contract=ACT)
C("Don't send me your password. Seriously. Add me to your team with the developer role and I'll take it from there — that's what the permissions screen is for.", "account-sharing", contract=ACT)
C("I'm going to be annoying about this: I don't start without a funded milestone. Not because I think you're a crook, but because I've been doing this for 11 years and the one time I skipped it, I ate $3k.", "payment")
C("If you want a video call, there's a button for that right at the top of this chat. Click it Thursday at 3 and I'll pick up.", "off-platform")
C("My last client called me \"the most stubborn developer he's ever hired\" in his review. He also gave me 5 stars and rehired me twice. I'll take both.", "feedback", surf=P)
C("Your competitor has that green WhatsApp chat bubble in the corner of every page. I can add the same to yours with the official Business API widget — 20 minutes, and it routes to whatever company number you put in the settings.", "contact-sharing", contract=ACT)
C("No, I don't do unpaid test tasks. Set up a small fixed-price milestone for a two-hour trial and we'll both find out quickly whether this works.", "payment")
C("Your contact form lands in spam because there's no SPF record covering your mail provider and no DKIM at all. I'll fix SPF, DKIM and DMARC in one go and send you the before/after headers.", "contact-sharing", contract=ACT)
C("Look, someone posted this exact job last week with a Gmail address for 'faster replies' and asked people to pay a $30 'onboarding fee'. If that wasn't you, report it. If it was you — don't.", "contact-sharing")

# ---------- allowed ----------
A("Since you're on Enterprise, happy to do the interview on your Teams. My work address is marta.kowal@example.net, send the invite there.", "contact-sharing", client="enterprise")
A("Contract's active, so here's my direct line for go-live night: +44 20 7946 0321. Call if prod catches fire. Not for font sizes.", "contact-sharing", contract=ACT)
A("Add me to the repo with dkvarga.code@gmail.com — that's the email on my GitHub account, I don't want it for anything else. We keep talking here.", "contact-sharing")
A("Signed NDA attached. Section 9 has my legal name, mailing address and personal email, since your lawyer insisted on all three.", "contact-sharing")
A("Portfolio: github.com/dkvarga — the pinned repos are the relevant ones. And no, I'm not linking my socials, you don't need to see my dog.", "contact-sharing", surf=P)
A("Now that we're under contract, can you send me the on-call number for your hosting guy? I'd rather not wake you at 3am when the SSL renewal fails.", "contact-request", contract=ACT)

# ---------- extra proposals ----------
C("""Hi,

Your post asks applicants to "include a phone number for a quick screening call". I'm not going to, and you shouldn't want me to: that's exactly the kind of thing that gets both of us flagged, and it mostly filters for people who don't read the rules.

Upwork has a call button. Send me an interview invite, pick a slot, I'll be there with my camera on and a list of questions about your data model.

What I'd actually bring: 10 years of Django, the last 4 mostly multi-tenant SaaS. Your tenant isolation is done with a `company_id` filter in every view, which is how data leaks happen. I'd move that into a manager + middleware in week one.

— Tom""", "contact-request", surf=P)
V("""Hello,

You need someone to untangle a HubSpot-to-Salesforce sync that drops deals over $100k. I've fixed that exact bug (it's a currency field mapping, nine times out of ten) and I can start tomorrow.

First project through Upwork, obviously — fixed $1,200, two milestones.

P.S. Most of my clients end up on a monthly retainer billed directly after the first project, which keeps things simpler for their finance team. We can talk about that once you've seen what I do.

Daniel""", "payment", surf=P)
A("Case studies, no contact form, no phone number, just the work: marta-builds.example/work. Each one has before/after Lighthouse scores.", "contact-sharing", surf=P)

# ---------- long cover letters ----------
V("""Hi,

I'm going to skip the part where I tell you I'm "passionate about clean code". Everyone says that. Here's what I actually do.

Your job post describes a Next.js storefront that takes 9 seconds to render a category page, a headless Shopify backend that nobody fully understands anymore, and an agency that disappeared halfway through. I've inherited that exact situation four times in the last two years. It's usually three problems wearing a trench coat:

1. Every product card fetches its own inventory in a client component, so a 48-item grid fires 48 requests.
2. Images are served at 2400px to phones.
3. The previous team "fixed" caching by turning it off.

None of this needs a rewrite. Week one I profile, write you a plain-English report, and fix the worst offender. You can fire me after that report and still keep it.

About me: 11 years in web, Top Rated Plus, JSS 100%, 94 contracts. I'm not cheap ($120/h) and I'm not fast on purpose, I'm fast because I've seen this before.

What happens next: I'll record a 5-minute Loom walking through your current site's waterfall, and then we can continue the conversation wherever you're comfortable. I'm on all the usual apps, so pick one and I'll find you. I find it moves faster than this thread.

If you've read this far, you're the kind of client I like working with.

— Daniel""", "off-platform", surf=P)
