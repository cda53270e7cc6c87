/**
 * A tiny table-driven rule tester in the spirit of ESLint's RuleTester and
 * textlint's tester: one call per rule builds the describe/it blocks.
 *
 * - `valid`: innocent look-alikes. The rule must report nothing with severity
 *   violation or warning (an `info` finding, e.g. an allowed exception, is fine).
 * - `invalid`: the exact findings of this rule, in text order. Each expected
 *   finding is checked by its match (the typed characters), its severity and its
 *   offsets: `start` defaults to `text.indexOf(match)` and `end` is
 *   `start + match.length` (UTF-16 units into the original text).
 *
 * Findings of other rules are ignored here (the engine tests cover how rules
 * combine). Cases the detector got wrong were collected in `fixedGaps`
 * and now run with the rest (see withFixedGaps); a case it still gets wrong
 * stays in `knownGaps`, typed and listed in the closing notes, not run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { detect, rules, type DetectContext, type DetectOptions, type Finding, type Severity } from '../../../lib/index';

export type Context = Partial<DetectContext>;

export interface ValidCase {
  text: string;
  context?: Context;
}

export interface ExpectedFinding {
  /** Exactly the characters that must be underlined. */
  match: string;
  severity: Severity;
  /** Needed only when `match` also occurs earlier in the text. */
  start?: number;
  /** true or a pattern: an exception explanation must be attached (matching it); false: none may be. Unset: not checked. */
  exception?: boolean | RegExp;
}

export interface InvalidCase {
  text: string;
  context?: Context;
  findings: ExpectedFinding[];
}

/** A case the detector currently gets wrong. Not run: move it back once the detector is fixed. */
export interface KnownGap {
  text: string;
  context?: Context;
  /** What should happen: 'valid' (no violation/warning) or the findings this rule should report. */
  expected: 'valid' | ExpectedFinding[];
  /** What the detector does today, for the report. */
  actual: string;
}

/**
 * Cases that were known gaps once and have since been fixed: they run with the
 * rest, so a regression shows up by name.
 */
export function withFixedGaps(tests: RuleTests, fixed: readonly KnownGap[]): RuleTests {
  return {
    valid: [...tests.valid, ...fixed.filter((g) => g.expected === 'valid').map((g) => ({ text: g.text, ...(g.context && { context: g.context }) }))],
    invalid: [
      ...tests.invalid,
      ...fixed.flatMap((g) => (g.expected === 'valid' ? [] : [{ text: g.text, ...(g.context && { context: g.context }), findings: g.expected }])),
    ],
  };
}

export interface RuleTests {
  valid: readonly (string | ValidCase)[];
  invalid: readonly InvalidCase[];
}

const MAX_TITLE = 90;

/** A readable, bounded test title: the text (escaped), and the context when there is one. */
export function title(text: string, context?: Context): string {
  let shown = JSON.stringify(text);
  if (shown.length > MAX_TITLE) shown = `${shown.slice(0, MAX_TITLE - 1)}…`;
  return context && Object.keys(context).length > 0 ? `${shown} ${JSON.stringify(context)}` : shown;
}

interface Observed {
  match: string;
  severity: Severity;
  start: number;
  end: number;
}

const observe = (f: Finding): Observed => ({ match: f.match, severity: f.severity, start: f.start, end: f.end });

/** `options`: detector options for every case (a rule that needs configuration, e.g. agency-terms). */
export function runRuleTests(ruleId: string, { valid, invalid }: RuleTests, options: DetectOptions = {}): void {
  const findingsOf = (text: string, context?: Context): Finding[] => detect(text, context ?? {}, options).filter((f) => f.rule === ruleId);

  describe(ruleId, () => {
    // The first check compiles every rule's patterns (`npm run bench` reports that cost); it is
    // paid here, with room for a loaded machine, so each case below times only its own check.
    beforeAll(() => {
      detect('warm-up');
    }, 60_000);
    it('is a registered rule', () => {
      expect(rules.map((r) => r.id)).toContain(ruleId);
    });

    const validCases = valid.map((c): ValidCase => (typeof c === 'string' ? { text: c } : c));
    describe('valid', () => {
      it.each(validCases.map((c): [string, ValidCase] => [title(c.text, c.context), c]))('%s', (_name, c) => {
        const reported = findingsOf(c.text, c.context).filter((f) => f.severity !== 'info');
        expect(reported.map(observe)).toEqual([]);
      });
    });

    describe('invalid', () => {
      it.each(invalid.map((c): [string, InvalidCase] => [title(c.text, c.context), c]))('%s', (_name, c) => {
        const expected = c.findings
          .map((e) => {
            const start = e.start ?? c.text.indexOf(e.match);
            return { observed: { match: e.match, severity: e.severity, start, end: start + e.match.length }, exception: e.exception };
          })
          .sort((a, b) => a.observed.start - b.observed.start || a.observed.end - b.observed.end);
        // Guard against typos in the table itself: every expected match really is in the text at its start.
        for (const { observed: e } of expected) expect(c.text.slice(e.start, e.end), 'expected match must occur in the text').toBe(e.match);

        const found = findingsOf(c.text, c.context);
        expect(found.map(observe)).toEqual(expected.map((e) => e.observed));

        found.forEach((f, k) => {
          expect(f.match).toBe(c.text.slice(f.start, f.end));
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.policy.length).toBeGreaterThan(0);
          // Exceptions, where the table says something about them.
          const exception = expected[k]?.exception;
          if (exception === true) expect(f.exception, `${JSON.stringify(f.match)} should carry an exception`).toEqual(expect.any(String));
          if (exception instanceof RegExp) expect(f.exception, `${JSON.stringify(f.match)} should carry this exception`).toMatch(exception);
          if (exception === false) expect(f.exception, `${JSON.stringify(f.match)} must not be softened`).toBeUndefined();
        });
      });
    });
  });
}

/** Words the engine's exception explanations must contain (see lib/detector/exceptions.ts). */
export const EXCEPTION = {
  enterprise: /Enterprise clients/,
  contract: /contract has started/,
  access: /access to a project system/,
  nda: /legal document/,
  portfolio: /portfolio/,
} as const;
