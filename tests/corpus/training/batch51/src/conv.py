# English rewrites: these people write English to international counterparts (keeps the non-English share near the brief's 45%)
CONV = [
# Istanbul
('أهلين، شكراً على الدعوة', """Hello, thank you for the invite. Can you send me your personal email or your number please? I want to send you sample of my previous translation and we speak about details more comfortable."""),
('Merhaba Ahmet Bey, noter', """Hello Ahmet Bey, for the notarised translation total will be 3,200 TL. Because Upwork commission is high, if you want you can pay to my Papara or cash by hand, I am in Fatih anyway, I can bring the documents by hand also."""),
('Zeynep Hanım, eğer', """Zeynep Hanım, if you give me 5 stars and write positive comment, I will not take money for the last two pages. My profile is new, I need the reviews very much."""),
('Üç kere aynı', """Three times I corrected the same thing and still you don't like it. You don't even know Turkish yourself, working with ignorant people is really exhausting. Don't write to me in this tone again."""),
('Teklifiniz için teşekkürler', """Thank you for your offer. Before I send you the court documents, can I have your phone number? Some of my questions are easier to ask by voice."""),
('Trados hesabıma', """My Trados licence has a problem, so I opened the file in memoQ instead. I imported your TM also, no password was needed. I will deliver tomorrow until noon."""),
('Proje bitti', """Project is finished, it was really pleasant to work together. If you find it suitable you can leave a review on Upwork, of course it is not obligatory."""),
# Warsaw
('Здравствуйте! Спасибо за приглашение. Можете скинуть', """Hello! Thank you for invitation. Can you drop me your Telegram or Viber? It's easier for me to show sketches there, here the pictures get compressed."""),
('Якщо вам зручно, можна оплатити', """If it's comfortable for you, you can pay directly to my Monobank card or PayPal, without Upwork commission. Then I make you 15% discount for the whole series of illustrations."""),
('Давайте так: вы мне пишете', """Let's do like this: you write me a good review and close the contract, and I draw two more cover variants for free. I really need the rating."""),
('Ви взагалі розумієте', """Do you even understand what illustration is? Tenth revision today, and all because of your illiteracy. Talentless client, nothing more to say."""),
('Я не потребую пароль', """I don't need password from your Procreate or Adobe account, just send me the fonts as archive here in Upwork messages."""),
('Спасибо за проект', """Thank you for the project, it was very nice to work! If you have a minute, please leave an honest review on Upwork, any review, your opinion is important for me."""),
('Dziękuję za zatwierdzenie', """Thank you for approving the milestone! The invoice is available in Upwork under Transactions. Should we create the second stage right away or after you accept the sketches?"""),
# Sao Paulo
('Beleza, vc passou', """Cool, you made it to round two! Send me your WhatsApp or Insta and I'll add you to the project group with the creative folks."""),
('Te dou 5 estrelas', """I'll give you 5 stars and a really nice review if you include the animated stories for the same price. Deal?"""),
('A conta da agência no Upwork', """Heads up: the agency's Upwork account is under my partner Paulo's name. Sometimes I answer, sometimes our intern does, we all use the same login. So don't be surprised if the writing style changes lol."""),
('Vi tua foto no perfil', """Saw your profile pic, gorgeous. If the call is camera-on I don't even care about the portfolio haha. Up for a happy hour after?"""),
('Rafa, o cliente é um e-commerce', """Rafa, the client is a cosmetics e-commerce. In the creatives, highlight that people can pay with Pix, boleto or card in up to 10 interest-free installments. Final CTA: "Pay with Pix and get 5% off"."""),
('Não precisa da senha do Instagram', """You don't need the client's Instagram password. I'll add you as a partner in Meta Business Suite with ad-creation access only, and you accept it from your own profile."""),
('Projeto encerrado!', """Project closed! I left my honest review on Upwork. If you can, rate us too, we want to know if the briefs were clear."""),
# Cebu
('Hello po! Pwede ko ba makuha', """Hello po! Can I get your number or Messenger? I'm more used to it there, I can reply faster than here in the app po."""),
("Ma'am, kung okay lang po sa inyo, GCash", """Ma'am, if it's okay with you po, let's do GCash or Wise for the payment so no more fees. I'll even give you a discount, 5 dollars less per week."""),
("Ma'am, tapos na po lahat", """Ma'am, all the tasks this week are done po. But before I send the final SOP document, can you please leave the 5-star review first? Just to be sure po. Thank you!"""),
('Sir, may friend po ako', """Sir, I have a friend who is also a VA but she's new, no reviews yet. Can she use my account to apply to your job? I'll guide her, same quality po."""),
("Ma'am, na-reconcile ko na", """Ma'am, I already reconciled the PayPal and Stripe payouts of your store for October. There are 3 refunds not yet recorded in QuickBooks, highlighted in yellow on the sheet."""),
("Ma'am, wag nyo na po i-send password", """Ma'am, please don't send me your Gmail password po. Just add me as a delegate in the inbox settings, it's more secure and you can see everything I do."""),
('Haha sorry sir', """Haha sorry sir, I'm a bit sleepy today, we have a baby kasi. But okay na, back to work. What else do you need this afternoon po?"""),
('Sir, nag-draft na ako ng 10 replies', """Sir, I drafted 10 replies to the Google reviews of your restaurant. For the 2 negative ones, we apologized and offered a callback from the customer service line. Please approve before I post po."""),
# Karachi
('Sir shukriya invite ka', """Sir thank you for the invite. Kindly share your WhatsApp number or Skype ID, I will explain the campaign structure on call, it is difficult to explain by writing here."""),
('Bhai Upwork ka message system', """Brother, Upwork message system is very slow, every time notification comes late. Let us do the remaining discussion on Skype, you add me and I will accept immediately."""),
('Sir report tayyar hai', """Sir the report is ready, but one request before sending: please close the contract and give 5 stars. As soon as the review comes, I will share the final optimization sheet."""),
('Aap apna Upwork ka email aur password', """Kindly give me your Upwork email and password, I will shortlist the other PPC freelancers on your behalf and take their interviews also. It will save your time."""),
('Sir is hafte ACoS', """Sir this week ACoS was 31%, TACoS 9%. Sponsored Products spend $1,240 and sales $4,000. Detailed report is attached on Upwork and I have submitted the payment milestone also."""),
('Listing mein manufacturer', """In the listing, the manufacturer address and customer support email are wrong in 'Product Details'. Amazon flagged it 'Incomplete', we must fix it otherwise suppression will happen."""),
('Contract mukammal hua', """Contract is completed, it was great working with you. If you find it suitable, kindly give your honest feedback on Upwork, it helps me to improve."""),
('Sir, A+ content ke footer', """Sir, in the A+ content footer you have put your website URL and phone number, Amazon will reject this. Shall I remove it?"""),
# CDMX
('Oye, pásame tu cel', """Hey, pass me your cell or your personal email, neta it's easier that way. My assistant will send you the menu and the pictures of the dishes."""),
('Mira, te pongo cinco estrellas', """Look, I'll give you five stars and a super nice comment, but you add the English version of the site for free. That way we help each other."""),
('Pásame tu usuario y contraseña', """Send me your Upwork user and password so my accountant can check your hours directly in your account. Don't worry, we don't touch anything."""),
('En el checkout del sitio', """On the checkout we want the customer to pay with card, Mercado Pago or at OXXO for the cake orders. Have you integrated Mercado Pago before?"""),
('Para subir el sitio te voy a dar acceso', """To upload the site I'll give you access as a collaborator on the hosting, I'm not passing you my password. My nephew told me that's safer."""),
('Necesitamos una sección donde se muestren', """We need a section that shows the Google and TripAdvisor reviews of each location. Only the real ones, nothing made up, people notice."""),
('Te propongo algo: abrimos', """Here's my idea: we open the contract on Upwork for just 50 dollars so there's a record, and the rest I transfer to you outside. That way we all save the commissions."""),
# Lyon
('Merci pour votre réponse. Pouvez-vous me laisser', """Thank you for your answer. Could you leave me your mobile number or your WhatsApp? My assistant will send you the technical sheets of the cuvées."""),
('Je vous laisse cinq étoiles', """I will leave you five stars this evening if you add the German version of the website without supplement. It is a good arrangement, no?"""),
('Pour gagner du temps, donnez-moi', """To gain time, please give me your Upwork identifiers, my accountant will verify your hours directly on your account at the end of each month."""),
('Je ne travaille pas avec les gens', """I do not work with people from your country, they understand nothing about wine or rigour. No need to insist."""),
('Sur la boutique en ligne', """On the online shop, professional clients must be able to pay by bank transfer or by card, and private customers only by card. Can you configure this on Shopify?"""),
('Je vous ai ajoutée comme collaboratrice', """I have added you as a collaborator on Shopify with access to products only. You do not need my password, just accept the invitation you received."""),
('Merci pour ce très beau travail', """Thank you for this very nice work. I left my evaluation on Upwork. If you have a moment, tell me also frankly what I could improve in my briefs."""),
# Hanoi
('Dạ anh cho em xin số zalo', """Dear anh, can you give me your Zalo number or personal email? I will send the test case excel file there, here the file is a bit heavy."""),
('Anh có biết đọc bug report', """Do you even know how to read a bug report? I wrote every step clearly and you still ask again. Working with a stupid person like you is really tiring."""),
('Trang thanh toán: thanh toán bằng MoMo', """Payment page: paying with MoMo and VNPay both succeed on sandbox, but PayPal times out after 30 seconds. I attached the log and video here."""),
('Cảm ơn anh đã tin tưởng', """Thank you for trusting me these 3 months. If you see fit, please leave honest feedback on Upwork for me, it is not required."""),
# Jakarta
('Bang, boleh minta nomer WA', """Bro, can I get your WA number or personal email? I wanna send the admin panel demo, easier over there than here."""),
('Jujur aja nih kak', """Honestly kak, this Upwork account belongs to my friend who is already Top Rated, I'm just borrowing it. But the one doing the project is still me, no worries."""),
('Gue udah bikin fitur login', """I already built login with Google and password reset via email. For admin, every staff has their own account now, no more one account used by everyone."""),
('Makasih banyak kak udah percaya', """Thanks a lot kak for trusting me with this project! If you have time, give honest feedback on Upwork ya, whatever it is I'll learn from it."""),
]

