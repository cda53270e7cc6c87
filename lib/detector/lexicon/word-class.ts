/**
 * A word class: the words and short phrases, per language, that play one part in
 * a frame ("a chat app", "a verb of leaving", "a threat to a review"). Rules
 * compose classes into frames (see ../frame.ts), so a synonym added here helps
 * every rule that uses the class.
 *
 * Phrases are written as they appear in the prepared view: lower case, accents
 * removed ("teléfono" is "telefono", "außerhalb" is "ausserhalb", Turkish "ı"
 * is "i"), Cyrillic and Arabic in their own letters. A phrase may use a little
 * regular-expression syntax (`e-?mail`, `numbers?`); a space matches any run of
 * spaces. Each class carries examples that its tests read in prepared text.
 */

import { readsAs } from '../prefilter';
import {
  DEVANAGARI_BENGALI, LATIN_FOLDS as VIEW_FOLDS, KANA_AND_IDEOGRAPHS, MALAYALAM, OTHER_ABUGIDAS, TAMIL_TELUGU, foldDevanagariBengali, foldMalayalam, foldOtherAbugida,
} from '../prepare';

/**
 * Bengali, Nepali and Sinhala are written in Latin letters, as in chat; Javanese sits beside Indonesian; Cebuano is filed with
 * Tagalog (tl); Flemish with Dutch (nl); Manglish with Malay (ms); Persian in Latin letters (Finglish) with Persian (fa);
 * Greek in Latin letters (Greeklish) with Greek (el); Malayalam in Latin letters, as typed in Kerala chat (ml-Latn), with Malayalam (ml);
 * Hindi and Nepali in Devanagari beside their Latin spellings (hi, ne), Bengali in its script beside its Latin spellings (bn);
 * Marathi (mr) in Devanagari.
 * Armenian (hy) in its script and in the Latin letters of phone chat ("hamar@", "uxarkeq"); Uzbek (uz) in Latin letters (o' and g' typed
 * with any apostrophe or none) and in Cyrillic; Kazakh (kk) in Cyrillic and Latin letters, Kyrgyz (ky), Tajik (tg) and Mongolian (mn)
 * in Cyrillic, their phrases written with their own letters (қ ғ ү ұ ө ә і ң ҳ ҷ) so that they do not read as Russian words.
 * Round twenty-six: Slovenian (sl) and Slovak (sk) in Latin letters, typed with or without č š ž (ä ľ ô ŕ); Macedonian (mk) in Cyrillic
 * (ѓ and ќ read as г and к, as the prepared view folds them) and in Latin letters; Albanian (sq) as Kosovars and Albanians type it
 * (ë as e, ç as c). Bulgarian in Latin letters (shlyokavitsa) sits with Bulgarian (bg).
 * Croatian, Serbian and Bosnian, one language in three names: 'hr' for the Latin spelling all three share (Serbian in Latin letters
 * too, with or without č ć š ž đ), 'sr' for Serbian Cyrillic. Azerbaijani (az) in Latin letters, ə read as e. Georgian (ka) in
 * Mkhedruli and in the Latin "translit" of chat; Amharic (am) in Ge'ez and in Latin letters as typed in Ethiopian chat.
 * Tamil and Telugu in Latin letters, as typed in chat ("Tanglish", "Tenglish"), with Tamil (ta) and Telugu (te); Nigerian Pidgin (pcm) is
 * mostly English words, so its phrases are anchored ("abeg send", "make we", "una number"), never bare "na", "dey", "am" or "una".
 * Round twenty-six: Sinhala in its script too (si, beside Singlish); Gujarati (gu) and Kannada (kn) in their scripts and in Latin letters;
 * Punjabi (pa) in Gurmukhi, in Shahmukhi (Arabic script, as Pakistanis type it) and in Latin letters; Malayalam in its script and Manglish
 * (ml); Burmese (my) in Myanmar script, Unicode only (not Zawgyi), and in Latin letters; Khmer (km) in its script and in Latin letters.
 * Round twenty-seven: Hausa (ha), Yoruba (yo) and Igbo (ig) as Nigerians type them, written plain (ɓ ɗ ƙ ƴ fold to b d k y, and the
 * tone marks and dots of ẹ ọ ṣ ị ụ ṅ fold away, so one spelling reads both typings); Somali (so) and Malagasy (mg). Their short words
 * sit in phrases ("lambar wayarka", "nọ́mbà rẹ", "nọmba gị"), never bare, so that English text does not run them.
 * Round twenty-seven: Swedish (sv), Norwegian Bokmål (no), Danish (da), Finnish (fi) and Icelandic (is), typed with or without
 * å ä ö ø æ (folded to a, a, o, o, ae as the view folds them); Icelandic þ and ð read as th and d, as people type them without the letters.
 * Round twenty-seven: Lithuanian (lt), Latvian (lv) and Estonian (et), as typed on phones, with or without their diacritics.
 */
