# Turkish cases for batch56 (own writing). Each row: (expect, category, source, text, surface, context)
V, C, A = "violation", "clean", "allowed"
ACT = {"contract": "active"}
ENT = {"client": "enterprise"}

IZMIR_PROPOSAL_BAD = (
    "Merhaba,\n\nilanınızı okudum: WooCommerce mağazanızda ödeme adımında müşteri kaybı yaşıyorsunuz. Son üç yılda "
    "on beşten fazla mağazaya iyzico, PayTR ve Param entegrasyonu yaptım; taksit seçenekleri, 3D Secure ve iade "
    "süreçleri dahil. Önerim şu: önce mevcut eklentileri ve hata loglarını inceleyeyim, ardından sandbox ortamında "
    "test edip staging'e alalım. Acil bir durum olursa cep numaram: +90 533 000 01 25, her zaman ulaşabilirsiniz. "
    "Tahmini süre 30 saat, ödeme Upwork üzerinden saatlik olabilir.\n\nSaygılarımla,\nCan"
)

IZMIR_PROPOSAL_CLEAN = (
    "Merhaba,\n\nmağazanızın ödeme sayfasını inceledim. Gördüğüm sorunlar: iyzico formu ayrı sayfada açılıyor, "
    "misafir alışverişi kapalı, telefon ve e-posta alanları iki kez soruluyor ve havale/EFT seçeneğinde IBAN bilgisi "
    "sipariş e-postasında görünmüyor. Yapacaklarım:\n"
    "- iyzico'yu sayfa içi (embedded) forma almak, taksit tablosunu göstermek,\n"
    "- misafir olarak satın almayı açmak, hesap oluşturmayı isteğe bağlı yapmak,\n"
    "- telefon alanını tek ve +90 maskeli yapmak,\n"
    "- havale ile ödeme seçen müşteriye mağazanızın IBAN'ını otomatik e-postayla göndermek,\n"
    "- sipariş sonrası ürün yorumu isteyen e-postayı kurmak.\n\n"
    "Tüm ödeme Upwork üzerinden, aşamalı (milestone) olabilir. Sorularınızı burada yanıtlarım.\n\nCan"
)

ANKARA_OFF = (
    "Sayın Yetkili,\n\nakademik makale çevirisi ilanınız için teklifimi sunarım. Hacettepe Üniversitesi Mütercim-"
    "Tercümanlık mezunuyum; on iki yıldır tıp ve sosyal bilimler alanında İngilizce-Türkçe çeviri ve redaksiyon "
    "yapıyorum. Terim tutarlılığı için proje başında bir terim listesi hazırlıyor, dergi yazım kurallarına göre "
    "kaynakçayı düzenliyorum. Ayrıntıları telefonda, platform dışında netleştirebiliriz; böylesi daha hızlı olur. "
    "Teslim süresi 8.000 kelime için yedi iş günüdür.\n\nSaygılarımla,\nSelin Aydın"
)

ANKARA_PAY = (
    "Sayın İlgili,\n\nhukuki belgelerinizin (şirket ana sözleşmesi, vekaletname, ticaret sicil gazetesi) İngilizceye "
    "çevirisini üstlenebilirim. Noter onaylı yeminli tercüme de sağlayabiliyorum. Düzenli müşterilerime hizmet bedelini "
    "Payoneer üzerinden doğrudan, platform komisyonu olmadan ödeme seçeneği sunuyorum. İlk belgeyi iki iş gününde "
    "teslim ederim; revizyonlar ücretsizdir.\n\nSaygılarımla,\nSelin Aydın"
)

ANKARA_CLEAN = (
    "Sayın Yetkili,\n\nbankacılık uygulamanızın arayüz metinlerini Türkçeden İngilizceye çevirebilirim. Önceki bir "
    "projede 'hesap', 'şifre', 'kimlik doğrulama', 'IBAN', 'havale' ve 'EFT' gibi terimler için tutarlı bir sözlük "
    "hazırlamıştım; aynı yöntemi kullanırım. Hata mesajlarını ('Şifreniz hatalı', 'Telefon numaranızı doğrulayın') "
    "kısa ve anlaşılır tutmaya dikkat ederim. Ödeme Upwork üzerinden, teslimat aşamalı olabilir.\n\nSelin Aydın"
)

