/**
 * `npm run eval:classifier-targets`: what each clean target of the second opinion would cost and
 * buy, read leave-one-batch-out on chosen batches of the training data.
 *
 * For each batch B of `--batches` (names as the training script gives them: "batch5" for a corpus
 * batch, "training/batch39" for a training one), a model is trained without B, its threshold set
 * for each target of `--targets` (the share of unseen clean training texts it may flag, dealt into
 * the training script's folds, exactly as `npm run train` does for CLEAN_TARGET), and B is read by
 * the current rules and by the rules plus the model's warnings. Printed per target: recall and
 * clean texts flagged, rules alone -> with the second opinion, pooled and per batch.
 *
 * This is how a target is chosen BEFORE the held-out batches are read with it (reading them at
 * several targets and keeping the best would tune on them). Used on 3 December 2026:
 *   --batches training/batch38,training/batch39,training/batch40,training/batch41 --targets 0.005,0.01,0.02,0.03
 *   --batches batch5,batch10,batch12,batch16,batch20,training/batch37,training/batch39 (the real text)
 * `--list` also prints each sentence it gained or wrongly flagged. About 90 s per batch.
 */
import { gzipSync } from 'node:zlib';
import { detect } from '../lib/index';
import { secondOpinion } from '../lib/detector/classifier';
import type { Finding } from '../lib/detector/types';
import { CLEAN_TARGET, FOLDS, featurize, foldsOf, modelSource, textScore, baseCases, trainWeights, type Featurized } from './train-classifier';

const arg = (name: string): string | undefined => {
  const k = process.argv.indexOf(name);
  return k === -1 ? undefined : process.argv[k + 1];
};
const held = (arg('--batches') ?? 'training/batch38,training/batch39,training/batch40,training/batch41').split(',');
const targets = (arg('--targets') ?? `${CLEAN_TARGET}`).split(',').map(Number);
if (targets.some((t) => !(t > 0 && t < 1))) throw new Error(`--targets needs shares in (0, 1), got ${arg('--targets')}`);
const list = process.argv.includes('--list');

interface Tally {
  violations: number;
  rules: number;
  both: number;
  clean: number;
  rulesClean: number;
  bothClean: number;
  per: string[];
}

const data = featurize(baseCases());
const missing = held.filter((b) => !data.some((d) => d.batch === b));
if (missing.length) throw new Error(`no such batch in the training data: ${missing.join(', ')}`);
const findingsOf = new Map<Featurized, Finding[]>();
for (const d of data) if (held.includes(d.batch)) findingsOf.set(d, detect(d.item.text, { surface: d.item.surface, ...d.item.context }));

const tallies: Tally[] = targets.map(() => ({ violations: 0, rules: 0, both: 0, clean: 0, rulesClean: 0, bothClean: 0, per: [] }));
let size = 0;
for (const batch of held) {
  const train = data.filter((d) => d.batch !== batch);
  // Every clean training text scored by a model that did not see its fold, as chooseThreshold does.
  const foldOf = foldsOf(train.map((d) => d.batch));
  const scores: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainWeights(train.filter((d) => foldOf.get(d.batch) !== fold));
    for (const d of train) if (foldOf.get(d.batch) === fold && d.item.expect === 'clean') scores.push(textScore(model, d));
  }
  scores.sort((a, b) => b - a);
  const base = trainWeights(train);
  size = gzipSync(modelSource(base, train.length), { level: 9 }).length;
  targets.forEach((target, k) => {
    const limit = scores[Math.floor(target * scores.length)] ?? 0;
    const model = { ...base, threshold: Math.max(0.5, Math.ceil((limit + 1e-9) * 1e4) / 1e4) };
    const b = { violations: 0, rules: 0, both: 0, clean: 0, rulesClean: 0, bothClean: 0 };
    for (const d of data) {
      if (d.batch !== batch) continue;
      const findings = findingsOf.get(d)!;
      const extra = secondOpinion(d.item.text, findings, { surface: d.item.surface, ...d.item.context }, { model });
      const where = `${d.item.file}:${d.item.line}`;
      if (d.item.expect === 'violation') {
        const rules = findings.some((f) => f.severity === 'violation');
        b.violations++;
        if (rules) b.rules++;
        if (rules || extra.length) b.both++;
        if (list && !rules && extra.length) console.log(`  gained at ${target}: ${where} ${JSON.stringify(extra[0]!.match.slice(0, 160))}`);
      } else if (d.item.expect === 'clean') {
        const rules = findings.some((f) => f.severity !== 'info');
        b.clean++;
        if (rules) b.rulesClean++;
        if (rules || extra.length) b.bothClean++;
        if (list && !rules && extra.length) console.log(`  flagged at ${target}: ${where} ${JSON.stringify(extra[0]!.match.slice(0, 160))}`);
      }
    }
    const t = tallies[k]!;
    for (const key of ['violations', 'rules', 'both', 'clean', 'rulesClean', 'bothClean'] as const) t[key] += b[key];
    const points = (n: number, d: number) => (d ? (100 * n) / d : 0).toFixed(1);
    t.per.push(`${batch} (${model.threshold}) +${points(b.both - b.rules, b.violations)}/+${points(b.bothClean - b.rulesClean, b.clean)}`);
  });
}

const pct = (n: number, d: number) => (d ? (100 * n) / d : 0);
console.log(`Leave-one-batch-out on ${held.join(', ')}; model ${size} bytes gzipped.`);
console.log('target   recall: rules -> +second opinion (gain)   clean flagged: rules -> + (cost)   per batch (threshold) +recall/+clean');
targets.forEach((target, k) => {
  const t = tallies[k]!;
  const [r0, r1, c0, c1] = [pct(t.rules, t.violations), pct(t.both, t.violations), pct(t.rulesClean, t.clean), pct(t.bothClean, t.clean)];
  console.log(
    `${String(target).padEnd(7)}  ${r0.toFixed(1)} -> ${r1.toFixed(1)} (+${(r1 - r0).toFixed(2)})   ${c0.toFixed(1)} -> ${c1.toFixed(1)} (+${(c1 - c0).toFixed(2)})   ${t.per.join('; ')}`,
  );
});
