/**
 * `npm run train`: trains the second-opinion sentence classifier
 * (lib/detector/classifier.ts) on the labelled corpus and writes its weights
 * to lib/detector/classifier-model.ts.
 *
 * It reads the corpus (tests/corpus/batchN) and the training text written for it
 * (tests/corpus/training/batchN: short violations and hard clean look-alikes in
 * the categories the rules read worst). Their batches are dealt into folds when
 * the threshold is chosen (see `foldsOf`). Besides words and character 4-grams, the features
 * include the lexicon's word classes (classifier-words.ts), so a synonym the
 * corpus never showed ("zelle" where it showed "venmo") weighs like its class.
 *
 * The labels are per text, the model reads sentences. Every sentence of a clean
 * text is "none", and of an allowed one too unless only its context (an
 * Enterprise client, a started contract) makes it allowed. A one-sentence violation is its category. For a
 * longer violation a first model, trained with the whole text as one example,
 * picks the sentence that reads most like the category; the final model is
 * trained with that sentence alone (the other sentences are left out: they
 * may be innocent or part of the same violation).
 *
 * The model is a multinomial logistic regression fitted by FTRL-proximal (L1
 * keeps most hashed buckets at zero, so the file stays small), then quantised
 * to int8 per class. The reporting threshold is chosen on held-out scores:
 * each batch of the training data is scored by a model trained without it
 * (batches dealt into five folds), and the threshold is the lowest that flags at most
 * CLEAN_TARGET of those clean texts. Deterministic: examples are visited in an
 * order fixed by a hash of their text, and nothing is random.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CLASSES, countWords, decode, featureVector, MIN_WORDS, type ModelData, type Weights } from '../lib/detector/classifier';
import { prepare } from '../lib/detector/prepare';
import { sentences } from '../lib/detector/text';
import { loadCorpus, type CorpusCase } from '../tests/corpus/load';

/** Hash buckets: 2^14 measured as well as 2^15 held out, and the decoded weights take 128 KB in each tab. */
export const BUCKETS = 1 << 14;
/** FTRL-proximal settings (learning rate alpha, beta; L1 and L2 strength) and passes over the data. */
export interface FitSettings {
  epochs: number;
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
}
// L1 6 and 12 passes, chosen with the training batches held out in turn and read by rules + model
// (the rules were tuned on the corpus batches, so those cannot tell). Every setting tried fell on
// one curve, about 3 to 4 points of recall per point of clean texts flagged; lower L1 only made
// the file bigger (L1 2 and 20 passes: 47 KB gzipped). L1 6 kept it near 14 KB; with training
// batches 63-65 (18,437 cases, 4 December 2026) it reached 20.3 KB, over the budget, so L1 7.
/**
 * L1 10 since 6 December 2026 (L1 7 before): with the held-out batches as training text the model at L1 7 passes the budget (24 KB);
 * 10 is the smallest that fits (scripts/experiments/classifier-more-data/size.mts), fixed before steps 3 and 4 read it.
 * L1 12 since 7 December 2026 (step 6 of that experiment's README): with every batch up to 134 (46,879 texts) L1 10 gives 23,470
 * bytes gzipped and L1 11 21,712; 12 is the smallest that fits (20,155), as the step fixed before it was measured.
 * Step 9 (7 December 2026) retrained on every batch up to 152 (53,040 texts) at L1 13 (12 gave 21,573 bytes gzipped, 13 20,200):
 * read on held-out 153-158 it did not meet the bar, as step 9 fixed in advance, so L1 12 and batch 134 are back (301d1e6 has it).
 * L1 15 since step 13 (7 December 2026, night): every batch up to 183 (63,985 texts) gives 23,833 bytes gzipped at L1 12, 22,262 at
 * 13, 20,889 at 14 and 19,677 at 15, the smallest that fits, as the step fixed before it was measured; read on held-out 184-189,
 * written after it, it met the bar and beat the model of batch 134 (+5.69 / +0.26 against +5.28 / +0.60).
 * The sizes above are of the file as written until 8 December 2026, every class's weight of a bucket stored; since then only the
 * non-zero ones are (`encode`), and the same weights take 15,887 bytes, not 19,732. The budget stays 20 KB.
 * L1 13 since step 20 (8 December 2026, night): step 19 retrained on every batch up to 219 (76,415 texts) from L1 10 up in the new
 * layout (24,108 bytes gzipped at 10, 22,157 at 11, 20,665 at 12, 19,603 at 13); read on held-out 220-225 it caught more
 * violations for no more clean texts but, as the veto's reader, lowered 3 more violations for 4 more clean texts cleared; step 20
 * read it again, unchanged, on 220-231 as fixed in advance: 12 more violations warned for no more clean texts, 2 fewer violations
 * and 9 fewer clean and allowed texts stopped, so it ships (tests/corpus/README.md, "Step 20").
 */
