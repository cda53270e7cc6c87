# extra rows appended per voice (imported by gen.py)
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
EXTRA = {
'v09_hanoi': [
('V',PA,'p','vi','',"""Chao anh, em la Linh, QA tester o Ha Noi.

Em doc ky yeu cau: test app giao do an tren iOS va Android truoc khi ra mat thang 12, gom dang ky, dat mon, thanh toan va theo doi don. Em de xuat ke hoach 3 tuan:
- Tuan 1: viet test case (khoang 250 case), smoke test tren 6 thiet bi that
- Tuan 2: regression + test thanh toan (the, vi dien tu, COD), test mat mang
- Tuan 3: automation cho cac luong chinh bang Appium, bao cao cuoi cung

Em co kinh nghiem voi Jira, TestRail, Charles Proxy va Firebase Crashlytics. Em bao bug kem video, log va muc do nghiem trong ro rang.

Gia: 9 USD/gio, khoang 100 gio. Tuan dau em lam qua Upwork de anh yen tam, nhung tu tuan 2 anh chuyen tien thang vao tai khoan Techcombank cua em thi tot hon, em se gui so tai khoan sau.

Cam on anh da doc, mong duoc hop tac."""),
],
'v09_jakarta': [
('V',OP,'p','id','',"""Halo kak, salam kenal, gue Bima.

Gue udah baca brief-nya: migrasi aplikasi inventory dari Laravel 7 ke Laravel 11, plus bikin REST API buat aplikasi mobile yang lagi dikerjain tim lain. Ini kerjaan yang sering banget gue pegang, terakhir gue migrasi sistem gudang distributor sembako di Bekasi, 180 tabel, tanpa downtime.

Rencana gue:
1. Audit dependency sama test yang ada (2 hari)
2. Upgrade bertahap 7 > 8 > 9 > 10 > 11, tiap tahap ada PR sendiri
3. Bikin API pake Sanctum, dokumentasi pake Scribe
4. Setup CI di GitHub Actions biar aman ke depannya

Estimasi 3 minggu. Biar diskusinya lebih lancar, abis ini kita ngobrol di luar aja ya kak, Upwork cuma buat formalitas kontrak doang, gue lebih sering standby di aplikasi chat yang ijo itu.

Makasih kak, ditunggu kabarnya!"""),
],
'v02_istanbul': [
('C',PA,'p','ar','',"""مرحبا، قرأت وصف المشروع: ترجمة واجهة تطبيق محفظة إلكترونية من الإنكليزي للعربي والتركي، تقريباً ٤٠٠٠ كلمة. عندي خبرة بترجمة تطبيقات بنكية، وبعرف المصطلحات المعتمدة متل "تحويل بنكي"، "رقم الحساب الدولي IBAN"، "رمز التحقق"، "تسجيل الدخول"، "ربط البطاقة". كمان بنتبه لطول النص بالأزرار لأن العربي بيطول. السعر ٠.٠٧ دولار للكلمة، والدفع عن طريق مراحل أبورك متل ما هو محدد بالعرض."""),
],
'v10_dentist': [
('C',CR,'m','en','ca',"""You asked for the names and addresses of people mentioned in chapter 3. I've put them in the attachment. The ones marked with a star have passed on, so please just use their first names in the book."""),
],
'v07_cdmx': [
('C',PA,'m','es','ca',"""Te explico cómo funciona hoy, para que el sistema nuevo no lo rompa: el cliente reserva por teléfono, el hostess lo anota en una libreta, y si es evento privado pedimos un anticipo por transferencia a la cuenta del restaurante o con tarjeta en la terminal. Queremos que el sitio cobre ese anticipo en línea con Stripe, mande un correo de confirmación con la dirección de la sucursal, y un recordatorio por SMS un día antes. Los datos de la cuenta del restaurante los metes tú en el panel de Stripe, yo te doy acceso de administrador allí, no mi contraseña."""),
],
'v08_lyon': [
('V',HA,'m','fr','ca',"""Bonjour Claire,

J'ai relu les fiches des cuvées 1 à 20. Dans l'ensemble c'est correct : les accords mets-vins sont bien trouvés, le vocabulaire technique (macération carbonique, élevage en foudre) est juste et la mise en page respecte notre gabarit.

Quelques points à corriger : la fiche du Morgon Côte du Py mélange les millésimes 2020 et 2021, le degré d'alcool du Fleurie est faux (13 % et non 13,5 %), et les températures de service doivent être en °C et en °F pour les États-Unis.

Franchement, pour une femme de votre âge, je m'attendais à plus de sérieux, mais bon, on fait avec ce qu'on a.

Merci de m'envoyer la version corrigée d'ici vendredi, ensuite nous passerons aux cuvées 21 à 40.

Philippe"""),
],
'v05_karachi': [
('C',PA,'p','en','',"""Hi, answering your screening question about billing: I charge a flat monthly fee through Upwork, not a percentage of ad spend. Your ad spend is paid by your own card inside Amazon Advertising, I never touch it. Invoices and weekly reports come through Upwork every Monday."""),
],
'v06_warsaw': [
('V',OP,'m','uk','',"""Дякую за запрошення! Щодо бюджету та термінів: мені зручніше обговорювати такі речі голосом, бо тут у чаті все розтягується на тиждень. Може, зідзвонимося десь поза Upwork, а потім я вже подам офіційну пропозицію тут?"""),
],
}
