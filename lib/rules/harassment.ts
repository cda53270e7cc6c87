import { defineRule, type Hit } from '../detector/rule';
import { matches, neighbourhood, sentenceAt } from '../detector/text';
import { term, termPatterns, tester, within } from '../detector/frame';
import {
  ABUSE_ADJ, ABUSE_NOUN, ADVANCE, BEYOND_WORK, DEMEAN, DISCRIMINATE, GROUP, HOSTILE, INSULT as INSULT_WORDS, LOOKS, NEGATIVE_TRAIT, PROFILE_PIC,
  KNOW_WHEREABOUTS, OWED_OR_VISIT, SETTLE_IN_PERSON, SHOW_UP, SPEECH_MOCKED, SPEECH_OF_YOURS, THREAT as THREAT_WORDS,
  AGE_DISMISSED, AGE_OF_READER, ENGLISH_MOCKED, FAITH_MOCKED, GROUP_ADDRESSED, GROUP_SLIGHT, INSULT_MORE, LOOKS_REMARK, MAN_INSTEAD, MASKED_SWEAR,
  PURSUIT, WEAK_THING, WOMAN_BELITTLED,
} from '../detector/lexicon/people';
import { oneOf } from '../detector/pattern';
import { alternation } from '../detector/lexicon/word-class';
import { compileAhead } from '../detector/compile-first';
import { facts } from './catalog';

/** Frames over the lexicon, in every language: threats, sexual remarks, contempt for a group, insults. */
const HOSTILE_ANY = tester.patterns(HOSTILE);
const GROUP_CONTEMPT = within(GROUP, NEGATIVE_TRAIT, 50);
/**
 * The group named, then taken up by a share of it in the next sentence (round twenty-four): "some offshore outfit charging $4 an hour.
 * Half of them can't tell HST from a hole in the ground and the other half are scammers." English traits only.
 */
const SHARE_OF_THEM = `(?:(?:half|most|all|many|some|the rest) of them|the other half|the rest)(?: (?:are|r|is))? (?:${alternation(NEGATIVE_TRAIT, ['en'])})`;
const GROUP_THEN_SHARE = within(GROUP, SHARE_OF_THEM, 120, true);
const INSULT_ANY = tester.patterns(INSULT_WORDS);
/**
 * DEMEAN in several patterns (see termPatterns): as one 21 KB alternation V8 stopped optimising it
 * (a 2,000-character proposal: 1.75 ms for this pattern alone; two halves 0.11 + 0.05 ms).
 */
const DEMEAN_ANY = termPatterns(DEMEAN);
const DISCRIMINATE_ANY = tester.patterns(DISCRIMINATE);
const ADVANCE_ANY = tester.patterns(ADVANCE);
/** The threats grew past 20 KB of source (with the languages of rounds thirteen and fourteen): read by several patterns (see termPatterns). */
const THREAT_ANY = termPatterns(THREAT_WORDS);
/**
 * Round thirty-seven: frames over classes, so that a synonym helps every language. The reader's age, then what sends an older
 * person away ("you're 70 and asking for an AI crawler [...] Go play bingo", "Nessa idade devia tá aposentado"); a woman belittled,
 * then a man asked for instead ("housewives who found a laptop [...] Put your husband on the call" read in order: "Babae ka lang [...]
 * asawa mo"); a people addressed as "you", then a slight on it ("Ihr aus Pakistan [...] Euch sollte man"). Each needs both parts: "at
 * your age" alone is a pension adviser's phrase, "your husband" alone a greeting.
 */
const AGE_SENT_AWAY = within(AGE_OF_READER, AGE_DISMISSED, 160, true);
const WOMAN_THEN_MAN = within(WOMAN_BELITTLED, MAN_INSTEAD, 200, true);
const PEOPLE_SLIGHTED = within(GROUP_ADDRESSED, GROUP_SLIGHT, 160, true);
/** Standing readings of round thirty-seven: masked swearing, threats of pursuit, remarks on looks, mocked English and faith, more insults. */
const ROUND_37_THREAT = tester.patterns(PURSUIT);
const ROUND_37_SEXUAL = tester.patterns(LOOKS_REMARK);
const ROUND_37_INSULT = tester.patterns([ENGLISH_MOCKED, FAITH_MOCKED, INSULT_MORE]);
const ROUND_37_PROFANITY = tester.patterns(MASKED_SWEAR);
/** Mockery of someone's English or accent: "your accent is painful to listen to", "the English in your post is so bad". */
const SPEECH_MOCKERY = within(SPEECH_OF_YOURS, SPEECH_MOCKED, 80);
/** Showing up over a dispute: "Maybe I'll stop by your place and we can talk about the missing files face to face." */
const SHOW_UP_OVER_DISPUTE = within(SHOW_UP, SETTLE_IN_PERSON, 160, true);
/**
 * The reader's whereabouts or family known, or a visit, next to what is owed: "I also know your son's name and his school [...] better to pay
 * people what you owe them", "I see your office is on Schillerstraße [...] explain the invoice in person". Not a delivery to that address.
 */
const KNOWN_WHERE_OVER_DEBT = within([SHOW_UP, KNOW_WHEREABOUTS], OWED_OR_VISIT, 200, true);
const DELIVERY = /\b(?:deliver\w*|drop (?:off|the|it|them)|ship\w*|install\w*|post (?:it|them|the)|mail (?:it|them|the)|courier|parcel|package)\b/;
/** Remarks on looks over a profile picture: "Süßes Profilbild", "foto profilnya cantik banget", "Qué guapa en la foto". */
const PHOTO_LOOKS = within(PROFILE_PIC, LOOKS, 40);
const BEYOND_WORK_ANY = tester.patterns(BEYOND_WORK);
/**
 * Work compared with what the writer has seen children make is criticism of the work ("I have seen children produce better drawings than
 * this storyboard"); with a sneer next to it, it is contempt ("...tidier work than this. Honestly it is a little pathetic.").
 */
const SEEN_BETTER_SNEERED = within(
  "(?:i'?ve|i have) seen (?:\\S+ )?(?:grade-?schoolers|schoolchildren|school ?kids|first-?graders|kindergartners|preschoolers|children|kids|interns|students|juniors" +
    '|trainees|beginners|toddlers|amateurs) (?:\\S+ ){0,6}(?:tidier|neater|cleaner|better|smarter) (?:\\S+ )?than (?:this|that|yours)',
  '(?:a little |so |pretty |really |frankly )?(?:pathetic|embarrassing|laughable|a joke|shameful|a disgrace|disgraceful)',
  80,
  true,
);
/** Exposure threatened: "your name, photo and this chat go to every freelancer group", "a post on Reddit with your name, your photo". */
const EXPOSED = within(
  '(?:your|ur) (?:full )?name,? (?:and )?(?:your )?(?:photo|picture|pic|face|shop|address|messages|chat)',
  '(?:everywhere|every (?:\\S+ )?(?:group|forum|client|platform|community)|reddit|(?:dev|freelancer|facebook|whatsapp|telegram) groups)',
  80,
  true,
);
/**
 * Name-calling with an insult noun: "you lying little rat", "you spineless worm", "you cheapskates are...", "what a worthless
 * hack", "you're a total disappointment", "you're a small, bitter man". A plain person noun ("man", "client") needs a
 * contemptuous adjective before it. Each slot is scanned once and the words before it are read: one pattern with the noun
 * and adjective lists in every branch made 200 KB of V8 machine code.
 */
const NOUN_ANY = tester.patterns(ABUSE_NOUN);
const PERSON = '(?:man|woman|person|boy|girl|creature|client|freelancer|developer|designer|boss|human being)\\b';
const ADJ_PERSON = compileAhead(new RegExp(`${term(ABUSE_ADJ)},? (?:[a-z]+,? )?(?:little |old )?${PERSON}`, 'g'));
/** Intensifiers may stand between the lead and the noun ("you absolute m0r0n", "a very rude and ignorant man"). */
const ADJ_WORD = compileAhead(new RegExp(`^(?:${term(ABUSE_ADJ)}|blind|little|old|absolute|complete|total|utter|very|so|and)$`));
/** Up to three words before the noun, after "you", "what a" or "you're a" (the last may have one free word first). */
const CALLED_LEAD = new RegExp(
  // "you are an old fool": the "you are a" branch first, or "you" would take "are an old" as its words.
  // Round twenty-eight: "stop being such a whinging drongo" names the reader as surely as "you're a".
  "(?:\\b((?:you'?re|you are|ur|u r) (?:just |such |really |clearly |nothing but )?(?:an?|one|such an?)|(?:stop|quit) being (?:such )?an?) " +
    "|\\b(?:you|u|ya|ye) (?:(?:any )?(?:less|more) of an? )?|\\b(what) an? )((?:[a-z-]+,? ){0,3})$",
);
/**
 * The article dropped, as many write English: "you are very stingy man", "u are selfish woman". Only before a contemptuous
 * adjective and a person noun ("you're building hacks" has no adjective); not "ur", which is also "your".
 */