export const SETTINGS: FitSettings = { epochs: 12, alpha: 1, beta: 1, l1: 13, l2: 0.01 };
/** The design's budget for the weights file, gzipped as tests/unit/classifier.test.ts measures it. */
export const MODEL_BUDGET = 20 * 1024;
/**
 * At most this share of held-out clean texts may get a second-opinion warning. 2% was tried on
 * 3 December 2026, chosen beforehand leave-one-batch-out on training batches 38-41 (+6.4 points
 * of recall for +0.32 of clean texts flagged), then read once on the six batches held out then
 * (21-23, 42-44): +4.5 points of recall but +1.45 of clean texts flagged (real text +2.7 and
 * +3.1), over the bar of +0.5. Real text costs more than written text, so a next choice should
 * be made on the real-text training batches and tried on a batch written after it.
 *
 * 1% since 6 December 2026 (0.5% before): fixed before held-out batches 100-105 were written, read on them, and over them it
 * met the bar (+3.3 points of recall for +0.5 of clean texts flagged; scripts/experiments/classifier-more-data/README.md,
 * steps 3 and 4). 0.5% kept the threshold near 0.97, where the model added +2.2 / +0.3 by folds. On the six batches written
 * after the model learned (106-111) it read +3.1 / +0.6.
 *
 * 1.5% from step 8 (7 December 2026, fixed before batches 147-152 were written: with the stance check the clean cost about halved),
 * back to 1% after step 10 (fixed before batches 160-165 were written): on all the text it read first contact (147-165) 1.5% read
 * +4.65 / +0.56, over the bar, and 1% +3.76 / +0.32 (scripts/experiments/classifier-more-data/README.md).
 */
export const CLEAN_TARGET = 0.01;
/**
 * Thresholds per category (CLASSES order), from step 11 of scripts/experiments/classifier-more-data/README.md (7 December 2026):
 * allocated by folds on the held-out batches the model learned from, within the clean budget of the single threshold
 * (`step11.mts allocate`, step11-thresholds.json), and read on batches 166-171 written after it (+4.63 / +0.18 against the single
 * threshold's +4.48 / +0.18: one violation more, as the step fixed in advance). They were found for one set of weights, named by
 * `weights`, a hash of the stored weights: a model trained otherwise keeps its single threshold until the allocation is run for it.
 * Step 13's weights (7 December 2026, night: every batch up to 183) carried none, nor do step 19's (8 December 2026, night:
 * every batch up to 219); each was read and shipped with one threshold.
 */
export const CATEGORY_THRESHOLDS = JSON.parse(
  readFileSync(new URL('experiments/classifier-more-data/step11-thresholds.json', import.meta.url), 'utf8'),
) as { readonly weights: string; readonly thresholds: readonly number[] };

/** The hash of a model's stored weights and rows (what CATEGORY_THRESHOLDS.weights names). */
export function weightsHash(model: Weights): string {
  const data = encode(model);
  return fnv(`${data.weights}/${data.rows}/${data.scale.join()}/${data.bias.join()}`).toString(16).padStart(8, '0');
}