CONV += [
('شكراً لسؤالك عن التوفر', """Thanks for asking about my availability. I am here on Upwork every day from 9 in the morning until 6 in the evening Istanbul time, and I answer messages in about one hour."""),
('أعتذر إذا ردّي الأخير', """Sorry if my last reply was sharp, it was a long day. Let's review the paragraph together calmly, and if there are terms you prefer in the translation of course I will use them."""),
('Ojej, ta wersja z kotem', """Oh no, this version with the cat came out a bit scary, I laughed myself. I will fix the eyes and he'll be cuter, I promise!"""),
('Фінальні файли в PSD', """Final files in PSD and PNG are ready, but I send them only after you give me 5 stars and write a review. Sorry, but I was already cheated before."""),
('Putz, que dia', """Ugh, what a day. The client freaked out about the palette, but it's not your fault, relax. Let's adjust calmly tomorrow, you're doing great."""),
('Olha, se vc não refizer', """Look, if you don't redo the 15 designs without charging, I'm leaving a really bad review and telling everyone you miss deadlines. Think about it."""),
('¡Qué bárbaro, güey!', """Qué bárbaro, dude! Just saw the menu photos, they look amazing. Neta you saved me, you nailed it."""),
('Eres un pinche inútil', """You're a f*cking useless guy, güey. I paid you so the site would work and everything is broken. I don't even know why I hired someone like you."""),
('Ah, ce millésime 2021', """Ah, the 2021 vintage, what a nightmare with the hail! Do not worry about the delay, we adjust the planning together, nothing serious."""),
('Pour la prime de fin de projet', """For the end-of-project bonus, I prefer to make you a cheque or a Lydia, it is simpler for me than going through the Upwork bonus button."""),
('Sir, na-schedule ko na yung Zoom', """Sir, I already scheduled your Zoom calls with the 3 suppliers for Thursday. The WhatsApp auto-reply of your business account for after office hours is also set po."""),
('Sir, yung bonus na sinabi nyo', """Sir, the holiday bonus you mentioned, can you just send it through Western Union po? So I get the full amount, no Upwork deduction."""),
('Yaar ye Amazon ne', """Yaar this Amazon has made me mad, third time they suppressed the listing. Don't worry sir, I am opening a Seller Support case, it will be fixed by tomorrow."""),
('Sir agla mahina Upwork', """Sir next month instead of Upwork kindly send directly on Payoneer, I will give you half of the fees as discount. Your benefit and mine also. Nobody will even know."""),
]