export const LANGUAGES = [
  'en', 'es', 'pt', 'fr', 'de', 'it', 'pl', 'ru', 'uk', 'hi', 'ur', 'bn', 'ne', 'si', 'tl', 'id', 'jv', 'ar', 'tr', 'nl', 'ko', 'ro', 'ms', 'zh', 'vi', 'ja', 'sw', 'th', 'fa', 'he', 'bg', 'cs',
  'el', 'hu', 'ml',
  'hr', 'sr', 'az', 'ka', 'am',
  'ta', 'te', 'pcm',
  'mr',
  'hy', 'uz', 'kk', 'ky', 'tg', 'mn', 'sl', 'mk', 'sk', 'sq', 'gu', 'pa', 'kn', 'my', 'km',
  'ha', 'yo', 'ig', 'so', 'mg',
  'sv', 'no', 'da', 'fi', 'is',
  'lt', 'lv', 'et',
] as const;
export type Language = (typeof LANGUAGES)[number];

export interface WordClass {
  /** UPPER_SNAKE name, as exported. */
  readonly name: string;
  /** What the class stands for, in one line. */
  readonly doc: string;
  /** Phrases per language. Urdu in Latin letters and (from round twenty-five) in its script; Hindi in Latin letters and in Devanagari. */
  readonly words: Partial<Record<Language, readonly string[]>>;
  /** Texts, as a person would type them, in which the class must be found. */
  readonly examples: readonly string[];
  /** Texts in which it must not be found (the look-alikes that gave trouble). */
  readonly counterExamples?: readonly string[];
}

export function defineClass(wordClass: WordClass): WordClass {
  return wordClass;
}

/** The view's letter folds (prepare.ts), and the typographic apostrophe it reads as ' ("don’t"). */
const LATIN_FOLDS: Readonly<Record<string, string>> = { ...VIEW_FOLDS, '\u2019': "'" };

/**
 * Kana and ideographs pass the prepared view unchanged (prepare.ts): NFKD would split a voiced kana
 * (ペ into ヘ and a mark) and the phrase would no longer match the text. Malayalam keeps its marks
 * (foldMalayalam), and so do Tamil and Telugu (NFKD alone: they have no chillu letters); Devanagari and Bengali theirs
 * (foldDevanagariBengali); Gurmukhi, Gujarati, Kannada, Sinhala, Myanmar and Khmer theirs (foldOtherAbugida). Everything else is folded.
 */
const FOLDED_RUN = new RegExp(
  `([${MALAYALAM}${TAMIL_TELUGU}]+)|([${DEVANAGARI_BENGALI}]+)|([${OTHER_ABUGIDAS}\u200c\u200d]+)|` +
    `[^${KANA_AND_IDEOGRAPHS}${MALAYALAM}${TAMIL_TELUGU}${DEVANAGARI_BENGALI}${OTHER_ABUGIDAS}]+`,
  'g',
);

const ASCII_ONLY = /^[ -~]*$/;
/** An escape ("\\S", "\\d"), which keeps its case, or a run of words between escapes. */
const ESCAPE_OR_WORDS = /(\\.)|([^\\]+)/g;

/** A phrase as the prepared view would show it: NFKD without marks, lower case ("Außerhalb" is "ausserhalb"). */
export function foldPhrase(phrase: string): string {
  // Most phrases are plain ASCII, where folding is lower case (no ASCII letter has a fold or a mark): a third of the cost of the
  // general path, which the second opinion's word-class index pays for twenty thousand phrases on a page's first check.
  if (ASCII_ONLY.test(phrase)) return phrase.replace(ESCAPE_OR_WORDS, (_m, escape: string | undefined, words: string | undefined) => escape ?? words!.toLowerCase());
  // Escapes keep their case; only the words are folded.
  return phrase.replace(ESCAPE_OR_WORDS, (_m, escape: string | undefined, words: string | undefined) =>
    escape ??
    words!.replace(FOLDED_RUN, (run, malayalam: string | undefined, indic: string | undefined, abugida: string | undefined) =>
      malayalam ? foldMalayalam(malayalam)
      : indic ? foldDevanagariBengali(indic)
      : abugida ? foldOtherAbugida(abugida)
      : Array.from(run.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(), (c) => LATIN_FOLDS[c] ?? c).join(''),
    ),
  );
}

