from common import *

# V3 Porto handmade-ceramics e-shop owner (client), European Portuguese
c = voice("v53-porto-ceramics", "client")
c(V, CS, "pt", "Olá Ana, gostei muito da sua proposta. Para ser mais prático ligue-me para o telemóvel 910 000 142 depois das 18h, durante o dia estou no forno com as peças")
c(V, CR, "en", "can you leave me your personal email? I want to send you the catalogue in PDF and some old photos, this here is not very practical")
c(V, OP, "pt", "Sinceramente prefiro falar por Zoom, sou de outra geração. Marque uma hora e eu envio o link da minha conta")
c(V, PAY, "pt", "Se não se importar pago por MB Way ou transferência, é mais simples para mim e assim nenhuma de nós paga as taxas da plataforma")
c(V, PAY, "en", "For the product photos can we do half here and half by bank transfer? My accountant says it is easier for the fatura if you send me an invoice directly")
c(V, FB, "pt", "Se não refizer as 60 fotos com fundo branco sem cobrar, vou deixar uma avaliação a dizer exatamente o que aconteceu. Pense bem.", contract=ACT)
c(V, FB, "en", "Give me the extra 10 product descriptions for free and I will give you the 5 stars, otherwise 2 stars. Its fair, you were late", contract=ACT)
c(V, AS, "pt", "A minha sobrinha vai usar a minha conta do Upwork para falar consigo enquanto eu estou na feira em Lisboa, ela tem a palavra-passe")
c(V, AS, "en", "Can you log in to my Upwork as me and approve the milestone for the other freelancer? I dont understand these buttons, I send you email and password")
c(V, HAR, "en", "This is a disgrace. A child would do better. I don't know how you still have clients with this rubbish work", contract=ACT)
c(V, HAR, "en", "Honestly you people from agencies are all liars and thieves. Don't talk to me about 'scope', just do what I pay for", contract=ACT)
c(V, CS, "pt", "Estamos na Rua das Flores, número 00, Porto, ao pé da Ribeira. Se quiser passar cá para fotografar as peças ao vivo é só aparecer, fico lá até às 19h")
c(V, CR, "en", "Do you have a Linkedin? I want to see who you worked for before. Send me the link please")
c(V, OP, "en", """Hello Tiago,
Thank you for your proposal for the Shopify migration. We are a small studio in Porto, three people, we make tableware and tiles by hand, and we sell in Portugal, Germany and a bit in the US. The current shop is on WooCommerce and it is slow and the stock never matches.
Things I need: migration of 240 products with variants (colour, size), the reviews from the old shop, the customer accounts if possible, and the integration with CTT for shipping labels.
My husband does the accounting and he wants to speak with you also, better we do a call on WhatsApp this week, he doesn't use Upwork.
Best regards, Maria do Céu""")
c(V, OP, "en", "Lets continue the conversation by email, my inbox is more organised than this chat. I will tell you the address after")
c(V, PAY, "pt", "Para os próximos trabalhos podemos fazer diretamente, sem Upwork. Já confio em si e fica mais barato para as duas", contract=ACT)
c(V, CR, "pt", "Qual é o seu número? É mais rápido mandar-lhe uma mensagem quando a encomenda chegar ao estúdio")
c(V, FB, "pt", "Vou deixar só 3 estrelas se não me devolver metade do valor. Os textos estavam cheios de erros de brasileiro", contract=ACT)
c(V, CS, "en", "my instagram is where I answer faster, look for porto.barro.studio, send me a DM there and we talk")
# clean
c(C, PAY, "pt", "O pagamento do primeiro milestone já está em escrow. Quando terminar as fotos das canecas, submeta e eu aprovo logo", contract=ACT)
c(C, PAY, "en", "The shop must accept MB Way, Multibanco references and cards. Is there a Shopify app for Multibanco that you trust?", contract=ACT)
c(C, CS, "pt", "No rodapé da loja ponha a nossa morada e o telefone fixo do estúdio, está tudo no documento 'contactos_loja.docx' que enviei", contract=ACT)
c(C, FB, "en", "I already left the review, 5 stars and a big comment. It was a pleasure, really", contract=ACT)
c(C, FB, "en", "Can you import the 312 customer reviews from the old shop? Judge.me or Loox, whatever keeps the photos of the clients", contract=ACT)
c(C, AS, "pt", "Criei-lhe uma conta de staff na Shopify com o seu email do Upwork, não precisa da minha palavra-passe. Veja se recebeu o convite", contract=ACT)
c(C, HAR, "en", "Sorry for my tone yesterday, I was tired and the kiln firing went wrong. Nothing to do with you", contract=ACT)
c(C, OP, "pt", "Pode marcar uma chamada aqui pelo Upwork? Vi que há um botão de vídeo, nunca usei mas quero experimentar")
c(C, CR, "en", "The contact form on the new shop should ask for name, email, phone and the message. Phone optional please, old ladies don't like to give it", contract=ACT)
c(C, PAY, "en", "How much do you charge per hour? I have 400 euros budget for this job and I pay everything through Upwork like the rules say")
c(C, HAR, "en", "These plates are killing it in Germany, the blue ones are insane. Your photos are the reason, thank you!", contract=ACT)
c(C, AS, "en", "Please do NOT log in as me anywhere. If you need something in the Upwork account tell me and I do it, or I add you to the team", contract=ACT)
# allowed
c(A, CS, "pt", "Agora que o contrato está ativo, o meu telemóvel é 910 000 142. Se houver problemas com a loja no fim de semana ligue sem problema", contract=ACT)
c(A, CR, "en", "Send me your email so I add you as collaborator on the Shopify store and the Google Sheet with all products, only for that", )
c(A, CS, "pt", "Antes de começar preciso que assine o NDA em anexo, tem os nossos dados da empresa, morada e NIF. Assine e devolva por aqui")

