SLUG, ROLE = "lagos-ui-designer", "freelancer"
ROWS = [
('V', 'cs', 'm', 'en', '', 'Good evening sir. Trust you are doing great. For easier follow-up you can reach me on w h a t s a p p: eight zero three, five five five, zero one six seven (+234). I look forward to hearing from you.'),
("V","cs","p","en","", """Hi there,

I'm Tobi, a product designer in Lagos with 6 years in fintech and logistics apps. I designed the onboarding flow for a savings app that went from 31% to 68% KYC completion in two months, and I rebuilt a dispatch rider app for a company that delivers across 4 West African cities.

For your wallet app, here is how I'd approach it:
- Week 1: quick audit of the current screens, competitor teardown (Chipper, Kuda, Revolut), and 5 user interviews if you can give me access to users
- Week 2: low-fi wireframes for the send money, top-up and card flows, tested with a clickable prototype
- Week 3-4: high-fi UI in Figma with a proper component library and auto layout, dark mode included
- Handoff with Figma dev mode, redlines and a Loom walkthrough for your devs

I'm strong on accessibility (contrast, tap targets, screen reader labels) because a lot of your users will be on low-end Android phones with cracked screens, that's the reality here.

My Behance and Dribbble are linked on my profile. You can also find me on IG, same handle as my Behance, I reply DMs there faster than here. Rate is $35/hr or fixed price after we scope.

Cheers,
Tobi"""),
("V","cr","m","en","", "Abeg sir drop your WhatsApp make we yarn quick about the dashboard, I get some questions wey go long for here"),
("V","cr","p","en","", "I have read your job post and I'm interested. Kindly send your email or your phone number so that I can send you my full deck and a few confidential case studies that I cannot upload here."),
("V","op","m","en","", "Let's take this to Google Meet, just send your email and I'll drop a calendar invite. I prefer sorting the scope there before you send the offer."),
("V","op","m","en","", "Honestly the Upwork fee and this chat is too slow for how I work. If you're open, we can continue on the other blue app with the paper plane, I'll share my @ in a bit"),
("V","pay","m","en","a", "Sir for the remaining two screens, can you pay via Payoneer direct or USDT? Upwork is holding my funds for 5 days and I have rent to pay. Same amount, I'll even remove $50."),
("V","pay","m","en","", "If we agree on $1,200, you fit pay half here and half outside make e no too heavy on fees. No wahala, it's what I do with my regular clients."),
("V","pay","m","en","a", "Since we are now working together long term, let's just close this contract and you pay me directly by bank transfer monthly. Upwork doesn't need to be in the middle anymore."),
("V","fb","m","en","a", "All the Figma files are done and organised. I'll transfer ownership of the file as soon as you drop a 5 star review and close the contract. That's my process, sorry."),
("V","fb","m","en","", "Please could you edit the feedback from 4 to 5 stars? I'll redesign your pitch deck for free as a thank you. 4 stars spoils my JSS."),
('V', 'fb', 'p', 'en', '', 'I can leave you a 5 star client review if you do the same for me, even before we start. Helps both our profiles.'),
("V","acc","m","en","", "My friend in Canada has a Top Rated account and he lets me bid with it. If you hire that profile I will still be the designer, just know that."),
("V","acc","m","en","", "Can you send me the login to your company's Upwork? I'll hire the illustrator myself and manage him, makes things faster for you."),
("V","har","m","en","", "You're a useless client honestly. Your feedback makes no sense and your taste is trash. No wonder your startup has no users."),
("V","har","m","en","", "Madam you look very pretty in your profile photo. After we finish this project maybe we can have a private video call, just you and me 😉"),
("V","har","m","en","a", "Keep disrespecting me and see. I know people in Lekki, I know where your office is. Pay me my money."),
("C","cs","m","en","", "On the contact screen I've added fields for email, phone (+234 placeholder) and a WhatsApp opt-in checkbox, with validation states for each."),
("C","cr","m","en","", "Quick question: should the signup flow ask the user for their phone number first or their email? For Nigerian users phone-first usually converts better."),
("C","op","m","en","", "The prototype has a 'Share to WhatsApp' button on the receipt screen, I think users will love it. Should it also support Telegram?"),
("C","pay","m","en","a", "Noted on the USDT top-up screen, I'll design the crypto deposit flow with the network warning (TRC20 vs ERC20) clearly visible so users don't lose funds."),
("C","pay","m","en","", "I've received the milestone notification, thank you. Payment through Upwork is fine by me, let's go ahead."),
("C","pay","m","en","a", "I understand you can't pay until the escrow milestone is approved internally, no wahala. I'll keep working in the meantime."),
("C","fb","m","en","a", "I really enjoyed this project. If you're happy with the work, I'd appreciate honest feedback whenever you close the contract."),
("C","fb","m","en","", "I'm designing the review module: users rate the rider 1 to 5 stars, and below 3 stars we ask what went wrong. Attached 3 variants."),
("C","fb","m","en","", "Someone on a designers' WhatsApp group was selling 5 star reviews for $20 each. I told them that's how to get banned. Crazy times."),
("C","acc","m","en","", "For the login screen: email + password, 'Forgot password', and a 'Continue with Google' option. Shared accounts are not supported, each rider has their own login."),
("C","acc","m","en","a", "Please add me to the Figma team as an editor with my own email instead of sending me your Figma password. It keeps your account safe."),
("C","acc","m","en","a", "Your admin panel still shows the old intern's account as active. You should deactivate it, anyone with his password can log in."),
("C","har","m","en","a", "I'll be honest, I don't agree with the neon green. It hurts readability and fails contrast. If you insist I'll do it, but I want to flag it."),
("C","har","m","en","", "The dashboard I'm redesigning is a mess, no offence to whoever built it. 14 different font sizes on one screen."),
("A","cs","m","en","a", "Sir this is my number +234 803 555 0167 in case you need me urgently during the sprint. Thanks for the trust."),
("A","cs","p","en","", "You can see my full case studies here: tobiadeyemi-design.example.com/work (portfolio only, all in one place)."),
("A","cr","m","en","","Please what's your Figma email or username? I'll invite you to the project file so you can comment on the wireframes before we agree on scope."),
("A","op","m","en","a", "Can we do a Zoom call tomorrow by 10am WAT to walk through the flows? I'll post the link here."),
("A","op","m","en","e", "Thanks for the invite. Since your procurement team said we can have the intro call on Microsoft Teams, please send the invite to me and I'll join."),
]
