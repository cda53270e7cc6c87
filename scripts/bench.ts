/**
 * `npm run bench`: how fast is detect(), in one process.
 *
 *   1. one ~2 KB proposal: median / p95 per call, and the keystroke scenario
 *      (detect on every prefix while the proposal is typed);
 *   2. throughput on 1 MB of seeded mixed text, whole and in ~2 KB messages,
 *      against libphonenumber-js, linkify-it and obscenity on the same text;
 *   3. adversarial inputs of ~200 KB each, per-KB cost, scaling 50 KB -> 200 KB,
 *      and a 100 KB vs 400 KB linearity check on the worst one;
 *   4. where the time goes (prepare, each rule, engine) for the proposal, the
 *      mixed text and the worst adversarial input.
 *
 * Every figure is a median over several timed runs after a warm-up.
 * Units: KB = 1,024 and MB = 2^20 UTF-16 code units (JS string length), the
 * unit the detector works in; the UTF-8 size of the mixed corpus is printed too.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { findNumbers } from 'libphonenumber-js/max';
import { LinkifyIt } from 'linkify-it';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { defaultContext, detect, prepare, rules, type DetectContext } from '../lib/index';
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
}

/** Times `fn` (one call per run): warm-up, then runs until maxRuns or the budget is spent. */
function measure(fn: () => number, { warmup = 1, minRuns = 3, maxRuns = 7, budgetMs = 2000 }: MeasureOptions = {}): Sample {
  let found = 0;
  for (let i = 0; i < warmup; i++) sink += fn();
  const times: number[] = [];
  let spent = 0;
  while (times.length < maxRuns && (times.length < minRuns || spent < budgetMs)) {
    gc();
    const t0 = performance.now();
    found = fn();
    const dt = performance.now() - t0;
    sink += found;
    times.push(dt);
    spent += dt;
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

function perCall(texts: readonly string[], passes: number): number[] {
  const times: number[] = [];
  for (let p = 0; p < passes; p++) {
    for (const text of texts) {
      const t0 = performance.now();
      const n = detect(text, proposalContext).length;
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

const prefixes = Array.from({ length: PROPOSAL.length }, (_, i) => PROPOSAL.slice(0, i + 1));
const KEYSTROKE_PASSES = 3;
perCall(prefixes, 1); // warm-up
gc();
const keyTimes = perCall(prefixes, KEYSTROKE_PASSES);
const keystrokeTotal = keyTimes.reduce((a, b) => a + b, 0) / KEYSTROKE_PASSES;

table(
  ['scenario', 'calls', 'median ms', 'p95 ms', 'max ms', 'calls/s (median)'],
  [
    ['whole proposal, repeated', fmtInt(fullTimes.length), fmtMs(median(fullTimes)), fmtMs(quantile(fullTimes, 0.95)), fmtMs(quantile(fullTimes, 1)), fmtInt(1000 / median(fullTimes))],
    [`keystrokes: every prefix 1..${PROPOSAL.length}, x${KEYSTROKE_PASSES}`, fmtInt(keyTimes.length), fmtMs(median(keyTimes)), fmtMs(quantile(keyTimes, 0.95)), fmtMs(quantile(keyTimes, 1)), fmtInt(1000 / median(keyTimes))],
  ],
);
console.log(`  typing the whole proposal costs ${fmt(keystrokeTotal, 0)} ms of detect() in total (one call per keystroke, no debounce)`);

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

interface ThroughputRow {
  engine: string;
  mode: 'whole' | 'messages';
  sample: Sample;
}
const throughput: ThroughputRow[] = [];
for (const engine of ENGINES) {
  for (const mode of ['whole', 'messages'] as const) {
    const fn =
      mode === 'whole'
        ? () => engine.run(mixed)
        : () => {
            let n = 0;
            for (const m of messages) n += engine.run(m);
            return n;
          };
    throughput.push({ engine: engine.name, mode, sample: measure(fn, { warmup: 1, minRuns: 3, maxRuns: 7, budgetMs: 2500 }) });
  }
}
const detectRow = (mode: 'whole' | 'messages') => throughput.find((r) => r.engine === 'detect()' && r.mode === mode)!;
table(
  ['engine', 'input', 'runs', 'median ms', 'MB/s', 'found', 'detect / this'],
  throughput.map((r) => {
    const mbps = mixed.length / MB / (r.sample.median / 1000);
    const ratio = r.engine === 'detect()' ? '' : `${fmt(detectRow(r.mode).sample.median / r.sample.median)}x`;
    return [r.engine, r.mode === 'whole' ? 'whole 1 MB' : `${messages.length} x ~2 KB`, String(r.sample.times.length), fmtMs(r.sample.median), fmt(mbps), fmtInt(r.sample.found), ratio];
  }),
);
console.log('  found = findings / phone numbers / links / profanity matches on the whole text or summed over the messages');
console.log("  'detect / this' = detect() time over the peer's time, same input and mode (>1: detect is slower)");
console.log("  findNumbers(text, { defaultCountry: 'US', v2: true }) from 'libphonenumber-js/max' (= findPhoneNumbersInText, leniency VALID)");

// ---------------------------------------------------------------------------
// 3. Adversarial inputs.

const ADV_UNITS = 200 * KB;
heading(`3. Adversarial inputs (~${ADV_UNITS / KB} KB = ${fmtInt(ADV_UNITS)} units each; '+' = extra, not in the brief)`);

interface AdvRow {
  input: Adversarial;
  units: number;
  small: Sample;
  full: Sample | null;
  usPerKb: number;
  scale: number;
}
const advRows: AdvRow[] = [];
for (const input of ADVERSARIAL) {
  const smallText = input.make(ADV_UNITS / 4);
  const small = measure(() => detect(smallText).length, { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 500 });
  const text = input.make(ADV_UNITS);
  // Guard the time budget: even a quadratic input is projected from the 50 KB run.
  const projected = small.median * 16;
  let full: Sample | null = null;
  if (projected < 20_000) {
    const heavy = projected > 1500;
    full = measure(() => detect(text).length, { warmup: heavy ? 0 : 1, minRuns: heavy ? 2 : 3, maxRuns: 5, budgetMs: 800 });
  }
  const usPerKb = full ? (full.median * 1000) / (text.length / KB) : Infinity;
  const smallUs = (small.median * 1000) / (smallText.length / KB);
  advRows.push({ input, units: text.length, small, full, usPerKb, scale: full ? full.median / small.median / (text.length / smallText.length) * 4 : Infinity });
  if (!full) console.log(`  SKIPPED full size of ${input.name}: 50 KB took ${fmtMs(small.median)} ms (${fmt(smallUs, 1)} us/KB)`);
}
const typicalUs = median(sortNumbers(advRows.filter((r) => Number.isFinite(r.usPerKb)).map((r) => r.usPerKb)));
table(
  ['input', 'units', 'findings', 'ms (200 KB)', 'us/KB', 'x typical', 't(200K)/t(50K)', ''],
  advRows.map((r) => {
    const rel = r.usPerKb / typicalUs;
    const flag = rel > 3 || r.scale > 6 ? '<-- pathological' : rel > 2 || r.scale > 5 ? '<-- slow' : '';
    return [r.input.name, fmtInt(r.units), r.full ? fmtInt(r.full.found) : '?', r.full ? fmtMs(r.full.median) : 'skipped', fmt(r.usPerKb, 1), `${fmt(rel, 1)}x`, fmt(r.scale, 1), flag];
  }),
);
console.log(`  typical = median us/KB over all inputs (${fmt(typicalUs, 1)} us/KB); t(200K)/t(50K) is ~4 when linear, ~16 when quadratic`);

const byCost = [...advRows].sort((a, b) => b.usPerKb - a.usPerKb);
const worst = byCost[0]!;
const worstListed = byCost.find((r) => r.input.listed)!;
console.log(`  worst: ${worst.input.name}, ${fmt(worst.usPerKb, 1)} us/KB (${fmt(worst.usPerKb / typicalUs, 1)}x typical)`);
if (worstListed !== worst) console.log(`  worst of the inputs named in the brief: ${worstListed.input.name}, ${fmt(worstListed.usPerKb, 1)} us/KB`);

// Linear scaling: 100 KB vs 400 KB of the worst input(s).
console.log('\n  linear scaling, 100 KB vs 400 KB:');
interface Scaling {
  input: Adversarial;
  t100: Sample;
  t400: Sample;
  ratio: number;
}
const scalings: Scaling[] = [];
for (const row of worstListed === worst ? [worst] : [worst, worstListed]) {
  const a = row.input.make(100 * KB);
  const b = row.input.make(400 * KB);
  const t100 = measure(() => detect(a).length, { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 1000 });
  // The 400 KB run of a quadratic input can take seconds: no warm-up (the code is hot), fewer runs.
  const heavy = t100.median * 16 > 1500;
  const t400 = measure(() => detect(b).length, { warmup: heavy ? 0 : 1, minRuns: heavy ? 1 : 3, maxRuns: 5, budgetMs: heavy ? 0 : 1500 });
  const ratio = t400.median / t100.median / (b.length / a.length / 4);
  scalings.push({ input: row.input, t100, t400, ratio });
}
table(
  ['input', '100 KB ms', '400 KB ms', 'runs', 'ratio (ideal 4)', 'exponent'],
  scalings.map((s) => [
    s.input.name,
    fmtMs(s.t100.median),
    fmtMs(s.t400.median),
    `${s.t100.times.length}/${s.t400.times.length}`,
    fmt(s.ratio),
    `n^${fmt(Math.log(s.ratio) / Math.log(4))}`,
  ]),
);

// ---------------------------------------------------------------------------
// 4. Where the time goes.

heading('4. Where the time goes (prepare, each rule on the prepared text, engine)');
interface Profile {
  prepare: number;
  perRule: Map<string, number>;
  total: number;
}
/** Median time of prepare() and of each rule's check(); `total` is the detect() median measured above. */
function profile(text: string, context: DetectContext, total: number, runs: number): Profile {
  const prep = measure(() => prepare(text).text.length, { warmup: 1, minRuns: runs, maxRuns: runs, budgetMs: 0 });
  const prepared = prepare(text);
  const perRule = new Map<string, number>();
  for (const rule of rules) {
    perRule.set(rule.id, measure(() => rule.check(prepared, context).length, { warmup: 1, minRuns: runs, maxRuns: runs, budgetMs: 0 }).median);
  }
  return { prepare: prep.median, perRule, total };
}
const worstText = worst.input.make(ADV_UNITS);
const profiles: { label: string; unit: 'us' | 'ms'; p: Profile }[] = [
  { label: 'proposal (us/call)', unit: 'us', p: profile(PROPOSAL, { ...defaultContext, surface: 'proposal' }, median(fullTimes), 201) },
  { label: 'mixed 1 MB (ms)', unit: 'ms', p: profile(mixed, defaultContext, detectRow('whole').sample.median, 3) },
  { label: `worst 200 KB (ms)`, unit: 'ms', p: profile(worstText, defaultContext, worst.full?.median ?? NaN, 3) },
];
const show = (ms: number, unit: 'us' | 'ms') => (unit === 'us' ? fmt(ms * 1000, 1) : fmtMs(ms));
const stageRows: string[][] = [];
stageRows.push(['prepare()', ...profiles.map(({ p, unit }) => show(p.prepare, unit))]);
for (const rule of rules) stageRows.push([`  ${rule.id}`, ...profiles.map(({ p, unit }) => show(p.perRule.get(rule.id) ?? NaN, unit))]);
stageRows.push([
  'engine (remainder: offsets, exceptions, dedupe)',
  ...profiles.map(({ p, unit }) => show(p.total - p.prepare - [...p.perRule.values()].reduce((a, b) => a + b, 0), unit)),
]);
stageRows.push(['detect() total', ...profiles.map(({ p, unit }) => show(p.total, unit))]);
table(['stage', ...profiles.map((x) => x.label)], stageRows);
console.log(`  worst = ${worst.input.name}; the engine row is detect() minus the measured parts, so it is approximate`);

// ---------------------------------------------------------------------------
// Summary.

const elapsed = (performance.now() - START) / 1000;
const whole = detectRow('whole').sample.median;
const peerRatio = (engine: string) => whole / throughput.find((r) => r.engine === engine && r.mode === 'whole')!.sample.median;
const worstScaling = scalings[0]!;
console.log(
  `\nSUMMARY: proposal ${fmtMs(median(fullTimes))} ms median (p95 ${fmtMs(quantile(fullTimes, 0.95))}), keystroke ${fmtMs(median(keyTimes))} ms; ` +
    `1 MB mixed ${fmt(mixed.length / MB / (whole / 1000))} MB/s whole, ${fmt(mixed.length / MB / (detectRow('messages').sample.median / 1000))} MB/s in 2 KB messages ` +
    `(detect/peer: libphonenumber ${fmt(peerRatio('libphonenumber-js findNumbers'))}x, linkify-it ${fmt(peerRatio('linkify-it match'))}x, obscenity ${fmt(peerRatio('obscenity getAllMatches'))}x); ` +
    `worst adversarial ${worst.input.name} ${fmt(worst.usPerKb, 0)} us/KB, 100->400 KB x${fmt(worstScaling.ratio, 1)} ` +
    `(${worstScaling.ratio > 6 ? 'SUPERLINEAR' : 'linear'}); ran ${fmt(elapsed, 1)} s`,
);