/**
 * A phrase as a pattern that stays linear on any input: a space is a run of spaces ("easy ?paisa"
 * may have none), and open-ended runs of letters are capped (\\S* at 24 characters), so no phrase
 * can rescan a long run of one character from every position. A space is `\\s+`, not a bounded
 * `\\s{1,4}`: V8 compiles a bounded repeat into many copies, the lexicon's patterns then took
 * megabytes of machine code, and past 1 MB of regexp code V8 compiles every new pattern without
 * its optimisations (about ten times slower). A phrase never starts with a space, so a run of
 * spaces is only ever read from its first character.
 */
function bounded(phrase: string): string {
  return phrase
    .replace(/ \?/g, '\\s?')
    .replace(/ (?![*+{?])/g, '\\s+')
    .replace(/\\([SwW])\*/g, '\\$1{0,24}')
    .replace(/\\([SwW])\+/g, '\\$1{1,24}');
}

/**
 * A phrase's pattern cut into its pieces: a character, an escape, a class or a group, each with
 * its quantifier ("e-?mail" is e, -?, m, a, i, l). A phrase with a top-level "|" is one piece.
 */
function pieces(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    let j = i + 1;
    const c = source[i];
    if (c === '|') return [`(?:${source})`];
    if (c === '\\') j = i + 2;
    else if (c === '[') {
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      j++;
    } else if (c === '(') {
      for (let depth = 1; j < source.length && depth > 0; j++) {
        if (source[j] === '\\') j++;
        else if (source[j] === '(') depth++;
        else if (source[j] === ')') depth--;
      }
    }
    const quantifier = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(j));
    if (quantifier) j += quantifier[0].length;
    out.push(source.slice(i, j));
    i = j;
  }
  return out;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  end: boolean;
  /** The longest phrase through this node, so that longer phrases are tried first. */
  longest: number;
}

function emit(node: TrieNode): string {
  const branches = [...node.next].sort(([a, x], [b, y]) => y.longest - x.longest || (a < b ? -1 : 1));
  if (branches.length === 0) return '';
  const alternatives = branches.map(([piece, child]) => piece + emit(child));
  const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/**
 * The class's phrases as one pattern, longer phrases first (so "e-mail id" wins over "e-mail"),
 * written as a tree of shared beginnings: "pay", "paid" and "payment" are "pa(?:y(?:ment)?|id)".
 * V8 then tests each beginning once instead of once per phrase, and emits far less machine code.
 */
export function alternation(wordClass: WordClass | readonly WordClass[], languages?: readonly Language[]): string {
  const classes = Array.isArray(wordClass) ? (wordClass as readonly WordClass[]) : [wordClass as WordClass];
  const root: TrieNode = { next: new Map(), end: false, longest: 0 };
  const flat: string[] = [];
  for (const c of classes) {
    for (const [language, list] of Object.entries(c.words) as [Language, readonly string[]][]) {
      if (languages && !languages.includes(language)) continue;
      for (const phrase of list) {
        const source = bounded(foldPhrase(phrase));
        flat.push(source.includes('|') ? `(?:${source})` : source);
        let node = root;
        node.longest = Math.max(node.longest, source.length);
        for (const piece of pieces(source)) {
          let child = node.next.get(piece);
          if (!child) node.next.set(piece, (child = { next: new Map(), end: false, longest: 0 }));
          child.longest = Math.max(child.longest, source.length);
          node = child;
        }
        node.end = true;
      }
    }
  }
  const body = `(?:${emit(root)})`;
  // The prefilter reads each phrase whole (its beginning at a word start with the rest of it), not the tree's shared beginnings.
  readsAs(body, `(?:${flat.join('|')})`);
  return body;
}

/** The class without the given languages' words (where an older English rule already reads them). */
export function except(wordClass: WordClass, ...languages: readonly Language[]): WordClass {
  const words = Object.fromEntries(Object.entries(wordClass.words).filter(([language]) => !languages.includes(language as Language)));
  return { ...wordClass, name: `${wordClass.name}-${languages.join('-')}`, words };
}

/** Several classes read as one slot. */
export function union(name: string, ...classes: readonly WordClass[]): WordClass {
  const words: Partial<Record<Language, string[]>> = {};
  for (const c of classes) {
    for (const [language, list] of Object.entries(c.words) as [Language, readonly string[]][]) (words[language] ??= []).push(...list);
  }
  return { name, doc: classes.map((c) => c.doc).join(' / '), words, examples: classes.flatMap((c) => c.examples) };
}
