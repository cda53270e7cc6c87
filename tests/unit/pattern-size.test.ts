import { describe, expect, it } from 'vitest';
import { MAX_PATTERN_SOURCE, term, termPatterns, tester } from '../../lib/detector/frame';
import { defineClass } from '../../lib/detector/lexicon/word-class';
import { matches } from '../../lib/detector/text';

/**
 * V8 compiles a pattern of more than 20 KB of source without its optimisations (kRegExpTooLargeToOptimize);
 * one such pattern made a check of a proposal 30% slower on 3 December 2026 (ASK_CONTACT at 20.5 KB).
 */
const V8_LIMIT = 20 * 1024;

const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}x`);
const BIG = defineClass({
  name: 'BIG',
  doc: 'A test class.',
  words: { en: words('alpha', 300), es: words('beta', 40), fr: words('gamma', 40) },
  examples: ['alpha1x'],
});

function all(patterns: readonly RegExp[], text: string): string[] {
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => `${m.index}:${m[0]}`)).sort();
}

describe('termPatterns', () => {
  it('keeps a small class in one pattern, the same as term()', () => {
    const small = { ...BIG, words: { en: ['whatsapp', 'telegram'] } };
    expect(termPatterns(small).map((p) => p.source)).toEqual([new RegExp(term(small)).source]);
  });

  it('splits a class over the limit into patterns under it that find the same words', () => {
    const max = Math.floor(term(BIG).length / 3);
    const parts = termPatterns(BIG, max);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) {
      expect(p.source.length).toBeLessThanOrEqual(max);
      expect(p.global).toBe(true);
    }
    const text = 'alpha0x, beta39x and gamma7x; alpha299x but not alpha300x or xalpha1x.';
    expect(all(parts, text)).toEqual(all([new RegExp(term(BIG), 'g')], text));
    expect(all(parts, text)).toHaveLength(4);
  });

  it('reads the split patterns as one alternation: left to right, the longest at a place, none overlapping', () => {
    const parts = [/\baccount rent\b/g, /\baccount rent pe\b/g, /\brent pe lenge\b/g, /\blogin\b/g];
    const text = 'Hum aapka account rent pe lenge, bas login share karo. account rent?';
    expect([...matches(parts, text)].map((m) => `${m.index}:${m[0]}`)).toEqual(['10:account rent pe', '37:login', '55:account rent']);
  });

  it('tester reads a word class past the limit by several patterns: the same answers, the same matches', () => {
    const huge = { ...BIG, words: { ...BIG.words, en: words('delta', 6000) } };
    expect(term(huge).length).toBeGreaterThan(MAX_PATTERN_SOURCE);
    const parts = tester.patterns(huge);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.source.length).toBeLessThanOrEqual(MAX_PATTERN_SOURCE);
    const has = tester(huge);
    for (const text of ['delta5999x here', 'gamma39x', 'no deltax or delta6000x']) expect(has(text)).toBe(new RegExp(term(huge)).test(text));
    const text = 'beta3x, delta4500x and delta7x; delta6000x.';
    expect([...matches(parts, text)].map((m) => m[0])).toEqual(['beta3x', 'delta4500x', 'delta7x']);
    // A slot that is not one word class stays one pattern.
    expect(tester.patterns([BIG, BIG]).length).toBe(1);
  });

  it('refuses a single phrase longer than the limit', () => {
    expect(() => termPatterns({ ...BIG, words: { en: ['a'.repeat(300)] } }, 100)).toThrow(/longer than 100/);
  });
});

describe('pattern size', () => {
  it('every pattern the detector builds stays under the size past which V8 stops optimising', async () => {
    const sources = new Set<string>();
    const Native = globalThis.RegExp;
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args: [string | RegExp, string?]) {
        const made = Reflect.construct(target, args) as RegExp;
        sources.add(made.source);
        return made;
      },
    });
    try {
      const { detect } = await import('../../lib/index');
      detect('Please send me your WhatsApp number, or pay me by PayPal and I will leave 5 stars.', { surface: 'message' });
    } finally {
      globalThis.RegExp = Native;
    }
    expect(sources.size).toBeGreaterThan(200);
    const over = [...sources].filter((s) => s.length > V8_LIMIT).map((s) => `${s.length}: ${s.slice(0, 120)}`);
    expect(over).toEqual([]);
    expect(MAX_PATTERN_SOURCE).toBeLessThan(V8_LIMIT);
    // The first check in this file compiles every pattern: a second or two, more on a loaded machine.
  }, 60_000);
});
