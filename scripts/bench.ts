/**
 * `npm run bench`: how fast is detect(), in one process.
 *
 *   1. one ~2 KB proposal: median / p95 per call, and the keystroke scenario
 *      (detect on every prefix while the proposal is typed);
 *   2. throughput on 1 MB of seeded mixed text, whole and in ~2 KB messages,
 *      against libphonenumber-js, linkify-it and obscenity on the same text;
 *   3. adversarial inputs of ~200 KB each (timed at 12.5, 50 and 200 KB): per-KB
 *      cost, growth per x4 step, and a 100 KB vs 400 KB linearity check on the
 *      worst one (smaller sizes when a superlinear input would blow the budget);
 *   4. where the time goes (detect() with no rule, with each rule alone) for the
 *      proposal, the mixed text and the worst adversarial input;
 *   5. the first checks in fresh processes, with and without compiling each new
 *      pattern first (scripts/bench-cold.ts), against obscenity's first check.
 *
 * Every figure is a median over several timed runs after a warm-up; steps that
 * would take seconds get fewer runs, so the whole run stays around a minute.
 * Units: KB = 1,024 and MB = 2^20 UTF-16 code units (JS string length), the
 * unit the detector works in; the UTF-8 size of the mixed corpus is printed too.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { findNumbers } from 'libphonenumber-js/max';
import { LinkifyIt } from 'linkify-it';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { probe } from '../lib/detector/prefilter';
import { defaultContext, detect, rules, type DetectContext, type DetectOptions } from '../lib/index';
import { printColdStart } from './bench-cold';
import { ADVERSARIAL, PROPOSAL, PROPOSAL_EXPECTED_RULES, buildMixedCorpus, type Adversarial } from './bench-data';

const START = performance.now();
const KB = 1024;
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------
// Measurement helpers.

/** A real `gc()` when V8 lets us expose it, so one measurement's garbage is not billed to the next. */
let gcExposed = false;
const gc: () => void = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    const fn: unknown = vm.runInNewContext('gc');
    if (typeof fn === 'function') {
      gcExposed = true;
      return fn as () => void;
    }
  } catch {
    // Fall through: measurements still work, with a little more noise.
  }
  return () => {};
})();

/** Keeps results alive so no call can be optimised away. */
let sink = 0;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
const median = (sorted: readonly number[]): number => quantile(sorted, 0.5);
const sortNumbers = (xs: number[]): number[] => xs.sort((a, b) => a - b);

interface Sample {
  /** Sorted run times, ms. */
  times: number[];
  median: number;
  /** What the last run returned (a count of findings / matches). */
  found: number;
}

interface MeasureOptions {
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop adding runs (once minRuns are done) when this much time has gone into timed runs. */
  budgetMs?: number;
  /** Calls per timed run, for calls too short to time one by one; times are then per call. */
  batch?: number;
  /** Untimed work before each run (and each warm-up run). */
  setup?: () => void;
  /** When a run takes longer than this, two timed runs are enough (keeps the total time bounded). */
  slowMs?: number;
}

/** Times `fn`: warm-up runs, then timed runs (gc before each) until maxRuns, or minRuns once the budget is spent. */
function measure(fn: () => number, { warmup = 1, minRuns = 3, maxRuns = 5, budgetMs = 1500, batch = 1, setup, slowMs = 1000 }: MeasureOptions = {}): Sample {
  let found = 0;
  for (let i = 0; i < warmup; i++) {
    setup?.();
    const t0 = performance.now();
    for (let j = 0; j < batch; j++) sink += fn();
    if (performance.now() - t0 > slowMs) minRuns = Math.min(minRuns, 2);
  }
  const times: number[] = [];
  let spent = 0;
  while (times.length < maxRuns && (times.length < minRuns || spent < budgetMs)) {
    setup?.();
    gc();
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) found = fn();
    const dt = performance.now() - t0;
    sink += found;
    times.push(dt / batch);
    spent += dt;
    if (dt > slowMs) minRuns = Math.min(minRuns, 2);
  }
  sortNumbers(times);
  return { times, median: median(times), found };
}

// ---------------------------------------------------------------------------
// Formatting.

