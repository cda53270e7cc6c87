/**
 * Step 19 of README.md, fixed before batches 220-225 were written: the second opinion retrained on everything through batch 219,
 * step 13's features and settings, L1 from 10 up until the file fits 20 KB as now written (step 18's capacity), read once on the
 * new batches against the shipped model by a rule that judges a replacement against the model it replaces: more violations
 * caught and no more clean texts flagged (the issue's bar reported, not required), and step 17's part (b).
 *
 *   npx tsx scripts/experiments/classifier-more-data/step19.mts train
 *     Writes step19-model.ts beside this file; the shipped model is not touched.
 *   npx tsx scripts/experiments/classifier-more-data/step19.mts read batch220 ... batch225
 */
import { fileURLToPath } from 'node:url';
import { readWithVeto, trainThrough } from './retrain.mjs';

/** The last batch step 19's model learns from; batches after it are its first contact. */
const LAST = 219;
const OUT = fileURLToPath(new URL('step19-model.ts', import.meta.url));

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'train') trainThrough(LAST, 10, OUT, 'step 19');
else if (mode === 'read') await readWithVeto(rest, LAST, OUT, 'step 19', true);
else {
  console.error('Usage: step19.mts train | read batch220 ...');
  process.exit(2);
}
