import { defineRule, type Hit } from '../detector/rule';
import { isPolicyTalk, matches, negatedBefore, neighbourhood, paragraphBefore, reportedBefore, sentenceAt, sentenceBefore, sentences, sentencesWith } from '../detector/text';
import { tester, within } from '../detector/frame';
import * as feedbackWords from '../detector/lexicon/feedback';
import { oneOf } from '../detector/pattern';
import { except, union } from '../detector/lexicon/word-class';
import { compileAhead } from '../detector/compile-first';
import { facts } from './catalog';

/** Work held until the review, in any language: "the files after you leave the review", "файлы после отзыва". */
const WORK_AFTER_REVIEW = within(feedbackWords.DELIVERABLE, feedbackWords.AFTER_REVIEW, 60);
/** A top rating traded for free work or money: "close it with a 10/10 and I'll add X for free". */
const GOOD_FOR_FREE = within(feedbackWords.GOOD_REVIEW, feedbackWords.REFUND_OR_FREE, 80);
const hasCondition = tester(feedbackWords.CONDITION);
/** English orders are read by the demand patterns below, with their own spans. */
const asksReview = tester(except(feedbackWords.REVIEW_ASK, 'en'));
/** "5 stars and i push it tonight", "tag v1.0.0 goes public after the 5-star lands". */
const STARS_THEN_WORK = within(feedbackWords.GOOD_REVIEW, feedbackWords.DELIVER_VERB, 40);
const WORK_WAITS = new RegExp(
  '\\b(?:and|then|after|once|when|until|before|not before|only|otherwise|or else|togda|depois|despues|dann|ensuite|phir|tapos|lalu|sonra|' +
    // Hindi and Urdu "only then" after the reader's verb ("5 star doge tabhi file bhejunga", "doge to hi"), not a story's "tabhi maine".
    '(?<=(?:oge|ogi|enge|do|dein|dijiye) )(?:tabhi|tab hi|toh? hi)|' +
    'sonst|sinon|si no|senao|warna|varna|yoksa|' +
    // "as soon as" and "when", "if" or "until" in other languages: "apenas me dejes", "quand t'auras laissé", "sobald Sie", "dile" (bn),
    // "ta t3tini" (Darija), "kung ma-rate-an" (Cebuano, Tagalog), "verdiğiniz an" (tr).
    'apenas|cuando|assim que|quando|quand|lorsque|sobald|wenn|dile|korle|ta|hta|7ta|kung|pag|nek|kalau|setelah|\\S+d[iu]g[iu]n(?:[iu]z)? an)\\b|' +
    'тогда|потом|після|после|тоді|иначе|інакше|як тільки|как только|' +
    // Chinese (no word edges) and Vietnamese: "我就把源码发您", "5 sao là em gửi", "sau khi anh đánh giá".
    '就|再|才|然后|之后|之後|否则|不然|\\b(?:thi|la em|moi|sau khi|roi)\\b|' +
    // Japanese "...てくれたら送ります", "...してから", "...まで渡せません" and Swahili "ukishaacha feedback", "kisha", "halafu", "baada ya".
    '(?:くれ|もらえ|いただけ|頂け|つけ|書い)たら|(?:くれ|もらえ|いただけ|頂け)ないと|てから|までは|' +
    // Round twenty-five: Polish "then", "only then", "otherwise", "if not" ("jak nie dasz 5 gwiazdek, to nie wyślę"); Korean conditions
    // in 반말 and 존댓말 ("안 써주면", "주시면"), decomposed as the view has them.
    '\\b(?:wtedy|dopiero|potem|inaczej|jak nie|jesli nie|jezeli nie)\\b|' +
    // Amharic "if you do not give me ..." in the verb's prefix ("ካልሰጠኸኝ"), Georgian "if", "after" ("თუ", "მერე").
    'ካል[\\u1200-\\u137f]{2,8}|(?<![\\u10d0-\\u10ff])(?:თუ|მერე|შემდეგ)(?![\\u10d0-\\u10ff])|' +
    ['주면', '주시면', '안 하면', '않으면', '아니면'].join('|').normalize('NFKD') + '|' +
    '\\b(?:kisha|halafu|baada ya|ukisha\\S*|ukini\\S*|mpaka uni\\S*)\\b|' +
    // Round twenty-six: Armenian "then", "if" ("հետո", "heto", "ete"), Finglish "age" (if), Uzbek "keyin" and the reader's conditional ("qo'ysangiz"), Kazakh,
    // Kyrgyz, Tajik and Mongolian "after", "if" ("кейін", "-саңыз", "кийин", "-соңуз", "баъд", "агар", "дараа", "бол").
    '(?<![\\u0531-\\u0587])(?:հետո|եթե)(?![\\u0531-\\u0587])|\\b(?:heto|ete|keyin|age|\\S+(?:sangiz|sang))\\b|' +
    '(?<![\\u0400-\\u052f])(?:кейин|кейін|кийин|соң|баъд|агар|дараа|бол|' +
    'нанависед|надиҳед|нагузоред|\\S+(?:сангиз|саңыз|сеңіз|соңуз|сөңүз))(?![\\u0400-\\u052f])|' +
    // Thai (no word edges, read folded: แล้ว is แลว, ก่อน กอน, ถ้าไม่ ถาไม) "แล้วผมจะส่ง", Persian "بعدش", "اگر",
    // Hebrew "ואז", "אם לא", Bulgarian "след като", "ако не", Czech "a pak", "až", "pokud", Finglish "badesh".
    'แลว|กอน|หลงจาก|ถาไม|بعدش|بعد از|وگرنه|اگر|اگه|' +
    // Round twenty-six: Persian "if you don't give", "until" ("ندید", "تا ۵ ستاره ندید").
    'ندي(?:د|ن)?(?![\\u0600-\\u06ff])|(?<![\\u0600-\\u06ff])تا(?![\\u0600-\\u06ff])|ואז|אחרי ש|אחרת|אם לא|' +
    'след като|тогава|щом|ако не|\\b(?:pak|potom|jakmile|jinak|az|pokud|kdyz|dokud|jestli|badesh|vagarna|agar)\\b|' +
    // Round twenty-six: Croatian, Serbian and Bosnian "if you don't", "otherwise", "only when", "as soon as", "then", in both alphabets.
    // Slovenian "če ne", "šele ko", "sicer"; Slovak "ak ne", "až keď", "inak"; Albanian "nëse nuk", "vetëm pasi", "përndryshe".
    '\\b(?:ce (?:mi |nam )?ne|sele ko|sicer|ak (?:mi |nam )?ne\\S{0,8}|az ked|inak|nese nuk|vetem pasi|perndryshe|pastaj)\\b|' +
    '\\b(?:ako (?:mi |nam )?ne|inace|tek kad|tek onda|cim|onda)\\b|' +
    // Round twenty-seven (t46): Swedish, Norwegian and Danish "if you don't", "otherwise", "only when", "then you get / I send" (så, typed
    // "sa", "saa"); Finnish "if you don't", "otherwise", "only when", "then" (niin); Icelandic "if you ... not", "otherwise" (þ read as th).
    '\\b(?:om (?:du|ni) inte|annars|först när|forst nar|hvis (?:du|dere|i) ikke|ellers|først når|forst nar|' +
    '(?:sa|saa) (?:far du|skickar jag|lamnar jag|levererar jag|sender jeg|leverer jeg|far dere)|' +
    'jos et|jos ette|muuten|vasta kun|niin (?:saat|lahetan|toimitan)|ef thu|annars|og thu faerd|tha faerdu)\\b|' +
    // Round twenty-seven: Lithuanian "if you don't", "then", "otherwise", "or"; Latvian and Estonian the same ("ja ne", "tad", "citādi", "kui ei", "siis", "muidu").
    '\\b(?:jei(?:gu)? (?:man )?ne\\S{1,10}|tada|kitaip|arba|tik kai|kai tik|ja (?:tu )?ne\\S{1,10}|(?<!a )tad|citadi|tiklidz|kui (?:sa )?ei|siis|muidu|niipea kui)\\b|' +
    '(?<![а-яђјљњћџ])(?:ако (?:ми |нам )?не|тек кад|тек онда|чим|онда|дури кога|инаку)(?![а-яђјљњћџ])|' +
    // Greek "και μετά", "αφού", "αλλιώς" (read without accents) and Greeklish; Hungarian "utána", "aztán", "miután", "különben", "ha nem";
    // Malayalam "എന്നിട്ട്", "ശേഷം", "(തന്നി)ല്ലെങ്കിൽ", "തന്നാൽ" (chillu with a virama, as the view has it), and in Latin letters.
    '(?<![α-ω])(?:μετα|αφου|μολις|αλλιως|αν δεν)(?![α-ω])|\\b(?:meta|afou|alliws|utana|aztan|miutan|kulonben|ha nem)\\b|' +
    '\\b(?:ennittu|shesham|sesham|kazhinju|\\S*illen[kg]il|thannal|ittal|cheythal)\\b|' +
    'എന്നിട്ട്|ശേഷം|കഴിഞ്ഞ്|ല്ലെങ്കില്|തന്നാല്|ഇട്ടാല്|ചെയ്താല്|' +
    // Hindi, Marathi and Nepali in Devanagari ("तभी", "वरना", "के बाद", "नाहीतर", "तरच", "नत्र", "पछि") and Bengali ("তবেই",
    // "নাহলে", "দিলেই"), decomposed as the view has them.
    ['तभी', 'तब', 'फिर', 'वरना', 'नहीं तो', 'के बाद', 'नाहीतर'].join('|').normalize('NFKD') + '|' +
    ['नंतर', 'तरच', 'मग', 'नत्र', 'पछि', 'अनि'].join('|').normalize('NFKD') + '|' +
    ['তবেই', 'তারপর', 'নাহলে', 'না হলে', 'পরে', 'দিলেই', 'দিলে'].join('|').normalize('NFKD') + '|' +
    // Round twenty-six: Sinhala, Gujarati, Punjabi, Kannada, Burmese and Khmer "if", "otherwise", "as soon as", "after", in their
    // scripts (decomposed, as the view has them) and in Latin letters.
    'නැත්නම්|නැත්තම්|දුන්නොත්|දැම්මොත්|' +
    'දාපු ගමන්|දුන්න ගමන්|ට පස්සේ|දෙනවා නම්|' +
    'දුන්නා නම්|તો જ|નહીં તો|નહિ તો|પછી જ|પછી|ਤਾਂ ਹੀ|' +
    'ਨਹੀਂ ਤਾਂ|ਬਾਅਦ ਹੀ|ਤੋਂ ਬਾਅਦ|تاں ای|نئیں تے|توں بعد|' +
    'ಕೊಟ್ರೆ|ಕೊಟ್ಟರೆ|ಮೇಲೆ ಮಾತ್ರ|ಇಲ್ಲದಿದ್ರೆ|' +
    'ಇಲ್ಲದಿದ್ದರೆ|ಕೊಟ್ಟ ಮೇಲೆ|ပေးမှ|ပြီးမှ|' +
    'မဟုတ်ရင်|ទើប|សិន|ក្រោយពេល|បើមិន' + '|' +
    '\\b(?:' + 'nathnam|naththam|dunnoth|dammoth|gaman|passe|to j|nahi to|pachi j|pachi|taan hi|nahi taan|baad hi|ton baad|kottre|' +
    'kottare|mele matra|illadidre|kotta mele|pay mha|sen ban' + ')\\b|' +
    // Round twenty-seven: Hausa "only when", "before", "if not" ("sai ka ba ni", "kafin in turo"), Yoruba "unless", "after", "if ... not"
    // ("àfi tí", "lẹ́yìn tí", "tí o kò bá"), Igbo "unless", "when", "if" ("ma ọ bụghị na", "mgbe", "ọ bụrụ na"), read without marks;
    // Somali "until", "after", "if you don't" ("ilaa aad", "kaddib markaad", "haddii aadan"); Malagasy "only then", "when", "if not".
    '\\b(?:sai|kafin|idan ba|in ba|afi|leyin ti|ti o ko ba|ti e ko ba|ma o bughi na|mgbe|o buru na|ilaa|kaddib|kadib|hadd?ii aadan|vao|rehefa|raha tsy)\\b',
);
/**
 * A top score asked for in the imperative, where the verb can only be an order: "5 star de dijiye", "поставьте 5 звёзд",
 * "kasih bintang 5". (Spanish "deja", French "laisse" also tell what someone does; English is read by DEMAND.)
 */