const fmt = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');
const fmtInt = (x: number): string => Math.round(x).toLocaleString('en-US');
/** Milliseconds with precision that suits the size. */
const fmtMs = (ms: number): string => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));

/** A plain left/right aligned table: first column left, the others right. */
function table(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

function heading(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}`);
}

const sectionTimes: string[] = [];
let sectionStart = START;
/** Records how long the sections since the last call took (printed at the end). */
function sectionDone(name: string): void {
  const now = performance.now();
  sectionTimes.push(`${name}: ${fmt((now - sectionStart) / 1000, 1)} s`);
  sectionStart = now;
}

/** Commit and whether lib/ has uncommitted changes, so figures can be tied to a detector version. */
function gitState(): string {
  try {
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'lib'], { cwd, encoding: 'utf8' }).trim();
    return `git ${head}${dirty ? ` + uncommitted changes in lib/ (${dirty.split('\n').length} files)` : ', lib/ clean'}`;
  } catch {
    return 'git state unknown';
  }
}

function packageVersion(name: string): string {
  try {
    const url = new URL(`../node_modules/${name}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

// ---------------------------------------------------------------------------
// Header.

const cpus = os.cpus();
console.log('Clearsend detector benchmark');
console.log(`Node ${process.version} (V8 ${process.versions.v8}), ${process.platform}/${process.arch}`);
console.log(`CPU: ${cpus[0]?.model.trim() ?? 'unknown'} (${cpus.length} logical cores), ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM`);
console.log(
  `peers: libphonenumber-js ${packageVersion('libphonenumber-js')} (max metadata), linkify-it ${packageVersion('linkify-it')}, obscenity ${packageVersion('obscenity')}`,
);
console.log(`code: ${gitState()}`);
const LOAD_START = os.loadavg()[0] ?? 0;
console.log(`load average (1 min) at start: ${fmt(LOAD_START)} on ${cpus.length} cores${LOAD_START > cpus.length * 0.5 ? ' -- machine busy, expect noise' : ''}`);
console.log(`gc between runs: ${gcExposed ? 'yes' : 'no (could not expose gc)'}; all times are medians after warm-up unless noted`);
console.log('units: KB = 1,024 and MB = 2^20 UTF-16 code units (JS string length)');

// ---------------------------------------------------------------------------
// 1. One proposal.

heading(`1. One proposal (${fmtInt(PROPOSAL.length)} chars, surface 'proposal')`);
const proposalContext: Partial<DetectContext> = { surface: 'proposal' };
const proposalFindings = detect(PROPOSAL, proposalContext);
for (const f of proposalFindings) console.log(`  finding: ${f.rule.padEnd(14)} ${f.severity.padEnd(9)} ${JSON.stringify(f.match)}`);
const missing = PROPOSAL_EXPECTED_RULES.filter((id) => !proposalFindings.some((f) => f.rule === id));
console.log(missing.length ? `  WARNING: expected findings missing: ${missing.join(', ')}` : `  expected findings present: ${PROPOSAL_EXPECTED_RULES.join(', ')}`);

function perCall(texts: readonly string[], passes: number, options?: DetectOptions): number[] {
  const times: number[] = [];
  for (let p = 0; p < passes; p++) {
    for (const text of texts) {
      const t0 = performance.now();
      const n = detect(text, proposalContext, options).length;
      times.push(performance.now() - t0);
      sink += n;
    }
  }
  return sortNumbers(times);
}

const FULL_CALLS = 2000;
perCall(Array<string>(300).fill(PROPOSAL), 1); // warm-up
gc();
const fullTimes = perCall(Array<string>(FULL_CALLS).fill(PROPOSAL), 1);
// The extension's default: the second opinion on, and with it the veto (a rule's violation the model reads as ordinary).
const MODEL_ON: DetectOptions = { enabled: new Set(['second-opinion']) };
perCall(Array<string>(300).fill(PROPOSAL), 1, MODEL_ON); // warm-up
gc();
const modelTimes = perCall(Array<string>(FULL_CALLS).fill(PROPOSAL), 1, MODEL_ON);

const prefixes = Array.from({ length: PROPOSAL.length }, (_, i) => PROPOSAL.slice(0, i + 1));
const KEYSTROKE_PASSES = 2;
perCall(prefixes, 1); // warm-up
gc();
const keyTimes = perCall(prefixes, KEYSTROKE_PASSES);
const keystrokeTotal = keyTimes.reduce((a, b) => a + b, 0) / KEYSTROKE_PASSES;

table(
  ['scenario', 'calls', 'median ms', 'p95 ms', 'max ms', 'calls/s (median)'],
  [
    ['whole proposal, repeated', fmtInt(fullTimes.length), fmtMs(median(fullTimes)), fmtMs(quantile(fullTimes, 0.95)), fmtMs(quantile(fullTimes, 1)), fmtInt(1000 / median(fullTimes))],
    ['  the same, second opinion on (the extension)', fmtInt(modelTimes.length), fmtMs(median(modelTimes)), fmtMs(quantile(modelTimes, 0.95)), fmtMs(quantile(modelTimes, 1)), fmtInt(1000 / median(modelTimes))],
    [`keystrokes: every prefix 1..${PROPOSAL.length}, x${KEYSTROKE_PASSES}`, fmtInt(keyTimes.length), fmtMs(median(keyTimes)), fmtMs(quantile(keyTimes, 0.95)), fmtMs(quantile(keyTimes, 1)), fmtInt(1000 / median(keyTimes))],
  ],
);
console.log(`  typing the whole proposal costs ${fmt(keystrokeTotal, 0)} ms of detect() in total (one call per keystroke, no debounce)`);
{
  // The prefilter (lib/detector/prefilter.ts) skips a pattern whose required words are not in the text.
  let run = 0;
  let skipped = 0;
  probe.seen = (_pattern, _text, answer) => (answer ? run++ : skipped++);
  detect(`${PROPOSAL} `, proposalContext);
  probe.seen = null;
  console.log(`  prefilter: ${skipped} of ${run + skipped} filtered scans skipped in one check (texts under 400 chars are scanned unfiltered)`);
}

sectionDone('1');

// ---------------------------------------------------------------------------
// 2. Throughput on 1 MB of mixed text.

heading('2. Throughput on 1 MB of mixed text');
const corpus = buildMixedCorpus();
const { text: mixed, messages } = corpus;
const msgLengths = messages.map((m) => m.length);
console.log(
  `  corpus: ${fmtInt(mixed.length)} UTF-16 units (${fmtInt(Buffer.byteLength(mixed))} UTF-8 bytes), seeded; ` +
    `${messages.length} messages of ${fmtInt(Math.min(...msgLengths))}-${fmtInt(Math.max(...msgLengths))} units (mean ${fmtInt(mixed.length / messages.length)})`,
);
console.log(
  `  composition: ${[...corpus.composition.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${fmt((100 * n) / mixed.length, 0)}%`)
    .join(', ')}`,
);

const linkify = new LinkifyIt();
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

interface Engine {
  name: string;
  run(text: string): number;
}
const ENGINES: Engine[] = [
  { name: 'detect()', run: (t) => detect(t).length },
  { name: 'libphonenumber-js findNumbers', run: (t) => findNumbers(t, { defaultCountry: 'US', v2: true }).length },
  { name: 'linkify-it match', run: (t) => linkify.match(t)?.length ?? 0 },
  { name: 'obscenity getAllMatches', run: (t) => obscenity.getAllMatches(t).length },
];

type Mode = 'whole' | 'messages' | 'edited';
const MODE_LABEL: Record<Mode, string> = {
  whole: 'whole 1 MB',
  messages: `${messages.length} x ~2 KB`,
  edited: 'whole, edited*',
};
interface ThroughputRow {
  engine: string;
  mode: Mode;
  sample: Sample;
}
const throughput: ThroughputRow[] = [];
// *"edited": each call alternates between the text and a copy one character longer, as when the
// text changes between checks. Plain "whole" re-checks the very same text every run.
const edited = `${mixed} `;
let flip = false;
for (const engine of ENGINES) {
  const modes: Mode[] = engine.name === 'detect()' ? ['whole', 'edited', 'messages'] : ['whole', 'messages'];
  for (const mode of modes) {
    const fn =
      mode === 'whole'
        ? () => engine.run(mixed)
        : mode === 'edited'
          ? () => {
              flip = !flip;
              return engine.run(flip ? edited : mixed);
            }
          : () => {
              let n = 0;
              for (const m of messages) n += engine.run(m);
              return n;
            };
    throughput.push({ engine: engine.name, mode, sample: measure(fn, { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 1500 }) });
  }
}
const detectRow = (mode: Mode) => throughput.find((r) => r.engine === 'detect()' && r.mode === mode)!;
table(
  ['engine', 'input', 'runs', 'median ms', 'MB/s', 'found', 'detect / this', 'detect edited* / this'],
  throughput.map((r) => {
    const mbps = mixed.length / MB / (r.sample.median / 1000);
    const peer = r.engine !== 'detect()';
    const ratio = peer ? `${fmt(detectRow(r.mode).sample.median / r.sample.median)}x` : '';
    const ratioEdited = peer && r.mode === 'whole' ? `${fmt(detectRow('edited').sample.median / r.sample.median)}x` : '';
    return [r.engine, MODE_LABEL[r.mode], String(r.sample.times.length), fmtMs(r.sample.median), fmt(mbps), fmtInt(r.sample.found), ratio, ratioEdited];
  }),
);
console.log('  found = findings / phone numbers / links / profanity matches on the whole text or summed over the messages');
console.log("  'detect / this' = detect() time over the peer's time, same input and mode (>1: detect is slower); last column: detect 'edited' vs the peer on the whole text");
console.log('  * edited = detect() alternating between the text and a copy one character longer (the text changed since the last check);');
console.log('    whole = the very same text re-checked every run. A gap between the two means per-text caching in lib/ misbehaves');
console.log("  findNumbers(text, { defaultCountry: 'US', v2: true }) from 'libphonenumber-js/max' (= findPhoneNumbersInText, leniency VALID)");

// ---------------------------------------------------------------------------
// 3. Adversarial inputs.

sectionDone('2');
const ADV_UNITS = 200 * KB;
/** Each input is timed at 12.5, 50 and 200 KB: every step is x4, so time x4 means linear and x16 quadratic. */
const LADDER = [ADV_UNITS / 16, ADV_UNITS / 4, ADV_UNITS];
/** A ladder step projected to take longer than this (one run) is skipped, so a quadratic input cannot eat the budget. */
const STEP_LIMIT_MS = 2500;
heading(`3. Adversarial inputs (~${ADV_UNITS / KB} KB = ${fmtInt(ADV_UNITS)} units each; '+' = extra, not in the brief)`);

interface Point {
  units: number;
  sample: Sample;
}
interface AdvRow {
  input: Adversarial;
  points: Point[];
  /** The largest size measured. */
  last: Point;
  usPerKb: number;
  /** Time ratio of the last x4 step (4 = linear, 16 = quadratic). */
  stepRatio: number;
  /** Growth exponent k in t ~ n^k, from the last step; clamped to [1, 3] for projections. */
  exponent: number;
  /** Projected time at ADV_UNITS when that size was skipped. */
  projected?: number;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Number.isFinite(x) ? x : hi));
const exponentOf = (a: Point, b: Point): number => Math.log(b.sample.median / a.sample.median) / Math.log(b.units / a.units);
/** Projected time of one run at `units`, from the last point and a growth exponent. */
const project = (p: Point, units: number, k: number): number => p.sample.median * (units / p.units) ** k;

function ladder(input: Adversarial): AdvRow {
  const points: Point[] = [];
  let k = 2; // assume quadratic until two sizes have been measured
  let projected: number | undefined;
  for (const target of LADDER) {
    const text = input.make(target);
    const run = () => detect(text).length;
    const prev = points[points.length - 1];
    let sample: Sample;
    if (!prev) {
      sample = measure(run, { warmup: 1, minRuns: 5, maxRuns: 5 });
    } else {
      const guess = project(prev, text.length, k);
      if (guess > STEP_LIMIT_MS) {
        projected = project(prev, ADV_UNITS, k);
        break;
      }
      // Cheap steps: warm-up and 2-3 runs. Expensive ones: the smaller sizes already warmed the code; one run.
      sample = guess * 6 < 1000 ? measure(run, { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 400 }) : measure(run, { warmup: 0, minRuns: 1, maxRuns: 1 });
    }
    points.push({ units: text.length, sample });
    if (points.length >= 2) k = clamp(exponentOf(points[points.length - 2]!, points[points.length - 1]!), 1, 3);
  }
  const last = points[points.length - 1]!;
  // One size only: the next one was projected over the step limit, so no growth can be measured.
  const before = points[points.length - 2];
  const exponent = before ? exponentOf(before, last) : Number.NaN;
  return {
    input,
    points,
    last,
    usPerKb: (last.sample.median * 1000) / (last.units / KB),
    stepRatio: before ? last.sample.median / before.sample.median : Number.NaN,
    exponent,
    ...(projected !== undefined && { projected }),
  };
}

const advRows = ADVERSARIAL.map(ladder);
const typicalUs = median(sortNumbers(advRows.map((r) => r.usPerKb)));
/** Growth is only trusted when the last step took a measurable time; tiny timings are mostly noise. */
const MIN_GROWTH_MS = 50;
const flagOf = (r: AdvRow): string => {
  const rel = r.usPerKb / typicalUs;
  const measurable = r.last.sample.median >= MIN_GROWTH_MS;
  if (measurable && r.stepRatio > 7) return '<-- SUPERLINEAR';
  if (rel > 3) return '<-- slow per KB';
  if (measurable && r.stepRatio > 5.5) return '<-- check growth';
  if (rel > 2) return '<-- slowish';
  return '';
};
table(
  ['input', 'findings', 'ms @ 200 KB', 'us/KB', 'x typical', 't(4n)/t(n)', 'growth', ''],
  advRows.map((r) => {
    const full = r.last.units >= ADV_UNITS * 0.99;
    const atSize = full ? '' : ` (@${fmt(r.last.units / KB, 1)} KB)`;
    return [
      r.input.name,
      fmtInt(r.last.sample.found),
      full ? fmtMs(r.last.sample.median) : `skipped, ~${fmt((r.projected ?? NaN) / 1000, 0)} s projected`,
      `${fmt(r.usPerKb, 1)}${atSize}`,
      `${fmt(r.usPerKb / typicalUs, 1)}x`,
      fmt(r.stepRatio, 1),
      `n^${fmt(r.exponent)}`,
      flagOf(r),
    ];
  }),
);
console.log(
  `  typical = median us/KB over all inputs (${fmt(typicalUs, 1)} us/KB). t(4n)/t(n) and growth come from the last x4 step ` +
    `(50 -> 200 KB, or 12.5 -> 50 KB when 200 KB was skipped): ~4 and n^1 when linear, ~16 and n^2 when quadratic`,
);

const byCost = [...advRows].sort((a, b) => b.usPerKb - a.usPerKb);
const worst = byCost[0]!;
const worstListed = byCost.find((r) => r.input.listed)!;
console.log(`  worst: ${worst.input.name}, ${fmt(worst.usPerKb, 1)} us/KB (${fmt(worst.usPerKb / typicalUs, 1)}x typical)`);
if (worstListed !== worst) console.log(`  worst of the inputs named in the brief: ${worstListed.input.name}, ${fmt(worstListed.usPerKb, 1)} us/KB`);
const flagged = advRows.filter((r) => flagOf(r) !== '');
if (flagged.length) console.log(`  flagged: ${flagged.map((r) => `${r.input.name} (${flagOf(r).replace('<-- ', '')})`).join('; ')}`);
console.log(`  flags: SUPERLINEAR t(4n)/t(n) > 7; slow per KB > 3x typical; check growth t(4n)/t(n) > 5.5; slowish > 2x typical (growth flags only when the last step took >= ${MIN_GROWTH_MS} ms)`);

// Linear scaling: n vs 4n of the worst input(s), n = 100 KB unless a superlinear input would blow the budget.
interface Scaling {
  input: Adversarial;
  small: Point;
  large: Point;
  ratio: number;
}
const SCALING_BASES = [100 * KB, 50 * KB, 25 * KB, 12.5 * KB, 6.25 * KB];
const SCALING_LIMIT_MS = 3500;
function scaling(row: AdvRow): Scaling {
  const k = clamp(row.exponent, 1, 3);
  const base = SCALING_BASES.find((b) => 4 * project(row.last, b, k) + project(row.last, 4 * b, k) <= SCALING_LIMIT_MS) ?? SCALING_BASES[SCALING_BASES.length - 1]!;
  const a = row.input.make(base);
  const b = row.input.make(4 * base);
  const small = measure(() => detect(a).length, { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 600 });
  // A slow 4n run gets no warm-up (the n runs warmed the code) and a single run.
  const heavy = project(row.last, 4 * base, k) > 1000;
  const large = measure(() => detect(b).length, heavy ? { warmup: 0, minRuns: 1, maxRuns: 1 } : { warmup: 1, minRuns: 3, maxRuns: 3, budgetMs: 1500 });
  const ratio = large.median / small.median / (b.length / a.length / 4);
  return { input: row.input, small: { units: a.length, sample: small }, large: { units: b.length, sample: large }, ratio };
}
const scalings = (worstListed === worst ? [worst] : [worst, worstListed]).map(scaling);
console.log('\n  linear scaling check (100 KB vs 400 KB; smaller sizes when a superlinear input would take too long):');
table(
  ['input', 'n', 't(n) ms', 't(4n) ms', 'runs', 'ratio (ideal 4)', 'growth'],
  scalings.map((s) => [
    s.input.name,
    `${fmt(s.small.units / KB, 1)} KB`,
    fmtMs(s.small.sample.median),
    fmtMs(s.large.sample.median),
    `${s.small.sample.times.length}/${s.large.sample.times.length}`,
    fmt(s.ratio),
    `n^${fmt(Math.log(s.ratio) / Math.log(4))}`,
  ]),
);

// ---------------------------------------------------------------------------
// 4. Where the time goes.

sectionDone('3');
heading('4. Where the time goes (detect() with no rule, with each rule alone, with all)');
interface Profile {
  /** detect() with no rules: prepare() plus the fixed engine cost. */
  base: number;
  /** detect() with only this rule, minus `base`: the rule's check plus the engine's work on its hits. */
  perRule: Map<string, number>;
  total: number;
  findings: number;
}
/**
 * Time split by rule, through the public API only: detect() with no rules, with each rule alone,
 * and with all of them (each call prepares afresh, as in real use), summed over `texts`.
 * `batch` repeats per run for short texts.
 */
function profile(texts: readonly string[], context: Partial<DetectContext>, opts: MeasureOptions): Profile {
  const run = (options?: DetectOptions) => () => {
    let n = 0;
    for (const t of texts) n += detect(t, context, options).length;
    return n;
  };
  const base = measure(run({ rules: [] }), opts).median;
  const perRule = new Map<string, number>();
  // An opt-in rule (the second opinion) is timed turned on; the total below is the default set.
  for (const rule of rules) perRule.set(rule.id, measure(run({ rules: [rule], ...(rule.optIn && { enabled: new Set([rule.id]) }) }), opts).median - base);
  const all = measure(run(), opts);
  return { base, perRule, total: all.median, findings: all.found };
}
// The worst input at the largest measured size that keeps this table quick.
const worstPoint = [...worst.points].reverse().find((p) => p.sample.median <= 300) ?? worst.points[0]!;
const worstText = worst.input.make(worstPoint.units);
const profiles: { label: string; unit: 'us' | 'ms'; p: Profile }[] = [
  { label: 'proposal (us/call)', unit: 'us', p: profile([PROPOSAL], { surface: 'proposal' }, { warmup: 1, minRuns: 5, maxRuns: 5, batch: 30 }) },
  // The code is warm from section 2: no warm-up.
  { label: `mixed, ${messages.length} x 2 KB (ms)`, unit: 'ms', p: profile(messages, defaultContext, { warmup: 0, minRuns: 2, maxRuns: 2 }) },
  { label: `worst @ ${fmt(worstPoint.units / KB, 1)} KB (ms)`, unit: 'ms', p: profile([worstText], defaultContext, { warmup: 1, minRuns: 3, maxRuns: 3 }) },
];
/** Differences of medians can dip below zero by noise: shown as ~0. */
const show = (ms: number, unit: 'us' | 'ms') => (ms < 0 ? '~0' : unit === 'us' ? fmt(ms * 1000, 1) : fmtMs(ms));
const stageRows: string[][] = [];
stageRows.push(['prepare() + fixed cost (detect, no rules)', ...profiles.map(({ p, unit }) => show(p.base, unit))]);
for (const rule of rules) stageRows.push([`  + ${rule.id}`, ...profiles.map(({ p, unit }) => show(p.perRule.get(rule.id) ?? NaN, unit))]);
stageRows.push([
  'remainder (all rules at once minus the parts)',
  ...profiles.map(({ p, unit }) => show(p.total - p.base - [...p.perRule.values()].reduce((a, b) => a + b, 0), unit)),
]);
stageRows.push(['detect() total, in this section', ...profiles.map(({ p, unit }) => show(p.total, unit))]);
stageRows.push(['(findings returned)', ...profiles.map(({ p }) => fmtInt(p.findings))]);
table(['stage', ...profiles.map((x) => x.label)], stageRows);
console.log(`  '+ rule' = detect() with only that rule minus detect() with none: the rule's check plus mapping, exceptions and dedupe of its hits`);
console.log(`  worst = ${worst.input.name}; rows are differences of medians, so small ones are approximate (~0: below noise)`);
console.log('  the mixed column is the 1 MB corpus as 2 KB messages (whole-text effects are in section 2: whole vs edited)');
console.log('  totals here can run slower than in sections 1-2: the single-rule passes can leave detect() less optimised by V8;');
console.log('  read the rows as relative shares, and sections 1-2 for absolute times');
sectionDone('4');

