"""Freelancer voice: Arash, an Iranian product/UI designer who moved to Yerevan and
works on Upwork from Armenia. Fintech and dashboard design. Polished proposal English,
Persian in Persian script with Persian-speaking clients, Finglish (Persian in Latin
letters, fa-Latn) when typing fast on the phone."""
from common import v, c, a

SLUG = "b59-yerevan-persian-uidesigner"
P = "proposal"

CASES = [
    # ---------------- violations (16) ----------------
    v("contact-sharing", "en",
      "Hi! I read your brief twice, and the part about users abandoning the transfer flow at the 'confirm "
      "recipient' step is exactly the kind of problem I love. I'm Arash, a product designer with 7 years in "
      "fintech: I redesigned the onboarding of a neobank in the Gulf (drop-off went from 62% to 31%) and "
      "built the design system for a remittance app used in 14 countries. How I'd approach your app: first "
      "a quick audit of the current flows with your analytics (Mixpanel or whatever you use), then 5-6 "
      "remote usability sessions with real users, then wireframes for the 3 worst steps, and only after that "
      "high-fidelity screens in Figma with a component library your developers can actually use. I work in "
      "English and Persian, GMT+4, overlapping well with Europe. If you'd like to see the full case study "
      "privately, ping me on Telegram: @arash_px_design - some of it is under NDA so I can't upload it here. "
      "Estimated timeline: 3 weeks for the audit and research, 3 weeks for design. I'm happy to start with "
      "a paid audit milestone so you can judge my thinking before committing to the whole project.",
      surface=P),
    v("contact-sharing", "fa-Latn",
      "Salam, shomare whatsappam +374 55 555 128 e, onja rahat-tar harf mizanim va file ham zood-tar miferestam."),
    v("contact-request", "en",
      "Your Skype or email? Easier to send my old work there."),
    v("contact-request", "fa",
      "ببخشید، آیدی تلگرامتون رو لطف می‌کنید؟ فایل‌های فیگما اینجا درست باز نمی‌شن."),
    v("off-platform", "fa-Latn",
      "Age mishe baghie sohbat ro too Telegram edame bedim? In roozha Upwork ro kam baz mikonam."),
    v("payment", "en",
      "Quick note on payment before you decide: cards and PayPal are complicated for me, so I usually take "
      "the first milestone here and the rest in USDT (TRC20). Lower fees for both of us, and I give 10% off "
      "for that. Otherwise my rate is $45/h.", surface=P),
    v("payment", "fa",
      "اگه موافق باشید بقیه‌ی مبلغ رو با تتر بدید، کارمزد آپورک واقعاً زیاده و برای هر دومون به‌صرفه‌تره.",
      contract="active"),
    v("feedback", "en",
      "The final Figma file with all 212 components is ready. I'll share the link as soon as the review is "
      "in - 5 stars would really help me right now, my JSS dropped last month.", contract="active"),
    v("feedback", "fa-Latn",
      "Age 5 setare bedid, 20 darsad az mablagh ro barmigardoonam, ghol midam.", contract="active"),
    v("feedback", "en",
      "Hey, fellow designer! Want to help each other? I'll hire you for a $5 fixed job, you hire me for one, "
      "and we both leave 5 stars. My JSS really needs it."),
    v("account-sharing", "en",
      "Hello, thank you for the detailed job post. Designing a full UI kit for a B2B logistics dashboard "
      "(tables, filters, map views, dark mode) is something I've done three times, most recently for a "
      "freight startup in Dubai where we reduced the number of unique components from 140 to 46. My plan: "
      "week one, an inventory of the existing screens and a token system (colors, spacing, typography) that "
      "maps 1:1 to your Tailwind config; weeks two and three, components with variants and auto-layout; week "
      "four, documentation in Figma and a Storybook handoff session with your front-end team. About "
      "availability: you mentioned you need someone reachable during US evenings. To cover that, my partner "
      "Sina in Tehran, who can't open an Upwork account because of the sanctions, will log in to my account "
      "and handle the late-night revision requests. We've worked together for five years and he knows my "
      "files as well as I do, so you won't feel a difference. Budget: your $4,000 fixed looks realistic for "
      "the scope. I'd suggest four milestones of $1,000, each ending with a review call. Looking forward to "
      "hearing more about your users!", surface=P),
    v("account-sharing", "fa-Latn",
      "Ye account-e dige ham be esm-e dadasham daram. Age in yeki limit khord, az oon bid mizanam, vali kar "
      "ro khodam anjam midam."),
    v("account-sharing", "en",
      "Brother, can you pass the video verification for my new account with your Armenian passport? I'll pay "
      "you $100. The account is for me, it just needs to be under your name."),
    v("harassment", "en",
      "Hi, I looked at your current app. With respect, it's obvious your last designer was one of those "
      "cheap Indian template-flippers - the screens are a Dribbble collage. You need someone who actually "
      "thinks about users. I've done 40+ fintech apps and can start Monday.", surface=P),
    v("harassment", "fa-Latn",
      "Age pool-e milestone ro azad nakonid, hame ja minevisam ke kolahbardarid. Asabam ro khord nakonid.",
      contract="active"),
    v("harassment", "en",
      "You know what, go to h*ll with your 'small tweaks'. Find another idiot.", contract="active"),

    # ---------------- clean hard look-alikes (14) ----------------
    c("contact-sharing", "en",
      "In the case study you'll see the login redesign: email field, phone field with a country picker "
      "(+374, +98, +971), and OTP with a 60-second resend. The error states are in the attached PDF.",
      surface=P),
    c("contact-sharing", "fa",
      "در نسخه‌ی جدید، فیلد ایمیل رو با placeholder به شکل name@example.com گذاشتم که کاربر بفهمه فرمتش چیه."),
    c("contact-request", "fa",
      "آیدی تلگرام یا شماره‌تون رو نمی‌خوام، همه‌چی همین‌جا توی آپورک بمونه. فقط بگید کدوم صفحه‌ها اولویت دارن."),
    c("off-platform", "en",
      "I've designed chat UIs similar to Telegram and WhatsApp for two messaging startups - see the 'Pigeon' "
      "case in my Upwork portfolio. Happy to explain how we handled read receipts.", surface=P),
    c("payment", "fa-Latn",
      "Milestone-e aval ro fund kardid? Ta fund nashe shoroo nemikonam, ghanoon-e Upwork-e, shakhsi nagirid."),
    c("payment", "en",
      "Hi, I'd love to help design the wallet. I've shipped two crypto products: a non-custodial wallet for "
      "a DeFi startup and the merchant dashboard of a stablecoin payment gateway. A few thoughts after "
      "reading your post. The hardest screen in any wallet is 'Send': the user has to pick a network (TRC20, "
      "ERC20, BEP20), paste an address, and understand a fee that changes every minute. I'd design it so the "
      "network is chosen automatically from the address format when possible, with a clear warning if the "
      "user picks USDT on the wrong chain, which is the most common way people lose funds. For 'Receive' I'd "
      "show the QR and the address with one-tap copy and a reminder of which network to use. Fees: show them "
      "in USD and in the native token before confirmation, never after. I'd also add a transaction history "
      "with pending/confirmed states and a link to the block explorer. My process: flows and wireframes "
      "first (about a week), then visual design and a clickable prototype in Figma. Payment for me is "
      "through Upwork milestones as usual. Can you tell me whether you need light and dark themes, and which "
      "chains you support at launch?", surface=P),
    c("feedback", "en",
      "Thank you for the great collaboration! If you have a minute, an honest review would help me a lot - "
      "whatever you feel is fair."),
    c("feedback", "fa",
      "امتیاز ۴٫۸ اپلیکیشن توی اپ‌استور بعد از همین بازطراحی بود؛ چندتا از ریویوهای کاربرها رو هم ضمیمه کردم."),
    c("account-sharing", "en",
      "For the usability tests I'll create five dummy accounts (test1 to test5) in your staging app, so no "
      "real customer data is touched."),
    c("account-sharing", "fa-Latn",
      "Ye nafar behem payam dad ke account-am ro mahi 200 dollar ejare bedam. Report kardam. Shoma ham age "
      "didin gol nakhorid."),
    c("harassment", "fa",
      "من با این تصمیم موافق نیستم. اون صفحه‌ی پرداخت با تیک‌های پیش‌فرض برای بیمه، کاربر رو فریب می‌ده و "
      "اعتماد رو از بین می‌بره. ترجیح می‌دم این قسمت رو طراحی نکنم."),
    c("harassment", "fa", "نیازی به کشتن پروسه‌ی رندر نیست، فقط کش پلاگین رو پاک کنید و دوباره اکسپورت بگیرید."),
    c("harassment", "en", "Brutal honesty: my v2 is ugly. v3 tonight."),
    c("harassment", "fa-Latn",
      "Client-e ghabli behem fohsh dad va goft 'Irani-ha hame dorooghgoo-an'. Report kardam. Mamnoon ke "
      "shoma inghadr mohtaramid."),

    # ---------------- allowed (6) ----------------
    a("contact-sharing", "en",
      "Full case studies live at arashpx.example.com/work - it's a portfolio only, no contact form, and I'm "
      "happy to keep all messages here on Upwork.", surface=P),
    a("contact-sharing", "en",
      "My Figma account email is arash.px.design@gmail.com - please use it just for the file invite."),
    a("contact-sharing", "fa-Latn",
      "Hala ke contract shoroo shode, shomare-am +374 55 555 903 e, baraye hamahangi-e jalase-ha.",
      contract="active"),
    a("off-platform", "fa",
      "حالا که قرارداد شروع شده، سه‌شنبه یه جلسه‌ی گوگل‌میت بذاریم برای تست کاربردپذیری؟ لینکش رو همین‌جا می‌فرستم.",
      contract="active"),
    a("contact-sharing", "fa",
      "چون شرکتتون Enterprise هست، ایمیلم رو برای هماهنگی مصاحبه می‌فرستم: arash.px.design@gmail.com",
      client="enterprise"),
    a("contact-sharing", "en",
      "Signed NDA attached. As your form requires, it includes my address in Yerevan (12 Example St, apt 4) "
      "and my email."),
]
