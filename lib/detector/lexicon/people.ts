/**
 * Accounts and identity, requests for contact details, and harassment words,
 * per language.
 */
import { defineClass } from './word-class';
import { oneOf } from '../pattern';

/** Someone's account or profile (on Upwork or the platform being discussed). */
export const ACCOUNT = defineClass({
  name: 'ACCOUNT',
  doc: "An account or profile: someone's Upwork account.",
  words: {
    en: ['(?:upwork )?(?:account|acc|acct|profile|id)'],
    es: ['(?:tu |su |la |una )?cuenta', 'perfil'],
    pt: ['(?:sua |tua |a |uma )?conta', 'perfil'],
    fr: ['(?:ton |votre |un )?compte', 'profil'],
    de: ['(?:dein(?:en)? |ihr(?:en)? )?(?:konto|account|profil)'],
    ru: ['аккаунт\\S*', 'акк\\S*', 'профил\\S*', 'учетк\\S*'],
    uk: ['акаунт\\S*', 'профіл\\S*'],
    hi: ['account', 'id', 'profile'],
    ur: ['account', 'id', 'profile'],
    tl: ['account', 'profile'],
    id: ['akun', 'account', 'profil'],
    ar: ['حساب\\S*', 'الحساب', 'بروفايل'],
    tr: ['hesab\\S*', 'hesap', 'profil\\S*'],
  },
  examples: ['your Upwork account', 'tu cuenta', 'sua conta', 'ваш аккаунт', 'akun kamu', 'حسابك', 'hesabını'],
});

/** Renting, borrowing, using or lending an account. */
export const USE_ACCOUNT = defineClass({
  name: 'USE_ACCOUNT',
  doc: "Using, renting, borrowing or lending someone's account, per language.",
  words: {
    en: [
      oneOf([
          'use', 'borrow', 'rent', 'lease', 'buy', 'share', 'run', 'operate',
          'work (?:from|on|through|under)', 'bid (?:from|on|through)',
        ]) +
        ' (?:your|ur|someone\'?s|a friend\'?s|his|her|their|another) (?:upwork )?(?:account|profile)',
      '(?:account|profile) (?:rental|rent|for rent|lease|sharing)', 'keep working through yours',
      '(?:use|borrow) yours', 'share (?:this|one|the same) (?:one )?(?:profile|account)', 'under one account',
      '(?:on|use) the same account',
      '(?:send|give) me the (?:\\d-digit |verification |2fa |otp |sms |login )?code that (?:just )?came',
      'accept the offer on your side', 'rent it to you',
      '(?:from|on|through|with|use) my (?:brother|sister|cousin|friend|wife|husband|partner|uncle|aunt|dad|mom|father|mother)(?:\'s|s)? (?:account|profile)',
      '(?:multiple|several|other) (?:users|people) use the account',
    ],
    es: ['(?:usar|alquilar|rentar|prestar|comprar|compartir|manejar) (?:tu|su|la|una) cuenta', 'prestame tu cuenta', 'alquiler de cuenta'],
    pt: ['(?:usar|alugar|emprestar|comprar|compartilhar) (?:sua|tua|a|uma) conta', 'me empresta (?:sua|tua) conta', 'aluguel de conta',
      'pela conta (?:da|do) (?:minha|meu) \\S+', 'pela conta de outra pessoa',
    ],
    fr: ['(?:utiliser|louer|preter|acheter|partager) (?:ton|votre|un) compte', 'location de compte',
      'je te le prete', 'un compte verifie', 'compte verifie aux',
    ],
    de: ['(?:dein(?:en)?|ihr(?:en)?) (?:konto|account|profil) (?:nutzen|benutzen|mieten|leihen|verwenden)', '(?:konto|account) (?:mieten|leihen|vermieten)'],
    ru: [
      'аренд\\S* (?:аккаунт\\S*|акк\\S*|профил\\S*)',
      '(?:сда(?:ть|м|й)|одолж\\S*|купл\\S*|прода\\S*) (?:аккаунт|акк)\\S*',
      '(?:работать|заходить|брать заказы) (?:через|с|на) (?:ваш|твой|ваше|чужой) (?:аккаунт|акк|профиль)\\S*',
      '(?:ваш|твой) аккаунт\\S* (?:в аренду|использовать|для работы)',
    ],
    uk: ['оренд\\S* (?:акаунт\\S*|профіл\\S*)',
      '(?:працювати|заходити) (?:через|з|на) (?:ваш|твій|чужий) (?:акаунт|профіль)\\S*',
      '(?:ваш|твій) акаунт\\S* (?:в оренду|використовувати)'],
    hi: ['account (?:rent|kiraye) (?:pe|par)', '(?:aapka|apka|tumhara|tera) account (?:use|istemal|chalana|chala|de do|dedo)', 'account (?:use karne|chalane) (?:do|dena|doge|denge)',
      'login id (?:aur |or )?password', 'id password (?:main |mai )?(?:personally )?de (?:dunga|doonga)',
      '(?:dost|bhai|cousin|behen) ke account se',
    ],
    ur: ['account (?:rent|kiraye) (?:pe|par)', '(?:aapka|apka|tumhara|tera) account (?:use|istemal|chalana|de dein|dedo)',
      '(?:dost|bhai|cousin|behen|bhabhi) ke account se', 'usi profile ko hire',
    ],
    tl: ['(?:gamitin|hiramin|ipahiram|rentahan) (?:ang |yung )?account mo', 'account mo (?:gamitin|hiramin|ipahiram)', 'renta ng account'],
    id: ['(?:sewa|pinjam|pakai|beli) akun', 'akun (?:kamu|anda|lu|lo) (?:saya pakai|dipinjam|disewa|buat kerja)', 'pinjem akun'],
    ar: ['(?:استئجار|تأجير|استعارة|استخدام|شراء) (?:حساب\\S*|الحساب)', 'حسابك (?:للعمل|استخدمه|استعمله)',
      'verification b passport', 'passport akhoya', 'el account kolo bismo',
    ],
    tr: ['hesab\\S* (?:kirala\\S*|kullan\\S*|ver\\S*|ödünç)', 'hesap kiralama', 'kiralik hesap'],
  },
  examples: ['rent your Upwork account', 'alquilar tu cuenta', 'alugar sua conta', 'аренда аккаунта', 'account rent pe', 'sewa akun', 'استئجار حساب', 'hesabını kiralamak'],
});

