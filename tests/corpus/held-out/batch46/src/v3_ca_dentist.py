# Voice 3: Dr. Colin MacLeod, a dentist in Halifax, Nova Scotia, hiring a web designer for his clinic site (client).
from common import make
A = make('b46-ca-dentist', 'client')
V, C, AL = 'violation', 'clean', 'allowed'

# violations
A(V, 'contact-sharing', "Hi, Dr. MacLeod here. I'm between patients most of the day, so if you want this job give the front desk a ring at (902) 555-0134 and ask them to page me.")
A(V, 'contact-sharing', "You can book a 15-min intro chat with me here before I decide: calendly.com/dr-macleod-example/intro. Pick any slot that works.")
A(V, 'contact-sharing', "My wife handles the clinic admin — cc her on everything: fiona (dot) macleod (at) outlook (dot) com.")
A(V, 'contact-sharing', "Swing by the clinic if you're local — Harbourview Dental, 1200 Example St, Halifax. Easier to explain what I want in person than over chat.")
A(V, 'contact-request', "Before I send the contract, could you text me your cell? I'm old-school and prefer a quick phone call to a long chat thread.")
A(V, 'contact-request', "What's the best personal email to reach you at? The Upwork notifications go to my spam folder half the time.")
A(V, 'contact-request', "Do you have a LinkedIn or Facebook? I'd like to message you there — I want to see who I'm dealing with and talk outside of this app.")
A(V, 'off-platform', "I'd rather not do the interview here. Let's FaceTime tonight around 8 Atlantic — I'll call you, just accept.")
A(V, 'off-platform', "My office manager will reach out by email to continue the discussion and send you the contract paperwork. I'll close the job post here.")
A(V, 'off-platform', "Honestly, let's just move this to text messages. I hate typing on this thing.")
A(V, 'payment', "I'll fund the first milestone here, but for the monthly maintenance I'd prefer to send an Interac e-Transfer each month. Simpler for my accountant.", contract='active')
A(V, 'payment', "Can I pay you by cheque? We pay all our contractors by cheque from the clinic account, and I'd rather not put the clinic card on Upwork.")
A(V, 'payment', "The site looks great. For the next phase (patient portal), I'd like to hire you directly outside Upwork — I'll add 10% to your rate since I'm not paying their fee either.", contract='active')
A(V, 'payment', "Bonus for finishing early! I'll etransfer you $200 on the side — don't worry about putting it through the contract.", contract='active')
A(V, 'feedback', "Here's the thing: my nephew says you should've included the blog setup. Add it at no extra charge or the review I leave won't be kind.", contract='active')
A(V, 'feedback', "I'll give you a glowing review if you knock $300 off the final milestone. Otherwise it'll be three stars at most.", contract='active')
A(V, 'feedback', "Refund half the contract, and I won't mention in my feedback how long this took. Your call.", contract='active')
A(V, 'account-sharing', "I've got a login for the Upwork account my previous office manager set up. Can you sign in to it and manage the other freelancers for me? Username drmacleod.hd, password is Teeth#2023.", contract='active')
A(V, 'account-sharing', "My hygienist's son is a developer on Upwork. He'd like to work on the site with you but on your account, so he builds his portfolio under your name. Would you allow that?", contract='active')
A(V, 'account-sharing', "Just sign in as me on GoDaddy — email is the clinic one, password is on the sticky note I'll photograph for you — and transfer the domain yourself.", contract='active')
A(V, 'harassment', "I've had more pleasant root canals than working with you. Frankly you're an amateur and I'm embarrassed I paid you a cent.", contract='active')
A(V, 'harassment', "Not hiring anyone with an accent for this. My patients need to understand the voicemail greeting. You people never sound professional.")
A(V, 'harassment', "I have your full name and your city. If you don't hand over the admin password today, my lawyer will be the least of your problems.", contract='active')
A(V, 'contact-request', """Hi there,

Thanks for your proposal for the Harbourview Dental website. I've read about thirty of these now and yours is the one that actually looked at our current site, so well done.

A bit of background: we're a four-chair family practice in Halifax. The current site was built in 2014 by a patient's nephew, it isn't mobile-friendly, and our online booking link points to a service we stopped paying for two years ago. Half the calls we get at the front desk are people asking if we take new patients and whether we direct-bill insurance.

What I'd like:
- A clean, modern site (5-7 pages): Home, About the team, Services, New patients, Insurance & billing, Contact
- Our hours, address, phone and map on every page footer
- The new booking widget from our practice software (Dentrix Ascend) embedded on the New patients page
- A bilingual toggle eventually — we get a lot of Acadian patients — but English first
- Something I can update myself without calling anyone

Budget is about CAD 4,000 but I'm flexible for the right person.

A couple of questions: have you worked with healthcare clients before, and how do you handle privacy on contact forms? Also, would you send me your phone number? I'd like my office manager to call you this week and go over the details before we formalise anything.

Thanks again,
Colin MacLeod, DDS""")
A(V, 'payment', """Good morning,

Thanks for sending the homepage mock-up. My office team loved it, especially the photo of the waiting room with the harbour view. A couple of small things:

1. The teal is a touch too bright — can you go one shade darker?
2. Please move 'We direct-bill most insurers' up near the top; it's the #1 question we get.
3. The team photos will be retaken on the 22nd, so use placeholders for now.

On the money side: my bookkeeper would like to keep the remaining $2,400 out of the platform if possible. We could pay you through Wise directly and save both of us the fees. Let me know if you're OK with that and send your details.

The clinic is closed Friday for a CE course, so I'll review the next version Monday.

Colin""", contract='active')

