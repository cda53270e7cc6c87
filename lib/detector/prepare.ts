/**
 * One text preparation per check. Every rule reads `prepared.text`; every
 * offset a rule reports is mapped back to the characters the person typed.
 *
 * The prepared view is lower case, Unicode-folded (NFKD without marks, so
 * full-width `＠`, circled letters and mathematical alphabets become ASCII),
 * free of invisible characters, with look-alike Cyrillic/Greek letters turned
 * into Latin ones, bracketed "[at]"/"(dot)" turned into "@"/".", spelled-out
 * digits turned into digits and s p a c e d - o u t letters joined.
 *
 * Each pass is one left-to-right scan, so preparation is linear in the input.
 */

export interface Prepared {
  /** The text as typed. */
  readonly original: string;
  /** The normalised view every rule reads. */
  readonly text: string;
  /** For each UTF-16 unit of `text`: where its source starts in `original`. */
  readonly starts: Int32Array;
  /** For each UTF-16 unit of `text`: where its source ends in `original`. */
  readonly ends: Int32Array;
}

/** A combining mark of the Thai script, which the view drops (NFKD without marks). */
const TRAILING_MARK = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

/** Maps a [start, end) range of the prepared view to the original text. */
export function toOriginal(prepared: Prepared, start: number, end: number): [number, number] {
  if (prepared.text.length === 0) return [0, 0];
  const first = Math.min(Math.max(start, 0), prepared.text.length - 1);
  const last = Math.min(Math.max(end - 1, first), prepared.text.length - 1);
  // The view drops combining marks: a highlight keeps the marks that sit on its last letter (Thai "ไลน์", not "ไลน").
  let to = prepared.ends[last]!;
  while (to < prepared.original.length && TRAILING_MARK.test(prepared.original[to]!)) to++;
  return [prepared.starts[first]!, to];
}

/** Accumulates a new view with its map back to the original text (typed arrays, bulk copies). */
class ViewBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + extra);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** New characters that all stand for original[start, end). */
  push(chars: string, start: number, end: number): void {
    this.reserve(chars.length);
    this.parts.push(chars);
    this.starts.fill(start, this.length, this.length + chars.length);
    this.ends.fill(end, this.length, this.length + chars.length);
    this.length += chars.length;
  }

  /** Characters [from, to) of an existing view, with their own mapping. */
  copy(view: Prepared, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(view.text.slice(from, to));
    this.starts.set(view.starts.subarray(from, to), this.length);
    this.ends.set(view.ends.subarray(from, to), this.length);
    this.length += to - from;
  }

  build(original: string): Prepared {
    return {
      original,
      text: this.parts.join(''),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
    };
  }
}

// Invisible characters people (and copy-paste) slip between letters: zero-width
// space/joiners, word joiner, BOM, soft hyphen, bidi controls, variation
// selectors, tag characters, Hangul fillers: Unicode's default-ignorable set.
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
const COMBINING_MARK = /\p{M}/gu;

/**
 * Cyrillic and Greek letters that look like Latin ones, after lower-casing. They are read
 * as Latin only inside a word that is not all Cyrillic or Greek (see `lookalikeWords`), so
 * "ЕМАIL" and "whаtsаpp" with Cyrillic а become Latin while "телеграм" stays Russian.
 */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', ς: 's',
};
/**
 * Persian yeh and keheh (ی U+06CC, ک U+06A9) read as the Arabic letters (ي U+064A, ك U+0643): Persian typed on an
 * Arabic keyboard has the Arabic forms ("پيام بده", "كارت به كارت"), Arabic typed on a Persian keyboard the Persian
 * ones ("ارسل لی رقمک"), and each language's words are written once. Alef maksura (ى U+0649) reads as yeh too: at a
 * word's end Egyptian and Gulf writers type either for the other ("رقمى" for رقمي, "علي الواتس" for على), so
 * "على" and "علي" fall together in the view. The lexicon folds its phrases the same way (foldPhrase); a pattern
 * written outside it uses the Arabic yeh ("علي", "مبني"). One letter for one: offsets hold.
 */
export const ARABIC_LETTER_FOLDS: Readonly<Record<string, string>> = { '\u06cc': '\u064a', '\u06a9': '\u0643', '\u0649': '\u064a' };
/**
 * Malayalam keeps its vowel signs and virama in the view: without them short words fall together (പട്ടി "dog" and
 * പട്ടം "kite" would both read പടട). NFKD splits a two-part vowel sign (ൊ is െ and ാ) as some writers type it, and a
 * chillu letter reads as its consonant with a virama (ർ as ര്), the form the older encoding types with a joiner the
 * view drops (ര്‍). The lexicon folds its Malayalam phrases the same way (foldPhrase).
 */
