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
