/**
 * Step 3 of README.md, fixed before the batches it is read on were written: the classifier trained on the shipped model's data
 * and the held-out batches 21-99, at L1 10, its threshold the lowest that flags at most 1% of clean texts (each scored by a
 * model that did not see its batch, five inner folds by batch), read with the rules on held-out batches written after it.
 *
 * Run from the repository root, naming the batches: npx tsx scripts/experiments/classifier-more-data/step3.mts batch100 batch101
 * (about four minutes: six trainings). Deterministic: the same commit trains the same model.
 */
import { gzipSync } from 'node:zlib';
import { decode } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { classifierGain, judge } from '../../corpus-report';
import { baseCases, chooseThreshold, featurize, modelSource, SETTINGS, trainWeights } from '../../train-classifier';
import { add, gains, heldOut, LAST_FOLDED_BATCH, line, tally } from './common.mjs';

export const STEP3 = { l1: 10, cleanTarget: 0.01 } as const;
/** The bar issue 6 sets, on the new batches pooled. */
export const BAR = { recall: 3, clean: 0.5 } as const;

const named = process.argv.slice(2).filter((a) => /^batch\d+$/.test(a));
if (!named.length || named.some((b) => Number(b.slice(5)) <= LAST_FOLDED_BATCH)) {
  console.error(`Name held-out batches written after batch${LAST_FOLDED_BATCH}, e.g. batch100 batch101.`);
  process.exit(2);
}
const settings = { ...SETTINGS, l1: STEP3.l1 };
const cases = [...baseCases(), ...heldOut()];
const t0 = Date.now();
const data = featurize(cases);
const threshold = chooseThreshold(data, STEP3.cleanTarget, settings);
const model = trainWeights(data, threshold, settings);
const size = gzipSync(modelSource(model, cases.length)).length;
console.log(
  `step 3's model: ${cases.length} texts, L1 ${STEP3.l1}, threshold ${threshold}, ${(size / 1024).toFixed(1)} KB gzipped, ` +
    `${((Date.now() - t0) / 1000).toFixed(0)} s`,
);

/** The README's "shipped model" columns were read with the model of 59db94d; since step 4 the shipped model learned from these batches. */
const shipped = decode(MODEL);
const total = { shipped: tally(), step3: tally() };
for (const batch of named) {
  const verdicts = heldOut([batch]).map(judge);
  if (!verdicts.length) throw new Error(`No held-out batch ${batch}`);
  const a = add(tally(), classifierGain(verdicts, shipped, false));
  const b = add(tally(), classifierGain(verdicts, model, false));
  add(total.shipped, classifierGain(verdicts, shipped, false));
  add(total.step3, classifierGain(verdicts, model, false));
  console.log(`${batch}: shipped model ${line(a)}\n${' '.repeat(batch.length)}  step 3's model ${line(b)}`);
}
console.log(`pooled, shipped model:  ${line(total.shipped)}`);
console.log(`pooled, step 3's model: ${line(total.step3)}`);
const g = gains(total.step3);
const passes = g.recall >= BAR.recall && g.clean <= BAR.clean && size <= 20 * 1024;
console.log(
  `bar (+${BAR.recall} recall, at most +${BAR.clean} clean flagged, 20 KB): ${passes ? 'MET' : 'not met'} ` +
    `(+${g.recall.toFixed(1)} / +${g.clean.toFixed(1)}, ${(size / 1024).toFixed(1)} KB)`,
);
