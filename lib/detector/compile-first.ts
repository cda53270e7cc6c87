/**
 * The first run of each large pattern, made cheap where the engine needs it: in Node (the CLI).
 *
 * Node 20's V8 runs a regular expression it has never run before in its bytecode interpreter, and
 * compiles it to machine code only on a later run, unless the text of that first run is at least
 * 1,000 characters long: then it compiles machine code at once (V8's regexp "tier-up" and its
 * subject-length shortcut). For this detector's patterns (several hundred, some 15-20 KB of source
 * each) the interpreter stage costs about twice the compilation and buys nothing, so the first
 * check of a short text paid for both: about a second of CPU for "pay me via paypal", on every
 * CLI run (`npm run bench:cold`).
 *
 * So, when switched on, a pattern about to run for the first time on a shorter text runs once on
 * 1,000 spaces and that result is dropped: one compilation to machine code, no interpreter stage.
 * The CLI switches it on. The extension leaves it off: Chromium 156 and Firefox 153 ESR compile
 * these patterns at once anyway and gained nothing from it (measured in the note of 4 December
 * 2026). Only speed depends on it: the findings are the same either way.
 */

import { WIDE } from './prepare';

/** V8's JSRegExp::kTierUpForSubjectLengthValue. */
const TIER_UP_LENGTH = 1000;
const SPACES = ' '.repeat(TIER_UP_LENGTH);
const compiled = new WeakSet<RegExp>();

/** Call before running `pattern` on `text`: the first time, on a text shorter than 1,000 characters, it is compiled first. */
export function compileFirst(pattern: RegExp, text: string): void {
  // Off in the extension: return before any bookkeeping, since this runs for every pattern of every check.
  if (!compileFirst.enabled || compiled.has(pattern)) return;
  compiled.add(pattern);
  if (text.length >= TIER_UP_LENGTH) return;
  const { lastIndex } = pattern;
  pattern.lastIndex = 0;
  pattern.exec(SPACES);
  pattern.lastIndex = lastIndex;
}
/** On in the CLI (lib/cli/run.ts); off in the extension. */
compileFirst.enabled = false;

/**
 * The frames' patterns, compiled ahead of a page's first check, each in a step of its own.
 *
 * A browser compiles each pattern on its first runs, and the frames' patterns hold 2-20 KB of
 * source each: up to 30 ms apiece in Chromium. A rule's step runs several of them, so on a page's
 * first check one step took 50-100 ms of CPU, a pause long enough to be felt while typing. Compiled
 * ahead, one pattern per step, with ALONE yielded before each so that the caller hands the main
 * thread back first (entrypoints/upwork.content/checker.ts), no task holds more than one
 * compilation. Run on 1,000 spaces, each is compiled to machine code at once, without the
 * interpreter stage V8 gives a pattern's first short runs: the first check costs about the same CPU
 * in all (bench:long-text --start-up).
 * The frames register what they build (frame.ts). V8 compiles a pattern separately for strings
 * stored one byte per character and two (any character past U+00FF makes a text, and the sentences
 * cut from it, two-byte). Compiled ahead for a two-byte text, all of them cost 10-95% more CPU
 * before the first warning than the rules' own first runs (bench:long-text, Russian and Hindi;
 * measured again on 5 December 2026: the longest task of Russian's first two sentences fell 129 ->
 * 54 ms, Hindi's 130 -> 38, but the CPU until the first badge rose 1,379 -> 2,028 and 1,354 ->
 * 1,500 ms). Most of them cannot match such a text at all: since 6 December a two-byte text compiles
 * ahead only the patterns the prefilter finds it may match (see compiledAhead), and the rules skip
 * the others on short two-byte text too (prefilter.ts). In Chromium (tests/e2e/long-text.spec.ts,
 * medians of four): Russian's first two sentences 131 -> 31 ms longest task, 1,618 -> 757 ms of CPU,
 * first badge 1,680 -> 1,456 ms; Hindi's 129 -> 27, 1,571 -> 819, 1,708 -> 1,468; English unchanged.
 * Text read from the page is two-byte even when it is plain English; the view of such text is made
 * one-byte (prepare.ts), or none of this would be used: English's first two sentences cost 1,528 ms
 * of CPU and a 94 ms task before that, 341 and 29 ms after.
 */
const ahead: RegExp[] = [];
let aheadDone = 0;

/**
 * The page's first text was two-byte and no one-byte text has been checked since: the patterns are
 * compiled for two-byte text only (those it needed), and any one-byte text would compile them again.
 */
export function oneByteCold(): boolean {
  return wideRead > 0 && aheadDone < ahead.length;
}

/** Yielded by a check before a step that compiles a large pattern: hand the thread back first. */
export const ALONE = 'alone';

