import { mayTest } from '../detector/prefilter';
import { defineRule, type Hit } from '../detector/rule';
import { APP_NAME, PROJECT_ACCESS } from '../detector/lexicon/index';
import { isDisclaimed, matches, quotedAsk, neighbourhood, sentenceAt, sentenceWindow, sentencesWith, standsAgainst } from '../detector/text';
import { term, termPatterns, tester, within } from '../detector/frame';
import { CHAT_APP } from '../detector/lexicon/channels';
import { except } from '../detector/lexicon/word-class';
import { ASK_CONTACT, ASK_FOR, CONTACT_DETAIL, SUSPENDED } from '../detector/lexicon/people';
import { oneOf } from '../detector/pattern';
import { compileAhead } from '../detector/compile-first';
import { facts } from './catalog';

/** Requests read from the lexicon, in every language: "can you leave an email?", "скинь свой телеграм", "apna number do". */
const ASK_ANY_LANGUAGE = termPatterns(ASK_CONTACT);
/** A give-me and the reader's own detail, in the other languages: "me comparta su teléfono", "podeślij mi swojego maila", "телефон ваш скиньте". */
const ASK_DETAIL = within(except(ASK_FOR, 'en'), except(CONTACT_DETAIL, 'en'), 30);
/** "Please don't send me your email": a refusal inside the request itself. */
const APP_SETTING_AFTER = /^ (?:settings?|preferences|privacy (?:settings?|options)|version|client|status page)\b/;
const REFUSED = /\b(?:don'?t|do not|never|no need to|not)\b/;

/** "I could not find your contact information": the negation is the request's own reason, not a refusal. */
const NOT_FOUND = /^(?:(?:could|can|did|do) not|couldn'?t|can'?t|cannot|didn'?t) find\b/;
/** "...reach you here", "...contact you on Upwork": the way in is this chat. */
const HERE_AFTER = /^ ?(?:here|on upwork|through upwork|via upwork|in (?:the|this) chat|on this (?:site|platform))\b/;

type MessageId = 'request' | 'access';

/**
 * "How can I reach you if you go quiet? Does Upwork email you when I write here?", "Як з тобою зв'язатися? Upwork шле
 * сповіщення, так?": the way in asked about is Upwork's own notice (its app, its emails, its push alerts), asked in the same
 * sentence or the next.
 */
const NOTICE_WORD = '(?:\\b(?:app|notif\\w*|alerts?|push|sends? (?:you|u)|e-?mails? (?:you|u))\\b|сповіщ|уведомл|повідомл|додат|приложени)';
const UPWORK_WORD = '(?:\\bupwork\\b|апворк)';
const UPWORK_NOTICE = new RegExp(
  `${UPWORK_WORD}[^.!?\\n]{0,50}?${NOTICE_WORD}[^.!?\\n]*\\?|(?:\\b(?:notif\\w*|alerts?)\\b|сповіщ|уведомл)[^.!?\\n]{0,40}?${UPWORK_WORD}[^.!?\\n]*\\?`,
);
/** The ask names a detail or another way in ("your number", "outside Upwork", "directly"): Upwork's notice beside it excuses nothing. */
const ASKS_MORE = new RegExp(
  'number|phone|e-?mail|whats|telegram|skype|signal|handle|outside|\\boff\\b|besides|other than|apart from|except|direct|private|personal|' +
    'номер|телефон|пошт|почт|поза|крім|вне|кроме|напрям|особист|лично',
);

/** Another way in named beside Upwork's notice: "besides Upwork", "outside the app", "поза Upwork". */
const OTHER_WAY = /\b(?:outside|besides|other than|apart from|off|instead|directly|privately)\b|поза|крім|вне |кроме|напрям/;
/** An Indonesian ask or the reader addressed: "minta", "kirim", "berapa", "kamu", "Kak". */
const ASKED_ID = /\b(?:kirim\S*|minta|bagi|share|kasih|berapa|boleh|mana|apa|tulis\S*|kamu|anda|kak|kakak|mu|lu|gan|sis|bro|mas|mbak|pak|bu)\b|\?/;

/** "plain text with your office phone", "each PM with their own email": the noun "text" or "PM" (project manager), not the verb. */
const NOUN_ASK = /\b(?:plain|rich|body|alt|the|a|an|each|every|your|our|their)\s$/;
/** "please test it from your own phone": the phone as a device to test on, not a number asked for. */
const ON_DEVICE = /\b(?:from|on|using|in) (?:your|ur) (?:own )?(?:phone|mobile|cell ?phone|device)$/;
/** "Customers will sometimes write their phone number": the reader's audience does it, nobody asks the reader. */
const AUDIENCE_SUBJECT = new RegExp(
  '^\\W*(?:\\w+ )?(?:customers|users|visitors|buyers|shoppers|patients|students|guests|members|subscribers|followers|listeners|viewers|callers|leads)\\b' +
    ' (?:will |can |may |often |sometimes |usually |must |should |who )*$',
);
/**
 * A detail already shared, asked to be removed: "the WA number you wrote in the chat should be deleted", "please remove your phone
 * number from the proposal", "borra tu número del perfil".
 */
const REMOVED = new RegExp(
  '\\b(?:delete|deleted|remove|removed|erase|hapus|dihapus|hapuskan|borra|borrar|elimina|eliminar|apaga|apagar|remova|supprime\\S*|losch\\S*|entfern\\S*|sil(?:in|er misin)?)\\b' +
    '|(?<![а-яіїє])(?:удали\\S*|видали\\S*)',
);


const DETAIL = oneOf([
    'e-?mail(?: address| id)?', 'mail id', 'gmail', 'phone(?: number| no)?', 'number', 'no\\.',
    'cell(?: number)?', 'mobile(?: number)?', 'cell ?phone', '(?:cell|phone|mobile) ?#',
    'contact(?: details| info(?:rmation)?| number| no)?', 'personal (?:e-?mail|number|contact|details)',
    'direct (?:e-?mail|line|number|contact)', 'address', 'home address', 'socials?', 'social media',
    `(?:${APP_NAME})(?: id| handle| username| number| contact| link| profile| account)?`,
    'handle', 'user ?name', 'whatsapp', 'skype', 'telegram', 'discord', 'wechat', 'digits', 'deets',
  ]);
/** "your email marketing", "your number of users", "your phone app": topics, not details. */
const NOT_DETAIL = 
  '(?! ?' +
    oneOf([
      'marketing', 'campaigns?', 'lists?', 'templates?', 'copy', 'newsletters?', 'signatures?', 'providers?',
      'service', 'platform', 'server', 'automation', 'sequences?', 'flows?', 'strategy', 'open', 'clients?',
      'subject', 'inbox', 'design', 'app', 'apps', 'bot', 'bots', 'integration', 'api', 'business api',
      'ads?', 'account manager', 'of\\b', 'one\\b', 'for the', 'verification', 'validation', 'field', 'input',
      'format', 'system', 'setup', 'settings', 'number of', 'screen', 'case', 'stack', 'skills?',
      'experience', 'portfolio', 'rate', 'budget', 'timeline', 'deadline', 'validation', 'rules',
      'formatting', 'masks?', 'lookup', 'country code',
      // "I'd love to help with your Discord community's code of conduct": the app's community as the work.
      'communit(?:y|ies)\\S*', 'server', 'channels?',
    ]) +
    ')';
const namesChatApp = tester([CHAT_APP]);
/** "whats ur email for wix": the question word, not WhatsApp, opens the ask (round 21b); the app still counts after it. */
const QUESTION_WHATS = /^whats? (?=(?:ur|your|yr|u'?r|you'?r|the|ya) (?:e-?mail|mail)\b)/;
const asksChatApp = (asked: string) => namesChatApp(asked.replace(QUESTION_WHATS, ''));
const PHONE_ASKED = /\b(?:phone|cell|mobile|whats ?app)\b/;
const YOUR = `(?:your|ur|yr|you'?r|u'?r|his|her|their)`;
/** "what's your email", "can you share your WhatsApp", "send me your number", "drop your skype". */
const ASK = compileAhead(new RegExp(
  '\\b' +
    oneOf([
      'what(?:\'s| is|s)', 'let me know', 'lmk', 'tell me', 'reply with', 'respond with', 'include',
      // Not the noun: "to see the day list on their phone".
      'list(?! (?:on|in|of|for|is|was|that|which)\\b)',
      'attach', 'put', 'share', 'send', 'give', 'provide', 'drop', 'tell', 'leave', 'text', 'dm', 'pm',
      'pass', 'forward', 'write', 'post', 'type', 'need', 'want', 'get', 'have',
      'may i (?:get|have|ask for)', 'can i (?:get|have|ask for)', 'could i (?:get|have)', 'do you have',
      'please', 'pls', 'kindly', 'mind sharing',
      // "Could you pop your mobile number here?", "jot down your email", "I'd like their direct line".
      'pop', 'stick', 'jot', 'paste', "(?:i'?d|i would|we'?d|we would) (?:like|love|appreciate)",
    ]) +
    `\\b[^.!?\\n]{0,30}?\\b${YOUR} ` +
    oneOf([
      '(?:(?:full |first |last |home |postal |legal |full legal |current |mailing )?(?:name|address)|details|date of birth|dob|birthday),? (?:and |or )?',
      oneOf([
          'best', 'personal', 'private', 'direct', 'work', 'business', 'current', 'preferred', 'usual',
          'real', 'own', 'signal', 'telegram', 'skype', 'whatsapp', 'viber', 'discord', 'full', 'mailing', 'shipping',
          'registered', 'company', 'office', 'billing', 'street', 'delivery', 'postal',
          // "Kindly send us your active phone number and email".
          'active', 'valid', 'working', 'main', 'primary', 'reachable',
          // "what is your good WhatsApp number" (South Asian English), "your university email address", "your other number".
          'good', 'university', 'school', 'college', 'student', 'alternate', 'alternative', 'other', 'updated', 'new',
          'correct', 'official', 'regular', 'normal', 'home',
        ]) +
        ' (?:or |and )?',
    ]) +
    `*${DETAIL}\\b${NOT_DETAIL}`,
'g',
));
/**
 * A detail asked for at the end of a list: "send me your figma profile and your phone number", "share your CV, rates
 * and your WhatsApp". The tail is matched here; the request that opens the list is read before it in code.
 */
const LISTED = compileAhead(new RegExp(
  `(?:,|\\band\\b|&|\\+|\\bplus\\b) (?:also )?${YOUR} (?:best |personal |direct |private |work )?` +
    '(?:e-?mail|phone|number|cell|mobile|whatsapp|telegram|skype|discord|signal|contact|handle)(?: (?:address|number|id|no))?\\b' +
    "(?! ?(?:marketing|campaigns?|templates?|lists?|of\\b|apps?|bots?|api|field|format|validation|verification|'s))",
  'g',
));
/**
 * Thanks for the job's invitation ("Thanks for the invite! Would you mind sending me your accountant's email?"): Upwork's invitation to
 * apply, not access to a tool being given, whatever tool is named after it (round twenty-four).
 */
const INVITE_THANKED = /\b(?:thanks?|thank you|grateful)(?: so much| a lot)? for (?:the|your|this) (?:kind )?(?:invite|invitation)\b/g;
/** A thing received in the reader's inbox: "get an invite in your email", "have it in your e-mail". */
const ARRIVES_IN = /^(?:get|have)\b[^.!?\n]*\b(?:in|into) (?:your|ur|yr) (?:e-?mail|inbox|mailbox)\b/;
const LIST_OPENS = /\b(?:send|share|give|drop|provide|include|tell|dm|text|pass|forward|attach)\b (?:me |us )?(?:your|ur|yr)\b/;
/** "your email?", "email please", "your number pls". */
const TERSE = compileAhead(new RegExp(
  `\\b${YOUR} (?:best |personal |direct |private )?${DETAIL} ?(?:\\?|please|pls|plz)|\\b(?:e-?mail|whatsapp|skype|telegram|number|contact) (?:please|pls|plz)\\b` +
    // Phone typists: "whats ur #", "wats ur num", "what's your addy".
    // "whats ur @ on insta", "wats ur snap", "what's your ig".
    `|\\b(?:what'?s|whats|wats|wuts?) ${YOUR} (?:#|@|num\\b|digits\\b|cell\\b|addy\\b|wa\\b|snap\\b|sc\\b|insta\\b|ig\\b|tg\\b|discord\\b|handle\\b|tele\\b)`,
  'g',
));
/** "what's the best number to reach you on", "which email should I use to reach you", "a number where I can reach you". */
const WAY_TO_REACH = compileAhead(new RegExp(

  '\\b' +
    oneOf([
      '(?:what(?:\'s| is)|which is|which|what) (?:the |your )?' +
        `(?:best |easiest |quickest |preferred |direct |personal )?${DETAIL}(?: should| can| do)? ?` +
        '(?:i |we )?(?:use )?(?:to|for|where|on which)? ?(?:i |we )?(?:can )?' +
        '(?:reach|contact|call|text|message|email|ping)',
      `(?:a|an|any|the) ${DETAIL} (?:where|at which|on which) (?:i|we) (?:can|could) ` +
        '(?:reach|contact|call|text|message)',
    ]),
'g',
));
/** The same request in other languages freelancers write in: Spanish, Portuguese, French, Indonesian, Filipino, Hindi/Urdu. */
/** Italian and Polish, which the lexicon does not list yet: "mi lasci il tuo cell?", "dammi il numero", "podasz mi swój numer?", "daj nicka". */
const ITALIAN_POLISH = compileAhead(new RegExp(
  '(?<![a-z])' +
    oneOf([
      'mi lasci il tuo (?:cell\\S*|numero|mail|whatsapp)', '(?:indicarmi|darmi|lasciarmi) (?:la sua|il suo|il tuo|la tua) (?:\\S+ )?(?:mail|e-?mail|numero|cell\\S*)',
      'dammi il (?:tuo )?(?:numero|cell\\S*)', 'hai (?:whatsapp|telegram|signal)\\?', 'podasz mi (?:swoj )?(?:numer|e-?mail|maila)',
      'poda(?:c|l by pan|la by pani) (?:swoj |prywatny )?(?:adres e-?mail|numer|e-?mail)', 'masz (?:telegram\\S*|whatsapp\\S*|signal\\S*)\\?', 'daj (?:nicka|numer)',
    ]) +
    '(?![a-z])',
  'g',
));
/** The reader's or a shop's audience as the subject before "su número": customers, users, patients, in Spanish, Portuguese, French. */
const AUDIENCE_BEFORE_SU = new RegExp(
  '\\b(?:clientes|usuarios|pacientes|visitantes|compradores|alumnos|alunos|leads|clients|utilisateurs|utilizadores|visiteurs|' +
    'patients|acheteurs|cada (?:cliente|usuario|paciente|visitante)|(?:el|o) cliente final)(?: (?!(?:me|deme|dame|pasame)\\b)[^\\s,.;:!?]+){1,4} $',
);
const OTHER_LANGUAGES = compileAhead(new RegExp(
'\\b' +
  oneOf([
    // Bengali in Latin letters too: "apnar email ta diben?", "tomar number ta dao".
    '(?:su|tu|seu|sua|votre|ton|vos|tera|aapka|apka|tumhara|apna|vash|vashu|vashe|tvoy|tvoi|apnar|apnaar|tomar)\\s' +
      oneOf([
        'correo', 'e-?mail', 'n[uú]mero', 'number', 'nomer', 'num[eé]ro', 'tel[eé]fono', 'telefone',
        't[eé]l[eé]phone', 'whatsapp', 'whats', 'zap', 'telegram', 'telegu', 'insta', 'contacto', 'contato',
        'kontakt', 'celular', 'm[oó]vil', 'portable', 'pochtu', 'pochta',
      ]),
    '(?:minta|boleh minta|bagi)\\s(?:nomor|kontak|no\\.? ?(?:hp|wa)|email|wa)',
    // "nomor WA", "no hp kamu"; a bare "nomor" is any number ("nomor dummy", "nomor resi").
    '(?:nomor|nomer) (?:wa|hp|telepon|kamu|anda|nya)',
    // "no hp", "nohp", "no. WA"; not Polish "nowa" (new) run together.
    'no(?:\\.? ?hp|\\.? wa|\\.wa)(?: (?:kamu|anda|nya))?',
    '(?:e-?mail|number|numero|contact|cp|fb|whatsapp|viber) (?:niyo|mo|nyo|ninyo)(?: po)?',
    // "messenger mo?", "IG nyo po?": only the app, asked as a question.
    '(?:gmail|facebook|messenger|ig|insta(?:gram)?|telegram|skype|discord) (?:niyo|mo|nyo|ninyo)(?: po)?(?= ?\\?)',
    // Not the channel a thing is sent by: "la app crea el recibo y se lo manda por correo al cliente final" (it sends it by mail).
    '(?:me pasa|me das|me envía|me envia|pásame|pasame|manda(?:me)?|envoyez|donnez)' +
      '[^.!?\\n]{0,20}?\\b(?<!\\b(?:por|pelo|pela|via|par|per) )(?:correo|e-?mail|n[uú]mero|tel[eé]fono|whatsapp|contacto|num[eé]ro)' +
      // Round twenty-four: not an order's or an invoice's number ("pásame el número de pedido", "o número da encomenda").
      '(?! d[eoa] (?:la |el |o |a )?(?:pedido|orden|factura|seguimiento|rastreo|gu[ií]a|ticket|serie|compra|referencia|env[ií]o|modelo|encomenda|rastreio|nota))',
  ]) +
  '\\b',
  'g',
));
/** Russian and Ukrainian (word edges that see Cyrillic), Portuguese, Spanish and Turkish asks for a way in. */
const CYR = '(?<![а-яіїєa-z])';
const OTHER_SCRIPTS = compileAhead(new RegExp(
  CYR +
    oneOf([
      // "Как связаться с вами в телеграм?", "Как с вами можно связаться?", "Як з вами зв'язатися?".
      'как (?:бы |мне |можно )?(?:с (?:вами|тобо[йи]) (?:можно )?связаться|связаться с (?:вами|тобо[йи]))',
      'як (?:мені |можна )?(?:з (?:вами|тобою) (?:можна )?зв.язатися|зв.язатися з (?:вами|тобою))',
      // "Не могли бы вы мне дать свой VK/Telegram?", "скинете ваш тг?".
      '(?:дать|дадите|дашь|скинуть|скинете|оставить|оставите|прислать|пришлете) (?:мне )?(?:сво[йи]|ваш\\S*|тво[йи]) ' +
        '(?:vk|вк|telegram|телег\\S*|тг|whatsapp|ватсап|контакт\\S*|номер|почту|ник|соц\\S*)',
      // "есть телеграм?", "є ва[йи]бер?": a question that is only the app.
      '(?:есть|є) (?:telegram|телеграм\\S*|телега|тг|whatsapp|ватсап|ва[йи]бер|viber|скайп|skype|дискорд|discord|вк|vk)(?= ?\\?)',
      // "como faço para entrar em contato com você?", "¿cómo puedo contactarte?".
      '(?:como|onde) (?:eu )?(?:faco|posso|consigo|poderia) (?:para )?(?:entrar em contato|falar|conversar) com (?:voce|vc|o senhor|a senhora)',
      '(?:como|donde) (?:puedo|podemos|podria) (?:contactar(?:te|lo|la|le)|comunicarme con(?:tigo| usted)|ponerme en contacto)',
      // "ingresar sus datos a la lista para mantenernos en contacto", "leave your details so we can stay in touch".
      '(?:ingres|dej|registr|anot|complet|deix|preench)\\S* (?:sus|tus|seus|teus) (?:datos|dados)[^.!?\\n]{0,40}?(?:en contacto|em contato)',
      '(?:leave|enter|add) your (?:details|info|contact details)[^.!?\\n]{0,40}?(?:stay|keep) in touch',
      // "Instagram hesabın var mı?", "Telegram'ınız var mı?": a question that is only the app.
      '(?:instagram|insta|telegram|whatsapp|skype|discord|facebook|snapchat|wechat)' +
        "(?: hesab(?:in|iniz)|'?(?:in|un|iniz|unuz|niz)) var m[iu]",
      // "Telefon numaranızı yazar mısınız?", "mailinizi paylaşır mısınız?".
      '(?:telefon |whatsapp |cep )?(?:numaranizi|numarani|mailinizi|mailini|e-?posta adresinizi) ' +
        '(?:yazar|verir|paylasir|gonderir|atar|iletir) (?:misiniz|misin)',
      // "give me the Telegram owner's name", "the WhatsApp admin's number".
      `(?:${APP_NAME}) (?:owner|admin|manager|moderator)'?s? (?:name|handle|username|id|number|contact)`,
      // "send me some way to privately talk", "give us a way to reach you".
      '(?:give|send|tell) (?:me|us) (?:a|any|some) (?:other )?(?:way|means) to (?:\\S+ )?(?:reach|contact|talk|chat|speak|message)(?: you)?',
    ]) +
    '(?![а-яіїєa-z])' +
    '(?! (?:here|здесь|тут|aqui|aca|no upwork|en upwork|pelo upwork|на апворке|upwork\'?ta))',
  'g',
));
/** "whats ur tag" after "Do you have Discord?", "send me ur ID so I add you" after "Do u use WeChat?". */
const APP_ID_ASK = /\b(?:what(?:'s| is|s)|share|send|give|drop|tell)\b[^.!?\n]{0,15}?\b(?:your|ur|yr)\s(?:tag|id|handle|user ?name|username|number|no\.?)\b/g;
/** "a Signal or Wire ID I can reach you on", "the contact person's email". */
const ID_TO_REACH = compileAhead(new RegExp([
    '\\b(?:id|number|handle|e-?mail|account|username)\\s(?:where |that |which )?(?:i|we) ' +
      '(?:can|could) (?:reach|contact|call|text|message|find|add) you',
    // "your executive director's direct email and phone number": a person of the reader's organisation, by role.
    '\\b(?:the |your )?(?:(?:executive |managing |creative |program |development |marketing )?director|contact person|manager|owner|boss|hr|recruiter|founder|' +
      'ceo|cto|cfo|coo|president|supervisor|principal|team lead|accountant|bookkeeper|cpa|lawyer|attorney|reviewer|editor)' +
      '\'?s? (?:direct |personal |private |work |cell )?(?:e-?mail|phone|number|whatsapp|contact)\\b' +
      '(?! (?:template|field|input|format|validation|column|campaign|signature|list|sequence|copy|design)s?\\b)',
    // "share a parent's phone number", "your assistant's email": a relative's or helper's details, with the possessive.
    '\\b(?:the |your |a )?(?:parent|mom|dad|mother|father|guardian|wife|husband|assistant|secretary)\'s ' +
      '(?:e-?mail|phone|number|whatsapp|contact)\\b(?!(?: number| address)? (?:field|input|format|validation|column|template))',
    // "the email of your CTO", "the number of your manager".
    // "share the mobile number of one parent".
    '\\b(?:e-?mail|phone(?: number)?|mobile(?: number)?|whatsapp|contact(?: details)?) of (?:your|the|one|a|each) ' +
      '(?:contact person|manager|owner|boss|hr|recruiter|founder|cto|ceo|team lead|colleague|developer|partner|parent|guardian)\\b',
    // "provide a direct email address for your clinical reviewer", "send a personal number for the site manager", "and a direct email for remittance".
    '\\b(?:provide|send|give|share|need|want|include|add)\\b[^.!?\\n]{0,40}?\\b(?:a|an) (?:direct|personal|private|separate|working|valid|mobile) ' +
      '(?:e-?mail(?: address)?|phone(?: number)?|number|contact) (?:(?:for|of) your \\w+|for (?:remittance|invoic\\w*|billing|payments?))',
  ].join('|'), 'g'));
/** "I don't hire people who won't give me their phone number": refusing to hire without the details is a demand for them. */
const DEMANDED = compileAhead(new RegExp(
  "\\b(?:(?:who|if you|if they|that) (?:won'?t|don'?t|refuses? to|will not|do not|doesn'?t|does not|can'?t)|(?:unless|until) (?:you|they)) " +
    `(?:give|share|send|provide|hand over) (?:me |us )?(?:their|your|his|her|ur) (?:best |personal |direct |real )?${DETAIL}\\b`,
  'g',
));
/** German asks for the reader's details: "Können Sie mir Ihre E-Mail-Adresse geben?", "schicken Sie mir einfach Ihre Nummer". */
const GERMAN_DETAIL = /\b(?:ihre|deine|dein|ihr) (?:private |personliche |direkte |private )?(?:e-?mail(?:-?adresse)?|(?:telefon|handy|mobil)?nummer|whatsapp|telegram|kontaktdaten)\b/g;
const GERMAN_ASK = /\b(?:geben|gib|schick\w*|send\w*|mitteil\w*|nenn\w*|verrat\w*|hinterlass\w*|lass\w* sie mir|bekommen|haben)\b/;
/** "share contact no. plz", "send phone number". */
const BARE_DETAIL = compileAhead(new RegExp(
  '\\b(?:share|send|give|drop|provide)\\b (?:me |us )?(?:your |ur |the )?' +
    '(?:contact|phone|mobile|cell|whatsapp|wa|viber|telegram) ' +
    `(?:no\\b\\.?|number\\b|num\\b|#|details\\b|info\\b)${NOT_DETAIL}`, 'g'));

/** "give me a direct email", "could I get a personal number": a way in asked for with "a" instead of "your". */
const A_DIRECT_DETAIL = compileAhead(new RegExp(
  // "send me a good number and email", "do you have a personal email where I could send the mockups".
  '\\b(?:(?:give|send|share|drop|pass|text|dm) (?:me|us)|(?:can|could|may) (?:i|we) (?:get|have)|do (?:you|u) have) (?:a|an) ' +
    '(?:direct|personal|private|separate|good|working|valid|reliable|active|other) ' +
    `(?:e-?mail(?: address)?|(?:phone |mobile |cell )?number|phone|line|contact|whatsapp)\\b${NOT_DETAIL}`,
  'g',
));
/** Indirect and passive asks: "the best number to reach you on", "a direct phone line could be provided", "which inbox should I use", "which street is your office on". */
const INDIRECT = compileAhead(new RegExp(
  [
      '\\b(?:the |a |your )?(?:best |direct |personal |quickest )?' +
        '(?:number|phone(?: number)?|phone line|e-?mail(?: address)?|whatsapp|contact)\\b ' +
        '(?:to|where i can|i can|on which i can|at which i can) (?:reach|contact|call|text|message)' +
        ' you',
      '\\b' +
        oneOf([
          'phone (?:line|number)', 'e-?mail(?: address)?', 'contact (?:details|info\\w*)',
          'whatsapp(?: number)?', 'personal (?:number|e-?mail)',
        ]) +
        '\\b[^.!?\\n]{0,25}?\\b(?:could|can|should|would|must) be (?:provided|shared|sent|given)',
      '\\b(?:which|what) (?:inbox|e-?mail address|e-?mail|address|number|app)\\b (?:should|can|do|could) ' +
        '(?:i|we) (?:use|send|write|reach|text|add|save|message|contact)',
      '\\b(?:which|what) (?:city|street|town|address)\\b[^.!?\\n]{0,25}?\\byour ' +
        '(?:office|home|house|place|studio|shop)',
      '\\b(?:a|the) (?:number|e-?mail|contact) where (?:you|your \\w+|he|she|they) (?:can|could)' +
        ' be reached',
      `\\b(?:where|how) (?:can|do) (?:i|we) find (?:you|your \\w+) on (?:${APP_NAME})\\b`,
      `\\bdo you have (?:a |an )?(?:${APP_NAME})\\b` +
        '(?=[^\\n]{0,60}\\b(?:add|reach|message|contact|call|text) you)',
    ].join('|'),
  'g',
));

/**
 * Asks kept apart from INDIRECT so the prefilter skips them on text without their words: a third person's details ("can the
 * developer provide an e-mail to contact him?"), the best detail "for you", and a home address asked piece by piece.
 */
const INDIRECT_MORE = compileAhead(new RegExp(
  [
      // "can the developer provide an e-mail to contact him?": a third person's details, asked for.
      '\\b(?:provide|share|give|leave|drop) (?:us |me )?(?:an?|the|his|her|their) ' +
        '(?:e-?mail(?: address)?|(?:phone )?number|contact) (?:to|where i can|i can) (?:reach|contact|call|text|message) (?:him|her|them)\\b',
      // "Could you share the best email address for you or your marketing lead?", "the preferred number for you".
      "\\b(?:share|send|give|provide|drop|tell me|let me know|what(?:'s| is)|which is) (?:me |us )?" +
        '(?:the|a|your) (?:best|preferred|right|direct|personal) (?:e-?mail(?: address)?|(?:phone |mobile |cell )?number|contact(?: details)?)' +
        ' for (?:you|yourself)\\b(?! (?:to (?:use|enter|type|add)|in the form|on the form))',
      // "Where do you live, which city, which street?", "which street are you on?": the home address, asked piece by piece.
      '\\bwhere (?:do|did) you live(?:,? \\S+){0,4},? (?:which|what) (?:street|building|house|block|road|neighbou?rhood)\\b',
      // "Send me the address, I send you a gift box": the reader's address, for something to be sent to them.
      '\\b(?:send|give|tell) (?:me|us) the (?:full |home |postal |mailing |shipping |delivery |exact )?address(?! of)' +
        ",? (?:and |so )?(?:i|we)(?:'ll| will| can| could)? (?:send|ship|post|mail|deliver) (?:you|u)\\b",
  ].join('|'),
  'g',
));

/** "how can I reach you outside Upwork", "is there another way to contact you". */
const REACH = compileAhead(new RegExp(
  '\\b' +
    oneOf([
      'how (?:can|do|could|should) (?:i|we) ' +
        '(?:reach|contact|call|text|message|find|get (?:in touch with|hold of)) you',
      '(?:is there|do you have) (?:a|an|any|another|other) ' +
        '(?:way|means|channel|platform|number|app) (?:to|i can|we can)? ?' +
        '(?:reach|contact|talk|chat|call|message)',
      // "What's the best way to reach you?": asked of someone already in a chat, it asks for another channel.
      '(?:what\'?s|what is|which is) the (?:best|easiest|quickest|fastest|preferred|simplest) (?:way|means|channel) ' +
        '(?:to|i can|we can) (?:reach|contact|get in touch with|get hold of|talk to|message) you',
    ]) +
    '(?:[^.!?\\n]{0,40}?\\b' +
      '(?:outside|off|besides|other than|apart from|except|directly|privately|personally))' +
    '?',
  'g',
));

/**
 * "What number should I call for the API test?", "which number do we text to test the IVR?": the number of a system under
 * test, not the reader's, when nothing after the question points at the reader ("...to reach you").
 */
// (Not a "test task" or a "demo": a paid trial or a sales call is talk with the reader.)
const TESTING =
  /\b(?:tests?(?! (?:task|project|job|assignment|order|trial))|testing|qa|sandbox|staging|api|ivr|webhooks?|bots?|twilio|sip|voip|integration|otp|sms gateway|call flow)\b/;
const READER_AFTER = /\b(?:you|u|your|ur|yours)\b/;
/** "إذا تم حظر حسابك على واتساب" (if your WhatsApp account is banned): an account named as the one banned, not asked for. */
const BANNED_BEFORE = compileAhead(new RegExp(`${term(SUSPENDED)}\\s*$`));
const OWN_ACCOUNT = /\b(?:in case|my|our)\b/;
const BANNED_AFTER = compileAhead(new RegExp(`^[^.!?,\u060c\\n]{0,20}?${term(SUSPENDED)}`));
/** A chat app named as a word. */
const APP_NAMED = new RegExp(`\\b(?:${APP_NAME})\\b`);

export default defineRule<MessageId>({
  ...facts('contact-request'),
  description: 'Requests for the other party\'s email, phone, chat ID, social profile or another way to reach them outside Upwork.',
  fixLabel: 'Remove this sentence',
  fixScope: 'sentence',
  messages: {
    request: 'This asks for contact details. Upwork forbids both sharing and requesting contact information before a contract starts.',
    access: 'Asking for an email only to give access to a project tool is allowed. Say so clearly and keep the conversation on Upwork.',
  },
  *check({ text }) {
    const hits: Hit<MessageId>[] = [];
    const push = (start: number, end: number) => {
      // "I could not find your email": the negation is the reason for asking; read the stance before the match only.
      const to = NOT_FOUND.test(text.slice(start, end)) ? start : end;
      const sentence = sentenceAt(text, start);
      const lead = text.slice(sentence.start, start);
      if (/^(?:text|pm|dm)\b/.test(text.slice(start, end)) && NOUN_ASK.test(lead.slice(-8))) return;
      const device = ON_DEVICE.test(text.slice(start, end)) && !/^ ?(?:no\b|numbers?|num\b|#|digits)/.test(text.slice(end, end + 9));
      if (device || AUDIENCE_SUBJECT.test(lead) || REMOVED.test(sentence.text)) return;
      if (quotedAsk(text, start, end)) return;
      // "update your Skype setting to allow calls": the app's settings, not the reader's handle.
      if (APP_SETTING_AFTER.test(text.slice(end, end + 16))) return;
      if (isDisclaimed(text, start, to) || REFUSED.test(text.slice(start, to)) || standsAgainst(text, start, to)) return;
      // Upwork's own notice asked about after a bare "how do I reach you": no other channel named in the two sentences.
      // The next sentence's own end mark is read too: the notice has to be asked about ("...when I write here?").
      const ahead = text.slice(start, sentenceAt(text, sentence.end + 1).end + 1);
      // Asked about Upwork's notice, not about a way besides it: "...? Which app do you use besides Upwork?" stays a request.
      if (!ASKS_MORE.test(text.slice(start, end)) && !OTHER_WAY.test(ahead) && UPWORK_NOTICE.test(ahead.slice(end - start)) && !APP_NAMED.test(ahead)) return;
      // A chat app's handle or a phone number gives nobody access to a tool: "I'll share the Drive. What's your WhatsApp?" stays a request.
      const asked = text.slice(start, end);
      const access = !asksChatApp(asked) && !PHONE_ASKED.test(asked) && mayTest(PROJECT_ACCESS, neighbourhood(text, start).replace(INVITE_THANKED, ' '));
      hits.push({ start, end, messageId: access ? 'access' : 'request', ...(access && { exception: 'project-access' as const }) });
    };
    // "you'll get an invite in your email", "you'll have the link in your inbox": the reader's own inbox as where something arrives, nothing asked.
    for (const m of matches(ASK, text)) if (!ARRIVES_IN.test(m[0])) push(m.index, m.index + m[0].length);
    yield;
    for (const m of matches(TERSE, text)) push(m.index, m.index + m[0].length);
    yield;
    for (const m of matches(LISTED, text)) {
      const from = Math.max(sentenceAt(text, m.index).start, m.index - 80);
      const opening = LIST_OPENS.exec(text.slice(from, m.index));
      if (opening) push(from + opening.index, m.index + m[0].length);
    }
    const underTest = (start: number, end: number) => {
      const sentence = sentenceAt(text, start);
      return TESTING.test(sentence.text) && !READER_AFTER.test(text.slice(end, sentence.end));
    };
    yield;
    for (const m of matches(WAY_TO_REACH, text)) if (!underTest(m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length);
    yield;
    for (const m of matches(OTHER_LANGUAGES, text)) {
      // "6 cabang dengan alamat dan nomor telepon masing-masing": a page's content, nobody asked and nobody addressed.
      if (/^(?:nomor|nomer) (?:wa|hp|telepon)$/.test(m[0]) && !ASKED_ID.test(text.slice(sentenceAt(text, m.index).start, sentenceAt(text, m.index).end + 1))) continue;
      // "un campo de WhatsApp para que tus clientes dejen su número": "su" is the customers' own, data a form collects.
      if (/^(?:su|seu|sua|votre|vos)\s/.test(m[0]) && AUDIENCE_BEFORE_SU.test(text.slice(Math.max(sentenceAt(text, m.index).start, m.index - 60), m.index))) continue;
      push(m.index, m.index + m[0].length);
    }
    yield;
    for (const m of matches(ITALIAN_POLISH, text)) push(m.index, m.index + m[0].length);
    yield;
    for (const m of matches(INDIRECT, text)) if (!underTest(m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length);
    yield;
    for (const m of matches(INDIRECT_MORE, text)) if (!underTest(m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length);
    yield;
    for (const m of matches(ID_TO_REACH, text)) push(m.index, m.index + m[0].length);
    yield;
    for (const m of matches(BARE_DETAIL, text)) push(m.index, m.index + m[0].length);
    yield;
    for (const m of matches(A_DIRECT_DETAIL, text)) push(m.index, m.index + m[0].length);
    yield;
    for (const m of matches(GERMAN_DETAIL, text)) if (GERMAN_ASK.test(sentenceAt(text, m.index).text)) push(m.index, m.index + m[0].length);
    yield;
    // The negation is the demand's own condition, not a refusal: read no stance.
    for (const m of matches(DEMANDED, text)) {
      const access = mayTest(PROJECT_ACCESS, neighbourhood(text, m.index).replace(INVITE_THANKED, ' '));
      if (!access) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'request' });
    }
    yield;
    for (const m of matches(APP_ID_ASK, text)) {
      // Only when a chat app is named in this sentence or the one before.
      if (APP_NAMED.test(sentenceWindow(text, m.index, m.index + m[0].length))) push(m.index, m.index + m[0].length);
    }
    yield;
    // "Is there a way I can contact you?", "How can I reach you?": asked in a chat, they ask for another way in.
    for (const m of matches(REACH, text)) {
      const end = m.index + m[0].length;
      // ...of the reader ("contact you"), not of support or a company ("a way to contact support through the app").
      const pointed = /outside|off|besides|other than|apart from|except|directly|privately|personally|\b(?:another|other|any|you)\b/.test(m[0]);
      if ((pointed || /^ (?:you|u)\b/.test(text.slice(end, end + 4))) && !HERE_AFTER.test(text.slice(end, end + 34).replace(/^ (?:you|u)\b/, ''))) {
        push(m.index, end);
      }
    }
    yield;
    for (const m of matches(OTHER_SCRIPTS, text)) push(m.index, m.index + m[0].length);
    const covered = sentencesWith(text, hits);
    yield;
    for (const m of matches(ASK_ANY_LANGUAGE, text)) {
      const sentence = sentenceAt(text, m.index).start;
      if (covered.has(sentence)) continue;
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 40);
      // "... in case my account is closed" is a reason to move, not the account a help text names.
      const ownAccount = OWN_ACCOUNT.test(after.slice(0, 24));
      if (mayTest(BANNED_BEFORE, text.slice(Math.max(sentence, m.index - 16), m.index)) || (mayTest(BANNED_AFTER, after) && !ownAccount)) continue;
      covered.add(sentence);
      push(m.index, m.index + m[0].length);
    }
    yield;
    for (const m of matches(ASK_DETAIL, text)) {
      const sentence = sentenceAt(text, m.index).start;
      if (covered.has(sentence)) continue;
      covered.add(sentence);
      push(m.index, m.index + m[0].length);
    }
    return hits;
  },
});