export const MALAYALAM = '\\u0d00-\\u0d7f';
const MALAYALAM_LETTER = /^[\u0d00-\u0d7f]$/;
const MALAYALAM_CHILLU: Readonly<Record<string, string>> = {
  '\u0d7a': '\u0d23\u0d4d', '\u0d7b': '\u0d28\u0d4d', '\u0d7c': '\u0d30\u0d4d', '\u0d7d': '\u0d32\u0d4d', '\u0d7e': '\u0d33\u0d4d',
  '\u0d7f': '\u0d15\u0d4d', '\u0d54': '\u0d2e\u0d4d', '\u0d55': '\u0d2f\u0d4d', '\u0d56': '\u0d34\u0d4d',
};
/** Malayalam as the view shows it: decomposed, marks kept, chillu letters spelled with a virama. */
export function foldMalayalam(run: string): string {
  return Array.from(run.normalize('NFKD'), (c) => MALAYALAM_CHILLU[c] ?? c).join('');
}
/**
 * Tamil and Telugu keep their vowel signs and virama too, for the same reason (Tamil கால் "leg" and கல் "stone" would
 * both read கல); NFKD splits their two-part vowel signs (ொ is ெ and ா, ై is ె and ౖ) as some writers type them.
 * The lexicon folds its Tamil and Telugu phrases the same way (foldPhrase).
 */
export const TAMIL_TELUGU = '\\u0b80-\\u0bff\\u0c00-\\u0c7f';
const TAMIL_TELUGU_LETTER = /^(?:[\u0b80-\u0bff]|[\u0c00-\u0c7f])$/;
/**
 * Gurmukhi (Punjabi), Gujarati, Kannada, Sinhala, Myanmar (Burmese) and Khmer keep their marks too (round twenty-six): without them
 * Sinhala අංකය ("number") reads අකය and Burmese ငွေ ("money") reads င. NFKD splits their two-part vowel signs (Sinhala ො, Kannada ೊ,
 * Myanmar ဦ) as some writers type them; the Sinhala joiner that makes a conjunct is invisible and dropped. Burmese and Khmer full
 * stops (။ ។ ៕) end a sentence and the Burmese comma (၊) is a comma, one character for one. Burmese is read in Unicode only: text
 * typed in Zawgyi (the older font encoding many phones still use) puts the same code points in another order and is not read.
 * The lexicon folds its phrases the same way (foldPhrase).
 */
export const OTHER_ABUGIDAS = '\\u0a00-\\u0aff\\u0c80-\\u0cff\\u0d80-\\u0dff\\u1000-\\u109f\\u1780-\\u17ff';
const OTHER_ABUGIDA_LETTER = /^(?:[\u0a00-\u0aff]|[\u0c80-\u0cff]|[\u0d80-\u0dff]|[\u1000-\u109f]|[\u1780-\u17ff])$/;
const ABUGIDA_PUNCTUATION: Readonly<Record<string, string>> = { '\u104a': ',', '\u104b': '.', '\u17d4': '.', '\u17d5': '.' };
/** One of these scripts as the view shows it: decomposed, marks kept, joiners dropped, full stops as full stops. */
export function foldOtherAbugida(run: string): string {
  return run.normalize('NFKD').replace(/[\u200c\u200d]/g, '').replace(/[\u104a\u104b\u17d4\u17d5]/g, (c) => ABUGIDA_PUNCTUATION[c]!);
}
/**
 * Devanagari (Hindi, Marathi, Nepali) and Bengali keep their vowel signs, virama and nukta in the view, as Malayalam does:
 * without them short words fall together (मेरा "my" and मरा "dead" would both read मर). NFKD spells a nukta letter as its
 * consonant and the nukta (क़ as क़, য় as য়) and a two-part Bengali vowel sign in its parts (ো as ে and া), so either typing
 * reads alike. The danda (। ॥) ends a sentence: it reads as a full stop, one character for one. The lexicon folds its
 * phrases the same way (foldPhrase).
 */
export const DEVANAGARI_BENGALI = '\\u0900-\\u09ff';
const DEVANAGARI_BENGALI_LETTER = /^[\u0900-\u09ff]$/;
/** Devanagari or Bengali as the view shows it: decomposed, marks kept, a danda as a full stop. */
export function foldDevanagariBengali(run: string): string {
  return run.normalize('NFKD').replace(/[\u0964\u0965]/g, '.');
}
/**
 * Letters NFKD does not take apart, and Latin look-alikes that are never part of another script's word. The lexicon folds its
 * phrases with this same table (foldPhrase), so a letter added here is read alike in text and phrases.
 */
