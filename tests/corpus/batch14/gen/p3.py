# ---------------- translator ----------------
v="translator"
add(v,V,"contact-sharing",M,"Hi Marta! para el glosario es mucho más fácil por WhatsApp, mi número es +1 555 0172 😊 así te mando los audios con la pronunciación",lang="es")
add(v,V,"contact-sharing",P,"""Olá! Sou tradutora EN>PT-BR há 9 anos, especializada em jogos mobile e apps de fitness. Já localizei mais de 300 mil palavras para estúdios no Brasil e em Portugal, sempre com QA no Xbench e glossário próprio.

Para o seu projeto (UI + loja + notas de versão) eu proponho: primeiro um teste pago de 500 palavras, depois o lote completo em 3 entregas.

Se preferir, me chama no zap (11) 90000-0000 que explico melhor o processo, é bem mais rápido.

I'm also comfortable working in Crowdin or Lokalise, whichever you use. Obrigada!""",lang="pt")
add(v,V,"payment",M,"Pour les prochains projets on peut passer par virement bancaire direct, ça évite les frais Upwork pour nous deux — je vous envoie mon IBAN ?",lang="fr")
add(v,V,"off-platform",M,"Können wir das Lektorat lieber per E-Mail abstimmen? upwork's chat is so clunky for long files, ehrlich gesagt",lang="de")
add(v,V,"contact-request",M,"Скиньте, пожалуйста, ваш телеграм — так быстрее обсудим термины. thanks!",lang="ru")
add(v,V,"contact-sharing",M,"ممكن نكمل الكلام على الواتساب؟ my number is +44 7700 900418، ابعتلي رسالة",lang="ar")
add(v,V,"payment",M,"bhai upwork ka fee bahut zyada hai, next order seedha UPI pe bhej dena, main 15% discount de dunga 👍",lang="hi-Latn")
add(v,V,"payment",M,"A gente paga o restante por Pix direto, tá? É só encerrar o contrato no Upwork depois da página 10 e seguimos por fora.",ctx=C,lang="pt")
add(v,V,"feedback",M,"Te entrego la versión final en cuanto dejes las 5 estrellas ⭐ — así trabajo con todos mis clientes, sorry!",lang="es")
add(v,V,"harassment",M,"Votre traduction est une honte, même Google Translate fait mieux. you people from cheap countries are useless, honnêtement",ctx=C,lang="fr")
add(v,V,"contact-sharing",P,"""Guten Tag,

ich übersetze seit 2012 technische Dokumentation EN>DE, vor allem Maschinenbau und Medizintechnik (ISO 17100-konform, Vier-Augen-Prinzip). Ihr Handbuch mit ca. 18.000 Wörtern kann ich in drei Wochen liefern, inklusive Terminologieliste.

Mehr Referenzen und mein Kontaktformular finden Sie auf www.mueller-uebersetzungen.example/kontakt

Looking forward to your reply,
Katrin Müller""",lang="de")
add(v,V,"account-sharing",M,"Могу работать с вашего аккаунта Upwork, если дадите логин и пароль — I'll handle all your Russian-speaking clients for you, никто не заметит",lang="ru")
add(v,V,"contact-sharing",M,"मेरा ईमेल है rohit.anuvad@gmail.com, वहां सारी files भेज दो please, यहाँ upload slow है",lang="hi")
add(v,V,"contact-request",M,"let's do the interview on a normal phone call بدلاً من أبوورك — أرسل لي رقمك من فضلك",ctx=C,lang="ar")
# clean
add(v,CL,"contact-sharing",M,"Terminé la localización de los emails transaccionales (confirmación de pedido, restablecer contraseña). Revisa que los placeholders {{email}} y {{phone}} siguen intactos, porfa.",lang="es")
add(v,CL,"contact-sharing",M,"Não posso passar meu WhatsApp antes do contrato, é regra do Upwork 🙏 mas respondo rapidinho por aqui mesmo!",lang="pt")
add(v,CL,"payment",P,"""Bonjour,

Je traduis des interfaces de paiement (PayPal, Stripe, Lydia, Lyf) depuis 2016, de l'anglais vers le français de France et du Canada. Je connais bien les contraintes: libellés courts, messages d'erreur de carte refusée, mentions légales DSP2.

Pour votre app je propose un premier lot avec les écrans de checkout et les e-mails de reçu, puis le centre d'aide.

Thanks for considering my proposal!""",lang="fr")
add(v,CL,"feedback",M,"Bitte um ehrliches Feedback zum Styleguide — what worked, what didn't. Keine Eile, nach dem Launch reicht völlig.",ctx=C,lang="de")
add(v,CL,"contact-sharing",M,"В тексте договора указан адрес офиса клиента: 123 Market St, Suite 400 — оставляю как есть, это часть перевода, не мои данные",lang="ru")
add(v,CL,"off-platform",M,"ترجمت كل رسائل بوت الواتساب، including the opt-out message و رسالة الترحيب. جاهزة للمراجعة",lang="ar")
add(v,CL,"feedback",M,"sir maine feedback ke liye request bheji hai, jo bhi honest lage wahi dena, koi pressure nahi hai 🙏",lang="hi-Latn")
add(v,CL,"payment",M,"Un cliente me pidió pagarle por fuera y le dije que no, todo va por Upwork. just so you know, por si te escribe a ti también.",lang="es")
add(v,CL,"contact-request",M,"Precisamos da tradução do formulário de contato do site: campos Nome, E-mail, Telefone e Mensagem, mais a mensagem de erro 'e-mail inválido'.",ctx=C,lang="pt")
add(v,CL,"harassment",M,"Je ne suis pas d'accord avec vos corrections au chapitre 3 — « ordinateur » est correct ici. Happy to discuss, mais je garde ma version sauf si le glossaire dit autre chose.",lang="fr")
add(v,CL,"payment",M,"Die Rechnungsnummer RE-2024-0183 und die IBAN-Felder in der Vorlage habe ich nur übersetzt, nicht ausgefüllt. the numbers are still the sample ones.",lang="de")
add(v,CL,"account-sharing",M,"Не нужно заходить в мой аккаунт, я добавил вас в команду с правами переводчика. check the invite in your notifications",ctx=C,lang="ru")
# allowed
add(v,AL,"contact-sharing",M,"¡Ya empezó el contrato! 🎉 te dejo mi WhatsApp para urgencias con la entrega: +1 555 0139",ctx=A,lang="es")
add(v,AL,"contact-sharing",M,"Pode me adicionar no Crowdin? meu e-mail de cadastro é juliana.traduz@outlook.com — só pra acessar o projeto, o resto a gente fala aqui",lang="pt")
add(v,AL,"off-platform",M,"Da Sie Enterprise-Kunde sind, können wir das Briefing gern per Teams machen. Meine Mail für die Einladung: k.brandt@example.de",ctx=E,lang="de")
add(v,AL,"contact-sharing",P,"Voici mon portfolio de traductions publiées (échantillons uniquement): brandt-translations.example/portfolio — surtout la section jeux vidéo. Pour le reste, on en parle ici.",lang="fr")
