from common import c
ZW='\u200b'
# evader extras
c('evader','violation','contact-sharing','proposal', "Hola! Soy desarrollador React Native con 6 años de experiencia. Para tu app de reservas propongo Expo + Supabase, notificaciones push y pagos con Stripe. Si quieres ver demos en video, búscame en la red del pajarito azul como @dev_rodri_mx, ahí están fijadas. Puedo empezar el lunes y entregar el MVP en 4 semanas.", lang='es')
c('evader','violation','contact-sharing','message', f"mój mail: k.zielinska{ZW}@{ZW}o2{ZW}.pl — napisz tam, tu mi ucina wiadomości", lang='pl')
c('evader','violation','off-platform','message', "Давайте продолжим в телеге, тут неудобно. Ник такой же как здесь, только с подчёркиванием в конце 😉", lang='ru')
c('evader','allowed','contact-sharing','message', "Contrato iniciado ✅ agora posso passar: meu WhatsApp é +55 11 5555-0142, me chama se o servidor cair.", lang='pt', contract='active')
c('evader','clean','contact-sharing','message', "Ya terminé el filtro que pediste: detecta correos escritos como 'nombre arroba dominio punto com' y números de teléfono con espacios, para tu sistema de moderación del foro. Hay 120 casos de prueba.", lang='es')
# smallbiz extras
c('smallbiz','allowed','off-platform','message', "Nuestra clínica tiene cuenta Enterprise en Upwork, así que podemos hablar por teléfono antes del contrato. Llámame al consultorio, 555-0181, de 9 a 14h.", lang='es', role='client', client='enterprise')
c('smallbiz','clean','contact-sharing','message', "Pour la page Contact du site, mettez l'adresse de la boulangerie : 8 rue des Lilas, 69003 Lyon, et le téléphone du magasin 04 00 00 00 00 (c'est le numéro public).", lang='fr', role='client')
c('smallbiz','violation','payment','message', "Jeśli zgodzisz się, zapłacę ci BLIKIEM na telefon, bez tej prowizji Upworka. Projekt menu jest mały, więc szkoda oddawać procent.", lang='pl', role='client')
c('smallbiz','allowed','contact-sharing','message', "Our property management company is an Enterprise client here, so go ahead and email the mockups to leasing@maplegrove-example.com as well. The owners like to print them.", role='client', client='enterprise')
c('smallbiz','clean','payment','message', "The checkout on my site should accept Zelle and Venmo from customers as well as cards. Can Square do that or do we need another plugin?", role='client')
# paydev extras
c('paydev','clean','payment','proposal', "Hallo! Ich habe bereits SEPA-Lastschrift und Sofort über Stripe sowie PayPal Checkout in Shopware integriert. Für Ihren Shop würde ich Webhooks für payment_intent.succeeded und charge.dispute.created einrichten, Rechnungs-PDFs mit fortlaufender Nummer erzeugen und alles in einer Staging-Umgebung testen. Kommunikation gerne hier über Upwork.", lang='de')
c('paydev','allowed','contact-sharing','message', "Für den Zugriff auf das GitLab-Repository: meine E-Mail ist f.wagner.dev@example.de – bitte nur für die Einladung, der Rest läuft hier.", lang='de')
c('paydev','violation','payment','message', "O milestone 3 (integração Pix + boletos) está pronto no staging. Pro milestone 4 a gente pode fazer por fora, você me paga via Pix direto e eu dou 10% de desconto. O que acha?", lang='pt')
c('paydev','clean','contact-sharing','message', "Validación de RUT/CUIT y teléfonos: los móviles argentinos llegan como '11 5555-0123' o '+54 9 11 5555 0123', ahora los normalizamos a E.164 antes de guardar.", lang='es')
c('paydev','allowed','off-platform','message', "Contract started, thanks! I've created a private Slack channel for the payment migration, invite sent to the email you gave in the contract room. Milestone approvals still here.", contract='active', role='freelancer')
# review extras
c('review','violation','feedback','message', "Si me dejas 5 estrellas te devuelvo el 20% del pago por fuera, nadie se entera 😉", lang='es')
c('review','clean','feedback','message', "Merci pour la collaboration ! Si vous avez un moment en clôturant le contrat, un avis sincère m'aiderait beaucoup.", lang='fr')
c('review','clean','feedback','proposal', "Hi Jenna — I read your post twice and the part about previous editors 'disappearing after delivery' stood out. I don't do that: you get all raw files, project files and exports in the contract room on the delivery day, review or no review. For your YouTube channel I'd do jump-cut editing, captions, color pass and 3 thumbnail options per video. Turnaround 48h.")
c('review','allowed','contact-sharing','message', "Kontrak sudah aktif, jadi ini email saya untuk kirim file besar: rina.editor@example.id. Terima kasih!", lang='id', contract='active')
c('review','violation','feedback','message', "Ye last revision tab hi bhejunga jab aap review likh doge, pehle bhi ek client bhaag gaya tha 😒", lang='hi-Latn')
# disgruntled extras
c('disgruntled','violation','harassment','message', "Você é uma incompetente. Mulher não devia mexer com programação, volta pra cozinha.", lang='pt', role='client')
c('disgruntled','clean','harassment','message', "Estoy muy molesto: la entrega llegó tarde y con errores. Aun así te pido que lo arregles antes del viernes, y hablamos por aquí del reembolso si no se puede.", lang='es', role='client')
c('disgruntled','violation','feedback','message', "Wenn du mir nicht die Hälfte zurückzahlst, bekommst du eine Ein-Sterne-Bewertung. So einfach ist das.", lang='de', role='client')
c('disgruntled','allowed','contact-sharing','message', "Our company's on Upwork Enterprise, so feel free to reach our QA lead directly about the failed tests: +1 (555) 014-3390. She has the full list.", role='client', client='enterprise')
c('disgruntled','clean','feedback','message', "Le daré 3 estrellas porque el trabajo se entregó, pero con muchos retrasos. Lo explicaré con respeto en el comentario.", lang='es', role='client')
# renter extras
c('renter','violation','account-sharing','message', "Cherchons des personnes en France pour ouvrir un compte Upwork à leur nom. Nous travaillons dessus, vous touchez 200 € par mois sans rien faire.", lang='fr', role='client')
c('renter','clean','account-sharing','message', "Non merci. Je ne prête pas mon compte et je ne fais pas de vérification d'identité pour quelqu'un d'autre.", lang='fr')
c('renter','violation','account-sharing','message', "Sir mera account band ho gaya hai, kya aap apne account se bid laga sakte ho mere liye? Kaam main karunga, paisa aadha aadha.", lang='hi-Latn')
c('renter','clean','account-sharing','message', "Nie, nie wynajmę swojego konta. To łamie regulamin Upworka i mogę stracić wszystko.", lang='pl')
c('renter','allowed','contact-sharing','message', "We're an Enterprise client, so our HR will email you the background check form before the offer: talent@keystone-example.com. Please use your real legal name on it.", role='client', client='enterprise')
# agency extras
c('agency','allowed','contact-sharing','message', "Adjunto el NDA firmado por nuestra agencia. Incluye la dirección fiscal (Calle Ficticia 12, Valencia) y el correo de contacto legal, como pide su departamento jurídico.", lang='es')
c('agency','violation','off-platform','proposal', "Olá Marcos! Somos uma agência de 9 pessoas especializada em WordPress e WooCommerce. Já migramos mais de 50 lojas sem perder SEO. Para alinharmos o escopo, sugiro criarmos um grupo no WhatsApp com você e o nosso gerente de projetos antes de fechar o contrato, fica mais ágil. O prazo estimado é de 5 semanas.", lang='pt')
c('agency','allowed','off-platform','message', "Since Keystone is an Enterprise client, we've scheduled the pre-contract architecture review on Zoom for Tuesday. Our tech lead's email is on the invite.", client='enterprise')
c('agency','clean','off-platform','message', "Ci teniamo a tenere tutta la comunicazione qui su Upwork finché il contratto non parte. Poi, se preferite, possiamo usare Slack.", lang='it')
c('agency','allowed','contact-request','message', "The contract is active now — could you send me the emails of your marketing team? I'll add them to our Asana project and the shared Slack channel.", contract='active')
# newcomer extras
c('newcomer','allowed','contact-sharing','proposal', "Hola, soy nueva en Upwork pero llevo 3 años como traductora EN-ES. Mi portafolio con muestras está en proz-example.com/portfolio/lucia-mendez-traducciones (solo muestras). Puedo hacer una prueba de 200 palabras gratis aquí mismo.", lang='es')
c('newcomer','violation','contact-request','message', "Boa tarde! Sou nova aqui. Você poderia me passar seu Instagram ou e-mail pra eu mandar meu portfólio? Aqui não consigo anexar PDF grande.", lang='pt')
c('newcomer','clean','contact-request','message', "Apakah boleh saya kirim link portofolio di proposal? Saya baru di Upwork dan tidak mau melanggar aturan.", lang='id')
c('newcomer','allowed','contact-request','message', "Since the contract started, is it ok if I ask for your email? I need it to share the Canva team folder with the designs.", contract='active')
c('newcomer','clean','payment','message', "I'm a new client here. Do I pay the freelancer directly or does Upwork hold the money? I just want to do it the right way.", role='client')
c('newcomer','violation','off-platform','message', "Hi! first time hiring on here. Could we continue this on Facebook Messenger? I check it way more often than this app", role='client')
c('newcomer','clean','off-platform','message', "New client here 👋 is there a way to do a voice call inside Upwork, or do we just message? I'm fine either way.", role='client')
