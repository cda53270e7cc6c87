/**
 * Step 8 of README.md, fixed before the batches it is read on were written: the shipped model (step 6's weights, the threshold
 * of the 1.5% rule) with the stance check, and for information step 7's threshold (0.9247), on held-out batches written after
 * step 8 was committed (147 on), each over the rules of the current commit.
 *
 * Run from the repository root, naming the batches: npx tsx scripts/experiments/classifier-more-data/step8.mts batch147 ... batch152
 */
import { decode } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { classifierGain, judge } from '../../corpus-report';
import { add, gains, heldOut, line, tally } from './common.mjs';

/** The bar issue 6 sets, on the new batches pooled (as step3.mts, which runs when imported). */
const BAR = { recall: 3, clean: 0.5 } as const;
const FIRST_UNSEEN = 147;
/** Step 7's threshold (the 1% rule on the same data). */
const STEP7_THRESHOLD = 0.9247;

const named = process.argv.slice(2).filter((a) => /^batch\d+$/.test(a));
if (!named.length || named.some((b) => Number(b.slice(5)) < FIRST_UNSEEN)) {
  console.error(`Name held-out batches written after step 8 was fixed, from batch${FIRST_UNSEEN} on.`);
  process.exit(2);
}
const model = decode(MODEL);
const before = { ...model, threshold: STEP7_THRESHOLD };
const total = { before: tally(), now: tally() };
for (const batch of named) {
  const verdicts = heldOut([batch]).map(judge);
  if (!verdicts.length) throw new Error(`No held-out batch ${batch}`);
  const a = classifierGain(verdicts, before);
  const b = classifierGain(verdicts, model);
  add(total.before, a);
  add(total.now, b);
  console.log(`${batch}: at ${STEP7_THRESHOLD} ${line(add(tally(), a))}\n${' '.repeat(batch.length)}  at ${model.threshold} ${line(add(tally(), b))}`);
}
console.log(`pooled, at ${STEP7_THRESHOLD}: ${line(total.before)}`);
console.log(`pooled, at ${model.threshold}: ${line(total.now)}`);
const g = gains(total.now);
const passes = g.recall >= BAR.recall && g.clean <= BAR.clean;
console.log(
  `bar (+${BAR.recall} recall, at most +${BAR.clean} clean flagged): ${passes ? 'MET' : 'not met'} ` +
    `(+${g.recall.toFixed(2)} / +${g.clean.toFixed(2)}; ${total.now[2] - total.now[1]} of ${total.now[0]} violations, ` +
    `${total.now[5] - total.now[4]} of ${total.now[3]} clean texts)`,
);
