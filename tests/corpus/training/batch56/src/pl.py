# Polish cases for batch56 (own writing). Each row: (expect, category, source, text, surface, context)
# surface: "p" proposal, "m" message. context: dict of non-default values (role client is added from the source).
V, C, A = "violation", "clean", "allowed"
ACT = {"contract": "active"}
ENT = {"client": "enterprise"}

GDANSK_PROPOSAL_BAD = (
    "Dzień dobry,\n\nprzeczytałem ogłoszenie dotyczące przebudowy modułu płatności w sklepie na Symfony 6. "
    "Od czterech lat zajmuję się backendem e-commerce, głównie integracjami bramek płatniczych (Przelewy24, PayU, Tpay) "
    "oraz obsługą BLIK-a w wersji z kodem i bez kodu (BLIK OneClick). W ostatnim projekcie dla sieci drogerii przepisałem "
    "obsługę webhooków tak, żeby status zamówienia nie rozjeżdżał się przy podwójnych powiadomieniach.\n\n"
    "Proponuję taki plan: 1) audyt obecnego kodu i logów, 2) testy w sandboxie, 3) wdrożenie na stagingu, 4) produkcja. "
    "Gdyby coś było niejasne, proszę dzwonić śmiało: +48 500 000 134, odbieram do 20. "
    "Szacuję całość na około 35 godzin, rozliczenie godzinowe przez Upwork.\n\nPozdrawiam,\nPiotr"
)

GDANSK_PROPOSAL_CLEAN = (
    "Dzień dobry,\n\nw Państwa sklepie klienci porzucają koszyk na etapie płatności – widać to w opisie zlecenia. "
    "Z mojego doświadczenia najczęstsze przyczyny to: przekierowanie do bramki, które trwa za długo, brak BLIK-a "
    "na liście metod oraz formularz, który wymaga numeru telefonu i adresu e-mail dwa razy. Zaproponuję:\n"
    "- BLIK przez Przelewy24 bezpośrednio na stronie (bez przekierowania),\n"
    "- Apple Pay i Google Pay przez Stripe,\n"
    "- jedno pole e-mail, pole telefonu opcjonalne, z maską dla numerów +48,\n"
    "- logowanie do konta klienta nie wymagane do zakupu (zakup jako gość).\n\n"
    "Na koniec przygotuję krótki raport z testów płatności i opiszę, jak obsługiwać zwroty w panelu. "
    "Rozliczenie przez Upwork, w kamieniach milowych. Chętnie odpowiem na pytania tutaj w wiadomościach.\n\nPiotr"
)

POZNAN_OFF = (
    "Szanowni Państwo,\n\nuprzejmie dziękuję za zaproszenie do złożenia oferty na projekt konstrukcyjny przenośnika "
    "rolkowego. Jestem inżynierem mechanikiem z dwudziestoletnim stażem, pracuję w SolidWorks i Inventorze, wykonuję "
    "także obliczenia MES oraz dokumentację wykonawczą zgodną z normami PN-EN ISO. \n\n"
    "Zakres, który proponuję: model 3D, rysunki złożeniowe i wykonawcze, zestawienie materiałów (BOM) oraz dobór "
    "łożysk i napędu. Dalsze szczegóły techniczne możemy ustalić prywatnie przez telefon, bez pośrednictwa platformy – "
    "tak będzie sprawniej. Termin realizacji szacuję na trzy tygodnie od akceptacji.\n\n"
    "Z wyrazami szacunku\nMarek Nowicki, inż."
)

POZNAN_PAY = (
    "Szanowny Panie,\n\nw nawiązaniu do ogłoszenia przedstawiam ofertę na wykonanie dokumentacji płyty montażowej i "
    "uchwytu spawalniczego. Wykonam model, rysunki 2D w formacie DWG i PDF oraz wykaz części. Mam doświadczenie w "
    "przygotowaniu programów pod cięcie laserowe i gięcie. Dla stałych klientów proponuję rozliczenie zwykłym przelewem "
    "bankowym z pominięciem opłat serwisowych – korzystne dla obu stron. Pierwsze poprawki wliczam w cenę, kolejne "
    "według stawki godzinowej.\n\nZ poważaniem\nMarek Nowicki"
)

POZNAN_CLEAN = (
    "Szanowni Państwo,\n\nw odpowiedzi na ogłoszenie dotyczące uchwytu na telefon do samochodów dostawczych: "
    "przygotuję model 3D w SolidWorks, analizę wytrzymałości mocowania na kratce wentylacyjnej i wersję z przyssawką, "
    "a także rysunki do wtrysku. Zwrócę uwagę na to, żeby telefon z dużym ekranem nie zasłaniał numeru rejestracyjnego "
    "w kamerze cofania. Proszę o informację, jaki adres montażu (pozycja w kabinie) jest preferowany – kokpit czy "
    "słupek A.\n\nZ wyrazami szacunku\nMarek Nowicki"
)

