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

  it('an empty text is checked without compiling ahead; the next one-byte text compiles them all', async () => {
    const { detectSteps, ALONE, patternsAhead } = await fresh();
    // Nor does an empty field, checked when the content script attaches to it.
    expect([...detectSteps('', { surface: 'proposal' })]).not.toContain(ALONE);
    expect([...detectSteps(' \n ', { surface: 'proposal' })]).not.toContain(ALONE);
    expect([...detectSteps(TEXT, { surface: 'proposal' })].filter((s) => s === ALONE)).toHaveLength(patternsAhead().length);
  }, 60_000);

  it('a text stored two bytes per character (Cyrillic) compiles ahead only the patterns it may match, on two-byte spaces, and runs none of the others', async () => {
    const { detect, detectSteps, ALONE, patternsAhead } = await fresh();
    const ahead = new Set(patternsAhead());
    /** A check of `text` step by step: its ALONE steps, its findings, and the registered patterns it compiled ahead and ran. */
    const checked = (text: string) =>
      recordingExecs((seen) => {
        let alone = 0;
        const steps = detectSteps(text, { surface: 'message' });
        for (;;) {
          const next = steps.next();
          if (next.done) return { alone, findings: next.value, ...sorted(seen) };
          if (next.value === ALONE) alone++;
        }
      });
    const { alone, compiled, ranOn, findings } = checked(CYRILLIC);
    function sorted(seen: { pattern: RegExp; input: string }[]) {
      const compiled = new Set<RegExp>();
      const ranOn = new Set<RegExp>();
      for (const { pattern, input } of seen) {
        if (!ahead.has(pattern)) continue;
        if (input.length === 1000 && input.trim() === '') {
          // Compiled on spaces stored two bytes per character: the last one is past U+00FF.
          expect(input.charCodeAt(999)).toBeGreaterThan(0xff);
          compiled.add(pattern);
        } else ranOn.add(pattern);
      }
      return { compiled, ranOn };
    }
    // One step to read each pattern, and one more for each pattern compiled.
    expect(alone).toBe(ahead.size + compiled.size);
    expect(compiled.size).toBeGreaterThan(0);
    expect(compiled.size).toBeLessThan(ahead.size / 4);
    // Every registered pattern the rules ran on the text (or a piece of it) was one compiled ahead for it.
    expect([...ranOn].filter((p) => !compiled.has(p)).map((p) => p.source.slice(0, 80))).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual(['off-platform']);
    // The same text again compiles nothing ahead.
    expect([...detectSteps(CYRILLIC, { surface: 'message' })]).not.toContain(ALONE);
    expect(detect(CYRILLIC, { surface: 'message' })).toEqual(findings);
    // A later two-byte text that may match other patterns compiles those ahead, one per step, and reads none again.
    const HINDI = 'मुझे व्हाट्सएप पर मैसेज करो, paypal से पैसे भेजो, फीस बचेगी।';
    const later = checked(HINDI);
    expect(later.compiled.size).toBeGreaterThan(0);
    expect([...later.compiled].filter((p) => compiled.has(p))).toEqual([]);
    expect(later.alone).toBe(later.compiled.size);
    expect([...later.ranOn].filter((p) => !compiled.has(p) && !later.compiled.has(p)).map((p) => p.source.slice(0, 80))).toEqual([]);
    expect(later.findings.length).toBeGreaterThan(0);
    expect([...detectSteps(TEXT, { surface: 'proposal' })].filter((s) => s === ALONE)).toHaveLength(ahead.size);
  }, 60_000);

  it('on a page whose first text was two-byte, short one-byte texts are filtered too until one-byte text is checked', async () => {
    const { detect, oneByteCold } = await fresh();
    const { mayMatch, describeNeed } = await import('../../lib/detector/prefilter');
    const paypal = /\bpaypal\b/g;
    describeNeed(paypal); // read now: a pattern not read yet is never skipped
    // Short one-byte text: scanned unfiltered (the table costs as much as the scan).
    expect(mayMatch(paypal, 'send the files tonight')).toBe(true);
    // Short two-byte text: filtered.
    expect(mayMatch(paypal, 'пришлите файлы сегодня')).toBe(false);
    expect(mayMatch(paypal, 'пришлите на paypal')).toBe(true);
    expect(oneByteCold()).toBe(false);
    detect(CYRILLIC, { surface: 'message' });
    expect(oneByteCold()).toBe(true);
    expect(mayMatch(paypal, 'send the files tonight')).toBe(false);
    expect(mayMatch(paypal, ' ')).toBe(false);
    detect(TEXT, { surface: 'proposal' });
    expect(oneByteCold()).toBe(false);
    expect(mayMatch(paypal, 'send the files tonight')).toBe(true);
  }, 60_000);

  it('no registered pattern runs on a short two-byte text the prefilter rules out (corpus): each such test goes through mayTest', async () => {
    const { detect, patternsAhead } = await fresh();
    const { mayMatchRead } = await import('../../lib/detector/prefilter');
    const ahead = new Set(patternsAhead());
    const cases = loadCorpus().filter((c) => /[\u0100-\uffff]/.test(c.text));
    expect(cases.length).toBeGreaterThan(1000);
    const exec = RegExp.prototype.exec;
    const bypassed = new Map<string, number>();
    let reading = false;
    RegExp.prototype.exec = function (this: RegExp, input: string) {
      if (!reading && ahead.has(this) && input.length < 400 && /[\u0100-\uffff]/.test(input)) {
        reading = true;
        const may = mayMatchRead(this, input);
        reading = false;
        // Compiled for two-byte text only to find nothing: the call site asks the pattern directly.
        if (!may) {
          const site = new Error().stack!.split('\n').slice(2, 4).map((l) => l.trim()).join(' <- ');
          bypassed.set(site, (bypassed.get(site) ?? 0) + 1);
        }
      }
      return exec.call(this, input);
    };
    try {
      for (const c of cases) detect(c.text, { surface: c.surface, ...c.context });
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect([...bypassed]).toEqual([]);
  }, 120_000);

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

  // V8 compiles a pattern without its optimisations once a process has generated 1 MB of regexp code and holds 16 MB of
  // executable memory (TooMuchRegExpCode in V8's regexp.cc), which the registered patterns reach. A rule's global pattern
  // first compiled after them scanned the proposal 8-18 times slower (the masked swear words: 383 us against 30). The
  // view's own rewrites (prepare.ts) and work-content.ts run without the prefilter, on every text: registered, they would
  // run on two-byte text the prefilter rules out (see above), so they are left to compile on their first run.
  // (A helper's pattern run on a few words around a match, such as SUGGESTION in text.ts, costs little either way.)
  it('every global pattern of 200 characters or more that a rule runs over a whole message was compiled ahead (corpus sample)', async () => {
    const { detect, patternsAhead } = await fresh();
    const ahead = new Set(patternsAhead());
    const cases = loadCorpus().filter((_, i) => i % 7 === 3);
    expect(cases.length).toBeGreaterThan(1000);
    const filler = ' a few plain words around the text, so that it reads as a long message '.repeat(6);
    const exec = RegExp.prototype.exec;
    const late = new Set<string>();
    RegExp.prototype.exec = function (this: RegExp, input: string) {
      if (this.global && this.source.length >= 200 && input.length >= 400 && !ahead.has(this)) {
        const caller = new Error().stack!.split('\n').slice(2, 6).join(' ');
        if (!/prepare\.ts|work-content\.ts/.test(caller)) late.add(this.source.slice(0, 80));
      }
      return exec.call(this, input);
    };
    try {
      for (const c of cases) detect(`${filler}\n${c.text}\n${filler}`, { surface: c.surface, ...c.context });
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect([...late]).toEqual([]);
  }, 120_000);
});
