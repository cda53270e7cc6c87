/**
 * The labelled corpus, scored: recall on violations, clean texts with any finding,
 * clean texts with a violation, and allowed texts called violations, per batch,
 * per category and per language.
 *
 *   npm run corpus                         every batch in tests/corpus/, with the misses, then
 *                                          the held-out batches (tests/corpus/held-out/): scored
 *                                          on every run, never tuned on, outside the unit test's bar,
 *                                          and the training batches (tests/corpus/training/): text
 *                                          written to train the classifier, which the rules are
 *                                          tuned on over time; outside the unit test's bar too
 *   npx tsx scripts/corpus-report.ts --dir path/to/cases.jsonl --batch batch8
 *                                          a new batch, scored before anyone tunes on it
 *   --misses                               also list every wrong verdict
 *   --save-verdicts <file>                 keep every case's verdict (no texts) to compare with later
 *   --known-wrong                          rewrite tests/corpus/training/known-wrong.txt, the training cases
 *                                          the detector gets wrong today (the unit test fails on any other)
 *   --compare <file>                       what changed since the saved verdicts: cases newly right and
 *                                          newly wrong, with McNemar's test (scripts/corpus-compare.ts);
 *                                          counts only, for the held-out batches too
 *   --no-held-out                          leave tests/corpus/held-out/ alone: no table, no verdicts, no
 *                                          shipped-model lines. For work measured on the other batches
 *                                          while the held-out ones wait to be read once, at the end
 *
 * Then the second-opinion classifier (lib/detector/classifier.ts, not yet switched on in the
 * extension): the shipped model read with the rules on the held-out batches (in-sample for the
 * batches it learned from, up to LAST_LEARNED_BATCH in scripts/train-classifier.ts; first contact
 * for both after it), and leave-batches-out on the rest (the batches dealt into the
 * training script's folds, each fold read by a model trained on the others, at the shipped
 * threshold). `--no-classifier` leaves it out (it trains five models, about a minute).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { detect } from '../lib/index';
import { decode, secondOpinion, type Weights } from '../lib/detector/classifier';
import { MODEL } from '../lib/detector/classifier-model';
import { batchOf, featurize, FOLDS, foldsOf, LAST_LEARNED_BATCH, learnedFrom, trainWeights } from './train-classifier';
import { loadCorpus, loadFile, type CorpusCase } from '../tests/corpus/load';
import type { Finding } from '../lib/detector/types';
import { caseKey, compare, describe, wilson, type SavedVerdict } from './corpus-compare';

export interface Verdict {
  item: CorpusCase;
  findings: Finding[];
  /** A violation found (violation cases); nothing flagged (clean); no violation (allowed). */
  ok: boolean;
  /** Any violation-level finding. */
  violation: boolean;
  /** Any warning- or violation-level finding. */
  flagged: boolean;
}

export function judge(item: CorpusCase): Verdict {
  const findings = detect(item.text, { surface: item.surface, ...item.context });
  const violation = findings.some((f) => f.severity === 'violation');
  const flagged = findings.some((f) => f.severity !== 'info');
  const ok = item.expect === 'violation' ? violation : item.expect === 'clean' ? !flagged : !violation;
  return { item, findings, ok, violation, flagged };
}

export interface Row {
  key: string;
  cases: number;
  violations: number;
  recall: number;
  clean: number;
  /** Clean texts with any finding (warning or violation). */
  cleanFlagged: number;
  /** Clean texts with a violation-level finding. */
  cleanViolations: number;
  allowed: number;
  /** Allowed texts reported as violations. */
  allowedViolations: number;
}

export function row(key: string, verdicts: readonly Verdict[]): Row {
  const of = (e: CorpusCase['expect']) => verdicts.filter((v) => v.item.expect === e);
  const vio = of('violation');
  const clean = of('clean');
  const allowed = of('allowed');
  return {
    key,
    cases: verdicts.length,
    violations: vio.length,
    recall: vio.length ? vio.filter((v) => v.ok).length / vio.length : 1,
    clean: clean.length,
    cleanFlagged: clean.filter((v) => v.flagged).length,
    cleanViolations: clean.filter((v) => v.violation).length,
    allowed: allowed.length,
    allowedViolations: allowed.filter((v) => v.violation).length,
  };
}

