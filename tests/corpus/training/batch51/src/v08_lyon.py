SRC = 'b51-lyon-wine-exporter'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'m','fr','c',"""Bonjour Claire, votre proposition m'intéresse beaucoup. Appelez-moi directement au bureau, c'est plus simple : 04 00 00 00 17, demandez Philippe. Je ne suis pas souvent sur Upwork."""),
('V',CR,'m','fr','c',"""Merci pour votre réponse. Pouvez-vous me laisser votre numéro de portable ou votre WhatsApp ? Mon assistante vous enverra la fiche technique des cuvées."""),
('V',OP,'m','fr','c',"""Je préfère qu'on échange par mail plutôt qu'ici, la messagerie Upwork n'est pas pratique pour les pièces jointes lourdes. Dites-moi où vous écrire et on continue là-bas."""),
('V',PA,'m','fr','c',"""Pour le devis de traduction en chinois, je peux vous régler par virement bancaire directement, je vous envoie notre RIB... enfin, vous m'envoyez le vôtre. Ça évite les frais de plateforme, qui sont quand même élevés."""),
('V',PA,'m','fr','ca',"""Les fiches produits sont parfaites. Pour la suite (catalogue 2025), on fera sans Upwork : facture directe à la société, paiement à 30 jours par virement. C'est comme ça qu'on travaille avec tous nos prestataires."""),
('V',PA,'m','en','c',"""Dear Mr Chen, for the importer presentation in Shanghai I would prefer to pay you via WeChat Pay or Alipay directly, since you are in China. Upwork takes a large commission. Please tell me if this is possible."""),
('V',FB,'m','fr','ca',"""Si vous ne reprenez pas les 40 fiches gratuitement, je serai obligé de laisser une évaluation très négative. Je pense que vous comprenez l'enjeu pour votre profil."""),
('V',FB,'m','fr','ca',"""Je vous laisse cinq étoiles dès ce soir si vous ajoutez la version allemande du site sans supplément. C'est un bon arrangement, non ?"""),
('V',AS,'m','fr','c',"""Le compte client Upwork est celui de mon fils, il m'a aidé à l'ouvrir avec sa carte bancaire et son nom. C'est moi qui gère tout, ne soyez pas surpris si la facture est à son nom."""),
('V',AS,'m','fr','ca',"""Pour gagner du temps, donnez-moi vos identifiants Upwork, ma comptable vérifiera directement vos heures sur votre compte chaque fin de mois."""),
('V',HA,'m','fr','ca',"""C'est du travail d'amateur. Franchement, une traduction pareille, un enfant de dix ans ferait mieux. Vous êtes une incapable et je regrette de vous avoir choisie."""),
('V',HA,'m','fr','c',"""Je ne travaille pas avec les gens de votre pays, ils ne comprennent rien au vin et à la rigueur. Inutile d'insister."""),
('V',CS,'m','fr','c',"""Envoyez-moi les exemples à philippe point domaine arobase outlook point fr, je les transmettrai à mon associé à Bordeaux."""),
('V',CS,'m','fr','c',"""Bonjour à toutes et à tous,

Merci pour vos nombreuses candidatures. Quelques précisions sur le projet : nous sommes une petite maison d'export de vins du Beaujolais et des Côtes du Rhône, basée à Lyon, et nous vendons surtout au Japon, en Corée et aux États-Unis. Nous cherchons un(e) rédacteur/rédactrice bilingue français-anglais pour refaire nos fiches techniques (40 cuvées), notre plaquette commerciale et les textes du site.

Le ton doit rester sobre : pas de « notes de fruits rouges explosives », nos acheteurs sont des professionnels. Une connaissance de base des appellations et des millésimes est indispensable.

Pour la suite, merci de passer par notre formulaire de candidature sur maison-export-lyon.example/recrutement, c'est là que notre responsable commerciale centralise les profils et vous recontactera.

Cordialement,
Philippe"""),
('V',OP,'m','fr','c',"""On se fait une visio sur Skype demain matin ? Je vous enverrai l'invitation, donnez-moi juste votre pseudo. On finalisera ici ensuite, peut-être."""),
('V',CR,'m','fr','c',"""Avant de vous envoyer une offre, j'ai besoin de votre adresse postale et de votre numéro de téléphone pour notre fichier fournisseurs. Merci de les écrire ici."""),
('V',PA,'m','fr','ca',"""Pour la prime de fin de projet, je préfère vous faire un chèque ou un Lydia, c'est plus simple pour moi que de passer par le bouton bonus d'Upwork."""),
('V',FB,'m','fr','ca',"""Sachez que je note toujours les prestataires selon leur souplesse. Si vous facturez ces deux heures de plus, ne vous étonnez pas de la note finale."""),
('C',PA,'m','fr','ca',"""Sur la boutique en ligne, les clients professionnels doivent pouvoir payer par virement ou par carte, et les particuliers uniquement par carte. Pouvez-vous configurer ça sur Shopify ?"""),
('C',CS,'m','fr','ca',"""Dans les fiches, ajoutez en bas l'adresse du domaine (Route des Crus, Villié-Morgon) et le site de l'appellation. Ce sont des informations publiques pour l'étiquette, pas nos coordonnées personnelles."""),
('C',AS,'m','fr','ca',"""Je vous ai ajoutée comme collaboratrice sur Shopify avec accès aux produits uniquement. Vous n'avez pas besoin de mon mot de passe, acceptez l'invitation reçue."""),
('C',FB,'m','fr','ca',"""Merci pour ce très beau travail. J'ai laissé mon évaluation sur Upwork. Si vous avez un moment, dites-moi aussi franchement ce que je pourrais améliorer dans mes briefs."""),
('C',FB,'m','fr','ca',"""Nos importateurs japonais demandent des avis de critiques (Parker, Decanter). Ajoutez uniquement les notes réellement obtenues, avec la source, rien d'inventé."""),
('C',OP,'m','fr','c',"""Je reste sur Upwork pour toute la phase de sélection. Répondez ici aux trois questions : niveau d'anglais, expérience dans le vin, délai pour 40 fiches."""),
('C',HA,'m','fr','ca',"""Ah, ce millésime 2021, quelle galère avec la grêle ! Ne vous inquiétez pas pour le retard, on ajuste le planning ensemble, rien de grave."""),
('C',PA,'m','fr','ca',"""J'ai validé le jalon n°2 sur Upwork. Notre expert-comptable a besoin de la facture au nom de la SARL avec notre numéro de TVA intracommunautaire ; est-ce qu'Upwork peut l'ajouter ?"""),
('C',CR,'m','fr','ca',"""Le formulaire « Devenir importateur » sur le site doit demander : société, pays, e-mail professionnel, téléphone et volume annuel estimé. Les réponses arrivent à export@maison-export-lyon.example."""),
('C',AS,'m','fr','ca',"""Pour les réseaux sociaux, ne créez pas de compte au nom de la maison. Je vous donne un accès éditeur à notre page via Meta Business, c'est plus propre."""),
('C',CS,'m','fr','ca',"""Traduisez aussi la mention légale : « L'abus d'alcool est dangereux pour la santé » et l'adresse de l'embouteilleur, telle qu'elle figure sur la contre-étiquette."""),
('A',CS,'m','fr','ce',"""Nous sommes client Upwork Enterprise ; vous pouvez donc joindre notre service achats au 04 00 00 00 29 ou à achats@maison-export-lyon.example pour finaliser le bon de commande avant le contrat."""),
('A',CR,'m','fr','c',"""Avant votre devis, notre avocat doit vous faire signer un accord de confidentialité. Indiquez dans le formulaire NDA joint votre nom complet et votre adresse, c'est une exigence juridique."""),
('A',OP,'m','fr','ca',"""Maintenant que le contrat est lancé, on peut faire nos points hebdomadaires par téléphone, le jeudi à 10 h. Je vous appelle au numéro que vous m'avez indiqué hier."""),
]