/** Standing in for someone: interviews, tests or verification done by another person. */
export const STAND_IN = defineClass({
  name: 'STAND_IN',
  doc: 'Doing an interview, test or identity check in another person\'s place.',
  words: {
    en: [
      '(?:do|take|attend|join|handle) (?:the |my |this |an? )?' +
        '(?:interview|call|test|exam|assessment|meeting|video call|verification)s? ' +
        '(?:in my place|on my behalf|for me|instead of me|as me|pretending to be me)',
    '(?:interview|call|test) in my place', 'pretend(?:ing)? (?:to be|you are) me', 'be me on (?:the )?(?:call|interview)',
    '(?:pass|do|complete|clear) (?:the |my |his |her |our )?(?:id|identity|kyc|video|face|selfie) (?:verification|check)s? for (?:me|us|him|her|my)',
    
      '(?:open|create|register|make|set up|verify) (?:an? |the |new )?(?:upwork )?' +
        '(?:account|profile) (?:with|using|under|in|on) ' +
        '(?:your|his|her|their|someone else\'?s|another person\'?s|a friend\'?s) ' +
        '(?:name|id|identity|passport|documents?|details|face)',
    '(?:use|using|with) your (?:identity|id|passport|documents|face|name) (?:to|for) (?:open|create|verify|register|pass)',
    '(?:id|identity|kyc|face|selfie|video) (?:check|verification)\\b[^.!?]{0,40}? (?:with|using) your (?:own )?(?:id|passport|face|documents?|identity|selfie)',
    
      '(?:forward|send|give|tell|share|read) (?:me|us) the ' +
        '(?:\\d[- ]digit |six[- ]digit |verification |security |one[- ]time |login |sms |2fa )' +
        '*code\\b[^.!?]{0,50}?\\b(?:upwork|sent to your|on your phone|you (?:just )?(?:got|received))',
    '(?:send|give|share|dm|pass) (?:me |us )?(?:your |the )?(?:creds|credentials|login|password|pw|pass)\\b[^.!?]{0,40}?\\b(?:upwork|acct|account|profile)',
    
      '(?:bill|work|bid|hire (?:me )?on|hire|apply|invoice|submit|post)\\w* (?:this |it |me |him )' +
        '?(?:through|via|on|from|under|with) (?:my|his|her|a) ' +
        oneOf([
          'brother', 'sister', 'cousin', 'friend', 'wife', 'husband', 'relative', 'father', 'mother', 'dad',
          'mom', 'uncle', 'aunt', 'colleague', 'partner', 'roommate', 'neighbou?r',
        ]) +
        '(?:\'?s)? (?:upwork )?(?:account|profile|acct|id)',
    
      '(?:let|allow) (?:my|our) ' +
        '(?:developer|dev|team|partner|friend|guy|assistant|brother|colleague|worker|team member)' +
        's? (?:to )?(?:log ?in|login|sign in|access|use|work on|work from) (?:to |into |in )?' +
        '(?:your|the|my|our) (?:upwork )?(?:account|profile)',
    '(?:interview|attend (?:the )?interviews?) (?:instead of|for|on behalf of) me', 'with your name and face'],
  es: ['entrevista (?:en mi lugar|por mi)', 'hacerse pasar por', 'verificacion de identidad por mi', 'cuenta (?:a|con) tu (?:nombre|identidad|documento)'],
  pt: ['entrevista (?:no meu lugar|por mim)', 'se passar por mim', 'verificacao de identidade por mim', 'conta com (?:seu|teu) (?:documento|nome|rg|cpf|passaporte)'],
  fr: ["entretien (?:a ma place|pour moi)", 'se faire passer pour', "verification d'identite pour moi", 'compte avec (?:ton|votre) (?:identite|passeport|nom)'],
  de: ['interview (?:fur mich|an meiner stelle)', 'sich als mich ausgeben', 'identitatsprufung fur mich', '(?:konto|account) mit (?:deinem|ihrem) (?:ausweis|namen|pass)'],
  ru: ['(?:собеседовани\\S*|интервью) (?:за меня|вместо меня)', 'пройти верификаци\\S* за',
    'на (?:ваше|твое|твоё) имя', '(?:ваш|твой) паспорт',
    'удаленн\\S* доступ к (?:аккаунт|акк)\\S*'],
  uk: ['(?:співбесід\\S*|інтерв\\S*) (?:за мене|замість мене)', 'пройти верифікаці\\S* за',
    'на (?:ваше|твоє) ім.я', '(?:ваш|твій) паспорт'],
  hi: [
    'mere (?:badle|jagah) interview', 'interview (?:mere liye|meri jagah)',
    '(?:aapke|apke|tumhare) (?:naam|id|cnic|aadhar|pan) (?:se|pe|par) account',
    'verification (?:mere liye|kar do)', 'tumhare naam se verify', 'aadhaar (?:aur|and) (?:ek )?selfie',
  ],
  ur: ['meri jagah interview', 'interview meri jagah', '(?:aapke|apke|tumhare) (?:naam|cnic|shanakhti card) (?:se|pe|par) account', 'verification (?:mere liye|kar dein)'],
  tl: ['interview para sa akin', 'ikaw na (?:mag-?)?interview', 'gamit ang (?:id|pangalan) mo', 'verify (?:mo|ng) account ko'],
  id: ['interview (?:gantiin|menggantikan) saya', 'wakilin interview', 'pakai (?:ktp|identitas|nama) (?:kamu|anda|lu)', 'verifikasi (?:akun )?(?:buat|untuk) saya'],
  ar: ['المقابلة (?:بدالي|بدلا مني|مكاني)', 'بهويتك', 'باسمك', 'توثيق الحساب (?:لي|عني)'],
  tr: ['(?:mulakata|gorusmeye) benim yerime', 'benim yerime', '(?:kimligin|kimliginle|adinla|adina) hesap', 'dogrulamayi benim (?:icin|yerime)', 'senin kimliginle'],
},
examples: [
  'do the interview in my place', 'pass the ID verification for me',
  'let my developer log in to your account', 'entrevista en mi lugar', 'собеседование за меня',
  'interview meri jagah', 'pakai KTP kamu', 'benim yerime',
],
});

/** A ban or suspension of one's own account. */
export const SUSPENDED = defineClass({
name: 'SUSPENDED',
doc: 'An account that was suspended, banned, closed or put on hold.',
words: {
  en: ['(?:was|got|has been|is|been|were) (?:suspended|banned|closed|restricted|blocked|disabled|deactivated|on hold|permanently suspended)'],
  es: ['(?:suspendida|bloqueada|cerrada|baneada)'],
  pt: ['(?:suspensa|bloqueada|banida|encerrada)'],
  fr: ['(?:suspendu|bloque|ferme|banni)'],
  de: ['(?:gesperrt|gebannt|geschlossen|suspendiert)'],
  ru: ['(?:забанил\\S*|заблокировал\\S*|бан|заблокирован\\S*|закрыли)'],
  uk: ['(?:забанил\\S*|заблокува\\S*|заблоковано|закрили)'],
  hi: ['(?:band|ban|suspend|block) ho (?:gaya|gya|chuka)'],
  ur: ['(?:band|ban|suspend|block) ho (?:gaya|gya|chuka)'],
  tl: ['(?:na-?)?(?:suspend|ban|block)(?:ed)?'],
  id: ['(?:kena )?(?:suspend|banned|ban|blokir|diblokir)'],
  ar: ['(?:اتقفل|انقفل|تم ايقاف|اتبند|محظور|معلق)'],
  tr: ['(?:askiya alindi|kapatildi|banlandi|engellendi)'],
},
examples: ['my account was suspended', 'cuenta suspendida', 'аккаунт заблокировали', 'account band ho gaya', 'akun kena suspend', 'hesabım askıya alındı'],
});

