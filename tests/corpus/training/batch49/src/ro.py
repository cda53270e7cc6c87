from common import c as _c
def c(*a, **k): _c(*a, lang="ro", **k)
V, C, A = "violation", "clean", "allowed"
CS, CR, OP, PAY, FB, ACC, HAR = "contact-sharing", "contact-request", "off-platform", "payment", "feedback", "account-sharing", "harassment"
ACT = {"contract": "active"}; ENT = {"client": "enterprise"}

# ---------- violations ----------
c(V, CS, "ro-trad", """Bună ziua, domnule Mihai,

Am citit cu atenție anunțul dumneavoastră pentru subtitrarea celor 12 tururi virtuale ale apartamentelor din portofoliul agenției. Mă numesc Ioana, sunt traducătoare autorizată engleză–română din Iași și lucrez de opt ani cu subtitrări pentru reclame, documentare și prezentări imobiliare.

Ce vă propun:
• transcriere și subtitrare în română și engleză, sincronizate la cadru;
• verificarea terminologiei (suprafață utilă, compartimentare, cadastru) ca să nu apară greșeli de sens;
• fișiere SRT și o versiune cu subtitrări arse, gata de urcat pe YouTube.

Pentru o discuție mai rapidă, îmi puteți scrie și pe WhatsApp la 0700 000 147, de obicei răspund în câteva minute.

Pot livra primele trei clipuri în 48 de ore, ca să vedeți stilul înainte de a continua. Vă mulțumesc pentru timpul acordat!

Cu stimă,
Ioana""", surface="proposal")
c(V, CS, "ro-imob", "Numarul meu e 0700 000 258, da-mi un mesaj pe whatsapp cand vezi asta")
c(V, CS, "ro-trad", "mailul meu: ioana punct subtitrari arond gmail punct com, scris legat")
c(V, CS, "ro-trad", "Pe Telegram mă găsiți ca @ioana_subs_ro, acolo văd mesajele imediat.")
c(V, CS, "ro-imob", "Biroul nostru e pe Strada Exemplului nr. 10, sector 1. Treci maine pe la noi sa vorbim fata in fata.")
c(V, CS, "ro-trad", "Căutați-mă pe Facebook, pagina «Ioana Subtitrări Iași», acolo răspund cel mai repede.")

c(V, CR, "ro-imob", "Da-mi un numar de telefon sa te sun, ca nu am rabdare sa scriu atata.")
c(V, CR, "ro-trad", "Îmi puteți lăsa adresa de e-mail? Vă trimit oferta detaliată în PDF.")
c(V, CR, "ro-imob", "Ai whatsapp? Trimite-mi nr")
c(V, CR, "ro-trad", "Lăsați-mi un număr de contact în răspuns și vă sun eu pentru detalii despre termen.", surface="proposal")
c(V, CR, "ro-imob", "Ce id ai pe Telegram? sa-ti trimit clipurile acolo ca aici nu merg fisierele mari")

c(V, OP, "ro-imob", "Hai sa vorbim pe privat, nu aici pe Upwork.")
c(V, OP, "ro-trad", "Putem continua discuția în afara platformei? Ar fi mai simplu pentru amândoi.")
c(V, OP, "ro-imob", "Facem un call pe Messenger diseara? E mai rapid decat aici.")
c(V, OP, "ro-trad", "Hai să mutăm discuția pe un canal mai discret, unde nu ne mai citește nimeni 😉")
c(V, OP, "ro-imob", "Lasa platforma asta, vorbim direct pe whatsapp si gata, nu ma complic.")

c(V, PAY, "ro-imob", "Iti dau banii pe Revolut, e instant si nu mai platim comisionul la Upwork.")
c(V, PAY, "ro-trad", "Transferul îl puteți face în contul RO00 BANK 0000 1234 5678 9000, titular Ioana P. Vă trimit factura separat.")
c(V, PAY, "ro-imob", "Platesc cash cand vii la birou, nu-mi place sa dau bani prin platforme.")
c(V, PAY, "ro-trad", "Pentru proiectele viitoare putem lucra direct, fără Upwork, și vă fac 10% reducere.")
c(V, PAY, "ro-imob", "Prima transa o facem pe Upwork ca sa fie ok, restul iti fac transfer bancar.")
c(V, PAY, "ro-trad", "Imi puteti trimite banii direct pe card, prin George, e mai simplu si fara comision.")

c(V, FB, "ro-trad", "Fișierele SRT finale vi le trimit după ce lăsați recenzia de 5 stele.")
c(V, FB, "ro-imob", "Daca nu-mi dai banii inapoi iti las un review de o stea si scriu tot ce ai facut.")
c(V, FB, "ro-trad", "Dacă îmi lăsați un feedback excelent, următoarea traducere v-o fac gratis.")
c(V, FB, "ro-imob", "Mai fa-mi inca 3 clipuri gratis sau vezi ce feedback primesti.")

