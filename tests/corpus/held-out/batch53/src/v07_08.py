from common import *

# V7 Ayvalik/Izmir family olive-oil exporter (client), Turkish + Arabic + English
g = voice("v53-ayvalik-olive", "client")
g(V, CS, "tr", "Merhaba Elif Hanım, teklifinizi beğendim. Detayları telefonda konuşalım, numaram 0500 000 01 47, akşam 7'den sonra arayın lütfen")
g(V, CR, "en", "Can you send your whatsapp number? Easier to show the label designs there, the files here don't open")
g(V, OP, "tr", "Burası biraz karışık bence, Instagram'dan DM atın devam edelim. Sayfamız Ayvalık zeytinyağı diye geçiyor")
g(V, PAY, "en", "Lets do the payment outside Upwork with EFT, the commission is too high. I give you 5% extra too, nobody will know")
g(V, PAY, "en", "For the Amazon listing job I prefer to pay with Payoneer directly, send me your Payoneer email and I transfer today, we can close this contract")
g(V, FB, "tr", "Amazon'daki 3 ürün açıklamasını daha bedava yazarsanız 5 yıldız veririm, yoksa yorumda gecikmeleri yazarım", contract=ACT)
g(V, FB, "ar", "إذا لم تترجم صفحة المتجر كاملة بدون تكلفة إضافية سأكتب تقييماً سيئاً عن عملك", contract=ACT)
g(V, AS, "tr", "Benim Upwork hesabıma girip yeni bir iş ilanı açabilir misiniz? Şifreyi mesajla gönderiyorum, ben bu sistemi anlamıyorum")
g(V, AS, "en", "My brother Kerem will also write from my account, we share it for the company. Same person for you, don't worry")
g(V, HAR, "tr", "Bu ne rezalet bir tasarım, gözüm kanadı. Beyninizi kullanmayı deneyin biraz, para ağaçta yetişmiyor", contract=ACT)
g(V, HAR, "ar", "أنت فاشل ولا تفهم شيئاً، لن أدفع لك قرشاً على هذا العمل التافه", contract=ACT)
g(V, CS, "tr", "Fabrikamız Ayvalık sanayi sitesinde, 0. sokak no 00. Numune için gelirseniz kargoya gerek kalmaz, ben hep oradayım")
g(V, CR, "ar", "أخي محمد، أعطني رقم الواتساب الخاص بك لأرسل لك الكتالوج وأسعار الجملة")
g(V, OP, "en", """Hello Mohamed,
We are a family company from Ayvalık, third generation, we produce early harvest extra virgin olive oil and sell to Gulf countries and Germany. We need Arabic translation of the website (about 30 pages), product labels, and 2 brochures for the Gulfood fair in Dubai.
Our last translator used Google Translate and a customer in Riyadh laughed at us, so quality is important.
I will be in Dubai next month for the fair, we can meet and continue by phone there, this site is too slow for me and I am always travelling.
Best regards, Murat""")
g(V, OP, "en", "Do you use Telegram? Let's write there, I don't get notifications from here on my phone")
g(V, PAY, "ar", "أستطيع أن أدفع لك مباشرة عن طريق ويسترن يونيون بدون عمولة الموقع، ما رأيك؟")
g(V, CR, "en", "Give me your email please, I want to send the brochure file directly, not here")
g(V, FB, "tr", "Eğer ücreti yarıya indirirseniz size güzel bir yorum yazarım, anlaşalım mı?", contract=ACT)
g(V, CS, "en", "write to murat.ayvalikoil at gmail, I check it every day. Or call the office, ask for Murat Bey")
# clean
g(C, PAY, "tr", "İkinci milestone ödemesini Upwork'ten onayladım, etiket dosyalarını bekliyorum", contract=ACT)
g(C, PAY, "en", "Our Amazon store uses Amazon Pay and we want to add Tabby and Tamara for the Gulf customers. Can you set up the checkout on Shopify?", contract=ACT)
g(C, CS, "tr", "Etiketin arkasına firma adresi, telefon ve parti numarası yazılacak. Bilgiler ekteki Excel'de, aynen kopyalayın", contract=ACT)
g(C, FB, "en", "I gave you 5 stars, you deserved it. The Riyadh customer said the Arabic is perfect this time", contract=ACT)
g(C, HAR, "en", "Sorry I wrote harsh yesterday, harvest time we are all nervous. Your work is very good", contract=ACT)
g(C, AS, "tr", "Amazon Seller Central'a sizi kullanıcı olarak ekledim, benim şifremi istemenize gerek yok. Davet mailini kontrol edin", contract=ACT)
g(C, OP, "ar", "هل يمكننا إجراء مكالمة فيديو هنا على Upwork غداً؟ أريد أن أشرح لك نوع الزيت والعلامة التجارية")
g(C, FB, "tr", "Amazon'daki müşteri yorumlarını Türkçeye çevirip özet çıkarır mısınız? Hangi şikayetler tekrar ediyor görmek istiyorum", contract=ACT)
g(C, CR, "en", "Please add a WhatsApp order button for the Gulf customers on the product page, they like to order like this. Use the company number from the brief", contract=ACT)
g(C, HAR, "en", "This label is killer, my father who hates everything said it looks like Italian oil haha", contract=ACT)
g(C, PAY, "ar", "الميزانية 500 دولار للترجمة كاملة، الدفع عبر Upwork على مراحل. هل يناسبك؟")
# allowed
g(A, CS, "tr", "Sözleşme başladığına göre numaramı yazıyorum: 0500 000 01 47. Fuar haftası acil bir şey olursa arayın", contract=ACT)
g(A, CR, "en", "Send me your email so I can share the Canva folder with the old label designs, you need edit access")
g(A, CR, "ar", "الآن بعد بدء العقد، أرسل لي رقمك على الواتساب لنتواصل أثناء المعرض", contract=ACT)