/** Asking for contact details, per language. */
export const ASK_CONTACT = defineClass({
name: 'ASK_CONTACT',
doc: 'Asking the other person for their email, number, handle or other way to reach them.',
words: {
  en: [
    '(?:can|could|would) you (?:leave|drop|share|send|give|post) (?:me )?(?:an?|your) (?:e-?mail|number|phone|contact|handle|whatsapp|telegram|skype|discord|insta\\w*)',
    "what'?s your @", 'your @\\??',
    'are you on (?:insta\\w*|ig|telegram|whatsapp|discord|skype|signal|fb|facebook|snap\\w*|linkedin|x|twitter)',
    'do you have (?:a |an )?(?:discord|telegram|whatsapp|skype|insta\\w*|signal|wechat|line|viber|snap\\w*|linkedin|e-?mail|phone|number)(?: or something| or anything| or smth)?',
    "(?:couldn'?t|can'?t|could not|cannot|didn'?t) find (?:your|any) (?:contact|e-?mail|number|phone|details|socials|handle|website)",
    '(?:any|another|other|some|a different|an alternative) (?:other )?' +
        '(?:way|means|method|place|channel|app|platform)s? (?:to|i can|we can|of|for) ' +
        '(?:reach|contact|talk|chat|get in touch|connect|message|communicate|get hold)',
    'drop (?:me )?your (?:number|e-?mail|handle|@|contact|whatsapp|telegram)',
    'leave (?:me )?your (?:number|e-?mail|contact|whatsapp|telegram)',
    '(?:you have|u have|have you got|got|do you got|you got|you on) (?:a |an )?' +
        '(?:skype|whatsapp|telegram|signal|discord|wechat|viber|line|insta\\w*|snap\\w*)' +
        '(?: (?:number|id|account|handle|acc))?\\?',
    'how (?:can )?(?:i|we) (?:can )?(?:call|reach|contact|text|message|write|phone)(?: to)? you\\b(?! (?:here|on upwork|through upwork|in the chat))',
    '(?:give|send|tell|share|text) (?:me|us) (?:your|ur) ' +
        oneOf([
          'e-?mail', 'emial', 'mail', 'e-?mail adress', 'adress', 'address', 'number', 'phone', 'cell',
          'mobile', 'contact', 'contacts', 'handle', 'tag', 'username', 'skype', 'whatsapp', 'telegram',
          'discord', 'signal',
        ]),
    '(?:give|send) (?:me|us) (?:any|some) (?:other )?way to (?:reach|contact|call|message) you',
    '(?:providing|provide|send|share) (?:me |us )?your (?:online )?(?:mail|e-?mail address)',
    'what\'?s the best (?:e-?mail|number)(?: address)? (?:to|for) (?:send|reach|contact|write|get)\\w* (?:to )?you',
    '(?:send|share|give) (?:me|us) (?:a link to )?your (?:\\w+ )?(?:on )?(?:linkedin|facebook|insta\\w*)(?: profile)?',
    '(?:send|give) (?:me|us) (?:you|ur) (?:whatsapp|telegram|skype|discord|signal|number|e-?mail)',
    'what(?:\'?s| is)? your (?:new )?(?:telegram|whatsapp|skype|discord|signal|insta\\w*|snap\\w*)\\b',
      'do you have a (?:personal )?(?:site|website|page) with a contact', 'look you up and add you',
      'how to (?:contact|reach|call|text|message|get in touch with) you\\b(?! (?:here|on upwork|through upwork|in the chat))',
      'where (?:can|could|do|should) (?:i|we) (?:contact|reach|find|call|text|message) you\\b(?! (?:here|on upwork|through upwork|in the chat))',
      'what (?:else|other apps?|other platforms?) are you on', 'where else (?:are you|can i find you)',
      'add you on the other app',
      // Chinese, as clients write it in English threads: "怎么联系", "联系方式".
      '(?:怎么|如何)联系(?:你|您)?', '(?:你的|您的)?联系方式',
      'your full name,? (?:\\S+ ){0,5}(?:and )?(?:e-?mail|phone|whatsapp)(?: address| number)?',
      // A message or sentence that is only a channel and a question mark: "skype?", "wa number?", "skype or nah".
      '(?<=^|[.!?\\n] ?)(?:skype|whatsapp|wa|telegram|tg|discord|signal|viber|wechat|insta|ig|e-?mail|phone|cell|linkedin)' +
        '(?: (?:number|no|id|handle|username|acc(?:ount)?))?(?: or (?:nah|no|what)\\??| ?\\?)',
    ],
  es: [oneOf([
        'pasame', 'pásame', 'dame', 'mandame', 'comparteme',
        'me (?:das|pasas|compartes|mandas|podria\\S* (?:facilitar|dar|pasar|enviar|compartir))',
        '(?:puedes|podes|puede) (?:pasarme|darme|enviarme|mandarme|compartirme)',
      ]) +
      ' (?:tu|su|un|una) ' +
      oneOf([
        'numero', 'correo(?: electronico)?', 'whats\\w*', 'wasap', 'e-?mail', 'telefono', 'celular',
        'contacto', 'telegram', 'insta\\w*',
      ]), 'cual es (?:tu|su) (?:numero|correo|whats\\w*|telegram|e-?mail)', '(?:tienes|tenes|tiene) (?:whats\\w*|wasap|wsp|telegram|correo|skype|discord|insta\\w*|numero)',
      // "¿Tenés algún mail o celu donde te pueda mandar...?"
      '(?:tienes|tenes|tiene) (?:algun|alguna) (?:mail|e-?mail|correo|celu\\w*|cel|telefono|numero|whats\\w*|contacto|insta\\w*)' +
        '(?! (?:de|del|con) )', 'algun otro medio',
      '(?:donde|como) (?:te|lo|la|le|los) (?:puedo )?(?:contacto|contactar|encuentro|encontrar|escribo|llamo)\\b' +
        '(?! (?:aqui|aca|aqui na plataforma|por aqui|en upwork|no upwork|pelo upwork|hier|auf upwork|uber upwork))',
    ],
    pt: [
      '(?:me passa\\w*|passa|me manda\\w*|manda|me da|me dar|me envia\\w*|qual (?:e|eh)) (?:o )?(?:seu|teu) ' +
        '(?:numero|zap|whats\\w*|e-?mail|telefone|contato|telegram|insta\\w*)', '(?:(?:voce|vc|tu) )?tem (?:whats\\w*|zap|telegram|e-?mail|skype|discord|insta\\w*)\\?',
      '(?:(?:voce|vc|tu) )?tem algum (?:e-?mail|numero|zap|whats\\w*|telefone|celular|insta\\w*|contato)(?! (?:de|do|da|com) )', 'outro meio',
      '(?:onde|como) (?:eu )?(?:posso )?(?:te )?(?:contato|contatar|encontro|encontrar|acho|ligo|chamo)\\b' +
        '(?! (?:aqui|aca|aqui na plataforma|por aqui|en upwork|no upwork|pelo upwork|hier|auf upwork|uber upwork))',
    ],
    fr: [
      '(?:donne|donnez|envoie|envoyez|laisse|laissez)[- ]moi (?:ton|votre) (?:numero|mail|e-?mail|whatsapp|telegram|contact|insta|linkedin|06|07|portable)',
      '(?:pourr(?:iez|ais)|pouvez|peux)[- ](?:vous|tu) me (?:communiquer|donner|transmettre|envoyer|laisser) ' +
        '(?:votre|ton) (?:adresse (?:e-?)?mail|e-?mail|mail|numero|contact|whatsapp)',
      '(?:vous avez|tu as|t.as) (?:un )?(?:numero )?(?:whatsapp|telegram|signal|skype|portable|discord)',
      // "t'as un numéro ou un mail perso ?", "avez-vous une adresse e-mail personnelle ?": a question about a detail.
      '(?:vous avez|tu as|t.as|avez-vous|as-tu) (?:un |une )?(?:numero|mail|e-?mail|adresse (?:e-?)?mail|tel|insta\\w*|linkedin)' +
        '(?: (?:perso\\w*|prive\\w*|direct\\w*))?(?: ou (?:un |une )?\\S+(?: perso\\w*| prive\\w*)?)? ?\\?',
      '(?:t.es|tu es|vous etes|es-tu|etes-vous) sur quoi', '(?:ou|comment) (?:peut-on|puis-je|je peux|on peut) (?:vous|te) (?:joindre|contacter)',
      "(?:quel est|c'est quoi) (?:ton|votre) (?:numero|mail|e-?mail|whatsapp|telegram)",
      '(?:tu as|vous avez) (?:whatsapp|telegram|skype|discord)',
    ],
    de: [
      '(?:gib|geben sie|schick|schicken sie) mir (?:deine|ihre|deinen|ihren) ' +
        '(?:nummer|mail|e-?mail|handynummer|whatsapp|telegram|kontakt)',
      '(?:haben sie|hast du) (?:eine |ihre )?(?:private |personliche |direkte )?(?:handynummer|telefonnummer|nummer|e-?mail-adresse|mail)',
      'darf ich (?:ihre|deine) (?:telefonnummer|handynummer|nummer|e-?mail|mail)(?:-adresse)? haben',
      'was ist (?:deine|ihre) (?:nummer|mail|e-?mail|handynummer)',
      '(?:hast du|haben sie) (?:whatsapp|telegram|skype|discord)',
      'wie (?:kann ich|erreiche ich|kann man) (?:sie|dich)(?: direkt| personlich)? (?:erreichen|kontaktieren|anrufen)\\b' +
        '(?! (?:aqui|aca|aqui na plataforma|por aqui|en upwork|no upwork|pelo upwork|hier|auf upwork|uber upwork))',
    ],
    ru: [
      oneOf([
          'дай', 'дайте', 'скинь', 'скиньте', 'оставь', 'оставьте', 'пришли', 'пришлите', 'кинь', 'киньте',
          'можете оставить', 'можете скинуть',
        ]) +
        ' (?:свой |свою |ваш |вашу |твой |мне )?' +
        '(?:номер|телефон|телеграм|тг|ватсап|почту|e-?mail|контакт\\S*|ник)',
      '(?:тг|телега|телеграм|ватсап|вайбер|почта|номер|скайп) есть', 'skin(?:te)? kontakt\\S*',
      'dai(?:te)? (?:nomer|kontakt)', 'какой у (?:тебя|вас) (?:номер|телеграм|ватсап|ник|e-?mail)',
      'у (?:тебя|вас) есть (?:телег\\S*|телеграм\\S*|ватсап|вайбер|скайп|дискорд|инст\\S*|почта|номер|e-?mail)',
      'где (?:вас|тебя) (?:ещ[её] )?можно найти', 'соцсет\\S* (?:какие-?(?:то|нибудь) )?есть',
      'оставьте,? (?:пожалуйста,? )?(?:ваш|свой|вашу|ваши) (?:email|имейл|e-mail|почту|телеграм\\S*|телефон|номер|контакт\\S*)',
    ],
    uk: [
      '(?:дай|дайте|скинь|скиньте|скинути|залиш|залиште|надішли|надішліть|кинь|киньте) ' +
        '(?:свій |свою |ваш |вашу |твій |мені )?' +
        '(?:номер|телефон|телеграм|телегу|вайбер|пошту|контакт\\S*|нік)',
        'у (?:тебе|вас) є (?:телеграм|вайбер|ватсап|скайп|інст\\S*|пошта|номер|e-?mail)',
        'де (?:вас|тебе) (?:ще )?можна знайти', 'соцмереж\\S* (?:якісь )?(?:є|маєте|маєш)'],
    hi: [
      '(?:apna|aapna|apni|apka|aapka|tumhara|tera) (?:whatsapp |wp )?' +
        '(?:number|no|email|id|contact|insta) ' +
        '(?:do|de do|dedo|bhejo|send karo|share karo|dena|dijiye|bhej do)', 'number (?:de do|dedo|bhejo|share karo|milega|do na)', '(?:whatsapp|wp) (?:number|no) (?:do|bhejo|dedo|milega)',
        '(?:aap|ap|tum|aapka|apka|aapki|apki|tumhara|tumhari)(?: ki| ka)? koi (?:website ya )?' +
        '(?:linkedin|insta\\w*|whatsapp|wp|number|email|fb|facebook|telegram|skype)(?: ya \\S+)? (?:hai|he)',
          '(?:apna|apni) (?:personal )?(?:email|mail|number|contact)(?: id)? ' +
            '(?:de dijiye|dijiye|bata do|batao|share kar(?:o|dijiye))'],
    ur: [
      '(?:apna|aapna|apka|aapka|tumhara) (?:whatsapp |wp )?(?:number|no|email|id|contact) ' +
        '(?:dein|de dein|bhejein|share karein|dijiye|bhej dein)',
      'number (?:de dein|bhej dein|share karein|mil sakta)',
      'apni (?:personal )?(?:email|number|contact) (?:bata dein|de dein|share kr dein|share kar dein)',
      'number\\?\\?', 'whatsapp wala',
        '(?:aap|ap|tum|aapka|apka|aapki|apki|tumhara|tumhari)(?: ki| ka)? koi (?:website ya )?' +
        '(?:linkedin|insta\\w*|whatsapp|wp|number|email|fb|facebook|telegram|skype)(?: ya \\S+)? (?:hai|he)',
    ],
    tl: ['(?:pahingi|pa-?hingi|penge|bigay mo|send mo|ano) (?:ng |ang |yung )?(?:number|numero|email|fb|messenger|viber|contact) mo', 'ano (?:fb|email|number|viber) mo',
      '(?:may|meron) (?:fb|facebook|messenger|viber|whatsapp|telegram|email|number|numero|ig|insta|skype) ka(?: ba)?',
      'meron ka(?:ng| bang|bang) (?:fb|facebook|messenger|viber|whatsapp|telegram|email|number|numero|ig|insta|skype)'],
    id: [
      '(?:minta|boleh minta|bagi|kirim|share) (?:nomor|nomer|no|wa|whatsapp|email|kontak|ig)' +
        '(?: (?:wa|hp|kamu|anda|mu|nya|lu|lo))?', '(?:nomor|nomer|no) (?:wa|hp) (?:kamu|anda|nya|mu|lu)', '(?:mohon )?(?:cantumkan|kirim|share) kontak', 'kontak (?:telegram|whatsapp|wa)',
      'cara (?:menghubungi|hubungi|kontak) (?:kamu|anda|kakak|kak|mas|mbak)',
      '(?:punya|ada) (?:wa|whatsapp|telegram|tele|ig|email|line)(?= (?:gak|nggak|ga|enggak)\\b| ?\\?)',
    ],
    ar: [
      '(?:ارسل(?:ي)?|ابعت(?:لي)?|اعطني|عطني|هات|ممكن|ابغى|أبغى) (?:لي )?' +
        '(?:رقمك|ايميلك|الايميل|الواتس|واتسابك|رقم الواتس|رقم جوالك|حسابك)',
        'تزويدي برقم', 'رقمك', 'ايميلك', 'واتسابك',
        'حسابك (?:في|على|ع) (?:ال)?(?:سناب\\S*|انست\\S*|تويتر|فيس\\S*|تيك ?توك|تلي\\S*|تلغرام|واتس\\S*|لينكد\\S*|سكايب)',
        // Arabic in Latin letters: "3andak raqam aw insta?", "fi whats?".
        '3andak (?:raqam|rakam|nemra|nmra|insta|snap|whats\\w*|telegram|tele|email|fb|face|skype)',
        '(?<=^|[.!?\\n] ?)fi (?:whats\\w*|wats\\w*|telegram|tele|insta|snap|skype|viber|raqam|email) ?\\?', 'رقم هاتفكم', 'حساب سكايب', 'e3teni raqmak', 'raqmak'],
    tr: [
      '(?:numarani|mailini|e-?postani|instagramini|telegramini|whatsappini) ' +
        '(?:ver|verir misin|atar misin|gonder|paylas|alabilir miyim)',
      '(?:numaranizi|mailinizi) (?:verir misiniz|alabilir miyim)', 'mail adresinizi alabilir miyim',
      'telefonunu yaz', 'numaranizi paylas', 'kullanici adinizi',
      '(?:skype|telegram|instagram|insta|discord|whatsapp|signal) (?:adin|adiniz|kullanici adin\\S*|hesabin\\S*|id\\S*)(?= (?:ne|nedir)(?: hocam| abi| acaba)? ?(?:\\?|,|$))',
      '(?:numaran|numaraniz|mailin|mailiniz|e-?posta adresin\\S*|telefonun|telefonunuz)(?= (?:ne|nedir)(?: hocam| abi| acaba)? ?(?:\\?|,|$))',
      'sana ulasmanin (?:kolay )?bir yolu', 'size ulasmanin (?:kolay )?bir yolu',
      '(?:size|sana) nasil ulas\\S*',
    ],
  },
  examples: [
    'can you leave an email?', "what's your @", 'do you have Discord or something?', 'pásame tu número',
    'me passa seu zap', 'скинь свой телеграм', 'apna number do', 'pahingi ng number mo', 'minta nomor wa',
    'ارسل رقمك', 'numaranı verir misin', "t'as un mail perso ?", 'у вас есть телега?', '3andak raqam?', 'Skype adın ne?',
    'may FB ka ba?', 'how to contact you?',
  ],
});

