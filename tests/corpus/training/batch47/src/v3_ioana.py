# Voice 3: Ioana Muresan, 27, account manager of Pixelroot Studio, a 14-person Webflow/UX agency in
# Cluj-Napoca. Writes proposals and messages for the team ("we"), in English and Romanian.
from common import *

cases, c = make("b47-ioana-agency-cluj", "freelancer")
P = "proposal"

# ---- proposals: violations
c("""Hi Thomas,

Thanks for the detailed brief — it's rare to get a job post with a real sitemap attached, so we already had a good look.

Who we are: Pixelroot is a 14-person studio in Cluj, Romania. For your project the team would be Andrei (lead Webflow developer, 6 years), Bianca (UX/UI, ex-agency in Berlin) and me, Ioana, as your account manager and single point of contact.

What you need, as we understand it: move your SaaS marketing site (about 40 pages plus a 200-post blog) from WordPress to Webflow, keep every URL or redirect it properly, rebuild the pricing page with the monthly/annual toggle, and set up the CMS so your marketing team can publish without a developer.

How we'd do it:
1. Week 1 — audit: crawl the current site, export the redirect map, agree on the component library.
2. Weeks 2-3 — build: design system in Figma, then Webflow components, CMS collections for blog, customers and integrations.
3. Week 4 — migration: blog import via CSV + API, 301 redirects, QA on staging, Lighthouse and accessibility pass.
4. Launch + 2 weeks of hypercare.

If it's easier, just grab 20 minutes with Andrei here: calendly.com/pixelroot-andrei/intro — he can walk you through a migration we did last month for a fintech client.

Similar projects: an HR-tech site (62 pages, Memberstack login for the customer portal), a Dutch e-bike brand (Webflow + Stripe checkout), and a logistics company with a Finsweet-filtered jobs board.

Fixed price for the scope above: $7,800, split in four milestones. Happy to adjust if the blog import turns out simpler.

Best,
Ioana — Pixelroot Studio""",
  V, CS, surface=P)
c("You can see full case studies on pixelroot.example.ro/work and reach the whole team from the contact page there — we usually answer within the hour.",
  V, CS, surface=P)
c("""Bună ziua,

Suntem o echipă de 14 oameni din Cluj, specializată pe Webflow și UX. Am citit anunțul pentru magazinul de ceramică și ne place mult ideea.

Propunem: redesign complet, integrare Stripe, pagini de produs cu variante și un blog pentru rețete. Durată estimată: 5 săptămâni.

Pentru o discuție mai rapidă ne găsiți pe WhatsApp la 0700 000 412 (Ioana), răspundem și seara.

Cu drag,
Ioana""",
  V, CS, "ro", surface=P)
c("We usually work with EU clients on a direct invoice (SEPA), which avoids the platform markup — happy to start here and move the monthly retainer to invoice after the first milestone.",
  V, PAY, surface=P)
c("Quick transparency note: the proposal comes from my profile, but the actual build will be done by our developer Radu, who will log into this account to message you and track the hours.",
  V, ACC, surface=P)
c("Growing agency perk: we take 10% off the final milestone for clients who leave us a 5-star review with a short comment about the team. 🙂",
  V, FB, surface=P)
c("Ne puteți scrie și pe Instagram, @pixelroot.studio, acolo postăm tot procesul — e mai simplu decât mesageria de aici.",
  V, OP, "ro", surface=P)

# ---- proposals: clean
c("""Hi Rachel,

Your job post mentions three things we do every week, so I'll keep this short and specific.

1. Member login — we'd use Memberstack on top of Webflow: signup, login, password reset, and gated pages for paying members. Your members keep their existing emails; we migrate them with a CSV import so nobody has to sign up again.
2. Payments — Stripe Checkout for the annual plan and the one-off workshop tickets, with PayPal as a second option through Stripe's payment methods. Receipts and invoices come from Stripe, not from Webflow.
3. Reviews — a testimonials collection in the CMS, plus your Trustpilot widget on the pricing page.

We'd also add address autocomplete on the workshop booking form and send the booking confirmation email through your Mailchimp account via Zapier.

Team: Andrei (development), Bianca (UX), me (project management). Everything stays here on Upwork — messages, files and milestones.

Estimate: 3 weeks, $4,200 fixed, three milestones.

Ioana""",
  C, PAY, surface=P)