# V8 Osaka izakaya chain marketing manager (client), Japanese + Chinese + broken English
h = voice("v53-osaka-izakaya", "client")
h(V, CS, "en", "Thank you for proposal. We talk details on LINE please. My ID is osaka_nomiya_tanaka, please add me")
h(V, CR, "ja", "メールアドレスを教えていただけますか?メニューの写真をまとめて送りたいので。ここだとファイルが重くて")
h(V, OP, "ja", "今後のやり取りはLINEかメールでお願いできますか?社内でUpworkを見ているのは私だけなので、見落としが多いんです")
h(V, PAY, "en", "Upwork fee is waste of money, so from next time I want to pay you direct by bank transfer. Please send invoice PDF", contract=ACT)
h(V, PAY, "zh", "小王你好,这次翻译费用我想直接用支付宝付给你,不走Upwork,可以吗?你给我一个收款码就行")
h(V, FB, "ja", "英語メニューの追加10品を無料でやってくれたら星5つにします。やらないなら正直な評価を書きます", contract=ACT)
h(V, FB, "en", "if you not fix all photos free, I write bad review. This is my condition sorry", contract=ACT)
h(V, AS, "ja", "来月から部下の山本が私のUpworkアカウントでやり取りします。パスワードは共有済みなので気にしないでください")
h(V, AS, "zh", "你能用我的Upwork账号帮我发一个招聘中文翻译的帖子吗?我把密码发给你")
h(V, HAR, "ja", "こんな翻訳、素人でもできますよ。本当にプロですか?恥ずかしくないんですか", contract=ACT)
h(V, HAR, "en", "you are idiot. menu say 'fried chicken of sadness'. customer laugh at us. useless", contract=ACT)
h(V, CS, "zh", "我的微信号是 tanaka_osaka_88,加我一下,发菜单照片方便")
h(V, CR, "zh", "你有微信吗?把你的微信号给我,我们在那边聊细节")
h(V, OP, "en", "we talk on LINE is better, my boss also want join the chat and he no have Upwork")
h(V, OP, "ja", """はじめまして、大阪で居酒屋を5店舗運営している会社の田中です。
今回お願いしたいのは、インバウンド向けのメニュー翻訳(英語・中国語簡体字・韓国語)と、Googleマップの口コミ返信のテンプレート作成です。
最近は台湾・香港のお客様が増えていて、メニューの説明が足りずに注文が止まってしまうことがよくあります。
料理は約80品、写真はこちらで用意しています。
細かい打ち合わせは電話でさせてください。明日以降でご都合の良い時間を教えていただければ、こちらからかけます。
よろしくお願いいたします。""")
h(V, PAY, "en", "I can pay you cash when you come to Osaka in April, no need Upwork for second part. ok?", contract=ACT)
h(V, CS, "ja", "店舗の住所は大阪市北区曽根崎0-0-0です。撮影に来ていただけるならいつでもどうぞ。電話は06-0000-0142")
h(V, CR, "en", "Please tell me your instagram account. I want to see your old food photo works, I will follow you")
h(V, FB, "zh", "你要是给我打八折,我就给你写五星好评,怎么样?", contract=ACT)
# clean
h(C, PAY, "en", "I approved payment of milestone 2. I check the chinese menu tomorrow", contract=ACT)
h(C, CS, "ja", "メニューの最後に店の電話番号と住所を入れてください。情報は添付のExcelにあります。番号は変えないでね", contract=ACT)
h(C, FB, "ja", "Googleの口コミへの返信テンプレート、星1つの怒っている口コミ用も作ってください。丁寧に謝る感じで", contract=ACT)
h(C, FB, "en", "I left 5 star and good comment. Thank you, the chinese customer now order more sake!", contract=ACT)
h(C, AS, "ja", "インスタの管理はMetaのビジネスマネージャーでアクセス権を付けます。パスワードは送りませんので、招待を承認してください", contract=ACT)
h(C, OP, "zh", "我们可以在Upwork上视频通话吗?我想给你看一下店里的菜单板")
h(C, PAY, "zh", "预算是600美元,通过Upwork分三个阶段付款。菜单上的价格请保留日元,不要换算", contract=ACT)
h(C, CR, "en", "Please add QR code on menu for LINE official account, so customer can get coupon. The LINE account info is in the brief", contract=ACT)
h(C, HAR, "en", "Sorry for strong words yesterday. Busy season, no time in my head. Your translation is very good", contract=ACT)
h(C, HAR, "en", "this photo of karaage is crazy, it kill me haha. very hungry now", contract=ACT)
h(C, PAY, "ja", "お客様の支払い方法(現金、PayPay、クレジットカード)をメニューの下に英語と中国語で書いてください", contract=ACT)
# allowed
h(A, CS, "ja", "契約が始まったので、私のLINE IDを送ります:osaka_nomiya_tanaka。急ぎの修正はこちらにどうぞ", contract=ACT)
h(A, CR, "en", "Send me your Google email, I share the Google Drive folder with all menu photos and old translation")
h(A, CR, "zh", "我们的合同已经开始了,你的微信号可以给我吗?开店前那天可能需要紧急修改", contract=ACT)