/** Talk about a group or about "you people": contempt only when something negative is said of them (see NEGATIVE_TRAIT). */
export const GROUP = defineClass({
  name: 'GROUP',
  doc: 'A nationality, gender or group named as a whole, or "you people".',
  words: {
    en: [
      'you people', 'your people', 'people like you', 'your kind', 'people from your country', 'third[- ]world',
      '(?:indians?|pakistanis?|filipinos?|nigerians?|africans?|arabs?|asians?|russians?|chinese|mexicans?|muslims?|hindus?|women|girls|females)',
      '(?:women|female|girl) (?:developers?|designers?|programmers?|engineers?|freelancers?)', 'your part of the world', '(?:clients?|people|freelancers) from your (?:country|region)', 'your country',
      'you guys all', 'people like you',
    ],
    es: ['ustedes los \\S+', 'los (?:indios|latinos|negros|moros|chinos)'],
    pt: ['voces (?:indianos|nordestinos|africanos)', 'esses (?:indianos|africanos|nordestinos)'],
    fr: ['vous les \\S+', 'ces (?:indiens|africains|arabes)'],
    de: ['ihr (?:inder|afrikaner|araber|auslander)', 'diese (?:inder|afrikaner|auslander)',
      'leute wie (?:sie|du|dich)',
    ],
    ru: ['(?:вы|все|эти) (?:индусы|хохлы|чурки|черные|азиаты)'],
    uk: ['(?:ви|всі|ці) (?:індуси|москалі)'],
    hi: ['tum jaise log', 'tumhare jaise log', '(?:ye|yeh) (?:pakistani|indian|bangladeshi) log',
      'tum log', 'aap log',
    ],
    ur: ['tum jaise log', '(?:ye|yeh) (?:indian|pakistani|bangali) log'],
    tl: ['kayong mga (?:indiano|bisaya|pinoy)'],
    id: ['dasar orang \\S+', 'kalian orang \\S+'],
    ar: ['انتم (?:الهنود|المصريين|العرب|الباكستانيين)',
      'أنتم ال\\S+', 'انتم ال\\S+',
    ],
    tr: ['siz (?:hintliler|araplar|suriyeliler)',
      'sizin gibi \\S+', 'senin gibi \\S+',
    ],
  },
  examples: ['You people are all the same', 'typical Indians, always late', 'ustedes los latinos'],
});

