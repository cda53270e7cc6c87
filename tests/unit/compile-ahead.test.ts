// The frames' patterns are compiled ahead of a page's first check, one per step (lib/detector/compile-first.ts),
// so that no task of the content script holds more than one compilation (tests/e2e/long-text.spec.ts measures the tasks).
// Each test imports the detector afresh: the first check of a page is the one that compiles.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../corpus/load';

const TEXT = 'Warm-up sentence with an email, jo@gmail.com. And pay me on PayPal.';
const CYRILLIC = 'Здравствуйте, напишите мне в телеграм, мой ник ivan_dev.';
const fresh = async () => {
  vi.resetModules();
  const detector = await import('../../lib/detector/detect');
  const ahead = await import('../../lib/detector/compile-first');
  const { Checker } = await import('../../entrypoints/upwork.content/checker');
  return { ...detector, ...ahead, Checker };
};

/** Calls `run` with every exec of a regular expression recorded (the pattern and the length of its input). */
function recordingExecs<T>(run: (seen: { pattern: RegExp; input: string }[]) => T): T {
  const exec = RegExp.prototype.exec;
  const seen: { pattern: RegExp; input: string }[] = [];
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    seen.push({ pattern: this, input });
    return exec.call(this, input);
  };
  try {
    return run(seen);
  } finally {
    RegExp.prototype.exec = exec;
  }
}

describe('the frames are compiled ahead of a page\'s first check, each in a step of its own', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the first check yields ALONE before each registered pattern, and each such step compiles that one pattern alone', async () => {
    const { detect, detectSteps, ALONE, patternsAhead } = await fresh();
    const ahead = new Set(patternsAhead());
    expect(ahead.size).toBeGreaterThan(100);
    const { alone, perStep, findings } = recordingExecs((seen) => {
      const steps = detectSteps(TEXT, { surface: 'proposal' });
      const perStep: { pattern: RegExp; input: string }[][] = [];
      let alone = 0;
      for (;;) {
        seen.length = 0;
        const next = steps.next();
        perStep.push(seen.slice());
        if (next.done) return { alone, perStep, findings: next.value };
        if (next.value === ALONE) alone++;
      }
    });
    expect(alone).toBe(ahead.size);
    // Step 0 prepares the text; steps 1 .. alone - 1 each compile one registered pattern on 1,000 spaces and run nothing else.
    const compiled = new Set<RegExp>();
    for (const step of perStep.slice(1, alone)) {
      const regexps = step.filter((e) => ahead.has(e.pattern));
      expect(regexps).toHaveLength(1);
      expect(regexps[0]!.input).toBe(' '.repeat(1000));
      compiled.add(regexps[0]!.pattern);
    }
    // The last one is compiled at the start of the step that runs the first rule.
    expect(compiled.size).toBe(ahead.size - 1);
    expect(findings.map((f) => f.rule)).toEqual(['contact-email', 'payment-outside']);
    // A later check compiles nothing ahead and finds the same.
    const again = [...detectSteps(TEXT, { surface: 'proposal' })];
    expect(again).not.toContain(ALONE);
    expect(detect(TEXT, { surface: 'proposal' })).toEqual(findings);
    expect(detect(CYRILLIC, { surface: 'message' }).map((f) => f.rule)).toEqual(['off-platform']);
  }, 60_000);

  it('an empty text, or one stored two bytes per character (Cyrillic here), is checked without compiling ahead; the next one-byte text compiles them', async () => {
    const { detect, detectSteps, ALONE, patternsAhead } = await fresh();
    // Nor does an empty field, checked when the content script attaches to it.
    expect([...detectSteps('', { surface: 'proposal' })]).not.toContain(ALONE);
    expect([...detectSteps(' \n ', { surface: 'proposal' })]).not.toContain(ALONE);
    const steps = [...detectSteps(CYRILLIC, { surface: 'message' })];
    expect(steps).not.toContain(ALONE);
    expect(detect(CYRILLIC, { surface: 'message' }).map((f) => f.rule)).toEqual(['off-platform']);
    expect([...detectSteps(TEXT, { surface: 'proposal' })].filter((s) => s === ALONE)).toHaveLength(patternsAhead().length);
  }, 60_000);

  it('the content script hands the thread back before each of those steps, but the send guard waits for none of them', async () => {
    const { Checker, patternsAhead } = await fresh();
    const context = { surface: 'proposal' as const, client: 'standard' as const, contract: 'none' as const };
    let continuations = 0;
    const keepGoing = () => (continuations++, true);
    let done: (findings: number) => void = () => {};
    const finished = new Promise<number>((resolve) => (done = resolve));
    const checker = new Checker((o) => done(o.findings.length));
    expect(checker.check(TEXT, context, keepGoing).complete).toBe(false);
    expect(await finished).toBe(2);
    // One slice per compiled pattern at least (the rules may need a few more).
    expect(continuations).toBeGreaterThanOrEqual(patternsAhead().length);

    const guarded = await fresh();
    const outcome = new guarded.Checker(() => {}).check(TEXT, context, () => true, undefined, true);
    expect(outcome.complete).toBe(true);
    expect(outcome.findings.map((f) => f.rule)).toEqual(['contact-email', 'payment-outside']);
  }, 60_000);

  it('every pattern of 3,000 characters or more that a check runs was compiled ahead (corpus sample)', async () => {
    const { detect, patternsAhead } = await fresh();
    const ahead = new Set(patternsAhead());
    const cases = loadCorpus().filter((_, i) => i % 7 === 0);
    expect(cases.length).toBeGreaterThan(1000);
    const missing = recordingExecs((seen) => {
      const big = new Set<string>();
      for (const c of cases) {
        seen.length = 0;
        detect(c.text, { surface: c.surface, ...c.context });
        for (const { pattern } of seen) if (pattern.source.length >= 3000 && !ahead.has(pattern)) big.add(pattern.source.slice(0, 80));
      }
      return [...big];
    });
    // A large pattern built at module load is wrapped in compileAhead() where it is built.
    expect(missing).toEqual([]);
  }, 120_000);
});
