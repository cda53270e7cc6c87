C={"role":"client"}; E={"client":"enterprise"}; A={"contract":"active"}
CA={"role":"client","contract":"active"}; CE={"role":"client","client":"enterprise"}
V,CL,AL="violation","clean","allowed"
P,M="proposal","message"
cases=[]
def add(voice,exp,cat,surf,text,ctx=None,lang="en"):
    cases.append(dict(voice=voice,text=text,expect=exp,category=cat,surface=surf,context=ctx,lang=lang))

# ---------------- coach ----------------
v="coach"
add(v,V,"contact-sharing",M,"hey Priya, good call today 🙂 for the quick back-and-forth on the brief my cell is +1 (555) 014-2287 — text me anytime before 9pm EST")
add(v,V,"contact-sharing",P,"""Hi there,

I've been building Shopify and headless storefronts for a bit over eleven years now, and your post about the slow collection pages and the broken variant picker sounds very familiar. Nine times out of ten it's a theme app extension loading synchronously plus a Liquid loop that's querying all products instead of paginating.

What I'd do in the first week:
- profile the collection template with the theme inspector and Lighthouse
- move the review widget and the upsell app to deferred loading
- rewrite the variant picker so it stops re-rendering the whole product form

If the Upwork app acts up on your side you can always reach me at marcus.fieldwell [at] proton [dot] me, I check it more often than my own fridge.

I've attached two before/after Lighthouse reports from similar stores in my Upwork portfolio. Happy to answer any questions here.

Marcus""",lang="en")
add(v,V,"account-sharing",M,"ok so while you're in bali just send me your upwork password + the 2fa code when i ping you. i'll keep bidding from your profile so your JSS doesnt drop, nobody will notice")
add(v,V,"payment",M,"Honestly for the next phase we could just do a wire to my LLC — saves us both the service fee and I'll send you a proper invoice with my EIN on it.")
add(v,V,"off-platform",M,"these threads get messy fast. let's hop on a google meet instead of doing this here, i'll drop an invite into your calendar")
add(v,V,"contact-request",M,"What's the best number to reach you on? I'd rather talk this through over the phone than type essays back and forth.")
add(v,V,"feedback",M,"Final files are ready 👍 I'll release them as soon as the 5-star review is posted, that's just how I work with everyone.")
add(v,V,"harassment",M,"are you actually this slow or just pretending?? third time explaining the same grid bug. a trained monkey would have fixed that css by now")
add(v,V,"off-platform",P,"""Hello Dana,

Your job post reads like you've been burned by a dev who disappeared mid-project, so let me be upfront about how I run things: weekly demos, a shared changelog, and nothing merged without you seeing it first.

For the booking flow you described (multi-location, staff availability, deposits) I'd lean on Next.js with a Postgres backend and Stripe for the deposits, since you already use it for the shop.

Before we go any further I'd like a short discovery call on my own Zoom rather than the Upwork call feature, it drops less for me. Just reply with a time that works and I'll send you the link.

Timeline-wise I'm thinking 6-7 weeks for the MVP, fixed price split into four milestones.

Best,
Marcus""")
add(v,V,"contact-sharing",M,"faster to reach me on the paper-plane app tbh 😉 username is fieldwell_dev")
add(v,V,"payment",M,"if you wanna keep going after this milestone we can skip the middleman — I'll just send you a Stripe payment link each month, cheaper for you and for me")
add(v,V,"feedback",M,"small favour before we close: could you leave 5★ and tick 'exceeded expectations' everywhere? I'll take $50 off the next milestone as a thank-you 🙏")
add(v,V,"contact-sharing",P,"""Hi! Quick intro: full-stack (Django + React), 140+ jobs done, mostly SaaS dashboards and internal tools. The reporting module you need is almost identical to one I shipped for a logistics startup last spring.

More about me, my rates and a contact form at fieldwell-studio.dev/contact — I reply same day.

I can start Monday.""")
add(v,V,"account-sharing",M,"use my account for the Miller bid, it's got the Top Rated badge so you'll get way more replies. login is my work email, pw is in our shared notes doc under 'UW'")
# clean
add(v,CL,"contact-sharing",M,"rule #1 for you as a newbie: no skype, no whatsapp, no 'shoot me an email' in proposals. upwork masks that stuff and the client sees you as a risk. every word stays in here until the contract is running")
add(v,CL,"payment",M,"if a 'client' ever asks you to buy training materials or pay with gift cards before you start, it's a scam. don't reply, just hit report and move on")
add(v,CL,"feedback",M,"Milestone 2 is submitted 🎉 whenever you've had time to look through it, an honest review would mean a lot — good or bad, it helps me get better.")
add(v,CL,"off-platform",M,"I'd prefer to keep everything inside Upwork, calls included — you can start one from the top right corner of this chat whenever it suits you.")
add(v,CL,"payment",P,"""Hi Tomas,

Checkout integrations are most of what I do. In the last two years I've shipped eleven of them: PayPal Smart Buttons, Stripe Elements with 3DS, Apple Pay through Stripe, plus the boring-but-critical part — webhooks for refunds, partial captures and disputes.

For your WooCommerce store I'd replace the old PayPal Standard plugin with the current PayPal Payments extension, keep Stripe as the card processor, and add a small reconciliation report so your bookkeeper stops matching payouts by hand.

Estimate: 25-30 hours. I'd split it into two milestones: (1) PayPal migration + sandbox testing, (2) Stripe webhooks + reconciliation report.

Cheers,
Marcus""")
add(v,CL,"account-sharing",M,"don't ask him to let you log in to his upwork. ask him to invite you to his team with the right permissions — same result, zero risk of a hold on either of you")
add(v,CL,"harassment",M,"I have to disagree with the scope change on milestone 3, it adds roughly 20 hours. Happy to take it on, but we'd need to adjust the budget first. How would you like to proceed?")
add(v,CL,"contact-sharing",M,"here's the phone validation regex you asked for: ^\\+?[1-9]\\d{7,14}$ — strip spaces first and it'll accept stuff like +44 20 7946 0123")
add(v,CL,"harassment",M,"ugh yeah that client was rude to you. don't clap back. reply short and polite, and if he keeps going flag the message, that's what the button is for")
add(v,CL,"payment",M,"Timeline: kickoff Mon 14th, wireframes Thu 17th, v1 on the 24th. Budget stays at $1,850 fixed across 3 milestones, first one funded before I start.")
add(v,CL,"contact-sharing",P,"""Hi Dana — saw you need someone to untangle your HubSpot email sequences and the contact properties that drifted out of sync with Salesforce. I've done this exact cleanup for two B2B SaaS teams: dedupe contacts, map lifecycle stages, rebuild the nurture emails so unsubscribes actually sync back. Can start this week, questions welcome here.""")
add(v,CL,"contact-sharing",M,"about linkedin — totally fine to mention you worked at Shopify in your profile text, just don't paste the URL in chats. clients can see your work history on upwork anyway")
# allowed
add(v,AL,"contact-sharing",M,"Now that the contract has started, here's my direct line for launch-day emergencies: (555) 013-9921. Only for outages please 😅",ctx=A)
add(v,AL,"contact-sharing",M,"to get going on the repo please add me on GitHub — the email on my account is m.fieldwell.dev@example.com (only for the invite)")
add(v,AL,"off-platform",M,"Since you're on Upwork Enterprise I'm happy to do the vendor onboarding call outside Upwork — Teams is fine, send the invite to marcus@fieldwell-consulting.example",ctx=E)
add(v,AL,"contact-sharing",P,"Case studies are here (portfolio only): fieldwell.example/work — the fintech dashboard one is closest to what you described. Everything else I'm glad to discuss in this thread.")
