/**
 * `npm run eval:classifier`: does the second-opinion classifier earn its place?
 *
 * Leave-one-batch-out: for each corpus batch B (its folder; the top level is
 * "batch1"), the classifier is trained on the other batches only (its threshold
 * too, see train-classifier.ts), then B is read by the rules alone and by the
 * rules plus the classifier's warnings. Printed per batch and pooled:
 *   - recall: violation texts with a finding (rules: a `violation` finding;
 *     with the classifier: that, or any second-opinion warning). Every
 *     violation text in the corpus is labelled for a first contact (standard
 *     client, no contract), so this is first-contact recall;
 *   - clean flagged: clean texts with any finding that is not an info note;
 *   - allowed warned: allowed texts that get a second-opinion warning (they
 *     never become violations; shown so the cost is visible).
 * The bar (design point 2): ship when the classifier adds at least 3 points of
 * recall for at most 0.5 more points of flagged clean texts.
 *
 * Caveat printed with the table: the rules were written with every batch in
 * the corpus in view, so "rules alone" is an in-sample figure for them while
 * the classifier's is held out. On a batch nobody has tuned on, the rules miss
 * more, and the classifier has more to add.
 *
 * Options: --rules-before-batch (each batch read by the rules of the commit
 * before it was added), --sweep (the same models at fixed thresholds),
 * --threshold <t> (one fixed threshold), --list (what it gained and cost).
 *
 * Also: the shipped model's size gzipped, and classify time per 2,000
 * characters (median of many runs).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { classifySentences, secondOpinion, type Weights } from '../lib/detector/classifier';
import { detect, prepare } from '../lib/index';
import { sentences } from '../lib/detector/text';
import { loadCorpus } from '../tests/corpus/load';
import { rulesBefore, type Detect } from './rules-before';
import { featurize, MODEL_PATH, textScore, train, type Featurized } from './train-classifier';

interface Tally {
  violations: number;
  rulesCaught: number;
  bothCaught: number;
  classifierAlone: number;
  clean: number;
  rulesClean: number;
  bothClean: number;
  allowed: number;
  allowedWarned: number;
  /** Violation texts only the classifier caught, and clean texts only it flagged (for the listing). */
  gained: string[];
  cost: string[];
}

function emptyTally(): Tally {
  return { violations: 0, rulesCaught: 0, bothCaught: 0, classifierAlone: 0, clean: 0, rulesClean: 0, bothClean: 0, allowed: 0, allowedWarned: 0, gained: [], cost: [] };
}

function evaluate(model: Weights, held: readonly Featurized[], detect: Detect): Tally {
  const t = emptyTally();
  for (const d of held) {
    const { item } = d;
    const context = { surface: item.surface, ...item.context };
    const findings = detect(item.text, context);
    const extra = secondOpinion(item.text, findings, context, { model });
    const where = `${item.file}:${item.line}`;
    const show = (f: (typeof extra)[number]) => `    ${where} [${item.category}] ${JSON.stringify(item.text.slice(0, 160))}\n      -> ${f.category} ${JSON.stringify(f.match.slice(0, 100))}: ${f.message}`;
    if (item.expect === 'violation') {
      t.violations++;
      const rules = findings.some((f) => f.severity === 'violation');
      if (rules) t.rulesCaught++;
      if (rules || extra.length > 0) t.bothCaught++;
      if (textScore(model, d) >= model.threshold) t.classifierAlone++;
      if (!rules && extra.length > 0) t.gained.push(show(extra[0]!));
    } else if (item.expect === 'clean') {
      t.clean++;
      const rules = findings.some((f) => f.severity !== 'info');
      if (rules) t.rulesClean++;
      if (rules || extra.length > 0) t.bothClean++;
      if (!rules && extra.length > 0) t.cost.push(show(extra[0]!));
    } else {
      t.allowed++;
      if (extra.length > 0) t.allowedWarned++;
    }
  }
  return t;
}