/**
 * Registers a pattern built at module load, to be compiled ahead of the first check; returns it.
 * The rules register their global patterns too (those `matches` runs, through the prefilter), not only the frames': V8 compiles
 * a pattern without its optimisations once the process has generated 1 MB of regexp code and holds 16 MB of executable memory
 * (TooMuchRegExpCode in its regexp.cc), which the registered patterns reach, and a pattern first compiled after them scanned
 * 8-18 times slower (harassment's masked swear words, over the proposal: 383 us against 30). A pattern a rule runs on text
 * without asking the prefilter (`.test`, `.replace`) stays unregistered: see tests/unit/compile-ahead.test.ts.
 */
export function compileAhead<T extends RegExp>(pattern: T): T {
  ahead.push(pattern);
  return pattern;
}

/** The registered patterns (for tests). */
export function patternsAhead(): readonly RegExp[] {
  return ahead;
}

/** Two-byte spaces (the last unit makes the string two-byte): a pattern run on them is compiled for two-byte text. */
const WIDE_SPACES = ' '.repeat(TIER_UP_LENGTH - 1) + '\u2003';
/** How many registered patterns a two-byte check has asked `mayNeed` about (each is read once, in a step of its own). */
let wideRead = 0;
/** The registered patterns compiled for two-byte text. */
const wideCompiled = new WeakSet<RegExp>();
let wideCompiledCount = 0;

/**
 * Compiles the registered patterns not compiled yet, one per step, yielding ALONE before each, when
 * `text` has something to read. Not in the CLI (compileFirst on): nothing waits for its steps, so it
 * compiles each pattern on its first run and never those a text does not need.
 *
 * One-byte text: every pattern, on one-byte spaces. Two-byte text (Cyrillic, Devanagari, Arabic,
 * CJK...): V8 compiles each pattern again for it, so compiling all of them ahead cost more CPU than
 * the rules' own first runs (the measurements above); but left to the rules, the compilations
 * landed inside their steps (tasks of 70-130 ms). So `mayNeed` (the prefilter, which reads a pattern
 * for the words any match needs; the first time, in a step of its own) is asked, and only a pattern
 * the text may match is compiled, on two-byte spaces, in a step of its own; the prefilter then skips
 * the others in the rules' steps too, short texts included (prefilter.ts). Each later two-byte check
 * asks again about the patterns not compiled yet (a table lookup each, no step) and compiles those
 * its text may now match: "напишите в телеграм" after "здравствуйте" compiles the channels' patterns
 * ahead instead of inside off-platform's step (a task of 48 ms in a full run).
 */
export function* compiledAhead(text: string, mayNeed?: (pattern: RegExp, text: string) => boolean): Generator<typeof ALONE, void> {
  // Once all are compiled (every check after the first) this costs nothing more: no scan of the text.
  const wideLeft = mayNeed !== undefined && wideCompiledCount < ahead.length;
  if (compileFirst.enabled || (aheadDone >= ahead.length && !wideLeft)) return;
  const wide = WIDE.test(text);
  if (wide ? !wideLeft : aheadDone >= ahead.length) return;
  // An empty field (checked when the content script attaches to it) needs no pattern compiled ahead.
  // (The rules' own run on the empty text still compiles theirs for one-byte text, at page load: see
  // docs/measurement-history.md, 6 December 2026, for why that stays.)
  if (!/\S/.test(text)) return;
  if (wide) {
    for (let i = 0; i < ahead.length; i++) {
      const pattern = ahead[i]!;
      if (wideCompiled.has(pattern)) continue;
      if (i >= wideRead) {
        // Read for the first time: up to 17 ms for the largest, so a step of its own.
        yield ALONE;
        wideRead = Math.max(wideRead, i + 1);
        if (wideCompiled.has(pattern)) continue;
      }
      if (!mayNeed!(pattern, text)) continue;
      yield ALONE;
      // Another check may have compiled it while this one waited.
      if (wideCompiled.has(pattern)) continue;
      runOn(pattern, WIDE_SPACES);
      wideCompiled.add(pattern);
      wideCompiledCount++;
    }
    return;
  }
  while (aheadDone < ahead.length) {
    yield ALONE;
    // Another check may have compiled it while this one waited.
    if (aheadDone >= ahead.length) return;
    const pattern = ahead[aheadDone++]!;
    runOn(pattern, SPACES);
    compiled.add(pattern);
  }
}

/** Runs `pattern` once on `spaces` and drops the result: it is compiled for that kind of string. */
function runOn(pattern: RegExp, spaces: string): void {
  const { lastIndex } = pattern;
  pattern.lastIndex = 0;
  pattern.exec(spaces);
  pattern.lastIndex = lastIndex;
}
