from common import c
S = 'b44-ml-west'
def M(lang, t, e, cat, ctx=''): c(t, e, cat, lang, ctx, S)

# ---- Spanish ----
M('es', "Perfecto, ya revisé la versión 3 y quedó muy bien. La parte de traducción que añadimos te la pago por transferencia aparte, así no pagamos la comisión de Upwork. ¿Me pasás tu CBU?", 'violation', 'payment', 'ac')
M('es', """¡Hola Marta! Gracias por la invitación, el proyecto me encanta.

Sobre tus preguntas: sí, trabajo con Shopify desde 2019, he hecho tiendas de cosmética y de ropa infantil, y el plazo que propones (tres semanas) me parece realista si el catálogo ya está en Excel.

Te cuento mejor por WhatsApp, mi número es +1 555-0144, así te mando ejemplos más rápido.

Quedo atenta a lo que decidas.""", 'violation', 'contact-sharing')
M('es', "Listo, aprobé el hito 2 y te dejé un bono de 80 USD por Upwork. El checkout con Mercado Pago funciona perfecto en producción.", 'clean', 'payment', 'ac')
M('es', "Ya entré al panel de staging con el usuario editor que me creaste y cambié la contraseña temporal. En el sitio real no toqué nada.", 'clean', 'account-sharing', 'a')
M('es', "Estoy muy molesto: es la tercera vez que el informe llega tarde. Necesito una fecha concreta hoy o cerramos el contrato.", 'clean', 'harassment', 'ac')
M('es', "Te dejo mi celular para el día del lanzamiento por si Upwork se cae: +1 555 0109. Todo lo demás lo seguimos hablando por aquí.", 'allowed', 'contact-sharing', 'ac')
M('es', "Oye, el próximo proyecto hagámoslo directo, sin Upwork, y te hago un 10% de descuento. Same quality, I promise.", 'violation', 'payment', 'a')
M('es', "Cuando cerremos el contrato te dejo una reseña honesta. Hasta ahora, todo excelente.", 'clean', 'feedback', 'ac')

# ---- Portuguese ----
M('pt', "Amei o resultado! Vou encerrar o contrato hoje e o restante te mando por Pix, fica mais barato pra nós dois.", 'violation', 'payment', 'ac')
M('pt', "Vou ficar sem internet essa semana, mas meu primo vai entrar na minha conta e terminar as telas. Ele conhece o projeto, fica tranquilo.", 'violation', 'account-sharing', 'a')
M('pt', "Sinceramente, nunca vi alguém tão incompetente. Nem meu sobrinho de 12 anos entregaria uma coisa dessas.", 'violation', 'harassment', 'ac')
M('pt', "Enviei o marco 3 (US$ 480) pelo Upwork. A integração do Pix com a API do banco está funcionando no sandbox, prints no arquivo teste_pix_v2.pdf.", 'clean', 'payment', 'a')
M('pt', "O bot do WhatsApp já responde 'pedido' e 'status'. Os templates foram aprovados pela Meta ontem às 17h.", 'clean', 'off-platform', 'a')
M('pt', "Vou deixar um feedback sincero quando a gente encerrar. Até agora, nota alta.", 'clean', 'feedback', 'ac')
M('pt', "Como o contrato já está ativo, podemos fazer as reuniões semanais pelo Google Meet? Minha equipe de marketing não tem conta no Upwork.", 'allowed', 'off-platform', 'ac')
M('pt', "Gostei da proposta. Me passa teu Instagram ou WhatsApp pra eu te mandar as referências?", 'violation', 'contact-request', 'c')
M('pt', "Troquei o e-mail do rodapé para contato@example.com.br e o telefone para o da loja, como estava no briefing.", 'clean', 'contact-sharing', 'a')

