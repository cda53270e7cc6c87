from common import c
S = 'b44-ml-south'
def M(lang, t, e, cat, ctx=''): c(t, e, cat, lang, ctx, S)

# ---- Hindi (Latin) ----
M('hi-Latn', "Bhai kaam bahut accha hua hai. Baaki payment main seedha Google Pay kar deta hoon, Upwork ka fee dono ka bach jayega.", 'violation', 'payment', 'ac')
M('hi-Latn', "Sir main kal se hospital mein hoon, mera bhai meri ID se login karke baaki kaam kar dega. Aapko koi farak nahi padega.", 'violation', 'account-sharing', 'a')
M('hi-Latn', "Sir please 5 star de dijiye, warna mera profile kharab ho jayega. Final files main review ke baad hi bhejunga.", 'violation', 'feedback', 'a')
M('hi-Latn', "Milestone 2 submit kar diya hai. Razorpay ka test mode integration ready hai, screenshots attach kiye hain.", 'clean', 'payment', 'a')
M('hi-Latn', "Contract close karte time main honest feedback doonga. Abhi tak kaam badhiya chal raha hai.", 'clean', 'feedback', 'ac')
M('hi-Latn', "Main bahut naraz hoon, teesri baar deadline miss hui hai. Kal tak clear plan bhejo, warna dispute kholunga.", 'clean', 'harassment', 'ac')
M('hi-Latn', "Weekend deployment ke liye mera number rakh lijiye: +1 555 010 0163. Baaki sab baat yahin karenge.", 'allowed', 'contact-sharing', 'a')
M('hi-Latn', "Aapka proposal accha laga. Apna WhatsApp number bhejo, wahan detail mein baat karte hain.", 'violation', 'contact-request', 'c')
M('hi-Latn', "WhatsApp bot ka flow ready hai: 'menu', 'order', 'track'. Meta ne templates approve kar diye hain, aap test kar lijiye.", 'clean', 'off-platform', 'a')

# ---- Urdu (Latin) ----
M('ur-Latn', "Aap ka kaam zabardast hai. Agla project Upwork se bahar karte hain, main aap ko bank transfer kar dunga, fees bhi bach jayegi.", 'violation', 'payment', 'ac')
M('ur-Latn', "Aap jaise log sirf doosron ka waqt zaya karte hain. Sharam aani chahiye aap ko.", 'violation', 'harassment', 'ac')
M('ur-Latn', "Milestone 3 Upwork par submit kar diya hai. Invoice aap ki transaction history mein mil jayegi.", 'clean', 'payment', 'a')
M('ur-Latn', "Meherbani kar ke apna password mujhe na bhejein. Mujhe apni Upwork team mein add kar dein, wohi kaafi hai.", 'clean', 'account-sharing', 'a')
M('ur-Latn', "Contract shuru ho gaya hai, to weekly call Zoom par kar lete hain? Link main calendar invite mein bhej dunga.", 'allowed', 'off-platform', 'ac')
M('ur-Latn', "Contract khatam hone par agar waqt mile to imandari se feedback zaroor dijiye ga. Shukriya!", 'clean', 'feedback', 'a')
M('ur-Latn', "Invite ka shukriya. Mera email: imran point designs at gmail point com, wahan samples bhej deta hoon.", 'violation', 'contact-sharing')

