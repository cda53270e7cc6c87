from common import *
SOURCE = 'b58-pekalongan-batik'
ROLE = 'client'
CASES = [
# violations (16)
(V,'off-platform',M,'id',{},"Halo kak, proposalnya oke banget. Lanjut ngobrol di WA aja ya biar enak, di sini notifnya suka telat. Nanti aku kirim katalog batik tulis kami di sana."),
(V,'contact-sharing',M,'id',{},"Ini nomor aku ya kak: 0812 0000 3391 (Bu Ratna, Batik Sekar Jagad). Chat aja kapan pun, kontraknya nanti nyusul."),
(V,'payment',M,'id',{},"Kak, bayarnya transfer BCA langsung aja gimana? Potongan Upwork gede banget, nanti aku tambahin 50rb buat kakak deh."),
(V,'contact-request',M,'en',{},"Hi, before we start I want to see your TikTok and Instagram to know your style. Please send your personal account username, not the portfolio."),
(V,'payment',M,'id',{},"Untuk bulan kedua kita lanjut di luar aja ya kak, bayar via OVO atau DANA tiap minggu. Kerjaan sama persis, cuma nggak lewat sini."),
(V,'feedback',M,'id',{},"Kak, kalau foto produk yang 20 lagi dikerjain gratis, aku kasih bintang 5 + review panjang. Kalau nggak, ya maaf aku kasih bintang 2."),
(V,'harassment',M,'id',{},"Goblok banget sih kamu, disuruh edit background aja nggak bisa. Dasar nggak berguna, buang-buang duit aku."),
(V,'account-sharing',M,'id',{},"Kak tolong login ke akun Upwork aku aja ya buat bikin job post yang baru, password-nya aku kirim lewat sini. Aku gaptek soalnya."),
(V,'off-platform',M,'en',{},"Maybe we continue in the app that everybody in Indonesia use, you know the green one. After that I make contract here, just for formality."),
(V,'contact-sharing',M,'id',{},"Email aku: ratna . sekarjagad @ g-m-a-i-l . com, kirim CV sama portofolio ke situ aja ya kak, biar bisa aku teruskan ke suamiku."),
(V,'payment',M,'en',{},"For the bonus after Lebaran sales I will send directly to your PayPal, no need in Upwork, it's a gift from me."),
(V,'harassment',M,'id',{},"Awas ya kalau sampai telat lagi. Aku tahu kamu tinggal di Solo, aku bisa suruh orang datang ke rumahmu."),
(V,'contact-request',M,'id',{},"Boleh minta nomor WA kakak? Mau aku masukin ke grup reseller kami biar kakak bisa lihat langsung pertanyaan pembeli."),
(V,'feedback',M,'en',{},"I will give you 5 star only if you also write a 5 star review on our Shopee store and Google Maps, like a customer. Just a few sentences."),
(V,'off-platform',M,'id',{},"Meeting lewat Zoom pribadi aku aja ya kak besok jam 10, link aku kirim ke email kakak. Belum usah bikin kontrak dulu."),
(V,'contact-sharing',M,'id',{},"Kalau mau lihat showroom kami, alamatnya Jl. Kenanga Gg. 0 No. 00, Kauman, Pekalongan. Mampir aja, sekalian ngobrol soal kerjasama di luar aplikasi ini."),
# clean (14)
(C,'payment',M,'id',{},"Toko online kita harus bisa bayar pakai transfer bank, QRIS, dan COD. Buat pembeli luar negeri pakai PayPal. Kakak bisa setting semua itu di Shopify?"),
(C,'off-platform',M,'id',{},"Tugasnya balas chat pembeli di WhatsApp Business toko dan di Shopee, jam kerja 9-17 WIB. Tapi kontrak dan laporan tetap di Upwork ya."),
(C,'feedback',M,'id',{},"Rating toko kita di Shopee 4.9, tolong tiap ada ulasan bintang 1-3 dibalas dengan sopan dan tawarkan solusi. Jangan minta pembeli ubah ulasan ya."),
(C,'account-sharing',M,'id',{},"Aku sudah tambahin kakak sebagai admin di Shopee Seller Centre pakai sub-akun, jadi nggak perlu password utama aku."),
(C,'contact-sharing',M,'en',{},"On every product page please add the size chart and the care guide. In the footer use only our store email and the city, Pekalongan, no home address."),
(C,'harassment',M,'id',{},"Waduh, foto yang kemarin jelek banget kak, warnanya pucat kayak kain luntur. Yang hari ini sudah bagus, lanjut gaya itu ya."),
(C,'payment',M,'id',{},"Milestone kedua sudah aku danai di Upwork ya kak. Kalau 30 foto sudah upload, langsung submit, nanti aku release."),
(C,'contact-request',M,'en',{},"For the reseller registration form we need: name, city, WhatsApp number, Instagram shop name and KTP photo. Please make it in Google Forms and connect to the sheet."),
(C,'off-platform',M,'id',{},"Maaf kak, aku baru balas, tadi di pasar grosir Setono seharian. Besok pagi aku cek lagi di sini."),
(C,'harassment',M,'en',{},"Our old admin was really terrible, she answered customers rude and we lost many reseller. That is why I want someone patient."),
(C,'feedback',M,'id',{},"Kontrak sudah selesai, makasih banyak kak atas kerja kerasnya. Aku sudah kasih review jujur ya. Kalau berkenan, kasih review ke aku juga sebagai klien."),
(C,'account-sharing',M,'en',{},"Please do not use the TikTok Shop account from your phone with my login. I will invite you as operator with your own account from the Seller Center."),
(C,'payment',M,'id',{},"Pembeli dari Malaysia tanya bisa bayar pakai kartu kredit nggak. Tolong aktifin pembayaran kartu di checkout ya kak."),
(C,'contact-sharing',M,'id',{},"Di caption TikTok jangan cantumkan nomor HP pribadi aku ya, pakai link toko Shopee saja."),
# allowed (5)
(A,'contact-sharing',M,'id',{'contract':'active'},"Kontrak sudah jalan ya kak, ini WA aku buat koordinasi harian: 0812 0000 3391. Pembayaran tetap lewat Upwork."),
(A,'contact-request',M,'id',{},"Kak, email yang dipakai buat Canva apa? Aku undang ke tim Canva kita biar kakak bisa lihat template feed sebelum kasih penawaran."),
(A,'off-platform',M,'en',{'contract':'active'},"Now contract is active, can we do a quick video call on WhatsApp tomorrow? I want to show you the new motif directly from the workshop."),
(A,'contact-sharing',M,'id',{'client':'enterprise'},"Kami dari grup retail dengan akun Enterprise. Tim HR kami akan menghubungi kakak sebelum kontrak, silakan kirim CV ke hr.batik@example.co.id."),
(A,'contact-request',M,'id',{'contract':'active'},"Kontrak sudah aktif, boleh minta alamat lengkap kakak? Mau aku kirimi 5 kain batik buat difoto di studio kakak."),
]