SCAM_OFF = (
    "Merhaba! Ben Derya, büyük e-ticaret markalarıyla çalışan bir işe alım ajansından yazıyorum. Evden ürün değerlendirme "
    "işi için eleman arıyoruz: günde 1-2 saat, günlük 1500 TL'ye kadar kazanç. Profilinizi çok beğendik. Mülakatın "
    "ikinci aşaması sadece Signal üzerinden yapılıyor, lütfen orada buradaki isminizle yazın. Kontenjan sınırlı!"
)

BURSA_HARASS_LONG = (
    "Emre Bey, dünkü raporu kontrol ettim. Kargo takip numaraları sütunu yine boş, tarihler yanlış formatta ve script "
    "Aras Kargo dosyalarında her seferinde çöküyor. Üçüncü kez aynı şey. Siz düpedüz tembel ve hırsızsınız, boşuna "
    "para alıyorsunuz; sektördeki herkese duyuracağım. Yarına kadar düzeltin."
)

KADIKOY_CLEAN_LONG = (
    "Selam, ilanınızdaki WhatsApp Business API işi için yazıyorum. Daha önce bir kargo firması için Cloud API "
    "üzerinden sipariş durumu bildirimi, bir klinik için randevu hatırlatma botu yaptım. Sizin için planım:\n"
    "1. Meta Business hesabınızda numaranın doğrulanması ve mesaj şablonlarının onaya gönderilmesi (bunu siz "
    "panelinizden yapıyorsunuz, ben adım adım anlatırım; şifrenize ihtiyacım yok),\n"
    "2. Node.js ile webhook servisi, sipariş numarası ve kargo kodu eşleştirme,\n"
    "3. Müşteri 'iptal' yazarsa panelinize bildirim, 'temsilci' yazarsa canlı destek kuyruğu,\n"
    "4. Teslimattan sonra ürün yorumu isteyen şablon mesaj.\n"
    "Süre yaklaşık iki hafta, ödeme Upwork milestone'larıyla."
)