export const LATIN_FOLDS: Readonly<Record<string, string>> = {
  '\u0131': 'i', ℓ: 'l', ɡ: 'g', ɩ: 'i',
  ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ħ: 'h', ŧ: 't',
  // Azerbaijani schwa, typed as "e" on a keyboard without it ("ödəniş" and "odenis" read alike).
  ə: 'e',
  // Hausa's hooked letters, typed as plain ones on most phones ("kuɗi" and "kudi", "ƙarya" and "karya" read alike; round twenty-seven).
  ɓ: 'b', ɗ: 'd', ƙ: 'k', ƴ: 'y',
  // Arabic comma, semicolon and question mark: punctuation, not letters of a word. The Urdu full stop (۔) ends a sentence
  // as the danda does (round twenty-five: "...نہیں لیتا۔" read "لیتا۔" as one word, and the refusal was missed).
  '\u060c': ',', '\u061b': ';', '\u061f': '?', '\u06d4': '.',
  // Armenian full stop (։) and comma (՝) as the sentence marks they are; its question, exclamation and emphasis marks (՞ ՜ ՛) sit on a
  // vowel inside the word ("ունե՞ք", do you have) and are dropped, so the word reads whole (round twenty-six).
  '\u0589': '.', '\u055d': ',', '\u055e': '', '\u055c': '', '\u055b': '',
  // The modifier letters Uzbek types for its o' and g' ("oʻzbek", "toʻlov"): an apostrophe, as ' and ‘ already read.
  '\u02bb': "'", '\u02bc': "'",
  ...ARABIC_LETTER_FOLDS,
};

const foldCache = new Map<string, string>();
/** Kana and CJK ideographs: the view keeps them whole (NFKD would split a voiced kana). The lexicon's foldPhrase reads this too. */
export const KANA_AND_IDEOGRAPHS = '\\u3041-\\u3096\\u30a1-\\u30fa\\u3400-\\u4dbf\\u4e00-\\u9fff';
// Alef maksura (U+0649) is left out: it folds to yeh (ARABIC_LETTER_FOLDS).
const UNCHANGED = new RegExp(`^[${KANA_AND_IDEOGRAPHS}\\u0627-\\u0648\\u064a\\u0e01-\\u0e30]$`);

// Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai...) read as 0-9.
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
  0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0xff10, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
];
function digitValue(cp: string): string {
  const code = cp.codePointAt(0)!;
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return cp.normalize('NFKD');
}

/**
 * What an emoji or pictograph beyond Latin-1 reads as: one Latin-1 symbol that no rule names
 * and that sits in the same character classes (not a letter, digit, space or sentence end).
 * Why: V8 compiles every pattern a second time for a string with a character beyond Latin-1, and
 * past its regexp-code limit that second copy is built without optimisations (4-6x slower, see
 * `npm run bench:regexp-code`). One thumbs-up must not make the whole message that string.
 * The stars rules read (★ ⭐) are kept as they are.
 */
export const PICTOGRAPH = '\u00a6';
const PICTOGRAPHIC = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]$/u;
// Kept: the pictographs rules read (stars, the obscene gesture) and the heavy minus sign (folded
// to a hyphen below, as phone numbers use it). tests/unit/prepare.test.ts finds any other.
export const KEPT_PICTOGRAPHS: ReadonlySet<string> = new Set(['\u2605', '\u2b50', '\u2796', '\u{1F595}']);

/** Folds one non-ASCII code point to the ASCII-ish form rules read. */
function foldCodePoint(cp: string): string {
  // CJK ideographs, kana, Arabic and Thai base letters pass NFKD unchanged: skip the work and the cache.
  if (UNCHANGED.test(cp)) return cp;
  let folded = foldCache.get(cp);
  if (folded !== undefined) return folded;
  if (INVISIBLE.test(cp)) folded = '';
  else if (DECIMAL_DIGIT.test(cp)) folded = digitValue(cp);
  else if (MALAYALAM_LETTER.test(cp)) folded = foldMalayalam(cp);
  else if (TAMIL_TELUGU_LETTER.test(cp)) folded = cp.normalize('NFKD');
  else if (DEVANAGARI_BENGALI_LETTER.test(cp)) folded = foldDevanagariBengali(cp);
  else if (OTHER_ABUGIDA_LETTER.test(cp)) folded = foldOtherAbugida(cp);
  else if (cp.codePointAt(0)! > 0xff && PICTOGRAPHIC.test(cp) && !KEPT_PICTOGRAPHS.has(cp) && /[\u0100-\uffff]/.test(cp.normalize('NFKD'))) {
    folded = PICTOGRAPH;
  } else {
    folded = cp.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
    folded = Array.from(folded, (c) => LATIN_FOLDS[c] ?? c).join('');
    // Typographic quotes, dashes and the "fancy" at/dot signs people use.
    folded = folded
      .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
      .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212\u2796\uFE58\uFE63\uFF0D]/g, '-')
      .replace(/[\u2022\u2024\u2027\u00B7\u3002\uFF0E]/g, '.')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
  }
  if (foldCache.size < 4096) foldCache.set(cp, folded);
  return folded;
}

// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000 on purpose
const NON_ASCII = /[^\x00-\x7f]/;

