/**
 * Step 7 of README.md, fixed before the batches it is read on were written: step 6's model (the shipped one) with each reading held
 * to the rules' stance check on the word that weighed most (`stance`, lib/detector/classifier.ts), and for information the same
 * model without it, on held-out batches written after step 7 was committed (141 on), each over the rules of the current commit.
 *
 * Run from the repository root, naming the batches: npx tsx scripts/experiments/classifier-more-data/step7.mts batch141 ... batch146
 */
import { decode } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { classifierGain, judge } from '../../corpus-report';
import { add, gains, heldOut, line, tally } from './common.mjs';

/** The bar issue 6 sets, on the new batches pooled (as step3.mts, which runs when imported). */
const BAR = { recall: 3, clean: 0.5 } as const;
/** Batches 135-140 suggested the check: only later ones can decide it. */
const FIRST_UNSEEN = 141;

const named = process.argv.slice(2).filter((a) => /^batch\d+$/.test(a));
if (!named.length || named.some((b) => Number(b.slice(5)) < FIRST_UNSEEN)) {
  console.error(`Name held-out batches written after step 7 was fixed, from batch${FIRST_UNSEEN} on.`);
  process.exit(2);
}
const model = decode(MODEL);
const total = { plain: tally(), stance: tally() };
for (const batch of named) {
  const verdicts = heldOut([batch]).map(judge);
  if (!verdicts.length) throw new Error(`No held-out batch ${batch}`);
  const a = classifierGain(verdicts, model, false);
  const b = classifierGain(verdicts, model, true);
  add(total.plain, a);
  add(total.stance, b);
  console.log(`${batch}: the model alone     ${line(add(tally(), a))}\n${' '.repeat(batch.length)}  with the stance check ${line(add(tally(), b))}`);
}
console.log(`pooled, the model alone:     ${line(total.plain)}`);
console.log(`pooled, with the stance check: ${line(total.stance)}`);
const g = gains(total.stance);
const passes = g.recall >= BAR.recall && g.clean <= BAR.clean;
console.log(
  `bar (+${BAR.recall} recall, at most +${BAR.clean} clean flagged): ${passes ? 'MET' : 'not met'} ` +
    `(+${g.recall.toFixed(2)} / +${g.clean.toFixed(2)}; ${total.stance[2] - total.stance[1]} of ${total.stance[0]} violations, ` +
    `${total.stance[5] - total.stance[4]} of ${total.stance[3]} clean texts)`,
);
