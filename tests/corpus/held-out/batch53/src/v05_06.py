from common import *

# V5 Bavarian medical-device SME, regulatory affairs / procurement (client), formal German + English
e = voice("v53-munich-medtech", "client")
e(V, CS, "de", """Sehr geehrte Frau Kowalczyk,
vielen Dank für Ihr Angebot zur Erstellung der technischen Dokumentation nach MDR (Anhang II/III) für unser Klasse-IIa-Produkt. Ihre Erfahrung mit Benannten Stellen ist für uns entscheidend.
Bevor wir weitermachen: bitte rufen Sie mich direkt unter 0170 0000142 an, ich bin Montag bis Donnerstag zwischen 8 und 16 Uhr erreichbar. Die Details bespreche ich ungern schriftlich auf einer fremden Plattform.
Mit freundlichen Grüßen
Dr. Stefan Huber, Leiter Regulatory Affairs""")
e(V, CR, "en", "Could you send me your mobile number please? Our purchasing department wants a short phone call with you before we place the order")
e(V, OP, "de", "Ich schlage vor, wir führen das weitere Gespräch per E-Mail und Teams. Upwork ist bei uns im Haus nicht freigegeben, ich schreibe hier nur vom Privatlaptop")
e(V, PAY, "en", "Our accounting department cannot book platform fees. Could you invoice us directly? We pay by bank transfer, 30 days net")
e(V, PAY, "en", "For the follow-up work on the risk management file we would prefer a direct service agreement and SEPA transfer, outside of this platform. Please confirm.", contract=ACT)
e(V, FB, "de", "Falls Sie die zusätzlichen Übersetzungen der Gebrauchsanweisung nicht ohne Aufpreis liefern, sehe ich mich gezwungen, eine entsprechend kritische Bewertung abzugeben", contract=ACT)
e(V, FB, "en", "We will only close the contract with positive feedback if the clinical evaluation report is revised a third time at no additional cost", contract=ACT)
e(V, AS, "en", "My assistant Mrs Maier will communicate with you from my Upwork access from now on. She has my credentials, so please treat her messages as mine")
e(V, AS, "en", "Could you please post the next job description via our company account? I will send you the login, I am on a trade fair (MEDICA) all week")
e(V, HAR, "en", "This is absolutely unprofessional. Your people are obviously unable to write one simple sentence without errors. Typical cheap Eastern European work.", contract=ACT)
e(V, HAR, "en", "If this happens again I will make sure nobody in the medtech industry in Bavaria ever hires you. I know everyone. Think carefully.", contract=ACT)
e(V, CS, "de", "Sie erreichen mich auch unter s.huber [at] huber-medtech [punkt] example [punkt] de, das ist schneller als hier")
e(V, CR, "en", "Please send me your LinkedIn profile and Xing if available, our quality manager requires a background check before the interview")
e(V, OP, "de", "Lassen Sie uns das Vorgespräch über Zoom führen, ich schicke Ihnen gleich den Link an Ihre E-Mail, wenn Sie mir diese mitteilen")
e(V, PAY, "de", "Die zweite Phase möchten wir gern außerhalb von Upwork abwickeln, per Rechnung an die Huber Medizintechnik GmbH. Das spart uns beiden die Gebühren.", contract=ACT)
e(V, CS, "en", "Our office address for the on-site audit preparation: Industriestraße 00, 85000 Musterhausen. You can also simply call reception +49 89 0000 0100")
e(V, CR, "de", "Wie kann ich Sie außerhalb der Plattform am besten erreichen? Signal, Threema oder klassisch per Telefon?")
e(V, FB, "de", "Wir geben Ihnen gerne 5 Sterne, wenn Sie uns im Gegenzug 20% auf die offene Rechnung nachlassen. Das ist ein faires Angebot.", contract=ACT)
e(V, OP, "en", "I'd like to move the remaining coordination to email, our document control system cannot import chat messages. Send me an address please")
# clean
e(C, PAY, "de", "Die Zahlung für Meilenstein 2 ist freigegeben. Bitte reichen Sie den Entwurf der Risikoanalyse nach ISO 14971 bis Freitag ein", contract=ACT)
e(C, CS, "de", "In der Gebrauchsanweisung muss die Herstellerangabe mit Anschrift, Telefon und E-Mail stehen (MDR Anhang I, 23.2). Bitte Platzhalter verwenden, die Daten setzen wir selbst ein", contract=ACT)
e(C, FB, "en", "Thank you for the excellent work on the PMS plan. I have left detailed feedback and would be happy to work with you again", contract=ACT)
e(C, AS, "en", "Please do not pass on any credentials. I have added you to our Upwork team with the freelancer role, that is sufficient.", contract=ACT)
e(C, PAY, "en", "The notified body fee is paid by us directly to TÜV, this is not part of your budget. Your work is billed only through the Upwork contract", contract=ACT)
e(C, HAR, "de", "Entschuldigen Sie meinen Ton in der letzten Nachricht, es war ein schwieriger Audittag. Ihre Arbeit ist solide.", contract=ACT)
e(C, OP, "en", "Can we do a video call through Upwork messages? Tomorrow 10:00 CET would suit me")
e(C, FB, "de", "Bitte beschreiben Sie im Bericht, wie Kundenbewertungen und Beschwerden in die Marktüberwachung einfließen (Vigilanz, Trendreporting)", contract=ACT)
e(C, CR, "en", "The UDI database entry requires a contact email for the manufacturer. Use the placeholder regulatory@example.com, we replace it later", contract=ACT)
e(C, HAR, "en", "Your gap analysis absolutely destroyed our old documentation, in the best sense. Brutal but fair.", contract=ACT)
e(C, PAY, "de", "Wir haben ein Budget von 6.000 EUR für das Projekt, Abrechnung über Upwork nach Meilensteinen. Ist das für Sie realistisch?")
# allowed
e(A, CS, "de", "Als Enterprise-Kunde dürfen wir auch vorab außerhalb kommunizieren. Meine Durchwahl: +49 89 0000 0142, bitte melden Sie sich für das Interview", client="enterprise")
e(A, CR, "en", "We are on Upwork Enterprise. Please send your email and phone number, our HR will schedule the interview via Teams", client="enterprise")
e(A, CS, "de", "Anbei unser NDA als PDF mit Firmenanschrift und Kontaktdaten des Datenschutzbeauftragten. Bitte unterschrieben zurücksenden, danach sende ich die Unterlagen")
e(A, CR, "de", "Bitte nennen Sie mir Ihre E-Mail-Adresse, damit ich Ihnen Zugang zu unserem Dokumentenmanagementsystem (Lesezugriff) einrichten kann. Nur dafür.")

