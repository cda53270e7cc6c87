// The prefilter's reading of the large patterns is done ahead, after a page's first check, a few per
// task (lib/detector/prefilter.ts readOneAhead, entrypoints/upwork.content/checker.ts readAhead), so
// that the first long text does not read them inside its own steps. Each test imports afresh: the
// first check of a page is the one that starts it.
import { afterEach, describe, expect, it, vi } from 'vitest';

const context = { surface: 'proposal' as const, client: 'standard' as const, contract: 'none' as const };
/** Long enough to be prefiltered, and holding none of the detector's words. */
const NOTHING = 'x '.repeat(300);

const fresh = async () => {
  vi.resetModules();
  await import('../../lib/detector/detect');
  const prefilter = await import('../../lib/detector/prefilter');
  const { patternsAhead } = await import('../../lib/detector/compile-first');
  const { Checker } = await import('../../entrypoints/upwork.content/checker');
  return { ...prefilter, patternsAhead, Checker };
};

/** Waits for `done`, a task at a time (the checker continues in MessageChannel tasks). */
async function until(done: () => boolean, tasks = 2000): Promise<number> {
  for (let n = 0; n < tasks; n++) {
    if (done()) return n;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error('not done');
}

/**
 * The registered patterns a step with its reading budget spent still scans unfiltered on a text
 * holding none of their words: those not read yet (a read one would be skipped there).
 */
function unread(prefilter: Awaited<ReturnType<typeof fresh>>, patterns: readonly RegExp[]): RegExp[] {
  let now = 0;
  const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
  try {
    prefilter.beginCheck();
    prefilter.mayMatch(/spend the budget/g, NOTHING);
    return patterns.filter((p) => prefilter.mayMatch(p, NOTHING));
  } finally {
    clock.mockRestore();
  }
}

describe('the large patterns are read ahead of the first long text', () => {
  afterEach(() => vi.restoreAllMocks());

  it('readOneAhead reads each registered pattern once, one per call, until none is left', async () => {
    const prefilter = await fresh();
    const patterns = prefilter.patternsAhead();
    expect(patterns.length).toBeGreaterThan(100);
    // Those that a read leaves unconstrained would be scanned anyway; the others are the point (less those NOTHING
    // may match once read: the channel names include "x").
    const constrained = patterns.filter((p) => prefilter.describeNeed(p) !== true && !prefilter.mayMatchRead(p, NOTHING));
    expect(constrained.length).toBeGreaterThan(patterns.length / 2);
    vi.resetModules();
    const again = await fresh();
    const list = again.patternsAhead();
    const mine = list.filter((p) => constrained.some((c) => c.source === p.source && c.flags === p.flags));
    expect(unread(again, mine)).toEqual(mine);
    let calls = 0;
    while (again.readAheadPending()) {
      again.readOneAhead();
      calls++;
    }
    expect(calls).toBe(list.length);
    expect(again.readOneAhead()).toBe(false);
    expect(unread(again, mine)).toEqual([]);
  }, 60_000);

  it('the checker reads ahead in later tasks after a first check with words in it, not after an empty field', async () => {
    const { Checker, readAheadPending } = await fresh();
    const published: string[] = [];
    const checker = new Checker((o) => published.push(o.text));
    // The content script checks an empty field when it attaches: nothing is read for it.
    checker.check('   ', context, () => true);
    await until(() => published.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readAheadPending()).toBe(true);
    // A first sentence: its check is published first, then the reading continues task by task.
    checker.check('Pay me via PayPal to skip the fee.', context, () => true);
    await until(() => published.length === 2);
    expect(readAheadPending()).toBe(true);
    const tasks = await until(() => !readAheadPending());
    expect(tasks).toBeGreaterThan(1);
  }, 60_000);

  it('stops when the field is gone', async () => {
    const { Checker, readAheadPending } = await fresh();
    let alive = true;
    const published: string[] = [];
    const checker = new Checker((o) => published.push(o.text));
    checker.check('Pay me via PayPal to skip the fee.', context, () => alive);
    await until(() => published.length === 1);
    alive = false;
    // Reading them all takes well under a second on this machine: three seconds later, none was read.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(readAheadPending()).toBe(true);
  }, 60_000);
});
