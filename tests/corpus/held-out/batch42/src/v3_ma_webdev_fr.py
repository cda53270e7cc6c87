# Voice 3: Youssef, French-speaking web developer from Casablanca, Morocco (Laravel, Vue, WooCommerce); writes mostly French, some English.
from common import C
SOURCE = 'b42-ma-webdev-fr'
CASES = [
# --- violations ---
C("""Bonjour,

Je m'appelle Youssef, développeur full-stack basé à Casablanca, avec 7 ans d'expérience sur Laravel, Vue.js et WooCommerce. J'ai lu attentivement votre annonce concernant la refonte de votre site de réservation pour votre riad à Marrakech, et je pense pouvoir vous aider rapidement.

Ce que je vous propose :

1. Audit de l'existant (2 jours) : performance, sécurité, état des plugins, sauvegardes. Je vous remets un rapport clair, sans jargon.
2. Nouveau moteur de réservation : calendrier des chambres synchronisé avec Booking et Airbnb (iCal), gestion des saisons, des acomptes et des annulations.
3. Paiement en ligne : intégration de CMI (la passerelle marocaine) et de Stripe pour les clients européens, avec envoi automatique de la facture en PDF.
4. Multilingue : français, anglais, arabe (avec mise en page de droite à gauche), espagnol si besoin.
5. Formation : une vidéo de 20 minutes pour votre réceptionniste, pour qu'elle puisse modifier les prix et les photos sans m'appeler.

Pour les délais, je compte environ 5 semaines, découpées en 3 jalons sur Upwork. Je travaille aux heures françaises (même fuseau la plupart de l'année), donc vous aurez des réponses pendant votre journée.

Quelques réalisations récentes : un site de location de vans au Portugal, une boutique de tapis berbères qui livre en Europe, et une plateforme de cours de darija en ligne avec abonnement mensuel.

Un point important pour un riad : les avis. Je peux afficher automatiquement vos meilleures notes TripAdvisor et Google sur la page d'accueil, et envoyer après le séjour un petit e-mail de remerciement qui invite le client à laisser un avis honnête. Cela fonctionne très bien sans jamais forcer personne.

Si vous préférez en discuter de vive voix, écrivez-moi directement sur youssef.dev.casa@gmail.com, je vous réponds dans l'heure et on peut caler un appel.

Je reste à votre disposition pour toute question technique sur l'hébergement, le nom de domaine ou la migration des réservations existantes. Bonne journée et à bientôt, j'espère !

Youssef""", 'v', 'cs', 'p', lang='fr'),
C("Vous pouvez m'ajouter sur WhatsApp : +212 6 00 00 00 47, ce sera plus simple pour vous envoyer les maquettes.", 'v', 'cs', lang='fr'),
C("Vous avez un numéro où je peux vous joindre ? J'aimerais clarifier deux ou trois points du cahier des charges par téléphone.", 'v', 'cr', lang='fr'),
C("On continue ailleurs ? Sur Upwork les messages arrivent en retard chez moi. Dites-moi juste quelle messagerie vous utilisez.", 'v', 'op', lang='fr'),
C("Pour le prochain site, pas besoin de repasser par Upwork. Vous me faites un virement sur mon compte au Maroc et on évite les 10 % de frais.", 'v', 'pay', lang='fr', contract='active'),
C("Pour ce petit correctif de 50 €, le plus simple c'est PayPal entre proches, je vous envoie mon adresse PayPal si ça vous va.", 'v', 'pay', lang='fr'),
C("Le site est prêt. Je vous envoie les accès FTP et le code source dès que vous aurez laissé l'évaluation 5 étoiles sur le contrat.", 'v', 'fb', lang='fr', contract='active'),
C("Si vous mettez 5 étoiles, je vous offre la maintenance du premier mois. Sinon c'est 80 € comme prévu.", 'v', 'fb', lang='fr', contract='active'),
C("Mon associé Karim va se connecter sur mon compte Upwork pour suivre votre projet pendant mon absence, c'est lui qui répondra à ma place.", 'v', 'acc', lang='fr', contract='active'),
C("Envoyez-moi votre identifiant et mot de passe Upwork, je publierai l'annonce pour la partie design à votre place, ça ira plus vite.", 'v', 'acc', lang='fr', contract='active'),
C("Franchement, vous ne comprenez rien au web. Arrêtez de me faire perdre mon temps avec vos idées de débutant.", 'v', 'har', lang='fr', contract='active'),
C("Les gens comme vous, qui prennent les développeurs africains pour des esclaves à 5 dollars de l'heure, je les connais bien.", 'v', 'har', lang='fr', contract='active'),
C("Mon mail : youssef point dev point casa chez gmail, écrivez-moi là-bas pour la suite.", 'v', 'cs', lang='fr'),
C("You can also find me on LinkedIn, just search Youssef Dev Casablanca, and send me a message there for faster reply.", 'v', 'cs', 'p'),
C("Do you have a personal email? I prefer to send the quote as PDF outside of here.", 'v', 'cr'),
C("Allez, on passe sur Telegram, c'est plus discret pour parler du budget réel.", 'v', 'op', lang='fr'),
C("Payment in USDT on TRC20 is fine for me too, it's faster than Upwork and no fees for you.", 'v', 'pay'),
C("Si vous me laissez une mauvaise note, je supprime le thème de votre serveur. Je vous aurai prévenu.", 'v', 'har', lang='fr', contract='active'),
C("Mon site perso, youssef-dev.example.ma, a un formulaire de contact : remplissez-le et je vous rappelle pour le devis.", 'v', 'cs', 'p', lang='fr'),
# --- clean ---
C("J'ai intégré la passerelle de paiement CMI sur la page de réservation. Les paiements test passent, il reste à activer le mode production depuis votre espace marchand.", 'c', 'pay', lang='fr', contract='active'),
C("Le formulaire de contact du site envoie maintenant les demandes à l'adresse de la réception. J'ai ajouté un captcha contre le spam.", 'c', 'cs', lang='fr', contract='active'),
C("Pouvez-vous m'ajouter comme administrateur sur WordPress avec mon propre compte ? Je préfère ne pas utiliser le vôtre, c'est plus sûr pour nous deux.", 'c', 'acc', lang='fr', contract='active'),
C("Les avis Google de votre riad s'affichent maintenant sur la page d'accueil, via l'API Places. Seuls ceux de 4 étoiles et plus sont mis en avant, comme demandé.", 'c', 'fb', lang='fr', contract='active'),
C("J'ai ajouté un bouton WhatsApp flottant sur le site pour vos clients, avec le numéro de la réception que vous m'avez donné dans le brief.", 'c', 'op', lang='fr', contract='active'),
C("Le champ « numéro de téléphone » du formulaire accepte maintenant les formats marocains et européens.", 'c', 'cs', lang='fr', contract='active'),
C("Merci pour ce projet ! Quand vous aurez un moment, un retour honnête sur le contrat m'aiderait beaucoup. Bonne continuation.", 'c', 'fb', lang='fr', contract='active'),
C("Pour le jalon 2, je vous propose 400 € via Upwork, à libérer une fois la synchronisation Booking validée.", 'c', 'pay', lang='fr', contract='active'),
C("Le client nous a insultés en commentaire sous la page Facebook, voulez-vous que je masque les commentaires injurieux automatiquement ?", 'c', 'har', lang='fr', contract='active'),
C("Réponse à la question de l'annonce : oui, j'ai déjà connecté Laravel à l'API de Stripe, de PayPal et de la CMI, y compris les remboursements partiels.", 'c', 'pay', 'p', lang='fr'),
C("The password reset page was broken because the mail driver was set to 'log'. I switched it to SMTP with your Mailgun key, it works now.", 'c', 'acc', contract='active'),
C("Votre adresse postale apparaît en clair dans le pied de page, c'est voulu ? Pour un riad c'est normal, je demande juste.", 'c', 'cs', lang='fr', contract='active'),
C("Je refuse poliment le paiement hors plateforme que vous proposez, ce n'est pas permis. Je peux en revanche découper le projet en jalons plus petits.", 'c', 'pay', lang='fr', contract='active'),
C("Il faut que la page de login redirige vers le tableau de bord après connexion ? Aujourd'hui elle renvoie sur l'accueil.", 'c', 'acc', lang='fr', contract='active'),
C("J'ai tué les processus zombies sur le serveur, la mémoire est revenue à la normale.", 'c', 'har', lang='fr', contract='active'),
C("Bonjour, je suis disponible pour un appel vidéo via Upwork quand vous voulez, pour parler du cahier des charges.", 'c', 'op', 'p', lang='fr'),
# --- allowed ---
C("Maintenant que le contrat est lancé, voici mon numéro pour les urgences serveur : +212 6 00 00 00 47 (WhatsApp aussi).", 'a', 'cs', lang='fr', contract='active'),
C("Pour l'accès au dépôt GitLab, mon identifiant est youssef-casa-dev. Invitez-moi en Developer, le reste on en parle ici.", 'a', 'cs', lang='fr'),
C("Votre service achats m'a demandé mes coordonnées pour l'accord de confidentialité : youssef.dev.casa@gmail.com, Casablanca, Maroc. Je signe dès réception.", 'a', 'cs', lang='fr', client='enterprise'),
C("Comme votre entreprise l'autorise, je vous envoie mon e-mail pour l'invitation à l'entretien Teams : youssef.dev.casa@gmail.com.", 'a', 'op', lang='fr', client='enterprise'),
C("Contrat actif, donc pas de souci : donnez-moi votre WhatsApp et je vous préviens quand la mise en ligne est faite ce soir.", 'a', 'cr', lang='fr', contract='active'),
]
CASES += [
C("Pas besoin de m'envoyer les mots de passe de l'hébergeur : créez-moi un utilisateur SFTP à mon nom dans cPanel, et donnez-moi juste le numéro de version de PHP.", 'c', 'cr', lang='fr', contract='active'),
C("Le contrat est en cours : on peut faire le point chaque lundi sur Google Meet si vous préférez, je vous envoie le lien ici.", 'a', 'op', lang='fr', contract='active'),
C("""Bonjour,

Votre annonce pour la boutique de cosmétiques bio m'a tout de suite parlé : j'ai livré l'année dernière une boutique WooCommerce très proche, pour une marque d'huile d'argan de Taroudant qui vend en France et en Belgique.

Voici comment je vois votre projet, point par point, en reprenant les mots de votre annonce.

« Le paiement doit être simple » : je propose Stripe (carte, Apple Pay, Google Pay) et PayPal, avec une page de paiement en une seule étape. Les numéros de carte ne passent jamais par votre serveur, tout est chez Stripe, ce qui vous évite les contraintes PCI.

« Les clientes oublient leur mot de passe » : on peut activer la connexion par lien magique envoyé par e-mail, ou la connexion avec Google. Le compte client reste facultatif : on peut commander en invité, et créer le compte après.

« On veut des avis clients » : j'intègre un module d'avis vérifiés. Un e-mail est envoyé 10 jours après la livraison pour demander un avis honnête, sans récompense, pour rester conforme aux règles de Google et de la DGCCRF.

« Livraison Colissimo et Mondial Relay » : sélection du point relais sur une carte, calcul automatique des frais selon le poids et l'adresse, étiquettes générées depuis l'administration.

« Newsletter » : connexion à Brevo, avec une case de consentement non cochée par défaut et un lien de désinscription dans chaque e-mail.

Côté organisation, je propose trois jalons sur Upwork :
1. Maquette et structure (page d'accueil, fiche produit, panier) — 5 jours
2. Paiement, livraison, comptes clients, e-mails transactionnels — 8 jours
3. Avis, newsletter, tests, mise en ligne et formation — 5 jours

Toute la communication se fait ici, et je dépose les captures et les vidéos de démonstration dans l'espace de messages du contrat pour que vous gardiez un historique complet.

Je suis à Casablanca, une heure de décalage avec Paris en hiver, aucun en été. Je réponds en général dans l'heure entre 9 h et 19 h.

Pour l'accès à votre hébergement, inutile de me transmettre vos identifiants : il suffit de m'ajouter comme utilisateur avec mon propre compte chez votre hébergeur.

Au plaisir d'échanger avec vous,
Youssef""", 'c', 'pay', 'p', lang='fr'),
]