const NO_ARTICLE_LEAD = /\b(?:you are|you'?re|u are|u r) ((?:[a-z-]+,? ){0,3})$/;
/** The label alone is the sentence: "Useless developer.", "Talentless client, nothing more to say." */
const LABEL_ALONE = /(?:^|[.!?]\s+)$/;
/** A bare "you hypocrites", "you worm." stops there or goes on as the subject ("you cheapskates are..."). */
const BARE_END = /^ *(?:[.!,;]|$|(?:are|r|who|like)\b)/;
/** "Not because I think you're a crook", "I never said you were a fraud": the name is denied in the words before it. */
const DENIED = /\b(?:not|never|don'?t|doesn'?t|didn'?t|wouldn'?t|won'?t)\b[^.!?,;\n]{0,30}$/;
/**
 * The insult as a form of address closing a sentence: "..., stupid girl.", "learn to run a business, clown 🤡". After a comma
 * (or a dash), at most two contemptuous adjectives before the noun, and the sentence ends after it.
 */
const VOCATIVE_LEAD = /(?:,|\s[-–—])\s*((?:[a-z-]+ ){0,2})$/;
// An emoji after it: the prepared view shows one as \u00a6 (PICTOGRAPH in prepare.ts), or as itself when a rule reads it.
const VOCATIVE_END = /^\s*(?:[.!?]|$|[\u00a6\ud83c-\udbff])/;
function vocativeFrom(text: string, start: number, end: number): number {
  const lead = VOCATIVE_LEAD.exec(text.slice(Math.max(0, start - 40), start));
  if (!lead || !VOCATIVE_END.test(text.slice(end, end + 4))) return -1;
  // A list ("a troll, a goblin, snakes"): the part before the comma is a few words too.
  const head = text.slice(Math.max(0, start - lead[0].length - 60), start - lead[0].length);
  if ((head.split(/[,:;.!?\n]/).pop() ?? '').trim().split(/\s+/).length <= 3) return -1;
  // Someone spoken to in the sentence ("you", "u"): "we raise cows, goats, pigs." is a list, not an address.
  if (!/\b(?:you|u|your|ur|ya)\b/.test(sentenceAt(text, start).text)) return -1;
  const words = lead[1]!.trim().split(' ').filter(Boolean);
  return words.every((w) => ADJ_WORD.test(w)) ? start - lead[1]!.length : -1;
}
/** Where the name-calling starts, or -1: the words between the lead and the noun are contemptuous adjectives. */
function calledFrom(text: string, start: number, end: number, adjectiveSeen: boolean): number {
  const from = Math.max(0, start - 80);
  const called = calledWithLead(text, start, end, adjectiveSeen);
  if (called !== -1 || !adjectiveSeen) return called;
  const bare = NO_ARTICLE_LEAD.exec(text.slice(from, start));
  if (bare && bare[1]!.split(/,? /).filter(Boolean).every((w) => ADJ_WORD.test(w))) return from + bare.index;
  return LABEL_ALONE.test(text.slice(from, start)) && /^\s*[.!,]/.test(text.slice(end, end + 3)) ? start : -1;
}
function calledWithLead(text: string, start: number, end: number, adjectiveSeen: boolean): number {
  const from = Math.max(0, start - 80);
  const lead = CALLED_LEAD.exec(text.slice(from, start));
  if (!lead) return -1;
  const words = lead[3]!.split(/,? /).filter(Boolean);
  // "you're a complete waste of oxygen", "you're a small, bitter man": one free word after the article.
  if (lead[1] && words.length > 0 && !ADJ_WORD.test(words[0]!)) words.shift();
  if (!words.every((w) => ADJ_WORD.test(w))) return -1;
  if (!adjectiveSeen && words.length === 0 && !lead[1] && (lead[2] || !BARE_END.test(text.slice(end, end + 12)))) return -1;
  if (lead[2] && words.length === 0 && !adjectiveSeen) return -1;
  // "Shouting doesn't make you less of a pig": a denial before "less of a" still calls the name (round twenty-eight).
  if (!/\b(?:less|more) of an? $/.test(lead[0]) && DENIED.test(text.slice(Math.max(0, from + lead.index - 40), from + lead.index))) return -1;
  return from + lead.index;
}
/**
 * A pet name as a form of address: "Listen sweetie,", "Hey hottie", "Na, Schätzchen,", "boşuna uğraşma tatlım." Words that
 * also praise a thing ("beautiful", "gorgeous") count only after a greeting; "boy" only after a comma.
 */
const PET_NAMES = oneOf([
  'sweetie', 'sweetheart', 'hottie', 'honey', 'babe', 'baby', 'darling', 'cutie', 'princess', 'schatzchen', 'schatzi', 'tatlim',
  'guzelim', 'bebegim', 'красотка', 'малышка', 'детка', 'красуне', 'крихітко', 'mamacita', 'gatinha', 'gostosa', 'ma belle',
  'ma jolie', 'poupee', 'tesoro', 'dolcezza', 'sloneczko', 'laleczko', 'jaanu',
]);
const GREETING = oneOf([
  'hi', 'hey', 'hello', 'listen', 'ok', 'okay', 'thanks', 'morning', 'come on', 'hola', 'oi', 'ola', 'salut', 'hallo', 'ciao', 'czesc',
  'privet', 'merhaba', 'selam', 'halo', 'hai',
]);
/** Words that open a talking-down address but are no greeting ("Honestly sweetheart,", "Relax, grandma."). Not before "beautiful". */
const SOFTENER = '(?:honestly|look|well|oh|relax|calm down|sorry)';
// An emoji may end the address: the prepared view shows one as \u00a6 (PICTOGRAPH in prepare.ts).
const ADDRESS_END = '(?= *(?:[,.!?;:\\u00a6\\ud83c-\\ud83e]|$))';
const PET_NAME = compileAhead(new RegExp(
  oneOf([
    `(?:^|[.!?,] *|\\b${GREETING} |\\b${SOFTENER} )${PET_NAMES}${ADDRESS_END}`,
    `\\b${GREETING} (?:beautiful|gorgeous|handsome|pretty|sexy|cutie|cantik|guapa)${ADDRESS_END}`,
    ` (?:tatlim|guzelim|красотка|schatzchen|sweetie|sweetheart|hottie|babe)(?= *(?:[.!?]|$))`,
    ', boy(?= *[.!?])',
  ]),
  'gm',
));
/**
 * Talking down to someone's age or sex as a form of address: "stick to your little shop, grandma", "Relax, little lady.",
 * "Honestly sweetheart, ..." (the pet names above are the sexual kind). Not a name ("Karen" may be the client's own).
 */
const TALKED_DOWN = compileAhead(new RegExp(
  `(?:[.!?,] *|\\b(?:${GREETING}|${SOFTENER}) )` +
    `(?:grandma|granny|grandpa|gramps|old (?:lady|timer)|little (?:lady|girl)|missy|sonny)${ADDRESS_END}`,
  'gm',
));
/** Italian and Polish (the lexicon's languages do not include them): contempt for a group, threats, advances, insults. */
const ITALIAN_POLISH = compileAhead(new RegExp(
  '\\b' +
    oneOf([
      '(?:siete|sono) tutti uguali', 'voi del (?:sud|nord)', 'bisognerebbe fare pulizia', 'non assumo (?:donne|stranieri)', 'troppo emotive',
      'e una vergogna', 'buono a nulla', 'sei (?:un|una) (?:fallit[oa]|incapace|cretin[oa]|deficiente|idiota)', 'cretin[oia]',
      'le elementari (?:le )?hai finite', 'foto (?:\\S+ ){0,3}piu (?:sexy|provocanti)',
      'tacy sami', 'wszyscy jestescie', 'nieudacznik\\S*', 'jak analfabet\\S*', 'analfabet(?:a|o|ka)', 'wstyd czytac',
      'skonczyl(?:es|as) podstawowke', 'idz (?:lepiej )?(?:ukladac|na kase|do roboty)', 'kobiety w it to', 'jesli wiesz,? co mam na mysli',
      'w twoim wieku powinni', 'udawac programist\\S*', 'kretyn\\S*', `${WEAK_THING}debil\\S*`,
      'sei (?:scem[oa]|stupid[oa])', 'bella ragazza come te', 'nie jest (?:zajecie|zajeciem|praca|robota) dla kobiet', '(?:fotk|zdjeci)\\S* w bikini',
    ]) +
    '\\b',
  'g',
));
const ITALIAN_POLISH_THREAT = compileAhead(new RegExp(
  '\\b' +
    oneOf([
      'ti faccio passare la voglia', 'non parlo di avvocati', 'te ne pentirai', 'so dove (?:abiti|vivi|lavori)', 've ne pentirete',
      'zloz(?:y|e|ymy) ci wizyte', 'wiem,? gdzie (?:mieszkasz|pracujesz)', 'pozalujesz', 'moich znajomych zlozy',
    ]) +
    '\\b',
  'g',
));
/** An advance on someone taken: "marcus is a lucky guy. if things don't work out you know where to find me". */
const TAKEN_ADVANCE = within(
  "(?:is|'s|are) (?:a |one )?(?:very |so )?lucky (?:guy|man|girl|woman|lady|husband|wife)|lucky (?:guy|man|girl|woman) to have you",
  "if (?:things|it) (?:don'?t|doesn'?t|do not|does not) work out|if you (?:ever )?(?:get|are|feel) (?:bored|tired|lonely)",
  160,
  true,
);

/**
 * The text with every run of one character cut to two ("fuuuuck" is "fuuck"), and for each of its
 * characters the index in `text` it came from. The last text's result is kept.
 */
let squeezedFrom = '';
let squeezedView = { text: '', at: new Int32Array(0) };
function squeeze(text: string): { text: string; at: Int32Array } {
  if (text === squeezedFrom) return squeezedView;
  const at = new Int32Array(text.length);
  let out = '';
  let n = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (i >= 2 && text[i] === text[i - 1] && text[i] === text[i - 2]) {
      out += text.slice(from, i);
      from = i + 1;
      continue;
    }
    at[n++] = i;
  }
  out += text.slice(from);
  squeezedFrom = text;
  squeezedView = { text: out, at: at.subarray(0, n) };
  return squeezedView;
}

type MessageId = 'profanity' | 'insult' | 'threat' | 'slur' | 'sexual';

/**
 * Leet-aware letter classes: each letter also matches the digits and symbols
 * people swap in for it, and may repeat ("fuuuck"). The pattern reads a squeezed
 * copy of the text in which no character repeats more than twice in a row (see
 * `squeeze`), so a letter is one or two of its class: bounded, so no pattern can
 * backtrack without limit, and small. (A repeat of one to four per letter made
 * this one pattern 700 KB of V8 machine code.)
 */
const LEET: Record<string, string> = {
  // '@' stands for a and, in "f@ck" (batch 118), for u.
  a: '[a4@*]', b: '[b8]', c: '[ck(]', e: '[e3*]', g: '[g9]', i: '[i1!|*l]', l: '[l1|]', o: '[o0*]',
  s: '[s5$z]', t: '[t7+]', u: '[uv*@]', k: '[kc]',
};
function leet(word: string): string {
  // In long stems a doubled letter may be typed once ("ashole", "a$hole"); short ones keep it ("ass" is not "as").
  const loose = word.length >= 6;
  return word.replace(/(.)\1*/g, (run) => {
    const ch = run[0]!;
    const min = loose ? 1 : Math.min(run.length, 2);
    return `${LEET[ch] ?? ch}{${min},${min + 1}}`;
  });
}
function wordList(words: string): string {
  return words.split(' ').map((w) => {
    const [stem, suffix] = w.split('+');
    return leet(stem!) + (suffix ? `(?:${suffix})?` : '');
  }).join('|');
}

// Stems with optional endings ("+ing|er|s"). Whole words only, so "Scunthorpe", "assessment", "cocktail" stay clean.
const PROFANE = wordList(
  'fuck+ing|in|in\'|er|ers|ed|s|off|face|wit|head|tard motherfuck+er|ers|ing fck+ing|er|ed fk fuk+ing|ed|er shit+ty|s|head|hole|show|ting|ter bullshit ' +
    'asshole+s ass+hole|holes|hat|wipe dumbass jackass bitch+es|y|ing bastard+s cunt+s dick+head|heads|s prick+s twat+s wanker+s bollocks ' +
    'piss+ed|ing|er crap+py douche+bag|bags|s cocksucker+s dipshit wtf stfu gtfo ' +
    // Sound-alike spellings: "phuck", "effing", "biatch".
    'phuck+ing|ed|er|s effing biatch+es',
);
const SLURS = wordList('nigger+s nigga+s faggot+s fag+s retard+ed|s spastic+s spaz mongoloid+s tranny+s chink+s spic+s kike+s paki+s wetback+s gook+s coon+s dyke+s whore+s slut+s');
// Whole words only; letters of other scripts count as word characters too. (No `u` flag: it makes this scan several times slower.)
// Dutch "kunt" (can: "kunt u", "wanneer kunt ge beginnen") is not the leet spelling of the English swear word, nor Polish "pisz" (write!) of "piss".
const PROFANITY = compileAhead(new RegExp(`(?<![a-z0-9\\u00c0-\\uffff])(?:(${SLURS})|(?!(?:kunt|pisz)(?![a-z0-9]))(${PROFANE}))(?![a-z0-9\\u00c0-\\uffff])`, 'g'));

/** What someone is told they are not: "stop pretending to be a developer". */
const PROFESSION = '(?:coders?|developers?|devs?|designers?|programmers?|engineers?|writers?|freelancers?|professionals?|experts?|artists?)';
const YOU = "(?:you(?:'re| are)?|ur|u r|you'?re|your (?:team|work|company|code)(?: is)?|they(?:'re| are)|he(?:'s| is)|she(?:'s| is))";
const INSULT_WORD =
  '(?:an? )?' +
    '(?:' +
      oneOf([
        'fucking', 'fking', 'damn', 'total', 'complete', 'absolute', 'such an?', 'so', 'really', 'very',
        'freaking', 'bloody', 'utterly',
      ]) +
      '\\s)' +
    '?' +
    oneOf([
      'idiots?', 'stupid', 'dumb', 'moron(?:s|ic)?', 'imbeciles?', 'useless', 'incompetent', 'pathetic',
      'losers?', 'clowns?', 'retards?', 'worthless', 'brainless', 'clueless', 'lazy (?:bums?|asses?)',
      'scum', 'trash', 'garbage', 'pigs?', 'dogs?', 'monkeys?', 'scammers?', 'liars?', 'thie(?:f|ves)',
      'cheaters?', 'frauds?', 'joke', 'disgusting', 'a waste of (?:space|time|money)', 'ugly', 'fat',
      'dumbasses?', 'jerks?', 'fools?', 'brain ?dead', 'no ?brain', 'good for nothing',
      'piece of (?:shit|crap|garbage|trash)', 'greedy', 'cheats?', 'an embarrassment', 'a disgrace',
      'dogwater', 'uneducated', 'illiterate', 'lazy af', 'con artists?',
      // "you're really slow to understand", "you're just slow in the head": slowness of mind, not of delivery.
      'slow (?:to understand|to learn|in the head)',
    ]);
/** Contempt for what someone writes or asks, and the words for it: "stupid questions", "dumb messages", "idiotic demands". */
const CONTEMPT_ADJ = '(?:stupid|stupidity|dumb|idiotic|moronic|retarded|brainless|brain-?dead|pathetic|imbecilic)';
const WRITTEN = '(?:questions?|messages?|emails?|issues?|requests?|demands?|comments?|ideas?|excuses?|texts?|complaints?|suggestions?|changes?)';
/** "you are useless", "are you stupid?", "you idiot", "your work is garbage". */
const INSULT_BRANCHES = [
    `${YOU}\\s(?:just\\s|such\\s|a\\s|an\\s|so\\s|really\\s|completely\\s|totally\\s){0,2}${INSULT_WORD}`,
    // "r u stupid?", "are ya blind": texting shorthand.
    '(?:are|r) (?:you|u|ya) (?:actually |really |just |seriously |this |that |so )*(?:stupid|dumb|an idiot|blind|mental|retarded)',
    // "you are a thieving piece of garbage", "you're a real piece of work".
    `${YOU}\\s(?:a |an |such a |nothing but a |just a )?(?:[a-z]+ ){0,2}piece of (?:shit|crap|garbage|trash|filth|work)`,
    '(?:you|u) ' +
      '(?:stupid|dumb|useless|lazy|incompetent|pathetic|worthless|filthy|little|fat|ugly)?\\s?' +
      oneOf([
        'idiot', 'moron', 'clown', 'loser', 'retard', 'imbecile', 'fool', 'jerk', 'scum', 'pig', 'dog',
        'monkey', 'piece of (?:shit|crap|garbage|trash)',
        // "before you blame me, you amateur.": the address closing the sentence.
        'amateur(?=[.!?]|$)', 'coward', 'con artist',
      ]) +
      's?',
    '(?:what an?|such an?|ur an?|you\'?re an?|bunch of|you) ' +
      '(?:' +
        oneOf([
          'useless', 'stupid', 'fucking', 'complete', 'total', 'absolute', 'lazy', 'pathetic', 'dumb',
          'incompetent', 'brainless', 'little',
        ]) +
        ' )' +
      '*' +
      oneOf([
        'moron', 'idiot', 'imbecile', 'retard', 'clown', 'loser', 'dumbass', 'jerk', 'fool', 'scumbag',
        'donkey', 'monkey', 'pig', 'dog',
      ]) +
      's?',
    '(?:are|r) (?:you|u|ya) (?:actually |really |just |seriously |always |even |this |that |so |completely |totally |utterly )*(?:deaf|blind|slow|dense|thick)' +
      '(?: or (?:just )?(?:dumb|stupid|slow|blind|an idiot))?',
    '(?:you\'?re|you are|ur|u r) the ' +
      oneOf([
        'laziest', 'worst', 'dumbest', 'stupidest',
        'most (?:pathetic|useless|incompetent|stupid|annoying|unprofessional|idiotic|clueless|arrogant|ignorant|entitled|disgusting)',
      ]),
    '(?:wtf|what the (?:fuck|hell|f)) is wrong with (?:you|u)', 'nobody asked for your opinion',
    'shut (?:the f\\w* )?up', 'shut your (?:mouth|face|trap)',
    'what the (?:hell|heck|f\\w*) is (?:this|that|wrong with you)',
    'are (?:you|u) (?:brain-?dead|braindead|retarded|mental|insane)',
    'your (?:english|work|code|design|writing|attitude|accent|brain|taste|ideas?|skills?|logic|eye|judge?ment|thinking|portfolio|style|copy|grammar) ' +
      '(?:is|are) (?:honestly |frankly |literally |so |really |just |total |complete |absolute |utter |pure )*' +
      '(?:pathetic|garbage|trash|useless|stupid|disgusting|a joke|shit|crap|retarded|worthless)',
    // "ur explanations are trash", "your netcode is dogwater" (not "if your data is garbage in, ...").
    '(?:your|ur) (?!(?:data|input|output|dataset|results?|signal|logs?)\\b)(?:[a-z]+ )?[a-z]+ (?:is|are|r|was|were) ' +
      '(?:so |really |just |absolute |complete |total |literal )?(?:trash|garbage|dogwater|a joke|shit|crap|worthless|stupid|idiotic|moronic)(?!-)' +
      '(?![- ](?:in|out|collect\\w*|cans?|bins?|disposal|bags?|day|truck))',
    // "the logo is trash and honestly so r u", "dogwater and so are you".
    '(?:trash|garbage|dogwater|crap|shit|useless|lazy|stupid|dumb|pathetic|a joke|a mess|worthless|incompetent)(?: af)?,? ' +
      'and (?:[a-z]+ )?so (?:are|r|is) (?:you|u|(?:your|ur) (?:accent|english|attitude|face|brain|voice|personality))',
    // "you are behaving like one uneducated person", "acting like a child".
    '(?:(?:you|u)(?: are| r|\'re)?|stop) (?:behaving|acting|talking|thinking) like (?:an?|one|some|such an?) (?:total |complete |little )?' +
      '(?:uneducated|illiterate|idiot|child|kid|baby|fool|moron|clown|beggar|animal|donkey|villager|stupid)',
    // Contempt for someone's face or voice: "your face on the call made me want to quit", "your voice makes me sick" (not "nobody with
    // a voice like yours", which praises as often as it sneers).
    '(?:your|ur) (?:face|voice|looks|appearance|body|accent)\\b[^.!?\\n]{0,40}?\\b(?:makes?|made|was enough to make|is enough to make) me ' +
      '(?:want to )?(?:quit|sick|vomit|puke|throw up|cringe|gag|lose my appetite)',
    // Talking down to someone's experience: "you've clearly never run a business in your life", "reads like it was written by
    // someone who has never used a website" (not "I see you've never run a store, so I'll explain the dashboard").
    "(?:you(?:'ve| have)?|u) (?:clearly|obviously|evidently|plainly) never (?:\\S+ ){1,4}in (?:your|ur) (?:entire |whole )?life",
    "(?:you(?:'ve| have)?|u) never (?:\\S+ ){1,4}in (?:your|ur) (?:entire |whole )?life(?=,? (?:and )?it (?:shows|is obvious))",
    '(?:reads?|looks?|sounds?) like (?:it was )?(?:written|made|designed|built|done) by (?:someone|somebody|a person) who (?:has |had )?never ' +
      '(?:run|used|seen|managed|built|owned|written|read|designed)',
    // Talking down: "I'll use smaller words", "have someone who can read look over it".
    '(?:i\'?ll|i will|let me) (?:use|try) (?:smaller|small|little|tiny) words',
    '(?:have|get|ask|find) someone who can (?:actually )?read(?= (?:it|this|that|to|look|go|check|over|your|the (?:brief|spec|specs))\\b|[.,!?]|$)',
    // "maybe university isn't for you", "you're not cut out for coding".
    '(?:maybe|clearly|obviously|honestly|perhaps|probably) (?:\\S+ ){0,2}' +
      '(?:university|college|school|coding|programming|design|writing|freelancing|development|engineering|this (?:field|industry|profession|career|line of work)) ' +
      '(?:just |really |simply )?(?:isn\'?t|is not|ain\'?t) for (?:you|u)',
    '(?:you\'?re|you are|ur|u r) (?:just |clearly |obviously |simply )?not cut out for (?:this|it|coding|programming|design|university|college|freelancing)',
    'go to hell', 'get lost',
    // Not the idiom for cheating someone, denied: "not trying to screw you", "nobody's out to screw you" (round 23).
    '(?<!\\b(?:trying|tryin|try|tried|out|looking) to )screw (?:you|u)(?! over)', 'screw off', 'f off', 'eff (?:off|you|u)', 'stfu', 'gtfo', 'kys', 'go die', 'drop dead',
    'eat shit', 'bite me', 'up yours',
    // The insult turned round: "garbage is you", "the only clown here is you" (not "the garbage is yours").
    '(?:the )?(?:only )?(?:garbage|trash|idiot|moron|clown|joke|dumbass|fool|retard)(?: here)? (?:is|are) (?:you|u)',
    // "you clearly have no idea what you're doing" (not "if you have no idea what you're doing, ask").
    '(?<!\\bif |\\bwhen |\\bwhether )(?:you|u) (?:clearly |obviously |really |honestly |simply |just )?' +
      '(?:have no (?:idea|clue)|don\'?t have (?:a|any) clue|have zero idea) what (?:you\'?re|you are|ur|u r|u are) doing',
    // "Stop pretending to be a developer", "and you call yourself a designer?".
    '(?:(?:stop|quit) pretending|(?:you\'?re|you are|ur) (?:just |only )?pretending) (?:to be|you\'?re|you are) (?:a |an )?(?:real |senior |professional )?' + PROFESSION,
    '(?:and|yet|but) (?:you|u) call (?:yourself|urself) (?:a |an )?(?:real |senior |professional )?' + PROFESSION,
    // "one of the dumbest coders I ever seen" (not "the dumbest bug I've ever seen").
    'the (?:dumbest|stupidest|laziest|most (?:incompetent|useless|clueless|stupid|pathetic|idiotic)) (?:\\S+ )?' +
      `(?:${PROFESSION}|people|persons?|guys?|humans?|clients?|idiots?) (?:i|i'?ve|ive|i have|we|we'?ve) (?:ever |have ever )?` +
      '(?:seen|met|worked with|hired|dealt with|known|had)',
    '(?:you|your (?:work|code|software|app|product|design|service|team|company|website)) sucks?(?! (?:less|up|in|out|all|more)\\b)',
    // Contempt for what the reader writes or asks: "your dumb questions", "stop sending me these stupid messages" (not "sorry for
    // my stupid question", nor "these stupid emails from the CI").
    `(?<!\\b(?:sorry (?:for|about)|excuse|forgive|pardon|apologi[sz]e for) )(?:your|ur|all your|all ur) ${CONTEMPT_ADJ} ${WRITTEN}`,
    `(?:stop|quit) (?:sending|asking|making|writing|giving)(?: me| us)? (?:these|those|such|all these|your|ur)? ?${CONTEMPT_ADJ} ${WRITTEN}`,
];
/**
 * Three patterns, not one: as one alternation V8 took 110-170 ms to compile it on a page's first
 * check (in Node; one step the page waited for), cut in three each part compiles in a fraction.
 */
const INSULT = [INSULT_BRANCHES.slice(0, 1), INSULT_BRANCHES.slice(1, 10), INSULT_BRANCHES.slice(10)].map((part) => compileAhead(new RegExp(`\\b${oneOf(part)}\\b`, 'g')));
/**
 * Insults in the other languages freelancers and clients write in (accents are already folded):
 * Spanish, Portuguese, Hindi-Urdu, Tagalog, Indonesian, transliterated Russian.
 */
const OTHER_LANGUAGES = compileAhead(new RegExp(
  '(?<![a-z0-9])' +
    oneOf([
      'inutil', 'idiota', 'estupid[oa]', 'imbecil', 'pendejo', 'cabron', 'burro',
      '(?:seu|sua|voce e|vc e|e um|que) lixo', 'voce e uma piada', 'trabalho porco', 'bewakoof', 'bevakoof',
      'pagal', 'gadha', 'ullu ka pattha', 'kamina', 'tanga', 'bobo', 'gago', 'tarantado', 'goblok', 'bodoh',
      'tolol', 'bego', 'anjing', 'durak', `${WEAK_THING}debil`, 'tupoy', 'tupaya', 'ty voobshche idiot', 'idiot',
      // Swahili and Nigerian Pidgin.
      'mjinga', 'wajinga', 'mpumbavu', 'pumbavu', 'wapumbavu', 'mshenzi', 'washenzi', 'huna akili', 'wewe mbwa', 'mbwa wewe',
      'mumu', 'werey', 'olodo', 'ashawo', 'oloshi', 'agbaya', 'your head no correct', 'you no get sense', 'you dey craze',
      // Cebuano (round twenty-four): "X ka" is "you are X", with "kaayo" (very), "man", "diay", "jud" between ("Bogo man diay ka").
      '(?:bogo|bugo|buang|boang|yawa|hambog|kuripot|ulaga|piste|pisti|giatay|animal)(?: (?:kaayo|man|diay|jud|gyud|ra|lagi))* ka',
    ]) +
    '(?![a-z0-9])',
  'g',
));
/** Who the work is said to look made by. */
const ANIMAL_AUTHOR = '(?:monkey|chimp|goat|donkey|hamster|trained (?:monkey|chimp|parrot))';
const CHILD_OR_ANIMAL = `(?:child|kid|toddler|baby|5[- ]year[- ]old|five[- ]year[- ]old|${ANIMAL_AUTHOR})`;
/** Contempt without a swear word: "A child could have got this right", "My dog draws better", "no brain at all". */
const CONTEMPT = compileAhead(new RegExp(
  [
    '\\b(?:a|any|my) ' +
      '(?:child|kid|toddler|monkey|5[- ]year[- ]old|five[- ]year[- ]old|grandma|dog|cat) ' +
      '(?:could (?:have )?)?' +
      '(?:do|done|did|got|get|make|made|draw|draws|drew|write|writes|wrote|code|codes) ' +
      '(?:this |it |that )?(?:better|right)\\b',
    // "a trained monkey would have fixed that by now", "any kid could've built it".
    "\\b(?:a|any|even a) (?:trained )?(?:monkey|chimp|child|kid|toddler|5-year-old|five-year-old) (?:could|would)(?:'ve| have) " +
      '(?:fixed|done|finished|built|written|made|designed|coded|solved|drawn)\\b',
    // The same put-down asked: "did a child do this?", "who taught you to code, a monkey?", "was this written by a toddler?".
    // A child as the author only in "who taught you": a children's book or a kids' app asks "did a child draw this?" kindly.
    `\\b(?:did|has) (?:a|your|some) ${ANIMAL_AUTHOR} (?:do|write|make|draw|design|code|build|type)\\b(?=[^.!?\\n]{0,25}\\?)`,
    `\\bwho taught you(?: (?:to|how to) \\S+)?,? (?:a|your|some) ${CHILD_OR_ANIMAL}(?=\\s*\\?)`,
    `\\b(?:was|is) (?:this|it|that) (?:written|made|drawn|designed|coded|built|done|typed) by (?:a|your|some) ${ANIMAL_AUTHOR}(?=\\s*\\?)`,
    '\\bno brain(?:s)?(?: at all)?\\b', '\\b(?:should|ought to) be ashamed\\b',
    '\\byour (?:garbage|trash|crap|bullshit|pathetic|stupid|useless|lame) ' +
      '(?:excuses?|work|code|design|logo|english|attitude|writing|software|app|product|website|service|feedback|company)\\b',
    '\\bstop wasting my time\\b[^.!?\\n]{0,30}?\\b(?:garbage|trash|crap|bullshit|stupid)\\b',
    '(?:^|[.!?]\\s*)' +
      '(?:pathetic|useless|worthless|incompetent|ridiculous|disgusting|idiots?|morons?|clowns?|losers?|imbeciles?|fools)(?:[.!]+|$)',
    ', genius[.!?]', '\\bpeople from your country (?:always|all|never)\\b',
    // "your trash repo is an insult to real developers. Delete it and find a new career."
    '\\byour (?:garbage|trash|crap|pathetic|stupid|useless|lame) (?:repo|repository|pr|pull request|project|library|plugin|portfolio|script)\\b',
    '\\b(?:you(?:\'re| are)|u r|(?:your|ur) (?:\\S+ ){0,2}(?:is|are|was)) (?:just |literally |frankly )?an? (?:insult|disgrace|embarrassment) to (?:real |actual |all |every |the )?' +
      '(?:developers|devs|programmers|coders|designers|engineers|writers|freelancers|professionals|profession|industry)\\b',
    '(?:^|[.!?,]\\s*|\\b(?:and|just|maybe|go|please|then) )find (?:a |another )(?:new |different |real )?(?:career|profession|line of work|hobby)\\b',
    '\\byou people are all the same\\b',
  ].join('|'),
  'gm',
));
/** Names that are insults wherever they stand ("explain how it works dimwit"), and the obscene gesture emoji. */
/**
 * The reader folded into a group and judged as one (round 31): "People like you shouldn't hire on Upwork", "Shameless people like you are
 * why freelancers suffer", "clients like you always think Filipinas will just keep working for free", "You people are the reason Filipinos
 * get cheated online". The group alone is no insult ("people like you make this job a joy"): a verdict must follow it, or a sneer before it.
 */
const LIKE_YOU =
  "(?:(?:people|clients|customers|guys|folks|men|women|freelancers|devs|developers|designers|buyers|employers|persons?) like (?:you|u|yourself)|" +
  'you people|your kind|your type|gente como (?:tu|usted|voce|vc|ustedes)|les gens comme (?:vous|toi)|leute wie (?:sie|du|dich|ihr))';
const SNEER = '(?:shameless|cheap|lazy|greedy|useless|arrogant|rude|stupid|dishonest|ignorant|entitled|clueless|incompetent|disgusting|pathetic)';
const BAD_OUTCOME =
  '(?:cheated|scammed|bad name|suffer\\w*|mess|problem|ruin\\w*|hate\\w*|broke|poor|struggl\\w*|quit\\w*|los(?:e|ing)|trouble|nobody|no one|cheap|free|slaves?)';
const LIKE_YOU_JUDGED = compileAhead(new RegExp(
  `\\b(?:${SNEER} ${LIKE_YOU}|${LIKE_YOU}(?: (?:always|never|just|only|all|really|honestly))? (?:` +
    "(?:shouldn'?t|should not|should never)(?! (?:have|need|worry|feel|be|suffer|wait|deal|pay|get|lose)\\b)|don'?t deserve|do not deserve|never learn|make me sick|disgust me|" +
    `(?:are|r) (?:the reason|why|giving|ruining|a disgrace|a joke|the problem|what'?s wrong)[^.!?\\n]{0,60}?\\b${BAD_OUTCOME}\\b|` +
    `(?:think|expect|want|treat)\\w*[^.!?\\n]{0,60}?\\b(?:for free|slaves?|like (?:dirt|rubbish|garbage|trash)|nothing)` +
    '|no (?:deberian|merecen)|nao (?:deveriam|merecem)|ne (?:devraient|meritent) (?:pas|jamais)|sollten (?:nicht|nie)))',
  'g',
));
/**
 * The reader called one thing, in any of the rules' languages, with a word or two of emphasis between (round 31): "Eres realmente un
 * incompetente", "Vous êtes vraiment des incapables", "You are honestly incompetent", "Sie sind offensichtlich unfähig". The name ends the
 * phrase, so "you are an amateur photographer?" is no name; a denial before it ("not", "I'm not saying") spares it.
 */
const YOU_ARE =
  "(?:you are|you'?re|u r|u are|eres|sos|es usted|usted es|tu eres|voce e|vc e|o senhor e|a senhora e|vous etes|tu es|t'es|sie sind|du bist|" +
  'sei|lei e|siete|siz|sen|kamu|anda|ikaw ay|ты|вы)';
const EMPHASIS =
  '(?:really|honestly|truly|clearly|obviously|just|such|so|completely|totally|simply|a|an|un|una|um|uma|des|une|ein|eine|einfach|realmente|' +
  'de verdad|muy|todo|vraiment|completement|totalement|franchement|wirklich|offensichtlich|total|veramente|davvero|proprio|gercekten|tam|' +
  'bir|sungguh|benar-benar|talaga|ng|isang|просто|реально|полный|полная|полные)';
const CALLED_WORD =
  '(?:incompetent[es]?|useless|inutile?s?|imprestavel|nutzlos|unfahig|incapables?|incapaz|idiot[ase]?|imbecil(?:es)?|imbeciles?|stupid[oae]?|' +
  'estupid[oa]s?|dumm|blod|sinverguenzas?|estafador(?:es|as?)?|escroc|betruger|dolandirici|penipu|ladr(?:on|ones|ona)|ladrao|voleur|dieb|' +
  'scammers?|thief|thieves|liars?|mentiros[oa]s?|menteur|menteuse|lugner|bugiardo|yalanci|pembohong|frauds?|cowards?|cobardes?|covardes?|lache|' +
  'feigling|clowns?|payas[oa]s?|palhac[oa]s?|charlatan|loser|perdedor|fracassad[oa]|worthless|pathetic|pateticos?|pathetique|jahil|beceriksiz|' +
  'некомпетентн\\S*|бездар\\S*|мошенни\\S*|лжец|вор)';
const CALLED_ONE = compileAhead(
  new RegExp(`(?<![\\p{L}])${YOU_ARE}((?: ${EMPHASIS}){0,3}) ${CALLED_WORD}(?= *(?:[.!?,;:]|$|and\\b|y\\b|e\\b|et\\b|und\\b|ve\\b))`, 'gu'),
);
const THING_WORD = /(?:useless|inutile?s?|imprestavel|nutzlos|dumm|blod|stupid[oae]?|worthless|pathetic|patetic\w*|pathetique)$/;
const DENIED_BEFORE = /\b(?:not|never|no|nao|nicht|pas|don'?t|doesn'?t|isn'?t|wasn'?t|nobody|no one|if|whether|unless)\b[^.!?,;\n]{0,30}$/;
const NAME_CALLING = /(?<![a-z0-9])(?:dimwit|halfwit|nitwit|numbskull|nincompoop|bonehead|blockhead|dumbo)s?(?![a-z0-9])|\uD83D\uDD95/g;
/** A group insult aimed at everyone addressed: "Scammers, every single one of you." */
const ALL_OF_YOU = compileAhead(new RegExp(
  '\\b(?:scammers|liars|thieves|frauds|idiots|morons|clowns|cheats|losers),? ' +
    '(?:every (?:single )?one of you|all of you|the (?:whole )?lot of you|each (?:and every )?one of you)\\b',
  'g',
));
/** A word in quotes is named, not used: "block words like \u201cpendejo\u201d". */
/** The writer reports what they were called: "I am called lazy and...", "he called me a ...", "I've been called worse". */
/** "one guy called my tech a f***ing crook": a name someone else was called, reported (round 21b). */
const CALLED_SOMEONE = /\b(?:called|calls|calling) (?:my|our|his|her|their|the|him|them)(?: \w+){0,2} (?:a|an)(?: \w+)?\s*$/;
const CALLING_THE_WRITER = "\\b(?:(?:i|i'm|i am|i was|i've been|i have been|i got|we were|we are|we've been) (?:\\w+ )?called|call(?:ed|s|ing) (?:me|us))";
const CALLED_THE_WRITER = new RegExp(`${CALLING_THE_WRITER}\\b[^.!?,;\\n]{0,80}$`);
/** The same, the name right after the calling (two words at most between): what the final filter of every hit reads. */
const CALLED_THE_WRITER_AT = new RegExp(`${CALLING_THE_WRITER}(?: (?:a|an|such an?|like an?))?(?: \\w+){0,2} ?$`);
/**
 * The same in other languages, where the writer tells what someone called them: Polish "nazwał mnie idiotą", "napisał, że jestem
 * idiotą", Spanish "me llamó", Portuguese "me chamou", French "m'a traité de", German "hat mich ... genannt", Romanian "m-a făcut";
 * Yoruba "ó pè mí ní ...", Hausa "ya kira ni ...", Igbo "ọ kpọrọ m ...", "o kwuru na m bụ ...", Somali "igu yiri ...", Malagasy "niantso ahy hoe ...";
 * Swedish "kallade mig", Norwegian "kalte meg", Danish "kaldte mig", Finnish "kutsui minua", Icelandic "kallaði mig";
 * Lithuanian "(klientas) mane išvadino", Latvian "mani nosauca", Estonian "mind nimetati", Czech "nazval mě", Bulgarian "ме нарече"
 * (round twenty-seven).
 */
const CALLED_OTHER = new RegExp(String.raw`(?:\bnazwal[ao]?\w* mnie|\bnapisal[ao]?\w*,? (?:\S+ ){0,3}ze jestem|\bme (?:llamo|llamaron|chamou|chamaram)|\bm'a traite de|\bhat mich\b|` +
  String.raw`\bm-a (?:facut|numit)|\bpe (?:mi|wa) ni|\b(?:ya|ta|sun|an) kira (?:ni|mu)|\bkporo (?:m|anyi)|\bkwuru na (?:m|anyi) bu|\bigu (?:yiri|yidhi)|\bniantso (?:ahy|anay) hoe|` +
  String.raw`\b(?:kallade|kalla) (?:mig|mej)|\bkalte meg|\bkaldte mig|\bkutsui (?:minua|mua)|\bkalladi mig|` +
  String.raw`\b(?:mane|mus) (?:isvadino|pavadino)|\b(?:isvadino|pavadino) (?:mane|mus)|\bnazval[ai]? me|\bme nazval[ai]?|` +
  String.raw`(?<![а-я])(?:ме нарече|нарече ме|ме нарекоха)(?![а-я])|\b(?:mani|mus) nosauca|\bnosauca (?:mani|mus)|\bmind nimetati)[^.!?;\n]{0,60}$`);
const QUOTES = '"\'\u2018\u2019\u201c\u201d\u00ab\u00bb';
const quoted = (text: string, start: number, end: number) => QUOTES.includes(text[start - 1] ?? ' ') && QUOTES.includes(text[end] ?? ' ');
/** Words that are insults and also the name of an animal: "ullu" (owl), "anjing" (dog), "bitches" (female dogs), "kutta". */
const ANIMAL_WORD = /^(?:ullu|anjing|kutt[ae]|babi|bitch(?:es)?|gadh[ae]|hayop)$/;
/** ...in a sentence about animals: pet food, a breeder's site, a picture for a children's book. */
const ANIMAL_TALK = new RegExp(
  '\\b' +
    oneOf([
      'makanan', 'kucing', 'pakan', 'hewan', 'peliharaan', 'breed\\w*', 'kennels?', 'pedigrees?', 'pupp(?:y|ies)', 'female dogs',
      'studs?', 'litters?', 'pets?', 'vets?', 'veterinar\\w*', 'illustrat\\w*', 'cover', 'book', 'cartoon', 'mascot', 'stickers?',
      'drawing', 'janwar', 'jaanwar', 'billi', 'tota', 'chidiya', 'zoo', 'grooming', 'shepherds?', 'kids', 'bachon', 'cats?',
    ]) +
    '\\b',
);
/** ...unless aimed at someone: "you dog", "dasar anjing", "tu ullu hai", "anjing lu". */
const AIMED_BEFORE = /\b(?:you|your|u|ur|dasar|lu|lo|kamu|kau|tu|tum|tera|teri|aap|sen|ya)\s*$/;
const AIMED_AFTER = /^\s*(?:ka pattha|ke patthe|lu|lo|kau|kamu|ka|hai tu|ho tum)\b/;
/** A word quoted, or an animal named, is not aimed at anyone. */
/** "idiot-proof", "fool-proof": a design goal, not a name. */
const PROOFED = /^[- ]?proof/;
/**
 * The verb of calling or saying right after the word, in Malayalam, Kannada, Gujarati, Punjabi and Sinhala, which put it there:
 * "ക്ലയന്റ് എന്നെ മണ്ടൻ എന്ന് വിളിച്ചു" (the client called me a fool), told (round twenty-six). Decomposed, as the view has them.
 */
const CALLED_AFTER = new RegExp(`^(?:${[
  ' എന്ന് വിളിച്ചു', ' എന്നു വിളിച്ചു', ' എന്ന് പറഞ്ഞു', ' ಅಂದ್ರು', ' ಅಂತ ಕರೆದ',
  ' કહ્યો', ' કહ્યું', ' ਕਿਹਾ', ' කිව්වා',
].map((w) => w.normalize('NFKD')).join('|')})`);
/**
 * Round thirty: a word of contempt said of a bug, code or a button, not of a person: "Этот баг просто тупой", "ce bug est vraiment débile",
 * "esse bug é muito idiota", "Ang bobo ng bug na to". The thing is named in the few words before (or, in Tagalog, right after "ng"), with
 * no "you" between.
 */
const THING_NAMED = /(?<![a-z\u0400-\u04ff])(?:bug|bugs|баг|баги|code|код|button|кнопка|plugin|script|layout|error|ошибка|помилка)(?![a-z\u0400-\u04ff])/;
const YOU_BETWEEN = /(?<![a-z\u0400-\u04ff])(?:you|u|ur|your|tu|toi|vous|ты|вы|ти|ви|sen|siz|kamu|lu|lo|tum|aap|mo|ka|eres|sos|voce|vc|du|sie|enta|inta|nee)(?![a-z\u0400-\u04ff])/;
const THING_AFTER = /^ (?:ng|nung|ng mga) (?:bug|code|button|plugin|layout)\b/;
/** Round thirty: a name the writer was called, told in Hindi or Urdu ("Client ne mujhe gadha bola, maine report kar diya"). */
const TOLD_HI_BEFORE = /\bne (?:mujhe|mujhko|humein|hume|hamein)(?: \S+)? $/;
const TOLD_HI_AFTER = /^ (?:bola|boli|bole|kaha|keh diya|kah diya|bol diya|likha|bulaya)\b/;
const toldInHindi = (text: string, start: number, end: number) =>
  TOLD_HI_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && TOLD_HI_AFTER.test(text.slice(end, end + 12));
/** "Такой код только дебил мог написать", "only an idiot could write this code": the one who made the thing is the one insulted. */
const MADE_IT_AFTER = new RegExp(
  '^ (?:мог(?:ла|ли)?|могут|could|would|can|pourrait|podria|poderia) ' +
    '(?:написать|сделать|придумать|write|make|code|build|ecrire|escribir|escrever)(?![a-z\\u0400-\\u04ff])',
);
function saidOfThing(text: string, start: number, end: number): boolean {
  if (MADE_IT_AFTER.test(text.slice(end, end + 30))) return false;
  const lead = text.slice(Math.max(sentenceAt(text, start).start, start - 40), start);
  return (THING_NAMED.test(lead) && !YOU_BETWEEN.test(lead.slice(lead.search(THING_NAMED)))) || THING_AFTER.test(text.slice(end, end + 16));
}
const spared = (text: string, start: number, end: number) =>
  quoted(text, start, end) || animalMeant(text, start, end) || PROOFED.test(text.slice(end, end + 6)) || saidOfThing(text, start, end) ||
  CALLED_OTHER.test(text.slice(sentenceAt(text, start).start, start)) || CALLED_AFTER.test(text.slice(end, end + 16));
function animalMeant(text: string, start: number, end: number): boolean {
  if (!ANIMAL_WORD.test(text.slice(start, end))) return false;
  if (AIMED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || AIMED_AFTER.test(text.slice(end, end + 14))) return false;
  return ANIMAL_TALK.test(sentenceAt(text, start).text);
}
/**
 * Abuse named, not aimed at the reader: what a filter must catch, what someone wrote in a report, a villain's line,
 * an example in moderation guidelines. The words sit inside double quotes, or a masked word is listed ("masked ones
 * like f*** or sh1t"), and the sentence or its neighbours talk about messages, filters, reports or fiction.
 */
const MENTION_TALK = new RegExp(
  '\\b' +
    oneOf([
      'filter\\w*', 'block\\w*', 'catch\\w*', 'flag\\w*', 'mask\\w*', 'moderat\\w*', 'classifier', 'profanity', 'leetspeak',
      'swear\\w*', 'slurs?', 'insult\\w*', 'threat\\w*', 'harass\\w*', 'abus\\w*', 'toxic', 'hate speech', 'bully\\w*',
      'report\\w*', 'wrote', 'writes', 'said', 'says', 'saying', 'called', 'repl(?:y|ies|ying)', 'quot\\w*', 'examples?',
      'lines?', 'placeholder', 'error messages?', 'messages?', 'comments?', 'villain', 'novel', 'chapter', 'manuscript',
      'script', 'dialogue', 'taunts?', 'cliffhanger', 'campaign', 'helpline', 'job post', 'antagonist',
      // Round 35 (batch 118): a line someone else said, told to the reader ('a freelancer told me "..."').
      'told', 'tells',
      // Round thirty-seven: abuse received and sent on to support with a screenshot ("Oi, suporte. Um freelancer me mandou isso: '...'. Segue o print").
      'support', 'suporte', 'soporte', 'screenshots?', 'prints?', 'captura\\w*', 'geschrieben', 'schrieb', 'mandou', 'escreveu', 'escribio', 'ecrit', 'likha',
      // A line of a film or a series being translated or subtitled, in English and the languages of the corpus.
      'subtitl\\w*', 'film', 'movie', 'series', 'scene', 'characters?', 'dialog\\w*', 'napis\\w*', 'bohater\\w*', 'postac\\w*',
      'subtitrar\\w*', 'personaj\\w*', 'serial', 'subtitul\\w*', 'legenda', 'untertitel\\w*', 'sous-titr\\w*',
      // Round twenty-seven (t46): a character, a line, a scene, subtitles, a translation in Swedish, Norwegian, Danish, Finnish, Icelandic.
      'karaktar\\w*', 'karakter\\w*', 'replik\\w*', 'scenen', 'undertext\\w*', 'oversett\\w*', 'oversaet\\w*', 'oversatt\\w*',
      'hahmo\\w*', 'repliik\\w*', 'kohtau\\w*', 'tekstity\\w*', 'kaannos\\w*', 'persona\\w*', 'thyding\\w*',
    ]) +
    '\\b' +
    // Korean, Japanese and Hebrew (round twenty-five): a character's line, subtitles, a translation ("캐릭터 대사 ... 번역해 주세요", "セリフを英訳").
    `|${['캐릭터', '대사', '자막', '번역', 'キャラ', 'セリフ', '台詞', '字幕', '翻訳', '英訳', 'דמות', 'כתוביות',
      'תרגום'].map((w) => w.normalize('NFKD')).join('|')}` +
    // Round twenty-six: a hero's line, a game, a translation, in Armenian, Uzbek, Kazakh, Kyrgyz, Tajik, Mongolian and Persian.
    '|(?<![\\u0531-\\u0587])(?:հերոս|խաղ|թարգման|ֆիլմ|սերիալ)|\\b(?:qahramon\\S*|o\'?yin\\S*|tarjima\\S*|filmdagi)\\b|' +
    '(?<![\\u0400-\\u052f])(?:қаҳрамон|кейіпкер|каарман|баатар|ойын|оюн|' +
    'бози|тоглоом|тарҷима|аударып|аудар|котор|орчуул|таржима|написал|сказал|цитат)|' +
    'قهرمان|شخصيت|ترجمه|زيرنويس|بازي',
);
// Straight, guillemet and low-high quotes ("„ty idioto”", "«ești un idiot»").
// Japanese corner brackets too (round twenty-five): 「ぶっ殺すぞ！」 as a line to translate.
const DOUBLE_QUOTE = /["\u00ab\u00bb\u201c\u201d\u201e\u300c\u300d\u300e\u300f]/;
const DOUBLE_QUOTES = new RegExp(DOUBLE_QUOTE.source, 'g');
/** [start, end) inside double quotes: an odd number of them before it (in the last 2,000 characters), one after it. */
function insideQuotes(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2000), start).match(DOUBLE_QUOTES)?.length ?? 0;
  return before % 2 === 1 && DOUBLE_QUOTE.test(text.slice(end, end + 400));
}
/**
 * [start, end) inside single quotes (round 21b): "A customer wrote on our Facebook 'you are thieves'", "he called us 'negros
 * vagos'". An apostrophe between letters ("foreman's", "don't") neither opens nor closes the quote.
 */
