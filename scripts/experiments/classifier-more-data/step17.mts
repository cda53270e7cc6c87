/**
 * Step 17 of README.md, fixed before batches 208-213 were written: the second opinion retrained on everything through batch 207
 * (the corpus, training/ and held-out up to 207), step 13's features and settings, L1 from 15 up until it fits the budget, one
 * threshold by the 1% rule. Read twice on the new batches: as a second opinion (step 13's rule) and as the veto's reader, with
 * the product as it ships (rules, second opinion, veto at VETO_NONE).
 *
 *   npx tsx scripts/experiments/classifier-more-data/step17.mts train
 *     Writes step17-model.ts beside this file; the shipped model is not touched.
 *   npx tsx scripts/experiments/classifier-more-data/step17.mts read batch208 ... batch213
 *     Part (a): readAgainstShipped, step 13's rule. Part (b): detect() as the extension runs it, once with each model reading both
 *     the second opinion and the veto, counted text by text; the by-hand product is first checked against detect() itself.
 */
import { fileURLToPath } from 'node:url';
import { readWithVeto, trainThrough } from './retrain.mjs';

/** The last batch step 17's model learns from; batches after it are its first contact. */
const LAST = 207;
const OUT = fileURLToPath(new URL('step17-model.ts', import.meta.url));

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'train') trainThrough(LAST, 15, OUT, 'step 17');
else if (mode === 'read') await readWithVeto(rest, LAST, OUT, 'step 17');
else {
  console.error('Usage: step17.mts train | read batch208 ...');
  process.exit(2);
}
