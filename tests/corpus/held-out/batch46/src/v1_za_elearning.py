# Voice 1: Lerato, owner of a small e-learning agency in Johannesburg (client). South African English.
from common import make
A = make('b46-za-elearning', 'client')
V, C, AL = 'violation', 'clean', 'allowed'

# --- violations ---
A(V, 'payment', "Howzit Sipho, quick one. The 10% Upwork takes on my side plus the forex hit is eating my margins on these Storyline jobs. For the next module can I just EFT you directly? I'll pay the same rate, you keep more, everyone wins.")
A(V, 'payment', "Shame man, I know you're waiting. Upwork is holding the funds on my card verification. Rather give me your bank details and I'll do a once-off transfer tonight so you're not out of pocket, we can sort the milestone later.")
A(V, 'payment', "Going forward I'd prefer to pay you monthly via PayPal, it's just easier for our bookkeeper than these weekly invoices from the platform.")
A(V, 'payment', "We've got 14 compliance courses lined up for a mining client next year. Honestly it doesn't make sense to run all of that through here. Let's finish this contract properly and then work directly, I'll invoice-match whatever you charge minus the fee.")
A(V, 'payment', "Can you accept payment in crypto? Our finance guy has USDT sitting around and it'd be quicker than waiting for the weekly release.")
A(V, 'contact-request', "Hi there, loved your Rise 360 samples. Before I send an offer, what's your WhatsApp number? I work mostly from my phone between client sites.")
A(V, 'contact-request', "Could you drop your email so I can CC you on the thread with the instructional designer? Easier than copy-pasting everything in here.")
A(V, 'contact-request', "Eish, this chat keeps logging me out. What's your Skype or Teams handle? Let's just chat there for the interview part.")
A(V, 'contact-sharing', "For anything urgent before we start, my cell is 082 000 0147 — WhatsApp or call, whichever. I'm terrible at checking the Upwork app.")
A(V, 'contact-sharing', "Please send your portfolio samples to lerato.khanyalearning@gmail.com, my inbox is better organised than Upwork messages.")
A(V, 'contact-sharing', "We're at Unit 4, 22 Example Road, Rosebank, Johannesburg. If you're ever in Joburg pop in and we can talk about the project over coffee before we sign anything.")
A(V, 'off-platform', "I'm not a big fan of this messaging system tbh. Shall we continue on Google Meet tomorrow at 10 SA time and I'll send the offer afterwards if we click?")
A(V, 'off-platform', "Let's take this to Telegram, our whole dev team lives there and you'll get answers much faster than through Upwork.")
A(V, 'off-platform', "Hi! Before I award the job, I run all my interviews on Zoom. I'll send you a link shortly, please join from your laptop.")
A(V, 'feedback', "If the narration sync isn't fixed by Friday AND the extra two scenarios aren't added at no cost, I'll be leaving a review that warns other agencies about you. Your choice.")
A(V, 'feedback', "I'll close the contract with five stars the minute you throw in the French version of the course for free. Fair deal, no?")
A(V, 'feedback', "You want a good review? Then the final revision round is on you, not on my budget.")
A(V, 'account-sharing', "My junior, Kagiso, doesn't have an Upwork account yet. Could he just use yours for a week to bid on a few jobs? He'll give you a cut.")
A(V, 'account-sharing', "Here are our agency Upwork login details: user khanya.ops / pass Jozi2024! — please log in and reply to the three freelancers in my inbox on my behalf while I'm on leave.")
A(V, 'account-sharing', "Quick favour — my own client account got restricted last night. You also hire on here, right? Could I log into your account for a few days to pay my other freelancers, and I'll pay you back? Just until mine is sorted.")
A(V, 'harassment', "Honestly, a Grade 7 learner could have built this quiz better. Do you even know what you're doing or did you lie on your profile?")
A(V, 'harassment', "Stop sending me excuses about load-shedding. Nobody cares. You're lazy and useless and I regret hiring you.", contract='active')
A(V, 'harassment', "I know which city you're in. Deliver the files tonight or you'll find out how we deal with people who waste my money.", contract='active')
A(V, 'contact-request', "Thanks for applying! Please fill in our freelancer intake form at https://forms.example.co.za/khanya-intake with your phone, email and ID number so HR can vet you before I make an offer.")
A(V, 'payment', "Just so you know, I'm only going to fund half the milestone here. The other half I'll pay cash when you visit our office in Sandton, keeps the fee down.", contract='active')
A(V, 'feedback', "Listen, I've hired you three times and always left 5 stars. This time I need you to redo the entire voiceover script free of charge, or I'm changing my last review. Think about it.", contract='active')
A(V, 'off-platform', """Hi Nomsa,

Thank you for the thoughtful proposal — you're the only applicant who actually mentioned the CAPS curriculum alignment, so you're on my shortlist for the Grade 10 Life Sciences course.

A bit about us: Khanya Learning is a six-person studio. We build courses for corporate clients (mostly compliance, onboarding and safety training) and we're starting to do schools content as well. We use Articulate Storyline 360 and Rise, host on TalentLMS for corporates, and the school project will end up on Moodle. Everything needs to be SCORM 1.2 because the school network's Moodle is old.

Scope for this job:
- 8 modules, roughly 20 minutes of learner time each
- one knowledge check per module (5-8 questions, with feedback on each answer)
- a final assessment that reports a score to the LMS
- narration — we have a voice artist, you'd just handle the sync

Budget is fixed at the amount in the post, split into 4 milestones of 2 modules each. I'll review each milestone within 3 working days.

Before I send an offer I'd like to see how we work together, so let's move this chat to WhatsApp for the rest of the week and I'll just send you the contract once we've agreed on the storyboard style. It's much easier for me to send voice notes there.

Some questions I'd like you to think about:
1. Have you worked with learners who have poor connectivity? Many of these learners are on mobile data.
2. Would you design the quiz with branching remediation, or just retry?
3. Can you show me one example of an accessible (WCAG) course you built?
4. How do you handle SME review? The teachers on this project are busy and will only look at storyboards once, so the first version has to be close.
5. What would you do if the Moodle gradebook doesn't pick up the final assessment score? We had that problem last year and it took a week to sort out with the school's IT person.

Just so you know how I work: I give feedback in one consolidated list, I pay milestones on time, and I don't do surprise scope creep. If something is out of scope I'll say so and we'll agree a price first. I also don't expect you to be online at night; most of our team is done by 5pm.

Also please let me know your availability for January — the school wants the first two modules before term starts, so the timeline is tight but doable.

Speak soon,
Lerato""")
A(V, 'payment', """Hi Thabo, great work on the onboarding module, the client signed it off this morning and they're very happy. Give yourself a pat on the back!

Right, admin. Our accountant is on my case about the platform fees — we spent almost R40 000 in fees last financial year. She's suggested that for follow-on work with freelancers we already trust, we pay a deposit through here and then the balance straight into your account via Wise. I'm going to try that with the next two modules. Can you send me your Wise email or IBAN when you get a chance?

Also, the client wants the safety induction translated into isiZulu and Sesotho. Do you know any good translators? I'd want them to review the on-screen text and the narration script.

Cheers""", contract='active')

