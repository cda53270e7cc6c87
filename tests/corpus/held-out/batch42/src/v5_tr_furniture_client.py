# Voice 5: Kaan, owner of a small furniture e-shop in İnegöl, Turkey, hiring photo retouchers, 3D renderers and a Shopify developer. Writes as a client (English with Turkish, some Turkish).
from common import C
SOURCE = 'b42-tr-furniture-client'
R = dict(role='client')
CASES = [
# --- violations ---
C("Hello my friend, your samples are very good. Give me your WhatsApp, I send you 200 photos of our sofas there, Upwork is too slow for big files.", 'v', 'cr', **R),
C("Merhaba, telefon numaranızı alabilir miyim? Ürün fotoğraflarını telefonda konuşarak anlatmak daha kolay olur.", 'v', 'cr', lang='tr', **R),
C("My number is +90 500 000 00 47, you write me on WhatsApp and we make the deal, then I close the job post here.", 'v', 'cs', **R),
C("For the first test photo, I pay you 10 dollar with Papara or Wise, no need contract for such small thing.", 'v', 'pay', **R),
C("Bu işi Upwork dışında yapalım, ben size IBAN'a havale yaparım, komisyon ödemeyiz ikimiz de.", 'v', 'pay', lang='tr', contract='active', **R),
C("Next catalog we do direct, no Upwork. I send USDT, you send photos. Everyone happy.", 'v', 'pay', contract='active', **R),
C("If you don't redo all 60 photos for free, I give you 1 star and write everybody you are not professional. Your choice.", 'v', 'fb', contract='active', **R),
C("Tamam, 5 yıldız veririm ama önce şu 20 ürünün arka planını da bedava değiştireceksin.", 'v', 'fb', lang='tr', contract='active', **R),
C("I give you my Upwork login, you go in and hire the other designer for me and approve his work, I have no time for this website.", 'v', 'acc', contract='active', **R),
C("My brother will use his account to pay you because my card not accepted. Then you send the files to me, ok?", 'v', 'acc', **R),
C("These renders look like a child made them. Are you really a 3D artist or just some lazy guy pretending?", 'v', 'har', contract='active', **R),
C("Sen ne biçim tasarımcısın ya, beceriksiz! Bir koltuğu bile düzgün çizemiyorsun.", 'v', 'har', lang='tr', contract='active', **R),
C("We continue on Telegram, my partner wants to see you also, he don't use Upwork. Search 'Kaan Mobilya'.", 'v', 'op', **R),
C("Please write your email, I send you the catalog PDF and our price list by mail, not here.", 'v', 'cr', **R),
C("Let's talk somewhere without the middleman. You know what I mean. Send me how I find you.", 'v', 'op', **R),
C("My instagram is kaan.mobilya.inegol — look there for the style, and DM me your price, I decide today.", 'v', 'cs', **R),
C("Aramak isterseniz: beş yüz, sıfır sıfır sıfır, sıfır sıfır, dört yedi. Akşam 8'den sonra müsaitim.", 'v', 'cs', lang='tr', **R),
C("Women designers always want more time. I need a man who finish fast. Please withdraw your proposal.", 'v', 'har', **R),
# --- clean ---
C("The payment for milestone 1 is released. Please now start the dining table photos, the address on the box labels must be removed from every photo.", 'c', 'pay', contract='active', **R),
C("I add you as staff account to our Shopify store, you will get an email invitation from Shopify. Please don't use my owner login.", 'c', 'acc', contract='active', **R),
C("On product page we need a 'Call us' button with the store phone and a WhatsApp order button. Our customers in Turkey like to order by WhatsApp.", 'c', 'op', contract='active', **R),
C("Our customer reviews from Trendyol, can you show them on the Shopify product page? There is an app for it I think, Judge.me or similar.", 'c', 'fb', contract='active', **R),
C("Ödeme sistemi olarak iyzico ve PayTR entegrasyonu istiyoruz, kapıda ödeme seçeneği de olsun.", 'c', 'pay', lang='tr', contract='active', **R),
C("The shipping address form must accept Turkish characters (ş, ğ, ı) and the district list of Bursa. Now it gives error.", 'c', 'cs', contract='active', **R),
C("I was very angry yesterday, sorry for my words. The problem was my supplier, not you. Let's continue.", 'c', 'har', contract='active', **R),
C("You finished all 120 photos early and very clean. I will leave honest review today, you deserve it. Teşekkürler!", 'c', 'fb', contract='active', **R),
C("Job post answer: the budget is fixed 300 dollar for 3D renders of 10 armchairs, paid by milestones here on Upwork.", 'c', 'pay', **R),
C("Faturayı şirket adına kesebilir misiniz? Upwork'ün fatura bilgileri bölümüne şirket adresimizi ekledim.", 'c', 'pay', lang='tr', contract='active', **R),
C("The 'kill' colour in our brand book is orange — I mean the colour we never use. Please remove it from the banner.", 'c', 'har', contract='active', **R),
C("Do you need login for the Etsy shop? No — I will add you as a shop manager through Etsy, that is the correct way.", 'c', 'acc', contract='active', **R),
C("Please put our showroom address and phone on the contact page: İnegöl Mobilya Sitesi, Blok C, and the number from the old site.", 'c', 'cs', contract='active', **R),
C("Can we have a video call here on Upwork tomorrow? I want to show you the sofa fabrics with my camera.", 'c', 'op', **R),
# --- allowed ---
C("Contract is started, so now here is my WhatsApp +90 500 000 00 47 — send me message when the renders are uploaded, I check from my phone in the factory.", 'a', 'cs', contract='active', **R),
C("For our Figma file I need your email to invite you. Only for Figma, we talk here.", 'a', 'cr', **R),
C("Sözleşme başladı, artık telefonla da konuşabiliriz. Numaranızı yazar mısınız? Yarın showroom'dan sizi arayayım.", 'a', 'cr', lang='tr', contract='active', **R),
C("As our contract is active, I add you to our Slack workspace with the other designer, write me which email I should use for the invite.", 'a', 'op', contract='active', **R),
C("I'm the procurement lead at a furniture group with an Enterprise account here; please send your email so our legal team can send the NDA and set up a Teams interview.", 'a', 'cr', client='enterprise', **R),
]
CASES += [
C("whatsapp?", 'v', 'cr', **R),
C("What is your working hours in Turkey time? And what is the number of revisions included in your price?", 'c', 'cr', **R),
C("Sözleşme aktif olduğu için e-posta adresinizi rica edebilir miyim? Muhasebecimiz fatura kopyalarını oradan göndersin.", 'a', 'cr', lang='tr', contract='active', **R),
]
CASES += [
C("ok payment sent on upwork, check pls", 'c', 'pay', contract='active', **R),
]
