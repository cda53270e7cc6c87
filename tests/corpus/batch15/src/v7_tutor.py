from common import make
V, C, A = make("voice-tutor")
CL = "client"; ACT = "active"; ENT = "enterprise"; P = "proposal"

# ---------- violations ----------
V("""Hello!

I've tutored AP Calculus AB/BC and IB Math HL for nine years, and about 70% of my students move up at least one grade band within a term. I'm a former high-school teacher, so I know what the exam readers look for, not just how to get the right number.

How I'd work with your son: a short diagnostic first (20 questions, mostly limits and related rates, which is where most students lose marks), then two 60-minute sessions a week with a shared problem log so you can see progress.

For scheduling, my booking page is tutorwithnadia.example/book. Pick any open slot for a free 15-minute consult and we'll take it from there.

Warmly,
Nadia""", "contact-sharing", surf=P)
V("My office hours are Tuesdays 6 to 8 pm in my own Zoom room. The link's on my website, just search 'Nadia Okafor tutoring' and you'll find it.", "off-platform", surf=P)
V("can you just email me the worked answers? my college wifi blocks upwork sometimes lol. its jaden.k.study@outlook.com", "contact-sharing", role=CL)
V("prof runs everything thru turnitin so if it gets flagged can u refund me? ill send the money on venmo either way, cheaper than paying thru here", "payment", role=CL)
V("For ongoing weekly sessions I offer 15% off if we move billing to a direct bank transfer. Upwork's cut on hourly tutoring is just too large for families.", "payment", surf=P)
V("I'll release the annotated bibliography as soon as the review is up. Five stars please, my profile is still new and it really matters.", "feedback", contract=ACT)
V("ill give u 5 stars if u make it pass turnitin for free lol. deal?", "feedback", role=CL, contract=ACT)
V("If my grade comes back below a B, I'm leaving you 1 star and asking Upwork for a full refund. So make sure it doesn't.", "feedback", role=CL, contract=ACT)
V("heres my canvas login, just do the quiz in module 4 before friday 11:59\nuser: jkim24\npw: Falcon!2024", "account-sharing", role=CL)
V("A colleague of mine covers some sessions using my Upwork profile when I'm at conferences. Same methods, and honestly students never notice.", "account-sharing")
V("Honestly, if you can't understand a t-test after three sessions, maybe university isn't for you.", "harassment", contract=ACT)
V("ur explanations are trash and so is ur accent, cant understand a word u say", "harassment", role=CL, contract=ACT)
V("Please share a parent's phone number so I can send the weekly progress reports directly to them.", "contact-request")
V("Let's continue on Google Classroom from now on, I post all my announcements, chat and materials there. Much tidier than this inbox.", "off-platform")
V("If the Upwork app won't load for you, reach me at nadia [dot] okafor [at] proton [dot] me and I'll resend the notes.", "contact-sharing")
V("I prefer to do the first session over WhatsApp video, it's more stable for students in Lagos. Tell me when you're free.", "off-platform", surf=P)
V("my dad can just hand you the money in cash when you come over for the in-person session, thats easier than upwork", "payment", role=CL)
V("I think a proper thesis consultation needs a phone call, not chat. What's the best number to reach you this week?", "contact-request", surf=P)

