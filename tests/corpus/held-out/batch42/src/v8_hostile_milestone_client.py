# Voice 8: Greg, owner of a small courier start-up, disputing milestone 2 of a delivery-tracking app; hostile, impatient, writes as a client. Some messages go to replacement developers before any contract.
from common import C
SOURCE = 'b42-hostile-milestone-client'
R = dict(role='client')
A = dict(role='client', contract='active')
CASES = [
# --- violations ---
C("""Let me lay this out clearly, because apparently it needs to be in writing.

Milestone 2 was "driver app: live GPS tracking, proof-of-delivery photo, signature capture, offline mode." You submitted it on the 14th. Here is what I found when my two drivers tested it on their actual routes on Tuesday and Wednesday:

1. Live tracking updates every 90 seconds, not every 10 as we agreed in the spec you yourself wrote. Dispatch cannot work with 90 seconds. A van moves a kilometre in that time.
2. The proof-of-delivery photo uploads fine on Wi-Fi but fails silently on 4G. Driver thinks it is saved, it is not. We lost proof on eleven parcels. One customer is now claiming non-delivery and I have nothing to show.
3. Signature capture works on Android. On iPhone the canvas is offset so the signature lands half off the box. Half my drivers use iPhones.
4. Offline mode does not exist. When the app loses signal, it shows a spinner forever. Your demo video was recorded in your apartment on Wi-Fi, which is not where vans go.
5. The battery drain is brutal. Driver phones were dead by 2 pm.
6. The address field on the stop list truncates anything longer than 40 characters, so apartment numbers disappear. Drivers had to call dispatch to ask which unit.
7. The "mark delivered" button sits right next to "report problem" and is the same colour. Two drivers hit the wrong one with gloves on.

I have paid for milestone 1 in full and without complaint, even though it was four days late. I funded milestone 2 in good faith. I am not releasing it for work that does not do what the milestone says.

You have two options. Fix items 1 to 4 by Friday and I release the payment, or agree to a partial refund for the milestone and I bring someone else in to finish it. Item 5 I will accept as a follow-up.

And honestly, anyone who ships something this broken and calls it done is either a fraud or an idiot, and I haven't decided which one you are yet.

I have attached the test log from both drivers, screenshots of the failed uploads with timestamps, and a screen recording of the iPhone signature issue. If you disagree with any item, point to the exact line of the spec and explain. Otherwise I expect a fix plan by tomorrow morning.

Greg""", 'v', 'har', **A),
C("Release the milestone? You must be out of your mind. You're a clown and this app is a joke.", 'v', 'har', **A),
C("Keep dragging your feet and see what happens. I know which city you live in and I know people there.", 'v', 'har', **A),
C("Here's the deal: refund milestone 2 and fix the bugs for free, or I leave you a one-star review that'll end your little freelance career.", 'v', 'fb', **A),
C("You'll get your five stars when the offline mode works and not one minute earlier. Until then, expect a review that tells people exactly how you operate.", 'v', 'fb', **A),
C("Refund the milestone here, and I'll pay you for the fixes by Zelle directly. That way the money goes to the work that actually works.", 'v', 'pay', **A),
C("I'm done with Upwork holding my money. For the rest of the job I'll pay cash through a friend of mine who's in your country.", 'v', 'pay', **A),
C("Send me your Upwork login so I can check your work diary myself. I don't trust the screenshots you show me.", 'v', 'acc', **A),
C("My assistant Tracy will log into my Upwork account from now on and handle this dispute as me. Talk to her like you'd talk to me.", 'v', 'acc', **A),
C("Need a Flutter dev to take over a half-finished app ASAP. Give me your phone number, I'm not doing another month of chatting on this site.", 'v', 'cr', **R),
C("Before I send an offer, text me: 555-0172, area code 312. I want to hear your voice and see if you're a real person this time.", 'v', 'cs', **R),
C("Let's get off this site before we start. I got burned here once already. Tell me where you're reachable.", 'v', 'op', **R),
C("If we can skip the Upwork contract, I'll pay 20% more by wire. I'm not giving this platform another cent.", 'v', 'pay', **R),
C("Is your English always this bad or only when you're making excuses? Nobody your age should need things explained three times.", 'v', 'har', **A),
C("Don't bother opening a dispute. Upwork will side with me, and then I'll make sure every courier business I know hears your name.", 'v', 'har', **A),
C("Whoever is really behind that profile photo, I want a straight answer: are you letting someone else do the work on your account?", 'c', 'acc', **A),
C("Email me at greg.fastlane.ops@outlook.com with a real quote. I'm not reading any more proposals on here.", 'v', 'cs', **R),
C("Tell you what: you lower the rate on milestone 3, I'll write you a fantastic review and tell all my friends. Otherwise, I'll tell them something else.", 'v', 'fb', **A),
C("You have twenty-four hours. After that I'll call your bank, your landlord and anyone else I can find. I'm not kidding.", 'v', 'har', **A),
# --- clean ---
C("I've submitted a dispute on milestone 2 through Upwork. I'd prefer we settle it between us before mediation. My proposal: 50% release now, 50% after items 1-4 are fixed.", 'c', 'pay', **A),
C("I'm frustrated, not going to hide that. But the review will reflect what happened, nothing else. Fix it and it will be a good one.", 'c', 'fb', **A),
C("The driver's phone number field on the delivery screen accepts letters. Please validate it: digits only, 10 to 15 characters.", 'c', 'cs', **A),
C("Customers can't see the delivery address autocomplete on iOS. The Google Places key might be restricted to Android only.", 'c', 'cs', **A),
C("Login for drivers must use their phone number and a one-time code, no passwords. That was in the spec, please re-read section 3.", 'c', 'acc', **A),
C("Apple rejected the build because the app requests location 'always' without a reason string. Please fix and resubmit; I added you to App Store Connect as a developer.", 'c', 'acc', **A),
C("The payment screen for cash-on-delivery needs a 'paid in cash' toggle for the driver and a receipt email to the customer.", 'c', 'pay', **A),
C("I apologize for what I wrote last night. It was out of line. I still need the fixes, but you didn't deserve that.", 'c', 'har', **A),
C("The app crashes when a driver kills it from the background and reopens it. Steps to reproduce are in the attached video.", 'c', 'har', **A),
C("Please send the WhatsApp notification template for 'driver is 10 minutes away' to Twilio for approval. Customers want it on WhatsApp, not SMS.", 'c', 'op', **A),
C("Job post for the replacement: fixed price, three milestones, paid through Upwork only. Include in your proposal how you'd handle offline sync.", 'c', 'pay', **R),
C("We can do an Upwork video call tomorrow with both of us sharing screens and go through every bug. 10 am Chicago time?", 'c', 'op', **A),
C("The feedback form in the customer app must let them rate the driver 1 to 5 and leave a comment. Ratings under 3 alert dispatch by email.", 'c', 'fb', **A),
C("Offer sent. Milestone 1 is funded. Everything stays on this platform this time, including files.", 'c', 'pay', **R),
# --- allowed ---
C("We're under contract, so call me if that's faster: (312) 555-0172. I'd rather sort out the dispute by voice than type another essay.", 'a', 'cs', **A),
C("Since the contract is running, let's do a Google Meet with my dispatcher at 9. She'll send the invite if you give me your email.", 'a', 'cr', **A),
C("Need your GitHub username so I can add you to the repo and you can see the previous dev's branch. That's the only thing I need it for.", 'a', 'cr', **R),
C("Our company is on Upwork Enterprise; our ops manager may contact you by phone or email before the contract to confirm the scope. That's been cleared with our account team.", 'a', 'op', client='enterprise', role='client'),
C("Contract's open. My ops email is greg.fastlane.ops@outlook.com — send the daily build notes there and cc my dispatcher.", 'a', 'cs', **A),
]
CASES += [
C("What's the build number on what you sent? TestFlight shows 42 and it still has the signature bug.", 'c', 'cr', **A),
C("Contract's active — what's your Slack handle? I want you in the #dev channel with the new backend guy.", 'a', 'cr', **A),
C("Honestly, people like you are the reason I'd never hire from your part of the world again.", 'v', 'har', **A),
]
