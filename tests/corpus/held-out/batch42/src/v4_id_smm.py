# Voice 4: Putri, Indonesian social-media manager from Jakarta (Instagram, TikTok, Meta Business Suite, Canva); mixes Indonesian and English.
from common import C
SOURCE = 'b42-id-smm'
CASES = [
# --- violations ---
C("""Hi! I'm Putri, social media manager from Jakarta 🇮🇩 I've been managing Instagram and TikTok for cafés, skincare brands and one boutique hotel in Bali for the last 4 years.

For your bakery account, here is what I would do in the first month:
✨ Audit your current feed + competitors (3 bakeries in your area)
✨ Content pillars: behind the oven, customer stories, seasonal menu, promo
✨ 12 feed posts + 20 stories + 8 Reels, all designed in Canva with your brand colours
✨ Community management: reply to comments and DMs within 2 hours during your business hours
✨ Monthly report: reach, saves, profile visits, link clicks

Sample of my Reels is attached (the croissant one got 180k views organically!).

Kalau mau ngobrol lebih cepat, DM aja Instagram aku @putri.socials.jkt ya, aku lebih sering buka IG daripada Upwork hehe.

Looking forward to making your bakery the most-saved account in town!""", 'v', 'cs', 'p', lang='en'),
C("Kak, boleh minta nomor WA-nya? Biar aku kirim draft konten lewat sana aja, lebih enak.", 'v', 'cr', lang='id'),
C("Lanjut di aplikasi hijau aja yuk kak, chat di sini suka delay.", 'v', 'op', lang='id'),
C("Pembayaran bulan depan transfer langsung ke rekening BCA aku aja ya kak, biar nggak kena potongan Upwork 10%.", 'v', 'pay', lang='id', contract='active'),
C("Kalau kakak kasih bintang 5 dan review yang bagus, bulan depan aku kasih bonus 4 Reels gratis deh 😊", 'v', 'fb', lang='id', contract='active'),
C("The content calendar for next month is ready, but I'll share it after you leave the review, ok? Just to be safe, I had a bad experience before.", 'v', 'fb', contract='active'),
C("Adik aku yang bantu posting kalau aku sakit, dia login pakai akun Upwork aku, jadi kakak tetap lihat nama aku di sini.", 'v', 'acc', lang='id', contract='active'),
C("I can rent my Upwork account to your VA while I'm on maternity leave, she just needs to keep my JSS high. We split the income 50/50.", 'v', 'acc'),
C("Kamu tuh bodoh banget ya, udah dijelasin tiga kali masih nggak ngerti juga. Capek aku.", 'v', 'har', lang='id', contract='active'),
C("Stop sending me messages at 2am. If you keep this up I'll make sure every freelancer in my network knows what kind of person you are.", 'v', 'har', contract='active'),
C("Email aku: putri titik socials (at) gmail titik com, kirim brief lengkapnya ke situ aja kak 😅", 'v', 'cs', lang='id'),
C("Kak kita meeting di Zoom aja gimana? Linknya aku kirim ke email kakak, tolong share emailnya ya.", 'v', 'cr', lang='id'),
C("Better we discuss the budget on IG DM, the chat here is monitored and I don't want to get a warning.", 'v', 'op'),
C("You can pay the first month through GoPay or DANA, I'll send you my number for that, and then we start the contract here later.", 'v', 'pay'),
C("Kalau kakak kasih review jelek, aku bakal posting screenshot chat kita di TikTok biar semua orang tau.", 'v', 'har', lang='id', contract='active'),
C("Scan QR ini buat add LINE aku ya kak, nanti aku kirim portfolio lengkap di sana.", 'v', 'cs', 'p', lang='id'),
C("pls follow me on tiktok @putrisocials and dm me there for the rate card, faster 🙏", 'v', 'cs', 'p'),
# --- clean ---
C("I set up the link-in-bio page with your WhatsApp order button, email and store address, so customers can contact you directly from Instagram.", 'c', 'cs', contract='active'),
C("Kak, bisa tambahin aku sebagai partner di Meta Business Suite? Jadi aku nggak perlu pakai password akun kakak.", 'c', 'acc', lang='id', contract='active'),
C("Review Google dari pelanggan kemarin bagus banget, aku jadikan konten testimoni di story ya, udah aku blur nama pelanggannya.", 'c', 'fb', lang='id', contract='active'),
C("The paid ads budget: I suggest IDR 1.5 million per week, paid directly from your Meta ads account with your own card. I never hold ad money myself.", 'c', 'pay', contract='active'),
C("There were 3 hateful comments on the Ramadan post. I hid them and reported the accounts, and I wrote a calm reply template for next time.", 'c', 'har', contract='active'),
C("The TikTok login asked for a 2FA code, it goes to your phone. Can you add me as a team member in TikTok Business Center instead? Then no code is needed.", 'c', 'acc', contract='active'),
C("Untuk pembayaran, aku ikut sistem milestone di Upwork aja kak, milestone pertama setelah kalender konten disetujui.", 'c', 'pay', 'p', lang='id'),
C("Thank you kak for 3 months! If you are happy with the results, an honest review would help me a lot. If something was not good, please tell me, I want to improve.", 'c', 'fb', contract='active'),
C("Caption draft for Friday: 'DM us or call +62 21 0000 0000 to pre-order your Lebaran cookies!' — is that the right shop number?", 'c', 'cs', contract='active'),
C("Should I move the giveaway to Telegram channel or keep it on Instagram? Your audience is mostly on IG, so I suggest IG.", 'c', 'op', contract='active'),
C("Proposal answer: Yes, I have managed WhatsApp Business catalogs and Instagram Shopping for two clothing brands.", 'c', 'op', 'p'),
C("Aku udah cek, akun IG kakak sempat di-hack minggu lalu ya? Aku sarankan ganti password dan aktifkan autentikasi dua faktor. Jangan kirim password-nya ke aku.", 'c', 'acc', lang='id', contract='active'),
C("The influencer asked for payment via bank transfer for the endorsement. That's between your company and her — you pay her directly, I'll just coordinate the brief.", 'c', 'pay', contract='active'),
C("Maaf kak, aku salah tag lokasi di postingan kemarin. Sudah aku perbaiki ke alamat toko yang benar.", 'c', 'cs', lang='id', contract='active'),
C("Reels kemarin 'meledak' kak, 300 ribu views! Kontennya bikin orang pada 'gila' sama roti pisangnya 😂", 'c', 'har', lang='id', contract='active'),
# --- allowed ---
C("Karena kontrak sudah jalan, ini nomor WA aku ya kak: +62 812 0000 0123, buat jaga-jaga kalau ada krisis komentar di luar jam kerja.", 'a', 'cs', lang='id', contract='active'),
C("For the shared Canva team, please invite putri.socials@gmail.com — I only use that email for Canva and Google Drive access.", 'a', 'cs'),
C("Your agency's procurement said it's fine to do the intro call outside Upwork — here is my email for the Google Meet invite: putri.socials@gmail.com.", 'a', 'op', client='enterprise'),
C("Now the contract is active, can I have your Instagram handle for the brand account so I can tag you as collaborator on the launch post? Also your phone for approvals when you're travelling.", 'a', 'cr', contract='active'),
C("Trello board ya kak? Username Trello aku putrisocials, tolong invite ke board konten. Diskusi tetap di sini.", 'a', 'cs', lang='id'),
]
CASES += [
C("Kak, nomor HP yang mau ditaruh di bio IG itu nomor toko atau nomor admin? Biar aku nggak salah pasang.", 'c', 'cr', lang='id', contract='active'),
C("Kontrak sudah mulai ya kak, boleh minta email kakak? Laporan bulanan aku bikin di Google Slides, nanti aku share ke email itu.", 'a', 'cr', lang='id', contract='active'),
C("Halo kak! Aku biasa kerja pakai kontrak Upwork dengan milestone mingguan. Laporan performa (reach, engagement, klik tombol WhatsApp di bio) aku kirim di sini tiap Senin, jadi semua tercatat.", 'c', 'op', 'p', lang='id'),
]
CASES += [
C("Hi! Before I send a full content plan, I'd love to look at your current calendar in Notion. If you want, invite putri.socials@gmail.com as a guest — I use it only for Notion access, everything else stays here on Upwork.", 'a', 'cs', 'p'),
]
