/**
 * Step 9 of README.md, fixed before the batches it is read on were written: the retrained model (every batch up to 152; the file
 * at 301d1e6, which shipped while the batches were scored) against step 8's model (the file at c48a9fe, shipped again after the
 * decision), both read from git, both with the stance check, on held-out batches written after step 9, each over the rules of the
 * current commit.
 *
 * Run from the repository root, naming the batches: npx tsx scripts/experiments/classifier-more-data/step9.mts batch153 ... batch158
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode, type ModelData } from '../../../lib/detector/classifier';
import { classifierGain, judge } from '../../corpus-report';
import { add, gains, heldOut, line, tally, type Tally } from './common.mjs';

/** The bar issue 6 sets, on the new batches pooled (as step3.mts, which runs when imported). */
const BAR = { recall: 3, clean: 0.5 } as const;
/** The commit whose model is step 8's (learned from every batch up to 134, threshold by the 1.5% rule). */
const STEP8_COMMIT = 'c48a9fe';
/** The commit whose model is step 9's (learned from every batch up to 152, L1 13, threshold by the 1.5% rule). */
const STEP9_COMMIT = '301d1e6';
const FIRST_UNSEEN = 153;

const named = process.argv.slice(2).filter((a) => /^batch\d+$/.test(a));
if (!named.length || named.some((b) => Number(b.slice(5)) < FIRST_UNSEEN)) {
  console.error(`Name held-out batches written after step 9 was fixed, from batch${FIRST_UNSEEN} on.`);
  process.exit(2);
}
/** The model file of a commit, read from git. */
async function modelAt(commit: string) {
  const source = execFileSync('git', ['show', `${commit}:lib/detector/classifier-model.ts`], { encoding: 'utf8' });
  const file = join(mkdtempSync(join(tmpdir(), 'step9-')), 'model.ts');
  writeFileSync(file, source);
  return decode(((await import(pathToFileURL(file).href)) as { MODEL: ModelData }).MODEL);
}
const step8 = await modelAt(STEP8_COMMIT);
const shipped = await modelAt(STEP9_COMMIT);

const total = { step8: tally(), shipped: tally() };
for (const batch of named) {
  const verdicts = heldOut([batch]).map(judge);
  if (!verdicts.length) throw new Error(`No held-out batch ${batch}`);
  const a = classifierGain(verdicts, step8);
  const b = classifierGain(verdicts, shipped);
  add(total.step8, a);
  add(total.shipped, b);
  console.log(`${batch}: step 8's model ${line(add(tally(), a))}\n${' '.repeat(batch.length)}  retrained model ${line(add(tally(), b))}`);
}
console.log(`pooled, step 8's model:  ${line(total.step8)}`);
console.log(`pooled, retrained model: ${line(total.shipped)}`);
const meets = (t: Tally) => {
  const g = gains(t);
  return g.recall >= BAR.recall && g.clean <= BAR.clean;
};
const caught = (t: Tally) => t[2] - t[1];
const [newMeets, oldMeets] = [meets(total.shipped), meets(total.step8)];
const keep = newMeets && (!oldMeets || caught(total.shipped) >= caught(total.step8));
const g = gains(total.shipped);
console.log(
  `bar (+${BAR.recall} recall, at most +${BAR.clean} clean flagged): retrained ${newMeets ? 'MET' : 'not met'} ` +
    `(+${g.recall.toFixed(2)} / +${g.clean.toFixed(2)}; ${caught(total.shipped)} of ${total.shipped[0]} violations, ` +
    `${total.shipped[5] - total.shipped[4]} of ${total.shipped[3]} clean texts); step 8's ${oldMeets ? 'MET' : 'not met'} ` +
    `(${caught(total.step8)} violations, ${total.step8[5] - total.step8[4]} clean texts)`,
);
console.log(`decision: ${keep ? 'keep the retrained model' : "go back to step 8's model (LAST_LEARNED_BATCH 134)"}`);
