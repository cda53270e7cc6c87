/**
 * Step 10 of README.md, fixed before batches 160-165 were written: step 8's configuration (the shipped model, threshold 0.8796)
 * and the same weights at step 7's threshold (0.9247), both with the stance check, on every batch step 8's configuration read
 * first contact (147-152, 153-158, and 160-165 written after step 10), each over the rules of the current commit. Run it at the
 * commit that first scored 160-165, before the day's rules rounds merge, so that "the rules" are the ones that scored them.
 *
 * Run from the repository root: npx tsx scripts/experiments/classifier-more-data/step10.mts
 */
import { decode } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { classifierGain, judge } from '../../corpus-report';
import { add, gains, heldOut, line, tally, type Tally } from './common.mjs';

/** The bar issue 6 sets, on the batches pooled. */
const BAR = { recall: 3, clean: 0.5 } as const;
const STEP7_THRESHOLD = 0.9247;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `batch${from + k}`);
const SETS = [range(147, 152), range(153, 158), range(160, 165)];

// The weights are step 6's in both (the decision changed only the threshold the model file carries).
const weights = decode(MODEL);
const step8 = { ...weights, threshold: 0.8796 };
const step7 = { ...weights, threshold: STEP7_THRESHOLD };
const total = { step8: tally(), step7: tally() };
for (const set of SETS) {
  const part = { step8: tally(), step7: tally() };
  for (const batch of set) {
    const verdicts = heldOut([batch]).map(judge);
    if (!verdicts.length) throw new Error(`No batch ${batch}`);
    add(part.step8, classifierGain(verdicts, step8));
    add(part.step7, classifierGain(verdicts, step7));
  }
  for (const k of ['step8', 'step7'] as const) total[k].forEach((_, i) => (total[k][i]! += part[k][i]!));
  console.log(`${set[0]}-${set.at(-1)!.slice(5)}: at 0.8796 ${line(part.step8)}\n${' '.repeat(set[0]!.length + 4)}  at ${STEP7_THRESHOLD} ${line(part.step7)}`);
}
const meets = (t: Tally) => {
  const g = gains(t);
  return g.recall >= BAR.recall && g.clean <= BAR.clean;
};
const show = (t: Tally) => {
  const g = gains(t);
  return `+${g.recall.toFixed(2)} / +${g.clean.toFixed(2)} (${t[2] - t[1]} of ${t[0]} violations, ${t[5] - t[4]} of ${t[3]} clean texts)`;
};
console.log(`pooled, at 0.8796: ${line(total.step8)}\npooled, at ${STEP7_THRESHOLD}: ${line(total.step7)}`);
console.log(`bar (+${BAR.recall} recall, at most +${BAR.clean} clean flagged): 0.8796 ${meets(total.step8) ? 'MET' : 'not met'} ${show(total.step8)}; ` +
  `${STEP7_THRESHOLD} ${meets(total.step7) ? 'MET' : 'not met'} ${show(total.step7)}`);
const decision = meets(total.step8)
  ? "keep step 8's configuration (0.8796)"
  : meets(total.step7)
    ? "back to step 7's threshold (the 1% rule, 0.9247), on by default"
    : 'the second opinion goes back to off by default';
console.log(`decision: ${decision}`);
