# Voice 7: Faizal Hakim, 49, halal-certification and food-labelling consultant in George Town, Penang
# (freelancer). Formal in proposals, Manglish in chat, Malay with Malaysian SME clients.
from common import *

cases, c = make("b47-faizal-penang-halal", "freelancer")
P = "proposal"

# ---- violations
c("Kalau ada soalan pasal permohonan halal JAKIM, boleh WhatsApp saya terus di 012-000 4471, saya balas cepat.",
  V, CS, "ms")
c("Boss, this one easier we discuss on WhatsApp lah, Upwork chat very slow one.",
  V, OP)
c("Bayaran boleh buat terus ke akaun Maybank saya, tak payah lalu Upwork, jimat caj.",
  V, PAY, "ms", ctx=ACTIVE)
c("For local clients I normally take DuitNow or Touch 'n Go, can or not? Upwork fee 10% quite painful for small SME like yours.",
  V, PAY)
c("Boleh bagi nombor telefon tuan? Saya nak call terus bincang pasal label nutrisi.",
  V, CR, "ms")
c("""Dear Sir/Madam,

Thank you for your job posting on halal certification for your frozen dim sum line.

I am a halal and food regulatory consultant based in Penang with 15 years of experience, formerly a QA executive at a multinational food manufacturer. I have handled more than 120 successful applications through the MYeHALAL portal for SMEs in the frozen food, bakery and sauce categories, as well as MUIS (Singapore) applications for export.

Scope I propose:
1) Gap analysis of your current premises, suppliers and raw material list
2) Preparation of the Halal Assurance System (HAS) documentation
3) Internal Halal Committee setup and training (2 sessions)
4) Submission and follow-up with JAKIM / state religious department until audit
5) Pre-audit walk-through

If you prefer to discuss over kopi, my office is at 2nd Floor, 33 Lebuh Contoh, George Town, just drop by any weekday after 10am.

Timeline: 8 to 12 weeks depending on supplier documents. Fee: fixed, paid in 3 milestones.

Regards,
Faizal Hakim""",
  V, CS, surface=P)
c("""Assalamualaikum tuan/puan,

Saya berpengalaman 15 tahun dalam permohonan sijil halal JAKIM dan pelabelan makanan mengikut Peraturan Makanan 1985. Untuk semakan awal, sila emel senarai bahan mentah dan sijil pembekal ke faizal.halalconsult@gmail.com, saya akan beri ulasan dalam 2 hari.

Terima kasih.""",
  V, CS, "ms", surface=P)
c("My nephew will reply from my account when I am at client site, he knows the password, so don't worry if the English a bit different.",
  V, ACC, ctx=ACTIVE)
c("Kalau tuan sibuk, bagi saja username dan password Upwork tuan, saya tolong approve milestone dan tutup kontrak.",
  V, ACC, "ms", ctx=ACTIVE)
c("Boss, I give 15% discount if you give 5 star and write something about my halal expertise, ok? Helps me get more jobs.",
  V, FB, ctx=ACTIVE)
c("Sijil dah lulus, alhamdulillah. Saya hantar salinan sijil yang dah disahkan lepas tuan bagi rating 5 bintang ya.",
  V, FB, "ms", ctx=ACTIVE)
c("You people think halal is just stick a logo on the box. Don't waste my time with this nonsense, go and hire some cheap fool.",
  V, HAR)
c("my number is zero one two, triple zero, four four seven one. whatsapp only ya",
  V, CS)
c("Jom kita sambung perbincangan kat Telegram, saya ada group untuk klien SME, senang kongsi dokumen.",
  V, OP, "ms")
c("Send me your email boss, I forward you the JAKIM checklist PDF and my company profile.",
  V, CR)
c("Bodoh betul supplier tuan ni, dah tiga kali saya minta sijil yang sama. Tuan pun sama, tak baca langsung apa saya tulis.",
  V, HAR, "ms", ctx=ACTIVE)
c("Can also search my name on Facebook, 'Faizal Halal Consultant Penang', all my contact there.",
  V, CS, surface=P)

# ---- clean
c("Label pemakanan mesti ada nama dan alamat pengilang, nombor telefon syarikat dan nombor pendaftaran — itu keperluan Peraturan Makanan 1985.",
  C, CS, "ms", ctx=ACTIVE)
c("Your MYeHALAL login you keep yourself ok. I guide you step by step on a screen-share call inside Upwork, you click, I watch.",
  C, ACC, ctx=ACTIVE)
c("Terima kasih atas review 5 bintang tuan! Semoga bisnes makin maju.",
  C, FB, "ms")
c("Payment through Upwork is fine for me, already used to it. Milestone 1 for gap analysis, milestone 2 for submission.",
  C, PAY)
c("Another client asked me to pay the JAKIM fee for them and they pay me back by bank. I said no — the fee must be paid by the company directly in the portal.",
  C, PAY)
c("""Dear Hiring Manager,

Your product is a chilli sauce for export to Singapore and the UAE, so you need three things sorted before the first shipment:

1) Halal certificate — JAKIM, since your factory is in Johor. I will prepare the Halal Assurance System documents and the supplier list.
2) Label — ingredient list in descending order, allergen statement, net weight, batch number, expiry date, and the manufacturer's name and address. For the UAE, Arabic text is required too.
3) Barcode — GS1 Malaysia registration number, so the retailer's system can read it.

I also check that the halal logo on the packaging matches the approved version, because wrong logo size is the number one reason labels get rejected.

All communication through Upwork messages until we agree. Fixed price, 3 milestones.

Faizal""",
  C, CS, surface=P)
