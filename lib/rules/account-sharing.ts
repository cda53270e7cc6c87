import { defineRule, type Hit } from '../detector/rule';
import { before, isDisclaimed, lineStartWithin, matches, negatedBefore, neighbourhood, sentenceAt, sentenceBefore, sentencesWith, standsAgainst } from '../detector/text';
import { term, termPatterns, tester, within, type Pairing } from '../detector/frame';
import {
  ACCOUNT, ACCOUNT_DEAL, ACCOUNT_FOR_HIRE, ACCOUNT_HANDED, ANOTHERS_ACCOUNT, AS_ME, CHECK_EVENT, IN_OTHERS_ACCOUNT, LOGIN_CODE, PROXY_SITS, RELATIVE_IDENTITY,
  REMOTE_TOOL, STAND_IN, SUSPENDED, USE_ACCOUNT,
} from '../detector/lexicon/people';
import { oneOf } from '../detector/pattern';
import { facts } from './catalog';
import { compileAhead } from '../detector/compile-first';

/** Frames over the lexicon, in every language. */
/** STAND_IN grew past 20 KB of source with Croatian, Serbian, Azerbaijani, Georgian, Amharic, Tamil and Telugu: read by several patterns. */
const STAND_IN_ANY = termPatterns(STAND_IN);
/** USE_ACCOUNT is near 20 KB of source: read by several patterns (see termPatterns). */
const USE_ANY = termPatterns(USE_ACCOUNT);
const REMOTE_ACCOUNT = within(REMOTE_TOOL, ACCOUNT, 60);
const RELATIVE_ID_ANY = tester.patterns(RELATIVE_IDENTITY);
/**
 * Round thirty-seven, frames over classes: a login code or password next to someone inside another's account ("the OTP went to ur phone
 * [...] I'm inside ur account"; "den Code weiter, dann meldest du dich in meinem Konto an"); an interview or identity check next to someone
 * sitting it for the writer ("verification video call is tomorrow, my friend will do it for me") or under the writer's name ("the
 * interview [...] mere naam se"). Each part alone is ordinary: "I'm in your Slack", "my colleague will join the interview too".
 */
const CODE_IN_ACCOUNT = within(LOGIN_CODE, IN_OTHERS_ACCOUNT, 200, true);
const CHECK_SAT_BY_PROXY = within(CHECK_EVENT, [PROXY_SITS, AS_ME], 160, true);
/** Standing readings of round thirty-seven: an account in a relative's name or worked by two, an account for rent or sale. */
const ANOTHERS_ANY = tester.patterns([ANOTHERS_ACCOUNT, ACCOUNT_FOR_HIRE]);
const HANDED_ANY = tester.patterns(ACCOUNT_HANDED);
/** "My account was suspended, so I'd like to keep working through yours." */
const AFTER_BAN = compileAhead(new RegExp(
  `${term(SUSPENDED)}[^]{0,120}?\\b(?:through|via|from|on|use|using|borrow|rent) ` +
    '(?:yours|your (?:upwork )?(?:account|profile)|someone(?:\'s| else\'?s) (?:account|profile))', 'g'));
/**
 * A message that poses as Upwork staff and sends the reader to a link to "verify" the account or payment method: "This is Upwork
 * Support. ... please verify through this secure link within 12 hours". Upwork never asks for that in a chat.
 */
const STAFF_VOICE = /\b(?:this is|we are|from) (?:the )?upwork (?:support|trust (?:&|and) safety|security|billing|verification)\b/;
const VERIFY_BY_LINK = compileAhead(new RegExp(
  '\\b(?:verify|confirm|validate|re-?activate)\\S* (?:\\S+ ){0,6}(?:through|via|using|at|on|with) (?:this|the following|the link|the secure|our secure) ' +
    '(?:secure )?(?:link|page|form|portal)\\b',
  'g',
));
const TOLD_BEFORE = /\b(?:got|received|receive|sent me|saying|says|said|claiming|claims|pretending|like this)\b[^.!?\n]{0,20}$/;
const hasAccount = tester(ACCOUNT);
/** "Could you leave your laptop on with AnyDesk tonight? ... I need to message from your account." */
const hasRemote = tester(REMOTE_TOOL);
/** "give me access to ur account": access to the person's own account asked for, whatever the platform (named systems aside). */
const GIVE_ACCESS = /\b(?:give|grant|lend)s? (?:me|us) (?:full )?$/;
/** A relative's or partner's account: never the project's own system, whatever else the message mentions. */
/** "my own account", "use your own login": each person on their own account. ("with your own ID" for someone else's check is not.) */
const OWN = /\bmy own\b|\b(?:your|his|her|their) own (?:login|account|profile|password|credentials)\b/;
/**
 * The account named and then said to be one's own, where the language puts "own" after it (rounds on batches 131 and 133): Indonesian
 * "balas email pakai akun saya sendiri" (with my own account), Spanish "con mi cuenta propia", Portuguese "conta própria". The writer on
 * their own account, read after a finding's match and after an OTHER_LANGUAGES match.
 */
const OWN_AFTER = /^ (?:(?:saya|aku|anda|kamu|mu|ku|mi|mio|mia|tu|su) )?(?:sendiri|propri?[ao])\b/;
/** "he has his own login now": the secret named is someone's own, given to them instead of a shared one. */
// Batch 131: the tool may be named between ("Your own Onshape login, please", "your own WordPress user"); a verb or a
// conjunction is not a tool ("my own laptop and log into your account" is somebody else's account).
const OWN_BEFORE = /\b(?:my|your|his|her|their|our) own(?: (?!(?:and|or|but|so|then|to|with|use|using|log|sign|from)\b)[a-z0-9-]+){0,2}\s*$/;
/**
 * Advice to the reader about someone of theirs: "if you and your partner are both freelancers, you can share the same
 * account". The writer is not one of the people sharing, so nothing is offered or asked (read with no I, me or we).
 */
