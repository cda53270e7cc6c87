/**
 * Step 18 of README.md, fixed before batches 214-219 were written: the budget freed by storing only the non-zero weights (ec0b876)
 * spent on the model's capacity. The same text as step 17 (everything through batch 207) and the same features and settings, but L1
 * from 10 up until the file, as it is now written, fits the 20 KB budget: a weaker L1 keeps more weights. Read once on the new
 * batches against the model that ships after step 17's read, by step 17's two parts and rule.
 *
 *   npx tsx scripts/experiments/classifier-more-data/step18.mts train
 *     Writes step18-model.ts beside this file; the shipped model is not touched.
 *   npx tsx scripts/experiments/classifier-more-data/step18.mts read batch214 ... batch219
 */
import { fileURLToPath } from 'node:url';
import { readWithVeto, trainThrough } from './retrain.mjs';

/** The last batch step 18's model learns from (step 17's); the batches it is read on were written after the step was fixed. */
const LAST = 207;
const OUT = fileURLToPath(new URL('step18-model.ts', import.meta.url));

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'train') trainThrough(LAST, 10, OUT, 'step 18');
else if (mode === 'read') await readWithVeto(rest, 213, OUT, 'step 18');
else {
  console.error('Usage: step18.mts train | read batch214 ...');
  process.exit(2);
}
