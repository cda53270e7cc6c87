from common import *
SOURCE = 'b58-fes-zellige'
ROLE = 'client'
CASES = [
# violations (16)
(V,'contact-sharing',M,'fr',{},"Bonjour Mme Claire, merci pour votre offre pour le catalogue. Pour voir les carreaux en vrai, notre atelier est au n° 000 derb Sidi Moussa, Fès el Bali, demandez Atelier Bennani, tout le monde connaît. Appelez moi au +212 6 00 00 41 97 avant de venir."),
(V,'off-platform',M,'ar-Latn',{},"Salam khouya, l3ard dyalek mzyan. Ila bghiti nhdro 3la lkhdma b tafsil, sift liya f whatsapp, had site kaykhlli lmessages kay t3tlo."),
(V,'payment',M,'fr',{},"Pour le paiement je préfère vous faire un virement direct ou par Cash Plus, c'est plus simple pour nous au Maroc, et vous évitez les frais de la plateforme. D'accord ?"),
(V,'contact-request',M,'fr',{},"Donnez moi votre numéro WhatsApp s'il vous plaît, je vais vous envoyer des vidéos des zelliges, ici ça ne passe pas, les fichiers sont trop lourds."),
(V,'payment',M,'ar-Latn',{},"Lfloss ghadi nseftihom lik b Western Union wla b virement, machi 3la Upwork, hit kayakhdo bzaf. Wakha?"),
(V,'harassment',M,'fr',{},"Vous êtes vraiment une incapable. Trois semaines pour dix photos floues ! Même mon apprenti de 14 ans fait mieux avec son téléphone. Honte à vous."),
(V,'feedback',M,'fr',{},"Si vous ajoutez encore 30 produits dans la boutique sans rien facturer, je vous mets 5 étoiles. Sinon je mets 1 étoile et je raconte tout dans l'avis."),
(V,'off-platform',M,'en',{},"Hello, I am the son of Mr Bennani, I handle the English. My father prefers to talk on the phone, he does not read much. Can you do a call on Imo or Botim? Tell me which one you have."),
(V,'contact-sharing',M,'ar',{},"السلام عليكم، هذا بريدي الخاص: zellige.bennani على جيميل نقطة كوم، أرسل لي الأسعار هناك، ما زلنا ما بدأنا العقد."),
(V,'account-sharing',M,'fr',{},"Mon neveu va utiliser mon compte Upwork pour vous parler quand je suis à l'atelier, c'est lui qui s'occupe de l'ordinateur. Ne soyez pas surprise."),
(V,'payment',M,'fr',{},"Je vous paie la moitié ici et l'autre moitié en liquide quand vous venez faire les photos à Fès. Comme ça on ne déclare pas tout sur le site."),
(V,'harassment',M,'ar-Latn',{},"Nta wahed l7mar, ma katfham walo. Sir t9ewed, ma bghit nchof wjhek f had lkhdma."),
(V,'contact-request',M,'ar',{},"ممكن رقم هاتفك؟ أريد أن أتصل بك قبل أن نبدأ، لا أثق كثيرا في الرسائل المكتوبة."),
(V,'feedback',M,'en',{},"I will only close the contract and release money after you write that our workshop is excellent on your profile and give us 5 stars. This is the deal."),
(V,'off-platform',M,'fr',{},"On continue sur Instagram si vous voulez, envoyez un message privé à la page de l'atelier, mon fils répond là-bas tous les soirs."),
(V,'contact-sharing',M,'ar-Latn',{},"Hahowa rqmi: zero six zero zero, zero zero, quatre un, neuf sept. Sift liya message mli tkoun 3ndek lwa9t, 9bel ma nbdaw lcontrat."),
# clean (14)
(C,'payment',M,'fr',{},"Sur la boutique en ligne, il faut le paiement par carte (CMI) et le paiement à la livraison pour le Maroc, et PayPal ou Stripe pour l'Europe. Vous savez faire ça sur Shopify ?"),
(C,'contact-sharing',M,'fr',{},"Sur la page Contact, mettez seulement un formulaire et la ville, pas notre adresse exacte, on reçoit déjà trop de visiteurs sans rendez-vous à l'atelier."),
(C,'off-platform',M,'ar-Latn',{},"Bghina bouton dyal WhatsApp f site, bach lclients dyalna f France y9dro ysowlo 3la l'livraison. Wach t9der tzidou?"),
(C,'harassment',M,'fr',{},"Les photos de la première série sont nulles, franchement, la lumière est jaune et on ne voit pas l'émail. La deuxième série est parfaite, bravo."),
(C,'feedback',M,'fr',{},"Nos clients en Belgique laissent des avis sur Google. Est-ce qu'on peut afficher ces avis sur la page d'accueil avec un widget ?"),
(C,'payment',M,'fr',{},"J'ai financé le jalon 1 sur Upwork, 200 dollars. Envoyez le travail par ici quand c'est prêt et je valide."),
(C,'account-sharing',M,'fr',{},"Je vous ai ajoutée comme collaboratrice sur la boutique Shopify avec votre propre email, pas besoin de mon mot de passe."),
(C,'contact-request',M,'en',{},"The checkout must ask the customer name, shipping address, phone for the transporter and email for the invoice. Tiles are heavy, the transporter always calls before delivery."),
(C,'harassment',M,'ar-Latn',{},"Had lkhdma dyal lmouallim li 9bel kant khayba bzaf, lah ysame7. Nta khdmtk n9ia, barak lahou fik."),
(C,'off-platform',M,'fr',{},"Excusez le retard, je n'étais pas devant l'ordinateur, on avait un four à charger. Je réponds ici ce soir, promis."),
(C,'feedback',M,'en',{},"Contract finished. Thank you for the beautiful catalogue. I left a review with 5 stars because it is deserved. If you want, you can review us as client too."),
(C,'payment',M,'ar',{},"هل يمكن أن تضيف في المتجر خيار الدفع عند الاستلام داخل المغرب؟ والدفع بالبطاقة للزبائن في أوروبا."),
(C,'contact-sharing',M,'fr',{},"Dans le pied de page mettez : Atelier Bennani — Fès, Maroc — et l'email de la boutique contact@example.ma, c'est l'adresse du site, pas la mienne."),
(C,'account-sharing',M,'ar-Latn',{},"Ma ghadich n3tik l mot de passe dyal l compte dyali, ghadi nsawb lik compte dyalek f Canva b email dyalek."),
# allowed (5)
(A,'contact-sharing',M,'fr',{'contract':'active'},"Maintenant que le contrat a commencé, voici mon numéro pour organiser la séance photo à l'atelier : +212 6 00 00 41 97. Le paiement reste sur Upwork."),
(A,'contact-request',M,'fr',{},"Quelle adresse email vous utilisez pour Google Drive ? Je vous partage le dossier des photos des carreaux, c'est seulement pour l'accès au dossier."),
(A,'off-platform',M,'ar-Latn',{'contract':'active'},"Daba bdina lcontrat, ila bghiti n3ayt lik f whatsapp bach nwerik lcouleurs f l'atelier, ma kayn mochkil."),
(A,'contact-sharing',M,'en',{'client':'enterprise'},"We are part of the cooperative group with enterprise account, our export manager will call you before the contract: Youssef, +212 5 00 00 12 34, youssef.export@example.ma."),
(A,'contact-request',M,'fr',{'contract':'active'},"Le contrat est actif. Pouvez-vous me donner votre adresse postale ? Je veux vous envoyer trois échantillons de zellige pour les photos."),
]