# ---- Tagalog ----
M('tl', "Ang ganda ng gawa mo! Yung bonus, sa GCash ko na lang ipapadala para walang kaltas ang Upwork ha.", 'violation', 'payment', 'ac')
M('tl', "Ma'am, yung pinsan ko muna ang magla-log in sa account ko bukas para tapusin yung data entry. Kabisado naman niya.", 'violation', 'account-sharing', 'a')
M('tl', "Gawin mo muna yung dalawang extra na video nang libre, tapos bibigyan kita ng 5 stars.", 'violation', 'feedback', 'ac')
M('tl', "Na-approve ko na yung milestone 2 at nag-send ako ng $40 bonus dito sa Upwork. Salamat sa pagtiyaga!", 'clean', 'payment', 'ac')
M('tl', "Tapos na yung Messenger chatbot flow, naka-connect na sa Facebook page ng client. Paki-test po yung 'Order status'.", 'clean', 'off-platform', 'a')
M('tl', "Medyo nasaktan ako sa comment mo, pero tama ka sa spacing. Aayusin ko ngayon.", 'clean', 'harassment', 'a')
M('tl', "Pwede ko bang makuha ang number mo para sa launch day? Para lang kung may emergency.", 'allowed', 'contact-request', 'ac')
M('tl', "Done na po ang contract. If may time kayo, honest feedback lang po, kahit ano pa 'yan. Salamat!", 'clean', 'feedback', 'a')

# ---- Indonesian ----
M('id', "Mas, termin terakhir saya transfer langsung ke rekening BCA kamu aja ya, biar nggak kena potongan Upwork.", 'violation', 'payment', 'ac')
M('id', "Lanjut ngobrol di WA aja ya, lebih cepat. Kirim nomor kamu, nanti saya kabari detailnya di sana.", 'violation', 'off-platform', 'c')
M('id', "Kerjaan begini aja nggak becus. Orang kayak kamu nggak pantas dibayar.", 'violation', 'harassment', 'ac')
M('id', "Milestone 2 sudah saya submit. Integrasi Midtrans (GoPay dan VA BCA) jalan di sandbox, log transaksi ada di test_midtrans_v2.xlsx.", 'clean', 'payment', 'a')
M('id', "Saya sudah login ke staging pakai akun editor yang Bapak buatkan. Password sementara sudah saya ganti.", 'clean', 'account-sharing', 'a')
M('id', "Nanti pas kontrak ditutup saya kasih feedback yang jujur ya. Sejauh ini bagus.", 'clean', 'feedback', 'ac')
M('id', "Karena kontrak sudah jalan, ini email kerja saya untuk laporan mingguan: dewi.prasetyo.va@outlook.com. Diskusi tetap di sini.", 'allowed', 'contact-sharing', 'a')
M('id', "Pak, adik saya yang lanjutin project ini dari akun saya minggu depan ya, saya ada acara keluarga.", 'violation', 'account-sharing', 'a')

# ---- Arabic ----
M('ar', "العمل ممتاز. بالنسبة للدفعة الأخيرة سأحولها لك مباشرة على حسابك البنكي لنتجنب عمولة أبورك.", 'violation', 'payment', 'ac')
M('ar', "تم تسليم المرحلة الثانية عبر أبورك، وتكامل بوابة الدفع PayPal يعمل على بيئة الاختبار.", 'clean', 'payment', 'a')
M('ar', "سأرسل لك الملفات المفتوحة بعد أن تترك تقييم خمس نجوم.", 'violation', 'feedback', 'a')
M('ar', "بما أن العقد بدأ، هذا رقمي للطوارئ يوم الإطلاق: ‎+1 555 010 0177. باقي النقاش هنا.", 'allowed', 'contact-sharing', 'ac')
M('ar', "أنا غير راضٍ إطلاقاً عن التأخير. أريد خطة واضحة غداً وإلا سأفتح نزاعاً.", 'clean', 'harassment', 'ac')

# ---- Arabic (Latin) ----
M('ar-Latn', "Salam, 3ajabni el proposal. Nkamlo 3al WhatsApp a7san, ab3atli raqmak.", 'violation', 'off-platform', 'c')
M('ar-Latn', "El milestone el tani khalas, ba3atto 3ala Upwork. El invoice mawjouda fi el transaction history.", 'clean', 'payment', 'a')
M('ar-Latn', "Inta ma btefham shi, w shaghlak zbeleh.", 'violation', 'harassment', 'ac')
M('ar-Latn', "Ba3d ma bada el contract, mumkin na3mel el meetings 3ala Zoom? Ana bab3at el link.", 'allowed', 'off-platform', 'ac')