function add(a: Tally, b: Tally): Tally {
  return {
    violations: a.violations + b.violations,
    rulesCaught: a.rulesCaught + b.rulesCaught,
    bothCaught: a.bothCaught + b.bothCaught,
    classifierAlone: a.classifierAlone + b.classifierAlone,
    clean: a.clean + b.clean,
    rulesClean: a.rulesClean + b.rulesClean,
    bothClean: a.bothClean + b.bothClean,
    allowed: a.allowed + b.allowed,
    allowedWarned: a.allowedWarned + b.allowedWarned,
    gained: [...a.gained, ...b.gained],
    cost: [...a.cost, ...b.cost],
  };
}

const pct = (n: number, d: number) => (d ? (100 * n) / d : 0);
const fmt = (x: number) => x.toFixed(1).padStart(5);

function row(name: string, t: Tally, threshold: string): string {
  const r0 = pct(t.rulesCaught, t.violations);
  const r1 = pct(t.bothCaught, t.violations);
  const c0 = pct(t.rulesClean, t.clean);
  const c1 = pct(t.bothClean, t.clean);
  return [
    name.padEnd(8),
    threshold.padStart(9),
    String(t.violations).padStart(5),
    fmt(r0),
    fmt(r1),
    `${r1 - r0 >= 0 ? '+' : ''}${(r1 - r0).toFixed(1)}`.padStart(6),
    fmt(pct(t.classifierAlone, t.violations)),
    String(t.clean).padStart(6),
    fmt(c0),
    fmt(c1),
    `${c1 - c0 >= 0 ? '+' : ''}${(c1 - c0).toFixed(1)}`.padStart(6),
    `${t.allowedWarned}/${t.allowed}`.padStart(8),
  ].join('  ');
}

/** Median time of `fn` in ms over `runs` runs, after a warm-up. */
function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 50; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const cases = loadCorpus();
const data = featurize(cases);
const batches = [...new Set(data.map((d) => d.batch))].sort();
if (batches.length < 2) throw new Error(`leave-one-batch-out needs at least two batches; found ${batches.join(', ') || 'none'}`);

console.log('Leave-one-batch-out: the classifier is trained (threshold included) without the batch it is scored on.\n');
console.log('held-out  threshold  viol  rules  +clf  gain  clf-alone  clean  rules  +clf   cost  allowed-warned');
console.log('                           recall %           recall %          flagged %');
const before = process.argv.includes('--rules-before-batch');
const SWEEP = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
let total = emptyTally();
let fresh = emptyTally();
const sweep = SWEEP.map(() => emptyTally());
const sweepFresh = SWEEP.map(() => emptyTally());
const notes: string[] = [];
// --threshold <t>: a threshold fixed in advance instead of the one training chooses (to test a
// pre-registered value on batches added later; a value picked from this table is not a held-out result).
const fixedAt = process.argv.indexOf('--threshold');
const fixed = fixedAt === -1 ? undefined : Number(process.argv[fixedAt + 1]);
if (fixed !== undefined && !(fixed > 0 && fixed <= 1)) throw new Error(`--threshold needs a number in (0, 1], got ${process.argv[fixedAt + 1]}`);
for (const held of batches) {
  const trained = train(data.filter((d) => d.batch !== held));
  const model = fixed === undefined ? trained : { ...trained, threshold: fixed };
  const rules = before ? await rulesBefore(held) : { detect, label: 'current rules', fresh: false };
  if (before) notes.push(`${held}: ${rules.label}`);
  const heldOut = data.filter((d) => d.batch === held);
  const t = evaluate(model, heldOut, rules.detect);
  console.log(row(held, t, model.threshold.toFixed(4)));
  total = add(total, t);
  if (rules.fresh) fresh = add(fresh, t);
  if (process.argv.includes('--sweep')) {
    SWEEP.forEach((threshold, k) => {
      const at = evaluate({ ...model, threshold }, heldOut, rules.detect);
      sweep[k] = add(sweep[k]!, at);
      if (rules.fresh) sweepFresh[k] = add(sweepFresh[k]!, at);
    });
  }
}
console.log(row('total', total, ''));
if (before && fresh.violations > 0) console.log(row('unseen', fresh, ''), ' <- batches the rules had not seen');
if (process.argv.includes('--sweep')) {
  console.log('\nThe same held-out models at fixed thresholds (a diagnostic: choosing one here would tune on the held-out batches):');
  SWEEP.forEach((threshold, k) => console.log(row('total', sweep[k]!, threshold.toFixed(2))));
  if (fresh.violations > 0) SWEEP.forEach((threshold, k) => console.log(row('unseen', sweepFresh[k]!, threshold.toFixed(2))));
}