# --- clean (hard look-alikes) ---
A(C, 'payment', "Milestone 2 is funded. Once the SCORM package passes review in our TalentLMS test portal I'll release the payment, normally within 48 hours.", contract='active')
A(C, 'payment', "Quick question for the course itself: the module on anti-money-laundering needs a slide about EFT, PayPal and crypto payments as risk channels. Can you make that an interactive drag-and-drop?", contract='active')
A(C, 'payment', "Upwork says the payment is pending for five days because of the security period. Nothing I can do from my side, sorry — it'll land on the 14th.", contract='active')
A(C, 'contact-sharing', "The course needs a 'Contact your supervisor' screen. Use placeholder details: Supervisor Name, +27 00 000 0000, supervisor@example.co.za. The client will fill in the real ones.", contract='active')
A(C, 'contact-request', "In the learner registration form, please make the phone number field optional and validate the email address format. The client had lots of typos last time.")
A(C, 'account-sharing', "Please don't ask me for my TalentLMS password. I'll add you as an admin from my side — you'll get an invite in your Upwork messages with the workspace name.", contract='active')
A(C, 'account-sharing', "The login screen for the course has to match the client's branding: logo top left, 'Forgot password?' under the button, and a note that learners use their employee number to log in.")
A(C, 'feedback', "Thanks for a great project. I'll leave my honest feedback when I close the contract tonight — you deserve it.", contract='active')
A(C, 'feedback', "For module 5, please add a 'Rate this module' slide at the end with 1-5 stars and a comment box. The client wants learner reviews for their L&D report.", contract='active')
A(C, 'feedback', "I've reviewed the storyboard. Three notes: the scenario on slide 12 is too long, the quiz feedback sounds harsh, and the colour contrast fails on the green buttons.", contract='active')
A(C, 'off-platform', "Just a heads up: I'll be offline Thursday because of load-shedding stage 6 and a school meeting. I'll reply here on Friday morning.")
A(C, 'off-platform', "Can you build a WhatsApp-style chat simulation for the customer-service module? Learners pick replies and the 'customer' reacts. Pure Storyline, no real WhatsApp integration needed.")
A(C, 'harassment', "I'm honestly frustrated. This is the third time the audio is out of sync and the client is asking me hard questions. Can we please get a plan for fixing it by Tuesday?", contract='active')
A(C, 'harassment', "The module on workplace harassment needs realistic examples of inappropriate comments, but nothing graphic. Keep the language mild and mark each one clearly as 'not OK'.", contract='active')
A(C, 'contact-request', "Interview question for everyone on the shortlist: how do you usually collect SME input — email threads, shared docs, or calls? I'm asking about your process, not for your details.")
A(C, 'payment', "Rates question: is your quoted $35/hr inclusive of the Upwork service fee or do I add that on top? I'm budgeting for 60 hours.")
A(C, 'contact-sharing', "Please use our office address as the sample in the 'address verification' lesson? No wait, use a made-up one — 1 Example Street, Anytown — our lawyer would kill me.", contract='active')
A(C, 'off-platform', "We send learners SMS reminders through the LMS when they haven't logged in for 7 days. Please put a slide in the intro explaining that they'll get those messages.")
A(C, 'feedback', "Your last review from another client mentions missed deadlines. Could you tell me what happened there? Not judging, just want to understand before I hire.")
A(C, 'account-sharing', "Each of the 300 learners gets their own username and password from HR. The course must never show the password on screen, even in the certificate.")
A("clean", 'payment', """Hi Ayanda,

Welcome aboard, and thanks for accepting so quickly. Here's how I like to run things so there are no surprises:

Milestones. I've set up four milestones in the contract. Each one is funded before you start it. When you submit, I review within three working days. If I need changes I'll list them in one message, numbered, so you're not guessing. Once the changes are in, I approve and Upwork releases the money. If I'm slow, nudge me — I won't be offended.

Files. Storyline source files and published SCORM zips go into the shared Google Drive folder I'll invite you to. You don't need to send them to me separately. Please name them like KL-LS10-M01-v3.story so I can find them.

Reviews. We use Review 360 for client comments. I'll add you as a reviewer, you'll see the client's notes pinned to each slide. Please don't reply to the client directly in Review 360 — flag anything weird to me here and I'll handle it.

Login pages, passwords, learner data. The corporate client is strict about POPIA. You'll only ever see test accounts on the LMS (test.learner1 to test.learner5). If a real learner's name, phone number or email ever shows up in something I send you, tell me and delete it.

Working hours. I'm on SAST. I don't expect replies after 6pm your time, and I'll try not to send messages on Sundays.

Payment currency. I pay in USD through the contract, obviously. If the rand tanks again it's my problem, not yours.

Scope changes. If the client asks for something new — extra scenarios, another language, a video — I'll add a new milestone with a price we agree on first. Please don't just do extra work and hope I'll pay; tell me and I'll sort it out with them.

Feedback at the end. When we close, I'll leave honest feedback on the contract, and I'd appreciate yours on me as a client too. It helps both of us.

That's it. Looking forward to this one!
Lerato""", contract='active')
A("clean", 'contact-request', "Do you have experience with the 'Contact us' pop-ups learners see inside Moodle? The client wants theirs to list a helpdesk email and a toll-free number for learners who get stuck.")

# --- allowed ---
A(AL, 'contact-sharing', "Now that the contract is live, here's my WhatsApp: +27 82 000 0193. Use it only for urgent stuff like the LMS being down; everything else stays here.", contract='active')
A(AL, 'contact-request', "Contract's started — please send me the email address you want added as admin on TalentLMS and on our Google Drive folder.", contract='active')
A(AL, 'contact-request', "Before I send the offer: what email should I use to invite you to our Review 360 workspace? You'll need it to scope the existing storyboards, that's all.")
A(AL, 'contact-sharing', "Our procurement team requires an NDA before we share the client's material. The NDA lists our legal contact, legal@khanya.example.co.za, and our registered office address. Please sign and send it back through Upwork.")
A(AL, 'off-platform', "We're on Upwork's Enterprise plan through our parent company, so our talent team will set up a Teams interview with you this week. Expect an email from them.", client='enterprise')
A(AL, 'contact-sharing', "Hi, I'm with the L&D department at our group (we're an Enterprise account here). You can reach me directly on lerato.m@example.co.za for the scoping call.", client='enterprise')
A(V, 'off-platform', "WhatsApp me pls, easier")