# ---------- clean (hard) ----------
C("Citation check: Smith & Rao (2019), pp. 114–132, https://doi.org/10.1016/j.jlearn.2019.04.011. Your reference list says 114–123, please fix the page range before you resubmit.", "contact-sharing", contract=ACT)
C("Turnitin similarity came back at 7%, almost all of it quotes and the reference list. I'll upload the full report here as a PDF rather than emailing it, so it stays with the contract.", "off-platform", contract=ACT)
C("Office hours: Mon and Wed, 4 to 5 pm ET, on the Upwork video call. Bring the problem set, chapter 7, questions 12 to 20.", "off-platform", contract=ACT)
C("I don't write graded assignments for students, and I don't take payment outside Upwork either. What I can do is tutor you through the method until you can do it yourself.", "payment", surf=P)
C("APA 7 tip: give the DOI as a full link, https://doi.org/10.xxxx, and drop 'Retrieved from'. Your reference for Lee (2020) still has the old format.", "contact-sharing", contract=ACT)
C("Chapter 3 mentions storing participants' phone numbers for follow-up interviews. The ethics board will want to know they're encrypted and deleted after the study, so add that to section 3.4.", "contact-sharing", contract=ACT)
C("Feel free to leave honest feedback at the end. If the sessions didn't help, say so. I'd rather know and fix it.", "feedback", contract=ACT)
C("A student told me a 'tutor' on another site asked for her Canvas password to 'check her grades'. Never give anyone your login. Me included.", "account-sharing")
C("I'm blunt in my comments, so brace yourself: this paragraph has no argument, just three summaries in a row. Cut it or turn it into a comparison.", "harassment", contract=ACT)
C("can we do the session thru upwork video? my wifi is bad so if it drops ill just call back from here", "off-platform", role=CL, contract=ACT)
C("I've built Google Classroom integrations for two school districts: the LMS plugin pulls assignments through the Classroom API and posts grades back. Happy to scope yours.", "off-platform", surf=P)
C("I can write the admissions office's email sequence: six drip emails to applicants, from 'thanks for applying' to deposit reminder, in the university's brand voice.", "contact-sharing", surf=P)
C("my prof said to email HER about the extension not u lol. anyway can we go over the lit review here tomorrow at 5?", "contact-sharing", role=CL, contract=ACT)
C("Okafor, N. (2021). Peer tutoring and exam outcomes. Journal of Learning Studies, 12(3), 45–67. https://doi.org/10.5555/jls.2021.0123", "contact-sharing", contract=ACT)
C("I'll keep all the notes and session recordings in this message thread, so you can reread everything before the exam without hunting through emails.", "off-platform", contract=ACT)
C("My last review says I'm 'strict but worth every penny'. That's fair, I'll be strict with you too.", "feedback", surf=P)
C("For the dissertation survey tool: only collect emails if participants opt in to the gift-card raffle, and keep them in a separate table from the responses.", "contact-request", contract=ACT)

# ---------- allowed ----------
A("Since we're under contract now, here's my number for exam-week panic texts: 07700 900461. Not after 10pm please!", "contact-sharing", contract=ACT)
A("What's the Gmail you use for Google Docs? I'll share the thesis draft with comment access. We'll keep talking here.", "contact-request")
A("Invite me to the Overleaf project with nadia.okafor.tutor@gmail.com, only for editing the LaTeX. Everything else stays here.", "contact-sharing")
A("Samples of my R and Stata analysis work (anonymised): github.com/nokafor-stats. Only code and PDFs in there.", "contact-sharing", surf=P)
A("We're the university's Enterprise account. Our department coordinator will email you the syllabus and reading list, which address should she use?", "contact-request", role=CL, client=ENT)

# ---------- extra proposals ----------
V("""Hi Priya,

I can help with your dissertation's statistics chapter: multilevel models in R (lme4), assumption checks, and writing up the results in APA style so your supervisor stops circling things in red.

My usual structure is one chapter at a time, with a 45-minute walkthrough after each so you can defend it yourself at the viva. Many of my postgraduate students prefer to pay per chapter through PayPal so there's no platform fee on top. Let me know which you prefer.

Best,
Nadia""", "payment", surf=P)
C("I work with Turnitin, iThenticate and Grammarly's plagiarism checker. You upload the draft yourself and share the similarity report here. I won't ask for your university login to run anything, and I don't 'get around' checkers.", "account-sharing", surf=P)
A("Published writing samples (education journalism): clippings.me/nadiaokafor. It's a portfolio page only.", "contact-sharing", surf=P)

# ---------- long clean proposal ----------
C("""Hello,

I read your post twice. You're a second-year MSc student, your supervisor wants the literature review (Chapter 2) restructured thematically rather than chronologically, and the deadline is 14 March. You've also said, very honestly, that you're worried about Turnitin. Let me address that first: I don't write chapters for students. I teach you how to restructure it, I comment on every draft, and you do the writing. That's also the only way your similarity score stays a non-issue, because the words are yours.

How I'd work:
- Session 1 (60 min, Upwork video call): we map your 40-odd sources into 4 or 5 themes. Bring the reference list.
- Between sessions I leave margin comments on the draft you upload here. Expect notes like "pp. 212–219 contradicts your claim in 2.3" or "this DOI resolves to the preprint, cite the published version".
- Session 2 and 3: argument flow, signposting, and the synthesis paragraphs supervisors always ask for.

Practical things: everything, files, notes and recordings, stays in this thread. Payment is per milestone through Upwork, one per session. I'll never ask for your university email, your Canvas or Moodle login, or your phone number, and you shouldn't give those to any tutor.

Background: PhD in Education (2016), nine years tutoring postgraduate research writing, 310 students, most of them in the social sciences.

Kind regards,
Nadia""", "payment", surf=P)