// ---------------------------------------------------------------------------
// 5. The first checks in a fresh process (what a page's first check and every CLI run pay).

heading('5. The first checks in a fresh process (scripts/bench-cold.ts)');
printColdStart(3);
sectionDone('5');

// ---------------------------------------------------------------------------
// Summary.

const LOAD_END = os.loadavg()[0] ?? 0;
console.log(`\n  load average (1 min) at end: ${fmt(LOAD_END)}${LOAD_END > cpus.length * 0.5 ? ' -- machine was busy, figures are noisy' : ''}`);
console.log(`  (checksum of all results: ${fmtInt(sink)}; it keeps every timed call observable)`);
const elapsed = (performance.now() - START) / 1000;
const whole = detectRow('whole').sample.median;
const wholeEdited = detectRow('edited').sample.median;
const inMessages = detectRow('messages').sample.median;
const peerTime = (engine: string, mode: Mode) => throughput.find((r) => r.engine === engine && r.mode === mode)!.sample.median;
const ratios = (mode: Mode, detectTime: number) =>
  `libphonenumber ${fmt(detectTime / peerTime('libphonenumber-js findNumbers', mode))}x, linkify-it ${fmt(detectTime / peerTime('linkify-it match', mode))}x, obscenity ${fmt(detectTime / peerTime('obscenity getAllMatches', mode))}x`;
const mbps = (ms: number) => fmt(mixed.length / MB / (ms / 1000));
const worstScaling = scalings[0]!;
console.log(
  `SUMMARY: proposal ${fmtMs(median(fullTimes))} ms/call median (p95 ${fmtMs(quantile(fullTimes, 0.95))}; second opinion on ${fmtMs(median(modelTimes))}), keystroke ${fmtMs(median(keyTimes))} ms; ` +
    `1 MB mixed: ${mbps(inMessages)} MB/s as 2 KB messages (detect/peer time: ${ratios('messages', inMessages)}), ` +
    `whole ${mbps(wholeEdited)} MB/s when edited between checks, ${mbps(whole)} MB/s when the same text is re-checked; ` +
    `worst adversarial ${worst.input.name} ${fmt(worst.usPerKb, 0)} us/KB, n->4n x${fmt(worstScaling.ratio, 1)} ` +
    `(${worstScaling.ratio > 6 ? 'SUPERLINEAR' : 'linear'}); ${flagged.length} input(s) flagged; ran ${fmt(elapsed, 1)} s (sections ${sectionTimes.join(', ')})`,
);