export function breakdown(verdicts: readonly Verdict[], by: (v: Verdict) => string): Row[] {
  const groups = new Map<string, Verdict[]>();
  for (const v of verdicts) {
    const k = by(v);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(v);
  }
  return [...groups.keys()].sort().map((k) => row(k, groups.get(k)!));
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rate = (n: number, d: number) => (d ? pct(n / d) : '-');

export function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title.padEnd(18)} cases  violations  recall  clean  flagged      clean-violation  allowed  called-violation`);
  for (const r of rows) {
    console.log(
      `${r.key.padEnd(18)}${String(r.cases).padStart(5)}  ${String(r.violations).padStart(10)}  ${pct(r.recall).padStart(6)}  ${String(r.clean).padStart(5)}  ` +
        `${String(r.cleanFlagged).padStart(3)} ${rate(r.cleanFlagged, r.clean).padStart(6)}   ${String(r.cleanViolations).padStart(3)} ${rate(r.cleanViolations, r.clean).padStart(6)}     ` +
        `${String(r.allowed).padStart(5)}  ${String(r.allowedViolations).padStart(3)}`,
    );
  }
}

/** Prints the totals and the three breakdowns; returns the totals row. */
export function printReport(verdicts: readonly Verdict[]): Row {
  const total = row('total', verdicts);
  printTable('batch', [...breakdown(verdicts, (v) => v.item.batch), total]);
  printTable('category', breakdown(verdicts, (v) => v.item.category));
  printTable('language', breakdown(verdicts, (v) => v.item.lang));
  console.log(
    `\ntotal: ${total.cases} cases, recall ${pct(total.recall)}, clean texts flagged ${rate(total.cleanFlagged, total.clean)}, ` +
      `clean texts with a violation ${rate(total.cleanViolations, total.clean)}, allowed texts called violations ${rate(total.allowedViolations, total.allowed)}`,
  );
  return total;
}

export function printMisses(verdicts: readonly Verdict[]): void {
  for (const v of verdicts.filter((x) => !x.ok || (x.item.expect === 'clean' && x.flagged))) {
    console.log(`\n[${v.item.expect} ${v.item.category} ${v.item.lang}] ${v.item.file}:${v.item.line} ${JSON.stringify(v.item.context ?? {})}\n  ${v.item.text.slice(0, 400).replace(/\n/g, ' / ')}`);
    for (const f of v.findings) console.log(`  -> ${f.severity} ${f.rule}: ${JSON.stringify(f.match)}`);
  }
}

/**
 * The training cases the detector gets wrong, one per line (key, then what it is, for a reader). The
 * unit test reads every training case and fails on a wrong one not listed: a change that loses a
 * violation or flags a clean text the rules used to get right must say so by rewriting this file.
 */
export const KNOWN_WRONG = new URL('../tests/corpus/training/known-wrong.txt', import.meta.url).pathname;

export function knownWrongFile(training: readonly Verdict[]): string {
  const lines = training
    .filter((v) => !v.ok)
    .map((v) => `${caseKey(v.item.batch, v.item.text)} ${v.item.expect} ${v.item.category} ${v.item.file}:${v.item.line}`)
    .sort();
  return `# Training cases the detector gets wrong (npx tsx scripts/corpus-report.ts --no-classifier --known-wrong)\n${lines.join('\n')}\n`;
}

/** The keys listed in a known-wrong file. */
export function knownWrongKeys(file: string): Set<string> {
  return new Set(file.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(' ')[0]!));
}

interface Gain {
  violations: number;
  rules: number;
  both: number;
  clean: number;
  rulesClean: number;
  bothClean: number;
}

const noGain = (): Gain => ({ violations: 0, rules: 0, both: 0, clean: 0, rulesClean: 0, bothClean: 0 });

/**
 * Rules alone against rules plus the model's warnings, on judged cases. `stance` false reads the model without the rules' stance
 * check on the word that weighed most (as before 7 December 2026; the experiments' earlier steps were read so).
 */
