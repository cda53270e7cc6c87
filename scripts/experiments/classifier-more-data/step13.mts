/**
 * Step 13 of README.md, fixed before batches 184-189 were written: the second opinion retrained on everything through batch 183
 * (the corpus, training/ and held-out up to 183), the shipped features and settings, one threshold by the 1% rule.
 *
 *   npx tsx scripts/experiments/classifier-more-data/step13.mts train
 *     L1 from 12 up until the model fits the budget, as the step ran (see retrain.mts; now from 15, below). Writes
 *     step13-model.ts beside this file; the shipped model is not touched.
 *   npx tsx scripts/experiments/classifier-more-data/step13.mts read batch184 ... batch189
 *     Reads it against the shipped model on the named batches, over the rules of the current commit.
 *
 * Step 13's model shipped (README.md, "Step 13's result"): `npm run train` now writes the same weights and threshold to
 * lib/detector/classifier-model.ts. To read it against the model it replaced, check out aa3003a and run "train", then "read".
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decode, type ModelData } from '../../../lib/detector/classifier';
import { readAgainstShipped } from './common.mjs';
import { trainThrough } from './retrain.mjs';

/** The last batch step 13's model learns from; batches after it are its first contact. */
const LAST = 183;
const OUT = fileURLToPath(new URL('step13-model.ts', import.meta.url));
const number = (batch: string) => Number(/\d+$/.exec(batch)?.[0] ?? NaN);

async function read(named: string[]): Promise<void> {
  if (!named.length || named.some((b) => !/^batch\d+$/.test(b) || number(b) <= LAST)) {
    console.error(`Name held-out batches written after step 13 was fixed, after batch${LAST}.`);
    process.exit(2);
  }
  if (!existsSync(OUT)) throw new Error(`No ${OUT}: run "step13.mts train" first`);
  readAgainstShipped(named, decode(((await import(pathToFileURL(OUT).href)) as { MODEL: ModelData }).MODEL), 'step 13');
}

const [mode, ...rest] = process.argv.slice(2);
// L1 from 15: the step ran from 12 (then SETTINGS.l1), and 15 was the first to fit in the file layout of that day; in today's
// smaller layout (only non-zero weights stored) a lower L1 fits, so it starts at 15 to give the same model.
if (mode === 'train') trainThrough(LAST, 15, OUT, 'step 13');
else if (mode === 'read') await read(rest);
else {
  console.error('Usage: step13.mts train | read batch184 ...');
  process.exit(2);
}
