/**
 * The model file's size (gzipped, as tests/unit/classifier.test.ts measures it) when the classifier is trained on the shipped
 * model's data plus every held-out batch, for a few L1 strengths: the budget is 20 KB. Run: npx tsx scripts/experiments/classifier-more-data/size.mts 7 8 9
 */
import { gzipSync } from 'node:zlib';
import { baseCases, featurize, modelSource, SETTINGS, trainWeights } from '../../train-classifier';
import { heldOut } from './common.mjs';

const held = heldOut();
const cases = [...baseCases(), ...held];
const data = featurize(cases);
for (const l1 of process.argv.slice(2).map(Number)) {
  const model = trainWeights(data, 0.9, { ...SETTINGS, l1 });
  console.log(`L1 ${l1}: ${(gzipSync(modelSource(model, cases.length)).length / 1024).toFixed(1)} KB gzipped (${cases.length} cases)`);
}
