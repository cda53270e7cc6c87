/**
 * Step 6 of README.md, fixed before the batches it is read on were written: the shipped model (retrained on every batch up to
 * LAST_LEARNED_BATCH, 134) and, for information, step 5's model (the file at f572bbe, read from git) on held-out batches written
 * after it, each over the rules of the current commit.
 *
 * Run from the repository root, naming the batches: npx tsx scripts/experiments/classifier-more-data/step6.mts batch135 ... batch140
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode, type ModelData } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { classifierGain, judge } from '../../corpus-report';
import { LAST_LEARNED_BATCH } from '../../train-classifier';
import { add, gains, heldOut, line, tally } from './common.mjs';

/** The bar issue 6 sets, on the new batches pooled (as step3.mts, which runs when imported). */
const BAR = { recall: 3, clean: 0.5 } as const;
/** The commit whose model is step 5's (learned from held-out batches up to 105). */
const STEP5_COMMIT = 'f572bbe';

const named = process.argv.slice(2).filter((a) => /^batch\d+$/.test(a));
if (!named.length || named.some((b) => Number(b.slice(5)) <= LAST_LEARNED_BATCH)) {
  console.error(`Name held-out batches written after batch${LAST_LEARNED_BATCH}, e.g. batch135 batch136.`);
  process.exit(2);
}
const source = execFileSync('git', ['show', `${STEP5_COMMIT}:lib/detector/classifier-model.ts`], { encoding: 'utf8' });
const file = join(mkdtempSync(join(tmpdir(), 'step6-')), 'model.ts');
writeFileSync(file, source);
const step5 = decode(((await import(pathToFileURL(file).href)) as { MODEL: ModelData }).MODEL);
const shipped = decode(MODEL);

const total = { step5: tally(), shipped: tally() };
for (const batch of named) {
  const verdicts = heldOut([batch]).map(judge);
  if (!verdicts.length) throw new Error(`No held-out batch ${batch}`);
  const a = classifierGain(verdicts, step5, false);
  const b = classifierGain(verdicts, shipped, false);
  add(total.step5, a);
  add(total.shipped, b);
  console.log(`${batch}: step 5's model ${line(add(tally(), a))}\n${' '.repeat(batch.length)}  retrained model ${line(add(tally(), b))}`);
}
console.log(`pooled, step 5's model:  ${line(total.step5)}`);
console.log(`pooled, retrained model: ${line(total.shipped)}`);
const g = gains(total.shipped);
const passes = g.recall >= BAR.recall && g.clean <= BAR.clean;
console.log(
  `bar (+${BAR.recall} recall, at most +${BAR.clean} clean flagged): ${passes ? 'MET' : 'not met'} ` +
    `(+${g.recall.toFixed(1)} / +${g.clean.toFixed(1)})`,
);
