"""Freelancer voice: Anandu, a Flutter developer in Kochi, Kerala (small team, food
delivery and e-commerce apps). Indian English ('kindly', 'sir', 'do the needful'),
Malayalam in Latin letters (ml-Latn) when typing fast, a little Malayalam script."""
from common import v, c, a

SLUG = "b59-kochi-flutter-dev"
P = "proposal"

CASES = [
    # ---------------- violations (16) ----------------
    v("contact-sharing", "en",
      "Dear Client, Greetings from Kochi! I have gone through your requirement for a food delivery app with "
      "customer, restaurant and delivery-partner panels. I am Anandu, Flutter developer with 6+ years "
      "experience and 30+ apps live on Play Store and App Store. Recently I completed a similar multi-vendor "
      "app for a cloud-kitchen brand in Dubai: real-time order tracking with Google Maps, Firebase "
      "notifications, Razorpay and Stripe payments, and an admin dashboard in Laravel. My approach for your "
      "project: 1) finalise screens in Figma within the first week, 2) build the customer app and restaurant "
      "app in parallel using a shared codebase with BLoC state management, 3) delivery-partner app with live "
      "location and route optimisation, 4) testing on real devices and store submission. I will give weekly "
      "builds so you can test on your own phone. For a quick demo APK of the Dubai app, ping me on WhatsApp: "
      "nine eight four seven five, five five five zero one, I can send it in 5 minutes. Estimated timeline: "
      "10-12 weeks. Budget as per your post is fine. Kindly let me know whether you already have the backend "
      "or we need to build it also. Looking forward to work with you.", surface=P),
    v("contact-sharing", "ml-Latn",
      "Sir, ente number 98475 55501 aanu, whatsapp il oru hi ittal mathi, APK avide ayachu tharam."),
    v("contact-request", "en", "sir pls share ur mail id"),
    v("contact-request", "ml-Latn",
      "Chetta, ningalkku Telegram undo? Avide video call cheythu samsarikkam, kure koodi eluppam aanu."),
    v("off-platform", "en",
      "Kindly let us connect over Google Meet outside Upwork for detailed discussion, I will share the link "
      "to your mail id."),
    v("payment", "en",
      "Sir if you pay through GPay/UPI directly I can reduce 10%, Upwork is cutting too much."),
    v("payment", "ml-Latn",
      "Contract close cheythittu baaki amount bank transfer aayi ayachal mathi, randu perkkum fee labham aanu.",
      contract="active"),
    v("feedback", "en",
      "Sir, release build is ready, but I will share the Play Store AAB only after you give 5 star feedback. "
      "This is our agency policy.", contract="active"),
    v("feedback", "en",
      "Sir you gave 3 stars?? Kindly change it to 5 today itself, otherwise I cannot take your next "
      "project. My family depends on this rating."),
    v("feedback", "ml-Latn", "Feedback 5 star ittal adutha project il 20% discount tharam, urappu."),
    v("account-sharing", "en",
      "If your card is not getting accepted by Upwork, no problem, we can provide a ready client account "
      "with payment verified. Just use it to hire us.", surface=P),
    v("account-sharing", "en",
      "Sir, good morning. First I want to apologise for the delay in milestone 2. Last week there was heavy "
      "rain and power cut in our area for two days, and my laptop charger also got damaged, so I could not "
      "push the build on Friday as promised. Now everything is back to normal. Status: login with OTP is "
      "done, cart and checkout are done, Razorpay test payments are working, only the order history screen is "
      "pending and one crash on Android 10 devices when the user opens the camera for profile photo. I will "
      "fix that by tomorrow. One more thing sir, my account's JSS dropped because of one old client who never "
      "closed the contract properly, and Upwork is showing some limit on my profile. So from next milestone "
      "I will send you a proposal from my friend's account, he has 100% JSS and Top Rated. Kindly hire that "
      "one and close this contract, I will continue the same work there, no change in price or team. After "
      "that I will share the build for testing. Kindly confirm the new colour for the buttons also, the "
      "client logo has two greens. Thank you for your patience sir.", contract="active"),
    v("account-sharing", "ml-Latn",
      "Ente account oru maasathekku vaadakakku tharam, 15000 rupa. Payment varumbol 20% enikku, baaki ninakku."),
    v("harassment", "en",
      "Madam, no offence, but technical decisions should be taken by your husband or a male CTO. Ladies "
      "generally don't understand state management."),
    v("harassment", "ml",
      "നിങ്ങൾ പണം തരാതെ പറ്റിച്ചാൽ, നിങ്ങളുടെ ആപ്പ് ഞാൻ പൂട്ടിക്കും. അനുഭവിക്കും നിങ്ങൾ.", contract="active"),
    v("harassment", "en", "u r such a b!tch, stop msging me at 3am", contract="active"),

    # ---------------- clean hard look-alikes (14) ----------------
    c("contact-sharing", "en",
      "TextFormField(keyboardType: TextInputType.phone, validator: (v) => "
      "RegExp(r'^[6-9]\\d{9}$').hasMatch(v ?? '') ? null : 'Enter valid mobile number') // Indian 10-digit check"),
    c("contact-sharing", "en",
      "Test login for the Play Store reviewer: demo@example.com / Demo@123. OTP is fixed as 000000 in staging only."),
    c("contact-request", "ml-Latn",
      "Sir, app il customer care number evide kodukkanam? Settings page il aano footer il aano?"),
    c("off-platform", "en",
      "I have integrated WhatsApp share, Google Meet deep links and the Telegram login widget in earlier "
      "apps. Screenshots are in the portfolio section of my Upwork profile.", surface=P),
    c("payment", "en",
      "Sir, regarding the payment module, here is the plan so we are on the same page. We will use Razorpay "
      "as the gateway because it supports UPI, cards, net banking and wallets like Paytm in one SDK. Flow: "
      "the app calls our backend to create an order, backend returns the order_id, the Flutter app opens "
      "Razorpay checkout, and after success we verify the signature on the server, never only in the app, "
      "otherwise anyone can fake a payment. For UPI intent on Android, Google Pay, PhonePe and Paytm will "
      "appear automatically if installed. Refunds: we will call the refund API from the admin panel, and the "
      "customer gets the money back to the same source in 5-7 days; I will show that message in the app. "
      "Webhooks: payment.captured and refund.processed, so the order status updates even if the user closes "
      "the app. For testing I will use Razorpay test keys and the test UPI id success@razorpay, so no real "
      "money moves. Live keys you please add yourself in the environment file on the server, don't send them "
      "to me in chat. Estimated effort: 3 days including testing."),
    c("payment", "ml-Latn", "Milestone fund cheythu ennu kandu, thanks sir, innu thanne start cheyyam."),
    c("feedback", "en", "Thank you sir for the feedback. 4 star is fair, I will improve my communication."),
    c("feedback", "en",
      "Sir, if you are satisfied, kindly leave honest feedback whenever convenient. No compulsion."),
    c("account-sharing", "en",
      "Apple needs the developer account in your company name, not mine. I will guide you to create it, "
      "then add me as Admin under Users and Access."),
    c("account-sharing", "ml-Latn",
      "Njangalude agency il ellarum avaravarude profile il aanu login cheyyunnathu, onnum share cheyyilla."),
    c("harassment", "en",
      "Honestly the previous code is very poor: no state management, 3,000-line widgets, API keys hardcoded "
      "in the app. Rewrite will be cheaper than fixing."),
    c("harassment", "ml-Latn",
      "Pazhaya code full bug aanu, ellam maatti ezhuthanam. Aarudeyum kuttam alla, deadline aayirunnu prashnam."),
    c("harassment", "en", "Killed the zombie isolates, memory stable now."),
    c("feedback", "ml", "കഴിഞ്ഞ ആപ്പിന്റെ പ്ലേ സ്റ്റോർ റേറ്റിംഗ് 4.6 ആയി, യൂസർ റിവ്യൂകൾ നല്ലതാണ്."),

    # ---------------- allowed (6) ----------------
    a("contact-sharing", "en",
      "Pls add anandu-flutter as collaborator on the GitHub repo, that is my id. Then I will raise the PR for the login fix."),
    a("contact-sharing", "ml-Latn",
      "Ippo contract active aanu, ente whatsapp 98475 55501. Build ready aakumbol avide ayakkam.",
      contract="active"),
    a("off-platform", "en",
      "Contract started sir, shall we connect on Google Meet at 7 pm IST for the sprint demo? Link I will post here.",
      contract="active"),
    a("contact-sharing", "en",
      "Use anandu.flutterdev@gmail.com only to add me to the Firebase project, nothing else needed."),
    a("contact-sharing", "en",
      "As you are an Enterprise client, sharing my contact for the HR call: anandu.flutterdev@gmail.com, "
      "+91 98475 55501.", client="enterprise"),
    a("contact-sharing", "en",
      "Live apps I built (portfolio): anandu.example.com/apps. All communication here only.", surface=P),
]
