SRC = 'b51-syrian-translator-istanbul'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'p','ar','',"""مرحبا، أنا لينا، مترجمة سورية مقيمة بإسطنبول، بترجم عربي-تركي-إنكليزي من ٨ سنين، أغلب شغلي عقود ووثائق هجرة وشهادات. قرأت وصف المشروع ومناسب لخبرتي تماماً. إذا حابب نحكي أسرع، رقمي على الواتساب +90 500 000 00 17، بتقدر تبعتلي الملفات هناك وبعطيك السعر خلال ساعة."""),
('V',CR,'m','ar','',"""أهلين، شكراً على الدعوة. ممكن تبعتلي إيميلك الشخصي أو رقمك؟ بدي ابعتلك عينة ترجمة سابقة ونحكي بالتفاصيل براحتنا."""),
('V',OP,'m','ar-Latn','',"""marhaba ustaz, bas bshouf enno hon el chat kteer baTee2. sho ra2yak nkammel 7ake 3al telegram? aw iza bt7eb mnetsel 3al 3adi w b5abrak kl shi b5ams da2aye2."""),
('V',PA,'m','ar-Latn','',"""tab ya3ne iza bddak, fina nshteghel bala Upwork mn el awwal. enta bt7awelle 3al Wise aw Western Union w ana ba3mellak 10% 7asm, la2enno Upwork byekhod 3ashra bel mie mn 3ande. kelna mnerba7."""),
('V',PA,'m','tr','',"""Merhaba Ahmet Bey, noter onaylı tercüme için toplam 3.200 TL olur. Upwork komisyonu yüksek olduğu için isterseniz ödemeyi Papara'ya ya da elden nakit yapabilirsiniz, Fatih'teyim zaten, belgeleri de elden teslim ederim."""),
('V',PA,'m','en','a',"""Hi Mark, the Arabic subtitles for episodes 4 to 6 are ready and uploaded to the shared folder. For the next season, maybe we skip the Upwork contract and you just send me the payment by bank transfer each month? It would save both of us the service fee."""),
('V',FB,'m','ar','a',"""الترجمة جاهزة يا أستاذ، بس ما رح ابعت الملف النهائي قبل ما تكتبلي تقييم خمس نجوم على أبورك. بعد التقييم مباشرة ببعتلك الوورد والـPDF."""),
('V',FB,'m','tr','a',"""Zeynep Hanım, eğer bana 5 yıldız verip olumlu yorum yazarsanız son iki sayfanın ücretini almayacağım. Profilim yeni, yorumlara çok ihtiyacım var."""),
('V',AS,'m','ar-Latn','',"""ana 3ande mshkle bel hawiye, el Upwork ma 2ebel el kimlik taba3e. fa 3am eshteghel 3ala account 5ayye Omar, howwe Turk citizen w verified. ma btfre2 ma3ak, el shoghol ana 3am 2a3mlo."""),
('V',AS,'m','en','',"""Quick question before we start: my cousin is also a translator and she needs experience. Sometimes she will log into my profile and answer your messages or deliver files when I'm busy. Same quality, don't worry, she studied with me in Aleppo."""),
('V',HA,'m','tr','a',"""Üç kere aynı şeyi düzelttim, hâlâ beğenmiyorsunuz. Siz Türkçe bile bilmiyorsunuz, cahil insanlarla çalışmak gerçekten yorucu. Bir daha bana bu tonda yazmayın."""),
('V',HA,'m','ar','a',"""يعني إنت فعلاً مفكر حالك بتفهم عربي أكتر مني؟ حلّ عني بقى، واحد متلك ما بيستاهل حتى رد. وإذا بتكمل هيك رح خلي كل الناس يعرفوا شو انت."""),
('V',CS,'m','ar-Latn','',"""ahlan! iza bddak nezbot el mawa3eed asra3, hayda el insta taba3e: @lina.translates.ist, ba3tlak dm w mn7ke hnik."""),
('V',CS,'p','en','',"""Hello, I am Lina, a native Arabic speaker (Syrian dialect, MSA) with fluent Turkish and English, based in Istanbul since 2016.

I have translated asylum case files, medical reports and school transcripts for NGOs and law offices, and I subtitle documentaries for two Turkish production companies. I know the difference between Levantine, Gulf and Egyptian terms, which matters a lot for your app's onboarding screens because your users are mostly in Jordan and Lebanon.

For your 12,000-word app localisation I suggest: glossary first (1 day), then translation in batches of 3,000 words so your team can review early, then a final QA pass inside the app on a real device. Rate: $0.06/word, delivery in 8 working days.

If you want to see more samples, you can also look me up on LinkedIn as Lina Haddad Istanbul translator or email lina.haddad.tr@outlook.com, I answer faster there than here.

Thank you for reading, I hope to work with you."""),
('V',OP,'p','tr','',"""Merhaba, ilanınızı gördüm. Ana dilim Arapça, Türkçe ve İngilizce'ye çeviri yapıyorum. Detayları burada konuşmak yerine bir telefon görüşmesi yapalım, bana aramak için uygun bir saat yazın, ben sizi ararım. Upwork mesajları bazen gecikiyor."""),
('V',CR,'m','tr','',"""Teklifiniz için teşekkürler. Mahkeme belgelerini göndermeden önce telefon numaranızı alabilir miyim? Bazı sorularımı sesli sormak daha kolay olur."""),
('V',PA,'m','ar','',"""شغلي بيكون أسرع إذا الدفع كاش. أنا بفاتح كل يوم، فيك تجيبلي المصاري مع الأوراق ونخلص الموضوع بدون عقد على المنصة، ما في داعي للعمولة."""),
('V',FB,'m','ar-Latn','a',"""ya3ne law 3tetne 5 stars b3d ma tsakker el contract, bzeedlak glossary kamle majjanan. bs law ma 3tetne... ma b3rf eza bade kammel el part el tene."""),
('C',PA,'p','en','',"""Hi, I translate financial documents daily: bank statements, wire transfer confirmations, payslips and tax letters between Arabic, Turkish and English. For your 40 bank statements I keep all account numbers exactly as they appear, only translating the descriptions and headers. Payment through Upwork milestones is fine, one milestone per 10 statements."""),
('C',CS,'m','ar','a',"""لاحظت إنو في عنوان بالعقد مكتوب غلط: "شارع بغداد، المزة" لازم يكون "أوتستراد المزة". كمان رقم الهاتف المكتوب بالوثيقة ناقص خانة، بس أنا نقلته متل ما هو وحطيت ملاحظة للمترجم المحلف."""),
('C',AS,'m','tr','a',"""Trados hesabıma lisans problemi çıktı, bu yüzden dosyayı memoQ'da açtım. Sizin TM dosyanızı da içe aktardım, şifre gerekmedi. Teslimatı yarın öğlene kadar yaparım."""),
('C',FB,'m','ar-Latn','a',"""shokran ktir 3al shaghle el 7elwe! iza 7abbet, b3d ma tsakker el contract 3ateene ra2yak el sare7 3al Upwork, 7atta law fi shi ma 3ajabak, bsa3edne et7assan."""),
('C',OP,'m','en','',"""Thanks for the invitation. To answer your screening questions here: yes, I have translated WhatsApp Business message templates before, about 200 of them for a Turkish e-commerce brand, and I know Meta's character limits for template variables. I am fine to do everything through Upwork Messages."""),
('C',CR,'p','tr','',"""Merhaba, uygulamanızın kayıt ekranlarını çevireceğim: 'E-posta adresinizi girin', 'Telefon numaranızı doğrulayın', 'Şifremi unuttum' gibi metinler. Arapçada sağdan sola düzenine ve telefon numarası alanlarında rakamların yönüne özellikle dikkat ediyorum."""),
('C',HA,'m','ar','a',"""أعتذر إذا ردّي الأخير كان حاد، كان يوم طويل. خلينا نراجع الفقرة سوا بهدوء، وإذا في مصطلحات بتفضلها بالترجمة أكيد بعتمدها."""),
('C',PA,'m','tr','a',"""Ahmet Bey, ikinci milestone'u onayladığınızı gördüm, teşekkürler. Faturayı Upwork üzerinden indirebilirsiniz. Bir sonraki belge paketi için yeni bir milestone ekleyebilir misiniz?"""),
('C',AS,'p','ar-Latn','',"""marhaba, ana Lina, bshteghel 3ala Upwork b esme w hawiyte el mwassa2a. bterjem user guides la software: login, reset password, account settings, two-factor. bfham el moustala7at el tekniye w bkhalle el UI strings 2asira."""),
('C',CS,'p','en','',"""Dear hiring team, I noticed your documents are birth certificates and residence permits with many names and addresses. I transliterate Arabic names consistently (one spelling table for the whole file) and I copy addresses and ID numbers digit by digit, then double-check them against the original scan. Certified translation is possible through a sworn translator I work with in Istanbul."""),
('C',FB,'m','tr','a',"""Proje bitti, çok keyifli bir çalışmaydı. Uygun görürseniz Upwork'te bir değerlendirme bırakabilirsiniz, zorunlu değil tabii."""),
('C',OP,'m','ar','',"""شكراً لسؤالك عن التوفر. أنا موجودة هون على أبورك كل يوم من الساعة ٩ الصبح لـ ٦ المسا بتوقيت إسطنبول، وبرد عالرسائل خلال ساعة تقريباً."""),
('A',CS,'m','ar-Latn','a',"""tamam, halla2 el contract bada. hayda ra2me 3al whatsapp iza fi shi mosta3jal bl mahkame bokra: +90 500 000 00 42. bs el fawateer kellon 3ala Upwork metl ma 2etfa2na."""),
('A',CS,'m','en','',"""Before I can see the case files, your law office asked me to sign the NDA. I filled in my full name, home address in Fatih and passport number on page 2 as requested and attached the signed PDF here."""),
('A',CR,'m','tr','e',"""Kurumsal hesabınızla çalıştığımızı belirttiniz; o zaman iletişim için şirket e-posta adresinizi ve proje koordinatörünün telefon numarasını paylaşabilir misiniz? Toplantı davetini doğrudan size göndereyim."""),
]