/** What contempt says of a group: lazy, stupid, liars, "all the same", "can't code". */
export const NEGATIVE_TRAIT = defineClass({
  name: 'NEGATIVE_TRAIT',
  doc: 'Sweeping negative traits said of a group.',
  words: {
    en: [
      'lazy', 'stupid', 'dumb', 'liars?', 'scammers?', 'thieves', 'dirty', 'useless', 'dishonest', 'incompetent', 'worthless', 'animals?', 'monkeys?',
      'all the same', 'always (?:late|lying|cheating|scamming)', "(?:can'?t|cannot|shouldn'?t|don'?t|do not) (?:code|program|design|do this|do anything|understand|think)",
      'typical', 'belong in the kitchen', 'go back', 'not good (?:for|at|enough)', 'no good', 'only (?:a )?(?:man|men|male|males)', 'haggle', 'pay late', 'stopped hiring', 'never hire',
      'homeless', 'uneducated', 'illiterate',
      'need to learn what', 'copy paste', 'lie about (?:your|their)', 'not hiring from',
    ],
    es: ['vagos', 'flojos', 'ladrones', 'estafadores', 'mentirosos', 'inutiles', 'todos iguales', 'sucios'],
    pt: ['preguicosos', 'ladroes', 'golpistas', 'mentirosos', 'inuteis', 'todos iguais', 'sujos'],
    fr: ['paresseux', 'voleurs', 'arnaqueurs', 'menteurs', 'tous pareils', 'nuls', 'sales'],
    de: ['faul', 'diebe', 'betruger', 'lugner', 'alle gleich', 'nutzlos', 'dreckig'],
    ru: ['ленив\\S*', 'воры', 'мошенники', 'тупые', 'все одинаковые', 'бесполезн\\S*'],
    uk: ['ліниві', 'злодії', 'шахраї', 'тупі', 'всі однакові'],
    hi: ['kaamchor', 'chor', 'dhokebaaz', 'nikamme', 'sab ek jaise', 'ganda', 'gande',
      'kisi kaam ke nahi', 'bas paise chahiye',
    ],
    ur: ['kaamchor', 'chor', 'dhokebaaz', 'nikamme', 'sab aik jaise'],
    tl: ['tamad', 'magnanakaw', 'manloloko', 'pare-?pareho'],
    id: ['malas', 'maling', 'penipu', 'bodoh semua', 'sama saja'],
    ar: ['كسالى', 'حرامية', 'نصابين', 'كلكم نفس الشي', 'اغبياء'],
    tr: ['tembel', 'hirsiz', 'dolandirici', 'hepiniz ayni', 'beceriksiz',
      'anlamaz', 'kocaniza sorun', 'beceremez',
    ],
  },
  examples: ['lazy and dishonest', "can't code", 'todos iguales', 'kaamchor'],
});

/** Threats of violence, sexual remarks and masked swearing: harassment on their own. */
export const HOSTILE = defineClass({
  name: 'HOSTILE',
  doc: 'Threats of violence, sexual remarks and masked swear words.',
  words: {
    en: [
      "i(?:'ll| will|'m going to| am going to| gonna) (?:find|hunt|hurt|kill|beat|break|smash|come for|come after|get) you", 'i know where you live', "you(?:'ll| will) regret (?:this|it)",
      'watch your back', 'send (?:me )?(?:a |some )?(?:pics?|photos?|pictures?|selfies?|nudes?)(?: of)? (?:you|yourself)', 'what are you wearing', '(?:sleep|hook up) with me',
      "(?:you'?re|you are|ur) (?:so )?(?:sexy|hot)", 'f[*#@$%!]{2,}k?(?:ing| off| you)?', 'f[*#]ck', 'sh[*#!]t', 'b[*#!]tch', 'a[*#]{2,}hole', 'stfu', 'gtfo',
      '(?:go|get) back (?:to|in) (?:your|the) (?:country|village|kitchen|cave)',
      'i know where (?:you|your (?:office|house|family|home|company|kids)) (?:live|lives|is|are|works?)', "i(?:'ll| will) (?:make your life|come (?:and )?sort this out in person|show up at your)",
      'make your life (?:very )?(?:unpleasant|miserable|hell|a living hell|difficult)', 'i want only (?:a )?(?:man|men|male)', 'pay peanuts,? get monkeys',
      '(?:you(?:\'re| are)|are you|ur|u r)' +
        '(?: ' +
          oneOf([
            'a', 'an', 'such a', 'so', 'actually', 'this', 'that', 'really', 'just', 'little', 'complete',
            'total', 'utter', 'absolute', 'spineless', 'pathetic', 'lazy', 'useless',
          ]) +
          ')' +
        '* ' +
        oneOf([
          'dense', 'brainless', 'clueless', 'spineless', 'coward', 'cowards', 'moron', 'dimwit', 'clown',
          'pathetic', 'loser', 'worthless', 'subhuman', 'animal', 'parasite', 'leech', 'vermin', 'scum',
          'garbage', 'trash',
        ]) +
        '\\b',
    '(?:so is|and so are) (?:whoever|the (?:person|people|guy|idiot|clown)s?) (?:who )?wrote it', 'even basic competence', 'a joke of a (?:developer|designer|freelancer|client|person|human)',
    '(?:the only )?loser(?: here)? is you', 'noobs? like you', 'crybaby', 'clueless old (?:man|woman|fool)',
      'hope your (?:little |pathetic |stupid )?(?:business|company|career|agency|startup|account|life) (?:fails|dies|goes under|burns|collapses|crashes)',
      'i know (?:what|which) (?:city|town|country|street|neighbou?rhood|area) you(?:\'re| are)? (?:in|live in|from)',
    ],
  es: ['vete a tu pais', 'te voy a (?:encontrar|matar|buscar)', 'se donde vives'],
  pt: ['volta pro seu pais', 'vou te (?:achar|encontrar|matar|pegar)', 'sei onde (?:voce|vc) mora'],
  fr: ['retourne dans ton pays', 'je vais te (?:trouver|tuer|retrouver)', 'je sais ou tu habites',
      '(?:je vais|je vais m\'assurer que) vous ne (?:re)?travailliez plus',
      'vous ne (?:re)?travaillerez plus jamais',
    ],
  de: ['geh zuruck in dein land', 'ich (?:werde|krieg) dich (?:finden|kriegen)', 'ich weiss wo du wohnst'],
  ru: ['я тебя (?:найду|урою|убью)', 'знаю где ты живешь'],
  uk: ['я тебе (?:знайду|вб.ю)', 'знаю де ти живеш'],
  hi: ['tujhe (?:dekh lunga|chhodunga nahi|maar dunga)', 'ghar aa ke (?:maarunga|dekh lunga)'],
  ur: ['tujhe (?:dekh lunga|chorunga nahi|maar doon)'],
  tl: ['papatayin kita', 'alam ko kung saan ka nakatira'],
  id: ['gue (?:cari|bunuh|hajar) lu', 'tahu rumah (?:lu|kamu)'],
  ar: ['راح (?:اقتلك|الاقيك)', 'اعرف وين ساكن'],
  tr: ['seni (?:bulacagim|oldurecegim)', 'nerede oturdugunu biliyorum'],
},
examples: ['I know where you live', 'f*** off', 'send me a photo of yourself', 'te voy a encontrar', 'я тебя найду', 'tujhe dekh lunga', 'seni bulacağım'],
counterExamples: ['send me a photo of the error', 'the f-stop'],
});

