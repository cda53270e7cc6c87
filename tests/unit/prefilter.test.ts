import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { detect } from '../../lib/index';
import { describeNeed, mayMatch, probe } from '../../lib/detector/prefilter';
import { loadCorpus } from '../corpus/load';
import { term, WORD_END, WORD_START } from '../../lib/detector/frame';
import type { WordClass } from '../../lib/detector/lexicon/word-class';
import * as channels from '../../lib/detector/lexicon/channels';
import * as feedback from '../../lib/detector/lexicon/feedback';
import * as payment from '../../lib/detector/lexicon/payment';
import * as people from '../../lib/detector/lexicon/people';
import * as stance from '../../lib/detector/lexicon/stance';
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
    // After \\b (or a look-behind that refuses a-z, or frame.ts's WORD_START) a word begins at a word start.
    expect(need('\\b(?:send|give) me\\b')).toEqual({ any: [{ start: 'send me' }, { start: 'give me' }] });
    // A run of plain characters is read at once; the character before a quantifier stays apart.
    expect(need('ab{2}c')).toBe('abbc');
    expect(need('go+gle')).toEqual({ all: ['g', 'o', 'gle'] });
    expect(need('e-?mail')).toEqual({ any: ['e-mail', 'email'] });
    expect(need('x{y')).toBe(true);
  });

  it('reads a word after \\b, a look-behind that refuses a-z, or WORD_START as beginning at a word start', () => {
    expect(need('(?<![a-z0-9])sit')).toEqual({ start: 'sit' });
    expect(need(`${WORD_START}(?:sit|stand in)${WORD_END}`)).toEqual({ any: [{ start: 'sit' }, { start: 'stand in' }] });
    // \\b before a character that is no \\w, and a class that does not hold all of a-z, say nothing of a word start.
    expect(need('\\b@x')).toBe('@x');
    expect(need('(?<![0-a-z])foo')).toBe('foo');
    expect(need('(?<![a-y])foo')).toBe('foo');
    expect(need('(?<![^a-z])foo')).toBe('foo');
    expect(need('\\Bfoo')).toBe('foo');
    expect(mayMatch(/\bsit\b/g, `${LONG} website`)).toBe(false);
    expect(mayMatch(/\bsit\b/g, `${LONG} 5sit`)).toBe(true);
  });

  it('reads any run of white space as one space', () => {
    expect(need('go\\s+out')).toBe('go out');
    expect(need('go \\n\\t out')).toBe('go out');
    expect(need('go[\\s,]out')).toEqual({ any: ['go out', 'go,out'] });
    expect(mayMatch(/go\s+out/g, `${LONG} go \n\t\u00a0 out`)).toBe(true);
    expect(mayMatch(/go\s+out/g, `${LONG} go, out`)).toBe(false);
  });

  it('reads a word class by its phrases, not by the tree of their shared beginnings', () => {
    // Read as the tree, "pa(?:y(?:ment by...|...)|id...)", each beginning was read apart from the rest of its phrase.
    const klass = { name: 'TEST', doc: '', words: { en: ['pay me now please', 'paid in full already', 'payment by card only', 'pay(?:pal)? now or never'] }, examples: [] };
    expect(need(term(klass))).toEqual({
      any: [{ start: 'pay me now please' }, { start: 'paid in full already' }, { start: 'payment by card only' }, { start: 'paypal now or never' }, { start: 'pay now or never' }],
    });
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

describe('prefilter: word starts, white space and word classes read whole', () => {
  const anchors = ['\\b', '(?<![a-z0-9])', '(?<![a-z\\u00c0-\\u024f])', WORD_START, '', '\\B', '(?<![a-y])'];
  const words = ['sit', 'site', 'web', 'go', 'out', 'me', 'a', 'in', 'e-?mail', 'pay(?:pal)?', 'x{2}', '@', '5', '_'];
  const spaces = ['\\s+', ' ', '\\s?', '\\s*', '[\\s,:-]+', ' +', '\\n', ''];
  const piece = fc.tuple(fc.constantFrom(...anchors), fc.constantFrom(...words), fc.constantFrom(...spaces)).map((parts) => parts.join(''));
  const source = fc.array(fc.array(piece, { minLength: 1, maxLength: 3 }).map((ps) => ps.join('')), { minLength: 1, maxLength: 3 }).map((alts) =>
    alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})${WORD_END}`);
  const textWords = ['sit', 'site', 'website', 'web', 'go', 'out', 'gout', 'me', 'a', 'in', 'email', 'e-mail', 'paypal', 'pay', 'xx', '@', '5', '5sit', '_sit', 'Sit'];
  const gaps = [' ', '  ', '\n', ' \t ', '\u00a0', ', ', '-', '', '.', ' \u3000'];
  const text = fc.array(fc.tuple(fc.constantFrom(...textWords), fc.constantFrom(...gaps)), { minLength: 5, maxLength: 40 }).map((ws) => ws.flat().join(''));

  it('skips a pattern only when it cannot match, on any text', () => {
    fc.assert(
      fc.property(source, text, (src, t) => {
        const pattern = new RegExp(src, 'g');
        describeNeed(pattern); // read now, whatever the step's budget
        const long = `${LONG}${t}`;
        return mayMatch(pattern, long) || !new RegExp(src, 'g').test(long);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('reads a word class as exactly the phrases its tree of shared beginnings matches', () => {
    const classes = [channels, feedback, payment, people, stance].flatMap((m) => Object.values(m)).filter((v): v is WordClass => typeof v === 'object' && v !== null && 'words' in v && 'name' in v);
    expect(classes.length).toBeGreaterThan(20);
    // Texts made of the classes' own phrases (with the regexp syntax of a few left in: they then rarely match), cut anywhere.
    const phrases = classes.flatMap((c) => Object.values(c.words).flat().slice(0, 40) as string[]);
    const phraseText = fc.array(fc.tuple(fc.constantFrom(...phrases), fc.constantFrom(...gaps), fc.nat(3)), { minLength: 1, maxLength: 6 })
      .map((ps) => ps.map(([p, g, cut]) => p.slice(cut) + g).join(''));
    fc.assert(
      fc.property(fc.constantFrom(...classes), phraseText, (klass, t) => {
        const tree = new RegExp(term(klass), 'g');
        describeNeed(tree);
        const long = `${LONG}${t}`;
        return mayMatch(tree, long) || !new RegExp(tree.source, 'g').test(long);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
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