# clean
A(C, 'contact-sharing', "Please put the clinic phone number (902) 555-0188, the address and the Google Maps embed in the footer of every page. That's the number patients should call.", contract='active')
A(C, 'contact-sharing', "The contact form should send submissions to the front desk inbox, not to me. I'll enter the email myself in the WordPress settings so you don't need it.", contract='active')
A(C, 'contact-request', "The new-patient form asks for name, date of birth, phone, email and insurance provider. Do we need a consent checkbox under PIPEDA before we collect all that?", contract='active')
A(C, 'payment', "Add an 'Insurance & billing' page: we accept Visa, Mastercard, debit and e-transfer at the clinic, and we direct-bill Blue Cross, Manulife and Sun Life.", contract='active')
A(C, 'payment', "Milestone 3 approved and released. Thanks for the quick turnaround on the mobile menu.", contract='active')
A(C, 'payment', "What's your hourly rate for maintenance after launch? I'd like to keep you on a small monthly contract here for updates.", contract='active')
A(C, 'feedback', "Could you add a Google reviews widget to the homepage? We have about 240 reviews at 4.8 and I'd like the latest five to show.", contract='active')
A(C, 'feedback', "I'll be leaving feedback once the site is live and the booking widget is tested. So far, no complaints at all.", contract='active')
A(C, 'feedback', "Please don't add fake testimonials, even as placeholders. Leave the section empty and I'll ask a few patients for permission to quote them.", contract='active')
A(C, 'account-sharing', "I've added you as an Administrator on WordPress under your own user — check your Upwork messages for the invite link. Please don't use the old 'admin' account.", contract='active')
A(C, 'account-sharing', "The patient portal login button should open our practice software's portal in a new tab. We don't host any logins on our own site.", contract='active')
A(C, 'account-sharing', "For Google Business Profile I'll add you as a manager from my side, rather than sharing my Google password. Tell me what to click.", contract='active')
A(C, 'off-platform', "The 'Text us' button on mobile should open SMS to the clinic number. Patients love texting to confirm appointments.", contract='active')
A(C, 'off-platform', "Do you build WhatsApp chat buttons? A colleague in Toronto has one on his site. I'm not sure we need it, but I'd like a quote as an option.")
A(C, 'harassment', "I'll be blunt: I'm disappointed the launch slipped again. I need a firm date from you by tomorrow, and I need it to hold.", contract='active')
A(C, 'harassment', "For the emergency dental page, the headline 'Tooth pain killing you?' sounds too aggressive to me. Something calmer, please.", contract='active')
A(C, 'contact-request', "Interview questions for you: how do you handle form spam, and how would you store contact-form submissions securely?")
A(C, 'payment', "Budget for the whole build is CAD 4,000 via fixed-price milestones on Upwork. I'm not interested in hourly for this.")

# allowed
A(AL, 'contact-sharing', "Since we're under contract now: my cell is (902) 555-0161 if the site goes down on a weekend. Payments and files stay here as usual.", contract='active')
A(AL, 'contact-request', "What email should I use to give you access to our GoDaddy DNS and the Google Search Console property? That's the only reason I'm asking.", contract='active')
A(AL, 'contact-request', "To scope the job I'll share the existing Figma file our last designer left. What email should I invite? You'll see it's only half finished.")
A(AL, 'off-platform', "Contract's started — happy to do a 20-minute phone call Thursday to walk through the booking workflow with my office manager.", contract='active')
A(C, 'payment', "Milestone released. Thanks!", contract='active')