const ASKS_TOP = within(feedbackWords.GOOD_REVIEW, except(feedbackWords.REVIEW_ASK, 'en', 'es', 'pt', 'fr', 'de'), 25);
/**
 * A top score ordered in German, Romance or Slavic words: "bitte nur 5 Sterne vergeben", "alles darunter ruiniert mein Profil",
 * "cualquier cosa menos de 5", "змініть на 5", "исправьте на пятёрку" (a review named in the sentence or just before).
 */
const TOP_ORDERED = compileAhead(new RegExp(
  [
    '\\b(?:bitte|nur|unbedingt) (?:nur )?(?:5|funf|volle) sterne\\S*[^.!?\\n]{0,15}?\\b(?:vergeben|geben|bewerten|verteilen|hinterlassen)\\b',
    '\\balles (?:darunter|unter (?:5|funf) sternen?|andere)\\b[^.!?\\n]{0,20}?\\b(?:ruiniert|schadet|zerstort|killt|schadigt)',
    '\\b(?:cualquier cosa|cualquier nota|qualquer (?:coisa|nota)|tout ce qui est|toute note) ' +
      '(?:por debajo|menos|menor|abaixo|menos|en dessous|inferieure?)\\b[^.!?\\n]{0,6}?(?:5|cinco|cinq)\\b',
    "(?<![а-яіїє])(?:змін|помін|виправ|измен|поменя|исправ)\\S*" +
      " (?:\\S+ )?на (?:5|п.ять|пять|пят[её]рку|п.ят[іе]рку)(?![0-9а-яіїє])",
    // Polish and Italian: "niech Pan wystawi mi 5 gwiazdek", "mi raccomando, 5 stelle piene", "ti ho preparato io il testo della recensione".
    '\\b(?:niech (?:pan|pani)|prosze(?: pana| pania)?),? (?:\\S+ ){0,2}wystaw\\S* (?:mi )?(?:5|piec|pelne) gwiazd',
    '\\bmi raccomando[^.!?\\n]{0,12}?\\b(?:5|cinque) stelle\\b', '\\b(?:ti|le|vi) ho (?:gia )?(?:preparato|scritto) (?:io )?il testo della recensione\\b',
  ].join('|'),
  'g',
));
const PESTER_ANY = tester.patterns(feedbackWords.PESTER);
const mentionsReview = tester(feedbackWords.REVIEW);
const refundOrFree = tester(feedbackWords.REFUND_OR_FREE);
const turnedDown = tester(feedbackWords.TURNED_DOWN);
/** Reviews traded both ways, in any language: "let's swap reviews", "you rate us, we rate you", "ты мне 5 звезд, я тебе". */
const SWAPPED = tester.patterns(feedbackWords.REVIEW_SWAP);
/** A review to be changed or removed, paid for nearby: "edit the feedback, I'll return your money", "удалите отзыв, я компенсирую". */
const CHANGE_ASKED = tester.patterns(feedbackWords.CHANGE_REVIEW);
const payoff = tester(feedbackWords.REVIEW_PAYOFF);
/** A token or fake contract with a top review or "just need the feedback" nearby: "a $1 job, you close it with 5 stars". */
const FAKE_CONTRACT = tester.patterns(feedbackWords.FAKE_CONTRACT);
/** Reviews bought by the piece: "$5 per five-star review", "招刷好评", "20k/đánh giá" (not a feature that filters them out). */
const BOUGHT = tester.patterns(feedbackWords.REVIEW_BOUGHT);
const OTHERS_BUY = /\b(?:people|sellers|shops|businesses|companies|competitors|others|they|someone|some|many)(?: who| that)?(?: \w+)? $/;
/**
 * A review that is the writer's own piece of work, priced like the rest: "$110 per review (10-14 min), $15 per short", "$40 per review
 * of 800 words". Its length follows the price, or the same sentence prices another piece (a video, a short, an article) the same way.
 */