DROP = {'Sir, may friend po ako', 'Dạ anh cho em xin số zalo', 'Anh có biết đọc bug report', 'Jujur aja nih kak', 'Teklifiniz için teşekkürler', 'Давайте так: вы мне пишете'}
CONV = [c for c in CONV if c[0] not in DROP]
CONV += [
('Sir, na-update ko na yung email signature', """Sir, I already updated the email signature of the whole team po: name, position, office address in Mandaue, and the company main line. Just check if the street spelling is correct."""),
('Form đăng ký không chấp nhận', """The sign-up form does not accept phone numbers in +84 format or addresses with Vietnamese diacritics (for example "Ngo 12 Hoang Quoc Viet"). I suggest the dev fixes the regex and the encoding."""),
('Trời ơi bug này', """Oh my god this bug is a real "killer", the app crashes right when opening the camera on Samsung A52. Don't worry anh, I already found the reproduction steps."""),
('Validasi nomor HP', """Phone number validation is fixed, now it accepts 08xx and +62 formats. Shipping address can also pick the kecamatan from the RajaOngkir API now."""),
('Ahmet Bey, ikinci milestone', """Ahmet Bey, I saw you approved the second milestone, thank you. You can download the invoice from Upwork. Can you add a new milestone for the next document package?"""),
('Обкладинку під PayPal-кампанію', """The cover for the PayPal campaign is drawn: the character holds a phone with a payment screen. The "Pay" button and the logo you add yourselves, I don't have a licence for their brand."""),
]
