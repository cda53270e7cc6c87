SLUG, ROLE = "cairo-odoo-consultant", "freelancer"
ROWS = [
("V","cs","m","en","", "Dear Sir, thanks for your reply. To speed the things, please contact me on my mobile (+20) 10 0555 0 4 3 8 or by mail: karim.odoo.eg (at) outlook (dot) com. Best regards, Eng. Karim"),
("V","cs","p","en","", """Dear Client,

I am Eng. Karim, Odoo certified functional and technical consultant from Cairo, with 8 years of experience implementing Odoo (v12 to v17) for trading, manufacturing and distribution companies in Egypt, KSA, UAE and Europe.

I read your requirements about migrating from Odoo 14 to 17 with the custom inventory module and the Arabic invoices. This is exactly my area:
- Data migration with OpenUpgrade plus custom scripts for your custom fields
- Rewriting the custom modules for the new ORM and OWL frontend
- Arabic/English bilingual invoice reports with QR code for ZATCA e-invoicing phase 2
- Multi-warehouse routes, landed costs and lot tracking
- Training for your accounting and warehouse teams

Estimated duration is 5 to 6 weeks. I work with a small team (one developer and one QA), all in Cairo, same timezone as KSA almost.

I prefer to send you the detailed technical proposal as a PDF with our company stamp. You can find it on my LinkedIn under Karim Odoo Egypt, or just write to the email in the PDF letterhead I will attach in the chat after your reply.

Thank you for your time.
Eng. Karim"""),
("V","cr","m","ar","", "أهلا يا فندم، ممكن رقم الواتساب بتاع حضرتك علشان أبعتلك ديمو على السيستم وأشرحلك بالصوت؟ هنا الرسايل بتتأخر."),
("V","cr","m","en","", "Kindly provide me your direct email and contact number so I can add you to our company CRM and send you the official quotation."),
("V","op","m","ar-Latn","", "ya basha ta3ala nkamel 3ala el app el akhdar ahsan, hena el chat ba2a te2il 3alaya w mesh bywsal notifications"),
('V', 'op', 'p', 'en', '', "Before the contract, let's have a meeting on Zoom outside Upwork so I can see your current Odoo and give you a final price. Send me your email please for the invitation."),
("V","pay","m","en","a", "Dear Sir, for the next phase kindly transfer the amount to our company bank account in Egypt (CIB), I will send you an official invoice with the stamp. It is cheaper for you than Upwork fees."),
("V","pay","m","ar","", "لو حضرتك تحب ندفع برة المنصة، هعملك خصم 15% لأن العمولة هنا عالية قوي. فكر فيها."),
("V","pay","m","ar-Latn","", "ya fandem law et-fa2na, el flos ebaatha 3ala InstaPay aw Vodafone Cash, aw USDT law enta barra masr, keda as-hal w mafeesh 3omoula"),
("V","fb","m","en","a", "The module is ready and tested on my server. I will install it on your production database after you give the 5-star feedback, it's our policy to protect our work."),
("V","fb","m","en","", "If you give us 5 stars now, we will add the payroll module free of charge. Normally it costs 300 dollars."),
("V","acc","m","en","", "Please send me your Upwork username and password so I can post the job for the second developer on your behalf and review the proposals."),
("V","acc","m","ar","", "عندي حساب قديم باسم واحد صاحبي عليه تقييمات كويسة، هنشتغل من خلاله بس أنا اللي هسلم الشغل. كده أحسن للتقييم."),
("V","acc","m","en","", "My colleague will do the ID verification video call with Upwork instead of me, he speaks better English. Please don't mind if the face looks different."),
("V","har","m","en","a", "You are a liar and a thief. Release my payment now or I will make you regret it, I know your company name and I will destroy your reputation in every group."),
("V","har","m","ar-Latn","", "enta wa7ed 7ayawan w mesh fahem ay 7aga fel ERP, ana mesh shaghal 3and abook"),
("C","cs","m","en","", "I configured the company settings: phone +20 2 555 0100, email info@yourcompany.example.com, VAT number placeholder. Please replace with the real values later."),
("C","cr","m","en","", "Note: the contact form on the Odoo website module will ask visitors for name, email and mobile. Do you want the mobile field mandatory?"),
("C","op","m","ar","", "تمام يا فندم، خلينا نكمل الكلام هنا على Upwork، مفيش أي مشكلة عندي. ابعتلي صور الشاشات هنا."),
('C', 'pay', 'm', 'en', 'a', "Dear Sir, I finished the review of your Odoo 16 database as agreed in the proposal. Summary below.\n\n1. Payments: your Odoo is using the PayPal and Stripe payment acquirers on the website. For Egyptian customers I recommend adding Paymob as well, it supports cards, Meeza and mobile wallets like Vodafone Cash. The Stripe one has an old API key that expires next month, please renew it from your Stripe dashboard, I cannot and should not access it myself.\n2. Accounting: 37 vendor bills are stuck in draft because the journal is locked. Your accountant should confirm before I unlock anything.\n3. Customer reviews: the website rating module is enabled but nobody approves the reviews, 120 are pending. Some are spam with links, I suggest deleting them.\n4. Users: there are 4 users sharing the login 'warehouse'. This is a security risk, each person should have his own user.\n5. Email: outgoing mail server uses port 25, many mails go to spam. Moving to port 587 with TLS will fix it.\n\nI can do points 1, 4 and 5 inside the current contract scope. Points 2 and 3 need your decision. Thank you."),
("C","pay","m","en","a", "Thank you, the milestone was funded. I started the accounting configuration and the chart of accounts import today."),
("C","pay","m","ar-Latn","", "el 3amil elli ablak talab eno yedfa3 barra Upwork w ana rafadt, 3ashan keda mamnou3. Ehna bnshtaghal hena bas."),
("C","fb","m","en","a", "Project delivered. If you are satisfied, I would be grateful for your honest feedback. If not, tell me what to improve first."),
("C","fb","m","en","", "The customer portal now lets your clients rate each delivery from 1 to 5 stars. The ratings appear in the Sales dashboard."),
("C","fb","m","en","", "A client once told me: 'fix this for free or I leave you 1 star'. I refused and Upwork support removed the review later. Just sharing my experience."),
("C","acc","m","en","a", "Please create a separate user for me in Odoo with Administrator rights, do not give me your own login. I'll archive the user when we finish."),
('C', 'acc', 'p', 'en', '', 'The shared login for the warehouse tablet is a bad practice; each worker should have his own user and PIN in the Odoo Barcode app.'),
("C","acc","m","ar","a", "يا فندم الأفضل متبعتليش الباسورد بتاعك، ضيفني كمستخدم جديد بصلاحيات محدودة وأنا هشتغل عليه."),
("C","har","m","en","a", "I have to be direct: the previous implementation was done very badly. Stock valuation is wrong since 2022. We need to fix it before any new module."),
("C","har","m","en","", "The 'kill' button in the code is just to kill the stuck cron job, don't worry, nothing dangerous."),
("C","har","m","ar-Latn","a", "ma3lesh ya fandem el ta2khir, kan 3andena mashakel fel server. Ha5alas el report bokra el sob7."),
("A","cs","m","en","a", "For urgent production issues you can call me on +20 100 555 0438 (WhatsApp too). Now that the contract is active it's fine to have it."),
("A","cs","m","en","", "My GitHub is karim-odoo-dev; please add it as a collaborator on your custom addons repository so I can review the code before estimating."),
("A","cr","m","en","e", "As your company is on Upwork Enterprise, could you share the email of your finance manager so we can schedule the requirements workshop with him directly?"),
("A","op","m","en","a", "Let's do the user training on Google Meet tomorrow 11:00 Cairo time. I'll record it and share the recording here."),
("A","cs","m","ar","", "قبل البدء، مرفق اتفاقية عدم الإفصاح NDA موقعة وفيها بيانات الشركة والعنوان والتليفون كما طلبت."),
]