/** Pass 1: per code point folding, lower case, invisible characters dropped. */
function foldCharacters(original: string): Prepared {
  if (!NON_ASCII.test(original)) {
    // Plain ASCII (most typing): lower-casing keeps every offset.
    const starts = new Int32Array(original.length);
    const ends = new Int32Array(original.length);
    for (let i = 0; i < original.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return { original, text: original.toLowerCase(), starts, ends };
  }
  const out = new ViewBuilder(original.length);
  let asciiFrom = 0;
  const flushAscii = (to: number) => {
    if (to > asciiFrom) {
      const chunk = original.slice(asciiFrom, to).toLowerCase();
      for (let k = 0; k < chunk.length; k++) out.push(chunk[k]!, asciiFrom + k, asciiFrom + k + 1);
    }
  };
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      i++;
      continue;
    }
    flushAscii(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldCodePoint(original.slice(i, i + width));
    if (folded) out.push(folded, i, i + width);
    i += width;
    asciiFrom = i;
  }
  flushAscii(original.length);
  return out.build(original);
}

type Replacer = (match: RegExpExecArray) => string | number[] | null;

/**
 * Rewrites `view` with `pattern`. The replacer returns a string (every new
 * character maps to the whole match), a list of match-relative indices to
 * keep (each keeps its own mapping), or null to leave the match unchanged.
 */
function rewrite(view: Prepared, pattern: RegExp, replacer: Replacer): Prepared {
  const { text, starts, ends } = view;
  let out: ViewBuilder | null = null;
  let copied = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replacer(m);
    if (replacement === null) continue;
    out ??= new ViewBuilder(text.length);
    out.copy(view, copied, m.index);
    const end = m.index + m[0].length;
    if (typeof replacement === 'string') {
      out.push(replacement, starts[m.index]!, ends[end - 1]!);
    } else {
      for (const k of replacement) out.copy(view, m.index + k, m.index + k + 1);
    }
    copied = end;
  }
  if (!out) return view;
  out.copy(view, copied, text.length);
  return out.build(view.original);
}

// "[at]", "(at)", "{at}", "<at>", "[@]", "(dot)", "[.]", "(period)"... : only
// ever written to hide an address, so they are rewritten unconditionally.
const BRACKETED = /[[({<]\s{0,2}(at|a|@|arroba|dot|\.|period|punkt|punto|ponto|point)\s{0,2}[\])}>]/g;
const AT_SIGN_WORDS = new Set(['at', 'a', '@', 'arroba']);
// Indian English "at the rate" for "@" (but "at the rate of 5%" is ordinary English).
const AT_THE_RATE = /\bat the rate\b(?! of)/g;
// "sam_AT_fastmail_DOT_com", "sam-at-fastmail-dot-com", "arroba", doubled "@@" and "..".
const GLUED = /(?<=[a-z0-9])[_-](at|dot)[_-](?=[a-z0-9])|\barroba\b|@{2,}|(?<=[a-z0-9])\.\.(?=[a-z])/g;
const glued = (m: RegExpExecArray) => (m[1] === 'dot' || m[0] === '..' ? '.' : '@');

