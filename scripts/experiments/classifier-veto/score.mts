/**
 * Experiment (5 December 2026, not part of the product): the classifier as a veto on the rules'
 * findings. For each violation-level finding: the classifier's P(none) of the sentence(s) it lies
 * in (2 when a sentence is too short to be read), from a model that never saw the case's batch.
 * Writes one record per case; sweep.mts turns records into figures. See README.md.
 *
 *   npx tsx scripts/experiments/classifier-veto/score.mts before <out.json> [fold]
 *       numbered and training batches, each read by the rules of the commit before it was added
 *       (first contact), the model trained without its fold (five folds by batch)
 *   npx tsx scripts/experiments/classifier-veto/score.mts training <out.json>
 *       the same with today's rules (which were tuned on these batches)
 *   npx tsx scripts/experiments/classifier-veto/score.mts held-out <out.json>
 *   npx tsx scripts/experiments/classifier-veto/score.mts dir:<folder> <out.json>
 *       held-out text, the shipped model (trained on numbered and training batches only)
 */
import { writeFileSync } from 'node:fs';
import { CLASSES, probabilities, countWords, MIN_WORDS, decode, type Weights } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { detect, prepare } from '../../../lib/index';
import { toOriginal } from '../../../lib/detector/prepare';
import { sentences } from '../../../lib/detector/text';
import { loadCorpus, type CorpusCase } from '../../../tests/corpus/load';
import { rulesBefore, type Detect } from '../../rules-before';
import { featurize, foldsOf, trainWeights, TRAINING_DIR } from '../../train-classifier';

const [mode, out] = process.argv.slice(2) as [string, string];
if (!mode || !out) throw new Error('usage: score.mts before|training|held-out|dir:<folder> <out.json> [fold]');

interface Rec {
  file: string; line: number; expect: string; category: string; lang: string;
  /** Per violation-level finding: rule, category, least P(none) over its sentences (2: one is unread), most P(category) and P(not none). */
  f: { rule: string; cat: string; pNone: number; pCat: number; pAny: number }[];
  /** Warning findings (never vetoed). */
  other: number;
}

function score(item: CorpusCase, model: Weights, run: Detect = detect): Rec {
  const context = { surface: item.surface, ...item.context };
  const findings = run(item.text, context);
  const prepared = prepare(item.text);
  const sents = sentences(prepared.text).map((s) => {
    const [start, end] = toOriginal(prepared, s.start, s.end);
    const p = Array.from(probabilities(s.text, model));
    const read = countWords(s.text) >= MIN_WORDS;
    return { start, end, p, read };
  });
  const rec: Rec = { file: item.file, line: item.line, expect: item.expect, category: item.category, lang: item.lang ?? '', f: [], other: 0 };
  for (const f of findings) {
    if (f.severity !== 'violation') { if (f.severity !== 'info') rec.other++; continue; }
    const c = (CLASSES as readonly string[]).indexOf(f.category);
    let pNone = 2, pCat = 0, pAny = 0;
    for (const s of sents) {
      if (!(s.start < f.end && s.end > f.start)) continue;
      if (!s.read) { pNone = 2; pCat = 1; pAny = 1; break; }
      pNone = pNone === 2 ? s.p[0]! : Math.min(pNone, s.p[0]!);
      if (c > 0) pCat = Math.max(pCat, s.p[c]!);
      pAny = Math.max(pAny, 1 - s.p[0]!);
    }
    rec.f.push({ rule: f.rule, cat: f.category, pNone, pCat, pAny });
  }
  return rec;
}

const recs: Rec[] = [];
if (mode === 'before') {
  const cases = [...loadCorpus(), ...loadCorpus(TRAINING_DIR, 'training/')];
  const data = featurize(cases);
  const foldOf = foldsOf(data.map((d) => d.batch));
  const only = process.argv[4] === undefined ? null : Number(process.argv[4]);
  for (let fold = 0; fold < 5; fold++) {
    if (only !== null && fold !== only) continue;
    const t0 = performance.now();
    const model = trainWeights(data.filter((d) => foldOf.get(d.batch) !== fold));
    const batches = [...new Set(data.filter((d) => foldOf.get(d.batch) === fold).map((d) => d.batch))];
    for (const b of batches) {
      const { detect: old, fresh } = await rulesBefore(b);
      if (!fresh) { console.error(`${b}: no earlier commit, skipped`); continue; }
      for (const d of data) if (d.batch === b) recs.push(score(d.item, model, old));
    }
    console.error(`fold ${fold}: ${recs.length} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
} else if (mode === 'training') {
  const cases = [...loadCorpus(), ...loadCorpus(TRAINING_DIR, 'training/')];
  const data = featurize(cases);
  const foldOf = foldsOf(data.map((d) => d.batch));
  for (let fold = 0; fold < 5; fold++) {
    const t0 = performance.now();
    const model = trainWeights(data.filter((d) => foldOf.get(d.batch) !== fold));
    for (const d of data) if (foldOf.get(d.batch) === fold) recs.push(score(d.item, model));
    console.error(`fold ${fold}: ${recs.length} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
} else {
  const model = decode(MODEL);
  const dir = mode === 'held-out' ? new URL('../../../tests/corpus/held-out/', import.meta.url).pathname : mode.slice(4);
  const cases = loadCorpus(dir, mode === 'held-out' ? 'held-out/' : 'x/');
  for (const c of cases) recs.push(score(c, model));
}
writeFileSync(out, JSON.stringify(recs));
console.error(`${recs.length} records -> ${out}`);
