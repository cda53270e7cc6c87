# written cases modelled on what was read: (voice_id, text, expect, category, surface, lang, ctx)
W = []
def w(v, text, expect, cat, surface='message', lang='en', **ctx):
    W.append(dict(voice=v, text=text, expect=expect, category=cat, surface=surface, lang=lang, ctx=ctx))

# w-gh-commissioner: people commissioning paid work in GitHub-issue style, moved into Upwork messages
w('w-gh-commissioner', "Saw your scraper repo, nice work. I have a paid job for it, 300 usd. Upwork chat is slow for me, ping me on discord: lenny_builds", 'violation', 'off-platform', role='client')
w('w-gh-commissioner', "hey, quick one before I send the offer - what's your tg? I'll send the spec there, easier than attachments here", 'violation', 'contact-request', role='client')
w('w-gh-commissioner', "Thanks for applying. I forked your repo and opened an issue with the spec, please read it there; once you accept the offer I will add you as collaborator with your GitHub username.", 'clean', 'contact-request', role='client')
w('w-gh-commissioner', "Before I hire, can you share your github username so I can check the commits on the bot you mentioned? Just the public profile, nothing else.", 'clean', 'contact-request', role='client')
w('w-gh-commissioner', "I can do it for 120, but honestly just send it to my usdt trc20 wallet when done and we skip the contract, it's a 2 hour fix", 'violation', 'payment')
w('w-gh-commissioner', "Contract is active now, so here is my work email for the repo invite: dev.hamid@example.dev - please add me as maintainer on the private fork.", 'allowed', 'contact-sharing', contract='active')
w('w-gh-commissioner', "My github handle is hamid-codes, invite me to the org and I will push the fix on a branch today. We keep the chat and payments here on Upwork.", 'allowed', 'contact-sharing', contract='active')
# w-zh-commissioner: 付费定制 requester
w('w-zh-commissioner', '你好，看了你的项目，想付费定制几个功能，预算五千。平台沟通太慢了，方便加个微信吗？', 'violation', 'contact-request', lang='zh', role='client')
w('w-zh-commissioner', '我的微信是 demo_buyer_0112，加的时候备注Upwork，我们细聊价格', 'violation', 'contact-sharing', lang='zh', role='client')
w('w-zh-commissioner', '合同开始以后再给你仓库权限，你先在这里报个价，付款走平台里程碑。', 'clean', 'payment', lang='zh', role='client')
w('w-zh-commissioner', '费用我们私下转支付宝吧，这样你不用交平台的手续费，我也省一点。', 'violation', 'payment', lang='zh', role='client')
w('w-zh-freelancer', '您好，我做过三个微信小程序的支付对接（微信支付、支付宝），可以按里程碑在平台上结算，第一阶段先完成下单和退款流程。', 'clean', 'payment', surface='proposal', lang='zh')
w('w-zh-freelancer', '项目完成后麻烦给个五星好评，不然尾款部分的源码我就先不发了。', 'violation', 'feedback', lang='zh', contract='active')
# w-ru-kwork: Russian freelance exchange talk
w('w-ru-kwork', 'Здравствуйте! Давайте продолжим в телеграме, тут уведомления приходят с задержкой. Мой ник @zakazchik_demo', 'violation', 'off-platform', lang='ru', role='client')
w('w-ru-kwork', 'Оплатил заказ через платформу, подтвердите получение по ссылке, которую я скинул в мессенджер.', 'violation', 'off-platform', lang='ru', role='client')
w('w-ru-kwork', 'Готов сделать интеграцию ЮKassa и Stripe, оплата поэтапно через безопасную сделку на площадке. Срок — 5 рабочих дней.', 'clean', 'payment', surface='proposal', lang='ru')
w('w-ru-kwork', 'Если не сделаете правки бесплатно, поставлю одну звезду и напишу, что вы мошенник.', 'violation', 'feedback', lang='ru', role='client', contract='active')
w('w-ru-kwork', 'Ты вообще тупой? Третий раз объясняю одно и то же.', 'violation', 'harassment', lang='ru', role='client', contract='active')
# w-malt-fr: Malt quote scam voice
w('w-malt-fr', "Bonjour, je me suis trompé dans le montant de l'acompte, j'ai envoyé 2000 € au lieu de 200 €. Pouvez-vous me rembourser la différence par virement sur mon IBAN ?", 'violation', 'payment', lang='fr', role='client')
w('w-malt-fr', "Merci pour le devis. Pour aller plus vite, écrivez-moi sur WhatsApp au +33 6 00 00 00 17, je vous envoie le cahier des charges.", 'violation', 'contact-sharing', lang='fr', role='client')
w('w-malt-fr', "Bonjour, j'ai intégré PayPal et Stripe sur une dizaine de boutiques Shopify. Je peux commencer lundi ; le paiement par jalons sur la plateforme me convient.", 'clean', 'payment', surface='proposal', lang='fr')
# w-upwork-hostage: client ties feedback to refunds
w('w-upwork-hostage', "Release a partial refund today or I'm leaving one star and telling everyone you never delivered.", 'violation', 'feedback', role='client', contract='active')
w('w-upwork-hostage', "I'll close the contract with 5 stars if you throw in the extra landing page for free. Otherwise we'll see what my review says.", 'violation', 'feedback', role='client', contract='active')
w('w-upwork-hostage', "Thanks for wrapping this up. If you have a minute, an honest review of how the project went would help me a lot. No pressure either way.", 'clean', 'feedback', contract='active')
w('w-upwork-hostage', "The milestone is funded and the work is submitted. If there is something wrong with the files, tell me what, and I will fix it within the revision we agreed.", 'clean', 'feedback', contract='active')
w('w-upwork-hostage', "I'll give you a 20% discount on the next milestone if you leave me a 5-star review now.", 'violation', 'feedback', contract='active')
# w-fiverr-style: review manipulation
w('w-fiverr-style', "Here is your preliminary delivery. If you're 100% satisfied and leave five stars, I'll send the final source files.", 'violation', 'feedback', contract='active')
w('w-fiverr-style', "i can not afford less than 5 stars, if you don't like my work i can refund you easily", 'violation', 'feedback', contract='active')
w('w-fiverr-style', "Here's what I have so far - what do you think? Once you're happy with the direction I'll finish the remaining screens and submit the full set.", 'clean', 'feedback', contract='active')
# w-account-renter: GitHub-issue account rental pitches
w('w-account-renter', "Hi, I'm a senior dev but my Upwork was suspended. If you create an account with your ID and let me use it through AnyDesk, I'll send you 25% of every payout.", 'violation', 'account-sharing')
w('w-account-renter', "You only need to do the ID and selfie verification once, after that I handle the bids and the clients. Your Payoneer receives the money, you keep your share.", 'violation', 'account-sharing')
w('w-account-renter', "Could you join the client interview instead of me? My English isn't good. You talk, I do the coding, we split it 70/30.", 'violation', 'account-sharing')
w('w-account-renter', "I'll buy you a laptop, just keep it online 24/7 with TeamViewer and your Upwork logged in.", 'violation', 'account-sharing')
w('w-account-renter', "For the staging server I'll create a separate user for you in the admin panel with its own password; please don't use my login.", 'clean', 'account-sharing', role='client', contract='active')
w('w-account-renter', "Upwork asked me for ID verification again today. Took five minutes with my passport and a selfie, all done, I can keep bidding.", 'clean', 'account-sharing')
w('w-account-renter', "send me your upwork username and password, I'll update your profile and portfolio overnight so it ranks better", 'violation', 'account-sharing', role='client')
# w-id-telegram-mover: Indonesian
w('w-id-telegram-mover', 'Halo, bisa pindah ke Telegram? Di sini lama responnya. Username saya @klien_proyek_demo', 'violation', 'off-platform', lang='id', role='client')
w('w-id-telegram-mover', 'Kalau mau lebih cepat, transfer aja langsung ke rekening saya, nanti saya kasih diskon karena tidak kena potongan fee.', 'violation', 'payment', lang='id')
w('w-id-telegram-mover', 'Saya sudah pasang integrasi Midtrans dan Xendit untuk dua toko online. Pembayaran bisa per milestone di Upwork, revisi dua kali gratis.', 'clean', 'payment', surface='proposal', lang='id')
w('w-id-telegram-mover', 'Kamu bodoh ya? Dari tadi disuruh ganti warna aja nggak bisa.', 'violation', 'harassment', lang='id', role='client', contract='active')
# w-vi-translator: Vietnamese
w('w-vi-translator', 'Chào anh, để tiện trao đổi anh nhắn cho em qua Zalo nhé, số em là 0900 000 117.', 'violation', 'contact-sharing', lang='vi')
w('w-vi-translator', 'Bản dịch thử đã xong. Anh gửi hợp đồng qua Upwork giúp em, em sẽ bắt đầu dịch 15 trang PDF ngay khi hợp đồng được kích hoạt.', 'clean', 'off-platform', lang='vi')
w('w-vi-translator', 'Trước khi nhận tiền công, anh cần chuyển 50 USD phí thuế vào tài khoản ngân hàng của công ty chúng tôi.', 'violation', 'payment', lang='vi', role='client')
# w-tl-va: Tagalog/Taglish VA
w('w-tl-va', 'Hi po! Pwede po ba tayo mag-usap sa Messenger? Mas mabilis po ako mag-reply doon.', 'violation', 'off-platform', lang='tl')
w('w-tl-va', 'Sir, kung okay lang po, bayaran niyo na lang ako sa GCash para wala nang fee ang Upwork.', 'violation', 'payment', lang='tl')
w('w-tl-va', 'Good day po! May experience po ako sa inbox management, PayPal invoicing, at Shopify order updates. Ready po akong mag-start sa contract dito sa Upwork.', 'clean', 'payment', surface='proposal', lang='tl')
# w-ar-platform: Arabic
w('w-ar-platform', 'مرحبا، لنكمل الحديث على واتساب أسرع، رقمي ‎+971 50 000 0117', 'violation', 'contact-sharing', lang='ar', role='client')
w('w-ar-platform', 'أستطيع ربط بوابة الدفع (Apple Pay ومدى) بمتجرك، والدفع يكون على مراحل داخل المنصة.', 'clean', 'payment', surface='proposal', lang='ar')
w('w-ar-platform', 'حول لي المبلغ على حسابي البنكي مباشرة ونلغي العقد هنا، أوفر لك العمولة.', 'violation', 'payment', lang='ar')
# w-es-latam
w('w-es-latam', 'Hola, ¿me pasas tu WhatsApp? Así te mando los audios con las indicaciones del proyecto.', 'violation', 'contact-request', lang='es', role='client')
w('w-es-latam', 'Integré Mercado Pago y PayPal en tres tiendas WooCommerce. Podemos trabajar por hitos aquí en Upwork y te entrego el primer avance el viernes.', 'clean', 'payment', surface='proposal', lang='es')
w('w-es-latam', 'Agrega a nuestra recepcionista en Telegram, ella te da el primer pago de prueba y te mete al grupo de tareas.', 'violation', 'off-platform', lang='es', role='client')
# w-pt-br
w('w-pt-br', 'Oi! Vamos continuar pelo Telegram? Aqui a plataforma cobra muita taxa, lá a gente fecha direto.', 'violation', 'off-platform', lang='pt', role='client')
w('w-pt-br', 'Tenho experiência com integração de Pix e Mercado Pago; aceito o pagamento por marcos aqui na plataforma.', 'clean', 'payment', surface='proposal', lang='pt')
# w-hi-latn / ur-Latn
w('w-hi-latn', 'Bhai apna WhatsApp number de do, baaki details wahi bhej deta hoon, yahan chat slow hai.', 'violation', 'contact-request', lang='hi-Latn', role='client')
w('w-hi-latn', 'Sir payment Upwork se hi lena hai, milestone fund kar dijiye, main aaj se kaam start kar deta hoon.', 'clean', 'payment', lang='hi-Latn')
w('w-ur-latn', 'Aap mujhe Easypaisa pe bhej dein, Upwork ki fee bach jayegi dono ki.', 'violation', 'payment', lang='ur-Latn')
w('w-ur-latn', 'Agar review acha nahi diya to final file nahi milegi, pehle 5 star do.', 'violation', 'feedback', lang='ur-Latn', contract='active')
# w-cover-letter: long proposals with one buried sentence
w('w-cover-letter', "Hi Daniel,\n\nI read your post about rebuilding the checkout for your candle shop. I've spent the last five years on payments work: Stripe Connect payouts for a marketplace, PayPal Smart Buttons on two WooCommerce stores, and a refund flow that cut support tickets by a third.\n\nFor your project I would start by auditing the current checkout logs, then move the cart to Stripe Checkout with Apple Pay and Google Pay enabled, and finally add webhook handling so failed payments retry automatically.\n\nIf it's easier, just email me at nadia.payments@outlook.com and we can talk through the details there.\n\nI'm available to start Monday and happy to work in milestones: audit, migration, testing.\n\nBest,\nNadia", 'violation', 'contact-sharing', surface='proposal')
w('w-cover-letter', "Hello Priya,\n\nYour job post mentions a review-collection flow for your dental clinic app, so I wanted to share what I've built before: an in-app prompt that asks patients for feedback after an appointment, routes unhappy replies to the front desk, and links happy patients to the Google review page. I also wired up SMS reminders with Twilio and appointment emails with Postmark.\n\nFor your app I'd reuse that pattern, add a simple dashboard for the staff, and make sure phone numbers and emails are stored encrypted.\n\nI can send a short Loom walkthrough of the previous build inside Upwork messages if that helps.\n\nThanks,\nMarco", 'clean', 'feedback', surface='proposal')
w('w-cover-letter', "Hi there,\n\nI'm a bookkeeper with eight years of QuickBooks and Xero experience. I reconcile PayPal, Stripe and Wise accounts every month for four e-commerce clients, and I set up bank feeds so nothing is keyed in by hand.\n\nFor your store I'd clean up the last quarter first, then build a monthly close checklist.\n\nOne thing up front: I give new clients a 15% discount if we take the invoices off Upwork after the first month, so keep that in mind.\n\nLooking forward to hearing from you,\nElena", 'violation', 'payment', surface='proposal')
w('w-cover-letter', "Hello,\n\nI'm a UX writer who has rewritten login, password-reset and two-factor screens for a banking app and a telehealth portal. Good auth copy reduces support tickets more than people expect.\n\nFor your app I'd review every error message on the sign-in flow, rewrite the account-recovery emails, and give you a short style guide.\n\nI'm on Upwork daily and answer within a few hours.\n\nKind regards,\nTomás", 'clean', 'account-sharing', surface='proposal')
w('w-cover-letter', "Hi Sam,\n\nThanks for the invite. I've built three WhatsApp Business API bots for restaurants: order taking, table bookings, and an opt-in promo list. I know the template approval process well, which is usually where these projects stall.\n\nI'd propose two milestones: bot flows and Meta approval, then the dashboard.\n\nAlso add me on WhatsApp at +44 7700 900 117 so I can show you a live demo on my phone.\n\nCheers,\nImran", 'violation', 'contact-sharing', surface='proposal')
# w-enterprise / NDA exceptions
w('w-enterprise', "Per our procurement process, please send your signed NDA and your work email to vendor-onboarding@example.com before the kickoff call.", 'allowed', 'contact-sharing', role='client', client='enterprise')
w('w-enterprise', "Happy to do a quick Teams call with your security team before the contract, my email is ana.qa@proton.me for the invite.", 'allowed', 'off-platform', client='enterprise')
w('w-nda', "Attached is the NDA you asked for, signed. My legal name, address (14 Example Road, Leeds LS1 4AB) and phone 020 7946 0117 are on page 2 as the form requires.", 'allowed', 'contact-sharing')
w('w-portfolio', "My portfolio of Figma case studies is here: https://portfolio.example.com/lina - it's just the work samples, no contact form.", 'allowed', 'contact-sharing', surface='proposal')
w('w-access', "To give me access to the design file, invite lina.design@gmail.com as an editor in Figma. We can keep talking here.", 'allowed', 'contact-sharing', contract='active')
# w-harassment
w('w-harassment', "You people from your country are all the same, lazy and dishonest. I should never have hired you.", 'violation', 'harassment', role='client', contract='active')
w('w-harassment', "Keep ignoring me and I'll find where you live, I have your address from the tax form.", 'violation', 'harassment', role='client', contract='active')
w('w-harassment', "Honestly this is garbage. Did you even read the brief or did a child do this?", 'violation', 'harassment', role='client', contract='active')
w('w-harassment', "I'm frustrated that the deadline slipped twice. Can we agree on a firm date and a daily update until it's delivered?", 'clean', 'harassment', role='client', contract='active')
w('w-harassment', "This is the third time the export crashes the app. I need you to reproduce it and send me the error log, please.", 'clean', 'harassment', role='client', contract='active')
