from common import *
# second pass: more account-sharing / harassment violations and clean proposals, same ten voices
f = voice("v53-kazan-unity", "freelancer")
f(V, AS, "en", """Hello,
Senior Unity developer, 9 years, C#, URP/HDRP, Addressables, multiplayer on Photon and Netcode.
Relevant: I ported a 2018 project to 2022 LTS last spring, same shader problems as you describe (custom lighting in built-in, broken in URP).
Small note so there is no confusion: the profile is registered to my friend Dmitry, I work through his account because mine got suspended, but all the work is mine and I answer every message myself.
Plan: day 1-2 audit, then fixed estimate. Rate 30$/h.
Rinat""", "p")
f(C, OP, "ru", """Здравствуйте. Unity-разработчик, 9 лет опыта.
По вашей задаче: нужно интегрировать Telegram-бота для уведомлений о турнирах и Discord rich presence, плюс покупки внутри игры через Unity IAP (Google Play и App Store).
Похожее делал для казуального PvP: бот пишет игрокам в Telegram о начале матча, в Discord видно уровень и режим.
Все обсуждения и файлы держу здесь, в переписке Upwork. Оценка 60-70 часов.""", "p")
k = voice("v53-pune-ca", "freelancer")
k(V, AS, "en", """Respected Sir/Madam,
We are a team of 4 Chartered Accountants from Pune providing bookkeeping, payroll and sales tax services to US small businesses since 2017.
Kindly note all 4 of us work through this single Upwork profile, whoever is free picks your task, so you get 24x5 support at one price.
Software: QuickBooks Online, Xero, Gusto, Bill.com, Dext.
Looking forward to a long-term association.""", "p")
k(V, HAR, "en", "Sir I will keep messaging you every hour until you release the payment. Every single hour. You cannot ignore me forever.", "m", contract=ACT)
k(C, PAY, "en", """Dear Client,
I have gone through your job post for monthly bookkeeping of your e-commerce store.
Experience relevant to you: reconciling Shopify payouts, Stripe, PayPal and Amazon settlements against bank feeds, handling refunds and chargebacks, and sales tax in multiple states.
I do not need your bank login or card details; read-only access through the QuickBooks accountant invite is sufficient, and all billing will be through Upwork milestones.
Vendor contact details, addresses and phone numbers stay inside your QuickBooks, I only clean duplicates.
Fixed fee: $220/month. Kindly let me know a suitable time for an Upwork call.""", "p")
b = voice("v53-valpo-mixing", "freelancer")
b(V, AS, "en", "yo, selling my old upwork profile, 40 reviews 100% JSS top rated, $300 and i change the email to yours. interested?", "m")
d = voice("v53-sfax-datasci", "freelancer")
d(V, AS, "fr", "Si la vérification d'identité bloque votre compte, donnez-moi vos identifiants, je passe la vérification par téléphone avec mon numéro et je vous le rends", "m")
d(V, HAR, "ar-Latn", "ya kalb, ma testa7akch 7atta millime. 3omrek ma tkhalles 7ad mli7", "m", contract=ACT)
g = voice("v53-ayvalik-olive", "client")
g(V, AS, "tr", "Önceki freelancer'ın hesabı ofisteki bilgisayarda hâlâ açık duruyor. O hesaptan bizim işe devam edebilir misiniz? Kimse fark etmez")
h = voice("v53-osaka-izakaya", "client")
h(V, AS, "ja", "前のフリーランサーのUpworkアカウントが会社のパソコンにログインしたままです。そのアカウントで作業を続けてもらえますか?")
h(V, HAR, "en", "Chinese translator always cheat. I check everything twice because of your people. Don't be like them", contract=ACT)
c = voice("v53-porto-ceramics", "client")
c(V, AS, "pt", "Pode entrar na minha conta e deixar a avaliação ao outro fotógrafo por mim? Não encontro onde é. Envio-lhe a senha por aqui")
e = voice("v53-munich-medtech", "client")
e(V, HAR, "en", "Please ensure no women work on this file. In my experience they do not understand technical standards. Nothing personal.")
m = voice("v53-wroclaw-integrator", "freelancer")
m(V, HAR, "pl", "Skoro Pani tak ładnie wygląda na zdjęciu w profilu, to może kolacja zamiast kolejnych poprawek? ;) Zapraszam", "m", contract=ACT)
m(C, OP, "pl", """Dzień dobry,
zajmuję się integracjami e-commerce od 6 lat (BaseLinker, Allegro, Shopify, WooCommerce).
W Pana sklepie proponuję: automatyczne powiadomienia SMS i WhatsApp dla klientów o statusie paczki (przez BaseLinker + bramka SMS), szablony maili transakcyjnych, oraz przekazywanie numeru telefonu klienta do InPost i DPD.
Wszystkie ustalenia i pliki zostawiam tutaj na Upworku. Wycena po krótkiej rozmowie wideo przez Upwork.""", "p")
a = voice("v53-zanzibar-lodge", "client")
a(V, HAR, "en", "I know where your agency office is in Nairobi, my brother lives near there. If you dont deliver by Friday he will come and talk to you in person.", contract=ACT)
