import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairs, term, tester, within, type Pairing } from '../../lib/detector/frame';
import { remembered } from '../../lib/detector/text';
import type { WordClass } from '../../lib/detector/lexicon/word-class';
import * as feedback from '../../lib/detector/lexicon/feedback';

/**
 * What frame.ts keeps between calls only saves work: `pairs` scans a slot only when the other found something, reads first
 * the slot another frame scanned, and keeps each slot's scans of the last texts; `tester` keeps its last answers. Every
 * answer must be the one a fresh scan of both slots gives, whatever was asked before and in whatever order.
 */
const SCORE = { name: 'SCORE', doc: 'test scores', words: { en: ['5 stars', 'five stars', 'a good review'] }, examples: [] } as WordClass;
const FILES = { name: 'FILES', doc: 'test files', words: { en: ['the files', 'source code', 'files'] }, examples: [] } as WordClass;
const FREE = { name: 'FREE', doc: 'test free', words: { en: ['for free', 'refund', 'free'] }, examples: [] } as WordClass;

/** The spans of `pairs`, computed from scratch: both slots scanned by new patterns, the nearest pairs joined, none overlapping. */
function reference(p: Pairing, a: WordClass, b: WordClass, text: string): { start: number; end: number }[] {
  const spans = (slot: WordClass) => [...text.matchAll(new RegExp(term(slot), 'g'))].filter((m) => m[0].length > 0).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const sameSentence = (from: number, to: number) => {
    for (let i = from; i < to; i++) if ('!?;\n'.includes(text[i]!) || (text[i] === '.' && !/[a-z0-9]/.test(text[i + 1] ?? ''))) return false;
    return true;
  };
  const near = (first: { start: number; end: number }[], second: { start: number; end: number }[]) =>
    first.flatMap((x) => {
      const y = second.find((s) => s.start >= x.end);
      return y && y.start - x.end <= p.reach && sameSentence(x.end, y.start) ? [{ start: x.start, end: y.end }] : [];
    });
  const as = spans(a);
  const bs = spans(b);
  const candidates = [...near(as, bs), ...near(bs, as)].sort((x, y) => x.start - y.start || x.end - y.end);
  let reached = 0;
  return candidates.filter((c) => (c.start < reached ? false : ((reached = c.end), true)));
}

const WORDS = ['5 stars', 'five stars', 'a good review', 'the files', 'source code', 'files', 'for free', 'refund', 'free', 'and', 'i', 'send', '.', '!', 'then', 'you'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 }).map((w) => w.join(' '));

describe('frame caches: pairs and testers answer as a fresh scan would', () => {
  it('pairs: the same spans whichever slot was scanned before, and on a text asked again', () => {
    const scoreThenFiles = within(SCORE, FILES, 40);
    const filesThenScore = within(FILES, SCORE, 40);
    const scoreThenFree = within(SCORE, FREE, 40);
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 12 }), (asks) => {
        for (const [text, which] of asks) {
          const [p, a, b] = ([[scoreThenFiles, SCORE, FILES], [filesThenScore, FILES, SCORE], [scoreThenFree, SCORE, FREE]] as const)[which]!;
          const expected = reference(p, a, b, text);
          expect(pairs(p, text)).toEqual(expected);
          // Asked again: from the kept scans.
          expect(pairs(p, text)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pairs: right after more texts than a slot keeps', () => {
    const p = within(SCORE, FILES, 40);
    const texts = Array.from({ length: 200 }, (_, i) => `${i} five stars and the files ${i % 3 === 0 ? '' : 'for free'}`);
    for (const round of [0, 1]) {
      for (const text of texts) expect(pairs(p, text), `${round}: ${text}`).toEqual(reference(p, SCORE, FILES, text));
    }
  });

  it('tester: the answer of the class pattern, whatever was asked before', () => {
    const fresh = new RegExp(term(feedback.REVIEW));
    const mentionsReview = tester(feedback.REVIEW);
    const texts = ['leave me a review', 'thanks for the files', 'your feedback helps', 'no words here', 'a 5 star rating please', ''];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...texts), { minLength: 1, maxLength: 30 }), (asked) => {
        for (const text of asked) expect(mentionsReview(text), text).toBe(fresh.test(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('remembered: a test with its last answers kept answers as the pattern does', () => {
  it('gives the answer of a fresh test on every text, asked in any order, more texts than it keeps', () => {
    const pattern = /\b(?:against|violat\w*) (?:the )?(?:terms|rules)\b|\bred flags?\b/;
    const words = ['against', 'the', 'terms', 'rules', 'violates', 'red', 'flag', 'flags', 'ok', '.', 'not'];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (texts, asks) => {
        const kept = remembered(pattern, 4);
        // Each ask gets a new string object with the same content, as a new check's slices do.
        return asks.every((k) => {
          const asked = [...texts[k % texts.length]!].join('');
          return kept(asked) === new RegExp(pattern.source).test(asked);
        });
      }),
    );
  });

  it('refuses a global or sticky pattern (its lastIndex would make answers depend on the last call)', () => {
    expect(() => remembered(/x/g)).toThrow();
    expect(() => remembered(/x/y)).toThrow();
  });
});
