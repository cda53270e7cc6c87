import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/index';
import type { DetectContext, Finding } from '../../lib/detector/types';

/**
 * Properties of `detect` on any input (issue: "never throws, fails closed"):
 * no throw, offsets inside the text that never split a surrogate pair, the same
 * answer twice, and fixes that apply cleanly. Inputs are any UTF-16 (lone
 * surrogates included), text shaped like what the rules read, and a few large
 * pastes built from generated pieces.
 */

const high = (c: number) => c >= 0xd800 && c <= 0xdbff;
const low = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when index i falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && high(text.charCodeAt(i - 1)) && low(text.charCodeAt(i));

function checkFindings(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(splitsPair(text, f.start) || splitsPair(text, f.end), `${f.rule} [${f.start},${f.end})`).toBe(false);
    expect(f.match).toBe(text.slice(f.start, f.end));
    if (f.fix) {
      const { start, end, replacement } = f.fix;
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(start).toBeLessThanOrEqual(end);
      // The fix covers the finding it fixes, and lands on whole characters.
      expect(start <= f.start && end >= f.end, `${f.rule} fix [${start},${end}) vs [${f.start},${f.end})`).toBe(true);
      expect(splitsPair(text, start) || splitsPair(text, end)).toBe(false);
      const fixed = text.slice(0, start) + replacement + text.slice(end);
      expect(fixed.length).toBe(text.length - (end - start) + replacement.length);
    }
  }
}

const contexts: fc.Arbitrary<Partial<DetectContext>> = fc.record(
  {
    surface: fc.constantFrom('proposal', 'message'),
    client: fc.constantFrom('standard', 'enterprise'),
    contract: fc.constantFrom('none', 'active'),
    role: fc.constantFrom('freelancer', 'client'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Partial<DetectContext>>;

/** Pieces the rules react to, so generated text reaches deep into them. */
const PIECES = [
  'email', ' at ', ' dot ', 'gmail', '.com', '@', '＠', '[at]', 'whatsapp', 'w h a t s', 'telegram', '+1', '555', '0123',
  'four', 'five', ' ', '  ', '\n', '.', '!', '?', 'pay', 'paypal', 'outside', 'upwork', 'review', '5 stars', 'refund',
  'password', 'login', 'account', 'idiot', 'let\'s', 'me', 'my', 'your', '\u200b', '\u202e', 'ЕМАIL', '😀', '\ud83d', '\ude00',
  'http://', 'www.', 'a', 'b', '1', '-', '_', '/', ':', 'é', 'ß', 'İ', 'ﬁ', '١٢٣', 'Ⅻ',
];
const shaped = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));

describe('detect: properties', () => {
  it('never throws and returns valid, stable findings on any UTF-16 string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), contexts, (text, ctx) => {
        const a = detect(text, ctx);
        checkFindings(text, a);
        expect(detect(text, ctx)).toEqual(a);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('the same on text made of the pieces the rules read', () => {
    fc.assert(
      fc.property(shaped, contexts, (text, ctx) => {
        const a = detect(text, ctx);
        checkFindings(text, a);
        expect(detect(text, ctx)).toEqual(a);
      }),
      { numRuns: 600 },
    );
  }, 60_000);

  it('applying a fix and checking again never throws, and the fixed words are gone', () => {
    fc.assert(
      fc.property(shaped, (text) => {
        for (const f of detect(text)) {
          if (!f.fix) continue;
          const fixed = text.slice(0, f.fix.start) + f.fix.replacement + text.slice(f.fix.end);
          checkFindings(fixed, detect(fixed));
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('large pastes up to 1 MB, built from generated pieces, never throw', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, 'a ', 'x y z ', '1 2 3 '), { minLength: 1, maxLength: 8 }), (unit) => {
        const chunk = unit.join('');
        const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length)).slice(0, 1_000_000);
        checkFindings(text, detect(text));
      }),
      { numRuns: 3 },
    );
  }, 120_000);

  it('250 KB of spaced single letters (once a stack overflow) is read without throwing', () => {
    const text = 'a '.repeat(125_000);
    expect(() => detect(text)).not.toThrow();
    const digits = 'w h a t s a p p '.repeat(16_000);
    checkFindings(digits, detect(digits));
  }, 60_000);
});