# V6 Kazan Unity/C# developer (freelancer), Russian + English, terse
f = voice("v53-kazan-unity", "freelancer")
f(V, CS, "ru", "Скинь в тг @rinat_unity_kzn, там быстрее, по билду отвечу сегодня", "m")
f(V, CS, "en", """Hi. Unity dev, 9 years. Mobile + PC. Shipped 6 titles (2 hypercasual with 1M+ installs, 1 roguelite on Steam).
Your job: port from Unity 2019 to 2022 LTS, fix URP shaders, Addressables, IAP v4.
Estimate: 2-3 weeks. Can start tomorrow.
Builds/video: t.me/rinat_builds - also my contact there, write anytime.
Rinat""", "p")
f(V, CS, "ru", "Почта для связи: ринат точка юнити собака протон ми. Пиши туда, тут не всегда вижу", "m")
f(V, CR, "en", "do you have telegram? send your nick, ill drop the apk there", "m")
f(V, CR, "en", "whats your discord tag? easier for screen share when i debug the shader", "m")
f(V, CR, "ru", "Дайте номер, наберу в вотсап на 5 минут, объясню по архитектуре", "m")
f(V, OP, "ru", "Давайте дальше в телеге общаться, тут уведомления с задержкой и файлы больше 100 мб не лезут", "m")
f(V, OP, "en", "lets jump on zoom now, ill send link to your mail, upwork calls keep dropping for me", "m")
f(V, OP, "ru", """Привет. Посмотрел репо.
1. Addressables собраны криво, половина ассетов дублируется в бандлах, отсюда +400 мб.
2. Шейдеры воды написаны под built-in, под URP надо переписывать через Shader Graph или руками HLSL.
3. IAP v2, надо на v4, там другой API подтверждения покупок.
По срокам 3 недели. Давай остальное обсудим в дискорде, там удобнее со скриншерингом, а сюда потом кинем итог для контракта.""", "m")
f(V, PAY, "en", "can do without upwork fee: USDT to wallet or to card. comes out 10% cheaper for you", "m")
f(V, PAY, "en", "for next milestones lets skip upwork, pay to my payoneer directly, i send invoice from my ИП", "m", contract=ACT)
f(V, PAY, "ru", "Если оплатите следующий этап напрямую, сделаю оптимизацию под слабые андроиды бесплатно", "m", contract=ACT)
f(V, FB, "ru", "Финальный билд с исходниками отправлю после того как оставите отзыв на 5 звезд. Так у меня со всеми", "m", contract=ACT)
f(V, FB, "en", "pls leave 5 stars + public comment, if jss drops below 90 i lose top rated. ill owe you a free bugfix week", "m", contract=ACT)
f(V, AS, "ru", "Аккаунт на апворке у меня на брата оформлен, я у него работаю, не пугайтесь что имя другое", "m")
f(V, AS, "en", "can you give me your upwork login? i want to hire my designer through your account so you pay him, easier for both", "m")
f(V, HAR, "en", "do you even understand what you write? only an idiot could write such a spec. stop wasting my time", "m", contract=ACT)
f(V, HAR, "en", "your previous dev was a monkey and honestly so are you if you think this ships in 3 days", "m", contract=ACT)
f(V, CS, "ru", "мой номер восемь девятьсот ноль ноль ноль ноль ноль один два три, звоните если что", "m")
# clean
f(C, PAY, "en", "Integrated Unity IAP v4 with receipt validation on server. Google Play billing and App Store both tested in sandbox, no real payments", "m", contract=ACT)
f(C, AS, "ru", "Не присылайте пароль от Google Play Console. Добавьте меня пользователем с правами на релизы, этого хватит", "m", contract=ACT)
f(C, OP, "en", "The Discord SDK integration works: rich presence shows level and time. Also added the Telegram share button on the results screen", "m", contract=ACT)
f(C, FB, "en", "thanks for the review, appreciated. if bugs show up after release write here, ill fix", "m", contract=ACT)
f(C, CR, "en", "Please send me the bundle id and the keystore alias (not the password, just alias). I'll set up the build pipeline", "m", contract=ACT)
f(C, HAR, "ru", "Этот шейдер просто убийственный, фпс упал с 60 до 12 на тестовом телефоне. Переделаю сегодня", "m", contract=ACT)
f(C, PAY, "en", "Rate 30$/h, upwork tracker, report every evening with screenshots. First week can do fixed 800$", "p")
f(C, CS, "en", "Push notifications are done through Firebase. The email login + phone auth also work now, tested with fake numbers 555-0100 and 555-0123", "m", contract=ACT)
f(C, FB, "en", "Added a rating prompt after level 10 that sends happy players to the store review and unhappy ones to an in-game feedback form", "m", contract=ACT)
f(C, OP, "ru", "Давайте созвонимся через звонок в апворке, завтра в 11 по Москве. Покажу билд через демонстрацию экрана", "m")
f(C, HAR, "en", "killed the memory leak finally, it was the pooling script. GC spikes gone", "m", contract=ACT)
f(C, AS, "en", "I will not log into your Steamworks account myself. Invite me to your partner group with build permissions instead", "m", contract=ACT)
# allowed
f(A, CR, "en", "Send me email for GitHub or Plastic SCM invite, I need access to the repo to estimate properly", "m")
f(A, CS, "ru", "Раз контракт начался, вот мой телеграм @rinat_unity_kzn для срочных вопросов по релизу", "m", contract=ACT)
f(A, CS, "en", "Gameplay videos of my last projects (portfolio only): rinat-games.example.com/reel", "p")
