/**
 * Frames: short patterns composed from word classes, in the manner of Harper's
 * pattern combinators. `frame(LEAVE, upTo(3), PREPOSITION, CHANNEL)` reads "a
 * verb of leaving, up to three words, a preposition, a channel", inside one
 * sentence, with word edges that work for every script (no `u` flag, which is
 * slow). Every frame compiles to one bounded regular expression, so a rule that
 * scans frames stays linear.
 */
import { alternation, type Language, type WordClass } from './lexicon/word-class';

/** Letters and digits of any script: what a word edge must not touch. */
const WORD_CHAR = 'a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u08ff\\u0900-\\u0dff\\u0e00-\\u0e7f';
export const WORD_START = `(?<![${WORD_CHAR}])`;
export const WORD_END = `(?![${WORD_CHAR}])`;
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
  return new RegExp(sequence(parts), 'g');
}

/** Two slots in either order, at most `reach` characters apart, within one sentence (or two, when `acrossSentences`). */
export function within(a: Slot, b: Slot, reach = 40, acrossSentences = false): RegExp {
  const between = acrossSentences ? `[^\\n]{0,${reach}}?` : `(?:[^.!?;\\n]|\\.(?=[a-z0-9])){0,${reach}}?`;
  return new RegExp(`${term(a)}${between}${term(b)}|${term(b)}${between}${term(a)}`, 'g');
}

/** Any of the patterns' sources, as one global pattern. */
export function anyOf(...patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => p.source).join('|'), 'g');
}

/** True when the class (or raw source) occurs as a whole word in `text`. */
export function has(slot: Slot, text: string): boolean {
  return new RegExp(term(slot)).test(text);
}

/** A reusable test for one slot, compiled once; `tester.source(slot)` gives its pattern source. */
export function tester(slot: Slot): (text: string) => boolean {
  const pattern = new RegExp(term(slot));
  return (text) => pattern.test(text);
}
tester.source = (slot: Slot): string => term(slot);