export function classifierGain(verdicts: readonly Verdict[], model: Weights, stance = true): Gain {
  const g = noGain();
  for (const v of verdicts) {
    if (v.item.expect === 'allowed') continue;
    const context = { surface: v.item.surface, ...v.item.context };
    const extra = secondOpinion(v.item.text, v.findings, context, { model, stance }).length > 0;
    if (v.item.expect === 'violation') {
      g.violations++;
      if (v.violation) g.rules++;
      if (v.violation || extra) g.both++;
    } else {
      g.clean++;
      if (v.flagged) g.rulesClean++;
      if (v.flagged || extra) g.bothClean++;
    }
  }
  return g;
}

function printGain(label: string, g: Gain): void {
  const points = (n: number, d: number) => (d ? `+${((100 * n) / d).toFixed(1)}` : '-');
  console.log(
    `${label.padEnd(36)} recall ${rate(g.rules, g.violations).padStart(6)} -> ${rate(g.both, g.violations).padStart(6)} (${points(g.both - g.rules, g.violations)})` +
      `   clean flagged ${rate(g.rulesClean, g.clean).padStart(6)} -> ${rate(g.bothClean, g.clean).padStart(6)} (${points(g.bothClean - g.rulesClean, g.clean)})`,
  );
}

/** The classifier's figures: shipped model on held-out verdicts, folds on the rest. */
export function printClassifier(held: readonly Verdict[], rest: readonly Verdict[]): void {
  const shipped = decode(MODEL);
  console.log(`\nSECOND OPINION (classifier, threshold ${shipped.threshold}): rules alone -> rules + the classifier's warnings`);
  // The model learned from the held-out batches up to LAST_LEARNED_BATCH: their lines are in-sample, the later ones first contact.
  const learned = (v: Verdict) => learnedFrom(v.item.batch);
  for (const batch of [...new Set(held.map((v) => v.item.batch))].sort()) {
    const label = `held-out ${batch}${learnedFrom(batch) ? ' (in-sample)' : ''}`;
    printGain(label, classifierGain(held.filter((v) => v.item.batch === batch), shipped));
  }
  const fresh = held.filter((v) => !learned(v));
  if (fresh.length) printGain(`held-out after batch${LAST_LEARNED_BATCH}, all`, classifierGain(fresh, shipped));
  if (fresh.length < held.length) printGain('held-out learned from (in-sample)', classifierGain(held.filter(learned), shipped));
  if (!rest.length) return;
  // The same folds as the training script's threshold, so each fold is read by a model that never saw it.
  const foldOf = foldsOf(rest.map((v) => batchOf(v.item)));
  const data = featurize(rest.map((v) => v.item));
  const split = { corpus: noGain(), training: noGain() };
  for (let fold = 0; fold < Math.min(FOLDS, foldOf.size); fold++) {
    const model = trainWeights(data.filter((d) => foldOf.get(d.batch) !== fold), shipped.threshold);
    for (const part of ['corpus', 'training'] as const) {
      const inFold = rest.filter((v) => foldOf.get(batchOf(v.item)) === fold && v.item.file.startsWith('training/') === (part === 'training'));
      const g = classifierGain(inFold, model);
      for (const k of Object.keys(g) as (keyof Gain)[]) split[part][k] += g[k];
    }
  }
  printGain('leave-batches-out, corpus batches', split.corpus);
  printGain('leave-batches-out, training batches', split.training);
  console.log('  (the rules were tuned on the corpus batches, so their figures there are in-sample; the model');
  console.log(`   learned from the held-out batches up to batch${LAST_LEARNED_BATCH} (marked in-sample), and the later ones are`);
  console.log('   first contact for both. Its honest figures: scripts/experiments/classifier-more-data/README.md.)');
}

/**
 * Whether a run reads the held-out batches: not for a batch given with `--dir`, and not with
 * `--no-held-out` (a round measured on the rest, so the held-out batches stay first contact).
 */
export function readsHeldOut(argv: readonly string[], dir: string | undefined): boolean {
  return !dir && !argv.includes('--no-held-out');
}

