/**
 * Step 2 of README.md: the pre-registered procedure (L1 10, the training script's threshold rule) read by five folds of the
 * held-out batches. Run from the repository root: npx tsx scripts/experiments/classifier-more-data/procedure.mts
 */
import { fileURLToPath } from 'node:url';
import { decode } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { classifierGain, judge, type Verdict } from '../../corpus-report';
import { CLEAN_TARGET, featurize, SETTINGS, textScore, trainingCases, trainWeights, type Featurized } from '../../train-classifier';
import { loadCorpus } from '../../../tests/corpus/load';

const FOLDS = 5;
const L1 = 10;
const settings = { ...SETTINGS, l1: L1 };
const shipped = decode(MODEL);
const held = loadCorpus(fileURLToPath(new URL('../../../tests/corpus/held-out/', import.meta.url)), 'held-out/');
const batches = [...new Set(held.map((c) => c.batch))].sort();
const foldOf = new Map(batches.map((b, k) => [b, k % FOLDS]));

/** The training script's threshold rule (chooseThreshold) at these settings. */
function threshold(data: readonly Featurized[]): number {
  const inner = new Map([...new Set(data.map((d) => d.batch))].sort().map((b, k) => [b, k % FOLDS]));
  const scores: number[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const model = trainWeights(data.filter((d) => inner.get(d.batch) !== f), 0.5, settings);
    for (const d of data) if (inner.get(d.batch) === f && d.item.expect === 'clean') scores.push(textScore(model, d));
  }
  scores.sort((a, b) => b - a);
  const limit = scores[Math.floor(CLEAN_TARGET * scores.length)] ?? 0;
  return Math.max(0.5, Math.ceil((limit + 1e-9) * 1e4) / 1e4);
}

const verdicts: Verdict[] = held.map(judge);
const base = featurize(trainingCases());
const heldData = featurize(held);
const total = { shipped: [0, 0, 0, 0, 0, 0], procedure: [0, 0, 0, 0, 0, 0] };
const add = (t: number[], g: ReturnType<typeof classifierGain>) => {
  [g.violations, g.rules, g.both, g.clean, g.rulesClean, g.bothClean].forEach((n, k) => (t[k]! += n));
};
const line = (t: number[]) =>
  `recall +${((100 * (t[2]! - t[1]!)) / t[0]!).toFixed(1)} (${((100 * t[1]!) / t[0]!).toFixed(1)}% -> ${((100 * t[2]!) / t[0]!).toFixed(1)}%), ` +
  `clean flagged +${((100 * (t[5]! - t[4]!)) / t[3]!).toFixed(1)} (${((100 * t[4]!) / t[3]!).toFixed(1)}% -> ${((100 * t[5]!) / t[3]!).toFixed(1)}%)`;
for (let fold = 0; fold < FOLDS; fold++) {
  const t0 = Date.now();
  const data = [...base, ...heldData.filter((d) => foldOf.get(d.item.batch) !== fold)];
  const t = threshold(data);
  const model = trainWeights(data, t, settings);
  const inFold = verdicts.filter((v) => foldOf.get(v.item.batch) === fold);
  const a = [0, 0, 0, 0, 0, 0];
  const b = [0, 0, 0, 0, 0, 0];
  const [gainShipped, gainProcedure] = [classifierGain(inFold, shipped), classifierGain(inFold, model)];
  add(a, gainShipped);
  add(b, gainProcedure);
  add(total.shipped, gainShipped);
  add(total.procedure, gainProcedure);
  console.log(`fold ${fold} (${inFold.length} texts, threshold ${t}, ${((Date.now() - t0) / 1000).toFixed(0)} s): shipped ${line(a)}; procedure ${line(b)}`);
}
console.log(`pooled, shipped model:   ${line(total.shipped)}`);
console.log(`pooled, the procedure:   ${line(total.procedure)}`);
