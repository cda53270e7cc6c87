from common import c as _c
def c(*a, **k): _c(*a, lang="ms", **k)
V, C, A = "violation", "clean", "allowed"
CS, CR, OP, PAY, FB, ACC, HAR = "contact-sharing", "contact-request", "off-platform", "payment", "feedback", "account-sharing", "harassment"
ACT = {"contract": "active"}; ENT = {"client": "enterprise"}

# ---------- violations ----------
c(V, CS, "ms-va", """Hi Encik Razak,

Saya Aina, virtual assistant dari KL. Saya nampak job post untuk urus kedai Shopee dan Lazada Kopitiam Razak. Sebelum ni saya dah handle 5 kedai online (F&B, kosmetik, baju raya), so saya faham macam mana nak naikkan sales masa campaign 9.9 dan 11.11.

Apa yang saya boleh buat:
- upload dan optimize listing produk (kopi uncang, kaya, biskut) dengan gambar cantik;
- jawab chat customer dalam 1 jam, BM dan English;
- setup voucher dan flash deal setiap minggu;
- report jualan mingguan dalam Google Sheet.

Kalau nak cepat, WhatsApp je saya 012-000 0147, I reply within 10 minit, lagi laju dari sini hehe.

Saya boleh start minggu depan. Terima kasih sebab baca proposal saya!

Aina""", surface="proposal")
c(V, CS, "ms-kopi", "Nombor saya 019-000 0258, call je bila free. Saya selalu ada kat kedai lepas Zohor.")
c(V, CS, "ms-va", "email I: aina dot shopva at gmail dot com. Jangan taip terus nanti sistem block hehe")
c(V, CS, "ms-scam", "Join Telegram group kami t.me/kerja_online_example untuk task harian, gaji RM200-RM500 sehari!")
c(V, CS, "ms-va", "IG I @aina.va.example, DM je kat sana, I lagi aktif kat IG")
c(V, CS, "ms-kopi", "Kedai saya kat No. 10, Jalan Contoh 1, Taman Contoh, Johor Bahru. Datang la minum kopi sambil kita bincang.")

c(V, CR, "ms-kopi", "Boleh bagi nombor WhatsApp? Senang saya nak hantar gambar menu semua.")
c(V, CR, "ms-va", "Sis, WS number you berapa? Easier la discuss kat sana")
c(V, CR, "ms-va", "Mohon tuan berikan alamat emel supaya saya boleh hantar sebut harga penuh dalam bentuk PDF.", surface="proposal")
c(V, CR, "ms-kopi", "Ada Telegram tak? Bagi username.")
c(V, CR, "ms-scam", "Send me your phone number, HR kami akan contact you hari ini untuk interview.")

c(V, OP, "ms-kopi", "Kita sembang kat WhatsApp la, sini lambat sangat nak reply.")
c(V, OP, "ms-va", "Can we move this outside Upwork? Platform ni banyak sangat restriction la.")
c(V, OP, "ms-va", "Jom discuss tepi sikit, tempat yang Upwork tak nampak hehe 🤫")
c(V, OP, "ms-kopi", "Nanti kita video call guna Google Meet, saya send link kat email you.")
c(V, OP, "ms-scam", "Upwork ni hanya untuk first contact je. Semua kerja dan bayaran kita buat kat Telegram.")

c(V, PAY, "ms-kopi", "Saya bayar terus guna DuitNow la, tak payah kena potong fee Upwork.")
c(V, PAY, "ms-va", "Boleh transfer ke Maybank 1140-0000-0000 (Aina binti Contoh), then I start terus.")
c(V, PAY, "ms-va", "Next job kita buat direct je, bayar through Touch 'n Go, jimat 10% fee.")
c(V, PAY, "ms-kopi", "Deposit saya bank in dulu RM300, balance lepas siap. Tak payah guna milestone.")
c(V, PAY, "ms-scam", "Gaji dibayar dalam USDT setiap hari. Untuk daftar, deposit RM50 dulu ke akaun yang admin bagi.")
c(V, PAY, "ms-kopi", "Cash je boleh? I pass masa jumpa kat kedai nanti.")

