/**
 * What the experiment's scripts share: the held-out batches they learn from and read by folds (21-99, the ones that existed when
 * step 1 ran; later batches are read by step 3 and must not reshuffle the folds), and the tally of a classifier's gain.
 */
import { fileURLToPath } from 'node:url';
import { decode, type Weights } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { classifierGain, judge } from '../../corpus-report';
import { loadCorpus, type CorpusCase } from '../../../tests/corpus/load';

export const FOLDS = 5;
/** The last held-out batch written before step 3 was fixed: the folds, and step 3's model, use batches up to it. */
export const LAST_FOLDED_BATCH = 99;
export const HELD_DIR = fileURLToPath(new URL('../../../tests/corpus/held-out/', import.meta.url));
const number = (batch: string) => Number(batch.replace(/^batch/, ''));

export const TRAINING_DIR = fileURLToPath(new URL('../../../tests/corpus/training/', import.meta.url));
/** Batches a step read first contact and that were then moved to training/ to tune on (153-158 after step 9, 160-171 after steps 10-12). */
const MOVED = new Set([153, 154, 155, 156, 157, 158, ...Array.from({ length: 12 }, (_, i) => 160 + i)].map((n) => `batch${n}`));

/** The held-out cases: the folded batches (default), or the named ones (found in training/ if moved there after their reading). */
export function heldOut(only?: readonly string[]): CorpusCase[] {
  if (!only) return loadCorpus(HELD_DIR, 'held-out/').filter((c) => number(c.batch) <= LAST_FOLDED_BATCH);
  const moved = only.some((b) => MOVED.has(b)) ? loadCorpus(TRAINING_DIR, 'training/').filter((c) => MOVED.has(c.batch)) : [];
  return [...loadCorpus(HELD_DIR, 'held-out/'), ...moved].filter((c) => only.includes(c.batch));
}

/** Each folded batch's fold: sorted by name, dealt in turn. */
export function foldOf(cases: readonly CorpusCase[]): Map<string, number> {
  return new Map([...new Set(cases.map((c) => c.batch))].sort().map((b, k) => [b, k % FOLDS]));
}

/** Violations, caught by the rules, caught by both; clean texts, flagged by the rules, flagged by both. */
export type Tally = [number, number, number, number, number, number];
export const tally = (): Tally => [0, 0, 0, 0, 0, 0];
export function add(into: Tally, g: ReturnType<typeof classifierGain>): Tally {
  [g.violations, g.rules, g.both, g.clean, g.rulesClean, g.bothClean].forEach((n, k) => (into[k]! += n));
  return into;
}
const pct = (n: number, d: number) => ((100 * n) / d).toFixed(1);
/** Points of recall and of clean texts flagged the model adds. */
export const gains = (t: Tally) => ({ recall: (100 * (t[2] - t[1])) / t[0], clean: (100 * (t[5] - t[4])) / t[3] });
export const line = (t: Tally) =>
  `recall +${pct(t[2] - t[1], t[0])} (${pct(t[1], t[0])}% -> ${pct(t[2], t[0])}% of ${t[0]}), ` +
  `clean flagged +${pct(t[5] - t[4], t[3])} (${pct(t[4], t[3])}% -> ${pct(t[5], t[3])}% of ${t[3]})`;

/** The issue's bar for the second opinion: at least +3 points of recall for at most +0.5 points of clean texts flagged. */
export const BAR = { recall: 3, clean: 0.5 } as const;

/**
 * A candidate model read against the shipped one on the named held-out batches, over the rules of the current commit (steps 12
 * and 13): per batch, pooled, and the steps' decision (the bar met, more violations caught, no more clean texts flagged; with
 * `relative`, step 19's: more violations caught and no more clean texts flagged, the bar reported only).
 */
export function readAgainstShipped(named: readonly string[], candidate: Weights, label: string, relative = false): void {
  const shipped = decode(MODEL);
  const total = { shipped: tally(), candidate: tally() };
  for (const batch of named) {
    const verdicts = heldOut([batch]).map(judge);
    if (!verdicts.length) throw new Error(`No batch ${batch}`);
    const a = add(tally(), classifierGain(verdicts, shipped));
    const b = add(tally(), classifierGain(verdicts, candidate));
    add(total.shipped, classifierGain(verdicts, shipped));
    add(total.candidate, classifierGain(verdicts, candidate));
    console.log(`${batch}: shipped ${line(a)}\n${' '.repeat(batch.length)}  ${label} ${line(b)}`);
  }
  const meets = (x: Tally) => gains(x).recall >= BAR.recall && gains(x).clean <= BAR.clean;
  const show = (x: Tally) => `+${gains(x).recall.toFixed(2)} / +${gains(x).clean.toFixed(2)} (${x[2] - x[1]} of ${x[0]} violations, ${x[5] - x[4]} of ${x[3]} clean texts)`;
  console.log(`pooled, shipped (${shipped.threshold}): ${show(total.shipped)} ${meets(total.shipped) ? 'meets' : 'does not meet'} the bar`);
  console.log(`pooled, ${label} (${candidate.threshold}): ${show(total.candidate)} ${meets(total.candidate) ? 'meets' : 'does not meet'} the bar`);
  // Step 19's rule (`relative`): a replacement is judged against the model it replaces; the bar is reported, not required.
  const better = total.candidate[2] > total.shipped[2] && total.candidate[5] <= total.shipped[5];
  const ships = (relative || meets(total.candidate)) && better;
  const rule = relative ? "step 19's rule: more violations, no more clean texts" : "step 13's rule";
  console.log(`decision (${rule}): ${ships ? `${label}'s model replaces the shipped one` : 'the shipped model stays'}`);
}
