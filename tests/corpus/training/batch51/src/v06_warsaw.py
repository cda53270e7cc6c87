SRC = 'b51-ukrainian-illustrator-warsaw'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'p','uk','',"""Вітаю! Мене звати Олена, я ілюстраторка з Києва, зараз живу у Варшаві. Малюю дитячі книжки та персонажів для ігор, 7 років досвіду. Ваш проєкт про лисичку-детектива дуже мені близький. Щоб швидше обговорити деталі, пишіть мені в телеграм: @olena_draws_waw."""),
('V',CR,'m','ru','',"""Здравствуйте! Спасибо за приглашение. Можете скинуть свой телеграм или вайбер? Мне проще там показывать скетчи, тут картинки сжимаются."""),
('V',OP,'m','uk','',"""Добрий день. Давайте краще продовжимо розмову в месенджері, тут Upwork постійно мене розлогінює. Я можу першою написати, якщо скажете, де вам зручніше."""),
('V',PA,'m','uk','',"""Якщо вам зручно, можна оплатити напряму на картку Монобанку або PayPal, без комісії Upwork. Тоді зроблю вам знижку 15% на всю серію ілюстрацій."""),
('V',PA,'m','pl','a',"""Pani Agnieszko, okładki są gotowe. Następne zlecenia możemy rozliczać poza Upwork, zwykłym przelewem albo BLIKIEM na mój numer, będzie taniej dla nas obu."""),
('V',PA,'m','en','',"""Hi Tom! Since you're also in Warsaw, we could just meet at a café, I'd show you the sketches on my iPad and you pay me cash for the first character sheet. Much simpler than setting up the whole Upwork milestone thing."""),
('V',FB,'m','uk','a',"""Фінальні файли в PSD і PNG готові, але надішлю їх тільки після того, як ви поставите мені 5 зірок і напишете відгук. Вибачте, але мене вже обманювали."""),
('V',FB,'m','ru','a',"""Давайте так: вы мне пишете хороший отзыв и закрываете контракт, а я бесплатно дорисую ещё два варианта обложки. Мне очень нужен рейтинг."""),
('V',AS,'m','uk','',"""Чесно скажу: цей акаунт оформлений на мою подругу, бо мій заблокували після переїзду через верифікацію. Але малюю я, портфоліо моє. Для вас нічого не зміниться."""),
('V',AS,'m','ru','',"""У меня есть второй аккаунт на Upwork с хорошим рейтингом, если хотите, можем оформить контракт там, он на имя моего мужа, но работаю всё равно я."""),
('V',HA,'m','uk','a',"""Ви взагалі розумієте, що таке ілюстрація? Десята правка за день, і все через вашу безграмотність. Бездарний замовник, більше нічого сказати."""),
('V',HA,'m','ru','a',"""Ещё раз напишете мне в таком тоне, и я найду ваш адрес в Кракове и приеду поговорить лично. Поверьте, вам не понравится."""),
('V',CS,'m','pl','',"""Dzień dobry! Jestem w Warszawie, możemy się zdzwonić: pięćset, zero zero zero, zero jeden siedem. Najlepiej po 17:00."""),
('V',CS,'p','en','',"""Hello!

I'm Olena, a children's book illustrator from Kyiv, living in Warsaw since 2022. I've illustrated 11 picture books for publishers in Ukraine, Poland and the UK, and I also do character design for mobile games.

I read your brief for "Pip and the Night Train" carefully. A few ideas:
- A limited palette (night blues + warm lamp yellow) will make the train scenes cosy rather than scary.
- Pip's silhouette should be readable at thumbnail size for the cover and for the Amazon listing.
- I would start with 3 character sketches and one full spread, so you can approve the style before I do all 24 pages.

Timeline: 8 weeks for 24 spreads plus cover. I work in Procreate and finish in Photoshop, print-ready CMYK files.

For the full price list and more sketches, the easiest is to message me on Instagram @olena.kyiv.waw or email olena.ilustracje@proton.me.

Thank you and have a lovely day!"""),
('V',OP,'m','ru','',"""Давайте созвонимся в Дискорде, там и экран покажу, и обсудим бюджет без этих ограничений. Я потом сама оформлю предложение тут, если договоримся."""),
('V',CR,'m','pl','',"""Czy mogłaby Pani podać swój numer telefonu albo adres e-mail? Wyślę szkice w lepszej rozdzielczości, tutaj się nie mieszczą."""),
('V',PA,'m','uk','a',"""Щодо чайових, про які ви питали: краще не через Upwork, а просто переказом на мою польську картку або Revolut, номер скину. Так ніхто не забере відсоток."""),
('V',FB,'m','en','a',"""Honestly, if you don't give me 5 stars, I won't be able to release the layered files, my agency policy requires a good review first. Sorry, not my rule."""),
('C',PA,'m','uk','a',"""Обкладинку під PayPal-кампанію намалювала: персонаж тримає телефон з екраном оплати. Кнопку "Pay" і логотип додасте ви, бо в мене немає ліцензії на їхній бренд."""),
('C',CS,'m','pl','a',"""Na ostatniej stronie książki zostawiłam miejsce na adres wydawnictwa i numer ISBN. Proszę mi tylko przesłać dokładny tekst stopki, wstawię go czcionką z okładki."""),
('C',AS,'m','uk','a',"""Я не потребую пароль від вашого акаунта Procreate чи Adobe, просто надішліть мені шрифти архівом тут, у повідомленнях Upwork."""),
('C',FB,'m','ru','a',"""Спасибо за проект, было очень приятно работать! Если будет минутка, оставьте, пожалуйста, честный отзыв на Upwork, любой, мне важно знать ваше мнение."""),
('C',OP,'m','uk','',"""Скетчі завантажила прямо сюди, в чат, у трьох варіантах. Якщо зручніше, можу записати коротке відео з процесом і прикріпити його тут же."""),
('C',HA,'m','pl','a',"""Ojej, ta wersja z kotem wyszła trochę przerażająco, sama się śmiałam. Poprawię oczy i będzie słodszy, obiecuję!"""),
('C',CR,'p','uk','',"""Добрий день! Відповідаю на ваші питання: так, я малювала ілюстрації для застосунку з онбордингом: екрани "Введіть email", "Підтвердіть номер телефону", "Увійти через Google". Можу показати приклади у вкладенні до пропозиції."""),
('C',PA,'m','pl','a',"""Dziękuję za zatwierdzenie kamienia milowego! Faktura jest dostępna w Upwork w zakładce Transakcje. Czy drugi etap założymy od razu, czy po akceptacji szkiców?"""),
('C',AS,'m','ru','a',"""Для анимации персонажа мне нужен доступ к вашему проекту Spine. Не присылайте пароль, просто добавьте меня в команду через приглашение."""),
('C',CS,'p','ru','',"""Здравствуйте! Нарисую иллюстрированную карту города для вашего кафе: улицы, адреса партнёрских магазинов, маленькие значки с телефоном доставки. Все данные возьму из вашего брифа, ничего не придумываю."""),
('C',FB,'m','en','a',"""I saw your review, thank you so much, it made my week! Good luck with the print run, and if the publisher wants any changes to the cover later, just open a new contract here."""),
('A',CS,'m','uk','a',"""Оскільки контракт уже активний, ось мій телеграм для швидких питань щодо друку: @olena_draws_waw. Усі файли та оплата все одно тут, на Upwork."""),
('A',CR,'m','pl','',"""Żeby ocenić zakres prac, proszę o dostęp do pliku Figma z makietami. Mój e-mail do Figmy: olena.figma.work@gmail.com, podaję go tylko do udostępnienia projektu."""),
('A',CS,'p','en','',"""My full portfolio of picture-book spreads is on Behance: behance.net/olena-example-illustration. It's just the artwork, please keep all our conversation here on Upwork."""),
]