/** Never report a sentence the model thinks is more likely fine than not. */
const MIN_THRESHOLD = 0.5;
export const TRAINING_DIR = fileURLToPath(new URL('../tests/corpus/training/', import.meta.url));
export const HELD_OUT_DIR = fileURLToPath(new URL('../tests/corpus/held-out/', import.meta.url));
/**
 * The last held-out batch the model learns from. Held-out batches written after it are first contact for the model as well as
 * the rules: adding one changes nothing here, and the classifier's figure on it is honest. Move this only to retrain on purpose,
 * after reading the classifier on the batches it would take in, and say so in tests/corpus/README.md.
 */
export const LAST_LEARNED_BATCH = 219;
const batchNumber = (batch: string) => Number(/\d+$/.exec(batch)?.[0] ?? NaN);
/** Whether the shipped model learned from this held-out batch ("batch42"): its classifier figure is then in-sample. */
export function learnedFrom(heldOutBatch: string): boolean {
  return batchNumber(heldOutBatch) <= LAST_LEARNED_BATCH;
}
/**
 * The corpus and the training batches: what the model learned from until 6 December 2026 (and the experiments' base). Training
 * batches numbered after LAST_LEARNED_BATCH (written later, to tune the rules on) wait for the next deliberate retraining, like
 * the held-out batches after it: adding one changes neither the model nor its figures.
 */
export function baseCases(): CorpusCase[] {
  return [...loadCorpus(), ...loadCorpus(TRAINING_DIR, 'training/').filter((c) => batchNumber(c.batch) <= LAST_LEARNED_BATCH)];
}
/** What the model learns from: the corpus, the training batches and the held-out batches up to LAST_LEARNED_BATCH. */
export function trainingCases(): CorpusCase[] {
  return [...baseCases(), ...loadCorpus(HELD_OUT_DIR, 'held-out/').filter((c) => learnedFrom(c.batch))];
}
export const MODEL_PATH = fileURLToPath(new URL('../lib/detector/classifier-model.ts', import.meta.url));

/** The batch a case belongs to: its corpus folder, or "batch1" for the top level. */
export function batchOf(item: CorpusCase): string {
  const slash = item.file.lastIndexOf('/');
  return slash === -1 ? 'batch1' : item.file.slice(0, slash);
}

interface Vector {
  index: Int32Array;
  value: Float32Array;
}

