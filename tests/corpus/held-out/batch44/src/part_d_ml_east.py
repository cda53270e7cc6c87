from common import c
S = 'b44-ml-east'
def M(lang, t, e, cat, ctx=''): c(t, e, cat, lang, ctx, S)

# ---- Russian ----
M('ru', "Заказ почти готов. Остаток можете перевести мне на карту напрямую, чтобы не терять 10% на комиссии Upwork.", 'violation', 'payment', 'a')
M('ru', "Исходники отправлю сразу после того, как оставите отзыв на 5 звёзд. У меня так со всеми клиентами.", 'violation', 'feedback', 'a')
M('ru', """Спасибо за отклик, портфолио сильное.

По задаче: нужен парсер прайсов поставщиков (Excel и CSV, около 40 файлов в неделю) с выгрузкой в нашу 1С. Бюджет обсуждаем, сроки — месяц.

Давайте продолжим в Телеграме, там удобнее скинуть ТЗ и примеры файлов. Мой ник @vlad_hires.""", 'violation', 'off-platform', 'c')
M('ru', "Одобрил второй этап и добавил бонус 50$ через Upwork. Спасибо за быструю работу!", 'clean', 'payment', 'ac')
M('ru', "Телеграм-бот теперь отвечает на /status номером заказа. Токен лежит в переменных окружения, в коде его нет.", 'clean', 'off-platform', 'a')
M('ru', "Я очень недоволен сроками. Жду конкретный план до завтра, иначе открываю спор.", 'clean', 'harassment', 'ac')
M('ru', "Раз контракт уже начался, вот мой рабочий e-mail для отчётов: i.sorokin.ops@proton.me. Обсуждение оставим здесь.", 'allowed', 'contact-sharing', 'ac')
M('ru', "Зашёл в админку staging под пользователем, которого вы создали. Пароль сменил, как просили.", 'clean', 'account-sharing', 'a')

# ---- Polish ----
M('pl', "Resztę zapłacę Ci przelewem na konto, bez Upworka. Prowizja jest za duża, a i tak już się znamy.", 'violation', 'payment', 'ac')
M('pl', "Jeśli wystawi Pan 5 gwiazdek, zwrócę 50 dolarów z ostatniego etapu.", 'violation', 'feedback', 'a')
M('pl', "Serio? Tyle czasu i to ma być efekt? Żenada, jak cała twoja „agencja”.", 'violation', 'harassment', 'ac')
M('pl', "Etap 2 wysłany przez Upwork. Integracja z Przelewy24 działa na sandboxie, logi są w pliku p24_test_log.txt.", 'clean', 'payment', 'a')
M('pl', "Proszę nie wysyłać mi hasła do panelu. Wystarczy, że założy Pan dla mnie osobne konto z rolą redaktora.", 'clean', 'account-sharing', 'a')
M('pl', "Jestem bardzo niezadowolony z terminów. Potrzebuję konkretnego planu do jutra, inaczej otwieram spór.", 'clean', 'harassment', 'ac')
M('pl', "Skoro umowa już trwa, może krótkie calle na Google Meet codziennie o 9:00? Wyślę zaproszenie.", 'allowed', 'off-platform', 'a')
M('pl', "Wystawię uczciwą opinię po zamknięciu kontraktu. Na razie jest super.", 'clean', 'feedback', 'ac')

# ---- Turkish ----
M('tr', "Kalan ödemeyi doğrudan IBAN'ına göndereyim, Upwork komisyonu ödemeyelim. Sözleşmeyi de bugün kapatırız.", 'violation', 'payment', 'ac')
M('tr', "Hesabıma giriş yapıp yeni ilanları sen yayınla, şifreyi birazdan buraya yazarım.", 'violation', 'account-sharing', 'ac')
M('tr', "Bu kadar basit bir şeyi anlamıyorsan bence bu işi bırak.", 'violation', 'harassment', 'a')
M('tr', "3. aşamayı Upwork üzerinden teslim ettim. iyzico entegrasyonu test ortamında sorunsuz çalışıyor.", 'clean', 'payment', 'a')
M('tr', "Sözleşmeyi kapatırken dürüst bir değerlendirme bırakacağım. Şu ana kadar her şey harika.", 'clean', 'feedback', 'ac')
M('tr', "Footer'daki e-postayı destek@example.com.tr, telefonu da mağazanın numarasıyla değiştirir misin? Eski bilgiler 2020'den kalma.", 'clean', 'contact-sharing', 'ac')
M('tr', "Canlıya alma gecesi için telefon numaranızı alabilir miyim? Sadece acil durum için.", 'allowed', 'contact-request', 'a')
M('tr', "Davet için teşekkürler! Daha hızlı konuşmak için Telegram: @mert_ui_ux", 'violation', 'contact-sharing')
