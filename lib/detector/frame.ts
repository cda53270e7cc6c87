/**
 * Frames: short patterns composed from word classes, in the manner of Harper's
 * pattern combinators. `frame(LEAVE, upTo(3), PREPOSITION, CHANNEL)` reads "a
 * verb of leaving, up to three words, a preposition, a channel", inside one
 * sentence, with word edges that work for every script (no `u` flag, which is
 * slow). Every frame compiles to one bounded regular expression, so a rule that
 * scans frames stays linear.
 */
import { alternation, type Language, type WordClass } from './lexicon/word-class';
import { mayMatch } from './prefilter';
import { compileAhead, compileFirst } from './compile-first';

/** Letters and digits of any script: what a word edge must not touch. */
// Georgian (Mkhedruli) and Ethiopic syllables too: a Georgian or Amharic phrase is a whole word, its endings spelled out. Armenian letters
// (round twenty-six): "համարդ" (your number) is not "համար" (for).
const WORD_CHAR = 'a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u0531-\\u0587\\u0590-\\u08ff\\u0900-\\u0dff\\u0e00-\\u0e7f\\u10d0-\\u10ff\\u1200-\\u137f';
/**
 * Chinese, Japanese, Thai, Burmese and Khmer characters: a phrase that begins or ends with one has no word edge there ("Boss你的email",
 * "提供LINE", Thai "แอดไลน์ผม"), since these scripts write no space between words. Thai phrases guard their own edges.
 */
// Burmese (Myanmar) and Khmer write no space between words either (round twenty-six): "viber နဲ့ပြောရအောင်", "ផ្ញើលុយតាម ABA".
const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u0e00-\\u0e7f\\u1000-\\u109f\\u1780-\\u17ff';
export const WORD_START = `(?:(?=[${CJK}])|(?<![${WORD_CHAR}]))`;
export const WORD_END = `(?:(?<=[${CJK}])|(?![${WORD_CHAR}]))`;
/** One word inside a sentence (a dot inside "gmail.com" does not end it). */
const ONE_WORD = `(?:[^\\s.!?;\\n]|\\.(?=[a-z0-9]))+`;
const SPACE = `[\\s,:-]+`;

interface Gap {
  readonly gap: true;
  readonly min: number;
  readonly max: number;
}

/** Between `min` and `max` words of anything, within the sentence. */
export function upTo(max: number, min = 0): Gap {
  return { gap: true, min, max };
}

/** A slot: a word class, a list of classes, or a raw alternation source ("me|us"). */
export type Slot = WordClass | readonly WordClass[] | string;
export type Part = Slot | Gap;

const isGap = (p: Part): p is Gap => typeof p === 'object' && 'gap' in p;

/** The source of one slot as a whole-word term. */
export function term(slot: Slot, languages?: readonly Language[]): string {
  const body = typeof slot === 'string' ? `(?:${slot})` : alternation(slot, languages);
  return `${WORD_START}${body}${WORD_END}`;
}

/**
 * V8 compiles a pattern whose source is longer than 20 KB without its optimisations (the limit is
 * kRegExpTooLargeToOptimize in V8's regexp.h): such a pattern ran 16x slower here. A class that
 * grew near it is read by several patterns of at most this many characters instead.
 */
export const MAX_PATTERN_SOURCE = 16 * 1024;

/**
 * A word class as one or more whole-word patterns (global unless `flags` says otherwise), each
 * under MAX_PATTERN_SOURCE: its languages in their order, grouped while they fit; a language too
 * big alone has its phrases halved. A text holds a match of the class exactly where it holds a match of one of them.
 */
export function termPatterns(wordClass: WordClass, max = MAX_PATTERN_SOURCE, flags = 'g'): RegExp[] {
  const parts: WordClass[] = [];
  const fits = (words: WordClass['words']) => term({ ...wordClass, words }).length <= max;
  const split = (words: WordClass['words']): void => {
    if (fits(words)) return void parts.push({ ...wordClass, words });
    const entries = Object.entries(words) as [Language, readonly string[]][];
    if (entries.length > 1) {
      let group: WordClass['words'] = {};
      for (const [language, list] of entries) {
        const next = { ...group, [language]: list };
        if (Object.keys(group).length > 0 && !fits(next)) {
          split(group);
          group = { [language]: list };
        } else group = next;
      }
      return split(group);
    }
    const [language, list] = entries[0]!;
    if (list.length < 2) throw new Error(`${wordClass.name}: one phrase is longer than ${max} characters`);
    const half = Math.ceil(list.length / 2);
    split({ [language]: list.slice(0, half) });
    split({ [language]: list.slice(half) });
  };
  split(wordClass.words);
  return parts.map((part) => compileAhead(new RegExp(term(part), flags)));
}

/** Source of a sequence of slots and gaps (words in order, spaces between). */
export function sequence(parts: readonly Part[], languages?: readonly Language[]): string {
  let out = '';
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (isGap(p)) {
      // Each skipped word brings its own following space.
      out += `(?:${ONE_WORD}${SPACE}){${p.min},${p.max}}`;
      continue;
    }
    out += term(p, languages);
    const next = parts[k + 1];
    if (next !== undefined) out += SPACE;
  }
  return out;
}

/** A global pattern for the sequence. */
export function frame(...parts: readonly Part[]): RegExp {
  return compileAhead(new RegExp(sequence(parts), 'g'));
}