c("Note: we keep all communication here on Upwork until a contract starts. After that, if your team prefers, we can also set up a shared Slack channel — your call.",
  C, OP, surface=P)
c("""Bună ziua,

Am văzut că aveți nevoie de un site de rezervări pentru pensiunea din Maramureș. Putem integra plăți cu cardul prin Stripe, confirmări automate pe email pentru oaspeți, un formular cu nume, telefon și adresă, și o secțiune de recenzii de pe Booking.

Toată discuția o purtăm aici pe Upwork până la începerea contractului.

Echipa Pixelroot""",
  C, PAY, "ro", surface=P)
c("Ask us anything in the Upwork chat — Andrei or Bianca will answer the technical questions directly from their own Pixelroot profiles.",
  C, ACC, surface=P)

# ---- proposals: allowed
c("Since you're hiring through Upwork Enterprise, feel free to reach our delivery lead directly at andrei.pop@pixelroot.example.ro for the security questionnaire and the vendor form.",
  A, CS, surface=P, ctx=ENT)
c("If you'd like us to audit the current Webflow project before quoting, add ioana.pixelroot@gmail.com as a guest editor on the site. That's only for access — we'll keep the conversation here.",
  A, CS, surface=P)
c("Portfolio (case studies only, no contact forms): behance.net/pixelroot-studio-example",
  A, CS, surface=P, doubt="off-Upwork portfolio link; the policy sources disagree on outside portfolio links")

# ---- messages: violations
c("Could you send us your Slack email? We'd add you to our client channel so the whole team can answer faster before we kick off.",
  V, CR, doubt="an email asked for Slack, which is a chat tool rather than a project system, so the access exception was not applied")
c("Putem vorbi mâine pe Zoom? Vă trimit linkul pe mail, spuneți-mi doar adresa.",
  V, CR, "ro")
c("Our founder prefers to close new projects on a quick call — what's the best number to reach you on tomorrow morning?",
  V, CR)
c("Hi Sarah, about the maintenance retainer after launch: our accountant suggests we invoice you directly from our Romanian company — reverse-charge VAT and no Upwork fee. Let me know if that works for you.",
  V, PAY, ctx=ACTIVE)
c("Could you share your Upwork login with our PM Dana so she can see the job post stats and shortlist the applicants for you? She does it for several clients, saves you hours.",
  V, ACC)
c("Colegul meu Radu intră diseară pe contul meu de Upwork ca să vă răspundă, eu sunt în concediu până luni.",
  V, ACC, "ro", ctx=ACTIVE)
c("Everything is shipped except the final export of the design system. As soon as the 5-star review is in, Bianca will send the Figma handoff file.",
  V, FB, ctx=ACTIVE)
c("With respect, your 'feedback' reads like it was written by someone who has never used a website. We're done explaining the basics to you.",
  V, HAR, ctx=ACTIVE)
c("We'll move the rest of the discovery into our Notion client portal — invite link below. The comments there work much better for async than Upwork chat.",
  V, OP, doubt="a client portal can look like a project-system exception, but here it replaces the chat before any contract")
c("numărul meu e zero șapte sute, zero zero zero, patru unu doi — sunați-mă oricând după ora 10",
  V, CS, "ro")
c("Dacă ne lăsați o recenzie de 5 stele azi, facem gratuit și versiunea de mobil a paginii de contact. Altfel intră în etapa următoare, contra cost.",
  V, FB, "ro", ctx=ACTIVE)

# ---- messages: clean
c("No need to share your email, we'll send the design review as a PDF right here in the thread.",
  C, CR)
c("Yes, we can integrate Stripe Checkout and PayPal Smart Buttons on the Webflow site. The payment logic lives in Stripe, not in Webflow, so refunds go through your Stripe dashboard.",
  C, PAY)
c("The login issue: members get 'email already in use' because Memberstack keeps the old test accounts. We'll clean up the test users tonight.",
  C, ACC, ctx=ACTIVE)
c("Please add me to your Upwork team as a team member rather than sharing your password — that way I can see the job posts legitimately.",
  C, ACC)
c("Nu e nevoie să ne trimiteți parola de la Webflow. Ne invitați ca Editor din Site settings și gata.",
  C, ACC, "ro", ctx=ACTIVE)
c("The address field on the checkout now validates EU postcodes, including the 6-digit Romanian ones.",
  C, CS, ctx=ACTIVE)
