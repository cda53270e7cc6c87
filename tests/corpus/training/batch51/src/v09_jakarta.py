SRC = 'b51-jakarta-laravel-dev'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'p','id','',"""Halo kak, gue Bima, Laravel developer dari Jakarta, udah 5 taun pegang project e-commerce sama sistem kasir. Biar ngobrolnya enak, chat aja di WA 0812 0000 0147 ya kak, fast respon kok."""),
('V',CR,'m','id','',"""Bang, boleh minta nomer WA atau email pribadinya? Gue mau kirim demo admin panel, lebih gampang lewat situ daripada di sini."""),
('V',OP,'m','id','',"""Kak, kita lanjut di Discord aja gimana? Di sini suka delay notifnya. Server gue namanya "Bima Dev Corner", nanti kakak join aja terus mention gue."""),
('V',PA,'m','id','a',"""Bro milestone 2 udah kelar ya. Buat milestone 3 transfer langsung ke BCA gue aja, atau DANA juga bisa, biar ga kepotong fee Upwork. Nanti gue kasih diskon 10% deh."""),
('V',PA,'m','en','',"""Hey Sarah, honestly the Upwork fee is killing my margin on small projects. If you're ok, we skip the contract here and you pay via Payoneer directly, I'll send you a proper invoice, totally legit."""),
('V',FB,'m','id','a',"""Kak, source code final gue kirim abis kakak kasih bintang 5 sama review ya. Soalnya pernah kena tipu klien, jadi sekarang gitu aturannya wkwk."""),
('V',AS,'m','id','',"""Jujur aja nih kak, akun Upwork ini punya temen gue yang udah Top Rated, gue cuma pinjem. Nanti yang ngerjain project tetep gue kok, tenang aja."""),
('V',HA,'m','id','a',"""Lo tuh goblok apa gimana sih? Udah dijelasin tiga kali masih ga ngerti juga. Mending lo cari developer lain deh, males gue ngadepin klien kayak lo."""),
('V',CR,'p','id','',"""Halo kak, sebelum gue kirim estimasi lengkap, share dong akun Telegram atau IG kakak, biar gue bisa kirim video demo sistem POS yang udah jalan di 20 toko."""),
('C',PA,'m','id','a',"""Kak, integrasi Midtrans udah jalan: bayar pake GoPay, OVO, transfer BCA virtual account, sama kartu kredit semua sukses di sandbox. Webhook notifikasi pembayaran juga udah masuk ke tabel orders."""),
('C',AS,'m','id','a',"""Gue udah bikin fitur login pake Google sama reset password via email. Buat admin, tiap staff punya akun sendiri ya kak, ga ada lagi satu akun dipake rame-rame."""),
('C',CS,'m','id','a',"""Validasi nomor HP udah gue benerin, sekarang terima format 08xx sama +62. Alamat pengiriman juga udah bisa pilih kecamatan dari API RajaOngkir."""),
('C',FB,'m','id','a',"""Makasih banyak kak udah percaya sama gue buat project ini! Kalo sempet, kasih feedback jujur di Upwork ya, apapun itu bakal gue jadiin bahan belajar."""),
('C',HA,'m','id','a',"""Anjir bug-nya bandel banget, queue-nya mati tiap tengah malem wkwk. Tenang kak, bukan salah siapa-siapa, besok pagi gue beresin."""),
('A',CS,'m','id','',"""Kak, biar estimasinya akurat, invite gue ke repo GitLab-nya ya, read-only aja. Username GitLab gue bima-laravel, cuma buat liat kodenya doang."""),
('A',OP,'m','id','a',"""Karena kontraknya udah jalan, daily standup kita pindah ke Google Meet aja ya kak jam 9 WIB. Link-nya gue kirim ke email kantor kakak."""),
]