/** A case read once: its sentences' features and the whole text's. */
export interface Featurized {
  item: CorpusCase;
  batch: string;
  label: number;
  whole: Vector;
  sentences: Vector[];
  /** Per sentence: whether the runtime reads it (long enough); only those are scored. */
  read: boolean[];
  /** How many times its examples count in the fit (1 unless an experiment says otherwise: step 12 of the classifier experiment). */
  weight?: number;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

export function featurize(cases: readonly CorpusCase[]): Featurized[] {
  return cases.map((item) => {
    const text = prepare(item.text).text;
    const parts = sentences(text).filter((s) => HAS_WORD.test(s.text));
    // Only sentences the runtime reads are scored, for the threshold (training uses them all).
    const read = parts.map((s) => countWords(s.text) >= MIN_WORDS);
    return {
      item,
      batch: batchOf(item),
      label: item.expect === 'violation' ? (CLASSES as readonly string[]).indexOf(item.category) : 0, // the corpus has no 'organization' or 'spam' case
      whole: featureVector(text, BUCKETS),
      sentences: parts.map((s) => featureVector(s.text, BUCKETS)),
      read,
    };
  });
}

interface Example {
  x: Vector;
  y: number;
  key: number;
  /** Its gradient is multiplied by this (1: the shipped model's training). */
  weight: number;
}

/** Float weights during training, bucket-major, plus the bias. */
interface FloatModel {
  w: Float64Array;
  bias: Float64Array;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function softmaxInPlace(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const l of logits) max = Math.max(max, l);
  let sum = 0;
  for (let c = 0; c < logits.length; c++) sum += logits[c] = Math.exp(logits[c]! - max);
  for (let c = 0; c < logits.length; c++) logits[c]! /= sum;
  return logits;
}

function floatProbabilities(model: FloatModel, x: Vector): Float64Array {
  const C = CLASSES.length;
  const logits = Float64Array.from(model.bias);
  for (let k = 0; k < x.index.length; k++) {
    const base = x.index[k]! * C;
    for (let c = 0; c < C; c++) logits[c]! += x.value[k]! * model.w[base + c]!;
  }
  return softmaxInPlace(logits);
}

/** FTRL-proximal for softmax regression (McMahan et al. 2013), one pass per epoch in a fixed order. */
function fit(examples: Example[], settings: FitSettings): FloatModel {
  const { epochs: EPOCHS, alpha: ALPHA, beta: BETA, l1: L1, l2: L2 } = settings;
  const C = CLASSES.length;
  const order = [...examples].sort((a, b) => a.key - b.key);
  const z = new Float64Array(BUCKETS * C);
  const n = new Float64Array(BUCKETS * C);
  const w = new Float64Array(BUCKETS * C);
  const bz = new Float64Array(C);
  const bn = new Float64Array(C);
  const bias = new Float64Array(C);
  const weightOf = (zi: number, ni: number) =>
    Math.abs(zi) <= L1 ? 0 : -(zi - Math.sign(zi) * L1) / ((BETA + Math.sqrt(ni)) / ALPHA + L2);
  const logits = new Float64Array(C);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { x, y, weight } of order) {
      for (let c = 0; c < C; c++) {
        bias[c] = -bz[c]! / ((BETA + Math.sqrt(bn[c]!)) / ALPHA);
        logits[c] = bias[c]!;
      }
      for (let k = 0; k < x.index.length; k++) {
        const base = x.index[k]! * C;
        for (let c = 0; c < C; c++) {
          const i = base + c;
          w[i] = weightOf(z[i]!, n[i]!);
          logits[c]! += x.value[k]! * w[i]!;
        }
      }
      softmaxInPlace(logits);
      for (let c = 0; c < C; c++) {
        const g = (logits[c]! - (c === y ? 1 : 0)) * weight;
        const bs = (Math.sqrt(bn[c]! + g * g) - Math.sqrt(bn[c]!)) / ALPHA;
        bz[c]! += g - bs * bias[c]!;
        bn[c]! += g * g;
        for (let k = 0; k < x.index.length; k++) {
          const i = x.index[k]! * C + c;
          const gi = g * x.value[k]!;
          const sigma = (Math.sqrt(n[i]! + gi * gi) - Math.sqrt(n[i]!)) / ALPHA;
          z[i]! += gi - sigma * w[i]!;
          n[i]! += gi * gi;
        }
      }
    }
  }
  for (let i = 0; i < w.length; i++) w[i] = weightOf(z[i]!, n[i]!);
  for (let c = 0; c < C; c++) bias[c] = -bz[c]! / ((BETA + Math.sqrt(bn[c]!)) / ALPHA);
  return { w, bias };
}

/**
 * An allowed text whose exception is the conversation (an Enterprise client, a
 * started contract) reads exactly like a violation: teaching the model it is
 * "none" would teach it the opposite of the violations. It is left out; the
 * runtime stays quiet about contact in those contexts instead.
 */
function allowedByContext(item: CorpusCase): boolean {
  return item.expect === 'allowed' && (item.context?.client === 'enterprise' || item.context?.contract === 'active');
}

/** The examples of one round: see the header for how long violations are handled. */
function examples(data: readonly Featurized[], pick: FloatModel | null): Example[] {
  const out: Example[] = [];
  for (const d of data) {
    const key = fnv(d.item.text);
    const weight = d.weight ?? 1;
    if (d.label === 0) {
      if (allowedByContext(d.item)) continue;
      d.sentences.forEach((x, k) => out.push({ x, y: 0, key: (key + k) >>> 0, weight }));
    } else if (d.sentences.length <= 1 || !pick) {
      out.push({ x: d.sentences.length === 1 ? d.sentences[0]! : d.whole, y: d.label, key, weight });
    } else {
      let best = d.sentences[0]!;
      let bestP = -1;
      for (const x of d.sentences) {
        const p = floatProbabilities(pick, x)[d.label]!;
        if (p > bestP) [best, bestP] = [x, p];
      }
      out.push({ x: best, y: d.label, key, weight });
    }
  }
  return out;
}

