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

/** Maps a [start, end) range of the prepared view to the original text. */
export function toOriginal(prepared: Prepared, start: number, end: number): [number, number] {
  if (prepared.text.length === 0) return [0, 0];
  const first = Math.min(Math.max(start, 0), prepared.text.length - 1);
  const last = Math.min(Math.max(end - 1, first), prepared.text.length - 1);
  return [prepared.starts[first]!, prepared.ends[last]!];
}

/** Accumulates a new view with its map back to the original text. */
class ViewBuilder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  push(chars: string, start: number, end: number): void {
    this.parts.push(chars);
    for (let i = 0; i < chars.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  build(original: string): Prepared {
    return {
      original,
      text: this.parts.join(''),
      starts: Int32Array.from(this.starts),
      ends: Int32Array.from(this.ends),
    };
  }
}

// Invisible characters people (and copy-paste) slip between letters: zero-width
// space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator,
// variation selectors, invisible math operators, tag characters.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDDEF]/;
const COMBINING_MARK = /\p{M}/gu;

/** Cyrillic and Greek letters that look like Latin ones, after lower-casing. */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g', ɩ: 'i',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', ς: 's', '\u0131': 'i', ℓ: 'l',
};

const foldCache = new Map<string, string>();

/** Folds one non-ASCII code point to the ASCII-ish form rules read. */
function foldCodePoint(cp: string): string {
  let folded = foldCache.get(cp);
  if (folded !== undefined) return folded;
  if (INVISIBLE.test(cp)) folded = '';
  else {
    folded = cp.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
    folded = Array.from(folded, (c) => LOOKALIKES[c] ?? c).join('');
    // Typographic quotes, dashes and the "fancy" at/dot signs people use.
    folded = folded
      .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
      .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
      .replace(/[\u2022\u2024\u2027\u00B7\u3002\uFF0E]/g, '.')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
  }
  if (foldCache.size < 4096) foldCache.set(cp, folded);
  return folded;
}

/** Pass 1: per code point folding, lower case, invisible characters dropped. */
function foldCharacters(original: string): Prepared {
  const out = new ViewBuilder();
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path.
      out.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i]!, i, i + 1);
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldCodePoint(original.slice(i, i + width));
    if (folded) out.push(folded, i, i + width);
    i += width;
  }
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
  const out = new ViewBuilder();
  let copied = 0;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) out.push(text[k]!, starts[k]!, ends[k]!);
  };
  pattern.lastIndex = 0;
  let changed = false;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replacer(m);
    if (replacement === null) continue;
    changed = true;
    copy(copied, m.index);
    const end = m.index + m[0].length;
    if (typeof replacement === 'string') {
      out.push(replacement, starts[m.index]!, ends[end - 1]!);
    } else {
      for (const k of replacement) copy(m.index + k, m.index + k + 1);
    }
    copied = end;
  }
  if (!changed) return view;
  copy(copied, text.length);
  return out.build(view.original);
}

// "[at]", "(at)", "{at}", "<at>", "[@]", "(dot)", "[.]", "(period)"... : only
// ever written to hide an address, so they are rewritten unconditionally.
const BRACKETED = /[[({<]\s{0,2}(at|a|@|dot|\.|period|punkt)\s{0,2}[\])}>]/g;
// "sam_AT_fastmail_DOT_com", "sam-at-fastmail-dot-com", "arroba", doubled "@@" and "..".
const GLUED = /(?<=[a-z0-9])[_-](at|dot)[_-](?=[a-z0-9])|\barroba\b|@{2,}|(?<=[a-z0-9])\.\.(?=[a-z])/g;
const glued = (m: RegExpExecArray) => (m[1] === 'dot' || m[0] === '..' ? '.' : '@');

export const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
  // Common non-English spellings seen in obfuscated numbers.
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7',
  ocho: '8', nueve: '9', eins: '1', zwei: '2', drei: '3', vier: '4', fuenf: '5',
  sechs: '6', sieben: '7', acht: '8', neun: '9',
};
// Number words become digits only inside a run of three or more number tokens
// ("four one five, five five five", "9 one 7 - 1two3"), so "the other one" and
// "one-time code" stay words. Tokens are bounded by letters only: "1two3" counts.
const NUMBER_WORD_ALT = Object.keys(NUMBER_WORDS).join('|');
const NUMBER_TOKEN = `(?:\\d|${NUMBER_WORD_ALT}){1,12}`;
const NUMBER_RUN = new RegExp(`(?<![a-z])${NUMBER_TOKEN}(?:[\\s,./()-]{1,3}${NUMBER_TOKEN}){2,40}(?![a-z])`, 'g');
const NUMBER_WORD = new RegExp(NUMBER_WORD_ALT, 'g');
function spellDigits(m: RegExpExecArray): string | null {
  if (!/[a-z]/.test(m[0])) return null;
  return m[0].replace(NUMBER_WORD, (w) => NUMBER_WORDS[w] ?? w);
}

// Three or more single letters or digits separated by the same kind of gap:
// "w h a t s a p p", "s-k-y-p-e", "j.o.h.n", "4 1 5". A run of digits only is
// left alone (the phone rule reads digit groups itself).
const SPACED_OUT = /(?<![\p{L}\p{N}])[a-z0-9](?:(?: {1,2}|[-_*.~+]| ?[/|] ?)[a-z0-9](?![\p{L}\p{N}])){2,}/gu;

function joinSpacedOut(m: RegExpExecArray): number[] | null {
  const run = m[0];
  if (!/[a-z]/.test(run)) return null;
  // "g m a i l.c o m": when the gaps are spaces, a dot among them is a real dot.
  const keepDots = run.includes(' ') && run.includes('.');
  const keep: number[] = [];
  for (let k = 0; k < run.length; k++) {
    if (/[a-z0-9]/.test(run[k]!) || (keepDots && run[k] === '.')) keep.push(k);
  }
  return keep;
}

// "g m a i l . c o m": a spaced dot between letters is a real dot.
const SPACED_DOT = /(?<=[a-z0-9]) \. (?=[a-z0-9])/g;

/** Prepares `original` for the rules. Linear in its length. */
export function prepare(original: string): Prepared {
  let view = foldCharacters(original);
  view = rewrite(view, BRACKETED, (m) => (m[1] === 'at' || m[1] === 'a' || m[1] === '@' ? '@' : '.'));
  view = rewrite(view, GLUED, glued);
  view = rewrite(view, NUMBER_RUN, spellDigits);
  view = rewrite(view, SPACED_OUT, joinSpacedOut);
  view = rewrite(view, SPACED_DOT, () => '.');
  return view;
}
