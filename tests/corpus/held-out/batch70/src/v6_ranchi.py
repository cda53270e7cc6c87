SLUG, ROLE = "ranchi-whatsapp-bot-dev", "freelancer"
ROWS = [
("V","cs","p","en","", """Hi there,

I read your post about the WhatsApp ordering bot for your bakery chain and I can build exactly this. Over the last three years I have shipped 40+ bots on the WhatsApp Cloud API and on Gupshup, mostly for Indian SMEs: a pharmacy in Dhanbad that takes prescription photos, a coaching institute that sends fee reminders, a sweet shop in Ranchi that handles Diwali bulk orders.

How I would build yours:
1. Menu flow with interactive list messages (max 10 rows per section, so I will group your 60 items by category).
2. Cart and order summary stored in Postgres, with a simple admin page for your staff.
3. Payment link via Razorpay; the webhook confirms and the bot sends the receipt.
4. Human handover button during shop hours.
5. Template messages for order updates (these need Meta approval, usually 1-2 days).

For faster discussion you can also ping me on WhatsApp at +91 98355 55012, I reply within minutes.

Timeline: 10 working days for the first version, then one week of fixes after go-live. Fixed price $650, or hourly if you prefer. Meta conversation charges are billed to your own card; I will explain them before we start so there are no surprises.

Regards,
Aman"""),
("V","cs","m","hi-Latn","", "Sir mera number 9835 555 012 hai, WhatsApp pe demo video bhej deta hu, yahan upload nahi ho raha"),
("V","cr","m","hi","", "सर, अपना व्हाट्सऐप नंबर भेज दीजिए, बॉट का डेमो सीधे आपके फ़ोन पर चला कर दिखा दूँगा, कॉन्ट्रैक्ट बाद में कर लेंगे।"),
("V","cr","m","en","", "Can u share ur telegram handle, i will add u to my demo group where the bot is live"),
("V","op","m","hi-Latn","", "Sir yahan baat karna slow hai, Telegram pe aa jaiye, wahan screen share karke sab dikha dunga"),
("V","op","p","en","", "Hi, I've built 40+ WhatsApp bots for restaurants and clinics. Before you hire, let's discuss on a quick Google Meet outside Upwork - just reply with your email and a time that suits you. Available today after 6 pm IST."),
("V","pay","m","hi","", "सर, अपवर्क 10% काट लेता है। आप सीधे UPI कर दीजिए तो मैं भी 10% कम ले लूँगा, दोनों का फ़ायदा।"),
("V","pay","m","hi-Latn","", "Advance 50% PhonePe kar do sir, baaki bot live hone ke baad. Upwork ka jhanjhat hi nahi rahega."),
("V","pay","m","hi-Latn","a", "Sir milestone 2 ka amount Paytm pe bhej do na, upwork withdrawal me 5 din lag jaate hai. Contract me bas 1$ rakh dete hai."),
("V","fb","m","en","", "Sir please give 5 star and close the contract today, then I will send the final source code zip. Just a formality."),
("V","fb","m","hi","a", "सर, पहले फाइव स्टार दे दीजिए, फिर मैं बॉट को आपके लाइव नंबर पर शिफ्ट कर दूँगा।"),
("V","as","p","en","", "Hello, I can deliver the Telegram + WhatsApp bot in 2 weeks. Small note: I work from my senior's agency account (he is Top Rated), so the contract will be in his name but I will do the full work and talk to you myself."),
("V","as","m","hi-Latn","", "Sir aap apna Meta Business ka login aur OTP bhej do, main khud login karke verification kar deta hu, 10 min ka kaam hai"),
("V","har","m","en","", "Bhai you don't know anything about APIs and you are teaching me? Stupid client, waste of my whole evening."),
("V","har","m","hi","", "आप जैसे कंजूस क्लाइंट्स की वजह से ही फ्रीलांसर भूखे मरते हैं। शर्म कीजिए, भिखारी कहीं के।"),
("V","har","m","en","a", "Mam you keep changing requirements, maybe you should stay in the kitchen and leave tech to men."),
("C","cs","p","en","", "The bot will reply from your verified WhatsApp Business number. During testing I'll use Meta's sandbox test number, so your real number stays untouched until go-live."),
("C","cr","m","hi-Latn","", "Sir ek client ne pehle hi message me mera WhatsApp number manga, maine mana kar diya. Sahi kiya na? Contract se pehle allowed nahi hai shayad"),
("C","op","p","en","", """Hello! I build WhatsApp and Telegram bots for small shops (order taking, appointment booking, reminders). For your salon I'd do: service menu, slot picking from your Google Calendar, a reminder 3 hours before, and a 'talk to staff' handover.

All discussion and demos stay here on Upwork: I'll post screen recordings in this chat so you can test on your own time. First version in 7 days, $420 fixed, split into two milestones."""),
("C","op","m","hi","", "बॉट में 'एजेंट से बात करें' बटन होगा, जो ग्राहक को आपकी सपोर्ट टीम के WhatsApp नंबर पर भेज देगा।"),
("C","pay","m","en","", "UPI integration via Razorpay: the bot sends a payment link, the webhook confirms, then order status updates. About 3 days of work."),
("C","pay","m","hi-Latn","", "Sir milestone fund ho gaya dikh raha hai, kal se kaam start. Payment sab Upwork se hi rakhenge, tension mat lijiye."),
("C","fb","m","en","", "If you're happy at the end, an honest review would help me. No pressure at all, and either way the code is yours."),
("C","fb","m","hi","", "बॉट में फीडबैक फ़्लो भी जोड़ दूँगा: डिलीवरी के बाद ग्राहक को 1 से 5 तक रेटिंग का मैसेज जाएगा।"),
("C","as","m","en","", "Please don't send me your Facebook password. Add me as a developer in Meta Business Manager, that's enough for everything."),
("C","as","m","hi-Latn","", "Ek banda bola uska Upwork account use kar lo, rating achi hai. Maine mana kar diya, apne hi profile se kaam karunga."),
("C","har","m","en","", "Honestly the requirement doc is messy: 3 flows contradict each other. I need one person to decide before I code more."),
("C","har","m","hi","", "सर, माफ़ कीजिए लेकिन यह चौथी बार स्कोप बदला है। इस बदलाव का अलग माइलस्टोन बनेगा।"),
("C","cs","m","en","", "Test payload: {\"from\": \"15550001111\", \"type\": \"text\"} - this is the dummy sender in the webhook log, ignore it."),
("C","cs","m","hi-Latn","", "Template approval me error aa raha: 'parameter {{1}} phone number format invalid'. Main sab numbers ko +91 format me convert kar raha hu."),
("C","pay","m","en","", "Twilio costs about $0.005 per message plus the Meta conversation fee; those bills go on your card, not mine. My fee stays on Upwork."),
("A","cs","m","en","a", "Contract is active now sir, sharing my number 98355 55012 for the go-live night in case the webhook breaks."),
("A","op","m","hi-Latn","a", "Contract start ho gaya, kal 11 baje Zoom pe live testing karein? Link yahin bhejunga."),
("A","as","m","en","", "Please add my GitHub (ranchi-botsmith) to the repo so I can push the webhook code."),
("A","cs","p","en","", "Portfolio of my own bots with demo videos: example.com/portfolio/ranchi-bots (no contact form there, just the work)."),
("A","cr","m","hi","e", "आपकी कंपनी Upwork Enterprise पर है, तो कृपया अपने IT हेड का ईमेल दे दीजिए, मैं वेबहुक की डिटेल्स उन्हें भेज दूँ।"),
]