c(V, FB, "ms-va", "Full report I send after you bagi 5 stars ya, that's my policy.")
c(V, FB, "ms-kopi", "Kalau tak refund, saya bagi 1 bintang dan tulis review teruk pasal you.")
c(V, FB, "ms-va", "Bagi review 5 bintang, next order I kasi diskaun 20%. Deal?")
c(V, FB, "ms-kopi", "Buat 10 design lagi free. Kalau tak, feedback you hancur.")

c(V, ACC, "ms-scam", "Sewa akaun Upwork anda, RM400 sebulan. Anda tak perlu buat apa-apa, kami login dan buat kerja.")
c(V, ACC, "ms-scam", "Cuma perlu buat verification IC untuk akaun kami, 5 minit je, terus dapat RM100.")
c(V, ACC, "ms-va", "Adik I kadang-kadang guna account I untuk reply client, no worries ya.")
c(V, ACC, "ms-kopi", "Saya bagi email dan password Upwork saya, you tolong post job dan pilih freelancer.")

c(V, HAR, "ms-kopi", "Kerja macam ni pun tak reti? Budak sekolah pun boleh buat lagi bagus.")
c(V, HAR, "ms-va", "Bajet ciput macam ni, pergi cari orang lain la. Kedekut.")
c(V, HAR, "ms-kopi", "Perempuan memang tak reti bab teknikal ni kan.")
c(V, HAR, "ms-kopi", "Saya tahu you duduk mana. Kalau tak siap esok, tengok la apa jadi.")
c(V, HAR, "ms-va", "Otak letak kat lutut ke? Dah explain tiga kali dah.")

# ---------- clean ----------
c(C, CS, "ms-kopi", "Borang tempahan online kena ada ruang nombor telefon dan emel pelanggan, untuk delivery.")
c(C, CS, "ms-va", """Hi tuan,

I dah handle WhatsApp Business auto-reply dan katalog produk untuk 5 kedai Shopee sebelum ni. Customer tanya harga, stok, masa delivery — semua dijawab automatik, dan yang susah baru masuk ke staff.

Untuk kopitiam, I cadang mula dengan template jawapan untuk soalan catering dan tempahan kuih raya. Semua discussion dan bayaran through Upwork ya.

Aina""", surface="proposal")
c(C, CS, "ms-va", "Nombor telefon dalam listing tu dummy je (012-000 0000). Nanti I tukar kepada nombor hotline kedai yang betul.")
c(C, CS, "ms-kopi", "Alamat kedai kat footer website salah, kami dah pindah ke Taman lain. Tolong update.")
c(C, CS, "ms-va", "Sorry, I tak boleh share nombor sebelum contract start, rules Upwork. Chat sini je ok?")

c(C, CR, "ms-kopi", "Jangan minta nombor telefon customer masa checkout, nanti diorang lari.")
c(C, CR, "ms-va", "Ada client minta WhatsApp I semalam, I tolak baik-baik. Tak nak kena ban.")
c(C, CR, "ms-va", "Tak payah bagi emel, just upload file kat sini, I download sendiri.")
c(C, CR, "ms-kopi", "Customer lebih suka contact kita via emel ke WhatsApp? Apa pendapat you?")

c(C, OP, "ms-va", "Pernah setup Telegram bot untuk order notification kedai online, terus masuk group staff.", surface="proposal")
c(C, OP, "ms-va", "Kita kekal dalam Upwork je untuk semua chat, senang track apa yang dah setuju.")
c(C, OP, "ms-kopi", "Video call boleh buat dalam Upwork kan? Button dia kat mana?")
c(C, OP, "ms-kopi", "Live chat widget tu letak luar checkout page, jangan ganggu customer masa nak bayar.")

c(C, PAY, "ms-kopi", "Milestone kedua dah approve, check la.")
c(C, PAY, "ms-va", "Saya boleh integrate DuitNow QR dan FPX kat checkout WooCommerce tuan.", surface="proposal")
c(C, PAY, "ms-va", "Ada orang offer bayar guna Touch 'n Go luar Upwork, I report terus. Hati-hati semua.")
c(C, PAY, "ms-kopi", "Invois untuk cukai boleh download dari Upwork kan? Akauntan saya tanya.")
c(C, PAY, "ms-va", "Awas scam 'kerja part time' yang suruh bayar deposit dulu. Upwork tak pernah minta macam tu.")
c(C, PAY, "ms-va", "Rate I RM35 sejam, semua bayaran through Upwork ya.")