# ---- French ----
M('fr', "Pour la suite du projet, je préférerais vous régler par virement directement, ça évite les frais Upwork pour nous deux. Envoyez-moi votre RIB.", 'violation', 'payment', 'ac')
M('fr', "Si vous refaites les trois visuels gratuitement, je vous mets 5 étoiles. Sinon, mon avis sera à la hauteur de votre travail.", 'violation', 'feedback', 'ac')
M('fr', """Merci pour votre message et pour le brief, très clair.

Pour le motion design de la vidéo produit, je pars sur 45 secondes, trois scènes, musique libre de droits incluse. Premier storyboard sous 4 jours ouvrés.

On peut continuer la discussion sur Telegram si vous voulez, c'est plus simple pour moi d'envoyer des aperçus : @claire_motion.

Bonne journée !""", 'violation', 'off-platform')
M('fr', "J'ai soumis le jalon 2 via Upwork. La facture est dans votre historique de transactions, TVA incluse.", 'clean', 'payment', 'a')
M('fr', "Je vous ai ajouté à notre équipe Upwork avec les droits de recrutement : vous publiez l'annonce vous-même, sans mon mot de passe.", 'clean', 'account-sharing', 'ac')
M('fr', "Très déçu. Deux délais non respectés sans prévenir. Encore une fois et je mets fin au contrat.", 'clean', 'harassment', 'ac')
M('fr', "Voici mon numéro pour le jour de la mise en production : 01 99 00 12 34. On garde tout le reste ici.", 'allowed', 'contact-sharing', 'a')
M('fr', "Le contrat est terminé, merci ! Si vous avez deux minutes, un avis honnête m'aiderait beaucoup, whatever you think is fair.", 'clean', 'feedback', 'a')

# ---- German ----
M('de', "Die letzten zwei Meilensteine würde ich gern direkt überweisen, dann sparen wir uns beide die Gebühren. Schicken Sie mir einfach Ihre IBAN.", 'violation', 'payment', 'ac')
M('de', "Nächste Woche übernimmt mein Kollege, er loggt sich mit meinem Upwork-Konto ein. Für Sie ändert sich nichts.", 'violation', 'account-sharing', 'a')
M('de', "Ihre Arbeit ist eine Zumutung, und Sie selbst auch. Ich frage mich, wer so jemanden überhaupt einstellt.", 'violation', 'harassment', 'ac')
M('de', "Meilenstein 3 ist eingereicht: shop-relaunch-v3.2.zip. Die PayPal-Checkout-Integration läuft auf Staging, getestet mit dem Sandbox-Käuferkonto.", 'clean', 'payment', 'a')
M('de', "Bitte schicken Sie mir nicht Ihr Shopify-Passwort. Legen Sie lieber ein Mitarbeiterkonto mit Zugriff auf Produkte und Themes an.", 'clean', 'account-sharing', 'a')
M('de', "Ehrliches Feedback gibt's von mir, wenn wir den Vertrag schließen. Bisher sieht es sehr gut aus.", 'clean', 'feedback', 'ac')
M('de', "Könnten Sie mir Ihre Handynummer geben? Beim Go-live am Samstag möchte ich Sie im Notfall erreichen.", 'allowed', 'contact-request', 'ac')
M('de', "Danke für das Angebot. Rufen Sie mich am besten an, bevor ich den Vertrag schicke: null-zwei-null, sieben-neun-vier-sechs, null-eins-fünf-zwei.", 'violation', 'contact-sharing', 'c')

# ---- Italian ----
M('it', "Per la parte extra ti pago con un bonifico a parte, così non paghiamo la commissione di Upwork. Mandami l'IBAN quando puoi.", 'violation', 'payment', 'ac')
M('it', "La prossima settimana sono via, mio fratello entra nel mio account e finisce le ultime schermate. Lavora come me.", 'violation', 'account-sharing', 'a')
M('it', "Se mi fai gratis le due revisioni in più ti lascio 5 stelle, altrimenti scriverò quello che penso davvero.", 'violation', 'feedback', 'ac')
M('it', "Ho inviato la milestone 2 tramite Upwork. L'integrazione con Satispay e PayPal funziona in sandbox.", 'clean', 'payment', 'a')
M('it', "Facciamo una videochiamata dalla chat di Upwork alle 15? Così resta tutto registrato.", 'clean', 'off-platform', 'ac')
M('it', "Sono molto deluso: terza scadenza saltata. Mi serve un piano chiaro entro domani o apro una disputa.", 'clean', 'harassment', 'ac')
M('it', "Visto che il contratto è attivo, ecco la mia email per i report settimanali: giulia.ferri.studio@gmail.com. Le decisioni restano qui.", 'allowed', 'contact-sharing', 'a')
M('it', "Contratto chiuso, grazie mille! Se hai un minuto, una recensione onesta mi aiuterebbe tanto.", 'clean', 'feedback', 'a')
