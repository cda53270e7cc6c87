from common import *
SOURCE = 'b58-lublin-logistics'
ROLE = 'freelancer'
CASES = [
# violations (16)
(V,'off-platform',P,'pl',{},"Dzień dobry, mam 7 lat doświadczenia jako spedytor (trasy PL-UA-DE, chłodnie i plandeki). Zanim podam stawkę, proponuję krótką rozmowę na Telegramie albo Viberze, tam szybciej wyjaśnimy szczegóły ładunków. Pozdrawiam, Oksana"),
(V,'contact-sharing',M,'uk',{},"Добрий день! Мій номер для зв'язку: +48 500 000 173, пишіть у Viber або Telegram, там я відповідаю швидше, ніж тут. Контракт можемо відкрити пізніше."),
(V,'payment',M,'pl',{},"Jeśli Panu pasuje, od przyszłego miesiąca mogę wystawiać fakturę z mojej działalności i przelew bezpośrednio na konto, bez prowizji Upworka. Dla Pana też taniej."),
(V,'contact-request',M,'en',{},"Hello, to check if the route Poznań-Lviv is feasible I need to speak with your warehouse manager. Please send me his phone or email, then I give you the offer."),
(V,'payment',M,'uk',{},"Можна оплату за наступний місяць зробити на мою картку ПриватБанку або Monobank? Upwork бере забагато, а робота та сама."),
(V,'account-sharing',M,'pl',{},"Od poniedziałku na moim koncie będzie też pracować koleżanka Iryna, ona prowadzi nocne zmiany. Konto jedno, ale jakość ta sama, proszę się nie martwić."),
(V,'contact-sharing',P,'en',{},"I coordinated 300+ FTL loads last year with 98% on-time. My full CV and references are on my LinkedIn, just search Oksana Hrytsenko logistics Lublin and send me a connection request."),
(V,'feedback',M,'pl',{},"Wszystkie dokumenty CMR i zestawienie kosztów mam gotowe. Wyślę je zaraz po tym, jak Pan wystawi mi 5 gwiazdek i zamknie kontrakt, taka jest moja zasada."),
(V,'harassment',M,'uk',{},"Ви просто тупий. Я тричі пояснила, що митниця в Ягодині не працює вночі. Ідіот, не пишіть мені більше."),
(V,'off-platform',M,'en',{},"Let's drop this chat and switch to the usual messenger, the blue one with the paper plane. I send you my nick after you reply ok."),
(V,'contact-sharing',M,'pl',{},"Proszę pisać na: oksana.spedycja (małpa) outlook (kropka) com. Tu na platformie nie dostaję powiadomień na telefon."),
(V,'account-sharing',M,'en',{},"Since you are not online at night, could you share your Upwork password with me? I will reply to the drivers' questions from your account when they message."),
(V,'payment',M,'pl',{},"Za dodatkowe dni w weekend może mi Pan zapłacić BLIKiem na telefon, to drobne kwoty, nie ma sensu przez Upwork."),
(V,'harassment',M,'pl',{},"Pan jest zwykłym chamem i złodziejem. Mam nadzieję, że wszystkie Pana tiry utkną na granicy na miesiąc."),
(V,'feedback',M,'en',{},"I will refund you the last 2 hours if you update the review from 4 to 5 stars. It matters a lot for my Top Rated status."),
(V,'contact-request',P,'uk',{},"Вітаю! Цікавить ваша вакансія диспетчера. Залиште, будь ласка, ваш телеграм або номер, щоб я надіслала вам своє резюме напряму."),
# clean (14)
(C,'contact-sharing',M,'pl',{},"W zleceniu transportowym wpisałam adres załadunku, telefon magazynu i e-mail do awizacji, wszystko z Pana arkusza. Proszę sprawdzić numer rampy."),
(C,'payment',M,'en',{},"The carrier asks for payment term 30 days after receiving original CMR. I negotiated 21 days, the rate stays 1,450 EUR. Please confirm and I book."),
(C,'account-sharing',M,'pl',{},"Proszę założyć mi osobne konto w TMS z uprawnieniami spedytora, nie chcę logować się na Pana login. Tak będzie też widać, kto co zmienił."),
(C,'off-platform',M,'uk',{},"Водій надіслав фото пломби у Viber-групу перевізника, я переслала їх у ваш TMS. Вантаж на кордоні, очікуваний час проходження 6 годин."),
(C,'contact-request',P,'en',{},"Your post says the coordinator must collect driver phone numbers and emails for each load and update them in the tracker. This is exactly my daily routine now."),
(C,'feedback',M,'pl',{},"Dziękuję za współpracę! Jeśli był Pan zadowolony, będę wdzięczna za szczerą opinię. Miłego weekendu."),
(C,'harassment',M,'en',{},"The driver was furious, shouting that the warehouse is a joke. I calmed him down and got a new slot for 14:00. All good now."),
(C,'payment',M,'uk',{},"Перевізник виставив рахунок-фактуру на 1 200 євро, я перевірила ставку і ПДВ. Можете оплачувати зі свого рахунку, як завжди."),
(C,'off-platform',M,'pl',{},"Na Trans.eu wystawiłam ładunek i mam 4 oferty. Najtańsza 1 320 EUR, ale przewoźnik ma słabe oceny. Proponuję drugą, 1 390 EUR."),
(C,'account-sharing',M,'en',{},"Your dispatcher Marek sent me the login to the GPS portal in this chat. Please change that password, we should not keep passwords in messages. Ask IT to create my own user instead."),
(C,'harassment',M,'uk',{},"Ця митниця — просто кошмар, черга знову 30 км. Але не хвилюйтеся, документи в порядку, водій у черзі."),
(C,'feedback',M,'en',{},"The carrier asked us to leave a review on the freight exchange after delivery. I think they deserve 5, very responsive. Shall I post it from the company profile?"),
(C,'contact-sharing',M,'pl',{},"Numer śledzenia przesyłki: PL 0000 1234 5678 (testowy w systemie przewoźnika). Adres dostawy potwierdzony z odbiorcą wczoraj."),
(C,'payment',P,'en',{},"My rate is 18 USD/h via Upwork hourly contract, weekly limit up to you. For weekend emergencies the same rate, no surcharges."),
# allowed (5)
(A,'contact-sharing',M,'pl',{'contract':'active'},"Skoro kontrakt już działa, podaję numer do pilnych spraw nocą: +48 500 000 173. Rozliczenia oczywiście dalej przez Upwork."),
(A,'contact-sharing',M,'en',{},"Please add oksana.hrytsenko.logistics@outlook.com as a user in your TMS and in the Google Sheet with loads, only so I can see the current orders before I quote."),
(A,'off-platform',M,'uk',{'client':'enterprise'},"Оскільки ваша компанія має корпоративний (Enterprise) акаунт, я згодна на дзвінок у Teams перед контрактом. Моя пошта вказана в анкеті постачальника, яку ви надіслали."),
(A,'contact-request',M,'pl',{'contract':'active'},"Kontrakt aktywny, więc proszę o numer telefonu do kierownika magazynu w Poznaniu, będę dzwonić przed każdym załadunkiem."),
(A,'off-platform',M,'en',{'contract':'active'},"Now that we work together, I created a WhatsApp group with you, me and the two drivers for live updates. Invoices and payments stay on Upwork."),
]