/** Insults in other languages (English ones are the harassment rule's own lists). */
export const INSULT = defineClass({
name: 'INSULT',
doc: 'Insults and swear words in other languages, strong enough to count on their own.',
words: {
  es: ['idiota', 'imbecil', 'estupido', 'estupida', 'pendejo', 'pendeja', 'cabron', 'gilipollas', 'hijo de puta', 'puta', 'mierda', 'inutil de mierda', 'subnormal', 'pelotudo', 'boludo de mierda'],
  pt: ['idiota', 'imbecil', 'otario', 'otaria', 'vagabundo', 'vagabunda', 'merda', 'porra', 'caralho', 'filho da puta', 'arrombado', 'babaca', 'burro'],
  fr: ['connard', 'connasse', 'imbecile', 'abruti', 'debile', 'merde', 'putain', 'salaud', 'salope', 'ta gueule', 'encule', 'idiot'],
  de: ['arschloch', 'vollidiot', 'idiot', 'trottel', 'scheisse', 'scheiss', 'blodmann', 'wichser', 'hurensohn', 'depp', 'dummkopf', 'halt die fresse', 'so dumm', 'unfahigen? menschen?'],
  ru: ['идиот\\S*', 'дебил\\S*', 'тупой', 'тупая', 'урод\\S*', 'мудак\\S*', 'сука', 'блять', 'бля',
    'нахуй', 'хуй\\S*', 'придурок', 'дура', 'дурак', 'козел', 'пидор\\S*', 'говно', 'ебан\\S*'],
  uk: ['ідіот\\S*', 'дебіл\\S*', 'тупий', 'тупа', 'придурок', 'дурень', 'курва', 'срака', 'лайно'],
  hi: ['bewakoof', 'bevkoof', 'pagal', 'gadha', 'gadhe', 'ullu', 'kamina', 'kamine', 'chutiya', 'chutiye', 'bhenchod', 'madarchod', 'harami', 'nalayak', 'kutta', 'kutte'],
  ur: ['bewaqoof', 'pagal', 'gadha', 'ullu', 'kamina', 'kameena', 'harami', 'nalayak', 'kutta', 'kutte', 'chutiya', 'bhenchod', 'ghatiya'],
  tl: ['tanga', 'bobo', 'gago', 'gaga', 'ulol', 'tarantado', 'putang ina', 'putangina', 'tangina', 'bwisit', 'inutil', 'hayop ka'],
  id: ['bodoh', 'goblok', 'tolol', 'bego', 'anjing', 'bangsat', 'brengsek', 'kampret', 'idiot', 'babi'],
  ar: ['غبي', 'حمار', 'حيوان', 'كلب', 'تافه', 'اخرس', 'احمق', 'يا حقير', 'حقير', 'زبالة'],
  tr: ['aptal', 'salak', 'gerizekali', 'sersem', 'siktir', 'orospu', 'serefsiz', 'ahmak', 'mal herif', 'it herif'],
},
examples: ['eres un idiota', 'seu otário', 'espèce de connard', 'du Arschloch', 'ты идиот', 'tum pagal ho', 'ang tanga mo', 'dasar goblok', 'يا غبي', 'salak herif'],
counterExamples: ['pagalworld', 'the pagoda'],
});

/** Remote-control tools: with an account, a way to let another person work as you. */
export const REMOTE_TOOL = defineClass({
name: 'REMOTE_TOOL',
doc: 'Remote-desktop tools.',
words: {
  en: ['remote desktop', 'anydesk', 'any desk', 'teamviewer', 'team viewer', 'rdp', 'chrome remote desktop', 'ultraviewer', 'vps'],
  ru: ['эни ?деск', 'тим ?вьюер', 'удаленн\\S* (?:доступ|рабоч\\S*)'],
  ar: ['اني ديسك', 'تيم فيور'],
},
examples: ['run it by remote desktop', 'install AnyDesk'],
});

/** Proposals and suggestions: "can we", "podemos", "давай", "chalega". */
export const PROPOSE = defineClass({
name: 'PROPOSE',
doc: 'Suggesting or proposing, per language.',
words: {
  en: [
    "let'?s", 'can we', 'could we', 'we can', 'we could', 'i can', 'would you', 'prefer', 'better',
    'rather', 'easier', 'faster', 'how about', 'shall we', 'want to', 'wanna', 'please', 'maybe', 'open to',
    'happy to', 'just',
  ],
  es: ['podemos', 'podriamos', 'prefiero', 'mejor', 'quieres', 'puedes', 'te parece', 'vamos a', 'conviene'],
  pt: ['podemos', 'prefiro', 'melhor', 'quer', 'pode', 'bora', 'vamos', 'topa', 'seria bom'],
  fr: ['on peut', 'pouvons', 'pourrait', 'prefere', 'mieux', 'voulez', 'veux', 'ca te va', 'plus simple'],
  de: ['konnen wir', 'konnten wir', 'lieber', 'besser', 'wollen wir', 'mochtest', 'einfacher'],
  ru: ['можем', 'можно', 'давай', 'давайте', 'лучше', 'удобнее', 'предлагаю', 'хочешь', 'проще'],
  uk: ['можемо', 'можна', 'давай', 'давайте', 'краще', 'зручніше', 'пропоную', 'простіше'],
  hi: ['karte hain', 'kar sakte', 'chalega', 'better', 'behtar', 'karein', 'kar lo', 'kar lete', 'aasan'],
  ur: ['kar saktay', 'kar sakte', 'behtar', 'karein', 'kar lein', 'aasan', 'krte hain', 'karte hain'],
  tl: ['pwede', 'puwede', 'tayo', 'mas mabuti', 'gusto mo', 'mas madali', 'mas okay'],
  id: ['bisa', 'boleh', 'mending', 'lebih baik', 'yuk', 'ayo', 'aja', 'lebih gampang', 'yuk'],
  ar: ['ممكن', 'نقدر', 'أفضل', 'افضل', 'خلينا', 'احسن', 'أسهل', 'اسهل', 'ينفع', 'خلينا'],
  tr: ['olur mu', 'edelim', 'daha iyi', 'isterseniz', 'miyiz', 'daha kolay', 'gel', 'yapalim', 'olur mu'],
},
examples: ['can we', 'podemos', 'давай', 'chalega', 'yuk', 'ممكن', 'olur mu'],
});