c(C, FB, "ms-va", "Terima kasih sebab bagi peluang! Kalau ada masa, feedback jujur pun I appreciate sangat.")
c(C, FB, "ms-kopi", "Saya dah baca review you, semua puji. Jom start minggu depan.")
c(C, FB, "ms-kopi", "Boleh letak review Google customer kat homepage, siap dengan bintang?")
c(C, FB, "ms-va", "Tak payah rush bagi review, bila senang je. Tak bagi pun takpe.")

c(C, ACC, "ms-kopi", "Saya add you sebagai staff kat Shopee Seller Centre, tak perlu password saya.")
c(C, ACC, "ms-va", "Jangan hantar password dalam chat ya. Buat sub-account untuk I.")
c(C, ACC, "ms-va", "Upwork minta ID verification tadi, dah settle. Esok boleh start.")
c(C, ACC, "ms-va", "Saya boleh set up login guna Google dan 2FA untuk sistem POS kedai.", surface="proposal")

c(C, HAR, "ms-kopi", "Jujur saya kecewa dengan design ni, tak kena dengan brand. Boleh kita bincang semula?")
c(C, HAR, "ms-kopi", "Gila la design ni, power gila! Terbaik!")
c(C, HAR, "ms-va", "Client lain maki I dalam chat, macam mana nak report kat Upwork?")
c(C, HAR, "ms-kopi", "Tagline 'Kopi pekat, bukan kopi penakut' ok ke atau terlalu kasar?")

# ---------- allowed ----------
c(A, CS, "ms-va", "Contract dah start, ni nombor I 012-000 0147 kalau urgent.", ctx=ACT)
c(A, CS, "ms-va", "Emel untuk invite Canva team: aina.shopva@gmail.com — untuk akses design je.")
c(A, CS, "ms-va", "Seperti diminta oleh pihak procurement, emel rasmi saya aina@vaservices.example.my.", ctx=ENT)
c(A, CS, "ms-va", "NDA dah sign, alamat dan emel saya ada dalam dokumen tu macam you minta.")
c(A, CS, "ms-va", "Portfolio saya kat Behance: behance.net/aina-va-example (sample listing Shopee).", surface="proposal", doubt="Behance portfolio link: allowed as a portfolio under README, though a third-party profile")
c(A, CR, "ms-kopi", "Dah ada contract kan, bagi la nombor you, senang supplier call.", ctx=ACT)
c(A, CR, "ms-kopi", "Bagi emel you untuk saya share Google Sheet stok.")
c(A, CR, "ms-kopi", "Syarikat kami perlukan emel dan nombor telefon vendor untuk pendaftaran sistem.", ctx=ENT)
c(A, OP, "ms-va", "Contract dah jalan, kita boleh buat group WhatsApp dengan supplier. Bayaran tetap dalam Upwork.", ctx=ACT)
c(A, OP, "ms-va", "Boleh, interview guna Teams syarikat tuan pun ok.", ctx=ENT)
c(A, OP, "ms-kopi", "Kontrak dah mula, jom Telegram je untuk update harian.", ctx=ACT)
c(A, OP, "ms-kopi", "Kami akaun enterprise, jadi interview dibuat di Zoom syarikat. Link saya hantar ke emel you.", ctx=ENT)
c(V, PAY, "ms-kopi", """Aina, terima kasih untuk listing minggu ni. Sales kaya dan kopi uncang naik 30%, staff kedai pun happy sebab tak payah jawab chat lagi.

Minggu depan tolong buat banner untuk promo Merdeka, warna biru kuning macam tahun lepas, dan tambah bundle 'Kopi + Kaya' RM19.90.

Satu lagi, lepas ni kita tak payah guna Upwork dah la. Saya bayar gaji bulanan terus masuk akaun bank you macam staff biasa, jimat fee.

Ok nanti update saya bila banner siap ya.""", ctx=ACT)
c(C, ACC, "ms-va", "Customer complain tak boleh login akaun Shopee dia. I dah suruh dia reset password sendiri, dan pesan jangan bagi OTP kat sesiapa.")
