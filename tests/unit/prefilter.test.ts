import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { detect } from '../../lib/index';
import { describeNeed, mayMatch, probe } from '../../lib/detector/prefilter';
import { loadCorpus } from '../corpus/load';
import { PROPOSAL } from '../../scripts/bench-data';

/** The words a pattern needs, as the reader found them (true: no constraint). */
const need = (source: string, flags = 'g') => describeNeed(new RegExp(source, flags));
const LONG = ' filler text that is long enough to be read into a table of pieces '.repeat(8);

// First in this file, while no pattern of the detector has been read yet.
describe('prefilter: reading patterns a little per step', () => {
  it('reads every pattern in the end, even when the same text is checked again and again', () => {
    const seen = new Set<RegExp>();
    const skipsOf = () => {
      let skips = 0;
      probe.seen = (pattern, _text, answer) => {
        seen.add(pattern);
        if (!answer) skips++;
      };
      detect(PROPOSAL, { surface: 'proposal' });
      probe.seen = null;
      return skips;
    };
    const first = skipsOf();
    let last = first;
    for (let i = 0; i < 30; i++) last = skipsOf();
    // Each step of a check reads patterns for a few milliseconds only; later steps and checks read
    // the rest. (When the budget was kept per text, a proposal checked again and again stayed at 2
    // skips.) Reading every pattern now changes nothing: they were all read.
    for (const pattern of seen) describeNeed(pattern);
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(20);
    expect(skipsOf()).toBe(last);
  }, 120_000);
});

describe('prefilter: the words a pattern needs', () => {
  it('reads literal words, optional parts and alternatives', () => {
    expect(need('whatsapp')).toBe('whatsapp');
    expect(need('numbers?')).toEqual({ any: ['numbers', 'number'] });
    expect(need('whats\\w{0,24}')).toBe('whats');
    expect(need('pay(?:ment|pal)')).toEqual({ any: ['payment', 'paypal'] });
    expect(need('\\b(?:send|give) me\\b')).toEqual({ any: ['send me', 'give me'] });
    // A run of plain characters is read at once; the character before a quantifier stays apart.
    expect(need('ab{2}c')).toBe('abbc');
    expect(need('go+gle')).toEqual({ all: ['g', 'o', 'gle'] });
    expect(need('e-?mail')).toEqual({ any: ['e-mail', 'email'] });
    expect(need('x{y')).toBe(true);
  });

  it('never joins words across a part it cannot read exactly', () => {
    // "a\\S*b" matches "axxb", which does not hold "ab".
    expect(need('abc\\S*def')).toEqual({ all: ['abc', 'def'] });
    expect(need('abc.def')).toEqual({ all: ['abc', 'def'] });
    expect(need('(?:ab)+cd')).toEqual({ all: ['ab', 'cd'] });
  });

  it('counts what a positive look-around finds, and nothing of a negative one', () => {
    expect(need('(?<=@) com')).toEqual({ all: ['@', ' com'] });
    expect(mayMatch(/(?<=@[a-z]{2,9}) com/g, `${LONG} com`)).toBe(false);
    expect(need('(?<!not )paypal(?! integration)')).toBe('paypal');
  });

  it('reads small classes exactly and larger ones as one of their characters', () => {
    expect(need('sk[yi]pe')).toEqual({ any: ['skype', 'skipe'] });
    expect(need('\\d')).toEqual({ any: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] });
    expect(need('[a-z]x')).toEqual({ all: [{ any: [...'abcdefghijklmnopqrstuvwxyz'] }, 'x'] });
    expect(need('[\\u0400-\\u04ff]')).toBe(true);
    expect(need('[^@]@')).toBe('@');
  });

  it('puts no constraint on what it cannot read', () => {
    expect(need('(\\w+)\\1')).toBe(true);
    expect(need('\\p{L}+', 'gu')).toBe(true);
    expect(need('paypal', 'gi')).toBe(true);
    expect(need('a{,2}')).toBe(true);
  });
});

