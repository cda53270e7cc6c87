import { describe, expect, it } from 'vitest';
import { caseKey, compare, mcnemar, wilson, type SavedVerdict } from '../../scripts/corpus-compare';

describe('corpus-compare: intervals and paired tests for held-out figures', () => {
  it("Wilson's interval matches published values", () => {
    const [low0, high0] = wilson(0, 10);
    expect(low0).toBe(0);
    expect(high0).toBeCloseTo(0.2775, 3);
    const [low, high] = wilson(5, 10);
    expect(low).toBeCloseTo(0.2366, 3);
    expect(high).toBeCloseTo(0.7634, 3);
    const [a, b] = wilson(1350, 1800);
    expect(a).toBeLessThan(0.75);
    expect(b).toBeGreaterThan(0.75);
    expect(b - a).toBeLessThan(0.045);
  });

  it("McNemar's exact test: a fair split is no evidence, a lopsided one is", () => {
    expect(mcnemar(0, 0)).toBe(1);
    expect(mcnemar(5, 5)).toBe(1);
    expect(mcnemar(5, 0)).toBeCloseTo(2 / 32, 10);
    expect(mcnemar(1, 9)).toBeCloseTo((2 * 11) / 1024, 10);
    expect(mcnemar(9, 1)).toBeCloseTo(mcnemar(1, 9), 12);
    // Thousands of discordant texts must not overflow.
    expect(mcnemar(1500, 1500)).toBe(1);
    expect(mcnemar(1600, 1400)).toBeLessThan(0.001);
  });

  it('compares the same texts only, by label', () => {
    const v = (expect: SavedVerdict['expect'], ok: boolean, flagged = !ok): SavedVerdict => ({ expect, ok, flagged });
    const before = { a: v('violation', false), b: v('violation', true), c: v('clean', true, false), d: v('allowed', true), gone: v('violation', false) };
    const after = { a: v('violation', true), b: v('violation', true), c: v('clean', false, true), d: v('allowed', false), added: v('violation', true) };
    expect(compare(before, after)).toEqual({ violations: 2, caught: 1, lost: 0, clean: 1, newlyFlagged: 1, cleared: 0, allowed: 1, newlyCalled: 1, uncalled: 0 });
  });

  it('a case is known by its batch and text, not its line', () => {
    expect(caseKey('batch60', 'pay me on paypal')).toBe(caseKey('batch60', 'pay me on paypal'));
    expect(caseKey('batch60', 'pay me on paypal')).not.toBe(caseKey('batch61', 'pay me on paypal'));
    expect(caseKey('batch60', 'pay me on paypal')).not.toBe(caseKey('batch60', 'pay me on paypal.'));
  });
});
