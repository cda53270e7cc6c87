import { afterEach, describe, expect, it, vi } from 'vitest';
import { lexiconIndex } from '../../lib/detector/classifier-words';
import { detect, detectSteps } from '../../lib/detector/detect';
import { rules } from '../../lib/rules/index';
import { prepare } from '../../lib/detector/prepare';
import { defaultContext } from '../../lib/detector/types';
import type { Rule } from '../../lib/detector/rule';
import { Checker, PIECE_CHARS, type Outcome } from '../../entrypoints/upwork.content/checker';

const RISKY = [
  'Email me at dev.ops@gmail.com for the files.',
  'We can continue on WhatsApp if that is easier.',
  'Pay me via PayPal to skip the fee.',
  'I will leave you one star unless you refund me.',
  'Call me on +1 415 555 0132 tomorrow.',
];
const PLAIN = ['I rebuilt a Shopify theme last spring and cut the load time in half.', 'The audit covers the theme code, the apps and the images.'];
/** A text of `n` numbered paragraphs, every other one risky (long enough to be prefiltered). */
function letter(n: number, shift = 0): string {
  return Array.from({ length: n }, (_, i) => `${i + 1}. ${PLAIN[i % 2]} ${i % 2 === 0 ? RISKY[(i / 2 + shift) % RISKY.length] : ''}`).join('\n\n');
}

/** Runs a generator to its end, counting the steps. */
function drain<T>(steps: Generator<unknown, T>): { value: T; steps: number } {
  for (let n = 1; ; n++) {
    const next = steps.next();
    if (next.done) return { value: next.value, steps: n };
  }
}

/** How many steps a rule's check takes on `text`: one, or one per part of a rule that pauses. */
function partsOf(rule: Rule, text: string): number {
  const checked = rule.check(prepare(text), { ...defaultContext, surface: 'proposal' }, { terms: {} });
  return Array.isArray(checked) ? 1 : drain(checked).steps;
}

describe('detectSteps: a check one rule at a time', () => {
  // The second opinion's first check in a process builds its word-class index in steps of its own (tested in classifier.test.ts);
  // built here first, every check of a text takes the same steps.
  lexiconIndex();
  const text = letter(12);
  const sum = (list: readonly Rule[]) => list.reduce((n, rule) => n + partsOf(rule, text), 0);
  // The rules that run unless turned off (an opt-in rule, the second opinion, runs only when enabled).
  const byDefault = rules.filter((r) => !r.optIn);
  it('gives exactly what detect() gives: a step for the text preparation, then one per rule or part of a rule', () => {
    const whole = detect(text, { surface: 'proposal' });
    expect(whole.length).toBeGreaterThan(4);
    const stepped = drain(detectSteps(text, { surface: 'proposal' }));
    expect(stepped.value).toEqual(whole);
    // Rules with many scans pause between them: more steps than rules.
    expect(sum(byDefault)).toBeGreaterThan(byDefault.length + 50);
    expect(stepped.steps).toBe(1 + sum(byDefault));
    // An opt-in rule turned on is one step more, and its findings are detect()'s; with the second opinion on, its veto reads
    // the sentences of a text the rules found a violation in, in one step more of its own.
    const enabled = new Set(rules.filter((r) => r.optIn).map((r) => r.id));
    expect(enabled.size).toBeGreaterThan(0);
    expect(whole.some((f) => f.severity === 'violation')).toBe(true);
    const withOptIn = drain(detectSteps(text, { surface: 'proposal' }, { enabled }));
    expect(withOptIn.steps).toBe(1 + sum(rules) + 1);
    expect(withOptIn.value).toEqual(detect(text, { surface: 'proposal' }, { enabled }));
  });
  it('a disabled rule is not a step', () => {
    const disabled = new Set(['contact-email', 'payment-outside']);
    const stepped = drain(detectSteps(text, { surface: 'proposal' }, { disabled }));
    expect(stepped.steps).toBe(1 + sum(byDefault.filter((r) => !disabled.has(r.id))));
    expect(stepped.value.map((f) => f.rule)).not.toContain('contact-email');
    expect(stepped.value).toEqual(detect(text, { surface: 'proposal' }, { disabled }));
  });
  it('two checks interleaved step by step find what each finds alone (rules keep no state between steps)', () => {
    const a = letter(14, 0);
    const b = letter(9, 2);
    const sa = detectSteps(a, { surface: 'proposal' });
    const sb = detectSteps(b, { surface: 'message' });
    let ra: IteratorResult<unknown, unknown> = { done: false, value: undefined };
    let rb: IteratorResult<unknown, unknown> = { done: false, value: undefined };
    while (!ra.done || !rb.done) {
      if (!ra.done) ra = sa.next();
      if (!rb.done) rb = sb.next();
    }
    expect(ra.value).toEqual(detect(a, { surface: 'proposal' }));
    expect(rb.value).toEqual(detect(b, { surface: 'message' }));
  });
});

describe('Checker: slices of the content script', () => {
  const context = { surface: 'proposal' as const, client: 'standard' as const, contract: 'none' as const };
  afterEach(() => vi.restoreAllMocks());
  const alive = () => true;

  /** A clock on which every step overruns the slice, as on a cold page where each rule compiles its patterns. */
  function slowClock(): void {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
  }

  it('a short text whose first slice runs out is finished later; the send guard ("now") finishes it in the same call', () => {
    slowClock();
    const text = letter(3);
    expect(text.length).toBeLessThan(PIECE_CHARS);
    expect(new Checker(() => {}).check(text, context, () => false).complete).toBe(false);
    const published: Outcome[] = [];
    const checker = new Checker((o) => published.push(o));
    const outcome = checker.check(text, context, alive, undefined, true);
    expect(outcome.complete).toBe(true);
    expect(outcome.findings).toEqual(detect(text, { surface: 'proposal' }));
    expect(published.at(-1)).toBe(outcome);
  });

  it('a long text is finished in later tasks and published once, with the findings of its pieces', async () => {
    slowClock(); // one step per slice: pieces are cut between rules
    const text = letter(120);
    expect(text.length).toBeGreaterThan(4 * PIECE_CHARS);
    let done: (o: Outcome) => void = () => {};
    const finished = new Promise<Outcome>((resolve) => (done = resolve));
    const checker = new Checker((o) => done(o));
    const first = checker.check(text, context, alive);
    expect(first.complete).toBe(false);
    const outcome = await finished;
    expect(outcome.complete).toBe(true);
    expect(outcome.failed).toBe(false);
    expect(outcome.text).toBe(text);
    for (const f of outcome.findings) expect(text.slice(f.start, f.end)).toBe(f.match);
    // Every risky sentence was found, in order, and nothing twice.
    const emails = outcome.findings.filter((f) => f.rule === 'contact-email');
    expect(emails.length).toBe(text.match(/dev\.ops@gmail\.com/g)!.length);
    expect(outcome.findings.map((f) => f.start)).toEqual([...outcome.findings.map((f) => f.start)].sort((x, y) => x - y));
    // The same text again is answered from the finished check.
    expect(checker.check(text, context, alive)).toBe(outcome);
  });

  it('a newer text cancels the unfinished check: only the newer one is published', async () => {
    slowClock();
    const published: Outcome[] = [];
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    const checker = new Checker((o) => {
      published.push(o);
      done();
    });
    const older = letter(60);
    const newer = `${older}\n\nOne more line.`;
    expect(checker.check(older, context, alive).complete).toBe(false);
    expect(checker.check(newer, context, alive).complete).toBe(false);
    await finished;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(published.map((o) => o.text)).toEqual([newer]);
  });
});