SCAM_OFF = (
    "Dzień dobry! Nazywam się Karolina i reprezentuję agencję rekrutacyjną współpracującą z dużymi sklepami "
    "internetowymi. Szukamy osób do testowania produktów i wystawiania ocen, praca 1-2 godziny dziennie, "
    "wynagrodzenie od 250 zł dziennie. Twój profil bardzo nam się spodobał. Dalsza rekrutacja odbywa się wyłącznie "
    "przez komunikator Signal – proszę się tam odezwać, podając to samo imię co tutaj. Miejsc jest niewiele!"
)

KATOWICE_HARASS_LONG = (
    "Panie Tomaszu, sprawdziłem raport z wczoraj. Kolumna z numerami przesyłek znowu jest pusta, daty są w złym "
    "formacie, a skrypt wywala się przy każdym pliku od DPD. Trzeci raz to samo. Pan jest zwykłym nierobem i "
    "złodziejem, bierze pieniądze za nic, a ja dopilnuję, żeby wszyscy w branży się o tym dowiedzieli. "
    "Do jutra poprawki."
)

LODZ_CLEAN_LONG = (
    "Hej! Thanks za zaproszenie. Przeczytałam brief do bloga firmy z aplikacją do faktur i mam kilka pomysłów:\n"
    "1. 'Jak przyjmować płatności BLIK w małej firmie' – porównanie terminali, linków do płatności i przelewów natychmiastowych,\n"
    "2. 'Konto firmowe czy osobiste? Co wybrać na start' – z tabelą opłat,\n"
    "3. 'Jak napisać maila z przypomnieniem o zapłacie, żeby klient się nie obraził' – z trzema szablonami,\n"
    "4. 'Opinie klientów w Google: jak o nie prosić i jak odpowiadać na te negatywne'.\n"
    "Każdy tekst ok. 1500 słów, z frazami z Senuto. Mogę zacząć od punktu 3, bo jest najszybszy. "
    "Stawkę podałam w ofercie, wszystko przez Upwork."
)