describe('prefilter: a skipped pattern could never have matched', () => {
  const skipped: [RegExp, string][] = [];
  const watch = () => {
    probe.seen = (pattern, text, answer) => {
      if (!answer) skipped.push([pattern, text]);
    };
  };
  afterEach(() => {
    probe.seen = null;
  });

  /** Every pattern the filter skipped finds nothing in that text. */
  const verify = () => {
    const wrong: string[] = [];
    for (const [pattern, text] of skipped.splice(0)) {
      const copy = new RegExp(pattern.source, pattern.flags);
      if (copy.exec(text)) wrong.push(`${pattern.source.slice(0, 120)} matches ${JSON.stringify(text.slice(0, 120))}`);
    }
    return wrong;
  };

  // Every corpus text, in two halves (each takes about 100 s here, and each gets its own time limit).
  const corpus = loadCorpus();
  const half = Math.ceil(corpus.length / 2);
  it.each([
    ['first', corpus.slice(0, half)],
    ['second', corpus.slice(half)],
  ])('holds for every corpus text, each also read as part of a long message (%s half)', (_name, items) => {
    watch();
    let skips = 0;
    // Texts under 400 characters are never filtered, so each is read inside a long message.
    for (const item of items) {
      detect(`${LONG}\n${item.text}\n${LONG}`, { surface: item.surface, ...item.context });
      skips += skipped.length;
      const wrong = verify();
      expect(wrong, item.text).toEqual([]);
    }
    // The filter does skip patterns: otherwise this test would prove nothing.
    expect(skips).toBeGreaterThan(10_000);
  }, 300_000);

  it('holds for any text', () => {
    watch();
    const words = ['whatsapp', 'pay', 'paypal', '@', 'gmail', 'com', '5', 'star', 'review', 'account', 'login', 'telegram', ' ', '.', 'me'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 80, maxLength: 300 }), (parts) => {
        detect(parts.join(' '), { surface: 'message' });
        return verify().length === 0;
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('answers true for short texts and for patterns without a known need', () => {
    expect(mayMatch(/whatsapp/g, 'no app named here')).toBe(true);
    expect(mayMatch(/whatsapp/g, LONG)).toBe(false);
    expect(mayMatch(/what\S*app/g, LONG)).toBe(false);
    expect(mayMatch(/[^a]+/g, LONG)).toBe(true);
    expect(mayMatch(/table/g, LONG)).toBe(true);
  });
});

describe('prefilter: answers kept per text', () => {
  it('answers a text asked again exactly as a pattern read afresh answers it, whatever was asked in between', () => {
    const sources = ['whatsapp', 'pay(?:pal|ment)', '\\b(?:send|give) me\\b', 'gmail\\.com', 'tele\\S*gram', '(?<=@[a-z]{2,9}) com', '5 stars?', 'review'];
    const patterns = sources.map((source) => new RegExp(source, 'g'));
    for (const pattern of patterns) describeNeed(pattern); // read now, whatever the step's budget
    const words = ['whatsapp', 'pay', 'paypal', '@', 'gmail', '.com', ' com', '5', 'star', 'stars', 'review', 'send', 'me', 'telegram', 'tele', 'gram'];
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 5 })), { minLength: 120, maxLength: 200 }).map((parts) => parts.join(' '));
    fc.assert(
      // More texts than the tables kept (four), asked in any order: tables are dropped and filled again between asks.
      fc.property(fc.array(text, { minLength: 6, maxLength: 6 }), fc.array(fc.tuple(fc.nat(5), fc.nat(sources.length - 1)), { minLength: 30, maxLength: 80 }), (texts, asks) => {
        for (const [t, p] of asks) {
          // A fresh copy has no answer kept: it is worked out on the text's table now.
          const copy = new RegExp(sources[p]!, 'g');
          describeNeed(copy);
          // The same text as another string object (as a new check of unchanged text gets).
          const asked = [...texts[t]!].join('');
          if (mayMatch(patterns[p]!, asked) !== mayMatch(copy, asked)) return false;
        }
        return true;
      }),
      { numRuns: 40 },
    );
  });
});