/**
 * Two slots in either order, at most `reach` characters apart, within one sentence (or two, when
 * `acrossSentences`). Not one regular expression: each slot is scanned once over the text (and the
 * scan is kept for the other frames that use the same slot), then the nearest pairs are joined.
 * A single pattern "A.{0,n}B|B.{0,n}A" retried a large alternation at every position after each
 * common word and made a check of 2,000 characters take 10 ms.
 */
export interface Pairing {
  readonly kind: 'pairing';
  readonly a: RegExp;
  readonly b: RegExp;
  readonly reach: number;
  readonly acrossSentences: boolean;
}

export function within(a: Slot, b: Slot, reach = 40, acrossSentences = false): Pairing {
  return { kind: 'pairing', a: scanner(a), b: scanner(b), reach, acrossSentences };
}

const scanners = new Map<string, RegExp>();
/** One global pattern per slot source, shared by every frame that uses the slot. */
function scanner(slot: Slot): RegExp {
  const source = term(slot);
  let re = scanners.get(source);
  if (!re) scanners.set(source, (re = compileAhead(new RegExp(source, 'g'))));
  return re;
}

interface Span {
  start: number;
  end: number;
}
/**
 * The last texts' scans, per slot. More than one: a rule reads each sentence with several frames, and the next
 * rule reads the same sentences again with frames that share slots (a score word, a review word).
 */
const scanned = new WeakMap<RegExp, Map<string, Span[]>>();
const KEPT_SCANS = 64;
/** Every match of a slot in `text`; the last KEPT_SCANS texts' results are kept per slot. */
function scan(re: RegExp, text: string): Span[] {
  let kept = scanned.get(re);
  const known = kept?.get(text);
  if (known) return known;
  const spans: Span[] = [];
  const may = mayMatch(re, text);
  if (may) compileFirst(re, text);
  re.lastIndex = 0;
  for (let m = may ? re.exec(text) : null; m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (!kept) scanned.set(re, (kept = new Map()));
  // The oldest goes first (a Map keeps its keys in insertion order), so memory stays bounded on a long paste.
  if (kept.size >= KEPT_SCANS) kept.delete(kept.keys().next().value!);
  kept.set(text, spans);
  return spans;
}

/** No sentence end between `from` and `to` (a dot inside "gmail.com" is not one). */
function sameSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '!' || c === '?' || c === ';' || c === '\n') return false;
    if (c === '.' && !/[a-z0-9]/.test(text[i + 1] ?? '')) return false;
  }
  return true;
}

/** The pairs of a Pairing, left to right and not overlapping, as [start, end) spans. */
export function pairs(p: Pairing, text: string): Span[] {
  // A pair needs both slots, so the second is not scanned when the first found nothing. The slot another
  // frame has already scanned in this text is read first: it costs nothing, and a score or a review
  // named nowhere in a sentence then spares the scans of every frame that pairs it with something.
  const bFirst = scanned.get(p.b)?.has(text) === true && scanned.get(p.a)?.has(text) !== true;
  const first = scan(bFirst ? p.b : p.a, text);
  if (first.length === 0) return [];
  const second = scan(bFirst ? p.a : p.b, text);
  if (second.length === 0) return [];
  const as = bFirst ? second : first;
  const bs = bFirst ? first : second;
  const near = (first: Span[], second: Span[]): Span[] => {
    const out: Span[] = [];
    let k = 0;
    for (const x of first) {
      while (k < second.length && second[k]!.start < x.end) k++;
      const y = second[k];
      if (!y || y.start - x.end > p.reach) continue;
      if (!p.acrossSentences && !sameSentence(text, x.end, y.start)) continue;
      if (p.acrossSentences && text.slice(x.end, y.start).includes('\n')) continue;
      out.push({ start: x.start, end: y.end });
    }
    return out;
  };
  const candidates = [...near(as, bs), ...near(bs, as)].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Span[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    out.push(c);
    reached = c.end;
  }
  return out;
}

/**
 * A reusable test for one slot, compiled once. Asks the prefilter first, like a scan: a two-byte
 * text then never compiles a pattern it cannot match. A word class is read by termPatterns' patterns,
 * so it may grow past MAX_PATTERN_SOURCE without a pattern V8 stops optimising.
 */
export function tester(slot: Slot): (text: string) => boolean {
  const patterns = tester.patterns(slot, '');
  // The last few answers are kept: a rule asks about the same sentence several times ("names a review?").
  const texts: string[] = [];
  const answers: boolean[] = [];
  return (text) => {
    const known = texts.indexOf(text);
    if (known !== -1) return answers[known]!;
    const answer = patterns.some((pattern) => mayMatch(pattern, text) && pattern.test(text));
    if (texts.length >= KEPT_ANSWERS) {
      texts.pop();
      answers.pop();
    }
    texts.unshift(text);
    answers.unshift(answer);
    return answer;
  };
}
const KEPT_ANSWERS = 4;
/** The slot's patterns to scan with (`matches` reads several as one): one, or a big word class's parts (termPatterns). */
tester.patterns = (slot: Slot, flags = 'g'): RegExp[] =>
  typeof slot === 'object' && !isClassList(slot) ? termPatterns(slot, MAX_PATTERN_SOURCE, flags) : [compileAhead(new RegExp(term(slot), flags))];
const isClassList = (slot: Slot): slot is readonly WordClass[] => Array.isArray(slot);