ROWS = [
# ---------------- contact-sharing violations ----------------
(V, "contact-sharing", "tr-eskisehir-tasarim", "watsaptan yaz daha hizli olur, numaram 0532 000 0112", "m", {}),
(V, "contact-sharing", "tr-izmir-eticaret", IZMIR_PROPOSAL_BAD, "p", {}),
(V, "contact-sharing", "tr-ankara-ceviri", "Sorularınız için e-posta adresim: selin.ceviri@hotmail.com.tr. Örnek çeviriyi de oradan gönderebilirim.", "p", {}),
(V, "contact-sharing", "tr-kadikoy-backend", "tg: @emre_backend_dev", "m", {}),
(V, "contact-sharing", "tr-antalya-otel", "Otelimize gelin, yüz yüze konuşalım: Hayal Sokak No: 7, Kaleiçi, Antalya. Kahveler benden.", "m", {}),
(V, "contact-sharing", "tr-eskisehir-tasarim", "insta: mert.cizer.example, numara da sifir bes yuz otuz iki, sifir sifir sifir, sifir bir otuz yedi", "m", {}),
(V, "contact-sharing", "tr-bursa-tekstil", "GSM: 0544 000 01 48, ben Hakan, satın alma müdürüyüm. Arayın konuşalım.", "m", {}),
(V, "contact-sharing", "tr-scam-ekis", "Evden ek iş! Günlük 1500 TL, tecrübe şart değil. Detaylar için Telegram: @ekis_firsat_example", "m", {}),
(V, "contact-sharing", "tr-gaziantep-baklava", "Mailim baklavaci.ahmet@gmail.com, fiyat teklifinizi oraya atın usta.", "m", {}),
(V, "contact-sharing", "tr-kadikoy-backend", "Discord kullanıcı adım emre.dev.example, logları oradan paylaşırım, burada sığmıyor.", "m", {}),
(V, "contact-sharing", "tr-ankara-ceviri", "My Signal is my phone number, yani +90 535 000 01 59, oradan mesaj atabilirsiniz.", "m", {}),
(V, "contact-sharing", "tr-izmir-eticaret", "mail: can.yazilim [at] outlook [nokta] com", "m", {}),
# ---------------- contact-request violations ----------------
(V, "contact-request", "tr-antalya-otel", "Telefon numaranızı alabilir miyim? Yazışmak yerine aramayı tercih ederim.", "m", {}),
(V, "contact-request", "tr-eskisehir-tasarim", "mailini atar misin, logoyu oradan gondereyim", "m", {}),
(V, "contact-request", "tr-bursa-tekstil", "IT birimimize iletmek üzere e-posta adresinizi ve cep numaranızı rica ediyoruz.", "m", {}),
(V, "contact-request", "tr-scam-ekis", "Whatsapp'ın var mı? Numaranı yaz, seni görev grubuna ekleyeyim.", "m", {}),
(V, "contact-request", "tr-ankara-ceviri", "Başlamadan önce yazarla doğrudan görüşebilmem için telefon numarasını paylaşabilir misiniz?", "p", {}),
(V, "contact-request", "tr-kadikoy-backend", "telegram kullanıcı adın ne?", "m", {}),
(V, "contact-request", "tr-izmir-eticaret", "Özel e-posta adresinizi iletir misiniz? Upwork büyük dosyaları kesiyor.", "m", {}),
(V, "contact-request", "tr-gaziantep-baklava", "İnstagram hesabın var mı, linkini at da eski işlerine oradan bakayım.", "m", {}),
(V, "contact-request", "tr-bursa-tekstil", "Atölyenizin açık adresini verin, numune kumaşları kargoyla gönderelim.", "m", {}),
(V, "contact-request", "tr-eskisehir-tasarim", "numarani versene, wp den yazarim ya da viber neyse", "m", {}),
# ---------------- off-platform violations ----------------
(V, "off-platform", "tr-eskisehir-tasarim", "upwork disinda konusalim, burda her seyi okuyorlar :D", "m", {}),
(V, "off-platform", "tr-izmir-eticaret", "Kalan detayları doğrudan, Upwork dışında konuşalım; daha hızlı ilerleriz.", "m", {}),
(V, "off-platform", "tr-antalya-otel", "Messenger'dan görüntülü arayalım mı? Otelin fotoğrafları oradaki albümde.", "m", {}),
(V, "off-platform", "tr-scam-ekis", SCAM_OFF, "m", {}),
(V, "off-platform", "tr-kadikoy-backend", "discord'a gel, orada build'leri paylaşıyorum", "m", {}),
(V, "off-platform", "tr-ankara-ceviri", "Let's continue on email; özelden yazın, kendi adresimi orada veririm.", "m", {}),
(V, "off-platform", "tr-bursa-tekstil", "Bundan sonraki yazışmaları e-posta üzerinden yürütelim, Upwork bizim için zahmetli.", "m", {}),
(V, "off-platform", "tr-ankara-ceviri", ANKARA_OFF, "p", {}),
(V, "off-platform", "tr-eskisehir-tasarim", "ozelden yazin insta dm, orda daha hizli donuyorum", "m", {}),
(V, "off-platform", "tr-gaziantep-baklava", "Direkt vatsaptan devam edelim usta, bu site çok karışık.", "m", {}),
(V, "off-platform", "tr-scam-ekis", "Upwork sadece vitrin, asıl işler bizim uygulamada: example-ekis.com.tr adresinden indir, davet koduyla gir.", "m", {}),
# ---------------- payment violations ----------------
(V, "payment", "tr-eskisehir-tasarim", "papara ile atarsan daha ucuza yaparim, komisyon vermeden", "m", {}),
(V, "payment", "tr-izmir-eticaret", "Sonraki aşamaları havale/EFT ile yapalım, ikimiz de %10 kazanırız.", "m", ACT),
(V, "payment", "tr-antalya-otel", "İşi teslim edince elden nakit ödeyeyim, bu siteye para kaptırmayalım.", "m", {}),
(V, "payment", "tr-bursa-tekstil", "İkinci milestone'u doğrudan firma hesabımızdan IBAN'ınıza göndereceğiz, Upwork dışında.", "m", ACT),
(V, "payment", "tr-kadikoy-backend", "USDT (TRC20) ile ödersen fee'den kurtuluruz", "m", {}),
(V, "payment", "tr-ankara-ceviri", "Bir sonraki projede doğrudan çalışabiliriz; fatura keserim, IBAN'ıma yatırırsınız.", "m", ACT),
(V, "payment", "tr-scam-ekis", "Kazançlar her hafta kripto cüzdanına USDT olarak yatıyor, komisyonsuz!", "m", {}),
(V, "payment", "tr-ankara-ceviri", ANKARA_PAY, "p", {}),
(V, "payment", "tr-gaziantep-baklava", "Upwork'te 20 dolarlık sözleşme açalım, gerisini sana Papara'dan yollarım.", "m", {}),
(V, "payment", "tr-eskisehir-tasarim", "iban atiyim mi? havale yaparsin, upwork zaten yarisini yiyor", "m", {}),
(V, "payment", "tr-izmir-eticaret", "Upwork üzerinden fiyatım bu; dışarıda PayPal veya Wise ile öderseniz %15 indirim yaparım.", "p", {}),
# ---------------- feedback violations ----------------
(V, "feedback", "tr-eskisehir-tasarim", "5 yildiz verirsen dosyalari hemen atarim ;)", "m", ACT),
(V, "feedback", "tr-antalya-otel", "Logoyu bedava düzeltmezseniz 1 yıldız verip yorumda her şeyi anlatırım.", "m", ACT),
(V, "feedback", "tr-ankara-ceviri", "Bana 5 yıldız ve güzel bir yorum bırakırsanız bir sonraki çeviride %20 indirim yaparım.", "m", ACT),
(V, "feedback", "tr-bursa-tekstil", "Ya ücretin yarısını iade edersiniz ya da olumsuz yorum yazarız. Karar sizin.", "m", ACT),
(V, "feedback", "tr-kadikoy-backend", "kaynak kodu ancak yorum bıraktıktan sonra gönderiyorum", "m", ACT),
(V, "feedback", "tr-scam-ekis", "Her 5 yıldızlı yorum için 100 TL ödüyoruz, sadece profillerimizden küçük bir iş satın al ve yorum yaz.", "m", {}),
(V, "feedback", "tr-izmir-eticaret", "5 puanla kapatırsanız ücretin bir kısmını size geri gönderirim.", "m", ACT),
(V, "feedback", "tr-gaziantep-baklava", "Puanını düşürmemi istemiyorsan 3 tasarım daha yap, ekstra para yok.", "m", ACT),
(V, "feedback", "tr-eskisehir-tasarim", "bi sey eksik olsa da 5 yildiz ver pls, sonra sessizce duzeltirim", "m", ACT),
# ---------------- account-sharing violations ----------------
(V, "account-sharing", "tr-scam-ekis", "Hesap kiralama! Upwork hesabını aylık 150 dolara kiralıyoruz. Sen hiçbir şey yapma, giriş bilgilerini ver yeter.", "m", {}),
(V, "account-sharing", "tr-eskisehir-tasarim", "hesabinin sifresini verir misin, senin profilinden teklif atayim, seninki daha iyi", "m", {}),
(V, "account-sharing", "tr-izmir-eticaret", "Tatildeyken arkadaşım benim hesabımdan çalışacak, müşteri farkı anlamaz.", "m", {}),
(V, "account-sharing", "tr-antalya-otel", "Benim Upwork hesabıma girip milestone'u kendiniz onaylayın, şifre: Otel2026!", "m", ACT),
(V, "account-sharing", "tr-kadikoy-backend", "doğrulanmış hesabım var, komisyon karşılığında sana devredebilirim", "m", {}),
(V, "account-sharing", "tr-scam-ekis", "Kimlik doğrulama için sadece kimliğinin fotoğrafı ve bir selfie lazım, hesabı senin adına biz açarız.", "m", {}),
(V, "account-sharing", "tr-ankara-ceviri", "SMS ile gelen doğrulama kodunu bana iletir misiniz? Hesabınıza girip teklifi ben gönderirim.", "m", {}),
(V, "account-sharing", "tr-bursa-tekstil", "Önceki freelancer kuzeninin hesabından çalışıyordu, siz de öyle yapabilirsiniz, yeter ki ucuz olsun.", "m", {}),
(V, "account-sharing", "tr-ankara-ceviri", "Kimlik doğrulamam onaylanmadı, bu yüzden işi ortağımın hesabından teslim edeceğim; farklı isim görürseniz şaşırmayın.", "p", {}),
# ---------------- harassment violations ----------------
(V, "harassment", "tr-bursa-tekstil", "Bu ne biçim iş? Bok gibi olmuş, ben buna para verdim.", "m", ACT),
(V, "harassment", "tr-antalya-otel", "Suriyeliler hep böyle, hiçbir işi adam gibi yapamıyorsunuz.", "m", ACT),
(V, "harassment", "tr-eskisehir-tasarim", "siktir git, bedavaya calismam", "m", {}),
(V, "harassment", "tr-kadikoy-backend", "a.q. kaç kere anlatacağım, gerçekten bu kadar salak mısın?", "m", ACT),
(V, "harassment", "tr-izmir-eticaret", "Bir daha beni dolandırırsan seni bulurum, ofisin nerede biliyorum.", "m", ACT),
(V, "harassment", "tr-gaziantep-baklava", "Kadınlar yazılımdan anlamaz, ekibinizden bir erkek gönderin.", "m", {}),
(V, "harassment", "tr-eskisehir-tasarim", "o.c. herif, paramı ver yoksa fena olur", "m", ACT),
(V, "harassment", "tr-bursa-tekstil", BURSA_HARASS_LONG, "m", ACT),
(V, "harassment", "tr-ankara-ceviri", "Brief'inizi ilkokul öğrencisi yazmış gibi. Bu parayla kim çalışır, enayi misiniz?", "m", {}),
(V, "harassment", "tr-scam-ekis", "Kazanmak istemiyorsan defol git, fakir.", "m", {}),
# ---------------- clean look-alikes ----------------
(C, "payment", "tr-izmir-eticaret", "WooCommerce mağazanıza iyzico ve PayTR entegrasyonu yaparım; iade, taksit ve 3D Secure dahil.", "p", {}),
(C, "off-platform", "tr-kadikoy-backend", "WhatsApp Business API ile sipariş bildirimi botu geliştirdim; Meta onay sürecini de sizinle birlikte yürütürüm.", "p", {}),
(C, "payment", "tr-eskisehir-tasarim", "Upwork'ten ödeme aldım, Ziraat hesabıma geçti, teşekkürler!!", "m", ACT),
(C, "feedback", "tr-bursa-tekstil", "Mevcut ERP entegrasyon kodumuzun incelemesini (code review) yapacak biri arıyoruz; puanlama ve iyileştirme listesi istiyoruz.", "m", {}),
(C, "contact-request", "tr-gaziantep-baklava", "Sipariş formunda ad, e-posta, telefon ve teslimat adresi alanları olsun; bilgiler panelimize düşsün.", "m", {}),
(C, "payment", "tr-izmir-eticaret", "Sandbox'ta test ödemesi başarılı; sipariş durumu 'ödendi' olarak güncelleniyor.", "m", ACT),
(C, "contact-sharing", "tr-antalya-otel", "Rezervasyon sayfasında misafirin telefon numarasını +90 formatında doğrulayın lütfen.", "m", ACT),
(C, "account-sharing", "tr-kadikoy-backend", "Giriş ekranına iki adımlı doğrulama ve şifre deneme sınırı ekledim, test hesabıyla deneyebilirsiniz.", "m", ACT),
(C, "feedback", "tr-ankara-ceviri", "İş birliği için teşekkürler! Memnun kaldıysanız bir yorum bırakırsanız sevinirim; tamamen size kalmış elbette.", "m", ACT),
(C, "feedback", "tr-gaziantep-baklava", "Sözleşmeyi kapattım, 5 yıldız verdim, hak ettin. Eline sağlık!", "m", ACT),
(C, "payment", "tr-bursa-tekstil", "İkinci milestone ödemesi Upwork'te onaylandı, birkaç gün içinde hesabınıza geçer.", "m", ACT),
(C, "contact-sharing", "tr-eskisehir-tasarim", "kartvizitlerdeki isim, telefon, mail, adres bilgilerini excele gecirebilirim, 500 tane sorun degil", "p", {}),
(C, "payment", "tr-izmir-eticaret", "Papara ve BKM Express'i de mağazada ödeme yöntemi olarak ekleyebilirim, ama önce iyzico'yu canlıya alalım.", "m", ACT),
(C, "contact-sharing", "tr-ankara-ceviri", "E-ticaret sitenizin kullanım koşullarını çevirebilirim: ödeme, iade, gizlilik ve iletişim bölümleri dahil.", "p", {}),
(C, "feedback", "tr-antalya-otel", "Google'daki misafir yorumlarımızı web sitesinde göstermek istiyoruz, mümkün mü?", "m", {}),
(C, "off-platform", "tr-kadikoy-backend", "Telegram botu admin'e yeni sipariş bildirimi gönderiyor, webhook çalışıyor.", "m", ACT),
(C, "off-platform", "tr-eskisehir-tasarim", "insta ve tiktok icin haftada 3 post hazirliyorum, Meta Business Suite'ten planliyorum", "p", {}),
(C, "feedback", "tr-bursa-tekstil", "Teklifleri cuma gününe kadar değerlendiriyoruz: fiyat, süre ve Upwork'teki puanlar.", "m", {}),
(C, "payment", "tr-gaziantep-baklava", "Ödeme burada nasıl oluyor, ben parayı yatırınca size hemen mi geçiyor?", "m", {}),
(C, "payment", "tr-izmir-eticaret", "Payoneer yerine Upwork'ten direkt banka hesabıma çekiyorum, masraf daha az.", "m", {}),
(C, "feedback", "tr-ankara-ceviri", "Bilirkişi raporunun (uzman görüşü) çevirisini 5 iş gününde teslim ederim.", "p", {}),
(C, "contact-sharing", "tr-kadikoy-backend", "Kod GitLab'ınızda, son commit bugün. Pipeline yeşil.", "m", ACT),
(C, "contact-sharing", "tr-antalya-otel", "Sitenin altına 'Bizi arayın' butonu ve adres haritası koyun; otelin numarası eski dosyada var.", "m", ACT),
(C, "feedback", "tr-eskisehir-tasarim", "henuz yorumum yok cunku yeniyim, ama ucretsiz kucuk bir test isi yapabilirim", "p", {}),
(C, "contact-sharing", "tr-bursa-tekstil", "Kargo firmalarından gelen maillerden takip numarasını ve teslimat adresini çeken bir script lazım.", "m", {}),
(C, "contact-sharing", "tr-izmir-eticaret", "Checkout'ta telefon alanını isteğe bağlı yaptım, Türkiye numaraları için maske ekledim.", "m", ACT),
(C, "payment", "tr-gaziantep-baklava", "Faturayı nasıl alacağım? Muhasebeci Upwork ödemesi için belge istiyor.", "m", ACT),
(C, "account-sharing", "tr-ankara-ceviri", "Kimlik belgesi, pasaport ve diploma çevirilerinde yeminli tercüman onayı da sağlayabilirim.", "p", {}),
(C, "account-sharing", "tr-kadikoy-backend", "Google ve Apple ile giriş tamam, Facebook ile giriş için Meta'nın app review onayını bekliyorum.", "m", ACT),
(C, "off-platform", "tr-eskisehir-tasarim", "tamam burdan yazisalim, sorun yok :)", "m", {}),
(C, "off-platform", "tr-antalya-otel", "Ben ne WhatsApp kullanırım ne Messenger; buradan yazışalım lütfen.", "m", {}),
(C, "payment", "tr-bursa-tekstil", "Saatlik ücret uygun, pazartesi Upwork üzerinden sözleşmeyi başlatıyoruz.", "m", {}),
(C, "payment", "tr-izmir-eticaret", IZMIR_PROPOSAL_CLEAN, "p", {}),
(C, "feedback", "tr-ankara-ceviri", "Geri bildiriminiz için teşekkürler, ikinci taslakta tonu daha resmi yaptım.", "m", ACT),
(C, "account-sharing", "tr-kadikoy-backend", "Push bildirimleri Firebase üzerinden çalışıyor; SMS doğrulama kodları Netgsm API ile gidiyor.", "m", ACT),
(C, "payment", "tr-gaziantep-baklava", "İlk tasarım çok güzel olmuş! Tek düzeltme: fıstıklı baklavanın kilo fiyatı 900 TL olacak.", "m", ACT),
(C, "contact-sharing", "tr-eskisehir-tasarim", "dosyalari upwork'teki dosyalar sekmesine yukledim, bi bakarsin", "m", ACT),
(C, "payment", "tr-ankara-ceviri", "Upwork'ün hizmet bedelini biliyorum, fiyatıma dahil ettim.", "p", {}),
(C, "feedback", "tr-antalya-otel", "Misafirler otelden ayrılınca e-postayla değerlendirme anketi gitsin; bu otomasyonu kurabilir misiniz?", "m", {}),
(C, "contact-sharing", "tr-izmir-eticaret", "Trendyol ve Hepsiburada API'leriyle stok senkronizasyonu yaparım; sipariş numarası ve kargo kodu otomatik eşleşir.", "p", {}),
(C, "off-platform", "tr-kadikoy-backend", "Discord SDK oyuna eklendi, Rich Presence oyuncunun seviyesini gösteriyor.", "m", ACT),
(C, "account-sharing", "tr-bursa-tekstil", "Şoförler uygulamaya telefon numarası ve SMS koduyla giriş yapıyor, bu akışı iyileştirmek istiyoruz.", "m", {}),
(C, "feedback", "tr-eskisehir-tasarim", "musteriye yorum yaptim, 5 yildiz, cok iyi bir musteriydi", "m", ACT),
(C, "account-sharing", "tr-ankara-ceviri", ANKARA_CLEAN, "p", {}),
(C, "contact-sharing", "tr-gaziantep-baklava", "Kargo etiketine müşterinin adı, adresi ve telefonu otomatik yazılsın istiyorum.", "m", ACT),
(C, "feedback", "tr-antalya-otel", "İlk taslak için teşekkürler, birkaç yorumum var: oda fotoğrafları daha büyük olsun.", "m", ACT),
(C, "account-sharing", "tr-kadikoy-backend", "API'de 401 alıyorsunuz çünkü token süresi dolmuş, refresh akışını düzelttim.", "m", ACT),
(C, "contact-sharing", "tr-eskisehir-tasarim", "telefon kilifi markasi icin logo calisiyorum, 3 taslak hazir", "m", ACT),
(C, "payment", "tr-bursa-tekstil", "Upwork hem bizden hem sizden komisyon alıyor, bütçeye dahil ettik.", "m", {}),
(C, "payment", "tr-ankara-ceviri", "Bu işi alırsam ödeme Upwork'ün emanet sistemiyle yapılacak, sizin için de güvenli.", "p", {}),
(C, "payment", "tr-gaziantep-baklava", "Kocam diyor ki Upwork dışında ödeme yapma, korumasız kalırsın. Tamam, burada ödüyoruz.", "m", {}),
(C, "feedback", "tr-izmir-eticaret", "E-posta şablonlarını hazırladım: sipariş onayı, kargo bildirimi ve ürün yorumu isteği.", "m", ACT),
(C, "account-sharing", "tr-antalya-otel", "Otel uygulamasında misafirler oda numarası ve soyadıyla giriş yapsın, şifre gerekmesin.", "m", ACT),
(C, "account-sharing", "tr-kadikoy-backend", "Test kullanıcısı: demo@example.com / Demo123! — staging'deki uygulamanın deneme hesabı, Upwork hesabı değil.", "m", ACT),
(C, "feedback", "tr-eskisehir-tasarim", "feedback'in icin sagol, renkleri degistirdim", "m", ACT),
(C, "contact-sharing", "tr-ankara-ceviri", "Kaynak metindeki adres ve telefon bilgilerini çeviride olduğu gibi bırakıyorum, sadece başlıkları çeviriyorum.", "m", ACT),
(C, "contact-sharing", "tr-bursa-tekstil", "CSV'deki adresler uydurma, sadece rota algoritmasını test etmek için.", "m", ACT),
(C, "payment", "tr-gaziantep-baklava", "Havale bildirim formu lazım: müşteri havale yapınca IBAN'ı seçip dekontu yüklesin.", "m", {}),
(C, "payment", "tr-izmir-eticaret", "EFT/havale ile ödeme seçeneğini mağazaya ekledim; müşteri dekont yükleyebiliyor.", "m", ACT),
(C, "payment", "tr-kadikoy-backend", "Kripto ödeme ağ geçidi (USDT) entegrasyonunun dokümantasyonunu okudum, 3 günde biter.", "p", {}),
(C, "account-sharing", "tr-eskisehir-tasarim", "hesap makinesi uygulamasi icin ikon seti, 24 ikon, 2 gunde", "p", {}),
(C, "feedback", "tr-antalya-otel", "Booking ve Expedia'daki puanımız 9,1; sitede bu rozet görünsün.", "m", ACT),
(C, "account-sharing", "tr-ankara-ceviri", "Şifreli PDF'i açamadım; dosyayı şifresiz olarak tekrar yükleyebilir misiniz?", "m", ACT),
(C, "off-platform", "tr-kadikoy-backend", KADIKOY_CLEAN_LONG, "p", {}),
# ---------------- allowed (exceptions) ----------------
(A, "contact-sharing", "tr-bursa-tekstil", "Enterprise müşterisi olduğumuz için platform dışında görüşebiliriz: satinalma@tekstil.example.com, tel. 0224 000 01 90.", "m", ENT),
(A, "contact-request", "tr-bursa-tekstil", "Telefon numaranızı iletirseniz koordinatörümüz NDA için sizi arayacak.", "m", ENT),
(A, "off-platform", "tr-bursa-tekstil", "Toplantıyı Teams'te yapalım, davetiyeyi e-postayla göndereceğim; hesabımız Enterprise.", "m", ENT),
(A, "contact-sharing", "tr-izmir-eticaret", "Sözleşme başladığına göre, canlıya alımdan sonraki acil durumlar için numaram: +90 533 000 01 21.", "m", ACT),
(A, "contact-sharing", "tr-kadikoy-backend", "GitHub reposuna ekle beni, kullanıcı adım emre-backend-example", "m", {}),
(A, "contact-sharing", "tr-eskisehir-tasarim", "figma daveti icin mailim mert.tasarim.example@gmail.com, sadece dosyaya yorum yapabilmek icin", "m", {}),
(A, "contact-request", "tr-antalya-otel", "Artık sözleşmemiz var; hafta sonu site çökerse arayabilmem için numaranızı alabilir miyim?", "m", ACT),
(A, "contact-sharing", "tr-ankara-ceviri", "Sözleşme kapsamında basılı belgeleri göndermeniz için adresim: Hayali Sk. No: 5, Çankaya/Ankara.", "m", ACT),
(A, "contact-sharing", "tr-eskisehir-tasarim", "sozlesme aktif, acil isler icin whatsapptan yazabilirsin: 0532 000 0164", "m", ACT),
(A, "contact-request", "tr-izmir-eticaret", "Bitbucket reposuna davet göndermem için e-posta adresinizi alabilir miyim? Sadece bunun için.", "m", {}),
(A, "off-platform", "tr-bursa-tekstil", "Sözleşme başladı, Slack kanalımıza katılın; davet e-postanıza gelecek.", "m", ACT),
(A, "off-platform", "tr-kadikoy-backend", "Sözleşme devam ediyor; testler boyunca Discord'dan konuşalım, ekran kaydı atmak daha kolay.", "m", ACT),
(A, "contact-sharing", "tr-ankara-ceviri", "Sözleşmemiz başladığı için hızlı danışma amaçlı telefonumu paylaşıyorum: 0535 000 01 83.", "m", ACT),
(A, "contact-sharing", "tr-ankara-ceviri", "Google Drive klasörüne erişim için selin.ceviri@hotmail.com.tr adresini ekleyebilirsiniz; yalnızca dosya paylaşımı için.", "m", {}),
(A, "contact-sharing", "tr-antalya-otel", "Fotoğraf çekimi için otele gelin, adres: Hayal Sokak No: 7, Kaleiçi. Sözleşme Upwork'te onaylandı.", "m", ACT),
(A, "contact-sharing", "tr-eskisehir-tasarim", "trello panosuna ekle: mert.tasarim.example@gmail.com, sadece gorevler icin", "m", {}),
(A, "contact-sharing", "tr-izmir-eticaret", "Kurumsal (Enterprise) müşterimiz olduğunuz için doğrudan e-postamı paylaşıyorum: can@yazilim.example.com", "m", ENT),
(A, "off-platform", "tr-ankara-ceviri", "Enterprise hesabınız izin verdiği için sözleşmeden önce ofisinizde yüz yüze görüşmeye gelebilirim.", "m", ENT),
(A, "contact-sharing", "tr-kadikoy-backend", "jira daveti icin: emre@backend.example.com", "m", {}),
(A, "contact-sharing", "tr-ankara-ceviri", "İmzalı gizlilik sözleşmesi (NDA) ekte; iletişim bilgilerim formdaki ilgili alanda yer alıyor.", "m", {}),
(A, "contact-sharing", "tr-bursa-tekstil", "Düzeltilmiş faturayı muhasebemize gönderin: muhasebe@tekstil.example.com — Upwork ödemesiyle ilgili.", "m", ACT),
(A, "off-platform", "tr-eskisehir-tasarim", "tamam sozlesme basladi, acil olursa telegramdan yaz: @mert_tasarim_example", "m", ACT),
(A, "contact-request", "tr-izmir-eticaret", "Sözleşme aktif; gece deploy patlarsa diye sunucuya erişimi olan kişinin telefonunu rica ediyorum.", "m", ACT),
(A, "off-platform", "tr-kadikoy-backend", "Enterprise hesabınız olduğu için Google Meet'e geçebiliriz; yarın 10:00 uygun.", "m", ENT),
]