/** Demeaning someone's work or worth without a swear word. */
export const DEMEAN = defineClass({
name: 'DEMEAN',
doc: 'Contempt for the other person: "my nephew does it better", "find another profession".',
words: {
  en: [
    '(?:my|a) (?:\\d+[- ]year[- ]old|nephew|niece|kid|intern|grandma) (?:could|would|can) do (?:it|this|better)',
    'find (?:another|a different) (?:job|profession|career)',
    "(?:i )?don'?t know how you (?:got|get|have) (?:any )?(?:jobs|clients|work)", 'waste of (?:my )?time',
    'you understand nothing',
      '(?:even )?a (?:child|kid|toddler|monkey) could (?:have )?(?:built|written|done|made|drawn|coded|designed) (?:this|that|it|better)',
      '(?:and|yet|but|that) you call yourself an? (?:developer|designer|writer|professional|programmer|engineer|freelancer|expert|editor|marketer)',
      'pathetic little (?:man|woman|person|boy|girl)',
      'i pity (?:anyone|whoever|the (?:poor )?(?:person|client|people))', 'do you even speak english',
      'read (?:my profile|the (?:brief|description|post|job post)) like a normal person',
    ],
  es: ['lo hace mejor mi (?:sobrino|hijo|primo)', 'no se como tienes trabajos', 'busca(?:te)? otra profesion', 'no entiendes nada', 'ni te molestes'],
  pt: ['trabalho (?:amador|porco|ridiculo)', 'perdi meu tempo com voce', 'nao entende nada', 'procure outra profissao'],
  fr: ['mon stagiaire ferait mieux', 'je ne sais pas comment vous avez eu des missions', 'changez de metier', 'vous ne comprenez rien',
      'd\'une incompetence', 'nul a chier',
    ],
  de: ['suchen sie sich (?:lieber )?einen anderen beruf', 'keine ahnung von', 'das schlechteste,? was ich je', 'typisch kunde',
      'ist ein witz', 'haben (?:hier|auf (?:einer|dieser) \\S+ \\S+) nichts verloren', 'leute wie sie',
    ],
  ru: ['(?:поищите|ищите|найдите) другую профессию', 'вы вообще понимаете,? что делаете',
    'ничего не умеешь', 'позор', 'nichego ne umeesh', 'pozor',
      'убожеств\\S*', 'даже школьник', 'не позорься',
    ],
  uk: ['як у вас (?:узагалі |взагалі )?є замовлення', 'це сором', 'явно не розуміє', 'навіть розмовляти не хочеться'],
  hi: ['tumse (?:kuch )?nahi hoga', 'kuch nahi aata', 'dusra kaam dhundo', 'time waste kar diya', 'dhang se nahi kar sakte', 'time waste karne', 'kuch samajh nahi aata', 'bacchon jaisi',
      'kisi kaam ke nahi', 'kaam ki samajh zero',
    ],
  ur: ['tum se kuch nahi hoga', 'kuch nahi aata', 'koi aur kaam dhoondo', 'aukaat dekho', 'apni aukaat', 'sharam karein', 'jahil'],
  tl: ['wala kang alam', 'sayang oras ko', 'maghanap ka ng ibang trabaho', 'wala naman talagang alam', 'nakakapagod kayo(?:ng)? kausap'],
  id: ['gak becus', 'nggak becus', 'tidak becus', 'buang waktu saya', 'cari kerjaan lain', '(?:nggak|gak|tidak) pernah kerja beneran', 'males jelasin'],
  ar: ['ما تفهم شي', 'مضيعة وقت', 'دور على شغلة ثانية', 'انت فاشل', 'فاشل', 'ضيعت وقتي',
    'طالب في سنة اولى', 'نصاب', 'msh fahem ay 7aga'],
  tr: ['hicbir sey bilmiyorsun', 'baska is bul', 'vaktimi bosa harcadin', 'zaman kaybisin', 'tam bir zaman kaybi', 'calismak gercekten ceza', 'bile yazamiyorsunuz', 'neden teklif veriyorsun'],
},
examples: ['my nephew could do this better', 'lo hace mejor mi sobrino', 'suchen Sie sich einen anderen Beruf', 'поищите другую профессию', 'gak becus'],
});

/** Refusing people for who they are: nationality, gender, age. */
export const DISCRIMINATE = defineClass({
name: 'DISCRIMINATE',
doc: 'Turning people away for their nationality, gender, age or religion.',
words: {
  en: [
    '(?:no|don\'?t (?:want|hire)|not hiring|won\'?t hire|never hire) (?:\\S+ )?' +
      oneOf([
        'indians?', 'pakistanis?', 'filipinos?', 'nigerians?', 'africans?', 'arabs?', 'asians?', 'muslims?',
        'women', 'girls', 'females', 'old people', 'people over \\d+',
      ]),
      '(?:not|never|no longer|won\'?t be|stopped) hiring (?:from|anyone from|people from|freelancers from) (?:india|pakistan|bangladesh|nigeria|africa|the philippines|asia|egypt|kenya)',
    ],
    es: ['(?:no (?:contrato|quiero)|prefiero no contratar|nada de) (?:\\S+ )?(?:venezolanos|indios|mujeres|negros|latinos|colombianos|argentinos|mayores)'],
    pt: ['(?:nao contrato|nada de|sem) (?:\\S+ )?(?:mulher|mulheres|indianos|nordestinos|negros|velhos)'],
    fr: ['pas de (?:candidats? |candidates? )?(?:d.afrique|africains?|arabes|indiens|femmes|maghrebins)', "(?:pas|aucun) (?:\\S+ )?d.afrique du nord"],
    de: ['(?:keine|nicht mit) (?:bewerber(?:innen)? )?(?:aus (?:indien|pakistan|afrika)|frauen|inder|auslander|turken)'],
    ru: ['(?:индусов|индийцев|женщин|хохлов|азиатов|узбеков|таджиков) не (?:рассматриваю|беру|нанимаю)',
      'не беру (?:женщин|индусов|людей старше)'],
    uk: ['не беру (?:людей,? )?(?:старших|жінок|індусів)', '(?:жінок|індусів) не (?:беру|розглядаю)'],
    hi: ['(?:ladkiyon|auraton|pakistaniyon) ko (?:nahi|nhi) (?:lena|rakhna|hire)'],
    ur: ['(?:auraton|larkiyon|indians) ko (?:nahi|nhi) (?:lena|rakhna|hire)', 'tum logon ko (?:mein )?kabhi hire nahi', 'kis ilaqay'],
    tl: ['ayoko ng (?:babae|indiano|bisaya)', 'kayong mga pinoy'],
    id: ['(?:tidak|gak) (?:terima|mau) (?:orang )?(?:india|perempuan|cewek)', '(?:nggak|gak|tidak) mau dikerjain sama perempuan', 'sama perempuan'],
    ar: ['ما (?:نوظف|اوظف|ابي) (?:هنود|نساء|بنات|مصريين)', 'كبير في السن', 'للشباب مش ليك'],
    tr: ['(?:kadin|hintli|suriyeli|arap) (?:almiyorum|istemiyorum|calistirmam)', 'senin memleketten', 'hepiniz tembelsiniz'],
  },
  examples: ['no Indians please', 'prefiero no contratar venezolanos', 'não contrato mulher', "pas de candidats d'Afrique du Nord",
    'keine Bewerber aus Indien', 'индусов не рассматриваю'],
});