/** Int8 per class, as the model file stores it. */
function quantise(model: FloatModel): { q: Int8Array; scale: Float64Array; bias: Float64Array } {
  const C = CLASSES.length;
  const scale = new Float64Array(C);
  for (let i = 0; i < model.w.length; i++) scale[i % C] = Math.max(scale[i % C]!, Math.abs(model.w[i]!));
  for (let c = 0; c < C; c++) scale[c] = Number(((scale[c]! || 1) / 127).toPrecision(6));
  const q = new Int8Array(model.w.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.w[i]! / scale[i % C]!);
  const bias = model.bias.map((b) => Number(b.toFixed(5)));
  return { q, scale, bias };
}

/** Trains on `data` and returns the quantised weights, with the given threshold. */
export function trainWeights(data: readonly Featurized[], threshold = MIN_THRESHOLD, settings = SETTINGS): Weights {
  const first = fit(examples(data, null), settings);
  const final = fit(examples(data, first), settings);
  return { buckets: BUCKETS, classes: CLASSES.length, ...quantise(final), threshold };
}

/** Highest score of any non-none class over the sentences of a featurized text. */
export function textScore(model: Weights, d: Featurized): number {
  let best = 0;
  const C = model.classes;
  for (const [k, x] of d.sentences.entries()) {
    if (!d.read[k]) continue;
    const logits = new Float64Array(C);
    for (let k = 0; k < x.index.length; k++) {
      const base = x.index[k]! * C;
      for (let c = 0; c < C; c++) logits[c]! += x.value[k]! * model.q[base + c]!;
    }
    for (let c = 0; c < C; c++) logits[c] = logits[c]! * model.scale[c]! + model.bias[c]!;
    softmaxInPlace(logits);
    for (let c = 1; c < C; c++) best = Math.max(best, logits[c]!);
  }
  return best;
}

/** Folds for the threshold: whole batches, dealt in turn (26 batches, one model each, took minutes). */
export const FOLDS = 5;

/** The fold of each batch (its folder, as `batchOf` names it): sorted, then dealt in turn. */
export function foldsOf(batchNames: Iterable<string>): Map<string, number> {
  return new Map([...new Set(batchNames)].sort().map((b, k) => [b, k % FOLDS]));
}

/**
 * The lowest threshold that flags at most `target` (CLEAN_TARGET) of the clean texts, each
 * scored by a model that did not see its batch (the batches are dealt into
 * FOLDS groups; each group is scored by a model trained on the others). With
 * one batch only, the model's own (optimistic) scores are used.
 */
export function chooseThreshold(data: readonly Featurized[], target = CLEAN_TARGET, settings = SETTINGS): number {
  const foldOf = foldsOf(data.map((d) => d.batch));
  const folds = Math.min(FOLDS, foldOf.size);
  const cleanScores: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = folds > 1 ? data.filter((d) => foldOf.get(d.batch) !== fold) : data;
    const model = trainWeights(train, MIN_THRESHOLD, settings);
    for (const d of data) if (foldOf.get(d.batch) === fold && d.item.expect === 'clean') cleanScores.push(textScore(model, d));
  }
  cleanScores.sort((a, b) => b - a);
  const allowed = Math.floor(target * cleanScores.length);
  const limit = cleanScores[allowed] ?? 0;
  // Just above the first clean score that must not be flagged, rounded up so the file reads well.
  return Math.max(MIN_THRESHOLD, Math.ceil((limit + 1e-9) * 1e4) / 1e4);
}