const REVIEW_LENGTH_AFTER = /^\s*(?:[(,\u2013\u2014-]\s*)?(?:of\s)?(?:about\s|around\s|up to\s)?\d+(?:\s?[-\u2013]\s?\d+)?[\s-]?(?:min(?:ute)?s?|words|pages|seconds|secs?)\b/;
const OTHER_PIECE_PRICED =
  /[$€£]\s?\d+(?:\.\d\d)?\s(?:per|for each|for every|each|a)\s(?:short|video|reel|clip|episode|article|post|blog|script|thumbnail|podcast|chapter|page)s?\b/;
const reviewAsWork = (s: string, end: number) => REVIEW_LENGTH_AFTER.test(s.slice(end, end + 30)) || OTHER_PIECE_PRICED.test(s);
const FILTERS_THEM = /\b(?:detect|filter|flag|block|remove|ban|report)\w*|识别|过滤|過濾|检测|檢測|屏蔽|举报|舉報|loc|phat hien|chan/;
const wantsReview = tester([feedbackWords.GOOD_REVIEW]);
const REVIEW_IS_THE_POINT = new RegExp(
  '\\bjust (?:need|want) (?:the |a |some )?(?:feedback|reviews?|ratings?)\\b|\\bso (?:you|u) can (?:leave|give) (?:me )?(?:a )?(?:review|feedback|rating)\\b' +
    '|\\bleave (?:me )?(?:a |some )?reviews? on my profile\\b' +
    // The fake job's only step after the hire: "hire him for a small fake job and leave review".
    '|\\b(?:and|then) (?:just )?(?:leave|give|write) (?:him |her |them |me )?(?:a |the )?(?:review|feedback|rating)\\b' +
    // Batch 119: the contracts split so the reviews add up: "Each one will close with feedback so I get 4 ratings quickly".
    '|\\bso (?:i|we) (?:can )?get (?:\\d+ |more |many |several )?(?:ratings|reviews|feedbacks)\\b',
);
/**
 * Round twenty-eight: the score and the price tied in either order by a plain "if", "then", "once" or "=" ("Full stars = I keep maintaining
 * the plugin free", "if I add the animation for free, would you give me a 5?"), besides the CONDITION class.
 */
const TIED = /=|\b(?:if|unless|once|as soon as|then|in exchange|in return)\b/;
/** A question about the score, answered by a price in the next sentence: "Want 5 stars? Then finish the rest as a goodwill gesture." */
const ANSWERED = /^\s*(?:then|if (?:yes|so)|(?:ok(?:ay)?|good),? then)\b/;
/**
 * The rating itself, not feedback on a draft or a code review: "a 5-star review", "leave feedback", "rated us five stars", "the review on the
 * contract" (not "once you review the draft", "your feedback on the colours").
 */
const RATING = new RegExp(
  '\\b(?:(?:[1-5]|five|full)[- ]?stars?|(?:leave|left|leaving|post|posted|drop|submit\\w*|mark\\w*) (?:\\S+ ){0,3}?(?:feedback|reviews?|rating)|rated (?:me|us)' +
    '|(?:a|the|your|my|that|good|great|nice|positive|glowing|perfect|client) (?:reviews?|ratings?)(?! (?:of|on) (?:the|this|my|your) (?:code|draft|design|copy|file)))\\b',
);
/**
 * The work held until the reader rates, in either order, the held thing or the review named by a pronoun: "Those will go out right after you close
 * with a 5-star rating", "I'll upload it immediately you drop the 5 star review", "Not paying the last bit until I see you've rated us",
 * "[...leave feedback;] once that's done I'll push the last commit", "[you said you'd leave the review.] The font files are waiting for you right after that".
 */
const HELD_ACT = new RegExp(
  "\\b(?:(?:i|we)(?:'ll|ll| will| won'?t| will not| can'?t| cannot| am| are)?(?: not)?(?: be able to)? " +
    '(?:send|push|upload|deliver|release|share|hand|start|record|give you|transfer|pay|unlock|publish)\\w*' +
    "|go(?:es)? out|(?:are|is) waiting for you|(?:will|'ll|won'?t|will not) be (?:released|sent|unlocked|delivered|shared|paid)|not paying|no payment)\\b",
);
const LINK = "\\b(?:once|after|until|till|til|as soon as|the moment|the minute|immediately|right after|only (?:after|when|if)|on the condition that)\\s";
/** The link, then the reader rating: "after you close with a 5-star rating", "until i see you've rated us". */
const UNTIL_RATED = compileAhead(new RegExp(`${LINK}(?:i see )?(?:you|u)\\b[^.!?\\n]{0,70}`, 'g'));
/** The link, then a pronoun for a review named before: "once that's done", "right after that", "once it's posted", "until you do". */
const UNTIL_THAT = compileAhead(new RegExp(
  `${LINK}(?:(?:that|it)(?:'s| is| has been| gets?)? (?:done|posted|in|up|left|sorted|submitted|live)\\b|that\\s*(?:[.,!?;]|$)|(?:you|u) (?:do|did)\\s*(?:[.,!?;]|$|and\\b))`,
  'g',
));
/** A top score required or priced in advance: "agrees upfront to a 5-star rating", "in return for the rating", "it needs to be five stars". */
const TOP_REQUIRED = within(feedbackWords.TOP_REQUIRED, union('TOP_OR_REVIEW', feedbackWords.GOOD_REVIEW, feedbackWords.REVIEW), 40);
/** "I can't do unpaid work in return for a better review": refused earlier in the sentence. */
const NEGATED_BEFORE = /\b(?:not|never|won'?t|can'?t|cannot|don'?t|no)\b/;
/** "It has to be 5-star quality": the work's standard, not a review. */
const STANDARD = /^[\s-]*(?:quality|service|work|experience|hotels?|level|standard)\b/;
/** The change asked names the score or the comment itself: "change the 4 to a 5", "rewrite the comment". */
const NAMES_SCORE = /\d|\bfive\b|\bcomments?\b/;
/**
 * The change asked with a threat if it is not made, in any wrapper: "Edit it by tomorrow or I'll be leaving a reply on your profile",
 * "take that review down [...] I won't keep quiet if it stays there", "Ansonsten melde ich mich bei Upwork" (not "otherwise I'll see you on the next project").
 */
const CHANGE_OR_ELSE = new RegExp(
  "\\bor (?:else\\b|(?:i|we)(?:'ll| will|'m going to| am going to| are going to)\\b)" +
    // Round twenty-eight: "... or I'm not paying the last milestone", "otherwise I will not be able to help you".
    "|\\bor (?:i|we)(?:'m| am|'re| are) not\\b|\\botherwise (?:i|we)(?:'ll| will|'m| am)? (?:not|won'?t|will not|can'?t|cannot)\\b" +
    "|\\b(?:won'?t|will not) (?:keep|stay) (?:quiet|silent)\\b|\\bif (?:it|that|the review|this) (?:stays|remains)\\b" +
    '|\\b(?:ansonsten|sonst) (?:melde|werde|schreibe) ich\\b',
);
/** Refused in the few words before ("I'm not going to ask you to change"), not a "no charge" earlier in the sentence. */
const REFUSED_JUST_BEFORE = /\b(?:not|never|won'?t|can'?t|cannot|don'?t|wouldn'?t)\b(?: \S+){0,5} ?$/;
/** Reviews the writer has had: "I have received strong feedback on...", "earned great reviews for delivering". */
const RECEIVED = /\b(?:received|earned|got|gotten|had|have|has|known for)\s(?:\S+\s)?$/;
/** The writer's own offer after the story's subject: "As a thank-you for choosing a new freelancer, I give a full refund to...". */
const OWN_OFFER = /\b(?:i|we)(?:'ll| will| can| give| offer| am offering)\b/;
/**
 * Someone else's offer, told: "a freelancer offered me 50% off if I promised five stars. I said no", "me ofrecieron un descuento
 * a cambio de buena reseña y lo rechacé", "he hires me, I hire him back, we both leave 5 stars. I'm reporting it".
 */
const toldOrTurnedDown = (text: string, start: number) =>
  (reportedBefore(text, start) && !OWN_OFFER.test(text.slice(Math.max(0, start - 80), start))) ||
  // The refusal or the report may close the story a few sentences on ("...It sounded off, so I looked it up. I reported him.").
  turnedDown(text.slice(Math.max(0, start - 300), start + 300));

/**
 * The writer's own review, already left: "I left you 5 stars and sent a $20 bonus as a tip", "nag-iwan ako ng 5 stars", "ya te
 * dejé cinco estrellas". Nothing is traded for it any more, unless the same sentence asks something back ("...so refund 10%").
 */
const GIVEN_BEFORE = new RegExp(
  "\\b(?:(?:i|we)(?:'ve| have)? (?:already |just )?(?:left|gave|given|posted|submitted)(?: (?:you|u|him|her|them))?(?: (?:a|an|my|the|full))?" +
    '|nag-?iwan (?:na )?(?:ako|kami) ng|(?:ya )?te deje(?: (?:mi|una|las))?|(?:ja )?(?:te |lhe )?deixei(?: (?:minha|uma|as))?' +
    // "Ya dejé mi calificación, cinco estrellas bien merecidas" (round 21b): "ya" says it is done; a bare "deje" also asks ("deje su reseña").
    '|ya (?:deje|puse|di)(?: (?:mi|una|las|la))?) ?$',
);
const ASKS_BACK = /\b(?:please|pls|can (?:you|u)|could (?:you|u)|send me|refund|pay me|in return|so (?:you|u) (?:can|could|will)|now (?:you|u))\b/;
function alreadyGiven(text: string, start: number): boolean {
  if (!GIVEN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  const sentence = sentenceAt(text, start);
  return !ASKS_BACK.test(text.slice(start, sentence.end));
}
/** "I won't do anything that gets your account suspended, like paying for reviews or free products for 5 stars": tactics refused, in the sentence. */
const REFUSES_TACTICS = /\b(?:i|we) (?:won'?t|will not|would never|refuse to) do anything (?:that|which)\b/;
const tacticsRefused = (text: string, start: number) => REFUSES_TACTICS.test(text.slice(sentenceAt(text, start).start, start));
/**
 * The trade refused, or any duty to rate lifted, in the words just before the score: "I will not trade a good review for extra work",
 * "please don't feel obliged to leave five stars". (A plain "don't forget to leave 5 stars" is still an ask.)
 */
const NO_TRADE_BEFORE = new RegExp(
  "\\b(?:will not|won'?t|wouldn'?t|would never|do not|don'?t|never|refuse to|not going to)\\s(?:\\S+\\s){0,2}(?:trade|buy|sell|exchange|swap|barter|pay for)\\s(?:\\S+\\s)?$|" +
    "\\b(?:do not|don'?t|never|no need to) (?:feel )?(?:obliged|obligated|pressured|forced|compelled|have) to\\s(?:\\S+\\s)?$",
);
/**
 * The offer refused a few words before the trade it names: "I'll never offer guests freebies or discounts in exchange for changing a review",
 * "we do not offer discounts or free work in exchange for reviews" (not "I won't give a discount unless you leave five stars": a condition).
 */
const NO_OFFER_BEFORE = new RegExp(
  "\\b(?:will not|won'?t|wouldn'?t|would never|do not|don'?t|does not|doesn'?t|never|refuse to|not going to)\\s(?:\\S+\\s)?" +
    '(?:offer|give|provide|promise|hand out|pay|send)\\s(?:(?!(?:unless|if|but|except|until|when|once)\\b)\\S+\\s){0,10}$',
);
const TRADED_FOR = /\b(?:in exchange|in return|for|as (?:a )?(?:thank|reward|payment))\b/;
const tradeRefused = (text: string, start: number) => {
  const from = sentenceAt(text, start).start;
  if (NO_TRADE_BEFORE.test(text.slice(Math.max(from, start - 60), start))) return true;
  const offer = NO_OFFER_BEFORE.exec(text.slice(Math.max(from, start - 100), start));
  // "I don't give anything for reviews unless it is five stars": the condition that follows is the offer.
  return offer !== null && TRADED_FOR.test(offer[0] + text.slice(start, start + 24)) && !/^(?:unless|if|except|but|until|when|once)\b/.test(text.slice(start, start + 8));
};

/**
 * The review said to change nothing: "our price is the same whether or not you leave feedback", "regardless of whether you rate us",
 * "whether you leave a review or not". Read just before the match (and, for a bare "whether", its "or not" just after).
 */
const REVIEW_INDEPENDENT = /\b(?:whether or not|regardless of whether|irrespective of whether|no matter (?:if|whether))\s(?:\S+\s){0,2}$/;
const decoupled = (text: string, start: number) => {
  const lead = text.slice(Math.max(sentenceAt(text, start).start, start - 60), start);
  return REVIEW_INDEPENDENT.test(lead) || (/\bwhether\s(?:\S+\s){0,2}$/.test(lead) && /^[^.!?\n]{0,40}?\bor not\b/.test(text.slice(start, start + 50)));
};

type MessageId = 'conditional' | 'incentive' | 'demand';

const REVIEW = oneOf([
    'reviews?', 'feedback', 'ratings?', 'st[a@4*]rs?', 'score', 'testimonials?', 'marks', 'estrellas',
    'estrelas', '[ée]toiles', 'etoiles', 'sterne', 'bintang', 'zvyozd', 'zvezd', 'zvezdy', 'taare',
    'rese[ñn]as?', 'avalia[çc][ãa]o', 'calificaci[oó]n', '[★⭐]', '\\d ?\\*',
  ]);
const TOP = oneOf([
    '[★⭐]{3,}', 'flawless', 'amazing', 'outstanding', 'a 10', '10', '5', 'five', 'cinco', 'lima', '5\\.0',
    '10/10', '100%', 'perfect', 'full', 'top', 'max(?:imum)?', 'good', 'great', 'positive', 'excellent',
    'glowing', 'best', 'high(?:est)?', 'nice', 'stellar', '5-star', '[★⭐]', '\\d ?\\*',
  ]);
const GOOD_REVIEW = `(?:${TOP}[- ]?(?:star|[★⭐*])?s?(?: (?:client |public |private )?${REVIEW})?|${REVIEW} of (?:5|10))`;

/** Work held back until a review: "I won't deliver the files until you leave feedback", "unlocks once your 5-star feedback is in". */
const HOLD = new RegExp(
  '\\b' +
    oneOf([
      'goes? out', 'go out', 'hand over', 'hold on to', 'get', 'receive', 'deliver\\w*', 'send\\w*', 'sent',
      'release\\w*', 'unlock\\w*', 'share', 'hand(?:ing)? over', 'upload\\w*', 'transfer\\w*', 'keep',
      'keeping', 'withhold\\w*', 'hold\\w*', 'finish', 'complete', 'give you', 'provide', 'download link',
      'access',
    ]) +
    '\\b',
);
const WORK = new RegExp(
  '\\b' +
    oneOf([
      'files?', 'source', 'code', 'work', 'rest', 'final', 'deliverables?', 'project', 'designs?', 'logo',
      'video', 'document', 'report', 'remaining', 'milestone', 'everything', 'high[- ]?res\\w*', 'psd',
      'figma', 'repo', 'link', 'access', 'assets', 'them', 'it', 'builds?', 'release',
    ]) +
    '\\b',
);
/**
 * Batch 131, a developer's delivery held for a score: "I'll push the final models to main once the contract shows a 5-star rating from
 * your side". Only with stars or a rating after the link: "review the PR first, then I'll push it" is a code review.
 */
const PUSH_FOR_SCORE = /\bpush(?:es|ing)?\b[^.!?\n]{0,60}?\b(?:once|after|when|until|as soon as)\b[^.!?\n]{0,40}?\b(?:stars?|ratings?|score|jss)\b/;
/** Work held until the reader acts, the review named in the sentence before: "I'm holding the build until you do". */
const HELD_UNTIL_YOU_DO = /\b(?:i'?m|i am|we'?re|we are) (?:holding|holding back|withholding|sitting on|keeping back|hanging on to)\b[^.!?\n]{0,40}?\buntil (?:you|u) (?:do|have|leave it|post it)\b/;
const UNTIL_REVIEW = compileAhead(new RegExp([
    '\\b' +
      oneOf([
        'the moment', 'the minute', 'the second', 'until', 'unless', 'till', 'once', 'after', 'when', 'as soon as', 'only if', 'if',
        'before', 'in exchange for',
      ]) +
      `\\b[^.!?\\n]{0,30}?\\b(?:${REVIEW})(?![a-z])`,
    `\\b(?:${REVIEW})\\b[^.!?\\n]{0,20}?\\b(?:first|before (?:i|we) (?:send|deliver|share|release))\\b`,
  ].join('|'), 'g'));
/** Something offered for a review: "5⭐ review = 30% discount", "refund if you leave good feedback". */
const REWARD = new RegExp(
  [
    '\\b' +
      oneOf([
        'something extra', 'on me', 'on the house', 'gratis', 'gr[aá]tis', 'sem cobrar', 'regalo',
        'te regalo', 'diskon', 'skidk\\w*', 'rabatt', 'discount\\w*', 'refund\\w*', 'money back', 'bonus',
        'free', '% off', 'percent off', 'off your', 'coupon', 'cash ?back', 'gift', 'pay you', 'reward',
        'extra (?:revision|hours?|work|week)', 'hosting', 'support', 'deal', 'half price', 'won\'?t charge',
        'not charge', 'no charge', 'without (?:billing|charging)', 'descuento', 'reembolso', 'devuelvo',
        'desconto', 'remise', 'rabatt',
      ]) +
      '\\b',
    '(?<!\\d)\\d{1,3} ?% (?:off|discount|back)',
    // "I'd give you $50 back", "I'll send you 20 back".
    '\\b(?:give|send|pay|transfer|return) (?:you )?(?:the |your )?[$€£]?\\d+\\S* back\\b',
    '[$€£]\\d+\\S* off\\b', '\\btake \\S+ off\\b',
  ].join('|'),
);
const SWAP = compileAhead(new RegExp(`\\b(?:give|leave|write)\\b (?:you )?(?:a |an )?${GOOD_REVIEW}[^.!?\\n]{0,30}?\\bif you (?:give|leave|write) (?:me )?(?:one|1|the same)\\b`, 'g'));
/** Demanding a particular score: "please give 5* feedback", "make sure to leave 5 stars", "anything less than 5 stars". */
const DEMAND = compileAhead(new RegExp(
  [
      '\\b(?:give|leave|rate|post)\\b (?:me |us )?[★⭐]{3,}',
      '\\b(?:only|just) (?:5|five)[- ]?(?:stars?|[★⭐*])',
      '\\banything less\\b[^.!?\\n]{0,20}?\\b(?:kills?|hurts?|ruins?|destroys?|suspends?|bans?|blocks?)',
      '\\b(?:don\'?t|do not|never) (?:give|leave|rate)\\b[^.!?\\n]{0,10}?\\b(?:less|lower|below|under)' +
        ' than (?:5|five|perfect)',
      // "If you give me less than 5 stars I won't be able to help with future bugs": the work held over the score.
      '\\bif you (?:plan to |want to |are going to |\'re going to )?(?:give|leave)(?: me| us)? (?:less|lower|anything less) than (?:5|five)\\b' +
        "[^.!?\\n]{0,40}?\\b(?:won'?t|will not|can'?t|cannot)(?: be able to)? (?:help|deliver|send|fix|support|upload|share|release|finish)\\b",
      // "Write this in the feedback: ...", "don't submit feedback until I tell you what to write": the review dictated.
      '\\bwrite (?:this|that|the following) in (?:the|your) (?:feedback|review)\\b', '\\b(?:until|till|before|when) i tell you what to write\\b',
      // "pls dont give 4 stars", "kindly don't spoil my profile with less than 5 star".
      '\\b(?:don\'?t|do not) (?:give|leave|rate)(?: me| us)? (?:a |an )?(?:[1-4]|one|two|three|four)[- ]?(?:stars?|[★⭐])',
      '\\b(?:don\'?t|do not) (?:spoil|ruin|hurt|damage|kill|tank) my (?:profile|jss|score|rating)\\b',
      '\\b(?:full marks|(?:5|five) stars?|perfect (?:score|rating))\\b[^.!?\\n]{0,40}?\\b' +
        '(?:leave no|don\'?t leave|do not leave|skip the|no) (?:feedback|review|rating)',
      '\\b(?:calif\\w*|avali\\w*|not(?:ez|e)-?moi|bewerte\\w*)\\b[^.!?\\n]{0,15}?' +
        '(?:5|five|cinco|cinq|f[üu]nf)\\b',
      '\\b' +
        oneOf([
          'give', 'leave', 'rate', 'post', 'put', 'write', 'mark',
          'close (?:the |this )?(?:contract|job) with', 'end (?:the |this )?contract with',
        ]) +
        `\\b (?:me |us |it )?(?:only |just |a |an |the |all )?${TOP}` +
        `(?:[- ]?(?:star|[★⭐*])s?\\b|[^.!?\\n]{0,25}?\\b${REVIEW})`,
      // Not a count of something else: "reject anything under 10 digits".
      '\\b(?:anything|something|nothing) (?:less|lower|below|under|short of)(?: than)? (?:a |an )?' +
        '(?:5|five|perfect|10|top|full)\\b(?! ?(?:digits?|characters?|chars|letters|words|items|seconds?|minutes?|mb|kb|px|%|percent)\\b)',
      '\\b(?:don\'?t|do not|please don\'?t|never) (?:leave|give|post)\\b[^.!?\\n]{0,10}?\\b(?:a |any )?' +
        '(?:bad|negative|low|poor|1|one|2|3|4|four)[- ]?(?:star )?(?:review|rating|feedback)',
      '\\bmy (?:whole |entire )?' +
        '(?:account|profile|job success(?: score)?|jss|rating|career|ranking|family|livelihood)' +
        '\\b[^.!?\\n]{0,30}?\\b(?:suffer\\w*|suspended|banned|ruined|hurt|drops?|dropping|destroyed|depends)\\b',
      `\\b${GOOD_REVIEW} (?:please|pls|plz)\\b`,
      // "I need 5 star when we close", "we want five stars on this contract" (not "we need 5-star hotels scraped").
      '\\b(?:i|we) (?:really |just |absolutely )?(?:need|want|expect|require) (?:a |the |only |nothing less than |nothing but |all )?' +
        `${TOP}[- ]?(?:star|[★⭐*])s?(?: ${REVIEW})?` +
        '(?= *(?:[.,!?]|$|(?:when|once|after|before|from you|please|pls|plz|or|on (?:this|the|my|our)|for (?:this|the|my))\\b))',
      // "the review had better reflect how generous I'm being", "Five stars and a paragraph, that's the price."
      '\\b(?:the|your|my) (?:review|feedback|rating)s? (?:had|\'d) better (?:reflect|be|say|mention)\\b',
      '\\b(?:5|five)[- ]?stars?\\b[^.!?\\n]{0,30}?\\b(?:that\'?s|that is|is|are) (?:the|my) (?:price|deal|condition|terms)\\b',
      // "I depend on your positive feedback to keep my JSS", "my income relies on clients leaving 5-star reviews".
      '\\b(?:i |we )?(?:rely|relies|depend|depends) on (?:you|your|clients?)\\b[^.!?\\n]{0,30}?\\b' +
        '(?:positive|good|great|glowing|5[- ]?star|five[- ]?star) (?:feedback|reviews?|ratings?)\\b',
      '\\b(?:i |we )?(?:rely|relies|depend|depends) on (?:you|clients?) to (?:maintain|keep|protect|save)\\b[^.!?\\n]{0,30}?\\b(?:jss|job success|score|rating)\\b',
      // Batch 119, begging with the account at stake: "I really need it to be 5.0, my JSS is on the line", "I need the 5 or I stop getting invites",
      // "please don't give less than a perfect score", "5 stars, otherwise I will be in trouble with my boss", "less than 5 stars will really hurt".
      '\\b(?:i|we) (?:really |just )?need (?:it|the (?:rating|review|score|stars?)|them) to be (?:a |an )?(?:5|five|5\\.0|perfect|full|10)\\b',
      '\\bmy (?:jss|job success(?: score)?|account|profile|rating|top rated(?: badge)?) (?:is|are) (?:on the line|at stake|at risk|in danger)\\b',
      // ...in pt, fr, de, tr, id: "minha conta está em risco", "mon profil est en jeu", "mein Profil steht auf dem Spiel", "hesabım tehlikede", "akunku bisa kena suspend".
      '\\b(?:minha conta|meu perfil|mon compte|mon profil|mein (?:konto|profil)|hesabim|profilim|akun(?:ku| saya)?)\\b[^.!?\\n]{0,20}?' +
        '\\b(?:em risco|em jogo|en jeu|en danger|auf dem spiel|in gefahr|tehlikede|bisa (?:kena )?(?:suspend|banned|blokir|diblokir))',
      '\\b(?:i|we) need (?:the |a |full )?(?:5|five|10|perfect)(?:[- ]?stars?)? or (?:i|we|my|our)\\b',
      "\\b(?:don'?t|do not|never) (?:give|leave|rate)\\b[^.!?\\n]{0,10}?\\b(?:less|lower|below|under) than (?:a |an )(?:5|five|perfect|full|10)",
      '\\b(?:5|five|full)[- ]?stars?\\b[^.!?\\n]{0,20}?\\b(?:otherwise|or else) (?:i|my|we|our)\\b[^.!?\\n]{0,30}?\\b(?:trouble|lose|fired|suspended|banned|hurt|suffer|drop|fail)',
      '\\bless than (?:5|five|perfect)(?:[- ]?stars?)? (?:will|would|is going to|can) (?:really |seriously |badly )?(?:hurt|kill|ruin|destroy|drop|sink|tank)\\b',
      // ...in Spanish, Tagalog, Hindi and Urdu: "si me das menos de 5 estrellas se me cae el JSS", "5 stars lang po please", "5 se kam mat dena".
      '\\bsi (?:me )?(?:das|da|pones|dejas|deja) menos de (?:5|cinco) estrellas[^.!?\\n]{0,30}?\\b(?:se me cae|pierdo|me quedo sin|me hunde|baja mi)\\b',
      '\\b(?:5|five|lima)[- ]?stars? lang(?: po)? (?:please|pls|po)\\b', '\\b(?:5|five|paanch) (?:star )?se kam (?:mat|na|nahi|nahin) (?:dena|dijiye|dein|do|dijiyega)\\b',
      // The private score asked for: "Please select 10 for 'likely to recommend'", "the private question about recommending me, put 10", "soal rekomendasi, pilih 10".
      '\\b(?:select|put|choose|pick|give|tick|click|pilih|kasih) (?:a |the )?(?:10|ten)\\b[^.!?\\n]{0,10}?\\b(?:for|on|in) [\'"\u2018\u201c]?(?:likely to )?recommend',
      '\\b(?:recommend\\w*|rekomendasi|recomend\\w*|recommand\\w*|empfehl\\w*|tavsiye\\w*)\\b[^.!?\\n]{0,40}?' +
        '\\b(?:select|put|choose|pick|give|tick|click|pilih|kasih|pon|ponga|marca|marque|coloca|elige|escolha|mets|mettez|choisis\\w*|gib|geben sie|wahl\\w*|ver|verin|sec\\w*) ' +
        '(?:bitte |please |por favor |pls )?(?:a |the |un |um |une |die )?(?:10|ten|diez|dez|dix|zehn)(?![0-9])',
    ].join('|'),
  'g',
));
/** A third party as the one who rates, just before the score: "he meant to", "some reviews", "customers usually". */
const THIRD_RATES =
  /\b(?:he|she|they|buyers?|customers?|reviewers?|reviews|users|people)(?: (?:meant|wanted|tried|planned|forgot) to| (?:often|sometimes|usually|always|did|would))? $/;
/** Allowed: striving for a good rating, asking for honest feedback. */
const HONEST_REVIEW = /\b(?:honest|fair|candid|frank|genuine)\s(?:feedback|review|opinion|rating)/;
// "leave a review whenever you like, good or bad": any review, not a particular one.
const HONEST = /\b(?:honest|fair|any|candid|frank|genuine)\s(?:feedback|review|opinion|rating)|\b(?:strive|aim|hope|work hard|try|trying|earn|deserve|good or bad|bad or good)\b/;

/** A sentence that names a review, a rating or the Job Success Score (compiled once, read once per sentence). */
// Batch 119: Upwork's private question ("likely to recommend") is a score too, and the public comment is the review's text.
const REVIEW_NAMED = new RegExp(
  `\\b${REVIEW}|[★⭐]|\\bjss\\b|\\bjob success|\\banything (?:under|less|below|lower)\\b|\\b(?:likely (?:\\S+ ){0,3}to recommend|private question|public comment)\\b` +
    '|\\bupwork\\b[^.!?\\n]{0,40}?\\b(?:recommend|recomend|recommand|empfehl|tavsiye|rekomendasi)',
);
/**
 * Batch 119: a fault kept out of the review, the stars asked instead: "please don't put it in the review po. just give the stars", "please don't
 * write about the late sketch in the comment, just the stars, 5" (not "please don't mention our client's name in the review").
 */
const HUSHED = /\b(?:don'?t|do not|dont)\b (?:put|write|mention|say|bring up)\b[^.!?\n]{0,40}?\bin (?:the|your) (?:public )?(?:reviews?|feedback|comment)\b/;
/**
 * Batch 119, the review's words supplied in quotes: "could you mention "fast, accurate, great communication"", "Kindly write in feedback: 'Ankit is
 * very hardworking'", "pakisulat na lang po sa public comment na "highly recommended"", "maybe something like "Rodrigo is fast..."? feel free to copy it".
 * The quote must read as praise of someone (PRAISE), not a note on a draft ("mention "which colours you prefer"") or a page's headline.
 */
const QUOTED = compileAhead(new RegExp(
  '\\b(?:mention|write|say|put|include|copy|paste|pakisulat|isulat|ilagay|tulis\\w*|likh\\w*|escrib\\w*|escrev\\w*|schreib\\w*|menciona\\w*|ecri\\w*|yaz\\w*' +
    '|something like|algo como|quelque chose comme|etwas wie)\\b[^.!?\\n]{0,40}?' +
    '(?:["\u201c\u201e\u00ab]|(?:^|[\\s:])[\'\u2018])[^"\u201d\u00bb\\n]{12,}',
  'g',
));
const PRAISE = new RegExp(
  '\\b(?:recommend\\w*|will hire|hire again|great|excellent|best|fast|quick|professional|communication|on time|before (?:the )?deadline' +
    // ...the same praise in es, pt, fr, de, tr: "recomendado", "rápido", "professionnel", "empfehlenswert", "zuverlässig", "hızlı".
    '|recomend\\w*|recommand\\w*|empfehl\\w*|rapid[oa]|rapide|schnell|profesional|profissional|professionnel\\w*|zuverlassig|puntual|pontual|excelente|hizli' +
    '|talented|patient|hardworking|reliable|amazing|accurate|creative|10/10)\\b',
);
const NOT_THE_REVIEW = /\b(?:feedback|comments?) on (?:the|my|this|your) \w+|\b(?:section|headline|heading|title|banner|page|slide)\b/;
/** Batch 119: a review asked for at the reader's leisure, nothing held: "[files delivered] if you have time, an honest review would make my day". */
const COURTESY = /^if (?:you|u) (?:have (?:a |the )?(?:time|minute|moment|chance)|get (?:a |the )?(?:chance|minute|moment)|(?:would )?like|feel like|can spare)\b/;
const RATED_SOMEONE_ELSE = /\b(?:rated?|reviewed|review) (?:them|him|her|that agency|the agency)\b/;
const STARS_INSTEAD = /\bjust (?:give (?:me )?)?(?:the |all )?(?:stars?|5|five|full stars)\b/;
/** Reviews named after the number in some languages: "bintang 5", "5 zvyozd". */
const NUMBER_AFTER = /\b(?:bintang|estrellas|estrelas|stars?|zvyozd|zvezd) ?(?:5|lima|cinco|five)\b/;
/** A top rating as a whole word: not the "five" of "Fiverr", the "full" of "fully", a "5" in "(555) 014" or an id. */
/** Product talk about an app's or a shop's reviews: "ask customers for a 5-star rating", "a review widget". */
/**
 * The review is the writer's own, on this contract: "...the compare plugin free, like a thank you for 5 star feedback at the end", "leave me",
 * "when we close". A plugin or a customer named beside it is then the work given free, not a product's reviews (round twenty-four).
 */
const WRITER_REVIEWED = new RegExp(
  '\\b(?:leave|give|write) me\\b|\\bfor me\\b|\\bmy (?:profile|review|feedback|rating)\\b|\\bat the end\\b(?! of (?!(?:the|this|our) (?:contract|project|job)))' +
    '|\\bwhen (?:we|you) close\\b|\\bclose (?:the|that|this|our) (?:\\S+ )?(?:contract|job)\\b' +
    // Batch 119: "I will make sure your rating from me is perfect" (beside a "Google Business Profile" set up as the extra work).
    '|\\b(?:rating|review|feedback|stars?) from me\\b',
);
const PRODUCT_TALK = new RegExp(
  // "Reward the reviewer with points": a review feature for a product's reviewers, not this contract's client.
  '\\b(?:users?|customers?|shoppers|buyers|reviewers|the reviewer|app store|play store|widget|popup|pop-up|plugin)\\b' +
    // Reviews on another site are the product's, not Upwork feedback: "once the review is up on Trustpilot".
    '|\\b(?:trustpilot|yelp|capterra|tripadvisor|g2|google (?:reviews?|maps|business)|etsy|judge\\.me|yotpo)\\b' +
    // "The product page shows 5-star reviews": a page that displays reviews.
    '|\\b(?:shows?|displays?|lists?|highlights?) (?:the |our |their |only )?(?:\\S+ )?(?:reviews|ratings|testimonials)\\b' +
    // A buyer's guide to rating purchases: "you can get cheap gifts from sellers, for gifts you can leave five stars".
    '|\\bfrom (?:the |a |their |your )?sellers?\\b|\\b(?:your|the|an?) (?:item|parcel|package|purchase)s?\\b',
);
/**
 * A free sample or test piece offered so the client can judge the work: "I'll write the first article for free as a test". It is no
 * reward for a review unless the review is its condition ("the test for free if you give me a nice review").
 */
const FREE_TRIAL = new RegExp(
  '\\b(?:for free|free of charge|at no cost|free) (?:as|for) an? (?:test|trial|sample)\\b|\\bfree (?:test|trial|sample)s?\\b' +
    '|\\b(?:test|trial|sample) (?:\\w+ )?(?:for free|free of charge)\\b',
  'g',
);
const REVIEW_AS_CONDITION = new RegExp(
  // "Do the test article for free and I promise you an amazing review": the free test ordered, the review promised for it.
  "\\bfor free,? and i(?:'ll| will| promise)\\b|" +
  '\\b(?:if|once|when|as long as) you (?:leave|give|post|write|rate|drop)\\b|\\bin (?:exchange|return)\\b|\\bfor an? (?:\\S+ )?(?:review|rating|feedback|stars?)\\b' +
    '|\\b(?:leave|give|post|write)\\b[^.!?\\n]{0,25}?\\b(?:review|rating|feedback|stars?)\\b[^.!?\\n]{0,10}?\\band\\b',
);
/** The sentence with any free trial taken out, unless the review is the trial's condition. */
const withoutTrial = (s: string) => (REVIEW_AS_CONDITION.test(s) ? s : s.replace(FREE_TRIAL, ' '));
/** Asking whether something is allowed: "what will happen if I...", "is it allowed to...", "can I get banned for...". */
/** A question about how feedback works on the site (the verb before its subject): "does the feedback remain private?", "will the reviews be public?". */
const HOW_FEEDBACK_WORKS = new RegExp(
  '\\b(?:does|do|is|are|will|would|can) (?:the |our |my |their |both )?(?:feedback|reviews?|ratings?) (?:still )?' +
    '(?:remain|stay|become|show|appear|be (?:visible|private|public|hidden|shown)|visible|private|public|hidden)\\b',
);
/**
 * The client's payment released after checking the work: "We will release the milestone after the review", "we approve the invoice
 * once our review is done". The review is of the work, and the money is the client's to release; no score is named.
 */
const PAYMENT_RELEASED = /\b(?:release|approve|fund|pay)\w* (?:the |your |this |that )?(?:milestone|payment|funds|final payment|invoice|escrow)s?\b/;
// A review left or written is feedback: "release the payment after you leave the review".
const SCORE_NAMED = /\b(?:stars?|ratings?|rate|feedback|score|positive|good|great|top|five|5|public|jss|leave|leaving|left|write|written|post|posted|submit\w*)\b/;
const workChecked = (sentence: string) => !SCORE_NAMED.test(sentence) && PAYMENT_RELEASED.test(sentence);
const SWAP_PROPOSED = /\b(?:let'?s|lets|we (?:can|could|should|will)|how about|why don'?t we|shall we)\b[^.!?]{0,20}$/;
/** A review feature being built: "we need the feedback system", "a review module", "we're building a marketplace for architects". */
const SYSTEM_BUILT =
  /\b(?:feedback|review|rating) (?:system|module|feature|flow|logic|component|widget)s?\b|\b(?:we'?re|we are|i'?m|i am) building (?:a|an|the) (?:\w+ )?(?:marketplace|platform|app)\b/;
const ASKS_ABOUT_RULES = new RegExp(
  '\\bwhat (?:will|would|could|might) happen if\\b|\\bwhat happens if\\b|\\bis (?:it|this|that) (?:allowed|ok|okay|against)\\b' +
    '|\\b(?:can|could|will|would) i get (?:banned|suspended|in trouble)\\b',
);
/** A review traded for money, named after it: "if you leave it", "in return", "if you change it to 5". */
const TRADED = new RegExp(
  '\\b(?:if you (?:leave|give|post|write|do) (?:it|that|one|this)|in return|in exchange)\\b' +
    '|\\bif you\\b[^.!?\\n]{0,40}?\\b(?:change|remove|delete|edit|update|raise|bump|take down|revise) (?:it|that|this|the)\\b',
);
/** A lower score as the condition, the score named just before: "5 stars please. If you give less, I won't upload the code." */
const LOWER_SCORE = new RegExp(
  [
    // "If you plan to give less than 5, tell me now": the intention named.
    "\\b(?:if|when) (?:you|u) (?:(?:plan|intend|want|decide|mean)s? to |(?:are|'re) going to |were going to )?(?:give|leave|rate|put)(?: (?:me|us|it))? (?:any(?:thing)? )?(?:less|lower)\\b",
    '\\bsi (?:me )?(?:das|pones|dejas|da|pone|deja) menos\\b', '\\bse (?:voce |vc )?(?:me )?(?:der|deixar|colocar|dar) menos\\b',
    '\\bsi (?:tu|vous) (?:me )?(?:mets|mettez|donnes|donnez|laisses|laissez) moins\\b',
    '\\b(?:wenn|falls) (?:du|sie) (?:mir )?weniger (?:gibst|geben|vergibst|vergeben)\\b',
    '(?<![а-яіїє])(?:если|якщо) (?:мне |мені )?(?:поставите|поставишь|дадите|поставиш) (?:мне |мені )?' +
      '(?:меньше|менше|ниже|нижче)',
  ].join('|'),
);
/** The work then withheld, in the same languages: "I won't upload the code", "no te entrego los archivos", "не отправлю". */
const WITHHELD = /\b(?:won'?t|will not|not|never|no|nao|ne|nicht|kein\w*)\b|(?<![а-яіїє])(?:не|ні)(?![а-яіїє])/;
const deliverable = tester(feedbackWords.DELIVERABLE);
const deliverVerb = tester(feedbackWords.DELIVER_VERB);
/** Getting reviews, not work: "get the stars", "receive good feedback". */
/** Also "keep polishing the design until you give feedback": work going on, not work held back; "so I get the chance to fix it". */
const GETS_REVIEW = new RegExp(
  '\\b(?:get|gets|getting|got|receive|received|receiving)\\b (?:the |a |any |more |good |bad |great )?(?:stars?|reviews?|ratings?|feedback)\\b' +
    '|\\bkeep(?:ing)? [a-z]+ing\\b|\\bget (?:the |a )?chance\\b',
  'g',
);
/** A review to be changed or removed: "could you edit your feedback to five stars?", "bump it to 5". */
const CHANGED_REVIEW = /\b(?:change|edit|update|raise|bump|remove|delete|take down|revise)\b[^.!?\n]{0,25}?\b(?:reviews?|feedback|ratings?|stars?)\b/;
/** The writer's own rating, described: "rated 5 stars", "with 100+ five-star reviews", "my 5-star record". */
const OWN_RECORD = /\b(?:rated|have|has|i'?ve|my|our|earned|got|average|maintain\w*)\s(?:over |all |only |consistent |\d+\+? )?$|\bwith (?:over )?\d+\+? $|\d+\+? $/;
/** The review asked for in return: "I hope you'll do the same", "return the favour". */
const RECIPROCATE = /\b(?:do the same(?: for me)?|return the favou?r|reciprocate)\b/;
/** The writer gives or changes a review first: "I'll leave you 5 stars", "I've removed my negative rating". */
const WRITER_REVIEWS = /(?:\b(?:i|we|will|have)|'ll|'ve) (?:leave|left|give|gave|removed?|changed?|updated?|edited?)\b[^.!?\n]{0,40}?\b(?:stars?|reviews?|ratings?|feedback)\b/;
/** Dictating what the review says: "write in the review that I delivered early", "I can send you the text to paste". */
const DICTATE = compileAhead(new RegExp(
  [
    '\\b(?:write|say|mention|put|state|note) (?:in|on) (?:the|your) (?:review|feedback|rating)\\b[^.!?\\n]{0,10}?\\bthat\\b',
    '\\b(?:send|give|write) you (?:the )?(?:text|wording|words|review) (?:to (?:paste|copy|post|use)|for (?:the|your) (?:review|feedback))\\b',
    '\\bexact words\\b', '\\bword for word\\b',
    '\\b(?:write|say|mention|put|state) that\\b[^.!?\\n]{0,40}?\\bin (?:the|your) (?:review|feedback)\\b',
    '\\bsend me what you (?:plan|are going|want|intend)\\w* to (?:write|say|post)\\b',
    '\\bif (?:it\'?s|it is|the (?:review|rating) is) not (?:a )?(?:5|five)[- ]?(?:stars?|[★⭐])',
    // A top score made what the reader owes: "I need you to make up for it with a 5-star public review".
    '\\b(?:i|we) need you to (?:(?!honest|whether|if\\b|deserv)\\S+ ){0,6}(?:with )?an? (?:5|five)[- ]?star (?:public |private |client )?(?:review|rating|feedback)\\b',
    // A top score asked for despite faults the writer admits: "please just give 5 even if some of the timestamps were off".
    '\\b(?:give|leave|rate)(?: me| us| it)? (?:a |the )?(?:5|five|full|perfect)(?:[- ]?stars?)? even (?:if|though)\\b',
    // The review asked for before any work: "leave me a review now even though we haven't started".
    "\\b(?:leave|give|write|post) (?:me|us) (?:a |an |the |your )?(?:\\S+ )?(?:review|feedback|rating)\\b[^.!?\\n]{0,20}?\\b(?:even though|although|though|before) " +
      "(?:we|you|i)(?: \\S+)? (?:haven'?t|have not|didn'?t|did not|even) (?:even )?(?:start|started|begun|begin|done|finished)\\b",
    // Batch 119: "feedback mein koi negative baat na likhna" (write nothing bad in the review).
    '\\b(?:review|feedback|comment) (?:mein|me|main) (?:koi |kuch )?(?:negative|buri|bura|kharab) (?:baat|cheez) (?:na|mat|nahi) likh\\w*',
  ].join('|'),
  'g',
));
/** Money or work offered for a review, good or any: "if the rating reflects how hard I worked", "clients who leave feedback get X free". */
const PAID_REVIEW = new RegExp(
  [
    // "I'll pay you $20 to delete that 2-star review", "leave a review and the next revision is on the house".
    '\\b(?:pay|give|send|refund|offer) (?:you )?[$€£]?\\d+\\S* (?:to|if you|for) (?:delete|remove|change|edit|update|take down|raise)\\b',
    '\\bleave (?:me |us )?(?:a |an )?(?:review|feedback|rating)\\b[^.!?\\n]{0,30}?\\band\\b',
    '\\bif (?:the|your) (?:review|rating|feedback|score) (?:reflects|is (?:good|great|positive|high|perfect|5)|comes? out (?:well|good))\\b',
    '\\b(?:who|if you|when you|once you) (?:leaves?|gives?|posts?|writes?) (?:a |me |us )?(?:review|feedback|rating)\\b[^.!?\\n]{0,40}?\\bgets?\\b',
    '\\b(?:hire|pay|contract|job|order)\\b[^.!?\\n]{0,30}?\\b(?:just|only|simply) (?:to|for) (?:leave|give|get|write|post)?\\s?(?:me |you )?(?:a |an |the )?' +
      '(?:review|feedback|rating|(?:5|five)[- ]?stars?)\\b',
  ].join('|'),
);
/** No review at all, asked for: "Could you end the contract without leaving any feedback?", "skip the public feedback". */
const NO_REVIEW = new RegExp(
  [
    '\\b(?:close|end|finish|complete) (?:the |this |our |my )?(?:contract|job|project) without (?:leaving |giving |any )*(?:a |any )?(?:public )?' +
      '(?:feedback|reviews?|ratings?)\\b',
    // Not a review step skipped ("skip the review round").
    '\\b(?:skip|waive) (?:the |your |leaving )?(?:public )?(?:feedback|review|rating)\\b(?! (?:step|round|stage|process|meeting|call|cycle|phase))',
    '\\b(?:leave|give) no (?:public )?(?:feedback|review|rating)\\b',
    '\\bsin dejar (?:ninguna |una )?(?:rese[ñn]a|calificaci[oó]n)\\b', '\\bsem deixar (?:nenhuma |uma )?avalia[çc][ãa]o\\b',
  ].join('|'),
);
/** ...paid for with an offer ("I can refund you $40", "I'll give you 20% off"), not a refund already made. */
const OFFERED = new RegExp(
  "\\b(?:i|we)(?:'ll|'d| will| can| could| would| am happy to| am willing to)\\b[^.!?\\n]{0,20}?\\b" +
    '(?:refund|send|give|pay|return|transfer|knock|take|offer|throw in)\\b|\\b(?:te|lhe|vos|les?) (?:devuelvo|devolvo|reembolso|dou|doy)\\b',
);
/**
 * A fake hire for a review, the money sent back: "do you know a client who could 'hire' me? I'd send the money back. I just need
 * reviews", "contrátame para algo pequeño, te devuelvo el dinero, solo necesito reseñas" (not a refund if the work disappoints).
 */
const FAKE_HIRE = new RegExp(
  [
    '(?:^|[^a-z])[\'‘"“]hired?[\'’"”]', '\\b(?:hire|book|order from) me\\b', '\\bfake (?:jobs?|contracts?|orders?|projects?)\\b',
    '\\b(?:contr[aá]ta(?:me)?|contrate-me|me contrat\\w*|mujhe hire|hire (?:saya|aku))\\b', '(?<![а-яіїє])(?:наймите|найми|найміть) мене?',
  ].join('|'),
);
/** The money itself sent back (not a discount on a real job): "I'd send the money back", "te devuelvo el dinero". */
const MONEY_BACK =
  /\b(?:send|give|pay|transfer|return)\b[^.!?\n]{0,20}?\bback\b|\brefund\w*|\b(?:devuelv|devolv|reembols)\w*|\bwapa?s\b|\bbalikin\b|(?:верн|поверн)/;
const NEEDS = /\b(?:need|needs|necesito|preciso|brauche|butuh|chahiye|zaroorat)\b|(?<![а-яіїє])(?:нужн|потрібн)/;
const ONLY_IF_UNHAPPY = /\b(?:not|aren'?t|isn'?t) (?:happy|satisfied|right)\b|\bguarantee/;
/** Ratings swapped: "I'll star it, then maybe you can star mine", "I gave your project a star. Could you star mine?", "review for review". */
const RATES_MINE = new RegExp(
  "\\b(?:you|u|please|pls|plz|and|then)(?: (?:can|could|would|will|to|also|maybe|please|just|kindly))* (?:star|rate|upvote) " +
    '(?:mine|my (?:repo(?:sitory)?|project|profile|gig|app|page|channel|listing))\\b|\\b(?:review|star|rating)s? (?:for|4) (?:a )?(?:review|star|rating)s?\\b|\\br4r\\b',
);
const WRITER_RATES = /\b(?:i|we)(?:'ll|'ve| will| have| just| already)? (?:star(?:red)?|rated|upvot(?:e|ed)|gave (?:\S+ ){0,3}an? (?:star|upvote|rating))\b/;
/** A star as the price of accepting the work: "please star this repo so that this pull request can be accepted". */
const STAR_FOR_ACCEPTANCE = new RegExp(
  '\\b(?:star|upvote)\\b (?:this|the|my|our) (?:repo(?:sitory)?|project|profile|gig|app|page)\\b[^.!?\\n]{0,20}?\\b(?:so(?: that)?|before|or|otherwise|and then)\\b' +
    '[^.!?\\n]{0,40}?\\b(?:accept\\w*|approv\\w*|merg\\w*|releas\\w*|paid|pay)\\b' +
    '|\\b(?:accept\\w*|approv\\w*|merg\\w*|releas\\w*)\\b[^.!?\\n]{0,40}?\\b(?:once|after|when|until|if|unless) you(?:\'ve| have)? (?:star|upvot)\\w* ' +
    '(?:this|the|my|our) (?:repo(?:sitory)?|project|profile|gig|app|page)\\b',
);

/** "five extra pages", "10 days": a count of something else. */
const COUNTED = oneOf([
    'extra', 'more', 'pages?', 'screens?', 'designs?', 'logos?', 'hours?', 'days?', 'weeks?', 'minutes?', 'revisions?',
    'changes?', 'concepts?', 'versions?', 'items?', 'products?', 'words?', 'dollars?', 'usd', 'eur', 'percent',
  ]);
// "some goods": merchandise, not a good review.
// "approve the milestone if it looks good": the work judged, not a review asked for.
// "I find it quite amazing that...", "it's great that...": a judgment of something, not a review.
const JUDGED = "(?<!\\b(?:looks?|looking|sounds?|seems?|feels?|find it|found it|find it quite|it'?s|it is|that'?s|that is) )";
const GOOD_REVIEW_ANY = new RegExp(`(?<![a-z0-9~/($])${JUDGED}(?!goods\\b)(?:${GOOD_REVIEW})(?![a-z0-9)%]|-\\d| (?:${COUNTED})\\b)`);

export default defineRule<MessageId>({
  ...facts('feedback-pressure'),
  description: 'Pressure for good feedback: withholding work until a review is left, offering discounts, refunds or review swaps, demanding five stars.',
  fixLabel: 'Ask for honest feedback instead',
  fixScope: 'sentence',
  fixText: "I'd really appreciate your honest feedback.",
  messages: {
    conditional: 'This makes the work depend on a review. Holding back deliverables until feedback is left is feedback abuse and can get your account put on hold.',
    incentive: 'This offers something in exchange for a good review. Buying feedback with discounts, refunds, extras or a review swap is feedback abuse.',
    demand: 'This pressures the client for a top rating. You may ask for feedback and say you strive for great work, but not demand a particular score.',
  },
  check({ text }) {
    const hits: Hit<MessageId>[] = [];
    for (const sentence of sentences(text)) {
      const s = sentence.text;
      // Read at most once per sentence: several readings below ask both.
      let honestMemo: boolean | undefined;
      const isHonest = () => (honestMemo ??= HONEST.test(s));
      let productMemo: boolean | undefined;
      const isProductTalk = () => (productMemo ??= PRODUCT_TALK.test(s));
      const namesReview = REVIEW_NAMED.test(s);
      // "...one thing when we finish: a 5-star review. If you leave it, I will give you 20% back."
      if (
        !namesReview &&
        REWARD.test(s) &&
        (TRADED.test(s) || CHANGED_REVIEW.test(neighbourhood(text, sentence.start))) &&
        !isHonest() &&
        GOOD_REVIEW_ANY.test(neighbourhood(text, sentence.start))
      ) {
        const m = REWARD.exec(s)!;
        hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, messageId: 'incentive' });
        continue;
      }
      // A condition ("if you leave...") or an order ("leave me 5 stars, ...") makes the reward a trade.
      // The sentence with its closing mark: "..., deal?" is a condition only with its question mark.
      const closed = text.slice(sentence.start, sentence.end + 1);
      if (!isHonest() && (hasCondition(closed) || asksReview(s)) && !(isProductTalk() && !WRITER_REVIEWED.test(s)) && !isPolicyTalk(text, sentence.start, sentence.end)) {
        // "the first article for free as a test ..., and if you hire me later a nice review would mean the world": a trial, not a trade.
        const trial = withoutTrial(s) !== s;
        for (const m of trial ? [] : matches(GOOD_FOR_FREE, s)) hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, messageId: 'incentive' });
      }
      // "I'll leave you 5 stars in any event. But I hope you'll do the same for me."
      const swap = RECIPROCATE.exec(s);
      const around = swap ? neighbourhood(text, sentence.start) : '';
      if (swap && !HONEST_REVIEW.test(around) && WRITER_REVIEWS.test(around)) {
        hits.push({ start: sentence.start + swap.index, end: sentence.start + swap.index + swap[0].length, messageId: 'incentive' });
        continue;
      }
      // "do you know a client who could 'hire' me? I'd send the money back. I just need reviews to survive here."
      const needs = NEEDS.exec(s);
      if (needs && mentionsReview(s.slice(needs.index)) && !isHonest()) {
        const nearby = paragraphBefore(text, sentence.start, sentence.end);
        if (FAKE_HIRE.test(nearby) && MONEY_BACK.test(nearby) && !ONLY_IF_UNHAPPY.test(nearby)) {
          hits.push({ start: sentence.start + needs.index, end: sentence.end, messageId: 'incentive' });
          continue;
        }
      }
      // "I need 5 star when we close. If you give less I will not upload the final source code."
      const lower = namesReview ? null : LOWER_SCORE.exec(s);
      // Only with the work held back: "If you give less, please tell me what to fix" asks for nothing.
      const rest = lower ? s.slice(lower.index) : '';
      const withheld = lower && ((HOLD.test(s) && WORK.test(s)) || (deliverVerb(rest) && deliverable(rest))) && WITHHELD.test(rest);
      const said = sentenceBefore(text, sentence.start).text;
      // The score named just before: a top one asked for, or any review talked about ("I cannot accept 4 stars.").
      if (withheld && !isHonest() && (GOOD_REVIEW_ANY.test(said) || mentionsReview(said))) {
        hits.push({ start: sentence.start + lower.index, end: sentence.start + lower.index + lower[0].length, messageId: 'conditional' });
        continue;
      }
      // "You still haven't left feedback. I'm holding the Android build until you do.": the review named just before.
      const heldUntil = HELD_UNTIL_YOU_DO.exec(s);
      if (heldUntil && WORK.test(s) && mentionsReview(sentenceBefore(text, sentence.start).text)) {
        hits.push({ start: sentence.start + heldUntil.index, end: sentence.start + heldUntil.index + heldUntil[0].length, messageId: 'conditional' });
        continue;
      }
      // "Show your users only 5-star reviews": product talk about an app's ratings, not a demand.
      // "What will happen if I ...?": a question about the rules, not a request.
      if (!namesReview || isPolicyTalk(text, sentence.start, sentence.end) || ASKS_ABOUT_RULES.test(s)) continue;
      // "...your users. Show them only 5-star reviews": the users named in the sentence before.
      // "...incentivizing your buyers. The coupon code will be sent after the review is written": a sentence naming no one goes with it.
      const nobody = !/\b(?:i|me|my|we|us|our|you|your|u|ur)\b/.test(s);
      if (isProductTalk() || ((/\b(?:them|their)\b/.test(s) || nobody) && PRODUCT_TALK.test(sentenceBefore(text, sentence.start).text))) continue;
      const push = (start: number, end: number, messageId: MessageId) =>
        hits.push({ start: sentence.start + start, end: sentence.start + end, messageId });
      const honest = isHonest();
      // "...before I hand over the admin access": the work waits for a score.
      const before = /\bbefore (?:i|we) (?:hand over|send|deliver|release|give you|share)\b/.exec(s);
      if (before && /\b(?:score|rating|review|feedback|stars?)\b/.test(s)) push(before.index, before.index + before[0].length, 'conditional');
      // "If you don't get the stars you hoped for": stars received, not work held back.
      // "Our reviewer found errors on 20 pages... We will release the milestone after the review": the work checked, no score named.
      if (((HOLD.test(s.replace(GETS_REVIEW, ' ')) && WORK.test(s)) || PUSH_FOR_SCORE.test(s)) && !workChecked(s)) {
        for (const m of matches(UNTIL_REVIEW, s)) if (!COURTESY.test(m[0]) && !RATED_SOMEONE_ELSE.test(m[0])) push(m.index, m.index + m[0].length, 'conditional');
      }
      if (!honest && NUMBER_AFTER.test(s) && REWARD.test(s)) {
        const m = NUMBER_AFTER.exec(s)!;
        push(m.index, m.index + m[0].length, 'incentive');
      } else if (!honest && GOOD_REVIEW_ANY.test(s) && (REWARD.test(withoutTrial(s)) || refundOrFree(withoutTrial(s)))) {
        const m = GOOD_REVIEW_ANY.exec(s)!;
        // "Rated 5 stars on Upwork - free consultation": the writer's own record, nothing asked for.
        if (!OWN_RECORD.test(s.slice(Math.max(0, m.index - 25), m.index))) push(m.index, m.index + m[0].length, 'incentive');
      }
      for (const m of matches(SWAP, s)) push(m.index, m.index + m[0].length, 'incentive');
      const mine = RATES_MINE.exec(s);
      if (mine && (WRITER_RATES.test(neighbourhood(text, sentence.start)) || !/\bmine\b|\bmy\b/.test(mine[0]))) push(mine.index, mine.index + mine[0].length, 'incentive');
      const star = STAR_FOR_ACCEPTANCE.exec(s);
      if (star) push(star.index, star.index + star[0].length, 'conditional');
      for (const m of matches(DICTATE, s)) push(m.index, m.index + m[0].length, 'demand');
      const hushed = HUSHED.exec(s);
      if (hushed && STARS_INSTEAD.test(neighbourhood(text, sentence.start))) push(hushed.index, hushed.index + hushed[0].length, 'demand');
      const none = NO_REVIEW.exec(s);
      // The offer may come two sentences later ("A 3-star review would kill my JSS. I can refund you $40.").
      const offer = none ? text.slice(Math.max(0, sentence.start - 200), sentence.end + 200) : '';
      if (none && OFFERED.test(offer) && (REWARD.test(offer) || refundOrFree(offer))) push(none.index, none.index + none[0].length, 'incentive');
      const paid = PAID_REVIEW.exec(s);
      if (paid && (REWARD.test(s) || refundOrFree(neighbourhood(text, sentence.start)))) push(paid.index, paid.index + paid[0].length, 'incentive');
      if (!honest || /\b(?:5|five|10\/10|perfect)\b/.test(s)) {
        for (const m of matches(DEMAND, s)) {
          if (HONEST.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
          // "I will leave a 5-star review": the writer giving a review, not asking for one.
          if (/\b(?:i|we)(?:'ll| will| am going to|'m going to| would| can|'d)? ?$/.test(s.slice(Math.max(0, m.index - 20), m.index))) continue;
          // "a result you'd happily give five stars to": what the reader would give, described, not asked.
          if (/\byou(?:'d| would)(?: [a-z]+ly)? $/.test(s.slice(Math.max(0, m.index - 25), m.index))) continue;
          // "he meant to put 5 star", "some reviews give 5 stars but the text is negative": a third party's rating, told.
          if (THIRD_RATES.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
          // "people don't trust a shop with only 5 stars": the stars a thing has, not a score asked for (batch 119).
          if (/\b(?:with|has|have|having|had|shows?|showing)\s$/.test(s.slice(Math.max(0, m.index - 10), m.index))) continue;
          push(m.index, m.index + m[0].length, 'demand');
        }
      }
    }
    // Frames over the lexicon, in every language, where the patterns above found nothing.
    const covered = sentencesWith(text, hits);
    for (const sentence of sentences(text)) {
      if (covered.has(sentence.start)) continue;
      const s = sentence.text;
      // Read once per sentence: several readings below ask both.
      const honest = HONEST.test(s);
      let productMemo: boolean | undefined;
      const isProductTalk = () => (productMemo ??= PRODUCT_TALK.test(s));
      /** A hit from `from` to `to` in the sentence (one per sentence). */
      const addSpan = (from: number, to: number, messageId: MessageId) => {
        if (covered.has(sentence.start)) return;
        covered.add(sentence.start);
        hits.push({ start: sentence.start + from, end: sentence.start + to, messageId });
      };
      const add = (m: RegExpExecArray, messageId: MessageId) => addSpan(m.index, m.index + m[0].length, messageId);
      // Work held until the review, read first: its span names the files and the review ("archivos apenas me dejes").
      if (!workChecked(s)) for (const m of matches(WORK_AFTER_REVIEW, s)) add(m, 'conditional');
      // The score and the delivery are found before the long list of conjunctions is read: most sentences name neither.
      const starsThenWork = honest ? [] : [...matches(STARS_THEN_WORK, s)];
      if (starsThenWork.length > 0 && WORK_WAITS.test(s)) {
        // "have received strong feedback on the ability to deliver": the writer's own record.
        for (const m of starsThenWork) if (!RECEIVED.test(s.slice(Math.max(0, m.index - 25), m.index))) add(m, 'conditional');
      }
      // "Change the 4 to a 5? I'll do your next thumbnail free." (not "I'm not changing anything in exchange for money").
      for (const m of matches(CHANGE_ASKED, s)) {
        const around = neighbourhood(text, sentence.start);
        // The review may be named two sentences back ("I have seen your feedback of 3.5. [...] If you edit it I will refund you $30").
        const review = mentionsReview(around) || NAMES_SCORE.test(m[0]) || mentionsReview(paragraphBefore(text, sentence.start, sentence.end));
        if (!review || REFUSED_JUST_BEFORE.test(s.slice(Math.max(0, m.index - 45), m.index)) || isProductTalk()) continue;
        // "評価を消してくれたら返金する、という提案はお断りしました": the offer told and turned down after it.
        if (turnedDown(s.slice(m.index + m[0].length))) continue;
        if (refundOrFree(around) || payoff(around) || REWARD.test(around)) add(m, 'incentive');
        else if (CHANGE_OR_ELSE.test(around)) add(m, 'demand');
      }
      // Batch 119: the review's words supplied in quotes, where no pattern above read the sentence (see QUOTED).
      if ((REVIEW_NAMED.test(s) || mentionsReview(s)) && !NOT_THE_REVIEW.test(s) && !isProductTalk()) {
        for (const m of matches(QUOTED, s)) if (PRAISE.test(m[0])) add(m, 'demand');
      }
      for (const m of matches(FAKE_CONTRACT, s)) {
        const around = neighbourhood(text, sentence.start);
        if (wantsReview(around) || REVIEW_IS_THE_POINT.test(around)) add(m, 'incentive');
      }
      if (!honest && !isProductTalk()) {
        for (const m of matches(TOP_REQUIRED, s)) {
          if (!STANDARD.test(s.slice(m.index + m[0].length)) && !NEGATED_BEFORE.test(s.slice(0, m.index))) add(m, 'demand');
        }
      }
      // "Why do people buy Google reviews?", "sellers buying Yelp reviews": others' practice asked about or told, nothing offered.
      for (const m of matches(BOUGHT, s)) {
        if (reviewAsWork(s, m.index + m[0].length)) continue;
        if (!negatedBefore(text, sentence.start + m.index) && !FILTERS_THEM.test(s) && !OTHERS_BUY.test(s.slice(Math.max(0, m.index - 30), m.index))) add(m, 'incentive');
      }
      // "I don't do review swaps": refused in the words before.
      // "...and we give each other feedback, does the feedback remain private?", "both sides rate each other" in a review module
      // being built: how feedback works, asked or built, not a trade.
      const howItWorks = HOW_FEEDBACK_WORKS.test(s) || SYSTEM_BUILT.test(neighbourhood(text, sentence.start));
      // ...unless the swap is proposed ("Let's give each other 5 stars, is the feedback private anyway?").
      for (const m of matches(SWAPPED, s)) {
        const proposed = SWAP_PROPOSED.test(s.slice(Math.max(0, m.index - 30), m.index));
        if (!negatedBefore(text, sentence.start + m.index) && (!howItWorks || proposed)) add(m, 'incentive');
      }
      if (!honest && !isProductTalk()) for (const m of matches(ASKS_TOP, s)) add(m, 'demand');
      if (mentionsReview(paragraphBefore(text, sentence.start, sentence.end))) for (const m of matches(PESTER_ANY, s)) add(m, 'demand');
      if (!honest && (mentionsReview(s) || mentionsReview(paragraphBefore(text, sentence.start, sentence.end)))) {
        for (const m of matches(TOP_ORDERED, s)) add(m, 'demand');
      }
      // Round twenty-eight: work held until the reader rates, the held thing or the review named by a pronoun (see HELD_ACT).
      if (!honest && HELD_ACT.test(s) && !isProductTalk()) {
        for (const m of matches(UNTIL_RATED, s)) {
          // The span ends with the rating: "until I see you've rated us five stars".
          const rated = RATING.exec(m[0]);
          // "the last agency refused to give you the files until you rated them 5 stars": someone else's practice, told to the one it hit.
          if (rated && !RATED_SOMEONE_ELSE.test(m[0])) addSpan(m.index, m.index + rated.index + rated[0].length, 'conditional');
        }
        const earlier = text.slice(Math.max(0, sentence.start - 200), sentence.start);
        for (const m of matches(UNTIL_THAT, s)) if (RATING.test(earlier + s.slice(0, m.index))) add(m, 'conditional');
      }
      // The score and the price tied by a plain "if", "then" or "=", where nothing above read the sentence.
      const closed = text.slice(sentence.start, sentence.end + 1);
      if (!honest && TIED.test(closed) && !isProductTalk() && !isPolicyTalk(text, sentence.start, sentence.end) && withoutTrial(s) === s) {
        for (const m of matches(GOOD_FOR_FREE, s)) add(m, 'incentive');
      }
      // "Want 5 stars? Then finish the remaining descriptions as a goodwill gesture.": the score asked, the price in the answer.
      if (/\?\s*$/.test(text.slice(sentence.start, sentence.end + 1)) && !honest) {
        const gap = text.slice(sentence.end + 1).search(/\S/);
        const next = sentenceAt(text, gap === -1 ? text.length - 1 : sentence.end + 1 + gap);
        const score = GOOD_REVIEW_ANY.exec(s);
        if (score && next.start > sentence.start && ANSWERED.test(next.text) && (refundOrFree(next.text) || REWARD.test(next.text))) add(score as RegExpExecArray, 'incentive');
      }
    }
    // "We can't hold files until feedback is left. It's against Upwork's terms": the rule taught, for every pattern and frame.
    return hits.filter(
      (h) => !toldOrTurnedDown(text, h.start) && !isPolicyTalk(text, h.start, h.end) && !alreadyGiven(text, h.start) && !tacticsRefused(text, h.start) &&
        !tradeRefused(text, h.start) && !decoupled(text, h.start) && !RATED_SOMEONE_ELSE.test(text.slice(h.start, h.end)),
    );
  },
});