c(V, ACC, "ro-trad", "Contul meu de Upwork îl folosește și o colegă; ea răspunde la mesaje când eu sunt în concediu.")
c(V, ACC, "ro-imob", "Iti dau userul si parola de la contul meu de Upwork, posteaza tu jobul ca eu nu ma descurc.")
c(V, ACC, "ro-trad", "Vând cont Upwork verificat, Top Rated, peste 2000$ câștigați. Cine e interesat, scrieți-mi.")
c(V, ACC, "ro-imob", "Vrei sa faci verificarea de identitate pentru un prieten de-al meu? Iti dau 100 de lei, e doar un video de 2 minute cu buletinul tau.")

c(V, HAR, "ro-imob", "Esti cel mai slab traducator cu care am lucrat, nici Google Translate nu greseste atat.")
c(V, HAR, "ro-trad", "Cu așa buget nu găsiți traducători, găsiți doar amatori ca dumneavoastră.")
c(V, HAR, "ro-imob", "Toti moldovenii lucrati asa incet sau doar tu?")
c(V, HAR, "ro-imob", "Stiu unde stai in Iasi. Daca nu termini pana vineri, o sa-ti para rau.")
c(V, HAR, "ro-trad", "Sincer, n-am mai întâlnit un client atât de incapabil să explice ce vrea.")

# ---------- clean ----------
c(C, CS, "ro-imob", "Formularul de contact de pe site trebuie sa aiba camp pentru telefon si email, plus bifa de GDPR.")
c(C, CS, "ro-trad", """Bună ziua,

Am tradus peste 300 de newslettere și campanii de e-mail marketing pentru magazine online din România și Republica Moldova. Lucrez direct în Mailchimp și Brevo, așa că pot adapta și subiectul, și textul de previzualizare, nu doar corpul mesajului.

Pentru agenția dumneavoastră aș începe cu mesajul de bun venit pentru cei care se abonează la alerte de apartamente noi și cu notificarea de scădere de preț. Toată comunicarea și livrarea rămân aici, pe Upwork.

Cu stimă,
Ioana""", surface="proposal")
c(C, CS, "ro-trad", "În reclamă apare numărul de telefon al agenției pe ecran (0800 000 000). Îl las netradus în subtitrare, e identic cu originalul.")
c(C, CS, "ro-imob", "Adresa din anunturile de apartamente trebuie scrisa fara numarul blocului, din motive de siguranta.")
c(C, CS, "ro-trad", "Nu vă pot da numărul meu înainte de contract, regulile Upwork nu permit. Scrieți-mi aici oricând.")

c(C, CR, "ro-imob", "Nu cere clientilor numarul de telefon in primul mesaj, ii sperie. Intai pozele, apoi datele.")
c(C, CR, "ro-trad", "Un client mi-a cerut ieri WhatsApp-ul; i-am spus politicos că discutăm doar pe Upwork până la contract.")
c(C, CR, "ro-trad", "Nu e nevoie să-mi dați e-mailul, încărcați fișierele aici în chat și le descarc eu.")
c(C, CR, "ro-imob", "Cum e mai bine sa raspundem la lead-uri: pe email sau telefonic? Ce recomanzi din experienta ta?")

c(C, OP, "ro-trad", "Am subtitrat și campanii video pentru TikTok și Instagram, inclusiv formate verticale cu text mare.", surface="proposal")
c(C, OP, "ro-trad", "Prefer să rămânem pe Upwork pentru toată comunicarea, e mai sigur pentru amândoi.")
c(C, OP, "ro-imob", "Putem face apelul video direct din Upwork? Unde e butonul, ca nu-l gasesc pe telefon.")
c(C, OP, "ro-imob", "Vrem un buton de WhatsApp pe site, ca sa ne scrie clientii direct pentru vizionari.")

c(C, PAY, "ro-imob", "Am aprobat milestone-ul, banii ar trebui sa-ti apara in cateva zile.")
c(C, PAY, "ro-trad", "Cineva mi-a propus să mă plătească pe Revolut, în afara Upwork. Am refuzat și l-am raportat.")
c(C, PAY, "ro-trad", "Am tradus pagina de termeni și condiții pentru plata cu cardul, ramburs și transfer bancar a unui magazin online de mobilă.", surface="proposal")
c(C, PAY, "ro-imob", "Factura o primesc de la Upwork sau trebuie sa emiti tu una separat? Contabila intreaba.")
c(C, PAY, "ro-trad", "Atenție, colegi: dacă cineva vă cere să plătiți în avans pe card, în afara platformei, pentru un «test», e țeapă. Plătiți și încasați doar prin Upwork.")
c(C, PAY, "ro-trad", "Tariful meu este 0,08 € pe cuvânt, plătit prin Upwork pe milestone-uri.")

