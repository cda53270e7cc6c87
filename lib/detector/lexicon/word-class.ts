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

export const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'uk', 'hi', 'ur', 'tl', 'id', 'ar', 'tr'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface WordClass {
  /** UPPER_SNAKE name, as exported. */
  readonly name: string;
  /** What the class stands for, in one line. */
  readonly doc: string;
  /** Phrases per language. Hindi and Urdu are written in Latin letters here. */
  readonly words: Partial<Record<Language, readonly string[]>>;
  /** Texts, as a person would type them, in which the class must be found. */
  readonly examples: readonly string[];
  /** Texts in which it must not be found (the look-alikes that gave trouble). */
  readonly counterExamples?: readonly string[];
}

export function defineClass(wordClass: WordClass): WordClass {
  return wordClass;
}

/** Letters NFKD leaves whole, folded as the prepared view folds them. */
const LATIN_FOLDS: Record<string, string> = { ı: 'i', ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', '\u2019': "'" };

/** A phrase as the prepared view would show it: NFKD without marks, lower case ("Außerhalb" is "ausserhalb"). */
export function foldPhrase(phrase: string): string {
  // Escapes ("\\S", "\\d") keep their case; only the words are folded.
  return phrase.replace(/(\\.)|([^\\]+)/g, (_m, escape: string | undefined, words: string | undefined) =>
    escape ?? Array.from(words!.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(), (c) => LATIN_FOLDS[c] ?? c).join(''),
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

/** The class's phrases as one alternation (longest first, so "e-mail id" wins over "e-mail"). */
export function alternation(wordClass: WordClass | readonly WordClass[], languages?: readonly Language[]): string {
  const classes = Array.isArray(wordClass) ? (wordClass as readonly WordClass[]) : [wordClass as WordClass];
  const phrases = new Set<string>();
  for (const c of classes) {
    for (const [language, list] of Object.entries(c.words) as [Language, readonly string[]][]) {
      if (languages && !languages.includes(language)) continue;
      for (const phrase of list) phrases.add(bounded(foldPhrase(phrase)));
    }
  }
  return `(?:${[...phrases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')})`;
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