# V4 Tunisian data scientist in Sfax (freelancer), French + Tunisian Darja in Latin, some Arabic
d = voice("v53-sfax-datasci", "freelancer")
d(V, CS, "fr", """Bonjour,
Je suis Yassine, data scientist basé à Sfax (Tunisie), 4 ans d'expérience en prévision de ventes et NLP. J'ai lu votre annonce: prévision de la demande pour 1200 SKU avec saisonnalité forte (ramadan, rentrée). J'ai fait exactement ça pour une chaîne de supermarchés: Prophet au départ, puis LightGBM avec features calendaires, MAPE passé de 31% à 17%.
Méthode proposée: 1) audit des données 2) baseline 3) modèle global + réconciliation 4) dashboard Streamlit.
Pour un échange plus rapide vous pouvez m'écrire directement: yassine.datasfx@proton.me
Disponible dès lundi.""", "p")
d(V, CS, "ar-Latn", "khouya ab3thli 3al whatsapp 00 216 00 000 417 nwarrik l notebook kamel, houni ma ynajamch yet7al mli7", "m")
d(V, CS, "fr", "mon skype c'est yassine point sfx point data, ajoute moi", "m")
d(V, CR, "en", "Would you have a number where I can reach you? Explaining the model is easier by voice", "m")
d(V, CR, "ar-Latn", "3andek telegram? 3tini l username mte3ek bech nab3thlek l dataset, houni l upload ta3ab", "m")
d(V, CR, "en", "could you share your personal email, I want to send you the draft report outside the thread so it stays confidential", "m")
d(V, OP, "fr", "On peut continuer sur Teams si ça vous arrange? Je vous envoie une invitation, j'ai un compte pro", "m")
d(V, OP, "ar-Latn", "ya3tik sa7a. a7sen na7kiw 3al messenger, l upwork yaba9a lent barcha 3andi", "m")
d(V, OP, "en", "Let's take this offline, we can hash out the details on a quick call, I'll give you my number", "m")
d(V, PAY, "fr", "Si vous préférez on peut éviter les frais: virement sur mon compte Wise en euros, et je vous fais 10% de remise", "m")
d(V, PAY, "ar-Latn", "ken t7eb tkhalesni b flouci wala virement direct, ma famech mochkla, nwaffrou 3ala rou7na l commission", "m")
d(V, PAY, "en", "For the phase 2 we can sign a direct contract between my company and yours and invoice outside upwork, cleaner for your finance team", "m", contract=ACT)
d(V, FB, "fr", "Je vous livre le dashboard final dès que vous laissez l'avis 5 étoiles, c'est comme ça que je travaille", "m", contract=ACT)
d(V, FB, "en", "If you can give me 5 stars and write 'excellent communication' I'll add the extra model for free, deal?", "m", contract=ACT)
d(V, FB, "ar-Latn", "3aychek 7ot 5 njoum, rani mazelt jdid w ken ta3tini 4 yemchi kol chay, na3mel ay modification t7ebha", "m", contract=ACT)
d(V, AS, "en", "My cousin in Tunis will work on my Upwork account during my trip, he knows my projects, no problem for you", "m")
d(V, AS, "en", "If the verification blocks you, I can log into your client account and post the job for you, just share the password", "m")
d(V, HAR, "fr", "Franchement vous êtes incompétent, vous ne comprenez rien aux données et vous m'insultez avec vos remarques de débutant", "m", contract=ACT)
d(V, HAR, "ar-Latn", "enti mahboul wala chnowa? 3 marat nfasserlek, barra ta3allem 9bal ma tjini t3allemni khedmti", "m", contract=ACT)
d(V, CS, "ar", "السلام عليكم أخي، للتواصل السريع هذا رقمي على الواتساب 00216 00 000 417 وأرسل لك نموذج من أعمالي", "m")
# clean
d(C, PAY, "fr", "Le modèle prend en compte les moyens de paiement (carte, espèces, virement) comme variable, ça améliore les prévisions des week-ends", "m", contract=ACT)
d(C, CS, "en", "I anonymised the dataset: all emails, phone numbers and addresses of customers are hashed before training, nothing personal goes into the model", "p")
d(C, OP, "en", "I prefer to keep everything on Upwork, messages and files, so we have a trace if needed. Send the CSV here", "m")
d(C, FB, "en", "Thank you for your review, it really touches me. If one day you need an update of the model, I am here", "m", contract=ACT)
d(C, CR, "en", "Which column holds the customer email? I need it only as a join key between the CRM export and the orders table", "m", contract=ACT)
d(C, AS, "en", "Please don't send me your database password in the chat. Create a read-only user for me and I'll connect with that", "m", contract=ACT)
d(C, PAY, "ar-Latn", "l milestone wsel, ya3tik sa7a. taw nebda fil partie loula mel analyse", "m", contract=ACT)
d(C, HAR, "fr", "Ce modèle est une tuerie, il écrase complètement la baseline. Honnêtement je m'attendais pas à ça", "m", contract=ACT)
d(C, FB, "en", "I built a sentiment classifier for app reviews: it tags 1-star reviews by topic (payment, login, delivery) so your support team sees trends", "p")
d(C, CR, "fr", "Pouvez-vous me donner l'accès en lecture seule au bucket S3 via un utilisateur IAM? Je n'ai pas besoin de vos identifiants root", "m", contract=ACT)
d(C, OP, "en", "The WhatsApp Business API data you gave me is messy, 30% of messages have no timestamp. I'll clean it before the topic model", "m", contract=ACT)
d(C, PAY, "fr", "Mon tarif est de 25$/h, facturé via Upwork avec le suivi des heures. Estimation: 40 à 50 heures", "p")
# allowed
d(A, CR, "en", "Can you share the email you use for GitHub? I'll add you to the private repo with the notebooks so you can review before we start", "m")
d(A, CS, "fr", "Maintenant que le contrat est lancé, voici mon numéro WhatsApp: +216 00 000 417, pour les urgences pendant la mise en production", "m", contract=ACT)
d(A, CS, "en", "Portfolio with 3 case studies (notebooks + charts only): yassine-data.example.com/cases", "p")
d(A, OP, "fr", "Comme votre entreprise est cliente Enterprise, on peut faire l'entretien sur Teams avec votre équipe IT, envoyez-moi l'invitation", "m", client="enterprise")