/** Threshold on held-out scores, then the model on all of `data`; step 11's thresholds per category when they were found for it. */
export function train(data: readonly Featurized[]): Weights {
  const threshold = chooseThreshold(data);
  const model = trainWeights(data, threshold);
  return weightsHash(model) === CATEGORY_THRESHOLDS.weights ? { ...model, thresholds: CATEGORY_THRESHOLDS.thresholds } : model;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/**
 * The stored form: only buckets with a weight, their numbers as LEB128 gaps, and of each a mask of the classes whose weight is not
 * zero with only those weights (8 December 2026: four in five of the stored weights were zeros; the file is a fifth smaller).
 */
export function encode(model: Weights): ModelData {
  const C = model.classes;
  if (C > 8) throw new Error(`${C} classes: a bucket's mask is one byte`);
  const rows: number[] = [];
  const weights: number[] = [];
  const masks: number[] = [];
  let previous = -1;
  for (let b = 0; b < model.buckets; b++) {
    let any = false;
    for (let c = 0; c < C; c++) if (model.q[b * C + c] !== 0) any = true;
    if (!any) continue;
    let gap = b - previous;
    previous = b;
    do {
      rows.push((gap & 0x7f) | (gap > 0x7f ? 0x80 : 0));
      gap >>>= 7;
    } while (gap > 0);
    let mask = 0;
    for (let c = 0; c < C; c++) {
      if (model.q[b * C + c] === 0) continue;
      mask |= 1 << c;
      weights.push(model.q[b * C + c]! & 0xff);
    }
    masks.push(mask);
  }
  return {
    buckets: model.buckets,
    classes: [...CLASSES],
    scale: [...model.scale],
    bias: [...model.bias],
    threshold: model.threshold,
    ...(model.thresholds ? { thresholds: [...model.thresholds] } : {}),
    weights: toBase64(Uint8Array.from(weights)),
    rows: toBase64(Uint8Array.from(rows)),
    masks: toBase64(Uint8Array.from(masks)),
  };
}

/** A long ASCII string as concatenated literals of 160 characters, so no line of the file passes 200 bytes. */
function wrapString(text: string): string {
  const parts = text.match(/[^]{1,160}/g) ?? [''];
  return parts.map((part) => `'${part}'`).join(' +\n    ');
}

/** The text of lib/detector/classifier-model.ts for `model`. */
export function modelSource(model: Weights, cases: number): string {
  const data = encode(model);
  const nonzero = data.weights.length; // base64 length, reported only as a size hint
  return `/**
 * GENERATED by \`npm run train\` (tsx scripts/train-classifier.ts) from the
 * labelled corpus in tests/corpus/ (${cases} cases). Do not edit: change the
 * corpus or the training script and run the command again. A unit test checks
 * that this file is exactly what the command produces.
 */
import type { ModelData } from './classifier';

export const MODEL: ModelData = {
  buckets: ${data.buckets},
  classes: ${JSON.stringify(data.classes)},
  scale: ${JSON.stringify(data.scale)},
  bias: ${JSON.stringify(data.bias)},
  threshold: ${data.threshold},${data.thresholds ? `\n  thresholds: ${JSON.stringify(data.thresholds)},` : ''}
  // ${nonzero} base64 characters of non-zero int8 weights
  weights:
    ${wrapString(data.weights)},
  rows:
    ${wrapString(data.rows)},
  masks:
    ${wrapString(data.masks!)},
};
`;
}

/** The whole pipeline from the corpus on disk to the file's text. */
export function buildModelSource(cases: readonly CorpusCase[] = trainingCases()): { source: string; model: Weights } {
  const model = train(featurize(cases));
  return { source: modelSource(model, cases.length), model };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const cases = trainingCases();
  const { source, model } = buildModelSource(cases);
  writeFileSync(MODEL_PATH, source);
  const check = decode(encode(model));
  let nonzero = 0;
  for (const v of check.q) if (v !== 0) nonzero++;
  console.log(`trained on ${cases.length} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`threshold ${model.threshold}; ${nonzero} non-zero weights of ${check.q.length}`);
  const gzipped = gzipSync(source).length;
  console.log(`wrote ${MODEL_PATH}: ${source.length} bytes, ${gzipped} bytes gzipped`);
  if (gzipped > MODEL_BUDGET) {
    console.error(`over the budget of ${MODEL_BUDGET} bytes gzipped: raise SETTINGS.l1 (scripts/train-classifier.ts) and train again`);
    process.exitCode = 1;
  }
}