/** Romantic or sexual advances. */
export const ADVANCE = defineClass({
  name: 'ADVANCE',
  doc: 'Compliments on looks, dating questions, invitations to meet privately.',
  words: {
    en: [
      "(?:you(?:'re| are)|you look) (?:so |very |really )?(?:beautiful|pretty|gorgeous|cute)",
      'do you have a (?:boyfriend|girlfriend)', 'are you single', 'go out with me', 'date with me',
      'in my hotel', 'are you married',
      'profile (?:picture|pic|photo) is (?:very |so )?(?:beautiful|pretty|hot|cute)',
      'send me more (?:photos|pictures|pics)', 'over dinner',
    ],
    es: ['(?:eres|estas) muy (?:guapa|guapo|bonita|linda|hermosa)', 'tienes novi[oa]', 'sal(?:ir|gamos) conmigo', 'en mi hotel'],
    pt: ['(?:voce e|vc e|e) muito (?:bonita|linda|gata|gostosa)', 'tem namorad[oa]', 'quer sair comigo', 'no meu hotel'],
    fr: ['(?:tres )?jolie voix', '(?:vous etes|tu es) (?:tres )?(?:jolie|belle|mignonne)', '(?:vous etes|tu es) celibataire', 'dans mon hotel'],
    de: ['foto im bikini', '(?:sie sind|du bist) (?:sehr )?(?:hubsch|schon|sexy)', '(?:sind sie|bist du) single', 'in meinem hotel'],
    ru: ['(?:вы|ты) (?:такая|очень) (?:красив\\S*|милая)', 'поужинаем', 'у (?:вас|тебя) есть парень', 'в (?:моем|моём) номере'],
    uk: ['(?:ви|ти) (?:така|дуже) (?:гарн\\S*|красив\\S*)', 'в мене в готелі', 'у (?:вас|тебе) є хлопець'],
    hi: ['(?:aap|tum) bahut (?:sundar|cute|hot) ho', 'boyfriend hai kya', 'date pe chalo', 'profile pic bahut hot', 'dinner pe chal\\S*'],
    ur: ['(?:aap|tum) bohat (?:khoobsurat|pyari|cute) ho', 'boyfriend hai', 'apni kuch pictures bhejo'],
    tl: ['ang ganda mo', 'may boyfriend ka ba', 'date tayo', 'sexy mo', 'sa hotel na lang tayo'],
    id: ['(?:kamu|anda) cantik (?:banget|sekali)', 'udah punya pacar', 'jalan sama aku', 'seksi banget', 'tanpa bahas kerjaan'],
    ar: ['(?:انتي|انت) (?:جميلة|حلوة)', 'عندك حبيب', 'نطلع سوا', 'انتي متجوزة', 'نتقابل لوحدنا', 'shaklek 7elwa', 'ne5rog sawa'],
    tr: ['cok (?:guzelsin|tatlisin)', 'sevgilin var mi', 'benimle cikar misin', 'sesin cok seksi', 'bana ozel'],
  },
  examples: ['eres muy guapa', 'quer sair comigo', 'vous êtes célibataire', 'Foto im Bikini', 'вы такая красивая', 'ang ganda mo'],
});

/** Threats in more words. */
export const THREAT = defineClass({
  name: 'THREAT',
  doc: 'Threats of harm, exposure or pursuit.',
  words: {
    en: [
      "you(?:'ll| will) (?:see what happens|be sorry)",
      "i(?:'ll| will) (?:post|publish|leak|share) your (?:photos?|pictures?|id|passport|address)",
      '(?:inform|tell|contact|email) (?:all )?(?:the )?(?:companies|clients|people) you work for',
      'post on social (?:networks|media) about (?:you|your)',
    ],
    es: ['vas a ver lo que te pasa', 'te vas a arrepentir', 'voy por ti'],
    pt: ['vou atras de voce', 'sei em que cidade (?:voce|vc) mora', 'vai se arrepender'],
    fr: ["tu vas voir ce qui va t.arriver", 'tu vas le regretter', 'je sais ou tu vis'],
    de: ['(?:dass|das) du das bereust', 'ich weiss,? in welcher stadt', 'du wirst es bereuen'],
    ru: ['пожалеешь', 'пожалеете', 'найду,? где ты живешь', 'тебе конец'],
    uk: ['пошкодуєш', 'викладу твої фото', 'скан паспорта в усі'],
    hi: ['pachtaoge', 'dekh lena', 'chhodunga nahi'],
    ur: ['pachtao ge', 'dekh lena', 'choron ga nahi', 'har facebook group (?:mein|me) daal', 'phir dekhna'],
    tl: ['pagsisisihan mo', 'humanda ka'],
    id: ['awas (?:kamu|lu|lo)', 'nyesel (?:kamu|lu)', 'sebar data(?: pribadi)?'],
    ar: ['راح تندم', 'انتبه على نفسك', 'هكتب عنك بوستات', 'اخلي الكل يعرف'],
    tr: ['pisman olacaksin', 'goreceksin sen', 'pisman olursun', 'spam ile doldururum'],
  },
  examples: ['you will be sorry', 'vou atrás de você', 'tu vas voir ce qui va t’arriver', 'пожалеешь', 'pachtaoge'],
});

/** Renting or lending accounts, and logins, per language (beyond USE_ACCOUNT). */
export const ACCOUNT_DEAL = defineClass({
  name: 'ACCOUNT_DEAL',
  doc: 'Renting, lending or sharing an Upwork account or its login, per language.',
  words: {
    es: ['(?:me )?preste su cuenta', 'prestame (?:tu|su) cuenta', 'desde su perfil', 'usuario y (?:la )?contrasena', 'la contrasena de su cuenta'],
    pt: ['alugo (?:minha|a minha) conta', 'acesso a sua conta', 'verificacao de identidade no meu lugar', 'conta esta no nome d[aeo]'],
    fr: ['(?:me )?loue son compte', 'se connectera a mon compte', 'me connecter a votre compte', 'le mot de passe', 'a votre place', '(?:je te )?loue mon compte'],
    de: [
      '(?:mit )?(?:deinem|ihrem) ausweis (?:fur mich|machen)', 'id-verifizierung (?:fur mich|machen)',
      'account zum mieten', 'mit meinem (?:\\S+-)?login einloggen',
      'einloggen .{0,20}(?:mein|ihr)\\S* (?:konto|account)', 'zugangsdaten',
    ],
    ru: ['зарегистрирован\\S* на (?:знаком\\S*|друга|брата|родственник\\S*)',
      '(?:в )?аренду аккаунт\\S*', 'возьму в аренду', 'пройд[её]т верификаци\\S*',
      'логин и пароль', 'по своему паспорту'],
    uk: ['зареєстрован\\S* на (?:знайом\\S*|друга|брата|родич\\S*)', 'посидіти перед камерою',
      'здам свій акаунт', 'у користування', 'працюватиме з мого акаунт\\S*',
      'логін і пароль'],
    hi: [
      'account (?:rent|kiraye) (?:pe|par) (?:do|dena|chahiye)',
      'login (?:id )?(?:aur|or) password (?:do|de do|bhejo)', 'rent pe de dunga',
      'login details (?:sab )?(?:milenge|dunga|de dunga)', 'id se login kar\\S*',
      'password (?:main )?(?:alag se )?bhej', 'dost ka (?:\\S+ )?(?:wala )?account', 'uspe bid',
    ],
    ur: [
      'account (?:rent|kiraye) (?:pe|par)', 'login (?:aur|or) password (?:dein|de dein|bhejein)',
      'uski jagah camera', 'cnic dikha', 'rent pe chahiye', '2fa code batana',
      '(?:email aur )?password le lo', 'isi account se kaam', '(?:bhai|dost|cousin) bhi (?:isi|is) account',
    ],
    tl: ['ipahiram (?:mo )?(?:ang |yung )?account', 'password mo', 'pinaparent ko', 'eto login ko'],
    id: ['sewa akun', 'pinjam akun', 'password akun (?:kamu|anda)', 'jual akun', 'sewa bulanan', 'login dikasih', 'pinjam ktp', 'foto selfie kamu', 'email dan password akun', 'dipakai bareng'],
    ar: ['تأجير حساب', 'اجار حساب', 'كلمة السر', 'كلمة المرور', 'اشتري حساب', 'صورة بطاقتك',
      'بيانات دخولي', 'نفس هذا الحساب', 'نفس الحساب', 'e3teni el login', 'بيانات دخولي', 'بدالي'],
    tr: ['hesap kiralama', 'hesabini kirala', 'sifreni ver', 'sifresini', 'kiraliyorum', 'sifreyi veriyorum', 'senin kimliginle', 'ortak kullan\\S*'],
  },
  examples: ['préstame tu cuenta', 'alugo minha conta', 'le mot de passe', 'Account zum Mieten', 'логин и пароль', 'здам свій акаунт'],
});
