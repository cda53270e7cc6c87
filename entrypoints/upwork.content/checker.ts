/**
 * Runs the detector over a field's text without blocking the page. The text is
 * cut into pieces of PIECE_CHARS (lib/detector/chunks.ts; a short text is one
 * piece), and each piece is checked one rule at a time (detectSteps), a slice
 * of time at a time, handing the main thread back between slices. A short text
 * on a warm page fits in the first slice and is checked at once; on a page's
 * first checks, when the detector's patterns are compiled, its rules spread
 * over a few slices. Each piece's findings are remembered, so after an edit
 * only the pieces that changed are checked again. Past MAX_CHECKED_CHARS
 * nothing is checked and the field says so.
 *
 * Handing back the thread is one MessageChannel message per slice: a
 * continuation of one finite check, never a timer, and a newer text cancels it. A check that threw, or that has not finished,
 * is reported as such, so the send guard can ask instead of letting the send through.
 */
import { detectSteps, type DetectOptions } from '../../lib/detector/detect';
import { ALONE } from '../../lib/detector/compile-first';
import { chunksOf, shiftFinding, type Chunk } from '../../lib/detector/chunks';
import { readAheadPending, readOneAhead } from '../../lib/detector/prefilter';
import type { DetectContext, Finding } from '../../lib/detector/types';

/** One piece: a few milliseconds of detector time on ordinary text (the detector's cost grows faster than the length). */
export const PIECE_CHARS = 2000;
/** Beyond this the text is not checked (Upwork caps a cover letter at 5,000 characters). */
export const MAX_CHECKED_CHARS = 250_000;
/** Work per slice before the main thread is handed back. */
const SLICE_MS = 8;
/** Reading ahead (below) stops taking another pattern after this much of a task. */
const READ_SLICE_MS = 2;

export interface Outcome {
  text: string;
  findings: Finding[];
  /** Every piece was checked (false while a long check is still running). */
  complete: boolean;
  /** The detector threw on at least one piece: that part of the text is unchecked. */
  failed: boolean;
  /** Characters past MAX_CHECKED_CHARS were not checked. */
  truncated: boolean;
}

type Context = Pick<DetectContext, 'surface' | 'client' | 'contract'>;
/** The detector's options from the settings in force, and a key that changes with them. */
export interface CheckConfig {
  options: DetectOptions;
  key: string;
}
const NO_CONFIG: CheckConfig = { options: {}, key: '' };
type Piece = Finding[] | 'failed';

/** The piece being checked: its detector steps (one rule each) and where its findings go. */
interface Current {
  readonly steps: Generator<typeof ALONE | void, Finding[]>;
  readonly cacheKey: string;
  readonly start: number;
}

class Run {
  readonly chunks: Chunk[];
  next = 0;
  /** A piece whose check is under way, continued in the next slice. */
  current: Current | null = null;
  readonly findings: Finding[] = [];
  failed = false;

  constructor(
    readonly text: string,
    readonly key: string,
    readonly context: Context,
    readonly options: DetectOptions,
    /** Asked before each continuation: false once the field or the extension is gone. */
    readonly keepGoing: () => boolean,
  ) {
    this.chunks = chunksOf(text.slice(0, MAX_CHECKED_CHARS), PIECE_CHARS);
  }

  get done(): boolean {
    return this.next >= this.chunks.length;
  }
}

export class Checker {
  private cache = new Map<string, Piece>();
  private run: Run | null = null;
  private outcome: Outcome = { text: '', findings: [], complete: true, failed: false, truncated: false };

  constructor(private readonly published: (outcome: Outcome) => void) {}

  /** The last finished (or failed) check. */
  get last(): Outcome {
    return this.outcome;
  }

  /** A check is under way: its findings are published when it finishes. */
  get pending(): boolean {
    return this.run !== null;
  }

  /**
   * Checks `text`: at once when that fits in one slice, otherwise the rest
   * continues after handing the thread back. `keepGoing` is asked before each
   * continuation (false once the field or the extension is gone). `now` is the
   * send guard asking: a text of one piece is then finished in this task, since
   * the send is judged on it; a longer one stays pending and the guard says so.
   */
  check(text: string, context: Context, keepGoing: () => boolean, config: CheckConfig = NO_CONFIG, now = false): Outcome {
    const key = `${context.surface}|${context.client}|${context.contract}|${config.key}`;
    if (this.outcome.complete && this.outcome.text === text && this.run === null && this.lastKey === key) return this.outcome;
    let run = this.run;
    if (!run || run.text !== text || run.key !== key) {
      run = new Run(text, key, context, config.options, keepGoing);
      this.run = run;
      this.step(run, SLICE_MS);
      if (!run.done) this.continueLater(run, keepGoing);
    }
    if (now && run.chunks.length === 1) this.step(run, Infinity);
    if (run.done) return this.finish(run);
    return { text, findings: run.findings.slice(), complete: false, failed: run.failed, truncated: text.length > MAX_CHECKED_CHARS };
  }