if (process.argv[1]?.endsWith('corpus-report.ts')) {
  const arg = (name: string) => {
    const k = process.argv.indexOf(name);
    return k === -1 ? undefined : process.argv[k + 1];
  };
  const dir = arg('--dir');
  const cases = !dir
    ? loadCorpus()
    : statSync(dir).isDirectory()
      ? loadCorpus(dir, '', arg('--batch') ?? basename(dir))
      : loadFile(dir, basename(dir), arg('--batch') ?? 'new');
  const verdicts = cases.map(judge);
  printReport(verdicts);
  if (process.argv.includes('--misses')) printMisses(verdicts);
  const heldOut = new URL('../tests/corpus/held-out/', import.meta.url).pathname;
  let held: Verdict[] = [];
  if (readsHeldOut(process.argv, dir) && existsSync(heldOut)) {
    // Their misses are not listed: reading them would be tuning on them.
    console.log('\nHELD OUT (tests/corpus/held-out/): scored, never tuned on; their figures are first contact');
    held = loadCorpus(heldOut).map(judge);
    const pooled = row('all held out', held);
    printTable('held-out batch', [...breakdown(held, (v) => v.item.batch), pooled]);
    const interval = (k: number, n: number) => wilson(k, n).map(pct).join(' to ');
    console.log(
      `(95% intervals, Wilson: recall ${interval(Math.round(pooled.recall * pooled.violations), pooled.violations)}, ` +
        `clean flagged ${interval(pooled.cleanFlagged, pooled.clean)})`,
    );
    printTable('category', breakdown(held, (v) => v.item.category));
    printTable('language', breakdown(held, (v) => v.item.lang));
  }
  const training = new URL('../tests/corpus/training/', import.meta.url).pathname;
  let trained: Verdict[] = [];
  if (!dir && existsSync(training)) {
    console.log('\nTRAINING (tests/corpus/training/): classifier training text, not yet all tuned on by the rules');
    trained = loadCorpus(training, 'training/').map(judge);
    printTable('training batch', [...breakdown(trained, (v) => v.item.batch), row('all training', trained)]);
    printTable('category', breakdown(trained, (v) => v.item.category));
    if (process.argv.includes('--misses')) printMisses(trained);
  }
  if (process.argv.includes('--known-wrong') && !dir) {
    writeFileSync(KNOWN_WRONG, knownWrongFile(trained));
    console.log(`\n${KNOWN_WRONG}: ${trained.filter((v) => !v.ok).length} training cases the detector gets wrong`);
  }
  const saved = (list: readonly Verdict[]) =>
    Object.fromEntries(list.map((v) => [caseKey(v.item.batch, v.item.text), { expect: v.item.expect, ok: v.ok, flagged: v.flagged } satisfies SavedVerdict]));
  const saveTo = arg('--save-verdicts');
  if (saveTo) {
    writeFileSync(saveTo, JSON.stringify({ corpus: saved(verdicts), held: saved(held), training: saved(trained) }));
    console.log(`\nverdicts saved to ${saveTo}`);
  }
  const compareWith = arg('--compare');
  if (compareWith) {
    const before = JSON.parse(readFileSync(compareWith, 'utf8')) as Record<'corpus' | 'held' | 'training', Record<string, SavedVerdict>>;
    console.log(`\nCHANGES since ${compareWith} (the same texts, read before and after)`);
    const parts = [[dir ? 'the batch given with --dir' : 'batches 1-20', 'corpus', verdicts], ['held out', 'held', held], ['training', 'training', trained]] as const;
    for (const [label, part, list] of parts) {
      // A batch given with --dir may have been saved as held out or as training: look in every part.
      const then = part === 'corpus' && dir ? { ...before.corpus, ...before.held, ...before.training } : (before[part] ?? {});
      if (list.length) for (const line of describe(label, compare(then, saved(list)))) console.log(line);
    }
  }
  if (!process.argv.includes('--no-classifier')) {
    // A new batch given with --dir is read by the shipped model as if held out (it is, until tuned on).
    if (dir) printClassifier(verdicts, []);
    else printClassifier(held, [...verdicts, ...trained]);
  }
}