// The decision reads the batches the rules had not seen when there are any (--rules-before-batch), else all.
const decided = before && fresh.violations > 0 ? fresh : total;
const gain = pct(decided.bothCaught, decided.violations) - pct(decided.rulesCaught, decided.violations);
const cost = pct(decided.bothClean, decided.clean) - pct(decided.rulesClean, decided.clean);
const ship = gain >= 3 && cost <= 0.5;
console.log(
  `\nDecision (${decided === fresh ? "'unseen' row" : "'total' row"}): recall ${gain >= 0 ? '+' : ''}${gain.toFixed(2)} points (bar: at least +3), clean flagged ${cost >= 0 ? '+' : ''}${cost.toFixed(2)} points (bar: at most +0.5): ${ship ? 'SHIP' : 'DO NOT SHIP (keep the script, report the figures)'}.`,
);
const rulesMiss = 100 - pct(total.rulesCaught, total.violations);
if (before) console.log(`Rules per held-out batch: ${notes.join('; ')}.`);
else console.log(
  `Caveat: the current rules were tuned with every batch above in view (rules alone miss ${rulesMiss.toFixed(1)}% here), so a +3 gain is ${rulesMiss < 3 ? 'impossible on this corpus' : 'possible only on what they miss'}; 'clf-alone' is the classifier's own held-out recall. --rules-before-batch scores each batch with the rules from before it was added.`,
);

if (process.argv.includes('--list')) {
  console.log(`\nViolations only the classifier caught (${total.gained.length}):`);
  for (const g of total.gained) console.log(g);
  console.log(`\nClean texts only the classifier flagged (${total.cost.length}):`);
  for (const c of total.cost) console.log(c);
}

// Size and speed of the shipped model (the file `npm run train` wrote).
const file = readFileSync(MODEL_PATH, 'utf8');
console.log(`\nModel file ${MODEL_PATH.slice(MODEL_PATH.indexOf('lib/'))}: ${file.length} bytes, ${gzipSync(file, { level: 9 }).length} bytes gzipped (budget 20,480).`);

/** The first 2,000 characters of the corpus texts of one kind, one per line. */
function sampleOf(expect: string): string {
  let text = '';
  for (const c of cases) if (c.expect === expect && text.length < 2000) text += `${c.text}\n`;
  return text.slice(0, 2000);
}
console.log('classifySentences per 2,000 characters, median of 5,000 runs after a warm-up (budget 0.2 ms):');
for (const kind of ['clean', 'violation']) {
  const text = sampleOf(kind);
  const prepared = prepare(text);
  const classify = median(() => classifySentences(text, { prepared }), 5000);
  const withPrepare = median(() => classifySentences(text), 5000);
  const prepareOnly = median(() => prepare(text), 5000);
  console.log(
    `  ${kind} texts (${classifySentences(text, { prepared }).length} of ${sentences(prepared.text).length} sentences reported): ${classify.toFixed(3)} ms given detect()'s prepared text; ${withPrepare.toFixed(3)} ms preparing it again (prepare() alone ${prepareOnly.toFixed(3)} ms)`,
  );
}