c(C, FB, "ro-trad", "Vă mulțumesc pentru colaborare! Dacă aveți un minut, un feedback sincer m-ar ajuta mult.")
c(C, FB, "ro-imob", "Am citit recenziile tale, toti spun ca esti punctuala. Iti trimit oferta acum.")
c(C, FB, "ro-imob", "Poti sa pui pe site recenziile de pe Google ale agentiei, cu stelute?")
c(C, FB, "ro-trad", "Nu vă simțiți obligat să lăsați review, serios. Important e să iasă bine subtitrările.")

c(C, ACC, "ro-imob", "Te adaug ca utilizator pe platforma noastra de anunturi, nu-ti dau parola mea.")
c(C, ACC, "ro-trad", "Vă rog nu-mi trimiteți parole în chat. Creați-mi un cont de editor în WordPress și gata.")
c(C, ACC, "ro-trad", "Upwork mi-a cerut azi verificarea identității; am făcut-o, deci pot începe mâine dimineață.")
c(C, ACC, "ro-imob", "Am uitat parola de la Upwork, dar am resetat-o, gata. Scuze de intarziere.")

c(C, HAR, "ro-imob", "Sincer, sunt dezamagit de varianta asta, nu suna natural. Hai sa o refacem impreuna.")
c(C, HAR, "ro-trad", "Un client mi-a scris niște jigniri; cum îl raportez la Upwork?")
c(C, HAR, "ro-imob", "Esti o bomba! Ai terminat in 2 zile, beton!")
c(C, HAR, "ro-trad", "În film personajul spune «ești un idiot». Păstrez așa în subtitrare sau îndulcesc pentru public?")

# ---------- allowed ----------
c(A, CS, "ro-trad", "Acum că am început contractul, vă las numărul meu: 0700 000 147, pentru urgențe la filmare.", ctx=ACT)
c(A, CS, "ro-trad", "Adresa pentru accesul la folderul din Google Drive: ioana.subtitrari@gmail.com — doar ca să-mi dați drept de editare.")
c(A, CS, "ro-trad", "Conform cererii departamentului de achiziții, datele mele de contact sunt ioana@traduceri.example.ro și 0700 000 147.", ctx=ENT)
c(A, CS, "ro-trad", "Am completat acordul de confidențialitate cu adresa mea din Iași și e-mailul, l-am semnat și l-am atașat aici.")
c(A, CS, "ro-trad", "Mostre de subtitrări găsiți în portofoliul meu de pe Vimeo: vimeo.com/ioanasubs-exemplu (doar clipuri, fără date de contact).", surface="proposal", doubt="portfolio on Vimeo: README allows a portfolio outside Upwork; the other Help article forbids third-party profile links")
c(A, CR, "ro-imob", "Acum ca avem contract, da-mi te rog un telefon, sa te sune colegul pentru programarea filmarilor.", ctx=ACT)
c(A, CR, "ro-imob", "Ce email folosesti pentru Trello? Sa te adaug pe board-ul cu clipurile.")
c(A, CR, "ro-imob", "Pentru onboarding-ul furnizorilor avem nevoie de email si telefon, conform procedurii interne.", ctx=ENT)
c(A, OP, "ro-trad", "Contractul e activ, deci ne putem coordona pe WhatsApp pentru livrări; plata rămâne pe Upwork.", ctx=ACT)
c(A, OP, "ro-trad", "Desigur, interviul îl putem face pe Microsoft Teams-ul companiei dumneavoastră.", ctx=ENT)
c(A, OP, "ro-imob", "Avem contract acum, hai pe Telegram pentru poze, e mai rapid.", ctx=ACT)
c(A, OP, "ro-imob", "Fiind cont enterprise, va invitam la un interviu pe Zoom-ul nostru intern. Linkul vine pe mail.", ctx=ENT)
c(V, FB, "ro-trad", """Bună seara, domnule Mihai,

Am terminat toate cele 12 clipuri. Am verificat încă o dată termenii tehnici (suprafață construită, parcare subterană, finisaje premium) și am sincronizat subtitrările englezești cu vocea din off, care era puțin mai rapidă decât cea românească.

Vă trimit linkul de descărcare pentru toate fișierele imediat ce apare recenzia de 5 stele în profilul meu; altfel nu le pot elibera.

Dacă mai aveți nevoie de versiuni pentru Instagram, le pot face în format vertical până luni.

Cu stimă,
Ioana""", ctx=ACT)
c(C, CR, "ro-trad", "Mesajul automat pentru lead-uri: «Mulțumim! Un agent vă va suna în 24 de ore la numărul lăsat în formular.» Sună natural așa sau îl fac mai cald?")