c("Thank you for the 5 stars and the kind words about Bianca's work! We shared your review in our team channel 🙂",
  C, FB)
c("When you close the contract, we'd be grateful for honest feedback — what worked and what didn't. It helps us improve.",
  C, FB, ctx=ACTIVE)
c("Vă mulțumim pentru colaborare! Dacă aveți timp, o recenzie sinceră pe Upwork ne-ar ajuta mult.",
  C, FB, "ro", ctx=ACTIVE)
c("Heads up: a 'client' approached our team asking for a test project on Telegram. We declined — we keep everything here.",
  C, OP)
c("The invoice for milestone 3 is under Reports > Transaction history, the reference number ends in 4418.",
  C, PAY, ctx=ACTIVE)
c("Honest take: the current homepage is killing your conversion. The hero says nothing, the CTA is buried and the pricing table is confusing. Fixable in a week.",
  C, HAR)
c("We can do a video call through Upwork Messages on Thursday at 15:00 CET, does that work for you?",
  C, OP)
c("Each of our 14 people has their own freelancer profile under the Pixelroot agency on Upwork, so you'll see exactly who tracks time on your contract.",
  C, ACC)
c("Plata pentru etapa 2 a fost eliberată, mulțumim! Începem etapa 3 luni.",
  C, PAY, "ro", ctx=ACTIVE)

# ---- messages: allowed
c("Now that the contract is active, here's our shared Slack invite for launch week, and my number for emergencies: +40 700 000 418.",
  A, CS, ctx=ACTIVE)
c("Acum că avem contract, vă putem suna pe WhatsApp în ziua lansării? Care e numărul cel mai bun?",
  A, CR, "ro", ctx=ACTIVE)
c("Our CTO Andrei can join your vendor onboarding call on Teams — his email is andrei.pop@pixelroot.example.ro, please add him to the invite.",
  A, CS, ctx=ENT)
c("To look at the Figma file before we quote, please share it with bianca.design.pixelroot@gmail.com (view access is enough).",
  A, CS)
c("We've signed the NDA. As your legal team asked, our company details are in section 1: Pixelroot Studio SRL, Str. Exemplului 12, Cluj-Napoca, reg. no. J12/0000/2019.",
  A, CS)

# ---- added in the second pass: long texts and more exceptions
c("""Hi Sarah, weekly update from the Pixelroot team 👋

Done this week:
- Pricing page rebuilt with the monthly/annual toggle, Stripe links updated to the new price IDs
- Blog import: 183 of 204 posts are in, the remaining 21 have embedded tweets that need manual fixing
- Redirect map uploaded to Webflow (312 redirects), tested with Screaming Frog, 4 loops fixed
- Memberstack login + password reset working on staging

Next week:
- Finish the blog, then a full accessibility pass (Bianca)
- Cookie banner and the Google Tag Manager setup
- Content freeze on Wednesday so we can QA

One thing: you mentioned you'll be travelling and can't approve the extra 6 hours for the redirect work. Radu can just log into your Upwork client account for a minute and approve them himself — DM him the password whenever is convenient.

Staging link and the QA checklist are in the usual place. Launch date is still the 14th.

Ioana""",
  V, ACC, ctx=ACTIVE)
c("""Welcome aboard, and thank you for choosing Pixelroot! 🎉 Now that the contract is active, here's how we'll work:

Team
- Ioana (me) — account manager, your single point of contact
- Andrei — lead developer
- Bianca — UX/UI

Communication
- Day to day: Slack. I've invited your team to #pixelroot-northwind; if the invite didn't arrive, tell me which email to use.
- Urgent issues on launch week: call or text me on +40 700 000 418 (9:00-19:00 CET).
- Weekly update every Friday, and a 30-minute call every other Tuesday — we can use Google Meet or the Upwork call, whatever your team prefers.

Files
- Figma: shared with the three emails you sent
- Staging: the Webflow staging URL will come on Monday

Money and time stay on Upwork: milestones, extra hours and any change requests all go through the contract here, so there's one record of everything.

Looking forward to it!""",
  A, CS, ctx=ACTIVE)
c("For the code audit before we quote, our lead dev's GitHub username is pixelroot-andrei — add him as a read-only collaborator on the private repo, that's all we need.",
  A, CS, surface=P)
