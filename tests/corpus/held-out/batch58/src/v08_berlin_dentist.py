from common import *
SOURCE = 'b58-berlin-dentist'
ROLE = 'client'
CASES = [
# violations (16)
(V,'contact-sharing',M,'tr',{},"Merhaba Elif Hanım, teklifinizi beğendim. Detayları telefonda konuşalım, numaram +49 30 0000 5512, öğle arası 13-14 arası arayabilirsiniz. Sözleşmeyi sonra açarız."),
(V,'payment',M,'tr',{},"Ödemeyi Türkiye'deki hesabınıza direkt EFT ile yapsam olur mu? Upwork kesintisi olmaz, size de biraz fazla öderim."),
(V,'off-platform',M,'de',{},"Guten Tag, können wir das bitte per WhatsApp weiter besprechen? In der Praxis komme ich selten an den Rechner, am Handy geht es schneller."),
(V,'contact-request',M,'tr',{},"Kişisel e-posta adresinizi yazar mısınız? Kliniğin logo dosyalarını oradan göndereyim, burada yükleme sorunu var."),
(V,'payment',M,'en',{},"For the next three months let's skip the platform. I pay you by SEPA transfer from the practice account every month, same rate minus the fee we save."),
(V,'harassment',M,'tr',{},"Siz gerçekten aptal mısınız? İmplant yazısında 'diş çekimi' ile 'kanal tedavisi'ni karıştırmışsınız. Beyinsiz, bir daha yazmayın bana."),
(V,'feedback',M,'de',{},"Wenn Sie die Instagram-Posts für Dezember noch ohne Aufpreis machen, bekommen Sie 5 Sterne. Ansonsten schreibe ich ehrlich, dass ich unzufrieden bin."),
(V,'contact-sharing',M,'de',{},"Sie erreichen mich unter praxis.dr.yilmaz (at) example (Punkt) de – ich lese das Postfach abends. Dann schicke ich Ihnen die Vorher-Nachher-Fotos."),
(V,'account-sharing',M,'tr',{},"Ben çok meşgulüm, Upwork hesabımın şifresini size vereyim, freelancer'lara siz cevap verin benim adıma, kimse anlamaz."),
(V,'off-platform',M,'en',{},"I prefer we continue on the app with the blue circle and the white phone, I'm there every evening. Write me your number and I add you."),
(V,'payment',M,'tr',{},"Ücretin yarısını buradan, kalanını da İstanbul'a geldiğimde elden nakit vereyim, nasıl olsa yazın geliyorum."),
(V,'harassment',M,'de',{},"Sie sind eine unverschämte, faule Person. Leute wie Sie sollte man gar nicht erst ins Land lassen."),
(V,'contact-request',M,'de',{},"Schicken Sie mir bitte Ihre Telefonnummer, ich möchte Sie vor der Beauftragung einmal kurz anrufen. Nur fünf Minuten."),
(V,'feedback',M,'tr',{},"Son işi iade etmezseniz profilinize 1 yıldız ve çok kötü bir yorum bırakacağım, herkes görsün ne kadar güvenilmez olduğunuzu."),
(V,'contact-sharing',M,'en',{},"My practice is at Karl-Marx-Str. 000, 12043 Berlin, the door above the pharmacy. Come by on Friday and we sign everything there, no need for Upwork."),
(V,'off-platform',M,'tr',{},"Instagram'dan DM atın, kliniğin sayfası @dis.klinik.berlin.ornek, orada anlaşırız, buradaki mesajlar çok yavaş."),
# clean (14)
(C,'payment',M,'de',{},"Auf der Website sollen Patienten Termine buchen und eine Anzahlung für Bleaching per Kreditkarte oder PayPal leisten können. Geht das mit Doctolib zusammen?"),
(C,'contact-sharing',M,'tr',{},"Web sitesinde kliniğin adresi, telefonu ve e-postası Impressum sayfasında olmalı, Almanya'da zorunlu. Şimdilik örnek bilgiler koyun, sonra ben değiştiririm."),
(C,'off-platform',M,'en',{},"Many of our Turkish patients prefer WhatsApp for appointment reminders. Can you add a WhatsApp reminder flow to the booking system? GDPR compliant please."),
(C,'feedback',M,'de',{},"Wir haben 4,7 Sterne bei Google und Jameda. Bitte die Bewertungen auf der Startseite zeigen, aber keine Patienten bitten, Bewertungen zu ändern."),
(C,'harassment',M,'tr',{},"İlk tasarım açıkçası berbattı, kasap dükkanı gibi kırmızı. İkinci versiyon çok daha iyi, mavi tonlarda devam edelim."),
(C,'payment',M,'tr',{},"İkinci milestone'u Upwork'te fonladım. Çeviriler bitince sisteme yükleyin, onaylayıp ödemeyi serbest bırakırım."),
(C,'account-sharing',M,'de',{},"Ich lege Ihnen einen eigenen Zugang im WordPress an, Rolle Redakteur. Mein Admin-Passwort gebe ich grundsätzlich nicht weiter."),
(C,'contact-request',M,'en',{},"The patient form needs name, date of birth, insurance (gesetzlich/privat), phone, email and allergies. Please make the phone field mandatory, we call to confirm."),
(C,'harassment',M,'de',{},"Der letzte Agentur-Text war der reinste Müll, lauter Floskeln. Deshalb bin ich bei neuen Texten so streng, nehmen Sie das bitte nicht persönlich."),
(C,'off-platform',M,'tr',{},"Kusura bakmayın geç cevap verdim, bütün gün hastalar vardı. Akşam buradan detaylı yazacağım."),
(C,'feedback',M,'en',{},"The contract is finished and I'm very happy. I left you a 5-star review, well deserved. Feel free to rate me as a client too."),
(C,'account-sharing',M,'tr',{},"Google Ads hesabına sizi kendi Gmail'inizle yönetici olarak ekledim, şifre paylaşmaya gerek yok."),
(C,'payment',M,'de',{},"Die Rechnung von Upwork brauche ich für meine Steuerberaterin. Finde ich die unter Berichte oder muss ich Sie darum bitten?"),
(C,'contact-sharing',M,'en',{},"Please don't put my private mobile in the Google Business profile, only the practice number. Patients call me on Sunday otherwise."),
# allowed (5)
(A,'contact-sharing',M,'tr',{'contract':'active'},"Sözleşme başladı, artık acil durumlar için numaram: +49 30 0000 5512. Ödemeler yine Upwork üzerinden tabii."),
(A,'contact-request',M,'de',{},"Welche E-Mail nutzen Sie für Figma? Ich lade Sie in unsere Datei mit dem alten Praxis-Design ein, nur damit Sie vor dem Angebot sehen, was es gibt."),
(A,'contact-sharing',M,'de',{},"Vor dem Auftrag müssen Sie wegen Patientendaten eine Vertraulichkeitsvereinbarung unterschreiben. Im Dokument stehen meine Praxisadresse und Telefonnummer, das ist normal."),
(A,'off-platform',M,'en',{'contract':'active'},"Since the contract is running, let's have a short Zoom on Thursday at 19:00 Berlin time to go through the website texts together. I'll send the link here."),
(A,'off-platform',M,'tr',{'client':'enterprise'},"Klinik zincirimiz kurumsal (Enterprise) hesap kullanıyor; sözleşmeden önce İK ekibimiz sizi Teams üzerinden görüşmeye davet edecek."),
]
