/**
 * Hostile inputs of about 200 KB: long runs of the characters the rules look
 * for. The tests assert behaviour (detect returns, offsets are sound, the
 * number of findings is sane, junk is not reported); speed is measured
 * separately by the benchmark (scripts/bench.ts). The per-test timeout only
 * keeps a runaway pattern from hanging the suite.
 */
import { describe, expect, it } from 'vitest';
import { detect, type Finding } from '../../lib/index';

const SIZE = 200_000;

/** `unit` repeated whole until the text is about SIZE UTF-16 units long. */
function repeat(unit: string): string {
  return unit.repeat(Math.max(1, Math.floor(SIZE / unit.length)));
}

/** One long word of pseudo-random lower-case letters (deterministic). */
function randomWord(length: number): string {
  let seed = 42;
  let word = '';
  for (let k = 0; k < length; k++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    word += String.fromCharCode(97 + ((seed >>> 16) % 26));
  }
  return word;
}

interface Adversarial {
  name: string;
  text: string;
  /**
   * What may be reported: [] means nothing at all; otherwise the findings must
   * come from these rules only, each with exactly `match` when given, and
   * `count` of them when given.
   */
  expect: { rules: string[]; match?: string; count?: number };
}

const NOTHING = { rules: [] };

const cases: Adversarial[] = [
  { name: "a run of '@'", text: repeat('@'), expect: NOTHING },
  { name: 'a run of digits', text: repeat('0123456789'), expect: NOTHING },
  { name: 'a run of dots', text: repeat('.'), expect: NOTHING },
  { name: 'a run of spaces', text: repeat(' '), expect: NOTHING },
  { name: '"at dot " repeated', text: repeat('at dot '), expect: NOTHING },
  { name: '"a@" repeated', text: repeat('a@'), expect: NOTHING },
  { name: '"+1 (" repeated', text: repeat('+1 ('), expect: NOTHING },
  { name: 'emoji (astral characters) repeated', text: repeat('😀👩🏽‍💻🇺🇸'), expect: NOTHING },
  { name: 'Cyrillic and Latin look-alikes mixed', text: repeat('\u0430a \u043Eo \u0435e \u0440p \u0441c '), expect: NOTHING },
  { name: '"w h a t s a p p " repeated', text: repeat('w h a t s a p p '), expect: NOTHING },
  { name: 'zero-width characters between letters', text: repeat('a\u200Bb\u200Cc\u200Dd\uFEFF'), expect: NOTHING },
  { name: '"[at]" repeated', text: repeat('[at]'), expect: NOTHING },
  { name: 'a run of newlines', text: repeat('\n'), expect: NOTHING },
  { name: '"pay via " repeated', text: repeat('pay via '), expect: NOTHING },
  { name: '"you " repeated', text: repeat('you '), expect: NOTHING },
  { name: '"http://a.b/" repeated', text: repeat('http://a.b/'), expect: NOTHING },
  { name: 'a single 200 KB word', text: randomWord(SIZE), expect: NOTHING },
  { name: '"one " repeated (number words)', text: repeat('one '), expect: NOTHING },
  { name: '"[at](dot)" repeated', text: repeat('[at](dot)'), expect: NOTHING },
  { name: 'a run of full-width "＠．"', text: repeat('＠．'), expect: NOTHING },
  // Real findings at scale: every one must be found, and found exactly.
  { name: '"f*ck " repeated', text: repeat('f*ck '), expect: { rules: ['harassment'], match: 'f*ck', count: SIZE / 5 } },
  {
    name: '"jane@studio.io " repeated',
    text: repeat('jane@studio.io '),
    expect: { rules: ['contact-email'], match: 'jane@studio.io', count: Math.floor(SIZE / 15) },
  },
  {
    name: '"call +1 415 555 0132 " repeated',
    text: repeat('call +1 415 555 0132 '),
    expect: { rules: ['contact-phone'], match: '+1 415 555 0132', count: Math.floor(SIZE / 21) },
  },
  // Both once took 12-27 s: an invite-link pattern re-scanned digit-and-hyphen runs (quadratic).
  { name: '"1-" repeated', text: repeat('1-'), expect: NOTHING },
  { name: '"a1-" repeated', text: repeat('a1-'), expect: NOTHING },
];

function expectSound(text: string, findings: Finding[]): void {
  expect(Array.isArray(findings)).toBe(true);
  expect(findings.length).toBeLessThanOrEqual(text.length / 2);
  let previous = -1;
  for (const f of findings) {
    // Checked one by one without building huge diffs on failure.
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= text.length)) {
      expect.fail(`bad offsets [${f.start}, ${f.end}) for ${f.rule} in a text of ${text.length}`);
    }
    if (f.match !== text.slice(f.start, f.end)) expect.fail(`match of ${f.rule} at ${f.start} is not text.slice(start, end)`);
    if (f.start < previous) expect.fail(`findings out of order at ${f.start}`);
    previous = f.start;
  }
}

describe('adversarial inputs (~200 KB)', { timeout: 10_000 }, () => {
  it.each(cases.map((c): [string, Adversarial] => [c.name, c]))('%s', (_name, c) => {
    expect(c.text.length).toBeGreaterThan(SIZE * 0.9);
    expect(c.text.length).toBeLessThanOrEqual(SIZE);

    const findings = detect(c.text);
    expectSound(c.text, findings);

    const rules = [...new Set(findings.map((f) => f.rule))];
    expect(rules.filter((r) => !c.expect.rules.includes(r))).toEqual([]);
    if (c.expect.match !== undefined) {
      const wrong = findings.filter((f) => f.match !== c.expect.match);
      expect(wrong.slice(0, 3).map((f) => [f.rule, f.start, f.match.slice(0, 40)])).toEqual([]);
    }
    if (c.expect.count !== undefined) expect(findings.length).toBe(c.expect.count);
  });
});
