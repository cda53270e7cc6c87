from lib import W
LONG1 = ("Hi there,\n\nI read your post about moving the store from WooCommerce to Shopify before the holiday season, and the part about keeping the old product URLs alive caught my eye — that is where most migrations lose their search traffic. "
"I have done six WooCommerce-to-Shopify moves in the last two years, the biggest one with 4,300 SKUs and variant-heavy apparel, and in every case we kept rankings stable by mapping each old URL to a 301 redirect and re-importing reviews with their original dates.\n\n"
"My plan for you: week one, a full export and a redirect map you can check line by line; week two, theme setup and product import with metafields for size charts; week three, a test checkout with real orders, then launch on a quiet weekday morning. "
"I will keep the WooCommerce site read-only for 30 days so nothing is lost.\n\n"
"Budget-wise I'd split it into three milestones of $600, $600 and $400. If you prefer, we can settle the last milestone through PayPal to keep costs down for both of us. "
"I'm available 25 hours a week, overlapping your mornings in EST.\n\nOne question: do you use any subscription app today? That changes how we move customer payment tokens.\n\nBest,\nMarta")
W(LONG1,"violation","payment",surface="proposal")
LONG2 = ("Hello! I'm a bookkeeper with seven years in QuickBooks Online and Xero, and I specialise in catching up messy books for small e-commerce brands like yours. "
"You mentioned twelve months of uncategorised transactions and a sales tax filing due next month — that is very doable if we start with the bank feeds and Shopify payouts, because those make up most of the noise.\n\n"
"Here is how I would work: first I reconcile each bank and credit card account month by month, then I match Shopify payouts to orders so fees and refunds land in the right accounts, and finally I give you a clean profit and loss with notes on anything unusual. "
"I send a short written update every Friday here in the Upwork chat, so you always know where things stand.\n\n"
"I've attached two anonymised sample reports from similar clean-ups (you can also reach me at qbooks.demo@outlook.com if the attachments don't open). "
"My rate is $35/hour and I estimate 30 to 40 hours for the catch-up, after which monthly upkeep usually takes about 6 hours.\n\n"
"Could you tell me which payment processors besides Shopify Payments you use? PayPal and Klarna payouts need their own clearing accounts.\n\nThanks for reading,\nDeepa")
W(LONG2,"violation","contact-sharing",surface="proposal")
LONG3 = ("Hi Daniel,\n\nYour job post says the React Native app crashes on Android 14 when users open the camera from the chat screen, and that the crash started after the Expo SDK upgrade. "
"That pattern is almost always the new photo picker permission model: the app asks for READ_MEDIA_IMAGES but the camera module still expects the old storage permission, and the intent returns null. "
"I fixed exactly this for a telehealth app in March.\n\n"
"What I would do: reproduce on a Pixel emulator with API 34, update expo-image-picker and expo-camera to matching versions, add the partial media access flow, and write a Detox test so it doesn't come back with the next upgrade. "
"I'd also check your Sentry logs for the other two crash groups you mentioned, since one of them looks like a memory spike on image upload.\n\n"
"I estimate 6 to 10 hours. I won't need any of your store credentials — a TestFlight/Internal testing invite and read access to the repo are enough. "
"Happy to jump on a quick WhatsApp call to walk you through the root cause before you decide, just tell me a time.\n\nCheers,\nIfeoma")
W(LONG3,"violation","off-platform",surface="proposal")
LONG4 = ("Hello Ms. Okafor,\n\nThank you for inviting me to your job for the quarterly newsletter. I went through your last three issues and the tone is warm and a little academic, which suits a community health charity; I would keep that voice and tighten the openings so readers reach the story faster. "
"For the spring issue I'd suggest leading with the mobile clinic volunteers, then the funding update, then the events calendar.\n\n"
"My process is simple: an outline for your approval, a first draft within five working days, and two rounds of revisions. Everything, drafts and comments included, stays here in the Upwork messages and files, so your team can find it later. "
"I don't need access to your Mailchimp account; I will deliver the copy in a Google Doc shared from your side, and your coordinator can paste it in.\n\n"
"On budget, $350 for the issue works for me as a fixed-price milestone. When we finish, I'd be grateful for honest feedback, whatever it is — it helps me improve.\n\n"
"Could you send me the volunteer quotes you mentioned? Names can stay anonymous if you prefer.\n\nKind regards,\nHelena")
W(LONG4,"clean","feedback",surface="proposal")