const YOU_AND_YOURS = /\byou and your (?:\w+ )?(?:partner|spouse|wife|husband|friend|colleague|co-?founder|team ?mate|sibling|brother|sister)s?\b/;
const WRITER = /\b(?:i|i'm|i'll|i'd|me|my|mine|we|we're|we'll|us|our)\b/;
/** "My partner and I run our agency account together": an agency account is the one Upwork gives a team, run by its members. */
const AGENCY_RUN = /^(?:run|runs|manage|manages|managing|handle|handles|operate|operates) our (?:upwork )?agency (?:account|profile)$/;
/**
 * A password in pasted code or configuration ("password: 'changeme'", `{ user: 'admin', password: ... }`, a YAML block):
 * a value in a snippet being debugged. Read only where nothing around it is about Upwork accounts.
 */
const QUOTED_VALUE = /[:=] ?['"`]/;
const CODE_AROUND = /[{}`;]|\b(?:const|let|var|def|config|ya?ml|json|env|host|port|localhost|database|db|connection|snippet|code)\b/;
/** A marketplace profile named: a freelancer's profile or the one the reader is looking at, not a project system's account. */
const FREELANCER_PROFILE =
  /\bfreelancer (?:profiles?|accounts?)\b|\b(?:profile|account) you(?:'re| are) (?:seeing|looking at|viewing)\b|\bprofilo che (?:sta|stai) vedendo\b|\bperfil que (?:esta|estas) (?:viendo|vendo)\b/;
/** A password for a shared file or video link (a portfolio reel, a PDF): not an account. */
const SHARED_FILE = /\b(?:vimeo|showcase|portfolio|reels?|videos?|pdf|files?|folder|zip|archive|drive|dropbox|documents?|docs?|preview|wetransfer)\b/;
/** A reply that describes the other person's request ("You're asking me to open a second account"): a refusal, not an offer. */
// "Do you want me to just log in as you ...?", "if you want me to": the writer's offer in a polite wrapper, not the reader's ask told back (round twenty-four).
const YOU_ASKED = /\byou(?:'re| are| were|'ve been| have been) (?:asking|requesting|suggesting|proposing|offering)\b|\byou asked me to\b|(?<!\b(?:do|would|if|did) )\byou want(?:ed)? me to\b/;
/** "my profile link", "on my Upwork profile you can find": pointing to one's own profile. */
const OWN_PROFILE_SHOWN = /\b(?:find|see|view|check|look at|browse|examples?|samples?|portfolio)\b/;
/** "after you log in to your account", "please sign in to your profile": the owner logging into their own account. */
const OWNER_LOGS_IN = /^(?:log|sign)\S*(?: ?in| ?on)?(?:to| to| into)? (?:your|ur) /;
// "please remember to log in to your Upwork and approve milestone 2", "don't forget to sign in to your account".
const OWNER_BEFORE = /\b(?:you|you'll|you will|you can|you should|you're|you are|please|just|then|(?:remember|forget|make sure|need|have) to)\s*$/;
/** The match opens its sentence or a numbered step: an order to the reader about their own account. */
const STEP_START = /(?:^|[.!?:\n]\s*|^\s*(?:\d{1,2}[.)]|[-*•])\s*|\n\s*(?:\d{1,2}[.)]|[-*•])\s*)$/;
/** ...that hands something back to the writer: a code, a screenshot of the screen, the login. */
const HANDS_BACK = /\b(?:send|give|tell|forward|share|text|dm|read)\w* (?:it |them |that |the \w+ )?(?:to )?(?:me|us)\b|\b(?:screen ?share|let me|so i can|so we can|i'?ll)\b/;
/** "I log in to my account every morning", "we couldn't sign in to our profile": the writer in their own account. */
const SELF_LOGS_IN = /^(?:log|sign)\S*(?: ?in| ?on)?(?:to| to| into)? (?:my|our) /;
const SELF_AUXILIARY =
  '\\w+ly|always|just|also|then|still|can|can\'t|cannot|could|couldn\'t|will|won\'t|would|should|must|need to|have to|had to|' +
  'want to|tried to|try to|am|was|were|going to|to|be|being|not|never';
const SELF_BEFORE = new RegExp(`\\b(?:i|we|i'll|we'll|i'm|we're|i've|we've|i'd|we'd|let me|let us|let's)(?: (?:${SELF_AUXILIARY}))*\\s*$`);
/**
 * What others do, described: "Some buyers, particularly in China, are renting time on sellers' computers through TeamViewer",
 * "scammers often ask for your login". A report on a practice, not an offer or a request.
 */
const OTHERS_DO = new RegExp(
  '\\b(?:(?:some|many|most|these|those|other|such|a lot of|lots of|plenty of) (?:\\S+ )?(?:buyers|sellers|clients|freelancers|people|users|customers|accounts)' +
    '|scammers|fraudsters|hackers)\\b(?:,[^,]{0,60},)? (?:are|were|have been|often|usually|sometimes|typically|routinely|keep|tend to|will|may|might)\\b' +
    // "someone in my DMs was selling 'top rated upwork accounts'": a stranger's offer, told.
    '|\\b(?:someone|somebody|a (?:guy|person|stranger|scammer|rando)|some (?:guy|person|rando|scammer|account))\\b[^.!?\\n]{0,50}?' +
    '\\b(?:was|is|were|are|keeps?|kept)(?: \\w+(?:ly|ing))?(?: to)? ?$' +
    // Round 22, someone else's sharing told to the writer or found out, the reason a client screens: "a fellow once told me he shares one
    // Upwork login with his whole studio", "Last designer we had turned out to be three lads sharing one account".
    '|\\b(?:told|tells|said|says|admitted|confessed|bragged|boasted|mentioned) (?:to )?(?:me|us)(?: that)? (?:he|she|they)(?: (?:all|both|just|still|even))? ?$' +
    '|\\b(?:turned out to be|turned out|found out|it emerged|we learned|i learned|we discovered|i discovered) (?:that )?(?:(?!(?:we|i|my|our|us|me) )[^\\s,;:.!?]+ ){1,4}$',
);
/** "can I just log in to your Upwork", "let me just sign in to your account": the writer, not the owner, logs in. */
const WRITER_BEFORE = /\b(?:i|i'?ll|i'd|i'm|we|we'?ll|me|us|let me)\b(?: \S+){0,2}\s*$/;
/**
 * The owner acting on their own account: "please send the proposal from your account", "I'll apply from my profile".
 * Read in the words before the match: "you" or an order with "your", or the writer ("I") with "my", and no one else
 * ("let me ... your", "you can ... my", "my brother ... my" stay account sharing).
 */
const OWNER_YOURS = new RegExp(
  '(?:^\\s*(?:(?:please|pls|kindly|just|then|and) )*' +
    '(?:send|submit|apply|post|bid|reply|respond|hire|publish|share|invite|create|put|do|make|write|accept|approve|fund|release)\\b|' +
    "\\b(?:please|pls|kindly|you|you'll|you can|you could|can you|could you|would you|you should)\\b)[^,;:]*$",
);
const OTHER_ACTOR =
  /\b(?:i|i'll|i'd|i'm|me|we|we'll|us|let|he|she|they|friend|brother|sister|cousin|nephew|niece|son|daughter|wife|husband|team|someone|somebody|va|assistant|developer|employee|staff)\b/;
const MINE_MINE = /\bi(?:'ll|'d| will| can| could| would)?\b[^,;:]*$/;
const NOT_MINE = /\b(?:you|u|we|we'll|us|let|he|she|they|friend|brother|sister|cousin|team|someone|somebody)\b/;
const OURS_OURS = /\b(?:i|we)(?:'ll|'d| will| can| could| would| then)?\b[^,;:]*$/;
const NOT_OURS = /\b(?:you|u|let|he|she|they|friend|brother|sister|cousin|team|someone|somebody)\b/;
const TO_READER = /\b(?:send|give|offer|show|invite|bill|invoice|email|message) (?:you|u)\b/g;
function ownerActs(words: string, match: string): boolean {
  const place = /\b(?:from|through|via|under|on) (your|ur|my|our) (?:own |upwork |freelancer |client |agency )*(?:account|profile|acc|acct)\b/.exec(match);
  if (!place) return false;
  // "bid from your profile": the verb inside the match is read with the words before it.
  const lead = `${words}${match.slice(0, place.index)}`;
  // Batch 131: "send me the drafts and I will publish them myself from our account": the writer, or their business, on its own account.
  if (place[1] === 'our') return OURS_OURS.test(lead) && !NOT_OURS.test(lead.slice(lead.search(OURS_OURS)).replace(TO_READER, ' '));
  // "I send you a contract from my account": the reader as the object of the writer's verb is no other actor.
  if (place[1] === 'my') return MINE_MINE.test(lead) && !NOT_MINE.test(lead.slice(lead.search(MINE_MINE)).replace(TO_READER, ' '));
  const at = lead.search(OWNER_YOURS);
  return at !== -1 && !OTHER_ACTOR.test(lead.slice(at).replace(/\b(?:you|you'll|you can|you could|can you|could you|would you)\b/g, ' '));
}
/** "Someone logged into my account from another country": a break-in told by its victim, not account sharing. */
const INTRUDER_BEFORE = /\b(?:someone|somebody|a stranger|strangers|hackers?|an? (?:unknown|unfamiliar|foreign) (?:device|person|user|ip|login|location)|an intruder|scammers?|they)\b[^.!?\n]{0,20}$/;
/** "Would you be comfortable if someone from my team logged in as you": the writer's own people, asked about, not an intruder. */
const OUR_PEOPLE = /\b(?:someone|somebody) (?:from|of|on|in) (?:my|our)\b|\bif (?:someone|somebody)\b/;
const BREAK_IN = new RegExp(
  '\\bhack\\w*|\\bcompromis\\w*|\\bunauthori[sz]ed\\b|\\bwithout my (?:permission|knowledge|consent)\\b|' +
    '\\b(?:changed|reset) (?:my |the )?password\\b|\\b2fa\\b|\\btwo[- ]factor\\b|\\bsuspicious\\b|\\bstolen\\b|\\bbroke into\\b',
);
/** Building a login or password feature, in the languages OTHER_LANGUAGES reads: "o app passa a senha criptografada para a API". */
const BUILDING = /\b(?:api|app|backend|frontend|endpoint|hash\w*|cript\w*|encrypt\w*|cifrad\w*|database|banco de dados|base de datos|formulario|campo)\b/;
const THIRD_PARTY = /\b(?:brother|sister|cousin|friend|wife|husband|partner|colleague|socia|socio|irma|irmao)\b/;
const DEAL_ANY = termPatterns(ACCOUNT_DEAL);
/** Upwork named, in Latin letters or as Hindi, Marathi, Nepali and Bengali write it (अपवर्क, আপওয়ার্ক; NFKD, as the view has it). */
// Korean, Japanese and Hebrew spellings too (round twenty-five): "업워크 인증번호 오면 알려주세요".
const UPWORK_NAMED = new RegExp(`upwork|апворк|アップワーク|${['अपवर्क', 'अपवर्क', 'आपवर्क', 'আপওয়ার্ক',
  'আপওয়ার্ক', '업워크', 'אפוורק', 'אפ וורק',
  // Round twenty-six: Sinhala, Gujarati, Punjabi (Gurmukhi and Shahmukhi), Kannada, Malayalam, Burmese, Khmer.
  'අප්වර්ක්', 'අප් වර්ක්', 'અપવર્ક', 'અપ વર્ક', 'ਅਪਵਰਕ', 'ਅਪ ਵਰਕ', 'اپ ورک', 'اپورک',
  'ಅಪ್ವರ್ಕ್', 'ಅಪ್ ವರ್ಕ್', 'അപ്വര്ക്ക്', 'അപ് വര്ക്ക്', 'အပ်ဝေါ့ခ်',
  'អាប់វើក',
].map((w) => w.normalize('NFKD')).join('|')}`);
/** A secret named in a deal phrase ("schick mir dein Passwort"): asked for, with or without an account named. */
// Round twenty-six: Armenian (գաղտնաբառ, լոգին), Kazakh (құпия сөз), Kyrgyz (сырсөз), Tajik and Mongolian
// (парол, нууц үг), Persian (پسورد, رمز); Croatian, Serbian and Bosnian 'lozinka', 'šifra' and the code ('kod za potvrdu'),
// in both alphabets, Slovenian, Slovak and Albanian; the password and the login in Sinhala, Gujarati, Punjabi, Kannada,
// Malayalam, Burmese and Khmer.
const SECRET_NAMED = new RegExp(`passwor|senha|contrase|mot de passe|пароль|parol|sifre|kata sandi|mat khau|كلمة|login|2fa|otp|\\bcode\\b|codigo|${[
  'գաղտնաբառ', 'պարոլ', 'լոգին', 'парол', 'құпия сөз', 'сырсөз', 'нууц үг', 'پسورد', 'رمز', '\\bpass',
  'lozink', '\\bsifr', '\\bkod za', 'лозинк', 'шифр', 'код за', '\\bgesl[oa]\\b', '\\bkodo\\b', '\\bheslo\\b', 'fjalekalim', 'slaptazod', 'parool', 'prisijungim',
  'පාස්වර්ඩ්', 'මුරපද', 'ලොගින්', 'પાસવર્ડ', 'લોગિન', 'ਪਾਸਵਰਡ', 'ਲੌਗਇਨ', 'پاسورڈ',
  'پاس ورڈ', 'ಪಾಸ್ವರ್ಡ್', 'ಲಾಗಿನ್', 'പാസ്വേഡ്', 'ലോഗിന്', 'စကားဝှက်',
  'ពាក្យសម្ងាត់',
  // Round twenty-seven (t46): the password and the login in Swedish, Norwegian, Danish, Finnish and Icelandic (ö, ø and ð folded).
  'losenord', 'passord', 'adgangskode', 'kodeord', 'salasan', 'lykilord', 'inloggning', 'innlogging',
].map((w) => w.normalize('NFKD')).join('|')}`);
// Hindi "share karo" as an order only: "password share karne ki zaroorat nahi" (no need to share it) is no ask.
const GIVE_VERB = new RegExp(
  '\\b(?:schick|gib|send|dammi|manda|passa|pasa|donne|envoie|file|kirim|kasih|bhej|share ?kar(?:o| do| de| dijiye)\\b|gonder|yolla|ver(?:in|iniz|sene|ir misin\\S*)?\\b|paylas|dua\\b|gui\\b|' +
    'e3tini|3teeni|tedini|ib3atli|bering|yuboring|tur|uxarki|befrest|bede|posalji|prosl(?:ij)?edi|javi|posl?ji|daj|dej|posli|dergo|prati|' +
    // Round twenty-six: send, give, in Singlish, Gujarati, Punjabi, Kannada and Manglish, and in their scripts, Burmese and Khmer.
    'denna|ewanna|aapo|moklo|bhejo|dedo|kodi|kalsi|ayakku|tharu|' +
    // Round twenty-seven (t46): send, give in Swedish, Norwegian, Danish, Finnish and Icelandic (not Finnish 'anna', Tamil's elder brother).
    'skicka|ge mig|gi meg|giv mig|lahet|laita\\b|sendu|gefdu|' +
    // Round twenty-seven (t47): send, give in Lithuanian, Latvian and Estonian (Estonian 'anna' only as "anna mulle": bare, it is Tamil's
    // elder brother, and a name).
    'atsiusk|duok|atsuti|iedod|saada|saatke|anna mulle|andke' + ')|' +
    'скин|да[йиј]|пришли|надішли|пошаљи|проследи|јави|прати|изпрати|испрати|ابعت|ارسل|اعطني|' +
    // Round twenty-six: give, send in Armenian, Uzbek, Kazakh, Kyrgyz, Tajik, Mongolian and Persian.
    'տուր|տվեք|ուղարկ|беринг|юборинг|беріңіз|жіберіңіз|бериңиз|жибериңиз|' +
    'диҳед|фиристед|өгөөч|өгөөрэй|явуула|بده|بدید|بفرست|' +
    'එවන්න|දෙන්න|આપો|મોકલો|ਭੇਜੋ|ਦਿਓ|گھلو|دیو|ಕೊಡಿ|' +
    'ಕಳುಹಿಸಿ|ಕಳಿಸಿ|അയക്കൂ|തരൂ|ပို့ပေးပါ|ပေးပါ|' +
    'ផ្ញើ|ឲ្យ',
);
/** A rented account with its price or its other party: "rent the account to me", "sell acc? how much", "150$ monthly". */
const PERSON_DEAL =
  /\b(?:to|from) (?:me|you|u|us)\b|\bfrom (?:a|some|that|another) (?:guy|person|seller|reseller)\b|\bmonthly\b|\bper month\b|\ba month\b|\bsplit\b|\d ?%|\$|€|\bfee\b|\bprice\b|how much/;
/** The code someone just received: "send the one-time code you just received", "the code you got". */
const THEIR_CODE = /\b(?:code|otp)\b[^.!?\n]{0,30}?\byou (?:just |will |'ll )?(?:got|get|received|receive)\b/;
/** The owner keeping hold of their account: "you'll keep full control of your personal profile". */
const OWNER_KEEPS = /\b(?:keep|keeps|keeping|retain|retains|have|has|stay in|remain in) (?:full |complete |total |the )?$/;
/** "a different person was doing the work from his account": what someone else did, told by the writer. */
const THIRD_PAST = /\b(?:he|she|they|someone else|somebody else|(?:a|the|another) (?:different |other )?(?:person|guy|freelancer|developer))\b[^.!?\n]{0,30}\b(?:was|were|had been|did)\b[^.!?\n]*$/;
/** "that's exactly what Upwork calls account sharing": the practice named, not offered. */
/** A list item that opens with a gerund ("2: Allowing others to...", "- Renting accounts") and names nobody: a practice, listed. */
const GERUND_ITEM = /^\s*(?:\d{1,2}[.):]|[-*•])\s*(?:not )?[a-z]+ing\b[^\n]{0,80}$/;
const WRITER_OR_READER_ASKED = /\b(?:i|me|my|we|us|our|please|pls|can you|could you|let me|let'?s)\b/;
/**
 * How far back an item's number is looked for. GERUND_ITEM allows 80 characters after the gerund, so an item longer than this
 * (a number, a gerund and the rest) is none; reading only this far keeps a long line with many matches linear.
 */
const ITEM_REACH = 300;
function practiceItem(text: string, start: number): boolean {
  // The item's own text: from its number to the match, or from the previous item's number in an inline list.
  // The gerund may be the match's own first word ("1: [Renting out your profile]").
  const lineStart = lineStartWithin(text, start, ITEM_REACH);
  const gerund = /^[a-z]+ing\b/.exec(text.slice(start, start + 24))?.[0] ?? '';
  if (lineStart === -1) {
    // The line began further back: only an inline item's number ("... 2: Renting ...") can start the item.
    const lead = text.slice(start - ITEM_REACH, start) + gerund;
    const at = lead.search(/\s\d{1,2}:\s[^:]*$/);
    return at !== -1 && GERUND_ITEM.test(lead.slice(at)) && !WRITER_OR_READER_ASKED.test(lead.slice(at));
  }
  const line = text.slice(lineStart, start) + gerund;
  const item = line.slice(Math.max(0, line.search(/(?:^|\s)\d{1,2}:\s[^:]*$/)));
  return GERUND_ITEM.test(item) && !WRITER_OR_READER_ASKED.test(item);
}
const NAMED_PRACTICE = /\b(?:what (?:\S+ ){1,2}calls?|calls? (?:this|that|it)|(?:is|are|been) called|known as|counts as|considered)\s*$/;
/** Italian and Polish, which the lexicon has no key for: renting, selling and lending accounts, passwords, stand-ins. */
const ITALIAN_POLISH = compileAhead(new RegExp(
  [
    '\\b(?:affitt|prest|vend|compr|ced)\\S* (?:(?:il|un|mio|tuo|suo|l) ?)*(?:account|profilo)\\b',
    '\\b(?:dammi|mandami|passami|inviami|dimmi) (?:\\S+ ){0,3}(?:password|credenziali|codice)\\b',
    // Batch 131, the polite forms: "mi può dare le credenziali del suo account Upwork?", "mi mandi la password?".
    '\\b(?:mi|ci) (?:(?:puo|puoi|potrebbe|potresti) (?:dare|mandare|inviare|passare|dire)|dai|mandi|invii|passi|dici) (?:\\S+ ){0,2}(?:password|credenziali|codice)\\b',
    '\\baccount (?:di|del|della) (?:mia|mio) (?:sorella|fratello|cugin\\S*|amic\\S*|moglie|marito|madre|padre|collega)\\b',
    '\\b(?:verifica|colloquio|intervista|call|videochiamata)\\S* (?:\\S+ ){0,6}(?:al posto mio|al mio posto)\\b',
    '\\bintestat\\S* a (?:parenti|mia|mio|altri|amici)\\b', '\\bci lavori tu\\b',
    '\\b(?:wynajm|wypozycz|pozycz|sprzeda|kupi|kupuj|oddam)\\S* (?:\\S+ ){0,2}(?:konto|konta|profil)\\b',
    '\\b(?:podaj|daj|wyslij|przeslij)\\S* (?:mi )?(?:\\S+ ){0,2}(?:haslo|kod)\\b',
    '\\b(?:rozmow|wywiad|weryfikacj)\\S* (?:\\S+ ){0,4}za mnie\\b', '\\bza mnie (?:\\S+ ){0,2}(?:weryfikacj|rozmow)\\S*',
    '\\bna dane (?:mamy|taty|brata|siostry|zony|meza|kolegi|kuzyna|znajomego)\\b',
  ].join('|'),
  'g',
));

/**
 * Someone's own secret handed to the writer: "give me your Google account password", "he'll give me his login". A person's
 * password asked for or passed on, not a login feature being built, even in a sentence about adding users.
 */
const HANDED_OVER = /\b(?:me|us)\b[^.!?\n]{0,12}?\b(?:your|ur|yr|his|her)\b[^.!?\n]{0,30}?\b(?:p[a@4]s+w[o0]rd|login|credentials|creds|otp|2fa)\b/;

/**
 * Round twenty-eight: someone other than the owner behind the account, the person named first and what they do on it after (in the
 * sentence or the next): "my friend does all the coding. He logs in when he's online", "my grandson will be writing to you from my account",
 * "my office manager Deb has my upwork login", "My professor has an Upwork account [...] and he lets me work under it", "the account is my
 * cousin's, I am the one working", "I run this account with my brother", "log into our team member Kevin's Upwork account".
 */
const SOMEONE = oneOf([
  '(?:my|our|his|her) (?:\\S+ ){0,2}?(?:' + oneOf([
    'brother', 'sister', 'cousin', 'friend', 'mate', 'buddy', 'wife', 'husband', 'partner', 'relative', 'colleague', 'son', 'daughter', 'uncle', 'aunt',
    'mom', 'mum', 'mother', 'dad', 'father', 'nephew', 'niece', 'grandson', 'granddaughter', '\\S+-in-law', 'professor', 'teacher', 'boss',
    'manager', 'assistant', 'secretary', 'team member', 'team', 'employee',
    'co-?founder', 'producer', 'intern', 'student', 'best ?friend', 'bestie', 'roommate', 'flatmate', 'girlfriend', 'boyfriend',
    'fianc[ée]e?', 'tito', 'tita', 'kuya', 'bhai', 'bhaiya', 'helper', 'va',
  ]) + ')s?',
]);
const OPERATES = oneOf([
  'logs? in', 'logging in', '(?:will|would|can|could|to|may) login',
  "(?:he|she|they)(?:'ll| will)? (?:\\S+ )?answer(?:s|ing)? (?:your |the |all )?(?:messages|chats?)", 'writ(?:e|es|ing) to you from', 'repl(?:y|ies|ying) (?:to you )?from',
  'does (?:all )?the (?:coding|work)', 'works? under (?:one|a single|the same|this|his|her|my|it)(?! (?:upwork )?agency)', 'lets? me work under', 'has my (?:upwork )?(?:login|password|credentials)',
  'gave (?:him|her|them) (?:my |the )?(?:upwork )?(?:password|login)', '(?:created|made|set up|opened) (?:this|my|the) (?:upwork )?(?:account|profile) (?:for me|in (?:his|her|their) (?:own )?name)',
  '(?:do|does|doing) the work (?:from|through|on|under|with) (?:his|her|their)', "(?:i'?ll|i will) still be the one",
  'i am the one working', "i'?m the one working",
  // "will be the one replying here on my account", "answers from my Upwork", "got into my account", "is using my Upwork".
  '(?:repl(?:y|ies|ying)|answer(?:s|ing)?|respond(?:s|ing)?|messag(?:e|es|ing)|writ(?:e|es|ing)|chat(?:s|ting)?|handl(?:e|es|ing)|' +
    'us(?:e|es|ing)|logged|got|gets|went|signed|sent|send(?:s|ing)?|submit(?:s|ting)?|appl(?:y|ies|ying))' +
    '(?: \\S+){0,3}? (?:on|from|in|into|to|through|thru|via|under|with) my (?:upwork )?(?:account|acc|profile|login|upwork)',
  '(?:us(?:e|es|ing)|borrow(?:s|ing)?|run(?:s|ning)?|manag(?:e|es|ing)) my (?:upwork )?(?:account|acc|profile|login|upwork)',
]);
const OTHER_ON_ACCOUNT = compileAhead(new RegExp(
  `\\b${SOMEONE}\\b[^\\n]{0,120}?\\b${OPERATES}\\b` +
    `|\\b(?:account|profile|login) is (?:my|his|her|our) (?:\\S+ )?\\S+'s\\b` +
    `|\\b(?:run|share|use|manage)s? (?:this|the|my|one) (?:upwork )?(?:account|profile|login) with ${SOMEONE}\\b` +
    "|\\b(?:log\\S* ?in(?:to)?|work|track your time) (?:on |in |from )?(?:our|my|his|her) (?:\\S+ ){0,3}?\\S+'s upwork (?:account|profile|login)\\b" +
    // "I've given him my Upwork password", "I shared my Upwork login with my VA": the secret handed to someone, whoever they are.
    '|\\b(?:gave|given|giving|give|shared|sharing|handed|passed|sent|told) (?:him|her|them|my \\S+(?: \\S+)?) my upwork (?:password|login|credentials|creds)\\b' +
    '|\\b(?:gave|given|giving|shared|sharing|handed|passed|sent) my upwork (?:password|login|credentials|creds) (?:to|with) (?!upwork\\b|support\\b)\\S+' +
    // "can I use your login for a few days to send the files": another's login borrowed for a while or for Upwork's own steps.
    '|\\b(?:can|could|may) (?:i|we) (?:use|borrow|have) your (?:upwork )?(?:login|account|profile|credentials)\\b' +
    '(?= for (?:a few|some|a couple of|two|three|\\d+) (?:days|weeks|hours)| to (?:send|apply|bid|submit|get paid|receive|invoice))',
  'g',
));
/**
 * Work, applications, offers or payment through another person's account, named by their relation: "applying thru my tito's account",
 * "working from my sister's profile", "the offer came from my cousin's client account", "continue under my bestfriend's profile"
 * (not "from my client's account" or "my company's profile": a client's or an employer's account is where work is done).
 */
const THROUGH_THEIRS = compileAhead(new RegExp(
  "\\b(?:through|thru|via|from|under|on|using|with) my (?:\\S+ ){0,2}?(?!(?:client|customer|company|employer|boss|store|shop|agency|team|" +
    "business|brand|firm|org|organi[sz]ation)'s)[a-z-]+'s (?:upwork |client |freelancer |us |verified |old )*(?:account|acc|profile|upwork)\\b(?! (?:enterprise|business|team|agency)\\b)",
  'g',
));
/**
 * A check, a call or an interview passed for someone else, the stand-in and the check named in either order: "If they ask for a video check,
 * my friend from the US can do it for you", "I can verify the ID for you with my passport", "attend the technical interview under our
 * candidate's name", "pass all rounds of technical interviews on behalf of our candidates" (not "I can run candidate interviews for you").
 */
const CHECK = '(?:video (?:check|call|verification|interview)|id (?:check|verification)|identity (?:check|verification)|selfie(?: check)?|face (?:check|verification))';
const CHECK_FOR_SOMEONE = compileAhead(new RegExp(
  `\\b(?:do|does|pass|take|handle|complete|verify|attend)\\b(?: \\S+){0,2}? (?:the |your |a |his |her )?${CHECK}s? ` +
    '(?:for (?:you|him|her|them)|on (?:your|his|her|their) behalf|in (?:your|his|her|their) place)\\b' +
    `|\\b${CHECK}\\b[^.!?\\n]{0,60}?\\b(?:can|will|could)(?: \\S+)? do it for (?:you|him|her|them)\\b` +
    "|\\bverify (?:the |your )?id for (?:you|him|her|them)\\b" +
    "|\\binterviews? (?:under (?:our|my|his|her|their|the|a) (?:\\S+ )?\\S+'s name|on behalf of (?:our|my|the|your|their) (?:candidates?|clients?|developers?))\\b" +
    // "For the identity video call, my colleague will sit in for me", "if you want a video interview, my friend will join in my place".
    `|\\b${CHECK}s?\\b[^.!?\\n]{0,80}?\\b(?:sit|sits|join|joins|do|does|take|takes|attend|attends|appear|appears|show up)(?: in)? ` +
    '(?:for me|in my place|instead of me|on my behalf)\\b',
  'g',
));
/**
 * The password of a person's own identity account, given or asked: "here's my Google account password", "my Apple ID and password",
 * "your Facebook login and password", "my bank login is in the sheet", "the user code and password of your Millennium account".
 */
const PERSONAL = '(?:home |online )?(?:bank(?:ing)?|apple id|icloud|google account|gmail|facebook|microsoft account|paypal)';
const PERSONAL_SECRET = compileAhead(new RegExp(
  `\\b(?:my|your|ur) ${PERSONAL}(?: account)? (?:login|log-in|password|pw|pass|credentials|sign-?in|access)(?: (?:and|&) (?:password|pw))?\\b` +
    `|\\b(?:my|your|ur) ${PERSONAL} and (?:its |the )?(?:password|pw)\\b` +
    `|\\b(?:password|pw|login|credentials) (?:of|for|to) (?:my|your|ur) ${PERSONAL}(?: \\S+)? account\\b`,
  'g',
));
/** "He has his own Upwork account": each person on their own account. */
const EACH_OWN = /\b(?:his|her|their|my|your|our) own (?:upwork |client |freelancer |agency )*(?:account|profile|login)\b|\b(?:i|we) (?:have|use) (?:my|our) own\b/;
/**
 * Round 127: several people behind one freelancer, told by one of them: "my cousin and I run this one profile together", "we are 3
 * translators on this one profile", "this profile is run by me and my co-founder", "me and my partner are one 'Thaís' on here"
 * (an agency profile, the account Upwork gives a team, is not read).
 */
const MANY = '(?:\\d+|two|three|four|five|six|seven|several|many|multiple)';
const ONE_PROFILE = '(?:this|one|the same|a single)(?: one| same| single)? (?:upwork |freelancer )?(?:profile|account|login|id)\\b';
const TOGETHER_ON_ONE = compileAhead(new RegExp(
  `\\b(?:(?:my|our) (?:\\S+ ){0,2}?\\S+ and (?:i|me)|(?:me|i) and my (?:\\S+ ){0,2}?\\S+|we(?: are|'re) ${MANY} \\S+)\\b[^.!?\\n]{0,30}?\\b` +
    `(?:run|runs|share|manage|operate|use|work (?:on|from|under|through)|are (?:all )?on|on|behind) ${ONE_PROFILE}` +
    `|\\b(?<!agency )(?:profile|freelancer account)\\b[^.!?\\n]{0,40}?\\b(?:is|it is|it's) (?:actually |really |also |mostly |jointly )?` +
    `(?:run|managed|handled|operated|shared|used) by (?:me and|${MANY}|(?:my|our) (?!own\\b|clients?\\b)\\S+)` +
    `|\\b(?:we|(?:me|i) and my (?:\\S+ )?\\S+|\\S+ and (?:i|me)) (?:are|appear as|act as|pose as|work as) (?:one|a single|the same) (?:\\S+ )?` +
    '(?:on (?:here|upwork|this (?:profile|account))|person|freelancer)\\b',
  'g',
));
/** "our senior writer also replies from this profile", "whoever is free will reply you from this profile": someone else on the one profile. */
const REPLIES_FROM_ONE = compileAhead(new RegExp(
  '\\b(?:repl(?:y|ies)|answers?|responds?|bids?|chats?|writes?|logs? ?in)(?: (?:to )?(?:you|u))? (?:from|on|through|via|under|with) ' +
    `(?:this|the same|one|that)(?: same)? (?:upwork |freelancer )?(?:profile|account|login|id)\\b`,
  'g',
));
/**
 * Round 33: a live secret written out. A password's name (in the rules' languages) and, a few words on, a value that looks like a
 * password: letters and at least two digits, or letters, a digit and a symbol ("user bloomandbakkie, password Protea!2024", "pass
 * Om@Shanti108", "my Etsy login: kelsey.marchetti / Junip3r!2026", "mat khau moi la khoa@qn2026", "sifre: Otel2026!"). Whatever the
 * account, a password pasted into a message hands the account over. Not a value quoted or assigned in code, not a hash or cipher's
 * name ("migrate password hashes to argon2id"), not an example of a weak one ("passwords like Summer2024 are the first guessed").
 */
const SECRET_NAME = '(?:passwords?|passwd|passcode|senha|contrasena|mot de passe|passwort|kennwort|wachtwoord|haslo|sifre|parol[ae]?|пароль|' +
  'kata sandi|mat khau|パスワード|密码|비밀번호)';
/** Short names, also words of their own ("pass it on", "la clave del proyecto"): only right before the value. */
const SECRET_SHORT = '(?:pass|pw|pwd|mdp|clave|sandi)';
const VALUE = '[^\\s,;\'"`<>()\\[\\]{}/|]{5,29}[^\\s,;\'"`<>()\\[\\]{}/|.!?]';
const AFTER_VALUE = '(?=[\\s.,;!?)]|$)';
const SECRET_WRITTEN = compileAhead(new RegExp(
  `\\b${SECRET_NAME}(?:'s)?(?:[^.!?\\n]{0,30}?(?:[:=]|\\s))\\s*${VALUE}${AFTER_VALUE}` +
    `|\\b${SECRET_SHORT}(?:\\s*[:=]\\s*|\\s+(?:is\\s+)?)${VALUE}${AFTER_VALUE}` +
    `|\\b(?:login|log-?in|credentials|creds|user(?: ?name)?|usuario|utilisateur|benutzer)(?:\\s*[:=]?\\s*|[^.!?\\n]{0,100}?:\\s*)[^\\s/]{2,40} ?/ ?${VALUE}${AFTER_VALUE}`,
  'g',
));
/**
 * Round 33: the reader's password asked for, whatever the system ("share with me your App Store Connect password", "Send me the username
 * and password of your LMS", "give me username and password"): every tool the work needs has staff, collaborator or partner access.
 * The verb bare (an order, or "I'll give"), not "he gives me the password only after..." told. Not a file's or a link's password (a
 * PDF, a reel), not a reset link, not a password feature, not access "without sharing passwords".
 */
const ASK_PASSWORD = compileAhead(new RegExp(
  '\\b(?:send|give|share|pass|text|dm|email|e-mail|forward|tell|drop|whatsapp) (?:(?:it |them )?(?:with |to )?(?:me|us)\\b|over\\b)' +
    '[^.!?\\n]{0,40}?\\b(?:p[a@4]s+w[o0]rds?|pwd?|passcode)\\b(?! (?:reset|protected|manager|policy|hash|field|form|input|strength|rules?)\\b)',
  'g',
));
/** A password's shape: three letters or more, and two digits, or a digit and a symbol. */
const SECRET_SHAPE = (value: string) => (value.match(/\p{L}/gu)?.length ?? 0) >= 3 &&
  ((value.match(/\d/g)?.length ?? 0) >= 2 || (/\d/.test(value) && /[!@#$%^&*?_.+-]/.test(value)));
/** What a value is when it is no one's password: an address, a cipher or hash, a placeholder. */
const NOT_A_SECRET = /@[a-z0-9-]+\.[a-z]|:\/\/|^www\.|^(?:argon2\w*|sha-?\d+|md5|base64|pbkdf2|bcrypt\w*|utf-?8\w*|aes-?\d+|[hr]s\d+|x509|1password)$|^\d+-(?:digit|char\w*|person)|x{3}|\*{3}|^\$/;
/** A value in code or configuration: `password: 'x'`, DB_PASSWORD=..., a YAML or .env block. */
const IN_CODE = /[`{};]|\b(?:const|let|var|def|env|config|ya?ml|json)\b|_p[a@]ss/;
/** A login made to be handed out: a staging, test, demo or sandbox account ("my staging login: user demo, pass demo123"). */
const TEST_ACCOUNT = /\b(?:staging|test|testing|tester|demo|sandbox|qa|dummy|trial)\b/;
/** A feature being built ("add a settings screen where the owner can give us their password for the import"), not an ask. */
const BUILD_VERB = /\b(?:add|build|implement|create|design|develop|make)\b/;
const FEATURE_NOUN = /\b(?:screens?|pages?|forms?|fields?|features?|flows?|settings|modals?|wizards?|endpoints?|api|steps?|inputs?)\b/;
/** Said of passwords in general: an example, a rule, a hash. */
const SECRET_TALK = /\b(?:like|such as|e\.?g|example|weak|strong|common|guess\w*|policy|rules?|format|pattern|hash\w*|stored?|reset|length|characters?|placeholder|dummy|fake|sample)\b/;

/** The writer, the reader or an order to the reader in the words before: their own account ("I'm the only one who ever answers on this profile"). */
const OWN_SUBJECT = /\b(?:i|i'll|i'd|i'm|we|we'll|we're|you|you'll|u|please|pls|kindly)\b(?: \S+){0,6}\s*$/;
/**
 * An account's recovery address or phone handed to someone else: "add me as the recovery email on your Upwork", "the recovery email on
 * my Upwork is yours now", "send me your recovery email and phone number", "add my phone to your 2FA".
 */
const RECOVERY_HANDED = compileAhead(new RegExp(
  '\\b(?:add|set|put|make|use|change|switch)\\w* (?:me|my (?:\\S+ )?(?:e-?mail|gmail|phone|number|address)) (?:\\S+ ){0,2}?as (?:the |a |your )?' +
    '(?:account )?recovery\\b[^.!?\\n]{0,20}?\\b(?:on|for|to|of|in) (?:your|ur|his|her|their)\\b' +
    '|\\brecovery (?:e-?mail|phone|number|address|contact)s?\\b[^.!?\\n]{0,40}?\\b(?:is|are) (?:now )?(?:yours|his|hers|theirs)\\b' +
    '|\\b(?:send|give|share|tell|forward)\\w* (?:me|us) (?:\\S+ ){0,2}?(?:your|ur|his|her|their) (?:account )?recovery (?:e-?mail|phone|number|codes?|address)' +
    '|\\badd (?:my|our) (?:phone|number|e-?mail|device)(?: number)? to (?:your|ur|his|her|their) (?:upwork )?(?:2fa|two[- ]factor|authenticator)\\b',
  'g',
));
/**
 * Someone else in the writer's interview or check: "I will attend it in your name", "my friend will join the interview call in my place",
 * "could you take my Upwork video interview", "pass the identity check for our client's account", "the verification call for my wife's account".
 */
const A_CALL = '(?:(?:upwork |video |verification |identity |id |skills? |technical |interview )*(?:interview|call|check|verification|test)s?|it)';
const IN_SOMEONES_PLACE = compileAhead(new RegExp(
  `\\b(?:attend|join|take|do|pass|handle|sit|give)\\w* (?:the |my |your |his |her |this |that )?${A_CALL} ` +
    '(?:in (?:my|your|his|her|their) (?:place|name|stead)|instead of (?:me|you|him|her))\\b' +
    '|\\b(?:take|do|pass|attend|sit) (?:my|his|her) (?:upwork )?(?:video interview|video call|verification call|identity check|id check|' +
    'identity verification|id verification|video verification|interview call)s?\\b' +
    '|\\b(?:pass|do|complete|take|handle)\\w* (?:the |an? )?(?:identity|id|video|kyc|face) (?:check|verification|call)s? for ' +
    "(?:(?:our|my|your|his|her|their|a|an|the) \\S+'s|someone else's|another person's|his|her|their) (?:upwork )?(?:account|profile)\\b" +
    "|\\b(?:verification|identity|id|video|selfie) (?:call|check|interview)s? for (?:my|our|his|her|their) (?:\\S+ )?\\S+'s (?:upwork )?(?:account|profile)\\b" +
    // "Faraz will do the Upwork video interview as Bilal": the interview taken under another's name (not "as planned", "as a team").
    '|\\b(?:do|take|attend|join|sit)\\w* (?:the |my |your |this )?(?:upwork )?(?:video |verification |identity )(?:interview|call|check)s? as ' +
    '(?!(?:a|an|the|soon|well|planned|usual|scheduled|discussed|agreed|before|needed|requested|promised|mentioned|long|always|normal|we|i|you)\\b)[a-z]+\\b',
  'g',
));
/** The check or the interview named around the match: "it" is the video call, not any meeting. */
const A_CHECK_AROUND = /\b(?:video|interview|verification|verify|identity|id check|selfie|kyc|camera)\b/;
/**
 * An account in another person's name that the writer works on: "my Upwork profile is under my tita's name", "account is in his name
 * actually", "this account belongs to my senior, I work under it", "it's your account on paper", "give the account to your junior".
 */
const IN_ANOTHERS_NAME = compileAhead(new RegExp(
  '\\b(?<!(?:bank|paypal|payoneer|wise|stripe|card|business|company) )(?:profile|account)s? (?:is |are )?(?:actually |still |officially )?' +
    "(?:under|in|registered (?:in|to|under)) (?:(?:my|his|her|our) (?:\\S+ )?(?!(?:company|agency|business|firm|employer|client|team|llc|studio|shop|store)'s)\\S+'s|" +
    "his|her|their|someone else's|another person's|a different) name\\b" +
    '|\\b(?:profile|account) (?:actually )?belongs to (?:my|our) (?!(?:company|agency|employer|client|business|team|firm)\\b)\\S+' +
    '(?=[^.!?\\n]{0,40}\\b(?:i|we) (?:\\S+ )?(?:work|use|run|bid|apply)\\b)' +
    "|\\b(?:your|his|her|their|(?:my|our) \\S+'s) (?:upwork |freelancer )?(?:account|profile) on paper\\b" +
    '|\\b(?:account|profile) (?:is )?(?:yours|his|hers|theirs) on paper\\b' +
    // "open the account with my details and you run it": the writer's identity lent for an account someone else runs.
    '|\\b(?:open|create|make|register|set up)\\w* (?:the|an|a new|a|your) (?:upwork |freelancer )?(?:account|profile) (?:with|using|under|on) my ' +
    '(?:details|id|passport|name|documents?|identity)\\b' +
    '(?=[^.!?\\n]{0,30}\\b(?:you|he|she|they) (?:can |will |just )?(?:run|use|work (?:on|from|under)|operate|manage) (?:it|the account|the profile)\\b)' +
    '|\\b(?:give|hand|pass|lend|leave)\\w* (?:over )?(?:the|your|my) (?:upwork |freelancer )?(?:account|profile|login) to (?:your|my|his|her|a|some) ' +
    '(?!(?:new )?(?:owner|client|company)\\b)\\S+',
  'g',
));
/**
 * A relative's account worked on while the writer's own is down: "My cousin's profile still has good reviews, so I'll keep my clients
 * there until Upwork reactivates mine" (not a client's or an employer's account).
 */
const WHILE_MINE_IS_DOWN = compileAhead(new RegExp(
  "\\b(?:my|our) (?:\\S+ ){0,2}?(?!(?:client|customer|company|employer|boss|agency|team|business)'s)[a-z-]+'s (?:upwork |freelancer )?(?:account|profile)\\b" +
    '[^.!?\\n]{0,120}?\\b(?:until|till|while|since|because|as) (?:(?:upwork|they) (?:reactivat|restor|unlock|unban|reinstat)\\w* (?:mine|my (?:own )?(?:account|profile))' +
    '|(?:mine|my (?:own )?(?:account|profile)) (?:is |was |gets |got |has been )?(?:back|reactivat\\w*|restor\\w*|unlock\\w*|unban\\w*|reinstat\\w*|suspend\\w*|banned|' +
    'closed|locked|on hold|under review))',
  'g',
));
/** "our bidder connects to that computer and uses your Upwork from there", "our devs do all messages under your login". */
const ON_YOUR_UPWORK = compileAhead(new RegExp(
  '\\b(?:use|uses|using|used|run|runs|running|operate|operates|operating) (?:your|ur) upwork\\b(?! (?:login|log-?in|credentials|password|account|profile|app|jobs?|search|feed|fees?|messages?|' +
    'messenger|chat|tracker|desktop|mobile|filters?|dashboard|profile link|reports?|help|support|guide|experience|skills?)\\b)' +
    '|\\b(?:do|does|doing|handle|handles|send|sends|write|writes|reply|replies|deliver\\w*|messages?|bids?)\\b[^.!?\\n]{0,40}? under ' +
    '(?:your|his|her|their) (?:upwork )?(?:login|credentials|log-?in)\\b',
  'g',
));
/** "If you don't mind working under his profile": not minding is no refusal. */
const DONT_MIND = /\b(?:do ?n[o']?t|does ?n[o']?t|would ?n[o']?t|wo ?n[o']?t) mind\b/g;
/** How far around a match the refusal and stance checks read (negatedBefore reads 100 characters, standsAgainst its clause). */
const STANCE_REACH = 600;
/**
 * The text as the refusal and stance checks read it, with the offset it starts at: "don't mind" masked (`minded`, the whole text
 * masked once per check), and for the round-127 frames ("plain") the clause before a colon too ("so there's no confusion later: my
 * profile is under my aunt's name" is not refused by "no"). Where neither applies, the text itself; otherwise a window of
 * STANCE_REACH around the match, so that a long text with many matches is not copied once per match.
 */
function stanceView(text: string, minded: string, start: number, end: number, plain: boolean): [view: string, offset: number] {
  const near = Math.max(0, start - 62);
  const at = plain ? text.slice(near, start).lastIndexOf(': ') : -1;
  const masksClause = at !== -1 && near + at > start - 60;
  if (minded === text && !masksClause) return [text, 0];
  const from = Math.max(0, start - STANCE_REACH);
  let view = minded.slice(from, Math.min(text.length, end + STANCE_REACH));
  if (masksClause) {
    const colon = near + at;
    const lead = view.slice(0, colon - from);
    const cut = Math.max(0, lead.lastIndexOf('\n'), ...['. ', '! ', '? '].map((p) => lead.lastIndexOf(p)));
    view = lead.slice(0, cut) + lead.slice(cut).replace(/[^\s]/g, 'x') + view.slice(colon - from);
  }
  return [view, from];
}
/**
 * A practice named in quotes as an ad or an offer, told as a warning: "'hesap kiralama' teklifleri genelde dolandırıcılık",
 * "Facebook pe 'ID rent pe lein' ka ad chala raha hai".
 */
const QUOTED_OFFER = new RegExp(
  '^[^\'"»”’\\n]{0,60}[\'"»”’]\\s*(?:ka |ki |ke |wala |wali )?' +
    '(?:ads?|adverts?|offers?|posts?|listings?|scams?|teklif\\S*|ilan\\S*|iklan\\S*|anuncios?|ofertas?|annonces?|offres?)\\b',
);
function quotedOffer(text: string, start: number, end: number): boolean {
  return /['"«“‘][^'"«»“”‘’\n]*$/.test(text.slice(Math.max(0, start - 40), start)) && QUOTED_OFFER.test(text.slice(start, Math.min(text.length, end + 40)));
}
type MessageId = 'credentials' | 'login' | 'use' | 'rent' | 'identity';

const SECRET =
  oneOf([
      '(?:gmail|email|upwork|google|facebook|fb|insta|apple id|icloud) pass\\b',
      '(?:e-?mail|gmail|user ?name|login(?: e-?mail)?) (?:and|&) p[a@4]s+w[o0]rd',
      'login(?: details| info| credentials)?', 'log-?in(?: details)?', 'p[a@4]s+w[o0]rd', 'passcode',
      'pass ?word', 'sign[- ]?in(?: details| info| credentials| data)',
      '(?:user ?)?id (?:and |& |\\+ |/ )?pass(?:word)?', 'user (?:and |& |\\+ |/ )pass(?:word)?', 'pwd', 'pw', 'credentials', 'creds', 'user ?name (?:and|&) password', '2fa(?: code)?',
      'two[- ]factor(?: code)?', 'otp', '(?:one|1)[- ]time (?:code|password|pin)', 'verification code',
      'security code', 'sms code', 'auth(?:entication)? code', 'recovery codes?', 'backup codes?',
      'security (?:question|answer)s?', 'session (?:cookie|token)s?', 'cookies', 'account details',
      'account access', 'the code',
    ]);
/**
 * Batch 131: the reader told to secure their own login, not to hand it over: "Please enable the 2FA plugin when you first log in",
 * "kindly turn on two-factor for your user". Not when the secret then comes back to the writer ("please reset the password and send it to me").
 */
const SECURING = /^(?:please|pls|kindly)\b[^.!?\n]{0,12}?\b(?:enable|turn on|switch on|activate|set up|setup)\b/;
const SECURED = (match: string, sentence: string) => SECURING.test(match) && !HANDS_BACK.test(sentence.replace(/\bwhen you (?:first )?log ?in\b/g, ' '));
/** After a password: the file it opens ("for the zip file", "to the PDF you uploaded", "of this rar archive"). */
const FILE_PASSWORD = new RegExp(
  '^ (?:for|to|of|on) (?:the |this |that |these |those |your |my |a )?(?:[\\w-]+ ){0,2}?' +
    '(?:zip|rar|7z|pdf|archive|file|folder|document|doc|docx|attachment|spreadsheet|excel|xlsx|sheet|workbook)s?\\b(?! (?:login|log-in|account|portal|sign))',
);
/** "send me your password", "what are your credentials", "pw + otp pls", "share the code you got". */
const ASK_SECRET = compileAhead(new RegExp(
  [
      '\\b' +
        oneOf([
          'send', 'share', 'give', 'lend', 'loan', 'provide', 'tell', 'forward', 'text', 'dm', 'drop', 'need', 'needs', 'want',
          'what(?:\'s| is| are)', 'whats', 'gimme', 'hand (?:me|over)', 'i\'?ll need', '(?:can|could|may) i (?:get|have)', 'could you (?:send|share|give)',
          'please', 'pls', 'kindly', 'type', 'read (?:me|out)', 'here(?:\'s| is| are)', 'take', 'grab',
          // "Reply to this message with the email address and password you use to sign in": a phisher's request.
          'reply(?: to (?:this|my) (?:message|e-?mail))? with',
        ]) +
        '\\b[^.!?\\n]{0,30}?\\b(?:your|ur|yr|the|my|his|her|their|our|client|client\'?s)\\b ' +
        // "your Apollo or ZoomInfo login": one or two tools named before the secret.
        `(?:upwork |client |freelancer )?(?:account )?(?:[a-z]+ ){0,2}(?:(?:or|and|&|/) ?[a-z]+ )?(?:(?:e-?mail(?: address)?|user ?name|login|id) ?(?:\\+|and|&|/) ?)?${SECRET}\\b`,
      '\\b(?:pw|pwd|password|login|otp|2fa|creds)\\b[^.!?\\n]{0,12}?\\b' +
        '(?:pls|please|plz|asap|now|quick|quickly)\\b',
      '\\b(?:password|pwd|pass)\\b ?[:=] ?\\S{4,}',
      // Offered with the object first: "Username and password I send in next message", "login details in a separate email".
      '\\b(?:e-?mail|user ?name|login|id) ?(?:and|&|\\+|/) ?p[a@4]s+w[o0]rd\\b[^.!?,;\\n]{0,20}?\\b(?:i|i\'ll|we\'ll|will) ' +
        '(?:send|share|give|dm|text|forward|pass)\\b',
      '\\b(?:p[a@4]s+w[o0]rd|login(?: details| info)?|credentials|creds)\\b(?! (?:bug|page|screen|flow|form|issue|problem|error|button))' +
        '[^.!?,;\\n]{0,30}?\\b(?:in|by|via) (?:the |a |my )?(?:next|separate|another|following|private) (?:message|msg|e-?mail|dm|chat)\\b',
    ].join('|'),
  'g',
));
/** "I'll log into your account", "log in to my Upwork client account", "reply to your customers as you". */
/** Other languages: "desde mi cuenta", "usa a minha conta", "pinjam akun", "account mo", "password de do", "login i parol'". */
const OTHER_LANGUAGES = compileAhead(new RegExp(
  [
    '\\b(?:desde|con|usa|usar|usando|uso|pinjam|pakai|pahiram|gamit|hiram)\\b[^.!?\\n]{0,15}?\\b' +
      '(?:mi |a minha |minha |tu |su |sua )?(?:cuenta|conta|akun|account mo|akkaunt\\w*)\\b',
    '\\b(?:password|parol\'?|contrase[ñn]a|senha|kata sandi)\\b[^.!?\\n]{0,12}?\\b' +
      '(?:de do|dedo|dayte|dayte mne|manda|passa|kirim|kasih|bhej)\\b',
    '\\b(?:dayte|day|skin\'te|kirim|kasih|manda|passa)\\b[^.!?\\n]{0,12}?\\b' +
      '(?:login i parol\'?|parol\'?|password|contrase[ñn]a|senha)\\b',
    '\\bapna upwork ka (?:password|login)\\b',
    // Chinese: "账号可以借登录一下吗" (can I borrow the account to log in), "租号", "密码发我".
    '(?:借|租|出租|出借|卖|买|收)(?:个|一下|你的|我的|用)?(?:账号|帐号)|(?:借|租|卖|买|收)号|' +
      '(?:账号|帐号)(?:可以|能|能不能|可不可以)?(?:借|租|出租|给我用)|' +
      '(?:密码|验证码)(?:发|给)(?:我|一下)',
  ].join('|'),
  'g',
));
const LOGIN = compileAhead(new RegExp(
  [
    '\\b' +
      oneOf([
        'logs? (?:in|into|on)', 'signs? (?:in|into)', 'log(?:ged|ging)? ?in', 'sign(?:ed|ing)? ?in', 'reply',
        'respond', 'post', 'comment', 'act', 'pose', 'chat', 'go straight into',
        // "I'll talk as you", "he can answer as me on the call".
        'talk', 'speak', 'answer', 'show up', 'appear', 'sit in',
      ]) +
      '\\b[^.!?\\n]{0,40}?\\bas (?:you|me|him|her|them|the client|the owner)\\b' +
      '(?! ' +
        oneOf([
          'soon', 'well', 'much', 'long', 'possible', 'quickly', 'fast', 'needed', 'requested', 'discussed',
          'agreed', 'usual', 'before', 'planned', 'described', 'mentioned', 'promised', 'shown', 'follows',
          'prefer', 'wish', 'like', 'want', 'need', 'said', 'say', 'suggest', 'see fit', 'can', 'do', 'did', 'go', 'know',
          'a ',
        ]) +
        ')',
    '\\b(?:log|sign|logging|signing|logged|signed)(?: ?in| ?on)(?:to| to| into| on)? ' +
      '(?:your|ur|yr|my|his|her|their|the client\'?s?|a client\'?s?|our) ' +
      '(?:upwork |freelancer |agency |client |own )*(?:account|profile)\\b',
    '\\b(?:log|sign)(?: ?in| ?on) as (?:you|me|him|her|them)\\b',
    // "I'll log in on your side via TeamViewer", "log in every morning with my credentials", "I log in with his email".
    '\\b(?:log|sign)\\S* ?in (?:on|from) (?:your|ur) (?:side|end|computer|pc|laptop|machine|device)\\b',
    '\\b(?:log|sign)s? ?in (?:\\S+ ){0,3}(?:with|using) (?:my|his|her|their|the owner.?s|the client.?s) (?:upwork )?(?:credentials|login|password|e-?mail)\\b',
    // "I'll just hop into your Upwork account and hire them".
    '\\b(?:hop|jump|get|pop)(?:ping)? (?:in|into|onto) (?:your|his|her|their) upwork\\b',
    // "edit access to my Upwork email": an address to share a file with, not the account.
    '\\baccess to (?:your|my|his|her|their) upwork\\b(?! e-?mail)',
    '\\b(?:log|sign|logged|signed|logging|signing)(?: ?in| ?on)(?:to| to| into)? (?:your|ur|yr|my|his|her|their) upwork\\b',
    '\\b(?:log|logs|logged|sign|signs)(?: ?in| ?on)(?:to| to| into)? (?:your|my|his|her|their) ' +
      '(?:client |upwork |freelancer )+account\\b',
    // Not "your company's Upwork account": the team account a client adds people to.
    '\\b(?:my|your|his|her|their) (?!(?:\\S+ )?(?:company|agency|business|team|organi[sz]ation|firm|employer)\'s)[a-z\' ]{0,25}\'s upwork (?:login|account|profile|password)\\b',
  ].join('|'),
  'g',
));
/** "use your account", "under my profile", "from your account", "manages my Upwork account", "lend you my account". */
const USE = compileAhead(new RegExp(
  [
    '\\bunder my (?:name|photo|profile|account|identity)(?: and (?:name|photo|profile))?\\b',
    '\\bout of (?:this|my|one|the same) (?:one )?(?:profile|account)\\b',
    '\\b' +
      oneOf([
        'friend', 'brother', 'sister', 'cousin', 'someone else', 'somebody else', 'my wife', 'my husband',
        'colleague', 'partner',
      ]) +
      '\\b[^.!?\\n]{0,15}?\\b(?:did|does|took|passed|completed|do|take)\\b[^.!?\\n]{0,10}?\\b' +
      '(?:the |my )?(?:id|identity|verification|kyc|video|selfie) ?' +
      '(?:check|verification|call|step)?\\b',
    '\\b(?:verification )?selfie (?:isn\'?t|is not|wasn\'?t|was not) (?:actually )?me\\b',
    '\\b' +
      oneOf([
        'use', 'using', 'under', 'from', 'through', 'via', 'manage', 'manages', 'managing', 'handle',
        'handles', 'run', 'runs', 'operate', 'operates', 'control', 'take over', 'share', 'sharing', 'borrow',
        'lend', 'lending', 'give you', 'access', 'work (?:from|on|through)',
      ]) +
      // "working through an agency profile", "on our agency account": the account Upwork gives a team, each member on it as themselves.
      '\\b[^.!?\\n]{0,25}?\\b(?:(?:my|your|ur|yr|his|her|their|the client\'?s?) |(?:our|an?) (?!agency (?:account|profile)\\b))' +
      oneOf([
        'upwork ', 'freelancer ', 'verified ', 'us ', 'top rated ', 'agency ', 'client ', 'old ', 'existing ',
        'spare ', 'second ', 'personal ',
      ]) +
      '*(?:account|acc|acct|profile|identity)\\b',
    '\\b' +
      oneOf([
        'friends?', 'brother', 'sister', 'team ?mates?', 'partners?', 'colleagues?', 'people', 'others',
        'cousins?', 'wife', 'husband',
      ]) +
      '\\b (?:also |will |can |all |too )*' +
      '(?:work|works|log in|logs in|use|uses|access|share|reply|replies) ' +
      '(?:from|on|through|with|in)? ?(?:it|my (?:account|profile)|this (?:account|profile))\\b',
    '\\b(?:rent|lend|sell|give|loan) (?:me|us) (?:yours|your (?:account|profile))\\b',
    '\\b(?:create|open|make|register)\\b[^.!?\\n]{0,15}?\\b(?:account|acc|acct|profile)s? ' +
      '(?:with|using|under|in) (?:your|ur|his|her|their) ' +
      '(?:id|name|identity|details|documents?|passport)\\b',
    '\\b(?:he|she|they|my friend|el|ella) (?:accepts?|acepta|takes?|gets?) (?:the |el )?' +
      '(?:contract|contrato|job)\\b[^.!?\\n]{0,30}?\\b(?:i do|yo hago|i\'ll do)\\b',
  ].join('|'),
  'g',
));
/** "three Upwork accounts", "create a second freelancer account for me", "a verified freelancer account". */
const MULTIPLE = compileAhead(new RegExp(
  [
    '\\b' +
      oneOf([
        '[2-9]', 'two', 'three', 'four', 'several', 'multiple', 'many', 'extra', 'second', 'another', 'new',
        'other', 'spare', 'verified', 'aged', 'ready', 'fresh',
      ]) +
      ' (?:upwork |freelancer |client |agency |us )+(?:accounts?|profiles?)\\b',
    '\\b(?:rent|rents|renting|rented|rental|buy|buys|buying|bought|sell|sells|selling|sold|purchase|lease|leased|lend|lending|lent)' +
      '\\b[^.!?\\n]{0,20}?\\b(?:accounts?|profiles?|accs?|accts?)\\b',
    // "Wanna sell your Upwork?", "anyone renting out their upwork?", "lend me your Upwork for a while".
    '\\b(?:rent|renting|sell|selling|buy|buying|lend|lending|loan)(?: out)? (?:me |us )?(?:your|ur|yr|their|his|her|my) upwork\\b' +
      '(?! (?:account|profile|acc|jobs?|projects?|contracts?|clients?|work|gigs?|proposals?|connects|fees?|skills?)\\b)',
    '\\b(?:accounts?|profiles?) (?:for (?:rent|sale)|rental|in stock)\\b',
    // Round 127: "acquire established freelancer profiles", "3 verified IDs of my cousins", "a fresh one under a Romanian name".
    '\\b(?:acquir|purchas|buy)\\w* (?:\\S+ ){1,2}(?:upwork|freelancer) (?:accounts?|profiles?)\\b',
    '\\b(?:[2-9]|two|three|four|five|several|multiple|many) (?:verified |upwork |freelancer |us )+ids\\b',
    "\\b(?:one|account|profile) (?:\\S+ ){0,2}?under (?:a|an|another|someone else's|a different|a fake) (?:\\S+ )?name\\b",
  ].join('|'),
  'g',
));
/** "complete the ID verification for me using your passport", "verify with your ID". */
const IDENTITY = compileAhead(new RegExp(
  [
    '\\b(?:(?:text|send|give|tell|share|forward|read) (?:me |us )?(?:the )?)' +
      '?code\\b[^.!?\\n]{0,20}?\\b(?:upwork|they|it|we) (?:sends?|sent|texts?|texted|emails?)\\b',
    '\\bverify (?:my|his|her|their|the) (?:upwork )?(?:identity|account|id|profile)' +
      '\\b[^.!?\\n]{0,30}?\\b(?:with|using) (?:your|ur) ' +
      '(?:face|id|passport|documents?|selfie|photo|details|name|phone)\\b',
    '\\b(?:photo|picture|pic|scan|copy|image|selfie|video)s? (?:of )?(?:your|ur) ' +
      '(?:government |national |valid )?' +
      oneOf([
        'id', 'passport', 'driver\'?s licen[cs]e', 'id card', 'debit card', 'credit card', 'bank card', 'ssn',
        'social security',
      ]) +
      '\\b',
    '\\b(?:your|ur) (?:id card|passport|bank card|debit card|credit card|driver\'?s licen[cs]e) ' +
      '(?:photo|picture|scan|copy|image)s?\\b',
    '\\bselfie (?:holding|with) (?:the|your|it)\\b',
    '\\b(?:photo|picture|copy|scan) of (?:the )?(?:debit|credit|bank) card\\b',
    '\\bphoto of your (?:government )?id\\b',
    '\\b(?:via|using|through|with) (?:anydesk|teamviewer|remote desktop)\\b',
    '\\b(?:id|identity|kyc|phone|video) verification\\b[^.!?\\n]{0,30}?\\b' +
      '(?:for me|for us|on my behalf|with your|using your)\\b',
    '\\b(?:using|with|use) your ' +
      '(?:passport|id card|id|documents?|identity|face|selfie|ssn|driver\'?s licen[cs]e|details)' +
      '\\b[^.!?\\n]{0,20}?\\b(?:verif\\w*|account|sign ?up|register|kyc)\\b',
    '\\b(?:anydesk|any ?desk|teamviewer|team ?viewer|remote desktop|rdp)\\b[^.!?;\\n]{0,80}?\\bupwork\\b',
    '\\b(?:anydesk|teamviewer|remote desktop|chrome remote desktop|rdp)\\b[^.!?\\n]{0,40}?\\b' +
      '(?:your (?:computer|pc|laptop|machine|account|upwork)|work from)\\b',
  ].join('|'),
  'g',
));

/** The sentence is about Upwork accounts or identity, not about the project's own systems. */
const UPWORK_CONTEXT = new RegExp(
  '\\b' +
    oneOf([
      'cuenta', 'verificada', 'contrato', 'hours', 'log hours', 'tracker', 'exams?', 'available 24',
      '24 hours', 'work from it', 'yours', 'upwork', 'profile', 'freelancer', 'client account', 'bid', 'bids',
      'bidding', 'apply', 'proposals?', 'connects', 'jss', 'top rated', 'work history', 'verified',
      'verification', 'photo', 'identity', 'jobs?', 'suspended', 'banned', 'hire', 'hiring', 'milestones?',
      'friend', 'brother', 'sister', 'cousin', 'partner', 'colleague', 'someone', 'somebody', 'for me',
      'on my behalf', 'reply', 'replies', 'chats?',
      // A cut of the money: "we split", "paying weekly".
      'earnings', 'split', 'monthly', 'weekly', 'per month', 'accs?',
    ]) +
    '\\b',
);
/** Credentials for the project's own systems are ordinary work; building login features is engineering. */
const OTHER_SYSTEM = new RegExp(
  '\\b' +
    oneOf([
      'wordpress', 'wp', 'cpanel', 'hosting', 'server', 'ssh', 'ftp', 'sftp', 'database', 'db', 'admin',
      'dashboard', 'shopify', 'wix', 'squarespace', 'webflow', 'aws', 'azure', 'gcp', 'firebase', 'github',
      'gitlab', 'google ads', 'ads account', 'analytics', 'facebook ads', 'meta business', 'stripe',
      'mailchimp', 'hubspot', 'crm', 'site', 'website', 'store', 'app store', 'play console', 'domain',
      'godaddy', 'namecheap', 'cloudflare', 'figma', 'canva', 'vps', 'staging', 'test account',
      'demo account', 'demo', 'sandbox', 'api key', 'twilio', 'okta', 'sso', 'oauth',
    ]) +
    '\\b',
);
const TECH = new RegExp(
  '\\b' +
    oneOf([
      'implement\\w*', 'build', 'built', 'add(?:ed)?', 'create', 'develop\\w*', 'integrat\\w*', 'reset',
      'feature', 'flow', 'page', 'screen', 'form', 'field', 'input', 'system', 'module',
      'auth(?:entication)?', 'oauth', 'sso', 'jwt', 'encrypt\\w*', 'hash\\w*', 'bcrypt', 'validation',
      'endpoint', 'returns?', 'checkbox', 'section', 'terms', 'license', 'users\'?', 'stored?', 'secrets?',
      'rotate',
    ]) +
    '\\b',
);

export default defineRule<MessageId>({
  ...facts('account-sharing'),
  description: 'Account sharing and identity: asking for or giving logins, passwords and one-time codes, using someone else\'s Upwork account, multiple or rented accounts, verification by proxy.',
  fixLabel: 'Remove this sentence',
  fixScope: 'sentence',
  messages: {
    credentials: 
      'This shares or asks for login details or a one-time code. Nobody else may use your Upwork ' +
        'account, and you may not use theirs: ask to be added to the team with the right ' +
        'permissions instead.',
    login: 'This is about logging into someone else\'s account. Upwork forbids logging into a client\'s account on their behalf; they can add you to their team instead.',
    use: 'This is about using another person\'s account or letting someone use yours. Every Upwork account must be used only by its verified owner.',
    rent: 'Extra, rented, bought or sold accounts break Upwork\'s rule of one verified account per person, and get every account involved suspended.',
    identity: 'This asks someone to stand in for another person\'s identity or computer. Verification and account access must be done by the account owner alone.',
  },
  *check({ text }) {
    const hits: Hit<MessageId>[] = [];
    let covered: Set<number> | undefined;
    const minded = text.replace(DONT_MIND, (w) => 'x'.repeat(w.length));
    // "plain": a round-127 frame, which a contract ("after you hire me") or a clause before a colon does not clear; "written": a value
    // written out (round 33), which a "please don't" after it does not take back.
    const scan = (pattern: RegExp | readonly RegExp[] | Pairing, messageId: MessageId, accept: (sentence: string, context: string, match: string, start: number) => boolean, frameOnly = false,
      plain = false, written = false) => {
      for (const m of matches(pattern, text)) {
        const start = m.index;
        const end = start + m[0].length;
        const sentence = sentenceAt(text, start).text;
        // Context may sit in the sentence before: "My Upwork account was closed. Can I use yours?"
        const context = `${sentenceBefore(text, start).text} ${sentence}`;
        // "There's no need to share your password or give me the owner login, please don't." ("Please don't be confused if..." is no refusal.)
        const [view, offset] = stanceView(text, minded, start, end, plain);
        const [from, to] = [start - offset, end - offset];
        // A value written out is handed over whatever follows it ("password Protea!2024, please don't lock me out").
        const refused = negatedBefore(view, from, 12) ||
          (!written && /^\W{0,4}(?:please )?don'?t\b(?! (?:be|worry|hesitate|mind|feel|get)\b)/.test(text.slice(end, end + 20)));
        const own = OWN.test(m[0]) || OWN_AFTER.test(text.slice(end, end + 24));
        if (!accept(sentence, context, m[0], start) || refused || isDisclaimed(view, from, to) || standsAgainst(view, from, to, !plain) || own) continue;
        if (OWN_BEFORE.test(before(text, start, 20)) || (YOU_AND_YOURS.test(context) && !WRITER.test(context))) continue;
        if (QUOTED_VALUE.test(m[0]) && CODE_AROUND.test(neighbourhood(text, start)) && !UPWORK_CONTEXT.test(context)) continue;
        // "fix the login bug", "the login page": a feature being worked on, not someone's credentials.
        if (/^\s*(?:bug|page|screen|flow|form|issue|error|button|modal|api|endpoint|redirect|timeout|test|reset|field|input|setting|menu|tab)s?\b/.test(text.slice(end, end + 12))) continue;
        // "send me the password for the zip file", "what's the password to the PDF?": a file's password opens the work, no account.
        if (/p[a@4]s+w[o0]rd$/.test(m[0]) && FILE_PASSWORD.test(text.slice(end, end + 48)) && !/\bupwork\b/.test(context)) continue;
        // "I sent him my profile link", "examples of my work on my Upwork profile": one's own profile, shown.
        if (/\b(?:my|our) (?:upwork )?profile$/.test(m[0]) && (/^\s*(?:link|url|page)\b/.test(text.slice(end, end + 8)) || OWN_PROFILE_SHOWN.test(sentence))) continue;
        // "share your Upwork profile link with our hiring partner": the public page, not the account.
        if (/\b(?:your|ur) (?:upwork )?profile$/.test(m[0]) && /^\s*(?:link|url)\b/.test(text.slice(end, end + 8))) continue;
        // "Printer job number from your account with them": an account at another company.
        if (/\baccount$/.test(m[0]) && /^ with them\b/.test(text.slice(end, end + 10))) continue;
        if (YOU_ASKED.test(before(text, start, 120)) || NAMED_PRACTICE.test(before(text, start, 20))) continue;
        if (OTHERS_DO.test(before(text, start, 160))) continue;
        if (quotedOffer(text, start, end)) continue;
        // "2: Allowing others to use your account...", "- Sharing login details": a list of practices, each named by a gerund.
        if (practiceItem(text, start)) continue;
        // A secret named first and passed on later ("The password I'll give you in a separate message") may open a PDF named just before.
        const later = /^(?:e-?mail|user ?name|login|id|p[a@4]s+w[o0]rd|credentials|creds)\b[^]*\b(?:send|share|give|dm|text|forward|pass|message|msg|e-?mail|chat)$/.test(m[0]);
        if (later ? SHARED_FILE.test(context) && !/\bupwork (?:login|password|account|credentials)\b/.test(context)
          : /[:=]/.test(m[0]) && SHARED_FILE.test(sentence) && !/\bupwork\b/.test(sentence)) continue;
        if (frameOnly && (covered ??= sentencesWith(text, hits)).has(sentenceAt(text, start).start)) continue;
        hits.push({ start, end, messageId });
        covered?.add(sentenceAt(text, start).start);
      }
    };
    // Credentials for the project's own systems (hosting, WordPress) are ordinary work.
    // "two freelancer profiles, one for Shopify and one for WordPress", "il profilo che sta vedendo": a freelancer's profile, whatever the trade.
    const project = (context: string) => !/\bupwork\b/.test(context) && !FREELANCER_PROFILE.test(context) && OTHER_SYSTEM.test(context);
    // Asking for someone's password is never needed: tools have staff, collaborator and partner access.
    const password = (match: string) => /p[a@4]s+w[o0]rd|\bpwd\b|\bpw\b|passcode/.test(match);
    // "Send me your Canva login and I'll design directly in your personal account": a person's own account, whatever the tool.
    const personal = (context: string) => /\byour (?:own )?personal (?:account|login|profile|e-?mail|gmail)\b/.test(context);
    scan(ASK_SECRET, 'credentials', (sentence, context, match) => !SECURED(match, sentence) &&
      (password(match) || !project(context) || /\bpass\b/.test(match) || personal(context)) &&
      (/\bupwork\b/.test(context) || !TECH.test(sentence) || /\b(?:your|ur) (?:p[a@4]s+w[o0]rd|otp|2fa|login|credentials)\b/.test(match) || HANDED_OVER.test(match) ||
        THEIR_CODE.test(sentence)));
    yield;
    scan(LOGIN, 'login', (_s, context, match, start) => {
      const lead = before(text, start, 40);
      if (project(context) || (OWNER_LOGS_IN.test(match) && OWNER_BEFORE.test(lead) && !WRITER_BEFORE.test(lead))) return false;
      // A help page's steps: "Log in to your Upwork account and go to Settings", the reader told to open their own account, unless
      // the step hands something back to the writer ("...and send me the code you get").
      if (OWNER_LOGS_IN.test(match) && STEP_START.test(lead) && !HANDS_BACK.test(text.slice(start, sentenceAt(text, start).end))) return false;
      if (SELF_LOGS_IN.test(match) && SELF_BEFORE.test(lead)) return false;
      // A past log-in by a stranger, or one the victim locked out: a break-in reported.
      return !(/^(?:logged|signed)\b/.test(match) && ((INTRUDER_BEFORE.test(lead) && !OUR_PEOPLE.test(lead)) || BREAK_IN.test(neighbourhood(text, start))));
    });
    yield;
    scan(USE, 'use', (_s, context, match, start) =>
      !project(context) && (UPWORK_CONTEXT.test(context) || hasRemote(context) || GIVE_ACCESS.test(before(text, start, 20))) &&
      !ownerActs(before(text, start, 80), match) && !AGENCY_RUN.test(match) &&
      !OWNER_KEEPS.test(before(text, start, 30)) && !(/\b(?:his|her|their)\b/.test(match) && THIRD_PAST.test(before(text, start, 80))));
    yield;
    scan(MULTIPLE, 'rent', (sentence, context) =>
      !project(context) && (UPWORK_CONTEXT.test(context) || PERSON_DEAL.test(sentence)) && !/\bterms\b/.test(sentence));
    yield;
    // "I can show you the bug via TeamViewer": a remote session is a problem only about an account or someone's computer.
    scan(IDENTITY, 'identity', (_s, context, match) => !/^(?:via|using|through|with) /.test(match) || hasAccount(context) || UPWORK_CONTEXT.test(context));
    yield;
    // Frames over the lexicon, in every language, where the patterns above found nothing.
    scan(STAND_IN_ANY, 'identity', () => true, true);
    yield;
    // "your customers stop sharing one login", "users are sharing one account ... I can build seat-based invites": the problem a feature solves.
    scan(USE_ANY, 'use', (sentence, context, match, start) => (THIRD_PARTY.test(match) || !project(context)) && !ownerActs(before(text, start, 80), match) &&
      !(/^shar/.test(match) && /\b(?:users|customers|members|employees|staff|clients)\b/.test(sentence) && TECH.test(context)), true);
    yield;
    // "only your manager's Google account can connect": the account that may open the remote session, an access rule set up as IT work.
    scan(REMOTE_ACCOUNT, 'identity', (_s, context, match, start) => hasAccount(context) && !project(context) &&
      !/^\s*(?:can|may|is allowed to|are allowed to) (?:connect|access|sign in|log in|open)\b/.test(text.slice(start + match.length, start + match.length + 30)), true);
    yield;
    scan(AFTER_BAN, 'use', () => true, true);
    yield;
    // "I got a message saying 'This is Upwork Support, verify through this link'": a phishing message told, not sent.
    scan(VERIFY_BY_LINK, 'credentials', (_s, _c, _m, start) => {
      const lead = text.slice(Math.max(0, start - 300), start);
      const staff = STAFF_VOICE.exec(lead);
      return staff !== null && !TOLD_BEFORE.test(lead.slice(Math.max(0, staff.index - 60), staff.index));
    }, true);
    yield;
    scan(DEAL_ANY, 'use', (_s, context, match) => (hasAccount(context) || UPWORK_NAMED.test(context) || (SECRET_NAMED.test(match) && GIVE_VERB.test(match))) && !project(context), true);
    yield;
    scan(CODE_IN_ACCOUNT, 'credentials', (_s, context) => !project(context), true);
    scan(CHECK_SAT_BY_PROXY, 'identity', () => true, true);
    scan(ANOTHERS_ANY, 'use', (_s, context) => !project(context), true);
    yield;
    scan(RELATIVE_ID_ANY, 'identity', (_s, context) => (hasAccount(context) || UPWORK_CONTEXT.test(context)) && !project(context), true);
    yield;
    // "my nephew will reply from my account", "inloggen op mijn Upwork": someone at work on another's account (not a project system's).
    scan(HANDED_ANY, 'use', (_s, context) => !project(context.replace(/\bclient(?:'s)? (?:site|office)\b/g, ' ')), true);
    yield;
    // "Asking people to pass ID verification for you is fraud": the practice named, nobody asked.
    const practice = /\b(?:asking|getting|having|paying|letting) (?:people|someone|others|freelancers|strangers|a friend) to $/;
    scan(CHECK_FOR_SOMEONE, 'identity', (_s, _c, _m, start) => !practice.test(before(text, start, 50)), true);
    yield;
    // Round 127: several people on one profile, recovery addresses handed over, a stand-in on the call, someone else's name on the account.
    scan(TOGETHER_ON_ONE, 'use', (_s, context) => !project(context), true, true);
    yield;
    // "I'm the only one who ever answers on this profile": the writer alone, said.
    scan(REPLIES_FROM_ONE, 'use', (sentence, context, _m, start) => !project(context) && !OWN_SUBJECT.test(before(text, start, 60)) &&
      !/\b(?:the only one|only (?:i|me)|nobody else|no one else|no-one else)\b/.test(sentence), true, true);
    yield;
    scan(RECOVERY_HANDED, 'credentials', (_s, context) => !project(context), true, true);
    yield;
    scan(IN_SOMEONES_PLACE, 'identity', (_s, context) => A_CHECK_AROUND.test(context), true, true);
    yield;
    scan([IN_ANOTHERS_NAME, WHILE_MINE_IS_DOWN], 'use', (_s, context) => (UPWORK_CONTEXT.test(context) || hasAccount(context)) && !project(context), true, true);
    yield;
    // "Use your Upwork to send the offer": an order to the owner, opening its sentence.
    scan(ON_YOUR_UPWORK, 'use', (_s, context, _m, start) => !project(context) && !OWN_SUBJECT.test(before(text, start, 60)) && !STEP_START.test(before(text, start, 40)),
      true, true);
    yield;
    // Round 33: "password Protea!2024", a value pasted, not a value in code ("DB_PASSWORD=..." or `password: 'x'`) or talk about passwords.
    scan(SECRET_WRITTEN, 'credentials', (sentence, context, match, start) => {
      const value = /(\S+)$/.exec(match)![1]!;
      const gap = match.slice(0, match.length - value.length);
      const assigned = /=\s*$/.test(gap) || /^\w+_/.test(text.slice(Math.max(0, start - 12), start).split(/\s/).pop() ?? '');
      return SECRET_SHAPE(value) && !NOT_A_SECRET.test(value) && !SECRET_TALK.test(gap) && !IN_CODE.test(sentence) && !assigned &&
        !TEST_ACCOUNT.test(context);
    }, true, false, true);
    yield;
    scan(ASK_PASSWORD, 'credentials', (sentence, _c, match) => !SHARED_FILE.test(sentence) && !/\b(?:reset|new|temporary|one-time|without)\b/.test(match) &&
      !(BUILD_VERB.test(sentence) && FEATURE_NOUN.test(sentence)) &&
      !/\b(?:wi-?fi|zip|pdf|rar|file|folder|link|video|vimeo|document|doc|sheet)\b/.test(match), true);
    yield;
    // "I'd rather you keep your Facebook password to yourself": the secret kept.
    scan(PERSONAL_SECRET, 'credentials', (_s, _c, _m, start) => !/\bkeep(?:ing)? $/.test(before(text, start, 12)), true);
    yield;
    scan(OTHER_ON_ACCOUNT, 'use', (_s, context, _m, start) => {
      const around = `${context} ${text.slice(start, Math.min(text.length, sentenceAt(text, start).end + 160))}`;
      // "My nephew was earlier managing my Upwork but now I am doing it myself": over.
      const over = /\b(?:was|were|used to)\b[^.!?\n]{0,60}\bbut (?:now|since|from now)\b/.test(around);
      return (hasAccount(around) || UPWORK_CONTEXT.test(around)) && !project(around) && !EACH_OWN.test(around) && !over;
    }, true);
    yield;
    // Someone's account by relation, in an Upwork context ("applying", "profile", "offer", "suspended").
    scan(THROUGH_THEIRS, 'use', (_s, context) => (UPWORK_CONTEXT.test(context) || /\b(?:offer|contract|appl\w*|banned|suspended|closed)\b/.test(context)) &&
      !project(context) && !EACH_OWN.test(context), true);
    yield;
    // "Mi hanno proposto di comprare un account ... l'ho segnalato al supporto": an offer received and reported.
    scan(ITALIAN_POLISH, 'use', (_s, context) => !project(context) && !/\b(?:segnalat\S*|segnalo|denunciat\S*|zglosil\S*|zglosze|mi ha(?:nno)? propost\S*)/.test(context), true);
    yield;
    // "una empresa con cuenta Enterprise": "con" right before "cuenta" says what the company has, not whose account is used.
    // "usa a conta de agência do próprio Upwork ... cada um com seu login": the agency account Upwork gives a team, each on their own login.
    // Batch 131: "nanti saya login pakai akun saya sendiri", "uso mi propia cuenta": each on their own account.
    scan(OTHER_LANGUAGES, 'use', (sentence, _c, match, start) => !BUILDING.test(sentence) && !/^con (?:cuenta|conta)\b/.test(match) &&
      !OWN_AFTER.test(text.slice(start + match.length, start + match.length + 24)) && !/\b(?:propi[ao]|propri[ao])\b/.test(match) &&
      !(/^\s*(?:de|da|do) (?:agencia|equipe|equipo|empresa)\b/.test(text.slice(start + match.length, start + match.length + 20)) ||
        /\bcada (?:um|uno) com? (?:o )?(?:seu|su) (?:proprio )?(?:login|acesso|acceso|usuario)\b/.test(sentence)));
    return hits;
  },
});