export const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
  // Other languages' digits, as people spell a number out to hide it (written as the prepared
  // view shows them: accents removed, Cyrillic "й" as "и"). Only runs of three or more count.
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9', diez: '10', once: '11', doce: '12',
  um: '1', dois: '2', duas: '2', quatro: '4', sete: '7', oito: '8', nove: '9', dez: '10', onze: '11', doze: '12',
  un: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', sept: '7', huit: '8', neuf: '9', dix: '10', douze: '12',
  null: '0', eins: '1', zwei: '2', drei: '3', vier: '4', fuenf: '5', funf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9', zehn: '10', elf: '11', zwolf: '12',
  ноль: '0', нуль: '0', один: '1', одна: '1', два: '2', две: '2', три: '3', четыре: '4', пять: '5',
  шесть: '6', семь: '7', восемь: '8', девять: '9',
  десять: '10', одиннадцать: '11', двенадцать: '12', тринадцать: '13', четырнадцать: '14',
  пятнадцать: '15', шестнадцать: '16', семнадцать: '17',
  восемнадцать: '18', девятнадцать: '19', двадцать: '20', тридцать: '30', сорок: '40',
  пятьдесят: '50', шестьдесят: '60', семьдесят: '70',
  восемьдесят: '80', девяносто: '90', сто: '100', двести: '200', триста: '300', четыреста: '400',
  пятьсот: '500', шестьсот: '600', семьсот: '700',
  восемьсот: '800', девятьсот: '900',
  дві: '2', чотири: '4', "п'ять": '5', шість: '6', сім: '7', вісім: '8', "дев'ять": '9', одинадцять: '11', дванадцять: '12', двадцять: '20',
  тридцять: '30', "п'ятдесят": '50', шістдесят: '60', сімдесят: '70', вісімдесят: '80', "дев'яносто": '90',
  ek: '1', do: '2', teen: '3', char: '4', chaar: '4', paanch: '5', panch: '5', chhe: '6', chhah: '6', saat: '7', aath: '8', nau: '9', shunya: '0', sifar: '0', sifr: '0',
  isa: '1', dalawa: '2', tatlo: '3', apat: '4', lima: '5', anim: '6', pito: '7', walo: '8', siyam: '9', sero: '0',
  nol: '0', kosong: '0', satu: '1', dua: '2', tiga: '3', empat: '4', enam: '6', tujuh: '7', delapan: '8', sembilan: '9', sepuluh: '10',
  sifir: '0', bir: '1', iki: '2', uc: '3', dort: '4', bes: '5', alti: '6', yedi: '7', sekiz: '8', dokuz: '9',
  sefr: '0', wa7ed: '1', etnen: '2', talata: '3', arba3a: '4', '5amsa': '5', seta: '6', sab3a: '7', tamanya: '8', tes3a: '9',
  اتنين: '2', تلاتة: '3', تمانية: '8', yuz: '100', yirmi: '20', otuz: '30', kirk: '40', elli: '50', altmis: '60', yetmis: '70', seksen: '80', doksan: '90',
  صفر: '0', واحد: '1', اثنين: '2', اثنان: '2', ثلاثة: '3', ثلاث: '3', اربعة: '4', اربع: '4', خمسة: '5',
  خمس: '5', ستة: '6', سبعة: '7', ثمانية: '8', تسعة: '9',
  // Chinese digits, plain and the "capital" forms of cheques and contracts (幺 is "one" read out in a phone number).
  零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  壹: '1', 贰: '2', 貳: '2', 叁: '3', 參: '3', 肆: '4', 伍: '5', 陆: '6', 陸: '6', 柒: '7', 捌: '8', 玖: '9',
  // Vietnamese, diacritics folded ("không chín không chín", "bốn một bảy"): counted only in runs, as all number words are.
  khong: '0', mot: '1', hai: '2', ba: '3', bon: '4', nam: '5', sau: '6', bay: '7', tam: '8', chin: '9',
};
// Number words become digits only inside a run of three or more number tokens
// ("four one five, five five five", "9 one 7 - 1two3"), so "the other one" and
// "one-time code" stay words. Tokens are bounded by letters of any script: "1two3" counts.
const NUMBER_WORD_ALT = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
const NUMBER_TOKEN = `(?:\\d|${NUMBER_WORD_ALT}){1,12}`;
const LETTER = 'a-z\\u00c0-\\u024f\\u0400-\\u052f\\u0600-\\u06ff';
const NUMBER_RUN = new RegExp(`(?<![${LETTER}])${NUMBER_TOKEN}(?:[\\s,./()-]{1,3}${NUMBER_TOKEN}){2,40}(?![${LETTER}])`, 'g');
const NUMBER_WORD = new RegExp(NUMBER_WORD_ALT, 'g');
/** Seven or more Chinese digits written together ("贰捌伍零零零幺幺柒叁"): a phone or QQ number, never a phrase. */
const CHINESE_DIGIT_RUN = /[零〇一幺二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]{7,40}/g;
/**
 * Vietnamese number words are everyday words too: "sau" (after), "năm" (year), "ba" (three, dad), "bay" (fly), "một" (a): "sau ba năm"
 * is "after three years". A run holding one is a number read out only when it is as long as a phone number (seven digits or more).
 */
