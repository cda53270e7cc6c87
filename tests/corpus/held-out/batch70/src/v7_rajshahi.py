SLUG, ROLE = "rajshahi-scraping-dev", "freelancer"
ROWS = [
("V","cs","m","bn","", "ভাই, আমার হোয়াটসঅ্যাপ নম্বর ০১৭১১-৫৫৫৩২১, ওখানে স্যাম্পল CSV পাঠিয়ে দিচ্ছি। এখানে ফাইল আটকে যায়।"),
("V","cs","p","en","", """Hello,

I have 5 years of experience in Python scraping (Scrapy, Playwright, requests + BeautifulSoup) and I think your real-estate listings job is a good fit. I recently built a crawler for a property portal with 180k listings that runs nightly on a $6 VPS, handles Cloudflare with rotating residential proxies, and writes clean rows into PostgreSQL.

For your project:
- crawl the 3 sites you listed, about 40k listings per week
- normalise price, area (sqft / katha), address and agent name
- deduplicate across sites using fuzzy matching on address + price
- deliver as CSV and a Google Sheet that refreshes daily
- schedule with cron and send an alert if a site changes its layout

I respect robots.txt and rate limits, so the sites won't block us and you stay on the safe side. You can also mail me directly at rajshahi.scraper@gmail.com if you want the sample file before deciding.

Estimate: 4 days for the first site, 2 days each for the other two, plus 1 week of free maintenance. Fixed price $380.

Thanks for reading,
Tanvir"""),
("V","cr","m","bn","", "আপনার টেলিগ্রাম আইডিটা দিন, ওখানে বড় ফাইল পাঠাতে সুবিধা হবে।"),
("V","cr","m","en","", "Whats ur email bro? the json file is 40mb, upwork chat wont take it"),
("V","op","m","bn","", "এখানে কথা বললে অনেক দেরি হয়, মেসেঞ্জারে চলে আসুন, সব বুঝিয়ে দিচ্ছি।"),
("V","op","p","en","", "Hi, I can scrape the 12 supplier sites and deliver a clean Excel in 3 days. Can we hop on a WhatsApp video call today before you award? Give me a time, I will call you."),
("V","pay","m","bn","", "স্যার, আপওয়ার্ক অনেক চার্জ কাটে। আপনি চাইলে পেওনিয়ারে সরাসরি পাঠাতে পারেন, আমি রেট কমিয়ে দেব।"),
("V","pay","m","en","", "If you are from BD, just bKash 5000 tk advance, rest after delivery. No need upwork for this small job"),
("V","pay","m","bn","a", "পরের মাইলস্টোনটা নগদে পাঠিয়ে দিন ভাই, আপওয়ার্ক থেকে টাকা তুলতে অনেক সময় লাগে।"),
("V","fb","m","en","", "Final dataset ready ✅ I'll upload the full file after you leave the 5 star review, then you can download."),
("V","fb","m","bn","a", "ভাই একটা অনুরোধ, ফাইভ স্টার দিলে পরের প্রজেক্টে ২০% ছাড় দেব।"),
("V","as","m","en","", "My account got flagged for ID verification, can I use my cousin's profile to continue your job? Same me working, dont worry."),
("V","as","m","bn","", "আপনার LinkedIn আইডি আর পাসওয়ার্ডটা দিন, আমি লগইন করে ডাটা নামিয়ে দিচ্ছি।"),
("V","har","m","en","", "You are a cheap scammer client, paying $20 for 10k rows. People like you should be banned."),
("V","har","m","bn","", "গাধার মত প্রশ্ন করেন কেন? মাথায় কি কিছু আছে?"),
("V","har","m","en","a", "Dont test my patience. I know where you live from the shipping data, remember that."),
("C","cs","m","en","", "The scraper found 1,240 business emails and phone numbers on the directory. Do you want them in separate columns or one?"),
("C","cr","m","bn","", "আরেকজন ক্লায়েন্ট কন্ট্র্যাক্টের আগেই আমার নম্বর চাইছে। আমি দিইনি। দেওয়া কি ঠিক হতো?"),
("C","op","p","en","", "I'll share progress only here on Upwork: a daily CSV sample and a short screen recording uploaded to this chat. First batch within 48 hours of the contract."),
("C","op","m","bn","", "নতুন লিস্টিং এলে স্ক্র্যাপারটা টেলিগ্রাম বটে নোটিফিকেশন পাঠাবে — এটা কি আপনার দরকার?"),
("C","pay","m","bn","", "মাইলস্টোন ফান্ড দেখছি, ধন্যবাদ। সব পেমেন্ট আপওয়ার্কেই থাকুক।"),
("C","fb","m","en","", "If the data helps, feedback at the end is welcome. Honest is fine, even 4 stars, I'd rather know what to improve."),
("C","fb","m","bn","", "রিভিউগুলো স্ক্র্যাপ করব: রেটিং, তারিখ আর টেক্সট। রিভিউয়ারের নাম বাদ দেব, যাতে প্রাইভেসি থাকে।"),
("C","as","m","en","", "Please don't send me your Amazon login. Export the report yourself, or I can work from the public pages only."),
("C","as","m","bn","", "একজন মাসে ১০০ ডলারে আমার আপওয়ার্ক অ্যাকাউন্ট ভাড়া চাইল। আমি রাজি হইনি, রিপোর্ট করেছি।"),
("C","har","m","en","", "Honest view: the spec is vague. 'Get all data' is not a requirement. Please list the fields or I can't quote."),
("C","har","m","bn","", "কোডটা খুবই এলোমেলো, কোনো কমেন্ট নেই। আগের ডেভেলপার তাড়াহুড়ো করেছে, পুরোটা রিফ্যাক্টর করতে হবে।"),
("C","cs","m","en","", "Row 5551 has a number like 01711-555321 but in the source it's a fax; I flagged those rows in the 'is_fax' column."),
("C","pay","m","en","", "I won't take payment outside Upwork, sorry. It's against the rules and I want the protection too."),
("C","cr","m","en","", "A client asked me to collect personal phone numbers from Facebook groups. I said no; I only scrape public business listings."),
("A","cs","m","en","a", "Contract started, here is my WhatsApp 01711-555321 in case the server alert goes off at night."),
("A","op","m","bn","a", "কন্ট্র্যাক্ট চালু হয়েছে। কাল সকাল ১০টায় Zoom-এ ডেমো দেখাই? লিংক এখানেই দেব।"),
("A","as","m","en","", "My GitHub is rajshahi-py, please invite me to the scraper repo so I can open a PR."),
("A","cs","p","en","", "Past scrapers (my own code, public repos): github.com/rajshahi-py, see 'real-estate-crawler' and 'price-watch'."),
("A","cr","m","bn","e", "আপনারা Upwork Enterprise ক্লায়েন্ট, তাই আপনার ডেটা টিমের ইমেইলটা দিন, ওদের সাথে সরাসরি স্কিমা মিলিয়ে নেব।"),
("A","cs","m","en","", "I've signed the NDA; my full name and address in Rajshahi are filled in on page 2 as your lawyer asked."),
]
