/**
 * Accounts and identity, requests for contact details, and harassment words,
 * per language.
 */
import { defineClass } from './word-class';
import { oneOf } from '../pattern';

/** A relative, friend or helper: "my cousin brother", "my VA", "my buddy". */
const CLOSE_PERSON =
  '(?:cousin |elder |younger |little |big |older |best |close )?' +
  oneOf([
    'bro', 'brother', 'sis', 'sister', 'cousin', 'friend', 'buddy', 'mate', 'wife', 'husband', 'partner', 'uncle', 'aunt',
    'dad', 'mom', 'mum', 'father', 'mother', 'son', 'daughter', 'nephew', 'niece', 'colleague', 'roommate', 'relative',
    'assistant', 'va', 'virtual assistant', 'secretary', 'intern', 'team ?mate', 'girlfriend', 'boyfriend',
  ]);
/** A school's learning platform, whose login lets someone else sit a quiz as the student. */
const SCHOOL_SYSTEM = oneOf([
  'canvas', 'blackboard', 'moodle', 'd2l', 'brightspace', 'student portal', 'school', 'uni', 'university', 'college',
  'student', 'course', 'class', 'lms', 'mylab', 'pearson', 'webassign', 'aleks', 'coursera', 'edx',
]);

/** A few relatives and friends, where a frame is costly enough that CLOSE_PERSON's long list would double its code. */
const KIN = oneOf(['brother', 'sister', 'cousin', 'friend', 'wife', 'husband', 'partner', 'relative', 'colleague', 'son', 'daughter', 'uncle']);
/** KIN and a few more people who lend an account (parents, a roommate, a teammate), for the frames added in the fifth session. */
const KIN_PLUS = oneOf([
  'brother', 'sister', 'cousin', 'friend', 'wife', 'husband', 'partner', 'relative', 'colleague', 'son', 'daughter', 'uncle', 'aunt',
  'mom', 'mother', 'dad', 'father', 'roommate', 'teammate', 'girlfriend', 'boyfriend', 'nephew',
]);
/** Someone's account or profile (on Upwork or the platform being discussed). */
export const ACCOUNT = defineClass({
  name: 'ACCOUNT',
  doc: "An account or profile: someone's Upwork account.",
  words: {
    lt: [
      'paskyr\\S{0,3}', 'upwork (?:paskyr|profil)\\S{0,3}',
    ],
    lv: [
      'kont(?:s|u|a|am)', 'upwork (?:kont|profil)\\S{0,3}',
    ],
    et: [
      'konto(?:t|le|l|lt|sse)?', 'upwork\\S{0,3} (?:konto|profiil)\\S{0,3}',
    ],
    hy: ['հաշ(?:իվ|վ)\\S{0,4}', 'ակաունտ\\S{0,4}', 'էքաունթ\\S{0,4}', 'պրոֆիլ\\S{0,4}', 'akaunt\\S{0,4}'],
    uz: ['akk?aunt\\S{0,8}', 'profil\\S{0,6}', 'аккаунт\\S{0,8}', 'профил\\S{0,6}'],
    kk: ['аккаунт\\S{0,8}', 'профиль\\S{0,6}'],
    ky: ['аккаунт\\S{0,8}'],
    tg: ['аккаунт\\S{0,8}'],
    mn: ['акк?аунт\\S{0,6}', 'бүртгэл\\S{0,4}'],
    sq: [
      'llogari\\S{0,4}', 'profil\\S{0,3}',
    ],
    sk: [
      'ucet', 'uct(?:u|om|e)', 'upwork (?:ucet|profil)\\S{0,3}',
    ],
    mk: [
      'профил\\S{0,3}', 'акаунт\\S{0,3}', 'upwork (?:профил|акаунт)\\S{0,3}',
    ],
    sl: [
      '(?:mojem|tvojem|svojem|mojega|tvojega|svojega|mojim|tvojim) racun\\S{0,2}',
      'upwork (?:racun|profil)\\S{0,2}', 'uporabnisk\\S{0,2} racun\\S{0,2}', 'profil(?:a|u|om)?',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: an account.
    km: [
      'គណនី',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: an account.
    my: [
      'အကောင့်',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): an account, a profile.
    kn: [
      'ಅಕೌಂಟ್\\S{0,6}', 'ಖಾತೆ\\S{0,4}', 'ಪ್ರೊಫೈಲ್\\S{0,6}', 'account ?(?:inda|alli|ge)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): an account, a profile.
    pa: [
      'ਅਕਾਊਂਟ\\S{0,4}', 'ਅਕਾਉਂਟ\\S{0,4}', 'ਖਾਤ\\S{0,3}', 'ਪ੍ਰੋਫਾਈਲ\\S{0,4}', 'اکاؤنٹ', 'پروفائل',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): an account, a profile.
    gu: [
      'એકાઉન્ટ\\S{0,4}', 'અકાઉન્ટ\\S{0,4}', 'ખાતા\\S{0,3}', 'પ્રોફાઇલ\\S{0,4}', 'account(?:ma|thi|no|nu)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: an account, a profile.
    si: [
      'ඇකවුන්ට්\\S{0,6}', 'ගිණුම\\S{0,4}', 'ප්‍රොෆයිල්\\S{0,6}', '(?:account|profile) (?:eka|eken|eke|ekata)',
    ],
    // An account in Greek (λογαριασμός, Greeklish logariasmos), Hungarian (fiók with its endings) and Malayalam (അക്കൗണ്ട്, accountil).
    el: ['λογαριασμ\\S{0,3}', 'logariasm\\S{0,3}'],
    hu: ['fiok\\S{0,5}', 'accountom', 'accountod'],
    ml: ['അക്കൗണ്ട\\S{0,6}', 'അക്കൌണ്ട\\S{0,6}', 'account(?:il|inte|um|ilekku)'],
    // An account in Croatian, Serbian and Bosnian (nalog, profil; not a bare 'račun', a bill), Azerbaijani (hesabım, akkaunt), Georgian (ანგარიში, აქაუნთი)
    // and Amharic (አካውንት).
    hr: ['nalog\\S{0,2}', 'upwork (?:racun|profil|nalog)\\S{0,2}', 'korisnick(?:i|og) racun\\S{0,2}', 'account\\S{0,2}'],
    sr: ['налог\\S{0,2}', 'профил\\S{0,2}', 'акаунт\\S{0,2}'],
    az: ['hesab(?:im|imi|in|ini|imdan|iniz|inizi|imiz)', 'akkaunt\\S{0,4}', 'profil(?:im|imi|inizi|iniz)'],
    ka: ['ანგარიშ\\S{0,4}', 'აქაუნთ\\S{0,4}', 'ექაუნთ\\S{0,4}', 'პროფილ\\S{0,4}', 'akaunt\\S{0,4}', 'ekaunt\\S{0,4}', 'angarish\\S{0,3}'],
    am: ['አካውን[\\u1270-\\u1277]\\S{0,3}', 'አካዉን[\\u1270-\\u1277]\\S{0,3}', 'ፕሮፋይ[\\u1208-\\u120f]\\S{0,3}', 'akaunt\\S{0,2}'],
    // An account in Tamil (அக்கவுண்ட், accountla) and Telugu (అకౌంట్, accountlo).
    ta: ['அக்கவுண்ட்\\S{0,4}', 'அக்கௌண்ட்\\S{0,4}', 'account(?:la|ku|le|oda)'],
    te: ['అకౌంట్\\S{0,4}', 'ఖాతా\\S{0,4}', 'account(?:lo|ki|nu)'],
    // An account in Thai, Persian, Hebrew, Bulgarian and Czech.
    th: ['บัญชี(?:ผู้ใช้)?', 'แอคเคา(?:ท์|นต์)'],
    fa: ['account\\S{0,4}', 'akant\\S{0,4}',
      'اکانت\\S{0,3}', 'حساب کاربری'],
    he: ['(?:ל|מ|ש|ו)(?:ה)?חשבון', '(?:ה|ב)?חשבון'],
    bg: ['акаунт\\S{0,3}', 'профил\\S{0,3}'],
    cs: ['ucet', 'uct(?:u|em)'],
    // Polish account and profile (konto in its cases; not "kontakt").
    pl: ['konto', 'konta', 'kontem', 'koncie', 'kont', 'profil\\S*'],
    // Japanese and Swahili: an account.
    ja: ['アカウント'],
    sw: ['akaunti', 'akaunt'],
    en: ['(?:upwork )?(?:accounts?|accs?|accts?|profiles?|id)'],
    es: ['(?:tu |su |la |una )?cuentas?', 'perfil'],
    pt: ['(?:sua |tua |a |uma )?contas?', 'perfil'],
    fr: ['(?:ton |votre |un )?comptes?', 'profil'],
    de: ['(?:dein(?:en)? |ihr(?:en)? )?(?:konto|account|profil)'],
    ru: ['аккаунт\\S*', 'акк\\S*', 'профил\\S*', 'учетк\\S*'],
    uk: ['акаунт\\S*', 'профіл\\S*'],
    hi: ['account', 'id', 'profile',
      'अकाउंट\\S{0,4}', 'अकाउन्ट\\S{0,4}', 'एकाउंट\\S{0,4}', 'प्रोफाइल\\S{0,4}', 'प्रोफ़ाइल\\S{0,4}'],
    ur: [
      // Urdu in its script: account, profile.
      'اکاؤنٹ\\S{0,3}', 'پروفائل', 'account', 'id', 'profile'],
    tl: ['account', 'profile'],
    id: ['akun', 'account', 'profil'],
    ar: ['حساب\\S*', 'الحساب', 'بروفايل',
      '(?:ل|ب|و|ف|في|لل)?ا?بورك', '(?:ل|ب|و|ف|في|لل)?اب ورك', '(?:ل|ب|و|ف|في|لل)?اپورك',
      // Arabizi and Darija: "7sabak", "compte", "profil", "اكونت".
      '(?:el )?7e?sab\\w*', 'compte\\w*', 'profil', 'اكونت', '(?:ال)?اكاونت',
    ],
    tr: ['hesab\\S*', 'hesap', 'profil\\S*'],
    nl: ['account', 'profiel', 'upwork-?(?:account|profiel)'],
    ro: ['cont(?:ul)?', 'profil(?:ul)?'],
    ms: ['akaun', 'account', 'profil'],
    ko: ['계정', '아이디', '프로필'],
    zh: ['账号', '帳號', '賬號', '账户', '帳戶'],
    vi: ['tai khoan', 'acc'],
    // Account in Devanagari (अकाउंट, अकाउन्टबाट) and Bengali (অ্যাকাউন্ট, একাউন্টে).
    mr: [
      'अकाउंट\\S{0,6}', 'अकाऊंट\\S{0,6}', 'प्रोफाइल\\S{0,6}'],
    ne: [
      'अकाउन्ट\\S{0,4}', 'अकाउंट\\S{0,4}', 'एकाउन्ट\\S{0,4}', 'प्रोफाइल\\S{0,4}'],
    bn: [
      'অ্যাকাউন্ট\\S{0,4}', 'একাউন্ট\\S{0,4}', 'এ্যাকাউন্ট\\S{0,4}', 'প্রোফাইল\\S{0,4}'],
    ha: ['asusu\\S{0,3}'],
    ig: ['akauntu'],
    so: ['akoon\\S{0,5}'],
    mg: ['kaont[yi]\\S{0,4}'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['konto(?:t|n)?', 'upwork-?konto\\S{0,3}', 'profil(?:en)?'],
    no: ['konto(?:en)?', 'upwork-?konto\\S{0,3}', 'profil(?:en)?'],
    da: ['konto(?:en)?', 'upwork-?konto\\S{0,3}', 'profil(?:en)?'],
    fi: ['tili\\S{0,5}', 'upwork-?tili\\S{0,5}', 'profiili\\S{0,4}'],
    'is': ['aðgang\\S{0,4}', 'upwork-?aðgang\\S{0,4}', 'reikning\\S{0,4}'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'τον λογαριασμό μου', 'a fiókom', 'എന്റെ അക്കൗണ്ട്',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'moj nalog', 'мој налог', 'hesabım', 'ჩემი აქაუნთი', 'አካውንቴ',
    // Tamil, Telugu, Nigerian Pidgin.
    'என் அக்கவுண்ட்', 'naa accountlo',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'บัญชีผู้ใช้', 'اکانت', 'החשבון', 'акаунта ми', 'účet',
    'your Upwork account', 'tu cuenta', 'sua conta', 'ваш аккаунт', 'akun kamu', 'حسابك', 'hesabını',
    'मेरा अकाउंट', 'अकाउंटवरून', 'अकाउन्टबाट', 'অ্যাকাউন্ট দিয়ে'],
  counterExamples: [
    'अकाल', 'একা'],
});

/** Renting, borrowing, using or lending an account. */
export const USE_ACCOUNT = defineClass({
  name: 'USE_ACCOUNT',
  doc: "Using, renting, borrowing or lending someone's account, per language.",
  words: {
    te: [
      // Telugu: another working on the writer's account.
      'నా (?:upwork )?(?:అకౌంట్|account) (?:లో )?(?:మీరు|నువ్వు)', 'naa (?:upwork )?account (?:lo )?(?:meeru|nuvvu)',
    ],
    ta: [
      // Tamil: another working on the writer's account.
      'என் (?:upwork )?(?:அக்கவுண்ட்|account)-?ல (?:நீங்க|நீ)', 'en (?:upwork )?account ?la (?:neenga|nee)',
    ],
    ne: [
      // Nepali: another on the writer's account, a relative's account (round twenty-five).
      'मेरो (?:खाता|अकाउन्ट|प्रोफाइल)(?:बाट|मा) (?:तपाईं|तिमी)',
      '(?:दाइ|दाजु|भाइ|दिदी|बहिनी|साथी)को (?:खाता|अकाउन्ट|प्रोफाइल)बाट',
    ],
    mr: [
      // Marathi: another on the writer's account (round twenty-five).
      'माझ्या (?:अकाउंट|खात्या|प्रोफाइल)(?:वरून|वर) (?:तुम्ही|तू)',
    ],
    en: [
      // Round twenty, phone chat: another's account or name: "he could hire u under his", "my mate lets me use her upwork", "interview in ur name", "i can give u my account and u can take
      // orders from it".
      '(?:hire|pay|bid on|work for|contract) (?:u|you|me) under (?:his|hers|her|theirs|his account|her account)',
      '(?:work|bid|apply)\\S* under (?:his|hers|her (?:account|profile|acct|name)|his (?:account|profile|acct|name))\\b',
      'lets? me use (?:his|her|their) (?:upwork|account|acct|profile)',
      '(?:interview|call|test|verification) in (?:ur|your|his|her) name',
      '(?:give|lend) (?:u|you) my (?:upwork )?(?:account|acct|profile) and (?:u|you) can',
      '(?:friend|cousin|brother|sister|nephew|mate|pal)(?:.?s)? (?:upwork )?(?:account|acct|acc|profile) is verified',
      // Bidding from someone's account, several people on one login, a helper working under the writer's profile:
      // "can I bid using yours?", "3 person use the same upwork account", "my cousin helps me on some projects using my account",
      // "they will work using my personal login", "my associate handles the applications under my profile; clients see it as one writer".
      '(?:bid|bidding|apply|applying|post|posting|send (?:the )?(?:proposals?|bids?)) (?:using|with|from|through|on|under) yours',
      // Someone else logs in or covers on the writer's account: "he will login on my account", "covering the night shift on my Upwork account".
      '(?:he|she|they) (?:will |would |can |is going to |are going to )?(?:log ?in|login|logs in|be covering|cover|answer) (?:\\S+ ){0,4}on my (?:upwork )?(?:account|profile)',
      'covering (?:\\S+ ){0,4}on my (?:upwork )?(?:account|profile)',
      // A second account of the writer's, or one bought: "I'll send the formal offer from the other account", "an old account I bought from a friend".
      '(?:send|make|submit) (?:you )?(?:the )?(?:formal )?(?:offer|proposal|invoice|bid) from (?:my |the )?other (?:upwork )?(?:account|profile)',
      '(?:upwork )?account (?:\\S+ ){0,4}(?:i|we) bought (?:from|off)',
      // The client's own login asked for instead of a seat: "just send me the QuickBooks login you use yourself".
      '(?:the|your) (?:\\S+ )?login you use yourself', 'no need to add me as a user',
      // The offer sent to another person's account: "send the offer to my partner's account", "used his one to send the invoice".
      '(?:send|move|make) (?:the |your )?(?:offer|contract|invite|invitation) to my (?:\\S+ )?(?:partner|friend|brother|sister|cousin|colleague|wife|husband).?s account',
      '(?:use|used|using) (?:his|her) one to (?:send|bid|apply|invoice|submit)',
      '(?:\\d+|two|three|four|five|several|multiple) (?:persons?|people|members|devs|guys|of us) (?:\\S+ ){0,2}(?:use|uses|using|work on) ' +
        '(?:the same|one|a single) (?:upwork |freelancer |agency )?(?:account|profile|login)',
      `(?:my|our) ${CLOSE_PERSON} (?:\\S+ ){0,8}(?:using|uses|through|from) my (?:upwork |personal )?(?:account|acct|profile|login)`,
      '(?:they|he|she|developers|devs|team|others|writers|designers) (?:\\S+ ){0,2}(?:work|bid|bidding|reply|replying|log in|working) ' +
        '(?:using|with|through|from|under) my (?:personal |own )?(?:upwork )?(?:login|credentials|account|profile)',
      `(?:my|our) (?:associate|${CLOSE_PERSON}) (?:\\S+ ){1,5}under my (?:upwork |freelancer )?(?:profile|account|name)`,
      'clients? (?:see|sees|think) (?:it|us|them|this) (?:as|is) (?:one|a single) (?:writer|person|freelancer|developer|designer)',
      // South Asian English: "I am giving you login of my Upwork client account".
      '(?:giving|give|sending|send|sharing|share) (?:you|u) (?:the )?(?:login|password|credentials) (?:of|for|to) my (?:upwork )?(?:client |freelancer )?(?:account|profile)',
      // Someone else's face with the writer's skills, a session left open for a remote user, an owner who is not the writer.
      '(?:your|ur) (?:upwork )?(?:account|acc|profile|face|name|identity|id)(?:,| \\+| and| &| plus) my (?:skills?|work|expertise)',
      '(?:leave|keep) (?:the |your |ur )?(?:session|laptop|computer|pc|browser|upwork|account) (?:\\S+ ){0,2}(?:open|on|logged in|running) (?:\\S+ ){0,3}(?:remote|anydesk|teamviewer)',
      `(?:on behalf of|for) my ${KIN_PLUS},? who owns (?:this|the) (?:upwork )?(?:account|profile)`,
      '(?:contract|offer|job) (?:will be|is|goes) (?:under|in) (?:his|her|their) name',
      // Shared by a team, worked under someone else, a relative's account used or hired, whose account it really is.
      '(?:share|shares|sharing|shared) (?:one|1|a single|this single|the same|a common|this one) (?:upwork |freelancer |verified )*(?:account|acc|acct|profile|login)',
      // Round twenty-four: two or more people as the subject of the sharing, whatever the article ("we share this Upwork account", "my cousin
      // and I share my profile"); the profile said to be another's ("this profile is of my studio partner"); the offer or the contract
      // sent to someone else's profile ("send the offer to my brother's profile"), not a profile shown ("look at my brother's profile").
      `(?:we|we both|we two|both of us|the two of us|he and i|she and i|my (?:\\S+ )?${KIN_PLUS} and i) (?:\\S+ ){0,2}(?:share|shares|sharing) ` +
        '(?:this|our|his|her) (?:upwork |freelancer |verified )*(?:account|acc|acct|profile|login)',
      `(?:the|this) (?:upwork )?(?:account|profile) is (?:actually |really )?(?:of|from) (?:my|our) (?:\\S+ )?${KIN_PLUS}`,
      `(?:offers?|contracts?|hires?|jobs?|invites?|invitations?|payments?|milestones?) (?:\\S+ ){0,2}(?:to|on|into) (?:my|our) (?:\\S+ )?${KIN_PLUS}` +
        '(?:-in-law)?.?s (?:upwork |verified |freelancer )*(?:account|acc|profile|id)',
      '(?:account|profile|acc) (?:is |are )?shared (?:by|between|among) (?:me|us|my|our|\\d+|two|three|four|five|several|multiple|the (?:whole )?team)',
      '(?:work|works|working) together (?:through|on|from|under|in) (?:this|one|a|the same|our) (?:single |one |shared )?(?:upwork )?(?:account|profile)',
      '(?:who|we|they) (?:all|both) (?:log|sign) ?in (?:and|to) (?:work|bid|reply|answer)',
      '(?:work|works|working|bid|bids|bidding) (?:under|with|using) (?:your|ur) (?:upwork )?(?:name|identity)',
      '(?:work|works|working) (?:from|on|through|under) (?:your|ur) (?:company.?s |agency.?s |team.?s )?(?:upwork |freelancer )*(?:account|profile|acc)',
      '(?:hire|hiring) (?:your|ur) (?:upwork )?(?:account|acc|acct)',
      '(?:hire|hiring) (?:your|ur|the) (?:upwork )?profile(?=,? (?:and |but )?not (?:you|the person))',
      `(?:hire|hiring) my ${KIN_PLUS}(?:.?s)? (?:upwork |verified )?(?:account|acc|profile)`,
      `(?:it.?s|it is|this is|(?:the|this) (?:account|profile) is) (?:actually |really )?(?:my|our) ${KIN_PLUS}(?:-in-law)?.?s (?:verified )?(?:account|profile|acc)`,
      `(?:account|profile|acc|one) belongs to (?:my|our) ${KIN_PLUS}`,
      `(?:use|using|from|posting from|bidding from) my ${KIN_PLUS}.?s(?=[,;.!?]| now| instead| for now)`,
      '(?:account|acc|profile) is (?:mine|ours) to (?:use|run|keep)',
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
      // Not the writer using their own login ("I'm using my Upwork login on the new laptop", round twenty-one).
      "(?:(?<!\\b(?:i|im|i'm|i am|i was|i've been|i have been|i'll be|i will be|i still|i always|i only)\\s)(?:use|uses|using) my|(?:use|uses|using) (?:his|her|their|someone.?s|a friend.?s)" +
        '|(?:share|shares|sharing) (?:my|your|ur|his|her|their)) ' +
        '(?:upwork )?(?:login|logins|credentials|creds)',
      '(?:we|they|all|both|everyone|devs|developers|team|members|people|guys|writers|operators|designers) (?:\\S+ ){0,2}' +
        '(?:log|logs|sign|signs|work|works|bid|bids) (?:in|on|into|in to|from|through|under) ' +
        '(?:the same|one|a single|a shared|my single|one shared|this (?:one|single|same|shared)) (?:upwork |freelancer |client |agency )*(?:account|profile|login)',
      '(?:work|works|working) (?:from|on|through|under) (?:my|our|one|a) shared (?:upwork )?(?:account|profile)',
      '(?:team|devs|developers|people|members|\\d+|who|we all|they all) (?:\\S+ ){0,2}(?:work|works|working) (?:from|on|through|under) ' +
        '(?:my|our|one|a|this) (?:single|one) (?:upwork )?(?:account|profile)',
      '(?:rent|renting|borrow|buy|buying) (?:ur|your|yr) (?:upwork )?(?:acc|acct)s?',
      '(?:send|sends|sending|submit|submits) (?:the |an? |my |your )?(?:offer|proposal|bid)s? (?:from|through|via|on|under) ' +
        '(?:my|his|her|a) (?:\\S+ )?(?:brother|sister|cousin|friend|wife|husband|partner|colleague)(?:.?s)? (?:upwork )?(?:account|profile)',
      '(?:this |the |my )?(?:upwork )?(?:profile|account) (?:you(?:\'re| are) (?:seeing|looking at|talking to) )?' +
        '(?:belongs|is registered) to my (?:friend|brother|sister|cousin|wife|husband|partner|colleague|relative|uncle|aunt|father|mother|dad|mom)',
      '(?:(?:it\'?s|it is) my work,? |my work,? (?:just|only|but) )your (?:upwork )?(?:account|profile|name)',
      '(?:it|the contract|the job|the work|everything) will (?:stay|remain) (?:on|under) my (?:upwork )?(?:profile|account)',
      '(?:borrow|rent|lease) (?:your|ur) upwork\\b',
      // "my bro is gonna log in to my acct", "my VA Rosa will be logging into my Upwork", "my assistant runs my account".
      `(?:my|our) ${CLOSE_PERSON} (?:\\S+ ){0,4}(?:log|sign)(?:s|ging|ged|ning|ned)?(?: ?in| ?on)?(?:to| to)? (?:my|our) (?:upwork|acct|account|profile)`,
      `(?:my|our) ${CLOSE_PERSON} (?:\\S+ ){0,2}(?:runs|manages|handles|operates|uses|(?:will|is going to|is) (?:run|manag|handl|operat|us)\\S*) ` +
        'my (?:upwork )?(?:account|acct|profile|login)',
      '(?:reply|replying|replies|bid|bidding|bids|post|posting|apply|applying|messaging|chatting) (?:from|on|through|with|using) my (?:login|credentials|password)',
      // Round twenty-one, by frame: anyone but the writer logging in on the writer's account to answer there ("Camilo and Vale will log in with my account
      // and answer you from there"), and a contract taken on another's account ("we can take the contract on his account and I do the work").
      "(?<!\\b(?:i|i'll|i will|i can|i could|i'd|i would|i need to|i have to|let me|i'm going to|i am going to|i'm gonna)\\s)(?:log ?in|login|sign in|logs in|signs in)" +
        ' (?:with|on|to|into|using|through|via) (?:my|our) (?:upwork |main |own )?(?:account|acct|profile|login|seat) (?:\\S+ ){0,2}(?:and )?' +
        '(?:answer|reply|respond|chat|message|bid|apply|talk to)',
      '(?:take|run|do|get|accept|sign|put) (?:the |this |your |our )?(?:contract|job|project|offer) (?:on|under|through|via|from|with) ' +
        '(?:his|her|their|(?:my|our) (?:\\S+ )?(?:friend|colleague|partner|cousin|brother|sister|mate|buddy)\\S*) (?:old )?(?:upwork )?(?:account|profile|acct|name)',
      // "can i use ur upwork to apply", "use your Upwork profile for bidding".
      '(?:use|using|borrow) (?:your|ur|yr) upwork (?:account |profile |acc |acct )?(?:to|for) (?:apply|bid|send|submit|get|take|pitch|win|work)',
      // "the contract has to go on my buddy's profile", "work from my cousin brother's account".
      `(?:from|on|onto|under|through|via|with|use|using) my (?:american |us )?${CLOSE_PERSON}(?:.?s)? (?:upwork |client |freelancer |agency |verified |top rated |old )*(?:account|acct|profile|id)`,
      // "Our agency runs one freelancer profile for the whole team", "the whole team shares a single Upwork account".
      '(?:one|a single|the same|a shared) (?:upwork |freelancer )*(?:account|profile|login) for (?:the (?:whole |entire )?team|all of us|everyone|' +
        'all (?:\\S+ )?(?:of (?:our|the) )?(?:devs|developers|designers|writers|members)|several people|multiple people|\\d+ people)',
      '(?:the (?:whole |entire )?team|all of us|everyone on the team|they all|we all|\\S+ all) (?:\\S+ ){0,2}(?:uses?|shares?|works? (?:from|on|through|under)) ' +
        '(?:one|a single|the same|a shared|this (?:one|single|same|shared)) (?:upwork |freelancer )*(?:account|profile|login)',
      '(?:the|this|my) (?:upwork )?(?:account|profile|acct) (?:is|was) (?:registered |set up |opened )?(?:in|under) my ' +
        '(?:\\S+ )?(?:mom|mum|dad|mother|father|brother|sister|cousin|friend|wife|husband|partner|uncle|aunt|parent|boss)' +
        '(?:.?s)? name',
      '(?:hire|hiring|pay|paying|contract|contracting) me (?:through|via|on|under|from) (?:hers|his|theirs|(?:her|his|their) (?:account|profile))',
      // The contract on someone else's profile, the work by the writer: "could you hire him instead and I'll do the work",
      // "hire my cousin's profile", "the offer goes to my friend but I do the job".
      `(?:hire|book|contract) (?:him|her|them|my ${KIN}) instead,? (?:and |but )?(?:i|i'll|i will|i'd|me)(?: \\S+)? ` +
        '(?:do|handle|deliver|finish) (?:the |all the )?(?:work|job|project|tasks?|everything|it)',
      `(?:hire|book) (?:his|her|their|my ${KIN}.?s) (?:upwork )?(?:profile|account)`,
      `(?:(?:send|offer|give) (?:the )?(?:contract|offer|job) to|(?:contract|offer|job) (?:goes|will go|will be|stays) (?:to|on|under)) ` +
        `(?:him|her|them|his|my ${KIN})\\S* (?:\\S+ ){0,3}(?:but|and|while) (?:i|i'll) (?:\\S+ ){0,3}(?:do|doing|handle|handling|deliver|finish) ` +
        '(?:the |all the )?(?:work|job|project|tasks?|everything|it)',
      '(?:i|me) (?:can |could )?use (?:it|hers|his|theirs) to (?:apply|bid|send proposals|pitch)',
      '(?:brother|sister|cousin|friend|wife|husband|partner|colleague|assistant|mom|dad|son|daughter)\\S*,? (?:who |that ' +
        ')?(?:also |sometimes |often |will |can |too )*(?:answers?|repl(?:y|ies)|responds?|writes?|handles?|chats?|bids?)' +
        ' (?:\\S+ ){0,2}(?:on|from|through|in|via) (?:this|my|our|the same) (?:upwork )?(?:account|profile)',
    ],
    es: [
      // Round 127: one account used by two, the reader's account entered, an account opened in the reader's name for someone else.
      'la cuenta la us\\S* (?:los|las|entre) (?:dos|tres)',
      '(?:entrar|entro|meterme|acceder) (?:en|a) tu cuenta',
      '(?:abro|abrir|creo|crear|hago) (?:yo )?(?:la |una )?cuenta (?:\\S+ ){0,2}a tu nombre',
      // Rioplatense and Mexican: "mi primo tiene una cuenta Top Rated y me la presta", "trabajo desde la cuenta de mi hermano".
      '(?:tiene|tenes|tienes) una cuenta (?:\\S+ ){0,3}y me la (?:presta|pasa|deja)', 'desde la cuenta de mi (?:primo|prima|hermano|hermana|cunado|tio|novia|esposa|amigo|amiga)',
      '(?:acepta|toma|firma)\\S* el contrato (?:a|en|con) (?:su nombre|su cuenta|nombre de (?:el|ella))', 'a (?:su|nombre de el) nombre y yo hago',
      // Hired in someone else's name, the work done by the writer: "contrátalo a él y yo hago el trabajo".
      'contrata(?:lo|la)? (?:\\S+ ){0,3}y yo (?:hago|hare) (?:el|todo el) trabajo',
      '(?:usar|alquilar|rentar|prestar|comprar|compartir|manejar) (?:tu|su|la|una) cuenta', 'prestame tu cuenta', 'alquiler de cuenta',
      'vendo (?:mi |una )?cuenta',
      // Round twenty-four: another's profile lent for the bids ("usa mi perfil para postular").
      'usa(?:r|s)? mi (?:perfil|cuenta) (?:de upwork )?para (?:postular|aplicar|ofertar|enviar|mandar|tomar|agarrar|trabajar|conseguir|cobrar)',
      // Italian and Polish (LANGUAGES has no 'it' or 'pl' yet).
      'mi presti l.account', 'prest\\S* (?:il (?:mio|tuo|suo) |l.)account', 'vendo (?:l.)?account',
      'intestato a (?:mia|mio) (?:sorella|fratello|cugin[oa]|moglie|marito|madre|padre|amic[oa]|zi[oa]|cognat[oa])',
      'pozycz\\S* (?:mi |ci |panu |pani )?(?:swoje |twoje |moje )?konto', 'zalogowac (?:sie )?na (?:pana|pani|twoje|wasze) konto',
      'nalezy do (?:mojego|mojej) (?:kuzyn|brat|siostr|kolez|kolegi|znajom|zon|mez|tat|mam)\\S*',
    ],
    pt: [
      // Round 127: the writer going into the reader's account, an account opened with a relative's ID.
      '(?:entrando|entro|logando|logo|acessando|acesso) (?:na|em) (?:tua|sua) conta',
      '(?:conta|perfil) (?:nova |novo )?com (?:o |a )?(?:rg|cpf|documento|identidade) d[ao]s? (?:minha |meu )?(?:prima|primo|irma|irmao|mae|pai|amiga|amigo|tia|tio|esposa|marido)',
      'entr[ae] na minha conta (?:do|da) upwork',
      // Round twenty-four: logged in on the writer's account to act there, a profile lent for the bids, an account bought or sold.
      '(?:entra|entre|loga|logue|acessa|acesse) na minha conta (?:e|pra|para) (?:\\S+ )?(?:responde|responder|manda|mandar|envia|enviar|pega|pegar|fala|falar)',
      'usa(?:r)? (?:o )?meu perfil (?:pra|para) (?:mandar|enviar|pegar|aplicar|trabalhar|fechar|receber)',
      '(?:compro|vendo|compra-se|vende-se) (?:uma |minha |a )?conta (?:verificada|aprovada|antiga|top rated|d[ao] upwork|upwork)',
      // "ele não tem conta, por isso usa a minha para entregar".
      'usa a minha (?:conta )?para (?:entregar|receber|trabalhar|enviar)',
      // "cada um usa o login quando tem tempo", "trabalho pela conta do meu irmão".
      'cada um usa o (?:mesmo )?login(?! (?:proprio|dele|dela|individual))', '(?:pela|na|com a) conta d[oa] (?:meu |minha )?(?:irmao|irma|primo|prima|namorad[oa]|esposa|marido|tio|tia|cunhad[oa])',
      // "ele aceita o contrato no nome dele e eu faço o trabalho": a friend with a verified account takes the contract.
      '(?:aceita|pega|fecha|assina)\\S* o contrato (?:no|em) (?:nome|conta) (?:dele|dela|de(?:le|la)s?)', 'no nome (?:dele|dela) e eu (?:faco|fa[cç]o)',
      'contrat[ae](?:-o|-a)? (?:\\S+ ){0,3}e eu (?:faco|farei) (?:o|todo o) trabalho',
      '(?:usar|alugar|emprestar|comprar|compartilhar) (?:sua|tua|a|uma) conta', 'me empresta (?:sua|tua) conta', 'aluguel de conta',
      'pela conta (?:da|do) (?:minha|meu) \\S+', 'pela conta de outra pessoa',
      'vend[oe] (?:minha |uma |essa )?conta (?:d[oa] |n[oa] )?upwork', 'compro (?:uma )?conta (?:d[oa] |n[oa] )?upwork', 'entram na minha conta',
      '(?:usamos|usam) (?:este|esse) perfil em conjunto',
    ],
    fr: [
      // Round 127: working with a relative's account ("avec le compte de mon frère").
      '(?:avec|sur|depuis|via) le compte de (?:mon|ma) (?:frere|soeur|cousin\\S*|ami\\S*|pere|mere|femme|mari|collegue)',
      // "j'utilise celui de mon cousin" (his account), "un deuxième compte au nom de ma blonde" (Quebec: my girlfriend).
      "j.utilise (?:celui|le compte) de (?:mon|ma) (?:cousin|cousine|frere|soeur|ami|amie|blonde|chum|femme|mari)",
      'compte (?:\\S+ ){0,2}au nom de (?:ma|mon) (?:blonde|chum|femme|mari|soeur|frere|cousin|cousine|mere|pere)',
      '(?:engage|embauche)[zr]?[- ](?:le|la) (?:\\S+ ){0,3}et (?:je|c.est moi qui) (?:fais|ferai) (?:le|tout le) travail',
      '(?:utiliser|louer|preter|acheter|partager) (?:ton|votre|un) compte', 'location de compte',
      'je te le prete', 'un compte verifie', 'compte verifie aux',
      '(?:je (?:te|vous) )?pret\\S* (?:mon|ton|votre|un|son) compte', 'vends? (?:mon |un )?compte',
    ],
    de: [
      // Swiss German: "ich gib Ihne s Passwort vo mim Upwork-Account".
      '(?:gib|gebe) (?:ihne|ihnen|dir) (?:s|das) passwort (?:vo|von|vom|fur) (?:mim|meinem|mym)',
      '(?:stell|beauftrag|engagier)\\S* (?:sie )?(?:ihn|sie|meinen \\S+|meine \\S+) (?:\\S+ ){0,3}ich (?:mache|erledige) die arbeit',
      '(?:dein(?:en)?|ihr(?:en)?) (?:konto|account|profil) (?:nutzen|benutzen|mieten|leihen|verwenden)', '(?:konto|account) (?:mieten|leihen|vermieten)',
      'unter meinem (?:account|konto|profil) weiter', '(?:loggt|meldet) sich (?:\\S+ )?mit meinen (?:zugangs|login-?)?daten (?:an|ein)',
    ],
    ru: [
      // "работаю с аккаунта брата" (the writer works from a relative's account), "оформить контракт на аккаунт моего друга".
      '(?:на|с|через) аккаунт(?:е|а)? (?:моего|моей) (?:друга|брата|сестры|жены|мужа|подруги|кузена|коллеги)',
      '(?:работаю|работать|буду работать) (?:с|через|из-под) аккаунта ' +
        '(?:брата|сестры|друга|жены|мужа|кузена|родственника)',
      '(?:найми|возьми)\\S* (?:его|ее|моего \\S+|мою \\S+) (?:\\S+ ){0,3}я (?:\\S+ )?(?:сделаю|делаю)',
      'аренд\\S* (?:аккаунт\\S*|акк\\S*|профил\\S*)',
      '(?:сда(?:ть|м|й)|одолж\\S*|купл\\S*|прода\\S*) (?:\\S+(?:ый|ий|ой|ую|ые|ие|ого) )?(?:аккаунт|акк)\\S*',
      // Round twenty-four: someone else at work on the writer's account ("пусть брат работает с моего аккаунта", "зайди в мой аккаунт",
      // "работай под моим профилем"), and an account given ("кто даст свой аккаунт"); not the writer's own "работаю с моего".
      '(?:работает|работай|работайте|зайди|зайдите|заходи|заходите|отвечай|отвечайте|сиди|сидит) ' +
        '(?:с|через|из-под|в|на|под) (?:моего|моем|мой|моим|моей) (?:аккаунт|акк|профил|учетк)\\S*',
      '(?:даст|дадите|дашь|одолжит|одолжите|предоставит) (?:свой |мне |нам )?(?:аккаунт|акк)\\S*',
      '(?:работать|заходить|брать заказы) (?:через|с|на) (?:ваш|твой|ваше|чужой) (?:аккаунт|акк|профиль)\\S*',
      '(?:ваш|твой) аккаунт\\S* (?:в аренду|использовать|для работы)',
      '(?:вот|даю|дам|скину|отправлю) (?:вам |тебе )?доступ к моему (?:апворк\\S*|аккаунт\\S*|профил\\S*)',
      'логин:? [a-z0-9][a-z0-9._@-]*,? пароль',
    ],
    uk: [
      '(?:найм|візьм)\\S* (?:його|її|мого \\S+|мою \\S+) (?:\\S+ ){0,3}я (?:\\S+ )?(?:зроблю|роблю)',
      'оренд\\S* (?:акаунт\\S*|профіл\\S*)',
      '(?:працювати|заходити) (?:через|з|на) (?:ваш|твій|чужий) (?:акаунт|профіль)\\S*',
      '(?:ваш|твій) акаунт\\S* (?:в оренду|використовувати)',
      'працюват\\S* (?:з|через|на|під) (?:твого|вашого|твій|ваш|чужого|чужий) (?:акаунт|профіл)\\S*',
      '(?:ось|даю|дам|скину|надішлю) (?:вам |тобі )?доступ до мого (?:апворк\\S*|акаунт\\S*|профіл\\S*)',
      'логін:? [a-z0-9][a-z0-9._@-]*,? пароль',
    ],
    hi: [
      // Round 127: an old account used by the reader, jobs posted from the writer's account, work on the reader's ID, an account in a relative's name.
      '(?:usko|isko|ise) use kar\\S* (?:\\S+ )?(?:kaam|job|project|bid)',
      'mere account se (?:hi )?(?:\\S+ ){0,2}(?:jobs?|proposals?|bids?) (?:post|bhej|kar)\\S*',
      '(?:aapki|apki|tumhari|aapke|apke) (?:id|account|profile) (?:pe|par|se) (?:\\S+ ){0,3}(?:bhi )?kaam kare\\S*',
      '(?:behen|bahan|bhai|bhabhi|mummy|papa|biwi|cousin|dost|beti|beta)\\S* ke naam (?:se|par|pe) (?:\\S+ ){0,2}(?:nayi|naya|account|id|profile) (?:bana|khol)\\S*',
      // Hindi: another on the writer's account, a relative's account (round twenty-five).
      '(?:मेरे|मेरी) (?:upwork )?(?:account|profile|id|अकाउंट|प्रोफाइल) (?:से|पर|पे) (?:आप|तुम|मेरा (?:भाई|' +
        'दोस्त|cousin))',
      '(?:(?:मेरे|मेरी) )?(?:भाई|बहन|दोस्त|cousin|पापा|पत्नी)(?: के| की) (?:upwork )?(?:account|profile|id|अकाउंट) से',
      // "Mera account use karo bhai, 50-50": the writer's account lent; "ek hi login se 4 log chalate hain".
      '(?:mera|meri|mere) (?:upwork )?(?:account|profile|id) use kar(?:o|lo|lena|na|ke)',
      '(?:ek|aik) hi (?:login|account|profile|id) (?:se|pe|par) (?:\\d+|do|teen|char|chaar|kai) (?:log|bande|banday|members)',
      '(?:usko|unko) hire kar\\S* (?:\\S+ ){0,3}kaam (?:main|mai|mein|hum) (?:hi )?kar\\S*',
      'account (?:rent|kiraye) (?:pe|par)', '(?:aapka|apka|tumhara|tera) account (?:use|istemal|chalana|chala|de do|dedo)', 'account (?:use karne|chalane) (?:do|dena|doge|denge)',
      'login id (?:aur |or )?password', 'id password (?:main |mai )?(?:personally )?de (?:dunga|doonga)',
      '(?:dost|bhai|cousin|behen) ke account se',
      'mere account (?:se|me|mein) login kar(?:o|lo|na|ke)', '(?:id|login) [a-z0-9._@-]*[.@_0-9][a-z0-9._@-]* aur password',
    ],
    ur: [
      // Round 127: the reader's name on the account, another team at work; an account made in a relative's name.
      'naam (?:aap ?ka|apka|tumhara|unka|uska) (?:chal|rahe)\\S*',
      '(?:behen|bahan|bhai|bhabhi|ammi|abbu|biwi|cousin|dost|beti|beta)\\S* ke naam (?:se|par|pe) (?:\\S+ ){0,2}(?:nayi|naya|account|id|profile) (?:bana|khol)\\S*',
      // Urdu: another on the writer's account, the writer on the reader's, a relative's account (round twenty-five).
      '(?:میرے|میری) (?:اپورک )?(?:اکاؤنٹ|پروفائل|آئی ڈی) (?:سے|پر|پہ) (?:آپ|تم|میرا (?:بھائی|دوست|کزن))',
      '(?:آپ کے|آپ کی|تمہارے|تمہاری) (?:اپورک )?(?:اکاؤنٹ|پروفائل|آئی ڈی) (?:سے|پر) (?:\\S+ ){0,2}(?:کام کروں گا|بڈ کروں گا|' +
        'بڈ کر دوں گا)',
      '(?:بھائی|بہن|دوست|کزن|والد|ابو|بیوی)(?: کے| کی) (?:اپورک )?(?:اکاؤنٹ|پروفائل|آئی ڈی) سے',
      'mere (?:upwork )?(?:account|profile|id) (?:se|pe|par) (?:ap|aap|tum|mera (?:bhai|dost|cousin))',
      '(?:mera|meri|mere) (?:upwork )?(?:account|profile|id) use kar(?:o|lo|lena|na|ke|ein)',
      '(?:ek|aik) hi (?:login|account|profile|id) (?:se|pe|par) (?:\\d+|do|teen|char|chaar|kai) (?:log|bande|banday|members)',
      '(?:usko|unko) hire kar\\S* (?:\\S+ ){0,3}kaam (?:main|mai|mein|hum) (?:hi )?kar\\S*',
      'account (?:rent|kiraye) (?:pe|par)', '(?:aapka|apka|tumhara|tera) account (?:use|istemal|chalana|de dein|dedo)',
      '(?:dost|bhai|cousin|behen|bhabhi) ke account se', 'usi profile ko hire',
    ],
    tl: [
      // Round 127: borrowing the reader's Upwork ("hiramin yung Upwork mo"), a relative logging in to the writer's account.
      'hiram\\S* (?:\\S+ ){0,2}(?:upwork|account|profile) (?:mo|niyo|nyo|ninyo|nila|niya)',
      '(?:pinsan|kapatid|kuya|ate|tita|tito|asawa|kaibigan|pamangkin|anak)\\S* (?:ko )?(?:\\S+ ){0,2}mag-?log ?in sa (?:account|profile|upwork) ko',
      '(?:account|acct) (?:po )?ng (?:ate|kuya|pinsan|kapatid|tita|tito|kaibigan) ko (?:ang )?gamitin',
      // "gamitin ko muna yung Upwork account ng tita ko".
      '(?:upwork )?account ng (?:tita|tito|ate|kuya|pinsan|kapatid|asawa|kaibigan|nanay|tatay) (?:ko|namin)',
      // Cebuano: "ga-gamit sa ko sa account sa akong ate", "ihatag nako nimo akong Upwork login".
      'account sa akong (?:ate|kuya|igsoon|ig-?agaw|pinsan|amigo|amiga|uyab|bana|asawa)', '(?:ihatag|ibigay|ibibigay) (?:\\S+ ){0,2}(?:akong|ang aking) (?:upwork )?(?:login|password|account)',
      '(?:gamitin|hiramin|ipahiram|rentahan) (?:muna |lang |na )(?:ang |yung )?account mo',
      'i-?hire (?:\\S+ ){1,4}ako (?:na )?(?:ang )?(?:gagawa|bahala)',
      '(?:gamitin|hiramin|ipahiram|rentahan) (?:ang |yung )?account mo', 'account mo (?:gamitin|hiramin|ipahiram)', 'renta ng account'],
    id: [
      // Round 127: an account opened on a relative's ID card ("akun baru pakai KTP adik saya"), a name lent.
      'akun (?:\\S+ )?(?:pakai|pake|dengan|atas nama) (?:ktp|nama|identitas) (?:adik|kakak|saudara|teman|istri|suami|ibu|ayah|sepupu|orang lain)',
      '(?:cuma |hanya )?pinjam nama',
      '(?:hire|rekrut) (?:\\S+ ){1,3}(?:saya|aku|gue) yang \\S*kerja\\S*',
      '(?:sewa|pinjam|pakai|beli) akun', 'akun (?:kamu|anda|lu|lo) (?:saya pakai|dipinjam|disewa|buat kerja)', 'pinjem akun'],
    // Darija: "kan khdem b compte dyal khti" (I work with my sister's account); "سأرسل العرض من حساب أخي".
    ar: [
      // Round 127: Darija: the writer working or logging in on the reader's account ("nkhdem b compte dyalek", "ndkhol l compte dyalek").
      '(?:nkhdem|nekhdem|ndkhol|nedkhol|nsift|npostuler|nbid)\\S* (?:b|f|l|men|mn|3la) (?:l)?compte dyal(?:ek|k|ak|ik)',
      // Round twenty-four: "akhoya haysha3'al men el account beta3i" (my brother will work from my account).
      '(?:akhoya|a5oya|okhti|o5ti|sa7bi|sahbi|ebn 3ammi|ebn khali|mrati|merati|gozi) \\S+ men (?:el )?(?:account|akont) (?:beta3i|bta3i|taba3i)',
      '3ala account (?:a5oo?y|o5ti|a5ti|sa7bi|ukhti|akhoy)',
      '(?:من|على|عبر) حساب (?:اخي|أخي|اختي|أختي|صديقي|زوجي|زوجتي|ابن عمي|قريبي)',
      '(?:b|f|mn|men) compte dyal (?:khti|khoya|khouya|sahbi|sa7bi|mrati|rajli|weld 3ammi|bent 3ammi|weld khalti)',
      '(?:استئجار|تأجير|استعارة|استخدام|شراء) (?:حساب\\S*|الحساب)', 'حسابك (?:للعمل|استخدمه|استعمله)',
      'verification b passport', 'passport akhoya', 'el account kolo bismo',
      '(?:اعطيك|أعطيك|ابعتلك|ارسلك|أرسلك|اديك) (?:الإيميل|الايميل|ايميل) والباسورد', '3ando el password',
      '(?:men|mn) 3ala el account bta3i',
    ],
    // Bengali in Latin letters: "boro bhai er account theke kaaj korbo".
    bn: [
      // Round 127: an account opened with the reader's NID and selfie, bidding from the reader's PC.
      '(?:nid|voter id|passport)(?: ar| o)? (?:\\S+ ){0,3}diye (?:\\S+ ){0,2}(?:id|account|profile) (?:khule|khulte|open)',
      'tomar (?:pc|laptop|computer) diye (?:bid|kaj|login)',
      // Banglish: another working on the writer's account, the writer on the reader's (round twenty-five).
      'amar (?:upwork )?(?:account|id|profile)(?: diye| theke| e) (?:apni|tumi|tui|amar (?:vai|bhai|bon|bondhu|cousin))',
      'apnar (?:upwork )?(?:account|id|profile)(?: diye| theke| e) (?:\\S+ ){0,2}(?:kaj korbo|bid korbo|bid kore dibo|proposal pathabo)',
      '(?:vai|bhai|bon|bondhu|cousin)(?: er| r)? (?:upwork )?(?:account|id|profile) (?:theke|diye)',
      // Round twenty-five: another working on the writer's account ("আমার একাউন্ট দিয়ে আপনি কাজ করতে
      // পারবেন"), the writer on the reader's, an account opened on another's ID card.
      'আমার (?:আপওয়ার্ক )?(?:একাউন্ট|অ্যাকাউন্ট|আইডি|প্রোফাইল)(?: দিয়ে| থেকে|' +
        'ে) (?:আপনি|তুমি|তুই|আমার (?:ভাই|বোন|বন্ধু|কাজিন|ছোট ভাই))',
      'আপনার (?:আপওয়ার্ক )?(?:একাউন্ট|অ্যাকাউন্ট|আইডি|প্রোফাইল)(?: দিয়ে| থেকে|' +
        'ে) (?:\\S+ ){0,2}(?:কাজ করব|কাজ করবো|বিড করব|বিড করবো|বিড করে দিব|প্রপোজাল পাঠাব)',
      '(?:আপনার|অন্যের|অন্য কারো) (?:এনআইডি|NID|আইডি কার্ড|' +
        'পাসপোর্ট) দিয়ে (?:\\S+ ){0,3}(?:একাউন্ট|অ্যাকাউন্ট|প্রোফাইল) (?:খুলে|খোলা|' +
        'ভেরিফাই)', '(?:bhai|bhaiya|bon|dada|didi|mama|kaka|bondhu|cousin)(?: er| r)? account (?:theke|diye)'],
    tr: [
      // "kuzenimin Top Rated hesabından çalışıyorum".
      '(?:kuzenimin|kardesimin|ablamin|abimin|arkadasimin|esimin|amcamin) (?:\\S+ ){0,2}hesab(?:indan|inda) (?:calis\\S*|is yap\\S*)',
      'hesab\\S* (?:\\S+ ){1,2}(?:kirala|kullan|odunc)\\S*',
      '(?:onu|kuzenimi|arkadasimi|kardesimi) (?:ise al|hire et)\\S* (?:\\S+ )?ben (?:yapar|hallede)\\S*',
      'hesab\\S* (?:kirala\\S*|kullan\\S*|ver\\S*|ödünç)', 'hesap kiralama', 'kiralik hesap',
      'upwork hesabima gir\\S*', 'sifre(?:yi|mi) (?:buraya |sana )?(?:yaziyorum|veriyorum|atiyorum)',
    ],
    // Chinese: an account lent, rented or bought (借号, 收老号, 出租), or used in a relative's name (用他的account, 开给我表妹的account).
    zh: ['(?:用|借用|使用)(?:我|他|她)(?:哥哥|姐姐|弟弟|妹妹|表妹|表哥|朋友|老婆|老公)?的(?:upwork ?)?(?:账号|帳號|account)',
      '(?:把|將)(?:我的|你的)?(?:upwork ?)?(?:账号|帳號|号|號)借(?:给|給)', '(?:账号|帳號|account)出租', '租(?:你的|用)?(?:upwork ?)?(?:账号|帳號)',
      '收(?:upwork ?)?老号', '借号', '借號', '开给我(?:表妹|表弟|朋友|哥哥|姐姐|妹妹|弟弟|老婆|老公)的(?:account|账号|帳號)',
      '用我(?:个|個|的)(?:client ?)?(?:account|账号|帳號)'],
    // Vietnamese: "thuê/mượn tài khoản", "dùng tài khoản của em gái", "vào tài khoản Upwork của tôi", "nhận job thay".
    // Round twenty-four: an account made in one person's name for another to use ("작가님 이름으로 만들고 동생이 쓰게"), read without the
    // account named in the same sentence (it is named two sentences back: "계정 하나 새로 만들어 주실 수 있어요?").
    ko: ['이름으로 (?:(?:업워크 |새 )?계정(?:을|이|은)? )?(?:만들|가입|개설|등록)\\S* (?:\\S+ ){0,2}\\S*(?:쓰게|사용하게|쓸 ?수 ?있게)'],
    vi: [
      // Round 127: the writer logged in to the reader's account, a profile rented, an account that is a relative's.
      'dang nhap (?:vao )?(?:tai khoan|acc|nick) (?:upwork )?cua (?:chi|anh|ban|co|chu|ong|ba)',
      'thue (?:lai )?(?:profile|tai khoan|acc|nick)',
      '(?:tai khoan|acc|profile|nick) (?:nay )?la cua (?:anh|chi|em|ban|vo|chong|me|bo|co|chu)',
      'thue tai khoan', 'cho muon tai khoan', 'muon (?:tai khoan|acc)', 'mua lai (?:acc|tai khoan)',
      'dung tai khoan (?:upwork )?cua (?:em gai|em trai|anh trai|chi gai|ban|nguoi nha|vo|chong|me|bo)', 'qua acc cua (?:ban|em gai|em trai|anh trai|chi gai|nguoi nha)',
      'dang nhap tai khoan upwork cua ban', 'vao tai khoan (?:upwork )?cua (?:toi|chi|minh|anh)', 'nhan job thay',
      '(?:dang job|tra loi ung vien) (?:giup|gium|ho)', 'lam viec tren tai khoan (?:do|cua ban)',
      'cho team (?:\\S+ )?dang nhap',
      // Round twenty-four: the offer sent to a friend's account, and someone standing as the name the money goes to ("đứng tên nhận tiền").
      '(?:sang|qua|vao|toi|den) (?:tai khoan|acc|profile) (?:upwork )?cua (?:ban|em gai|em trai|anh trai|chi gai|nguoi nha|vo|chong|me|bo)', 'dung ten (?:nhan tien|nhan hop dong|tai khoan|ho)'],
  },
  examples: ['he could hire u under his', 'my mate lets me use her upwork', 'the interview in ur name', 'entra na minha conta do upwork',
    'pwede ko bang hiramin yung Upwork mo', 'anh đang đăng nhập tài khoản của chị', 'Tài khoản này là của anh họ em', 'bikin akun baru pakai KTP adik saya',
    'Tô entrando na tua conta agora', 'la cuenta la usáis los dos', 'travaille avec le compte de mon frère', 'nkhdem b compte dyalek', 'tomar PC diye bid korbe',
    'apni behen ke naam se nayi bana raha hoon', 'Aapki ID pe mera developer bhi kaam karega',
    'rent your Upwork account', "could you hire him instead and I'll do the work", 'they all work under this one Upwork account',
    'alquilar tu cuenta', 'alugar sua conta', 'аренда аккаунта', 'account rent pe', 'sewa akun', 'استئجار حساب', 'hesabını kiralamak'],
  counterExamples: ['i\'ll get you the files', 'the contract is under his company name', 'Em đăng nhập vào tài khoản của em rồi gửi proposal'],
});

/** Standing in for someone: interviews, tests or verification done by another person. */
const RELATIVE = oneOf([
  'brother', 'sister', 'cousin', 'friend', 'wife', 'husband', 'relative', 'father', 'mother', 'dad', 'mom', 'uncle', 'aunt',
  'colleague', 'partner', 'roommate', 'son', 'daughter',
]);
const PAPERS = oneOf([
  'passport', 'id', 'id card', 'national id', 'documents?', "(?:driver'?s )?licen[cs]e", 'face', 'selfie', 'details', 'identity',
  'cnic', 'aadhaa?r', 'ssn',
]);
export const STAND_IN = defineClass({
  name: 'STAND_IN',
  doc: 'Doing an interview, test or identity check in another person\'s place.',
  words: {
    hy: ['իմ փոխարեն (?:\\S+ )?(?:հարցազրույց|թեստ|ինտերվյու)\\S{0,4}',
      '(?:հարցազրույց|ինտերվյու)\\S{0,4} (?:\\S+ )?իմ փոխարեն', 'im poxaren (?:\\S+ )?(?:harcazruyc|interview|test)\\S{0,4}'],
    uz: ['o[\'`]?rnimga (?:\\S+ )?(?:intervyu|suhbat|test)\\S{0,6}', 'ўрнимга (?:\\S+ )?(?:интервью|суҳбат|тест)\\S{0,6}'],
    kk: ['менің орныма (?:\\S+ )?(?:сұхбат|интервью|тест)\\S{0,6}'],
    ky: ['менин ордума (?:\\S+ )?(?:маек|интервью|тест)\\S{0,6}'],
    tg: ['ба ҷои ман (?:\\S+ )?(?:мусоҳиба|интервю|тест)\\S{0,5}'],
    mn: ['миний оронд (?:\\S+ )?(?:ярилцлага|интервью|тест)\\S{0,5}'],
    fa: ['جای من (?:\\S+ ){0,2}مصاحبه\\S{0,3}', 'jaye man (?:\\S+ ){0,2}mosahebe'],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: the interview in the writer's place.
    km: [
      'ជំនួសខ្ញុំ ?(?:interview|សម្ភាសន៍)', 'សម្ភាសន៍ ?ជំនួសខ្ញុំ',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: the interview in the writer's place.
    my: [
      '(?:ကျွန်တော့်|ကျွန်မ|ငါ့)အစား ?interview',
      '(?:ကျွန်တော့်|ကျွန်မ|ငါ့)အစား ?အင်တာဗျူး',
    ],
    // Malayalam in its script and Manglish (round twenty-six): the interview in the writer's place.
    ml: [
      'എനിക്ക് പകരം ഇന്റർവ്യൂ', 'enikku pakaram interview', 'enikk pakaram interview',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): the interview in the writer's place.
    kn: [
      'ನನ್ನ ಬದಲು ಇಂಟರ್‌ವ್ಯೂ', 'ನನ್ನ ಬದಲಿಗೆ ಇಂಟರ್‌ವ್ಯೂ', 'nanna badalu interview',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): the interview in the writer's place.
    pa: [
      'ਮੇਰੀ ਥਾਂ (?:ਤੇ )?ਇੰਟਰਵਿਊ', 'ਮੇਰੀ ਜਗ੍ਹਾ ਇੰਟਰਵਿਊ', 'میری تھاں انٹرویو', 'meri thaan interview',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): the interview in the writer's place.
    gu: [
      'મારી જગ્યાએ ઇન્ટરવ્યુ', 'મારા બદલે ઇન્ટરવ્યુ', 'mari jagyae interview', 'mara badle interview',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: the interview in the writer's place.
    si: [
      'මගේ (?:ප්‍රොෆයිල්|ඇකවුන්ට්)\\S{0,6} (?:එකෙන් )?(?:ඉන්ටර්වීව්|ඉන්ටවීව්)\\S{0,6}',
      'මට වෙනුවට (?:ඉන්ටර්වීව්|ඉන්ටවීව්)\\S{0,6}', 'mage (?:profile|account) (?:eken )?interview', 'mata wenuwata interview',
    ],
    th: ['สัมภาษณ์แทน', 'ยืนยันตัวตนแทน', 'ยืมบัตรประชาชน',
      'ใช้บัตรประชาชน(?:ของ)?(?:คุณ|พี่|เพื่อน|น้อง)'],
    // An interview done in one's place: Croatian, Serbian and Bosnian (umjesto mene, уместо мене), Azerbaijani (mənim yerimə), Georgian (ჩემ მაგივრად),
    // Amharic (በኔ ፋንታ).
    hr: [
      '(?:verifikacij|video poziv|intervju)\\S{0,2} (?:\\S+ ){0,4}(?:ide|dolazi|ce ici) (?:\\S+ ){0,2}(?:umjesto|umesto) mene',
      '(?:umjesto|umesto) mene (?:\\S+ ){0,3}(?:na )?(?:video poziv|verifikacij)\\S{0,2}',
      'intervju\\S{0,2} (?:umjesto mene|umesto mene|za mene)', '(?:umjesto|umesto) mene (?:na |odradi\\S{0,3} |obavi\\S{0,3} )?(?:intervju|verifikacij)\\S{0,2}'],
    sr: [
      '(?:верификациј|видео позив|интервју)\\S{0,2} (?:\\S+ ){0,4}(?:иде|долази) (?:\\S+ ){0,2}уместо мене',
      'интервју\\S{0,2} (?:уместо мене|за мене)', 'уместо мене (?:на )?интервју\\S{0,2}'],
    az: ['menim yerime (?:musahibe|interview|yoxlama)\\S{0,4}', '(?:musahibe|interview)\\S{0,3} menim yerime'],
    ka: ['ჩემ(?:ს)? (?:მაგივრად|ნაცვლად) (?:გაიარე\\S{0,2} )?(?:ინტერვიუ|გასაუბრებ)\\S{0,3}',
      '(?:ინტერვიუ|გასაუბრებ)\\S{0,3} ჩემ(?:ს)? (?:მაგივრად|ნაცვლად)',
      'chem magivrad (?:interview|gasaubreb)\\S{0,3}', '(?:interview|gasaubreb)\\S{0,3} chem magivrad'],
    am: ['በ(?:ኔ|እኔ) ፋንታ (?:ቃለ መጠይ[\\u1240-\\u1247]|ኢንተርቪ[\\u12c8-\\u12cf])\\S{0,2}',
      '(?:ቃለ መጠይቁን|ኢንተርቪውን) በ(?:ኔ|እኔ) ፋንታ', 'bene fanta interview'],
    // An interview done in one's place, in Tamil and Telugu (enakku badhila interview, naa badulu interview).
    ta: ['(?:enakku|ennoda|en) (?:badhila|pathila|bathila|padhila) interview', 'interview (?:enakku|ennoda)(?: badhila| pathila)? (?:pannunga|attend pannunga|kudunga|pannidunga)',
      'எனக்கு (?:பதிலா|பதிலாக) இன்டர்வியூ',
      'இன்டர்வியூ எனக்கு (?:பண்ணுங்க|அட்டெண்ட் பண்ணுங்க)'],
    te: ['naa (?:badulu|tharapuna|taraphuna) interview', 'interview naa (?:badulu|kosam|tharapuna) (?:cheyyandi|attend cheyyandi|ivvandi|istara)',
      'నా బదులు ఇంటర్వ్యూ', 'ఇంటర్వ్యూ నా (?:బదులు|కోసం) (?:చేయండి|ఇవ్వండి)'],
    // Polish: an identity check or account opened in another person's name ("zdjęcie dowodu i selfie", "konto założymy za Ciebie").
    pl: ['kont\\S* (?:\\S+ ){0,3}zalozymy za (?:ciebie|pana|pania)', 'za (?:ciebie|pana|pania) zalozymy', 'zdjeci\\S* (?:\\S+ )?dowodu',
      'dowod\\S* (?:osobist\\S* )?i selfie', 'weryfikacj\\S* (?:\\S+ )?za (?:ciebie|mnie|pana|pania)', 'w (?:twoim|moim|pana|pani) imieniu'],
    // Japanese and Swahili: an identity check or interview done for someone else.
    ja: ['(?:本人確認|id ?verify|ビデオ通話|面接)(?:\\S{0,12})代わりに', '代わりに(?:受け|応募|やって|ログイン)', '身分証(?:の画像)?(?:を)?(?:お借り|貸し)'],
    sw: ['kwa niaba yako', 'kwa niaba yangu', 'id verification kwa niaba', 'nipe kitambulisho chako', 'code ya verification'],
    en: [
      // Round twenty-one: another studio's work shown as the writer's own ("produced by our partner studio, but we present them as our own"), not a
      // white label named as such.
      '(?:present|presented|presenting|pass|passed|passing|show|showing|sell|selling|claim|claiming|list|listing) (?:them|it|those|these|that work|this work|their work' +
        '|the (?:pieces|work|projects|samples|designs|videos|reels)) (?:off )?as (?:our|my) own(?! (?:brand|label|products?|white[- ]label))\\b',
      '(?:do|pass|take|handle) (?:the |an? )?(?:upwork )?(?:id|identity|video|kyc) (?:check|verification) for my (?:sister|brother|cousin|friend|wife|husband|mate|pal)',
      // Round twenty: a call or a check done as someone else: "take the call pretending to be you", "he'll join the call with my camera and name", "your friend with the Top Rated badge can
      // apply", "I can pass the ID verification for your account".
      '(?:take|takes|taking|do|does|join|joins|attend|attends|handle|handles) (?:the |a |your )?(?:video )?(?:call|interview|zoom|meeting)s? (?:\\S+' +
        ' ){0,2}(?:pretending to be|as) (?:you|him|her|me)\\b',
      '(?:join|joins|joining|take|takes|attend|attends) (?:the |a )?(?:video )?(?:call|interview|meeting) with my (?:camera|name|face|account|profile)',
      '(?:friend|buddy|cousin|colleague|brother|sister|someone|somebody)\\S* (?:at your \\S+ )?with (?:the |a |an )?(?:better |cleaner |stronger |higher' +
        ' )?(?:\\S+ ){0,2}(?:badge|profile|track record|rating|jss|history) (?:who )?(?:could |can |to )?(?:apply|bid|take|do|join)',
      '(?:pass|do|complete|clear|handle)\\S* (?:the |an? |your )?(?:id |identity |video |kyc |selfie )?verification for (?:your|his|her|their) (?:\\S+ )?(?:account|profile)',
      // Verification done for someone: "can you do the KYC in your name", "could you do the verification video call for our account",
      // "I can take the Upwork video verification call for you", "approve the phone verification when we ask".
      '(?:do|pass|complete)\\S* (?:the |a |your )?(?:kyc|id verification|identity verification|verification) in your name',
      '(?:could|can|would|will) you (?:please )?(?:do|take|join|handle|pass) (?:the |a |an )?(?:upwork )?(?:id |identity |video )?verification ' +
        '(?:video )?(?:call )?(?:for|on) (?:our|my|his|her|their|the) (?:\\S+ )?account',
      '(?:i|i\'ll|i will|i can|i could|let me|we can|we\'ll) (?:just |easily |gladly )?(?:take|do|join|handle|pass) (?:the |your )?(?:upwork )?' +
        '(?:video |id |identity |selfie |face )+verification (?:video )?(?:call |check )?for (?:you|u)\\b',
      'approve the (?:phone |sms |2fa |login )?verifications? when (?:we|i) ask',
      '(?:id|identity|video|face|selfie) (?:check|verification)s? for (?:you|u) (?:if|when) (?:upwork|they) (?:asks?|requests?|wants?)',
      `${KIN_PLUS} (?:will|would|can|.ll) (?:answer|talk|speak) on (?:the )?camera`,
      // Calls taken as someone else, verification done for someone or on another's account.
      '(?:take|do|join|attend|handle|sit in|answer) (?:it|(?:the|this|a) (?:video )?(?:call|interview|zoom|meeting)|zoom|calls) (?:\\S+ )?as .?(?:me|you|him|her)\\b',
      '(?:talk|speak|join|answer|appear|act|pose|present)(?:s|ing)? as (?:the )?(?:(?:account|profile) (?:owner|holder)|owner of (?:the|this|my|his|her) (?:account|profile))',
      'pretend\\S* to be the (?:\\S+ )?(?:owner|account holder|profile owner|hiring manager)',
      '(?:think|thinks|believe|believes|assume|assumes) (?:\\S+ ){0,2}(?:talking|speaking) (?:to|with) (?:the )?(?:real )?(?:profile|account) (?:owner|holder)',
      '(?:i.ll|i will|i can|let me) be .?(?:you|him|her).? (?:on|in) (?:upwork|the (?:call|interview|zoom))',
      '(?:attend|take|do|conduct|handle|join)\\S* (?:\\S+ ){0,2}(?:interviews?|calls?|meetings?) (?:\\S+ ){0,3}(?:on my behalf|in my place|instead of me|as me)',
      '(?:calls?|interviews?|zoom|meetings?|camera) (?:\\S+ ){0,3}(?:using|with|under|in) (?:my|your|his|her) name',
      'introduces? (?:himself|herself|themselves|yourself) (?:with|as|using|by|under) (?:my|your|his|her) name',
      'looks? (?:\\S+ ){0,2}like (?:the |my )?(?:photo|picture|pic|face)s? (?:on|in) (?:my|the|his|her) (?:profile|account|id)',
      '(?:pass|do|complete|clear|handle)\\S* (?:the |an? |his |her )?(?:live |video |face |id |identity |kyc |selfie )+(?:verification|check|scan)s? for (?:me|us|him|her|them|people|others)',
      '(?:pass|do|complete)\\S* (?:the |an? )?(?:\\S+ )?verification on (?:an?|his|her|their|that) (?:\\S+ )?(?:account|acc|profile)',
      '(?:verification|check|scan)s? in my place',
      'verification calls? for (?:our|my|the|his|her|their) (?:\\S+ ){0,2}accounts',
      'verify (?:an?|this|the|my|his|her|their) (?:upwork )?(?:acc|account|profile|acct) for (?:me|us|him|her)',
      '(?:i|we)(?:.ll| will)? (?:create|open|make|register|set up) (?:the|an?|this|your) (?:\\S+ )?(?:account|acc|profile),? (?:and )?(?:you|u) (?:just |only |simply )?(?:confirm|verify|pass|do)',
      '(?:need|borrow|use|using) (?:your|ur) (?:id|passport|face|selfie|documents?|id card|identity) (?:for|to (?:pass|do|complete)) (?:the |my |this |an? )?(?:\\S+ )?(?:verification|kyc)',
      '(?:someone|somebody|a person|people|anyone) with (?:an? )?(?:verified |clean |valid |real )?(?:us |usa |uk |american )?' +
        '(?:identity|id|passport|ssn) (?:to (?:open|create|register|verify)|who (?:never|hasn.t))',
      '(?:create|open|register|make|set up) (?:an? |the )?(?:new )?(?:upwork )?(?:client |freelancer )+(?:account|profile|acc) for (?:me|us)',
      '(?:do|take|attend|join|handle) (?:the |my |this |an? )?' +
        '(?:interview|call|test|exam|assessment|meeting|video call|verification)s?(?: call| check)? ' +
        '(?:with (?:upwork|them|support|the (?:upwork )?team) )?(?:in my place|on my behalf|for me|instead of me|as me|pretending to be me)',
    '(?:interview|call|test) in my place', 'pretend(?:ing)? (?:to be|you are) me', 'be me on (?:the )?(?:call|interview)',
      // Someone else behind the writer's account, said plainly: "my wife logs in and answers messages when I'm asleep",
      // "my brother does all the work, I just run the profile", "the face on my profile photo is my partner".
      `${KIN_PLUS} (?:\\S+ ){0,2}(?:logs?|signs?) (?:in|on)\\b[^.!?]{0,40}?\\b(?:answers?|answering|replies|reply|replying|responds?|talks?|chats?) (?:to )?` +
        '(?:you|your|the|my|all|clients?|messages?)\\b',
      `${KIN_PLUS} (?:\\S+ ){0,2}(?:does|do|handles|writes|codes) (?:all |most )?(?:of )?(?:the |my )?(?:actual |real )?(?:work|coding|jobs?|projects?)\\b` +
        '[^.!?]{0,30}?\\bi (?:just |only )?(?:run|own|manage|handle|keep) (?:the |this |my )?(?:account|profile)',
      '(?:face|photo|picture|pic|person|guy|man|woman|girl|lady) (?:on|in) (?:my|the|this) (?:upwork )?(?:profile|account)(?: (?:photo|picture|pic))? ' +
        `(?:is|shows) (?:actually |really )?my (?:\\S+ )?${KIN_PLUS}`,
      // A check or a call done for the reader, or in someone's part: "my friend from the US can handle the video check for you",
      // "let me handle the identity verification selfie for you", "join the client calls pretending to be our developer".
      // Said by whoever would do it ("I", "let me", "my friend"), not in a warning about it ("asking people to pass ID checks for you is fraud").
      `\\b(?:i|we|he|she|let me|let us|${KIN_PLUS})\\b(?:.ll| will| can| could| would)?(?: \\S+){0,4}? ` +
        '(?:take|do|handle|pass|complete|clear)\\S* (?:the |your |a )?(?:upwork )?(?:video |id |identity |kyc |selfie |face |live )+' +
        '(?:verification|check|call)(?: (?:selfie|video|call|check))? for (?:you|u)\\b',
      'pretend\\S* to be (?:our|the|my|their|his|her|a) (?:\\S+ )?(?:developer|engineer|candidate|designer|freelancer|programmer|applicant|team lead)s?\\b',
      '(?:interview|call|camera|zoom|test)\\b[^.!?]{0,60}?\\b(?:i|we)(?:.ll| will)? (?:feed|whisper|type|send|pass)\\S* (?:you|u) (?:the |all the )?answers ' +
        '(?:in|on|via|through|over) (?:the )?(?:chat|dm|background|earpiece|telegram|whatsapp)',
      // "attend these interviews on my behalf", "take all my interviews for me".
      '(?:do|take|attend|join|handle|sit) (?:these|those|all(?: the| my| of my| of the)?|some|a few|my|the) (?:\\S+ )?' +
        '(?:interviews?|exams?|assessments?|verifications?) (?:for me|on my behalf|in my place|instead of me|as me)',
      // "attend interviews as representatives, supporting under the senior developer's profile", "take the interviews using my name".
      '(?:(?:attend|take|do|handle|join|sit|pass)\\S* (?:\\S+ ){0,2}interviews?|interviewing) (?:\\S+ ){0,4}(?:under|using|with|in) (?:my|his|her|their|' +
        'someone else.?s|another (?:person|developer|candidate).?s|the (?:\\S+ ){0,2}(?:developer|candidate|engineer|applicant|person).?s) ' +
        '(?:name|profile|identity|resume|cv|account)',
    // ...not "for my own account" (round twenty-one).
    '(?:pass|do|complete|clear) (?:the |my |his |her |our )?(?:id|identity|kyc|video|face|selfie) (?:verification|check)s? for (?:me|us|him|her|my(?! own\\b))',
    // Interviews sold as a service: "our experts will attend the interview on your behalf", "pass the technical interviews on behalf of our
    // candidates", "if there's an assessment I can handle it myself on your behalf".
    '(?:attend|take|pass|handle|sit|participate|clear|conduct)\\S* (?:\\S+ ){0,6}(?:interviews?|assessments?|exams?) (?:\\S+ ){0,2}' +
      '(?:on your behalf|in your place|instead of you|on behalf of (?:our|the|my|your) (?:\\S+ )?(?:candidates?|clients?|developers?|engineers?))',
    '(?:interviews?|assessments?|exams?)\\b[^.!?]{0,60}?\\b(?:attend|take|pass|handle|sit|do|clear)\\S* (?:it|them) (?:myself |ourselves )?(?:on your behalf|in your place|instead of you)',
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
    '(?:interview|attend (?:the )?interviews?) (?:instead of|for|on behalf of) me', 'with your name and face',
      '(?:do|take|attend|join|handle|pass) (?:the |my |this |an? )?(?:upwork |technical |id |identity |kyc |video |face |selfie )+' +
        '(?:interview|call|test|verification|check)s?(?: video| call)? (?:for (?:me|my (?:upwork )?account)|on my behalf|in my place)',
      '(?:attend|do|take|join) (?:the |my )?(?:\\S+ )?interviews?(?: on \\S+)? as .?me\\b',
      '(?:brother|sister|cousin|friend|twin|colleague)(?: \\S+)? looks? (?:a bit |a little |kind of |sort of |a lot |just |exactly )?like me',
      'you look (?:a bit |a lot |kind of |kinda |sort of |pretty |exactly )?(?:similar to|like) (?:me\\b|my (?:profile )?(?:pic|photo|picture))',
      '(?:pretend|pose|act)(?:s|ing)? (?:to be|as) (?:you|him|her|me) (?:on|in|during) (?:the )?(?:\\S+ )?(?:call|interview|verification|video|meeting)',
      // "for ID verification I will use my uncle passport", "verify with my brother's ID".
      `(?:use|using|with|submit|upload|show) my ${CLOSE_PERSON}(?:.?s)? (?:passport|id card|id|cnic|aadhaa?r|nic|licen[cs]e|driving licen[cs]e|documents?|face|selfie)`,
      // "here's my canvas login, just do the quiz", "take my midterm for me".
      `(?:here.?s|heres|here is|here are|use|using|sending you|sent you) my ${SCHOOL_SYSTEM}(?: student| portal| account)? ` +
        '(?:login|log-in|password|pw|pass|credentials|creds|username|user ?name|details)',
      '(?:take|do|finish|complete|sit|write|attempt) (?:the |my |this |a )?(?:\\S+ )?(?:quiz|quizzes|midterm|final exam|exam|test|assessment)s? ' +
        '(?:for me|in my (?:place|name)|as me|under my (?:name|login|account)|on my (?:behalf|account)|logged in as me)',
      // Verifying with a relative's papers: "can I verify with my brother's passport", "use my wife's ID for the KYC".
      '(?:verify|verif(?:y|ied|ication)|kyc|id check|identity check|sign up|register)(?: \\S+){0,3} (?:with|using|on|under) ' +
        `(?:my|his|her|a|our) ${RELATIVE}'?s? ${PAPERS}`,
      `(?:use|using) (?:my|his|her|a|our) ${RELATIVE}'?s? ${PAPERS} (?:to|for) (?:\\S+ )?(?:verif\\S*|kyc|pass|sign up|register|open)`,
      `(?:my|his|her|a|our) ${RELATIVE}'?s? ${PAPERS}(?: \\S+){0,4} (?:for|to pass|to do|to complete) (?:the |my )?(?:kyc|verification|id check|identity check)`,
    ],
  es: [
      'verificacion de identidad (?:por|para) (?:mi|tu|su) (?:primo|prima|hermano|hermana|amigo|amiga|hijo|hija)',
      '(?:hac\\S*|hare|hago)(?:me|se|te)? pasar por',
      'verificacion(?: de identidad)? (?:\\S+ ){0,2}(?:por mi|x mi|en mi lugar)',
      // Round twenty-four: the check as a verb ("¿puedes verificar la identidad por mí?").
      'verifica(?:r|s|me)? (?:la |mi )?(?:identidad|cuenta) (?:por mi|x mi|en mi lugar)',
      'entrevista (?:en mi lugar|por mi)', 'hacerse pasar por', 'verificacion de identidad por mi', 'cuenta (?:a|con) tu (?:nombre|identidad|documento)',
      'cuenta (?:de upwork |upwork )?a (?:tu|su) nombre',
      'verificacion(?: de identidad)? con (?:su|tu) (?:propia )?(?:cedula|documento|dni|ine|pasaporte|identificacion)',
      '(?:con|usando) (?:su|tu) (?:cedula|dni|ine|pasaporte) (?:\\S+ ){0,3}(?:en|para) (?:una|mi|la|esta) cuenta',
      'se presenta como (?:yo|si fuera yo)', 'se passa por mim', 'se fait passer pour moi',
    ],
  pt: [
      // Round 127: someone writing as if they were the writer ("ela escreve como se fosse eu").
      '(?:escreve|responde|fala|conversa)\\S* como se fosse eu',
      'verificac?ao de identidade (?:para|por|pelo|pela|no lugar d[oa]) (?:o |a )?(?:meu|minha|seu|sua)',
      'verificacao (?:\\S+ ){0,3}(?:no meu lugar|por mim)',
      '(?:entrevista|call|chamada)\\S* (?:\\S+ ){0,3}no meu lugar',
      'entrevista (?:no meu lugar|por mim)', 'se passar por mim', 'verificacao de identidade por mim', 'conta com (?:seu|teu) (?:documento|nome|rg|cpf|passaporte)',
      'conta (?:\\S+ )?(?:no|em) (?:seu|teu) nome', 'verificacao de identidade no lugar d\\S+',
      'verificacao(?: de identidade)? com (?:o )?(?:seu|teu) (?:rg|cpf|documento|passaporte)',
    ],
  fr: [
      // Round 127: the interview or the call in the reader's place ("à ta place").
      '(?:entretien|appel|verification|test)\\S* (?:\\S+ ){0,3}a ta place',
      '(?:verif\\S*|entretien|appel|visio) (?:\\S+ ){0,5}a ma place',
      '(?:faire|faisant|fera|fait|ferai)(?: se)? passer pour (?:moi|toi|lui|elle)',
      "entretien (?:a ma place|pour moi)", 'se faire passer pour', "verification d'identite pour moi", 'compte avec (?:ton|votre) (?:identite|passeport|nom)',
      'compte (?:upwork )?a (?:leur|ton|votre|son) nom', 
      'verification (?:d.identite )?a ma place',
      '(?:passer|faire) la verification (?:\\S+ ){0,2}(?:pour moi|a ma place)',
    ],
  de: [
      'fur mich (?:die |den )?(?:\\S+-)?(?:verifizierung|identitatsprufung)',
      '(?:\\S+-)?verifizierung (?:\\S+ ){0,3}(?:fur mich|an meiner stelle|statt mir)',
      '(?:interview|gesprach|call|kamera)\\S* (?:\\S+ ){0,4}statt mir',
      'statt mir (?:\\S+ ){0,3}(?:vor der kamera|im interview|im call|im gesprach)',
      'interview (?:fur mich|an meiner stelle)', 'sich als mich ausgeben', 'identitatsprufung fur mich', '(?:konto|account) mit (?:deinem|ihrem) (?:ausweis|namen|pass)',
      '(?:konto|account) (?:\\S+ )?auf (?:deinen|ihren|seinen) namen', 
      '(?:mit )?(?:deinem|ihrem) ausweis fur mich', 'id-verifizierung fur mich',
    ],
  ru: [
      '(?:пройти|пройди|пройдешь|пройдёшь|сходи|сходить) за меня',
      'представ\\S* моим именем','(?:собеседовани\\S*|интервью) (?:за меня|вместо меня)', 'пройти верификаци\\S* за',
    'на (?:ваше|твое|твоё) имя', '(?:ваш|твой) паспорт',
    'удаленн\\S* доступ к (?:аккаунт|акк)\\S*',
      'пройти за меня (?:видео|фото)?верификаци\\S*', 'за меня (?:видео|фото)?верификаци\\S*',
      '(?:видео|фото)?верификаци\\S* за (?:меня|нас)',
      '(?:пройти|пройду|сделать|сделаю|провести|проведу) собеседование (?:вместо|за) (?:вас|тебя|меня)',
      'собеседован\\S* вместо (?:вас|тебя|меня)',
    ],
  uk: [
      '(?:пройти|пройди|пройдеш|сходи|сходити) за мене',
      'представ\\S* моїм ім.ям','(?:співбесід\\S*|інтерв\\S*) (?:за мене|замість мене)', 'пройти верифікаці\\S* за',
    'на (?:ваше|твоє) ім.я', '(?:ваш|твій) паспорт',
      'пройти за мене (?:відео|фото)?верифікаці\\S*',
      'проходження верифікаці\\S* на upwork',
      '(?:відео|фото)?верифікаці\\S* за (?:мене|нас)',
      '(?:пройти|пройду|провести|проведу) співбесід\\S* (?:замість|за) (?:вас|тебе|мене)',
      'співбесід\\S* замість (?:вас|тебе|мене)',
    ],
  hi: [
      // Round 127: a friend sent to the video call.
      '(?:video call|interview|verification)(?: pe| par| mein| me)? (?:\\S+ ){0,2}(?:apne|apni|kisi) (?:\\S+ )?(?:dost|bhai|behen|cousin|friend)\\S* ko bhej\\S*',
    // Hindi: the call named, then "in my place".
    '(?:interview|call|video call|verification|इंटरव्यू|कॉल)\\S{0,3} (?:में )?(?:मेरी|हमारी) जगह',
      '(?:verification|interview)\\S* (?:\\S+ ){0,2}(?:tum|aap|tu) (?:kar|de) (?:do|doge|dena|dijiye|dein|denge|lo)',
      'interview (?:mere|meri) (?:badle|jagah)',
    'mere (?:badle|jagah) interview', 'interview (?:mere liye|meri jagah)',
    '(?:aapke|apke|tumhare) (?:naam|id|cnic|aadhar|pan) (?:se|pe|par) account',
    'verification (?:mere liye|kar do)', 'tumhare naam se verify', 'aadhaar (?:aur|and) (?:ek )?selfie',
      '(?:apne|apni|apna) (?:naam|id|cnic|aadhaa?r) (?:pe|par) (?:\\S+ ){0,3}(?:verification|account)',
      'account (?:tumhare|aapke|apke|tere|uske) naam (?:pe|par|se)',
      '(?:tera|teri|tumhara|tumhari|aapka|apka) (?:(?:photo|selfie) aur (?:\\S+ )?)?(?:aadhaa?r|cnic|id)(?: aur (?:\\S+ )?(?:photo|selfie))? use kar\\S*',
      '(?:apne|tumhare|aapke|tere) account se bid',
      '(?:photo|aadhaa?r|cnic|selfie) (?:tera|teri|tumhara|tumhari|aapka|apka) use kar\\S*',
      'otp (?:bata|bhej) (?:do|dena|dijiye|dein|de)',
      '(?:meri|aapki|apki|tumhari|teri) jagah (?:tum |aap |main )?(?:baith|interview|call|de)\\S*', '(?:interview|call) (?:mein|me|pe) (?:meri|aapki|apki|tumhari|teri) jagah',
    '(?:मेरी|मेरे) (?:जगह|बदले) (?:इंटरव्यू|टेस्ट|वीडियो कॉल|वेरिफिकेशन)',
    'मेरे लिए (?:इंटरव्यू|वेरिफिकेशन) (?:दे|दो|दीजिए|कर)',
    ],
  ur: [
    // Urdu: the call named, then "in my place".
    '(?:انٹرویو|کال|ویڈیو کال|ویریفکیشن)\\S{0,3} (?:میں )?(?:میری|ہماری) جگہ',
      '(?:verification|interview)\\S* (?:\\S+ ){0,2}(?:tum|aap|tu) (?:kar|de) (?:do|doge|dena|dijiye|dein|denge|lo)',
      '(?:aap|tumhari|meri) (?:ki )?jagah (?:\\S+ ){0,2}(?:proposals?|interview|bid)',
      'meri jagah interview', 'interview meri jagah', '(?:aapke|apke|tumhare) (?:naam|cnic|shanakhti card) (?:se|pe|par) account', 'verification (?:mere liye|kar dein)',
      '(?:apne|apni|apna) (?:naam|id|cnic|shanakhti card) (?:pe|par) (?:\\S+ ){0,3}(?:verification|account)',
      'account (?:tumhare|aapke|apke|uske) naam (?:pe|par|se)',
      '(?:tumhara|aapka|apka) (?:(?:photo|selfie) aur )?cnic(?: aur (?:photo|selfie))? use kar\\S*',
      '(?:apne|tumhare|aapke) account se bid',
      '(?:photo|cnic|selfie) (?:tumhara|tumhari|aapka|apka) use kar\\S*',
      'otp (?:bata|bhej) (?:do|dena|dijiye|dein|de)',
      '(?:meri|aapki|apki|tumhari|teri) jagah (?:tum |aap |main )?(?:baith|interview|call|de)\\S*', '(?:interview|call) (?:mein|me|pe) (?:meri|aapki|apki|tumhari|teri) jagah',
    ],
  tl: [
      'ikaw na (?:lang )?(?:mag-?|sumalang|umattend)\\S* (?:sa )?(?:interview|video call|verification)',
      'sabihin mo (?:na )?ikaw si','interview para sa akin', 'ikaw na (?:mag-?)?interview', 'gamit ang (?:id|pangalan) mo', 'verify (?:mo|ng) account ko'],
  id: [
      '(?:gantiin|gantikan|menggantikan|wakilin|wakili) saya (?:\\S+ ){0,2}(?:interview|wawancara|verifikasi|video call|call)',
      'joki (?:verifikasi|interview|akun|wawancara)',
      '(?:pakai|pake) (?:ktp|identitas|nama) (?:kamu|anda|lu|lo)',
      'interview (?:gantiin|menggantikan) saya', 'wakilin interview', 'pakai (?:ktp|identitas|nama) (?:kamu|anda|lu)', 'verifikasi (?:akun )?(?:buat|untuk) saya',
      'verifikasi (?:wajah|muka|identitas) (?:buat|untuk) (?:saya|akun (?:\\S+ )?(?:temen|teman|saudara|kakak|adik|orang))', 
    ],
  ar: [
      '(?:التحقق|التوثيق|المقابلة)(?: \\S+){0,3} (?:بدالي|بداله|بدالها|بدلا مني|مكاني|مكانه)',
      '(?:verification|verify|interview|call|mo2abale)\\S* (?:\\S+ ){0,4}(?:badali|bdali|makani|3anni)',
      'المقابلة (?:بدالي|بدلا مني|مكاني)', 'بهويتك', 'باسمك', 'توثيق الحساب (?:لي|عني)',
      'التحقق (?:من الهوية )?(?:بدالي|عني|مكاني)', 'التوثيق (?:بدالي|عني|مكاني)',
      '(?:المقابلة|مقابلة|الانترفيو|المكالمة|التحقق|ادخل|أدخل) بدالك',
    ],
  tr: [
      // Round 127: the verification call or interview in the reader's place ("senin yerine").
      '(?:dogrulama|gorusme|mulakat)\\S* (?:\\S+ ){0,2}(?:senin|sizin|onun) yerine',
    // Turkish: an account opened in your name, an ID photo and a selfie ("hesabı senin adına biz açarız").
    '(?:senin|sizin) adina (?:\\S+ )?(?:acariz|aciyoruz|acalim|acarim|acar\\S*)', 'kimlig\\S* fotograf\\S*', 'kimlik (?:\\S+ )?ve (?:bir )?selfie',
    '(?:mulakata|gorusmeye) benim yerime', 'benim yerime', '(?:kimligin|kimliginle|adinla|adina) hesap', 'dogrulamayi benim (?:icin|yerime)', 'senin kimliginle',
    '(?:benim|bizim) adima (?:\\S+ ){0,2}(?:gorusmeye|mulakata|toplantiya|cagriya|teste|sinava) (?:sen |siz )?(?:gir|katil)\\S*',
    ],
  nl: ['(?:id-?)?verificatie voor (?:me|mij|ons)', '(?:jouw|je|uw) paspoort voor de camera', 'verificatie in mijn plaats'],
  ro: ['(?:interviul|testul|apelul) in locul (?:meu|nostru)', 'in locul meu (?:la )?(?:interviu|test|apel)', 'verificarea (?:de identitate )?pentru (?:un|o|mine|noi)',
    'cu buletinul (?:tau|dumneavoastra)', 'verificarea in locul (?:meu|nostru)'],
  ms: ['verification ic', 'verifikasi ic', 'pengesahan ic', '(?:buat|lakukan) verification (?:untuk|akaun)'],
  ko: ['(?:신분증|본인|신원) ?인증 ?(?:만 ?)?(?:대신|해주실)', '대신 ?인증', '인증 ?대행'],
    zh: ['代过', '代過', '代做(?:认证|認證|验证|驗證)', '帮(?:忙|我)?做(?:个|個)?身份验证', '幫(?:忙|我)?做(?:個)?身份驗證',
      '身份证对着摄像头', '验证码转发给我', '驗證碼轉發給我'],
    vi: [
      // Round 127: the video verification call done by someone else ("chị vào làm giúp em").
      '(?:cuoc goi|goi) (?:xac minh|video)\\S* (?:\\S+ ){0,4}(?:lam giup|lam ho|lam thay|vao thay)',
      'xac minh video\\S* (?:\\S+ ){0,4}(?:lam giup|lam ho|lam thay|vao thay)',
      'phong van (?:thay|ho|giup)', 'thay (?:em|minh|toi) phong van', 'xac minh (?:danh tinh )?(?:ho|giup|thay)', 'quay video cccd', 'muon cccd', 'cccd cua nguoi nha'],
    // An interview or a check done in the writer's place: Marathi, Nepali, Bengali.
    mr: [
      // Marathi: in my place at the interview.
      'माझ्याऐवजी', 'माझ्या ऐवजी',
      'माझ्या (?:ऐवजी|जागी) (?:इंटरव्ह्यू|इंटरव्यू|मुलाखत|टेस्ट|व्हेरिफिकेशन)'],
    ne: [
      'मेरो (?:सट्टा|सट्टामा|ठाउँमा) (?:अन्तर्वार्ता|इन्टरभ्यु|इन्टरभ्यू|' +
      'इन्टरव्यू)'],
    bn: [
      // Banglish: "interview te amar hoye" (on my behalf).
      '(?:interview|video call|call|verification|meeting)(?: ?te| e)? (?:amar|amader) (?:hoye|bodole|jaygay)',
      // The call named before "on my behalf" ("ইন্টারভিউতে আমার হয়ে আমার কাজিন কথা বলবে").
      '(?:ইন্টারভিউ|ভিডিও কল|কল|ভেরিফিকেশন|মিটিং)\\S{0,3} (?:আমার|আমাদের) (?:হয়ে|বদলে|' +
        'জায়গায়)',
      'আমার (?:হয়ে|বদলে|জায়গায়) (?:ইন্টারভিউ|ভেরিফিকেশন|টেস্ট)'],
    ha: ['(?:yi|yin) (?:interview|hira|jarrabawa|tantancewa) a madadi\\S{0,3}'],
    yo: ['(?:se )?(?:interview|idanwo) ni ipo mi'],
    ig: ['(?:mee|ime) (?:interview|ule) n\'onodu m'],
    so: ['(?:interview|imtixaan)\\S{0,4} (?:\\S+ ){0,2}meeshayda'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:intervjun|intervju|testet|provet|verifieringen)(?: \\S+){0,2} i (?:mitt|ditt) ställe', 'i (?:mitt|ditt) ställe (?:på|i) (?:intervjun|testet|videosamtalet)'],
    no: ['(?:intervjuet|intervjuen|testen|verifiseringen)(?: \\S+){0,2} (?:i mitt sted|for meg)'],
    da: ['(?:interviewet|testen|verificeringen)(?: \\S+){0,2} i mit sted'],
    fi: ['(?:haastattelu|testi|tunnistautumi)\\S{0,4}(?: \\S+){0,2} (?:minun puolestani|puolestani)'],
    'is': ['(?:viðtalið|prófið)(?: \\S+){0,2} fyrir mig'],
  },
examples: ['i can do the upwork ID check for my sister',
    'gọi xác minh video, chị vào làm giúp em', 'doğrulama görüşmesini senin yerine yapar', 'ela escreve como se fosse eu', 'passer l\'entretien vidéo à ta place',
    'video call pe aap apne dost ko bhej dena',
    'takes the call as you', 'joins the interview with my camera', 'your friend with the Top Rated badge could apply', 'complete the identity verification for your account',
    'verificação de identidade para o meu primo',
    
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'odradi intervju umjesto mene', 'интервју уместо мене', 'mənim yerimə müsahibə', 'ინტერვიუ ჩემ მაგივრად',
    'ኢንተርቪውን በኔ ፋንታ',
    // Tamil, Telugu, Nigerian Pidgin.
    'interview enakku pannunga', 'naa badulu interview',
  "can I verify with my brother's passport", 'do the interview in my place', 'attend these interviews on my behalf', 'pass the ID verification for me',
  'let my developer log in to your account', 'entrevista en mi lugar', 'собеседование за меня',
  'interview meri jagah', 'pakai KTP kamu', 'benim yerime',
  'my cousin logs in at night and replies to your messages', 'my sister does all the actual work, i just run the profile',
  'the person on my profile photo is my husband', 'my friend can do the video verification for you',
  'join the standups pretending to be our senior developer', "on the zoom interview we'll feed you the answers in the chat",
  'our experts will attend the interview on your behalf', 'pass the coding interviews on behalf of our candidates',
  "if there's a technical assessment, i'll take it myself on your behalf",
  'मेरी जगह इंटरव्यू दे दो', 'माझ्या ऐवजी इंटरव्ह्यू दे',
  'আমার হয়ে ইন্টারভিউ দিয়ে দাও',
],
counterExamples: ['my colleague will join the call with my notes', 'your friend with the Top Rated badge recommended you',
    
  'my assistant logs in to my shopify store to update the photos', 'my brother does the accounting for our shop',
  'i can walk you through the identity verification step by step', 'the testers pretend to be the customer during checkout',
  "after the interview i'll send you the answers to your questions",
  'i can schedule the interview on your behalf', 'i will attend the interview with you as your recruiter',
  'मेरा इंटरव्यू कल है',
],
});

/**
 * Someone else's name or papers behind an account: "a new account with my wife's details", "under my brother's name",
 * "making new acc with cousin's passport", "I use my brother's identity on Upwork". Read with an account nearby.
 */
export const RELATIVE_IDENTITY = defineClass({
  name: 'RELATIVE_IDENTITY',
  doc: "A relative's or friend's name, details or papers used for an account.",
  words: {
    en: [
      `(?:under|with|in|using|use|on|by) (?:my |his |her |a )?${KIN_PLUS}(?:-in-law)?.?s ` +
        '(?:\\S+ )?(?:name|details|identity|passport|id card|documents?|cnic|aadhaa?r|ssn|data)',
      `(?:registered|made|opened|created) (?:to|for|in the name of) (?:my |his |her )${KIN_PLUS}`,
      // "registered to my boss", "under our employee's name": an employer's or employee's identity behind the account.
      '(?:registered|made|opened|created) (?:to|for|in the name of) (?:my|our|his|her) (?:boss|manager|ceo|employee|employer)',
      '(?:under|in|with|using) (?:our|my|his|her|their) (?:employee|staff member|worker|boss|manager|ceo|employer).?s (?:name|details|identity|id)',
    ],
    es: ['a nombre de (?:mi|un|una) (?:hermano|hermana|primo|prima|amigo|amiga|esposa|esposo|madre|padre|mama|papa)'],
    pt: ['no nome d[aoe] (?:minha |meu )?(?:irma|irmao|primo|prima|amigo|amiga|esposa|marido|mae|pai)'],
    ru: ['на (?:имя|паспорт|данные) (?:мо\\S+ )?(?:брат|сестр|друг|жен|муж|мам|пап|родственник)\\S*'],
    uk: ['на (?:ім.я|паспорт|дані) (?:мо\\S+ )?(?:брат|сестр|друг|дружин|чолов|мам|тат|родич)\\S*'],
  },
  examples: ["a new account with my wife's details", "new profile under my brother's name", "making new acc with cousin's passport"],
  counterExamples: ['under my own name', 'with my details'],
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
  ar: ['(?:اتقفل|انقفل|تم ايقاف|اتبند|محظور|معلق|تم حظر|حظر)'],
  tr: ['(?:askiya alindi|kapatildi|banlandi|engellendi)'],
},
examples: ['my account was suspended', 'cuenta suspendida', 'аккаунт заблокировали', 'account band ho gaya', 'akun kena suspend', 'hesabım askıya alındı',
  'إذا تم حظر حسابك'],
});

/** Asking for contact details, per language. */
/** "номер замовлення", "номер заказа": the number of an order, an invoice or a ticket, not a phone. */
const NOT_A_PHONE =
  '(?! (?:заказ\\S*|замовлен\\S*|рахун\\S*|сч[её]т\\S*|договор\\S*|транзакц\\S*|сторін\\S*|страниц\\S*|т[иі]кет\\S*|задач\\S*|' +
  'верс[иі]\\S*|строк\\S*|рядк\\S*|посыл\\S*|посил\\S*|накладн\\S*|квитанц\\S*|[иі]нвойс\\S*|платеж\\S*|помилк\\S*|ошибк\\S*|' +
  'кейс\\S*|проект\\S*|документ\\S*|паспорт\\S*|карт\\S*|ордер\\S*|трек\\S*|відстеж\\S*|отслеж\\S*|issue|pr|build|билд\\S*))';
/** Chat apps as written in Devanagari (Hindi, Marathi, Nepali), for the phrases that name the reader's own. */
const DEVANAGARI_CHAT_APP = `(?:${[
  'व्हाट्सएप', 'व्हाट्सऐप', 'व्हॉट्सॲप', 'वाट्सएप', 'ह्वाट्सएप', 'टेलीग्राम',
    'टेलिग्राम', 'इमो', 'भाइबर', 'वाइबर',
  'फेसबुक', 'इंस्टाग्राम', 'इन्स्टाग्राम', 'इंस्टा', 'स्काइप', 'मेसेंजर',
    'मेसेन्जर', 'डिस्कॉर्ड', 'डिस्कर्ड', 'लिंक्डइन',
].join('|')})`;
/** Up to two words between "your" and the number ("आपका पर्सनल मोबाइल नंबर"): an app, personal, mobile, phone. */
const DEVANAGARI_CONTACT_MODIFIERS = `(?:(?:${[
  'व्हाट्सएप', 'व्हाट्सऐप', 'व्हॉट्सॲप', 'वाट्सएप', 'ह्वाट्सएप', 'इमो', 'भाइबर',
    'वाइबर', 'टेलीग्राम', 'टेलिग्राम',
  'पर्सनल', 'प्राइवेट', 'प्रायव्हेट', 'प्राइभेट', 'मोबाइल', 'मोबाईल', 'फोन', 'फ़ोन',
    'सेल', 'कॉन्टैक्ट', 'कन्ट्याक्ट',
].join('|')}) ){0,2}`;

/** A word of address said with a bare question: "akhi", "bro", "sir", "bhai", "kak". */
const VOCATIVE = '(?:ya )?(?:akhi|habibi|bro|brother|sir|madam|dear|boss|mate|dude|buddy|bhai|kak|hocam|abi|amigo|kuya)';
export const ASK_CONTACT = defineClass({
name: 'ASK_CONTACT',
doc: 'Asking the other person for their email, number, handle or other way to reach them.',
words: {
    lt: [
      '(?:atsiusk|atsiuskite|duok|duokite|parasyk|parasykite|palik|palikite|mesk|meskite)(?: man)? (?:savo |tavo |jusu )?(?:telefono )?(?:numer\\S{0,3}|nr|' +
        'el\\.? ?past\\S{0,3}|e-?past\\S{0,3}|kontakt\\S{0,3}|whatsapp\\S{0,2}|viber\\S{0,3}|telegram\\S{0,2}|instagram\\S{0,2})',
      'koks (?:tavo|jusu) (?:telefono )?(?:numeris|nr|el\\.? ?pastas|e-?pastas|whatsapp|viber|telegram)\\S{0,3}', 'kokiu numeriu',
      '(?:gal )?galit(?:e)? (?:duoti|atsiusti|parasyti) (?:savo )?(?:telefono )?(?:numer|kontakt|el\\.? ?past|e-?past)\\S{0,3}',
      'galetumete (?:duoti|atsiusti|parasyti) (?:savo )?(?:telefono )?(?:numer|kontakt|el\\.? ?past|e-?past)\\S{0,3}',
    ],
    lv: [
      '(?:atsuti|atsutiet|iedod|iedodiet|uzraksti|uzrakstiet|atstaj|atstajiet)(?: man)? (?:savu |tavu |jusu )?(?:telefona )?(?:numur\\S{0,2}|e-?past\\S{0,3}|' +
        'kontakt\\S{0,3}|whatsapp\\S{0,2}|viber\\S{0,2}|telegram\\S{0,2})',
      'kads (?:ir )?(?:tavs|jusu) (?:telefona )?(?:numurs|e-?pasts|whatsapp|telegram|viber)',
      'vai (?:vari|variet) (?:iedot|atsutit) (?:savu )?(?:telefona )?(?:numur|e-?past|kontakt)\\S{0,3}',
    ],
    et: [
      '(?:saada|saatke|anna|andke|kirjuta|kirjutage|jata|jatke)(?: mulle)? (?:oma |sinu |teie )?(?:telefoni)?(?:numb\\S{0,4}|e-?post\\S{0,2}|meil\\S{0,2}|' +
        'kontakt\\S{0,2}|whatsapp\\S{0,2}|telegram\\S{0,2})',
      'mis on (?:sinu|teie|su) (?:telefoni)?(?:number|e-?post|meil|whatsapp|telegram|viber)\\S{0,2}',
      'kas (?:sa )?(?:saad|saate|voiksid|voiksite) (?:mulle )?(?:anda|saata) (?:oma )?(?:telefoni)?(?:numb|e-?post|meil|kontakt)\\S{0,4}',
      'kas (?:sa )?(?:saaksid|saaksite) (?:mulle )?(?:anda|saata) (?:oma )?(?:telefoni)?(?:numb|e-?post|meil|kontakt)\\S{0,4}',
    ],
    hy: ['(?:վայբեր|վատսապ|տելեգրամ|viber|whatsapp|telegram) ունե(?:ք|ս)', '(?:viber|whatsapp|telegram) unes', 'unes (?:viber|whatsapp|telegram)'],
    uz: ['(?:raqam|nomer|telegram|whatsapp)\\S{0,6} bormi', '(?:рақам|номер|телеграм|ватсап)\\S{0,6} борми',
      '(?:telegram|whatsapp|imo)(?:ingiz|ing) bormi', '(?:телеграм|ватсап)(?:ингиз|инг) борми'],
    kk: ['(?:ник|нөмір)\\S{0,4} қандай',
      '(?:телеграм|ватсап)(?:ыңыз|ың) бар ма'],
    ky: ['(?:телеграм|вотсап|ватсап)(?:ыңыз|ың) барбы'],
    tg: ['(?:телеграм|ватсап) доред'],
    mn: ['(?:телеграм|вайбер) байгаа юу'],
    sq: [
      '(?:me )?(?:dergo(?:ni)?|jep(?:ni)?|le(?:r|ni)|shkruaj(?:ni)?) (?:\\S+ )?(?:numrin|emailin|kontaktin|whatsapp(?:in)?|viber(?:in)?)\\S{0,3}', 'dergom(?:a)? numrin',
      'cili (?:eshte|esht|e) numri (?:yt|juaj|i telefonit|i whatsapp|i viber)', 'cila (?:eshte|esht|e) email(?:i)? (?:yt|juaj)', 'me lini (?:\\S+ )?kontaktin',
    ],
    sk: [
      '(?:posli|poslite|daj|dajte|napis|napiste|nechaj|nechajte)(?:te)? mi (?:svoje |tvoje |vase |svoj |tvoj |vas )?(?:telefonne )?(?:cislo|mail|e-?mail|kontakt|whatsapp|viber|telegram)\\S{0,3}',
      'ake (?:mas|mate) (?:telefonne )?cislo', '(?:ake|aky) je (?:tvoje |vase |tvoj |vas )?(?:cislo|mail|e-?mail)',
    ],
    mk: [
      '(?:испрати|прати|дај|остави|напиши)(?:те)? ми (?:го |ја )?(?:твојот |вашиот |својот )?(?:број' +
        '|бројот|мејл|мејлот|имејл|вајбер|вотсап|контакт)\\S{0,3}',
      'кој (?:е )?(?:твојот|вашиот) (?:број|мејл|имејл|вајбер)',
      'можете ли да ми (?:го |ја )?(?:оставите|дадете|испратите|пратите) (?:вашиот |твојот )?(?:број|мејл|контакт)\\S{0,3}',
      '(?:isprati|prati|daj|ostavi)(?:te)? mi go (?:tvojot |vasiot )?(?:broj|brojot|mejlot|mejl|viber|kontakt)\\S{0,3}',
      '(?:isprati|prati|daj)(?:te)? mi (?:go )?(?:brojot|mejlot)(?: tvoj| vas)?',
    ],
    sl: [
      '(?:daj|posl?ji|napisi|pusti)(?:te)? mi (?:svojo |tvojo |vaso |svoj |tvoj |vas )?(?:telefonsko )?(?:stevilko|mail|e-?mail|viber|whatsapp|telegram|instagram|kontakt)\\S{0,3}',
      '(?:kaksna|katera) je (?:tvoja |vasa )?(?:stevilka|telefonska stevilka|e-?mail|mail)', '(?:a|ali) mi das (?:svoj |svojo )?(?:mail|e-?mail|stevilko|kontakt)',
      'kje (?:te|vas) lahko dobim',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: a number sent or given "to me" (មក).
    km: [
      'ផ្ញើ ?លេខ\\S{0,12}(?: \\S+)? ?មក', 'ឲ្យ ?លេខ\\S{0,12} ?មក',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): the number or e-mail asked for.
    kn: [
      '(?<!ಆರ್ಡರ್ |ಅಕೌಂಟ್ )(?:ನಂಬರ್|ಇಮೇಲ್|ಇಮೇಲ್ ಐಡಿ) (?:ನನಗೆ )?(?:ಕೊಡಿ|ಕಳುಹ' +
        'ಿಸಿ|ಕಳಿಸಿ|ಹೇಳಿ|ಕೊಡ್ತೀರಾ)',
      '(?<!order |invoice |tracking |account |ticket |reference |serial )(?:number|no|email|email id|mail id) (?:nange |nanage )?(?:kodi|kalsi|kalisi|heli|kodteera)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): the number or e-mail asked for.
    pa: [
      '(?<!ਆਰਡਰ |ਅਕਾਊਂਟ )(?:ਨੰਬਰ|ਈਮੇਲ|ਈਮੇਲ ਆਈਡੀ) (?:ਮੈਨੂੰ )?(?:ਦਿਓ|ਭੇਜੋ|ਦੱਸ' +
        'ੋ|ਦੇ ਦਿਓ|ਭੇਜ ਦਿਓ|ਦੱਸ ਦਿਓ)',
      '(?<!آرڈر |اکاؤنٹ )(?:نمبر|ای میل) (?:مینوں )?(?:دیو|گھلو|دسو|دے دیو|گھل دیو|دس دیو)',
      '(?<!order |invoice |tracking |account |ticket |reference |serial )(?:number|no|email|email id|mail id) (?:mainu )?(?:dedo|de do|bhejo|das do|dasso|bhej do)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): the number or e-mail asked for.
    gu: [
      '(?<!ઓર્ડર |ઇનવોઇસ |એકાઉન્ટ )(?:નંબર|ઈમેલ|ઇમેલ|ઈમેલ આઈડી|જીમેલ) ' +
        '(?:મને )?(?:આપો|મોકલો|આપશો|મોકલશો|આપજો|મોકલજો)',
      '(?:વોટ્સએપ|ટેલિગ્રામ) છે\\S{0,2}\\?',
      '(?<!order |invoice |tracking |account |ticket |reference |serial )(?:number|no|email|email id|mail id|gmail|contact number) (?:mane )?(?:aapo|moklo|m' +
        'okalo|aapso|moklaso|aapjo|mokaljo)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: the number or e-mail asked for.
    si: [
      '(?<!ඕඩර් |ඇකවුන්ට් |ඉන්වොයිස් )(?:නම්බර්|අංකය|ඊමේල්|ඉමේල්)\\S{0,4} ' +
        '(?:එක )?(?:මට )?(?:දෙන්න|එවන්න|කියන්න|දාන්න|දෙන්නකෝ|එවන්නකෝ|දෙනව' +
        'ද|ලබා දෙන්න)',
      '(?:වට්සැප්|වයිබර්|ටෙලිග්‍රෑම්) (?:එකක් )?තියෙනවද',
      '(?<!order |invoice |tracking |account |ticket |reference |serial )(?:number|no|nambar|email|mail|contact number)(?: eka)? (?:mata )?(?:denna|ewanna|k' +
        'iyanna|danna|dennako|ewannako|denawada)',
      '(?:whatsapp|viber|telegram) (?:ekak )?thiyenawada',
    ],
    // Asks for a number, mail or app in Greek (δώσε μου το τηλέφωνό σου, έχεις viber;) and Greeklish, Hungarian (add meg a számod, van Vibered?),
    // Malayalam (നമ്പർ തരുമോ, number tharo).
    el: ['(?:δωσ|στειλ)(?:ε|τε) μου (?:το |τον )?(?:τηλεφωνο|κινητο|αριθμο|νουμερο|email|μειλ|viber|βαιμπερ|whatsapp)',
      'ποιο (?:ειναι )?το (?:τηλεφωνο|κινητο|νουμερο|email|μειλ) σου', 'εχ(?:ει[σς]|ετε) (?:viber|βαιμπερ|whatsapp|telegram)',
      '(?:dws|dos|steil|stil)(?:e|te) mou (?:to |ton )?(?:tilefono|tilefwno|kinito|arithmo|noumero|email|viber)', 'ex(?:eis|ete) (?:viber|whatsapp|telegram)'],
    hu: ['(?:add|kuldd|ird) meg (?:a |az )?(?:telefonszam|szam|e-?mail ?cim|viber|whatsapp)\\S{0,4}', 'mi (?:a |az )?(?:telefonszamod|szamod|e-?mail ?cimed)',
      'van (?:vibered|whatsappod|telegramod|messengered|skypeod)', '(?:megadnad|megadna|elkerhetem) (?:a |az )?(?:telefonszam|szam|e-?mail)\\S{0,6}'],
    // Not an order's or an invoice's number (round twenty-six).
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): the number asked for ("എത്രയാ?"), an id asked to be told.
      '(?:ഫോൺ |മൊബൈൽ |വാട്സ്ആപ്പ് )?നമ്പർ എത്ര(?:യാ|യാണ്| ആണ്)',
      '(?:ടെലിഗ്രാം|ഇൻസ്റ്റ|ഇൻസ്റ്റാഗ്രാം) (?:യൂസർനെയിം|ഐഡി) (?:ഒന്ന' +
        '് )?(?:പറയാമോ|പറയൂ|തരൂ|തരാമോ)',
      '(?:phone |mobile |whatsapp )?number ethra(?: aanu|ya|yanu)', '(?:insta|telegram) (?:id|username) (?:onnu )?(?:para|parayamo|parayu|tharu)',
      '(?<!ഓർഡർ |ഓഡർ |ഇൻവോയ്സ് |ട്രാക്കിംഗ് )' +
      '(?:നമ്പർ|നമ്പര്|ഇമെയിൽ|ഇമെയില്) (?:ഒന്ന് )?(?:തരുമോ|തരാമോ|തരൂ|അയക്ക\\S{0,4})',
      'വാട്സ്ആപ്പ് ഉണ്ടോ',
      '(?<!order |invoice |tracking |account |ticket |reference |serial )' +
      '(?:number|no|nambar|mail id|email id|email) (?:onnu )?(?:tharo|tharamo|tharaamo|tharumo|tharu|ayakkamo|ayakku|parayamo|parayoo)',
      'whatsapp undo'],
    // Asks for a number, mail or app in Croatian, Serbian and Bosnian (daj mi svoj broj, imaš li Viber?), Azerbaijani (nömrənizi verin, vatsapınız var?), Georgian
    // (ნომერი მომეცი, გაქვს ვაიბერი?) and translit, Amharic (ስልክህን ስጠኝ, ቴሌግራም አለህ?) and in Latin letters.
    hr: [
      // Round 26: ask verbs with 'javi', 'moze(te) li mi', the apps and handles people ask for; 'koji vam je', 'moze vas broj?'.
      '(?:daj|posalji|napisi|ostavi|javi)(?:te)? (?:mi|nam) (?:svoj |tvoj |vas )?(?:kontakt telefon|broj(?! (?:narudzb|stranic|racuna|fakture|ugovora|projekt' +
        '|rijeci|reci|sati|verzij|tiket|primjerak|komada))|mejl|mail|e-?mail|viber|vajber|whatsapp|wapp|telegram|instagram|insta|skype|skajp|kontakt|username|n' +
        'adimak)\\S{0,3}',
      '(?:mozes|mozete) (?:li )?(?:da )?mi (?:ostaviti|ostavis|ostavite|dati|das|date|poslati|posaljes|posaljete) (?:svoj |tvoj |vas )?(?:broj|mejl|mail|e-?mail|viber|vajber|kontakt)\\S{0,3}',
      'koj(?:i|a) (?:ti |vam )?je (?:tvoj |tvoja |vas |vasa )?(?:broj(?! (?:narudzb|stranic|racuna|fakture|ugovora|projekt|rijeci|reci|sati|verzij|tiket|prim' +
        'jerak|komada))|mejl|mail|e-?mail|viber|vajber|kontakt)\\S{0,3}',
      '(?:moze|mogu li dobiti) (?:tvoj|vas|tvoju|vasu) (?:broj|mejl|mail|e-?mail|kontakt|viber|vajber)\\S{0,3}',
      '(?:sta|sto|koji) ti je broj(?! (?:narudzb|stranic|racuna|fakture|ugovora|projekt|tiket))',
      'kako (?:da )?(?:te|vas) (?:kontaktiram|dobijem|nadjem|nadem) (?:mimo|van|izvan)',
      '(?:daj|posalji|napisi|ostavi)(?:te)? mi (?:svoj |tvoj |vas )?(?:broj|mejl|e-?mail|viber|whatsapp|kontakt)\\S{0,3}', 'koji (?:ti )?je (?:tvoj )?(?:broj|mejl|e-?mail)',
      'ima(?:s|te) li (?:viber|whatsapp|telegram)', 'jesi li na (?:viberu|whatsappu|telegramu)', 'moze(?:s|te) li mi (?:dati|poslati) (?:svoj )?(?:broj|mejl|e-?mail)'],
    sr: [
      '(?:дај|пошаљи|напиши|остави|јави)(?:те)? ми (?:свој |твој |ваш )?(?:број|мејл|имејл|вајбер|' +
        'вотсап|телеграм|инстаграм|скајп|контакт)\\S{0,3}',
      '(?:можеш|можете) (?:ли )?(?:да )?ми (?:оставити|оставиш|оставите|дати|даш|дате|послати|по' +
        'шаљеш|пошаљете) (?:свој |твој |ваш )?(?:број|мејл|имејл|вајбер|контакт)\\S{0,3}',
      'кој(?:и|а) (?:ти |вам )?је (?:твој |ваш )?(?:број|мејл|имејл|вајбер|контакт)\\S{0,3}',
      '(?:дај|пошаљи|напиши|остави)(?:те)? ми (?:свој |твој |ваш )?(?:број|мејл|имејл|вајбер|вотсап|контакт)\\S{0,3}',
      'имаш ли (?:вајбер|вотсап|телеграм|viber|whatsapp)', 'имате ли (?:вајбер|вотсап|телеграм|viber|whatsapp)',
      'који (?:ти )?је (?:твој )?(?:број|мејл)'],
    az: [
      // "vatsap nömrən var?", "emailinizi yazın", "sizə necə yaza bilərəm".
      '(?:vatsap|whatsapp|telegram|instagram|insta)\\S{0,3} nomre(?:n|niz) var',
        '(?:emailinizi|mailinizi|nomrenizi|nomreni|emailini) (?:yazin|gonderin|atin|paylasin|yaz|at)(?! (?:sahe|xana|duyme|formu))',
        'size (?:nece|haradan|hardan) (?:yaza|zeng ede|elaqe saxlaya) biler\\S*',
        '(?:nomreni|nomrenizi|telefonunu|telefonunuzu|mailini|mailinizi|emailini|vatsapini|whatsappini) (?:ver|yaz|gonder|at)\\S{0,4}',
      '(?:whatsapp|vatsap|telegram|teleqram)(?:in|iniz) var\\S{0,4}', 'nomren(?:i|iz) ne\\S{0,2}'],
    // Not an order's, a room's or an invoice's number (a genitive before it: "შეკვეთის ნომერი მომწერე").
    // Round twenty-five: "have you got WhatsApp?".
    ka: ['(?:ვაცაპ|ვოცაპ|ვატსაპ|ვაიბერ|ტელეგრამ)\\S{0,3} გაქვს',
      '(?:(?<!ის )ნომერი|ტელეფონი|მეილი|ტელეფონის ნომერი) (?:მომეცი|მომწერე|' +
      'გამომიგზავნე)',
      '(?:იმეილი|ვაიბერი|ვოცაპი) (?:მომეცი|მომწერე|გამომიგზავნე)',
      'გაქვ(?:ს|თ) (?:ვაიბერი|ვოცაპი|ტელეგრამი|viber|whatsapp|telegram)',
      '(?:nomeri|telefoni|meili|viberi|vocapi) (?:momeci|momwere|gamomigzavne)\\S{0,1}', 'gaqv(?:s|t) (?:viberi|whatsapp|vocapi|telegrami)'],
    am: ['(?:ስልክ(?: ቁጥር)?|ቁጥር|ኢሜይል|ኢሜል|ቴሌግራም)(?:ህን|ሽን|ዎን) (?:ስጠኝ|ስጪኝ|ይስጡኝ|ላክልኝ|ላኪልኝ|ላኩልኝ)',
      '(?:ቴሌግራም|ዋትስአፕ|ቫይበር) (?:አለህ|አለሽ|አለዎት)', '(?:silkih|silkish|kutrih|kutrish|emailih|telegramih)n? (?:sitegn|sitign|stegn|lakilign)',
      '(?:telegram|whatsapp) (?:aleh|alesh)'],
    // Asks for a number, mail or app in Tamil (number anuppunga, நம்பர் கொடுங்க), Telugu (number ivvandi, నంబర్ ఇవ్వండి) and Nigerian
    // Pidgin (wetin be your number, una number abeg).
    ta: ['(?<!order |invoice |tracking |account |ticket |reference |roll |serial )(?:number|no|nambar|mail id|email ' +
      'id|email|contact) (?:konjam )?(?:kudunga|kodunga|kudukkareengala|kudukureengala|anuppunga|anupunga|sollunga|share ' +
      'pannunga|send pannunga)',
      'whatsapp (?:irukka|iruka|irukaa|irukkaa)',
      '(?:நம்பர்|ஈமெயில்|இமெயில்|மெயில் ஐடி) ' +
        '(?:கொஞ்சம் ' +
        ')?(?:கொடுங்க|குடுங்க|அனுப்புங்க|சொல்லுங்க|தாங்க)',
      'வாட்ஸ் ?அப் இருக்கா'],
    te: ['(?<!order |invoice |tracking |account |ticket |reference |roll |serial )(?:number|no|nambar|mail id|email ' +
      'id|email|contact) (?:okasari )?(?:ivvandi|ivvu|ivandi|istara|pampandi|pampu|cheppandi|cheppu|share cheyyandi|send ' +
      'cheyyandi)',
      'whatsapp (?:unda|undha)',
      '(?:నంబర్|నెంబర్|ఈమెయిల్|మెయిల్ ఐడి) (?:ఒకసారి ' +
        ')?(?:ఇవ్వండి|ఇవ్వు|పంపండి|పంపు|చెప్పండి|ఇస్తారా)',
      'వాట్సాప్ ఉందా'],
    pcm: ['wetin be (?:your|ya|yr|una) (?:whatsapp |phone )?(?:number|digits|whatsapp|email|contact|line)', 'una (?:whatsapp |phone )?(?:number|digits|contact) abeg',
      'abeg (?:send|drop|give me|gimme|forward) (?:me )?(?:una|ya|yr) (?:whatsapp |phone )?(?:number|digits|whatsapp|contact|line|email)', '(?:you|u|una) dey (?:on )?whatsapp',
      'drop (?:your|ya|una) digits'],
    // Asks for a number, mail or app in Thai, Persian (and Finglish), Hebrew, Bulgarian and Czech.
    th: [
      // "เบอร์โทรพี่เท่าไหร่", "ไอดีไลน์อะไร", "ส่งอีเมลส่วนตัวมา", "ทักเฟสมา".
      'เบอร์(?:โทร)?(?:ของ)?(?:คุณ|พี่|น้อง)?(?:เท่าไหร่|อะไร)',
        'ไอดี ?(?:ไลน์|line)(?:ของ)?(?:คุณ|พี่|น้อง)?อะไร',
        'ส่ง(?:อีเมล|เบอร์|ไลน์)(?:ส่วนตัว)?มา',
        'ทัก(?:เฟส|ไลน์|แชท|ส่วนตัว)มา',
          'ขอ(?:เบอร์|ไลน์|อีเมล|ไอดีไลน์|ช่องทางติดต่อ)',
          'มี(?:ไลน์|วอทส์แอป)ไหม'],
    fa: ['(?:آیدی|ایدی|شماره|ایمیل)\\S{0,4} (?:\\S+ )?چیه', 'id\\S{0,3} (?:\\S+ )?chie',
      '(?:واتساپ|تلگرام|ایتا) (?:دارید|داری|دارین)', '(?:whatsapp|telegram) dari(?:d|n)?',
      'شمار(?:ه ?)?(?:ت|تو|تون|تونو)(?: رو| را)? بده\\S{0,2}', 'ایمیل(?:ت|تو|تون)(?: رو| را)? بده\\S{0,2}', '(?:واتساپ|تلگرام) داری',
      'shomar(?:e)?(?:to|et|eto) (?:ro )?bede', '(?:whatsapp|telegram) dari'],
    // Round twenty-five (Hebrew as Israeli clients type it): "what is your phone", "leave me a number", "bring an e-mail".
    he: ['מה (?:ה)?(?:מספר|טלפון|מייל|נייד|פלאפון)(?: \\S+)? שלך', '(?:ת)?שאיר(?:י)? לי (?:את )?(?:ה)?(?:מספר|מייל|טלפון|נייד)',
      'תביא(?:י)? (?:את )?(?:ה)?(?:מספר|מייל|טלפון|נייד)',
      '(?:תן|תני|תנו) לי את (?:ה)?(?:מספר|טלפון|מייל)', 'מה המספר שלך', 'יש לך (?:וואטסאפ|טלגרם|whatsapp|telegram)'],
    bg: [
      // Round twenty-six: 'може ли имейла ви', 'оставете ми телефон', and in Latin letters (shlyokavitsa).
      'може ли (?:\\S+ )?(?:имейла|номера|телефона|вайбъра|мейла) (?:ви|ти|си)',
      'какъв (?:е )?(?:вайбър\\S{0,2}|номера|имейла|телефона) (?:ти|ви)',
      'остав(?:и|ете) ми (?:\\S+ )?(?:телефон|номер|имейл|контакт)\\S{0,3}',
      '(?:prati|dai|daj|izprati|ostavi)(?:te)? mi (?:nomera|telefona|imeila|imeyla|maila|vaibara|vibera) (?:si|ti)', 'kakav (?:e )?(?:nomera|telefona|imeila) ti',
      'дай(?:те)? (?:ми )?(?:номера|телефона|имейла) си', 'какъв (?:е )?(?:номерът|телефонът|имейлът) ти',
      'имаш ли (?:вайбър|телеграм|уатсап|whatsapp|viber|telegram)',
      'дай(?:те)? ми (?:си )?(?:номера|телефона|имейла|вайбъра)(?: си)?',
      'какъв (?:ти|ви) е (?:имейлът|имейла|телефонът|телефона|номерът|номера|вайбърът)',
      'kakyv (?:ti|vi) e (?:telefona|telefonyt|nomera|nomeryt|imeila|imeilyt|vibera)', 'dai(?:te)? mi (?:si )?(?:nomera|telefona|imeila|vibera)(?: si)?',
    ],
    cs: [
      // Round twenty-six: mail, a contact left, in chat without diacritics.
      '(?:dej|dejte|posli|poslete|napis|napiste|nech|nechte)(?:te)? mi (?:svuj |tvuj |vas |svoje |sve |tve )?(?:mail|e-?mail|kontakt|whatsapp|viber|telegram)\\S{0,3}',
      '(?:posli|poslete|dej|dejte|napis|napiste) mi (?:sve |svoje |tve |vase )?(?:telefonni )?cislo', 'jake (?:mas|mate) cislo',
      '(?:mas|mate) (?:whatsapp|telegram|viber|signal|instagram)',
      'jaky je (?:vas|tvuj) (?:mail|e-?mail|telefon|whatsapp|telegram|viber)\\S{0,2}',
      'hod(?:te)? mi (?:sem )?(?:svoje |svuj |vase |vas )?(?:telefonni )?(?:cislo|mail|e-?mail|kontakt|whatsapp|telegram)\\S{0,2}',
    ],
    // Polish: do you have WhatsApp or Messenger, how can I reach you, give me your number ("masz Messengera albo insta?", "dasz nr?").
    pl: [
      'masz (?:moze )?(?:whatsapp\\S*|telegram\\S*|messenger\\S*|mesenger\\S*|insta\\S*|viber\\S*|signal\\S*|skyp\\S*|discord\\S*|fejs\\S*|fb|maila?|numer\\S*|priv)',
      '(?:jest pan|jest pani|jestes) na (?:whatsapp\\S*|telegram\\S*|messenger\\S*|insta\\S*|viber\\S*|signal\\S*|skyp\\S*|discord\\S*|fejs\\S*)',
      'jak (?:moge|mozna) (?:sie )?(?:z (?:toba|panem|pania) )?skontaktowac', 'gdzie (?:moge|mozna) (?:cie|pana|pania) (?:znalezc|zlapac|zlapac)',
      'dasz (?:nr|numer|maila|kontakt|namiar\\S*|nick\\S*)', 'jaki masz (?:numer|nick|mail|login)'],
    // Japanese: do you use LINE, how can I reach you; Swahili: una WhatsApp?, uko Telegram?, how do I reach you.
    ja: [
      '(?:line|ライン|インスタ|テレグラム|telegram)(?:とか|は)?(?:やってる|やってます|ある\\?|あります|持って)',
      '(?:whatsapp|ワッツアップ|discord|ディスコード|skype|スカイプ)(?:とか|は)?(?:やってる|やってます|ある\\?|あります|持って)',
      '連絡(?:が)?取れる方法', '(?:どうすれば|どうやって)連絡',
      // Round twenty-five: the detail and the polite ask with nothing between ("携帯の番号お願いします"), not "連絡先を聞かれましたが...お願いします".
      '(?:番号|メアド|メールアドレス|連絡先|ラインid|lineid)(?:を|も)?(?:お願いします|お願いできますか|お願いできませんか)'],
    sw: ['una (?:whatsapp|wasap|telegram|skype|discord|instagram|insta|namba ya)', 'uko (?:telegram|whatsapp|wasap|instagram|insta|discord|skype)', 'jinsi ya kukufikia', 'nikupate wapi',
      'nitakupataje', 'nitakupata wapi'],
  en: [
    '(?:can|could|would) you (?:leave|drop|share|send|give|post) (?:me )?(?:an?|your) (?:e-?mail|number|phone|contact|handle|whatsapp|telegram|skype|discord|insta\\w*)',
    "what'?s your @", 'your @\\??',
    'are you on (?:insta\\w*|ig|telegram|whatsapp|discord|skype|signal|fb|facebook|snap\\w*|linkedin|x|twitter)',
    'do you have (?:a |an )?(?:discord|telegram|whatsapp|skype|insta\\w*|signal|wechat|line|viber|snap\\w*|linkedin|e-?mail|phone|number)(?: or something| or anything| or smth)?',
    // A stranger's bare ask on an issue: "do you have gmail?", "accept me on Skype", "I want to add you wechat", "please provide contact information".
    'do you have (?:a |an )?(?:gmail|outlook|hotmail|yahoo|proton ?mail|icloud|qq|wechat id|kakao ?talk) ?\\?',
    'accept (?:me|my (?:request|invite|invitation|contact request|friend request)) on (?:skype|discord|telegram|wechat|line|facebook|kakao\\w*)',
    'add you (?:wechat|qq|telegram|whatsapp|skype|discord)',
    '(?:please|pls|can you|could you|would you) provide (?:your |some |any |me with (?:your )?)?(?:private |personal |direct )?contact (?:information|info|details)',
    "(?:couldn'?t|can'?t|could not|cannot|didn'?t) find (?:your|any) (?:contact|e-?mail|number|phone|details|socials|handle|website)",
    '(?:any|another|other|some|a different|an alternative) (?:other )?' +
        '(?:way|means|method|place|channel|app|platform)s? (?:to|i can|we can|of|for) ' +
        '(?:reach|contact|talk|chat|get in touch|connect|message|communicate|get hold)',
    'drop (?:me )?your (?:number|e-?mail|handle|@|contact|whatsapp|telegram)',
    'leave (?:me )?your (?:number|e-?mail|contact|whatsapp|telegram)',
    '(?:you have|u have|have you got|got|do you got|you got|you on) (?:a |an )?' +
        '(?:skype|whatsapp|telegram|signal|discord|wechat|viber|line|insta\\w*|snap\\w*)' +
        // "have you got a Discord or Slack I can add you on?": a second app, then the question or what it is for.
        '(?: (?:number|id|account|handle|acc))?(?: or (?:a |an )?(?:slack|skype|whatsapp|telegram|signal|discord|something|anything))?' +
        '(?:\\?| (?:i|we) (?:can|could) (?:add|reach|message|contact|call|text) you\\b)',
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
    // "Where is your Instagram or Snapchat?", "where are your socials?".
    "where(?:'?s| is| are) (?:your|ur) (?:new )?(?:telegram|whatsapp|skype|discord|signal|insta\\w*|snap\\w*|linkedin|facebook|fb|tiktok|socials?|social media)\\b",
      'do you have a (?:personal )?(?:site|website|page) with a contact', 'look you up and add you',
      'how to (?:contact|reach|call|text|message|get in touch with) you\\b(?! (?:here|on upwork|through upwork|in the chat))',
      'where (?:can|could|do|should) (?:i|we) (?:contact|reach|find|call|text|message) you\\b(?! (?:here|on upwork|through upwork|in the chat))',
      // The same asked inside a sentence: "tell me where I can find you", "reply where i can contact you", "where you're reachable".
      "where (?:(?:i|we) (?:can|could|should|may) (?:contact|reach|find|call|text|message|get hold of) you|you(?:'re| are) reachable|" +
        "you can be reached|to (?:contact|reach|message|text) you)\\b(?! (?:here|on upwork|through upwork|in the chat))",
      'what (?:else|other apps?|other platforms?) are you on', 'where else (?:are you|can i find you)',
      'add you on the other app',
      // Chinese, as clients write it in English threads: "怎么联系", "联系方式".
      '(?:怎么|如何)联系(?:你|您)?', '(?:你的|您的)?联系方式',
      'your full name,? (?:\\S+ ){0,5}(?:and )?(?:e-?mail|phone|whatsapp)(?: address| number)?',
      // A message or sentence that is only a channel and a question mark: "skype?", "wa number?", "skype or nah".
      // With a word of address before or after it: "akhi whatsapp?", "bro telegram?", "skype sir?".
      `(?<=^|[.!?\\n] ?)(?:${VOCATIVE},? )?(?:skype|whatsapp|wa|telegram|tg|discord|signal|viber|wechat|insta|ig|e-?mail|phone|cell|linkedin)` +
        `(?: (?:number|no|id|handle|username|acc(?:ount)?))?(?:,? (?:sir|bro|akhi|bhai|boss|dear))?(?: or (?:nah|no|what)\\??| ?\\?)`,
      // Chinese asks: "方便联系下吗" (may I contact you), "加个微信", "留个邮箱", "微信号多少", "邮件或微信".
      '方便联系', '加(?:个|一下|下)(?:微信|vx|wx|qq)', '加(?:微信|vx|wx|qq)(?:吗|吧|聊)', '(?:微信|邮箱|电话|手机)号?(?:是)?多少',
      '留(?:个|下|一下)?(?:微信|邮箱|电话|手机号?|联系方式)', '(?:邮件|邮箱|电话)或微信',
      // "did you change your discord name?", "your telegram link on your github profile doesn't work": asking for the handle as it is now.
      '(?:did|have) you changed? your (?:discord|telegram|skype|whatsapp|signal|insta\\w*) (?:name|handle|id|tag|username|number|link)\\b',
      "(?:discord|telegram|skype|whatsapp|signal)(?: link| invite)? (?:on|in) your (?:\\w+ )?(?:profile|bio|readme) (?:doesn'?t|does not|no longer) work",
      "(?:which|what) street (?:(?:do )?you live|are you (?:on|in|at)|you(?:'re| are) (?:on|in|at)|is your (?:home|house|flat|apartment|place))",
      'your (?:personal )?(?:id|handle|username) on (?:any|some|a|your) (?:messenger|messaging app|chat app|app)',
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
      // The same with the pronoun after the verb: "¿dónde puedo encontrarte?", "cómo podemos contactarlo".
      '(?:donde|como) (?:puedo|podemos|podria) (?:encontrar|contactar|escribir|llamar|ubicar)(?:te|lo|la|le)\\b' +
        '(?! (?:aqui|aca|por aqui|en upwork))',
      // The street someone lives on, in each language: "¿en qué calle vives?", "in welcher Straße wohnst du?".
      '(?:en )?(?:que|cual) calle (?:vives|vive usted|esta tu casa|esta su casa)',
      '(?:me pasas|pasame|dame|me das|me mandas) (?:tu|su) (?:cel|celu)',
      'masz (?:moze )?(?:telegram\\S*|whatsapp\\S*|signal\\S*|messenger\\S*|discord\\S*) ?\\?',
      'jaki masz nick',
      // Round thirty: "¿me regala un número?" (Colombian).
      'me regala (?:un|su|tu) (?:numero|correo|whatsapp|wasap|celular)',
    ],
    pt: [
      '(?:me passa\\w*|passa|me manda\\w*|manda|me da|me dar|me envia\\w*|qual (?:e|eh)) (?:o )?(?:seu|teu) ' +
        '(?:numero|zap|whats\\w*|e-?mail|telefone|contato|telegram|insta\\w*)', '(?:(?:voce|vc|tu) )?tem (?:whats\\w*|zap|telegram|e-?mail|skype|discord|insta\\w*)\\?',
      '(?:(?:voce|vc|tu) )?tem algum (?:e-?mail|numero|zap|whats\\w*|telefone|celular|insta\\w*|contato)(?! (?:de|do|da|com) )', 'outro meio',
      '(?:onde|como) (?:eu )?(?:posso )?(?:te )?(?:contato|contatar|encontro|encontrar|acho|ligo|chamo)\\b' +
        '(?! (?:aqui|aca|aqui na plataforma|por aqui|en upwork|no upwork|pelo upwork|hier|auf upwork|uber upwork))',
      '(?:em )?(?:que|qual) rua (?:voce mora|vc mora|o senhor mora|a senhora mora|fica sua casa)',
      '(?:qual|cade|kd) (?:e |eh )?(?:o )?(?:seu|teu) (?:numero|zap|whats\\w*|e-?mail|telefone|contato|telegram|insta\\w*)',
      '(?:voce|vc|tu) tem (?:whats\\w*|zap|telegram|e-?mail|skype|discord|insta\\w*) ou (?:whats\\w*|zap|telegram|e-?mail|skype|discord|insta\\w*) ?\\?',
      // Round thirty: "me manda seu dc", "me passa seu discord".
      'me (?:passa|manda) (?:o )?(?:seu|teu) (?:dc|discord|zap|whats|insta|telegram|tg)',
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
      'dans quelle rue (?:habite[sz]?|vous habitez|tu habites|habitez-vous|habites-tu)',
      '(?:tu peux|vous pouvez|pourriez-vous|pourrais-tu) me (?:donner|communiquer|transmettre|envoyer|laisser|indiquer) (?:ton|votre) ' +
        '(?:numero|06|07|mail|e-?mail|adresse (?:e-?)?mail|portable|whatsapp|telegram|insta(?:gram)?)',
      '(?:pourr(?:iez|ais)|pouvez|peux)[- ](?:vous|tu) m.(?:indiquer|envoyer|donner|communiquer) (?:votre|ton) (?:adresse (?:e-?)?mail|e-?mail|mail|numero|06|07|portable)',
      '(?:t.as|tu as|vous avez) (?:un |ton |votre )?(?:06|07) ?\\?',
    ],
    de: ['(?:wie|was) ist (?:deine|ihre) (?:private )?(?:e-?mail(?:-?adresse)?|handynummer|nummer|telefonnummer)', 
      '(?:gib|geben sie|schick|schicken sie) mir (?:deine|ihre|deinen|ihren) ' +
        '(?:nummer|mail|e-?mail|handynummer|whatsapp|telegram|kontakt)',
      '(?:haben sie|hast du) (?:eine |ihre )?(?:private |personliche |direkte )?(?:handynummer|telefonnummer|nummer|e-?mail-adresse|mail)',
      'darf ich (?:ihre|deine) (?:telefonnummer|handynummer|nummer|e-?mail|mail)(?:-adresse)? haben',
      'was ist (?:deine|ihre) (?:nummer|mail|e-?mail|handynummer)',
      '(?:hast du|haben sie) (?:whatsapp|telegram|skype|discord)',
      'wie (?:kann ich|erreiche ich|kann man) (?:sie|dich)(?: direkt| personlich)? (?:erreichen|kontaktieren|anrufen)\\b' +
        '(?! (?:aqui|aca|aqui na plataforma|por aqui|en upwork|no upwork|pelo upwork|hier|auf upwork|uber upwork))',
      // "Sagen Sie mir, wo ich Sie erreichen kann", "wo finde ich dich?".
      'wo (?:(?:ich|wir|man) (?:sie|dich|euch) (?:direkt )?(?:erreichen|kontaktieren|finden|anrufen)|(?:kann ich|erreiche ich|finde ich) (?:sie|dich|euch))' +
        '\\b(?! (?:hier|auf upwork|uber upwork))',
      'in welcher strasse (?:wohnst du|wohnen sie)',
      '(?:ich )?(?:hatte|hatten) gerne? (?:ihre|deine) (?:private )?(?:e-?mail\\S*|\\S*nummer|whatsapp|telegram|kontaktdaten)',
      '(?:hast du|haben sie) (?:signal|threema|wire|viber)',
      'schick (?:mal |mir )*(?:deine|ihre) (?:id|nummer|handle|e-?mail)',
      '(?:hast du|haste|hasch|haben sie) (?:eine |deine |ihre |ne |n )?(?:handynummer|telefonnummer|whatsapp|telegram|skype|e-?mail-adresse)',
      '(?:schick|schicken sie) (?:mir )?(?:doch |bitte |mal )*(?:seine|deren) (?:telefonnummer|handynummer|e-?mail-adresse)',
      // Round thirty: "haste ne Handynummer?", "Wie lautet Ihre Telefonnummer?".
      'haste (?:ne |eine )?(?:handynummer|nummer|telefonnummer|handy)',
      'wie lautet (?:ihre|deine) (?:telefonnummer|handynummer|nummer|e-?mail\\S*)',
    ],
    ru: [
      oneOf([
          'дай', 'дайте', 'скинь', 'скиньте', 'оставь', 'оставьте', 'пришли', 'пришлите', 'кинь', 'киньте',
          'можете оставить', 'можете скинуть',
        ]) +
        // "Скиньте, пожалуйста, ваш телеграм": a please between the verb and the detail.
        ',? (?:(?:пожалуйста|плиз|pls),? )?(?:свой |свою |ваш |вашу |твой |мне )?' +
        `(?:номер${NOT_A_PHONE}|телефон|телеграм\\S*|телег\\S*|тг|ватсап|вотсап|вайбер|скайп|дискорд|` +
        'инст\\S*|почту|e-?mail|контакт\\S*|ник)',
      '(?:тг|телега|телеграм|ватсап|вайбер|почта|номер|скайп) есть', 'skin(?:te)? kontakt\\S*',
      'dai(?:te)? (?:nomer|kontakt)', 'какой у (?:тебя|вас) (?:номер|телеграм|ватсап|ник|e-?mail)',
      'у (?:тебя|вас) есть (?:телег\\S*|телеграм\\S*|ватсап|вайбер|скайп|дискорд|инст\\S*|почта|номер|e-?mail)',
      'где (?:вас|тебя) (?:ещ[её] )?можно найти', 'соцсет\\S* (?:какие-?(?:то|нибудь) )?есть',
      'оставьте,? (?:пожалуйста,? )?(?:ваш|свой|вашу|ваши) (?:email|имейл|e-mail|почту|телеграм\\S*|телефон|номер|контакт\\S*)',
      // "Куда вам написать?", "как вас найти?": asked in a chat, they ask for another way in.
      'куда (?:вам|тебе) (?:можно )?(?:написать|писать|звонить|позвонить)',
      'как (?:вас|тебя) (?:можно )?найти(?! (?:на (?:апворк\\S*|upwork)|здесь|тут))',
      'на какой улице (?:вы |ты )?(?:живете|живешь)',
      // "Хотел бы получить ваш номер", "можно узнать ваш телеграм?": a bare "номер" only at the end ("ваш номер заказа" is an order).
      '(?:хотел\\S* бы|можно) (?:получить|узнать) (?:ваш|твой|вашу|твою) ' +
        '(?:номер(?= ?[?.!,]|$| телефона)|телефон|почту|телеграм\\S*|ватсап|контакт\\S*)',
    ],
    uk: [
      '(?:дай|дайте|скинь|скиньте|скинути|залиш|залиште|надішли|надішліть|кинь|киньте),? ' +
        '(?:(?:будь ласка|будь-ласка|плиз),? )?(?:свій |свою |ваш |вашу |твій |мені )?' +
        `(?:номер${NOT_A_PHONE}|телефон|телеграм|телегу|вайбер|пошту|контакт\\S*|нік)`,
        'у (?:тебе|вас) є (?:телеграм|вайбер|ватсап|скайп|інст\\S*|пошта|номер|e-?mail)',
        'де (?:вас|тебе) (?:ще )?можна знайти', 'соцмереж\\S* (?:якісь )?(?:є|маєте|маєш)',
      'куди (?:вам|тобі) (?:можна )?(?:написати|писати|дзвонити|подзвонити)',
      'як (?:вас|тебе) (?:можна )?знайти(?! (?:на (?:апворк\\S*|upwork)|тут))',
      'на як(?:ій|ии|іи) вулиці (?:ви |ти )?(?:живете|живеш)',
      '(?:хотів\\S* б|можна) (?:отримати|дізнатися) (?:ваш|твіи|вашу|твою) ' +
        '(?:номер(?= ?[?.!,]|$| телефону)|телефон|пошту|телеграм\\S*|контакт\\S*)',
    ],
    hi: [
      '(?:apna|aapna|apni|apka|aapka|tumhara|tera) (?:whatsapp |wp )?' +
        '(?:number|no|email|id|contact|insta) ' +
        '(?:do|de do|dedo|bhejo|send karo|share karo|dena|dijiye|bhej do)', 'number (?:de do|dedo|bhejo|share karo|milega|do na)', '(?:whatsapp|wp) (?:number|no) (?:do|bhejo|dedo|milega)',
        '(?:aap|ap|tum|aapka|apka|aapki|apki|tumhara|tumhari)(?: ki| ka)? koi (?:website ya )?' +
        '(?:linkedin|insta\\w*|whatsapp|wp|number|email|fb|facebook|telegram|skype)(?: ya \\S+)? (?:hai|he)',
          '(?:apna|apni) (?:personal )?(?:email|mail|number|contact)(?: id)? ' +
            '(?:de dijiye|dijiye|bata do|batao|share kar(?:o|dijiye))',
      // "aap se kaise contact karein?", "tumse kahan contact ho sakta hai".
      '(?:aap|ap|tum)(?: ?se| ?ko)? (?:kaise|kese|kahan|kaha) (?:contact|rabta|raabta) (?:kar\\S*|ho\\S*)',
      '(?:kaun ?si|konsi|kis) (?:gali|street|sadak) (?:me|mein|main|pe|par) (?:rehte|rehti|rahte|rahti|ghar)',
      '(?:aap|ap) ka (?:number|email|whatsapp|skype|mobile)(?: id| number)? chahiye',
      'apna (?:skype|whatsapp|telegram|email|number)(?: id)? de (?:sakte|dein|do|dijiye)',
      '(?:अपना|अपनी|आपका|आपकी|तुम्हारा|तुम्हारी|तेरा) (?:व्हाट्सएप |पर्सनल |' +
      'मोबाइल |फोन |फ़ोन )?(?:नंबर|नम्बर|ईमेल|इमेल|ई-मेल|मेल आईडी|व्हाट्सएप|' +
      'टेलीग्राम|कॉन्टैक्ट) (?:दो|दीजिए|दीजिये|दे दो|दे दीजिए|भेजो|भेजिए|भेजें|' +
      'भेज दो|भेज दीजिए|बताओ|बताइए|बता दो|बता दीजिए|शेयर करो|शेयर करें|शेयर ' +
      'कीजिए)',
      '(?:आपका|तुम्हारा) (?:व्हाट्सएप )?(?:नंबर|नम्बर|ईमेल) (?:क्या है|मिलेगा|मिल ' +
      'सकता है)',
      '(?:व्हाट्सएप |मोबाइल |फोन )?(?:नंबर|नम्बर|ईमेल) (?:दो|दीजिए|दे दो|भेजो|भेजिए|' +
      'भेज दो) (?:अपना|अपनी)',
      'व्हाट्सएप (?:नंबर|नम्बर) (?:दो|दीजिए|दे दो|भेजो|भेजिए|भेज दो)',
    ],
    ur: [
      '(?:apna|aapna|apka|aapka|tumhara) (?:whatsapp |wp )?(?:number|no|email|id|contact) ' +
        '(?:dein|de dein|bhejein|share karein|dijiye|bhej dein)',
      'number (?:de dein|bhej dein|share karein|mil sakta)',
      'apni (?:personal )?(?:email|number|contact) (?:bata dein|de dein|share kr dein|share kar dein)',
      'number\\?\\?', 'whatsapp wala',
        '(?:aap|ap|tum|aapka|apka|aapki|apki|tumhara|tumhari)(?: ki| ka)? koi (?:website ya )?' +
        '(?:linkedin|insta\\w*|whatsapp|wp|number|email|fb|facebook|telegram|skype)(?: ya \\S+)? (?:hai|he)',
      '(?:aap|ap|tum)(?: ?se| ?ko)? (?:kaise|kese|kahan|kaha) (?:contact|rabta|raabta) (?:kar\\S*|ho\\S*)',
      '(?:kaun ?si|konsi|kis) (?:gali|street|sadak) (?:me|mein|main|pe|par) (?:rehte|rehti|rahte|rahti|ghar)',
      '(?:aap|ap) ka (?:number|email|whatsapp|skype|mobile)(?: id| number)? chahiye',
      'apna (?:skype|whatsapp|telegram|email|number)(?: id)? de (?:sakte|dein|do|saktay)',
    ],
    // Cebuano (round twenty-four): "pwede ko mangayo sa imong number o Messenger?" (may I ask for your number or Messenger?).
    tl: ['(?:mangayo|manghingi|pangayo)(?: ko| ta)?(?: sa| og)? (?:imong|imo|inyong|inyo) (?:number|numero|messenger|fb|email|viber|whatsapp|contact)',
      '(?:pahingi|pa-?hingi|penge|bigay mo|send mo|ano) (?:ng |ang |yung )?(?:number|numero|email|fb|messenger|viber|contact) mo', 'ano (?:fb|email|number|viber) mo',
      '(?:may|meron) (?:fb|facebook|messenger|viber|whatsapp|telegram|email|number|numero|ig|insta|skype) ka(?: ba)?',
      'meron ka(?:ng| bang|bang) (?:fb|facebook|messenger|viber|whatsapp|telegram|email|number|numero|ig|insta|skype)',
      'paano (?:kita|ka|kayo|po kayo) (?:ma|mako|maco|i)-?(?:contact|kontak)\\S*',
      'saan (?:kita|ka|kayo) (?:pwede|puwede)(?:ng)? (?:i-?)?(?:contact|kontak|message|tawagan)\\S*',
      // Round thirty: "pakisend naman po ng FB account nyo".
      'pakisend (?:naman )?(?:po )?(?:ng|yung|nang) (?:fb|facebook|ig|viber|whatsapp|number|email|telegram)',
    ],
    id: [
      // "Info telegramnya om" (the Telegram, please): asked with the handle's own ending.
      '(?:info|minta|bagi) (?:telegram|tele|wa|whatsapp|ig|discord|kontak)(?:nya|mu)',
      '(?:minta|boleh minta|bagi|kirim|share) (?:nomor|nomer|no|wa|whatsapp|email|kontak|ig)' +
        '(?: (?:wa|hp|kamu|anda|mu|nya|lu|lo))?', '(?:nomor|nomer|no) (?:wa|hp) (?:kamu|anda|nya|mu|lu)', '(?:mohon )?(?:cantumkan|kirim|share) kontak', 'kontak (?:telegram|whatsapp|wa)',
      'cara (?:menghubungi|hubungi|kontak) (?:kamu|anda|kakak|kak|mas|mbak)',
      '(?:punya|ada) (?:wa|whatsapp|telegram|tele|ig|email|line)(?= (?:gak|nggak|ga|enggak)\\b| ?\\?)',
      // "Bagaimana saya bisa meng contact anda?", "di mana saya bisa menghubungi anda?".
      '(?:bagaimana|gimana|gmn|di ?mana) (?:(?:saya|aku|kami|gue|gw) )?(?:bisa |dapat |boleh )?' +
        '(?:meng ?contact|meng ?kontak|contact|kontak|hubungi|menghubungi|hubungin) (?:anda|kamu|kak|kakak|mas|mbak|bapak|pak|ibu|bu|lu|lo|gan)',
      '(?:rumah(?:nya| kamu| anda| kakak)?|tinggal) di jalan apa',
      '(?:email|wa|nomor|ig|telegram|whatsapp) (?:kakak|kak|mas|mbak|bapak|ibu|anda|kamu) (?:apa|berapa)',
    ],
    ar: [
      // Egyptian Arabizi (round twenty-four): "momken rakam el wats?" (could I have the WhatsApp number?).
      '(?:momken|mumkin|mmkn) (?:\\S+ )?(?:rakam|ra2am|nemret?|raqam) (?:el |al )?(?:wats|whats|watsapp|whatsapp|wa|telefon|mobile|mobil|phone)',
      '(?:ارسل(?:ي)?|ابعت(?:لي)?|اعطني|عطني|هات|ممكن|ابغى|أبغى) (?:لي )?' +
        '(?:رقمك|ايميلك|الايميل|الواتس|واتسابك|رقم الواتس|رقم جوالك|حسابك)',
        'تزويدي برقم', 'رقمك', 'ايميلك', 'واتسابك',
        // Not a help page about the account itself: "إذا تم حظر حسابك على واتساب" (if your WhatsApp account is banned), hacked, recovered.
        'حسابك(?<!(?:حظر|حجب|إيقاف|ايقاف|تعليق|اختراق|سرقة|استرجاع|استعادة|حذف|تفعيل|توثيق) حسابك) (?:في|على|ع) (?:ال)?' +
          '(?:سناب\\S*|انست\\S*|تويتر|فيس\\S*|تيك ?توك|تلي\\S*|تلغرام|واتس\\S*|لينكد\\S*|سكايب)',
        // Arabic in Latin letters: "3andak raqam aw insta?", "fi whats?".
        '3andak (?:raqam|rakam|nemra|nmra|insta|snap|whats\\w*|telegram|tele|email|fb|face|skype)',
        '(?<=^|[.!?\\n] ?)fi (?:whats\\w*|wats\\w*|telegram|tele|insta|snap|skype|viber|raqam|email) ?\\?', 'رقم هاتفكم', 'حساب سكايب', 'e3teni raqmak', 'raqmak',
      // "كيف اتواصل معك؟", "ezay atwasal ma3ak?".
      'كيف (?:اقدر |ممكن )?(?:اتواصل|أتواصل|نتواصل) (?:معك|معاك)',
      '(?:ezay|ezzay|kif|kaif|keef|kayf) (?:a|n)?(?:twasal|tawasal|etwasal) (?:ma3ak|m3ak|ma3ik|ma3aki|wayak)',
      '(?:اي|أي|وين|في اي) شارع (?:ساكن|تسكن|بيتك)',
      'ابعت(?:لي)? رقم (?:تليفونك|موبايلك|جوالك|هاتفك)', '3at(?:i|ee)ne ra2mak',
      '(?:tb3atli|ab3atli|eb3atli) el (?:email|e-?mail|ra2m) taba3ak',
      'عندك (?:حساب )?(?:لينكد\\S*|انستقرام|انستا|واتس\\S*|تلغرام|سناب\\S*|سكايب)',
      // Asking for a handle or a number: "شو اسمك عالسناب", "رقم حضرتك", "بتزويدي برقم", Darija "ach smiytek f LinkedIn", Arabizi "wain ra8mak", "fi ma3ak skype".
      '(?:شو|ايش|إيش|وش|ايه|إيه|شنو|اش|واش) (?:اسمك|يوزرك|اليوزر|يوزرنيم|اكونتك) (?:على |ع |في |فال|عال|عل|' +
        'بال|ف)(?:ال)?(?:واتس ?اب|واتساب|واتس|تلغرام|تليجرام|تيليجرام|تلجرام|تيلي|سكايب|ديسكورد|انستقرام|انست' +
        'غرام|انستا|فيسبوك|فيس ?بوك|فيس|سناب ?شات|سناب|تيك ?توك|تويتر|لينكد ?ان|لينكدان|بيهانس)',
      '(?:ach|ash|shu|sho|chou|eh|esh|wesh|wach|sh|shou) (?:smiytek|smitek|smiytk|ismak|esmak|esmek|ismek|username\\w*|user|el user|account-?ak|compte-?k) (?:f|fi|3a|3al|3ala|3la|on|bel' +
        '|fel) (?:whats\\w*|wats\\w*|telegram|tele|insta\\w*|snap\\w*|skype|discord|viber|signal|imo|linkedin|behance|tiktok|facebook|fb|face|messenger|twitter|zoom)',
      '(?:3|3a|3e)nd(?:ak|ek|k|ik) (?:compte |account |7esab |7sab )?(?:whats\\w*|wats\\w*|telegram|tele|insta\\w*|snap\\w*|skype|discord|viber|signal|imo|linkedin|behance|tiktok|facebo' +
        'ok|fb|face|messenger|twitter|zoom)',
      '(?:fi|fe) ma3(?:ak|ek|k) (?:whats\\w*|wats\\w*|telegram|tele|insta\\w*|snap\\w*|skype|discord|viber|signal|imo|linkedin|behance|tiktok|facebook|fb|face|messenger|twitter|zoom)',
      '(?:b|e)?ta3ref (?:ti)?st3mel (?:whats\\w*|wats\\w*|telegram|tele|insta\\w*|snap\\w*|skype|discord|viber|signal|imo|linkedin|behance|tiktok|facebook|fb|face|messenger|twitter|zoom)',
      '(?:رقم|نمرة|نمره|ايميل) (?:حضرتك|سيادتك|جنابك)', '(?:ب|و)?تزويدي (?:ب|برقم|بعنوان|بالايميل|بايميل)',
      '(?:لينك|رابط) (?:بروفايلك|حسابك|اكونتك)',
      'بروفايلك (?:على |عال|عل|ع )(?:ال)?(?:واتس ?اب|واتساب|واتس|تلغرام|تليجرام|تيليجرام|تلجرام|تيلي|سكايب|ديس' +
        'كورد|انستقرام|انستغرام|انستا|فيسبوك|فيس ?بوك|فيس|سناب ?شات|سناب|تيك ?توك|تويتر|لينكد ?ان|لينكدان|بي' +
        'هانس)',
      '(?:ra[8g9]a?m(?:ak|ek|ik)|ra[2qk]a?m(?:ek|ik)|nemret(?:ek|k)|nmertek|nomrtek)', '(?:lien|link) (?:ta3(?:ek|ak)|dyal(?:ek|ak)|bta3ak|taba3ak) ?(?:insta\\w*|fb|facebook|tiktok)?',
      '(?:النمر[ةه]|نمرتك|الرقم|رقمك|الايميل|ايميلك|الواتساب|الواتس) ديال(?:ك|ك)',
      '(?:عندك|عندكش|فيه عندك) (?:حساب )?(?:على )?(?:واتس ?اب|واتساب|واتس|تلغرام|تليجرام|تيليجرام|تلجرام|تيلي|سك' +
        'ايب|ديسكورد|انستقرام|انستغرام|انستا|فيسبوك|فيس ?بوك|فيس|سناب ?شات|سناب|تيك ?توك|تويتر|لينكد ?ان|لين' +
        'كدان|بيهانس)',
      '(?:wain|wein|wen|fein|fen|feen|win) (?:ra[2qk8g9]a?m(?:ak|ek)|nemret(?:ak|ek))',
      // Round thirty: Arabizi "eb3atli raqam mobilak".
      'raqam (?:mobilak|mobaylak|telefonak|tilifonak|gawwalak|mobilek)',
      'eb3atli raqam',
    ],
    tr: [
      '(?:numarani|mailini|e-?postani|instagramini|telegramini|whatsappini) ' +
        '(?:ver|verir misin|atar misin|gonder|paylas|alabilir miyim)',
      '(?:numaranizi|mailinizi) (?:verir misiniz|alabilir miyim)', 'mail adresinizi alabilir miyim',
      'telefonunu yaz', 'numaranizi paylas', 'kullanici adinizi',
      '(?:skype|telegram|instagram|insta|discord|whatsapp|signal) (?:adin|adiniz|kullanici adin\\S*|hesabin\\S*|id\\S*)(?= (?:ne|nedir)(?: hocam| abi| acaba)? ?(?:\\?|,|$))',
      '(?:numaran|numaraniz|mailin|mailiniz|e-?posta adresin\\S*|telefonun|telefonunuz)(?= (?:ne|nedir)(?: hocam| abi| acaba)? ?(?:\\?|,|$))',
      'sana ulasmanin (?:kolay )?bir yolu', 'size ulasmanin (?:kolay )?bir yolu',
      '(?:size|sana) nasil ulas\\S*',
      '(?:size|sana|sizi|seni)(?![^.!?,\\n]{0,30} diye) (?:nereden|nerden|nereye) (?:ulas|yaz|ara)\\S*', '(?:sizi|seni)(?![^.!?,\\n]{0,30} diye) (?:nereden|nerden) (?:arayabilir|bulabilir)\\S*',
      'hangi sokakta (?:oturuyorsun|oturuyorsunuz|yasiyorsun|yasiyorsunuz)',
      '(?:whatsapp|telegram|wp|instagram|insta) (?:numaran|numaraniz|hesabin|hesabiniz|adresin) var mi',
      'telefon numarasi verir(?:seniz|sen)',
    ],
    nl: ['stuur (?:me|mij) (?:even |maar )?(?:je|jouw|uw) (?:06-?nummer|nummer|mailadres|e-?mailadres)',
      'wat is (?:je|jouw|uw) (?:prive )?(?:mailadres|e-?mailadres|nummer|telefoonnummer|06-?nummer)', 'mag ik (?:je|jouw|uw) (?:telefoonnummer|nummer|mailadres|06-?nummer)',
      // Flemish "ne" is an article ("ne gsm-nummer"), not French "ne": the match stops before it.
    '(?:hebt|heb|heeft) (?:ge|gij|je|jij|u)(?= (?:ne |een )?(?:gsm-?nummer|telefoonnummer|nummer|e-?mailadres|whatsapp|telegram|insta|skype|signal))',
      '(?:wat|hoe) is (?:uw|je|jouw) (?:gsm-?nummer|telefoonnummer|nummer|06(?:-?nummer)?|e-?mailadres|e-?mail|mailadres|whatsapp|telegram|insta\\S*|skype)',
      '(?:geef|stuur|laat|mail|app) (?:mij |me )?(?:eens |even |gerust )?(?:uw|je|jouw) (?:gsm-?nummer|telefoonnummer|nummer|e-?mailadres|mailadres|whatsapp|' +
        'telegram|insta\\S*|skype|naam daar|contactgegevens)',

      'zit (?:ge|je|u) op (?:whatsapp|telegram|linkedin|insta\\S*|signal|facebook)', 'hoe kan ik (?:u|je|jou) (?:bereiken|contacteren)',
      '(?:uw|je|jouw) (?:gsm-?nummer|telefoonnummer|contactgegevens|e-?mailadres) (?:achter|door)'],
    ro: [
      // "îmi dai un mail?", "îmi lași numărul".
      '(?:imi|mi) (?:dai|dati|lasi|lasati) (?:\\S+ )?(?:un |o |niste )?(?:mail|e-?mail|numar|telefon|whatsapp|adresa)', 
      '(?:da|dati|trimite|trimiteti|lasa|lasati)-?mi (?:si )?(?:un |o |adresa de )?(?:numar(?:ul)?|nr|e-?mail(?:ul)?|mail(?:ul)?|whatsapp(?:-?ul)?|telegram(?:-?ul)?|contact(?:ul)?|id-?ul)',
      '(?:imi|mi) (?:puteti|poti) (?:lasa|da|trimite) (?:si )?(?:un |o |adresa de )?(?:numar\\S*|nr|e-?mail\\S*|mail\\S*|contact\\S*|whatsapp\\S*|telefon\\S*)',
      '(?:ai|aveti) (?:whatsapp|telegram|viber|signal|insta|skype|facebook)(?= ?\\?)', 'care e (?:numarul|mailul|e-?mailul|id-?ul) (?:tau|dumneavoastra)', 'cum (?:te|va) pot contacta'],
    ms: ['(?:bagi|beri|berikan|share|hantar) (?:nombor|no|number|emel|alamat emel|ws|whatsapp|telegram|username|ig|contact)',
      '(?:nombor|number|no) (?:ws|wa|whatsapp|telefon|phone|hp) (?:you|awak|anda|kau|tuan|puan)', '(?:ws|wa|whatsapp) number (?:you|awak) berapa',
      '(?:ada|you ada|awak ada) (?:whatsapp|telegram|ws|wechat|ig|insta)(?= (?:tak|x) ?\\?)', 'bagi username',
      'macam mana (?:saya|i) (?:boleh )?(?:contact|hubungi) (?:you|awak|anda|tuan|puan)'],
    ko: ['(?:카톡|카카오톡|텔레그램|라인|인스타|왓츠앱) ?(?:아이디|id) ?(?:좀 ?)?(?:알려|주세요|주시|좀요|뭐예요|뭐에요|있으세요)',
      '(?:연락처|전화번호|휴대폰 ?번호|핸드폰 ?번호|번호|메일 ?주소|이메일 ?주소|이메일|메일|카톡 ?아이디|아이디) ?' +
        '(?:좀 ?)?(?:알려 ?주|남겨 ?주|주시면|주세요|주실 ?수|좀요|부탁|알려 ?줘|알려 ?줄래|보내 ?줘|줘|줄래|줄 ?수|주라)',
      // Round twenty-five: an app's account asked in 반말 ("인스타 계정 알려줘").
      '(?:카톡|카카오톡|텔레그램|라인|인스타|왓츠앱|페북|디코|디스코드) ?(?:계정|아이디) ?(?:좀 ?)?(?:알려|줘|주세요|주실|줄래|있어)',
      '(?:텔레그램|카톡|라인|왓츠앱|인스타) ?하세요(?= ?\\?)', '어떻게 연락드리면'],
    zh: ['俾(?:個|个)(?:number|email|電話|电话)我', '你有(?:冇|没有|沒有)?(?:wechat|微信|whatsapp|line|telegram|signal)',
      // "请问怎么样才能联系到你", "如何联系您": how to reach the reader, asked.
      '(?:怎么|怎麼|如何|怎样|怎樣)(?:样|樣)?(?:才能|可以)?(?:联系|聯繫|聯絡)(?:到|上)?(?:你|您)',
      // "留下QQ,微信,电话号码", "你可以留下你的tg", "能给个邮箱联系吗": a contact asked to be left or given.
      '留(?:下|个|個)(?:你的|您的)?(?:qq|微信|电话|電話|邮箱|郵箱|tg|telegram|联系方式|聯繫方式)',
      '(?:给|給)(?:个|個)(?:邮箱|郵箱|微信|qq|电话|電話|联系方式)'],
    vi: [
      // "số điện thoại của anh là gì", "gửi mình email", "add zalo em".
      '(?:so dien thoai|sdt|so zalo|email|zalo) (?:cua )?(?:anh|chi|ban|em|cau) la (?:gi|bao nhieu|so may)',
        'gui (?:minh|toi|em|anh|chi|tui) (?:\\S+ ){0,2}(?:email|mail|sdt|so dien thoai|so zalo)', 'add zalo (?:em|minh|anh|chi|toi|tui)',
        'xin (?:so |cai )?(?:zalo|telegram|tele|email|mail|fb|facebook|messenger|skype|whatsapp|app mau xanh)', 'xin tai khoan (?:teams|skype|zoom|zalo|telegram)',
      '(?:dia chi|nha) (?:\\S+ )?o dau'],
    // Asks for a number or a mail: Marathi (तुमचा नंबर द्या), Nepali (तपाईंको नम्बर दिनुहोस्), Bengali (আপনার
    // নম্বর দিন).
    mr: [
      '(?:तुमचा|तुमचं|तुमची|तुझा|तुझं|आपला) (?:व्हॉट्सॲप |मोबाईल |मोबाइल |फोन ' +
      ')?(?:नंबर|ईमेल|इमेल|मेल आयडी|व्हॉट्सॲप)\\S{0,3} (?:द्या|दे|पाठवा|पाठव|सांगा|' +
      'सांग|शेअर करा)',
      '(?:तुमचा|तुझा) नंबर (?:काय|मिळेल)'],
    ne: [
      '(?:तपाईंको|तपाईको|तिम्रो) (?:ह्वाट्सएप |मोबाइल |फोन )?(?:नम्बर|नंबर|इमेल|' +
      'ईमेल)\\S{0,3} (?:दिनुहोस्|दिनुस्|देऊ|पठाउनुहोस्|पठाउनुस्|पठाऊ|भन्नुहोस्|' +
      'भन्नुस्)',
      '(?:तपाईंको|तिम्रो) (?:नम्बर|इमेल) के हो',
      // "तपाईंको इमो वा ह्वाट्सएप छ?", "tapai ko WhatsApp chha?": the reader's chat app asked after.
      `(?:तपाईंको|तपाईँको|तपाईको|तिम्रो|हजुरको) ${DEVANAGARI_CHAT_APP}(?: वा ${DEVANAGARI_CHAT_APP})? छ(?= ?\\?)`,
      '(?:tapai ?ko|timro|hajur ?ko) (?:whatsapp|imo|viber|telegram|messenger|signal)(?: wa \\S+)? (?:chha|cha|xa)(?= ?\\?)'],
    bn: [
      '(?:আপনার|তোমার|তোর) (?:হোয়াটসঅ্যাপ |পার্সোনাল |মোবাইল |ফোন )?(?:নম্বর|' +
      'নাম্বার|ইমেইল|ইমেল|মেইল|হোয়াটসঅ্যাপ)\\S{0,3} (?:দিন|দাও|দে|দেন|দিবেন|পাঠান|' +
      'পাঠাও|পাঠাবেন|বলুন|বলো|শেয়ার করুন)',
      '(?:আপনার|তোমার) (?:নম্বর|নাম্বার|ইমেইল) (?:কত|কি)',
      '(?:হোয়াটসঅ্যাপ|ইমো|টেলিগ্রাম) (?:নম্বর|নাম্বার)\\S{0,2} (?:দিন|দেন|দাও|দে|' +
      'দিবেন|পাঠান)'],
    ha: ['mene(?: ne)? lambar\\S{0,6}', 'mene(?: ne)? (?:email|imel|whatsapp|number)\\S{0,8}', 'ina (?:son|bukatar) (?:samun )?lambar\\S{0,6}'],
    yo: ['se (?:o|e) ni (?:whatsapp|telegram|signal|skype|imo)'],
    ig: ['i nwere (?:whatsapp|telegram|signal|skype)'],
    so: ['ma haysaa (?:whatsapp|telegram|signal|skype|imo)'],
    mg: ['manana (?:whatsapp|telegram|signal|skype|viber) ve ianao'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: [
      '(?:skicka|ge|lämna|sms:a|messa)(?: gärna| bara)? (?:mig )?(?:ditt|ert) (?:telefon|mobil)?(?:nummer|nr|kontaktuppgifter|whatsapp|telegram|insta\\S{0,5}|snap\\S{0,5})',
      '(?:skicka|ge|lämna|sms:a|messa)(?: gärna| bara)? (?:mig )?(?:din|er) (?:mejl\\S{0,5}|mail\\S{0,6}|e-?post\\S{0,7}|mailadress)',
      '(?:vad|vilket|vilken) (?:är|ar) (?:ditt|din|ert|er) (?:telefon|mobil)?(?:nummer|nr|mejl\\S{0,5}|mail\\S{0,6}|e-?post\\S{0,7})',
      'vilket nummer (?:kan|når) jag (?:nå |ringa )?(?:dig|er)',
      '(?:kan|får|kunde) jag få (?:ditt|din|ert|er) (?:telefon|mobil)?(?:nummer|nr|mejl\\S{0,5}|mail\\S{0,6}|e-?post\\S{0,7})',
      'vad heter du på (?:whatsapp|telegram|insta\\S{0,5}|snap\\S{0,5}|signal|discord|skype|linkedin)',
      'har du (?:whatsapp|telegram|signal|snapchat|skype|viber|discord)\\?'],
    no: ['(?:sende?|gi|legg igjen|kan jeg få|hva er) (?:meg )?(?:nummeret|mailen|e-?postadressen|mobilnummeret|telefonnummeret|snapen|kontaktinfoen) (?:ditt|din|deres)',
      'hvilket nummer kan jeg (?:nå|ringe) deg på', 'hva heter du på (?:whatsapp|telegram|insta\\S{0,5}|snap\\S{0,5}|signal|discord|skype)',
      'har du (?:whatsapp|telegram|signal|snapchat|snap|skype|viber|discord)\\?'],
    da: ['(?:send mig|giv mig|efterlad|må jeg få|kan jeg få|hvad er) (?:dit|din|jeres) (?:telefon|mobil)?(?:nummer|nr|mail\\S{0,7}|e-?mail\\S{0,7})',
      'hvilket nummer kan jeg (?:fange|få fat i|ringe til|nå) dig på', 'hvad hedder du på (?:whatsapp|telegram|insta\\S{0,5}|snap\\S{0,5}|signal|discord|skype)',
      'har du (?:whatsapp|telegram|signal|snapchat|snap|skype|viber|discord)\\?'],
    fi: [
      '(?:laita|anna|lähetä|kerro|laittaisitko|antaisitko|voisitko laittaa|voitko laittaa|voisitko antaa|voitko antaa|saisinko|saanko) (?:\\S+ ){0,2}(?:puhelin|kännykkä)?numero(?:si|s)\\b',
      '(?:laita|anna|lähetä|kerro|saisinko|saanko|voisitko laittaa|voitko laittaa) (?:\\S+ ){0,2}(?:sähköposti|sähköpostiosoittee|s-?posti|meili)si',
      '(?:laita|anna|lähetä|kerro) (?:mulle )?(?:sun|sinun) (?:puhelin)?(?:numero|sähköposti|meili|whatsapp|telegram)',
      'mikä (?:on )?(?:sun|sinun) (?:puhelin)?(?:numero|sähköposti|meili)', 'mistä numerosta (?:saan|tavoitan) (?:sinut|sut)',
      'onko (?:sulla|sinulla) (?:whatsapp|telegram|signal|snapchat)\\S{0,3}'],
    'is': ['(?:sendu mér|gefðu mér|má ég fá|get ég fengið|geturðu sent mér|hvert er) (?:\\S+ )?(?:síma)?(?:númerið|netfangið|tölvupóstinn) þitt',
      'ertu með (?:whatsapp|telegram|signal|snapchat|messenger)'],
  },
  examples: [
    'do you have gmail?', 'please accept me on skype', 'i want to add you wechat', 'please provide contact information',
    // Greek, Hungarian, Malayalam.
    'δώσε μου το τηλέφωνό σου', 'έχεις viber;', 'add meg a telefonszámod', 'van Vibered?', 'നമ്പർ തരുമോ', 'number onnu tharo',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'daj mi svoj broj', 'imaš li Viber?', 'дај ми свој број', 'nömrənizi verin', 'გაქვს ვაიბერი?', 'ስልክህን ስጠኝ', 'telegram aleh?',
    // Tamil, Telugu, Nigerian Pidgin.
    'unga number anuppunga', 'நம்பர் கொடுங்க', 'mee number ivvandi', 'నంబర్ ఇవ్వండి', 'wetin be your number', 'una number abeg',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ขอเบอร์หน่อย', 'شمارتو بده', 'תן לי את המספר', 'дай ми номера си', 'pošli mi své číslo',
    
    'شو اسمك عالسناب', 'ach smiytek f LinkedIn', 'wain ra8mak',
    'Скиньте, пожалуйста, ваш телеграм', 'can you leave an email?', "what's your @", 'do you have Discord or something?', 'pásame tu número',
    'me passa seu zap', 'скинь свой телеграм', 'apna number do', 'pahingi ng number mo', 'minta nomor wa',
    'ارسل رقمك', 'numaranı verir misin', "t'as un mail perso ?", 'у вас есть телега?', '3andak raqam?', 'Skype adın ne?',
    'may FB ka ba?', 'how to contact you?', "let me know where you're reachable", 'Куда вам написать?', 'akhi whatsapp?',
    'Bagaimana saya bisa meng contact anda?', '方便加个微信吗',
    'अपना ईमेल भेजो', 'तुमचा ईमेल पाठवा', 'तपाईंको इमेल पठाउनुहोस्',
    'আপনার ইমেইল পাঠান',
    'haste ne handynummer?',
    'Wie lautet Ihre Telefonnummer?',
    'me manda seu dc',
    'Me passa seu discord ou WhatsApp',
    '¿me regala un número para mandarle unas notas de voz?',
    'pakisend naman po ng FB account nyo',
    'eb3atli raqam mobilak',
  ],
  counterExamples: [
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'daj mi rok', 'дај ми фајл',
    'do you have gmail access to the console already', 'the form will provide contact information to the shop owner',
    // Tamil, Telugu, Nigerian Pidgin look-alikes.
    'file anuppunga', 'order number ivvandi ante', 'una number of issues',
    'δώσε μου το αρχείο', 'add meg a határidőt',
    'ขออภัยครับ',
    
    'Скиньте номер заказа',
    'Как вас найти на Upwork?',
    '方便加入会议吗',
    'إذا تم حظر حسابك على واتساب، اتبع هذه الخطوات',
    'मैं यहाँ अपना नंबर नहीं दे सकता', 'আমি এখানে আমার নম্বর দিতে পারব না',
  ],
});

/**
 * Asking to be given something, in the other languages: "pásame", "envoyez-moi", "schicken Sie mir", "скиньте", "bhej do",
 * "pahingi", "kirimin", "ابعتلي", "verir misiniz". Read with CONTACT_DETAIL (contact-request), never alone.
 */
export const ASK_FOR = defineClass({
  name: 'ASK_FOR',
  doc: 'Asking the reader to give, send or share something, per language (English asks are read by the older patterns).',
  words: {
    lt: [
      'atsiusk(?:ite)?', 'duok(?:ite)?', 'parasyk(?:ite)?', 'palik(?:ite)? man',
    ],
    lv: [
      'atsuti(?:et)?', 'iedod(?:iet)?', 'uzraksti(?:et)?', 'atstaj(?:iet)? man',
    ],
    et: [
      'saada(?:ke)? mulle', 'saatke', 'anna(?:ge|ke)? mulle', 'kirjuta(?:ge)?', 'jata mulle',
    ],
    hy: ['կգրեք', 'կասեք', 'kgreq', 'kuxarkeq', 'gri',
      'տվեք', 'տուր', 'ուղարկեք', 'ուղարկիր', 'ասեք', 'ասա', 'գրեք', 'թողեք', 'կտաք', 'կուղարկեք', 'tveq', 'tur', 'uxarkeq',
      'ugharkeq', 'uxarki', 'aseq', 'asa', 'greq', 'toxeq', 'gci', 'gceq'],
    uz: ['tashlab (?:yuboring|qo[\'`]?ying|qo[\'`]?ysangiz)', 'yozib (?:bering|qo[\'`]?ying|yuboring)', 'ташлаб (?:юборинг|қўйинг)',
      'ёзиб (?:беринг|қўйинг|юборинг)',
      'bering', 'yuboring', 'tashlang', 'tashlab yuboring', 'qoldiring', 'ayting', 'yozing', 'беринг', 'юборинг', 'ташланг', 'қолдиринг', 'айтинг',
      'ёзинг'],
    kk: ['беріңіз', 'беріңізші', 'жіберіңіз', 'жіберіңізші', 'жазыңыз', 'айтыңыз', 'қалдырыңыз', 'jiberiniz', 'beriniz'],
    ky: ['жазып (?:коюңуз|бериңиз|жибериңиз)', 'коюңуз',
      'бериңиз', 'жибериңиз', 'жазыңыз', 'айтыңыз', 'калтырыңыз'],
    tg: ['диҳед', 'фиристед', 'нависед', 'гӯед', 'гузоред'],
    mn: ['өгөөч', 'өгөөрэй', 'явуулаач', 'явуулаарай', 'бичээрэй', 'хэлээч', 'үлдээгээрэй'],
    sk: [
      'posli(?:te)?', 'daj(?:te)?', 'napis(?:te)?', 'nechaj(?:te)? mi',
    ],
    sl: [
      'daj(?:te)? mi', 'posl?ji(?:te)? mi', 'lahko mi (?:das|date|posljes|posljete|pustite|pustis)',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: may I have, send it to me, give it to me; how much?
    km: [
      'សុំ', 'ផ្ញើ\\S{0,12}មក', 'ឲ្យ\\S{0,8}មក', 'លេខប៉ុន្មាន', 'som',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: give, send, may I have; what is it?
    my: [
      'ပေးပါ', 'ပေးပါဦး', 'ပို့ပေးပါ', 'ပို့လိုက်', 'ပေးလို့ရမလား',
      'ပေးလို့ ရမလား', 'ဘာလဲ(?= ?\\?)', 'pay par', 'po pay par',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): give, send, tell; what is it?
    kn: [
      'ಕೊಡಿ', 'ಕಳುಹಿಸಿ', 'ಕಳಿಸಿ', 'ಹೇಳಿ', 'ಕೊಡ್ತೀರಾ', 'ಏನು(?= ?\\?)', 'kodi', 'kalsi', 'kalisi', 'heli', 'kodteera',
      'enu(?= ?\\?)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): give, send, tell; what is it?
    pa: [
      'ਦਿਓ', 'ਭੇਜੋ', 'ਦੱਸੋ', 'ਦੇ ਦਿਓ', 'ਭੇਜ ਦਿਓ', 'ਦੱਸ ਦਿਓ', 'ਕੀ ਹੈ(?= ?\\?)', 'دیو', 'گھلو', 'دسو', 'دے دیو',
      'گھل دیو', 'دس دیو', 'کی اے(?= ?\\?)', 'dedo', 'de do', 'bhejo', 'das do', 'dasso', 'ki aa(?= ?\\?)', 'ki hai(?= ?\\?)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): give, send; what is it?
    gu: [
      'આપો', 'મોકલો', 'આપશો', 'મોકલશો', 'આપજો', 'મોકલજો', 'શું છે(?= ?\\?)', 'aapo', 'moklo', 'mokalo', 'aapso', 'aapjo',
      'mokaljo', 'shu che(?= ?\\?)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: give, send, tell me; what is it?
    si: [
      'දෙන්න', 'එවන්න', 'කියන්න', 'දාන්න', 'දෙන්නකෝ', 'එවන්නකෝ', 'දෙනවද', 'ලබා දෙන්න',
      'මොකක්ද(?= ?\\?)', 'denna', 'ewanna', 'kiyanna', 'dennako', 'ewannako', 'denawada', 'mokakda(?= ?\\?)',
    ],
    // Give, send (an ask) in Greek and Greeklish, Hungarian and Malayalam.
    el: ['δωσ(?:ε|τε) μου', 'στειλ(?:ε|τε) μου', 'μπορει[σς] να (?:μου )?(?:δωσει[σς]|στειλει[σς])', 'dw?s(?:e|te) mou', 'dos(?:e|te) mou',
      'st(?:e)?il(?:e|te) mou'],
    hu: ['add meg', 'kuldd (?:el|at|meg)', 'megadnad', 'megadna', 'elkerhetem'],
    ml: ['തരുമോ', 'തരാമോ', 'തരൂ', 'അയക്കൂ', 'അയക്കാമോ', 'tharo', 'tharamo', 'tharaamo', 'tharumo', 'ayakkamo', 'ayakkoo',
      'share cheyy(?:amo|u|oo)'],
    // Give, send (an ask) in Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic.
    hr: ['daj(?:te)? mi', 'posalji(?:te)? mi', 'moze(?:s|te) li mi (?:dati|poslati)'],
    sr: ['дај(?:те)? ми', 'пошаљи(?:те)? ми', 'можеш ли ми (?:дати|послати)'],
    az: ['mene ver\\S{0,3}', 'mene gonder\\S{0,3}'],
    ka: ['მომცემ', 'momcem', 'მომეცი(?:თ)?', 'გამომიგზავნე(?:თ)?', 'momeci(?:t)?', 'gamomigzavne(?:t)?'],
    am: ['ንገረኝ', 'ንገሪኝ', 'ንገሩኝ', 'ይንገሩኝ', 'negeregn', 'ስጠኝ', 'ስጪኝ', 'ይስጡኝ', 'ላክልኝ', 'ላኪልኝ', 'ላኩልኝ', 'sitegn',
      'stegn', 'lakilign'],
    // Give, send (an ask) in Tamil, Telugu and Nigerian Pidgin.
    ta: [
      // Tamil: "what is it?" after the number (round twenty-five).
      'என்ன(?= ?\\?)', 'enna(?= ?\\?)', 'kudunga', 'kodunga', 'anuppunga', 'anupunga', 'kudukkareengala', 'anuppureengala', 'share pannunga', 'send pannunga', 'கொடுங்க',
      'குடுங்க',
      'அனுப்புங்க', 'தாங்க'],
    te: [
      // Telugu: "what is it?" after the number (round twenty-five).
      'ఏంటి(?= ?\\?)', 'enti(?= ?\\?)', 'ivvandi', 'ivandi', 'pampandi', 'pampistara', 'istara', 'share cheyyandi', 'send cheyyandi', 'ఇవ్వండి', 'పంపండి',
      'ఇస్తారా',
      'పంపిస్తారా'],
    pcm: ['abeg (?:send|drop|give|share|forward)', 'make (?:you|u) (?:send|drop|give|share|forward)'],
    // Give, send (an ask) in Thai, Persian (and Finglish), Hebrew, Bulgarian, Czech.
    th: ['ขอ(?!บคุณ|อภัย|โทษ)'],
    fa: ['لطف (?:می ?کنید|کنید)',
      'بفرستید', 'بگید', 'بگو', 'befrestid', 'begid',
      'بده', 'بدید', 'بفرست', 'bede', 'befrest'],
    // Round twenty-five (Hebrew as Israeli clients type it): "may I have", "write down for me", "leave me", "bring".
    he: ['אפשר(?: לקבל)?(?: את)?', 'תרשו?ם(?:י)? לי', 'תשאיר(?:י)? לי', 'תביא(?:י)?', '(?:ת)?שלח(?:י)? לי את', '(?:תן|תני|תנו) לי',
      '(?:ת)?שלח(?:י)? לי'],
    bg: ['дай(?:те)?', 'прати(?:те)?', 'изпрати(?:те)?'],
    cs: ['posli(?:te)?', 'dej(?:te)?', 'napis(?:te)?'],
    // Polish asks: give, send over, may I have, could you leave ("podasz numer?", "proszę o adres mailowy", "podeślesz maila?", "dasz nr?").
    pl: ['podaj(?:cie|esz|e)?', 'podac', 'podasz', 'prosze o', 'prosze (?:\\S+ )?(?:podac|przeslac|podeslac|wyslac|zostawic)',
      'prosil(?:bym|abym|ibysmy) o', 'prosimy o', 'poprosze o', 'poprosic o', 'podesl(?:ij|esz|ac|e)', 'przesl(?:ij|esz|ac)', 'wysl(?:ij|esz|ac)',
      'dasz', 'daj(?:cie)?', 'zostaw(?:isz|cie)?', 'udostepni(?:j|sz)', 'moge prosic o', 'jaki (?:masz|ma pan|ma pani|jest)', 'podrzuc\\S*',
      'rzuc(?:isz)?'],
    // Japanese: tell me, let me know, send me; Swahili: naomba (may I have), nipe (give me), tuma (send), niambie (tell me).
    // Round twenty-five: keigo asks ("いただけますか", "頂戴できますか", "お願いします", "ください") and a swap ("交換しませんか").
    ja: ['教えて', 'おしえて', 'oshiete', 'お知らせ(?:ください|下さい|いただ|頂)', '送って', 'ちょうだい', 'お伝え', '共有して',
      '(?:を|も)?(?:いただけ|頂け|もらえ|いただけれ|頂戴でき)(?:ます|ません|る|ない)?(?:か|でしょうか|ば)', '頂戴(?:でき|し)',
      '(?:を|も)(?:ください|下さい)',
      '(?:を|も)(?:ほしい|欲しい)', '(?:を)?交換(?:しませんか|しましょう|しよう|しない\\?|できませんか)'],
    sw: ['naomba', 'nipe', 'nipatie', 'nitumie', 'tuma', 'niambie', 'nishow', 'nionyeshe', 'n(?:i|a)(?:na)?weza kupata', 'unaweza kunipa', 'niachie', 'niwekee'],
    es: [
      'pasame', 'dame', 'mandame', 'enviame', 'comparteme', 'facilitame', 'indicame',
      // "pasámelo y te marco" (voseo and Mexican alike).
      'pasamelo', 'pasamela', 'mandamelo', 'pasalo',
      'me (?:pasas|das|mandas|envias|compartes|facilitas|facilita|comparte|comparta|indica|indique|envie|mande|pase)',
      '(?:podria|podrias|puede|puedes|podes) (?:pasarme|darme|enviarme|mandarme|compartirme|facilitarme|indicarme)',
      // Italian and Polish (LANGUAGES has no 'it' or 'pl' yet).
      'mandami', 'mi mandi', 'dammi', 'mi dai', 'mi lasci', 'lasciami', 'mi passi', 'passami', 'inviami', 'mi invii', 'mi indichi',
      'podeslij', 'przeslij', 'wyslij', 'daj', 'podaj', 'podasz', 'prosze o (?:przeslanie|podanie|podeslanie)',
    ],
    pt: [
      'me (?:passa|manda|envia|da|informa|passe|mande|envie|informe)', '(?:passa|manda) ai',
      '(?:pode|poderia|podes) me (?:passar|mandar|enviar|dar|informar)',
      // Portugal and Angola put the pronoun after: "mande-me o contacto", "passe-me o número".
      '(?:mande|manda|envie|envia|passe|passa|de|da|deixe)-me',
      // Round twenty-four: "deixa o teu número" (Portugal, without the hyphen).
      'deixa(?:-me)?', 'deixe',
    ],
    fr: [
      '(?:donne|envoie|envoye|laisse|file|passe|communique)[sz]?[- ]moi',
      '(?:pourriez|pouvez|peux|pourrais)[- ](?:vous|tu) me (?:donner|envoyer|laisser|communiquer|transmettre|indiquer|passer)',
      "m.indiquer", 'me communiquer', 'me transmettre',
    ],
    de: [
      'gib (?:mir|uns)', 'geben sie (?:mir|uns)', 'schick(?:en sie)? (?:mir|uns)', 'sende(?:n sie)? (?:mir|uns)',
      'verrat(?:en sie)? (?:mir|uns)', 'nenne(?:n sie)? (?:mir|uns)', '(?:konnen|konnten|kannst|konntest) (?:sie|du) (?:mir|uns)',
      'mitteilen', 'zukommen lassen',
    ],
    ru: [
      'дай(?:те)?', 'скинь(?:те)?', 'кинь(?:те)?', 'пришли(?:те)?', 'оставь(?:те)?', 'подскаж(?:и|ите)', 'отправь(?:те)?',
      'поделитесь', 'можете (?:дать|скинуть|прислать|оставить|написать)',
      // Round twenty-four: "можно ваш скайп?", a short question (not "можно ваши контакты указать на странице сайта?", work on their site).
      'можно(?=[^.!?\\n]{0,24}\\?)',
    ],
    uk: [
      'дай(?:те)?', 'скинь(?:те)?', 'скинути', 'надішл(?:и|іть)', 'залиш(?:те)?', 'підкаж(?:и|іть)', 'поділіться',
      'можете (?:дати|скинути|надіслати|залишити)',
    ],
    ur: [
      // Urdu in its script: give, send, tell, share, "can I get", "what is" (round twenty-five).
      'دے دیں', 'دیں', 'دے دو', 'دیجیے', 'دیجئے', 'بھیج دیں', 'بھیجیں', 'بھیج دو', 'بتائیں', 'بتا دیں', 'بتاؤ', 'شیئر کریں',
      'شیئر کر دیں',
      'کیا ہے(?= ?\\?)', 'مل سکتا ہے', 'مل سکتی ہے', 'de dein', 'dedein', 'dijiye', 'bhejein', 'bhej dein', 'share karein', 'share kar dein', 'bata dein', 'batayein'],
    // Cebuano: "unsa imong Viber?" (what is your Viber?), "hatagi ko".
    tl: ['pahingi', 'penge', 'send mo', 'bigay mo', 'ibigay (?:mo|niyo|nyo)', 'pakibigay', 'paki-?send', 'unsa', 'hatagi ko'],
    id: ['minta', 'boleh minta', 'kirim(?:in|kan)?', 'bagi(?:in)?', 'sharein', 'kasih', 'mohon (?:kirim|cantumkan|berikan)'],
    ar: [
      // Round twenty-four: Arabizi "eba3tly rakamak", Levantine "shu ra2mak" (what is your number).
      'eba3tly', 'eb3atly', 'ib3atly', 'eba3tli', 'shu', 'sho',
      'ارسل(?:ي)? لي', 'ارسللي', 'ابعت(?:لي|يلي)', 'اعطني', 'عطني', 'ابغى', 'أبغى', 'زودني', 'تزودني', 'شاركني',
      'eb3atli', 'ab3atli', 'ib3atli', 'e3tini', '3tini', 'ab3tli',
      // Asking to be sent or given: "ابعتلي", "تعطيني", "بتزويدي", Darija "عطيني", Arabizi "eddini", "ebaatli", "tba3atli", "3tine".
      '(?:ت|ب|ه|ح|و|بت|هت)?(?:ا)?بعت(?:لي|يلي|ي لي|ليا)', '(?:ت|ب|ه|و|بت)?(?:ا)?بعث(?:لي|يلي)', '(?:ت|بت)?رسل(?:ي)? ?لي',
      '(?:ت|بت|ا|و)?عطيني', '(?:ت|بت)?ديني', 'اديني', 'هات', 'هاتي',
      'ممكن', '(?:ب|و)?تزويدي', 'تزودني', '(?:ن)?صيفط(?:لي| ليا| لي)', 'عطيني', 'اعطيني', 'ابغى', 'بدي', 'عايز', 'عاوز', 'بغيت',
      '(?:e|a|i)d+i+ni', 'tedini', 'teddini',
      '(?:e|i)?baa?t(?:li|le)', '(?:e|a|i)?ba3atli', '(?:t|bt|te|ti)?(?:ba3at|b3at|eb3at|ib3at)(?:li|le|ly)', '(?:a|e)?3t(?:i|ee)n[ie]', 'a3teeni', '(?:b|n)?sift(?:li| liya| lia)',
      '(?:ersel|arsil|arsel)(?:li|le)', 'bghit', '(?:ab8a|ab6a|abgha|baddi|bdi|3ayez|3ayz)',
      // "momken te2oli" (could you tell me), Gulf "t9oli".
      '(?:t|te|bt|ti)?(?:2|g|9|q)ol+(?:i|li|ly|ili)', 'momken', 'mumkin', 'mmkn', '(?:te|t|ti)3at?tini',
    ],
    tr: [
      // Turkish asks: could you share, we kindly ask, give ("paylaşabilir misiniz?", "rica ediyoruz", "adresini verin").
      '(?:paylasabilir|verebilir|iletebilir|gonderebilir|yazabilir)\\s?mi(?:siniz|sin)', 'rica (?:ediyoruz|ediyorum|ederim|ederiz|etsem|etsek)', 'verin',
      'veriniz', '(?:ver|gonder|paylas|yaz|at|ilet)(?:in|iniz)',
      '(?:verir|gonderir|paylasir|yazar|atar|iletir) mi(?:sin|siniz)', 'alabilir miyim',
      // Casual: "numaranı atsana" (just send your number), "versene".
      // Not a button's label: "'numaranı atsana' diye bir buton".
      '(?:atsana|versene|yollasana|gondersene|yazsana)(?! diye)',
      '(?:ver|gonder|paylas|yaz)(?:in|iniz)?(?= ?(?:\\?|lutfen|,|$))',
    ],
    zh: ['(?:给|給|俾|发|發)(?:我|個我|个我)', '留(?:个|個|下)', '提供', '告诉我', '告訴我', '是多少', '注明', '回复一下'],
    vi: ['cho (?:\\S+ )?xin', 'gui (?:minh|toi|em|chi|anh)', 'ghi', 'de lai'],
    // Give me, send me, tell me, as people type them in Devanagari and Bengali, with the softeners that follow (ना, न, তো):
    // Hindi "भेज दीजिए", Marathi "द्या ना", Nepali "दिनुस्", "दिनु न", Bengali "দেন তো"; and Nepali in Latin letters ("dinu na").
    hi: [
      // Hindi: "दे दो", "बताइए", "क्या है?", "मिल सकता है" (round twenty-five).
      'दे दो', 'दे दीजिए', 'दो', 'बताइए', 'बताओ', 'बता दीजिए', 'क्या है(?= ?\\?)', 'मिल सकता है',
      'मिल सकती है', 'शेयर करो',
      'share (?:करो|करें|कीजिए|कर दो)', 'भेज दो', 'de do', 'dedo', 'de dijiye', 'dijiye', 'bhejo', 'bhej do', 'share karo', 'share kar do', 'bata do',
      'batao', 'do na',
      'दीजिए', 'दीजिये', 'दे दो', 'दे दीजिए', 'भेजो', 'भेजिए', 'भेजें', 'भेज दो', 'भेज दीजिए',
        'भेज दीजिये', 'बता दो', 'बताइए',
      'बता दीजिए', 'शेयर (?:करो|करें|कीजिए|कर दो|कर दीजिए)'],
    mr: [
      // Marathi: "काय आहे?", "मिळेल का" (round twenty-five).
      'काय आहे(?= ?\\?)', 'मिळेल का', 'द्याल का', 'सांगा ना', 'द्या(?: ना)?', 'द्याल का', 'पाठवा',
      'पाठव', 'पाठवून द्या', 'सांगा', 'शेअर करा'],
    ne: [
      // Nepali: "कति हो?", "पाउन सकिन्छ", "दिनुस् न" (round twenty-five).
      'कति हो(?= ?\\?)', 'के हो(?= ?\\?)', 'पाउन सकिन्छ', 'दिनुस् न', 'दिनुहोस् न', 'दिनुस्',
      'दिनुहोस्', 'दिनु ?न', 'दिनुहोला', 'देऊ न', 'पठाउनुस्', 'पठाउनुहोस्',
      'पठाइदिनुस्', 'भन्नुस्', 'भन्नुहोस्',
      'dinus', 'dinuhos', 'dinu ?na', 'dinu hola', 'pathaunus', 'pathaidinus', 'pathaunu ?na'],
    bn: [
      // Banglish, as typed on a phone: "diben", "diyen", "den to", "dite parben?", "number koto?" (round twenty-five).
      'diben', 'diyen', 'dien', 'den(?: to| plz| please)?', 'dao', 'dile', 'pathan', 'pathaben', 'bolen', 'share (?:koren|korun|koro|korben)',
      'dite parben', 'deya jabe', 'dewa jabe', 'ache(?= ?\\?)', 'koto',
      // Round twenty-five: "আপনার নাম্বার দিলে" (if you give your number), "দিয়েন", "বলেন",
      // "আপনার ইমো নাম্বার আছে?", "আপনার মোবাইল নম্বর কত?".
      'দিলে', 'দিয়েন', 'দিও', 'বলেন', 'বলো', 'বলবেন', 'পাঠাবেন', 'পাঠিয়ে দিয়েন',
      'শেয়ার করো', 'শেয়ার করবেন', 'দেওয়া যাবে', 'দেয়া যাবে',
      'আছে(?= ?\\?)', 'কত', 'দিন', 'দেন(?: তো)?', 'দাও', 'দিবেন', 'দেবেন', 'পাঠান', 'পাঠাও', 'পাঠিয়ে দিন',
      'পাঠিয়ে দেন', 'বলুন', 'শেয়ার করুন', 'শেয়ার করেন'],
    ha: ['(?:turo|tura|aiko|aika) (?:min|mini|mana|mani)(?: da)?', 'turo', 'tura', 'aiko', 'aika', 'ba ni', 'bani', 'rubuta min', 'ina (?:son|bukatar|neman)(?: samun)?', 'menene', 'mene ne'],
    yo: ['fun mi ni', 'mo (?:fe|nilo|n fe)', 'ki ni', 'kini', 'ranse(?: si mi)?', 'sile fun mi'],
    ig: ['zitere m', 'ziga m', 'nye m', 'achoro m', 'gini bu', 'kedu', 'dee'],
    so: ['ii soo dir', 'i(?:i)? sii', 'ii soo gudbi', 'qor', 'waxaan u baahanahay', 'waa maxay', 'maxay tahay'],
    mg: ['alefaso(?: ahy)?', 'omeo(?: ahy)?', 'mila', 'inona', 'soraty'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['skicka(?: gärna)?', 'ge mig', 'lämna', 'kan jag få'],
    no: ['sende? meg', 'gi meg', 'legg igjen', 'kan jeg få'],
    da: ['sende? mig', 'giv mig', 'efterlad', 'må jeg få', 'kan jeg få'],
    fi: ['laita', 'anna (?:mulle|minulle)', 'lähetä', 'saisinko', 'saanko', 'voisitko antaa', 'voitko antaa', 'antaisitko', 'voisitko lähettää', 'voitko lähettää'],
    'is': ['sendu', 'gefðu mér', 'má ég fá'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'δώσε μου', 'add meg', 'തരുമോ', 'tharamo',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'daj mi', 'пошаљи ми', 'mənə göndər', 'მომეცი', 'ስጠኝ',
    // Tamil, Telugu, Nigerian Pidgin.
    'anuppunga', 'ఇవ్వండి', 'abeg send',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ขอ', 'بفرست', 'תני לי', 'прати', 'pošli',
    'pásame', 'envoyez-moi', 'Schicken Sie mir', 'скиньте', 'bhej do', 'pahingi', 'kirimin', 'ابعتلي', 'verir misiniz', 'podeślij',
    // Hindi, Marathi, Nepali (both scripts), Bengali.
    'भेज दीजिए', 'द्या ना', 'दिनुस्', 'दिनु न', 'dinu na', 'দেন তো'],
});

/**
 * A way to reach the reader, named as theirs or as a contact: "tu número", "votre adresse e-mail", "Ihre Handynummer",
 * "ваш телеграм", "apna whatsapp number", "nomor WA", "رقمك", "telefonunuzu". Read with ASK_FOR, never alone.
 */
/** After a Japanese contact noun: not a form field or a data column (『電話番号』の入力欄, メールアドレス列), which is work, not the reader's own detail. */
const NOT_A_FIELD = '(?![』」]|\\S{0,2}(?:欄|列|項目|フィールド|入力|カラム|形式|データ))';

export const CONTACT_DETAIL = defineClass({
  name: 'CONTACT_DETAIL',
  doc: "The reader's own email, number, chat handle or contact details, per language.",
  words: {
    lt: [
      '(?:savo|tavo|jusu) (?:telefono )?(?:numer\\S{0,3}|kontakt\\S{0,3}|el\\.? ?past\\S{0,3}|e-?past\\S{0,3})',
    ],
    lv: [
      '(?:savu|tavu|jusu|tavs|savs) (?:telefona )?(?:numur\\S{0,2}|kontakt\\S{0,3}|e-?past\\S{0,3})',
    ],
    et: [
      '(?:oma|sinu|teie|su) (?:telefoni)?(?:numb\\S{0,4}|kontakt\\S{0,3}|e-?post\\S{0,3}|meil\\S{0,3})',
    ],
    hy: ['(?:ձեր|քո) վոթսափ\\S{0,4}', '(?:whatsapp|viber|telegram)-?(?:d|@)',
      '(?:ձեր|քո) (?:հեռախոսահամար|համար|հեռախոս|վայբեր|վատսապ|տելեգրամ|իմեյլ|մեյլ|էլ\\.? ?փոստ|կոնտակտ|նիկ)\\S{0,4}',
      'համար(?:դ|ը)', 'հեռախոսահամար\\S{0,4}', 'վայբեր(?:ը|դ)', 'նիկ(?:դ|ը)', 'էլ\\.? ?փոստդ', 'կոնտակտներ\\S{0,3}', 'hamar(?:d|@|y)',
      'nomer(?:d|@|y)', 'nik(?:d|@)', 'e?mail-?(?:d|@)', '(?:dzer|qo) (?:hamar|nomer|viber|whatsapp|telegram|mail|email)\\S{0,3}'],
    uz: ['raqam(?:ingiz|ingizni|ing|ingni)', 'nomer(?:ingiz|ingizni|ing)', 'telefon(?:ingiz|ingizni)', 'telefon raqam(?:ingiz|ingizni)', 'telegram(?:ingiz|ingizni)', 'nik(?:ingiz|ingizni)',
      'email(?:ingiz|ingizni)', 'pochta(?:ngiz|ngizni)', 'manzil(?:ingiz|ingizni)', 'kontakt(?:laringiz|laringizni|ingiz)', 'рақам(?:ингиз|ингизни)',
      'номер(?:ингиз|ингизни)', 'телефон(?:ингиз|ингизни)', 'телеграм(?:ингиз|ингизни)', 'ник(?:ингиз|ингизни)',
      'почта(?:нгиз|нгизни)', 'контакт(?:ларингиз|ларингизни)'],
    kk: ['нөмір(?:іңіз|іңізді|ің|іңді)', 'телефон(?:ыңыз|ыңызды)', 'телеграм(?:ыңыз|ыңызды)', 'ник(?:іңіз|іңізді)',
      'пошта(?:ңыз|ңызды)', 'ватсап(?:ыңыз|ыңызды)', 'nomir(?:iniz|inizdi)'],
    ky: ['номер(?:иңиз|иңизди)', 'телефон(?:уңуз|уңузду)', 'телеграм(?:ыңыз|ыңызды)', 'ник(?:иңиз|иңизди)',
      'почта(?:ңыз|ңызды)'],
    tg: ['почта ?атон\\S{0,3}',
      'рақам(?:атон|атонро|и телефонатон|и телефонатонро|ро)', 'телефон(?:атон|атонро)', 'почта(?:тон|тонро)',
      'телеграм(?:атон|атонро)'],
    mn: ['имэйл хаяг\\S{0,3}', 'хаяг(?:аа|ийг)',
      'утасны дугаар\\S{0,4}', 'дугаар(?:аа|ыг|ыгаа)', 'утс(?:аа|ыг)', 'имэйл(?:ээ|ийг)', 'телеграм(?:ын хаяг|аа)\\S{0,3}'],
    sq: [
      'numrin (?:tend|tuaj|e telefonit)', 'emailin (?:tend|tuaj)', 'kontaktin (?:tend|tuaj)',
    ],
    sk: [
      '(?:svoje|tvoje|vase) (?:telefonne )?(?:cislo|kontakt)', '(?:svoj|tvoj|vas) (?:mail|e-?mail|kontakt)',
    ],
    mk: [
      '(?:твојот|вашиот|својот) (?:број|мејл|имејл|вајбер|контакт)', 'brojot tvoj',
    ],
    sl: [
      '(?:tvojo|vaso|svojo) (?:telefonsko )?stevilko', '(?:tvoj|vas|svoj) (?:e-?mail|mail|kontakt|viber|whatsapp)',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: your number, your e-mail, a Telegram name.
    km: [
      'លេខទូរស័ព្ទ ?(?:របស់)?(?:បង|អ្នក|ប្អូន)', 'អ៊ីមែល ?(?:របស់)?(?:បង|អ្នក|ប្អូន)',
      'លេខ ?telegram', 'username ?telegram', 'telegram ?username', 'ឲ្យលេខ', 'lek phone bong', 'lek (?:bong|neak)',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: your number, your e-mail, a number to reach
    // you.
    my: [
      '(?:ခင်ဗျားရဲ့|ခင်ဗျား|မင်း|နင့်|အကို့|အစ်ကို့|ညီမ|ရှင့်) ?(' +
        '?:ဗိုက်ဘာ ?|viber ?|telegram ?)?(?:ဖုန်းနံပါတ်|နံပါတ်|အီးမေးလ်|မေးလ်)',
      '(?:viber|telegram|ဗိုက်ဘာ) ?(?:နံပါတ်|username|အိုင်ဒီ|id)', 'ဆက်သွယ်ရန် ?နံပါတ်',
      'အီးမေးလ် ?လိပ်စာ', '(?:mine|min|khin bya) phone number',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): your number, your e-mail.
    kn: [
      '(?:ನಿಮ್ಮ|ನಿನ್ನ) (?:ವಾಟ್ಸಾಪ್ |ಫೋನ್ |ಮೊಬೈಲ್ |ಕಾಂಟ್ಯಾಕ್ಟ್ |ಟೆಲಿಗ' +
        '್ರಾಮ್ )?(?:ನಂಬರ್|ಇಮೇಲ್|ಈಮೇಲ್|ಯೂಸರ್‌ನೇಮ್|ಐಡಿ)\\S{0,4}',
      '(?:nimma|ninna) (?:whatsapp |phone |mobile |contact |telegram )?(?:number|no|email|email id|username|id)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): your number, your e-mail.
    pa: [
      '(?:ਤੁਹਾਡਾ|ਤੁਹਾਡੀ|ਤੇਰਾ|ਤੇਰੀ|ਆਪਣਾ|ਆਪਣੀ) (?:ਵਟਸਐਪ |ਫ਼ੋਨ |ਫੋਨ |ਮੋਬਾਈ' +
        'ਲ |ਕਾਂਟੈਕਟ |ਟੈਲੀਗ੍ਰਾਮ )?(?:ਨੰਬਰ|ਈਮੇਲ|ਯੂਜ਼ਰਨੇਮ|ਆਈਡੀ)\\S{0,4}',
      '(?:تہاڈا|تہاڈی|تیرا|تیری|اپنا|اپنی) (?:واٹس ایپ |فون |موبائل )?(?:نمبر|ای میل|آئی ڈی)',
      '(?:tuhada|tuhadi|tera|teri|apna|apni) (?:whatsapp |phone |mobile |contact |telegram )?(?:number|no|email|email id|username|id)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): your number, your e-mail.
    gu: [
      '(?:તમારો|તમારું|તમારુ|તારો|તારું|તમારા) (?:વોટ્સએપ |ફોન |મોબાઇ' +
        'લ |કોન્ટેક્ટ |ટેલિગ્રામ )?(?:નંબર|ઈમેલ|ઇમેલ|જીમેલ|યુઝરનેમ|આઈ' +
        'ડી)\\S{0,4}',
      '(?:tamaro|tamaru|taro|taru|tamara) (?:whatsapp |phone |mobile |contact |telegram )?(?:number|no|email|mail|gmail|username|id)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: your number, your e-mail.
    si: [
      '(?:ඔයාගේ|ඔබගේ|ඔබේ|උඹේ|ඔයාගෙ) (?:වට්සැප් |වයිබර් |ෆෝන් |දුරකථන |' +
        'මොබයිල් |කොන්ටැක්ට් |ටෙලිග්‍රෑම් )?(?:නම්බර්|අංකය|ඊමේල්|ඉමේල' +
        '්|විද්‍යුත් තැපැල්|යූසර්නේම්|අයිඩී)\\S{0,4}',
      '(?:oyage|obage|umbe|oyaage|obe) (?:whatsapp |viber |phone |mobile |contact |telegram )?(?:number|no|nambar|email|mail|username|id)',
    ],
    // Your number, your mail: Greek (το τηλέφωνό σου) and Greeklish, Hungarian (a számod, a Vibered), Malayalam (നിങ്ങളുടെ നമ്പർ, ninte number).
    el: ['(?:το |τον )?(?:τηλεφωνο|κινητο|αριθμο|νουμερο|email|μειλ|viber|βαιμπερ|whatsapp) (?:σου|σα[σς])',
      '(?:to |ton )?(?:tilefono|tilefwno|kinito|arithmo|noumero|email|viber) (?:sou|sas)'],
    hu: ['telefonszamod\\S{0,2}', 'szamod(?:at)?', 'e-?mail ?cimed\\S{0,2}', 'vibered', 'whatsappod', 'telegramod', 'elerhetoseged\\S{0,2}'],
    ml: ['(?:നിങ്ങളുടെ|നിന്റെ|താങ്കളുടെ) (?:ഫോൺ |മൊബൈൽ |വാട്സ്ആപ്പ്' +
      ' )?(?:നമ്പർ|നമ്പര്|ഇമെയിൽ|ഇമെയില്)\\S{0,3}',
      '(?:ninte|ningalude|thangalude|thaangalude) (?:phone |mobile |whatsapp |wa |contact )?(?:number|no|nambar|mail id|email(?: id)?|id)'],
    // Your number, your mail: Croatian, Serbian and Bosnian (tvoj broj), Azerbaijani (nömrəniz), Georgian (შენი ნომერი) and Amharic (ስልክህ).
    hr: ['(?:tvoj|vas|svoj) (?:broj(?: telefona| mobitela)?|mejl|e-?mail|viber|whatsapp|kontakt)', '(?:broj|mejl|kontakt) (?:tvoj|vas|svoj)'],
    sr: ['(?:твој|ваш|свој) (?:број(?: телефона)?|мејл|имејл|вајбер|вотсап|контакт)'],
    az: ['nomren(?:i|iz|izi)', 'telefon(?:un|unuz) nomre\\S{0,3}', 'mail(?:in|ini|iniz|inizi)', 'vatsap(?:in|ini|iniz)', 'whatsapp(?:in|ini|iniz)', 'elaqe nomre\\S{0,3}'],
    ka: ['shen(?:i)? nomer\\S{0,2}', '(?:შენი|თქვენი) (?:ნომერი|ტელეფონი|მეილი|იმეილი|ვაიბერი|ვოცაპი)',
      'შენს (?:ნომერს|მეილს)', '(?:sheni|tqveni) (?:nomeri|telefoni|meili|mail)'],
    am: ['(?:ስልክ|ቁጥር|ኢሜይል|ኢሜል|ቴሌግራም)(?:ህ|ሽ|ዎ)ን?', 'ስልክ ቁጥር(?:ህ|ሽ|ዎ)ን?', '(?:silk|kutr|kutir|email|telegram)(?:ih|ish)n?'],
    // Your number, your mail: Tamil (unga number, உங்க நம்பர்), Telugu (mee number, మీ నంబర్), Nigerian Pidgin (una WhatsApp number).
    ta: ['(?:unga|ungaloda|ungal|ungaludaya|onnoda|unnoda) (?:whatsapp |phone |mobile |contact )?(?:number|no|nambar|mail id|email(?: id)?)',
      '(?:உங்க|உங்கள்|உங்களோட|உன்) (?:வாட்ஸ் ?அப் |போன் ' +
        '|மொபைல் )?(?:நம்பர்|எண்|ஈமெயில்|இமெயில்|மெயில் ' +
        'ஐடி)\\S{0,3}'],
    te: ['(?:mee|meeru|nee|mee yokka) (?:whatsapp |phone |mobile |contact )?(?:number|no|nambar|mail id|email(?: id)?)',
      '(?:మీ|నీ) (?:వాట్సాప్ |ఫోన్ |మొబైల్ )?(?:నంబర్|నెంబర్|ఈమెయిల్|మెయిల్ ఐడి)\\S{0,3}'],
    pcm: ['una (?:whatsapp|phone) (?:number|digits)'],
    // Your number, your mail: Thai, Persian (and Finglish), Hebrew, Bulgarian, Czech.
    th: ['เบอร์(?:โทร)?(?:ของ)?(?:คุณ|พี่|น้อง)', 'อีเมล์?(?:ของ)?คุณ'],
    fa: ['ایمیل شخصی\\S{0,4}', '(?:whatsapp|telegram|email)(?:et|eto|eton|etun)', 'واتساپ ?(?:تون|ت|تو)',
      'آیدی\\S{0,3}', 'ایدی\\S{0,3}', 'راه ارتباطی\\S{0,4}', 'id (?:telegram|whatsapp|insta)\\S{0,3}', 'shomar(?:at|eto|ato|o)',
      'شماره ?(?:تلفن|موبایل)?(?:ت|تو|تون)', 'ایمیل(?:ت|تو|تون)', 'shomare ?(?:t|to|tun)', 'email(?:et|eto)'],
    // Round twenty-five (Hebrew as Israeli clients type it): the private e-mail, the mobile, the user name, contact details ("את המייל הפרטי שלך", "פרטי הקשר שלך").
    he: ['(?:ה)?(?:מספר|טלפון|מייל|אימייל|נייד|פלאפון|וואטסאפ|טלגרם|יוזר)(?: (?:ה)?(?:פרטי|אישי|הנייד))? שלך',
      'פרטי (?:ה)?(?:קשר|התקשרות)(?: שלך)?', '(?:ה)?(?:מספר|טלפון|מייל) שלך'],
    bg: ['(?:номера|телефона|имейла) (?:си|ти)', 'твоя (?:номер|телефон|имейл)'],
    cs: ['(?:sve|svoje|tve|tvoje|vase) (?:telefonni )?(?:cislo|e-?mail|kontakt)'],
    // Polish: your number, your private e-mail, the mobile number, contact details, the address ("numer komórki", "adres mailowy", "namiary"); not an URL or server address.
    pl: [
      '(?:twoj|twoja|twojego|twoje|swoj|swojego|swoja|swoje) (?:prywatn\\S* |sluzbow\\S* |osobist\\S* )?' +
        '(?:numer\\S*|nr|mail\\S*|e-?mail\\S*|adres\\S*|telefon\\S*|kontakt\\S*|nick\\S*|namiar\\S*|whatsapp\\S*|telegram\\S*|insta\\S*)',
      '(?:pana|pani|wasz|wasze|panstwa) (?:prywatn\\S* |sluzbow\\S* |osobist\\S* )?' +
        '(?:numer\\S*|nr|mail\\S*|e-?mail\\S*|adres\\S*|telefon\\S*|kontakt\\S*|nick\\S*|namiar\\S*|whatsapp\\S*|telegram\\S*|insta\\S*)',
      'numer\\S* (?:telefonu|tel\\S*|komork\\S*|kom|whatsapp\\S*|prywatn\\S*|sluzbow\\S*)', 'nr (?:tel\\S*|kom\\S*|telefonu)',
      'adres\\S* (?:mailow\\S*|e-?mail\\S*|email\\S*|zamieszkania|domow\\S*|do wysylki|korespondencyjn\\S*)',
      'prywatn\\S* (?:e-?mail\\S*|mail\\S*|numer\\S*|telefon\\S*|adres\\S*)', 'maila', 'mailowy', 'e-?maila', 'numer(?:u)? komork\\S*', 'komork\\S*',
      'dane kontaktowe', 'danych kontaktowych', 'kontakt do (?:pana|pani|ciebie|was|panstwa)', 'namiar\\S*', 'numer telefonu', 'numeru telefonu',
      'telefon do (?:pana|pani|panstwa|ciebie|was)', 'adres(?:u)?(?= ?[,.?!;]|$)',
      // Round twenty-five: "poproszę o numer do Pana", "nr do ciebie".
      '(?:numer\\S*|nr) do (?:pana|pani|panstwa|ciebie|was|ciebe)'],
    // Japanese: the phone number, mail address, contact details, an app ID; Swahili: namba yako (your number), barua pepe yako, jina lako la Skype.
    ja: [
      'メアド', 'メールアドレス', 'メルアド', '(?:お)?電話番号',
      'でんわ ?ばんごう', 'denwa ?bangou', '携帯番号', 'ケータイ番号',
      '(?:ご)?連絡先',
      '(?:line|ライン|インスタ|x|ツイッター|ディスコード|discord)(?:の)?(?:id|アカウント|ユーザー名|ユーザーネーム|番号)',
      '(?:スカイプ|skype|テレグラム|telegram|ワッツアップ|whatsapp)(?:の)?(?:id|アカウント|ユーザー名|ユーザーネーム|番号)',
      'ラインid',
      // Round twenty-five: the mobile's number, a Gmail or private address ("携帯の番号", "Gmailのアドレス", "個人のメール").
      '(?:携帯|ケータイ|スマホ)(?:の)?番号', '(?:gmail|ジーメール|yahoo|ヤフー|icloud|outlook)(?:の)?(?:アドレス|メール)',
      '(?:個人|プライベート|私用)(?:の)?(?:メール|アドレス|番号|連絡先|アカウント)'] .map((phrase) => phrase + NOT_A_FIELD),
    sw: ['namba yako', 'namba ya (?:simu|whatsapp|wasap|safaricom|airtel|telegram)', 'barua pepe yako', 'email yako', 'anwani yako ya (?:email|barua pepe)',
      'jina lako la (?:skype|telegram|instagram|insta|discord)', 'username yako', 'mawasiliano yako', 'contacts? zako', 'handle yako'],
    es: [
      '(?:tu|su) (?:numero|correo|e-?mail|mail|telefono|celular|whats\\w*|contacto|telegram|insta\\w*|skype|linkedin)',
      '(?:telefono|numero|correo|e-?mail|celular) (?:de contacto|personal|directo|privado)', 'datos de contacto',
      'numero de (?:telefono|celular|whats\\w*)',
      // "necesito un número para llamarte".
      'un (?:numero|telefono|celular) (?:para|pa) (?:llamarte|llamarle|escribirte|escribirle|contactarte|contactarle)',
      // Italian and Polish.
      '(?:la tua|il tuo|la sua|il suo) (?:\\S+ )?(?:mail|e-?mail|numero|cellulare|cell|whatsapp|telegram|contatto|recapito)',
      'numero di (?:telefono|cellulare)', 'recapito telefonico',
      '(?:swoj\\S*|twoj\\S*) (?:prywatn\\S* )?(?:mail\\S*|e-?mail\\S*|numer\\S*)', 'prywatn\\S* (?:mail\\S*|e-?mail\\S*|numer\\S*)',
      'numer\\S* (?:telefonu|komorki|whatsapp\\S*)', 'adres\\S* e-?mail', 'dane kontaktowe',
    ],
    pt: [
      '(?:seu|teu|sua|tua) (?:numero|zap|whats\\w*|e-?mail|telefone|telemovel|celular|contato|telegram|insta\\w*|skype)',
      '(?:numero|telefone|celular|e-?mail) (?:de contato|pessoal|direto|particular)', 'dados de contato',
      'numero (?:de|do) (?:telefone|celular|whats\\w*|zap)',
      // Portugal's spelling: "o contacto", "o teu contacto".
      '(?:o |seu |teu |o seu |o teu )contacto(?! d[oae]s? (?!seu |teu |sua |tua ))',
    ],
    fr: [
      '(?:ton|votre|tes|vos) (?:numero|mail|e-?mail|adresse (?:e-?)?mail|adresse electronique|portable|whatsapp|telegram|insta\\w*|skype|coordonnees|06|07)',
      'numero (?:de )?(?:telephone|portable|perso\\S*)',
    ],
    de: [
      '(?:deine|ihre|deinen|ihren|dein|ihr) (?:private |personliche |direkte )?' +
        '(?:nummer|telefonnummer|handynummer|mobilnummer|e-?mail(?:-adresse)?|mailadresse|whatsapp|telegram|skype|kontaktdaten)',
    ],
    ru: [
      // Round twenty-four: the plural too ("дайте ваши контакты").
      '(?:ваш|вашу|ваши|свой|свою|свои|твой|твою) ' +
        '(?:рабоч\\S* |личн\\S* )?(?:номер|телефон|почту|e-?mail|имейл|емейл|whatsapp|ватсап|' +
        'telegram|телеграм\\S*|тг|viber|вайбер|skype|скайп|контакт\\S*)' +
        // Round twenty-four: not an order's or a contract's number ("дайте ваш номер заказа").
        '(?! (?:заказа|договора|контракта|счета|карты|паспорта|тикета|задачи|версии))',
      'номер телефона', 'номер в (?:мессенджере|ватсапе|телеграме|whatsapp|telegram)',
    ],
    uk: [
      '(?:ваш|вашу|свій|свою|твій|твою) ' +
        '(?:робоч\\S* |особист\\S* )?(?:номер|телефон|пошту|e-?mail|whatsapp|ватсап|' +
        'telegram|телеграм\\S*|viber|вайбер|skype|скайп|контакт\\S*)' +
        '(?! (?:заказа|замовлення|договору|контракту|рахунку|картки|паспорта|тікета|задачі|версії))',
      'номер телефону',
    ],
    ur: [
      // Urdu in its script (round twenty-five): "آپ کا فون نمبر", "اپنی ای میل آئی ڈی", "فیس بک آئی ڈی".
      
      '(?:آپ کا|آپ کی|آپکا|آپکی|اپنا|اپنی|تمہارا|تمہاری|تیرا|تیری) (?:(?:واٹس ?ایپ|واٹس ?اپ|موبائل|فون|پرسنل|' +
        'ذاتی) ){0,2}(?:نمبر|ای ?میل(?: آئی ڈی| ایڈریس)?|رابطہ نمبر)',
      '(?:فیس ?بک|واٹس ?ایپ|ٹیلی ?گرام|انسٹاگرام|اسکائپ|سکائپ|ایمو) (?:آئی ?ڈی|نمبر|پروفائل|لنک)',
      '(?:رابطہ|کانٹیکٹ) نمبر', '(?:apna|apni|aapka|apka|aapki|tumhara) (?:whatsapp |wp |personal |mobile )?(?:number|no|email|mail|contact|insta|telegram|skype)'],
    // Cebuano: "imong Messenger", "inyong number".
    tl: ['(?:number|numero|email|fb|messenger|viber|contact number|cp number|whatsapp|telegram) (?:mo|niyo|nyo|ninyo)', 'cp (?:number|no)',
      '(?:imong|imo|inyong) (?:number|numero|email|fb|messenger|viber|whatsapp|telegram|contact)'],
    id: ['(?:nomor|nomer|no) (?:wa|hp|telepon|whatsapp|telegram)', '(?:email|wa|ig|telegram|kontak|nomor|nomer) (?:kamu|anda|mu|nya|kakak|kak|mas|mbak)'],
    ar: [
      'رقمك',
      'رقم (?:جوالك|هاتفك|تليفونك|موبايلك|الواتس|واتسابك|التواصل)',
      'ايميلك',
      'إيميلك',
      'بريدك',
      'واتسابك',
      'وسيلة (?:تواصل|اتصال)',
      'rakamak', 'ra2mak', 'raqmak', 'ra2amak', 'nemretak', 'el (?:email|e-?mail|ra2m|rakam) (?:taba3ak|bta3ak)',
      // Darija: "numero dyalek", "nmra dyalk", "ra9m dyalek".
      '(?:numero|nmra|nemra|ra9m|l ?whatsapp|l ?email) dyal(?:ek|ak|k)',
      // The reader's number, mail or handle: "رقم حضرتك", "الإيميل الشخصي", "النمرة ديالك", Arabizi "el nemra bta3tak", "el email el personal", "lien ta3ek".
      '(?:رقم|نمر[ةه]|ايميل) (?:حضرتك|سيادتك|جنابك)', '(?:ال)?(?:ايميل|بريد|البريد الالكتروني|رقم) (?:ال)?(?:شخصي|خاص)',
      '(?:ال)?(?:ايميل|بريد) (?:الالكتروني )?(?:الخاص ب(?:ك|كم|حضرتك))',
      'رقم (?:ال)?(?:هاتف|تليفون|موبايل|جوال|واتس\\S*)',
      '(?:النمر[ةه]|نمرتك|الرقم|رقمك|الايميل|ايميلك|الواتساب|الواتس|الانستا) (?:ديالك|تبعك|حقك|بتاعك)',
      '(?:لينك|رابط) (?:بروفايلك|حسابك|اكونتك)', 'بروفايلك (?:على |عال|عل|ع )', '(?:nemret|nemrit|nmert|nomrt|ra2m|raqm|ra8m|ragm)(?:ak|ek|k|ik)',
      '(?:el |l)?(?:nemra|nmra|nimra|nomra|ra2m|raqm|rakam|ra8m|ragm|numero|num|email|mail|whats\\w*|insta\\w*) (?:bta3t?ak|beta3t?ak|taba3ak|taba3ek|ta3ak|ta3ek|dyalek|dyalk|dyalak|7a2' +
        'ak|7agak|el personal|personal|el shakhsi|el khas)',
      '(?:lien|link) (?:ta3(?:ek|ak)|dyal(?:ek|ak)|bta3ak|taba3ak)',
      // "el whatsapp aw telegram bta3ak": an app named with "your".
      '(?:el |l)?(?:whats\\w*|wats\\w*|telegram|tele|insta\\w*|snap\\w*|skype|discord|viber|signal|facebook|fb|linkedin|tiktok) (?:bta3t?ak|beta3t?ak|taba3ak|taba3ek|ta3ak|ta3ek|dyalek|' +
        'dyalk|7a2ak|7agak)',
    ],
    tr: [
      // Turkish: your phone, mobile or e-mail, the full address ("cep numaranızı", "açık adresini", "telefon numarasını").
      '(?:telefon|cep|gsm|whatsapp|iletisim) numara(?:nizi|ni|si|sini|nizi)', 'e-?posta adres(?:inizi|ini|iniz)', 'cep numara\\S*',
      'adres(?:inizi|ini)', 'acik adres\\S*', 'ev adres\\S*', 'kullanici ad(?:inizi|ini)',
      '(?:telefonunuzu|telefonunu|numaranizi|numarani|mailinizi|mailini|mail adresinizi|mail adresini|e-?posta adresinizi|e-?posta adresini)',
      'iletisim bilgilerinizi', '(?:whatsapp|telegram|instagram)(?:inizi|ini|\'?nizi|\'?ni)',
    ],
    zh: [
      '(?:你|您|妳)的?(?:email|邮箱|郵箱|电邮|電郵|手机号?码?|手機號?碼?|电话|電話|微信号?|qq号?|telegram|line|whatsapp|wechat|signal|number)',
      '(?:你|您|妳)的?(?:联系方式|聯絡方式|地址)',
      '联系方式', '聯絡方式', '手机号', '手機號碼', '微信号', 'qq号', '邮箱地址', '(?:绿色软件|微信|qq|vx)的号', '地址',
      // "给我个微信什么的": "a WeChat" after a give-me is the reader's own.
      '(?:个|個)(?:微信|qq|vx|电话|電話|手机号?|手機號?|邮箱|郵箱|email|telegram|line|whatsapp)'],
    vi: ['sdt', 'so dien thoai', 'so zalo', 'dia chi email', 'dia chi nha'],
    // The reader's number, mail or chat ID in Devanagari and Bengali, with up to two words before the noun
    // ("आपका पर्सनल मोबाइल नंबर", "तुमचा व्हाट्सएप नंबर", "तपाईंको इमेल", "আপনার
    // ফেসবুক প্রোফাইলের লিংক"),
    // and a chat app's ID or profile named alone ("फेसबुक आईडी", "ইমো আইডি"). Not an order's or an invoice's number.
    hi: [
      // Devanagari with the English word typed in Latin letters (round twenty-five): "अपना WhatsApp नंबर", "अपनी email id", "Facebook ID".
      
      '(?:आपका|आपकी|अपना|अपनी|तुम्हारा|तुम्हारी|तेरा|तेरी) (?:(?:whatsapp|wp|mobile|phone|personal|' +
        'व्हाट्सएप|व्हाट्सऐप|मोबाइल|फोन|फ़ोन|पर्सनल) ){0,2}(?:नंबर|नम्बर|number|email(?: id)?|mail id|' +
        'ईमेल(?: आईडी| id)?|contact)',
      '(?:facebook|fb|insta|instagram|telegram|skype|whatsapp|फेसबुक|इंस्टाग्राम|टेलीग्राम) (?:id|आईडी|आइडी|profile|number|' +
        'नंबर)', '(?:apna|apni|aapka|apka|aapki|tumhara|tera) (?:whatsapp |wp |personal |mobile )?(?:number|no|email|mail|contact|insta|telegram|skype)',
      `(?:आपका|आपकी|आपके|अपना|अपनी|तुम्हारा|तुम्हारी|तेरा|` +
        `तेरी) ${DEVANAGARI_CONTACT_MODIFIERS}(?:नंबर|नम्बर|ईमेल|इमेल|ई-मेल|मेल आईडी|कॉन्टैक्ट)`,
      `${DEVANAGARI_CHAT_APP} (?:आईडी|आइडी|प्रोफाइल|प्रोफ़ाइल|नंबर|नम्बर)`],
    mr: [
      // Marathi with the app named in Latin letters.
      '(?:तुमचा|तुमचं|तुमची|तुमचे|तुझा|तुझं) (?:(?:whatsapp|mobile|phone|फोन|मोबाइल) ){0,2}(?:नंबर|' +
        'नम्बर|ईमेल|इमेल)',
      `(?:तुमचा|तुमचं|तुमची|तुमचे|तुझा|तुझं|आपला) ${DEVANAGARI_CONTACT_MODIFIERS}(?:नंबर|नम्बर|` +
      `ईमेल|इमेल|मेल आयडी)`,
      `${DEVANAGARI_CHAT_APP} (?:आयडी|आईडी|प्रोफाइल|नंबर)`],
    ne: [
      // Nepali with the app named in Latin letters ("तपाईंको WhatsApp नम्बर").
      '(?:तपाईंको|तपाईँको|तपाईको|तिम्रो|हजुरको) (?:(?:whatsapp|imo|viber|mobile|phone|फोन|' +
        'मोबाइल) ){0,2}(?:नम्बर|नंबर|इमेल|ईमेल)',
      `(?:तपाईंको|तपाईँको|तपाइँको|तपाईको|तिम्रो|हजुरको) ${DEVANAGARI_CONTACT_MODIFIERS}(?:नम्बर|` +
      `नंबर|इमेल|ईमेल)`,
      `${DEVANAGARI_CHAT_APP} (?:आईडी|आइडी|प्रोफाइल|नम्बर)`,
      '(?:tapai ?ko|timro|hajur ?ko) (?:(?:whatsapp|imo|viber|personal|mobile|phone) ){0,2}(?:number|no|email)'],
    bn: [
      // Banglish: "apnar imo number", "fb id", "contact number ta" (round twenty-five).
      '(?:apnar|tomar|tor) (?:(?:whatsapp|wp|imo|viber|telegram|personal|private|mobile|phone) ){0,2}(?:number|nmbr|no|email|mail|gmail|contact)',
      '(?:fb|facebook|whatsapp|imo|telegram|insta|instagram|skype) (?:id|profile|link|number)', 'contact (?:number|no)',
      // Round twenty-five: a Gmail or an address named with the possessive, and a contact number with none ("কন্টাক্ট নাম্বারটা শেয়ার করুন").
      '(?:আপনার|তোমার|তোর) (?:(?:পার্সোনাল|প্রাইভেট) )?(?:জিমেইল|ইমেইল আইডি|' +
        'ইমেইল এড্রেস|ইমেইল অ্যাড্রেস|মেইল এড্রেস)\\S{0,3}',
      '(?:কন্টাক্ট|কনট্যাক্ট|যোগাযোগের) (?:নম্বর|নাম্বার)\\S{0,3}',
      '(?:আপনার|তোমার|তোর) (?:(?:হোয়াটসঅ্যাপ|ইমো|ভাইবার|টেলিগ্রাম|পার্সোনাল|' +
      'প্রাইভেট|মোবাইল|ফোন) ){0,2}(?:নম্বর|নাম্বার|ইমেইল|ইমেল|মেইল আইডি)\\S{0,3}',
      '(?:ফেসবুক|হোয়াটসঅ্যাপ|ইমো|টেলিগ্রাম|ইনস্টাগ্রাম|ভাইবার|মেসেঞ্জার|' +
        'স্কাইপ|লিংকডইন) (?:আইডি|প্রোফাইল|লিংক|নম্বর|নাম্বার)\\S{0,4}'],
    ha: [
      'lambar (?:wayar|waya|whatsapp|telegram)(?:ka|ki|ku| (?:ka|ki|ku|dinka|dinki|dinku|taka|taki|taku))', 'lambar(?:ka|ki|ku)', 'lambar (?:ka|ki|ku)', 'wayar(?:ka|ki|ku)',
      '(?:number|lamba|email|imel|whatsapp|telegram|contact|adireshi\\S{0,3}(?: imel)?) (?:dinka|dinki|dinku|naka|naki|naku|taka|taki|taku)',
    ],
    yo: ['(?:nomba|number)(?: (?:whatsapp|foonu|fonu|phone|telegram))? (?:re|yin|e)', 'adiresi imeeli (?:re|yin)', '(?:email|imeeli|imeli|username|contact) (?:re|yin)'],
    ig: ['(?:nomba|number)(?: (?:whatsapp|ekwenti|phone|telegram))? gi', '(?:email|adreesi(?: email)?|username|whatsapp|telegram|contact) gi'],
    so: [
      'lambarkaaga', 'lambarka (?:taleefankaaga|whatsapp\\S{0,6}|telegram\\S{0,6})', 'n(?:u|a)mberkaaga', 'taleefankaaga', 'email-?kaaga', 'username-?kaaga', 'whatsapp-?kaaga',
      'telegram-?kaaga',
    ],
    mg: ['nomeraonao', 'nomerao (?:findai|whatsapp-?|telegram-?)nao', 'laharana (?:whatsapp-?|telegram-?|findai)nao', 'laharananao', '(?:adiresy )?mailakao', 'username-?nao', 'findainao'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:ditt|ert) (?:telefon|mobil)?(?:nummer|nr)', '(?:din|er) (?:mejl\\S{0,5}|mail\\S{0,6}|e-?post\\S{0,7}|kontaktinfo)', 'dina kontaktuppgifter'],
    no: ['(?:nummeret|mobilnummeret|telefonnummeret) ditt', '(?:mailen|e-?postadressen|e-?posten|kontaktinfoen) din'],
    da: ['dit (?:telefon|mobil)?nummer', 'din (?:mail\\S{0,7}|e-?mail\\S{0,7})', 'dine kontaktoplysninger'],
    fi: ['(?:puhelin|kännykkä)?numerosi', 'sähköpostiosoitteesi', 'sähköpostisi', 'yhteystietosi'],
    'is': ['(?:síma)?númerið þitt', 'netfangið þitt', 'tölvupóstinn þinn'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'το τηλέφωνό σου', 'a telefonszámod', 'നിങ്ങളുടെ നമ്പർ', 'ninte number',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'tvoj broj', 'твој број', 'nömrəniz', 'შენი ნომერი', 'ስልክህ',
    // Tamil, Telugu, Nigerian Pidgin.
    'unga number', 'உங்க நம்பர்', 'mee number', 'మీ నంబర్', 'una WhatsApp number',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'เบอร์ของคุณ', 'شماره تلفنت', 'המספר שלך', 'номера си', 'své číslo',
    'tu número', 'votre adresse e-mail', 'Ihre Handynummer', 'ваш телеграм', 'apna whatsapp number', 'nomor WA', 'رقمك', 'telefonunuzu',
    'il tuo numero', 'swojego prywatnego maila',
    'आपका पर्सनल मोबाइल नंबर', 'तुमचा व्हाट्सएप नंबर', 'फेसबुक आईडी', 'tapai ko whatsapp number',
      'আপনার ফেসবুক প্রোফাইলের লিংক'],
  counterExamples: ['el número de páginas', 'номер заказа', 'Telefonnummer des Kunden', 'ऑर्डर नंबर', 'ইনভয়েস নম্বর'],
});

/** Talk about a group or about "you people": contempt only when something negative is said of them (see NEGATIVE_TRAIT). */
export const GROUP = defineClass({
  name: 'GROUP',
  doc: 'A nationality, gender or group named as a whole, or "you people".',
  words: {
    // Polish names of groups, as contempt addresses them ("z Ukraińcami", "wy Hindusi", "kobiety").
    pl: ['z (?:ukraincami|hindusami|polakami|rosjanami|arabami|turkami|cyganami|hindusami|azjatami|murzynami|kobietami|babami)',
      'wy (?:ukraincy|hindusi|polacy|rosjanie|arabowie|turcy|cyganie|kobiety|baby)', '(?:ukraincy|hindusi|cyganie|arabowie|kobiety|baby)'],
    en: [
      // Round 35: everyone addressed or spoken of at once ("they are all", "son todos", "sont tous"), where a negative trait follows.
      '(?:you|they|y\'?all) (?:are |r |re |\'re )?all(?! (?:set|good|done|welcome|invited|in|on|here|there|ready|paid|fine))\\b',
      '(?:they|you)(?:\\\'re| are) all the same',
      // Round 35 (training batch 118): a group by country, gender or age, as contempt addresses it ("your whole country", "a woman boss", "people your age").
      'your (?:whole )?(?:nation|race)',
      'your whole (?:country|people|culture|generation)',
      '(?:someone|somebody|anyone|freelancers?|devs?|developers?|people|clients?|agencies) from (?:india|pakistan|bangladesh|' +
        'nigeria|africa|the philippines|egypt|kenya|morocco|russia|ukraine|china|vietnam|indonesia|turkey|brazil|mexico|' +
        'syria)',
      'every time i hire (?:from |someone from |an? )?\\S+',
      'you (?:indian|pakistani|chinese|american|arab|filipino|nigerian|egyptian|russian|ukrainian|african|mexican|brazilian|' +
        'turkish|italian|moroccan|vietnamese|indonesian|bangladeshi|syrian|kenyan) (?:bosses|clients|people|guys|devs|developers|' +
        'freelancers|managers)',
      '(?:an? |these |those )?(?:indian|pakistani|chinese|american|arab|filipino|nigerian|egyptian|russian|ukrainian|african|' +
        'mexican|brazilian|turkish|italian|moroccan|vietnamese|indonesian|bangladeshi|syrian|kenyan) (?:clients?|bosses|' +
        'customers|devs?|developers|freelancers|management|managers?)',
      '(?:female|woman|women|lady) (?:clients?|bosses|boss|managers?)',
      '(?:like )?every (?:woman|girl)',
      'people (?:of )?your age',
      '(?:someone|anyone) your age',
      'your country\'?s \\S+',
      'moroccans',
      'russians',
      'u people',
      '(?:all )?(?:men|women|people|guys|clients?|freelancers) from ur (?:country|region)',
      '(?:wee )?(?:lassies|lasses|girls|ladies|women) like (?:you|u|yersel)',
      'ladies',
      'you people from \\S+',
      'you (?:muslims|hindus|christians|jews|indians|pakistanis|americans|brits|women)',
      'you people', 'your people', 'people like you', 'your kind', 'people from your country', 'third[- ]world',
      '(?:indians?|pakistanis?|filipinos?|nigerians?|africans?|arabs?|asians?|russians?|chinese|mexicans?|muslims?|hindus?|women|girls|females)',
      '(?:women|female|girl) (?:developers?|designers?|programmers?|engineers?|freelancers?)', 'your part of the world', '(?:clients?|people|freelancers) from your (?:country|region)', 'your country',
      'you guys all', 'people like you',
      // "You freelancers are all the same".
      'you (?:freelancers|designers|developers|writers|editors|translators|contractors)',
      // Round twenty-four: the other bidders as a lot ("some offshore outfit charging $4 an hour", "the guy with 0 reviews from that country").
      '(?:offshore|overseas|cheap|low-?cost|bottom-?dollar|\\$\\d+(?:/h(?:ou)?r| an hour| per hour)?) (?:outfits?|shops|agenc(?:y|ies)|teams|bidders|freelancers|developers' +
        '|devs|coders|designers|writers|bookkeepers|people|guys|workers)',
      'from that (?:country|part of the world|region)', '(?:the )?other (?:bidders|applicants)',
      '(?:women|girls|females|indians|pakistanis|filipinos|nigerians|arabs|egyptians|syrians)',
      'you guys from \\S+',
      // Round twenty-eight: a lot named by where or what they come from, not by a name ("people from your side", "people from that community").
      '(?:people|freelancers|clients|guys|developers|folks) (?:from|on) (?:your|ur) side',
      '(?:people|candidates|freelancers|applicants) from (?:that|this|those|your) (?:community|caste|tribe|religion|sect)',
      '(?:contractors?|devs?|developers?|designers?|workers?|freelancers?|teams?|people|guys) from ' +
        '(?:india|pakistan|bangladesh|nigeria|africa|the philippines|egypt|kenya|venezuela|latin america|asia)',
      '(?:everyone|everybody|anyone|all of you) from your (?:country|region|part of the world)',
      '(?:freelancers|contractors|developers|designers|workers|vendors|guys|folks|clients|men|women) like you',
      '(?:americans|brits|british people|turks|latinos|latinas|jews|christians|bangladeshis|europeans|westerners|gulf (?:clients|arabs|people))',
      'boomers',
      'your (?:lot|kind|religion|culture)',
      'every (?:woman|girl|indian|pakistani|filipino|nigerian|arab|muslim) (?:i\'?ve|i have) (?:ever )?(?:hired|worked with|met)',
      '(?:a|the|another) (?:brit|turk|yank|gringo)',
      '(?:someone|anyone|people|freelancers) from your (?:backward |poor |\\S+ )?(?:country|village|region)',
      '(?:since|because|as) (?:you\'?re|you are) from (?:india|pakistan|bangladesh|nigeria|africa|the philippines|egypt|kenya|china|mexico|turkey|vietnam)',
      '(?:germans|dutch|swiss|romanians|kenyans|poles|italians|spaniards|brazilians|canadians|australians|ukrainians|vietnamese|egyptians)',
      'every single one of you', 'you kids', 'religious people', '(?:your|this|the) whole generation',
      'gen ?z(?:ers)?(?: \\S+)?', '(?:people|anyone|someone) from your (?:community|caste|religion|tribe)',
      'your community',
      // "Ye lot over there", "you lot", "old ladies running a shop", "women writers", "the Indian kid", "another Nigerian".
      '(?:ye|you|yous|youse) lot', '(?:women|female|girl|lady) (?:writers?|editors?|translators?|coders?|founders?|managers?|bosses)',
      'old (?:ladies|women|men|people|folks|timers)',
      '(?:the|that|some|another|an?) (?:indian|pakistani|filipino|nigerian|african|bangladeshi|arab|chinese|mexican|brazilian|egyptian) ' +
        '(?:kid|guy|boy|girl|dude|woman|lady|man)',
    ],
    es: [
      // Round 35: everyone addressed or spoken of at once ("they are all", "son todos", "sont tous"), where a negative trait follows.
      'son tod[oa]s(?: unos| unas)?','ustedes los \\S+', 'los (?:indios|latinos|negros|moros|chinos)',
      'gente de tu pais', 'los de tu pais',
      '(?:venezolanos|colombianos|peruanos|argentinos|mexicanos|indios|chinos|negros|latinos|moros|sudacas)',
      'gente como (?:tu|usted|ustedes|vos)',
      'gente como (?:tu|vos)', '(?:brasilen|venezolan|colombian|argentin|peruan)[oa]s',
      'alguien de tu pais', '(?:sois|ustedes son) todos',
    ],
    pt: [
      // Round 35: everyone addressed or spoken of at once ("they are all", "son todos", "sont tous"), where a negative trait follows.
      '(?:sao|são) tod[oa]s',
      // Round 35 (training batch 118): a nationality of clients.
      '(?:clientes?|gente|povo) (?:portugues(?:es)?|gringos?|americanos?|indianos?|brasileiros?)',
      'mulher(?:es)?',
      'voces sao',
      'gringos?',
      'voces (?:indianos|nordestinos|africanos)', 'esses (?:indianos|africanos|nordestinos)',
      'gente do seu pais', '(?:indianos|nordestinos|africanos|baianos)',
      'gente como (?:voce|vc|voces)',
      'brasileir[oa]s?',
    ],
    fr: [
      // Round 35: everyone addressed or spoken of at once ("they are all", "son todos", "sont tous"), where a negative trait follows.
      '(?:vous etes|ils sont|elles sont) tou(?:s|tes)','vous les \\S+', 'ces (?:indiens|africains|arabes)',
      'les gens de (?:ton|votre) pays', '(?:africains|arabes|indiens|maghrebins)',
      'les gens comme (?:toi|vous)',
    ],
    de: [
      // Round 35: everyone addressed or spoken of at once ("they are all", "son todos", "sont tous"), where a negative trait follows.
      '(?:ihr seid|sie sind) alle','ihr (?:inder|afrikaner|araber|auslander)', 'diese (?:inder|afrikaner|auslander)',
      'leute wie (?:sie|du|dich)',
      'leute aus (?:deinem|ihrem) land',
      '(?:osteuropaer|inder|afrikaner|araber|auslander|turken|rumanen|russen|chinesen)',
    ],
    ru: [
      // Round 35 (training batch 118): "вы, американцы".
      '(?:вы|все|эти),? (?:американцы|индусы|украинцы|русские|немцы|китайцы|арабы|женщины)','(?:вы|все|эти) (?:индусы|' +
        'хохлы|чурки|черные|азиаты)',
      'люди,? как (?:ты|вы)',
      '(?:все )?(?:эти )?ваши \\S+ (?:фрилансеры|разработчики|дизайнеры|исполнители)',
    ],
    uk: [
      '(?:ви|всі|ці) (?:індуси|москалі)',
      'люди,? як (?:ти|ви)',
      'з (?:вашої|тієї|твоєї) країни', '(?:ви всі|всі ви)', 'з вашими',
    ],
    hi: [
      // Round 35 (training batch 118): "tum South wale".
      'tum (?:\\S+ )?wale',
      'gore log', 'angrez',
      'tum jaise log', 'tumhare jaise log', '(?:ye|yeh) (?:pakistani|indian|bangladeshi) log',
      'tum log', 'aap log',
    ],
    ur: [
      // Round 35 (training batch 118): women as a group.
      'aurto[nm] ko',
      'aurat(?:ein|en)',
      'gore log', 'angrez',
      'tum jaise log', '(?:ye|yeh) (?:indian|pakistani|bangali) log',
      'aap jaise log\\S*',
    ],
    tl: ['kayong mga (?:indiano|bisaya|pinoy)',
      'mga taga-?\\S+',
    ],
    id: [
      // Round 35: everyone addressed or spoken of at once ("they are all", "son todos", "sont tous"), where a negative trait follows.
      'mereka semua',
      'kalian semua','dasar orang \\S+', 'kalian orang \\S+',
      'orang dari negara (?:kalian|kamu|lu|lo|anda)',
    ],
    ar: ['انتم (?:الهنود|المصريين|العرب|الباكستانيين)',
      'أنتم ال\\S+', 'انتم ال\\S+',
      'انتو ال\\S+', 'انتوا ال\\S+', 'entom el \\S+', 'ento el \\S+', 'entu el \\S+',
      'من بلدكم', 'في بلدكم', 'كلكم', 'men hal balad',
      'min hal balad', 'men baladkon', 'fi baladkom',
      'mn baladkom', 'men baladkom', 'min baladkom',
      'kol+o?kom',
      'كلكن', 'كلكو', 'كلهم', 'من بلدك', 'من بلادك', 'ناس بلدك', 'اهل بلدك', 'kilhom', 'kollohom', 'kolhom', 'kellon', 'ntoma l ?3yalat',
      '(?:mn|men|min) (?:el )?(?:hind|masr|pakistan|bangladesh)',
    ],
    tr: ['siz (?:hintliler|araplar|suriyeliler)',
      'sizin gibi \\S+', 'senin gibi \\S+',
      '(?:hintli|pakistanli|arap|suriyeli|kadin|afrikali)\\S* (?:yazilimci|gelistirici|freelancer|tasarimci|programci)\\S*',
      '(?:hintliler|pakistanlilar|araplar|suriyeliler|kadinlar)',
      'sizin oralardan', 'hepiniz', 'kadin(?:lar)?dan',
    ],
    nl: ['vrouwen', '(?:al )?die (?:indiers|marokkanen|turken|polen|roemenen)'],
    ro: ['toti (?:moldovenii|romanii|indienii|ungurii|tiganii)', 'femeile'],
    ms: ['perempuan memang', 'orang (?:indon|india|bangla)'],
    ko: ['여자들', '지방 사람'],
  },
  examples: ['people from ur country', 'girls like u',
    'you people from the south', 'ladies', 'voces sao',
    'You people are all the same', 'typical Indians, always late', 'ustedes los latinos', 'ye lot over there', 'the Indian kid'],
  counterExamples: ['the kid from next door', 'an old friend of mine'],
});

/** What contempt says of a group: lazy, stupid, liars, "all the same", "can't code". */
export const NEGATIVE_TRAIT = defineClass({
  name: 'NEGATIVE_TRAIT',
  doc: 'Sweeping negative traits said of a group.',
  words: {
    // Polish traits laid on a group ("nic porządnie nie umiecie", "zawsze to samo", "nie znają się").
    // Round twenty-five: a group that "always botches" the work ("Hindusi zawsze tak spieprzą robotę").
    pl: ['nic (?:\\S+ )?nie umie\\S*', 'zawsze to samo', 'spieprz\\S*', 'spartol\\S*', 'zawsze (?:\\S+ ){0,2}(?:zepsuj|zawal|oszuk|kombin)\\S*', 'leniw\\S*',
      'nie (?:znaja|nadaja|znacie) sie', 'wszyscy (?:jestescie|sa) (?:tacy )?sami',
      'oszusci', 'zlodzieje', 'nieroby', 'do niczego'],
    en: [
      // Round 35 (training batch 118): what contempt lays on the group ("are all a bit shady", "every time same", "what else can one expect from").
      '(?:are )?all (?:a bit |so |very |just )?(?:shady|lazy|cheap|stingy|kuripot|rude|greedy|liars|scammers|fake)',
      'every time (?:the )?same(?: story)?',
      '(?:the )?same story',
      '(?:are )?the worst (?:with|at)\\b',
      'what (?:else )?(?:can|could|would|do|did) (?:one|you|i|we) expect from',
      '(?:works?|behaves?|acts?) like (?:this|that)(?! (?:at|in|on|during|before|around|for)\\b)',
      '(?:don\'?t|do not|never) have (?:the |any )?(?:discipline|brains?|manners|work ethic|respect)',
      '(?:it\'?s|it is) (?:the|their|your) culture',
      'the culture (?:there|over there)',
      '(?:their|your) (?:\\S+ ){0,3}mentality',
      'teach (?:you|them) to lie',
      'lie like this',
      '(?:who )?(?:knew|knows) what (?:she|they) wants?(?:ed)?',
      'chang(?:e|es|ed|ing) (?:your|their|her) minds? like',
      '(?:won\'?t|will not|wouldn\'?t|can\'?t) understand (?:tiktok|tech|social media|apps|the internet)',
      '(?:and )?then (?:\\S+ )?disappear',
      'always say .?\\S+.? and (?:disappear|vanish|ghost)',
      'retirement homes?',
      'kuripot',
      '(?:are )?all same',
      '(?:can\'?t|cant|cannae|cannot) (?:even )?handle (?:a|an|the|basic|simple) \\S+',
      // Round twenty: traits laid on a group: "tend to overthink", "always asking for special days off", "can't run a shop to save their lives".
      '(?:tend to|always|usually) (?:overthink|overreact|overcomplicate|complicate)\\S*',
      'always (?:asking|begging|wanting|expecting|demanding) (?:for )?(?:special|extra|more|days off|holidays|time off)',
      '(?:can\'?t|cannot|couldn\'?t|could not) (?:\\S+ ){1,4}to save (?:their|your|his|her) li(?:fe|ves)',
      'think(?:s)? (?:money|cash) (?:buys|can buy) (?:brains|talent|taste|class|manners|everything)',
      'lazy', 'stupid', 'dumb', 'liars?', 'scammers?', 'thieves', 'dirty', 'useless', 'dishonest', 'incompetent', 'worthless', 'animals?', 'monkeys?',
      'all the same', 'always (?:late|lying|cheating|scamming)', "(?:can'?t|cannot|shouldn'?t|don'?t|do not) (?:code|program|design|do this|do anything|understand|think)",
      'belong in the kitchen', 'go back', 'not good (?:for|at|enough)', 'no good', 'only (?:a )?(?:man|men|male|males)', 'haggle', 'pay late', 'stopped hiring', 'never hire',
      'homeless', 'uneducated', 'illiterate',
      'need to learn what', 'copy paste', 'lie about (?:your|their)', 'not hiring from',
      '(?:are )?(?:the reason|why) (?:nobody|no one) (?:trusts|hires|wants|likes)',
      'always (?:say (?:yes|.yes)|disappear|ghost|miss|haggle|lie|underbid|overpromise|copy|deliver (?:late|garbage|trash|crap))\\S*',
      'always (?:want|expect|ask for) (?:\\S+ ){0,3}for (?:\\S+ )?(?:money|peanuts|nothing|free|cheap)',
      'deliver(?:s|ing)? (?:garbage|trash|crap|junk)', '(?<!\\b(?:never|rarely|don\'?t|do not|won\'?t) )miss(?:es|ing)? (?:their |all )?deadlines',
      '(?:say|says|said) .?yes sir', 'deliver(?:s|ed)? nothing',
      'always (?:want|expect|ask for|demand) (?:the )?(?:money|payment|cash|pay)(?: \\S+)? (?:before|upfront|first|up front)',
      '(?:usually|always|generally|normally) (?:a lot |much |far )?(?:more|better|smarter|faster) (?:\\S+ )?than you(?!\'| (?:expect|think|might|would|imagine))',
      '(?:are )?the reason (?:i|we|people|clients|everyone|nobody) (?:hate|stopped|avoid|never|don\'?t)',
      // Round twenty-four: anyone driven off by the group, in any words ("are the reason good developers leave Upwork"); a group blamed
      // for the writer's losses ("I've been burned by you people").
      '(?:are )?the reason (?:\\S+ ){1,3}(?:leave|leaves|left|quit|quits|hate|hates|avoid|avoids|stop|stopped|give up|gave up|walk away|never come back)\\b',
      '(?:been |got |get |getting )?(?:burned|burnt|ripped off|scammed) by',
      '(?:can\'?t|cannot|don\'?t|do not) (?:even )?(?:follow|read) (?:basic |simple )?(?:instructions|briefs?|a brief)',
      // "Indian clients are always like this", "they are all like this", "beggars".
      '(?:always|all|all the same) like (?:this|that)(?! (?:at|in|on|during|before|around|for)\\b)', 'beggars', 'cheap people',
      // "You people never understand deadlines".
      'never (?:understand|learn|listen|think|follow|read)\\S*',
      // Round twenty-eight: "never get good developers", "supposed to be cheap and fast", "they are all cheaters only".
      'never (?:get|find|hire|keep|deliver|finish|make) (?:any )?(?:good|decent|proper|quality|real)\\b', '(?:are )?supposed to be cheap', 'cheaters?', 'cheats',
      '(?:should(?:n\'?t| not) be allowed)', 'make(?:s)? me sick', '(?:are )?(?:the reason|why) i hate',
      '(?:want|wants|expect|expects) everything for free',
      '(?:work|do anything|do it) for (?:peanuts|five dollars|\\$\\d+|pennies)', 'should be grateful',
      'think(?:s)? the (?:whole )?world revolves', 'struggles? with (?:logic|tech|basic|simple|code|numbers)',
      'barely speak', 'usually (?:don\'?t|can\'?t|cannot|never) (?:\\S+ )?(?:understand|get|do|code)',
      '(?:don\'?t|do not|can\'?t|cannot) (?:really )?understand (?:tech|technical|specs|code|logic|servers|backend)',
      'fake (?:degrees|reviews|portfolios?|certificates|diplomas)', '(?:stop|stops|quit) (?:and )?pray(?:ing)?',
      'negotiate like', 'built on stealing', 'cultural thing', 'ruin(?:ed|s)? (?:it|everything)',
      'preach\\S*', 'hypocrit\\S*', 'cop(?:y|ies) everything', 'always (?:bargain|haggle|negotiate)\\w*',
      '(?:shouldn\'?t|should not) (?:be )?(?:run|running|doing|hiring|in)', 'seem to think',
      '(?:negotiate|haggle|bargain) like (?:street vendors|beggars)',
      'stingy', 'rude', 'greedy', 'entitled', 'backward', 'zero brains?', 'all money',
      'scams? waiting to happen', 'can\'?t even (?:cook|write|spell|read|count|speak|drive)',
      'good for (?:cheap|nothing|data entry|basic)',
      '(?:are |is )?(?:the reason|why) (?:rates|prices|this (?:platform|site|industry|market)|the (?:platform|site|industry|market))',
      'have no business (?:in|being)', 'believe in fairy tales',
      'always (?:have|find) (?:an? |some )?(?:\\S+ )?(?:holiday|excuse|reason)', 'always promise',
      '(?:don\'?t|do not|never|can\'?t) trust', 'what (?:they\'?re|they are) like',
      'inflate (?:the |their |your )?hours', 'stone age', 'are a joke',
      // Ignorance in an idiom, temper laid on a group, a name spoiled: "wouldn't know a bug from a feature", "can't tell good design
      // from clip art", "tend to get too emotional", "spoil our name", "typical".
      '(?:wouldn\'?t|would not|don\'?t|do not|doesn\'?t|does not|can\'?t|cannot|couldn\'?t) (?:even )?(?:know|tell) (?:\\S+ ){1,3}from (?:a |an |the )?\\S+',
      '(?:tend to|always|usually) (?:get|be|are|become) (?:too |so |overly |very )?(?:emotional|hysterical|dramatic|sensitive|moody)',
      'too (?:emotional|hysterical|moody)',
      '(?:dey |de )?(?:spoil|spoils|ruin|ruins|give|gives) (?:\\S+ ){0,2}(?:name|reputation)', 'disgusting', 'clueless',
    ],
    es: [
      // Round 35: traits in Spanish.
      'tramposos',
      'se creen (?:muy |tan |los mas )?(?:listos|vivos|superiores|mejores|la gran cosa)',
      'ni (?:\\S+ ){1,3}(?:pueden|saben) hacer',
      'vagos', 'flojos', 'ladrones', 'estafadores', 'mentirosos', 'inutiles', 'todos iguales', 'sucios',
      'prometen todo', 'no entregan nada', 'siempre (?:llegan tarde|mienten|roban|estafan)',
      'siempre (?:desaparecen|fallan|incumplen|cobran de mas|entregan tarde|entregan basura)',
      'desaparecen a mitad',
      'no saben? (?:ni )?(?:seguir|leer|hacer|escribir|entender)', 'no saben hacer nada',
      'nunca (?:entienden|aprenden|escuchan|leen)', 'asquerosos', 'patetic[oa]s',
      'siempre igual(?:es)?', 'no (?:suelen|saben) (?:\\S+ )?entender',
      'no deberia(?:n)? (?:\\S+ )?(?:contratar|trabajar|existir)',
    ],
    pt: [
      // Round 35 (training batch 118).
      'e tudo igual',
      'pao-?duro',
      'acha(?:m)? que (?:\\S+ ){0,3}trabalha\\S* de graca',
      'preguicosos', 'ladroes', 'golpistas', 'mentirosos', 'inuteis', 'todos iguais', 'sujos',
      'sempre (?:atrasam|mentem|roubam)',
      'sempre (?:somem|desaparecem|atrasam|entregam lixo)',
      'nao sabem? (?:nem )?(?:seguir|ler|fazer|escrever|entender)', 'nao sabem fazer nada',
      'nunca (?:entendem|aprendem|escutam|leem)', 'nojentos', 'pateticos',
      '(?:e )?tudo igual', 'nao entende(?:m)? (?:nada )?de', '(?:so|sempre) quer(?:em)? dar um jeitinho',
    ],
    fr: [
      // Round 35 (training batch 118).
      '(?:reponse|reaction) de bonne femme','paresseux', 'voleurs', 'arnaqueurs', 'menteurs', 'tous pareils', 'nuls', 'sont (?:tous |toutes )?(?:des )?sales',
      'toujours (?:en retard|menteurs)',
      'ne sav(?:ent|ez|ait) (?:meme )?pas (?:suivre|lire|faire|ecrire|comprendre)',
      'ne comprennent jamais', '(?:sont )?(?:degoutants|pathetiques)',
      'je ne discute pas (?:\\S+ )?(?:technique|code|avec)', '(?:sont )?tous (?:les )?memes',
      'n.ont rien a faire',
    ],
    de: ['faul', 'diebe', 'betruger', 'lugner', 'alle gleich', 'nutzlos', 'dreckig',
      'schlampig',
      'k(?:o|oe)nnen (?:nicht mal|nicht einmal|keine) (?:\\S+ )?(?:anweisungen|lesen|folgen)',
      'verstehen nie', 'ekelhaft', 'erbarmlich',
      '(?:das )?passt (?:halt|einfach) nicht', '(?:immer )?nur (?:mull|schrott|mist)',
      'wird (?:das )?(?:wieder )?nix',
    ],
    ru: ['ленив\\S*', 'воры', 'мошенники', 'тупые', 'все одинаковые', 'бесполезн\\S*',
      'одинаковые', 'вечно (?:все|всё) через',
      'никогда не (?:понимают|слушают|учатся)', 'отвратительны',
      'не место', 'ничего (?:нормально )?(?:сделать )?не (?:можете|могут|умеете|умеют)',
    ],
    uk: [
      // Round 35: traits in Ukrainian.
      'брехуни',
      // Round 35 (training batch 118).
      '(?:це )?завжди проблема',
      'емоції замість логіки','ліниві', 'злодії', 'шахраї', 'тупі', 'всі однакові',
      'однакові', 'тільки (?:ніг\\S*|манікюр\\S*)',
      'ніколи не (?:розуміють|слухають|вчаться)', 'огидні',
      'брехлив\\S*', 'нічого не (?:вмієте|можете)',
    ],
    hi: [
      // Round 35 (training batch 118).
      'ghar sambhal\\S*',
      'kaam mein (?:bhi )?dheele',
      'kanjoos',
      'kaamchor', 'chor', 'dhokebaaz', 'nikamme', 'sab ek jaise', 'ganda', 'gande',
      'kisi kaam ke nahi', 'bas paise chahiye',
      '(?:kuch )?dhang ka kaam (?:nahi |hi nahi )?aata',
      'sab aise hi hote (?:ho|hain)',
      'kabhi (?:nahi|nhi) samajh(?:te|ti)',
      '(?:coding|programming|tech|kaam) (?:nahi|nhi) aat(?:i|a)', 'ghar sambhalo',
    ],
    ur: [
      // Round 35 (training batch 118): "ghar sambhaliye", "business nahi chalana chahiye".
      'ghar sambhal\\S*',
      'nahi chalana chahiye',
      'kanjoos',
      'kaamchor', 'chor', 'dhokebaaz', 'nikamme', 'sab aik jaise',
      'sab aise hi hote (?:ho|hain)',
      'kabhi (?:nahi|nhi) samajh(?:te|ti)',
      'qaum hi aisi', '(?:kaam )?nahi kar sakti', '(?:apne )?ghar ka khayal',
      'koi jagah nahi', 'dimagh? naam ki (?:koi )?cheez', 'sirf time waste',
    ],
    tl: [
      // Round 35 (training batch 118): "puro yabang", "akala niyo kayo lang marunong".
      'puro yabang',
      'akala (?:niyo|nyo|mo) (?:kayo|ikaw) lang','tamad', 'magnanakaw', 'manloloko', 'pare-?pareho',
      'walang alam', 'puro palusot', 'sa kusina',
    ],
    id: [
      // Round 35: traits in Indonesian.
      'penipu',
      // Round 35 (training batch 118): "kerjanya lelet", "susah maju".
      'lelet',
      'susah maju',
      'muter-?muter','malas', 'maling', 'penipu', 'bodoh semua', 'sama saja',
      'semuanya sama', 'suka bohong', '(?:gak|nggak|tidak) cocok jadi', 'ngurus rumah',
      '(?:nggak|gak|tidak) berpendidikan',
    ],
    ar: [
      // Round 35 (training batch 118): "ma btefhamu bel tech".
      'ma (?:b)?t?e?fhamu\\S*',
      'ma bt?y?e?fhamu\\S*','كسالى', 'حرامية', 'نصابين', 'كلكم نفس الشي', 'اغبياء',
      'كلكم كذا', 'كلكم زي بعض', 'kollokom keda', 'kolokom keda', 'kollokom zay ba3d',
      'كذابين', 'كلكم كده', '(?:ما|مش) (?:ينفعوش|بينفعوا|بيفهموا|يفهموش)', 'nafs el shi', 'kaslan\\S*',
      'ma bya3erfo', '3al matbakh', 'ما (?:عندهم|عندكم) ضمير', 'ma 3andon damir',
      'kol+o?kom (?:zay|zey) ba3d',
      '(?:mesh|msh|mish) (?:betefham|bteftham|befham)\\S*',
      'بخلاء', 'بخيلين', 'نصابين', 'نصّابين', 'حرامية', 'كذابين', 'ما ينفعون', 'ما ينفعوا', 'ma (?:y|b)?ynfa3o(?:on|n)?',
      'ma (?:y|b)?ye?nfa3o(?:on|n)?', 'bo5ala', 'bokhala', 'nassabin',
      '7arameya', 'kazzabin',
    ],
    tr: [
      // Round 35 (training batch 118): "hep aynısınız".
      'hep ayni\\S*',
      // Turkish traits said to the reader ("tembelsiniz").
      '(?:tembel|hirsiz|dolandirici|beceriksiz)(?:siniz|sin)',
      'tembel', 'hirsiz', 'dolandirici', 'hepiniz ayni', 'beceriksiz',
      'anlamaz', 'kocaniza sorun', 'beceremez',
      'hep boyle', 'kopyala yapistir', 'dusunmek yok',
      'asla anlamaz\\S*', 'igrencsiniz', 'igrencler',
      'yalanci\\S*', '(?:yazilimci|programci|muhendis) olmaz',
    ],
    nl: ['(?:het )?blijft moeilijk', 'lui', 'traag'],
    ro: ['(?:asa )?incet', 'lenesi', 'hoti'],
    ms: ['tak reti', 'lembab', 'malas'],
    ko: ['느려', '게을러'],
  },
  examples: ['cant handle a spreadsheet',
    'tend to overthink', 'always asking for extra holidays', 'couldn\'t ship a feature to save their lives', 'se creen muy listos',
    'lazy and dishonest', "can't code", 'todos iguales', 'kaamchor', 'never understand deadlines', 'always like this'],
  counterExamples: ['we tend to plan ahead', 'always asking for feedback',
    'always like this at year end'],
});

/** Threats of violence, sexual remarks and masked swearing: harassment on their own. */
/** Knowing where the office is to deliver there: "I know where your office is, I'll drop the banners there". */
const DELIVERED_THERE = '(?![^.!?\\n]{0,40}\\b(?:drop (?:off )?(?:the|it|them|your|some)|deliver|ship|install|hang|mount|put up|pick up|collect)\\b)';

export const HOSTILE = defineClass({
  name: 'HOSTILE',
  doc: 'Threats of violence, sexual remarks and masked swear words.',
  words: {
    en: [
      // Taunts and a beating wished: "get a life", "cry about it", "I want to give him a good beating".
      'get a life(?! (?:coach|insurance|policy|quote|cover))', 'cry about it',
      '(?:give|gave|giving) (?:him|her|you|u|them) a (?:good |proper |real )?(?:beating|thrashing|slap|smack|kick)',
      "i(?:'ll| will|'m going to| am going to| gonna) (?:find|hunt|hurt|kill|beat|break|smash|come for|come after|get) you" +
        // Round twenty-one: a thing found or got for the reader is a service ("I'll find you a better slot", "I'll get you the files").
        "(?! (?:a|an|the|some|another|any|one|two|three|\\d+|more|better|new|good|someone|somebody|people|clients?|work|jobs?|time|slots?|those|these|that|this|it|them)\\b)",
      'i know where you live', "you(?:'ll| will) regret (?:this|it)",
      'watch your back', 'send (?:me )?(?:a |some )?(?:pics?|photos?|pictures?|selfies?|nudes?)(?: of)? (?:you|yourself)', 'what are you wearing', '(?:sleep|hook up) with me',
      "(?:you'?re|you are|ur) (?:so )?(?:sexy|hot)", 'f[*#@$%!]{2,}k?(?:ing| off| you)?', 'f[*#]ck', 'sh[*#!]t', 'b[*#!]tch', 'a[*#]{2,}hole', 'stfu', 'gtfo',
      // Masked with more stars ("s**t", "b**ch", "d*ck", "c**t", "f**king").
      's[*#]{2,3}t', 'sh[*#]{2}', 'b[*#]{2,3}h', 'b[*#]{2}ch', 'd[*#]c?k(?:head)?', 'd[*#]{2}k', 'c[*#]{2}t', 'f[*#]{1,3}(?:cking|king|ing)',
      // Exposure or pursuit by name: "post your name on every forum as a scammer", "I've got your full name and your town".
      '(?:post|put|share|spread|plaster) (?:your|ur) (?:full |real )?name (?:\\S+ ){0,6}as an? (?:scammer|fraud|thief|cheat|liar|con ?artist)',
      "(?:i(?:'ve| have)? got|i have|i know|i found) (?:your|ur) (?:full |real )?name,? (?:and )?(?:your |ur )?(?:town|home ?town|city|village|family|kids)",

      '(?:go|get) back (?:to|in) (?:your|the) (?:country|village|kitchen|cave)',
      // Round twenty-one: knowing where the office is to deliver there is no threat ("I know where your office is, I'll drop the banners there").
      'i know where (?:you|your (?:office|house|family|home|company|kids)) (?:live|lives|is|are|works?)' + DELIVERED_THERE,
      "i(?:'ll| will) (?:make your life|come (?:and )?sort this out in person|show up at your)",
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
    '(?:the only )?loser(?: here)? is you',
    '(?:noobs?|skids?|script kiddies|amateurs|wannabes|posers|clowns|idiots|morons|losers|hacks) like (?:you|u)(?! and (?:me|i|us)\\b)',
    'crybaby', 'clueless old (?:man|woman|fool)',
      'hope your (?:little |pathetic |stupid )?(?:business|company|career|agency|startup|account|life) (?:fails|dies|goes under|burns|collapses|crashes)',
      'i know (?:what|which) (?:city|town|country|street|neighbou?rhood|area) you(?:\'re| are)? (?:in|live in|from)',
    ],
  es: ['vete a tu pais', 'te voy a (?:encontrar|matar|buscar)', 'se donde vives'],
  pt: ['volta pro seu pais', 'vou te (?:achar|encontrar|matar|pegar)', 'sei onde (?:voce|vc) mora',
      '(?:descubro|vou descobrir|descobrir) onde (?:voce|vc|tu) mora',
    ],
  fr: ['retourne dans ton pays', 'je vais te (?:trouver|tuer|retrouver)', 'je sais ou tu habites',
      '(?:je vais|je vais m\'assurer que) vous ne (?:re)?travailliez plus',
      'vous ne (?:re)?travaillerez plus jamais',
      '(?:m.assurer|veiller a ce) que vous ne (?:re)?trouvi?ez (?:plus|pas|jamais)',
    ],
  de: ['geh zuruck in dein land', 'ich (?:werde|krieg) dich (?:finden|kriegen)', 'ich weiss wo du wohnst',
      'ich find(?:e)? (?:schon )?raus,? wo du wohnst', 'steh(?:e)? ich (?:bei dir )?vor (?:deiner|der) tur',
    ],
  ru: ['я тебя (?:найду|урою|убью)', 'знаю где ты живешь'],
  uk: ['я тебе (?:знайду|вб.ю)', 'знаю де ти живеш',
      '(?:ви|ти) (?:дуже )?пошкоду(?:єте|єш)',
    ],
  hi: ['tujhe (?:dekh lunga|chhodunga nahi|maar dunga)', 'ghar aa ke (?:maarunga|dekh lunga)'],
  ur: ['tujhe (?:dekh lunga|chorunga nahi|maar doon)',
      'itna tang karunga', 'zindagi bhar yaad rakho\\S*',
    ],
  tl: ['papatayin kita', 'alam ko kung saan ka nakatira'],
  id: ['gue (?:cari|bunuh|hajar) lu', 'tahu rumah (?:lu|kamu)'],
  ar: ['راح (?:اقتلك|الاقيك)', 'اعرف وين ساكن'],
  tr: ['seni (?:bulacagim|oldurecegim)', 'nerede oturdugunu biliyorum'],
},
examples: ['I know where you live', 'f*** off', 'eats his own s**t', 'what a d*ck', "I'll post your name on every forum as a scammer",
  "I've got your full name and your town", 'send me a photo of yourself', 'te voy a encontrar', 'я тебя найду', 'tujhe dekh lunga', 'seni bulacağım',
  'lol get a life', 'reported you, cry about it', 'someone should give him a good beating'],
counterExamples: ['send me a photo of the error', 'the f-stop', 'get a life insurance quote', 'give them a good kickoff call', 'the **bold** text',
  "I've got your name and address for the invoice form", 'I have your full name on the contract'],
});

/** Spanish nouns that "débil" (weak) follows: a password, a signal, a point, a link (see INSULT's Czech and Polish "debil"). */
export const WEAK_THING = '(?<!\\b(?:contrasenas?|claves?|passwords?|senal(?:es)?|puntos?|eslabon|enlace|cifrado|seguridad|muy|tan|bastante) )';

/** Insults in other languages (English ones are the harassment rule's own lists). */
export const INSULT = defineClass({
name: 'INSULT',
doc: 'Insults and swear words in other languages, strong enough to count on their own.',
words: {
    lt: [
      '(?:tu esi|jus esate|esi|koks tu|kokia tu|tu visiskas|tu visiska|tu tikras|tu tikra) (?:\\S+ )?(?:idiot\\S{0,2}|debil\\S{0,2}|kvail\\S{0,3}|' +
        'asil\\S{0,2}|mulk\\S{0,3}|nevykel\\S{0,2}|sukci\\S{0,2}|beviltisk\\S{0,2}|diletant\\S{0,2}|nieksas|niekše)',
      'gedinkis', 'uzsiciaupk\\S{0,3}', 'tu (?:\\S+ )?(?:beviltisk|nevykel|diletant)\\S{0,2}',
    ],
    lv: [
      '(?:tu esi|jus esat|esi|tu tiesam esi|tu pilnigs|tu pilniga) (?:\\S+ )?(?:idiot\\S{0,2}|debil\\S{0,2}|mulk\\S{0,3}|stulb\\S{0,3}|nejega|' +
        'krapniek\\S{0,2}|neveiksmniek\\S{0,2}|amatier\\S{0,2}|lops)',
      'kauns tev', 'aizveries',
    ],
    et: [
      '(?:sa oled|te olete|oled|sa oled ikka) (?:\\S+ )?(?:idioot\\S{0,2}|loll\\S{0,2}|debiilik\\S{0,2}|tobu\\S{0,3}|kretiin\\S{0,2}|petis\\S{0,2}|saamatu\\S{0,2}|amator\\S{0,2}|luuser\\S{0,2}|tola)',
      'haabi (?:sa|end|ennast)', 'pane suu kinni',
    ],
    hy: ['ապուշ (?:ես|եք)', 'հիմար (?:ես|եք)', 'դու (?:\\S+ )?(?:ապուշ|հիմար|էշ|դեբիլ|անասուն)', 'իշի մեկն (?:ես|եք)',
      'du (?:\\S+ )?(?:apush|himar|esh|debil|anasun)', '(?:apush|himar|debil) (?:es|eq)'],
    uz: ['(?:sen|siz) (?:\\S+ )?(?:ahmoq|axmoq|tentak|eshak)', '(?:ahmoq|axmoq|tentak|eshak)(?:san|siz)', 'itvachcha', '(?:аҳмоқ|ахмоқ|тентак|эшак)(?:сан|сиз)',
      'сен (?:\\S+ )?(?:аҳмоқ|тентак|эшак)'],
    kk: ['(?:ақымақ)(?:сың|сыз)', 'есек(?:сің|сіз)', 'сен (?:\\S+ )?(?:ақымақ|есек|малғұн)', 'оңбаған'],
    ky: ['акмак(?:сың|сыз)', 'эшек(?:сиң|сиз)', 'сен (?:\\S+ )?(?:акмак|эшек|келесоо)', 'келесоо(?:суң|сыз)'],
    tg: ['аҳмақ (?:ҳастӣ|ҳастед|ҳасти)', 'ту (?:\\S+ )?(?:аҳмақ|аблаҳ|беақл)', 'аблаҳ'],
    mn: ['(?:чи|та) (?:\\S+ )?(?:тэнэг|новш|гөлөг|мангар)', 'тэнэг (?:юм|минь)', 'новш'],
    sq: [
      'je (?:nje |i |e )?(?:idiot|budalla|kreten|paafte|mashtrues|hajdut|injorant)', 'turp te (?:kesh|te vije)',
    ],
    sk: [
      '(?:ty si|vy ste|si) (?:\\S+ )?(?:idiot|debil|kreten|hlupak|neschopn(?:y|a|ak)|podvodnik|amater|nula|chudak)', 'hanbi sa',
    ],
    mk: [
      '(?:ти си|вие сте) (?:\\S+ ){0,2}(?:идиот|будала|кретен|неспособ\\S{0,3}|незнајко|измамник|крадец|нула|аматер)',
      'срам да те биде', 'срам те било',
    ],
    sl: [
      '(?:ti si|si ti|vi ste) (?:\\S+ ){0,2}(?:idiot|kreten|bedak|tepec|butelj|nesposob\\S{0,3}|prevarant\\S{0,2}|lopov|nula|amater|nevednez)', 'sram te (?:bodi|bilo)', 'tepec',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: stupid, a dog, said with the rude "you" (ឯង).
    km: [
      'ឯង ?(?:ល្ងង់|ជាឆ្កែ|ឆ្កែ|ក្បាលខូច)', 'eng lngong',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: a fool, a dog, an idiot, said to "you".
    my: [
      '(?:မင်း|နင်|မင်းက|နင်က) ?(?:အရူး|ခွေး|ငတုံး|ငပေါ|ခွေးမသား)', 'ခွေးမသား',
      'ငတုံး', 'min ka a yu',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): a fool, a donkey, said to "you".
    kn: [
      '(?:ನೀನು|ನೀವು) (?:\\S+ ){0,2}(?:ಮೂರ್ಖ|ಕತ್ತೆ|ದರಿದ್ರ|ಗೂಬೆ|ಬೇವರ್ಸಿ)', 'ದರಿದ್ರ', 'ಬೇವರ್ಸಿ',
      '(?:neenu|neevu) (?:\\S+ ){0,2}(?:murkha|moorkha|katte|daridra|gube|bevarsi)', 'bevarsi',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): a fool, a donkey, said to "you".
    pa: [
      '(?:ਤੂੰ|ਤੁਸੀਂ) (?:\\S+ ){0,2}(?:ਬੇਵਕੂਫ਼|ਬੇਵਕੂਫ|ਗਧਾ|ਗਧੇ|ਖੋਤਾ|ਖੋਤੇ|ਨਿਕੰਮਾ|ਉੱਲੂ)',
      'ਨਿਕੰਮਾ', '(?:توں|تسی) (?:\\S+ ){0,2}(?:کھوتا|کھوتے|بیوقوف|نکما|الو)', '(?:tu|tusi|toon) (?:\\S+ ){0,2}(?:khota|nikamma)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): a fool, a donkey, said to "you".
    gu: [
      '(?:તું|તમે|તુ) (?:\\S+ ){0,2}(?:મૂરખ|મૂર્ખ|ગધેડો|ગધેડા|નાલાયક|બેવકૂફ|ડફોળ)',
      'નાલાયક', 'ડફોળ', '(?:tu|tame) (?:\\S+ ){0,2}(?:murakh|murkh|gadhedo|gadheda|nalayak|bevkuf|dafol)', 'nalayak',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: an idiot, a dog, cattle said to the rude "you" (උඹ, තෝ).
    si: [
      '(?:උඹ|තෝ|තොප|උඹලා)\\S{0,3} (?:\\S+ ){0,2}(?:මෝඩයෙක්|මෝඩයා|බල්ලෙක්|බල්ලා|ගොන' +
        'ෙක්|ගොනා|හරකෙක්|හරක්|පිස්සෙක්|බූරුවෙක්|මෝඩ හරක්)',
      '(?:umba|tho|umbala)\\S{0,3} (?:\\S+ ){0,2}(?:modayek|modaya|ballek|balla|gonek|gona|harakek|harak|pissek|buruwek)',
    ],
    // The commonest insults in Greek and Greeklish (μαλάκα only as a vocative: μαλακά is 'softly'), Hungarian (not a 'silly question' said of oneself) and Malayalam in
    // Latin letters and in its script.
    el: ['ηλιθι(?:ε|ο[σς]|α|οι|ου[σς])', 'ρε μαλακα', 'μαλακα (?:μου|ρε)', 'μαλακα[σς]', 'μαλακισμεν\\S{0,3}', 'βλακ(?:α|α[σς])',
      'κρετιν\\S{0,3}', 'αντε γαμησου', 'γαμιεσαι', 'πουστ(?:η|η[σς])', 'καριολ\\S{0,3}', 'αχρηστε', 'σκασε', 'βουλωσ(?:ε|το)',
      're malaka', 'malakas', 'ilithi(?:e|os)', 'vlak(?:a|as)', 'ante gamisou', 'gamiesai', 'poust(?:i|h)', 'kariol(?:i|h|is)', 'skase'],
    hu: ['hulye (?:vagy|barom|kurva|idiota|geci)', 'te hulye', 'idiota\\S{0,2}', 'barom(?:arc)?', 'kreten\\S{0,2}', 'bas?zd meg', 'bazmeg', 'geci', 'kurva anyad', 'kurvaanyad',
      'seggfej\\S{0,2}', 'kapd be', 'dogolj meg', 'takarodj', 'pofa be', 'fogd be a (?:szad|pofad)', 'nyomorek\\S{0,2}', 'agyatlan\\S{0,2}', 'szar munka\\S{0,2}', 'egy rakas szar'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): a donkey, a fool, said to "you".
      '(?:നീ|നിങ്ങൾ) (?:\\S+ ){0,2}(?:കഴുത|വിഡ്ഢി)', '(?:nee|ningal) (?:\\S+ ){0,2}(?:kazhutha|viddi|mandan|pottan)',
      'pod[ai] (?:patti|naaye|kazhuthe|panni)', 'myr(?:e|u|an)', 
      'poori ?mon\\S{0,2}', 'poorimol\\S{0,2}', 'thayoli\\S{0,2}', 'thendi(?:kal|ye)?', 'kazhuver[iy]\\S{0,2}', 'pottan', 'mandan', 'oomb(?:i|an)\\S{0,3}',
      'മൈരേ', 'മൈരൻ', 'തായോളി', 'കഴുവേറി\\S{0,2}', 'തെണ്ടി\\S{0,2}', 'പൂറിമോനേ', 'മണ്ടൻ', 'പൊട്ടൻ'],
    // The commonest insults in Croatian, Serbian and Bosnian (in both alphabets), Azerbaijani (not an 'axmaq sual', a silly question), Georgian (vocatives) and
    // Amharic (a bare ሞኝ or ውሻ is not one: 'don't be fooled', a dog).
    hr: [
      // Round 26: insults said as 'you are ...', shame, contempt without swear words.
      '(?:ti si|si ti|vi ste|ste vi) (?:\\S+ ){0,2}(?:budala|idiot|kreten|debil|glupan|majmun|seljacina|seljak|nesposob\\S{0,3}|neznalica|prevarant\\S{0,2}|l' +
        'opov\\S{0,2}|beskoristan|beskorisna|bezvrijedan|bezvredan|nula|amater|jadnik|jadnica|smece|sramota)',
      'sram te bilo', 'sramota si', 'jadnic(?:e|o)', 'bednic(?:e|o)', 'nesposobnjakovic\\S{0,2}',
      'idiote', 'kretenu', 'debil(?:u|e|ana)', 'glupan(?:e)?', 'budalo', 'majmune', 'seljacin(?:o|a)', 'jebi se', 'jebem ti (?:mater|majku|sve)', 'picko', 'pi(?:c|z)ka ti materina',
      'kurvin sine', 'mamu ti jebem', 'stoko', 'smece (?:jedno|od (?:covjeka|coveka))', 'supak', 'supcino', 'govno jedno'],
    sr: [
      '(?:ти си|си ти|ви сте|сте ви) (?:\\S+ ){0,2}(?:будала|идиот|кретен|дебил|глупан|мајмун|сељак|' +
        'неспособ\\S{0,3}|незналица|преварант\\S{0,2}|лопов\\S{0,2}|бескористан|безвредан|нула|амат' +
        'ер|јадник|смеће|срамота)',
      'срам те било', 'срамота си', 'јадниче', 'бедниче',
      'идиоте', 'кретену', 'дебилу', 'будало', 'мајмуне', 'јеби се', 'јебем ти (?:матер|мајку|све)', 'пичко',
      'курвин сине', 'стоко', 'смеће (?:једно|од човека)', 'шупак', 'говно једно'],
    az: ['beynin (?:yoxdur|islemir|yox)\\S*', 'senden hec ne olmaz', 'get basqa is tap', 'axmaqsan', 'sen axmaq', 'axmaq (?:adam|herif|qiz)', 'esseksen', 'essek oglu',
      'kopek oglu', 'qehbe\\S{0,4}', 'peyser', 'eclaf', 'alcaq', 'redd ol', 'agzini yum', 'seni sikim',
      'anani sikim', 'gijdillaq', 'veledzina', 'dangaz'],
    ka: ['(?:იდიოტი|სულელი|დებილი|ვირი|ნაგავი) ხარ', '(?:idioti|suleli|debili) xar', 'იდიოტო',
      'დებილო', 'შე (?:იდიოტო|სულელო|ვირო|ნაბიჭვარო|ნაგავო|დებილო)',
      'ნაბიჭვარო', 'სულელო', 'დედას მოგიტყ\\S{0,4}', 'დედა მოვტყ\\S{0,3}', 'გაეთრიე',
      'დაიკარგე', 'idioto', 'debilo', 'she (?:idioto|sulelo|viro|nabichvaro|debilo)', 'nabichvaro', 'dedas mogityn\\S{0,3}', 'gaetrie'],
    am: ['ሞኝ ነህ', 'ሞኝ ነሽ', 'ገደል ግባ', 'ገደል ግቢ', 'gedel giba', 'ደደብ', 'አንተ ሞኝ', 'አንቺ ሞኝ', 'ጅል', 'ደንቆሮ',
      'ሸርሙጣ', 'ባለጌ', 'አፍህን ዝጋ', 'አፍሽን ዝጊ', 'dedeb', 'ante dedeb',
      'anchi dedeb', 'shermuta', 'balege', 'afihin zga'],
    // The commonest insults in Tamil and Telugu (in Latin letters and in their scripts; not a bare 'mutta', Malayalam 'egg', or 'naye', Hindi 'new') and Nigerian Pidgin (werey, olodo, 'you
    // be ode').
    ta: [
      // Tamil in Latin letters: fool.
      'muttal', 'loosu(?: ?payale| ?payalae| ?koo)?', 'muttaal', 'mutta payale', 'poda (?:naaye|loosu|mutta|panni|porukki)', 'thevdiya\\S{0,4}', 'ommala', 'pundai\\S{0,4}', 'koothi', 'porukki',
      'kena payale', 'லூசு\\S{0,2}', 'முட்டாள்\\S{0,2}', 'நாயே', 'தேவடியா\\S{0,4}', 'பொறுக்கி',
      'போடா (?:நாயே|லூசு|பன்னி)'],
    te: [
      // Telugu in Latin letters: scoundrel.
      'vedhava', 'erri ?puka', 'erripuku', 'lanja\\S{0,4}', 'dengey', 'pichi ?(?:na )?kodaka', 'vedhava', 'vedava', 'dobbey', 'donga ?na ?kodaka', 'sachinoda', 'ఎర్రిపుకు',
      'ఎర్రి పుకు', 'లంజ\\S{0,4}', 'వెధవ', 'దొంగ నా కొడుకు', 'పిచ్చి నా కొడుకు', 'దెంగెయ్'],
    pcm: ['(?:you|u|una) be (?:thief|ole|barawo|scammer|419)', '(?:na )?(?:thief|ole|barawo|scammer) (?:you|u) be', 'werey', 'oloshi', 'olodo', 'ashawo', 'ashewo',
      '(?:you|u|una|this|dis) (?:be |are )?(?:ode|ewu|olodo|oloshi|werey)', '(?:you|u) dey (?:mad|craze)', 'ode (?:boy|girl|man|woman)'],
    // The commonest insults: Thai with ไอ้/มึง (bare มึง folds to a two-letter stem), Persian and Finglish, Hebrew, Bulgarian, Czech.
    th: ['โง่(?:จริง|มาก|ชิบ)', 'ห่วยแตก', 'ไร้ประโยชน์',
      'สมองมีไว้ทำไม', 'ไม่มีสมอง',
      '(?:ไอ้|อี|มึงมัน|แกมัน)(?:โง่|ควาย|บ้า|เหี้ย|สัตว์|ห่า|เวร)',
      'ไอ้สัส', 'ส้นตีน'],
    fa: ['احمقی', 'احمقید', 'احمقین', 'ahmaghi', 'ahmaqi',
      'احمق', 'بی ?شعور', 'الاغ', 'کثافت', 'عوضی', 'گمشو', 'خفه شو', 'کس ?کش', 'ahmagh', 'ahmaq', 'bi ?shoo?r', 'avazi', 'khafe sho', 'gomsho'],
    // Round twenty-five (Hebrew as Israeli clients type it): final letters are kept by the view (ם is not מ), so "מטומטם" is spelled out; "a zero", "go die".
    he: ['מטומטם', 'מטומטמת', 'איזה אפס', '(?:אתה|את) (?:סתם |ממש )?(?:חמור|אפס|כלום|דביל|מפגר|מטומטם)', 'לך תמות',
      'לכי תמותי', 'יא (?:אפס|דביל|מפגר)', 'אידיוט(?:ית)?', 'מטומטמ?(?:ת)?',
      'טמבל', 'דביל', 'מפגר(?:ת)?', 'בן זונה', 'יא חמור', 'סתום(?:י)? (?:את )?הפה', 'תסתום'],
    bg: [
      '(?:ти си|вие сте) (?:\\S+ ){0,2}(?:некадърни\\S{0,2}|идиот|тъпак|нищожество|мошеник|измамни\\S{0,2}|аматьор|нула)',
      'некадърник', 'срам те да е', 'срамота си',
      'тъпак', 'тъпанар', 'кретен', 'малоумник', 'простак', 'глупак', 'майната ти', 'еба ти', 'мамка ти',
      'шибан\\S{0,3}', 'боклук такъв'],
    // Czech and Polish "debil", not Spanish "débil" (weak) after what is weak: "una contraseña débil", "su punto débil" (round thirty-seven).
    cs: ['idiot\\S{0,2}', `${WEAK_THING}debil\\S{0,2}`, 'kreten\\S{0,2}', 'blbec', 'blbce', 'zmrd\\S{0,2}', 'hajzl\\S{0,2}', 'kokot\\S{0,2}', 'jdi do prdele',
      'drz hubu'],
    // Polish swear words and insults, written out or starred ("spierdalaj", "k*rwa", "ty ch*ju", "frajerze", "gówno", "nierobem i złodziejem").
    pl: ['spierdal\\S*', 'wypierdal\\S*', 'odpierdol\\S*', 'kurw\\S*', 'k\\*rw\\S*', 'chuj\\S*', 'ch\\*j\\S*', 'huj(?:u|a|owy|owa|owe)?', 'pierdol\\S*',
      'jeban\\S*', 'pojeb\\S*', 'zjeb\\S*', 'pizd\\S*', `${WEAK_THING}debil\\S*`, 'kretyn\\S*', 'frajer\\S*', 'tep(?:y|a|ak\\S*|ota)', 'idiot(?:o|a|e|ami|ow)',
      'gowno', 'gowna', 'gownian\\S*', 'gownem', 'nierob(?:em|ie|y)', 'zlodziej(?:em|u)', 'oszust(?:em|ie)', 'darmozjad\\S*', 'biedak(?:u)?',
      'gimbus\\S*', 'bazgrol\\S*', 'szmat\\S*', 'cwel\\S*', 'palant\\S*', 'matol\\S*', 'przyglup\\S*', 'dupek', 'dupku',
      'zamknij (?:sie|morde|ryj|japi?e)', 'spadaj', 'wal sie', 'odwal sie',
      '(?:jestes|jest pan|jest pani) (?:\\S+ )?(?:glupi|glupia|tepy|tepa|beznadziejn\\S*|zerem|nikim)',
      'ty (?:glupi|tepy|idioto|debilu|kretynie|frajerze|baranie|osle)',
      // Round twenty-five: "go get treated" and "it's pitiful to watch" said to the reader ("idź się lecz", "żal patrzeć").
      'idz sie (?:lecz|leczyc)', 'zal (?:patrzec|na ciebie patrzec|mi ciebie)'],
    // Japanese: idiot, useless, crap, get lost (Kansai forms too); Swahili: fala, mjinga, pumbavu, takataka, nyamaza.
    ja: ['バカ(?:なんですか|じゃない|か)', '馬鹿', 'アホ(?:ちゃう|か|なん)', '頭おかしい', '使えへん', '使えない(?:やつ|奴|な)', 'クソ', 'くそが',
      'ゴミ(?:みたい|以下|同然)', '無能', '死ね', '消えろ', 'してくんな(?!ら)',
      // Round twenty-five: "bad head", "useless" in slang, "are you garbage", "shut up" ("頭悪い", "使えねー", "ゴミかよ", "黙れ").
      '頭(?:が)?悪(?:い|すぎ)(?:ん|な|ね|よ|です|じゃ|だろ|の\\?)', '使えね(?:ー|え)', 'ゴミ(?:かよ|だな|やん|じゃん)', 'カスが', '黙れ', 'ぶっ殺'],
    sw: ['(?:ni|wewe|mtu) fala', 'fala (?:sana|kabisa|wewe)', 'mjinga', 'wajinga', 'pumbavu', 'mpumbavu', 'takataka wewe', 'nyamaza', 'kijinga', 'bure kabisa wewe', 'mshenzi', 'washenzi', 'kumbafu'],
  es: [
      // "son unos aprovechados y unos inútiles, ojalá les salga todo mal".
      '(?:son|sois) un[oa]s (?:inutiles|aprovechad[oa]s|estafador(?:es|as))', '(?:eres|sos|es usted) un[oa]? (?:aprovechad[oa]|estafador[a]?)', 'ojala (?:te|les|le|os) salga todo mal',
      'idiota', 'imbecil', 'estupido', 'estupida', 'pendejo', 'pendeja', 'cabron', 'gilipollas', 'hijo de puta', 'puta', 'mierda', 'inutil de mierda', 'subnormal', 'pelotudo', 'boludo de mierda',
      '(?:eres|es usted) (?:un |una )?(?:incompetente|inutil)',
      'callate', 'cierra (?:la boca|el pico)',
      'tarad[oa]', 'babos[oa]', 'no (?:sirves|servis) (?:para|pa) nada',
      '(?:sos|eres) (?:un |una )?(?:desastre|payas[oa]|incompetente|tarad[oa]|inutil)', 'muerto de hambre',
      // Round twenty-four: the Rioplatense "sos un boludo bárbaro" (the word alone is also a friendly "che, boludo"), "andá a cagar".
      '(?:sos|eres) (?:un |una )(?:\\S+ )?(?:bolud[oa]|pelotud[oa]|forr[oa]|gil|nab[oa]|idiota|imbecil)', 'and(?:a|ate) a cagar', '(?:andate|vete|anda) a la mierda',
      // Round thirty, second wave: "usted es un incompetente".
      '(?:usted es|es usted|eres|sos) (?:un|una) (?:incompetente|inutil)',
    ],
  pt: [
      // Round 35 (training batch 118): an animal or trash aimed at the reader, a masked swear.
      '(?:vc|voce|tu) (?:e|é) (?:um|uma) (?:porc[oa]|lixo|verme|jumento|burr[oa])',
      'vai tomar no c\\S*','idiota', 'imbecil', 'otario', 'otaria', 'vagabundo', 'vagabunda', 'merda', 'porra', 'caralho', 'filho da puta', 'arrombado', 'babaca', 'burro',
      'burra', '(?:voce|vc) e (?:um |uma )?(?:incompetente|inutil|imprestavel)',
      'cala (?:a )?boca', 'vai se (?:ferrar|foder|lascar)',
      'retardad[oa]', 'nao serve (?:pra|para) nada',
      '(?:seu|sua) (?:anta|jumento|palhaco|incompetente|imprestavel|lixo)',
      // Round thirty: a welsher, a rude one, said of the reader.
      'caloteir[oa]s?',
      '(?:e|eh|seu|sua|uma|um) mal-?educad[oa]',
    ],
  fr: ['connard', 'connasse', 'imbecile', 'abruti', 'debile', 'merde', 'putain', 'salaud', 'salope', 'ta gueule', 'encule', 'idiot',
      '(?:tu es|vous etes|t.es) (?:vraiment |completement |totalement |juste )?(?:un |une )?(?:incapable|bon a rien|bonne a rien|incompetente?|nul(?:le)?)(?! (?:de|d.|a|en))',
      '(?:tu es|t.es|vous etes) (?:vraiment |completement |juste )?(?:minable|pathetique|lamentable|un cretin|une cretine)',
      'pauvre (?:con|conne|type|idiot|nul)', 'cretin', 'ferme[sz]?-la',
      'va te faire (?:foutre|voir)', 'casse-toi', 'fermez?-la',
      // Round thirty: a band of incompetents, the reader called stupid.
      'bande d\'?incapables',
      '(?:vous etes|t\'?es|tu es) (?:vraiment |completement |trop )?bete',
    ],
  de: ['hast du (?:uberhaupt )?(?:ein )?(?:gehirn|hirn)', 'arschloch', 'vollidiot', 'idiot', 'trottel', 'scheisse', 'scheiss', 'blodmann', 'wichser', 'hurensohn', 'depp',
    'dummkopf', 'halt die fresse', 'so dumm', 'unfahigen? menschen?',
      '(?:du bist (?:so |echt |wirklich |total |vollig )?(?:unfahig|inkompetent|nutzlos)|sie sind (?:echt |wirklich |total |vollig )?(?:unfahig|inkompetent))',
      'versager', 'vollpfosten', 'schwachkopf', 'missgeburt', 'spast',
      'halt.?s maul', 'verpiss dich', 'halt (?:die klappe|den mund)',
      'halt (?:einfach |mal |endlich |jetzt )(?:die klappe|den mund|die fresse|dein maul)',
    ],
  ru: [
      // Round 35 (training batch 118): masked swearing.
      'иди на х\\S?й','идиот\\S*', 'дебил\\S*', 'тупой', 'тупая', 'урод\\S*', 'мудак\\S*', 'сука', 'блять', 'бля',
    'нахуй', 'хуй\\S*', 'придурок', 'дура', 'дурак', 'козел', 'пидор\\S*', 'говно', 'ебан\\S*',
      'хохл(?:ы|ов|ам|ами|у|а)', 'чурк(?:а|и|ам|ами)',
      'бездар\\S*', 'ничтожеств\\S*', 'недоумок', 'дегенерат\\S*',
      'заткни\\S*', 'пош[её]л (?:ты|вон)', 'отвали',
    ],
  uk: [
      // Round 35 (training batch 118): masked swearing.
      'йди в дупу',
      'бл\\S?ть','ідіот\\S*', 'дебіл\\S*', 'тупий', 'тупа', 'придурок', 'дурень', 'курва', 'срака', 'лайно',
      'москал(?:і|ів|ям|ями|ю)', 'хохл(?:и|ів)',
      'нікчем\\S*', 'бездар\\S*', 'недоумок', 'дебілк\\S*',
      'заткни\\S*', 'пішов (?:ти|геть)', 'відчепись', 'замовкни',
    ],
  hi: [
      // Round 35 (training batch 118): "chup kar be", "bakwaas band kar".
      'chup kar be',
      'bakwaa?s band kar',
    // Hindi in Devanagari (round twenty-five): illiterate, rude.
    'बदतमीज़?', 'बदतमीज',
    '(?:तुम|आप) जैसे (?:अनपढ़|अनपढ|जाहिल|बेवकूफ|नालायक|निकम्मे)', 'bewakoof', 'bevkoof', 'pagal', 'gadha', 'gadhe',
    'ullu', 'kamina', 'kamine', 'chutiya', 'chutiye', 'bhenchod', 'madarchod', 'harami', 'nalayak', 'kutta', 'kutte',
      'gawar', 'ganwar', 'gavar', 'jahil',
      'nikamm(?:a|e|i)', 'ekdum (?:bekaar|bekar) ho',
      'nikal yahan se', 'dafa ho(?: ja(?:o)?)?', 'bakwas band kar\\S*', 'teri (?:aukat|aukaat)',
      'anpadh', 'besharam', 'akal nahi hai', 'akkal nahi', 'dimag (?:kharab|nahi hai)', 'bhikh?ari', 'ghatiya',
      'bakwas kaam', 'tharki', 'jaahil',
      'jhaa?tu', 'gaa?ndu', 'bhosdi\\S*', 'lawde', 'lavde', 'lodu',
    // "अनपढ़ कहीं के" (you illiterate lot), "दिमाग नहीं है क्या?": said to the reader, not an app for users who cannot read.
    '(?:अनपढ़|अनपढ|जाहिल|गंवार|गँवार) कहीं (?:के|की)', '(?:anpadh|anpad|jahil|ganwar) kahin? ke',
      'दिमाग नहीं है क्या',
    'बेवकूफ़?', 'बेवक़ूफ़', 'कमीना', 'कमीने', 'कमीनी', 'हरामी', 'हरामखोर', 'हरामज़ादे',
    'हरामजादे', 'चूतिया', 'चूतिये', 'चुतिया', 'भेनचोद', 'बहनचोद', 'मादरचोद', 'भोसड़ीके',
    'गांडू', 'नालायक', 'उल्लू के पट्ठे', 'गधे',
    ],
  ur: [
    // Urdu in its script (round twenty-five): ignorant, donkey, fool, rude.
    'جاہل', 'گدھے', 'گدھا', 'بے ?وقوف', 'الو کا پٹھا', 'بدتمیز', 'کمینے', 'کمینہ',
    '(?:تم|آپ) جیسے (?:جاہل|بیوقوف|بے وقوف|نکمے|نالائق)', 'bewaqoof', 'pagal', 'gadha', 'ullu', 'kamina', 'kameena', 'harami', 'nalayak', 'kutta', 'kutte', 'chutiya',
    'bhenchod', 'ghatiya',
      'gawar', 'ganwar', 'jahil',
      'nikamm(?:a|e|i)',
      'nikal yahan se', 'dafa ho(?: jao)?', 'bakwas band kar\\S*',
      'anparh', 'besharam', 'aqal nahi', 'akal nahi', 'bhikh?ari', 'bakwas kaam', 'badtameez', 'kamzarf', 'jaahil',
      'jhaa?tu', 'gaa?ndu', 'bhosdi\\S*', 'lawde', 'lodu',
    ],
  tl: [
      '(?:ang )?kupal (?:nyo|mo|ka|kayo)',
      'tanga', 'bobo', 'gago', 'gaga', 'ulol', 'tarantado', 'putang ina', 'putangina', 'tangina', 'bwisit', 'inutil', 'hayop ka'],
  id: ['bodoh', 'goblok', 'tolol', 'bego', 'anjing', 'bangsat', 'brengsek', 'kampret', 'idiot', 'babi',
      'bacot', 'diam (?:lu|lo|kau)',
    ],
  ar: [
      // Round 35 (training batch 118): curses in Latin letters.
      'yel3an abook',
      'tuz fik',
      'kol khara','غبي', 'حمار', 'حيوان', 'كلب', 'تافه', 'اخرس', 'احمق', 'يا حقير', 'حقير', 'زبالة',
      '(?:ya|enta|inta|enti|inti) (?:7mar|7omar|ghabi|8abi|7ayawan|kalb|a8bya|aghbia)', 'zbala', 'zebala',
      'و?(?:يا )?حمار',
      'انقلع', 'اسكت يا', '(?:ekhras|o5ros|u5rus)', '(?:mesh|msh|mish) fahem (?:ay )?7aga',
      // Round twenty-four: "إنت مش فاهم حاجة" said to the reader (not "أنا مش فاهم حاجة"), "روح دوّر على حد يستحملك".
      '(?:انت|انتي|انتو|انتا) (?:مش|مو|ما) (?:فاهم|فاهمة|فاهمين|بتفهم|تفهم) (?:اي )?(?:حاجة|حاجه|شي|شيء|اشي)',
      '(?:حد|احد|واحد|حدا|شخص) (?:يستحملك|يستحملكم|يتحملك|يتحملكم|يطيقك)', '(?:7ad|wa7ed|had) (?:yesta7mlak|yest7amlak|yet7ammelak|yeti2ak)',
      // Insults as a vocative or a "you are": "يا ثور", "يا ابن الـ***", "هالشغل الزبالة";
      // Arabizi "ya gahel", Darija "nta bghal", "ya l'kelb", Levantine "wa7ad 7aramy w kazzab".
      'يا (?:جاهل|غبي|غبية|اهبل|هبلة|عبيط|ثور|تيس|بقرة|بقره|جحش|حيوان|حيوانة|كلب|كلبة|زبالة|زباله|متخلف|متخ' +
        'لفة|حمار|حمارة|تافه|واطي|حقير|وسخ|نصاب|حرامي|كذاب|فاشل|خنزير|قذر|منحط|ساقط|اخو الشرموطة|معفن|بغل|م' +
        'سخوط|مكلخ|حمق)',
      // "انت X" only for words that are not already insults on their own ("انت حمار" underlines "حمار").
      '(?:انت|انتي|انتو|نتا|نتي|انتا) (?:جاهل|غبية|اهبل|هبلة|عبيط|ثور|تيس|بقرة|بقره|جحش|حيوانة|كلبة|م' +
        'تخلف|متخلفة|حمارة|واطي|وسخ|نصاب|حرامي|كذاب|فاشل|خنزير|قذر|منحط|ساقط|معفن|بغل|مسخوط|مكلخ)',
      '(?:ya|enta|inta|enti|inti|nta|nti|ntoma|ento|entom) (?:l\\\'?|el |wa7ad |wa7ed |wahed )?(?:gahel|ga7el|jahel|jahil|ahbal|3abeet|3abit|tor|toor|teis|bagara|ba2ara|7ayawan|7aywan|k' +
        'alb|kelb|zbala|zebala|mot5alef|motakhalef|m5alef|mt5lf|7mar|7mara|7imar|hmar|tafeh|wes5|wiskh|mskhot|m3a9|bghal|7maq|hmaq|ghabi|8abi|ghbi|zamel|m9awed|kazzab|kaddab|nassab|7arami' +
        '|7aramy|khanzir|5anzeer|wa6i|wati|7a2eer|7aqeer|mkelkh|mkalkh)',
      '(?:يا )?(?:ا|إ)?بن (?:ال)?(?:كلب|حرام|حمار|وسخة|شرموطة|ـ ?\\*|\\*)', 'ya (?:ibn|ebn|bn|wld|weld|ould) (?:el |l)?(?:kalb|kelb|7aram|\\*)', 'ya (?:7|k|z|sh|ch)\\*+',
      '(?:الشغل|شغل|هالشغل|شغلك|الشغل هذا|هذا الشغل) (?:ال)?(?:زبال[ةه]|زفت|خرا|خرة)',
      '(?:اتعامل|أتعامل|نتعامل) مع (?:ال)?(?:اغبياء|حمير|جهلة)', 'مسخوط', 'mskhot', 'msakhet',
      'ya 3ayb el (?:shoum|chou2m|shou2m|chom|shom)', '(?:wach|wesh|wash) (?:nta|nti|ntoma) (?:bghal|7mar|hmar|mkelkh|m3a9)', '(?:wach|wesh) had l ?(?:7maqa|7ma9a|hmaqa)',
    ],
  tr: [
    // Turkish swear words and insults, shortened too ("o.ç. herif", "enayi misiniz", "bok gibi olmuş", "tembel ve hırsızsınız").
    'o\\.? ?c\\.?', 'orospu cocu\\S*', 'amk', 'amina koy\\S*', 'pic(?:sin)?', 'serefsiz\\S*', 'gerizekali\\S*', 'enayi\\S*', 'dangalak\\S*',
    'yavsak\\S*', 'kopek herif', 'hayvan herif', 'herif', 'bok gibi', 'boktan',
    '(?:tembel|hirsiz|dolandirici|beceriksiz|aptal|salak|ahmak)(?:sin|siniz|sinız)',
    '(?:tembel|hirsiz|dolandirici|beceriksiz|aptal|salak|ahmak) ve (?:tembel|hirsiz|dolandirici|beceriksiz|aptal|salak|ahmak)\\S*',
    'aptal', 'salak', 'gerizekali', 'sersem', 'siktir', 'orospu', 'serefsiz', 'ahmak', 'mal herif', 'it herif',
      'yeteneksiz(?:sin|siniz)', '(?:sizden|senden) adam olmaz',
      'beyinsiz\\S*', 'dangalak\\S*', 'ezik(?:sin|siniz)', '(?:mal|salak|aptal) misin',
      'kapa ceneni', 'defol(?:un)?(?: git)?', '(?:aptal|salak|gerizekali|beyinsiz)(?:sin|siniz)',
      // "kafasızla", "aklın hiç çalışmıyor mu", "yüzsüz".
      'kafasiz\\S*', 'akl(?:in|iniz)(?![^.!?,\\n]{0,30} diye) (?:hic )?(?:calismiyor|ermiyor|yok)\\S*', 'yuzsuz\\S*',
      // Round thirty: "beceriksiz" (incompetent) said to the reader.
      'beceriksiz(?:!| birini| herif| adam| insan|sin|siniz|in teki)?(?! ?(?:kod|bug|sistem|plugin|eklenti))',
      // Round thirty, third wave: "cahil!" (ignorant), "sen ne anlarsın" (what would you know).
      'cahil(?:sin|siniz|!)',
      'sen ne anlarsin',
    ],
  nl: ['(?:je bent|ben je) (?:echt )?(?:te )?dom', 'prutser', 'nen prutser', 'klungel', 'sukkel', 'idioot', 'oen', 'debiel', 'kluns', 'nietsnut', 'zo dom', 'achterlijk', 'stommeling'],
  ro: ['n-?ai creier', 'nu ai creier', 'esti (?:un |o )?(?:idiot|idioata|incompetent|incompetenta)', 'idiotule', 'incompetentule', 'esti cel mai (?:slab|prost|incompetent)',
    'cel mai slab (?:traducator|programator|designer|freelancer)', 'atat de (?:incapabil|prost|incompetent)', 'incapabil(?:ule)?', 'prostule',
    'idiotule', 'bou(?:le)?'],
  ms: ['kedekut', 'bodoh', 'bangang', 'bengap', 'bebal', 'otak letak kat lutut', 'otak udang'],
  // Round twenty-five: "get lost", "shut up", "work like garbage", "bad head" ("꺼져", "닥쳐", "쓰레기 같은", "머리가 나쁘네", "이것도 못 하냐").
  ko: ['한심', '멍청', '바보', '병신', '무능', '등신', '븅신', '개념 ?없', '(?<!(?:이|가) ?)꺼져(?= ?[!.,~]|$)', '꺼지세요', '닥쳐', '쓰레기 ?같',
    '머리가 ?나쁘', '돌대가리', '이것도 못 ?하냐'],
    // Not the bare 垃圾 ("这个plugin真的很垃圾" is about a plugin).
    zh: ['垃圾水平', '都是垃圾', '脑子有问题', '腦子有問題', '废物', '廢物', '白痴', '白癡', '傻逼', '弱智', '智障', '笨蛋', '蠢材',
      '低能儿'],
    // Not the bare "ngu" ("ngủ", sleep, folds to the same letters).
    vi: ['(?:lam an |lam )?nhu hach', 'nhu (?:cut|c\\*+t|shit)', '(?<!(?:code|bug|loi|ham|file|thuat toan|cai nay) (?:nay |do )?)ngu (?:that|the|vay|qua|nhu bo)',
      '(?:may|cau|ban|anh) ngu', 'gia vo ngu', 'do ngu', 'oc cho', 'vo dung', 'do an hai'],
    // Insults in Marathi, Nepali and Bengali (মুর্খ, গাধা, শুয়োরের বাচ্চা).
    mr: [
      // Marathi: illiterate, like you.
      'अडाणी', 'तुझ्यासारख्या (?:\\S+ )?(?:माणसा|लोका)\\S*',
      'मूर्ख', 'गाढव', 'गाढवा', 'हरामखोर', 'भडवा', 'भडव्या', 'बावळट', 'चुत्या', 'येड्या'],
    ne: [
      // Nepali: illiterate, donkey.
      'अशिक्षित', 'गधा',
      'मुर्ख', 'मूर्ख', 'गधा', 'मुजी', 'मूजी', 'हरामी', 'बेवकुफ', 'चोर',
      // "दिमाग छैन?" (have you no brain?), asked of the reader.
      'दिमाग छैन(?= ?\\?)', '(?:तपाईंको|तिम्रो|तेरो) दिमाग छैन'],
    bn: [
      // Banglish insults and contempt for a group (round twenty-five).
      '(?:apnar|tomar|tor) (?:moto|mto|mot) (?:oshikkhito|oshikkhit|murkho|gadha|boldo|faltu|ojoggo|anari) (?:lok|manush|freelancer)', 'beyadob',
      'beyadop', 'chagol', 'gadha', 'mathay (?:ki )?gobor',
      '(?:bangali|bangalee|indian|pakistani|meye|mohila)(?: ?ra| ?der)? sob (?:chor|batpar|protarok|fakibaj|olosh|boka|dhandabaj)',
      'meye ?(?:manush|lok) diye (?:\\S+ ){0,2}(?:kaj|hoy) (?:\\S+ )?(?:na|hobe na)',
      // Round twenty-five: "মত" typed without its vowel, "বেয়াদব", a head full of dung, a nation or women called thieves or useless as a lot.
      '(?:আপনার|তোমার|তোর) (?:মত|মতো) (?:অশিক্ষিত|মূর্খ|গাধা|বলদ|ফালতু|অযোগ্য|' +
        'আনাড়ি) (?:লোক|মানুষ|ফ্রিল্যান্সার)\\S{0,3}', 'বেয়াদব', 'ছাগল',
      'মাথায় (?:কি )?গোবর',
      '(?:বাঙালি|বাঙ্গালী|ইন্ডিয়ান|ভারতীয়|পাকিস্তানি|মেয়ে|মহিলা)(?:রা|' +
        'দের)? সব (?:চোর|বাটপার|প্রতারক|ফাঁকিবাজ|অলস|বোকা|ধান্দাবাজ)',
      'মেয়ে ?(?:মানুষ|লোক) দিয়ে (?:\\S+ ){0,2}(?:কাজ|হয়) (?:\\S+ )?(?:না|হবে না)',
      'শুয়োরের বাচ্চা', 'শুওরের বাচ্চা', 'কুত্তার বাচ্চা', 'হারামজাদা',
      'হারামজাদি', 'হারামি', 'বোকাচোদা', 'মাদারচোদ', 'খানকি', 'গাধা', 'বলদ',
      'বোকা কোথাকার',
      // "আপনার মতো অশিক্ষিত লোক" (an uneducated person like you), "মাথায় কিছু নাই নাকি?" (nothing in your head?).
      '(?:আপনার|তোমার|তোর) মতো (?:অশিক্ষিত|মূর্খ|গাধা|বলদ|ফালতু|অযোগ্য) (?:লোক|' +
        'মানুষ)\\S{0,3}',
      'মাথায় (?:কি )?কিছু (?:নাই|নেই)'],
    ha: [
      '(?:kai|ke|ku) (?:\\S+ )?(?:wawa|jahili|shashasha|banza|dabba|barawo|mayaudari|mahaukaci)', '(?:wawa|jahili|jahilai|shashasha|dabba|dabbobi|banza|barawo|barayi|wawaye) ne',
      'ba (?:ka|ki|ku) da hankali', 'mara(?:sa)? hankali', 'kamar (?:aikin |na )?(?:yaro|jariri) (?:dan|mai) shekara',
    ],
    yo: [
      'omugo', 'alaimokan', 'asiwere', 'oponu', '(?:iwo|eyin) eranko', '(?:ole|eranko) ni (?:o|e|yin)', '(?:o o|ko) ni opolo',
      '(?:ara ilu|eya|awon eniyan) (?:yin|re) (?:\\S+ ){0,2}(?:je |ni )?(?:ole|omugo|eranko|oponu)',
    ],
    ig: ['(?:onye )?nzuzu', 'onye ara', 'ewu ka (?:i|unu) bu', '(?:i|unu) bu ewu', 'anumanu', '(?:i|unu) nweghi uche', 'ndi ohi', 'onye ohi', 'onye amaghi ihe'],
    so: ['doqon\\S{0,5}', 'nacas\\S{0,3}', 'caqli ma lihid', 'xayawaan baad tahay', 'waa tuugo', 'tuug baad tahay'],
    mg: ['adala', 'vendrana', 'biby ianao', 'tsy manan-tsaina', 'mpangalatra daholo'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:du är|du ar|du e|ni är) (?:\\S+ ){0,2}(?:värdelös|idiot|korkad|dum i huvudet|patetisk|inkompetent|bedragare|amatör)\\S{0,2}', 'vilken idiot',
      'din (?:idiot|bedragare|amatör|pajas|klant)', 'skäms på dig', 'dum i huvudet'],
    no: ['(?:du er|dere er) (?:\\S+ ){0,2}(?:ubrukelig|idiot|dum|patetisk|inkompetent|svindler|amatør)\\S{0,2}', 'for en idiot',
      'din (?:idiot|svindler|amatør|tulling|klovn)', 'skam deg'],
    da: ['(?:du er|i er) (?:\\S+ ){0,2}(?:ubrugelig|idiot|dum|patetisk|inkompetent|svindler|amatør)\\S{0,2}', 'sikke en idiot', 'din (?:idiot|svindler|amatør|klovn|taber)',
      'skam dig'],
    fi: ['(?:olet|oot|ootte|olette) (?:\\S+ ){0,2}(?:hyödytön|idiootti|tyhmä|säälittävä|surkea|huijari|ääliö|amatööri)\\S{0,2}', 'mikä idiootti',
      'senkin (?:idiootti|huijari|ääliö|amatööri)', 'häpeä'],
    'is': ['þú ert (?:\\S+ ){0,2}(?:gagnslaus|hálfviti|fáviti|vitleysingur|aumingi|svikari)\\S{0,2}', 'þvílíkur (?:hálfviti|fáviti)', 'skammastu þín'],
  },
examples: ['ang kupal mo',
    
    // Greek, Hungarian, Malayalam.
    'ηλίθιε', 'ρε μαλάκα', 'malakas', 'te hülye', 'bazd meg', 'thendi', 'മണ്ടൻ',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'idiote', 'jebi se', 'идиоте', 'axmaqsan', 'შე იდიოტო', 'ደደብ', 'dedeb',
    // Tamil, Telugu, Nigerian Pidgin.
    'loosu payale', 'முட்டாள்', 'vedhava', 'వెధవ', 'werey', 'you be ode', 'you dey mad',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ไอ้ควาย', 'بی شعور', 'ahmagh', 'אידיוט', 'тъпак', 'ty debile',
    
    'يا ثور', 'ya gahel', 'ya l\'kelb',
    'eres un idiota', 'seu otário', 'espèce de connard', 'du Arschloch', 'ты идиот', 'tum pagal ho', 'ang tanga mo', 'dasar goblok', 'يا غبي', 'salak herif',
  'साले कमीने', 'तू मूर्ख आहेस', 'तँ मुर्ख होस्', 'তুই একটা শুয়োরের বাচ্চা',
    'Sen ne biçim tasarımcısın, beceriksiz!',
    'Bu kadar beceriksiz birini ilk defa görüyorum',
    'Bande d\'incapables',
    'Vous êtes vraiment bête ou vous le faites exprès ?',
    'a senhora é uma mal-educada e uma caloteira',
    'Usted es un incompetente',
    'Sen ne anlarsin tasarimdan, cahil!',
  ],
counterExamples: [
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'axmaq sual', 'ውሻ ያለው ቤት', 'budala code',
    // Tamil, Telugu, Nigerian Pidgin look-alikes.
    'mutta curry', 'naye project', 'an ode to joy', 'you dey madrid',
    'μαλακά χρώματα', 'hülye kérdés, de', 'patti',
    'ควายในทุ่งนา',
    'pagalworld', 'the pagoda',
  'मूर्ति', 'গাধার মতো খাটুনি'],
});

/** Remote-control tools: with an account, a way to let another person work as you. */
export const REMOTE_TOOL = defineClass({
name: 'REMOTE_TOOL',
doc: 'Remote-desktop tools.',
words: {
  en: ['remote desktop', 'anydesk', 'any desk', 'teamviewer', 'team viewer', 'rdp', 'chrome remote desktop', 'ultraviewer', 'vps',
      'remote control', 'remote access',
    ],
  ru: ['эни ?деск', 'тим ?вьюер', 'удаленн\\S* (?:доступ|рабоч\\S*)'],
  ar: ['اني ديسك', 'تيم فيور'],
    de: [
      'remote-?zugriff',
      'fernzugriff',
    ],
  },
examples: ['run it by remote desktop', 'install AnyDesk'],
});

/** Proposals and suggestions: "can we", "podemos", "давай", "chalega". */
export const PROPOSE = defineClass({
name: 'PROPOSE',
doc: 'Suggesting or proposing, per language.',
words: {
    lt: [
      'gal geriau', 'geriau', 'galim(?:e)?',
    ],
    lv: [
      'labak', 'varam',
    ],
    et: [
      'parem', 'voime', 'teeme nii',
    ],
    hy: ['եկեք', 'ավելի լավ է', 'ekeq', 'aveli lav a'],
    uz: ['ishlaylik', 'qilaylik', 'ишлайлик', 'қилайлик',
      'keling', 'kelinglar', 'yaxshisi', 'келинг', 'яхшиси'],
    kk: ['істейік', 'жасайық',
      'келіңіз', 'жақсысы'],
    ky: ['иштейли', 'кылалы',
      'келиңиз', 'жакшысы'],
    tg: ['кор кунем',
      'биёед', 'беҳтар аст'],
    mn: ['ажиллая',
      'тэгье'],
  sq: [
    'le te', 'hajde', 'mund te',
  ],
  sk: [
    'podme', 'radsej', 'mozeme',
  ],
  mk: [
    'ајде', 'ajde', 'подобро',
  ],
  sl: [
    'dajva', 'dajmo', 'lahko', 'raje',
  ],
  // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: let us, better, work directly.
  km: [
    'ទៅនិយាយ', 'ធ្វើការផ្ទាល់', 'ល្អជាង',
  ],
  // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: "let us" ("...ရအောင်").
  my: [
    'ရအောင်', 'ya aung',
  ],
  // Kannada in its script and in Latin letters (round twenty-six): "let us" in the verb's ending, better.
  kn: [
    'ಮಾಡೋಣ', 'ಒಳ್ಳೆಯದು', 'ಸುಲಭ', 'maadona', 'madona', 'olleyadu',
  ],
  // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): "let us" in the verb's ending, better.
  pa: [
    'ਕਰੀਏ', 'ਚੰਗਾ ਰਹੇਗਾ', 'کریے', 'چنگا رہوے گا', 'kariye', 'changa rahega',
  ],
  // Gujarati in its script and in Latin letters (round twenty-six): "let us" in the verb's ending, better, easier.
  gu: [
    'કરીએ', 'સારું રહેશે', 'સહેલું', 'kariye', 'saru raheshe', 'sahelu',
  ],
  // Sinhala in its script (round twenty-six) and Singlish: "let us" in the verb's ending, better, easier.
  si: [
    'කරමු', 'යමු', 'හොඳයි', 'ලේසියි', 'karamu', 'yamu', 'hondai', 'lesi',
  ],
  bn: [
    // Bengali (script and Latin) "we can", "let us", "better", "easier" (round twenty-five).
    'করতে পারি', 'করতে পারবো', 'করতে পারব', 'করা যায়', 'করা যাক', 'করলে ভালো', 'ভালো হয়',
    'ভালো হবে', 'সুবিধা হবে', 'সহজ হবে', 'korte pari',
    'kora jay', 'kora jak', 'valo hoy', 'bhalo hoy', 'subidha hobe', 'shubidha hobe',
  ],
    // Greek, Hungarian and Malayalam 'let's', 'better', 'we can'.
    el: ['α[σς]', 'καλυτερα', 'μπορουμε', 'kalytera', 'kalitera', 'mporoume'],
    hu: ['inkabb', 'jobb lenne', 'egyszerubb', 'gyorsabb', 'lehetne', 'mi lenne ha', 'dolgozzunk', 'csinaljuk', 'intezzuk', 'megoldhatjuk'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): "let us do" the work.
      'വർക്ക് ചെയ്യാം', 'ചെയ്യാം', 'work cheyyam', 'cheyyam',
      'നല്ലത്', 'എളുപ്പം', 'nallath', 'nallathu', 'eluppam', 'pattumo', 'aakam', 'aakaam'],
    // Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic 'let's', 'better', 'we can' (not translit 'modi', a name).
    hr: ['hajde(?:mo)?', 'ajmo', 'nastavimo', 'bolje (?:je|bi bilo)', 'mozemo'],
    sr: ['хајде(?:мо)?', 'наставимо', 'боље (?:је|би било)', 'можемо'],
    az: ['gelin', 'daha yaxsi(?:dir)?', 'davam edek', 'ede bilerik'],
    ka: ['მოდი', 'ჯობია', 'შეგვიძლია', 'jobia'],
    am: ['እንቀጥል', 'ይሻላል', 'ብንቀጥል', 'yishalal'],
    // Tamil, Telugu and Nigerian Pidgin 'let's', 'better', 'we can'.
    ta: ['nallathu', 'nalladhu', 'pannalam', 'pannalaama?', 'pannuvom', 'easy ?(?:ah|aa) irukkum', 'நல்லது', 'சுலபம்'],
    te: ['manchidi', 'cheddam', 'cheddama', 'cheddaam', 'easy ga untundi', 'మంచిది', 'బెటర్'],
    pcm: ['make we', 'e go better', 'e better make', 'e go (?:sweet|easy) pass'],
    // Persian, Finglish, Hebrew, Bulgarian and Czech 'let's'.
    fa: ['کار کنیم', 'kar konim',
      'بیا', 'بیاید', 'بیایید', 'بیاین', 'biya', 'biyaid'],
    he: ['בוא', 'בואו', 'עדיף'],
    bg: ['хайде', 'нека', 'по-добре'],
    cs: ['pojdme', 'radsi', 'muzeme'],
    // Polish proposals: maybe, we can, you prefer, easier ("może porozmawiamy", "wygodniej będzie").
    pl: ['moze(?:my)?', 'mozemy', 'wolisz', 'woli pan', 'woli pani', 'lepiej', 'latwiej', 'wygodniej', 'szybciej', 'co powiesz', 'zrobmy', 'dajmy'],
  en: [
    "let'?s", 'can we', 'could we', 'we can', 'we could', 'i can', 'would you', 'prefer', 'better',
    'rather', 'easier', 'faster', 'how about', 'shall we', 'want to', 'wanna', 'please', 'maybe', 'open to',
    'happy to', 'just',
  ],
  es: ['podemos', 'podriamos', 'prefiero', 'mejor', 'quieres', 'puedes', 'te parece', 'vamos a', 'conviene'],
  pt: ['podemos', 'prefiro', 'melhor', 'quer', 'pode', 'bora', 'vamos', 'topa', 'seria bom'],
  fr: ['on peut', 'pouvons', 'pourrait', 'prefere', 'mieux', 'voulez', 'veux', 'ca te va', 'plus simple'],
  de: ['konnen wir', 'konnten wir', 'lieber', 'besser', 'wollen wir', 'mochtest', 'einfacher'],
  ru: ['можем', 'можно', 'давай', 'давайте', 'лучше', 'удобнее', 'предлагаю', 'хочешь', 'проще', 'есть предложение'],
  uk: ['можемо', 'можна', 'давай', 'давайте', 'краще', 'зручніше', 'пропоную', 'простіше'],
  hi: [
    // Hindi in Devanagari: let us, we can, better (round twenty-five).
    '(?<!नहीं )करते हैं', 'कर लेते हैं', '(?<!नहीं )कर सकते हैं', 'बेहतर है', 'बेहतर होगा',
    'आसान होगा',
    '(?<!नहीं )करेंगे', 'karte hain', 'kar sakte', 'chalega', 'better', 'behtar', 'karein', 'kar lo', 'kar lete', 'aasan'],
  ur: [
    // Urdu in its script: let us, we can, better (round twenty-five).
    'کرتے ہیں', 'کر لیتے ہیں', 'کر سکتے ہیں', 'بہتر ہے', 'بہتر ہوگا', 'آسان ہوگا', 'کریں گے', 'kar saktay', 'kar sakte', 'behtar', 'karein',
    'kar lein', 'aasan', 'krte hain', 'karte hain'],
  tl: ['pwede', 'puwede', 'tayo', 'mas mabuti', 'gusto mo', 'mas madali', 'mas okay'],
  id: ['bisa', 'boleh', 'mending', 'lebih baik', 'yuk', 'ayo', 'aja', 'lebih gampang', 'yuk'],
  ar: ['ممكن', 'نقدر', 'أفضل', 'افضل', 'خلينا', 'احسن', 'أسهل', 'اسهل', 'ينفع', 'خلينا'],
  tr: ['olur mu', 'edelim', 'daha iyi', 'isterseniz', 'miyiz', 'daha kolay', 'gel', 'yapalim', 'olur mu'],
  nl: ['kunnen we', 'zullen we', 'laten we', 'laat ons', 'liever', 'beter', 'makkelijker', 'sneller', 'handiger', 'wat dacht je van'],
  ro: ['putem', 'hai sa', 'propun', 'mai bine', 'mai simplu', 'ar fi mai'],
  ms: ['jom', 'boleh', 'lagi senang', 'lagi mudah', 'lagi cepat', 'lebih baik', 'better', 'easier'],
  ko: ['할까요', '하시죠', '하죠', '(?:는|은) ?게 ?(?:좋|편|낫|빠르)', '편해요', '편하', '가능하세요', '어때요', '좋겠'],
    yo: ['(?:e )?je ka'],
    ig: ['ka anyi'],
    mg: ['andao'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['vi kan', 'låt oss', 'hellre', 'istället'],
    no: ['vi kan', 'la oss', 'heller', 'i stedet'],
    da: ['vi kan', 'lad os', 'hellere', 'i stedet'],
    fi: ['voidaan', 'mieluummin', 'sen sijaan'],
    'is': ['við getum', 'frekar', 'í staðinn'],
},
examples: [
    // Greek, Hungarian, Malayalam.
    'ας μιλήσουμε', 'inkább', 'അതാണ് നല്ലത്', 'eluppam',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'hajdemo', 'наставимо', 'davam edək', 'ჯობია', 'ይሻላል',
    // Tamil, Telugu, Nigerian Pidgin.
    'அது நல்லது', 'manchidi', 'make we',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'بیا', 'בוא נמשיך', 'хайде', 'pojďme',
    'can we', 'podemos', 'давай', 'chalega', 'yuk', 'ممكن', 'olur mu'],
});

/** Someone the writer holds lesser than a professional: a pupil, an intern, the tea boy (round twenty-three). */
const LESSER = '(?:intern|school-?leaver|schoolboy|schoolgirl|schoolkid|child|kid|teenager|trainee|apprentice|nephew|niece|tea ?boy|tea ?lady|cleaner|toddler' +
  '|work experience (?:kid|student))(?! (?:program|programme|scheme|schedule|course|plan|pool|intake|cohort|app))';
/** Demeaning someone's work or worth without a swear word. */
export const DEMEAN = defineClass({
name: 'DEMEAN',
doc: 'Contempt for the other person: "my nephew does it better", "find another profession".',
words: {
    bg: [
      '(?:ти си|ti si) (?:никакъв|nikakyv|никаква|nikakva)', '(?:и|i) (?:дете|dete) (?:ще|shte) (?:го )?(?:go )?(?:направи|napravi)',
    ],
    lt: [
      '(?:net )?vaikas (?:tai )?padarytu (?:\\S+ )?geriau', 'susirask (?:kita|kitokia) (?:darba|profesija)',
      'eik (?:dirbti )?i (?:turgu|fabrika)',
    ],
    lv: [
      '(?:pat )?berns (?:to )?izdaritu (?:\\S+ )?labak', 'mekle (?:citu )?(?:darbu|profesiju)',
    ],
    et: [
      '(?:isegi )?laps teeks (?:selle )?(?:\\S+ )?paremini', 'otsi (?:endale )?(?:muu|uus) (?:too|amet)',
    ],
    hy: ['մասնագիտություն\\S{0,3} փոխ\\S{0,4}', '(?:աշխատանք|գործ)\\S{0,3} աղբ (?:է|ա)', 'ոչինչ չգիտես', 'ոչ մի բան չգիտես',
      '(?:ashxatanq|gorc)\\S{0,3} axb (?:a|e)', 'masnagitutyun\\S{0,3} pox\\S{0,3}', 'gna urish gorc ara'],
    uz: ['shuni ham (?:qila )?olmaysan\\S{0,2}', 'шуни ҳам (?:қила )?олмайсан\\S{0,2}',
      'kasbing\\S{0,3} o[\'`]?zgartir\\S{0,3}', 'ishing axlat', 'axlat ish', 'hech narsa(?:ni)? bilmaysan', 'касбинг\\S{0,3} ўзгартир\\S{0,3}', 'ишинг ахлат',
      'ҳеч нарса(?:ни)? билмайсан'],
    kk: ['мамандығыңды ауыстыр\\S{0,3}', 'жұмысың қоқыс', 'ештеңе білмейсің'],
    ky: ['кесибиңди алмаштыр\\S{0,3}', 'ишиң таштанды', 'эч нерсе билбейсиң'],
    tg: ['касбатро иваз кун', 'кори ту партов', 'ҳеҷ чиз намедонӣ'],
    mn: ['мэргэжлээ соль', 'ажил чинь хог', 'юу ч мэдэхгүй'],
    fa: ['کار ?ت (?:\\S+ )?آشغال\\S{0,2}', 'برو (?:یه )?کار دیگه', 'هیچی بلد نیستی', 'kar ?et (?:\\S+ )?ashghal\\S{0,2}', 'hichi balad nisti',
      'boro (?:ye )?kar dige'],
  sq: [
    'e (?:ben|bente) edhe (?:nje )?femije', 'gjej (?:nje )?pune tjeter',
  ],
  cs: [
    '(?:by )?(?:to )?udelalo i (?:dite|decko)', 'i (?:dite|decko) by (?:to )?udelalo', 'stydte se', 'stydis se',
      '(?:jsi|jste) k nicemu', '(?:by )?to (?:by )?zvladlo i dite', 'i dite by to (?:zvladlo|udelalo)',
    ],
  sk: [
    '(?:by )?(?:to )?urobilo aj (?:dieta|decko)', 'aj (?:dieta|decko) by (?:to )?urobilo', 'najdi si (?:inu|iny) (?:pracu|profesiu)',
  ],
  mk: [
    '(?:и )?дете би го направило', 'најди си (?:друга|друг) (?:работа|професија)',
  ],
  sl: [
    'to bi naredil (?:tudi |celo )?otrok', '(?:tudi|celo) otrok bi (?:to )?naredil', 'poisci si (?:drug|drugo) (?:posel|sluzbo|poklic)',
  ],
  sr: [
    'ко те је (?:уопште )?(?:пустио|запослио|примио)', '(?:и )?дете би (?:ово |то )?(?:направило|урадило|боље)',
    'нађи (?:си )?(?:други|другу) (?:посао|професију|занат)',
  ],
  hr: [
    'ko te je (?:uopste |uopce |uopšte )?(?:pustio|pustila|zaposlio|primio)', '(?:bi )?(?:to )?napravilo i (?:dijete|dete)',
    'i (?:dijete|dete) bi (?:ovo |to )?(?:napravilo|uradilo|bolje)', '(?:nadji|potrazi|nađi) (?:si )?(?:drugi|drugu) (?:posao|profesiju|zanat)',
    '(?:moj|moja) (?:\\S+ )?(?:sin|kci|necak|nećak|sinovac|klinac) (?:bi )?(?:to )?(?:radi|uradio|napravio|zna) bolje',
  ],
  // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: no brain.
  km: [
    'គ្មានខួរក្បាល', 'អត់ខួរក្បាល',
  ],
  // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: no brain, good for nothing.
  my: [
    'ဦးနှောက်မရှိ', 'ဦးနှောက် ?မရှိ', 'အသုံးမကျ',
  ],
  // Malayalam in its script and Manglish (round twenty-six): no sense.
  ml: [
    '(?:നിനക്ക്|നിങ്ങൾക്ക്) ബുദ്ധി ?(?:ഇല്ല|യില്ല)', 'നിനക്ക് ബുദ്ധിയില്ല',
    '(?:ninakk\\S{0,2}|ningalkk\\S{0,2}) budhi ?(?:yilla|illa)',
  ],
  // Kannada in its script and in Latin letters (round twenty-six): no sense, good for nothing.
  kn: [
    '(?:ನಿನಗೆ|ನಿಮಗೆ) ಬುದ್ಧಿ ಇಲ್ಲ', 'ಯಾವ ಕೆಲಸಕ್ಕೂ ಬರಲ್ಲ', '(?:ninge|ninage|nimage) buddhi illa',
    'yava kelsakku baralla',
  ],
  // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): no sense, good for nothing.
  pa: [
    '(?:ਤੇਰੇ|ਤੁਹਾਡੇ) ਵਿੱਚ ਅਕਲ ਨਹੀਂ', 'ਕਿਸੇ ਕੰਮ ਦਾ ਨਹੀਂ', '(?:تیرے|تہاڈے) وچ عقل نئیں',
    'کسے کم دا نئیں', '(?:tere|tuhade) vich akal nahi', 'kise kam da nahi',
  ],
  // Gujarati in its script and in Latin letters (round twenty-six): no sense, good for nothing, not fit for work.
  gu: [
    '(?:તારામાં|તમારામાં) અક્કલ નથી', 'કોઈ કામનો નથી',
    '(?:તારા|તમારા) જેવા \\S+ને કામ ન અપાય', '(?:tara|tamara) ?ma akkal nathi', 'koi kaam no nathi',
  ],
  // Sinhala in its script (round twenty-six) and Singlish: no brain, not fit to be given work.
  si: [
    '(?:උඹට|තොට|ඔයාට) මොළයක් නෑ', '(?:උඹ|තෝ) වගේ \\S+ට වැඩ දෙන්න බෑ',
    'වෙන රස්සාවක් හොයාගනින්', '(?:umbata|thota|oyata) molayak na', '(?:umba|tho) wage \\S+ta wada denna ba',
  ],
  te: [
    // Telugu: no ability, find another job.
    'ఏ అర్హత లేదు', 'వేరే పని చూసుకో',
  ],
  ta: [
    // Tamil: no ability, go find another job, you know nothing.
    'எந்த தகுதியும் இல்ல', 'வேற வேலை பாரு', 'onnum theriyadhu',
  ],
  mr: [
    // Marathi: no worth at all, find another job.
    '(?:काहीच|काही) (?:लायकी|अक्कल) नाही', 'दुसरं काम (?:शोध|शोधा)',
  ],
  th: ['เด็ก(?:ประถม|อนุบาล)?ยัง(?:ทำ|เขียน|วาด)(?:ได้)?ดีกว่า'],
  // "uşaq da bundan yaxşı edərdi".
  az: ['usaq (?:da|bele) (?:\\S+ ){0,2}(?:daha )?yaxsi (?:ederdi|edir|yazardi|cekerdi)'],
  en: [
      // Round 35 (training batch 118): contempt without a swear word: animal similes, a kid who does better, "do you even think", "did you buy your certificates".
      '(?:you|u|your team|they) (?:\\S+ )?(?:work|works|act|acts|behave|behaves|are|is) like (?:a |an |the )?(?:\\S+ )?(?:pigs?|' +
        'cows?|buffalo(?:e?s)?|donkeys?|animals?|cockroach(?:es)?|rats?|snails?|sloths?|goats?|sheep|monkeys?)\\b',
      'the brain of an? (?:sardine|fish|goldfish|chicken|bird|pigeon|snail)',
      'trash attracts trash',
      'amateur hour',
      '(?:congratulations|bravo|well done|great job),? genius',
      '\\S+ is not for you,? stick to',
      'do you even (?:think|read|understand|listen|use your)',
      'are you even an? (?:\\S+ )?(?:photographer|developer|designer|editor|writer|programmer|professional|engineer|tester|va|assistant)\\b',
      'use your (?:brain|head) before',
      'did you buy your (?:certificates?|degree|diploma|reviews|badge)',
      'ha(?:s|ve) zero (?:idea|clue|taste|brains?)',
      'my (?:\\S+ )?(?:nephew|niece|son|daughter|grandma|grandmother|granny|grandpa|grandfather) (?:is \\d+ and|who never \\S+ (?:a )?\\S+) (?:\\S+ ){0,6}(?:better|knows)\\b',
      'my phone from \\d{4} does better',
      'what the (?:hell|heck|f\\S*) is wrong with (?:you|your)\\b',
      'do something about your face',
      '(?:honestly|so) ugly for an?\\b',
      // Round twenty-four: the last hand on the reader's work as the target ("whoever made it was clueless", "your previous designer must
      // have been blind"), and a broken result wished on the reader ("if you hire the cheap people you deserve the broken website").
      '(?:whoever|the (?:person|guy|people|one|agency|team) (?:who|that)|(?:your|the) (?:last|previous|old|former) (?:designer|developer|dev|freelancer|agency|guy|person|va' +
        '|editor|writer|bookkeeper|accountant|manager|team|contractor|vendor|marketer|photographer|copywriter|coder|programmer|admin)) (?:\\S+ ){0,3}(?:was|is|were|are' +
        '|must (?:be|have been)) (?:clearly |obviously |completely |totally |just )?(?:an? )?(?:clueless|incompetent|useless|idiots?|amateurs?|morons?|clowns?|a joke|hacks?' +
        '|blind|hopeless|stupid|drunk)\\b',
      '(?:you|u) deserve (?:(?:the|a|an|every|whatever|all the) (?:broken|crappy|shitty|garbage|trash|buggy|awful|mess|disaster|scam)|(?:exactly )?what(?:ever)? you get)\\b',
      // Round twenty-one, by frame rather than phrase. Someone lesser (a child, a pupil, a relative, an animal) as the better author, in
      // any order the modal allows: "a primary school pupil would write better English", "if your brother-in-law can do better animation".
      // "can" and "will" only in a condition ("if your kid can draw better with this tablet" would be an advert otherwise).
      ...['(?:could|would)', '(?:can|will)'].map((modal) =>
        (modal === '(?:can|will)' ? '(?:if|even if) ' : '') + '(?:a|an|any|my|your|even a|some) (?:\\S+ ){0,2}(?:child|kid|toddler|pupil|schoolboy|schoolgirl|schoolkid' +
        // Round twenty-eight: anyone lesser at work too ("My intern would have done a better banner half asleep").
        '|grader|(?:\\d+|five|six|seven|eight|nine|ten|eleven|twelve)[- ]year[- ]old|nephew|niece|(?:brother|sister|father|mother)-in-law|cousin|grandma|granny' +
        '|intern|trainee|apprentice|school-?leaver|tea ?boy|first-?year student' +
        `|grandmother|grandpa|monkey|chimp|hamster|parrot) (?:\\S+ ){0,2}${modal}(?:'ve| have)? (?:do|done|write|written|draw|drawn|design|designed|code|coded` +
        '|build|built|make|made|animate|animated|edit|edited|produce|produced|translate|translated|type|typed|paint|painted|shoot|shot|render|rendered|fix|fixed)' +
        ' (?:\\S+ ){0,3}?better(?: than (?:this|that|yours|you))?\\b'),
      // Round twenty-three: better work had from someone lesser, or work any of them does better, in any order ("I've had better work from
      // the school-leaver who makes our tea", "got work my intern does better on her phone", "any trainee writes better than you").
      `(?:i'?ve|i have|we'?ve|we have|i'?d have|i|we) (?:had|got|gotten|seen) better ` +
        `(?:\\S+ )?(?:work|code|copy|writing|designs?|edits|drawings|photos|translations?|english|grammar|spreadsheets?|renders?) from (?:the |my |our |a |an |any |some )?(?:\\S+ ){0,2}${LESSER}\\b`,
      `(?:got|get|getting|received|delivered|sent|sends|delivers) (?:\\S+ )?work (?:that )?(?:my|our|a|an|any|the) (?:\\S+ )?${LESSER} (?:\\S+ ){0,2}` +
        '(?:does|did|could do|would do|can do|makes|made) better\\b',
      `(?:my|our|a|an|any|every|the) (?:\\S+ )?${LESSER} (?:\\S+ ){0,3}(?:does|did|do|writes|wrote|codes|coded|draws|drew|designs|designed|edits|edited` +
        '|delivers|delivered|makes|made|works) (?:\\S+ ){0,2}(?:better|cleaner|neater|faster) (?:\\S+ )?than (?:you|u|yours)\\b',
      // Work done "like a monkey", whoever did it: "your previous developer wrote code like a monkey with keyboard", "they design like a chimp".
      '(?:write|writes|wrote|written|code|codes|coded|draw|draws|drew|design|designs|designed|type|types|typed|edit|edits|edited|animate|animates|animated' +
        '|work|works|worked|build|builds|built) (?:\\S+ ){0,2}like (?:a|an|some) (?:trained |drunk |blind )?(?:monkey|chimp|donkey|goat|hamster|caveman)\\b',
      // Another job, in any politeness wrapper and verb: "Maybe think about another job", "perhaps consider a different career".
      '(?:maybe|perhaps|just|honestly|seriously|you should|you might want to|time to) (?:\\S+ ){0,2}(?:think about|consider|look for|look into|find|try|get|choose|pick)' +
        ' (?:another|a different|a new|some other) (?:job|profession|career|line of work|trade)' +
        '(?! (?:title|post|posting|board|page|listing|ad|description|offer|site|portal))\\b',
      // Round twenty, phone chat: "r u even a real designer", "very cheap mentality", "no wonder nobody wants to work with u".
      '(?:r|are) (?:u|you) even a (?:real|proper|actual) (?:designer|developer|writer|editor|programmer|freelancer|professional|engineer)',
      '(?:very |such a |so )?cheap mentality',
      '(?:behaving|acting|talking) like (?:a|an|one) cheap (?:person|man|woman|client|guy|people)',
      'no wonder (?:nobody|no one|no1) (?:wants|likes|hires|wanna) (?:to )?(?:work with|hire|deal with) (?:u|you)',
      // Round twenty: age and sense scorned with no swear word: "a man your age should know better", "you sound like a grandmother", "only a fool would ask", "a question any intern could
      // answer", "I do not babysit", "do they not teach grammar over there?".
      '(?:expected|expect|expecting) (?:better|more) (?:from|of) (?:someone|somebody|a (?:man|woman|person|guy|lady)|people) (?:of )?your age',
      '(?:someone|somebody|a (?:man|woman|person|guy|lady)|people) (?:of )?your age (?:should|ought to) (?:know|be|have|understand)',
      '(?:you|u|who) (?:sound|write|type|talk|speak|text|act|behave)s? like (?:an? |my |your )?(?:grandmother|grandma|granny|grandfather|grandpa|teenager' +
        '|teen|schoolboy|schoolgirl|old (?:man|woman|lady))\\b',
      '(?:someone|somebody|one) less (?:ancient|senile|decrepit)',
      'let (?:someone|somebody) younger (?:in|at|from|on) your (?:company|team|office|family|staff)',
      'retire already',
      'keep up with the (?:adults|grown-?ups|big boys)',
      '(?:you(?:\'re| are)|u r|ur) (?:an? )?(?:very |too |so )?old(?: (?:man|woman|lady|guy))?,? (?:\\S+ ){0,4}(?:do not|don\'?t|can\'?t|cannot|doesn\'?t' +
        '|does not) (?:understand|see|get|use|keep up|read)',
      'too old (?:for|to) (?:\\S+ )?(?:apps?|computers?|technology|software|smartphones?|the internet|understand|use)\\b',
      // Round twenty-eight: "only a beggar would post like this".
      'only an? (?:fool|idiot|moron|amateur|child|clown|imbecile|beggar|cheapskate|lunatic|madman) would (?:ask|send|request|say|write|think|expect|deliver|submit|approve' +
        '|want|need|post|offer|pay|price|budget)',
      '(?:a|any|the) (?:\\S+ ){0,2}question (?:a|any|even a) (?:\\S+ ){0,2}(?:child|kid|recruit|intern|student|schoolboy|schoolgirl|trainee|\\d+[- ]year[- ]old) could answer',
      '(?:a|some) (?:kid|child|boy|girl|teenager) who (?:can\'?t|cannot|couldn\'?t) (?:even )?(?:spell|read|count|write)',
      'i (?:do not|don\'?t|won\'?t|will not) babysit',
      '(?:you|u) (?:write|talk|speak|type) like (?:someone|somebody) who (?:learned|learnt|studied) (?:\\S+ )?(?:english|grammar) from',
      '(?:do|don\'?t|didn\'?t) they (?:not )?(?:even )?teach (?:\\S+ ){1,3}(?:over there|in your country|where you(?:\'re| are) from|in your part of the world)',
      '(?:try|start) (?:reading|to read) (?:\\S+ ){1,5}before you waste',
      '(?:you\'?re|you are|u r) (?:genuinely |honestly |truly |really |literally |clearly )?the least (?:competent|capable|intelligent|professional|skilled' +
        '|talented) (?:\\S+ ){0,2}(?:i\'?ve|i have|i) (?:ever )?(?:hired|met|worked with|seen)',
      '(?:i\'?ve|i have) seen (?:\\S+ )?(?:grade-?schoolers|schoolchildren|school ?kids|first-?graders|kindergartners|preschoolers|children|kids) (?:\\S+' +
        ' ){0,6}(?:tidier|neater|cleaner|better|smarter) (?:work )?than (?:you|u)\\b',
    // Contempt with no swear word: "a 5th grader could write a better listing", "a monkey could code this bot", "what they teach
    // you people overseas", "someone from a real place", "all excuses and no results", "who told you you're a product manager".
    '(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth) grader could (?:have )?\\S+ (?:this|that|a better|better)',
    'an? (?:child|kid|toddler|high ?schooler) could (?:write|code|draw|design|build) (?:a better|better)',
      'an? (?:monkey|chimp) could (?:write|code|draw|design|build|do) (?:this|that|it|a better|better)',
    'what (?:do )?they teach (?:you people|you guys|you) (?:\\S+ )?(?:overseas|over there|in your country|where you(?:\'re| are) from)',
    "(?:don'?t|do not) know what they teach you people",
    // "He writes like he's come right from the bush": the writer's origin scorned.
    "(?:writes?|talks?|sounds?|behaves?|acts?) like (?:he|she|they|you)(?:'s|'re| is| are| has| have| had)? (?:just )?(?:come|came) " +
      '(?:right |straight )?(?:from|out of) the bush',
    '(?:someone|somebody|people|anyone|devs?|developers?|designers?|freelancers?) from an? (?:real|proper|civili[sz]ed|first[- ]world) (?:country|place|nation)',
    'all (?:money|excuses|promises)(?:,| and)? (?:zero|no) (?:brains?|results|skills?|delivery|talent)',
    'go (?:and )?learn (?:how )?to (?:\\S+ ){1,4}before you waste',
    '(?<!thank )you people with your',
    'who told you (?:that )?you(?:\'re| are) an? (?:\\S+ ){0,2}(?:developer|designer|writer|copywriter|manager|engineer|professional|expert|programmer|editor|translator|marketer|consultant|artist)',
    'close your (?:company|business|agency|shop|startup)(?:,| and)? (?:\\S+ ){0,2}do (?:us|everyone|the world) (?:all )?a favou?r',
    '(?:women|girls|ladies|men|people) (?:of )?your age should (?:just )?(?:stick to|stay|go back)',
    '(?:was|is|being) an? (?:woman|girl|female|lady),? (?:\\S+ ){0,16}typical(?= *[,.!;]|$)',
    'coming from an? (?:\\S+ ){0,2}(?:man|woman|guy|dude|boomer|american|westerner)[.!]? typical',
    '(?:english|accent|grammar|writing) (?:is )?(?:bad|terrible|broken|poor) like (?:an? )?(?:indians?|pakistanis?|bangladeshis?|chinese|africans?|nigerians?|filipinos?|arabs?)',
    '(?:my|a) (?:\\d+[- ]year[- ]old|nephew|niece|kid|intern|grandma) (?:could|would|can) do (?:it|this|better)',
    'find (?:another|a different) (?:job|profession|career)',
    "(?:i )?don'?t know how you (?:got|get|have) (?:any )?(?:jobs|clients|work)", 'waste of my time',
    "(?:you(?:'re| are)|you were|working with you (?:is|was)|talking to you (?:is|was)) (?:a |such a |a total |a complete )?waste of time",
    'you understand nothing', 'you (?:obviously|clearly|really|simply) understand nothing',
      '(?:even )?a (?:child|kid|toddler|monkey|high ?schooler) could (?:have )?(?:built|written|done|made|drawn|coded|designed) (?:this|that|it|better)',
      'is your brain (?:even )?(?:switched on|turned on|working)', 'do you (?:even )?have a brain',
      '(?:and|yet|but|that) you call yourself an? (?:developer|designer|writer|professional|programmer|engineer|freelancer|expert|editor|marketer)',
      'pathetic little (?:man|woman|person|boy|girl)',
      'i pity (?:anyone|whoever|the (?:poor )?(?:person|client|people))', 'do you even speak english',
      'read (?:my profile|the (?:brief|description|post|job post)) like a normal person',
      'if i wanted (?:\\S+ ){1,4}i\'?d (?:have )?(?:just )?(?:hired|asked|used) my (?:nephew|niece|kid|son|daughter|\\d+[- ]year[- ]old|little (?:brother|sister))',
      '(?:is|looks like|wanted|want|call this) kindergarten (?:art|work|level|drawings?|code|design)',
      '(?:you\'?d|you would) be better at (?:\\S+ ){1,3}than (?:writing code|coding|programming|designing)',
      '(?:you\'?d|you would) be better off (?:\\S+ ){1,4}than (?:this|your) code',
      'imagine (?:\\S+ ){0,5}with (?:that|your) (?:thick |heavy |funny |terrible )?accent',
      'get a real job', 'an? (?:clown|joke|loser|fool|idiot|moron|amateur) like you',
      'a (?:complete |total |absolute |utter )?waste of (?:oxygen|skin|space|a (?:human|person))',
      'spam(?:ming)? (?:this|your|that) (?:garbage|trash|crap|junk)',
      'you(?:\'re| are) no better than (?:all )?(?:the rest|the others|them|a bot|a spammer|a scammer)',
      '(?:you (?:sure |for sure |really |certainly )?know how to|all you do is) waste (?:your|my|our|everyone.?s) time',
      'you (?:clearly |obviously )?(?:don\'?t|do not) (?:even )?know what you(?:\'re| are) doing',
      '(?:maybe|go|just) (?:go )?take an? (?:basic|remedial|beginner\'?s?|elementary|101) (?:\\S+ ){0,2}(?:course|class|lesson)',
      '(?:you|u) (?:clearly )?(?:can\'?t|cannot) (?:even )?read a (?:simple |basic )?(?:balance sheet|spreadsheet|brief|sentence|chart|p&l|spec|style guide)',
      '(?:maybe|just|next time|go) (?:get|hire|find) (?:yourself )?an? (?:real|actual) (?:singer|developer|designer|writer|' +
        'accountant|bookkeeper|editor|translator|professional|engineer|producer|artist|musician|copywriter|freelancer|expert)',
      'no offen[cs]e,? but (?:\\S+ ){0,5}(?:is|are|was|were|sounds?|looks?) (?:\\S+ )?(?:trash|garbage|crap|a joke|pathetic|embarrassing|amateurish|awful|terrible)',
      // Round twenty-one: what the writer has seen others make is criticism of the work ("I have seen children produce better drawings than this
      // storyboard"); only the comparison aimed at the person is contempt.
      '(?:i\'?ve|i have) seen (?:\\S+ )?(?:interns|students|kids|children|juniors|trainees|beginners|toddlers|amateurs) (?:\\S+ ){0,4}better (?:\\S+ ){0,2}than (?:you|u)\\b',
      'step up or step (?:aside|down)', 'shape up or ship out',
      // Mocking someone's English or where they are from: "is that what passes for English where you're from", "you write like a Google
      // Translate hostage", "is it a cultural thing or what?".
      "what passes for (?:english|grammar|writing|work|a \\S+) (?:where (?:you'?re|you are|u r) from|in your country|over there|in your village)",
      '(?:you|u) (?:write|type|talk|speak|text) like (?:an? )?(?:google translate|caveman|cave ?man|toddler|child|kid|third grader|\\d+[- ]year[- ]old)',
      'is (?:it|this|that) an? (?:cultural|culture|country|\\S+ people) thing,? or (?:what|something)',
      "(?:i'?ve had it|i'?m done|i am done|fed up|sick|tired) with (?:offshore|foreign|overseas|third[- ]world|cheap) (?:devs?|developers|freelancers|workers|contractors|people|labou?r|teams)",
      'cheap (?:people|labou?r|folks) (?:doing|does|do|for|making) cheap (?:work|results|jobs)',
      '(?:we|i) (?:don\'?t|do not) work (?:for|with) beggars', 'go (?:and )?hire (?:someone |people )?from (?:your|ur) own country',
      // Dehumanising comparisons: "my dog could do data entry better than this", "a trained monkey with Excel would have had this done by now",
      // "did you learn Flutter from a cereal box?", "maybe the problem is in your brain".
      '(?:my|a|any|even a) (?:dog|cat|goldfish|hamster|parrot|grandma|granny|nan|kid|child|toddler|\\d+[- ]year[- ]old) (?:could|would|can) (?:have )?' +
        '(?:do|done|write|written|make|made|draw|drawn|code|coded|build|built|design|designed|type|typed) (?:\\S+ ){0,3}better than (?:this|that|you)',
      "an? (?:trained )?(?:monkey|chimp|parrot|hamster|donkey|goat) (?:with (?:\\S+ ){1,2}(?:could|would)|would)(?:'ve| have)? " +
        '(?:\\S+ ){1,5}(?:by now|in (?:a|an|one|half an?) (?:day|hour|afternoon|minute))',
      '(?:learn|learned|learnt|get|got|study|studied) (?:\\S+ ){0,3}(?:from|out of|in) a (?:cereal box|fortune cookie|cracker ?jack box|gumball machine|kinder egg)',
      '(?:the )?(?:problem|issue|fault) (?:is|lies) (?:in|with) (?:your|ur) (?:brain|head|skull)',
      "maybe (?:it|the problem|the issue)(?:'s| is) (?:in|with) (?:your|ur) (?:brain|skull)",
      // Age mocked: "are you 80 years old?", "ask your grandson to help you".
      '(?:are|r) (?:you|u) (?:like )?(?:[7-9]\\d|1[0-2]\\d|a hundred) (?:years?|yrs?) old(?= *\\?)',
      '(?:ask|get|have) (?:your|ur) (?:grandson|granddaughter|grandkids?|grandchildren) to (?:help|show|explain|watch|read|set|open|check)',
      // Looks and sense scorned: "your face is boring", "get someone to read it out to you", "learn basic accounting first then talk to me".
      '(?:your|ur) (?:face|voice|looks) (?:is|are) (?:just |so |too |really )?(?:boring|ugly|annoying|unbearable|unwatchable|hideous)',
      "only (?:someone|somebody|a person|an idiot) who (?:can'?t|cannot|doesn'?t know how to) read would",
      '(?:get|have|ask) (?:someone|somebody) to read (?:it|this|that|them|my messages?) (?:out )?(?:to|for) (?:you|u)',
      '(?:learn|study) (?:some |the )?basics? (?:of )?(?:\\S+ ){0,2}(?:first,? )?(?:then|and then|before you) (?:talk|come back|lecture|argue|question|tell)',

      'do you (?:even )?understand (?:plain |basic |simple )?english,? or',
      '(?:do|should|must) i (?:need to |have to )?draw (?:you|it (?:out )?for you) (?:in )?(?:a )?(?:picture|diagram|map)',
      'do you (?:even|ever) read (?:what i (?:write|wrote|send|sent)|my (?:messages|emails|comments|notes)|the brief)',
      '(?:pathetic|pitiful|laughable|embarrassing) (?:effort|attempt|excuse for an? \\S+)',
      '(?:your|ur) (?:english|grammar|spelling|writing|work|code|accent|emails?) (?:\\S+ ){0,3}(?:is|are|was|were) (?:\\S+ )?(?:embarrassing|pathetic|laughable|a disgrace|an embarrassment)',
      '(?:that\'?s|this is|it\'?s|must be|i guess|i assume|apparently)(?: \\S+){0,3} (?:standard|normal|the norm|acceptable|' +
        'how (?:they|people|you) (?:do|work)\\S*) (?:where you(?:\'re| are) from|where you come from|in your (?:country|' +
        'culture))',
      'call (?:that|this|it|you) (?:begging|a beggar|beggars|stealing|theft)',
      '(?:nobody|no one) (?:else )?would (?:even )?(?:look twice at|hire|touch|give a chance to|work with) (?:you|your (?:profile|work))',
      'expected (?:very little|nothing|little|the bare minimum)(?: from you)?(?: \\S+){0,5} (?:still|somehow) (?:\\S+ ){0,2}disappoint\\S*',
      // "someone of your limited intellect", "that pimple on your face is totally unacceptable".
      '(?:someone|somebody|a person|people|anyone|a man|a woman) (?:of|with) (?:your|such) (?:limited|low' +
        '|modest|feeble|small|little|meagre|meager) (?:intellect|intelligence|brain|mind|iq)',
      '(?:your|ur) (?:limited|feeble|tiny|small|little|pea-?sized|meagre|meager) (?:intellect|intelligence' +
        '|brain|mind|iq)',
      '(?:pimples?|zits?|acne|spots?|warts?|moles?|blemish(?:es)?) on your (?:face|nose|chin|forehead|skin' +
        '|cheeks?) (?:is|are|looks?) (?:so |totally |really |just |absolutely |truly )?' +
        '(?:unacceptable|disgusting|gross|ugly|hideous|repulsive|revolting|nasty)',
      'your (?:face|body|teeth|skin|weight|nose|belly|looks|appearance|acne|pimples?) (?:is|are|looks?)' +
        ' (?:so |totally |really |just |absolutely |truly )?(?:disgusting|gross|ugly|hideous|repulsive|revolting|nasty' +
        '|unacceptable)',
      // "you are lazy like a donkey", "your developers are incompetent morons", "some designers are such divas".
      '(?:you(?:\'re| are)|youre|ur|u r) (?:so |just |really |as )?(?:lazy|stupid|dumb|useless|stubborn' +
        '|thick|dense) (?:like|as) an? (?:donkey|pig|dog|monkey|cow|goat|mule|ox|buffalo|sloth|rock|brick|potato)',
      // "You are lazy like all freelancer": the insult laid on a whole group through the one addressed.
      '(?:you(?:\'re| are)|youre|ur|u r) (?:so |just |really |as )?(?:lazy|stupid|dumb|useless|incompetent|dishonest|greedy' +
        '|unreliable) (?:like|as) (?:all|every|the rest of|most) (?:the |your |of your |of you )?\\w+',
      'your (?:developers|devs|designers|staff|people|employees|engineers|writers|programmers|coders' +
        '|workers|team members) are (?:so |just |total |complete |absolute |utter |such |all )?' +
        '(?:incompetent|useless|idiots|morons|clowns|imbeciles|brainless' +
        '|clueless|pathetic|worthless|a joke|garbage|trash)',
      '(?:some|most|all|these|those|many) (?:designers|developers|devs|clients|freelancers|writers|coders' +
        '|programmers|engineers|editors|artists) (?:are|r) (?:such|total|complete|absolute|just|all) (?:an?' +
        ' )?(?:divas?|drama queens?|prima donnas?|crybabies|whiners|idiots?|morons?|clowns?|jerks?|losers?' +
        '|fools?|imbeciles?)',
      '(?:you(?:\'re| are)|they(?:\'re| are)|u r) (?:such|total|complete|absolute|real) (?:an? )?(?:divas?' +
        '|drama queens?|prima donnas?|crybabies|whiners)',
      '(?:iq|intelligence|brains?|brain ?power|attention span|common sense' +
        '|personality) of an? (?:potato|doorknob|rock|brick|goldfish|toddler|turnip' +
        '|houseplant|plant|fly|sponge|squirrel|chair|cabbage|carrot)',
      '(?:your|ur|that) (?:tiny |little |small |pea-?sized )?brain (?:is |on |went )(?:on )?(?:a )?(?:empty|vacation|holiday|off|missing|broken|mush)',
      '(?:that |your |the )?tiny brain of (?:yours|urs)',
      '(?:have|has) a (?:single |functioning |working )?brain(?: cell)? at all', '(?:have|has|with|without) a (?:functioning|working) brain',
      'people with (?:brains|a brain|actual brains|half a brain)', 'dropped on (?:your|ur) head',
      '(?:were|was) (?:you|u) born (?:like this|like that|this way|stupid)',
      'mentally (?:slow|disabled|challenged|retarded|deficient|handicapped|impaired)',
      '(?:too|this|so) (?:stupid|dumb) to (?:understand|get|follow|read|do|learn)',
      'being this (?:stupid|dumb|clueless|incompetent|slow)', 'would it kill you to (?:use|think|read)',
      'like (?:talking|explaining \\S+|speaking|arguing|working) (?:to|with) a (?:brick|wall|rock|tree|chair|toddler|goldfish|potato|doorknob|brick wall)',
      '(?:you|u) (?:still |just )?(?:write|writes|wrote|code|codes|coded|draw|draws|drew|design|designs|talk|talks|type' +
        '|types) like an? (?:drunk |blind |trained |brain-?dead |braindead |primary school )?(?:monkey' +
        '|toddler|child|kid|goat|\\d+[- ]year[- ]old|caveman|chimp|kindergartn?er|drunk|donkey|baby' +
        '|idiot|moron)',
      '(?:built|written|made|designed|drawn|coded) by an? (?:drunk|blind|brain-?dead|half-asleep) (?:intern|monkey|toddler|child|kid|student|chimp)',
      '(?:child|kid|toddler|monkey|chimp) with (?:a )?crayons?',
      'seen better (?:work |stuff |code |designs? |results )?from an? (?:child|kid|toddler|monkey|intern|student|chimp)',
      '(?:my|a) (?:dog|cat|\\d+[- ]year[- ]old|grandma|grandmother|nephew|niece|kid|son|daughter|goldfish|parrot) (?:\\S+ ){1,3}better than (?:you|u)(?! (?:think|expect|imagine|might|would|can))',
      'dumb (?:it|this|things) down for (?:you|u)', 'words even (?:you|u) (?:can|could|will) understand',
      '(?:maybe|try|again|slowly)\\.? with a dictionary', 'since (?:you|u) (?:clearly|obviously) need it',
      'whoever (?:wrote|made|designed|built|coded) (?:this |that |the |your )?(?:\\S+ ){1,2}(?:clearly |obviously )?(?:has|had) no (?:idea|clue)',
      '(?:freelancer|developer|designer|writer|guy|agency|you|whoever \\S+) must (?:have )?been (?:brain-?dead|braindead|mentally \\S+)',
      '(?:the rest|the others|everyone else|all of them|the other (?:\\S+ )?(?:freelancers' +
        '|bidders|applicants|devs|developers|designers)) (?:are|r) (?:just |all )?(?:morons|idiots' +
        '|clowns|losers|imbeciles|frauds|scammers|hacks)',
      'learn (?:proper |basic |some )?english (?:first|before)',
      'someone literate',
      '(?:you|u) sound like an? \\d+[- ]year[- ]old', 
      '(?:you(?:\'re| are)|ur|u r|being|be) such a (?:huge |big |total |complete )?disappointment',
      'an? (?:f-?ing |fucking |total |complete |absolute )?embarrassment to (?:your|the) (?:profession|family|field|industry|trade)',
      '(?:as|so) (?:ugly|dead|empty|boring) as (?:your|ur) (?:face|personality|wallet|brain)',
      'go (?:back to )?flip(?:ping)? burgers', 'go back to (?:whatever|the|your) (?:farm|village|jungle|cave)',
      '(?:i\'?m|i am) not (?:going to )?tak(?:e|ing) (?:\\S+ )?lessons from an? (?:old|stupid|clueless)',
      'one of those (?:\\S+ )?(?:clients|people|freelancers|developers|designers|bosses) (?:that |who )?(?:nobody|no one) (?:can stand|likes|wants to work with)',
      '(?:your|ur) (?:\\"|\')?(?:team|staff|devs|developers|employees|people)(?:\\"|\')? of (?:monkeys|clowns|idiots|morons|amateurs|donkeys|baboons)',
      '(?:you(?:\'re| are)|u are|ur|u r) (?:an? )?(?:very |really |such an? )?(?:bad|terrible|horrible|awful|evil|disgusting|rotten) (?:person|human(?: being)?)',
      '(?:nobody|no one) (?:will|would) (?:ever )?(?:pay for|hire|work with|want) (?:you|u|work this \\S+)',
      '(?:design|coding|programming|writing|this (?:job|field|work|industry|profession)|freelancing|development) is (?:clearly|obviously|just|simply) not for (?:you|u)',
      'the (?:stupidest|dumbest|most idiotic|most moronic) thing (?:i\'?ve|i have) (?:ever )?(?:read|seen|heard)',
      '(?:you(?:\'re| are)|ur|u r) (?:just |nothing but |only )?an? (?:glorified|wannabe) \\S+',
      '(?:dear|you|a|this|my|our) so-called .?(?:\\S+ ){0,2}(?:developer|designer|expert|professional|writer|freelancer|engineer|programmer|marketer|specialist|editor|translator|consultant)',
      '(?:machine|bot|robot) with a pulse',
      '(?:reading|thinking|spelling|math|counting|logic|english|listening) (?:isn\'?t|is not) (?:exactly )?(?:your|ur) strong (?:suit|point)',
      'can\'?t (?:even )?count (?:past|to|beyond) (?:ten|10|five|three)',
      '(?:dumb|stupid|thick|dense) as (?:a )?(?:rocks?|bricks?|a post|doorknobs?|mud|a plank|potato(?:es)?)',
      'mistake (?:that )?(?:even )?an? (?:toddler|child|kid|monkey|intern|\\d+[- ]year[- ]old) (?:wouldn\'?t|would not|would never)',
      '(?:is|was|looks?|looked|sounds?|reads) like (?:an?|my) (?:child|kid|toddler|monkey|grandpa|grandma|nephew|niece|\\d+[- ]year[- ]old) (?:wrote|made|drew|designed' +
        '|coded|built|did) (?:it|them|this|that)',
      '(?:such|these|those|you) (?:brainless|clueless|stupid|dumb|useless|incompetent) (?:people|clients|freelancers|guys)',
      '(?:your|ur) brain (?:is |was )?(?:literally |clearly |obviously |just |still )?(?:on (?:airplane|flight|sleep|standby) mode|(?:smaller|slower|emptier|tinier) than|stopped (?:working|in))',
      'if (?:you|u) (?:had|have) half a brain', '(?:don\'?t|do not|doesn\'?t) have the brains? (?:for|to)',
      '(?:found|find|grow|grew) (?:a|one|another) brain cell',
      'only an? (?:\\S+,? )?(?:clueless|stupid|brainless|incompetent|dumb) (?:person|client|idiot|fool) would',
      '(?:a )?(?:woman|girl|female) (?:wouldn\'?t|would not|can\'?t|couldn\'?t) (?:usually |normally )?(?:get|do|write|build|code|understand)',
      '(?:you|u) kids (?:should|need to|have no|don\'?t)',
      '(?:just|you|u|and|try to|learn to) (?:do|write|talk|act|speak|behave|work)(?: \\S+){0,2} like a normal (?:human(?: being)?|person)',
      'the (?:stupidest|dumbest|most idiotic|most moronic) (?:brief|job post|request|idea|question|spec|proposal|message|thing) (?:i\'?ve|i have) (?:ever )?(?:read|seen|heard)',
      '(?:maybe |probably )?in your (?:country|culture) (?:this|that|it) (?:is|\'s) (?:acceptable|normal|fine|ok|okay)',
      '(?:i )?feel sorry for (?:anyone|whoever|the (?:next )?(?:client|person|people))',
      'never (?:met|seen|worked with|had) an? (?:\\S+ )?so (?:arrogant|stupid|dumb|incompetent|clueless|ignorant|lazy)',
      'excuses? for lazy (?:people|folks|workers)',
    ],
  es: [
      // "usted no sabe ni lo que quiere": contempt in the formal register of Mexico and the Andes.
      'no sabe(?:s)? ni lo que quier(?:e|es)',
      'lo hace mejor mi (?:sobrino|hijo|primo)', 'no se como tienes trabajos', 'busca(?:te)? otra profesion', 'no entiendes nada', 'ni te molestes',
      'alguien tan (?:cerrad[oa]|torpe|limitad[oa]|terc[oa]|cortit[oa])',
      '(?:tu|su) (?:limitad[oa]|escas[oa]|poc[oa]) (?:intelecto|inteligencia)',
      '(?:tu|su) (?:cara|cuerpo|piel|nariz) (?:es|da) (?:\\S+ )?(?:asco|asqueros[oa]|horrible)',
      '(?:se nota|se ve) que no tienes (?:estudios|ni idea|educacion)', 'calladit[oa]', 'se nota que no sabes',
      // Round twenty-four: a child or a trainee does it better ("mi sobrino de 10 años lo hace mejor que tú"), the reader a disgrace, people
      // like the reader unfit for the trade ("gente como tú no debería estar aquí").
      '(?:mi|un|cualquier) (?:sobrin[oa]|hij[oa]|prim[oa]|hermanit[oa]|nene|nena|nino|nina|becari[oa]|pasante|practicante) ' +
        '(?:\\S+ ){0,4}(?:lo |te lo )?(?:hace|haria|hara|hubiera hecho) (?:esto )?mejor(?! que yo)',
      '(?:eres|sos|es usted) una verguenza', '(?:gente|personas?) como (?:tu|vos|usted) no (?:deberia|deberian|merece\\S*|tendria)',
    ],
  pt: [
      '(?:talvez|deve|so pode|e) (?:seja |ser )?(?:a|da) idade',
      'pec?a ajuda (?:ao|a|pro|pra) (?:seu |sua )?(?:neto|neta|netinho|filho|filha)',
      // Portugal and Angola: "não percebe nada disto", "é uma vergonha para a sua profissão", "gente como você não merece respeito".
      'nao percebes? nada disto', '(?:e )?uma vergonha para a (?:sua|tua) profissao', '(?:gente|pessoas?) como (?:voce|tu) nao merece\\S*',
      'trabalho (?:amador|porco|ridiculo)', 'perdi meu tempo com voce', 'nao entende nada', 'procure outra profissao',
      // "que briefing mais porco", "fica me enchendo o saco toda hora".
      '(?:briefing|brief|cliente|texto|projeto|pedido) (?:mais |muito |bem |tao )?porco', '(?:fica|vive|para de|pare de) (?:me )?enche(?:ndo|r) o saco', 'me enchendo o saco',
      'alguem tao (?:limitad[oa]|teimos[oa]|burr[oa]|lerd[oa])',
      '(?:seu|sua|teu|tua) (?:intelecto|inteligencia) limitad[oa]', '(?:sua|tua) pouca inteligencia',
      '(?:sua|seu|tua|teu) (?:cara|rosto|corpo|pele) (?:e|da) (?:\\S+ )?(?:nojent[oa]|nojo|horrivel)',
      'cara de (?:sonso|idiota|bobo|otario|tonto)', 'na sua idade (?:devia|deveria)',
      // Round twenty-four: a child or a trainee does it better, another trade in any form ("vai procurar outra profissão"), people like the
      // reader unfit to be here.
      '(?:meu|minha|um|qualquer) (?:sobrinh[oa]|filh[oa]|prim[oa]|irmaozinho|irmazinha|estagiari[oa]|crianca) ' +
        '(?:\\S+ ){0,4}(?:faz|faria|fazia|teria feito) (?:isso |isto )?melhor(?! (?:do )?que eu)',
      '(?:vai|va|vá) procurar outra profissao', '(?:gente|pessoas?) como (?:voce|vc|tu) nao (?:devia|deveria|devia de)',
    ],
  fr: [
      // Round 35 (training batch 118).
      'lent a comprendre',
      'si tu sais lire',
      'de la daube et toi avec',
      'une vraie larve',
      // Round twenty-one: the English "never ... in your life" in French, and work scorned as an amateur's ("c'est du travail d'amateur. Lamentable.").
      "(?:on dirait qu.|on voit qu.|visiblement|manifestement|clairement|apparemment),? (?:vous n.avez|tu n.as) (?:\\S+ )?jamais (?:\\S+ ){1,6}de (?:votre|ta) vie",
      "(?:c.est )?du travail d.amateur", '(?<!pas )lamentable(?= *[.!]|$)',
      'mon stagiaire ferait mieux', 'je ne sais pas comment vous avez eu des missions', 'changez de metier', 'vous ne comprenez rien',
      // "je perds mon temps avec des amateurs comme toi".
      '(?:des |les )?(?:amateurs|nuls|incapables|guignols) comme (?:toi|vous)',
      'd\'une incompetence', 'nul a chier',
      '(?:quelqu.un|quelqu.une|une personne|un type) (?:d.)?(?:aussi|si) (?:borne|bete|stupide|incompetent|lent|obtus|limite)e?',
      '(?:ton|votre) (?:intellect|intelligence) limitee?',
      '(?:ton|votre) (?:visage|corps|nez) est (?:\\S+ )?(?:degoutant|degueulasse|hideux|repugnant)',
      't.as pas fait d.etudes', 'tais-toi', 'garder tes vaches',
      'on voit que (?:t.as|tu n.as|vous n.avez) (?:pas|jamais)',
    ],
  de: [
      // Round 35 (training batch 118).
      'zu blo(?:e)?d',
      'meine tochter ist \\S+ und kriegt das hin',
      '(?:arbeiten|arbeitest) wie ein (?:schwein|tier)',
      'ein tier wurde (?:\\S+ )?(?:arbeiten|machen)','mein(?:e)? (?:neffe|nichte|sohn|tochter|kind|praktikant) (?:kann|macht|konnte) (?:das|es) besser', 
      // Round twenty-three: any trainee or child delivers better than the reader ("Jeder Praktikant liefert sauberer als du").
      '(?:jeder|jede|ein|eine|mein|meine|unser|unsere) (?:\\S+ )?(?:praktikant|azubi|lehrling|schuler|kind|werkstudent)\\S* (?:\\S+ ){0,3}' +
        '(?:besser|sauberer|schneller|ordentlicher|schoner|professioneller) als (?:du|sie|dein|ihr)\\b',
      '(?:sie sind|du bist) ein witz', 'mit leuten wie (?:ihnen|dir) verschwende ich',
      'suchen sie sich (?:lieber )?einen anderen beruf', 'keine ahnung von', 'das schlechteste,? was ich je', 'typisch kunde',
      'ist ein witz', 'haben (?:hier|auf (?:einer|dieser) \\S+ \\S+) nichts verloren', 'leute wie sie',
      '(?:mit )?jemand(?:em)? (?:so|derart) (?:begriffsstutzig|beschrankt|engstirnig|dumm|stur)\\S*',
      '(?:dein|ihr)\\S* (?:begrenzt|beschrankt|gering)\\S* (?:verstand|intellekt)',
      '(?:dein|ihr) (?:gesicht|korper) ist (?:\\S+ )?(?:ekelhaft|widerlich|eklig)',
      'zu dumm (?:fur|um|zum)', 'sogar mein (?:hund|kind|neffe)', 'uberlass(?:e)? das denken',
    ],
  ru: [
      // Round twenty-one: the same two in Russian ("объясняю как ребенку", "таких тупых задач").
      '(?:объясн\\S*) (?:\\S+ ){0,2}как (?:для )?(?:ребенк\\S*|ребенок|маленьк\\S*|первоклассник\\S*)(?= *[.!,;:]|$)',
      '(?:ваш\\S*|тво\\S*|таких|такие|эти|этих) туп(?:ых|ые|ыми|ой|ую|ая|ое) (?:\\S+ )?' +
        '(?:задач\\S*|задани\\S*|вопрос\\S*|правок|правк\\S*|иде\\S*|сообщени\\S*|требовани\\S*)',
      'в (?:вашем|твоем) возрасте (?:\\S+ ){0,2}(?:пора|стыдно|уже|надо|нужно)',
      'в (?:своей|вашей|твоей) \\S+ (?:вообще|хоть) (?:понимаете|знаете|умеете|слышали)',
      '(?:поищите|ищите|найдите) другую профессию', 'вы вообще понимаете,? что делаете',
    'ничего не умеешь', 'позор', 'nichego ne umeesh', 'pozor',
      'убожеств\\S*', 'даже школьник', 'не позорься',
      '(?:сделал|сделает|справился|справится|мог бы сделать) (?:бы )?школьник',
      'школьник (?:бы )?(?:сделал|справился|сделает)', 'не позорьтесь', '(?:думаете|думаешь) (?:вообще )?головой',
      'такие,? как (?:вы|ты),? (?:только )?(?:портят|позорят)',
      '(?:ваш|тво)\\S* ограниченн\\S* (?:ум|интеллект)\\S*',
      '(?:твое|ваше) (?:лицо|тело) (?:просто )?(?:отвратительн|омерзительн)\\S*',
      // Round twenty-four: a child or a trainee does it better ("мой сын в пятом классе сделает лучше"), sent to a factory, the trade not for
      // the reader, people like the reader unfit to work here.
      '(?:мой|моя|мои|любой|любая) (?:сын|дочь|дочка|племянник|племянница|брат|сестра|ребенок|стажер|школьник)\\S* ' +
        '(?:\\S+ ){0,4}(?:сделает|сделал бы|сделала бы|справится|нарисует|напишет) (?:это )?лучше(?! меня)',
      'иди(?:те)? (?:работать|работай|работайте) на завод',
      '(?:программирование|дизайн|эта работа|фриланс|эта профессия) не для (?:тебя|вас)',
      'таки[ех],? как (?:ты|вы),? не (?:должны|должен|имеют права) (?:здесь |тут )?работать',
      'полное ничтожество', 'полный ноль', '(?:ты|вы) никто', '(?:шла|шел|иди) бы (?:лучше )?\\S+ рисовать',
      'особо одар[её]нн\\S*', '(?:вы|ты) (?:вообще )?читать умее\\S*',
    ],
  uk: [
      // Round 35 (training batch 118).
      'як (?:той )?баран',
      // Round twenty-one: explaining as to a child, and contempt for what the reader writes or asks, in any case ("Втретє пояснюю як для дитини.
      // Таких тупих задач я ще не бачив."), as the English "your stupid questions".
      '(?:поясню\\S*|поясня\\S*|поясни\\S*) (?:\\S+ ){0,2}як (?:для )?(?:дитин\\S*|малої дитини|малюк\\S*|першокласник\\S*)(?= *[.!,;]|$)',
      '(?:ваш\\S*|тво\\S*|таких|такі|ці|цих) туп(?:их|і|ими|ої|у|а|е) (?:\\S+ )?' +
        '(?:задач\\S*|завдан\\S*|питан\\S*|запитан\\S*|правок|правк\\S*|іде\\S*|повідомлен\\S*|вимог\\S*)',
      // "людям вашого рівня місце не тут".
      '(?:людям|людей) вашого рівня', 'людям вашего уровня',
      'як у вас (?:узагалі |взагалі )?є замовлення', 'це сором', 'явно не розуміє', 'навіть розмовляти не хочеться',
      '(?:ви|ти) (?:хоч|взагалі) розумі\\S*,? що (?:пишете|пишеш|робите|робиш)',
      'такі,? як (?:ви|ти),? (?:тільки )?(?:псують|ганьблять)',
      'соромно,? що (?:я )?(?:витратив|витратила|найняв|найняла|заплатив|заплатила)',
      '(?:зробив|зробить|впорався) (?:би )?школяр', 'не ганьбіться',
      '(?:ваш|тв)\\S* обмежен\\S* (?:розум|інтелект)\\S*',
      '(?:твоє|ваше) (?:обличчя|тіло) (?:просто )?огидн\\S*',
      'повне ніщо', 'повний нуль', '(?:ти|ви) ніхто',
      'іди працюй на касу', 'ти непорозуміння', 'там думати не треба',
    ],
  hi: [
      // Round 35 (training batch 118).
      'bhusa bhara',
      'dimaa?g hai ya',
    // Hindi in Devanagari: no ability, find another job, learn manners, women cannot do it.
    '(?:तुम|आप|तुममें|आपमें)(?: में)? कोई (?:काबिलियत|क़ाबिलियत|योग्यता|अक्ल|' +
      'अकल) नहीं', 'कोई और काम (?:ढूंढो|ढूँढो|ढूंढिए|देखो)',
    'तमीज़? (?:सीखो|सीखिए)', 'तमीज (?:सीखो|सीखिए)',
    '(?:औरतों|लड़कियों|महिलाओं) से (?:ये|यह) काम नहीं (?:होता|हो सकता)',
      '(?:aap|tum) jaise kanjoos',
      '(?:kanjoos|ganda|gande|chor|kaamchor) (?:gore|angrez|foreigners?)',
      'aukaat (?:mein|me|main) (?:reh|raho|rahiye|rehkar|rehna)\\S*',
      '(?:aap|tum) jaise buddh?e',
      'tumse (?:kuch )?nahi hoga', 'kuch nahi aata', 'dusra kaam dhundo', 'time waste kar diya', 'dhang se nahi kar sakte', 'time waste karne', 'kuch samajh nahi aata', 'bacchon jaisi',
      '(?:tameez|tamiz|tehzeeb|akal|akkal|sharam|izzat) naam ki (?:koi )?cheez',
      'kisi kaam ke nahi', 'kaam ki samajh zero',
      'shakal dekhi hai (?:apni|kabhi)',
      'dimaag ghar (?:pe|par|mein) chhod', 'kuch samajh (?:bhi )?aata (?:bhi )?hai ya nahi',
      'dimaa?g (?:hai ya )?ghar (?:pe|par|mein) chhod',
      // Round thirty: cheap people like the reader, clients like the reader spoiling the trade, a useless man, have some shame.
      '(?:aap|tum) jaise (?:cheap|sasta|saste|ghatiya|bekaar) (?:log|clients?)',
      'jaise clients ki wajah se',
      'bekaar aadmi',
      'thodi sharam karo',
    ],
  ur: [
    // Urdu in its script: no ability at all, find another job, learn manners, women cannot do it, all of you thieves.
    '(?:تم|آپ) میں کوئی (?:قابلیت|صلاحیت|عقل) نہیں', 'کوئی اور کام (?:ڈھونڈو|ڈھونڈیں|دیکھو)', 'تمیز (?:سیکھو|سیکھیں)',
    'کچھ سمجھ نہیں (?:آتا|آتی) (?:تمہیں|تجھے)', '(?:عورتوں|لڑکیوں|خواتین) سے (?:یہ )?کام نہیں (?:ہوتا|ہو سکتا)',
    '(?:تم|آپ) لوگ سب (?:چور|فراڈ|جھوٹے|نکمے)',
      '(?:aap|tum) jaise kanjoos',
      '(?:kanjoos|ganda|gande|chor|kaamchor) (?:gore|angrez|foreigners?)',
      'aukaat (?:mein|me|main) (?:reh|raho|rahiye|rehkar|rehna)\\S*',
      '(?:aap|tum) jaise buddh?e',
      // "tum jaise log freelancing ke naam par dhabba ho".
      'ke naam (?:par|pe) dhabb?a', 'tum jaise log (?:\\S+ ){0,4}dhabb?a',
      'tum se kuch nahi hoga', 'kuch nahi aata', 'koi aur kaam dhoondo', 'aukaat dekho', 'apni aukaat', 'sharam karein', 'jahil',
      // "Tameez naam ki koi cheez hai aap mein?", "akal naam ki cheez nahi".
      '(?:tameez|tamiz|tehzeeb|akal|aqal|sharam|izzat) naam ki (?:koi )?cheez',
    'shakal dekhi hai (?:apni|kabhi)', 'kam ?aqal',
      'sharm aani chahiye', 'kisi ne kaam sikhaya bhi hai',
      // Round thirty: cheap people like the reader, a useless man, have some shame.
      '(?:aap|tum) jaise (?:cheap|sasta|saste|ghatiya|bekaar) (?:log|clients?)',
      'jaise clients ki wajah se',
      'bekaar aadmi',
      'thori sharam karo',
    ],
  tl: [
      'parang (?:lola|lolo) (?:ko|mo)',
      'makahanap (?:ako )?ng (?:mas )?bata',
      // Cebuano: "wala kay alam"; "mga tao na kagaya mo dapat hindi binibigyan ng trabaho".
      'wala kay (?:alam|nahibal-?an)', '(?:mga )?tao(?:ng| na) (?:kagaya|katulad|pareha) (?:mo|nimo),? dapat (?:hindi|dili)',
      'wala kang alam', 'sayang oras ko', 'maghanap ka ng ibang trabaho', 'wala naman talagang alam', 'nakakapagod kayo(?:ng)? kausap',
      // "ang kapal ng mukha mo" (what a thick face: shameless), "makapal ang mukha mo", "pangit yung gawa mo".
      'ang kapal (?:pa |naman |talaga )?ng mukha (?:mo|mong|nyo|niyo)', 'makapal (?:ang|na|talaga ang) mukha (?:mo|nyo|niyo)',
],
  id: [
      // Round 35 (training batch 118).
      '(?:kamu|lu|lo) (?:tuh )?(?:kayak|seperti) (?:sampah|binatang|babi|kerbau)',
      'otak(?:nya|mu)? dipake',
      // "orang kayak kamu harusnya nggak dikasih kerjaan", Javanese "ora iso opo-opo".
      '(?:harusnya|seharusnya) (?:nggak|gak|tidak) dikasih (?:kerjaan|kerja|proyek)', 'ora iso opo-?opo',
      'gak becus', 'nggak becus', 'tidak becus', 'buang waktu saya', 'cari kerjaan lain', '(?:nggak|gak|tidak) pernah kerja beneran', 'males jelasin',
    'otak udang',
      'otak (?:kamu|lu|lo|anda) (?:di ?mana|ditaruh di ?mana|ketinggalan)',
      '(?:kayak|seperti) ngomong sama tembok', '(?:nggak|gak|tidak) berpendidikan', 'orang kampung',
    ],
  ar: [
    // Round twenty-four: Egyptian "enta fashel" (you are a failure), "ye3mel a7san menak" (does better than you), "dawar 3ala shoghlana tanya" (find another job).
    '(?:enta|enti|inta|inti) fashel', '(?:ebn|bent|akh|a5|okht|o5t|sa7b|tefl|3ayel|talmeez|tilmiz|moutadareb)\\S* (?:\\S+ ){0,3}a7san menn?ak', 'dawar 3ala (?:shoghlana|shoghl) tan(?:ya|y)',
      // Darija: "nta ma fahem walo", "b7alk ma khasskch tkhdem".
      'ma fahem walo', 'b7alk ma khass?kch', 'ma ta tfham walo',
      // Egyptian in Latin letters: "enta mesh fahem haga".
      'm[ie]?sh fah?em (?:haga|7aga|ay 7aga|ai 7aga)',
      'ما تفهم شي', 'مضيعة وقت', 'دور على شغلة ثانية', 'انت فاشل', 'فاشل', 'ضيعت وقتي',
    'طالب في سنة اولى', 'نصاب', 'msh fahem ay 7aga',
    'عقلك (?:الصغير|المحدود)', 'ذكائك المحدود', 'شكلك (?:مقرف|يقرف)',
      '7aywan\\S*', 'ma bta3ref tektob', 'الا بالزعيق', 'غير بالزعيق',
      // Belittling: "ما بتفهم شي", "عاجزين عن فهم", "حل عني", Darija "ma tafham walou", "sir tl3ab", Arabizi "rou7 t3allam".
      '(?:ما|مش|مو|ماك) (?:ب|بت|ت|بي|ي)?(?:فهم|تفهم|عرف|تعرف|تقدر)\\S* (?:شي|شيء|حاجة|اشي|ولا شي|حاجه|تقرا|تكتب|تفهم|' +
        'تشتغل)',
      '(?:عاجز|عاجزين|عاجزة) عن (?:فهم|فهمه)', 'حل عني', 'حلّ عني',
      'بلا تخلف', 'متخلف', '(?:ma|mat|mesh|msh|mish|ma ?ka) ?(?:t|bt|te)?(?:fh?am|fhem|3raf|3ref)(?:ch|sh)? (?:walo|walou|walu|7ta 7aja|shi|ay 7aga|ay haga|7aga)',
      '(?:rou7|ro7|roo7|rouh|roh|sir|siri) (?:t3al+am|t3lem|t3lm|et3alam|tl3ab|tel3ab|l3ab|t9ra)', 'ma (?:3end(?:kom|ek|ak|hom)ch|3ndkch) (?:l ?3a9el|l ?3a9l|3a9el|mokh)',
      '(?:enta|inta) (?:sa3idi|fala7|falla7) (?:wala|walla) eh',
      // Round thirty: Moroccan Arabizi: nothing but thieves, shame on you.
      'ghir chefara',
      'hchouma 3likoum',
    ],
  // Bengali and Nepali in Latin letters: "tumi kichui bojho na", "timi jasto manche lai kaam dinu nai galti".
  bn: [
    // Banglish: no skill at all, find another job, learn manners, plenty like you seen.
    '(?:tomar|apnar|tor) (?:kono|kno) (?:joggota|jogyota|joggyota)(?:i)? (?:nai|nei)', 'onno kaj (?:khojo|khujun|khojen|khoj|dekho|dekhen)',
    '(?:vodrota|bhodrota) (?:shikho|sikho|shikhun|shikhen|jano na|janen na)',
    '(?:tor|tomar) (?:moto|mto) (?:\\S+ )?(?:freelancer|lok) (?:ami )?(?:onek )?(?:dekhsi|dekhechi|dekhchi)',
    // Round twenty-five: no skill at all, "find another job", "learn manners", "I have seen plenty like you".
    '(?:তোমার|আপনার|তোর) (?:কোন|কোনো) যোগ্যতা(?:ই)? (?:নাই|নেই)',
    'অন্য কাজ (?:খোঁজো|খুঁজুন|খোঁজেন|খোঁজ|দেখো|দেখেন)',
    'ভদ্রতা (?:শিখো|শিখুন|শিখেন|শেখো|জানো না|জানেন না)',
    '(?:তোর|তোমার) (?:মত|মতো) (?:\\S+ )?(?:ফ্রিল্যান্সার|লোক) (?:আমি )?(?:অনেক )?দেখেছি',
    '(?:tumi|apni) kichui (?:bojho|bojhen|paro|paren) na', 'tomar moto lok(?:ke)? (?:kaj|kaaj) (?:dewa|dewai|deoa)'],
  ne: [
    // Nepali: no ability, find another job.
    'कुनै (?:योग्यता|क्षमता) छैन', '(?:अर्कै|अर्को) काम (?:खोज|खोज्नुस्)',
    '(?:timi|tapai) ?lai kehi (?:aaudaina|audaina|aaundaina)', 'timi jasto (?:manche|manchhe) ?lai kaam'],
  tr: [
      // "senin gibilere iş verilmez", "bu işi hiç bilmiyorsun".
      'senin gibi(?:lere|ler) is verilmez', 'bu isi hic bilmiyorsun',
      'hicbir sey bilmiyorsun', 'baska is bul', 'vaktimi bosa harcadin', 'zaman kaybisin', 'tam bir zaman kaybi', 'calismak gercekten ceza', 'bile yazamiyorsunuz', 'neden teklif veriyorsun',
      '(?:ilkokul |ilkokullu )?cocug?u? bile (?:\\S+ ){0,3}(?:senden|sizden) (?:daha )?iyi',
      'senin gibi (?:beceriksiz|salak|aptal|geri zekali)\\S*', 'sizin gibi (?:beceriksiz|salak|aptal)\\S*',
      'sinirli (?:zekan|aklin)\\S*', 'kit akil\\S*',
      // "çocuk bile bundan iyi yapar": anyone lesser doing the work better, with or without "than you".
      '(?:cocuk|cocugum|yegenim|ilkokul ogrencisi|stajyer|cirak) bile (?:\\S+ ){0,2}(?:daha )?(?:iyi|guzel) (?:yapar|yapardi|yazar|yazardi|cizer|cizerdi)',
    ],
  nl: ['mijn neefje kan (?:dit|dat|het) beter', 'mijn (?:neefje|nichtje|zoontje|dochtertje|kind) (?:\\S+ ){0,4}(?:doet|kan) (?:dat|het) beter', 'hoe krenterig',
    'jip-en-janneketaal', 'vraag het (?:wel )?aan een vent'],
  ro: ['amatori ca (?:tine|dumneavoastra|voi)', 'nici google translate nu'],
  ms: ['budak sekolah pun (?:boleh|reti|pandai)', 'tak reti (?:buat )?kerja'],
  ko: ['알바나 구하세요', '말귀를 (?:\\S+ )?못 ?알아', '(?:지방|시골) 사람이라 그런가', '못 ?하면서 (?:\\S+ )?(?:라고|이라고)'],
    zh: ['回家种地', '回家種地', '读什么计算机', '讀什麼計算機', '还好意思', '還好意思', '(?:阿嫲|奶奶|外婆)都(?:做得|比你)', '都係配',
      // Round twenty-four: the trade not for the reader, a child or a trainee doing better ("我侄子都做得比你好").
      '你不适合(?:干|做)这(?:行|个工作)', '你不適合(?:幹|做)這(?:行|個工作)',
      '(?:侄子|侄女|外甥|儿子|女儿|兒子|女兒|实习生|實習生|小学生|小學生)\\S{0,4}都(?:做得|画得|写得|做的|畫得|寫得)比你好',
      '你呢種人', '你这种人', '你這種人', '你们这些', '你們這些', '不敢恭维', '不敢恭維', '难怪(?:你的?)?公司', '難怪(?:你的?)?公司',
      '浪费我的?(?:时间|预算)', '浪費我(?:的)?時間'],
    vi: ['(?:con nit|tre con|hoc sinh|thang nhoc|dua nho) (?:cung|con) (?:lam|viet|ve|code) (?:\\S+ )?(?:tot|hay|dep|gioi) hon', 've que (?:ma )?chan (?:bo|trau|vit|lon)',
      'con nit lop \\d+', 'xau nhu ma che', '(?:k|ko|khong) biet gi (?:ve|ma)', 'day doi', 'voi trinh do nhu (?:anh|cau|ban|may)',
      'loai nhu (?:ban|cau|may|anh)', 'dung mo mong'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:mitt barn|min brorson|min systerson|min son|min dotter|min praktikant|en femåring) (?:\\S+ ){0,3}(?:gjort|göra|gör) (?:det|detta) bättre',
      'hitta (?:ett|nåt|något) annat (?:yrke|jobb)'],
    no: ['(?:ungen min|barnet mitt|sønnen min|datteren min|nevøen min|en femåring) (?:\\S+ ){0,3}(?:gjort|gjøre|gjør) (?:det|dette) bedre',
      'finn deg (?:et|en) anne?t? (?:yrke|jobb)'],
    da: ['(?:mit barn|min søn|min datter|min nevø|en femårig) (?:\\S+ ){0,3}(?:gjort|gøre|gør) (?:det|dette) bedre', 'find dig (?:et|en) ande?n?t? (?:fag|job|erhverv)'],
    fi: ['(?:lapseni|poikani|tyttäreni|veljenpoikani|viisivuotias) (?:\\S+ ){0,3}(?:tehnyt|tekisi|tekee) (?:sen|tämän) paremmin', 'etsi (?:\\S+ )?toinen (?:ammatti|työ)'],
    'is': ['barnið mitt (?:\\S+ ){0,3}(?:gert|gerir) (?:þetta|það) betur', 'finndu þér (?:aðra|annað) (?:vinnu|starf)'],
},
examples: ['r u even a real developer', 'such a cheap mentality', 'no wonder nobody wants to work with u',
    'I expected more from a person of your age', 'a woman your age should understand this by now', 'u talk like my grandpa on calls', 'only an idiot would ask that',
    'a question any intern could answer', 'I do not babysit', 'do they not even teach maths in your country?', 'you\'re honestly the least capable freelancer I\'ve hired',
    'в вашем возрасте уже стыдно', 'talvez seja a idade', 'aukaat mein raho',
    'my nephew could do this better', 'lo hace mejor mi sobrino', 'suchen Sie sich einen anderen Beruf', 'поищите другую профессию', 'gak becus',
  'someone of your limited intellect', 'that pimple on your face is unacceptable',
  "Is that what passes for grammar in your country?", 'u type like a caveman', "I'm sick with offshore freelancers",
  'my cat could write better than this', 'a trained chimp with a keyboard would have finished it in an afternoon',
  'did you get your degree out of a cereal box', 'are you like 90 years old?', 'your voice is so annoying', 'ang kapal talaga ng mukha mo',
    'Aap jaise cheap log hi freelancing ko barbaad karte ho',
    'Aap jaise clients ki wajah se hi',
    'Bilkul bekaar aadmi ho aap',
    'thodi sharam karo',
    'ghir chefara, ma kat3erfou walou',
  ],
counterExamples: ['people of your age group use the app', 'only a fool would skip backups', 'the persona sounds like a grandmother to her grandkids',
  'let someone younger on the team try the onboarding',
    'someone of your experience', 'your limited budget', 'I removed the pimple on your face in the headshot',
  'are you 18 years old?', 'the problem is in your browser cache', 'Google Translate gave a rough draft, we need a human edit',
  'our offshore developers are excellent', 'cheap hosting for cheap sites', 'learn the basics first then we move to advanced topics',
  'the voice is boring in take two, try another take',
    'aap jaise clients bahut kam milte hain',
  ],
});

/** Refusing people for who they are: nationality, gender, age. */
export const DISCRIMINATE = defineClass({
name: 'DISCRIMINATE',
doc: 'Turning people away for their nationality, gender, age or religion.',
words: {
    cs: [
      'zeny (?:by )?(?:nemely|nemaji|neumi|nedokazou) (?:\\S+ ){0,2}\\S*',
    ],
    lt: [
      'moterys (?:neturi|negali|nemoka|netinka|nesugeba) (?:\\S+ ){0,2}\\S*', 'eik virti',
      'grizk(?:ite)? i (?:savo )?(?:kaima|sali|tevyne)',
    ],
    lv: [
      'sievietes (?:nevar|neprot|nedrikst) (?:\\S+ ){0,2}\\S*', 'ej vart(?:it)?', 'brauc atpakal uz (?:savu )?(?:ciemu|valsti)',
    ],
    et: [
      'naised ei (?:oska|saa|tohi|sobi) (?:\\S+ ){0,2}\\S*', 'mine (?:suppi )?keetma', 'mine tagasi (?:oma )?(?:kulla|maale|riiki)',
    ],
  sq: [
    'grate nuk (?:dine|jane per|mund) (?:\\S+ ){0,2}\\S*', 'shko gatuaj',
  ],
  sk: [
    'zeny (?:nevedia|nemaju|nedokazu|nepatria) (?:\\S+ ){0,2}\\S*', 'chod varit',
  ],
  bg: [
    'жените не (?:стават|могат|разбират|са) (?:\\S+ ){0,2}\\S*',
  ],
  mk: [
    'жените не (?:знаат|можат|се за) (?:\\S+ ){0,2}\\S*', 'оди готви',
  ],
  sl: [
    'zenske ne (?:znajo|morejo|smejo|zmorejo|spadajo) (?:\\S+ ){0,2}\\S*', 'pojdi kuhat', '(?:vrni|vrnite) se (?:nazaj )?v (?:svojo )?(?:drzavo|vas)',
  ],
  sr: [
    'жене (?:не треба|не требају|не знају|нису за) (?:\\S+ ){0,3}(?:програм|посао|рад|дизајн|ово)\\S*',
    'иди (?:кувај|у кухињу)', '(?:такви|такве) као (?:ти|ви) (?:\\S+ ){0,3}(?:врате|вратите|назад|село)',
    'врати(?:те)? се у (?:своје )?село', '(?:ви сте|сви сте) сви (?:исти|лопови|преваранти|лењи)',
  ],
  hr: [
    'zene (?:ne treba|ne trebaju|ne znaju|ne umiju|nisu za) (?:\\S+ ){0,3}(?:program|posao|rad|dizajn|ovo)\\S*', 'idi (?:kuvaj|kuhaj|u kuhinju)',
    '(?:takvi|takve) kao (?:ti|vi) (?:\\S+ ){0,3}(?:vrate|vratite|nazad|selo)', 'vrati(?:te)? se u (?:svoje |svoju )?(?:selo|zemlju|vukojebin\\S*)',
    '(?:vi|svi) (?:ljudi )?iz (?:te|vase|tvoje) (?:zemlje|drzave) (?:ste|su) (?:svi )?(?:isti|lijeni|lenji|lopovi|prevaranti)',
    '(?:vi ste|svi ste) svi (?:isti|lopovi|prevaranti|lijeni|lenji)',
  ],
  // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: women cannot do this work.
  km: [
    'ស្រីៗ ?ធ្វើការនេះមិនកើត', 'មនុស្សស្រី ?ធ្វើ\\S{0,8}មិនកើត',
  ],
  // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: women cannot do this work.
  my: [
    'မိန်းမတွေ ?(?:ဒီ)?အလုပ် ?မလုပ်နိုင်',
  ],
  // Malayalam in its script and Manglish (round twenty-six): women cannot do this work.
  ml: [
    '(?:പെണ്ണുങ്ങൾക്ക്|സ്ത്രീകൾക്ക്) (?:ഈ )?(?:പണി|ജോലി) (?:ചെയ്യാൻ )?പറ്റില്ല',
    '(?:pennungalkk\\S{0,2}|sthreekalkk\\S{0,2}) (?:ee )?(?:pani|joli) (?:cheyyan )?pattilla',
  ],
  // Kannada in its script and in Latin letters (round twenty-six): women cannot do this work.
  kn: [
    '(?:ಹೆಂಗಸರಿಗೆ|ಹುಡುಗಿಯರಿಗೆ) (?:ಈ )?ಕೆಲಸ (?:ಮಾಡೋಕೆ )?ಆಗಲ್ಲ',
    '(?:hengasarige|hudugiyarige) (?:ee )?kelsa (?:madoke )?aagalla',
  ],
  // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): women cannot do this work.
  pa: [
    '(?:ਔਰਤਾਂ|ਕੁੜੀਆਂ|ਜ਼ਨਾਨੀਆਂ) (?:ਇਹ )?ਕੰਮ ਨਹੀਂ ਕਰ ਸਕਦੀਆਂ',
    '(?:زنانیاں|کڑیاں) (?:ایہہ )?کم نئیں کر سکدیاں', '(?:kudiyan|zananiyan|auratan) (?:eh )?kam nahi kar sakdiyan',
  ],
  // Gujarati in its script and in Latin letters (round twenty-six): women cannot do this work.
  gu: [
    '(?:સ્ત્રીઓ|છોકરીઓ|બૈરાં) (?:આ )?કામ (?:ના|ન|નહીં) કરી શકે',
    '(?:stri|chhokrio|bairao) (?:aa )?kaam (?:na|nahi) kari sake',
  ],
  // Sinhala in its script (round twenty-six) and Singlish: women (or a people) cannot do this work.
  si: [
    '(?:ගෑනුන්ට|ගැහැණුන්ට|කෙල්ලන්ට|දෙමළ අයට|මුස්ලිම් අයට) (?:මේ )?' +
      '(?:වැඩේ|වැඩ) (?:\\S+ )?(?:බෑ|කරන්න බෑ)',
    '(?:ganunta|kellanta) (?:me )?(?:wade|wada) (?:karanna )?ba',
  ],
  nl: ['vrouwen (?:moeten|kunnen|mogen) niet programmeren'],
  ro: ['femeile nu stiu sa (?:programeze|lucreze|conduca|scrie cod)'],
  th: ['ผู้หญิงจะ(?:ไป)?รู้อะไร', 'ผู้หญิง(?:ทำ|เขียน)(?:โค้ด)?ไม่เป็น'],
  az: ['qadin(?:a|lara) (?:is )?(?:vermek olmaz|verilmez|etibar etmek olmaz)'],
    // Polish: turning people away for gender or origin ("kobiety nie znają się na komputerach", "przyślę jakiegoś faceta").
    pl: ['kobiety nie (?:znaja|nadaja|umieja|potrafia)\\S*', 'baby nie (?:znaja|nadaja|umieja|potrafia)\\S*',
      '(?:przysle|przysla|dajcie|dac) (?:\\S+ ){0,2}(?:faceta|mezczyzne|chlopa)',
      'nie (?:zatrudniam|zatrudniamy|chce|chcemy) (?:kobiet|ukraincow|hindusow|arabow|cyganow|turkow|starych)',
      // Round twenty-five: "baba od grafiki, co ty możesz wiedzieć" (a woman named with scorn, her knowledge denied).
      'baba od \\S+', 'co (?:ty|taka baba|baba|kobieta) (?:mozesz|moze) (?:wiedziec|rozumiec|wiedziec o)'],
    // Japanese and Swahili: not working with women or foreigners.
    // Round twenty-five: "for a woman" as scorn, a nationality as the reason ("女のくせに", "外国人はこれだから").
    ja: ['女の人には', '女性には(?:無理|難しい)', '外国(?:の方|人)とは', '男性の(?:エンジニア|方)に代わ',
      '(?:女|外国人|外人|中国人|韓国人|インド人)(?:の)?くせに',
      '(?:外国人|外人|女|中国人|韓国人|インド人)(?:は|って)(?:これだから|どうせ)'],
    // Round twenty-five: "what would a woman know", a nationality as all alike ("여자가 뭘 안다고", "외국인들은 다 이래").
    // Round twenty-five: Hebrew, a whole people as all alike ("כל הערבים אותו דבר").
    he: ['כל ה(?:ערבים|הודים|רוסים|נשים|אתיופים|פקיסטנים|סינים|אוקראינים) (?:אותו דבר|עצלנים|גנבים|רמאים|טיפשים)'],
    ko: ['여자가 (?:뭘|뭐|무슨)', '여자라서 (?:그런|못)',
      '(?:외국인|여자|중국인|흑인|동남아|인도)(?:들)?은 (?:하여튼|원래|역시|다 이래|다 그래|다 똑같)'],
    sw: ['sitaki kufanya kazi na (?:wanawake|wakenya|waafrika|wageni)', 'wanawake hawajui', 'hamjui mambo ya', 'watu wa kabila lako'],
  en: [
      // Round 35 (training batch 118): age and gender as a put-down ("you're too old for TikTok", "people your age should").
      '(?:you\'?re|you are|u r|ur) too old (?:for|to)\\b',
      'people your age (?:should|shouldn|can)\\S*',
      'how old are you,? \\d\\d\\b',
      '(?:someone|somebody) born after the internet',
      'auntie faces',
      '(?:i )?(?:want|need|prefer|only hire) (?:a |only )?male (?:designer|developer|freelancer|writer|editor|engineer|programmer)s?',
      // Round twenty: sex, religion and origin scorned without a slur: "leave the formatting to one of the men", "I don't argue with women about code", "I was warned about hiring from your
      // part of the world", "you people and your prayer breaks", "typical American".
      'leave (?:\\S+ ){1,4}to (?:one of )?the (?:men|guys|boys|males)\\b',
      '(?:don\'?t|do not|won\'?t|will not|never) (?:argue|discuss|debate|negotiate|deal|talk) (?:\\S+ )?with (?:women|girls|females|ladies|a woman|a girl)',
      'only an? (?:\\S+ )?(?:woman|girl|female|indian|pakistani|filipino|nigerian|muslim) would',
      '(?:warned|told|heard|careful) (?:me )?about hiring (?:from|people from|someone from|freelancers from|anyone from) your',
      '(?:don\'?t|do not|won\'?t|never) (?:hire|work with|want) (?:people|anyone|someone|freelancers) who (?:pray|fast|wear (?:a )?(?:hijab|turban|headscarf)|go to (?:church|mosque|temple))',
      'you people and your',
      'typical (?:americans?|brits?|british|westerners?|gringos?|europeans?|germans?|yanks?)(?= ?[,.!?;:]|$)',
      '(?:schedule|plan|fit) your (?:religion|prayers?|faith|god) around',
      '(?:business|company|office|club|agency),? not a (?:mosque|church|temple|synagogue)',
    '(?:no|don\'?t (?:want|hire)|not hiring|won\'?t hire|never hire) (?:\\S+ )?' +
      oneOf([
        'indians?', 'pakistanis?', 'filipinos?', 'nigerians?', 'africans?', 'arabs?', 'asians?', 'muslims?',
        'women', 'girls', 'females', 'old people', 'people over \\d+',
      ]),
      '(?:not|never|no longer|won\'?t be|stopped) hiring (?:from|anyone from|people from|freelancers from) (?:india|pakistan|bangladesh|nigeria|africa|the philippines|asia|egypt|kenya)',
      '(?:shouldn\'?t|should not|should never|never should) have hired an? (?:woman|girl|female|indian|pakistani|nigerian|filipino|muslim)',
      'never (?:again )?hir(?:e|ing) (?:an? )?(?:woman|women|girl|female)',
      '(?:women|girls) (?:should|belong) (?:stay )?(?:at home|in the kitchen)',
      'typical (?:indians?|pakistanis?|filipinos?|nigerians?|africans?|arabs?|asians?|russians?|chinese|mexicans?|women|woman|girls?)' +
        '(?: (?:developers?|freelancers?|designers?|programmers?|people|guys?|men|behaviou?r))?(?= ?[,.!?;:]|$)',
      '(?:someone|people|freelancers?|developers?) from a (?:real|proper|civili[sz]ed|first[- ]world) country',
      // "why I bothered hiring someone from your part of the world", "this kind of work is for men".
      '(?:bother(?:ed)?|regret|mistake) (?:ever |even )?hiring (?:someone|anyone|people|freelancers) from your' +
        ' (?:part of the world|country|region)',
      '(?:this|that|it|such)(?: kind of| type of| sort of| line of)? (?:work|job|role|position|project' +
        '|field|profession) is (?:only |just |strictly |meant )?for (?:men|a man|males|guys)(?= *(?:[,.!?;]|$|only\\b))',
      '(?:this|it|that)(?:\'s| is) (?:a )?(?:man\'?s|men\'?s) (?:job|work)',
      'not a (?:job|role|work|position|field|profession) for (?:a )?(?:woman|women|girl|girls|lady|ladies' +
        '|female|females)',
      'hir(?:e|ed|ing) (?:someone|somebody|people|a developer|a designer|\\S+) (?:under|younger than) \\d\\d',
      '(?:old people|boomers?|old folks|grandpas?|grandmas?|old (?:men|women|ladies)) and (?:technology|tech|computers|the internet|smartphones)',
      '(?:too \\S+|should \\S+) for (?:someone|a person|a man|a woman|people) (?:of )?your age',
      '(?:should be|be) (?:happy|grateful|glad) (?:that )?anyone (?:still )?(?:hires|wants|pays) you',
      'leave (?:the )?(?:\\S+ ){0,2}(?:stuff|work|things|job|thinking|coding) to the (?:men|guys|boys|adults|grown-?ups)',
      '(?:a )?real man to (?:explain|help|do|fix|show)', 
      '(?:a )?mother should (?:stay|be) (?:at )?home',
      // "Who let you out of the kitchen?", "women aren't allowed near a computer", "it was coded by women" said as the fault.
      'who let (?:you|her|them|the (?:women|girls|ladies)) out of the kitchen',
      '(?:women|girls|females) (?:aren.?t|are not|shouldn.?t be|should not be|must not be) allowed (?:near|to (?:touch|use|code))',
      '(?:women|girls|ladies|females) (?:really |just |simply )?(?:shouldn\'?t|should not) be (?:doing|in|coding|writing|working)',
      // "cheap Asians", "the typical lazy Latino stereotype", "cheap Pakistani and Bangladeshi bidders", "the same cheap Turk".
      '(?:cheap|lazy|dirty|filthy|stupid|dumb|lying|greedy|backward|smelly|thieving) (?:\\S+ )?(?:asian|indian|pakistani' +
        '|turk|latino|mexican|african|nigerian|filipino|arab|chinese|bangladeshi|american|brit|jew|muslim)(?:s\\b|(?: and \\S+)?' +
        ' (?:bidders?|freelancers?|developers?|designers?|workers?|people|guys?|clients?|stereotype|who)|(?= *[.,!?]|$))',
      '(?:your|ur|this|that) backward (?:country|village|culture|people)', 
      '(?:should(?:\'ve| have) known better than to|why did i|regret) hir(?:e|ing|ed) (?:someone|anyone|people) from (?:your|ur|that) (?:country|part of the world|region)',
      'typical (?:rich|cheap|lazy|greedy|arrogant|entitled|dirty|lying) (?:\\S+ )?(?:gulf|arab' +
        '|indian|pakistani|american|brit|british|chinese|russian|nigerian|filipino|latino|mexican' +
        '|turkish|western|asian)',
      '(?:you\'?re|you are|ur) lucky (?:you\'?re|you are|ur) an? (?:woman|girl|lady|old man|kid)',
      '(?:lazy|dirty|stupid|dumb|greedy|fat) (?:\\S+ )?(?:american|indian|pakistani|turk|latino|mexican|african|nigerian|filipino|arab|chinese|brit) who',
      '(?:ladies|women|girls|females) (?:usually|generally|always|never|just) (?:don\'?t|can\'?t|cannot|do not) (?:\\S+ )?(?:understand|get|do|code|handle)',
      '(?:boomers?|grandpas?|grandmas?|old (?:guys?|men|timers?|people|farts?)|boomer \\S+) like (?:you|u) (?:should|need to|have to|belong)',
      '(?:grandpa|grandma|old (?:man|guy|timer|lady|woman)),? (?:go |just )?retire',
      '(?:your|their|these|those) (?:religious|ramadan|shabbat|sabbath|prayer|church|jesus|holy) (?:nonsense|excuses?|crap|bs|rubbish|mumbo[- ]jumbo)',
      '(?:little )?jesus hour',
      '(?:don\'?t|do not|never|won\'?t) (?:put|assign|use|let|take) (?:any )?(?:africans?|indians?|nigerians?|pakistanis?|filipinos?|arabs?|asians?|muslims?|women|girls|blacks?) (?:on|in|near|for)',
      '(?:never|won\'?t|will not|don\'?t|do not) (?:\\S+ )?hire (?:anyone |people |freelancers )?from (?:india|nigeria|pakistan|bangladesh|the philippines|africa|egypt' +
        '|kenya|your country|that country)',
      '(?:don\'?t|do not|never) (?:usually )?(?:work with|hire) people from your (?:community|caste|religion|country|tribe)',
      'typical (?:male|female|woman|man|girl|guy) (?:brain|logic)', 'sheikh?-?wannabe',
    ],
    es: [
      'ensenar(?:le)? a una (?:muchachita|nena|nina|chiquilla|chica)',
      '(?:no (?:contrato|quiero|vuelvo a contratar|volvere a contratar)|nunca mas contrato|prefiero no contratar|nada de) ' +
        '(?:\\S+ )?(?:venezolanos|indios|mujeres|negros|latinos|colombianos|argentinos|mayores)',
      '(?:vuelve|vuelvan) a la cocina', '(?:para|pa) (?:que|qu) sigo contratando (?:gente|a gente)',
      'tipico de (?:los )?(?:venezolanos|colombianos|peruanos|argentinos|mexicanos|indios|chinos|negros|latinos|sudacas)',
      '(?:este|ese) trabajo es (?:solo |solamente )?(?:para|de) hombres(?! (?:y|e|et|und|ou|o|oder|and|or) )',
      'trabajo de hombres(?! (?:y|e|et|und|ou|o|oder|and|or) )', 'no es trabajo (?:para|de) mujeres',
      'prefiero que lo haga un hombre', 'a tu edad (?:deberias|ya)', 'las mujeres no (?:suelen|saben|sirven)',
      '(?:sois|son|ustedes son) todos iguales',
    ],
    pt: [
      'mulher(?:es)? (?:\\S+ )?sempre complica\\S*',
      '(?:nao (?:contrato|volto a contratar)|nunca mais contrato|nada de|sem) (?:\\S+ )?(?:mulher|mulheres|indianos|nordestinos|negros|velhos)',
      '(?:volta|volte|vai) (?:pra|para a|pra a) cozinha',
      'mulher (?:pra|para) (?:programacao|programar|codigo|ti)',
      'mulher (?:nao (?:devia|deveria|pode|sabe)) (?:\\S+ ){0,2}programa\\S*',
      '(?:esse|este) trabalho e (?:so |somente |apenas )?(?:pra|para|de) (?:homem|homens)(?! (?:y|e|et|und|ou|o|oder|and|or) )', 'trabalho de homem(?! (?:y|e|et|und|ou|o|oder|and|or) )',
      'nao e trabalho (?:pra|para|de) mulher',
      '(?:quero|prefiro) (?:falar com )?um homem', 'mulher nao entende',
      '(?:da proxima vez|na proxima vez|na proxima),? (?:eu )?contrat\\S* um homem',
      '(?:programacao|codigo|tecnologia|ti) nao e (?:para|pra) (?:voces|mulher(?:es)?)',
    ],
    fr: [
      // Round 35 (training batch 118).
      '(?:reponse|reaction) de bonne femme','pas de (?:candidats? |candidates? )?(?:d.afrique|africains?|arabes|indiens|femmes|maghrebins)', "(?:pas|aucun) (?:\\S+ )?d.afrique du nord",
      '(?:retourne|retournez) (?:a|dans) (?:la|ta|votre) cuisine',
      '(?:ce|un) (?:travail|boulot|metier) (?:est )?(?:reserve aux|pour les|d.) ?hommes(?! (?:y|e|et|und|ou|o|oder|and|or) )', '(?:ce n.est )?pas un (?:travail|boulot|metier) de femme',
      '(?:passez|passe)-moi un homme', 'je ne (?:discute|parle|travaille) pas (?:\\S+ )?avec une femme',
      'a (?:votre|ton) age,? (?:vous devriez|tu devrais)', 'laisser la place aux jeunes',
    ],
    de: [
      // Round 35 (training batch 118): "Typisch Frau in der IT".
      'typisch (?:frau|frauen|inder|araber|auslander|turke|russe|polen?)\\b','frauen (?:sollten|konnen|durfen) nicht programmieren', '(?:keine|' +
        'nicht mit) (?:bewerber(?:innen)? )?(?:aus (?:indien|pakistan|afrika)|frauen|inder|auslander|turken)',
      'zuruck (?:an den herd|in die kuche)',
      '(?:hatte|hatten) (?:gleich |lieber )?einen (?:deutschen|mann) (?:nehmen|einstellen)',
      'typisch (?:fur )?(?:osteuropaer|inder|afrikaner|araber|auslander|turken|rumanen|russen|chinesen)',
      '(?:diese arbeit|das|der job) ist (?:nur )?(?:was )?f(?:u|ue)r m(?:a|ae)nner(?! (?:y|e|et|und|ou|o|oder|and|or) )', 'mannersache', 'keine arbeit f(?:u|ue)r frauen',
      '(?:einen |ein )?mannlichen? (?:entwickler|programmierer|kollegen|mitarbeiter)',
      'frauen und (?:programmieren|technik|it)',
      'ihr seid (?:doch )?alle gleich', 'ausschliesslich deutsche',
    ],
    ru: [
      'женщин\\S* (?:\\S+ ){0,3}(?:доверять|поручать|давать) (?:\\S+ )?не (?:стоило|стоит|надо|следовало)',
      'пусть (?:лучше )?(?:ваш |твой )?муж (?:ваш |твой )?(?:посмотрит|проверит|решит|займется)',
      '(?:индусов|индийцев|женщин|хохлов|азиатов|узбеков|таджиков) не (?:рассматриваю|беру|нанимаю)',
      'не беру (?:женщин|индусов|людей старше)',
      'лучше (?:бы )?(?:парня|мужика|мужчину) (?:нанял|взял)',
      '(?:все вы|вы все),? (?:\\S+,? ){0,2}одинаковые',
      'не женск\\S* (?:работа|дело)', 'работа не для (?:женщин|девушек)',
      '(?:девушкам|женщинам) (?:в \\S+ )?не место',
      '(?:оставить|оставьте|оставь) мужчинам',
    ],
    uk: [
      // Round 35 (training batch 118): women in a trade as a problem ("Жінки в геймдеві — це завжди проблема").
      'жінки (?:в|у) \\S+ (?:— |- )?(?:це )?(?:завжди )?проблема','не беру (?:людей,? )?(?:старших|жінок|індусів)', '(?:жінок|' +
        'індусів) не (?:беру|розглядаю)',
      'краще б (?:хлопця|чоловіка) (?:найняв|взяв)',
      '(?:всі ви|ви всі),? (?:\\S+,? ){0,2}однакові',
      'не жіноч\\S* (?:робота|справа)', 'робота не для (?:жінок|дівчат)',
    ],
    hi: [
      '(?:ladkiyon|ladkiyo|auraton) ko (?:\\S+ ){0,4}(?:samajh|akal) (?:kahan|kaha|nahi|nhi)',
      'apne (?:husband|pati|miyan|shohar) se (?:pooch|puch|poochh)\\S*',
      '(?:ladkiyon|auraton|pakistaniyon) ko (?:nahi|nhi) (?:lena|rakhna|hire)',
      'aur(?:a|)ton ko ghar', 'ghar (?:baith|beth)(?: ke| kar)? khana banana',
      '(?:tum|aap) jaisi(?:on)? ke bas ki (?:baat )?nahi',
      '(?:ye|yeh) (?:kaam|job) (?:ladkiyon|auraton|aurton) ke liye nahi', 'mardon ka kaam',
      'ladkiyon ko (?:coding|programming|tech) (?:nahi|nhi) aati',
    ],
    ur: [
      // Round 35 (training batch 118): "aurton ko app ka business nahi chalana chahiye".
      'aurto[nm] ko (?:\\S+ ){0,4}nahi (?:chalana|karna) chahiye',
      '(?:business|kaam|office|design) (?:aurton|auraton|larkiyon|ladkiyon) ka kaam (?:nahi|nhi)',
      '(?:aap|ap|tum) ghar sambhal\\S*',
      'apne (?:miyan|shohar|husband) (?:ko|se) (?:bhej|pooch|puch)\\S*',
      '(?:auraton|larkiyon|indians) ko (?:nahi|nhi) (?:lena|rakhna|hire)', 'tum logon ko (?:mein )?kabhi hire nahi', 'kis ilaqay',
      'aur(?:a|)ton ko ghar', 'ghar (?:baith|beth)(?: ke| kar)? khana banana',
      '(?:tum|aap) jaisi(?:on)? ke bas ki (?:baat )?nahi',
      '(?:ye|yeh) (?:kaam|job) (?:larkiyon|auraton|aurton) ke liye nahi', 'mardon ka kaam',
      'aurtein (?:ye )?(?:technical )?kaam nahi kar sakti',
    ],
    tl: [
      'babae ka kasi',
      'lalaki na lang (?:ang )?(?:kukunin|kunin|i-?hire)',
      'ayoko ng (?:babae|indiano|bisaya)', 'kayong mga pinoy',
      'pang-?lalaki (?:lang )?(?:ang )?trabaho',
      'mga babae (?:talaga|walang alam)',
    ],
    id: ['(?:tidak|gak) (?:terima|mau) (?:orang )?(?:india|perempuan|cewek)', '(?:nggak|gak|tidak) mau dikerjain sama perempuan', 'sama perempuan',
      'bukan (?:kerjaan|pekerjaan) (?:perempuan|cewek|wanita)', '(?:kerjaan|pekerjaan) laki-laki',
      'cewek (?:mah )?(?:gak|nggak|tidak) cocok', 'typical na pinoy',
      'urus rumah', '(?:biar|serahkan (?:ke|pada)) laki-laki',
    ],
    ar: ['ما (?:نوظف|اوظف|ابي) (?:هنود|نساء|بنات|مصريين)', 'كبير في السن', 'للشباب مش ليك',
      'ارجعي (?:لل|ل|على ال)مطبخ', 'ما كان لازم (?:ا|أ)?وظف',
      '(?:الشغل|العمل) (?:ده|هذا) (?:للرجالة|للرجال)', 'شغل رجالة', 'مش شغل (?:ستات|بنات)',
      'shoghl regala', 'mesh shoghl settat',
      '(?:البنات|الستات|النسوان) (?:ما|مش) (?:ينفعوش|بينفعوا)', 'ro7i 3al matbakh', 'روحي (?:اشتغلي|على المطبخ)',
      // "روحي المطبخ", "ما أتعامل مع الحريم", Darija "rj3o l kouzina", Gulf Arabizi "mab8ayt shakhs mn el hind".
      '(?:روحي|ارجعي|ارجعو|روحو|روحوا) (?:لل|ال|على ال|ع ال|عال|ع)?مطبخ',
      '(?:ما|مش|مو) (?:ا|ن|ب)?(?:تعامل|اشتغل|نشتغل|اوظف|نوظف) مع (?:ال)?(?:حريم|نسوان|ستات|بنات|نساء|هنود|مصريين)',
      '(?:ما|مش) (?:ب)?حب (?:ا|أ)?شتغل مع (?:\\S+ ){0,2}من بلد(?:ك|كم)',
      '(?:rj3o|rje3i|rj3i|ro7i|rou7i|rou7o|siri|rohi|rjaa3i) (?:l\\\'? ?|el |3al |3la )?(?:kouzina|cuisine|kozina|matbakh|matba5)',
      '(?:ma ?b8ayt|mab8a|ma ab8a|mab6ee|ma abi|ma abgha|mesh 3ayez|msh 3ayz|ma bdi|ma baddi) (?:\\S+ ){0,2}(?:mn|min|men) (?:el |al)?(?:hind|hnood|hunood|masr|pakistan|bangladesh)',
      '(?:5essni|khassni|bghit) (?:chi|shi) ?rajel', 'ab(?:8|gh|6)a (?:5aleeji|khaleeji|sa3oodi|3arabi) (?:bs|bas|faqat)',
    ],
    // "senin gibi bir kadına vermemeliydim": the work not to be given to someone for their sex or origin.
    tr: ['(?:kadin|hintli|suriyeli|arap) (?:almiyorum|istemiyorum|calistirmam)',
      '(?:senin gibi bir |bir )?(?:kadina|kadinlara|hintliye|suriyeliye|araba) (?:bu isi |is )?(?:vermemeliydim|verilmez|guvenilmez)', 'senin memleketten', 'hepiniz tembelsiniz',
      'mutfa(?:g|k)a don',
      'bu (?:is|meslek) erkek isi', 'kadin isi degil',
      'kadin(?:lar)?dan (?:yazilimci|programci|muhendis) olmaz',
    ],
    zh: ['不招(?:\\S{0,4}?)(?:人|女生|女的)', '不考虑女(?:生|的)', '不考慮女(?:生|的)', '不要女(?:生|的)', '女生写代码', '女生寫程式'],
    vi: ['(?:dan ba|phu nu) (?:thi )?biet gi', 'dan (?:an|an do|phi|tau)(?: voi dan \\S+)? (?:dung|khong duoc) apply', 'con gai lam it', 'con gai (?:thi )?biet gi'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['kvinnor (?:kan inte|ska inte|borde inte) (?:\\S+ ){0,2}\\S*', 'åk hem till (?:ditt|ert) (?:eget )?land', 'åk tillbaka till (?:ditt|ert) (?:eget )?land'],
    no: ['kvinner (?:kan ikke|skal ikke|bør ikke) (?:\\S+ ){0,2}\\S*', 'reis hjem til (?:ditt|deres) (?:eget )?land', 'dra tilbake til (?:ditt|deres) (?:eget )?land'],
    da: ['kvinder (?:kan ikke|skal ikke|bør ikke) (?:\\S+ ){0,2}\\S*', 'tag hjem til (?:dit|jeres) (?:eget )?land', 'rejs hjem til (?:dit|jeres) (?:eget )?land'],
    fi: ['naiset eivät (?:osaa|voi|saa) (?:\\S+ ){0,2}\\S*', 'mene takaisin (?:omaan )?maahasi'],
    'is': ['konur geta ekki (?:\\S+ ){0,2}\\S*', 'farðu heim til þín'],
  },
  counterExamples: ['the male connector on the cable',
    'leave the heavy lifting to the movers', 'typical British weather today', 'the booking app lets people schedule around their prayers',
    'who let the cat out of the kitchen', 'women are not allowed to be paid less',
    'this role is for men and women alike', "a job for a men's clothing brand", 'este trabajo es para hombres y mujeres'],
  examples: ['i want male designer',
    'leave the pricing to one of the guys on your team', 'I won\'t negotiate with a woman about this', 'careful about hiring from your region',
    'we don\'t hire people who pray during work hours', 'you people and your holidays', 'typical Brits.', 'this is an office, not a mosque', 'пусть лучше муж посмотрит',
    'babae ka kasi', 'aap ghar sambhaliye',
    
    'who let you out of the kitchen?', 'women are not allowed near a computer here',
    'this kind of work is for men', 'no Indians please', 'prefiero no contratar venezolanos', 'não contrato mulher', "pas de candidats d'Afrique du Nord",
    'keine Bewerber aus Indien', 'индусов не рассматриваю'],
});

/** Romantic or sexual advances. */
export const ADVANCE = defineClass({
  name: 'ADVANCE',
  doc: 'Compliments on looks, dating questions, invitations to meet privately.',
  words: {
    // Japanese and Swahili: meet privately, drink, a hotel.
    ja: ['個人的に会いたい', '二人で飲み', 'ふたりで飲み', '二人で会'],
    sw: ['tukutane hotelini', 'tukutane (?:\\S+ )?faragha', 'twende out', 'tukutane (?:\\S+ )?kwa chakula cha jioni'],
    en: [
      // Round 35 (training batch 118): photos asked "just for me", what someone wears, dinner instead of work, "are you single".
      '(?:send|show) (?:me )?(?:a |some |more |your )?(?:selfies?|pics?|photos?|pictures?)(?: \\S+){0,6},? (?:just|only) for me',
      '(?:more )?(?:pics|photos|pictures) like (?:the|that) (?:beach|bikini|gym|pool)',
      "curious what you(?:'re| are)? wear",
      'with your hair down',
      'do you record in bed',
      '(?:i\'?d|i would) rather take you (?:out )?to dinner',
      '(?:asking )?if you are single',
      '(?:a )?.?private.? assistant after hours',
      'stared at your (?:\\S+ )?(?:photo|picture|pic)',
      '(?:you have )?(?:a )?perfect figure',
      'prettier than your (?:emails|messages|voice)',
      'camera only,? for me',
      'send selfie',
      // Dress asked for on camera: "wear something nicer for the next video call", "turn your camera on and wear something nicer".
      'wear (?:something|anything) (?:nicer|prettier|sexier|shorter|tighter|cuter|more revealing|less) (?:\\S+ ){0,4}(?:video call|zoom|camera|cam|call)',
      '(?:camera|cam|video) on (?:\\S+ ){0,4}wear (?:something|anything) (?:nicer|prettier|sexier|shorter|tighter|cuter|more revealing|less)',
      "(?:you(?:'re| are)|you look) (?:so |very |really )?(?:beautiful|pretty|gorgeous|cute)",
      'do you have a (?:boyfriend|girlfriend)', 'are you single', 'go out with me', 'date with me',
      // "you single?", "u single??", "you sound real cute on that voice memo".
      '(?:are |r )?(?:you|u|ya) single(?= *\\?)', '(?:you|u) (?:sound|sounded|sounding) (?:so |real |really |very |super |kinda )?(?:cute|sexy|hot|pretty|adorable)',
      'in my hotel', 'are you married',
      'profile (?:picture|pic|photo) is (?:very |so )?(?:beautiful|pretty|hot|cute)',
      'over dinner',
      '(?:you(?:\'re| are)|youre|ur|u r) (?:way |far |much |just |so )?too (?:pretty|beautiful|cute|hot|gorgeous) (?:to|for)',
      'you should be (?:a model\\b|modell?ing(?= *[,.!?]|$))',
      // "send me a few more photos, for the campaign", "from the shoot": the work's photos, not the person's (round 35).
      'send me (?:a few |some |a couple )?more (?:photos|pictures|pics)(?!,? (?:of|for|from) (?!you\\b|yourself|me\\b))',
      // "you looked great in that dress", "if you ever leave him".
      '(?:you|u) look(?:ed|s)? (?:so |really |absolutely |very )?(?:great|amazing|stunning|gorgeous' +
        '|beautiful|hot|sexy|lovely|pretty|cute) in (?:that|this|your|the) (?:dress|outfit|bikini|skirt' +
        '|swimsuit|lingerie|gown|heels)',
      '(?:that|this|the) (?:dress|outfit|bikini|skirt|swimsuit) looks? (?:so |really )?(?:great|amazing' +
        '|stunning|hot|sexy|lovely|beautiful) on you',
      'if you (?:ever )?(?:leave|dump|divorce|get (?:bored|tired) of) (?:him|her|your (?:husband|wife' +
        '|boyfriend|girlfriend|fiance\\S*|partner))',
      'if you(?:\'re| are) ever single',
      'if (?:things|it) (?:don\'?t|doesn\'?t|do not|does not) work out (?:with|between) (?:him|her|you two' +
        '|you guys|your (?:husband|wife|boyfriend|girlfriend|fiance\\S*|partner))',
      '(?:you have|you\'?ve got|you got|such) (?:very |really |so )?(?:nice|beautiful|sexy|lovely|hot|gorgeous|great|attractive) (?:legs|lips|curves|body|butt|figure|boobs|chest|thighs)',
      '(?:your|ur) (?:lips|legs|curves|body|figure|butt|boobs|chest|thighs) (?:\\S+ ){0,2}(?:beautiful|sexy|hot|gorgeous)',
      'bra size', 'what (?:you\'?re|you are|ur|u r) wearing',
      'wear (?:something )?(?:sexier|shorter|tighter|more revealing)',
      'dress (?:a (?:bit|little)\\S* )?(?:less formal|sexier|more revealing)',
      '(?:you have an?|you\'?re an?|you are an?|ur an?|you\'?re (?:clearly|really) an?) (?:very |really )?attractive (?:\\S+ )?(?:voice|lady|woman|girl|man)',
      '(?:sexy|pretty|beautiful|hot|cute|attractive|gorgeous) (?:young )?(?:lady|girl|woman|thing|mama|mom) like (?:you|u)',
      'is that your real (?:hair|face|body|nose|lips)', 'send (?:me )?(?:a |your )?full[- ]body (?:pic|photo|picture|shot|selfie|video)s?',
      '(?:you looked|you look) (?:a lot |much |way )?(?:thinner|fatter|older|younger|heavier|skinnier) (?:in|than)',
      '(?:since|now that) you\'?re single', 'couldn\'?t stop (?:looking|staring) at (?:them|you|your)',
      'nice voice,? shame',
      'what (?:r|are) (?:u|ya) wearing',
      '(?:you(?:\'re| are)|ur|u r) looking (?:so |very |really )?(?:hot|sexy|beautiful|gorgeous|pretty|cute)',
      'accept my friendship',
      '(?:your|ur) (?:voice|body|legs|lips|smile|eyes|figure) (?:is|was|sounds?|looks?) (?:\\S+ ){0,2}(?:sexy|hot)',
      'swipe right on me', '(?:sound|look)s? even better in private',
      '(?:no work talk|not about work),? just (?:us|you and me|the two of us)',
    ],
    es: ['(?:eres|estas) muy (?:guapa|guapo|bonita|linda|hermosa)', 'tienes novi[oa]', 'sal(?:ir|gamos) conmigo', 'en mi hotel',
      'foto tuya de cuerpo (?:entero|completo)', 'foto de cuerpo (?:entero|completo) tuya',
      'eres (?:muy |tan |super )?(?:guapa|linda|hermosa|bonita|preciosa)',
      '(?:mandame|enviame|pasame) (?:unas |algunas |una )?fotos? (?:tuyas?|de ti)',
      '(?:te ves|estabas) (?:muy |tan )?(?:guapa|linda|hermosa|sexy) (?:con|en) (?:ese|este) (?:vestido|bikini)',
      'si (?:algun dia )?(?:lo dejas|te separas)',
    ],
    pt: [
      // Round 35 (training batch 118): "manda umas fotos só pra mim", "fica muito gata".
      'fotos? (?:\\S+ ){0,5}so pra mim',
      'fica muito gat[ao]','(?:voce e|vc e|e) muito (?:bonita|linda|gata|gostosa)', 'tem namorad[oa]', 'quer sair comigo', 'no meu hotel',
      'foto (?:sua|tua) de corpo inteiro', 'foto de corpo inteiro (?:sua|tua|de voce)',
      '(?:voce e|vc e|voce esta|vc ta|voce ta) (?:muito |tao |super )?(?:bonita|linda|gata|gostosa|maravilhosa) demais',
      '(?:me manda|mande|envia|envie)(?:-me)? (?:umas |algumas |uma )?fotos? (?:sua|suas|tua|tuas|de voce)',
      '(?:ficou|estava|fica) (?:muito |tao )?(?:linda|gata|gostosa|sexy) (?:nesse|naquele|com esse)' +
        ' (?:vestido|biquini)',
      'se (?:um dia )?(?:voce )?(?:largar|terminar com) ele',
    ],
    fr: ['(?:tres )?jolie voix', '(?:vous etes|tu es) (?:tres )?(?:jolie|belle|mignonne)', '(?:vous etes|tu es) celibataire', 'dans mon hotel',
      'envoye[sz]?-moi (?:plutot |donc )?(?:quelques |des |une |deux )?(?:photos?|selfies?) de (?:vous|toi)',
      'ma (?:cherie|poupee)(?= ?,)',
      '(?:tu es|vous etes|t.etais|vous etiez) (?:tres |si )?(?:belle|sexy|jolie) dans cette robe',
    ],
    de: ['foto im bikini', '(?:sie sind|du bist) (?:sehr )?(?:hubsch|schon|sexy)', '(?:sind sie|bist du) single', 'in meinem hotel',
      'schick(?:en sie)? mir (?:ein paar |einige |ein )?(?:fotos?|bilder|selfies?) von (?:dir|ihnen)',
      '(?:du siehst|sie sehen|du sahst) (?:in dem|im|in diesem) (?:kleid|bikini) (?:so |sehr )?(?:sexy' +
        '|heiss|hubsch|toll) aus',
    ],
    ru: ['(?:вы|ты) (?:такая|очень) (?:красив\\S*|милая)', 'поужинаем', 'у (?:вас|тебя) есть парень', 'в (?:моем|моём) номере',
      'пришли(?:те)? (?:мне )?(?:пару |несколько )?(?:своих|ваших) фото(?!графи)',
    ],
    uk: ['(?:ви|ти) (?:така|дуже) (?:гарн\\S*|красив\\S*)', 'в мене в готелі', 'у (?:вас|тебе) є хлопець',
      'надішли(?:ть)? (?:мені )?(?:пару |кілька )?(?:своїх|ваших) фото',
    ],
    hi: ['(?:aap|tum) bahut (?:sundar|cute|hot) ho', 'boyfriend hai kya', 'date pe chalo', 'profile pic bahut hot', 'dinner pe chal\\S*',
      'profile (?:picture|pic|photo) (?:bohat|bahut|bht|bohot) (?:pyari|khoobsurat|sundar|hot|cute)',
      'dupatta (?:na (?:lein|lena|lo|rakhein|rakho)|utar\\S*|hata\\S*)',
      '(?:bahut|bohot|bht|kaafi) (?:hot|sexy|sundar|khoobsurat) lag(?:ti|te) ho', 'saree pehen ke',
    ],
    ur: ['(?:aap|tum) bohat (?:khoobsurat|pyari|cute) ho', 'boyfriend hai', 'apni kuch pictures bhejo',
      'profile (?:picture|pic|photo) (?:bohat|bahut|bht|bohot) (?:pyari|khoobsurat|sundar|hot|cute)',
      'dupatta (?:na (?:lein|lena|lo|rakhein|rakho)|utar\\S*|hata\\S*)',
    ],
    tl: ['ang ganda mo', 'may boyfriend ka ba', 'date tayo', 'sexy mo', 'sa hotel na lang tayo'],
    id: [
      // Round 35 (training batch 118): "foto badan full, baju yang lebih terbuka".
      'baju (?:yang )?(?:lebih )?terbuka',
      'foto badan','(?:kamu|anda) cantik (?:banget|sekali)', 'udah punya pacar', 'jalan sama aku', 'seksi banget', 'tanpa bahas kerjaan',
      '(?:kamu|anda) cantik', 'ketemuan berdua',
    ],
    ar: ['(?:انتي|انت) (?:جميلة|حلوة)', 'عندك حبيب', 'نطلع سوا', 'انتي متجوزة', 'نتقابل لوحدنا', 'shaklek 7elwa', 'ne5rog sawa',
      'ent[iy] 7elwa',
      'يا (?:حلوة|قمر|جميلة|عسل)', 'ya (?:7elwa|amar|2amar|gameela|asal)',
      'و?صورتك (?:ا|أ)حلى', 'نتعرف على بعض',
    ],
    tr: ['cok (?:guzelsin|tatlisin)', 'sevgilin var mi', 'benimle cikar misin', 'sesin cok seksi', 'bana ozel'],
    zh: ['发张自拍', '發張自拍', '自拍看看', '妹子的话', '美女的话'],
    vi: ['gui (?:anh|minh) (?:xem )?(?:hinh|anh) (?:cua )?em di', 'co nguoi yeu chua'],
  },
  examples: ['you single?', 'u sound so cute on the call',
    'you looked great in that dress', 'eres muy guapa', 'quer sair comigo', 'vous êtes célibataire', 'Foto im Bikini', 'вы такая красивая', 'ang ganda mo'],
});

/** Threats in more words. */
export const THREAT = defineClass({
  name: 'THREAT',
  doc: 'Threats of harm, exposure or pursuit.',
  words: {
    lt: [
      'zinau,? kur (?:tu )?(?:gyveni|gyvenate|dirbi|dirbate)', 'gailesies', 'gailesites', 'surasiu tave',
      'sunaikinsiu (?:tavo |jusu )?(?:\\S+ )?(?:karjer\\S{0,2}|reputacij\\S{0,2}|profil\\S{0,2})',
    ],
    lv: [
      'zinu,? kur tu (?:dzivo|strada)', 'nozelosi', 'nozelosiet', 'atradisu tevi',
      'iznicinasu (?:tavu |jusu )?(?:\\S+ )?(?:karjer\\S{0,2}|reputacij\\S{0,2}|profil\\S{0,2})',
    ],
    et: [
      'tean,? kus (?:sa )?(?:elad|tootad)', 'kahetsed', 'kahetsete', 'leian su (?:ules|ulesse)',
      'havitan (?:su|sinu|teie) (?:\\S+ )?(?:karjaar\\S{0,3}|maine\\S{0,2}|profiil\\S{0,3})',
    ],
    hy: ['գիտեմ (?:որտեղ|ուր) (?:ես|եք) ապրում', 'կփոշմանես', 'կզղջաս', 'կգտնեմ քեզ', 'gitem (?:vortex|vorteg|ur) (?:es|eq) aprum', 'kzghjas',
      'kzxjas', 'kposhmanes'],
    uz: ['qayerda yasha\\S{0,8} bilaman', 'afsuslanasan', 'pushaymon bo[\'`]?lasan', 'seni topaman', 'қаерда яша\\S{0,8} биламан', 'пушаймон бўласан',
      'сени топаман'],
    kk: ['қайда тұратын\\S{0,6} білемін', 'өкінесің', 'сені табамын'],
    ky: ['кайда жаша\\S{0,8} билем', 'өкүнөсүң', 'сени табам'],
    tg: ['медонам (?:дар )?куҷо зиндагӣ мекунӣ', 'пушаймон мешавӣ', 'туро меёбам'],
    mn: ['хаана амьдар\\S{0,8} (?:\\S+ )?мэднэ',
      'хаана амьдар\\S{0,8} мэднэ', 'харамсана', 'чамайг олно'],
    sq: [
      'e di ku (?:jeton|banon|punon)', 'do te pendohesh', 'do te te gjej', 'do ta shkaterroj (?:\\S+ )?(?:karrieren|profilin)',
    ],
    sk: [
      'viem,? kde (?:byvas|byvate|pracujes)', 'budes (?:to )?lutovat', 'budete (?:to )?lutovat', 'najdem (?:ta|si ta)', 'znicim ti (?:\\S+ )?(?:karieru|povest|profil)',
    ],
    mk: [
      'знам каде (?:живееш|работиш)', 'ќе зажалиш', 'ќе те најдам', 'ќе ти ја уништам (?:кариерата|репутацијата)',
    ],
    sl: [
      'vem,? kje (?:zivis|stanujes|delas)', 'obzaloval(?:a)? bos', 'se bos kesal(?:a)?', 'unicil(?:a)? ti bom', 'nasel te bom', 'nasla te bom',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: I know your house, I will kill you.
    km: [
      'ដឹងផ្ទះឯង', 'សម្លាប់ឯង', 'ចាំមើល',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: I know your house, I will kill you.
    my: [
      '(?:မင်း|နင့်)အိမ် ?ငါသိ', 'သတ်ပစ်မယ်', 'စောင့်ကြည့်နေ',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): I know your house, I will kill you.
    kn: [
      '(?:ನಿನ್ನ|ನಿಮ್ಮ) ಮನೆ (?:ನನಗೆ )?ಗೊತ್ತು', '(?:ನಿನ್ನ|ನಿನ್ನನ್ನು) ಸಾಯಿಸ್ತೀನಿ',
      'ನೋಡ್ಕೋತೀನಿ', '(?:ninna|nimma) mane (?:nange |nanage )?gottu', 'ninna saayisteeni', 'nodkoteeni',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): I know your house, I will kill you.
    pa: [
      '(?:ਤੇਰਾ|ਤੁਹਾਡਾ) ਘਰ (?:ਮੈਨੂੰ )?ਪਤਾ (?:ਹੈ|ਆ)', 'ਤੈਨੂੰ ਮਾਰ ਦਿਆਂਗਾ', 'ਦੇਖ ਲਵਾਂਗਾ',
      '(?:تیرا|تہاڈا) گھر (?:مینوں )?پتہ اے', 'تینوں مار دیاں گا', 'ویکھ لواں گا', '(?:tera|tuhada) ghar (?:mainu )?pata (?:hai|aa|ae)',
      'tainu maar dayanga', 'dekh lavanga',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): I know your house, I will kill you.
    gu: [
      '(?:તારું|તમારું) ઘર (?:મને )?ખબર છે', '(?:તને|તમને) મારી નાખીશ', 'જોઈ લેજે',
      '(?:taru|tamaru) ghar (?:mane )?khabar che', '(?:tane|tamne) mari nakhish', 'joi leje',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: I know your house, I will kill you.
    si: [
      '(?:උඹේ|ඔයාගේ|තොගේ) ගෙදර (?:මම )?දන්නවා', '(?:උඹව|තොව|ඔයාව) මරලා දානවා',
      'බලාගෙන හිටපන්', '(?:umbe|oyage|thoge) gedara (?:mama )?dannawa', '(?:umbawa|thowa|oyawa) marala danawa', 'balagena hitapan',
    ],
    // Threats of pursuit in Greek and Greeklish, Hungarian and Malayalam.
    el: ['θα σε βρω', 'ξερω (?:που|πού) (?:μενει[σς]|δουλευει[σς])', 'θα το μετανιωσει[σς]',
      'θα (?:το )?πληρωσει[σς] ακριβα', 'tha se vrw', 'tha se vro', 'kse?rw pou meneis', 'tha to metaniwseis'],
    hu: ['megtalallak', 'tudom,? hol laksz', '(?:ezt meg )?megbanod', 'meg fogod banni', 'megkeserulod'],
    ml: ['നിന്നെ (?:ഞാൻ )?(?:കൊല്ലും|കാണിച്ചു തരാം|വിടില്ല)',
      'നിന്റെ വീട് എനിക്ക് അറിയാം', 'അനുഭവിക്കും', 'ninne (?:njan )?(?:kollum|vidilla|kanichu tharam)',
      'ninte veed\\S{0,3} enikk\\S{0,2} ariyam', 'anubhavikkum'],
    // Threats of pursuit in Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic (I'll find you, I know where you live, you'll regret it).
    hr: [
      'zazali(?:s|t ces|ces)', 'unist(?:it cu|icu) ti', 'unistit cu te', 'unisticu te', 'svima cu reci (?:\\S+ ){0,2}(?:kakav|kakva|da si)',
      'znam gdj?e (?:ti je|je tvoj|je tvoja|ti zivi|ti radi) (?:ured|kuca|stan|firma|porodica|obitelj|zena|dijete|dete|djeca|deca)', 'znam gdj?e (?:stanujes|zivis)', 'znam gdi stanujes',
      'naci cu te', 'nac cu te', 'nacicu te', 'znam gdje zivis', 'znam gde zivis', 'pozalit ces', 'pozalices', 'platit ces (?:mi )?(?:za ovo|skupo)', 'ubit cu te', 'ubicu te',
      'razbit cu te'],
    sr: [
      'зажалићеш', 'уништићу ти', 'уништићу те', 'свима ћу рећи (?:\\S+ ){0,2}(?:какав|каква|да си)',
      'знам где (?:ти је|ти живи) (?:канцеларија|кућа|стан|фирма|породица|жена|дете|деца)', 'знам где станујеш',
      'наћи ћу те', 'наћићу те', 'знам где живиш', 'пожалићеш', 'платићеш (?:ми )?(?:за ово|скупо)', 'убићу те',
      'разбићу те'],
    az: [
      // "görərsən", "başına gələnləri", "ünvanını bilirəm, ehtiyatlı ol".
      'gorersen', 'basina gelenleri\\S*', '(?:ev )?unvanini bilirem(?=[ ,.!]*(?:ehtiyatli|diqqetli|gorersen|gozle))', 'pesman olarsan', 'seni tapacam', 'seni tapacagam',
        'hard?a yasadigini bilirem', 'pesman olacaqsan', 'seni oldurerem', 'hesabini vereceksen'],
    ka: ['გიპოვი', 'ვიცი სად ცხოვრობ', 'ინანებ', 'მოგკლავ', 'ძვირად დაგიჯდება', 'gipovi',
      'vici sad cxovrob', 'inaneb', 'mogklav', 'dzvirad dagijdeba'],
    am: ['አገኝሃለሁ', 'አገኝሻለሁ', 'የት እንደምትኖር አውቃለሁ', 'ትፀፀታለህ', 'ትጸጸታለህ', 'እገድልሃለሁ', 'agegnihalehu',
      'yet endemitnor awkalehu', 'egedilihalehu'],
    // Threats of pursuit in Tamil, Telugu and Nigerian Pidgin.
    ta: [
      // Tamil: people sent to the house.
      'வீட்டுக்கு ஆள் அனுப்புவேன்', 'veetuku aal anuppuven', '(?:unna|onna|ungala) (?:summa )?(?:vida maaten|vidamaaten|kolluven|kollama vida maaten)',
      'un veedu enakku theriyum', 'paathukuren unna',
      'உன்னை (?:சும்மா )?(?:விட மாட்டேன்|கொல்லுவேன்)', 'உன் வீடு எனக்கு தெரியும்'],
    te: [
      // Telugu: people sent to the house.
      'ఇంటికి మనుషుల్ని పంపిస్తా\\S{0,2}', 'intiki manushulni pampista\\S{0,2}', 'ninnu (?:vadalanu|vadilipettanu|champestha|champesta|champutha)',
      '(?:mee|nee) illu naaku telusu', 'నిన్ను (?:వదలను|చంపేస్తా\\S{0,2})',
      'నీ ఇల్లు నాకు తెలుసు'],
    pcm: ['i go (?:deal with|finish) (?:you|u)', 'i go show (?:you|u) (?:pepper|shege|levels|wetin)', 'you go (?:see|chop|collect) pepper', 'i know where (?:you|u) (?:dey )?stay'],
    // Threats of pursuit in Thai, Persian (and Finglish), Hebrew, Bulgarian and Czech.
    th: ['เจอดี(?:แน่|แน่นอน)', 'ไม่จบแน่', 'รู้นะว่าบ้านอยู่ไหน',
      'ตามไปถึงบ้าน', 'ระวังตัวไว้'],
    fa: ['پیدات می ?کنم', 'می ?دونم کجا زندگی می ?کنی', 'پشیمون میشی', 'peydat mikonam', 'midoonam koja zendegi mikoni', 'pashimoon mishi'],
    // Round twenty-five (Hebrew as Israeli clients type it): "I know where you live, watch out".
    he: ['אני יודע(?:ת)? איפה (?:אתה|את) (?:גר|גרה)', 'תיזהר', 'תיזהרי', 'אני אמצא אותך', 'אני יודע(?:ת)? איפה אתה גר',
      'עוד תצטער'],
    bg: ['ще те намеря', 'знам къде живееш', 'ще съжаляваш'],
    cs: [
      'vim, kde bydlis', 'vim,? kde (?:bydlite|pracujes)',
      'najdu te', 'vim kde bydlis', 'budes litovat', 'to te bude mrzet'],
    // Polish threats: I will find you, I know where your company is, you will regret it, everyone in the trade will know ("znajdę cię w realu").
    pl: ['znajde (?:cie|pana|pania|was|ciebie)',
      'wiem,? gdzie (?:mieszkasz|masz (?:firme|biuro)|pracujesz|mieszka pan|mieszka pani|jest (?:twoja|pana) firma)', 'pozalujesz', 'popamietasz',
      'bedzie (?:zle|po tobie|krucho)', 'dorwe (?:cie|pana)', 'zniszcze (?:cie|pana|pania|twoja)', 'przyjade do (?:ciebie|pana|pani)',
      'dopilnuje,? (?:\\S+ ){0,2}wszyscy', 'wszyscy (?:\\S+ ){0,3}sie (?:o tym |o panu |o tobie )?dowiedza'],
    // Japanese: I will look up your address and come; Swahili: I will find you at home, I know where you are.
    ja: ['住所(?:を)?調べ', '(?:家|自宅)(?:まで|に)(?:行|押しかけ)', '逃げられると思わないで', '覚えとけ', '覚えてろ'],
    sw: ['nitakutafuta (?:\\S+ )?(?:mpaka|hadi|nyumbani)', 'nitakuja nyumbani kwako', 'najua uko wapi', 'najua unapoishi', 'utajuta'],
    en: [
      // Round 35 (training batch 118): the reader's employer or family told, people who "find people", regret promised, exposure ("your data becomes very public").
      '(?:i\'?ll|i will|i\'?m going to|i am going to|or i|we will|we\'?ll) (?:\\S+ ){0,2}(?:contact|call|phone|visit) (?:\\S+ ){0,2}' +
        '(?:the (?:studio|company|office|agency|bank|firm|shop) where you work|your (?:employer|day job))',
      'explain to your (?:boss|employer|wife|husband|family) what you',
      'friends? (?:at|in) the police',
      'finds? people (?:very |really )?fast',
      'i know (?:people|someone|guys) in your (?:city|town|area|barangay|neighbou?rhood|village|street)',
      'you(?:\'ll| will) have a (?:very |really )?bad (?:day|week|month|year|time)',
      'you(?:\'ll| will| are going to|\'re going to) regret (?:this|it|firing|crossing|messing)',
      'don\'?t test me',
      'mark my words',
      '(?:you\'?re|you are) finished\\b',
      'be careful how you (?:talk|speak|write) to me',
      'i found your (?:\\S+ ){0,4}(?:home address|wife\'?s|husband\'?s|kids|children|family)',
      'make sure everyone (?:\\S+ ){0,5}knows what (?:you are|kind of)',
      'everyone (?:in your \\S+ )?(?:will )?knows? what (?:you are|kind of person)',
      'data (?:becomes|will become|goes|will go) (?:very )?public',
      '(?:i\'?ll|i will|we will|we\'?ll) (?:publish|post|leak|share) (?:all )?your (?=(?:\\S+ ){0,8}?(?:private|unreleased|' +
        'dms|chats?|data|address|secrets|source|jira|builds|screenshots|conversations?)\\b)(?:\\S+ ){0,8}?(?:on|in|to) (?:reddit|' +
        'twitter|x|facebook|linkedin|the internet|every)',
      '(?:i\'?m|i am) coming to visit you',
      'i know you live in',
      'better for you to pay',
      'city is small,? people talk',
      'no (?:\\S+ ){0,2}(?:brand|client|company|studio|agency) (?:\\S+ ){0,3}will (?:ever )?(?:touch|hire|work with) you',
      // Round twenty-three: the reader's name spread to the whole trade, or the trade closed to them, in any wrapper ("I'll tell everyone in
      // the scene how you work", "nobody serious will ever want to work with you again", "the industry is small, remember that").
      "(?:i'?ll|i will|i'?m going to|i am going to|gonna|i'?m gonna) (?:\\S+ )?(?:tell|warn|let) (?:everyone|everybody|all|every) (?:\\S+ ){0,4}" +
        '(?:how you (?:work|treat|operate)|what (?:you did|kind of)|about you|that you)',
      "(?:nobody|no one|no1) (?:serious |decent |sane )?(?:will|is going to|would) (?:ever )?(?:want to )?(?:work with|hire|book) (?:you|u) (?:ever )?again",
      "(?:this|the) (?:\\S+ ){0,2}(?:world|industry|scene|market|business) is (?:very |really |too )?small,? (?:remember (?:that|it)|watch (?:out|yourself)|be careful)",
      // Round twenty, phone chat: "ill find u, i mean it", "u will regret, i know people", "i'll show up at ur door".
      '(?:i.?ll|ill|i will|imma|i.?m gonna|im gonna) (?:find|hunt|hurt|come for|come after) (?:u|ya|you)(?= *(?:[,.!?]|$|i mean))',
      '(?:u|you) (?:will|wil|gonna|.ll) regret(?: (?:it|this))?,? i know (?:people|a lot of people|where)',
      '(?:and|or) (?:i.?ll|ill|i will) (?:show|turn) up at (?:ur|your) (?:door|doorstep|house|home|place)',
      // Round twenty: ruin or pursuit threatened: "I'll see that nobody in this town hires you", "you'll find out how persistent I can be", "I know where your warehouse is", "your page gets
      // 500 one-star reviews".
      '(?:see|make it my (?:personal )?(?:business|mission|job) to see) (?:to it )?that (?:nobody|no one|no client|no company) (?:\\S+ ){0,4}(?:ever )?(?:hires?|works? with|trusts?|books?) (?:you|u)',
      '(?:you(?:\'ll| will)|u will|you\'re going to|you are going to) find out (?:how|what) (?:\\S+ ){0,3}(?:persistent|serious|nasty|angry|dangerous|far|vindictive|ugly|unpleasant)',
      'i know where (?:your|ur) (?:\\S+ )?(?:office|depot|warehouse|shop|store|studio|workshop|factory|workplace|business|family) (?:is|are|lives?)(?= *[.!]|$)',
      '(?:your|ur) (?:\\S+ ){0,4}(?:gets?|will get|receives?) (?:\\d+|hundreds of|dozens of|a flood of|a wave of|a ton of) (?:one|1|bad|negative|fake)[- ]star',
      '(?:find a way|make it my mission|do everything i can) to (?:ruin|destroy|wreck|end) (?:your|ur) (?:life|career|business|reputation)',
      // Ruin or sabotage threatened with no swear word: "make sure nobody in this state ever hires you again", "I'll post about you in
      // every agent group", "contacting every program officer you've ever worked with", "think carefully about your next step",
      // "I still have the API keys, remember that", "refund me or I doxx you", "I can make them look however I want".
      '(?:make sure|see to it|ensure) (?:that )?(?:nobody|no one|no client|no agency|no company) (?:\\S+ ){0,4}(?:ever )?(?:hires?|works? with|trusts?|books?) (?:you|u) (?:\\S+ ){0,2}again',
      // "make sure no other lab ever hires you", "tell everyone at church what kind of person you are", "it will not be pleasant".
      '(?:make sure|see to it) (?:that )?no (?:other )?\\S+ (?:\\S+ )?ever (?:hires?|works? with|books?) (?:you|u)',
      'tell (?:everyone|everybody|all) (?:at|in) (?:\\S+ ){1,3}what kind of (?:person|man|woman|freelancer) you are(?= *(?:[.!,;]|$))',
      'explain it to you in person,? (?:it|and it) (?:will|would|won.?t) (?:not )?be (?:pleasant|nice|pretty)',
      '(?:post|write|talk) about you (?:in|on) (?:every|all) (?:\\S+ ){0,3}(?:groups?|forums?|channels?|pages?|subreddits?)',
      '(?:contact|contacting|email|emailing|call|calling|message|messaging|tell|telling|warn|warning) (?:every|all(?: the)?) (?:\\S+ ){0,3}' +
        'you(?:\'ve| have)? ever worked (?:with|for)',
      'think (?:very )?(?:carefully|twice|hard) about your next (?:step|move)(?= *[.!]|$)',
      'i still have (?:the |your |all the )?(?:\\S+ )?(?:api keys?|access|passwords?|credentials|logins?|admin (?:access|rights)|server access|keys),? remember',
      '(?:i(?:\'ll| will)?|or i|and i) doxx?\\S*', 'doxx?(?:ing)? (?:you|u)\\b',
      '(?:make sure|see to it) (?:that )?(?:the|your) (?:app|site|website|store|shop|server|integration|plugin) (?:\\S+ )?(?:stops? working|goes down|breaks|crashes)',
      '(?:make|edit|fake|doctor) (?:them|the screenshots?|those) (?:look|say|show) (?:however|whatever|anything) i want',
      "you(?:'ll| will) (?:see what happens|be sorry)",
      "i(?:'ll| will) (?:post|publish|leak|share) your (?:photos?|pictures?|id|passport|address)",
      '(?:inform|tell|contact|email) (?:all )?(?:the )?(?:companies|clients|people) you work for',
      'post on social (?:networks|media) about (?:you|your)',
      '(?:make sure|see to it) (?:that )?(?:you never (?:work|get hired|get another)|your (?:business|company|career|agency) (?:fails|sinks|goes under|is over))',
      'you(?:\'ll| will) never (?:work|get (?:another|a) (?:job|client|contract)) (?:in this industry |on upwork |here )?again',
      'would be a (?:shame|pity) if (?:word (?:got|gets|were to get) (?:around|out)|(?:people|anyone|everyone|your (?:other ' +
        ')?clients) (?:found out|heard|learned|knew)|something (?:happened|were to happen) to)',
      'people talk in this (?:industry|business|field|town|market|space|community)',
      'word (?:gets|travels) (?:around|fast) in this (?:industry|business|field|town|market|space|community)',
      'i know (?:which|what|where) (?:city|town|country|street|building|neighbou?rhood|area|office) your (?:\\S+ )?(?:agency|company|family|office|business|kids|team|studio) (?:is|are|lives?|works?)',
      'i\'?d hate for (?:this|things|it) to (?:turn|get|become|escalate)(?: into)? (?:something )?(?:more )?(?:personal|ugly|nasty|formal)',
      '(?:i\'?d|you\'?d|you might want to|better) (?:reconsider|watch|mind|check) (?:that|your) tone',
      'i know (?:some )?people in your (?:country|city|town|area)',
      // "I know where your agency is based", "keep ignoring my messages and see what happens".
      'i know where your (?:office|house|family|home|company|kids|children|agency|studio|business|shop' +
        '|store|parents|wife|husband|team) (?:is|are|lives?|works?)(?: (?:based|located))?' + DELIVERED_THERE,
      '(?:keep|continue|go on) (?:ignoring|ghosting|avoiding|dodging|blocking) (?:me|my (?:messages|emails|calls|texts))' +
        ',? and (?:you\'?ll |you will |just )?see what happens',
      '(?:ignore|block|report|cross) me (?:again |one more time )?and (?:you\'?ll |you will |just )?see what happens',
      '(?:i\'?ll|i will|i\'?m going to|i am going to|i\'?m gonna|gonna|maybe i\'?ll|i might' +
        '|i could) (?:\\S+ )?(?:find|get|track down|look up) (?:out )?(?:your|ur) (?:home ' +
        '|real |private )?(?:address|house|home)',
      '(?:i )?(?:found|have|got|googled)(?: \\S+)? (?:your|ur) (?:home |real |private )?address',
      'your address is (?:on|in) (?:the|your)', 'die adresse hab ich',
      '(?:find|found|finding) out where (?:you|u) (?:dey )?(?:live|stay|sleep|work)',
      'i (?:have|know) (?:people|friends|guys|contacts|a cousin|cousins|someone|family) (?:there|where you live|in your (?:city|town|area|country)|in the police)',
      'you won\'?t (?:like|enjoy) (?:the conversation|what happens|what comes next|the consequences)',
      '(?:get|gets|getting) what\'?s coming to (?:them|you|him|her)',
      'accidents (?:happen|can happen) to (?:people|those|freelancers|anyone)',
      '(?:slap|punch|smack|knock|kick)(?: \\S+){0,2} (?:off )?(?:your|ur) (?:face|head|teeth)',
      'break (?:\\S+ ){0,3}over (?:your|ur) head', '(?:people like you|you|u) (?:will )?(?:get|gets) hurt',
      'i hope you (?:choke|drown|burn|starve|rot|die|suffer)',
      // Ill wishes on the person or their business: "hope your shop goes under", "hope you get fired", "you deserve to go bankrupt"
      // (not "I hope your server never crashes": no negation among the words between).
      '(?:i )?hope (?:you|u|your|ur) (?:(?!never|not|doesn|don|won|isn)\\S+ ){0,3}' +
        '(?:burns? (?:\\S+ ){0,3}down|goes? (?:bankrupt|under|bust|broke)|gets? (?:fired|sued|hacked|scammed)|crash(?:es)? and burns?|fails? miserably|rots?|loses? everything)',
      'you deserve to (?:be fired|get fired|go (?:bankrupt|broke|under)|lose (?:everything|every (?:\\S+ )?client|your (?:job|business|shop|clients))|fail|suffer|starve)',
      'think (?:very )?(?:carefully|twice|hard) before (?:you|missing|ignoring|ghosting)',
      'i\'?d think twice before',
      'i know (?:which|what|where) (?:\\S+ ){0,2}(?:you|your (?:kids|children|son|daughter|wife|husband|family|parents)) (?:use|go|goes|work|works|live|lives|study|studies|stay|train)',
      '(?:i\'?ll|i will|i\'?m going to|i\'?m gonna|gonna) (?:\\S+ )?(?:call|email|message|text|contact|tell|write to|inform' +
        '|send (?:\\S+ ){0,3}to) (?:your|ur) (?:family|wife|husband|university|school|college|parents|mother|mom|mum|dad|sister' +
        '|brother|kids|girlfriend|boyfriend|day-?job)',
      // The boss or the investors are told about the person, not sent the work: "I'll report you to your employer".
      '(?:tell|inform|warn) (?:your|ur) (?:boss|employer|manager|investors) (?:\\S+ ){0,2}(?:what|about you|how you)',
      'report you to (?:your|ur) (?:\\S+ )?(?:boss|employer|manager|investors|university)',
      '(?:your|ur) (?:\\S+ )?(?:boss|employer|wife|husband|family|parents|investors|university) (?:will |would |is going to )?(?:hears?|learns?|finds? out|sees?) (?:about|of) (?:this|it|you)',
      '(?:she|he|they|your (?:wife|husband|boss|family|employer|parents))(?:\'?d| would) (?:like|love) to (?:know|hear|see) what (?:a|kind)',
      'tell (?:them|him|her|everyone|everybody|people|the world|your \\S+) what (?:kind of ' +
        '|a )?(?:\\S+ )?(?:cheat|fraud|liar|scammer|thief|loser|person|hack|crook) (?:you are' +
        '|you really are|they \\S+)',
      '(?:one (?:email|call|message|word|post) from me|i) (?:would|could|will|can) (?:end|ruin' +
        '|destroy|finish) (?:your|ur) (?:little )?(?:side hustle|career|business|marriage' +
        '|reputation|company|agency|life)',
      '(?:make sure|see to it) (?:that )?(?:everyone|everybody|the whole|all) (?:\\S+ ){0,3}knows? what a',
      '(?:send|email|forward|show|post|leak)(?: \\S+){0,2} (?:screenshots of (?:your|ur' +
        '|our) (?:messages|chats?)|(?:the |our )?chat logs?|your (?:flirty ' +
        '|private )?messages) (?:\\S+ ){0,2}to (?:your|ur|all)',
      '(?:email|send|forward|show) (?:your|ur) (?:\\S+ )?(?:team|boss|clients|investors|wife|husband|family|employer) (?:the |our )?(?:chat logs?|screenshots)',
      '(?:or|and) i(?:\'ll| will)? (?:report|flag) (?:you|your (?:account|profile)) (?:to (?:upwork|support) )?for (?:fraud|scam\\S*|theft|stealing)',
      'and i (?:won\'?t|will not) (?:tell|inform|report \\S+ to) (?:upwork|support)',
      '(?:or|and) i(?:\'ll| will)? tell (?:upwork|support) (?:that )?you (?:harassed|threatened|abused|scammed|stalked) me',
      '(?:make sure|see to it|ensure) (?:that )?(?:every(?:one|body)?|all|each) (?:\\S+ ){0,4}(?:knows?|hears?|learns?|finds? out|reads?|sees?) (?:what (?:kind of|a|you did)' +
        '|who you (?:really )?are|how you treat|about you)',
      '(?:every one of them|all of them|each of them|your (?:investors|clients|wife|husband|boss|family)) (?:\\S+ ){0,4}(?:gets?|receives?|will (?:get|receive|see' +
        '|read)) (?:a message|an email|screenshots?|copies|a copy|our chat|the chat|this chat)',
      'one (?:post|word|call|email|message|review|tweet) from me (?:\\S+ ){0,6}(?:and|,) (?:no|nobody|no one)',
      'would be a (?:shame|pity) if your (?:\\S+ ){0,6}(?:found out|heard|learned|knew|saw)',
      'no need to hide from me', 'you can\'?t hide from me',
      // Harm hinted at, not named: "you won't walk away in one piece", "someone parked outside your house", "I'll remember your
      // face", "I know people there who know you", "I'll be round to you with a bat".
      'you (?:won\'?t|will not|wouldn\'?t|will never) (?:walk|get|go|make it|leave) (?:away |out |home |back )?(?:happy|in one piece|unharmed|alive|smiling|untouched|so easily)',
      '(?:who\'?s|who is|someone|somebody|a car|a van|some guys|people) (?:\\S+ )?(?:parked|waiting|standing|sitting|watching) (?:right )?outside (?:your|ur) ' +
        '(?:house|home|office|door|building|flat|apartment|place)',
      'i(?:\'ll| will|\'m going to| am going to| won\'?t) (?:never forget|remember|forget) (?:your|ur) (?:face|address|house|car|city|street)',
      'i (?:have|know) (?:people|friends|guys|contacts|someone|somebody) (?:in \\S+ |there |here )?who (?:know|knows|can find|can reach|will find|will visit) (?:you|u|where you)',
      'i(?:\'ll| will|\'m| am)(?: be| going to be| gonna be)? (?:coming |come )?(?:over|round|around) (?:to (?:you|your \\S+) )?with (?:a|my) ' +
        '(?:bat|hurley|hammer|knife|gun|stick|crowbar|machete|pipe|club|brothers|boys|lads)',
      // Exposure threatened in public: "or I publish your source and the holes in it on Reddit so every customer knows".
      '(?:(?:or|otherwise,?|else) i(?:\'ll| will|\'m going to)?|if (?:you|u) (?:don\'?t|do not|won\'?t|refuse|can\'?t)(?: \\S+){0,8},? i(?:\'ll| will|\'m going to)) ' +
        '(?:\\S+ )?(?:publish|post|leak|expose|share|put) (?:your|the) (?:\\S+ ){0,8}' +
        'on (?:twitter|x|reddit|facebook|linkedin|instagram|tiktok|youtube|social media|every forum|hacker news) so (?:that )?(?:all|every|everyone|everybody|the world|people)',
      // Death and curses wished on the reader: "you will die a terrible death", "I will bewitch you", "you will not see heaven".
      "you(?:'ll| will| are going to|'re going to| gonna| shall) die (?:an? )?(?:\\S+ )?(?:terrible|horrible|painful|slow|miserable|awful|gruesome|lonely|violent) death",
      "(?:i(?:'ll| will| shall)?|i'm going to|i am going to|i'm gonna) (?:curse|bewitch|hex|jinx) (?:you|u)\\b",
      "you(?:'ll| will| shall)? (?:not|never) (?:see|enter|go to) heaven",
    ],
    es: [
      // Round 35 (training batch 118): "llamo a la gestoría donde trabajas", "tú verás lo que haces".
      '(?:llamo|llamare|escribo|escribire) a (?:\\S+ ){0,2}donde trabajas',
      'tu veras lo que haces',
      // "ya sé dónde queda su negocio": knowing where the reader lives or works, said as a warning.
      'ya se donde (?:vive|vives|vivis|trabaja|trabajas)', 'ya se donde (?:queda|esta) (?:su|tu) (?:casa|negocio|oficina|local|empresa|familia)', 'no se (?:le|te) olvide que (?:ya )?se donde',
      'vas a ver lo que te pasa', '(?<!no )te vas a arrepentir', 'voy por ti',
      // Round twenty-four: "vas a lamentar esto", and the trade closed to the reader by the writer ("me voy a encargar de que nadie te vuelva a contratar").
      '(?<!no )(?:vas|va) a lamentar(?:lo)?', '(?<!no )lo vas a lamentar',
      '(?:encargar|encargo|asegurar|asegurarme|asegurare) de que nadie (?:mas )?(?:te|le) (?:vuelva a )?(?:contrat\\S*|de trabajo)',
      'se (?:perfectamente |muy bien |bien )?(?:en )?(?:que ciudad|donde) vives',
      'no (?:vuelves|volveras) a trabajar',
      'conozco (?:a )?gente en tu (?:pais|ciudad)',
      'se donde (?:esta|queda) tu (?:oficina|agencia|empresa|casa)', 'sigue ignorandome y (?:ya )?veras',
      'ojala te (?:hundas|mueras|pudras|quiebres|arruines)',
      '(?:se|sabemos) donde (?:vives|trabajas|esta tu casa)', 'te voy a (?:hacer|dejar) (?:la vida|sin)',
      '(?:voy|iremos) a (?:tu casa|tu oficina)',
      // Round twenty-three: the reader's name spread to the whole trade, or the trade closed to them, and (Italian, filed here) the small
      // world as a warning: "le voy a contar a todo el mundo", "nadie serio va a querer volver a trabajar con usted", "stai attento, che il
      // mondo del doppiaggio è piccolo".
      // Told to everyone only with contempt after it (not "lo bien que trabajas"); warned, always.
      '(?:voy a|le voy a|te voy a|les voy a) (?:contar|decir|avisar)\\S* a (?:todo el mundo|todos|todas) (?:\\S+ ){0,4}(?:que (?:usted|tu|vos) (?:no|es un)|la clase de)',
      '(?:voy a|vamos a) advertir a (?:todo el mundo|todos|todas)\\b',
      // Nobody "serious" will work with the reader, or nobody ever again (not "nadie quiere trabajar los domingos").
      'nadie (?:serio|decente|normal) (?:va a|quiere|querra) (?:querer )?(?:volver a )?(?:trabajar|contratar\\S*) (?:con )?(?:usted|vos|ti|contigo|le|te)\\b',
      'nadie (?:va a|quiere|querra) (?:querer )?volver a (?:trabajar|contratar\\S*) (?:con )?(?:usted|vos|ti|contigo|le|te)\\b',
      '(?:lo |le )?(?:diro|raccontero|faro sapere) a tutti\\b',
      '(?:stai|state|sta) attent[oaie],? (?:che |perche )?(?:il mondo|l.ambiente|il settore|il giro|il mercato)(?: \\S+){0,3} e piccolo',
    ],
    pt: [
      // Round 35 (training batch 118): "tua reputação acaba", "eu posto teu nome".
      '(?:tua|sua) reputacao (?:\\S+ )?acab\\S*',
      '(?:eu )?(?:posto|vou postar|publico) (?:o )?teu nome',
      // "cuidado, que o mundo dá voltas", "sei onde fica o teu escritório".
      '(?:cuidado|olhe|olha),? (?:que )?o mundo da (?:muitas )?voltas',
      '(?:eu )?sei onde (?:voce |tu )?(?:mora|moras|trabalha|trabalhas)', 'sei onde fica (?:a sua|o seu|a tua|o teu) (?:casa|escritorio|empresa|loja)',
      'vou atras de voce', 'sei em que cidade (?:voce|vc) mora', '(?<!nao )vai se arrepender',
      // Round twenty-four: the trade closed to the reader by the writer ("vou garantir que ninguém te contrate de novo").
      '(?:garantir|garanto|fazer com|certeza de) que ninguem (?:mais )?(?:te|lhe) contrate', 'ninguem (?:mais )?(?:vai )?(?:te|lhe) contratar? (?:de novo|nunca mais|novamente)',
      'nunca mais (?:vai )?(?:conseguir (?:um )?(?:cliente|trabalho|contrato)|trabalhar (?:aqui|nessa plataforma|no upwork|nessa area|nesse ramo))',
      'conheco (?:gente|pessoas) (?:no seu|na sua|no teu|na tua) (?:pais|cidade)',
      'sei onde (?:fica|e) (?:sua|seu|tua|teu) (?:escritorio|agencia|empresa|casa)', 'continua(?:r)? me ignorando e (?:voce |vc )?vai ver',
      '(?:tomara|espero) que (?:voce|vc) (?:se )?(?:afunde|quebre|morra)',
      '(?:vou|vamos) (?:ai|na sua casa|no seu escritorio)', 'sei onde (?:voce|vc) trabalha',
      // Round twenty-three: the reader's name spread to the whole trade, and the small trade as a warning ("vou espalhar pra todas as
      // marcas daqui", "esse mercado é pequeno, viu?").
      '(?:vou|vamos|eu vou) espalhar (?:pra|para|a) (?:todo mundo|todos|todas|geral)\\b',
      '(?:vou|vamos|eu vou) (?:contar|falar|avisar)\\S* (?:pra|para|a) (?:todo mundo|todos|todas|geral) (?:\\S+ ){0,4}que (?:voce|vc|tu) (?:nao|e um|e uma)\\b',
      '(?:esse|este|o) (?:mercado|meio|mundo|ramo)(?: \\S+){0,2} e (?:muito )?pequeno,? (?:viu|hein|ta|ouviu|cuidado)\\b',
    ],
    fr: [
      // "vous allez regretter de m'avoir parlé comme ça", "je sais où est votre bureau".
      'vous allez (?:le )?regretter(?= *[.!,]| de m.avoir| ce ton| ca| cela)', 'je sais ou (?:se trouve|est) (?:votre|ton|ta)',
      "tu vas voir ce qui va t.arriver", 'tu vas le regretter', 'je sais ou tu vis',
      'les moyens de te retrouver',
      'faire en sorte que (?:ta|votre) (?:boite|entreprise|carriere|societe) (?:coule|ferme)',
      'je vais (?:te detruire|ruiner (?:ta|votre) (?:reputation|carriere|vie))',
      'je sais ou tu (?:habites|vis|travailles)',
      'je connais (?:des gens|du monde) dans (?:ton|votre|ta) (?:pays|ville)',
      'je sais ou (?:est|se trouve) (?:ton|votre|ta) (?:bureau|agence|entreprise|maison)',
      'continue(?:z)? (?:a|de) m.ignorer et (?:tu verras|vous verrez)',
      'je sais ou tu (?:bosses|travailles|habites)', 'devant chez (?:toi|vous)',
      'je (?:viens|vais venir) (?:regler|chez toi|te voir)',
    ],
    de: [
      // Round 35 (training batch 118): "rufe ich Ihren Arbeitgeber an".
      '(?:rufe|schreibe|informiere|kontaktiere) ich (?:ihren|deinen) (?:arbeitgeber|chef)',
      '(?:ihren|deinen) arbeitgeber (?:an|informieren|kontaktieren)',
      // "überlegen Sie sich gut, mit wem Sie sich anlegen" (think hard about whom you pick a fight with).
      'uberlegen sie sich gut,? mit wem sie sich anlegen', 'mit wem (?:sie sich|du dich) anlegs?t',
      '(?:dass|das) du das bereust', 'ich weiss,? in welcher stadt', 'du wirst es bereuen',
      '(?:dass|das) du (?:\\S+ ){0,3}nie wieder (?:einen |eine )?(?:auftrag|job|kunden|arbeit) (?:bekommst|kriegst|findest|erhaltst)',
      'ich (?:mach|mache) dich fertig', 'ich weiss,? wo du (?:wohnst|arbeitest)',
      'ich (?:werde|will) (?:deinen ruf|dein leben|deine karriere) (?:ruinieren|zerstoren)',
      'ich kenne leute in (?:deinem|ihrem) land', 'ich kenne leute in (?:deiner|ihrer) stadt',
      'ich weiss,? wo (?:dein|ihr)e? (?:buro|agentur|firma|haus) (?:ist|liegt|sitzt)',
      'ignorier(?:e|en sie)? mich (?:weiter|ruhig weiter)\\S*,? (?:und )?(?:du wirst|sie werden) sehen',
      'vor (?:deiner|ihrer) (?:tur|haustur|wohnung)', '(?:wirst|werden) (?:du|sie) (?:es |das )?bereuen',
      '(?:dass|das) dir (?:\\S+ ){0,3}keiner mehr',
      'ich weiss,? wo (?:du|sie) (?:wohnst|wohnen|arbeitest|arbeiten)',
    ],
    ru: [
      // Round 35 (training batch 118): the same in Russian.
      'сделаю так,? что',
      'про тебя (?:узнают|будут знать)',
      'испорт\\S* (?:вам|тебе) (?:\\S+ )?жизнь',
      'найду способ (?:\\S+ ){0,2}(?:испортить|отомстить|разрушить|наказать)',
      // "сделаю всё, чтобы вас никто не нанял".
      'сделаю все,? чтобы (?:вас|тебя) (?:больше )?никто не на[йи]нял',
      // Round twenty-four: "я сделаю так, что тебя никто больше не наймёт".
      'сделаю так,? (?:что|чтобы) (?:вас|тебя) (?:больше )?никто (?:больше )?не (?:наймет|нанял|возьмет|взял)',
      '(?<!не )пожалеешь', '(?<!не )пожалеете', 'найду,? где ты живешь', 'тебе конец',
      'я найду тебя(?! (?:в|на|по) )', '(?:адрес твой|твой адрес) вычисл\\S*', 'знаю,? где ты (?:живешь|работаешь)',
      'найду (?:вашу|твою) (?:компанию|фирму|семью)', 'всем расскажу,? кто (?:вы|ты)',
      'адрес (?:вашего|твоего) (?:офиса|дома) у меня (?:уже )?есть',
      'у меня есть (?:люди|знакомые) в (?:твоей|вашей) стране',
      'знаю,? где (?:ваш|твой) (?:офис|дом)', 'игнорируй(?:те)? (?:меня )?дальше,? и увидишь',
    ],
    uk: [
      // Round 35 (training batch 118): "я зроблю так, що про тебе знатимуть усі".
      'зроблю так,? що',
      'про тебе (?:знатимуть|дізнаються)',
      // "я зроблю все, щоб вас більше ніхто не найняв".
      'зроблю все,? щоб (?:вас|тебе) (?:більше )?ніхто не на[йи]ня\\S*',
      '(?<!не )пошкодуєш', 'викладу твої фото', 'скан паспорта в усі',
      '(?<!не )пожалкуєш', '(?<!не )пожалкуєте', 'знаю,? де ти (?:живеш|працюєш)',
      'знайду (?:вашу|твою) (?:компанію|фірму|родину|сім.ю)', 'всім розповім,? хто (?:ви|ти)',
      'адреса (?:вашого|твого) (?:офісу|дому) (?:в|у) мене (?:вже )?є',
      '(?:в|у) мене є (?:люди|знайомі) (?:в|у) (?:твоїй|вашій) країні',
      'знаю,? де (?:ваш|твій) (?:офіс|дім)', 'ігноруй(?:те)? (?:мене )?далі,? і побачиш',
    ],
    hi: [
      // Hindi (round twenty-five): "I will see to you", people sent to the house.
      '(?:तुम्हें|तुझे|आपको) (?:मैं )?देख (?:लूंगा|लूँगा)',
      '(?:तुम्हारे|तेरे|आपके) घर (?:लोग|बंदे|पुलिस) (?:भेजूंगा|भेजूँगा|भेज दूंगा)',
      'chup (?:nahi|nhi) baith(?:unga|ungi|enge)',
      '(?:aapka|apka|tumhara|tera) (?:poora |pura |sara |saara )?data mere paas',
      '(?<!nahi |nhi |nahin )pachtaoge', 'dekh lena', 'chhodunga nahi',
      // "warna tumhari website ki ranking zero kar dunga": the other person's site, ranking or account ruined.
      '(?:ranking|website|site|account|profile|business|channel) (?:\\S+ ){0,2}(?:zero|barbad|khatam|tabah|kharab) kar (?:dunga|doonga|denge|dun ?ga|du ?ga)',
      'mujhe (?:sab )?pata hai (?:tum|tu|aap) kahan rehte',
      'dekh lunga tujhe',
      'ignore karte raho,? (?:phir )?dekhna',
      'ghar (?:aa|aake|aa ke|pahunch) (?:jaunga|jaaunga|ke)',
      '(?:तुम्हें|तुझे|तुमको|आपको) (?:देख लूंगा|देख लूँगा|छोड़ूंगा नहीं|छोडूंगा ' +
      'नहीं|नहीं छोड़ूंगा|मार दूंगा|मार डालूंगा)',
      '(?<!नहीं )पछताओगे', 'तेरा घर (?:मुझे )?पता है', 'घर आकर (?:मारूंगा|देख लूंगा)',
    ],
    ur: [
      // Urdu (round twenty-five): "I will see to you", people sent to the reader's house.
      '(?:تمہیں|تجھے|آپ کو) (?:میں )?دیکھ لوں گا', '(?:تمہارے|تیرے|آپ کے) گھر (?:بندے|لوگ|پولیس) (?:بھیجوں گا|بھیج دوں گا)',
      'پچھتاؤ گے',
      '(?:tumhare|tere|ap ke|aap ke) ghar (?:bande|log|police) (?:bhejunga|bhej dunga|bhejoon ga)',
      'chup (?:nahi|nhi) baith(?:unga|ungi|enge|oon ga)',
      '(?:aapka|apka|tumhara|tera) (?:poora |pura |sara |saara )?data mere paas',
      '(?<!nahi |nhi |nahin )pachtao ge', 'dekh lena', 'choron ga nahi', 'har facebook group (?:mein|me) daal', 'phir dekhna',
      // "warna tumhari website ki ranking zero kar dunga": the other person's site, ranking or account ruined.
      '(?:ranking|website|site|account|profile|business|channel) (?:\\S+ ){0,2}(?:zero|barbad|khatam|tabah|kharab) kar (?:dunga|doonga|denge|dun ?ga|du ?ga)',
      'mujhe (?:sab )?pata hai (?:tum|tu|aap) kahan rehte',
      'ignore karte raho,? (?:phir )?dekhna',
    ],
    // Cebuano: "makita nimo unsa akong buhaton" (you will see what I do).
    tl: [
      // Round 35 (training batch 118): "alam ko kung saan kayo nakatira".
      'alam ko (?:\\S+ ){0,3}kung saan (?:kayo|ka) nakatira',
      '(?:ipapakalat|ikakalat|ipagkakalat) ko (?:ang )?(?:pangalan|mukha|litrato|picture|number)',
      'pagsisisihan mo', 'humanda ka', 'makita (?:nimo|mo) (?:unsa|kung unsa|ang) (?:akong|ako) (?:buhaton|himuon)', 'makikita mo ang gagawin ko'],
    // Bengali, Nepali in Latin letters: "dekhbe ki hoy" (you'll see what happens), "tomake chharbo na", "herna, ma ke garchu".
    bn: [
      // Banglish threats: "I will see to you", people sent to the house.
      '(?:tomake|toke|apnake) (?:ami )?(?:dekhe nibo|dekhe nebo|dekhe nimu)',
      '(?:tomar|tor|apnar) (?:basay|barite) (?:lok|police|gunda) (?:pathabo|pathamu|pathacchi)',
      // Round twenty-five: "I will see to you" with the pronoun apart from the verb, people sent to the reader's house.
      '(?:তোকে|তোমাকে|আপনাকে) (?:আমি )?(?:দেখে নিব|দেখে নিবো|দেখে নেব|দেখে নেবো)',
      '(?:তোমার|তোর|আপনার) (?:বাসায়|বাড়িতে) (?:লোক|পুলিশ|গুন্ডা) পাঠা\\S{0,4}', 'dekhbe ki (?:hoy|kori)',
      'tomake (?:ami )?chharbo na', 'tomake dekhe nebo',
      '(?:তোকে|তোমাকে|আপনাকে) (?:দেখে নেব|দেখে নেবো|দেখে নিবো|ছাড়ব না|ছাড়বো না|' +
      'মেরে ফেলব|মেরে ফেলবো)',
      'পস্তাবে'],
    ne: [
      // Nepali: people sent to the house.
      '(?:तिम्रो|तपाईंको) घरमा (?:मान्छे|मान्छेहरू|प्रहरी) पठाउँछु', '(?:herna|hernu),? ma ke garchu',
      'ma ke garchu (?:herna|hernu)', 'timilai chhoddina',
      '(?:तँलाई|तिमीलाई|तपाईंलाई) (?:छोड्दिन|छाड्दिन|मारिदिन्छु|देखाइदिन्छु)',
      'पछुताउनेछौ'],
    // Javanese-flavoured Indonesian: "saya nggak akan diam" (I will not stay quiet), said as a threat.
    jv: ['(?:saya|aku) (?:nggak|gak|ora|tidak) (?:akan )?diam'],
    id: [
      // Round 35 (training batch 118): "bisa cari alamat kamu", "jangan macam-macam sama saya".
      'cari alamat (?:kamu|lu|lo|anda)',
      'jangan macam-?macam (?:sama|dengan) (?:saya|aku|gue)','awas (?:kamu|lu|lo)', 'nyesel (?:kamu|lu)', 'sebar data(?: pribadi)?',
      '(?:datengin|datangi|samperin|datang ke) rumah (?:kamu|lu|lo|anda)', '(?:saya|gue|gw|aku) tahu alamat\\S*',
    ],
    ar: [
      // Round 35 (training batch 118): "la a5alli kol el nas ... ya3rfu shu inta".
      'a5alli kol el nas',
      'ya3rfu shu inta',
      'istanna w shoof',
      // Round twenty-four: Egyptian "hatendam" (you will regret it), "ana 3aref enta sakin fein" (I know where you live).
      '(?<!(?:mesh|msh|mish|mush|mosh|mo) )ha ?tendam', '(?<!(?:mesh|msh|mish|mush|mosh|mo) )hatndam', '3aref (?:enta |enti |ento |inta |inti )?(?:sakin|sakna|saknin|sa2en) (?:fein|fen|wein|wen)',
      // Darija: "ghadi tchouf ach ghadi ydar lik" (you'll see what will happen to you).
      '(?:ghadi|gha|daba) (?:tchouf|tchof) ach (?:ghadi|gha) (?:ydar|yw9e3|nder|ndir) lik', 'ghadi tndem',
      'راح تندم', 'انتبه على نفسك', 'هكتب عنك بوستات', 'اخلي الكل يعرف',
      'و?(?:والله )?لاوريك', 'ب?افضحك', 'راح افضحك', 'انا (?:اعرف|عارف) (?:عنوانك|وين ساكن|فين ساكن)',
      '(?:hafda7ak|hafda7ek|ha2tlak)', 'a3raf (?:enta |inta )?(?:sakin|saken|sa2en) fe(?:in|en)',
      'اعرف ناس (?:في|ف) بلدك', '(?:بتشوف|راح تشوف|حتشوف|هتشوف) (?:شي|شيء|حاجة) ما (?:يعجبك|بيعجبك)',
      'a3raf nas fi baladak',
      '(?:هعرف|هجيب|بعرف) عنوانك', '(?:هتندم|حتندم|بتندم)',
      'ba3mel (?:la )?7ayetak ja7eem', '7ayetak ja7eem', 'ha(?:wareek|warik)',
      // Threats: "أجعلك تندم", "أصل إليك", "بنشر صورك وهويتك", Arabizi "hanshor sowarak", Darija "nji 7atta l darek".
      '(?:و|ف)?(?:سا|س|ه|ح|ب|را?ح ا?)?(?:جعلك|خليك|اخليك|اخلّيك) (?:ت)?ندم', '(?:اصل|أصل|اوصل|أوصل) (?:اليك|إليك|لك|لعندك)',
      '(?:ب|ه|ح|س)?(?:وصلك|اوصلك) (?:لحد|لعند) (?:بيتك|باب بيتك)',
      '(?:ب|ه|ح|س|ا|و|را?ح ا?)?(?:ن)?نشر (?:صورك|صورتك|رقمك|هويتك|بياناتك|فضايحك|محادثاتك|اسمك)',
      '(?:ب|ه|ح|ل)?(?:ا)?فضحك (?:على|عال|ع|بكل)', 'وحياة امي ل', 'وحياة ربي ل',
      '(?:ha-?|ra7 |la |b|ba)?(?:a|n|an|na)?shor (?:sowarak|sowar(?:ak|ek)|soretak|ba6a2tak|beta2tak|ra2mak|esmak|el chat)', '(?:la|ra7|ha|b)? ?a7ki 3an+(?:ak|ek) (?:bi|fi|f|b) (?:kol|kel)',
      '(?:nji|naji|nwsel|nwselek|njik) (?:7atta|7ta|hatta|l|hta) ?(?:l )?dar(?:ek|ak)', '(?:ha|la|ra7 a|b)?fda7(?:ak|ek)',
    ],
    tr: [
      // Turkish threats: I will find you, I know where your office is, it will go badly, I will tell everyone ("seni bulurum", "fena olur", "herkese duyuracağım").
      'seni bulurum', 'sizi bulurum', '(?:nerede|nerde) (?:oturdugunu|oldugunu|calistigini|yasadigini) biliyorum',
      'ofisin(?:iz)? (?:nerede|nerde) biliyorum', 'fena olur', 'pisman ederim', 'gorursun sen',
      'herkese (?:duyuracag\\S*|soyleyecegi\\S*|anlatacag\\S*|yayacag\\S*)', 'sektordeki herkese',
      // "yarına bitmezse görürsün", "bunu yanına bırakmam".
      '\\S+(?:mezse|mazsa|mezsen|mazsan) gorursun', 'gorursun sen', 'yanina birakmam', 'yanina kar kalmayacak',
      'pisman olacaksin', 'goreceksin sen', 'pisman olursun', 'spam ile doldururum',
      'hayatini (?:mahved|karart|cehenneme cevir)\\S*', 'sana gosterir(?:im|iz) ben',
      'evini biliyorum',
      '(?:seni )?(?:herkese|herkesin onunde) rezil eder\\S*', 'senin ulkende tanidiklarim var',
      'kapina gelirim', 'evine gelirim', 'adresini bulurum',
      // "adresini biliyorum", "başına gelecekleri düşün", "sen de görürsün", "bir daha iş alamazsın".
      '(?:ev )?adresini (?:de )?biliyorum(?=[ ,.!]*(?:dikkat|gorursun|bekle|ona gore|haberin|unutma))', 'basina gelecek(?:leri|ler)\\S*', 'sen de gorursun',
        'bir daha (?:burada )?(?:is|proje|musteri) (?:alamazsin|bulamazsin)',
    ],
    nl: ['ik weet waar (?:ge|je|jij|u) woon(?:t|de)', 'of (?:ge|je|u) zult het merken'],
    ro: ['o sa regreti', '(?:o )?sa (?:regreti|te caiesti)', 'regreti ca te-?ai nascut', 'stiu unde (?:stai|locuiesti|lucrezi)', 'o sa-?ti para rau'],
    ms: ['(?:saya|aku|i) tahu (?:you|kau|awak|anda) (?:duduk|tinggal) (?:mana|kat mana|di mana)', 'tengok la apa jadi'],
    // Round twenty-five: "I'll come to your house" in 반말 ("집 찾아간다", "가만 안 둬"); not "두고 봐요" (let's wait and see).
    ko: ['찾아갈 ?거', '(?:주소|집) (?:다 )?알아요', '각오하세요', '(?:집|주소|회사)(?:으로|에|까지|로)? ?찾아(?:간다|가겠|갈게)', '가만 ?안 ?둬',
      '가만두지 ?않', '각오해'],
    zh: ['我知道你住(?:在)?(?:哪|边度|邊度)', '你自己小心(?:点|點)', '走着瞧', '有你好看',
      // Round twenty-four: "你会后悔的" (not "你不会后悔", nor regretting a tool not used sooner: "你会后悔没早点用").
      '你(?:一定|肯定)?会后悔(?!没|沒|不早|当初)', '你(?:一定|肯定)?會後悔(?!沒|不早|當初)',
    ],
    vi: ['(?:thi )?dung (?:co )?trach (?:em|toi|tao|minh|tui)', 'cho nguoi (?:toi|den) (?:tan )?nha', 'biet nha (?:may|cau|ban)', 'liu hon'],
    // Threats: Marathi (तुला बघून घेईन), Nepali (तँलाई छोड्दिन), Bengali (তোকে দেখে নেব); 'I'll have a look' alone stays work
    // talk.
    mr: [
      // Marathi: "I will see to you", people sent to the house.
      '(?:तुला|तुम्हाला) (?:मी )?बघून घेईन',
      '(?:तुझ्या|तुमच्या) घरी (?:माणसं|लोक|पोलीस) पाठवीन',
      '(?:तुला|तुम्हाला) (?:बघून घेईन|सोडणार नाही|मारून टाकेन)', 'पस्तावशील'],
    ha: [
      'za (?:ka|ki|ku) yi nadama', 'zan nemo (?:ka|ki|ku)', 'na san inda (?:kake|kike|kuke) (?:zaune|aiki|zama)',
      'zan lalata (?:\\S+ )?(?:sana\'?ar\\S{0,3}|aikin\\S{0,3}|profile\\S{0,4}|asusu\\S{0,3})',
    ],
    yo: ['mo mo ibi ti (?:o|e) (?:n )?(?:gbe|sise|wa)', '(?:o|e) maa kabaamo', 'maa wa (?:o|yin) ri', 'maa ba oruko (?:re|yin) je'],
    ig: ['ama m ebe (?:i|unu) (?:bi|na-aru oru)', '(?:i|unu) ga-akwa uta', 'aga m achota (?:gi|unu)', 'aga m emebi aha (?:gi|unu)'],
    so: ['waan ogahay halka aad (?:ku )?(?:nooshahay|deggan tahay|ka shaqeyso)', 'waad ka qoomamayn doontaa', 'waan ku soo raadin doonaa', 'magacaaga (?:ayaan )?baabi\'?in'],
    mg: ['fantatro ny toerana (?:onenanao|iasanao)', 'hanenina ianao', 'hitadiavako ianao'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['jag vet (?:var|vart) (?:du|ni) (?:bor|jobbar)', '(?:du|ni) kommer (?:att )?ångra (?:dig|er|det)', 'jag ska förstöra (?:din|ditt|er)', 'jag ska hitta dig'],
    no: ['jeg vet hvor (?:du|dere) (?:bor|jobber)', '(?:du|dere) kommer til å angre', 'jeg skal ødelegge (?:din|ditt|karrieren|ryktet)', 'jeg skal finne deg'],
    da: ['jeg ved hvor (?:du|i) (?:bor|arbejder)', '(?:du|i) kommer til at fortryde', 'jeg vil ødelægge (?:din|dit)', 'jeg skal ødelægge (?:din|dit)', 'jeg finder dig'],
    fi: ['tiedän missä (?:asut|asutte|olet töissä)', 'tule(?:t|tte) katumaan', 'tuhoan (?:sun |sinun )?(?:urasi|maineesi|uran)', 'löydän sut'],
    'is': ['ég veit hvar þú (?:býrð|vinnur)', 'þú munt sjá eftir', 'ég skal eyðileggja', 'ég finn þig'],
  },
  examples: ['imma find u, i mean it', 'u will regret, i know people', 'stop calling or i\'ll turn up at ur house',
    'I\'ll see that no client in this city ever works with you', 'you\'ll find out how vindictive I can be', 'I know where your warehouse is.',
    'your shop will get hundreds of one-star reviews', 'I\'ll find a way to destroy your reputation', 'найду способ отомстить', 'ipapakalat ko ang pangalan mo',
    'chup nahi baithunga',
    
    'You will die a horrible death for this', 'I will curse you and all your work', 'you will never see heaven, thief',
    // Greek, Hungarian, Malayalam.
    'θα σε βρω', 'megtalállak', 'ninne njan vidilla',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'naći ću te', 'знам где живиш', 'səni tapacam', 'გიპოვი', 'አገኝሃለሁ',
    // Tamil, Telugu, Nigerian Pidgin.
    'unna vida maaten', 'ninnu vadalanu', 'I go deal with you',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'รู้นะว่าบ้านอยู่ไหน', 'پیدات میکنم', 'אני אמצא אותך', 'ще те намеря', 'najdu tě',
    'you will be sorry', 'I know where your agency is based', 'keep ignoring my messages and see what happens',
    'vou atrás de você', 'tu vas voir ce qui va t’arriver', 'пожалеешь', 'pachtaoge',
    "you won't walk away in one piece", 'someone parked outside your house', 'I hope your agency goes bankrupt',
    'मैं तुम्हें देख लूंगा', 'तुला बघून घेईन', 'तँलाई छोड्दिन', 'তোকে দেখে নেব'],
  counterExamples: ['I\'ll find you a better slot next week', 'show up at your office for the kickoff',
    'you\'ll find out how easy the dashboard is', 'I know where your warehouse is, I will send the pallets there on Monday', 'our page gets 500 five-star reviews a year',
    'if you touch the lava in level 2 you will die', 'the hero dies a terrible death in chapter 3', 'the curse you added to the spell list',
    // Tamil, Telugu, Nigerian Pidgin look-alikes.
    'I go show you the demo',
    'you will walk away happy with this logo', "I'll remember your name for future projects", 'I hope the server never crashes',
    'मैं कोड देख लूंगा', 'আমি ফাইলটা দেখে নেব'],
});

/** Renting or lending accounts, and logins, per language (beyond USE_ACCOUNT). */
export const ACCOUNT_DEAL = defineClass({
  name: 'ACCOUNT_DEAL',
  doc: 'Renting, lending or sharing an Upwork account or its login, per language.',
  words: {
    lt: [
      'atsiusk(?:ite)? (?:man )?(?:\\S+ ){0,2}(?:slaptazod\\S{0,3}|koda|prisijungim\\S{0,3})',
      'slaptazod\\S{0,3} (?:nuo|prie) (?:savo|tavo|jusu) (?:upwork )?(?:paskyr\\S{0,3}|profil\\S{0,3})',
      '(?:parduodu|parduosiu|perku|nupirksiu|isnuomosiu|nuomoju|isnuomok|isnuomokite) (?:\\S+ ){0,2}(?:upwork )?(?:paskyr\\S{0,3}|profil\\S{0,3})',
      '(?:brolis|sesuo|draugas|drauge|zmona|vyras|pusbrolis|kolega)\\S{0,2} (?:dirbs|atsakines|rasys|teiks pasiulymus) (?:per|is|mano) (?:mano )?(?:upwork )?(?:paskyr\\S{0,3}|profil\\S{0,3})',
      '(?:naudotis|naudoti|prisijungti prie) (?:tavo|jusu) (?:upwork )?(?:paskyr\\S{0,3}|profil\\S{0,3})',
      'atidaryti paskyr\\S{0,2} (?:tavo|jusu|savo) vardu', 'duok(?:ite)? (?:man )?(?:savo )?(?:upwork )?prisijungim\\S{0,3}',
    ],
    lv: [
      'atsuti(?:et)? (?:man )?(?:\\S+ ){0,2}(?:parol\\S{0,2}|kod\\S{0,2})', 'parol\\S{0,2} no (?:sava|tava|jusu) (?:upwork )?kont\\S{0,2}',
      '(?:pardodu|pardosu|nopirksu|perku|iznomaju|iznomasu|iznoma) (?:\\S+ ){0,2}(?:upwork )?(?:kont\\S{0,2}|profil\\S{0,2})',
      '(?:bralis|masa|draugs|draudzene|sieva|virs|kolegis)\\S{0,2} (?:stradas|atbildes) (?:no|caur|mana) (?:mana |manu )?(?:upwork )?(?:kont\\S{0,2}|profil\\S{0,2})',
      'izmantot (?:tavu|jusu) (?:upwork )?(?:kont\\S{0,2}|profil\\S{0,2})', 'atvert kontu (?:uz )?(?:tavu|jusu|tava) vard\\S{0,2}',
    ],
    et: [
      'saada(?:ke)? (?:mulle )?(?:\\S+ ){0,2}(?:parool\\S{0,2}|kood\\S{0,2})',
      '(?:sinu|teie|oma) (?:upwork\\S{0,3} )?(?:konto|kasutaja)\\S{0,3} parool\\S{0,2}',
      '(?:muun|muuan|ostan|rendin|annan rendile) (?:\\S+ ){0,2}(?:upwork\\S{0,3} )?(?:konto|profiil)\\S{0,3}',
      '(?:vend|ode|sober|naine|mees|kolleeg)\\S{0,2} (?:tootab|hakkab tootama|vastab) (?:minu|mu) (?:upwork\\S{0,3} )?(?:konto|profiil)\\S{0,3}',
      'kasuta(?:da|n)? (?:sinu|teie|su) (?:upwork\\S{0,3} )?(?:konto|profiil)\\S{0,3}',
      'ava(?:da|n|me)? konto (?:sinu|teie|su) nime(?:l|le)',
    ],
    hy: ['(?:ակաունտ|պրոֆիլ)\\S{0,4} (?:կտաք|կտաս|տվեք|տուր)', 'akaunt\\S{0,4} (?:ktaq|ktas|tveq|tur)',
      '(?:տուր|տվեք|ուղարկեք|ուղարկիր|ասա|ասեք|գրեք) (?:\\S+ ){0,2}(?:լոգին|գաղտնաբառ|պարոլ)\\S{0,4}',
      '(?:tur|tveq|uxarki|uxarkeq|asa|aseq|greq) (?:\\S+ ){0,2}(?:login|parol|gaxtnabar)\\S{0,4}',
      '(?:ակաունտ|հաշիվ|հաշվ|պրոֆիլ)\\S{0,4} (?:\\S+ )?վարձով', 'վարձով (?:կտամ|տամ|տուր)\\S{0,2}',
      '(?:գաղտնաբառ|պարոլ)\\S{0,4} (?:տուր|տվեք|ուղարկեք|ուղարկիր|ասա|գրեք)',
      'լոգին\\S{0,4} (?:ու|և|եւ) (?:գաղտնաբառ|պարոլ)\\S{0,3}',
      '(?:եղբոր|քրոջ|ընկերոջ|հորս|կնոջ|ամուսն)\\S{0,3} (?:upwork-?ի )?(?:ակաունտ|հաշիվ|հաշվ|պրոֆիլ)\\S{0,4}',
      '(?:օգտվել|օգտագործել) (?:ձեր|քո) (?:upwork )?(?:հաշվ|ակաունտ|պրոֆիլ)\\S{0,4}', '(?:akaunt|profil)\\S{0,4} (?:\\S+ )?vardzov',
      'vardzov (?:ktam|tam)', '(?:parol|gaxtnabar)\\S{0,3} (?:tur|uxarki|ugharki|asa|greq)', '(?:exbor|eghbor|qroj|enkeroj|knoj|hors)s? (?:akaunt|profil)\\S{0,4}',
      '(?:qo|dzer) akaunt(?:ov|ic|@)'],
    uz: ['akk?aunt\\S{0,8} ijaraga\\S{0,3}', 'ijaraga (?:beraman|bering|olaman)', '(?:login|parol)\\S{0,8} (?:va (?:login|parol)\\S{0,8} )?(?:bering|yuboring|tashlang|ayting)',
      '(?:akam|ukam|opam|singlim|do[\'`]?stim|otam)\\S{0,6} (?:upwork )?akk?aunt\\S{0,8}', 'akk?aunt\\S{0,8} (?:\\S+ )?foydalan\\S{0,8}', 'аккаунт\\S{0,8} ижарага\\S{0,3}',
      'ижарага (?:бераман|беринг|оламан)',
      '(?:логин|парол)\\S{0,8} (?:ва (?:логин|парол)\\S{0,8} )?(?:беринг|юборинг|ташланг|айтинг)',
      '(?:акам|укам|опам|дўстим|отам)\\S{0,6} аккаунт\\S{0,8}', 'аккаунт\\S{0,8} (?:\\S+ )?фойдалан\\S{0,8}'],
    kk: ['аккаунт\\S{0,8} (?:жалға|арендаға)\\S{0,3}', '(?:жалға|арендаға) (?:беремін|беріңіз|аламын)',
      '(?:логин|пароль|құпия сөз)\\S{0,8} (?:(?:мен|және) (?:логин|пароль|құпия сөз)\\S{0,8} )?(?:беріңіз|жіберіңіз|айтыңыз)',
      '(?:ағам|інім|апам|досым|әкем)\\S{0,6} аккаунт\\S{0,8}', 'аккаунт\\S{0,8} (?:пайдалану|қолдану)\\S{0,6}'],
    ky: ['аккаунт\\S{0,8} (?:ижарага|арендага)\\S{0,3}', '(?:ижарага|арендага) (?:берем|бериңиз|алам)',
      '(?:логин|пароль|сырсөз)\\S{0,8} (?:(?:жана|менен) (?:логин|пароль|сырсөз)\\S{0,8} )?(?:бериңиз|жибериңиз|айтыңыз)',
      '(?:агам|иним|эжем|досум|атам)\\S{0,6} аккаунт\\S{0,8}', 'аккаунт\\S{0,8} колдон\\S{0,8}'],
    tg: ['аккаунт\\S{0,6} ба (?:иҷора|кироя)', 'ба (?:иҷора|кироя) (?:медиҳам|диҳед|мегирам)',
      '(?:логин|парол)\\S{0,6} (?:ва (?:логин|парол)\\S{0,6} )?(?:\\S+ )?(?:диҳед|фиристед|гӯед)',
      'аккаунт\\S{0,6} (?:\\S+ ){0,2}истифода\\S{0,4}', 'аккаунти (?:бародар|додар|дӯст|падар|хоҳар)\\S{0,4}'],
    mn: ['акк?аунт\\S{0,6} түрээс\\S{0,9}', '(?:ах|дүү|эгч|найз|аав)\\S{0,6} акк?аунт\\S{0,6}',
      'акк?аунт\\S{0,6} түрээс\\S{0,6}',
      '(?:нэвтрэх нэр|нууц үг|логин|пароль)\\S{0,4} (?:\\S+ ){0,3}(?:өгөөч|өгөөрэй|явуулаач|явуулаарай|хэлээч)',
      'акк?аунт\\S{0,6} ашигла\\S{0,6}', '(?:ах|дүү|эгч|найз|аав)(?:ын|ийн)? акк?аунт\\S{0,6}'],
    sq: [
      '(?:me )?dergo(?:ni)? (?:\\S+ ){0,2}(?:fjalekalim|kodin)\\S{0,3}', 'fjalekalim\\S{0,3} e (?:llogarise|profilit)', '(?:shes|shet|blej|blen) (?:\\S+ ){0,2}(?:llogari|profil)\\S{0,4}',
      '(?:vellai|motra|shoku|kusheriri|gruaja|burri)(?: im| ime)? do te punoje (?:ne|nga|me) (?:llogarine|profilin) (?:time|tim|e mia)', '(?:ta|te) perdor profilin (?:tend|tuaj)',
    ],
    sk: [
      'posl(?:i|ite) mi (?:\\S+ ){0,2}(?:heslo|kod)', 'heslo (?:od|k|ku) (?:svojho|tvojho|vasho) (?:upwork )?(?:uctu|profilu)',
      '(?:predam|predavam|kupim|kupujem) (?:\\S+ ){0,2}(?:upwork )?(?:ucet|profil)\\S{0,3}',
      '(?:brat|sestra|kamarat|kamoska|manzelka|manzel|bratranec)\\S{0,2} bude (?:pracovat|odpovedat) (?:na|z|cez) (?:mojom|mojho|moj) (?:upwork )?(?:ucte|profile|uctu|profilu|ucet|profil)',
      'pouziva\\S{0,3} (?:tvoj|vas) (?:upwork )?(?:profil|ucet)',
    ],
    mk: [
      '(?:испрати|прати|дај|кажи)(?:те)? ми (?:\\S+ ){0,2}(?:лозинк|шифр|кодот)\\S{0,3}',
      '(?:продавам|купувам) (?:\\S+ ){0,2}(?:upwork )?(?:профил|акаунт)\\S{0,3}',
      '(?:брат ми|сестра ми|другар ми|пријател\\S{0,3}|жена ми|маж ми) ќе работи (?:на|од|преку) (?' +
        ':мојот|мојата) (?:upwork )?(?:профил|акаунт)\\S{0,3}',
      '(?:да )?го користам (?:твојот|вашиот) (?:upwork )?(?:профил|акаунт)\\S{0,3}',
    ],
    sl: [
      '(?:posl?ji|daj|povej|napisi)(?:te)? mi (?:\\S+ ){0,2}(?:geslo|gesla|kodo)', 'geslo (?:od|za) (?:svojega|tvojega|vasega) (?:upwork )?(?:racuna|profila)',
      '(?:prodam|prodajam|kupim|kupujem) (?:\\S+ ){0,2}(?:upwork )?(?:racun|profil)\\S{0,2}', 'uporablja\\S{0,3} (?:tvoj|vas) (?:upwork )?(?:profil|racun)\\S{0,2}',
      '(?:brat|sestra|prijatelj|prijateljica|bratranec|mama|oce|zena|moz)\\S{0,2} bo (?:delal|delala|odgovarjal|odgovarjala) (?:na|z|prek) (?:mojem|mojim|mojega) (?:upwork )?(?:racun|profil)\\S{0,2}',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: the password or login asked, the account rented, sold, used by another.
    km: [
      'ផ្ញើ ?(?:password|ពាក្យសម្ងាត់)', 'ឲ្យព័ត៌មាន ?login', '(?:password|login) ?(?:គណនី ?)?(?:upwork ?)?មក',
      'ជួលគណនី', 'លក់គណនី', 'ប្រើគណនីខ្ញុំ', 'គណនីបង(?:ប្រុស|ស្រី)', 'phnheu password',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: the password asked, the account rented,
    // sold, used by another.
    my: [
      '(?:password|စကားဝှက်|login ?အချက်အလက်\\S{0,4}) ?(?:ပို့ပေးပါ|ပေးပါ|ပို့ပါ)',
      'အကောင့်\\S{0,4} ?ငှား', 'အကောင့် ?ရောင်း',
      '(?:ကျွန်တော့်|ကျွန်မ|ငါ့)အကောင့်နဲ့ ?(?:ခင်ဗျား|မင်း|ရှင်)',
      '(?:အစ်ကို့|အကို့|ညီ့|အစ်မ|သူငယ်ချင်း|အဖေ့|အမေ့)အကောင့်', 'password po pay par',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): a password asked, an account lent, rented, sold, a relative's account.
    kn: [
      '(?:ಪಾಸ್‌ವರ್ಡ್|ಪಾಸ್ವರ್ಡ್|ಲಾಗಿನ್ ಡೀಟೇಲ್ಸ್|ಲಾಗಿನ್)\\S{0,3} (?:ನನಗೆ ' +
        ')?(?:ಕೊಡಿ|ಕಳುಹಿಸಿ|ಕಳಿಸಿ|ಹೇಳಿ)',
      '(?:ಅಕೌಂಟ್)\\S{0,3} ಬಾಡಿಗೆ\\S{0,3}', 'ಅಕೌಂಟ್ ಮಾರಾಟ\\S{0,8}',
      '(?:ಅಣ್ಣನ|ತಮ್ಮನ|ಅಕ್ಕನ|ತಂಗಿಯ|ಸ್ನೇಹಿತನ|ಫ್ರೆಂಡ್|ಅಪ್ಪನ|ಅಮ್ಮನ|ಹ' +
        'ೆಂಡತಿಯ) (?:ಅಪ್‌ವರ್ಕ್ )?(?:ಅಕೌಂಟ್|ಪ್ರೊಫೈಲ್)\\S{0,6}',
      'ನನ್ನ (?:ಅಪ್‌ವರ್ಕ್ )?ಅಕೌಂಟ್‌ನಿಂದ ನೀವು', '(?:password|login details|login) (?:nange |nanage )?(?:kodi|kalsi|kalisi|heli)',
      'account\\S{0,3} baadige\\S{0,3}', 'account maarata\\S{0,4}', '(?:annana|tammana|akkana|friend|appana|ammana) (?:upwork )?(?:account|profile)', 'nanna (?:upwork )?account ?inda neevu',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): a password asked, an account lent, rented, sold, a relative's account.
    pa: [
      '(?:ਪਾਸਵਰਡ|ਲੌਗਇਨ ਡਿਟੇਲ|ਲੌਗਇਨ|ਲਾਗਇਨ)\\S{0,3} (?:ਮੈਨੂੰ )?(?:ਦਿਓ|ਭੇਜੋ|ਦੱਸ' +
        'ੋ|ਦੇ ਦਿਓ|ਭੇਜ ਦਿਓ)',
      '(?:ਅਕਾਊਂਟ|ਅਕਾਉਂਟ)\\S{0,3} ਕਿਰਾਏ', '(?:ਅਕਾਊਂਟ|ਅਕਾਉਂਟ)\\S{0,3} ਵੇਚ\\S{0,6}',
      '(?:ਭਰਾ|ਭੈਣ|ਦੋਸਤ|ਯਾਰ|ਪਿਤਾ|ਡੈਡੀ|ਮੰਮੀ|ਘਰਵਾਲੀ|ਚਾਚੇ|ਮਾਮੇ) ਦੇ (?:ਅਪਵ' +
        'ਰਕ )?(?:ਅਕਾਊਂਟ|ਪ੍ਰੋਫਾਈਲ)\\S{0,4}',
      'ਮੇਰੇ (?:ਅਪਵਰਕ )?ਅਕਾਊਂਟ ਤੋਂ ਤੁਸੀਂ',
      '(?:پاسورڈ|پاس ورڈ|لاگ ان) (?:مینوں )?(?:دیو|گھلو|دسو|دے دیو|گھل دیو)', 'اکاؤنٹ کرائے', 'اکاؤنٹ ویچ\\S{0,4}',
      'میرے (?:اپ ورک )?اکاؤنٹ توں تسی', '(?:password|login) (?:mainu )?(?:dedo|de do|bhejo|das do|bhej do)', 'account kiraye', 'account vech\\S{0,4}',
      '(?:bhra|bhai|bhen|dost|yaar|papa|mummy)\\S{0,2} de (?:upwork )?(?:account|profile)', 'mere (?:upwork )?account ton tusi',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): a password asked, an account lent, rented, sold, a relative's account.
    gu: [
      '(?:પાસવર્ડ|લોગિન ડીટેલ્સ|લોગિન ડિટેલ્સ|લોગિન)\\S{0,3} (?:મને )?(?:આપ' +
        'ો|મોકલો|આપશો|મોકલશો)',
      '(?:એકાઉન્ટ|અકાઉન્ટ)\\S{0,3} ભાડે', '(?:એકાઉન્ટ|અકાઉન્ટ)\\S{0,3} વેચ\\S{0,6}',
      '(?:તમારું|તમારો) (?:અપવર્ક )?એકાઉન્ટ મને આપો',
      '(?:ભાઈ|ભાઇ|બહેન|મિત્ર|ભાઈબંધ|પપ્પા|મમ્મી|પત્ની|કાકા|મામા)ના ' +
        '(?:અપવર્ક )?(?:એકાઉન્ટ|અકાઉન્ટ|પ્રોફાઇલ)\\S{0,4}',
      'મારા (?:અપવર્ક )?એકાઉન્ટથી તમે', '(?:password|login details|login) (?:mane )?(?:aapo|moklo|aapso|moklaso)', 'account\\S{0,3} bhade',
      'account\\S{0,3} vech\\S{0,6}', '(?:bhai|ben|mitra|papa|mummy|patni|kaka|mama)na (?:upwork )?(?:account|profile)', 'mara (?:upwork )?account ?thi tame',
      'account (?:no|nu|ni|na) (?:password|login)\\S{0,3} (?:mane )?(?:aapo|moklo|aapso|moklaso)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: a password asked, an account lent, rented, sold, a relative's account.
    si: [
      '(?:පාස්වර්ඩ්|මුරපදය|ලොගින් විස්තර|ලොගින් ඩීටේල්ස්)\\S{0,4} (?:එක' +
        ' )?(?:මට )?(?:එවන්න|දෙන්න|කියන්න|දාන්න)',
      '(?:ඇකවුන්ට්|ගිණුම)\\S{0,6} (?:එක )?(?:කුලියට|රෙන්ට් එකට)',
      '(?:ඇකවුන්ට්|ගිණුම)\\S{0,6} (?:එකක් |එක )?විකුණ\\S{0,6}',
      '(?:ඔයාගේ|ඔබගේ|ඔබේ) (?:upwork |අප්වර්ක් )?(?:ඇකවුන්ට්|ප්‍රොෆයිල්)\\S{0,6} ' +
        '(?:එක )?මට දෙන්න',
      '(?:අයියාගේ|අක්කාගේ|මල්ලිගේ|නංගිගේ|යාළුවාගේ|තාත්තාගේ|අම්ම' +
        'ාගේ|බිරිඳගේ|මස්සිනාගේ) (?:upwork |අප්වර්ක් )?(?:ඇකවුන්ට්|ප්‍රොෆයිල' +
        '්)\\S{0,6}',
      'මගේ (?:upwork |අප්වර්ක් )?(?:ඇකවුන්ට්|ප්‍රොෆයිල්)\\S{0,6} (?:එකෙන් )?ඔයා',
      '(?:password|login details)(?: eka| tika)? (?:mata )?(?:ewanna|denna|kiyanna|danna)', 'account (?:eka )?(?:kuliyata|rent ekata)', 'account (?:ekak |eka )?wikun\\S{0,4}',
      '(?:ayyage|akkage|mallige|nangige|yaluwage|thaththage|ammage) (?:upwork )?(?:account|profile)', 'mage (?:upwork )?(?:account|profile) (?:eken )?oya',
    ],
    // A relative's or friend's account, 'use my account', renting one, in Greek and Greeklish, Hungarian and Malayalam.
    el: ['(?:τον |το )?λογαριασμο (?:του |τη[σς] )?(?:αδερφου|αδελφου|αδερφη[σς]|αδελφη[σς]|φιλου|φιλη[σς]' +
      '|ξαδερφου|ξαδερφη[σς]|πατερα|γυναικα[σς]|αντρα) μου',
      'χρησιμοποιησ(?:ε|τε) τον λογαριασμο μου',
      '(?:νοικιασ|νοικιαζ|δανεισ|νοικιαστ)\\S{0,4} (?:τον |το )?(?:λογαριασμο|προφιλ)', 'logariasmo tou (?:aderfou|aderfis|filou) mou',
      'xrisimopoiis(?:e|te) ton logariasmo mou', 'noikias\\S{0,4} (?:ton )?logariasmo'],
    hu: ['(?:a )?(?:batyam|ocsem|tesom|testverem|noverem|hugom|baratom|baratnom|ferjem|felesegem|apam|unokatestverem) (?:upwork )?(?:fiok|profil)\\S{0,5}',
      'hasznal(?:d|ja|jak|hatod|hatja) (?:az en |a )?(?:upwork )?fiokom\\S{0,2}', '(?:ki)?berel\\S{0,4} (?:a |az )?(?:upwork )?fiokod\\S{0,2}', 'fiokod\\S{0,2} (?:ki)?berel\\S{0,4}',
      'berbe ad\\S{0,4} (?:az? )?(?:upwork )?fiok\\S{0,4}', 'kolcsonad\\S{0,4} (?:az? )?(?:upwork )?fiok\\S{0,4}', 'kiad(?:om|nad|nam) (?:az? )?(?:upwork )?fiokom\\S{0,2}'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): the password or login asked for, an account rented, work done from the writer's account.
      '(?:പാസ്‌വേഡ്|പാസ്വേഡ്|ലോഗിൻ ഡീറ്റെയിൽസ്|ലോഗിൻ വിവരങ്ങൾ)\\S' +
        '{0,3} (?:എനിക്ക് )?(?:അയക്കൂ|തരൂ|തരാമോ|അയക്കാമോ|പറയൂ)',
      '(?:password|login details)\\S{0,3} (?:enikku |enikk )?(?:ayakku|tharu|tharamo|ayakkamo|para)', 'അക്കൗണ്ട്\\S{0,4} വാടകയ്ക്ക\\S{0,3}',
      'account vaadakay?kk\\S{0,3}', 'എന്റെ അക്കൗണ്ടിൽ നിന്ന് നിങ്ങൾ', 'ente accountil ninnu ningal',
      '(?:ചേട്ടന്റെ|അനിയന്റെ|ചേച്ചിയുടെ|അനിയത്തിയുടെ|സുഹൃത്തിന്റെ' +
      '|ഫ്രണ്ടിന്റെ|അച്ഛന്റെ|ഭാര്യയുടെ)' +
      ' (?:അപ്വർക്ക് )?അക്കൗണ്ട\\S{0,6}',
      'എന്റെ അക്കൗണ്ട് (?:ഉപയോഗിക്ക\\S{0,4}|തരാം)',
      // "aniyante profile-ilekku" (to my younger brother's profile): a profile as well as an account (round twenty-four).
      '(?:chettante|chettande|aniyante|aniyande|chechiyude|aniyathiyude|friendinte|friendnte|koottukarante|achante|bharyayude|ammayude) (?:upwork )?(?:account|profile)\\S{0,8}',
      'ente account (?:use cheyy\\S{0,4}|upayogikk\\S{0,4}|tharaam|tharam)',
      '(?:ninte|ningalude) (?:upwork )?account (?:enikk\\S{0,2} )?(?:tharamo|tharaamo|tharumo|tharu|share cheyy\\S{0,4})',
      'നിന്റെ അക്കൗണ്ട് (?:എനിക്ക് )?(?:തരാമോ|തരുമോ)',
      'account (?:rent(?:inu)? (?:tharamo|edukk\\S{0,3}|kodukk\\S{0,3})|vaa?dakakk\\S{0,4})'],
    // A relative's or friend's account, 'use my account', renting one, in Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic.
    hr: [
      '(?:kolega|brat|sestra|drug|prijatelj|rodjak|rodak|zena|muz)\\S{0,2} (?:ce |ć?e )?(?:se )?(?:javljati|odgovarati|raditi|slati ponude)(?: \\S+){0,2} (?' +
        ':sa|s|preko) (?:mog|moga|mojeg) (?:upwork )?(?:racuna|profila|naloga)',
      // Round 26: a password or a code asked for, an account sold, bid from, opened in another's name or worked on by a relative.
      '(?:posalji|daj|javi|napisi|reci)(?:te)? mi (?:\\S+ ){0,2}(?:sifr|lozink)\\S{0,2}',
      '(?:sifr|lozink)\\S{0,2} (?:od|za) (?:tvog|svog|vaseg|tvoga|svoga) (?:upwork )?(?:naloga|racuna|profila|accounta)',
      '(?:posalji|daj|javi|napisi|proslijedi|prosledi)(?:te)? mi (?:\\S+ ){0,2}kod (?:za potvrdu|za verifikaciju|iz (?:sms|poruke)|koji ti je stigao)',
      '(?:daj|posalji)(?:te)? mi (?:tvoje |svoje |vase )?(?:login|pristupne) podat\\S{0,3}', '(?:prodaj|kupuj)\\S{0,4} (?:\\S+ ){0,2}(?:upwork )?(?:nalog|profil|racun|account)\\S{0,2}',
      '(?:predam|predati|predajem|saljem|slati|posaljem|poslati|apliciram|aplicirati|prijavim|prijavljivati|javljati|odgovarati|radim|raditi)\\S{0,2} (?:\\S+' +
        ' ){0,2}(?:sa|s|preko) (?:tvog|tvoga|vaseg) (?:upwork )?(?:profila|naloga|racuna|accounta)',
      'koristi(?:ti|m|mo)? (?:tvoj|vas) (?:upwork )?(?:profil|nalog|racun|account)\\S{0,2}',
      'iznajm\\S{0,6} (?:mi |nam )?(?:tvoj |vas |svoj )?(?:upwork )?(?:racun|profil|nalog|account)\\S{0,2}', 'otvori\\S{0,4} (?:upwork )?(?:nalog|profil|racun) na (?:svoje|tvoje|vase) ime',
      '(?:brat|sestra|drug|drugar|rodjak|rodak|rodjaka|prijatelj|prijateljica|kolega|zena|muz|tata)\\S{0,2} (?:ce |ć?e )?(?:raditi|radi|odgovarati|slati pon' +
        'ude) (?:na|sa|preko|s) (?:mom|mojem|mog|moga) (?:upwork )?(?:nalog|profil|racun)\\S{0,2}',
      '(?:racun|profil|nalog|account)\\S{0,2} (?:od )?(?:mog|moje) (?:brata|sestre|prijatelja|prijateljice|rodjaka|rodaka|rodjakinje|tate|oca|zene|muza|cure|decka|druga)',
      '(?:bratov|sestrin|prijateljev)\\S{0,2} (?:upwork )?(?:racun|profil|nalog|account)\\S{0,2}', 'koristi(?:te)? (?:moj )?(?:upwork )?(?:racun|profil|nalog|account)',
      'iznajm\\S{0,6} (?:cu |cemo )?(?:tvoj |vas |svoj )?(?:upwork )?(?:racun|profil|nalog|account)\\S{0,2}', 'posudi(?:te)? (?:mi )?(?:svoj |tvoj )?(?:upwork )?(?:racun|profil|nalog|account)'],
    sr: [
      '(?:пошаљи|дај|јави|напиши|реци)(?:те)? ми (?:\\S+ ){0,2}(?:шифр|лозинк)\\S{0,2}',
      '(?:шифр|лозинк)\\S{0,2} (?:од|за) (?:твог|свог|вашег) (?:upwork )?(?:налога|рачуна|профила)',
      '(?:пошаљи|дај|јави|напиши|проследи)(?:те)? ми (?:\\S+ ){0,2}код (?:за потврду|за верификацију' +
        '|из (?:смс|поруке)|који ти је стигао)',
      '(?:продај|купуј)\\S{0,4} (?:\\S+ ){0,2}(?:upwork )?(?:налог|профил|рачун)\\S{0,2}',
      '(?:предам|предати|шаљем|слати|пошаљем|послати|аплицирам|пријавим|јављати|одговара' +
        'ти|радим|радити)\\S{0,2} (?:\\S+ ){0,2}(?:са|с|преко) (?:твог|вашег) (?:upwork )?(?:профила|налога|рачу' +
        'на)',
      'отвори\\S{0,4} (?:налог|профил) на (?:своје|твоје|ваше) име',
      '(?:брат|сестра|друг|рођак|пријатељ|колега|жена|муж)\\S{0,2} (?:ће )?(?:радити|ради|одговар' +
        'ати) (?:на|са|преко) (?:мом|мојем|мог) (?:налог|профил|рачун)\\S{0,2}',
      '(?:налог|профил|рачун|акаунт)\\S{0,2} (?:од )?(?:мог|моје) (?:брата|сестре|пријатеља|друга|оца|жене|мужа)',
      'користи(?:те)? (?:мој )?(?:налог|профил|акаунт)',
      'изнајм\\S{0,6} (?:твој |ваш |свој )?(?:налог|профил|акаунт)\\S{0,2}',
      'позајми(?:те)? (?:ми )?(?:свој |твој )?(?:налог|профил|акаунт)'],
    az: [
      // Renting, selling or opening an account in your name ("hesabını kirayə ver", "hesab satılır").
      'hesab\\S{0,4} (?:\\S+ ){1,2}kiraye(?: ver\\S{0,5})?', 'hesab(?:lar)? satilir', 'satilir hesab\\S{0,3}', 'sifre(?:ni|nizi) (?:ver|gonder|at|yaz)\\S{0,4}',
        'senin adina (?:hesab\\S{0,3} )?ac\\S{0,3}', 'sexsiyyet vesiqe\\S{0,5} (?:gonder|at|ver)\\S{0,4}',
        '(?:qardasimin|bacimin|dostumun|atamin|yoldasimin|dayimin|emimin|xalamin|qohumumun|bibimin) (?:upwork )?(?:hesab|akkaunt|profil)\\S{0,6}',
        'hesabim(?:dan|i) istifade e[dt]\\S{0,4}',
      '(?:hesab|akkaunt)\\S{0,4} (?:icareye|kiraye) (?:ver|gotur)\\S{0,6}'],
    // Round twenty-five: an account lent or bought, a password asked.
    ka: ['(?:ანგარიშ|აქაუნთ|ექაუნთ|პროფილ)\\S{0,4} (?:მათხოვე|მომეცი|გამიზიარე)',
      '(?:ექაუნთ|აქაუნთ|ანგარიშ)\\S{0,3} (?:ვიყიდი|გავყიდი|ვყიდულობ|იყიდება)',
      'პაროლ\\S{0,3} (?:მომწერე|მომეცი|გამომიგზავნე)', 'parol\\S{0,2} (?:momwere|momeci|gamomigzavne)',
      '(?:ძმის|დის|მეგობრის|მამის) (?:upwork-?ის )?(?:ანგარიშ|აქაუნთ|ექაუნთ|პროფილ)\\S{0,4}',
      '(?:ცოლის|ქმრის|ბიძაშვილის) (?:upwork-?ის )?(?:ანგარიშ|აქაუნთ|ექაუნთ)\\S{0,4}',
      'ჩემი (?:ანგარიშ|აქაუნთ|ექაუნთ)\\S{0,3} გამოიყენე\\S{0,2}',
      '(?:ანგარიშ|აქაუნთ|ექაუნთ)\\S{0,4} (?:ქირით|იჯარით|ქირავ)\\S{0,5}',
      '(?:dzmis|dis|megobris|mamis|colis) (?:akaunt|ekaunt|angarish|profil)\\S{0,4}', 'chemi (?:akaunt|ekaunt)\\S{0,3} gamoiyene\\S{0,2}'],
    // Round twenty-five: an account lent or bought, a password asked ("አካውንትህን አውሰኝ", "ፓስወርድህን ንገረኝ").
    am: ['(?:አካውን[\\u1270-\\u1277]|አካዉን[\\u1270-\\u1277]|ፕሮፋይ[\\u1208-\\u120f])\\S{0,3} (?:አውሰኝ|አዋሰኝ|አውሺኝ|አጋራኝ)',
      '(?:ፓስወርድ|የይለፍ ቃል)\\S{0,3} (?:ንገረኝ|ንገሪኝ|ላክልኝ|ስጠኝ)',
      'አካውን[\\u1270-\\u1277] (?:እገዛለሁ|እሸጣለሁ|ይሸጣል|እንገዛለን)', 'account\\S{0,4} (?:awsegn|sitegn|stegn)',
      '(?:የወንድሜ|የእህቴ|የጓደኛዬ) (?:upwork )?(?:አካውን[\\u1270-\\u1277]|አካዉን[\\u1270-\\u1277]|ፕሮፋይ[\\u1208-\\u120f])\\S{0,3}',
      '(?:የአባቴ|የባለቤቴ|የአጎቴ) (?:upwork )?(?:አካውን[\\u1270-\\u1277]|አካዉን[\\u1270-\\u1277])\\S{0,3}',
      '(?:የኔን|የእኔን) (?:አካውንት|አካዉንት) (?:ተጠቀም|ተጠቀሚ|ተጠቀሙ)',
      '(?:አካውን[\\u1270-\\u1277]|አካዉን[\\u1270-\\u1277])\\S{0,3} (?:በኪራይ|ልከራይ|አከራይ|አከራዩኝ|ተከራይ)',
      '(?:yewendime|yewendme|yehitie|yehite|yegwadegnaye|yeguadegnaye|yeabatie) (?:upwork )?account\\S{0,2}', 'yene(?:n)? account tetekem\\S{0,2}'],
    // A relative's or friend's account, 'use my account', renting one, in Tamil and Telugu (in their scripts and in Latin letters) and Nigerian Pidgin ('my brother account').
    ta: [
      // Tamil: the password handed over.
      '(?:பாஸ்வேர்ட்|password) (?:கொடுங்க|அனுப்புங்க)', 'password (?:kudunga|anuppunga)',
      '(?:en|enga|ennoda|ennudaya) (?:anna|annan|thambi|akka|thangachi|friend|nanban|appa|amma|wife|husband|maama|cousin) (?:upwork )?account\\S{0,4}',
      '(?:annan|anna|thambi|akka|thangachi|friend|nanban|appa|amma|cousin) ?(?:oda|voda|yoda|noda) (?:upwork )?account\\S{0,4}',
      '(?:en|ennoda) account(?:ai|a)? (?:use|login) (?:pannunga|pannikonga|pannalam|panni(?:kkonga|kkalam))',
      'account(?:ai|a)? (?:rent|vaadagai)(?:ku|kku)? (?:kudunga|tharuveengala|edukkalam|edukuren|venum|kudukureengala)',
      '(?:அண்ணன்|அண்ணா|தம்பி|அக்கா|தங்கச்சி|நண்பன்|ஃப்ரெண்ட்|அப்பா|அம்மா)\\S{0,4} ' +
        '(?:அப்வொர்க் )?அக்கவுண்ட்\\S{0,4}',
      'என் அக்கவுண்ட்\\S{0,2} (?:யூஸ் பண்ணுங்க|பயன்படுத்துங்க)',
      'அக்கவுண்ட்\\S{0,2} (?:வாடகைக்கு|ரெண்ட்டுக்கு) (?:கொடுங்க|தாங்க|எடுக்கலாம்)'],
    te: [
      // Telugu: the password handed over.
      '(?:పాస్ ?వర్డ్|password) (?:ఇవ్వండి|పంపండి)', 'password (?:ivvandi|pampandi)',
      '(?:ma|maa|naa) (?:anna|annayya|tammudu|tammudi|akka|chelli|friend|snehithudu|nanna|amma|wife|bava|cousin) (?:upwork )?account\\S{0,4}',
      '(?:anna|annayya|tammudi|akka|chelli|friend|nanna|amma|bava|cousin) ?(?:di|gari) (?:upwork )?account\\S{0,4}', 'naa account (?:use|login) (?:cheyyandi|cheyyi|cheskondi|chesukondi)',
      'account(?:ni)? (?:rent|adde)(?:ki|ku)? (?:ivvandi|istara|istanu|teesukunta|kavali)',
      '(?:మా|నా) ' +
        '(?:అన్న|అన్నయ్య|తమ్ముడు|అక్క|చెల్లి|ఫ్రెండ్|నాన్న|అమ్మ)\\S{0,3} ' +
        '(?:అప్ ?వర్క్ )?అకౌంట్\\S{0,4}',
      'నా అకౌంట్ (?:యూజ్ చేయండి|వాడండి|వాడుకోండి)',
      'అకౌంట్\\S{0,2} (?:అద్దెకు|రెంట్ ?కి) (?:ఇవ్వండి|ఇస్తారా|తీసుకుంటా)'],
    pcm: ['(?:my|ma) (?:brother|bros|broda|sister|sista|padi|cousin|uncle|aunty|wife|husband)(?: own)? (?:upwork )?account'],
    // A relative's or friend's account, or 'use my account', in Thai, Persian (and Finglish), Hebrew, Bulgarian and Czech.
    th: [
      // Selling, renting or logging in on an account ("ขายบัญชี upwork", "ส่งรหัสผ่านมา").
      'ขายบัญชี', 'เช่าบัญชี', 'ส่งรหัส(?:ผ่าน)?มา',
        'ให้รหัส(?:ผ่าน)?', 'ล็อกอิน(?:ทำ)?ให้',
        'บัญชี(?:ของ)?(?:พี่ชาย|น้องชาย|พี่สาว|น้องสาว|เพื่อน|แฟน|ญาติ)',
      'ใช้บัญชี(?:ของ)?(?:ผม|ฉัน|เรา)', '(?:ยืม|เช่า)บัญชี'],
    fa: ['اکانت\\S{0,3} (?:\\S+ )?(?:رو |را )?اجاره\\S{0,4}', '(?:user|pass|password)\\S{0,4} (?:\\S+ )?(?:ro )?(?:bede|bedid|befrest)',
      'اکانت\\S{0,3} (?:رو |را )?اجاره\\S{0,4}', 'اجاره (?:میدم|می دم|میدیم)',
      '(?:یوزرنیم|یوزر|پسورد|رمز)\\S{0,3} (?:و (?:پسورد|رمز)\\S{0,3} )?(?:رو |را )?(?:بده|بدید|بفرست|بفرستید)',
      'از اکانت\\S{0,3} (?:\\S+ ){0,2}استفاده\\S{0,4}', 'اکانت\\S{0,3} (?:\\S+ ){0,4}(?:خارج|بیرون) از ایران\\S{0,2}',
      '(?:خارج|بیرون) از ایران\\S{0,2} (?:\\S+ ){0,4}اکانت', 'account\\S{0,3} (?:\\S+ ){0,3}kharej az iran',
      '(?:user|pass|password)\\S{0,4} (?:o (?:pass|password)\\S{0,4} )?(?:ro )?(?:bede|bedid|befrest)', 'account\\S{0,3} (?:ro )?ejare', 'ejare (?:midam|midim)',
      '(?:حساب|اکانت) (?:کاربری )?(?:برادرم|خواهرم|دوستم|همسرم|پسرعموم)', 'از (?:حساب|اکانت) من استفاده کن\\S{0,3}',
      '(?:hesab|account|akaunt)(?:e)? (?:baradaram|khaharam|doostam|dustam)', 'az (?:hesab|account)(?:e)? man estefade kon\\S{0,3}'],
    // Round twenty-five (Hebrew as Israeli clients type it): "להשתמש בחשבון שלך", "שם המשתמש והסיסמה", "קונה חשבון", "עובד מהחשבון שלי".
    he: ['(?:ב|ל|מ)?(?:ה)?חשבון (?:\\S+ )?שלך', 'שם (?:ה)?משתמש (?:ו)?(?:את )?(?:ה)?סיסמ[הא]',
      '(?:קונה|אקנה|מוכר|אמכור|אשכור|שוכר|תשכיר|תמכור) (?:את )?(?:ה)?חשבון', '(?:מ|ב)החשבון שלי',
      'הקוד ש(?:קיבלת|הגיע)', '(?:ב|את )?(?:ה)?חשבון של (?:אחי|אחותי|חבר שלי|אבא שלי|אשתי|בעלי|אמא שלי)',
      '(?:ת|ל)?(?:ה)?שתמש(?:י)? בחשבון שלי'],
    bg: [
      '(?:прати|изпрати|дай|кажи)(?:те)? ми (?:\\S+ ){0,2}(?:паролата|парола|кода)',
      'продавам (?:\\S+ ){0,2}(?:upwork )?(?:акаунт|профил)\\S{0,3}',
      '(?:брат ми|сестра ми|приятел\\S{0,3}|жена ми|мъжа ми|баща ми) ще работи (?:от|на|в|през) (?:м' +
        'оя|мой) (?:upwork )?(?:акаунт|профил)\\S{0,3}',
      '(?:prati|izprati|dai)(?:te)? mi (?:\\S+ ){0,1}(?:parolata|koda)', 'prodavam (?:\\S+ ){0,2}(?:upwork )?(?:akaunt|profil)\\S{0,3}',
      '(?:акаунта|профила) на (?:брат ми|сестра ми|приятел\\S{0,3}|жена ми|мъжа ми|баща ми)',
      '(?:из)?ползвай(?:те)? (?:моя )?(?:акаунт|профил)\\S{0,2}',
      '(?:brat|sestra|priqtel|priqtelka|syprug|syprugata) mi shte raboti ot (?:moq|moi) (?:upwork )?(?:profil|akaunt)',
      '(?:брат|сестра|приятел|приятелка) ми ще работи от (?:моя|мой) (?:upwork )?(?:профил|акаунт)',
      'да ползвам (?:акаунта|профила) ти', 'da polzvam (?:akaunta|profila) ti',
    ],
    cs: [
      'posl(?:i|ete) mi (?:\\S+ ){0,2}(?:heslo|kod)', 'heslo (?:od|ke|k) (?:svemu|tvemu|vasemu|sveho|tveho|vaseho) (?:upwork )?(?:uctu|profilu)',
      '(?:prodam|prodavam|koupim|kupuju) (?:\\S+ ){0,2}(?:upwork )?(?:ucet|profil)\\S{0,3}',
      '(?:bracha|brat|sestra|kamarad|kamaradka|manzelka|manzel)\\S{0,2} bude (?:pracovat|odpovidat) (?:na|z|pres) (?:mem|mym|mojem|muj) (?:upwork )?(?:uctu|profilu|ucet|profil)',
      '(?:ucet|uctu|profil) (?:meho |moji |me )?(?:bratra|sestry|kamarada|kamaradky|manzelky|manzela|otce)',
      'pouzi(?:j|jte) (?:muj )?(?:ucet|profil)', 'pujcim ti (?:svuj )?ucet',
      'pronajm\\S{0,3} (?:si )?(?:tvuj|vas|tvuj upwork|vas upwork) (?:ucet|profil)',
      '(?:brat|bratr|sestra|kamarad|kamaradka|manzelka|manzel)\\S{0,2} bude (?:pracovat|odpovidat) (?:z|na|pres) (?:meho|mem|muj) (?:upwork )?(?:uctu|ucte|ucet|profilu|profil)',
    ],
    // Polish: working from a brother-in-law's or a partner's account, lending or selling one, a password or SMS code handed over ("z konta szwagra", "odstąpić konto", "hasło to").
    pl: [
      '(?:z|na|przez) (?:konta|koncie|konto) (?:\\S+ )?(?:szwagra|brata|siostry|kolegi|kumpla|znajomego|znajomej|wspolnika|zony|meza|mamy|taty|kuzyna|kuzynki|przyjaciela|przyjaciolki|kogos)',
      'z mojego konta', 'na moim koncie', 'na moje konto', 'z (?:twojego|pana|pani) konta', 'na (?:twoje|pana|pani) konto',
      'na (?:twoim|pana|pani) koncie', 'odstap\\S* (?:\\S+ ){0,2}kont\\S*', 'kont\\S* (?:\\S+ ){0,4}odstap\\S*',
      '(?:moge|mozemy) ci (?:je )?odstapic', 'wynaj\\S* (?:\\S+ )?kont\\S*', '(?:sprzedam|kupie|kupimy|sprzedaje) (?:\\S+ )?kont\\S*',
      'zweryfikowane konto', 'haslo (?:to|do konta|jest)', '(?:podam|wysle|przesle) (?:ci |panu |pani )?haslo', 'login i haslo', 'dane do logowania',
      '(?:zaloguj|zalogowac|zalogowal)\\S* (?:sie )?na (?:moje|twoje|moim|pana|pani) konto', 'wejde na (?:twoje|pana|pani) konto',
      '(?:przeslij|podaj|wyslij|podyktuj) mi (?:\\S+ )?kod\\S*', 'popracuje z (?:mojego|mojej) konta',
      // Round twenty-five: an account lent, a code passed on, an account opened in the reader's name for the writer
      // ("udostępnisz mi swoje konto?", "podeślij kod weryfikacyjny", "załóż konto na swoje dane").
      'udostepni\\S* (?:mi )?(?:swoje |twoje |pana |pani )?kont\\S*', '(?:podesl|przesl|wysl|podaj|dyktuj|przeslij)\\S* (?:mi )?(?:ten )?kod\\S* (?:weryfikac|sms|autoryzac|z sms|logowan)\\S*',
      'kod\\S* (?:weryfikac|autoryzac)\\S* (?:\\S+ ){0,3}(?:podesl|przesl|wysl|podaj|dyktuj)\\S*',
      'zaloz\\S* (?:\\S+ )?kont\\S* na (?:swoje|twoje|pana|pani|swoja|twoja) (?:dane|nazwisko|imie)'],
    // Japanese: lending or renting an account, sharing login; Swahili: kukodisha akaunti, account and password.
    ja: ['アカウント(?:を)?(?:貸し|お借り|借り|使い回|共有)', 'パスワード(?:を)?(?:教え|送)', 'ログイン情報(?:を)?(?:共有|教え|送)', 'idとパス',
      'パス(?:は|を)?後で送', 'account ?kashite', 'login ?joho',
      '(?:兄|姉|弟|妹|友達|友人|家族)の(?:upwork)?アカウントで', '一つのアカウント',
      // Round twenty-five: an account bought or sold, the reader's account worked on, someone else's used, a code passed on, an account made
      // in the reader's name for the writer ("アカウント買います", "あなたのアカウントで私が作業", "認証コードが届いたら教えて").
      'アカウント(?:を)?(?:買|売|購入|販売|譲)', '(?:あなた|お前|君|きみ|そちら|貴方)の(?:upwork)?アカウントで',
      '(?:兄|姉|弟|妹|友達|友人|家族|知り合い|他人)の(?:upwork)?アカウント(?:を)?(?:使|借)', '認証コード(?:が届いたら|を|は)?(?:教え|送っ|転送)',
      '(?:あなた|お前|君|そちら)の名前で(?:\\S{0,10})アカウント', '名前で(?:\\S{0,6})アカウント(?:を)?作(?:っ|り|成)(?:\\S{0,20})(?:私|僕|俺)が使'],
    sw: ['kukodisha akaunti', 'kukodi akaunti', 'akaunti za upwork', 'username na password', 'nitakutumia password', 'akaunti ya (?:binamu|rafiki|kaka|dada|ndugu)',
      'akaunti hii moja', 'tutafungua akaunti kwa jina lako', 'niingie kwa akaunti yako', 'ingia kwenye akaunti yangu'],
    es: [
      // Round 127: the price of the reader's profile asked.
      'cuanto (?:pides|quieres|cobras|pedis|me cobras) por tu (?:perfil|cuenta)',
      '(?:te|se|le|les) (?:la|lo) (?:presto|alquilo|rento|vendo|dejo)',
      '(?:prest|alquil|rent|vend|compr)\\S* (?:su|tu|la|una|mi) (?:cuenta|perfil)',
      '(?:doy|dare|das|da|dame|darme|pasame|pasas) (?:el )?acceso a (?:mi|tu|su|la) cuenta',
      '(?:me )?preste su cuenta', 'prestame (?:tu|su) cuenta', 'desde su perfil', 'usuario y (?:la )?contrasena', 'la contrasena de su cuenta',
      '(?:rentar|alquilar)las?', 'el codigo que te llega',
      '(?:me )?pasas (?:tu )?(?:usuario|contrasena|login)',
      '(?:para cada|por cada|por una) verificacion',
      'cuentas? (?:\\S+ ){0,5}(?:te |se la |te la )?(?:puedo |podria |vamos a )?(?:prestar|alquilar|rentar)',
      '(?:te |le |les )(?:presto|alquilo|rento) (?:mi |una |la |esta )?cuenta',
    ],
    pt: [
      'conta alugada',
      'alug(?:uei|o|amos|ada|ado) (?:uma |a )?conta',
      'alugo por',
      '(?:vc|voce|tu) trabalha nela',
      'trabalh\\S* (?:nela|na minha conta)',
      'me pass(?:a|ar|e) (?:o |a |teu |tua )?(?:login|senha)',
      'empres\\S* (?:a |sua |tua |seu |teu |o )?(?:conta|perfil)',
      '(?:entrar|logar|acessar) (?:na|a) (?:tua|sua) conta',
      'codigo (?:\\S+ ){0,6}me manda','alugo (?:minha|a minha) conta', 'acesso a sua conta', 'verificacao de identidade no meu lugar', 'conta esta no nome d[aeo]',
      'me pass(?:a|ar|e) (?:o |a |seu |sua )?(?:login|senha)',
      '(?:trabalho|trabalhar|trabalhamos) (?:na|pela) (?:sua|tua) conta',
      '(?:para cada|a cada|por uma) verificacao',
      'contas? (?:\\S+ ){0,5}(?:te |lhe )?(?:posso |vou |podemos )?(?:emprestar|alugar)',
      '(?:te |lhe )(?:empresto|alugo) (?:minha |uma |a |esta )?conta',
      'alugo (?:ela|ele|essa|esse|a minha|minhas)',
      '(?:alugo|empresto) (?:\\S+ )?(?:pra|para) (?:voce|vc) (?:trabalhar|usar)',
    ],
    fr: [
      'preter (?:son|ses|leur) compte',
      '(?:te|vous) (?:file|donne|passe|envoie)\\S* (?:l.)?acces a (?:mon|ton|votre) compte',
      '(?:me )?loue son compte', 'se connectera a mon compte', 'me connecter a votre compte', 'le mot de passe', 'a votre place', '(?:je te )?loue mon compte',
      '(?:te|vous) connecter (?:a|sur|dans) mon compte', 'me connecter (?:a|sur|dans) (?:ton|votre|son) compte',
      '(?:je te|je vous) (?:file|donne|envoie|passe|transmets|enverrai|donnerai) (?:mon|le) mot de passe',
      'a ma place',
      '(?:donne|envoie|file|passe|transmets)\\S*[- ]moi (?:\\S+ ){0,2}(?:identifiants|mot de passe|login|code (?:recu|sms|2fa|de verification|de confirmation))',
      'code (?:recu )?par sms', '(?:louer|loue|louons) (?:ton|votre|son|des|un|mon) comptes?',
      '(?:pour chaque|par) verification',
      '(?:collegue|associee?|frere|soeur|amie?|partenaire|assistante?)\\S* (?:\\S+ ){0,3}(?:travaille|repond|postule|' +
        'ecrit)\\S* (?:\\S+ ){0,3}(?:sur|via|depuis|avec|par) (?:mon|notre) (?:compte|profil)',
      '(?:me |m.)?(?:donne|envoi|envoy|file|passe|transmet|communique|partage)\\S*(?:[- ]moi)? (?:\\S+ ){0,2}(?:identifiants|mot de passe|codes? d.acces)',
    ],
    de: ['vermiet(?:est|en sie|e) (?:du )?(?:mir )?(?:dein(?:en)? |ihr(?:en)? )?(?:upwork-?)?(?:account|konto|profil)', 
      '(?:verkauf|kauf|vermiet|miet)\\S* (?:mein\\S* |dein\\S* |ein\\S* )?(?:upwork-?)?(?:account|konto|profil)',
      'login-?daten',
      '(?:sein|dein|ihr|mein)\\S* (?:upwork-?)?(?:profil|konto|account) (?:\\S+ )?(?:uberlass|leih|vermiet|verkauf|abtret)\\S*',
      '(?:mit )?(?:deinem|ihrem) ausweis (?:fur mich|machen)', 'id-verifizierung (?:fur mich|machen)',
      'account zum mieten', 'mit meinem (?:\\S+-)?login einloggen',
      'einloggen .{0,20}(?:mein|ihr)\\S* (?:konto|account)', 'zugangsdaten',
      'uber (?:dein|ihr|sein)(?:en)? (?:\\S+-)?(?:konto|account|profil) (?:arbeiten|bieten|bewerben)',
      '(?:schick|schicke|gib|sende|teile)\\S* (?:mir|uns) (?:\\S+ ){0,2}(?:passwort|zugangsdaten|login-?daten|sms-code|2fa-code|code aus der sms)',
      'logge? mich (?:in|bei) (?:dein|ihr)\\S* (?:upwork-?)?(?:konto|account) ein',
      'uber (?:deinen|ihren|dein|ihr) (?:upwork-?)?(?:konto|account|profil) (?:\\S+ ){0,2}(?:schicken|senden|bewerben|bieten|einreichen)',
      '(?:konten|accounts) (?:zu )?(?:verkaufen|kaufen|vermieten)',
      '(?:pro|fur jede) verifizierung',
      '(?:kollege|kollegin|partner|partnerin|bruder|schwester|freund|freundin|mitarbeiter|assistent)\\S* (?:\\S+ ){0,3}(?:arbeitet|' +
        'bietet|bewirbt|antwortet|schreibt)\\S* (?:\\S+ ){0,2}uber (?:mein|unser)\\S* (?:\\S+-)?(?:konto|account|profil)',
      '(?:uber|mit|von|auf) (?:das |dem |den )?(?:profil|konto|account) (?:meines|meiner) (?:bruders|schwester|freundes|freundin|cousins|cousine|mannes|frau|vaters|mutter|kollegen|kollegin)',
    ],
    ru: [
      'в аренду',
      'под моим (?:именем|аккаунтом|логином)',
      '(?:дай|дайте|дам|дашь) (?:мне |тебе |вам )?доступ (?:к|в) (?:своему|твоему|вашему|моему) (?:аккаунт|акк|профил)\\S*',
      '(?:продам|продаю|куплю|сдам|сдаю) (?:свой |твой )?профил\\S*',
      'зарегистрирован\\S* на (?:знаком\\S*|друга|брата|родственник\\S*)',
      '(?:в )?аренду аккаунт\\S*', 'возьму в аренду', 'пройд[её]т верификаци\\S*',
      'логин и пароль', 'по своему паспорту',
      '(?:скинь|скиньте|дай|дайте|пришли|пришлите|кинь|киньте) (?:мне )?' +
        '(?:\\S+ ){0,2}(?:пароль|логин|код из смс|код подтверждения)\\S*',
      'код из смс',
      'за (?:одну|каждую) (?:видео|фото)?верификаци\\S*',
      'сда(?:ть|м|ю|дим|ем) в аренду',
    ],
    uk: [
      'в оренду',
      'під моїм (?:ім.ям|акаунтом|логіном)',
      '(?:дай|дайте|дам|даси) (?:мені |тобі |вам )?доступ до (?:свого|твого|вашого|мого) (?:акаунт|профіл)\\S*',
      '(?:продам|продаю|куплю|здам|здаю) (?:свій |твій )?профіл\\S*',
      '(?:фото|паспорт)\\S* (?:\\S+ ){0,3}на мій (?:профіль|акаунт)',
      'зареєстрован\\S* на (?:знайом\\S*|друга|брата|родич\\S*)', 'посидіти перед камерою',
      'здам свій акаунт', 'у користування', 'працюватиме з мого акаунт\\S*',
      'логін і пароль',
      '(?:скинь|скиньте|дай|дайте|надішли|надішліть|кинь|киньте) (?:мені )?' +
        '(?:\\S+ ){0,2}(?:пароль|логін|код (?:з|із) смс|код підтвердження)\\S*',
      'код (?:з|із) смс', '(?:продам|продаю|куплю|здам|здаю) (?:свій |твій )?акаунт\\S*',
      'за (?:одну|кожну) (?:відео|фото)?верифікаці\\S*',
      'зда(?:ти|м|ю|мо|ємо) в оренду',
    ],
    hi: [
      // Round 127: an ID wanted on rent, 2FA backup codes sent as a screenshot.
      'kiraye (?:pe|par) (?:chahiye|lenge|loonga|lena)',
      '(?:backup|recovery|2fa|otp) (?:\\S+ ){0,2}codes?(?: ka| ki)? (?:screenshot|photo|pic) (?:bhej|de)\\S*',
      // Hindi: the password handed over, an account rented (round twenty-five).
      '(?:password|login|पासवर्ड|लॉगिन) (?:दे दो|दो|भेज दो|भेजो|बताओ|दे दीजिए|भेज दीजिए)',
      'username और password', 'account किराए (?:पे|पर)',
      // Spelled out per script, so that the tree of shared beginnings reads "account किराए पे" and its longer form as one branch
      // (two branches are tried longest first by their longest phrase, which another language's words can change).
      'account (?:किराए|किराये) (?:पे|पर) (?:दूंगा|दूँगा|देंगे|लूंगा)',
      'अकाउंट (?:किराए|किराये) (?:पे|पर) (?:दूंगा|दूँगा|देंगे|लूंगा)',
      'account (?:hai )?kiraye (?:pe|par)',
      'kiraye (?:pe|par|ka) (?:\\S+ )?account',
      // Round eighteen: a login or password handed over ("पासवर्ड भेज दो"), a relative who runs the writer's account
      // ("मेरा अकाउंट मेरा छोटा भाई भी चलाता है"), a job posted from the reader's account.
      '(?:अपवर्क )?(?:पासवर्ड|लॉगिन|लॉग इन|लॉगइन)(?: (?:और|या) (?:पासवर्ड|आईडी))? ' +
        '(?:दो|दे दो|दीजिए|दे दीजिए|भेजो|भेज दो|भेजिए|भेज दीजिए|दे दूंगा|दे दूँगा|' +
          'देता हूँ|देता हूं)',
      '(?:मेरा|मेरी|हमारा) (?:अपवर्क )?(?:अकाउंट|अकाउन्ट|एकाउंट|प्रोफाइल) (?:मेरा |' +
        'मेरी )?(?:छोटा |बड़ा |बडा )?' +
        '(?:भाई|बहन|भतीजा|भांजा|बेटा|बेटी|दोस्त|पति|पत्नी|कजिन|' +
          'कज़िन) (?:भी )?(?:चलाता|चलाती|चलाते|चलाएगा|चलाएगी|यूज़ करता|यूज करता)',
      'आपके (?:अपवर्क )?(?:अकाउंट|अकाउन्ट|प्रोफाइल) से (?:\\S+ ){0,3}(?:जॉब|प्रपोजल|' +
        'प्रपोज़ल) (?:पोस्ट|भेज)\\S*',
      'chala(?:ne|na) (?:ke liye|ko) de\\S*',
      'account (?:rent|kiraye) (?:pe|par) (?:do|dena|chahiye)',
      'login (?:id )?(?:aur|or) password (?:do|de do|bhejo)', 'rent pe de dunga',
      'login details (?:sab )?(?:milenge|dunga|de dunga)', '(?<!apni |apne |apna )id se login kar\\S*',
      'password (?:main )?(?:alag se )?bhej', 'dost ka (?:\\S+ )?(?:wala )?account', 'uspe bid',
      'rent (?:pe|par) (?:le|de|lete|dete|lenge|denge)\\S*', 'login (?:aur|or|and) (?:otp|password|2fa) (?:share|de|bhej|dena|chahiye)\\S*',
      '(?:otp|login|password) share kar\\S*', '(?:sirf |bas )?login de (?:do|dena|dijiye)',
      '(?:apna|apni) (?:cnic|aadhaa?r)(?: aur (?:selfie|photo))? (?:de do|dedo|bhejo|bhej do)',
      '(?:tumhare|aapke|apke|tere) account se (?:kaam|bid|apply|login)',
      '(?:mera|meri) (?:account|profile|id) (?:tum|aap) chala (?:lo|lena|do|dena|lijiye)',
      'per verification',
      '(?:apna|apni|tumhara|aapka) (?:upwork )?(?:account|profile|id) (?:mujhe|mujhko|hame|hamein|humein) (?:de|dedo|de do|de dijiye|de dena)\\b',
      '(?:account|profile|id) (?:\\S+ ){0,3}(?:main|mai|hum) chala(?:unga|ungi|enge|yenge)',
      '(?:usse|us se|isse|is se|ispe|is pe|usme) (?:bid|apply|kaam) kar\\S*',
      '(?:apne|apni|aapke|apke|tumhare) account se (?:\\S+ ){0,3}(?:job|kaam|project|order|contract)\\S* (?:le|lo|lein|pakad|utha)\\S*',
      '(?:मेरे|मेरी) (?:भाई|भैया|भाभी|बहन|दीदी|दोस्त|कज़िन|कजिन|पापा|पिताजी|' +
      'पत्नी|बीवी|वाइफ|पति|चाचा|मामा|फ्रेंड) (?:का|की|के) (?:अपवर्क |upwork )?(?:अकाउंट|' +
      'एकाउंट|आईडी|प्रोफाइल) (?:से|पर|पे|यूज़|यूज|इस्तेमाल|चला)',
      '(?:मेरा|मेरी) (?:अपवर्क |upwork )?(?:अकाउंट|एकाउंट|आईडी|प्रोफाइल) (?:इस्तेमाल|यूज़|' +
      'यूज|use) (?:करो|करें|कीजिए|कर लो|कर सकते हो)',
      '(?:अपना|आपका|तुम्हारा) (?:अपवर्क |upwork )?(?:अकाउंट|एकाउंट|आईडी|प्रोफाइल) ' +
      '(?:किराए|किराये|रेंट) (?:पर|पे)',
      '(?:अकाउंट|एकाउंट|आईडी|प्रोफाइल) (?:किराए|किराये|रेंट) (?:पर|पे) (?:दो|दे दो|' +
      'दीजिए|देंगे|दोगे|लूंगा|लेना|चाहिए)',
    ],
    ur: [
      // Round 127: an ID wanted on rent, 2FA backup codes sent as a screenshot.
      'kiraye (?:pe|par) (?:chahiye|lenge|loonga|lena)',
      '(?:backup|recovery|2fa|otp) (?:\\S+ ){0,2}codes?(?: ka| ki)? (?:screenshot|photo|pic) (?:bhej|de)\\S*',
      // Urdu in its script: the password or the login handed over, an account rented or sold (round twenty-five).
      '(?:پاس ?ورڈ|لاگ ?ان)(?: کی تفصیلات)? (?:دے دیں|دیں|بھیج دیں|بھیجیں|دو|بتائیں|دے دو)', 'یوزر ?نیم اور پاس ?ورڈ',
      'لاگ ?ان کی تفصیلات',
      '(?:اکاؤنٹ|پروفائل|آئی ڈی) (?:کرائے|کرایے) (?:پر|پہ)', '(?:اکاؤنٹ|پروفائل) (?:بیچ|فروخت)\\S*',
      'account (?:hai )?kiraye (?:pe|par)',
      'kiraye (?:pe|par|ka) (?:\\S+ )?account',
      '(?:username|user ?name|login|id) (?:aur |or )?password (?:\\S+ )?(?:de dein|de do|dedo|bhej do|bhejein|hamein|mujhe)',
      'chala(?:ne|na) (?:ke liye|ko) de\\S*',
      '(?:mere|meri) account (?:pe|par|mein) (?:apni|apna) (?:video|photo|selfie|shakal|face)',
      'account (?:rent|kiraye) (?:pe|par)', 'login (?:aur|or) password (?:dein|de dein|bhejein)',
      'uski jagah camera', 'cnic dikha', 'rent pe chahiye', '2fa code batana',
      '(?:email aur )?password le lo', 'isi account se kaam', '(?:bhai|dost|cousin) bhi (?:isi|is) account',
      'rent (?:pe|par) (?:le|de|lete|dete|lenge|denge)\\S*', 'login (?:aur|or|and) (?:otp|password|2fa) (?:share|de|bhej|dena|chahiye)\\S*',
      '(?:otp|login|password) share kar\\S*', '(?:sirf |bas )?login de (?:do|dein|dijiye)',
      '(?:apna|apni) (?:cnic|shanakhti card)(?: aur (?:selfie|photo))? (?:de do|dedo|de dein|bhej dein)',
      '(?:tumhare|aapke|apke) account se (?:kaam|bid|apply|login)',
      '(?:mera|meri) (?:account|profile|id) (?:tum|aap) chala (?:lo|lena|do|dena|lijiye)',
      'per verification',
      '(?:apna|apni|tumhara|aapka) (?:upwork )?(?:account|profile|id) (?:mujhe|mujhko|hamein|humein) (?:de|dedo|de do|de dein|de dijiye)\\b',
      '(?:account|profile|id) (?:\\S+ ){0,3}(?:main|mein|hum) chala(?:unga|onga|enge|yenge|oon ga)',
      '(?:usse|us se|isse|is se|ispe|is pe|usme) (?:bid|apply|kaam) kar\\S*',
      '(?:apne|apni|aapke|apke|tumhare) account se (?:\\S+ ){0,3}(?:job|kaam|project|order|contract)\\S* (?:le|lo|lein|pakad|utha)\\S*',
    ],
    tl: [
      // Round 127: an old profile for sale ("binebenta ko na po yung luma kong profile").
      '(?:binebenta|ibebenta|nagbebenta|ibenta)\\S* (?:\\S+ ){0,6}(?:profile|account)',
      '(?:nagpapa|pina|pa)?upa\\S* (?:\\S+ ){0,2}(?:ng |ang |yung )?(?:upwork )?account',
      '(?:email|username|user) at password','ipahiram (?:mo )?(?:ang |yung )?account', 'password mo', 'pinaparent ko', 'eto login ko',
      '(?:hiring|naghahanap|need|kailangan) (?:po )?(?:ng )?(?:verified )?account holders?',
    ],
    id: [
      // Round 127: the writer logging in to the reader's account (not the reader told to log in to their own).
      '(?:saya|aku|gue|gw) (?:\\S+ ){0,2}login ke akun (?:kakak|kamu|anda|mas|mbak|bapak|ibu|abang|bang|kak|bu|pak)',
      '(?:sewa|pinjam|pakai|beli|jual)\\S* akun',
      'sewa akun', 'pinjam akun', 'password akun (?:kamu|anda)', 'jual akun', 'sewa bulanan', 'login dikasih', 'pinjam ktp', 'foto selfie kamu', 'email dan password akun', 'dipakai bareng',
      '(?:per|setiap) verifikasi',
    ],
    ar: [
      // Round 127: Darija: an Upwork account to sell or to buy ("compte upwork ... bgha ybi3o").
      '(?:compte|account|profil)\\S* (?:upwork )?(?:\\S+ ){0,3}(?:ybi3|nbi3|tbi3|nchri|nechri|nechrih)\\S*',
      'لل(?:ا|إ)يجار',
      'للبيع',
      '(?:b|ba|bi|ha|n|t)?2a?jj?[ae]?r\\S*',
      '(?:3a?tee?ni|a3tini|3tini) el (?:login|password|pass)','تأجير حساب', 'اجار حساب', 'كلمة السر', 'كلمة المرور', 'اشتري حساب', 'صورة بطاقتك',
      'بيانات دخولي', 'نفس هذا الحساب', 'نفس الحساب', 'e3teni el login', 'بيانات دخولي', 'بدالي',
      '(?:ha|han|hane|hn|ne|n|bne|bn|e)?2a?gg?ar\\S*', 'el email w el password',
      '(?:tedini|teddini|e3tini|eddini|ib3atli|ab3atli) el (?:login|password|pass)',
      'el (?:login|password) bta3 el upwork', 'حساب (?:ثاني|تاني|اضافي)',
      '(?:ارسل|ابعت|اعطني|عطني|هات|تعطيني|ارسلي|ابعتلي)\\S* (?:لي )?' +
        '(?:\\S+ ){0,2}(?:الباسورد|كلمة السر|كلمة المرور|كود التحقق|رمز التحقق)',
      'و?كلمة (?:السر|المرور)', '(?:ا|ن|ت|ي)?ستاجر\\S* حساب\\S*', '(?:سجل|ادخل|اعمل) (?:دخول )?(?:على|الى|في) حسابي',
      'a3mel login (?:3ala|3la|fi) (?:el )?account(?:-?ak| bta3ak)',
      '(?:ab3atli|eb3atli|ib3atli|e3tini|e3teni|tedini|teddini) (?:\\S+ ){0,2}(?:el )?(?:password|pass|otp|login)',
      'الكود اللي (?:يوصلك|وصلك|يجيك|جاك|بيوصلك)',
      'el code (?:elly|eli|illi) (?:gelak|hayegilak|weselak|byegilak|haywsalak)',
      'باسمه', 'باسمها', 'بصورته', 'بصورتك',
      'ا?[اأ]ج?جره(?:ا|ها)? (?:لك|لكم)', 'اؤجره\\S*', '(?:te|ne|ye)?sh(?:t[ae])?3\'?[ae]l 3ale(?:h|ih|ha)', 'n2as+em el fe?lou?s',
      // Selling, lending or working from another's account: "بيعني حسابك", "حساب زميلي المعتمد";
      // Darija "compte ديال صاحبي", Arabizi "a login 3ala 7sabak", "a3teek el 7sab".
      '(?:بيعني|ابيع|ببيع|هبيع|تبيع|تبيعني|اشتري|بشتري|نشتري|هشتري) (?:لي )?(?:حساب\\S*|اكونت\\S*|بروفايل\\S*)',
      '(?:ب|ت)?تعطيني (?:ال)?(?:باسورد|كلمة السر|كلمة المرور|لوجين)',
      '(?:ن|ا)?عطيك (?:الـ ?|ال)?(?:login|لوجين|باسورد|password)', 'compte ديال (?:واحد )?(?:صاحبي|خويا|ختي|صاحبتي|مراتي)',
      '(?:a3teek|a3tik|ba3tik|b3tik|nateek|n3tik|ha3tik|hadilak|hadik|edilak|hedilak) (?:el )?(?:7sab|7esab|account|login|password|pass)',
      '(?:3a?tee?n[ie]|a3tin[ie]|e3tin[ie]|3tin[ie]|t3tin[ie]|te3tin[ie]|ddin[ie]|edin[ie]|tedin[ie]) (?:el )?(?:login|password|pass|7sabak|7esabak|account-?ak|el account)',
      '(?:account|acc|7esab|7sab) (?:upwork |client )?(?:tani|tany|thani|tanya|zyada|ekhar|akhar) (?:gdeed|gdid|jdid|jdeed)?',
      '(?:a|e)?3mel account (?:gdid|gedid|jdid|jdeed|gdeed) (?:b|be|bi) ?(?:7sabak|esmak|ismak|ba6a2tak|beta2tak)',
      '(?:a-?)?login (?:3ala|3la|3a|fi|f) (?:7sabak|7esabak|el account (?:bta3ak|taba3ak))',
      '(?:apply|a-?apply|a2addem|2addem|b2addem|postuler) (?:\\S+ ){0,3}(?:be|bi|b) ?(?:esmak|ismak|esmek|ismek)', 'postuler (?:men|mn|b|f) (?:3nd(?:ha|o|ou|hom)|compte|profil)\\S*',
      '(?:a|b|ba|h|ha)?2addem (?:men|mn|3an) (?:7adretak|7sabak|7esabak)', '(?:ب|ه)?(?:قدم|اقدم|نقدم) (?:من|على|عبر|ب) حساب(?:ها|ه|و|هم|ك)',
      '(?:ا|ب|ه)?(?:شتغل) (?:من|عبر) حساب(?:ها|ه|و|هم|ك)',
      '(?:باستخدام|استخدام|من|على|عبر|ب) حساب (?:زميلي|صاحبي|صديقي|اخوي|اخويا|خويا|اختي|ختي|قريبي|ابن عمي|ول' +
        'د عمي|بنت عمي|مراتي|زوجتي)',
    ],
    tr: [
      // Turkish: working from a partner's or cousin's account, handing one over, an SMS code or password passed on ("ortağımın hesabından", "doğrulama kodunu iletir misiniz").
      '(?:ortagimin|arkadasimin|kuzenimin|kardesimin|abimin|ablamin|esimin|babamin|annemin|ortaginin|arkadasinin|kuzeninin|kardesinin|baskasinin) hesab(?:indan|iyla|ini kullan\\S*|inda)',
      '(?:benim|senin|sizin) hesab(?:imdan|indan|inizdan)',
      'hesab\\S* (?:devred|devret|kullandir)\\S*', '(?:sana|size) (?:\\S+ )?devred\\S*', 'dogrulanmis hesab\\S*',
      '(?:dogrulama|onay|sms) kod\\S* (?:\\S+ ){0,3}ilet\\S*', 'hesab(?:iniza|ina) gir(?:ip|eyim|erim|ecegim)',
      'sifre(?:ni|nizi|yi|mi) (?:\\S+ ){0,2}(?:gonder|ver|paylas|at|ilet|yolla)(?:ir misin|ir misiniz|in|iniz|sene|ebilir misin|ebilir misiniz)?(?![a-z])', 'sifrem(?:iz)? (?:su|bu|:)',
      'sifreyi (?:\\S+ )?(?:atarsin|gonderirsin|yollarsin|verirsin)',
      'hesap kiralama', 'hesabini kirala', 'sifreni ver', 'sifresini', 'kiraliyorum', 'sifreyi veriyorum', 'senin kimliginle', 'ortak kullan\\S*',
      'hesab\\S* (?:\\S+ ){0,2}kiraliyor\\S*', 'giris bilgileri\\S* (?:\\S+ ){0,3}(?:paylas|gonder|ver|at|yolla)\\S*', 'sms kodu\\S* (?:\\S+ ){0,2}(?:paylas|gonder|ver|at|yolla)\\S*',
      'sifreyi (?:\\S+ )?(?:atiyorum|gonderiyorum|yolluyorum|veriyorum)', 'hesabima gir',
      // "hesabınla giriş yapıp işi alayım": the reader's login used by the writer.
      '(?:senin |sizin )?hesab(?:inla|inizla) (?:giris yap|gir)\\S*',
      'sifre(?:ni|nizi) (?:gonder|yolla|at|paylas|ver)\\S*',
      '(?:dogrulama|sms|onay) kodu\\S* (?:\\S+ ){0,2}(?:gonder|yolla|at|ver|paylas)\\S*',
      'hesab(?:ina|iniza) giris yap(?:ayim|acagim|arim|alim)', 'hesa(?:p|bi) (?:satin al|sat)\\S*',
      '(?:dogrulama|verifikasyon) (?:basina|icin \\S+ (?:odeme|veriyoruz))',
      'kiraya (?:ver|veriyorum|veririm|verebilirim|verecegim)\\S*',
    ],
    en: [
      // Round 127: an account offered to a team for a monthly cut ("partner their Upwork profile with us").
      '(?:partner|rent|lend|loan)\\W{0,2} (?:your|their|his|her) (?:upwork |us |freelancer )?(?:profile|account) (?:out )?(?:with|to) (?:us|me|our (?:team|company|agency))',
      // Round twenty: an account rented from someone: "I rent the account of a Canadian guy".
      'rent(?:ed|ing|s)? (?:the |an? )?(?:\\S+ )?account (?:of|from) (?:an?|some|my|the)',
      // Accounts rented from their owners for a share: "we need accounts from US/UK freelancers, 30% of all earnings to the account owner".
      '(?:\\d+ ?%|half|a share|a cut) (?:of (?:all |the )?(?:earnings|income|payments?) )?(?:goes |go )?to the (?:account|profile) (?:owner|holder)',
      '(?:need|want|buy|rent|looking for) (?:\\S+ )?accounts from (?:us|usa|uk|us/uk|american|british|european) freelancers',
      '(?:bid|apply|work)(?: and (?:work|bid|apply))? from it',
      '(?:use|bid with|apply with|apply from) (?:any|one|either) of (?:them|those|these) (?:for|to)',
      '(?:let me|can i|could i|may i|allow me to) (?:just )?use (?:it|yours) for (?:this|a|one|the|that) (?:one )?(?:contract|job|project|client|week|month|while)',
      '(?:lends?|lent|rents?|loans?) it (?:out )?to (?:me|us|the company|our company|others|the team|our team)',
      '(?:account|profile|acc)s? (?:\\S+ ){0,2}(?:is|was|were|are) (?:rented|bought|purchased|leased|borrowed) from',
      // Renting, buying and taking over accounts; account partners; credentials and sessions handed over.
      '(?:looking for|need|seeking|searching for|hiring|want) (?:upwork |us |usa |verified )*(?:acc|account|profile) (?:owners|holders|partners?)',
      'account (?:partner|partnership|partners|deal|arrangement|swap)',
      'join as an? (?:upwork )?(?:account|profile) (?:owner|holder)',
      'co-?own\\S* (?:an? |the |this |your )?(?:upwork |freelancer )*(?:account|profile)',
      'you (?:provide|bring|supply|give) the (?:upwork )?(?:account|profile|acc)',
      'you own it,? (?:and )?i (?:operate|run|use|work)',
      '(?:turn|switch)(?:ing)? off (?:the )?(?:2fa|two[- ]factor\\S*)(?: \\S+)? (?:on|for) (?:your|ur) (?:upwork|account|acc|profile)',
      'disabl\\S* (?:the )?(?:2fa|two[- ]factor\\S*)(?: \\S+)? (?:on|for) (?:your|ur) (?:upwork|account|acc|profile)',
      '(?:hand|give|send|transfer)\\S*(?: over)? (?:the |your )?(?:e-?mail|phone(?: number)?|number|login)(?: and (?:the )?(?:e-?mail|phone(?: number)?|number))? ' +
        '(?:tied|linked|attached|connected) to the (?:upwork )?(?:account|acc|profile)',
      '(?:give|lend|hand|rent|loan) (?:it|them|yours) (?:to )?(?:me|us) for (?:\\d+|a|one|two|three|a few|few|some) ?(?:\\S+ )?(?:days?|weeks?|months?|years?|while|project|job)',
      'need (?:ur|your|yr) (?:upwork )?(?:acc|acct|account|profile) for (?:\\d+|one|a|a few|some|this|the) ?(?:\\S+ )?(?:project|job|contract|week|month|day|while)s?',
      '(?:take|taking|took) (?:it|them) (?:over|off your hands)',
      '(?:account|profile|acc) (?:\\S+ )?(?:can |could |to |will )?take (?:it )?over',
      '(?:pay|paying|buy|buying|need|looking for|want) (?:for )?(?:an? |your |ur |the |some )?(?:abandoned|unused|dormant|inactive|ready|aged) (?:upwork )?(?:account|profile|acc)s?',
      '(?:pay|paying|i.ll pay)(?: you| u)? (?:\\S+ ){0,3}(?:for|to) (?:using|use|access to|renting|borrowing) (?:it|your|ur|the account|the profile)',
      'use (?:it|one of (?:mine|them))(?:,? and we split| for a (?:fee|cut|price|percentage)| and (?:give|pay) me)',
      '(?:need|want|looking for|buying|buy|seeking) (?:an? |one |some )?(?:verified|old|aged|ready|spare|extra) (?:upwork )?(?:accs?|accounts?|profiles?)\\b',
      '(?:through|via|from|using) your (?:logged[- ]in )?browser session',
      'you log ?in,? (?:and )?i(?:\'ll| will)? (?:write|send|submit|do|handle|bid|reply|take|run)',
      '(?:accept|confirm|approve|tap yes on) the (?:login|log-in|sign-?in|2fa) (?:request|prompt|notification|alert)',
      '(?:host|hold) an? (?:upwork |freelancer )?(?:account|profile) for (?:us|our (?:team|company|agency)|me)',
      '(?:per|for each|for every|for one) (?:id |identity |kyc |video |face )?verification',
      '(?:looking for|need|hiring|seeking) (?:people|someone|freelancers|a person) (?:\\S+ ){0,3}to (?:pass|do|complete) (?:the |an? )?upwork (?:id |identity |kyc |video )?verification',
      // Accounts sold: "buying aged Instagram accounts", "we offer fully verified accounts", "trying to sell my account, email for details".
      '(?:buy|buying|purchase|purchasing|sell|selling)\\S* (?:\\S+ ){0,2}(?:instagram|telegram|facebook|twitter|tiktok|gmail|linkedin|upwork|fiverr|paypal|aged|pva) accounts',
      '(?:offer|offering|sell|selling|provide|providing)\\S* (?:\\S+ ){0,3}(?:fully )?verified accounts',
      '(?:trying|want|wanting|looking|going) to sell (?:my|this|our) (?:\\S+ )?(?:account|acc|profile)\\b',
    ],
    nl: ['(?:geef|stuur) (?:me|mij) (?:je|jouw|uw) wachtwoord', '(?:ik )?werk via het account van (?:mijn|m\'n) (?:broer|zus|vriend|neef|vrouw|man)',
      '(?:mijn |je |uw |een )?(?:upwork-?)?(?:profiel|account) (?:te )?(?:huren|verhuren|lenen|kopen|verkopen|te koop)', '(?:werkt|werken) (?:\\S+ ){0,2}(?:mee )?via mijn account',
      'logt (?:\\S+ ){0,4}in (?:op|met) mijn', 'onder mijn naam', 'mijn (?:wachtwoord|inloggegevens) (?:geven|delen|sturen)'],
    ro: [
      // "dă-mi parola", "lucrez de pe contul fratelui meu".
      '(?:da|dati)-?mi (?:\\S+ )?parola',
        '(?:lucrez|lucram|aplic|aplicam) (?:eu |noi )?(?:de pe|pe|din) contul (?:tau|dumneavoastra|fratelui|surorii|prietenului|varului|sotiei|sotului|unui prieten)(?: meu| mele)?',
        'contul meu (?:de upwork )?il (?:foloseste|folosesc|folosim)', 'userul si parola', '(?:user|utilizator)(?:ul)? si parola', '(?:iti|va) dau (?:\\S+ )?parola',
        'vand cont(?:ul)?',
      'cont(?:ul)? (?:de )?upwork (?:de vanzare|de inchiriat)', 'inchiriez cont(?:ul)?', '(?:iti|va) inchiriez'],
    ms: ['sewa akaun', 'akaun (?:\\S+ )?(?:disewa|untuk disewa|dijual)', 'jual akaun', 'guna (?:account|akaun) (?:i|saya) untuk', 'pinjam akaun'],
    ko: ['계정 ?(?:좀 ?)?(?:빌려|대여|임대|판매|팝니다|삽니다|구매|구합니다)', '(?:제|내) 계정으로 (?:\\S+ )?(?:같이|대신)',
      // Round twenty-five: a code passed on, the reader's account logged into, an account in the writer's name for another
      // ("인증번호 오면 알려주세요", "당신 계정으로 로그인해서", "제 명의로 계정 만들어 주시면").
      '인증 ?(?:번호|코드) ?(?:오면|받으면|좀|뜨면)? ?(?:알려|보내|불러)', '(?:당신|님|그쪽|너|니|선생님) 계정으로 (?:\\S+ )?(?:로그인|접속|작업|지원|일)',
      '(?:제|내|저의|당신|님) 명의로 (?:\\S+ ){0,2}계정',
      '아이디(?:랑|와|하고) ?(?:비번|비밀번호)', '(?:비번|비밀번호) ?(?:드릴|알려 ?드릴|공유)'],
    zh: [
      '(?:账号|帳號)和密(?:码|碼)(?:发|發|给|給|告诉)', '(?:账号|帳號)密码发给', '密码发给我们', '(?:登录|登入)密(?:码|碼)给我', '密碼我(?:等陣)?send俾你',
      '密码我(?:等下|稍后)?发(?:给)?你'],
    vi: [
      // Selling an account, handing its password over, working from a relative's ("bán acc upwork", "đưa mật khẩu", "dùng tài khoản của chị em để nhận việc").
      '(?<!(?:khong|ko|k|chua|dung|cam) )ban (?:acc|tai khoan|nick)(?: upwork)?',
        '(?<!(?:khong|ko|k|dung|chua|cam) )(?:dua|gui|cho) (?:\\S+ ){0,2}mat khau(?! (?:moi|cua (?:ban|anh|chi) cho ai))',
        '(?:dung|xai) (?:tai khoan|acc|nick) (?:upwork )?cua (?:chi|anh|em|ban|vo|chong|me|bo|nguoi nha|ban be)(?: \\S+)? (?:de |ma )?(?:nhan viec|lam|bid|apply|chao gia)',
        'mat khau (?:toi|chi|minh) gui sau', 'tai khoan va mat khau'],
    // A relative's account worked from, 'use my account', an account rented: Marathi, Nepali, Bengali.
    mr: [
      // Marathi: an account rented out.
      '(?:अकाउंट|खाते) भाड्याने',
      // A relative who runs the writer's account ("माझं अपवर्क अकाउंट माझा पुतण्या चालवतो"), a job posted from the reader's account,
      // a login or password handed over.
      '(?:माझं|माझे|माझा|आमचं) (?:अपवर्क )?(?:अकाउंट|अकाऊंट|खाते) (?:माझा |माझी )?' +
        '(?:पुतण्या|पुतणी|भाऊ|बहीण|भाचा|भाची|मुलगा|मुलगी|मित्र|मैत्रीण|नवरा|' +
          'बायको|दादा|ताई) (?:पण )?(?:चालवतो|चालवते|चालवेल|वापरतो|वापरते)',
      '(?:तुमच्या|तुझ्या) (?:अपवर्क )?(?:अकाउंट|अकाऊंट)(?:वरून|वर) (?:\\S+ ){0,3}(?:जॉब|प्रपोजल|' +
        'प्रपोझल) (?:पोस्ट|पाठव)\\S*',
      '(?:अपवर्क )?(?:पासवर्ड|लॉगिन)\\S{0,4} (?:द्या|देतो|देईन|पाठवा|पाठवतो|शेअर करा)',
      'माझ्या (?:भावाच्या|बहिणीच्या|मित्राच्या|मैत्रिणीच्या|वडिलांच्या|' +
      'बायकोच्या|दादाच्या|ताईच्या) (?:अपवर्क )?अकाउंट(?:वरून|वर| वापर\\S{0,4})',
      'माझं (?:अपवर्क )?(?:अकाउंट|खाते) (?:वापर|वापरा|वापरून)',
      '(?:तुमचं|तुमचा|तुझं|तुझा) (?:अपवर्क )?अकाउंट (?:भाड्याने|भाड्यावर|रेंटवर)',
      'अकाउंट भाड्याने (?:द्या|दे|घे|घेतो|देतो|देणार)'],
    ne: [
      // Nepali: an account rented out.
      '(?:खाता|अकाउन्ट) भाडामा',
      // A relative's or friend's account with its words between ("मेरो साथीको टप रेटेड अकाउन्टबाट"), a job posted from the reader's
      // account ("तपाईंको अकाउन्टबाट जब पोस्ट गरिदिनुस्"), a login or password handed over ("लगइन दिन्छ",
      // "Upwork login dinus").
      'मेरो (?:दाइको|दाईको|भाइको|दिदीको|बहिनीको|साथीको|बुबाको|श्रीमतीको|' +
        'श्रीमानको|भान्जाको|भतिजाको) ' +
        '(?:\\S+ ){1,3}(?:अकाउन्ट|अकाउंट|एकाउन्ट)(?:बाट|मा)',
      '(?:तपाईंको|तपाईको|तिम्रो|हजुरको) (?:अपवर्क )?(?:अकाउन्ट|अकाउंट|' +
        'एकाउन्ट)बाट (?:\\S+ ){0,3}(?:जब|जॉब|प्रपोजल) (?:पोस्ट|पठा)\\S*',
      '(?:अपवर्क )?(?:पासवर्ड|लगइन|लग इन|लगईन)\\S{0,3} ' +
        '(?:दिनुस्|दिनुहोस्|दिनु ?न|दिन्छु|दिन्छ|दिन्छन्|पठाउनुस्|पठाइदिन्छु)',
      '(?:upwork )?(?:login|password)(?: (?:ra|and) password)? (?:dinus|dinuhos|dinu ?na|dinchhu|dinchha|pathaunus|pathaidinchhu)',
      'मेरो (?:दाइको|दाईको|भाइको|दिदीको|बहिनीको|साथीको|बुबाको|श्रीमतीको|' +
      'श्रीमानको) (?:अपवर्क )?(?:अकाउन्ट|अकाउंट|एकाउन्ट)(?:बाट|मा| प्रयोग\\S{0,4}| ' +
      'चलाउ\\S{0,4})',
      'मेरो (?:अपवर्क )?(?:अकाउन्ट|अकाउंट) (?:प्रयोग (?:गर|गर्नुहोस्|गर्नुस्)|' +
      'चलाउनुहोस्|चलाऊ)',
      '(?:तपाईंको|तपाईको|तिम्रो) (?:अपवर्क )?(?:अकाउन्ट|अकाउंट) (?:भाडामा|रेन्टमा)',
      '(?:अकाउन्ट|अकाउंट) भाडामा (?:दिनुहोस्|दिनुस्|दिन्छु|लिन्छु)'],
    bn: [
      // Round 127: an ID for sale asked ("Upwork ID ta ki bikri korben").
      '(?:id|account|profile)(?: ta|ta)? (?:ki )?(?:bikri|sell|vara|bhara) (?:korben|korbe|korbo|diben|dibo|koren)',
      // Banglish: the password given, login details, an account rented or sold.
      '(?:upwork )?(?:password|pass|login)(?: ta|ta)? (?:den|diben|diyen|dao|dibo|dicchi|pathan|pathacchi)', 'login (?:details|detail|info) (?:den|diben|diyen|pathan|dao)', 'login tottho',
      'username (?:ar|o) password', '(?:account|id|profile) (?:vara|bhara|bikri|sell) (?:dibo|debo|dicchi|nibo|korbo|kori|hobe)',
      // Round twenty-five: the password with its article ("পাসওয়ার্ড টা দেন"), login details, an account rented or sold.
      '(?:আপওয়ার্ক )?(?:পাসওয়ার্ড|পাসওয়ার্ড|লগইন|লগ ইন)(?: টা|টা)? (?:দিচ্ছি|দিন|' +
        'দেন|দাও|দেব|দিব|দিবো|পাঠান|দিয়েন)',
      '(?:লগইন|লগ ইন) (?:ডিটেইলস|ডিটেইল|তথ্য|ইনফো)', 'ইউজারনেম (?:আর|ও|এবং) পাসওয়ার্ড',
      '(?:একাউন্ট|অ্যাকাউন্ট|আইডি|প্রোফাইল) (?:ভাড়া|বিক্রি|সেল) (?:দিব|দেব|দিবো|' +
        'দিচ্ছি|নিব|নেব|করব|করবো|করি|হবে)',
      // A login or password handed over: "আমার আপওয়ার্ক পাসওয়ার্ড দিচ্ছি", "লগইন দিন".
      '(?:আপওয়ার্ক )?(?:পাসওয়ার্ড|পাসওয়ার্ড|লগইন|লগ ইন)\\S{0,3} ' +
        '(?:দিচ্ছি|দিন|দেন|দাও|দেব|দিব|দিবো|পাঠান|পাঠাচ্ছি|দিয়ে দিন|দিয়ে দিচ্ছি)',
      'আপনার (?:আপওয়ার্ক )?(?:অ্যাকাউন্ট|একাউন্ট) (?:থেকে|দিয়ে) (?:\\S+ ){0,3}(?:জব|' +
        'প্রপোজাল) (?:পোস্ট|পাঠা)\\S*',
      'আমার (?:ভাইয়ের|ভাইএর|ভাই এর|বোনের|বন্ধুর|আব্বুর|বাবার|মামার|কাজিনের|' +
      'স্ত্রীর|দাদার|দিদির|আপুর) (?:আপওয়ার্ক )?(?:অ্যাকাউন্ট|একাউন্ট|আইডি|' +
      'প্রোফাইল)(?: দিয়ে| থেকে|ে| ইউজ| ব্যবহার)',
      'আমার (?:আপওয়ার্ক )?(?:অ্যাকাউন্ট|একাউন্ট|আইডি) (?:ইউজ|ব্যবহার) (?:করুন|করো|' +
      'করেন|করতে পারেন)',
      '(?:আপনার|তোমার) (?:আপওয়ার্ক )?(?:অ্যাকাউন্ট|একাউন্ট|আইডি) (?:ভাড়া|রেন্ট)',
      '(?:অ্যাকাউন্ট|একাউন্ট|আইডি) ভাড়া (?:দিন|দেন|দাও|নেব|নিব|নেবো|দেবেন)'],
    ha: [
      '(?:ba ni|bani|turo min|tura min|aiko min) (?:\\S+ ){0,2}(?:password|kalmar sirri|lambar sirri)', 'kalmar sirri ta (?:asusu\\S{0,3}|upwork)',
      '(?:sayar|siyar|saye|siya|siyan|sayen|sayi) (?:da )?(?:\\S+ )?(?:asusu\\S{0,3}|profile\\S{0,4})', 'hayar (?:\\S+ )?(?:asusu\\S{0,3}|profile\\S{0,4})',
      '(?:dan\'?uwana|kanwata|yayana|abokina|matata|mijina|\'?yar uwata) (?:zai|za ta) (?:yi aiki|shiga|yi amfani) (?:a kan|da|a) (?:asusu\\S{0,3}|profile\\S{0,4})',
      '(?:ka|ki) (?:yi amfani da|shiga) asusu(?:na|nmu)',
    ],
    yo: [
      '(?:fun mi ni|fi) (?:\\S+ ){0,2}(?:password|oro igbaniwole|oro asina)', 'oro (?:igbaniwole|asina)', '(?:ta|ra) account\\S{0,2}(?: upwork)?',
      'ya (?:o|yin) ni (?:account|profile)', '(?:egbon|aburo|ore|iyawo|oko) mi (?:yoo|maa|o maa|a maa) (?:sise|lo|wole) (?:lori|si|ni) (?:account|profile)',
      '(?:lo|wole si) account mi',
    ],
    ig: [
      '(?:nye|zitere) m (?:\\S+ ){0,2}(?:password|okwuntughe)', 'okwuntughe (?:akauntu|upwork)', '(?:ire|ree|zuta|izuta|azuta|ere) (?:\\S+ )?(?:akauntu|account|profile)',
      '(?:nwanne|enyi|nwunye|di) m (?:ga-|ga )?(?:aru oru|eji|abanye) (?:\\S+ )?(?:akauntu|account|profile)', '(?:jiri |banye n\'|banye na )(?:akauntu|account) m',
      'agbazinye (?:gi |unu )?(?:akauntu|account|profile)',
    ],
    so: [
      'password\\S{0,9}(?: \\S+){0,2} i(?:i)? sii', '(?:i(?:i)? sii|ii soo dir) (?:\\S+ ){0,2}(?:password\\S{0,9}|furaha sirta)', 'furaha sirta(?: ah)? ee akoon\\S{0,5}',
      '(?:iibinayaa|iibiyo|iibsado|iibso|iibsan) (?:\\S+ )?(?:akoon\\S{0,5}|profile\\S{0,6})', 'akoon\\S{0,5} (?:\\S+ ){0,2}(?:iibinayaa|iibin|iibsado)',
      '(?:walaalkay|walaashay|saaxiibkay|xaaskay|ninkayga) (?:ayaa )?(?:ka shaqeyn|isticmaali|geli) (?:doona )?akoonkayga', 'akoonkayga (?:isticmaal|gal)',
      '(?:profile|akoon)-?kayga (?:\\S+ ){0,2}kiray\\S{0,5}',
    ],
    mg: [
      '(?:omeo ahy|alefaso) (?:\\S+ ){0,2}(?:tenimiafina|tenimiafin\'?ny|password)\\S{0,8}', 'tenimiafin\'?ny kaont[yi]\\S{0,4}',
      '(?:hivarotra|mivarotra|hividy|mividy|amidy) (?:\\S+ ){0,2}kaont[yi]\\S{0,4}', '(?:rahalahiko|anabaviko|namako|vadiko|rahavaviko) no (?:hiasa|hampiasa) amin\'?ny kaontiko',
      'ampiasao ny kaontiko', 'midira amin\'?ny kaontiko', 'hampanofaiko (?:\\S+ ){0,2}(?:profile|kaonty)\\S{0,4}',
    ],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:skicka|ge|lämna ut) (?:mig )?(?:ditt |ert )?(?:lösenord\\S{0,3}|inloggning\\S{0,3}|koden)',
      '(?:hyr|hyra|hyr ut|lånar|låna|köper|köpa|säljer|sälja) (?:\\S+ ){0,2}(?:upwork-?)?konto\\S{0,3}',
      '(?:bror|syster|kompis|fru|man|kusin|kollega)\\S{0,3} (?:kommer att |ska )?(?:jobba|arbeta|svara)\\S{0,2}(?: \\S+){0,3} (?:från|på|via|i) (?:mitt|ditt) (?:upwork-?)?konto',
      '(?:öppna|skapa|registrera) (?:\\S+ ){0,2}konto i (?:ditt|ert|min|mitt) namn', 'loggar (?:jag )?in (?:åt|för) (?:dig|er)',
      'för att (?:använda|låna|hyra) (?:ditt|ert) (?:upwork-?)?konto'],
    no: ['(?:send|gi) (?:meg )?(?:passordet|innloggingen|koden)', '(?:leier|leie|låne|låner|kjøper|selger|selge) (?:\\S+ ){0,2}(?:upwork-?)?konto\\S{0,3}',
      '(?:opprett|lag|registrer) (?:\\S+ ){0,2}konto i (?:ditt|mitt) navn', 'logger (?:jeg )?inn for deg',
      '(?:broren|søsteren|kompisen|kona|mannen|fetteren|kollegaen) min (?:skal |kommer til å )?(?:jobbe|arbeide|svare)(?: \\S+){0,3} (?:fra|på|via|i) kontoen (?:min|din)',
      '(?:bror|søster|kompis|fetter|kollega) (?:skal |kommer til å )?(?:jobbe|arbeide|svare)(?: \\S+){0,3} (?:fra|på|via|i) kontoen (?:min|din)',
      'for å (?:bruke|låne|leie) (?:upwork-?)?kontoen din'],
    da: ['(?:sende?|give?) (?:mig )?(?:din |dit )?(?:adgangskode\\S{0,2}|password|kodeord\\S{0,2}|login|koden)',
      '(?:lejer|leje|låne|låner|købe|køber|sælger|sælge) (?:\\S+ ){0,2}(?:upwork-?)?konto\\S{0,3}',
      '(?:bror|søster|ven|veninde|kone|mand|fætter|kollega)\\S{0,3} (?:skal |vil )?(?:arbejde|svare)(?: \\S+){0,3} (?:fra|på|via|i) (?:min|din) (?:upwork-?)?konto',
      '(?:opret|lav|registrer) (?:\\S+ ){0,2}konto i (?:dit|mit) navn', 'logger (?:jeg )?ind for dig', 'for at (?:bruge|låne|leje) din (?:upwork-?)?konto'],
    fi: ['(?:lähetä|lähettää|anna|antaa|antaisitko|laita|laittaa) (?:\\S+ ){0,2}salasana\\S{0,4}',
      '(?:vuokraan|vuokraa|vuokrata|lainata|lainaan|ostan|myyn|myydään|myy) (?:\\S+ ){0,2}(?:upwork-?)?tili\\S{0,5}',
      '(?:upwork-?)?tili\\S{0,5} (?:\\S+ ){0,2}(?:vuokraan|vuokralle|myytävänä|myydään|lainaksi)',
      '(?:veljeni|siskoni|kaverini|vaimoni|mieheni|serkkuni|kollegani) (?:\\S+ ){0,2}(?:minun |sinun )?tililläni',
      '(?:avaa|luo|tee) (?:\\S+ ){0,2}tili (?:omalla |sinun )?nimelläsi', 'kirjaudun (?:sinun |sun )?puolesta\\S{0,2}',
      '(?:lähetä|laita|anna) (?:\\S+ ){0,3}koodi\\S{0,3}', '(?:käyttää|käyttämään|lainata|vuokrata) (?:sun |sinun )?(?:upwork-?)?tiliäsi'],
    'is': ['(?:sendu|gefðu|get ég fengið|má ég fá) (?:mér )?(?:\\S+ )?(?:lykilorð\\S{0,3}|kóða\\S{0,3})',
      '(?:leigi|leigja|selja|sel|kaupi|kaupa|fá lánaðan|lána) (?:\\S+ ){0,2}(?:upwork-?)?aðgang\\S{0,4}',
      '(?:bróðir|systir|vinur|vinkona|kona|maður) (?:minn|mín) (?:mun |ætlar að )?vinna á aðgang\\S{0,4} (?:mínum|þínum)', 'skrái mig inn fyrir þig',
      '(?:nota|leigja|fá lánaðan) (?:upwork-?)?aðganginn þinn'],
  },
  examples: ['I rent the account of a guy in Canada', 'conta alugada', 'account kiraye pe hai',
    'binebenta ko na po yung luma kong profile', 'saya mau login ke akun kakak', '¿Cuánto pides por tu perfil de Upwork?', 'compte Upwork verified w bgha ybi3o',
    'Upwork ID ta ki bikri korben', 'ID kiraye pe chahiye', '2FA ke backup codes ka screenshot bhej do', 'people who \'partner\' their Upwork profile with us',
    
    // Greek, Hungarian, Malayalam.
    'τον λογαριασμό του αδερφού μου', 'a bátyám fiókja', 'használd a fiókomat', 'ചേട്ടന്റെ അക്കൗണ്ട്', 'chettante account',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'nalog od mog brata', 'koristi moj nalog', 'налог мог брата', 'qardaşımın hesabı', 'ძმის აქაუნთი', 'የወንድሜ አካውንት',
    // Tamil, Telugu, Nigerian Pidgin.
    'en anna account', 'என் அண்ணன் அக்கவுண்ட்', 'ma anna account', 'మా అన్న అకౌంట్', 'my brother account',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ใช้บัญชีของพี่ชาย', 'از حساب برادرم', 'בחשבון של אחי', 'профила на брат ми', 'účet mého bratra',
    'préstame tu cuenta', 'alugo minha conta', 'le mot de passe', 'Account zum Mieten', 'логин и пароль', 'здам свій акаунт',
    'buy aged Instagram accounts here', 'we offer fully verified accounts with documents', 'trying to sell my game account, email me',
    'मेरे भाई के अकाउंट से काम करो', 'माझ्या भावाच्या अकाउंटवरून काम कर',
    'मेरो दाइको अकाउन्ट प्रयोग गर', 'আমার ভাইয়ের অ্যাকাউন্ট দিয়ে কাজ করো',
    'আপনার অ্যাকাউন্ট ভাড়া দিন'],
  counterExamples: ['I rent an office from a friend',
    
    // Tamil, Telugu, Nigerian Pidgin look-alikes.
    'en account settings', 'naa bank account',
    'τον λογαριασμό της τράπεζας', 'a fiókom beállításai',
    'บัญชีธนาคารของบริษัท', 'our bot manages instagram accounts for brands', 'the badge shown on verified accounts',
    'we sell to enterprise accounts',
    'मेरा भाई भी डेवलपर है', 'আমার ভাই ডেভেলপার'],
});

/** Words that make a noun an insult when aimed at someone: "you lying little rat", "what a worthless hack". */
export const ABUSE_ADJ = defineClass({
  name: 'ABUSE_ADJ',
  doc: 'Contemptuous adjectives said of a person (before an insult noun).',
  words: {
    en: [
      'flaky',
      'snotty',
      'lying', 'spineless', 'bloody', 'filthy', 'dirty', 'pathetic', 'worthless', 'useless', 'clueless', 'brainless',
      'miserable', 'bitter', 'whiny', 'whining', 'whinging', 'arrogant', 'incompetent', 'lazy', 'stupid', 'dumb', 'ignorant', 'greedy',
      'unhinged', 'delusional', 'slimy', 'sleazy', 'disgusting', 'thieving', 'cheating', 'scamming', 'good-for-nothing',
      'entitled', 'spoiled', 'insufferable', 'sad', 'petty', 'smug', 'two-faced', 'fat', 'ugly',
      'rude', 'cheap',
      // The same contempt in other everyday words: "a stingy man", "talentless client", "you shameless liar".
      'stingy', 'miserly', 'talentless', 'shameless', 'selfish', 'vile', 'nasty', 'toxic', 'senile', 'dishonest', 'hopeless', 'spiteful',
      // Round twenty-eight: "you are a very wicked and stingy man".
      'wicked',
    ],
  },
  examples: ['flaky',
    'you lying little rat', 'you spineless worm', 'you are a very stingy man'],
  counterExamples: ['you are a very generous man'],
});

/** Nouns that insult a person: animals, vermin, "hack", "psychopath", "control freak". */
export const ABUSE_NOUN = defineClass({
  name: 'ABUSE_NOUN',
  doc: 'Nouns that insult a person when aimed at them ("you worm", "what a hack", "you\'re a disappointment").',
  words: {
    en: [
      'worms?', 'rats?', 'moles?', 'snakes?', 'weasels?', 'leech(?:es)?', 'parasites?', 'psychopaths?', 'psychos?', 'hacks?',
      'boomers?', 'cows?', 'pigs?', 'donkeys?', 'idiots?', 'morons?', 'clowns?', 'losers?', 'frauds?', 'hypocrites?',
      'cheapskates?', 'bums?', 'peasants?', 'cowards?', 'control freaks?', 'nobody', 'trolls?', 'creeps?', 'dinosaurs?',
      'cavem[ae]n', 'goats?', 'baboons?', 'cockroach(?:es)?', 'vermin', 'fossils?', 'disappointment', 'embarrassment',
      'disgrace', 'imbeciles?', 'halfwits?', 'dimwits?', 'nitwits?', 'numpt(?:y|ies)', 'muppets?', 'buffoons?', 'scumbags?',
      'lowlifes?', 'degenerates?', 'sociopaths?', 'primitives?', 'savages?', 'apes?', 'liars?', 'thie(?:f|ves)',
      'scammers?', 'crooks?', 'failures?',
      'fools?', 'm[o0]r[o0]ns?', 'drongos?',
    ],
  },
  examples: ['a worthless hack', 'you cheapskates', 'you spineless worm'],
});

/** Someone's English, accent or grammar, as the object of a remark. */
export const SPEECH_OF_YOURS = defineClass({
  name: 'SPEECH_OF_YOURS',
  doc: 'The other person\'s English, accent, grammar or spelling named ("your accent", "that accent", "broken English").',
  words: {
    en: [
      '(?:your|ur) (?:\\S+ )?(?:accent|english|grammar|spelling|pronunciation)', '(?:that|this|such an?|with (?:that|your)) (?:thick |heavy |funny )?accent',
      'broken english', 'the english in (?:your|ur)', '(?:your|ur) messages read',
    ],
    es: ['(?:con )?(?:ese|tu) (?:ingles|acento|espanol|ortografia)'],
    pt: ['(?:com )?(?:esse|seu|teu) (?:ingles|sotaque|portugues)'],
    fr: ['(?:avec )?(?:ton|votre|cet) (?:accent|anglais|francais|orthographe)'],
    de: ['(?:dein|ihr|deinem|ihrem) (?:englisch|akzent|deutsch)'],
    ru: ['(?:ваш|твой|вашим|твоим) (?:английск\\S*|акцент\\S*)'],
    uk: ['(?:ваш|твій|вашою|твоєю) (?:англійськ\\S*|акцент\\S*)'],
    hi: ['(?:tumhari|tumhara|aapki|aapka|teri|tera) (?:english|accent|grammar)'],
    ur: ['(?:tumhari|tumhara|aapki|aapka|teri|tera) (?:english|accent|grammar)'],
    tl: ['(?:english|accent|grammar) mo'],
    id: ['(?:bahasa inggris|english|aksen|logat) (?:kamu|lu|lo|anda)'],
    ar: ['(?:انجليزيتك|لهجتك|لكنتك)', '(?:el )?english (?:betaa3ak|beta3ak|taba3ak)'],
    tr: ['(?:ingilizcen|ingilizceniz|aksanin|aksaniniz)'],
  },
  examples: ['your English is terrible', 'that accent', 'con ese inglés'],
});

/** What mockery of someone's English says: terrible, hilarious, painful to listen to. */
export const SPEECH_MOCKED = defineClass({
  name: 'SPEECH_MOCKED',
  doc: 'Mockery of how someone speaks or writes English.',
  words: {
    en: [
      'terrible', 'awful', 'horrible', 'atrocious', 'painful', 'hilarious', 'unbearable', 'laughable', 'so bad', 'so thick',
      'a joke', 'embarrassing', 'twice as long', "can'?t stand", 'barely understand', "couldn'?t understand a word",
      'crying laughing', 'decode', 'keep your mouth shut', 'not interested in hearing', 'scam call cent(?:er|re)',
      'broken translator', 'had a stroke', '(?:isn\'?t|is not|not) your strong point', 'almost didn\'?t apply',
      'mouth full of', 'nobody understood a word', 'learn to speak properly',
    ],
    es: ['no se como te atreves', 'das verguenza', 'que verguenza', 'ni se entiende'],
    pt: ['da vergonha', 'que vergonha', 'nem da pra entender'],
    fr: ['de paysan', 'je comprends rien', 'j.y comprends rien', 'c.est une honte'],
    de: ['peinlich', 'versteht (?:man|kein mensch) nichts', 'unertraglich'],
    ru: ['позорн\\S*', 'ужасн\\S*', 'невозможно слушать'],
    uk: ['ганебн\\S*', 'жахлив\\S*', 'неможливо слухати'],
    hi: ['bakwas', 'bekaar', 'sun ke hasi'],
    ur: ['bakwas', 'bekaar'],
    tl: ['parang gawa ng grade \\d', 'nakakahiya'],
    id: ['memalukan', 'kayak anak sd'],
    ar: ['فضيحة', 'مش مفهوم'],
    tr: ['rezalet', 'berbat', 'utanc verici'],
  },
  examples: ['terrible', 'hilarious', 'parang gawa ng grade 2'],
});

/** A profile picture or photo named, as the subject of a remark on looks. */
export const PROFILE_PIC = defineClass({
  name: 'PROFILE_PIC',
  doc: 'The other person\'s profile picture or photo.',
  words: {
    en: ['profile (?:pic|picture|photo)', '(?:your|ur) (?:pic|photo|picture|selfie)s?', 'in the (?:photo|pic|picture)', 'dp'],
    es: ['(?:la )?foto(?: de perfil)?', 'tu foto'],
    pt: ['(?:na )?foto(?: de perfil| do perfil)?'],
    fr: ['photo de profil', 'ta photo'],
    de: ['profilbild', '(?:dein|ihr) (?:foto|bild)'],
    ru: ['фотк\\S* в профиле', 'фото в профиле', '(?:твоя|ваша) фотк\\S*'],
    uk: ['фото (?:в|у) профілі'],
    hi: ['dp', 'profile (?:pic|photo)', '(?:tumhari|aapki) (?:photo|pic)'],
    ur: ['dp', 'profile (?:pic|photo)'],
    tl: ['profile pic mo', 'picture mo'],
    id: ['foto profil\\S*', 'pp (?:kamu|nya)'],
    ar: ['صورتك', 'صورة البروفايل', 'profile pic'],
    tr: ['profil fotograf\\S*'],
  },
  examples: ['your profile pic', 'süßes Profilbild', 'Profil fotoğrafın'],
});

/** Words for how attractive a person is (not how good a photo or a design is). */
export const LOOKS = defineClass({
  name: 'LOOKS',
  doc: 'Remarks on a person\'s looks: hot, sexy, cute, "fire".',
  words: {
    en: ['hottie', 'cutie', 'babe'],
    es: ['guap[ao]', 'sexy', 'buenorr[ao]', 'mamacita'],
    pt: ['gat[ao]', 'gatinh[ao]', 'gostos[ao]'],
    fr: ['jolie', 'canon', 'sexy', 'mignonne'],
    de: ['suss\\S*', 'sexy', 'hubsch\\S*', 'heiss\\S*'],
    ru: ['огонь', 'красотк\\S*', 'секси', 'горяч\\S*'],
    uk: ['вогонь', 'красун\\S*', 'секси'],
    hi: ['cute', 'hot', 'sexy', 'mast', 'kadak'],
    ur: ['cute', 'hot', 'pyari', 'khoobsurat'],
    tl: ['ganda mo', 'sexy', 'cute mo'],
    id: ['cantik (?:banget|sekali|bgt)', 'seksi', 'manis banget'],
    ar: ['حلوة', 'جميلة', 'ya 3ayni', '7elwa'],
    tr: ['cok hos', 'cok guzel', 'seksi', 'guzelim'],
  },
  examples: ['hottie', 'cantik banget', 'çok hoş'],
});

/** Meeting or talking outside the work, as an advance: "not only about work", "after the project, let's go out". */
export const BEYOND_WORK = defineClass({
  name: 'BEYOND_WORK',
  doc: 'An invitation to meet or talk beyond the work (an advance).',
  words: {
    en: [
      '(?:talk|chat|meet|hang out|get to know each other)(?: \\S+){0,2} (?:outside of|besides|beyond|apart from|not (?:just|only) about) (?:work|the project|business)',
      'get to know each other (?:better )?(?:while|after|outside|over)', 'if you know what i mean',
      'i(?:\'ll| will) give you the (?:job|contract|project) if you(?:\'re| are) (?:nice|good|sweet) to me',
      '(?:more )?(?:private|personal|intimate) "?consultation',
    ],
    es: ['trabajitos? (?:mas )?personales', 'fuera del trabajo', 'mas alla del trabajo'],
    pt: ['trabalhos? (?:mais )?intimos', 'fora do trabalho'],
    fr: ['seances? plus privees?', 'en dehors du (?:boulot|travail)'],
    de: ['shootings? in unterwasche', 'ausserhalb der arbeit'],
    ru: ['(?:пообщаемся|встретимся|поговорим) не только (?:по работе|о работе)'],
    uk: ['(?:поспілкуємося|зустрінемося) не лише (?:по роботі|про роботу)'],
    hi: ['kaam ke (?:alawa|ilawa) bhi (?:baat|mil)', 'raat ko free ho'],
    ur: ['akele mein baat', 'kaam ke (?:alawa|baad) (?:zara )?akele'],
    tl: ['labas tayo pagkatapos'],
    id: ['abis project ini jalan', 'masih single kan'],
    ar: ['nensa el project', 'n6la3 3al 3asha', 'نطلع نتعشى'],
    tr: ['is disinda (?:da )?(?:gorusel|bulusal|konusal)\\S*', 'aksam yemegine ne dersin'],
  },
  examples: ['if you know what I mean', 'iş dışında da görüşelim mi', 'kaam ke alawa bhi baat karein'],
});

/** Coming to the other person's place: with a dispute settled "in person", a threat of showing up. */
export const SHOW_UP = defineClass({
  name: 'SHOW_UP',
  doc: 'The writer coming to the other person\'s home or office.',
  words: {
    en: [
      // Round 35 (training batch 118): "maybe i visit your office", "I will come to your shop".
      '(?:i\'?ll|i will|maybe i|i might|i could|i\'?m going to) (?:\\S+ )?(?:visit|come to|go to) your (?:office|shop|store|house|home|place|studio|work)',
      "(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna|maybe i'?ll|i might|i could) (?:just )?(?:come|drive|fly|stop by|show up|turn up|drop by|swing by|come down)" +
        ' (?:to |at |by |over to )?(?:your|ur) (?:place|house|home|office|studio|door|doorstep|address|apartment|flat)',
      "i'?m coming to (?:your )?\\S+ (?:next|this) (?:week|month)",
    ],
  },
  examples: ["Maybe I'll stop by your place", "I'll drive to your studio"],
});

/** A money or work dispute to be settled face to face. */
export const SETTLE_IN_PERSON = defineClass({
  name: 'SETTLE_IN_PERSON',
  doc: 'A dispute (money, files, a milestone) to be discussed in person.',
  words: {
    en: [
      '(?:missing|unpaid|overdue|owed|money|deposit|payment|milestone|invoice|files|refund|debt) (?:\\S+ )?(?:face to face|in person)',
      // Round 35 (batch 118): "maybe i visit your office and we talk face to face ok?", "We will discuss face to face then."
      'we (?:will |can |could )?(?:talk|discuss|speak|settle)(?: \\S+)? (?:face to face|in person)',
    ],
  },
  examples: ['we can talk about the missing files face to face', 'discuss my unpaid milestone in person'],
});

/**
 * Round twenty-three: the reader's whereabouts or family known to the writer, said in any wrapper ("I know your shop address is on the
 * website", "I also know your son's name and his school", "I see your office is on Schillerstraße", "I sabi where your shop dey").
 */
export const KNOW_WHEREABOUTS = defineClass({
  name: 'KNOW_WHEREABOUTS',
  doc: "The writer knows or has seen where the reader lives, works or goes, or who the reader's family are.",
  words: {
    en: [
      "(?:i|we)(?:'ve| have)? (?:also |already |now |even )?(?:know|see|saw|found|seen) (?:where |which )?(?:your|ur) (?:\\S+ ){0,2}" +
        "(?:shop|office|home|house|address|son|sons|son's|daughter|daughters|daughter's|kids?|children|wife|wife's|husband|husband's|family|school|cafe|street|flat" +
        "|apartment|car|workplace|gym|studio|parents)\\b(?! (?:photos?|pictures?|pics?|logo|website|site|page|plan|layout|design|brief|fit-?out))",
      // Round twenty-eight: any place the reader is seen at ("which gym you check in at", "the co-working space you post from").
      "(?:i|we)(?:'ve| have)? (?:also |already )?(?:know|saw|seen) (?:\\S+ ){0,8}(?:the )?(?:cafe|coffee shop|bar|gym|school|street|co-?working(?: space)?|church|mosque|salon" +
        '|hotel|club|park) (?:you|u) (?:\\S+ ){0,2}(?:post|go|sit|work|drink|live|check|train|pray|stay|attend|run|study)',
    ],
    pcm: ['i sabi where (?:your|ya|una) (?:\\S+ )?(?:shop|house|office|pikin|papa|mama|family) dey'],
  },
  examples: ["I know your shop address is on the website", "I also know your son's name", 'I see your office is on Schillerstrasse',
    "I've seen the cafe you post from every morning", 'I sabi where your shop dey'],
  counterExamples: ['I know your brand guidelines well', 'I saw your office photos in the brief'],
});

/** What the reader owes, or a visit about it ("pay people what you owe them", "come and explain the invoice in person"). */
export const OWED_OR_VISIT = defineClass({
  name: 'OWED_OR_VISIT',
  doc: 'The debt pressed, or the writer turning up over it: what is owed, paying back, explaining an invoice in person.',
  words: {
    // Not a meeting in person ("we could meet in person to sign"): the debt pressed, or an explanation the writer brings in person.
    en: ['what (?:you|u) owe', 'pay (?:back|up|people|me back)\\b', 'owe (?:me|us)\\b', '(?:explain|collect|settle) (?:\\S+ ){0,3}(?:in person|face to face)\\b',
      // Round twenty-eight: the work or money demanded as a condition ("think about it before you reject my milestone again", "if the files
      // aren't here by Monday").
      '(?:think (?:about it|twice) )?before (?:you )?(?:reject|dispute|refuse|cancel|decline)\\w* (?:my|the|our) (?:milestone|payment|invoice|work|files|refund)',
      "if (?:the|my|our) (?:files|work|money|payment|milestone|refund|invoice|designs?|deliverables?)\\S* (?:isn'?t|aren'?t|is not|are not|don'?t|doesn'?t) " +
        '(?:\\S+ ){0,2}(?:here|in|paid|sent|released|back) by'],
    pcm: ['(?:you|u) no (?:wan|want) pay', 'no forget'],
  },
  examples: ['pay people what you owe them', 'come and explain the invoice in person', 'Pay back what you owe', 'you no wan pay'],
  counterExamples: ['we could meet in person to sign the lease', 'come by and say hello'],
});

/**
 * Someone else at work on the writer's account, or the writer on the reader's: "my nephew will reply from my account",
 * "can she apply from mine", "Radu intră pe contul meu", "inloggen op mijn Upwork", "언니 계정으로". Kept apart from
 * USE_ACCOUNT, which is near V8's pattern-size limit.
 */
/**
 * Round thirty's Hindi in Latin letters for ACCOUNT_HANDED, read under both codes writers give it (hi-Latn, and hi when the sentence is
 * typed in Latin letters): a sister to watch the writer's Upwork, a roommate sending from the account, a friend's ID worked, the
 * reader's account used to hire, the interview in the writer's stead; a cousin applying from the writer's profile (second wave); a
 * sister answering from the writer's account (third wave).
 */
const HINDI_LATIN_HANDED = [
      'mera upwork (?:dekhegi|dekhega|sambhalegi|sambhalega|chalayegi|chalayega)',
      'mere (?:account|profile|upwork) se (?:bheja|bheji|bhejegi|bhejega|reply ki|reply kiya)',
      '(?:dost|bhai|cousin|behen|friend) ki (?:id|account|profile) se (?:kaam|apply|reply)',
      '(?:aapke|aap ke|apke) (?:upwork )?account se (?:\\S+ ){0,3}(?:hire|post|job|bid|approve)',
      'meri (?:id|upwork) (?:se reply|pe login)',
      '(?:profile|account) mere \\S+ (?:bhai|behen|cousin|dost) ka hai',
      'mere badle (?:tum|tu|aap) (?:\\S+ )?(?:de doge|doge|de do|karoge)',
      'meri (?:profile|id|account) se (?:\\S+ ){0,3}apply',
      '(?:jawab|reply) (?:degi|dega|denge|de gi|de ga|karegi|karega) mere (?:account|profile|id) se',
];

export const ACCOUNT_HANDED = defineClass({
  name: 'ACCOUNT_HANDED',
  doc: 'Another person acting from the writer\'s account, or the writer from the reader\'s.',
  words: {
    ur: [
      // Round 127: the password of the writer's ID posted for the team.
      '(?:id|account|profile) ka password (?:\\S+ ){0,3}(?:daal|dal|bhej|de) (?:diya|di|dia|diye)',
      '(?:interview|call|test) (?:dega|degi|de dega|de degi|karega|karegi) mere (?:naam|account|profile) se',
      'verification (?:main|mai|mein) apne naam se',
      ...HINDI_LATIN_HANDED,
    ],
    hi: [
      '(?:interview|call|test) (?:dega|degi|de dega|de degi|karega|karegi) mere (?:naam|account|profile) se',
      'mere naam se (?:interview|call|kaam)',
      ...HINDI_LATIN_HANDED,
    ],
    tl: [
      'gagamitin (?:niya|nila|mo) (?:ang |yung )?account (?:ko|namin)',
      // Batch 131: the writer lends their Upwork to someone ("Ipapagamit ko muna yung Upwork ko sa pinsan ko").
      '(?:ipapagamit|ipagagamit|pinapagamit|pinagamit) ko (?:\\S+ )?(?:ang |yung )?(?:upwork|account|profile) ko',
      'ibibigay ko (?:sa \\S+ ko )?(?:yung |ang )?password',
      // Round thirty: a sister holding the writer's account, a cousin logged in on it, an aunt's account worked, an account borrowed.
      '(?:hahawak|hawak|humahawak) (?:ng|sa|nang) (?:upwork |account )(?:account )?ko',
      'naka-?login sa (?:upwork|account) ko',
      '(?:account|profile) na gamit ko(?: ngayon)?(?: ay)? sa (?:tita|tito|pinsan|kapatid|ate|kuya|kaibigan|asawa|nanay|tatay|lola|lolo)',
      'gamitin (?:niya|nila|mo) (?:ang |yung )?(?:upwork |account )(?:account )?ko',
      'pahiram (?:naman |muna )?(?:ng|nang) (?:upwork )?account mo',
      // Round thirty, second wave: a sibling who will use the writer's account.
      '(?:ang |yung )?gagamit (?:ng|nang) (?:upwork )?(?:account|profile) ko',
      // Round thirty, third wave: "yung login ng Upwork niyo" asked for.
      '(?:login|password|username)(?: at password)? ng upwork (?:niyo|nyo|mo)',
    ],
    ru: [
      '(?:заходить|заходит|будет заходить|входить|работать) под (?:моим|чужим|его|ее|вашим) (?:логином|аккаунтом' +
        '|профилем)',
      '(?:друг|знакомый|приятель)\\S* с (?:профилем|аккаунтом) (?:получше|посильнее|с отзывами)',
      // Round thirty: an account registered to a relative.
      '(?:аккаунт|профиль) (?:оформлен|зарегистрирован) на (?:мою|моего|жену' +
        '|брата|сестру|маму|папу|друга|подругу)',
      // Round thirty, second wave: a colleague answering from the writer's account.
      '(?:отвечать|писать|откликаться|работать) (?:\\S+ )?с моего (?:аккаунта|профиля)',
    ],
    es: [
      'trabaj\\S* a (?:su|mi|nombre de mi|nombre de su) (?:nombre|\\S+)',
      'a nombre de mi (?:hijo|hija|hermano|hermana|primo|prima|esposo|esposa|amigo|amiga)',
      // Batch 131: someone else, or the reader, goes in on the writer's user ("mi prima va a entrar con mi usuario de Upwork");
      // "voy a entrar con mi usuario" is the owner.
      '(?:va|van|vas|vaya|vayan) a (?:entrar|trabajar|contestar\\S*|responder\\S*) (?:con|desde|en|por) (?:mi|nuestr[ao]) (?:usuario|cuenta|perfil|upwork|login)',
      '(?:entra|entraria|entrara|trabaja|contesta|responde) (?:con|desde|por) (?:mi|nuestr[ao]) (?:usuario|cuenta|perfil|upwork|login)',
      // Round thirty: a cousin to run the account, a contract to a mother's account, the writer in with the reader's password, a brother's account
      // worked.
      '(?:va|van|vas) a manejar mi (?:cuenta|perfil|upwork)',
      'a la cuenta (?:de upwork )?de mi (?:mama|papa|hermano|hermana|primo|prima|esposo|esposa|novio|novia|amigo|amiga|tio|tia)',
      '(?:ya )?entre con tu (?:clave|contrasena|usuario)',
      'la cuenta (?:de upwork )?es de mi (?:hermano|hermana|primo|prima|mama|papa|esposo|esposa|amigo|amiga|tio|tia)',
      'entra (?:a|en) mi (?:perfil|cuenta|upwork) (?:\\S+ )?para',
    ],
    en: [
      // Round twenty: someone else on the writer's login: "the secretary will be using my Upwork sign-in", "I gave her my password", "he'll run yours on my login".
      '(?:he|she|they|(?:my|our|the) (?:\\S+ )?(?:nephew|niece|brother|sister|cousin|friend|colleague|assistant|secretary|manager|partner|wife|husband|son' +
        '|daughter|va|intern|bookkeeper|accountant))(?: will| would| can| is going to| are going to)?(?: be)? us(?:e|es|ing) (?:my|the) (?:upwork |company ' +
        '|client )?(?:sign-?in|login|log-?in|credentials|password|account)',
      '(?:i )?(?:gave|give|handed|shared|sent) (?:her|him|them) my (?:upwork )?(?:password|login|credentials|sign-?in)',
      '(?:run|runs|running|work|works|working|bid|bidding|operate|operating) (?:yours|your (?:account|profile)|it|them|\\S+) on my (?:login|credentials' +
        '|sign-?in)\\b(?! (?:page|form|screen|flow|button))',
      '(?:he|she|they|(?:my|our) (?:\\S+ )?(?:nephew|niece|brother|sister|cousin|friend|bff|colleague|assistant|partner|wife|husband|son|daughter|mom|mum|dad|va|intern))' +
        '(?: \\S+){0,3} (?:repl\\S*|respond\\S*|answer\\S*|appl(?:y|ies)|bid\\S*|log\\S* in(?:to)?|sign\\S* in(?:to)?|chat\\S*|messag\\S*|submit\\S*)' +
        '(?: \\S+)? (?:from|on|through|via|into|in|using) (?:mine|my (?:upwork |other |second )?(?:account|profile|login))',
      '(?:i|we)(?:\'ll| will| can| could| would)? (?:\\S+ ){0,2}(?:appl(?:y|ied)|bid\\S*|log\\S* in(?:to)?|sign\\S* in(?:to)?|submit\\S*) (?:again )?' +
        '(?:from|on|through|via|into|with) (?:my (?:other|second|old|spare)|your|her|his|their) (?:upwork )?(?:account|profile)',
      '(?:uses?|using) (?:your|her|his|their) (?:upwork )?(?:account|profile) to (?:apply|bid|deliver|send proposals)',
    ],
    // Round 127: the SMS code written back to the writer, who goes into the account with it ("SMS kodu gelince buraya yaz, hesaba girip").
    tr: ['(?:sms|dogrulama|onay) kodu\\S* (?:\\S+ ){0,5}(?:buraya|bana|bize) (?:\\S+ )?(?:yaz|soyle|ilet|gonder|at)\\S*',
      // Round thirty: a cousin in the writer's account, a father's Upwork account paying, an account that belongs to a cousin, a wife writing from
      // it.
      '(?:benim|senin) hesab(?:a|ima|ina) girdi',
      '(?:babamin|annemin|esimin|kardesimin|kuzenimin|oglumun|kizimin|arkadasimin) (?:upwork )?hesabindan',
      'hesap (?:kuzenime|kardesime|esime|babama|anneme|arkadasima|abime|ablama) ait',
      'bu hesaptan (?:sizinle |seninle )?yazisacak',
      '(?:kardesimin|esimin|annemin|babamin|kuzenimin|arkadasimin) kimligiyle',
    ],
    // Romanian: "Radu intră pe contul meu" (he logs in), "intrați pe contul meu" (you log in); "intru" (I log in) is the owner.
    ro: ['(?:intra|intrati|intri) (?:\\S+ ){0,2}(?:pe|in) contul (?:meu|nostru)', '(?:lucreaza|raspunde|aplica) (?:\\S+ ){0,2}(?:de pe|pe|din) contul (?:meu|nostru)'],
    // Dutch: "kun jij inloggen op mijn Upwork", "log jij even in op mijn account".
    nl: ['(?:inloggen|inlogt|log (?:jij|je|u) (?:\\S+ )?in) (?:op|in) (?:mijn|ons) (?:upwork|account|profiel)'],
    // Malay: "bagi username dan password Upwork tuan" (give me your login), "log masuk akaun saya".
    ms: ['(?:username|user ?name|id|emel) dan (?:password|kata laluan) (?:upwork )?(?:tuan|puan|awak|anda|kamu|you|saya)', 'log ?masuk (?:ke )?akaun (?:upwork )?(?:saya|tuan|puan|awak)'],
    // Korean: "언니 계정으로 제안서 넣어도" (from my sister's account), "친구 계정으로 지원".
    ko: ['(?:언니|오빠|누나|형|동생|친구|엄마|아빠|남편|와이프|아내|지인|가족|사촌)(?:의)? ?(?:업워크 ?)?계정으로'],
    pt: [
      // Round 127: the password sent so that someone else goes in ("te mando a senha").
      '(?:te|lhe) (?:mando|passo|envio|dou) (?:a )?(?:minha )?senha(?! d[oa] (?:wi-?fi|zip|arquivo|pdf|drive|pasta))',
      // Batch 131: someone else goes in through the writer's Upwork ("minha sócia vai entrar pelo meu Upwork"); "vou entrar" is the owner.
      '(?:vai|vao|vais|va) (?:\\S+ )?(?:entrar|trabalhar|responder) (?:pelo|pela|no|na|com o|com a|com) (?:meu|minha|nosso|nossa) (?:upwork|usuario|conta|perfil|login)',
      '(?:entra|entraria|entrara|responde) (?:pelo|pela|com o|com a) (?:meu|minha|nosso|nossa) (?:upwork|usuario|conta|perfil|login)',
      // Round thirty: a sister holding the writer's login, a cousin's account used after a suspension.
      '(?:ta|esta) com (?:o )?meu login',
      '(?:usando|uso|usar) a (?:conta )?d[oa] (?:meu|minha) (?:primo|prima|irmao|irma|amigo|amiga|mae|pai|marido|esposa|tio|tia|cunhado|cunhada)',
    ],
    bn: [
      // Round 127: the password handed over ("password ta niche dilam").
      '(?:password|pass)(?: ta|ta)? (?:\\S+ ){0,2}(?:dilam|dilaam|dicchi|dichi|pathalam|pathacchi)',
      'recovery (?:email|mail)(?: ta|ta)? (?:amar|amader) (?:gmail|email|mail|number)',
    ],
    // Round thirty: a colleague in on the writer's login, two sharing one access, the writer in the reader's account after the code, a husband's
    // Upwork account paying.
    de: [
      '(?:mit|uber) meinem (?:upwork-?)?(?:login|zugang|account|konto) (?:drin|eingeloggt)',
      '(?:wir|die beiden) teilen uns (?:den|das|einen|ein) (?:\\S+ )?(?:zugang|login|account|konto|profil)',
      'bin ich in (?:deinem|ihrem) (?:upwork-?)?(?:account|konto)',
      '(?:vom|uber das|aus dem) upwork-?(?:konto|account) (?:meines|meiner) (?:mannes|frau|bruders|schwester|vaters|mutter|freu' +
        'ndes|freundin|partners|partnerin|kollegen|sohnes|tochter)',
      // Round thirty, second wave: someone writing from the writer's Upwork account.
      '(?:schreibt|antwortet|bewirbt sich|schickt|meldet sich) (?:\\S+ ){0,4}von meinem (?:upwork-?)?(?:konto|account|profil)',
    ],
    // Round thirty: someone answering or validating from the writer's account, a partner's or sister's account used, the login handed over.
    fr: [
      '(?:repondra|repondront|ecrira|postulera|validera) (?:\\S+ ){0,3}depuis mon compte',
      'qui (?:a valide|a repondu|a envoye|a postule|repond|ecrit|postule) (?:\\S+ ){0,4}depuis mon compte',
      'depuis le compte (?:upwork )?de (?:mon|ma) (?:associee?|soeur|frere|fils|fille|mari|femme|compagne|compagnon|cousine?|pere|mere|amie?)',
      '(?:le|par le) compte (?:client )?upwork (?:est celui )?de (?:mon|ma) (?:soeur|frere|fils|fille|mari|femme|compagne|compa' +
        'gnon|associee?|pere|mere|cousine?)',
      'je vous donne mon identifiant et mon mot de passe',
    ],
    // Round thirty: a sibling holding the writer's account, a friend uploading through it, an account that is a relative's, the writer ending a
    // contract from the reader's.
    id: [
      '(?:pegang|megang|pake|pakai) akun (?:upwork )?(?:saya|aku|gue)(?! sendiri)',
      '(?:teman|temen|adik|kakak|sepupu|istri|suami|om|tante) (?:saya|aku|gue) (?:\\S+ ){0,4}lewat akun (?:saya|aku|gue)',
      'akun (?:upwork )?ini (?:sebenarnya |sebenernya )?punya (?:kakak|adik|teman|temen|sepupu|om|tante|istri|suami|ibu|bapak|ayah|abang)',
      '(?:pakai|pake) (?:profil|akun) (?:om|tante|kakak|adik|teman|temen|sepupu|abang|istri|suami) (?:saya|aku|gue)',
      'dari akun (?:kakak|kamu|anda|bapak|ibu|mas|mbak)',
      // Round thirty, second wave: a sibling answering from the writer's account.
      '(?:bales|balas|jawab|kirim)\\S* (?:\\S+ ){0,2}dari akun (?:upwork )?(?:aku|saya|gue)',
    ],
    // Round thirty: Arabizi and Arabic: the writer inside the reader's account, a brother answering from the writer's, a cousin's or brother's
    // account worked, an account rented out.
    ar: [
      'da5la? (?:men|mn) el account (?:beta3ak|bta3ak|beta3k)',
      '(?:byrod|bterod|ba3tet|ba3at|da5al|da5let) (?:\\S+ ){0,4}(?:men|mn|3ala|3la) el account (?:beta3y|bta3i|beta3i|bta3y)',
      '(?:men|mn) account (?:bent|ibn|ebn|akhoya|o5ty|okhty|sa7bi|sa7bety|5ayye|5ay)',
      '3ala account \\S+ (?:akhoya|o5ty|okhty|5ayye)',
      'account (?:5ayye|akhoya|o5ty|okhty)',
      '(?:ha2ageralak|ha2agarlak|a2agarlak|aggarlak) el account',
      'أؤجر حسابي',
      'أأجر حسابي',
      'أعطيك حسابي',
    ],
    // Round thirty: an account registered to a friend, the reader told to work under a former freelancer's.
    uk: [
      '(?:акаунт|аккаунт|профіль) (?:оформлений|оформлено|зареєстрований) ' +
        'на (?:мою|мого|дружину|брата|сестру|маму|тата|друга|подругу)',
      'працюйте під (?:ним|моїм|цим)',
      // Round thirty, second wave: a brother answering from the writer's account.
      '(?:відповідатиме|відповідатимуть|писатиме|працюватиме|відповіда' +
        'ти|писати) (?:\\S+ )?з мого (?:акаунт|профіл)\\S*',
    ],
  },
  examples: ['my assistant will be using my login to approve hours', 'I gave him my password', 'he will run yours on my login', 'trabajas a su nombre',
    'Te mando a senha por aqui mesmo', 'password ta niche dilam', 'SMS kodu gelince buraya yaz', 'Recovery email ta amar gmail e change kore dao',
    'meri personal ID ka password group mein daal diya hai',
    'будет заходить под моим логином', 'gagamitin niya account ko', 'bhai interview dega mere naam se',
    'mi prima va a entrar con mi usuario de Upwork', 'ela vai entrar pelo meu Upwork', 'ipapagamit ko muna yung Upwork ko sa kapatid ko',
    'my nephew will reply from my account', 'can she apply from mine', 'our team uses your account to apply',
    "I'll apply again from my other account", 'Radu intră pe contul meu de Upwork', 'Kun jij inloggen op mijn Upwork?', '언니 계정으로 제안서 넣어도 될까요',
    'mein Kollege Felix ist mit meinem Login drin',
    'wir teilen uns den Zugang',
    'dann bin ich in deinem Account',
    'vom Upwork-Konto meines Mannes',
    'mon stagiaire qui répondra depuis mon compte Upwork',
    'C\'est ma compagne qui a validé le jalon hier soir depuis mon compte',
    'depuis le compte de mon associé',
    'Le paiement passera par le compte Upwork de ma sœur',
    'Je vous donne mon identifiant et mon mot de passe Upwork',
    'mi prima Valentina, ella va a manejar mi cuenta',
    'hazme el contrato a la cuenta de Upwork de mi mamá',
    'Ya entré con tu clave',
    'La cuenta es de mi hermano, yo hago los trabajos',
    'mi amigo Santi entra a mi perfil para subirle los archivos',
    'minha irmã, ela tá com meu login',
    'tô usando a do meu primo agora',
    'itu adik saya yang pegang akun Upwork saya',
    'teman saya lewat akun saya',
    'Akun ini sebenarnya punya kakak saya',
    'Saya apply pakai profil om saya',
    'saya mau end kontrak yang lama dari akun kakak',
    'siya muna hahawak ng account ko',
    'yung pinsan ko po kasi naka-login sa Upwork ko',
    'Yung account na gamit ko ngayon ay sa tita ko po',
    'Pwede ba gamitin niya account ko',
    'Pahiram naman ng Upwork account mo',
    'kuzenimdi, benim hesaba girdi',
    'babamın Upwork hesabından yapacağım',
    'Hesap kuzenime ait',
    'Eşim de bu hesaptan sizinle yazışacak',
    'Kardeşimin kimliğiyle yeni bir hesap',
    'meri behen Priya mera Upwork dekhegi',
    'wo mere roommate ne mere account se bheja tha',
    'ab main dost ki ID se kaam kar raha hoon',
    'main aapke account se us freelancer ko hire kar deta hoon',
    'Hamza meri ID se reply kar raha hai',
    'Faisal bhai ne kal raat meri Upwork pe login kar ke',
    'Ye profile mere chachazad bhai ka hai',
    'client interview mere badle tum de doge?',
    'ana da5la men el account beta3ak',
    'akhoya Karim, byrod badaly 3ala el account beta3y',
    'hab3at el proposal men account bent 3ammy',
    'el felous hatenzel 3ala account Karim akhoya',
    '3am eshteghel 3ala account 5ayye Omar',
    'ha2ageralak el account bta3i',
    'أأجر حسابي على أب ورك',
    'أعطيك حسابي على Upwork',
    'цей акаунт оформлений на мою подругу',
    'Працюйте під ним, щоб не переоформлювати',
    'аккаунт оформлен на мою сестру',
    'Meine Frau schreibt Ihnen diese Woche von meinem Upwork-Konto aus',
    'Yung kapatid ko po muna ang gagamit ng Upwork account ko',
    'Mera cousin meri profile se jobs pe apply karta hai',
    'Мой коллега будет отвечать вам с моего аккаунта',
    'Мій брат відповідатиме вам з мого акаунту',
    'adik aku yang bales chat dari akun Upwork aku',
    'ibigay sa akin yung login ng Upwork niyo',
    'Meri behen aap ke messages ka jawab degi mere account se',
  ],
  counterExamples: ['add a reset link on my login page', 'I gave him my feedback on the login flow', 'I am using my login on the new laptop',
    'I will reply from my account tomorrow', 'log in to your account and check the invoice', 'ik log in op mijn account', 'intru pe contul meu',
    'mañana voy a entrar con mi usuario y te contesto', 'vou entrar pelo meu Upwork à noite',
    'ich bin mit meinem Laptop drin',
    'je répondrai depuis mon compte ce soir',
    'entré con tu invitación al tablero',
    'tô usando a do meu computador',
    'nanti saya login pakai akun saya sendiri',
    'naka-login sa laptop ko',
    'benim hesaba para girdi mi',
    'main apne account se hire kar deta hoon',
    'ana da5alt el account beta3y',
    'рахунок оформлений на мою компанію',
    'ich schreibe Ihnen von meinem Handy',
  ],
});

/**
 * A swear word typed with a star for each hidden letter, the first and last letters kept ("c*nnard", "a****loch", "g*blok"): every
 * inner letter may be a star, and at least one is. Plain spellings are left to INSULT, where a word may also be innocent ("set", "kos").
 */
function masked(word: string, letters = 'a-z'): string {
  const inner = Array.from(word.slice(1, -1), (c) => `[${c}*]`).join('');
  return `${word[0]}(?=[${letters}*]{0,${word.length}}\\*)${inner}${word.slice(-1)}`;
}

/** Masked swearing in the languages of the corpus: "Espèce de c*nnard", "Du bist so ein A****loch", "Anj*ng lu", "Ch*tiya". */
export const MASKED_SWEAR = defineClass({
  name: 'MASKED_SWEAR',
  doc: 'Swear words with stars for some of their letters, per language (English ones are the harassment rule\'s profanity list).',
  words: {
    es: ['pendejo', 'cabron', 'mierda', 'gilipollas', 'hijueputa', 'malparido', 'culiao', 'boludo', 'pelotudo'].map((w) => masked(w)),
    pt: ['porra', 'caralho', 'merda', 'arrombado', 'desgracado', 'vagabunda', 'otario'].map((w) => masked(w)),
    fr: ['connard', 'connasse', 'foutre', 'salope', 'putain', 'merde', 'encule', 'batard', 'enfoire'].map((w) => masked(w)),
    de: ['arschloch', 'scheisse', 'verpiss', 'wichser', 'hurensohn', 'fotze', 'missgeburt'].map((w) => masked(w)),
    tr: ['serefsiz', 'orospu', 'siktir', 'yavsak', 'gavat', 'pezevenk'].map((w) => masked(w)),
    id: ['anjing', 'bangsat', 'goblok', 'kontol', 'bajingan', 'tolol', 'brengsek'].map((w) => masked(w)),
    tl: ['putang', 'putangina', 'tangina', 'gago', 'ulol', 'tarantado'].map((w) => masked(w)),
    hi: [...['chutiya', 'madarchod', 'bhosdike', 'harami', 'kamina', 'bhenchod', 'behenchod'].map((w) => masked(w)), 'b\\*+h?en\\*+d'],
    ar: [...['kalba', 'sharmouta', 'khawal', 'metnak'].map((w) => masked(w)), 'k\\*s (?:2|e)?omm?ak'],
    ru: ['сука', 'блядь', 'мудак', 'пиздец', 'говно', 'ублюдок'].map((w) => masked(w, 'а-я')),
  },
  examples: ['Espèce de c*nnard', 'va te faire f*utre', 'so ein A****loch', 'Verp*ss dich', 'Ulan ş*refsiz', 'Anj*ng lu, b*ngs*t', 'G*go ka ba?',
    'Ch*tiya hai kya', 'B*hen**d', 'ibn el k***a', 'K*s 2ommak', 'ты с*ка'],
  counterExamples: ['connard', 'the goblok bug', 'gago', 'k*s is the product of k and s', 'scheisse'],
});

/** The reader's age named (round thirty-seven): "you're 68 and still...", "at your age", "nessa idade", "bu yaşta", "is umar mein". */
export const AGE_OF_READER = defineClass({
  name: 'AGE_OF_READER',
  doc: 'The age of the person spoken to, named as the point of a remark.',
  words: {
    en: ["(?:you'?re|you are|ur|u r) [4-9]\\d(?: years old)?(?= and\\b|,|\\.)", 'at (?:your|ur) age', '(?:vc|voce) tem [4-9]\\d anos'],
    es: ['a (?:tu|su) edad', 'con (?:tu|su) edad'],
    // Not "nessa idade" or "bu yaşta" alone (at that age), which may be the customers': "Nessa idade o público compra pelo Facebook".
    pt: ['na (?:sua|tua) idade', '(?:vc|voce|tu) tem [4-9]\\d anos'],
    fr: ['a (?:votre|ton) age'],
    de: ['in (?:deinem|ihrem) alter'],
    tr: ['sen bu yasta', 'bu yasinizda'],
    hi: ['is (?:umar|umr|age) (?:me|mein|pe)'],
    id: ['umur segini', 'di umur (?:segitu|kamu|bapak|ibu)'],
    tl: ['sa edad (?:mo|nyo|ninyo)'],
    ru: ['в (?:твоем|вашем|твоём) возрасте'],
    ar: ['(?:fe|fi) (?:sennak|sinnak|sennek)'],
  },
  examples: ["you're 68 and still think", 'at your age you', 'Vc tem 52 anos', 'na sua idade', 'à votre âge', 'sen bu yaşta', 'is umar mein', 'в вашем возрасте'],
  counterExamples: ["you're 5 minutes late", 'your age field in the form', 'Nessa idade o público compra'],
});

/** What is said to send an older reader away: grandchildren, bingo, retirement, a prayer meeting. Read only with AGE_OF_READER. */
export const AGE_DISMISSED = defineClass({
  name: 'AGE_DISMISSED',
  doc: 'Telling an older person to leave the work to the young: grandchildren, bingo, retirement.',
  words: {
    en: ['(?:your |the )?grand(?:kids|children|son|daughter)s?', 'bingo', '(?:just |go )retire', 'retire (?:already|na|lang)', 'nursing home',
      "shouldn'?t be (?:running|doing|managing|working)", 'let (?:your|ur) (?:son|daughter|kids|grandson|granddaughter) (?:hire|handle|do|take)'],
    es: ['nietos', 'jubil\\S*', 'asilo'],
    pt: ['aposentad\\S*', 'molecada', 'netos', 'asilo'],
    fr: ['petits-enfants', 'retraite', 'maison de retraite', 'on ne gere plus'],
    de: ['enkel\\S*', 'rente', 'altersheim'],
    tr: ['torun\\S*', 'emekli\\S*', 'ihtiyar\\S*'],
    hi: ['bhajan', 'buddh\\S*', 'retire ho'],
    id: ['cucu', 'pensiun'],
    tl: ['apo mo', 'mag-?retire'],
    ru: ['пенси\\S*', 'внук\\S*'],
    ar: ['a7fad\\S*', 'ma3ash'],
  },
  examples: ['ask your grandkids', 'go play bingo', 'retire na lang', 'devia tá aposentado', 'on garde les petits-enfants', 'git torun sev', 'jao bhajan karo'],
  counterExamples: ['the retirement plan', 'retired the old API'],
});

/** A woman belittled as a woman (round thirty-seven): "housewives who found a laptop", "una mina que no sabe", "Babae ka lang". */
export const WOMAN_BELITTLED = defineClass({
  name: 'WOMAN_BELITTLED',
  doc: 'The reader or a woman named by her sex as the reason she cannot do the work.',
  words: {
    en: ['housewi(?:fe|ves)', "(?:you'?re|you are|ur) (?:just |only )?a (?:woman|girl)"],
    es: ['una mina', '(?:sos|eres) (?:una )?(?:mujer|mina)'],
    pt: ['(?:vc|voce) e (?:uma )?mulher', 'mulherzinha'],
    fr: ['(?:vous etes|tu es) une femme'],
    de: ['(?:du bist|sie sind) (?:halt |nur )?eine frau', 'als frau'],
    ru: ['баба', 'бабам'],
    tr: ['kadin \\S+(?:le|la) calismam', 'kadinla calismam'],
    id: ['cewek', 'perempuan (?:nggak|gak|tidak) usah'],
    tl: ['babae ka(?: lang)?'],
    hi: ['(?:aap|tum|tu) ladki ho', '(?:aap|tum) aurat ho'],
    ar: ['(?:enty|enti|inti) (?:set|bent)'],
  },
  examples: ['housewives who found a laptop', 'una mina que no sabe', 'Баба не должна', 'kadın grafikerle çalışmam', 'cewek nggak usah', 'Babae ka lang', 'aap ladki ho', 'Enty set'],
  counterExamples: ['the women team', 'a woman-owned business'],
});

/** A man asked for instead of her: "put your husband on the call", "seguro es hombre", "нормальному мужику". Read only after WOMAN_BELITTLED. */
export const MAN_INSTEAD = defineClass({
  name: 'MAN_INSTEAD',
  doc: 'A husband or some man asked for in a woman\'s place.',
  words: {
    en: ['(?:your|ur) husband', 'a (?:real )?man', 'male (?:manager|colleague|boss|developer)', 'some guy'],
    es: ['(?:es|sea) hombre', '(?:tu|su) marido', 'un hombre'],
    pt: ['(?:seu|teu) marido', 'um homem'],
    fr: ['(?:votre|ton) mari', 'un homme'],
    de: ['(?:dein|deinen|ihr|ihren) mann', 'einen mann'],
    ru: ['мужик\\S*', 'мужчин\\S*', 'мужу', 'муж'],
    tr: ['kocan\\S*', 'erkek'],
    id: ['suami', 'cowok', 'laki-laki'],
    tl: ['asawa mo', 'lalaki'],
    hi: ['husband', 'male', 'pati', 'aadmi'],
    ar: ['ragel', 'gozek'],
  },
  examples: ['Put your husband on the call', 'que seguro es hombre', 'нормальному мужику', 'kocanız bu işe', 'biar suami mbak', 'Ipasa mo sa asawa mo', 'ay ragel fel team'],
  counterExamples: ['the manual', 'maleficent'],
});

/** A nationality, faith or people addressed as "you" (round thirty-seven): "Ihr aus Pakistan", "Vous les Français", "your kind of people". */
export const GROUP_ADDRESSED = defineClass({
  name: 'GROUP_ADDRESSED',
  doc: 'The reader taken as one of a people, a faith or a nation and spoken to as such.',
  words: {
    en: ['(?:your|ur) (?:kind of )?people', '(?:your|ur) (?:kind|community|religion)', 'people like (?:you|u)'],
    pt: ['indian[oa]s?', 'gente como (?:vc|voce)'],
    fr: ['vous les \\S+'],
    de: ['ihr aus \\S+'],
    id: ['kalian orang \\S+'],
    ar: ['ento el \\S+'],
    ru: ['такие,? как (?:ты|вы)', 'индус\\S*'],
  },
  examples: ['your kind of people', 'Your community only', 'Ihr aus Pakistan', 'Vous les Français', 'Kalian orang Australia', 'Ento el khalijiyeen'],
  counterExamples: ['your team'],
});

/** What is then said of that people: backward, thieves, dirty, only good for copying. Read only after GROUP_ADDRESSED, across sentences. */
export const GROUP_SLIGHT = defineClass({
  name: 'GROUP_SLIGHT',
  doc: 'A slight laid on a people addressed: backward, dirty, slaves, thieves, never getting anything done.',
  words: {
    en: ['never get anything done', 'only knows? how to (?:create|make|cause) (?:problems|trouble)', 'zero (?:manners|brains?)', 'smell like',
      'pork eating', 'drunks', 'cheap labou?r'],
    pt: ['povo atrasado', 'so sabem copiar', 'merece ficar sem'],
    fr: ['bande de \\S+', 'votre jardin', 'la colonisation'],
    de: ['euch sollte man', 'typisch', 'wie vieh'],
    id: ['budak', 'kayak majikan', 'pelit'],
    ar: ['asyad el donya', 'khaddam'],
    ru: ['заслуживают'],
  },
  examples: ['never get anything done', 'pork eating drunks', 'Que povo atrasado', 'bande de rapaces', 'Euch sollte man', 'itu budak ya', 'asyad el donya'],
  counterExamples: ['we got everything done'],
});

/** The reader's faith mocked (round thirty-seven): "nobody cares about your religion", "Restez dans vos prières", "beim Fasten das Hirn". */
export const FAITH_MOCKED = defineClass({
  name: 'FAITH_MOCKED',
  doc: 'Mockery of the reader\'s religion, prayers, fasting or veil.',
  words: {
    en: ['nobody cares about (?:your|ur) religion', '(?:your|ur) (?:\'|")?prayer break'],
    fr: ['restez dans vos prieres', 'avec (?:votre|ton) voile'],
    de: ['beim fasten das hirn'],
    tr: ['namazina git'],
  },
  examples: ['nobody cares about your religion', "your 'prayer break'", 'Restez dans vos prières', 'beim Fasten das Hirn verliert'],
  counterExamples: ['we respect your prayer times'],
});

/** Hunting the reader down or telling on them at home or at work (round thirty-seven): "найду тебя", "hahanapin kita", "j'envoie à ta femme". */
export const PURSUIT = defineClass({
  name: 'PURSUIT',
  doc: 'Finding the reader, coming to them, or telling their family or boss, said as a threat.',
  words: {
    en: ['(?:make sure|see to it that) (?:your|ur) (?:family|wife|husband|boss|parents)(?: back home)? (?:sees?|knows?|finds? out|hears?)',
      'i know how to find people'],
    es: ['se (?:en )?(?:que barrio|donde) viv(?:is|es|e)', '(?:ir a )?buscarte'],
    pt: ['mando (?:\\S+ ){0,2}pr[oa] (?:seu|sua|teu|tua) (?:chefe|esposa|mulher|marido|familia)', 'ai quero ver'],
    fr: ['envoyer a (?:ta|votre|ton) (?:femme|mari|patron|famille)', '(?:tu vas|vous allez) (?:le )?regretter'],
    de: ['(?:komm|komme) ich dich besuchen', '(?:deine|ihre) adresse steht',
      // Round thirty: the reader's home to be found out, as a threat.
      'finde ich (?:raus|heraus),? wo (?:du wohnst|sie wohnen)',
      'ich weiss,? wo (?:du wohnst|sie wohnen)',
    ],
    // Not a bare "найду тебя", which also finds the reader in a list ("найду тебя в списке участников").
    ru: ['знаю,? (?:как тебя зовут|где твой (?:офис|дом))',
      // Round thirty: the reader to be found, after a condition, or visited over it.
      'если не (?:\\S+ ){1,3}я найду (?:тебя|вас)',
      'найду (?:твой|ваш) адрес',
      'приеду поговорить лично',
    ],
    id: ['kirim (?:\\S+ ){0,3}ke (?:istri|suami|bos|keluarga) (?:kamu|lu|lo|mu)', 'jangan main-main sama saya'],
    tl: ['hahanapin kita', 'sisiraan kita', 'tatawagan ko (?:ang )?boss mo',
      // Round thirty: the writer coming to the reader, the reader's name and picture to be posted.
      'pupuntahan (?:kita|ko kayo|ka namin) sa (?:bahay|opisina|inyo|office|trabaho)',
      'i-?post ko (?:ang |yung )?(?:pangalan|picture|mukha|litrato)(?: at (?:pangalan|picture|mukha|litrato))? mo',
    ],
    ar: ['3aref 3enwan beitak', '3aref (?:enta|enti) shaghal fein', 'hatenda2',
      // Round thirty: Arabic and Arabizi: the writer coming to the reader's home.
      'بجيك (?:لين|لحد|على) بيتك',
      '(?:ha2gilak|hagilak|ha2gelak|hagelak) (?:el |l)?(?:beit|bet|bait)',
    ],
    // Round thirty: the reader's home to be found.
    hi: [
      '(?:tumhara|tera|aapka) ghar (?:dhoond|dhund|dhoondh)\\S*',
      'ghar (?:aa ?ke|pe aa ?kar) (?:dekh|baat kar)\\S*',
    ],
    // Round thirty: the reader's home to be found.
    ur: [
      '(?:tumhara|tera|aapka) ghar (?:dhoond|dhund|dhoondh)\\S*',
      'ghar (?:aa ?ke|pe aa ?kar) (?:dekh|baat kar)\\S*',
    ],
    // Round thirty: the reader to be found, after a condition.
    uk: [
      'якщо не (?:\\S+ ){1,3}я знайду (?:тебе|вас)',
      'знайду (?:твою|вашу) адресу',
    ],
  },
  examples: ["I will personally make sure your family back home sees it", 'sé en qué barrio vivís', 'no me hagas ir a buscarte', 'mando print pro seu chefe',
    "Je vais envoyer à ta femme", 'Tu vas regretter', 'komm ich dich besuchen', 'я знаю, как тебя зовут', 'saya kirim semua chat kamu ke istri kamu', 'hahanapin kita',
    '3aref 3enwan beitak',
    'finde ich raus, wo du wohnst',
    'ich weiß, wo du wohnst',
    'pupuntahan kita sa bahay nyo',
    'i-post ko pangalan at picture mo',
    'tumhara ghar dhoond loon ga',
    'Якщо не повернеш гроші, я знайду тебе',
    'найду ваш адрес в Кракове',
    'Если не вернёшь деньги, я найду тебя',
    'بجيك لين بيتك',
    'ha2gilak el beit',
  ],
  counterExamples: ['I will send it to your boss for approval', 'buscar a alguien',
    'ich weiß, wo du das Logo findest',
    'pupuntahan kita sa airport bukas',
    'я знайду тебе в списку учасників',
    'بجيك بكرة الصبح',
  ],
});

/** Sexual or personal remarks on the reader's looks (round thirty-seven): "ur so pretty", "beautiful eyes in the profile", "rather work on you". */
export const LOOKS_REMARK = defineClass({
  name: 'LOOKS_REMARK',
  doc: 'Remarks on how the reader looks, or a date, said to a person at work.',
  words: {
    en: ['(?:picked|chose|hired|opened) (?:you|your proposal)(?: \\S+){0,2} (?:bc|because|for) (?:of )?(?:the|your) (?:profile )?(?:photo|pic|picture)',
      '(?:profile )?(?:photo|pic|picture) is the (?:only )?reason i', 'rather work on (?:you|u)\\b', '(?:beautiful|pretty|lovely|gorgeous) eyes',
      "(?:you'?re|ur|you are|u r) (?:so |way too |really |very )(?:pretty|beautiful|gorgeous|cute)\\b(?! (?:good|much|close|sure|simple|easy|quick|fast|clear))",
      'go on a date', '(?:dinner|drinks?|a date)[^.!?]{0,30}just the two of us', '(?:photo|pic) without (?:the )?(?:glasses|makeup)'],
  },
  examples: ['picked you bc of the profile photo', 'Your profile photo is the only reason I opened', "I'd rather work on you", 'very beautiful eyes', 'ur so pretty ma\'am',
    "let's go on a date", 'drinks after work, just the two of us'],
  counterExamples: ["you're very pretty good at this", 'the two of us will review it', 'a photo of the eyes icon'],
});

/** Mockery of the reader's English without the usual words (round thirty-seven): "your English is worse than my grandmother's". */
export const ENGLISH_MOCKED = defineClass({
  name: 'ENGLISH_MOCKED',
  doc: 'The reader\'s English compared with a child\'s, a machine\'s or a village\'s.',
  words: {
    en: ['(?:your|ur) english is (?:worse than|like google translate)', 'writes? better english', 'write proper english or', 'village english',
      '(?:is that|this is) supposed to be (?:a language|english)'],
  },
  examples: ["your English is worse than my grandmother's", 'ur english is like google translate', 'my nephew writes better english', 'Write proper English or don\'t write',
    'is that supposed to be a language?'],
  counterExamples: ['your English is great', 'write proper English tests'],
});

/** Insults found in the thirty-seventh round, beyond INSULT: "sua preguiçosa", "нищеброд", "Allez vous faire voir", "benehmt euch wie Vieh". */
export const INSULT_MORE = defineClass({
  name: 'INSULT_MORE',
  doc: 'Insults said to the reader, in the languages of round thirty-seven.',
  words: {
    fr: ['allez vous faire (?:voir|foutre)', 'va te faire (?:voir|foutre)'],
    de: ['benehmt euch wie (?:vieh|tiere|schweine)'],
    ru: ['нищеброд\\S*', 'говнокод\\S*'],
    id: ['dasar bule'],
    en: ['filthy dog', 'stubborn old goat',
      // Writing or acting "like a ten-year-old": not "explain it like I'm five", which asks for plain words.
      '(?:writes?|writing|acts?|acting|behaves?|behaving|talks?|talking) like an? (?:\\d+|five|six|seven|eight|ten|twelve)[- ]years?[- ]old'],
    es: ['(?:escribir|escribis|escribes|hablar|hablas|actuas) como un (?:nene|nino|chico) de (?:\\S+ )?anos'],
    pt: ['sua preguicosa', 'seu preguicoso', 'vai passar fome', '(?:escrever|escreve|falar|fala) como (?:uma crianca|um moleque) de (?:\\S+ )?anos'],
  },
  examples: ['dejá de escribir como un nene de diez años', 'you write like a 10 year old', 'sua preguiçosa', 'нищеброд', 'Allez vous faire voir',
    'Ihr benehmt euch wie Vieh', 'Dasar bule pelit', "you're a filthy dog"],
  counterExamples: ['a filthy hot dog stand', 'passar a fome de dados', "explain it like I'm five", 'simple enough for a 10 year old'],
});

/** A login code named (round thirty-seven): "the 6 digit code", "the OTP", "le code de connexion", "den Code". Read with IN_OTHERS_ACCOUNT. */
export const LOGIN_CODE = defineClass({
  name: 'LOGIN_CODE',
  doc: 'A one-time login or verification code (or the password itself), per language.',
  words: {
    en: ['otp', '2fa(?: code)?', '(?:\\d digit|verification|sms|login|security) code'],
    fr: ['(?:le )?code (?:de connexion|2fa|de verification|sms)'],
    de: ['(?:den|der) code', 'bestatigungscode', 'passwort'],
  },
  examples: ['the 6 digit code', 'the OTP from upwork', 'the 2FA code', 'Le code de connexion', 'Ich schick dir den Code'],
  counterExamples: ['the code review'],
});

/**
 * The writer inside the reader's account, or the reader sent into the writer's (round thirty-seven): "I'm inside your account",
 * "I'm in ur upwork", "j'entre dans ton compte", "dann meldest du dich in meinem Konto an", "you log in and hire".
 */
export const IN_OTHERS_ACCOUNT = defineClass({
  name: 'IN_OTHERS_ACCOUNT',
  doc: 'Someone logged into another person\'s account, said by one of the two.',
  words: {
    en: ["(?:i'?m|i am) (?:inside|in|logged in(?:to| to)?) (?:your|ur) (?:upwork|account)", 'you log in and (?:hire|post|invite|reply|send|accept)'],
    fr: ["j'?entre dans (?:ton|votre) compte", '(?:je me connecte|tu te connectes) (?:sur|a) (?:ton|mon|votre) compte'],
    de: ['(?:meldest du dich|melde ich mich) in (?:meinem|deinem|ihrem) (?:upwork-?)?konto an', 'ich geb(?:e)? dir meinen (?:upwork-?)?login'],
  },
  examples: ["I'm inside your account answering", "I'm in ur upwork posting", 'you log in and hire the translator', "j'entre dans ton compte Upwork",
    'dann meldest du dich in meinem Konto an', 'Ich geb dir meinen Upwork-Login'],
  counterExamples: ['I am in your Slack now', 'you log in and check the invoice'],
});

/** An interview or an identity check (round thirty-seven), read with PROXY_SITS or AS_ME. */
export const CHECK_EVENT = defineClass({
  name: 'CHECK_EVENT',
  doc: 'An interview, a live test or an identity (video) verification.',
  words: {
    en: ['(?:identity |id |video )*verification(?: video)?(?: call)?', '(?:\\S+ )?interview'],
    es: ['videollamada de verificacion', 'entrevista'],
    fr: ['entretien(?: video)?'],
    id: ['interview(?: zoom)?\\S*'],
    tl: ['interview'],
    hi: ['interview'],
    ar: ['interview'],
  },
  examples: ['verification video call is tomorrow', 'the identity video verification', 'videollamada de verificación', "l'entretien vidéo", 'Interview Zoom-nya'],
  counterExamples: ['the review'],
});

/** Someone else sitting the check (round thirty-seven): "my cousin will sit", "va a entrar mi hermano", "my friend will do it for me". */
export const PROXY_SITS = defineClass({
  name: 'PROXY_SITS',
  doc: 'A relative or friend said to sit an interview or identity check in the writer\'s place.',
  words: {
    en: ['my (?:friend|cousin|brother|sister|colleague|partner|roommate)(?: \\S+)? (?:will|would|is going to|gonna) (?:do it for me|sit|attend it|take it for me)'],
    es: ['va a entrar mi (?:hermano|hermana|primo|prima|amigo|amiga|socio|socia)'],
  },
  examples: ['my friend will do it for me', 'my cousin will sit', 'va a entrar mi hermano'],
  counterExamples: ['my colleague will join the call too'],
});

/** Under the writer's name or on the writer's account, said of someone else at an interview (round thirty-seven). */
export const AS_ME = defineClass({
  name: 'AS_ME',
  doc: 'Another person presenting as the writer: under my name, on my account.',
  words: {
    en: ['(?:do|take|sit) (?:\\S+ ){0,4}on my account', 'under my name'],
    fr: ['sous mon nom', 'se connectera sur mon compte'],
    id: ['pakai nama saya'],
    tl: ['account ko pa rin'],
    hi: ['mere naam se'],
    ar: ['be esmi'],
  },
  examples: ["let him do your live coding interview on my account", 'se présentera sous mon nom', 'Dia pakai nama saya aja', 'Account ko pa rin naman', 'mera dost baithega mere naam se',
    'zamily Mostafa be esmi'],
  counterExamples: ['the invoice is under my company'],
});

/**
 * A new account in someone else's name, or work through someone else's (round thirty-seven): "a nombre de mi vieja", "au nom de ma
 * petite sœur", "wife ke naam pe", "be esm a5oya", "oğlumun hesabından", "profile ... runs through mine".
 */
export const ANOTHERS_ACCOUNT = defineClass({
  name: 'ANOTHERS_ACCOUNT',
  doc: 'An account opened in a relative\'s name, used through a relative, or one profile worked by two.',
  words: {
    en: ['(?:everything|it all|all of it) runs through mine', 'we (?:both )?work through mine', "(?:i'?m|i am) the face of (?:this|the|my) (?:profile|account)",
      "from my (?:\\S+ )?(?:intern|employee|assistant|friend)'?s (?:personal |own )?(?:client |freelancer )?account"],
    es: ['a nombre de mi vieja', 'la (?:cuenta|clave)(?: de upwork)? la usamos entre', 'entra con la misma clave'],
    fr: ['au nom de (?:ma|mon) (?:petite |grande )?(?:soeur|frere|mere|pere|cousine?|femme|mari)'],
    de: ['mit der e-?mail (?:von )?(?:deiner|meiner|deinem|meinem) (?:freundin|frau|mutter|bruder|schwester|freund)'],
    tr: ['(?:oglumun|kizimin|esimin|annemin|kardesimin) hesabindan', '(?:annenin|babanin|kardesinin|esinin) adina'],
    tl: ['gamit (?:yung|ang) pangalan ng (?:kapatid|pinsan|asawa|nanay|tatay|kaibigan) ko'],
    hi: ['(?:wife|biwi|bhai|behen|mummy|papa|dost)(?: ke| ki)? naam (?:pe|par|se)'],
    ar: ['be esm (?:a5oya|o5ty|ommy|abuya|mraty)'],
    ru: ['под моим профилем', 'через мой логин'],
  },
  examples: ['so everything runs through mine', "I'm the face of this profile", "continue from my intern's personal client account", 'a nombre de mi vieja',
    'au nom de ma petite sœur', 'mit der E-Mail von deiner Freundin', 'oğlumun hesabından', 'annenin adına olsun', 'gamit yung pangalan ng kapatid ko', 'wife ke naam pe',
    'be esm a5oya', 'под моим профилем'],
  counterExamples: ['the invoice runs through my company'],
});

/** Renting or selling a profile (round thirty-seven): "Je loue mon profil", "account bechna hai", "ye2aggar account Upwork". */
export const ACCOUNT_FOR_HIRE = defineClass({
  name: 'ACCOUNT_FOR_HIRE',
  doc: 'An account or profile offered for rent or sale.',
  words: {
    fr: ['je (?:loue|vends) mon (?:profil|compte)'],
    hi: ['account (?:bechna|bech (?:raha|rahe|dunga)|kiraye pe)',
      // Round thirty: a profile rented out, in Hindi and Urdu.
      '(?:aap ko|aapko|apko|tumhe|tumko) kiraye pe de (?:sakta|sakti|dunga|doonga|denge)',
    ],
    // "7ad 3ayez ye2aggar account" (anyone want to rent one?), not "fe wa7ed 3ared ye2aggar account" (someone is offering one: a warning told).
    ar: ['(?:3ayez|3ayza|3awez|mehtag) (?:ye2aggar|a2aggar|te2aggar) account'],
    // Round thirty: an Upwork profile bought or sold, a second profile for rent.
    de: [
      'upwork-?(?:profil|account|konto)\\S* (?:\\S+ ){0,5}(?:vermiete\\S*|verkauf\\S*)',
      '(?:mein|meinen) (?:\\S+ )?(?:profil|account) (?:vermieten|verkaufen)',
    ],
    // Round thirty: Upwork accounts rented or sold.
    es: [
      'alquil\\S* cuentas? de upwork',
      'vend\\S* (?:mi |una |su )?(?:cuenta|perfil) de upwork',
    ],
    // Round thirty: a profile rented out or sold.
    pt: [
      'alugando (?:meu|minha) (?:\\S+ )?(?:perfil|conta)',
      'vende\\S* (?:um |o )?perfil d[eo] upwork',
    ],
    // Round thirty: an account offered for rent or sale.
    id: [
      'akun (?:upwork )?(?:saya|aku|gue) bisa (?:disewa|dipinjam|dibeli)',
      '(?:sewa|jual)(?:in|kan)? akun upwork',
    ],
    // Round thirty: the writer selling their account.
    tl: [
      '(?:bebenta|binebenta|ibebenta|benta) ko (?:na )?(?:yung |ang )?(?:upwork )?account',
    ],
    // Round thirty: a profile rented out.
    ur: [
      '(?:aap ko|aapko|apko|tumhe|tumko) kiraye pe de (?:sakta|sakti|dunga|doonga|denge)',
    ],
  },
  examples: ['Je loue mon profil Top Rated', 'Upwork account bechna hai', '3ayez ye2aggar account Upwork',
    'ein altes Upwork-Profil mit guten Bewertungen verkauft',
    'Ich kann dir mein zweites Profil vermieten',
    '¿sabes de alguien que alquile cuentas de Upwork?',
    'vendo mi cuenta de Upwork',
    'Tô alugando meu perfil antigo do Upwork',
    'Alguém aí vende perfil de Upwork com avaliação?',
    'Akun Upwork saya bisa disewa',
    'jual akun Upwork',
    'Bebenta ko yung Upwork account ko',
    'ek aap ko kiraye pe de sakta hoon',
  ],
  counterExamples: ['je loue mon appartement', 'fe wa7ed 3ared ye2aggar account',
    'mein Profilbild verkaufen',
    'alugando meu apartamento',
  ],
});