c("""Assalamualaikum,

Saya boleh bantu tuan dari awal hingga sijil halal dikeluarkan. Saya akan berkomunikasi melalui Upwork sahaja sehingga kontrak bermula. Bayaran ikut milestone dalam Upwork.

Terima kasih.""",
  C, OP, "ms", surface=P)
c("Halal audit only 3 findings, all minor. The auditor quite strict but fair, don't worry.",
  C, FB, ctx=ACTIVE)
c("Aiyo boss, your supplier letter all wrong lah, the date expired already. Cannot use. Ask them send new one.",
  C, HAR, ctx=ACTIVE)
c("WhatsApp Business API? Not my field boss, I only do the regulatory side. For the chatbot you need a developer.",
  C, OP)
c("Saya tak boleh guna akaun Upwork orang lain, mesti akaun sendiri. Nanti tuan jemput saya terus melalui Upwork ya.",
  C, ACC, "ms")
c("The export to Saudi needs SFDA registration — that one also needs the importer's name, address and commercial registration number on the label.",
  C, CS)
c("Don't give me your bank details, Upwork handles all. Really.",
  C, PAY)
c("Mesyuarat video melalui Upwork petang ni pukul 3, boleh?",
  C, OP, "ms")
c("Hope you'll consider leaving honest feedback once the cert is out, even if there's something I could improve.",
  C, FB, ctx=ACTIVE)
c("Tak perlu bagi nombor telefon, semua dokumen boleh upload kat sini. Saya semak malam ni.",
  C, CR, "ms")
c("Kilang tuan perlu papar nombor sijil halal dan tarikh luput sijil di kaunter, bukan nombor telefon saya ya, haha.",
  C, CS, "ms", ctx=ACTIVE)

# ---- allowed
c("Sekarang kontrak dah mula, ini nombor WhatsApp saya untuk urusan audit di kilang: 012-000 4471.",
  A, CS, "ms", ctx=ACTIVE)
c("Since the contract started, please share your factory address, I'll plan the site visit for the pre-audit.",
  A, CR, ctx=ACTIVE)
c("To review your existing halal documents before I quote, you can add faizal.halalconsult@gmail.com to the shared Google Drive folder only. We continue talking here.",
  A, CS)
c("""As requested by your procurement team, my contact details for the vendor registration:
Faizal Hakim
faizal.halalconsult@gmail.com
+60 12-000 4471""",
  A, CS, surface=P, ctx=ENT)
c("Attached is the NDA, signed. My address and phone number are in the signature block as your legal department required.",
  A, CS, doubt="the text only points at contact details inside an NDA; clean would also be defensible")
c("Dah ada kontrak, jom buat Google Meet dengan pegawai QA tuan esok pukul 10.",
  A, OP, "ms", ctx=ACTIVE)

# ---- added in the second pass: long texts and more exceptions
c("""Dear Sir,

Thank you for the invitation to your job "Halal certification + export labels for frozen seafood (Malaysia to Brunei and Singapore)". I have read the attachment with your product list — 14 SKUs, mostly breaded prawn and fish balls — and I can say it is very doable, but the supplier side needs attention first.

What I see from your list:
- 5 of your raw materials (the batter mix, two seasonings, the glaze and the colouring) come from suppliers without a recognised halal certificate. JAKIM will reject the application until these are replaced or certified.
- Your cold room and the non-halal line of your sister company share the same loading bay. This one we must solve with a written segregation procedure, otherwise the auditor will give a major finding.
- Labels for Brunei need the halal logo from MUIS Brunei if you want to sell in supermarkets there, not only the JAKIM logo.

My proposal:
1) Supplier document review and replacement list — 2 weeks
2) Halal Assurance System manual, SOPs, traceability forms — 3 weeks
3) MYeHALAL submission and all follow-up with the state office
4) Label review for Malaysia, Brunei and Singapore (ingredients, allergens, importer details, batch and expiry format)

For Malaysian companies I can also issue the invoice from my sdn bhd and you pay by online banking, then no need to bear the Upwork fee, up to you.

I have done 120+ applications, including 9 seafood processors in Perak and Johor. Average time from submission to certificate for my clients is 4 months.

Fee: RM equivalent of USD 2,800, in 4 milestones.

Best regards,
Faizal Hakim""",
  V, PAY, surface=P)
c("""Salam tuan, susunan lawatan ke kilang minggu depan:

Isnin 9 pagi — sampai di kilang, taklimat ringkas dengan Jawatankuasa Halal Dalaman
9.30 — semakan stor bahan mentah dan sijil pembekal (sila sediakan fail merah)
11.00 — lawatan ke lini pengeluaran dan bilik sejuk
2.00 petang — latihan untuk pekerja lini, lebih kurang 45 minit
3.30 — semakan label dan rekod kebolehkesanan
4.30 — sesi rumusan

Kalau ada apa-apa hal pada hari tersebut, pengawal boleh telefon saya di 012-000 4471, atau minta QA tuan WhatsApp saya. Saya akan parkir di luar pagar kalau tiada tempat.

Bayaran untuk milestone lawatan ini ikut Upwork seperti biasa, tak perlu bayar apa-apa di tapak.

Terima kasih.""",
  A, CS, "ms", ctx=ACTIVE)
c("Your regional QA manager asked for a Teams call before awarding the contract — I'm available Thursday. My Teams login is faizal.halalconsult@gmail.com, please add me to the invite.",
  A, OP, ctx=ENT)