const SINGLE_OPENED = /(?:^|[\s(:])['\u2018](?:[^'\u2018\u2019\n]|(?<=[a-z])['\u2019](?=[a-z])){0,200}$/;
const SINGLE_CLOSED = /^(?:[^'\u2018\u2019\n]|(?<=[a-z])['\u2019](?=[a-z])){0,200}['\u2019](?![a-z])/;
function insideSingleQuotes(text: string, start: number, end: number): boolean {
  // A match may take the closing quote with it ("idiot'").
  const to = /['\u2019]$/.test(text.slice(start, end)) ? end - 1 : end;
  return SINGLE_OPENED.test(text.slice(Math.max(0, start - 200), start)) && SINGLE_CLOSED.test(text.slice(to, to + 200));
}
/**
 * Banter between colleagues (round thirty-seven): a mild name with a fond word before it, "Rolling it back now, you beautiful idiot 😂",
 * "you magnificent clown". The fondness takes the sting out; "you stupid idiot" or a bare "you clown" still count.
 */
const FOND_BEFORE = /\b(?:you|u) (?:beautiful|lovely|magnificent|glorious|adorable|sweet|brilliant|gorgeous|wonderful|handsome|cheeky|clever|crazy|mad) $/;
const MILD_NAME = /^(?:idiot|clown|fool|dummy|goof(?:ball)?|muppet|nerd|dork|weirdo|genius|nutter|madman|donkey)s?[\s,.!]*$/;
function fondly(text: string, start: number, end: number): boolean {
  return MILD_NAME.test(text.slice(start, end)) && FOND_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
/** A masked word in a list: "like f*** or sh1t", "(f**k, sh1t, a$$hole)". */
const LISTED = /(?:\blike|\bsuch as|\be\.g\.|\bincluding|\()[^.?\n]{0,40}$/;
function mentioned(text: string, start: number, end: number): boolean {
  // A comma before a word is no mask: "your kind of people, pork eating" spans a clause, it is not "f*** or sh1t" listed after "like".
  const masked = /[^a-z\s'-]/.test(text.slice(start, end).replace(/, (?=[a-z])/g, ' '));
  if (!insideQuotes(text, start, end) && !insideSingleQuotes(text, start, end) && !(masked && LISTED.test(text.slice(Math.max(0, start - 60), start)))) {
    return false;
  }
  return MENTION_TALK.test(neighbourhood(text, start));
}
/** French "en retard", "du retard" (late, a delay), not the English slur. */
// Plural delays too: "à cause des retards de livraison", "les retards fournisseurs", "nos retards".
const FRENCH_DELAY = new RegExp(
  '(?:^|[^a-z])(?:en|du|de|le|un|sans|au|avec|aucun|peu de|pris du|ce|ton|votre|nouveau|autre|premier|deuxieme|troisieme|second' +
    '|des|les|ces|nos|vos|ses|mes|tes|leurs|aux|plusieurs|quelques|nombreux) $',
);

/**
 * "Get lost" said of someone, not to them: "customers get lost", "users get lost in the checkout", "it's easy to get lost
 * in the details". A subject or a modal stands before it, or a place or a condition follows it; "get lost!", "just get
 * lost", "you can get lost" stay an order.
 */
const LOST_SUBJECT = new RegExp(
  '\\b(?:' +
    oneOf([
      'i', 'we', 'they', 'he', 'she', 'it', 'people', 'users', 'customers', 'visitors', 'guests', 'clients', 'readers',
      'buyers', 'shoppers', 'kids', 'children', 'folks', 'everyone', 'everybody', 'someone', 'newcomers', 'beginners',
      'players', 'drivers', 'tourists', 'passengers', 'things', 'messages', 'files', 'emails', 'items', 'packages',
      'parcels', 'orders', 'details', 'data', 'easy to', 'tend to', 'likely to', 'not to', 'never to',
    ]) +
    ')(?: (?:always|often|usually|sometimes|easily|quickly|still|never|might|may|could|will|would|tend to))?\\s*$',
);
/** "in case you get lost", "so you don't get lost", "if the driver gets lost": a condition or a negation, not an order. */
const LOST_CONDITION = new RegExp(
  "\\b(?:in case|if|when|whenever|so|so that|lest|make sure) (?:you|u|anyone|someone|somebody|the \\w+)(?: ever)?(?: (?:do ?n'?t|do not|won'?t|will not|never))?\\s*$" +
    "|\\b(?:you|u) (?:do ?n'?t|do not|won'?t|will not|never)\\s*$",
);
const LOST_WHERE = /^ (?:in|on|among|between|inside|within|when|if|while|because|easily|quickly|without|along|at|during)\b/;
/** Name-calling at the end of a sentence: "just do what you're told, monkey." */
const VOCATIVE =
  /(?:, |^|[.!?] )(?:you )?(?:monkey|idiots?|morons?|clown|losers?|dumbass(?:es)?|retard|fools?|donkey|pig|dog|imbeciles?|old man|stupid|peasants?|cheapskates?)\b(?= *(?:[.!?]|$))/gm;
/** Threats of harm, exposure or stalking. */
const THREAT = compileAhead(new RegExp(
  [
    '\\b(?:go )?kill (?:yourself|urself|ur self)\\b', '\\bkys\\b',
    '\\bi hope you (?:die|get hurt|suffer|rot|get cancer)\\b',
    '\\b(?:i(?:\'ll| will|\'m going to| am going to|\'m gonna)|we(?:\'ll| will)|gonna)' +
      '\\b[^.!?\\n]{0,12}?\\b' +
      oneOf([
        'kill', 'hurt', 'beat', 'destroy', 'ruin', 'harm', 'stab', 'shoot', 'punch', 'smash',
        // Round twenty-one: "find" with a second object is a service ("I'll find you a better slot", "we'll find you someone").
        'find(?=[^.!?\\n]{0,10}?\\b(?:you|u|him|her|them)\\b(?! (?:a|an|the|some|another|any|more|better|new|good|someone|somebody|people|clients?|work|jobs?|time|slots?|those|these|\\d+)\\b))',
        'come for', 'hunt', 'dox', 'expose', 'leak', 'track down', 'report you to the police and',
      ]) +
      '\\b[^.!?\\n]{0,10}?\\b' +
      oneOf([
        'you', 'u', 'him', 'her', 'them',
        '(?:your|ur) ' +
          oneOf([
            'family', 'kids', 'children', 'wife', 'husband', 'life', 'house', 'home', 'face', 'car',
            'reputation', 'career', 'business', 'name',
          ]),
      ]) +
      // "I'll shoot you the rest of the feedback tonight", "I'll shoot you an email": sending, not shooting.
      '\\b(?! (?:api|code|app|site|data|files?|invoices?|score|speed|record|endpoints?|the rest|an? (?:email|message|note|line|text|dm|link|invite|quick)))',
    '\\b(?:i(?:\'ll| will)|you(?:\'ll| will))\\b[^.!?\\n]{0,12}?\\b' +
      oneOf([
        'make you (?:pay|suffer|regret)', 'make your life (?:hell|miserable)', 'regret (?:this|it|ever)',
        // "I'll pay for this week's hours in full": a payment promised, not a threat.
        'pay for this(?! (?:week|month|day|sprint|milestone|phase|round|part|one|batch|order|session|call|revision))', 'be sorry', 'break your \\w+',
      ]) +
      '\\b',
    '\\b(?:you\'?ll|you will|you\'?re going to|you are going to) (?:get|be) ' +
      '(?:hurt|killed|beaten|sorry)\\b',
    '\\b(?:come|coming) after (?:you|your)\\b',
    '\\bdestroy (?:your|ur) (?:life|career|family|reputation|business)\\b',
    '\\b(?:you\'?ll|you will) (?:find out|see|learn) what happens\\b',
    '\\bi know (?:which|what|where) (?:city|town|country|street|house|area|neighbou?rhood)' + ' you live\\b',
    '\\bmake sure you regret\\b', '\\bwatch your back\\b',
    '\\b(?:you|u) (?:deserve|should) (?:to )?(?:die|be (?:shot|killed|beaten|hurt))\\b',
    '\\bi know where you live\\b',
    // "I'll make sure every dev in the community knows exactly how you treat contractors."
    '\\b(?:i\'?ll|i will|i\'?m going to|gonna) (?:make sure|see to it|let|tell)\\b[^.!?\\n]{0,60}?\\b(?:(?:knows?|hears?|finds? out|learns?) )?' +
      '(?:exactly |all about |about )?(?:how you (?:treat|operate|behave|do business)|what (?:kind of )?(?:a )?(?:person|client|freelancer|human) you (?:really )?are|who you really are)\\b',
  ].join('|'),
  'g',
));
/** Peoples named as a whole (nationalities, regions, religions). */
const PEOPLES = oneOf([
  'indians?', 'pakistanis?', 'bangladeshis?', 'filipinos?', 'nigerians?', 'africans?', 'blacks?', 'asians?', 'chinese', 'arabs?',
  'muslims?', 'jews?', 'hindus?', 'sikhs?', 'christians?', 'mexicans?', 'latinos?', 'russians?', 'ukrainians?', 'egyptians?',
  'kenyans?', 'venezuelans?', 'marathis?', 'tamils?', 'telugus?', 'bengalis?', 'punjabis?', 'gujaratis?', 'biharis?',
  'kashmiris?', 'dalits?', 'women', 'females', 'gays?', 'immigrants?', 'foreigners?', 'third[- ]world(?:ers)?',
]);
/** Discriminatory generalisations and exclusions. */
const DISCRIMINATION = compileAhead(new RegExp(
  [
    '\\b(?:all |you |these |those |typical |fucking |stupid |dirty )?' +
      oneOf([
        'indians?', 'pakistanis?', 'bangladeshis?', 'filipinos?', 'nigerians?', 'africans?', 'blacks?',
        'asians?', 'chinese', 'arabs?', 'muslims?', 'jews?', 'hindus?', 'christians?', 'mexicans?',
        'latinos?', 'russians?', 'ukrainians?', 'women', 'girls', 'gays?', 'immigrants?', 'foreigners?',
        'third[- ]world(?:ers)?',
      ]) +
      '\\b (?:people )?(?:are|r|always)(?: all)? ' +
      oneOf([
        'scammers?', 'lazy', 'stupid', 'dumb', 'thie(?:f|ves)', 'liars?', 'cheap', 'dirty', 'useless',
        'incompetent', 'animals', 'terrorists?', 'inferior', 'worthless', 'trash', 'garbage', 'criminals?',
        'idiots?', 'frauds?', 'slow',
      ]) +
      '\\b',
    '\\bno ' +
      oneOf([
        'indians?', 'pakistanis?', 'bangladeshis?', 'filipinos?', 'nigerians?', 'africans?', 'blacks?',
        'asians?', 'arabs?', 'muslims?', 'jews?', 'women', 'gays?', 'foreigners?',
      ]) +
      '(?: please| allowed| need apply| accepted)?\\b' +
      '(?=[^a-z]*(?:please|allowed|need apply|accepted|$|[.!,]))',
    '\\bgo back to (?:your|ur) (?:own )?(?:country|village|jungle|hole)\\b',
    // Shutting a group out: "Indians will be automatically rejected", "the Marathi people are not welcome here".
    '\\b(?:the )?' + PEOPLES + ' (?:people |candidates |applicants |freelancers |developers |workers )?' +
      '(?:are|is|will be|would be|get|r) (?:not welcome|unwelcome|(?:automatically |instantly |immediately )?(?:rejected|disqualified|excluded|declined))\\b',
    '\\b' + PEOPLES + ' (?:people |candidates |applicants |freelancers )?need not apply\\b',
    '\\b' +
      oneOf([
        'women', 'girls', 'females', 'ladies', 'indians?', 'pakistanis?', 'africans?', 'nigerians?', 'filipinos?',
        'asians?', 'arabs?', 'muslims?', 'blacks?', 'old people',
      ]) +
      '\\b (?:can\'?t|cannot|don\'?t know how to|shouldn\'?t|are unable to|(?:don\'?t|do not) (?:really )?(?:get|understand)|' +
      '(?:aren\'?t|are not|r not) (?:good at|built for|made for|cut out for)|are (?:bad|terrible|hopeless) at) ' +
      '(?:the |game |basic )?(?:code|coding|program\\w*|design|write|writing|work|think|lead|logic|math|balance|tech\\w*|engineering|backend|dev\\w*|do (?:math|this))\\b',
    // "the ladies handle the admin while the guys do the development".
    '\\b(?:ladies|girls|women|females)\\b[^.!?\\n]{0,60}?\\b(?:while|and|but|whereas) (?:the )?(?:guys|men|boys|males)\\b' +
      '[^.!?\\n]{0,20}?\\b(?:development|dev|coding|code|technical|engineering|programming|real work)\\b',
    '\\b(?:expect(?:ed|ing)?|surprised?|unusual|strange|rare|weird|not sure about|never (?:seen|had|worked with)|didn\'?t think) ' +
      '(?:\\S+ ){0,2}an? (?:woman|girl|female|lady) (?:for|on|in|doing|as) (?:the |our |a )?' +
      '(?:backend|back-end|devops|engineering|coding|programming|tech\\w*|dev\\w*|this (?:role|job|position))\\b',
    // Age: "we prefer younger candidates", "at your age", "too old to learn React".
    '\\b(?:prefer|want|need|looking for|only hire|hire only|only hiring) (?:a |someone |somebody )?younger\\b',
    '(?<!was |were |i\'m |i am )\\bat your age\\b', '\\btoo old (?:for|to) (?:this|learn|code|coding|keep up|tech|startups?)\\b',
    '\\btypical of your (?:kind|people|country|race)\\b',
    '\\b(?:you\'?re|you are|u r|ur) all ' + '(?:scammers?|liars?|thieves|frauds?|idiots?|lazy|the same)\\b',
    // "people like you who hire from poor countries to save pennies and then complain are disgusting".
    '\\b(?:people from your country|your people|you people|your kind|people like you)\\b(?:,? who [^.!?\\n]{0,80}?)?,? ' +
      '(?:are|r) (?:all |so |such |really |truly |just )?' +
      oneOf([
        'scammers?', 'lazy', 'stupid', 'dumb', 'thie(?:f|ves)', 'liars?', 'cheap', 'dirty', 'useless',
        'incompetent', 'animals', 'idiots?', 'frauds?', 'slow', 'disgusting', 'pathetic', 'scum', 'vile', 'parasites',
      ]) +
      '\\b',
    '\\b(?:women|girls|females)\\b (?:shouldn\'?t|should not|can\'?t|cannot) be (?:doing|in)\\b',
    '\\bfind a man for (?:this|it|the job)\\b',
    '\\b(?:don\'?t|do not|never|won\'?t|will not) (?:hire|work with) ' +
      oneOf([
        'people from your country', 'your people', 'women', 'girls', 'indians?', 'pakistanis?', 'africans?',
        'nigerians?', 'filipinos?', 'muslims?', 'jews?', 'blacks?', 'asians?', 'arabs?', 'gays?',
        'foreigners?', 'old people',
      ]) +
      '\\b',
  ].join('|'),
  'g',
));
/** Regret at having hired someone for who they are: "This is what I get for hiring a woman", "should've hired a man". */
const HIRED_GROUP = compileAhead(new RegExp(
  [
    "\\b(?:what (?:i|you|we) get for|what happens when (?:you|i|we)|serves (?:me|you|us) right for|my (?:mistake|fault) for|never again) " +
      'hir(?:e|ing|ed) (?:an? |another )?(?:wom[ae]n|girls?|females?|lad(?:y|ies)|indians?|pakistanis?|filipinos?|nigerians?|africans?|' +
      'arabs?|asians?|muslims?|foreigners?)\\b',
    "\\b(?:should(?:'ve| have)|next time i'?ll|next time i will|i'?ll only) hired? (?:a |real )?(?:man|men|guys?|males?)\\b",
  ].join('|'),
  'g',
));
/** Sexual harassment. */
const SEXUAL = compileAhead(new RegExp(
  '\\b' +
    oneOf([
      'send (?:me )?(?:some |a )?(?:nudes?|naked|nude|sexy|hot|bikini|private) ' +
        '(?:pics?|photos?|pictures?|selfies?|videos?)?',
      'send (?:me )?nudes',
      '(?:you(?:\'re| are)|ur|u r|you look) (?:so |very |really )?' +
        '(?:hot|sexy|beautiful|cute|gorgeous)\\b' +
        '(?! (?:design|logo|product|website|site|app|work|portfolio|idea))',
      '(?:sleep|hook up|have sex|make love) with me', '(?:be|become) my (?:girlfriend|boyfriend|wife|lover)',
      'date me', 'go on a date with me', 'what are you wearing', 'show me your (?:body|boobs|tits|legs|feet)',
      'sugar (?:daddy|baby)',
      // "ur voice on that loom was hot", "your legs look so sexy".
      '(?:your|ur) (?:voice|body|legs|lips|smile|eyes|figure|butt|ass|selfie|profile (?:pic|photo|picture)) (?:\\S+ ){0,4}(?:is|was|looks?|sounds?) ' +
        '(?:so |really |very |kinda )?(?:hot|sexy)',
      'escort services?', 'sex work', 'are you single',
      '(?:send|share) (?:me )?(?:a |some |more |a few )?(?:pic|pics|photo|photos|picture|selfie)s? of ' +
        '(?:you|yourself|u|urself)',
      'you (?:sound|look|seem) (?:so |really )?(?:cute|hot|sexy)',
      'wearing (?:something )?(?:less formal|nothing|sexy|revealing|less)',
      '(?:meet|met|see you|stay) (?:me )?(?:in|at) (?:a|my|the) hotel',
      'sex ?chat', 'sexting', 'nice body', 'your body',
      '(?:photo|pic|picture|selfie|video)s? of (?:you|yourself) in (?:a |your )?' +
        '(?:bikini|lingerie|underwear|bed|the shower|swimsuit|bra)',
      'send (?:me )?(?:some |a |your )?nudes?', 'wanna (?:sex|fuck|hook ?up|date)',
      '(?:send|show) (?:me )?(?:your )?(?:body|boobs|tits)',
    ]) +
    '\\b',
  'g',
));

/**
 * Round twenty-eight: nationalities and faiths as people name a lot of others ("you Egyptians", "a typical Yank", "the Indian kid"). Not a
 * class of insults: the slot of the frames below, which read a generalisation, a belittling or a person lowered by where they are from.
 */
const PEOPLE_OF =
  '(?:egyptians?|germans?|yanks?|americans?|brits?|indians?|pakistanis?|nigerians?|filipinos?|filipinas?|pinoys?|brazilians?|kenyans?|ghanaians?' +
  '|bangladeshis?|nepalis?|chinese|russians?|ukrainians?|mexicans?|turks?|arabs?|africans?|asians?|europeans?|koreans?|vietnamese|indonesians?' +
  '|moroccans?|syrians?|iranians?|afghans?|romanians?|serbs?|albanians?|latinos?|latinas?|colombians?|venezuelans?|canadians?|aussies?' +
  '|australians?|italians?|greeks?|jews?|muslims?|hindus?|westerners?|foreigners?|gringos?|brazucas?)';
/**
 * A group generalised, belittled or lowered, whatever its name (round twenty-eight): "You Egyptians always say...", "You Germans with your
 * checklists", "You people think halal is...", "Typical Yank client", "go with the Indian kid", "another Nigerian "expert"", "an extremely
 * disgusting Brazilian", "Maybe in your country this is good quality", "they grade on a curve where you're from", "do they teach anything
 * at universities in ...?", "anything drawn by a woman, they can't ...". Not "clients from Germany like checklists", "a typical German
 * client expects a checklist", "we hire from the Philippines".
 */
/** One of them: "a typical Yank", "the Indian kid". */
const ONE_OF_PEOPLE = PEOPLE_OF.replace(/s\?/g, '');
/** What makes "you Egyptians ..." a generalisation; not praise ("you people always deliver on time"). */
const GENERALISING =
  "(?:always|never|all)\\b(?! (?:deliver|do|did|make|work|go|bring)\\w* (?:great|good|amazing|excellent|on time|well|fast|beautiful|quality|so well))" +
  '|(?:are all|think|with (?:your|ur)|and (?:your|ur) (?:\\S+ )?(?:attitude|excuses|mentality|culture))\\b';
const GENERALISED = compileAhead(new RegExp(
  '\\b' +
    oneOf([
      `(?<!\\bthank )(?:you|u) (?:lot of )?${PEOPLE_OF} (?:${GENERALISING})`,
      `(?<!\\bthank )(?:you|u) people (?:${GENERALISING}|act|seem to think)`,
      `(?<!\\b(?:an?|the) )typical ${ONE_OF_PEOPLE} ` +
        '(?:client|freelancer|developer|dev|designer|boss|behaviou?r|attitude|excuse|mentality|kid|guy|man|woman|scammer)s?(?=[,.!?;:]| again\\b)',
      `(?:go with|hire|hired|hiring|chose|choose|pick|picked|went with|take|took|get|got) (?:the|an?|another|some|that|this) ${ONE_OF_PEOPLE} ` +
        '(?:kid|kiddo|boy)(?= for (?:\\$|\\d|cheap|peanuts|pennies|nothing|a few))',
      `another ${ONE_OF_PEOPLE} ["'\u201c\u2018]\\w+`,
      'typical[.!]? (?:\\S+ ){0,3}hir\\w* (?:someone|anyone|people|a guy|a girl|freelancers?) from \\S+ and (?:you|u) (?:get|end up)',
      `(?:disgusting|filthy|dirty|lazy|stupid|dumb|useless|lying|thieving|greedy|ignorant|arrogant|clueless|incompetent|crooked) ${PEOPLE_OF}\\b`,
      "(?:maybe|perhaps|probably|i guess|i suppose) (?:in (?:your|ur) country|where (?:you'?re|you are|u r|ur) from|in (?:your|ur) part of the world),? " +
        '(?:this|that|it|such \\S+) (?:is|counts as|passes (?:as|for)|would be|is considered) (?:considered )?(?:good|acceptable|decent|professional|quality|high)',
      "(?:maybe|perhaps|probably|i guess) (?:they|you|people) (?:grade|mark|rate|judge) (?:\\S+ ){0,3}on a curve (?:where (?:you'?re|you are|u r) from|in (?:your|ur) country)",
      '\\bdo (?:they|you guys|you people) (?:even |actually )?teach (?:anything|you anything|\\S+ at all) (?:at|in) (?:universit\\w*|schools?|colleges?)',
      `(?:by|from|to) an? (?:woman|girl|female|lady|${ONE_OF_PEOPLE}),? (?:they|she|these people|those people) ` +
        "(?:can'?t|cannot|don'?t know how to|never|are (?:bad|terrible|useless|hopeless) at)\\b",
    ]) +
    '',
  'g',
));
/**
 * Threats to find the reader or to shame them before family and neighbours, in any wrapper (round twenty-eight): "You think I can't find
 * you?", "I'll find your office address and make a scene", "everyone in your barangay will know you stole", "Maybe she should know how
 * you treat people who work for you". Not "I'll find your address in the contract and ship the samples", "they should know how you work".
 */
const FOUND_OR_SHAMED = compileAhead(new RegExp(
  '\\b' +
    oneOf([
      "(?:you )?think i (?:can'?t|cannot|won'?t|wouldn'?t|couldn'?t) find (?:you|u|where (?:you|u))",
      "(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna|i can|i could) (?:easily |just )?find (?:your|ur|where (?:you|u)) (?:\\S+ ){0,2}" +
        '(?:office|home|house|address|live|work|family|shop|place)\\S* (?:and|,) (?:\\S+ )?(?:make|come|visit|show|teach|sort|deal|settle|talk|see|pay)',
      '(?:everyone|everybody|all|the whole \\S+|people) in (?:your|ur) (?:\\S+ )?' +
        '(?:barangay|village|town|city|neighbou?rhood|street|building|family|church|mosque|community|area|office|company|school)' +
        " (?:will|would|gonna|is going to|are going to|'ll) (?:\\S+ )?(?:know|hear|find out|learn|see) (?:that |what |about |who |how )?(?:you|u)\\b",
      "(?:should|will|would|needs? to|deserves? to|is going to|are going to|gonna|'ll) (?:all )?(?:know|hear|find out|learn|see) (?:how|what|that) (?:you|u) " +
        '(?:\\S+ )?(?:treat|behave|stole|steal|cheat|scam|lie|lied|rip|ripped|abuse|bully|bullied)',
    ]) +
    '\\b',
  'g',
));
/**
 * Photos asked for past the work, the person or a relative as the subject (round twenty-eight): "send me a photo in your swimmers", "a
 * selfie instead of the bill of lading, preferably in something short", "I bet you look as good as your font". Not a photo of the product.
 */
const PHOTO_OF_PERSON = compileAhead(new RegExp(
  '\\b' +
    oneOf([
      '(?:send|share|show)(?: me)? (?:a |some |more |your |a few )?(?:photo|pic|picture|selfie|video)s? (?:\\S+ ){0,8}?' +
        '(?:in (?:your|ur|a|some) (?:swim\\w*|bikini|lingerie|underwear|bra|pajamas|pyjamas|bathers|togs|nightie|towel)' +
        '|(?:preferably |ideally )?in something (?:short|tight|revealing|sexy|skimpy|little|less))',
      '(?:send|share)(?: me)? (?:a |some )?selfie (?:instead|rather)',
      'i bet (?:you|u) (?:look|are) (?:as |so |really )?(?:good|hot|sexy|cute|pretty|beautiful|fine)(?! (?:at|in (?:code|design)))',
    ]) +
    '\\b',
  'g',
));
/** A relative's looks, then photos of her asked for: "your daughter is very pretty in the choir video, can you send me more pics of her only?" */
const RELATIVE_PHOTOS = within(
  '(?:your|ur) (?:daughter|wife|sister|girlfriend|niece|mother|mom|mum|son) (?:is|looks) (?:\\S+ )?(?:pretty|beautiful|hot|sexy|cute|gorgeous)',
  '(?:send|share|show)(?: me)? (?:some |more |a few )?(?:pics?|photos?|pictures?|selfies?|videos?) of (?:her|him)',
  120,
  true,
);
/**
 * The person lowered by a comparison or a predicate, whatever the words (round twenty-eight): "you are rude and frankly rather stupid",
 * "your choir director is so stupid", "your developers code like first-year students", "even our cattle understand instructions better
 * than you", "Are you mad or what?", "or are you a girl?", "maybe hire a babysitter, not a bookkeeper", "leave this job to professionals",
 * "go back to making coffee", "I'll try once more with small words", "Don't you have a husband to help you with these computer things?".
 */
const LOWERED = compileAhead(new RegExp(
  '\\b' +
    oneOf([
      "(?:you(?:'re| are)|ur|u r|u are|they(?:'re| are)) (?:[a-z]+,? ){1,3}(?:and|&) (?:(?:frankly|honestly|also|rather|quite|pretty|very|so|just|really|plain|downright|simply) )*" +
        '(?:stupid|dumb|useless|incompetent|pathetic|worthless|brainless|clueless|ignorant|an? (?:idiot|moron|fool|clown|joke))',
      '(?:your|ur) (?:\\S+ )?(?:director|boss|manager|lead|head|ceo|founder|cto|team|developers?|devs|designers?|staff|employees|husband|wife|partner|assistant|workers' +
        '|programmers?|coders?)' +
        ' (?:is|are|was|were) (?:(?:so|really|very|such|just|completely|totally|clearly|obviously|honestly|frankly) )*' +
        '(?:stupid|dumb|useless|incompetent|idiots|an idiot|morons|a moron|clueless|brainless|pathetic)',
      '(?:you|u|your (?:\\S+ )?(?:developers?|devs|team|designers?|staff|writers?|coders?)) (?:code|write|design|draw|work|think|edit|type|spell)s? like ' +
        '(?:a |an |some )?(?:first-?year students?|children|kids|a child|a kid|toddlers?|monkeys?|school ?kids|a (?:\\d+|five|six|seven|ten)-?year-?old)',
      '(?:even )?(?:my|our|a) (?:cattle|cows?|goats?|dogs?|cats?|donkeys?|parrots?|sheep|chickens?|hamsters?|grandma|grandmother|granny) ' +
        '(?:\\S+ ){0,2}(?:understands?|gets?|learns?|follows?|reads?|listens?|knows?|does|codes?|writes?) (?:\\S+ ){0,3}better than (?:you|u)',
      'are (?:you|u) (?:\\S+ )?(?:mad|crazy|insane|nuts|stupid|dumb|blind) or (?:what|something)',
      'or are (?:you|u) (?:a |an |just a )?(?:little )?(?:girl|woman|baby|child|kid)\\?',
      '(?:hire|need|get) (?:\\S+ )?an? (?:babysitter|nanny|mommy|mummy|parent|teacher|carer|caretaker),? not an? ' +
        '(?:bookkeeper|accountant|developer|designer|freelancer|professional|writer|editor|va|virtual assistant|consultant|programmer|coder|marketer|lawyer|dev)',
      "(?:maybe|just|better|you should|you'?d better|please) (?:just )?leave (?:this|it|the \\S+|such \\S+)(?: job| work)? (?:to|with) (?:the )?" +
        '(?:professionals|real (?:\\S+s)|adults|grown-?ups|grownups)',
      'go back to (?:making coffee|making tea|serving coffee|flipping burgers|the kitchen|your kitchen|sweeping|cleaning)' +
        '(?=[.!?,;]|$| for (?:the |us )?(?:real|grown|adults|people who))',
      "(?:i'?ll|i will|let me) (?:try|explain|say|put|write)(?: (?:it|this|that))?(?: once)?(?: more| again)? (?:with|in|using) (?:smaller|small|little|tiny) words",
      "(?:don'?t you have|go ask|ask|get) (?:a |your )?(?:husband|son|grandson|nephew|man|boyfriend|daughter|granddaughter) to help (?:you )?with (?:\\S+ ){0,2}" +
        '(?:computer|tech|technical|internet|phone|email)',
      // The reader's sense taunted: "edit it yourself if you're so smart", "what are you even for?".
      "if (?:you'?re|you are|ur|u r) so (?:smart|clever|brilliant|wise|perfect|talented)(?! (?:at|with|in|about)\\b)",
      'what are (?:you|u) (?:even |actually |really )?(?:good )?for\\?',
      // Talking down with a pet name: "listen sweetheart I dont need a lecture".
      '(?:listen|look),? (?:sweetheart|sweetie|honey|darling|babe|princess|sweet ?cheeks|hun)(?=[,.!?]| (?:i|you|u|we)\\b)',
      // The reader among the contemptible: "working with ignorant people is really exhausting".
      '(?:working|dealing|to work|to deal) with (?:such )?(?:ignorant|stupid|incompetent|clueless|useless|dumb|brainless|lazy|arrogant) ' +
        '(?:people|persons?|clients?|fools|idiots|freelancers|developers|designers)',
      // The reader's family as having fled them: "no wonder ur husband left".
      "no wonder (?:your|ur) (?:husband|wife|boyfriend|girlfriend|partner|family|friends|kids|children|ex) (?:left|leaves|hates?|dumped|divorced|avoids?|ran|walked out|doesn'?t|don'?t)",
      // The reader's trade doubted: "Are you actually a designer or did you just download Canva last week?".
      '(?:are|r) (?:you|u) (?:actually|really|seriously) an? (?:\\S+ )?(?:designer|developer|dev|writer|editor|programmer|coder|freelancer|professional' +
        '|engineer|translator|marketer|accountant|bookkeeper|artist|photographer|animator) or (?:did|do|are|just|have)',
      // "Funny how you only understand English when the topic is money."
      '(?:funny|amazing|interesting|convenient|strange) how (?:you|u) (?:only|suddenly|always) (?:\\S+ ){1,4}when (?:\\S+ ){0,3}(?:money|paid|payment|pay|invoice|refund|bill)',
      // A lot the reader belongs to, regretted: "I don't know why I keep hiring people who can barely speak English".
      "(?:don'?t know|wonder) why i (?:keep|even|ever|still) (?:bother )?(?:hire|hiring|bother|work|working)\\w* (?:with )?(?:people|someone|freelancers|guys|folks|you people|agents)" +
        " who (?:can )?(?:barely|hardly|can'?t|cannot|don'?t|never)",
      'maybe (?:ask|get|have|find) someone who can (?:actually )?(?:read|understand|speak) (?:english|a (?:brief|spec|plan|floor plan)|instructions)',
      // A child as the author in the second half of a sneering question: "Did you even read the brief or did a child do this?".
      'or (?:did|has) (?:a|your|some) (?:child|kid|toddler|baby|five-year-old|5-year-old) (?:do|write|make|draw|design|code|build|type)\\b(?=[^.!?\\n]{0,25}\\?)',
      // The reader's worth doubted: "How do you expect anyone to pay you to write copy?".
      'how (?:do|can|could) (?:you|u) (?:even )?expect (?:anyone|anybody|people|clients|someone) to (?:pay|hire|trust|take) (?:you|u)\\b(?!,? (?:by|via|through|in|on|using|over|monthly|weekly)\\b)',
      // A client lowered for who runs it: "Funny that a company run by old ladies wants a modern website".
      '(?:funny|ironic|cute|amusing|hilarious) (?:that|how) (?:a |an |the |your )?(?:\\S+ ){0,2}(?:run|owned|managed|led) by (?:a bunch of |some )?(?:old )?' +
        '(?:ladies|women|girls|grannies|boomers|old (?:people|men)|kids)',
      // A standing lowered to breathing: "they hand out Top Rated badges to anyone who can breathe".
      '(?:to|for) (?:anyone|anybody|whoever) (?:who )?can (?:breathe|fog a mirror|hold a (?:pen|mouse)|find the on switch)',
    ]) +
    '',
  'g',
));
/** Age as the reason to talk down: "I see you're in your sixties, so I'll keep this proposal very simple and avoid big words." */
const AGE_TALKED_DOWN = within(
  "(?:you'?re|you are|u r) (?:in (?:your|ur) )?(?:fifties|sixties|seventies|eighties|50s|60s|70s|80s|elderly|a pensioner|retired)",
  '(?:keep (?:\\S+ ){0,3}simple|avoid (?:the )?big words|small words|speak slowly|go slowly|explain (?:\\S+ ){0,2}slowly)',
  100,
  true,
);

export default defineRule<MessageId>({
  ...facts('harassment'),
  description: 'Profanity (including disguised spellings), insults, threats, slurs and discriminatory or sexual remarks.',
  fixLabel: 'Remove this wording',
  messages: {
    profanity: 'This is profane language. Upwork expects professional courtesy in every message, and even rude wording can lead to a ban.',
    insult: 'This insults the other person. Harassment, including plain rudeness, can get an account suspended.',
    threat: 'This reads as a threat. Threatening anyone on Upwork is harassment and can end an account.',
    slur: 'This is a slur. Discriminatory language breaks Upwork\'s harassment rules.',
    sexual: 'This is a sexual or personal remark. Sexual comments and advances break Upwork\'s harassment rules.',
  },
  *check({ text, original, starts }) {
    const hits: Hit<MessageId>[] = [];
    const short = squeeze(text);
    for (const m of matches(PROFANITY, short.text)) {
      const start = short.at[m.index]!;
      const end = m.index + m[0].length < short.at.length ? short.at[m.index + m[0].length]! : text.length;
      if (quoted(text, start, end) || animalMeant(text, start, end)) continue;
      if (/^retards?$/.test(m[0]) && FRENCH_DELAY.test(text.slice(Math.max(0, start - 10), start))) continue;
      // Tagalog "paki-check", "paki-redo" (please): a prefix, not the slur.
      if (/^paki/.test(m[0]) && text[end] === '-') continue;
      // "FC Barcelona", "fc.assert()": the letters f and c are not "fk" unless aimed ("fc off", "fc you").
      if (/^fc$/.test(m[0]) && !/^ (?:off|you|u|urself|yourself|this|that|it)\b/.test(text.slice(end, end + 12))) continue;
      // "*555" (a star code), "8*": a masked word starts with a letter ("f***", "sh1t") or "@", "$" ("@sshole").
      if (!/^[a-z@$]/.test(m[0])) continue;
      // "I am called lazy and a pain in the ass", "they called me an asshole": a name the writer was called, reported; "a dick joke" told of.
      if (CALLED_THE_WRITER.test(text.slice(sentenceAt(text, start).start, start)) || /^ jokes?\b/.test(text.slice(end, end + 7))) continue;
      // "Moby Dick", "Philip K. Dick": a capitalised name, not an insult, unless aimed at someone.
      if (/^d/.test(m[0]) && /^D/.test(original[starts[start]!] ?? '') && !/\b(?:you|a|such a|what a|ur)\s*$/.test(text.slice(Math.max(0, start - 10), start))) continue;
      hits.push({ start, end, messageId: m[1] ? 'slur' : 'profanity', replacement: '' });
    }
    yield;
    for (const m of matches(CALLED_ONE, text)) {
      const lead = text.slice(Math.max(sentenceAt(text, m.index).start, m.index - 40), m.index);
      // "Die alten Logs? Sie sind nutzlos": "sie" and "lei" are also "they" and "she"; a thing can be useless, only a person a liar.
      if (/^(?:sie sind|lei e)\b/.test(m[0]) && THING_WORD.test(m[0])) continue;
      if (/\b(?:not|nicht|pas)\b/.test(m[1]!) || DENIED_BEFORE.test(lead) || spared(text, m.index, m.index + m[0].length)) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult' });
    }
    for (const m of matches(LIKE_YOU_JUDGED, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'slur' });
    for (const m of matches(NAME_CALLING, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult', replacement: '' });
    yield;
    for (const m of matches(ALL_OF_YOU, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult' });
    yield;
    for (const m of matches(OTHER_LANGUAGES, text)) if (!spared(text, m.index, m.index + m[0].length)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult' });
    yield;
    for (const m of matches(CONTEMPT, text)) {
      const lead = /^[.!?]\s*/.exec(m[0])?.[0].length ?? 0;
      hits.push({ start: m.index + lead, end: m.index + m[0].length, messageId: 'insult' });
    }
    yield;
    for (const m of matches(VOCATIVE, text)) {
      const lead = /^(?:, |[.!?] )/.exec(m[0])?.[0].length ?? 0;
      hits.push({ start: m.index + lead, end: m.index + m[0].length, messageId: 'insult', replacement: '' });
    }
    yield;
    for (const m of matches(INSULT[0]!, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult', replacement: '' });
    yield;
    for (const m of matches(INSULT[1]!, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult', replacement: '' });
    yield;
    for (const m of matches(INSULT[2]!, text)) {
      const end = m.index + m[0].length;
      const lead = text.slice(Math.max(0, m.index - 30), m.index);
      if (/^get lost$/.test(m[0]) && (LOST_SUBJECT.test(lead) || LOST_CONDITION.test(lead) || LOST_WHERE.test(text.slice(end, end + 12)))) continue;
      hits.push({ start: m.index, end, messageId: 'insult', replacement: '' });
    }
    yield;
    for (const m of matches(THREAT, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'threat', replacement: '' });
    yield;
    for (const pattern of [DISCRIMINATION, HIRED_GROUP]) {
      for (const m of matches(pattern, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'slur', replacement: '' });
    }
    yield;
    for (const m of matches(SEXUAL, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'sexual', replacement: '' });
    yield;
    for (const m of matches(HOSTILE_ANY, text)) {
      const end = m.index + m[0].length;
      // "**F** tier", "grades: **A**, **F**": a letter in markdown bold, its stars closing as many as opened it, is no masked word.
      const opened = /\*+$/.exec(text.slice(Math.max(0, m.index - 3), m.index))?.[0].length ?? 0;
      if (opened > 0 && /^[a-z]\*+$/.test(m[0]) && m[0].length - 1 === opened && !/[a-z*]/.test(text[end] ?? '')) continue;
      hits.push({ start: m.index, end, messageId: 'threat', replacement: '' });
    }
    yield;
    for (const m of matches(GROUP_CONTEMPT, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'slur' });
    for (const m of matches(GROUP_THEN_SHARE, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult' });
    yield;
    for (const m of matches(INSULT_ANY, text)) if (!spared(text, m.index, m.index + m[0].length)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult', replacement: '' });
    yield;
    for (const m of matches(DEMEAN_ANY, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult' });
    yield;
    for (const m of matches(DISCRIMINATE_ANY, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'slur' });
    yield;
    for (const m of matches(ADVANCE_ANY, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'sexual' });
    yield;
    for (const m of matches(TAKEN_ADVANCE, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'sexual' });
    yield;
    for (const re of THREAT_ANY) for (const m of matches(re, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'threat' });
    yield;
    for (const m of matches(SHOW_UP_OVER_DISPUTE, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'threat' });
    for (const m of matches(KNOWN_WHERE_OVER_DEBT, text)) {
      if (!DELIVERY.test(m[0])) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'threat' });
    }
    yield;
    for (const m of matches(EXPOSED, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'threat' });
    for (const m of matches(SEEN_BETTER_SNEERED, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult' });
    yield;
    for (const m of matches(ITALIAN_POLISH_THREAT, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'threat' });
    yield;
    // "Not because I think you're a crook": a name denied is not called.
    const vocatives: Hit<MessageId>[] = [];
    for (const m of matches(NOUN_ANY, text)) {
      const from = calledFrom(text, m.index, m.index + m[0].length, false);
      if (from !== -1) hits.push({ start: from, end: m.index + m[0].length, messageId: 'insult' });
      else vocatives.push({ start: vocativeFrom(text, m.index, m.index + m[0].length), end: m.index + m[0].length, messageId: 'insult' });
    }
    yield;
    for (const m of matches(ADJ_PERSON, text)) {
      const from = calledFrom(text, m.index, m.index + m[0].length, true);
      if (from !== -1) hits.push({ start: from, end: m.index + m[0].length, messageId: 'insult' });
      else vocatives.push({ start: vocativeFrom(text, m.index, m.index + m[0].length), end: m.index + m[0].length, messageId: 'insult' });
    }
    yield;
    for (const pattern of [SPEECH_MOCKERY, ITALIAN_POLISH]) {
      for (const m of matches(pattern, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult' });
    }
    yield;
    for (const pattern of [PHOTO_LOOKS, BEYOND_WORK_ANY]) {
      for (const m of matches(pattern, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'sexual' });
    }
    yield;
    for (const m of matches(TALKED_DOWN, text)) {
      const lead = /^(?:[.!?,] *|[a-z]+(?: down)? )/.exec(m[0])?.[0].length ?? 0;
      hits.push({ start: m.index + lead, end: m.index + m[0].length, messageId: 'insult' });
    }
    for (const m of matches(PET_NAME, text)) {
      const lead = /^[.!?,]? */.exec(m[0])?.[0].length ?? 0;
      hits.push({ start: m.index + lead, end: m.index + m[0].length, messageId: 'sexual' });
    }
    // A closing insult counts where nothing else in its sentence was found ("You freelancers are all the same, lazy liars." is one finding).
    for (const v of vocatives) {
      if (v.start === -1) continue;
      const sentence = sentenceAt(text, v.start);
      if (!hits.some((h) => h.start < sentence.end && sentence.start < h.end)) hits.push(v);
    }
    yield;
    for (const pattern of [GENERALISED, LOWERED, AGE_TALKED_DOWN]) {
      for (const m of matches(pattern, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: pattern === GENERALISED ? 'slur' : 'insult' });
    }
    for (const m of matches(FOUND_OR_SHAMED, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'threat' });
    for (const m of matches(ROUND_37_THREAT, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'threat' });
    for (const m of matches(ROUND_37_SEXUAL, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'sexual' });
    for (const m of matches(ROUND_37_PROFANITY, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'profanity', replacement: '' });
    for (const pattern of [ROUND_37_INSULT, AGE_SENT_AWAY, WOMAN_THEN_MAN, PEOPLE_SLIGHTED]) {
      for (const m of matches(pattern, text)) {
        if (!spared(text, m.index, m.index + m[0].length)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: pattern === ROUND_37_INSULT ? 'insult' : 'slur' });
      }
    }
    for (const pattern of [PHOTO_OF_PERSON, RELATIVE_PHOTOS]) {
      for (const m of matches(pattern, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'sexual' });
    }
    // "A previous client once called me an idiot over one typo": a name the writer was called, reported, whatever found it (not
    // "you keep calling me lazy but you are the useless one": the name must follow the calling).
    const called = (h: Hit<MessageId>) => {
      const lead = text.slice(sentenceAt(text, h.start).start, h.start);
      return CALLED_SOMEONE.test(lead) || CALLED_THE_WRITER_AT.test(lead);
    };
    return hits.filter((h) => !mentioned(text, h.start, h.end) && !called(h) && !fondly(text, h.start, h.end) && !toldInHindi(text, h.start, h.end));
  },
});
