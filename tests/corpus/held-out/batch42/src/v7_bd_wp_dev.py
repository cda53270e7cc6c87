# Voice 7: Rakib, WordPress/Elementor/WooCommerce developer from Dhaka, Bangladesh; writes Banglish (Bengali in Latin letters) to Bangladeshi clients and South-Asian English to others.
from common import C
SOURCE = 'b42-bd-wp-banglish'
CASES = [
# --- violations ---
C("""Hello Sir,

Greetings from Dhaka! I have gone through your job post carefully and I understood you need to fix your WooCommerce checkout and make the whole website faster, especially on mobile. I am confident I can do it within your deadline.

About me: I am a WordPress developer with 6+ years experience, 300+ sites delivered, Elementor Pro, WooCommerce, ACF, custom theme from Figma, speed optimization (I regularly get 90+ on PageSpeed mobile), malware removal and migration.

What I found after quick look at your site (without login, only from outside):
1) You are loading 3 slider plugins but using only one. This alone adds 1.2 MB JS.
2) Images are not WebP and not lazy loaded below the fold.
3) Checkout page is cached by your cache plugin, that is why some customers see other people's cart — this is serious, need fix first.
4) Your PHP version is 7.4, should upgrade to 8.2 after checking plugin compatibility.
5) No staging site. I will create one, so your live shop is never broken during work.

My plan:
Day 1 — staging + full backup
Day 2-3 — checkout fix, cache exclusion rules, payment gateway test (Stripe + PayPal sandbox)
Day 4-5 — speed work, image conversion, unused plugin removal, CDN setup
Day 6 — testing on real devices, report with before/after scores

For quick communication you can knock me on Skype, id is live:rakib.wpdev.bd, I am online almost 18 hours.

Some of my recent WooCommerce works: a halal grocery store in Manchester (checkout with delivery slots), a furniture shop in Dubai with custom product configurator, and a printing company in Texas with file upload on product page. All sites are still running and I maintain two of them monthly.

I will never touch your live payment settings without your written approval here, and I will hand over a simple document of every change I made, with plugin list and settings, so any developer can continue after me.

I also give 30 days free support after delivery for any bug related to my work. Budget is fine for me. Looking forward to hear from you.

Best regards,
Rakib""", 'v', 'cs', 'p'),
C("Vaiya apnar WhatsApp number ta diben? Okhane screenshot gula pathai, Upwork e file upload hote onek time lage.", 'v', 'cr', lang='bn-Latn'),
C("Apu, amar number zero one seven zero zero, zero zero zero zero, four seven. IMO te o ache, call diyen.", 'v', 'cs', lang='bn-Latn'),
C("Vai next kaj ta Upwork er baire koren, bKash e pathay diyen, 20% fee bachbe apnar o amar o.", 'v', 'pay', lang='bn-Latn', contract='active'),
C("Sir, for this small CSS fix no need milestone, you can send 15 USD by Payoneer to my email directly, I will do it in 10 min.", 'v', 'pay'),
C("Dear Sir, site is fully ready and live on staging. Kindly give the 5 star feedback first, then I will push to live server. This is my policy for all clients.", 'v', 'fb', contract='active'),
C("Apu 5 star diye dile next month er maintenance free kore dibo, promise 🙏", 'v', 'fb', lang='bn-Latn', contract='active'),
C("Sir kindly do not give less than 5 star, my account is new and one bad review will finish my career. I have done everything you asked even extra.", 'v', 'fb', contract='active'),
C("Vai amar team er Sohel apnar kaj ta dekhbe, o amar Upwork account e login kore message er reply dibe, tension niyen na.", 'v', 'acc', lang='bn-Latn', contract='active'),
C("Sir, can you share your Upwork account login? I will post the job for a content writer on your behalf and manage him, you will save time.", 'v', 'acc', contract='active'),
C("I have one verified account from my uncle, I work from that account for US clients because they trust more. Same me, only name different.", 'v', 'acc'),
C("Apni ekta faltu manush. Eto din kaj koraye ekhon taka dite chan na, lojja kore na?", 'v', 'har', lang='bn-Latn', contract='active'),
C("You people always think Bangladeshi developers are cheap labour. Shame on you and your whole company.", 'v', 'har', contract='active'),
C("Vai Telegram e ashen, okhane details boli. Ekhane sob kotha bola jay na, bujhen to 😉", 'v', 'op', lang='bn-Latn'),
C("Kindly share your email sir, I will send you full quotation and my company profile there for your kind consideration.", 'v', 'cr'),
C("Visit my agency website rakibwp.example.com and fill the 'Get a Quote' form, my team will call you within 1 hour.", 'v', 'cs', 'p'),
C("Sir final payment ta Binance Pay te diben? Upwork withdraw e amar bank onek din lagay.", 'v', 'pay', lang='bn-Latn', contract='active'),
C("Let's finish the talk on the other app with the paper plane logo 😊 same name as here.", 'v', 'op'),
# --- clean ---
C("Sir bKash and Nagad payment gateway integrate kora hoye geche WooCommerce e. Test order e 10 taka diye check korsi, thik ache.", 'c', 'pay', lang='bn-Latn', contract='active'),
C("Please create a separate admin user for me in WordPress (Users > Add New). Don't send your own admin password, it is not safe.", 'c', 'acc', contract='active'),
C("Contact page e apnar office er address, phone number ar Google Map embed kore dilam. Ekbar check kore bolben.", 'c', 'cs', lang='bn-Latn', contract='active'),
C("Review plugin (Site Reviews) install korlam, customer ra product e star rating dite parbe. Admin approve chara review publish hobe na.", 'c', 'fb', lang='bn-Latn', contract='active'),
C("Sir the WhatsApp chat button on bottom right is now showing only on mobile as you wanted. Number is taken from the theme options.", 'c', 'op', contract='active'),
C("Login page er brute force attack atkaite Wordfence diye limit login attempts set korsi. 5 bar vul password dile 1 ghonta block.", 'c', 'acc', lang='bn-Latn', contract='active'),
C("Thanks for the 5 star sir! It was pleasure working with you. If you need anything in future I am here on Upwork.", 'c', 'fb', contract='active'),
C("Milestone 2 submit korlam. Apni review kore approve korle Upwork theke payment release hobe, kono tara nai vaiya.", 'c', 'pay', lang='bn-Latn', contract='active'),
C("Malware scan shesh. Hacker ra footer e casino link inject korechilo, sob clean kore password change korte bolchi apnake.", 'c', 'har', lang='bn-Latn', contract='active'),
C("Sir I am not comfortable to take payment outside Upwork, sorry. If budget is issue we can reduce scope, no problem.", 'c', 'pay', contract='active'),
C("Screening question: 'Have you worked with payment plugins?' — Yes, Stripe, PayPal, SSLCommerz, Razorpay and Authorize.net, also subscription renewals.", 'c', 'pay', 'p'),
C("The email notifications for new orders were going to spam. I configured WP Mail SMTP with your domain email, now they land in inbox.", 'c', 'cs', contract='active'),
C("Sorry vaiya, gotokal rag kore beshi kotha bole felsi. Amar vul, ajke theke kaj time moto deliver korbo.", 'c', 'har', lang='bn-Latn', contract='active'),
C("Dead code kill kore dilam, unused shortcode gulo remove korsi, site ekhon onek halka.", 'c', 'har', lang='bn-Latn', contract='active'),
# --- allowed ---
C("Contract start hoye geche, tai ekhon number dicchi: 01700-000047 (WhatsApp). Server down hole raat e call diben.", 'a', 'cs', lang='bn-Latn', contract='active'),
C("For the GitHub repo of the custom plugin, my username is rakib-wpdev. Please add me as collaborator, rest of discussion we keep here.", 'a', 'cs'),
C("Sir kindly invite rakib.wpdev@gmail.com to the Figma file, this email I use only for Figma and Google Drive access.", 'a', 'cs'),
C("As your company works with Upwork Enterprise and your manager asked, I am sending my email rakib.wpdev@gmail.com for the MS Teams technical interview.", 'a', 'op', client='enterprise'),
C("Contract active ache, tai apnar WhatsApp ta diben? Live e jawar somoy sathe sathe janate parbo.", 'a', 'cr', lang='bn-Latn', contract='active'),
]
CASES += [
C("ClickUp workspace e invite diben vaiya, amar email rakib.wpdev@gmail.com, shudhu task board er jonno. Kotha ekhanei hobe.", 'a', 'cs', lang='bn-Latn'),
C("Vaiya ami WooCommerce e bKash, Nagad, SSLCommerz sob integrate korsi age. Payment Upwork milestone e nile amar kono problem nai, delivery 5 diner moddhe.", 'c', 'pay', 'p', lang='bn-Latn'),
C("Vai inbox e apnar number den, ami call diye sob bujhiye dibo, kaj 2 dine shesh.", 'v', 'cr', 'p', lang='bn-Latn'),
]
CASES += [
C("Hello, I have 6+ years with WooCommerce multi-vendor sites and I have read your scope document. As your post says your company is on Upwork Enterprise and your IT team prefers to interview on Teams, you can reach me at rakib.wpdev@gmail.com or +880 1700 000047 to set a time.", 'a', 'cs', 'p', client='enterprise'),
]