  private lastKey = '';
  /** The large patterns are being read ahead for the prefilter (see readAhead). */
  private reading = false;

  /**
   * After a page's first check of a text with something in it, the prefilter's reading of the large
   * patterns (lib/detector/prefilter.ts) is done ahead, a pattern or a few per task, each task after
   * whatever the browser has queued: the first long text (a paste) would otherwise read them inside
   * its own steps, up to 17 ms apiece on top of the step. Finite (about 130 patterns, once per page)
   * and cancelled with the field, like a check's own continuation.
   */
  private readAhead(keepGoing: () => boolean): void {
    if (this.reading) return;
    this.reading = true;
    const next = (): void =>
      afterQueuedTasks(() => {
        if (!keepGoing()) {
          this.reading = false;
          return;
        }
        const t0 = performance.now();
        let more = readOneAhead();
        while (more && performance.now() - t0 < READ_SLICE_MS) more = readOneAhead();
        if (more) next();
        else this.reading = false;
      });
    next();
  }

  /** The next slice runs in its own task, after whatever the browser has queued (input, paint). */
  private continueLater(run: Run, keepGoing: () => boolean): void {
    afterQueuedTasks(() => {
      if (this.run !== run || !keepGoing()) return;
      this.step(run, SLICE_MS);
      if (run.done) this.finish(run);
      else this.continueLater(run, keepGoing);
    });
  }

  /**
   * Checks pieces until the budget is spent, one detector step (one rule) at a time, so a slice
   * can end inside a piece: at least one step, and cached pieces are free. A step that compiles a
   * pattern ahead (ALONE) ends the slice before it, so that it runs in a task of its own.
   */
  private step(run: Run, budgetMs: number): void {
    const t0 = performance.now();
    let worked = false;
    while (!run.done) {
      if (worked && performance.now() - t0 >= budgetMs) return;
      if (!run.current) {
        const { start, end } = run.chunks[run.next]!;
        const piece = run.text.slice(start, end);
        const cacheKey = `${run.key}\u0000${piece}`;
        const cached = this.cache.get(cacheKey);
        if (cached !== undefined) {
          this.take(run, cached, start);
          continue;
        }
        run.current = { steps: detectSteps(piece, run.context, run.options), cacheKey, start };
      }
      worked = true;
      const { steps, cacheKey, start } = run.current;
      let result: Piece | undefined;
      try {
        const next = steps.next();
        if (next.done) result = next.value;
        // The next step compiles a large pattern (a page's first check): it starts a slice of its own,
        // unless the send guard is waiting for the whole check (an unlimited budget).
        else if (next.value === ALONE && budgetMs !== Infinity) return;
      } catch {
        result = 'failed';
      }
      if (result === undefined) continue;
      this.cache.set(cacheKey, result);
      run.current = null;
      this.take(run, result, start);
    }
  }

  /** A piece's findings (or its failure) join the run, and the run moves to the next piece. */
  private take(run: Run, result: Piece, start: number): void {
    run.next++;
    if (result === 'failed') run.failed = true;
    else for (const f of result) run.findings.push(shiftFinding(f, start));
  }

  private finish(run: Run): Outcome {
    if (this.run === run) {
      this.run = null;
      // Only the pieces of the current text are kept: the memory stays proportional to the text.
      const kept = new Map<string, Piece>();
      for (const { start, end } of run.chunks) {
        const cacheKey = `${run.key}\u0000${run.text.slice(start, end)}`;
        const piece = this.cache.get(cacheKey);
        // A failure is not remembered: the next check tries that piece again.
        if (piece !== undefined && piece !== 'failed') kept.set(cacheKey, piece);
      }
      this.cache = kept;
      this.lastKey = run.key;
      this.outcome = { text: run.text, findings: run.findings, complete: true, failed: run.failed, truncated: run.text.length > MAX_CHECKED_CHARS };
      if (run.failed) this.lastKey = ''; // checked again next time
      this.published(this.outcome);
      if (readAheadPending() && /\S/.test(run.text)) this.readAhead(run.keepGoing);
    }
    return this.outcome;
  }

  /** Forgets everything (the conversation's context changed). */
  reset(): void {
    this.run = null;
    this.lastKey = '';
  }
}

/**
 * Runs `then` as a new task once the browser has handled what is queued before it (input, paint):
 * one message through a private MessageChannel. Not a timer, not visible to the page, and the
 * work runs inside the message handler, so a trace shows each slice as a call into the content
 * script (how tests/e2e/long-text.spec.ts measures them). Chosen over `scheduler.yield()`, whose
 * continuations Chrome runs ahead of other queued tasks.
 */
function afterQueuedTasks(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    then();
  };
  channel.port2.postMessage(null);
}