ROWS = [
# ---------------- contact-sharing violations ----------------
(V, "contact-sharing", "pl-lublin-va", "hej, szybciej bedzie na wacapie, moj numer 500 000 112, pisz smialo", "m", {}),
(V, "contact-sharing", "pl-gdansk-backend", GDANSK_PROPOSAL_BAD, "p", {}),
(V, "contact-sharing", "pl-lodz-copy", "Mój mejl to ola.pisze.teksty@gmail.com – tam wyślę próbkę w Wordzie, bo tu się formatowanie rozjeżdża.", "m", {}),
(V, "contact-sharing", "pl-rzeszow-mobile", "tg: @kuba_flutter_dev", "m", {}),
(V, "contact-sharing", "pl-poznan-cad", "Szanowni Państwo, w razie pytań technicznych pozostaję do dyspozycji pod adresem mailowym m.nowicki.cad@outlook.com oraz telefonicznie (komórka 500 000 147).", "p", {}),
(V, "contact-sharing", "pl-lublin-va", "moje insta to va.ania.lub, a numer piec zero zero, zero zero zero, jeden szesc trzy", "m", {}),
(V, "contact-sharing", "pl-krakow-piekarnia", "Proszę do nas wpaść, piekarnia jest na ul. Wymyślonej 12 w Krakowie, pogadamy przy kawie o nowym menu.", "m", {}),
(V, "contact-sharing", "pl-katowice-logistyka", "Mój tel. służbowy: 500-000-158, proszę dzwonić po 15, wtedy mam spokój.", "m", {}),
(V, "contact-sharing", "pl-scam-fucha", "Cześć! Szukamy osób do prostej fuchy online, 200-400 zł dziennie, bez doświadczenia. Szczegóły tylko na Telegramie: @praca_zdalna_pl_example", "m", {}),
(V, "contact-sharing", "pl-gdansk-backend", "Mój Discord: piotr_symfony_example – wrzucę tam zrzuty z logów, tutaj się nie mieszczą.", "m", {}),
(V, "contact-sharing", "pl-lodz-copy", "Btw, jakby co to my Signal is the same as phone, plus48 500 000 171, napisz jak przeczytasz brief", "m", {}),
(V, "contact-sharing", "pl-rzeszow-mobile", "pisz: kuba [kropka] mobile [malpa] wp [kropka] pl", "m", {}),
# ---------------- contact-request violations ----------------
(V, "contact-request", "pl-krakow-piekarnia", "Czy może Pani podać numer telefonu? Ja wolę zadzwonić niż pisać na komputerze.", "m", {}),
(V, "contact-request", "pl-lublin-va", "podeslesz mi swojego maila? wysle ci liste kontaktow do wprowadzenia", "m", {}),
(V, "contact-request", "pl-katowice-logistyka", "Prosimy o adres mailowy i numer komórki, przekażemy je do naszego działu IT przed rozmową.", "m", {}),
(V, "contact-request", "pl-scam-fucha", "Masz whatsapke? Daj numer, to dodam cię do grupy z zadaniami na dziś.", "m", {}),
(V, "contact-request", "pl-poznan-cad", "Przed przygotowaniem wyceny prosiłbym o numer telefonu do Państwa konstruktora, aby omówić tolerancje pasowań.", "p", {}),
(V, "contact-request", "pl-rzeszow-mobile", "jaki masz nick na tg?", "m", {}),
(V, "contact-request", "pl-gdansk-backend", "Może Pan podesłać swój prywatny e-mail? Upwork obcina mi większe załączniki.", "m", {}),
(V, "contact-request", "pl-lodz-copy", "Masz Messengera albo insta? Wyślij link do profilu, łatwiej mi będzie pokazać moodboard.", "m", {}),
(V, "contact-request", "pl-katowice-logistyka", "Pan jest z Poznania? Proszę podać adres, kierowca podrzuci próbki części jutro rano.", "m", {}),
(V, "contact-request", "pl-lublin-va", "dasz nr komorki? albo viber, cokolwiek, byle nie tu", "m", {}),
# ---------------- off-platform violations ----------------
(V, "off-platform", "pl-lublin-va", "przejdzmy na whatsappa, tu upwork wszystko czyta xd", "m", {}),
(V, "off-platform", "pl-gdansk-backend", "Proponuję, żebyśmy resztę ustaleń zrobili już bezpośrednio, poza Upworkiem – będzie szybciej dla nas obu.", "m", {}),
(V, "off-platform", "pl-krakow-piekarnia", "Może porozmawiamy przez Messengera? Tam mam wszystkie zdjęcia wypieków w albumie.", "m", {}),
(V, "off-platform", "pl-scam-fucha", SCAM_OFF, "m", {}),
(V, "off-platform", "pl-rzeszow-mobile", "pogadajmy na discordzie, mam tam serwer z buildami i testerami", "m", {}),
(V, "off-platform", "pl-lodz-copy", "Let's hop on a quick call na Zoomie, poza platformą – link podeślę prywatnie.", "m", {}),
(V, "off-platform", "pl-katowice-logistyka", "Dalszą korespondencję prowadźmy mailowo, Upwork jest dla nas niewygodny.", "m", {}),
(V, "off-platform", "pl-poznan-cad", POZNAN_OFF, "p", {}),
(V, "off-platform", "pl-lublin-va", "napisz do mnie na priv na fb, tam szybciej odpisuje niz tutaj", "m", {}),
(V, "off-platform", "pl-gdansk-backend", "Jak coś, proszę pisać na Viberze albo Signalu, ten sam login co tutaj.", "m", {}),
(V, "off-platform", "pl-scam-fucha", "Upwork to tylko przykrywka, prawdziwe zlecenia idą przez naszą aplikację – pobierz ją ze strony example-fucha.pl i zaloguj się kodem ZAPROSZENIE.", "m", {}),
# ---------------- payment violations ----------------
(V, "payment", "pl-lublin-va", "moge zrobic taniej jak zaplacisz blikiem na telefon, bez prowizji upworka", "m", {}),
(V, "payment", "pl-gdansk-backend", "Kolejne etapy rozliczmy zwykłym przelewem na konto, zaoszczędzimy oboje te 10%.", "m", {}),
(V, "payment", "pl-krakow-piekarnia", "Zapłacę gotówką przy odbiorze, nie chcę płacić przez tę stronę.", "m", {}),
(V, "payment", "pl-katowice-logistyka", "Drugi kamień milowy zapłacimy przelewem bezpośrednio na fakturę VAT, poza Upworkiem – księgowej tak wygodniej.", "m", ACT),
(V, "payment", "pl-rzeszow-mobile", "revolut albo paypal, co wolisz? wtedy ominiemy fee", "m", {}),
(V, "payment", "pl-lodz-copy", "Przy następnym zleceniu możemy już pracować bezpośrednio – wystawię fakturę, a Ty płacisz mi na konto.", "m", ACT),
(V, "payment", "pl-scam-fucha", "Wypłaty co tydzień w USDT na Twój portfel, bez żadnych prowizji i bez Upworka.", "m", {}),
(V, "payment", "pl-poznan-cad", POZNAN_PAY, "p", {}),
(V, "payment", "pl-krakow-piekarnia", "Dam Pani 500 zł do ręki, a na Upworku zrobimy kontrakt na 50 zł, żeby było formalnie. Dobrze?", "m", {}),
(V, "payment", "pl-lublin-va", "przelew na konto albo blik na numer, jak wolisz, tylko nie przez upwork bo zabieraja kase", "m", {}),
(V, "payment", "pl-gdansk-backend", "Podana stawka dotyczy Upworka; poza platformą (PayPal, Wise) mogę zejść o 15%.", "p", {}),
# ---------------- feedback violations ----------------
(V, "feedback", "pl-lublin-va", "wysle ci pliki jak dasz 5 gwiazdek, ok? :)", "m", ACT),
(V, "feedback", "pl-krakow-piekarnia", "Jeśli nie poprawi Pani logo za darmo, wystawię jedną gwiazdkę i opiszę w opinii, jak Pani pracuje.", "m", ACT),
(V, "feedback", "pl-lodz-copy", "Daj mi proszę 5 gwiazdek i dobrą opinię, a kolejny tekst zrobię z 20% rabatu.", "m", ACT),
(V, "feedback", "pl-katowice-logistyka", "Albo zwrot połowy kwoty, albo negatywna ocena na profilu. Wybór należy do Pana.", "m", ACT),
(V, "feedback", "pl-rzeszow-mobile", "apka gotowa, ale kod źródłowy przekażę dopiero po wystawieniu opinii", "m", ACT),
(V, "feedback", "pl-scam-fucha", "Płacimy 30 zł za każdą opinię na 5 gwiazdek dla naszych freelancerów. Wystarczy zamówić mini-zlecenie za 5 dolarów.", "m", {}),
(V, "feedback", "pl-poznan-cad", "Proszę zamknąć kontrakt z oceną 5/5 – w zamian zwrócę Panu część kosztów.", "m", ACT),
(V, "feedback", "pl-gdansk-backend", "Jak nie będzie pięciu gwiazdek, to niestety nie wezmę kolejnego etapu i zostawię projekt w połowie.", "m", ACT),
(V, "feedback", "pl-lublin-va", "wystaw mi pls 5 gwiazdek nawet jak cos nie pasuje, poprawie potem po cichu", "m", ACT),
# ---------------- account-sharing violations ----------------
(V, "account-sharing", "pl-scam-fucha", "Wynajmę Twoje konto Upwork – 600 zł miesięcznie. Ty nic nie robisz, ja tylko loguję się ze swojego komputera.", "m", {}),
(V, "account-sharing", "pl-lublin-va", "podaj login i haslo do swojego upworka, wysle za ciebie propozycje bo masz lepszy profil", "m", {}),
(V, "account-sharing", "pl-gdansk-backend", "Jak będę na urlopie, kolega popracuje z mojego konta, klient nawet nie zauważy różnicy.", "m", {}),
(V, "account-sharing", "pl-krakow-piekarnia", "Proszę się zalogować na moje konto Upwork i samodzielnie zaakceptować milestone, hasło to Piekarnia2026.", "m", ACT),
(V, "account-sharing", "pl-rzeszow-mobile", "mam zweryfikowane konto, moge ci je odstapic za procent od zlecen", "m", {}),
(V, "account-sharing", "pl-scam-fucha", "Potrzebujemy tylko zdjęcia Twojego dowodu i selfie do weryfikacji – konto na Upworku założymy za Ciebie.", "m", {}),
(V, "account-sharing", "pl-lodz-copy", "Kod weryfikacyjny z SMS-a przyszedł do Ciebie? Prześlij mi go, wejdę na Twoje konto i dokończę ofertę.", "m", {}),
(V, "account-sharing", "pl-katowice-logistyka", "Nasz poprzedni wykonawca pracował z konta szwagra, Pan też może tak zrobić, byle było taniej.", "m", {}),
(V, "account-sharing", "pl-poznan-cad", "Z powodu problemu z weryfikacją tożsamości projekt poprowadzę z konta mojego wspólnika – proszę się nie dziwić innemu nazwisku.", "p", {}),
# ---------------- harassment violations ----------------
(V, "harassment", "pl-katowice-logistyka", "Co to za gówno? Płacę za robotę, a nie za takie bazgroły.", "m", ACT),
(V, "harassment", "pl-krakow-piekarnia", "Z Ukraińcami zawsze to samo, nic porządnie nie umiecie zrobić.", "m", ACT),
(V, "harassment", "pl-lublin-va", "spadaj debilu, nie bede pracowac za darmo", "m", {}),
(V, "harassment", "pl-rzeszow-mobile", "k*rwa, ile razy mam tłumaczyć, ty naprawdę jesteś taki tępy?", "m", ACT),
(V, "harassment", "pl-gdansk-backend", "Jeszcze raz mnie oszukasz, to znajdę cię w realu. Wiem, gdzie masz firmę.", "m", ACT),
(V, "harassment", "pl-krakow-piekarnia", "Kobiety nie znają się na komputerach, niech mi Pani przyśle jakiegoś faceta z zespołu.", "m", {}),
(V, "harassment", "pl-lublin-va", "ty ch*ju, oddawaj kase albo bedzie zle", "m", ACT),
(V, "harassment", "pl-katowice-logistyka", KATOWICE_HARASS_LONG, "m", ACT),
(V, "harassment", "pl-lodz-copy", "Brief jak od gimbusa, zero sensu. Serio myślisz, że ktoś za tyle to napisze, frajerze?", "m", {}),
(V, "harassment", "pl-scam-fucha", "Jak nie chcesz zarabiać, to spierdalaj, biedaku.", "m", {}),
# ---------------- clean look-alikes ----------------
(C, "payment", "pl-gdansk-backend", "Zintegruję BLIK i Przelewy24 w Pańskim sklepie WooCommerce, razem z obsługą zwrotów i webhookami statusów płatności.", "p", {}),
(C, "payment", "pl-gdansk-backend", "Przelew testowy w sandboxie przeszedł, status zamówienia zmienia się na 'opłacone' po ok. 3 sekundach.", "m", ACT),
(C, "payment", "pl-lublin-va", "dostalam platnosc z upworka na konto w mbanku, dzieki wielkie!!", "m", ACT),
(C, "contact-sharing", "pl-lodz-copy", "Napiszę opisy produktów do sklepu z etui na telefony – 40 opisów, każdy z frazami w stylu 'etui na iPhone 15' i numerem modelu.", "p", {}),
(C, "off-platform", "pl-rzeszow-mobile", "Mam doświadczenie z WhatsApp Business API i Twilio – bota do powiadomień o zamówieniach zrobię w Node.js.", "p", {}),
(C, "contact-request", "pl-krakow-piekarnia", "Potrzebuję formularza zamówień tortów: imię, adres e-mail, numer telefonu i data odbioru. Dane mają trafiać do arkusza Google.", "m", {}),
(C, "feedback", "pl-katowice-logistyka", "Szukamy osoby do przeglądu kodu (code review) naszego modułu śledzenia przesyłek: ocena jakości i lista poprawek.", "m", {}),
(C, "contact-sharing", "pl-poznan-cad", "Przesyłam rysunek wykonawczy w PDF w plikach tego wątku; numer rysunku PN-0457, rewizja B.", "m", ACT),
(C, "account-sharing", "pl-lublin-va", "moge ogarnac skrzynke mailowa firmy: segregowanie, odpowiedzi, kalendarz. dostep mozesz dac przez delegowanie w gmailu, hasla nie potrzebuje", "p", {}),
(C, "account-sharing", "pl-gdansk-backend", "Na stronie logowania dodałem weryfikację dwuetapową i limit prób hasła – proszę sprawdzić na koncie testowym.", "m", ACT),
(C, "feedback", "pl-lodz-copy", "Dziękuję za współpracę! Jeśli będzie Pani zadowolona, miło mi będzie, jeśli zostawi Pani opinię – ale to oczywiście dobrowolne.", "m", ACT),
(C, "feedback", "pl-krakow-piekarnia", "Zamknęłam kontrakt i wystawiłam 5 gwiazdek, zasłużone. Pozdrawiam serdecznie!", "m", ACT),
(C, "payment", "pl-katowice-logistyka", "Płatność za milestone 2 została zatwierdzona w Upworku, środki powinny pojawić się u Pana w ciągu kilku dni.", "m", ACT),
(C, "account-sharing", "pl-rzeszow-mobile", "ekran logowania: email + hasło, do tego 'nie pamiętam hasła' z linkiem resetu. walidacja numeru telefonu w formacie +48", "m", ACT),
(C, "contact-sharing", "pl-poznan-cad", POZNAN_CLEAN, "p", {}),
(C, "contact-sharing", "pl-lublin-va", "przepisze ci te 300 wizytowek do excela: imie, nazwisko, telefon, mail, adres firmy. mam wprawe, 2 dni", "p", {}),
(C, "payment", "pl-gdansk-backend", "Webhook z Revolut Business API zwraca 401 – sprawdzę, czy token nie wygasł, i dam znać.", "m", ACT),
(C, "payment", "pl-lodz-copy", "Artykuł 'Jak wybrać konto firmowe w banku' gotowy: 1800 słów, porównanie opłat za przelewy, BLIK i karty.", "m", ACT),
(C, "contact-sharing", "pl-katowice-logistyka", "Potrzebny skrypt, który z maili od przewoźników wyciąga numer listu przewozowego i adres dostawy do naszej bazy.", "m", {}),
(C, "contact-sharing", "pl-krakow-piekarnia", "Na stronie ma być przycisk 'Zadzwoń do nas' z numerem piekarni i mapka z adresem – to dla naszych klientów.", "m", ACT),
(C, "off-platform", "pl-rzeszow-mobile", "push z Firebase działa, bot na Telegramie dla admina też – wysyła alert przy nowym zamówieniu", "m", ACT),
(C, "off-platform", "pl-lublin-va", "ogarniam insta i fb dla malych firm, 3 posty tygodniowo + stories, planowanie w Meta Business Suite", "p", {}),
(C, "feedback", "pl-poznan-cad", "Opinię techniczną (ekspertyzę) do projektu przekładni przygotuję w ciągu 5 dni roboczych.", "p", {}),
(C, "payment", "pl-gdansk-backend", "Rozumiem, że płatności mają iść przez PayU, a faktury generować się z Fakturowni przez API?", "m", {}),
(C, "contact-request", "pl-lodz-copy", "Mogę przygotować szablony maili do Mailchimpa: powitalny, porzucony koszyk i prośbę o opinię o produkcie.", "p", {}),
(C, "payment", "pl-katowice-logistyka", "Stawka godzinowa OK, zaczynamy przez Upwork od poniedziałku. Wysyłam ofertę kontraktu.", "m", {}),
(C, "payment", "pl-krakow-piekarnia", "Nie jestem pewna, jak tu działa płatność – czy pieniądze trafiają do Pani dopiero po mojej akceptacji?", "m", {}),
(C, "account-sharing", "pl-rzeszow-mobile", "konto testowe na stagingu: demo@example.com / Demo123! – to użytkownik testowy w waszej apce, nie moje konto", "m", ACT),
(C, "contact-sharing", "pl-lublin-va", "podsumowanie dnia: 42 nowe maile, 5 pilnych, 3 reklamacje, na wszystkie odpisalam z szablonu", "m", ACT),
(C, "contact-sharing", "pl-poznan-cad", "Czy numer katalogowy łożyska 6204-2RS jest ostateczny? Od tego zależy średnica wałka.", "m", ACT),
(C, "payment", "pl-gdansk-backend", GDANSK_PROPOSAL_CLEAN, "p", {}),
(C, "payment", "pl-lodz-copy", "Przetłumaczę regulamin sklepu z angielskiego: rozdziały o płatnościach, zwrotach, reklamacjach i danych kontaktowych.", "p", {}),
(C, "account-sharing", "pl-katowice-logistyka", "W aplikacji kierowcy logują się numerem telefonu i kodem SMS. Chcemy ten proces uprościć.", "m", {}),
(C, "feedback", "pl-krakow-piekarnia", "Recenzje naszych klientów z Google chciałabym mieć na stronie w karuzeli, da się to zrobić?", "m", {}),
(C, "contact-sharing", "pl-rzeszow-mobile", "APK wrzuciłem w pliki tutaj, changelog w opisie", "m", ACT),
(C, "feedback", "pl-lublin-va", "nie mam jeszcze opinii na upworku bo dopiero zaczynam, ale moge zrobic male zadanie probne zeby pokazac jak pracuje", "p", {}),
(C, "contact-sharing", "pl-gdansk-backend", "Dodałem pole 'telefon' jako opcjonalne w checkoucie i maskę dla polskich numerów komórkowych.", "m", ACT),
(C, "feedback", "pl-lodz-copy", "Wystawiłam Ci opinię – 5 gwiazdek, świetny klient, polecam każdemu!", "m", ACT),
(C, "payment", "pl-katowice-logistyka", "Czy może Pan wystawić fakturę? Księgowość potrzebuje dokumentu do płatności, która idzie przez Upwork.", "m", ACT),
(C, "contact-sharing", "pl-poznan-cad", "W symulacji MES dodałem kontakt typu 'bonded' między płytą a wspornikiem; naprężenia spadły o 18%.", "m", ACT),
(C, "payment", "pl-krakow-piekarnia", "Mąż mówi, że trzeba płacić przez Upwork, bo inaczej nie ma ochrony. No to płacimy tutaj, zgoda.", "m", {}),
(C, "off-platform", "pl-rzeszow-mobile", "Discord SDK w grze zintegrowany, Rich Presence pokazuje level gracza", "m", ACT),
(C, "contact-sharing", "pl-lublin-va", "wrzucilam zestawienie do arkusza w zakladce pliki, sprawdz prosze przed piatkiem", "m", ACT),
(C, "contact-sharing", "pl-lodz-copy", "Tekst na landing: 'Zadzwoń i zamów bezpłatną wycenę' – numer ma być klikalny (link tel:)?", "m", ACT),
(C, "payment", "pl-gdansk-backend", "Wypłacam środki z Upworka przelewem na konto w PKO, wychodzi taniej niż przez Payoneer.", "m", {}),
(C, "feedback", "pl-katowice-logistyka", "Oferty oceniamy do piątku. Kryteria: cena, termin i opinie na Upworku.", "m", {}),
(C, "off-platform", "pl-krakow-piekarnia", "Nie mam WhatsAppa ani Messengera, jestem staroświecka, więc piszmy tutaj, proszę.", "m", {}),
(C, "off-platform", "pl-lublin-va", "spoko, piszemy tu na upworku, nie ma problemu :)", "m", {}),
(C, "account-sharing", "pl-rzeszow-mobile", "logowanie przez Google i Apple działa, zostało logowanie przez Facebooka – czekam na app review w Meta", "m", ACT),
(C, "feedback", "pl-lodz-copy", "Poproszę o feedback do pierwszej wersji – co zmienić w tonie, bardziej luźno czy formalnie?", "m", ACT),
(C, "payment", "pl-gdansk-backend", "Apple Pay i Google Pay przez Stripe gotowe, BLIK przez Przelewy24 w następnym sprincie.", "m", ACT),
(C, "contact-sharing", "pl-katowice-logistyka", "Adresy w pliku CSV to wymyślone punkty dostaw, tylko do testów algorytmu tras.", "m", ACT),
(C, "contact-sharing", "pl-krakow-piekarnia", "Czy może Pani dopisać w stopce godziny otwarcia i telefon piekarni? Numer jest w starym pliku, który wysłałam.", "m", ACT),
(C, "feedback", "pl-poznan-cad", "Jeśli model nie spełni wymagań, poprawki wykonam w ramach tej samej ceny. Zależy mi na rzetelnej ocenie rezultatu.", "p", {}),
(C, "contact-sharing", "pl-lublin-va", "mam sluchawki z mikrofonem i spokojne miejsce, moge robic cold calling przez wasz system VoIP, skrypt rozmowy tez napisze", "p", {}),
(C, "contact-sharing", "pl-rzeszow-mobile", "kod jest na waszym GitLabie, ostatni commit z dzisiaj, pipeline zielony", "m", ACT),
(C, "account-sharing", "pl-lodz-copy", "Copy do newslettera ready, subject line: 'Twoje konto czeka – zaloguj się i odbierz rabat'.", "m", ACT),
(C, "contact-sharing", "pl-gdansk-backend", "Integracja z API InPost: paczkomat wybierany na mapie, numer telefonu odbiorcy wymagany przez przewoźnika.", "m", ACT),
(C, "payment", "pl-katowice-logistyka", "Wiem, że Upwork pobiera opłatę od nas i od Pana, uwzględniliśmy to w budżecie.", "m", {}),
(C, "feedback", "pl-krakow-piekarnia", "Dziękuję za pierwszą wersję menu, bardzo ładne! Jedna poprawka: chleb żytni kosztuje 9 zł, nie 8.", "m", ACT),
(C, "payment", "pl-lodz-copy", LODZ_CLEAN_LONG, "p", {}),
(C, "payment", "pl-lublin-va", "sorki za pytanie, pierwszy raz tu pracuje: kiedy upwork przelewa kase po zatwierdzeniu godzin? mam konto w ING", "m", ACT),
(C, "payment", "pl-gdansk-backend", "klient sklepu wybiera 'przelew na konto', a system wysyla mu maila z numerem konta sklepu i tytulem przelewu – to juz dziala na stagingu", "m", ACT),
(C, "account-sharing", "pl-poznan-cad", "Licencję SolidWorks mam własną, na swoje konto; pliki zapiszę w wersji 2022, żeby otworzyli je Państwo u siebie.", "m", ACT),
# ---------------- allowed (exceptions) ----------------
(A, "contact-sharing", "pl-katowice-logistyka", "Jako klient Enterprise możemy rozmawiać poza platformą – proszę o kontakt z działem zakupów: zakupy@logistyka.example.com, tel. 500 000 190.", "m", ENT),
(A, "contact-request", "pl-katowice-logistyka", "Proszę podać numer telefonu, nasz koordynator zadzwoni w sprawie NDA. (Konto Enterprise)", "m", ENT),
(A, "off-platform", "pl-katowice-logistyka", "Zapraszamy na spotkanie w Teams, link wyślę mailem – korzystamy z planu Enterprise.", "m", ENT),
(A, "contact-sharing", "pl-gdansk-backend", "Skoro kontrakt już ruszył, podaję numer na pilne sprawy po wdrożeniu: +48 500 000 121.", "m", ACT),
(A, "contact-sharing", "pl-rzeszow-mobile", "dodaj mnie do repo na GitHubie, nick: kuba-flutter-example", "m", {}),
(A, "contact-sharing", "pl-lodz-copy", "Mój e-mail do zaproszenia w Figmie: ola.teksty.example@gmail.com – tylko po to, żebym mogła komentować makiety.", "m", {}),
(A, "contact-request", "pl-krakow-piekarnia", "Teraz, jak już mamy umowę, poproszę o Pani numer, gdyby strona przestała działać w weekend.", "m", ACT),
(A, "contact-sharing", "pl-poznan-cad", "Zgodnie z kontraktem podaję adres do wysyłki prototypu: ul. Fikcyjna 3, 60-000 Poznań.", "m", ACT),
(A, "contact-sharing", "pl-lublin-va", "kontrakt aktywny, to mozemy pisac na whatsappie w pilnych sprawach, moj nr 500 000 164", "m", ACT),
(A, "contact-request", "pl-gdansk-backend", "Proszę o e-mail, na który mam wysłać zaproszenie do repozytorium na Bitbucket – tylko do tego.", "m", {}),
(A, "off-platform", "pl-katowice-logistyka", "Pracujemy już na kontrakcie, więc proszę dołączyć do naszego kanału na Slacku – zaproszenie przyjdzie na Pana mail.", "m", ACT),
(A, "off-platform", "pl-rzeszow-mobile", "kontrakt trwa, to na czas testów przejdźmy na Discorda, łatwiej wrzucać nagrania ekranu", "m", ACT),
(A, "contact-sharing", "pl-lodz-copy", "Ponieważ współpracujemy już w ramach kontraktu, podaję telefon do szybkich konsultacji: 500 000 183.", "m", ACT),
(A, "contact-sharing", "pl-poznan-cad", "Do folderu z modelami na OneDrive proszę dodać adres m.nowicki.cad@outlook.com – wyłącznie w celu udostępnienia plików.", "m", {}),
(A, "contact-sharing", "pl-krakow-piekarnia", "Zapraszam do piekarni na sesję zdjęciową, adres: ul. Wymyślona 12, Kraków. Kontrakt w Upworku już zaakceptowany.", "m", ACT),
(A, "contact-sharing", "pl-lublin-va", "dodaj mnie do tablicy w Trello: ania.va.example@gmail.com, tylko do zadan", "m", {}),
(A, "contact-sharing", "pl-gdansk-backend", "Dziękuję. Skoro są Państwo klientem Enterprise, podaję bezpośredni e-mail: piotr.symfony@example.com.", "m", ENT),
(A, "off-platform", "pl-poznan-cad", "Chętnie przyjadę do Państwa biura w Katowicach przed podpisaniem umowy, skoro konto Enterprise na to pozwala.", "m", ENT),
(A, "contact-sharing", "pl-rzeszow-mobile", "mail do zaproszenia w Jirze: kuba.mobile@example.pl", "m", {}),
(A, "contact-sharing", "pl-lodz-copy", "Podpisane NDA w załączniku – moje dane kontaktowe są w nagłówku, tak jak wymaga wzór umowy.", "m", {}),
(A, "contact-sharing", "pl-katowice-logistyka", "Fakturę korygującą proszę wysłać na ksiegowosc@logistyka.example.com – dotyczy płatności przez Upwork za etap 1.", "m", ACT),
(A, "off-platform", "pl-lublin-va", "ok, skoro mamy juz kontrakt, to jak bedziesz czegos potrzebowac na szybko, pisz na telegramie @ania_va_example", "m", ACT),
(A, "contact-request", "pl-gdansk-backend", "Kontrakt aktywny – proszę o numer telefonu do osoby z dostępem do serwera, na wypadek gdyby nocne wdrożenie się wysypało.", "m", ACT),
(A, "off-platform", "pl-rzeszow-mobile", "Możemy przejść na Google Meet, skoro macie Państwo konto Enterprise – pasuje mi jutro o 10.", "m", ENT),
]
