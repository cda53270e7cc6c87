/**
 * Step 11 of README.md, fixed before batches 166-171 were written: a threshold per category for the shipped weights.
 *
 *   npx tsx scripts/experiments/classifier-more-data/step11.mts allocate
 *     Scores every held-out batch the model learned from (21-134) by the training script's five folds (the model that did not see
 *     its batch), reads what the second opinion would add over the rules of this commit, and chooses the thresholds by coordinate
 *     ascent within the clean budget of the single threshold. Writes step11-thresholds.json (committed before 166-171 are read),
 *     with the hash of the weights it was found for: the training script reads it from there.
 *   npx tsx scripts/experiments/classifier-more-data/step11.mts read batch166 ... batch171
 *     Reads the single threshold and the thresholds per category on the named batches, over the rules of the current commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLASSES, decode, secondOpinionSentences, type Weights } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { classifierGain, judge } from '../../corpus-report';
import { featurize, foldsOf, FOLDS, trainingCases, trainWeights, weightsHash } from '../../train-classifier';
import { add, gains, heldOut, line, tally, type Tally } from './common.mjs';

const BAR = { recall: 3, clean: 0.5 } as const;
const OUT = fileURLToPath(new URL('step11-thresholds.json', import.meta.url));
const GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.96, 0.97, 0.98, 0.99, Infinity];
const FIRST_UNSEEN = 166;

/** One held-out text read by the model of the fold that did not see it. */
interface Row {
  violation: boolean;
  /** Whether the rules already count it (a violation found, or a clean text flagged). */
  rules: boolean;
  /** Per class: the highest score of a sentence the second opinion reports in it (0: none). */
  scores: number[];
}

function allocate(): void {
  const started = performance.now();
  const data = featurize(trainingCases());
  const foldOf = foldsOf(data.map((d) => d.batch));
  const rows: Row[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainWeights(data.filter((d) => foldOf.get(d.batch) !== fold));
    for (const d of data) {
      if (foldOf.get(d.batch) !== fold || !d.item.file.startsWith('held-out/') || d.item.expect === 'allowed') continue;
      const v = judge(d.item);
      const scores = new Array<number>(CLASSES.length).fill(0);
      const context = { surface: d.item.surface, ...d.item.context };
      for (const s of secondOpinionSentences(d.item.text, v.findings, context, { model })) {
        const c = (CLASSES as readonly string[]).indexOf(s.category);
        scores[c] = Math.max(scores[c]!, s.score);
      }
      const violation = d.item.expect === 'violation';
      rows.push({ violation, rules: violation ? v.violation : v.flagged, scores });
    }
    console.log(`fold ${fold + 1}/${FOLDS}: ${rows.length} texts read (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  const count = (t: readonly number[]) => {
    let caught = 0;
    let clean = 0;
    for (const r of rows) {
      if (r.rules || !r.scores.some((s, c) => s > 0 && s >= t[c]!)) continue;
      if (r.violation) caught++;
      else clean++;
    }
    return { caught, clean };
  };
  const single = MODEL.threshold;
  const t = new Array<number>(CLASSES.length).fill(single);
  const budget = count(t).clean;
  const violations = rows.filter((r) => r.violation).length;
  const missed = rows.filter((r) => r.violation && !r.rules).length;
  const cleanTexts = rows.filter((r) => !r.violation).length;
  console.log(`${violations} violations (${missed} the rules miss), ${cleanTexts} clean texts`);
  console.log(`single threshold ${single}: catches ${count(t).caught}, flags ${budget} clean texts (the budget)`);
  for (let round = 1, changed = true; changed; round++) {
    changed = false;
    for (let c = 1; c < CLASSES.length; c++) {
      let best = { value: t[c]!, ...count(t) };
      for (const value of GRID) {
        const trial = t.map((x, k) => (k === c ? value : x));
        const r = count(trial);
        if (r.clean > budget) continue;
        const better = r.caught > best.caught || (r.caught === best.caught && (r.clean < best.clean || (r.clean === best.clean && value > best.value)));
        if (better) best = { value, ...r };
      }
      if (best.value !== t[c]) {
        t[c] = best.value;
        changed = true;
      }
    }
    console.log(`round ${round}: catches ${count(t).caught}, flags ${count(t).clean} clean texts`);
  }
  const thresholds = t.map((x) => (Number.isFinite(x) ? x : 1.01));
  console.log('thresholds:', CLASSES.map((c, k) => `${c} ${thresholds[k]}`).join(', '));
  writeFileSync(OUT, `${JSON.stringify({ single, weights: weightsHash(decode(MODEL)), thresholds, budget, caught: count(t).caught, singleCaught: count(new Array(CLASSES.length).fill(single)).caught }, null, 2)}\n`);
  console.log(`wrote ${OUT}`);
}

function read(named: string[]): void {
  if (!named.length || named.some((b) => !/^batch\d+$/.test(b) || Number(b.slice(5)) < FIRST_UNSEEN)) {
    console.error(`Name held-out batches written after step 11 was fixed, from batch${FIRST_UNSEEN} on.`);
    process.exit(2);
  }
  const { thresholds } = JSON.parse(readFileSync(OUT, 'utf8')) as { thresholds: number[] };
  const single: Weights = decode(MODEL);
  const perCategory: Weights = { ...single, thresholds };
  const total = { single: tally(), perCategory: tally() };
  for (const batch of named) {
    const verdicts = heldOut([batch]).map(judge);
    if (!verdicts.length) throw new Error(`No batch ${batch}`);
    const a = add(tally(), classifierGain(verdicts, single));
    const b = add(tally(), classifierGain(verdicts, perCategory));
    add(total.single, classifierGain(verdicts, single));
    add(total.perCategory, classifierGain(verdicts, perCategory));
    console.log(`${batch}: single ${line(a)}\n${' '.repeat(batch.length)}  per category ${line(b)}`);
  }
  const meets = (x: Tally) => gains(x).recall >= BAR.recall && gains(x).clean <= BAR.clean;
  const show = (x: Tally) => `+${gains(x).recall.toFixed(2)} / +${gains(x).clean.toFixed(2)} (${x[2] - x[1]} of ${x[0]} violations, ${x[5] - x[4]} of ${x[3]} clean texts)`;
  console.log(`pooled, single ${single.threshold}: ${show(total.single)} ${meets(total.single) ? 'meets' : 'does not meet'} the bar`);
  console.log(`pooled, per category: ${show(total.perCategory)} ${meets(total.perCategory) ? 'meets' : 'does not meet'} the bar`);
  const ships = meets(total.perCategory) && total.perCategory[2] > total.single[2];
  console.log(`decision: ${ships ? 'the thresholds per category ship' : 'the single threshold stays'}`);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'allocate') allocate();
else if (mode === 'read') read(rest);
else {
  console.error('Usage: step11.mts allocate | read batch166 ...');
  process.exit(2);
}