const VIETNAMESE_NUMBER_WORDS = new Set(['khong', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin']);
const VIETNAMESE_MIN_DIGITS = 7;

/**
 * Korean digits read out ("공일공 영영영영 사일이칠" is 010 0000 4127), in jamo as the view has them. Only a run
 * that starts with a zero, as every Korean phone number does, and holds nine digits or more: "이" and "사" are words too.
 */
const KOREAN_DIGITS: Record<string, string> = Object.fromEntries(
  Object.entries({ 공: '0', 영: '0', 일: '1', 이: '2', 삼: '3', 사: '4', 오: '5', 육: '6', 륙: '6', 칠: '7', 팔: '8', 구: '9' }).map(([k, v]) => [k.normalize('NFD'), v]),
);
const KOREAN_DIGIT = `(?:(?:${Object.keys(KOREAN_DIGITS).sort((a, b) => b.length - a.length).join('|')})(?![\\u1160-\\u11ff]))`;
const KOREAN_ZERO = `(?:${['공', '영'].map((w) => w.normalize('NFD')).join('|')})(?![\\u1160-\\u11ff])`;
const KOREAN_DIGIT_RUN = new RegExp(`(?<![\\u1100-\\u11ff])${KOREAN_ZERO}${KOREAN_DIGIT}*(?:[\\s-]{1,3}${KOREAN_DIGIT}+){0,4}`, 'g');
const KOREAN_DIGIT_G = new RegExp(KOREAN_DIGIT, 'g');
function koreanDigits(m: RegExpExecArray): string | null {
  const digits = m[0].replace(KOREAN_DIGIT_G, (w) => KOREAN_DIGITS[w] ?? w);
  return digits.replace(/\D/g, '').length >= 9 ? digits : null;
}

/** "triple zero", "double five", "dubbel nul": a digit said two or three times over, as people read out phone numbers. */
const REPEATED_DIGIT = /\b(double|triple|dubbel|dublu|triplu)[ -](zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|nul|\d)\b/g;
const SPOKEN_DIGIT: Record<string, string> = { oh: '0', nought: '0', nul: '0' };
function repeatDigit(m: RegExpExecArray): string {
  const digit = SPOKEN_DIGIT[m[2]!] ?? NUMBER_WORDS[m[2]!] ?? m[2]!;
  return digit.repeat(m[1] === 'double' || m[1] === 'dubbel' || m[1] === 'dublu' ? 2 : 3);
}

function spellDigits(m: RegExpExecArray): string | null {
  if (!/[^\d\s,./()-]/.test(m[0])) return null;
  let vietnamese = false;
  const spelled = m[0].replace(NUMBER_WORD, (w) => {
    if (VIETNAMESE_NUMBER_WORDS.has(w)) vietnamese = true;
    return NUMBER_WORDS[w] ?? w;
  });
  if (vietnamese && (spelled.match(/\d/g)?.length ?? 0) < VIETNAMESE_MIN_DIGITS) return null;
  return spelled;
}

// "@" and "." said in other languages between the parts of an address: "dmitry собака yandex",
// "oksana крапка design равлик gmail", "web punkt de". A spoken dot counts only next to an "@"
// or before a domain ending, so "точка зрения" stays a phrase.
// Chinese "在" or "艾特" (at) and "点" (dot) need no spaces: "kevin.lin 在 163点com".
// Vietnamese "a còng" (at) and "chấm" (dot): "tuandev a còng gmail chấm com".
// Dutch "apenstaartje" and Romanian "arond" (at); Korean "골뱅이" or "앳" (at), in jamo as the view has them,
// before a Latin name or a provider said in Hangul ("minji 골뱅이 지메일 닷컴").
const KOREAN_PROVIDER: Record<string, string> = Object.fromEntries(
  Object.entries({ 지메일: 'gmail', 네이버: 'naver', 한메일: 'hanmail', 다음: 'daum', 카카오: 'kakao', 네이트: 'nate' }).map(([k, v]) => [k.normalize('NFD'), v]),
);
const KOREAN_AT = `(?:${['골뱅이', '앳'].map((w) => w.normalize('NFD')).join('|')})`;
const AT_WORDS = new RegExp(
  '(?<=[a-z0-9\\u0400-\\u052f]) (?:собака|равлик|klammeraffe|chiocciola) (?=[a-z0-9\\u0400-\\u052f])|(?<=[a-z0-9]) علي (?=[a-z0-9])|' +
    '(?<=[a-z0-9]) ?(?:在|艾特) ?(?=[a-z0-9])|(?<=[a-z0-9]) a cong (?=[a-z0-9])|' +
    '(?<=[a-z0-9]) (?:apenstaartje|apestaartje|apenstaart|apestaart|arond|a rond) (?=[a-z0-9])|' +
    `(?<=[a-z0-9]) ?${KOREAN_AT} ?(?=[a-z0-9]|${Object.keys(KOREAN_PROVIDER).join('|')})`,
  'g',
);
// After a Korean "@": the provider in Hangul, and the dot or ".com" said in Hangul ("닷컴", "점 com", "쩜넷").
const KOREAN_DOMAIN = new RegExp(
  `(?<=@)(?:${Object.keys(KOREAN_PROVIDER).join('|')})|` +
    `(?<=@[a-z0-9.-]{2,30}) ?(?:${['닷', '쩜', '점'].map((w) => w.normalize('NFD')).join('|')}) ?` +
    `(?:${['컴', '넷'].map((w) => w.normalize('NFD')).join('|')}|(?=[a-z]{2,4}(?![a-z])))`,
  'g',
);
/** Hangul in the prepared view (NFKD turns syllables into jamo). */
const HANGUL_JAMO = /[\u1100-\u11ff]/;
const KOREAN_ENDING: Record<string, string> = { ['컴'.normalize('NFD')]: '.com', ['넷'.normalize('NFD')]: '.net' };
function koreanDomain(m: RegExpExecArray): string {
  const word = m[0].trim();
  if (KOREAN_PROVIDER[word]) return KOREAN_PROVIDER[word]!;
  const ending = Object.keys(KOREAN_ENDING).find((k) => word.endsWith(k));
  return ending ? KOREAN_ENDING[ending]! : '.';
}
const DOT_WORDS = new RegExp(
  // Dutch "punt" and Romanian "punct" too ("sanne punt schrijft", "ioana punct pop").
  '(?<=[a-z0-9\\u0400-\\u052f]) (?:dot|punkt|punto|ponto|point|punt|punct|точка|крапка|titik|nokta|noktasi|tuldok|cham|نقطة) (?=[a-z0-9\\u0400-\\u052f])|' +
    '(?<=[a-z0-9]) ?[点點] ?(?=[a-z0-9])',
  'g',
);
const DOMAIN_END = /^(?:com|net|org|io|co|me|dev|app|info|biz|us|uk|in|pk|ph|ng|de|fr|es|it|pt|br|ru|ua|pl|tr|id|ae|sa|eg|nl|be|ro|md|my|kr|ком|ру|укр|нет|орг)(?![a-z\u0400-\u052f])/;
function spokenDot(m: RegExpExecArray, text: string): string | null {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
  const near = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
  return DOMAIN_END.test(after) || near.includes('@') ? '.' : null;
}
// "Telegram: @ valen_seo": a gap typed after the @ of a handle.
const HANDLE_GAP = /(?<=[:：] ?@) (?=[a-z0-9_]{3,})/g;

// Cyrillic spellings of mail providers and domain endings right after "@" or ".".
const CYRILLIC_DOMAIN: Record<string,
string> = { яндекс: 'yandex', гмейл: 'gmail', джимейл: 'gmail', мейл: 'mail', ком: 'com', ру: 'ru', укр: 'ua', нет: 'net', орг: 'org' };
const CYRILLIC_DOMAIN_WORD = new RegExp(`(?<=[@.] ?)(?:${Object.keys(CYRILLIC_DOMAIN).join('|')})(?![\\u0400-\\u052f])`, 'g');
const CYRILLIC = /[\u0400-\u052f]/;
// "@yandex ру": the dot before the ending left out.
const BARE_ENDING = /(?<=@[a-z0-9-]{2,30}) (?:ру|ru|ком|com|укр|ua)(?![a-z\u0400-\u052f])/g;

// Three or more single letters or digits separated by the same kind of gap:
// "w h a t s a p p", "s-k-y-p-e", "j.o.h.n", "4 1 5". A run of digits only is
// left alone (the phone rule reads digit groups itself).
// Word edges: ASCII letters and digits, and anything beyond Latin-1 punctuation (other scripts).
const SPACED_OUT = /(?<![a-z0-9\u00c0-\uffff])[a-z0-9](?:(?: {1,2}|[-_*.~+]| ?[/|] ?)[a-z0-9](?![a-z0-9\u00c0-\uffff])){2,}/g;

// Three one-letter words that are chat-speak ("u r a", "i c u"), not a word spelled out.
const CHAT_SPEAK = /^[uriaynokbc](?: [uriaynokbc]){2}$/;

function joinSpacedOut(m: RegExpExecArray): number[] | null {
  const run = m[0];
  // Digits with one stray letter ("é 9 1 2" in Portuguese) are a number, not a word spelled out.
  if ((run.match(/[a-z]/g)?.length ?? 0) < 2 || CHAT_SPEAK.test(run)) return null;
  // "g m a i l.c o m": when the gaps are spaces, a dot among them is a real dot.
  const keepDots = run.includes(' ') && run.includes('.');
  // "W h a t s  y o u r  e m a i l": a gap wider than the usual one is a word break; keep one space there.
  // One pass for the gaps and one for the kept characters (no spread into Math.min, no slicing per
  // space): a pasted run of 250 KB of single letters stays linear and cannot overflow the stack.
  const isUnit = (c: string) => /[a-z0-9]/.test(c);
  let usual = Infinity;
  for (let k = 0, gap = 0; k <= run.length; k++) {
    if (k < run.length && !isUnit(run[k]!)) gap++;
    else if (gap > 0) {
      usual = Math.min(usual, gap);
      gap = 0;
    }
  }
  const keep: number[] = [];
  let spaces = 0; // length of the run of spaces starting at k, counted from its first space
  for (let k = 0; k < run.length; k++) {
    const c = run[k]!;
    if (isUnit(c) || (keepDots && c === '.')) keep.push(k);
    else if (c === ' ' && run[k - 1] !== ' ') {
      spaces = 0;
      while (run[k + spaces] === ' ') spaces++;
      if (spaces > usual) keep.push(k);
    }
  }
  return keep;
}

// "linkedin dot com/in/x", "site dot io": a spelled dot before a common TLD is a dot.
const DOT_TLD = /(?<=[a-z0-9]) dot (?=(?:com|net|org|io|co|me|dev|app|info|biz|us|uk|in|pk|ph|ng)\b)/g;

// "g m a i l . c o m": a spaced dot between letters is a real dot.
const SPACED_DOT = /(?<=[a-z0-9]) \. (?=[a-z0-9])/g;

// A token (letters of any script, digits, and the . @ _ - ' that join an address) holding a Cyrillic or Greek letter.
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/;
const TOKEN_WITH_OTHER_SCRIPT = /[a-z0-9\u0370-\u03ff\u0400-\u052f'.@_-]*[\u0370-\u03ff\u0400-\u052f][a-z0-9\u0370-\u03ff\u0400-\u052f'.@_-]*/g;
const LATIN_OR_DIGIT = /[a-z0-9]/;
/**
 * Everyday Serbian, Bulgarian, Macedonian and Russian words written only in letters that look Latin ("само ако", only if; "како",
 * "тамо"): kept Cyrillic even in a text without another Cyrillic letter, where a word of look-alikes would otherwise read as Latin
 * ("camo ako"). None of them hides an app, a provider or a domain ending ("сом" still reads as "com").
 */
const CYRILLIC_LOOKALIKE_WORDS = new Set(['само', 'ако', 'како', 'тако', 'тамо', 'там', 'как', 'так', 'это', 'ето', 'сам', 'сама', 'саме', 'око']);
/** Greek letters with a tonos or dialytika. */
const GREEK_ACCENTED = /[\u0386\u0388-\u038a\u038c\u038e-\u0390\u03aa-\u03b0\u03ca-\u03ce]/;

/**
 * Pass 2: look-alike letters become Latin inside a token that mixes scripts ("ЕМАIL",
 * "whаtsаpp", "gmail.сом"). A token of look-alikes only ("сом", "рауре") is read as Latin
 * too, unless the text is written in Cyrillic or Greek (it has a letter no Latin letter
 * looks like), where "на карту" must stay Russian. One character for one: offsets hold.
 */
function lookalikeWords(view: Prepared): Prepared {
  if (!CYRILLIC_OR_GREEK.test(view.text)) return view;
  // A Greek letter with its accent (ή, ά) is typed by a Greek writer, not copied to hide a Latin word: "κακή κριτική"
  // is all look-alikes once the accents are gone, and stays Greek.
  let otherLanguage = GREEK_ACCENTED.test(view.original);
  for (const c of view.text) {
    if (CYRILLIC_OR_GREEK.test(c) && LOOKALIKES[c] === undefined) {
      otherLanguage = true;
      break;
    }
  }
  const text = view.text.replace(TOKEN_WITH_OTHER_SCRIPT, (token) => {
    const mixed =
      LATIN_OR_DIGIT.test(token) ||
      (!otherLanguage && !CYRILLIC_LOOKALIKE_WORDS.has(token) && Array.from(token).every((c) => !CYRILLIC_OR_GREEK.test(c) || LOOKALIKES[c] !== undefined));
    return mixed ? Array.from(token, (c) => LOOKALIKES[c] ?? c).join('') : token;
  });
  return { ...view, text };
}

/** Prepares `original` for the rules. Linear in its length. */
export function prepare(original: string): Prepared {
  let view = lookalikeWords(foldCharacters(original));
  view = rewrite(view, BRACKETED, (m) => (AT_SIGN_WORDS.has(m[1]!) ? '@' : '.'));
  view = rewrite(view, AT_THE_RATE, () => 'at');
  view = rewrite(view, GLUED, glued);
  view = rewrite(view, REPEATED_DIGIT, repeatDigit);
  view = rewrite(view, NUMBER_RUN, spellDigits);
  view = rewrite(view, CHINESE_DIGIT_RUN, (m) => Array.from(m[0], (c) => NUMBER_WORDS[c] ?? c).join(''));
  if (HANGUL_JAMO.test(view.text)) view = rewrite(view, KOREAN_DIGIT_RUN, koreanDigits);
  view = rewrite(view, SPACED_OUT, joinSpacedOut);
  view = rewrite(view, SPACED_DOT, () => '.');
  view = rewrite(view, DOT_TLD, () => '.');
  view = rewrite(view, AT_WORDS, () => '@');
  // The next three start with a look-behind tried at every position: skipped when the text cannot hold them.
  const at = view.text.includes('@');
  // Twice: the provider first, then the ending after it ("@지메일 닷컴" is "@gmail", then ".com").
  if (at && HANGUL_JAMO.test(view.text)) for (let k = 0; k < 2; k++) view = rewrite(view, KOREAN_DOMAIN, koreanDomain);
  if (at) view = rewrite(view, HANDLE_GAP, () => '');
  const atText = view.text;
  view = rewrite(view, DOT_WORDS, (m) => spokenDot(m, atText));
  if (CYRILLIC.test(view.text)) view = rewrite(view, CYRILLIC_DOMAIN_WORD, (m) => CYRILLIC_DOMAIN[m[0]] ?? null);
  if (at) view = rewrite(view, BARE_ENDING, (m) => `.${CYRILLIC_DOMAIN[m[0].trim()] ?? m[0].trim()}`);
  return { ...view, text: oneByte(view.text) };
}

/** A character V8 cannot store in a one-byte string (compile-first.ts compiles ahead only for text without one). */
export const WIDE = /[\u0100-\uffff]/;
/**
 * The same text, stored one byte per character when every character fits (the view of most English
 * text, typographic quotes folded). Text read from the page comes two bytes per character even when
 * it is plain English (a textarea's value, in Chromium 156), and so do the strings made from it, and
 * V8 compiles each pattern separately for one-byte and two-byte strings: the patterns compiled ahead
 * for the first check (compile-first.ts, on one-byte spaces) were compiled again inside the rules'
 * steps, and a page's first sentence cost tasks of 90-140 ms (tests/e2e/long-text.spec.ts). JSON's
 * parser builds a one-byte string whenever it can: 4 µs for a 2,000-character proposal, 2.6 ms for 250 KB (Node).
 */
function oneByte(text: string): string {
  return WIDE.test(text) ? text : (JSON.parse(JSON.stringify(text)) as string);
}
