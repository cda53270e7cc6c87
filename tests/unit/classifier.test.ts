import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLASSES,
  classifySentences,
  collectFeatures,
  decode,
  hits,
  MIN_WORDS,
  probabilities,
  SECOND_OPINION_RULE,
  secondOpinion,
  type Weights,
} from '../../lib/detector/classifier';
import { MODEL } from '../../lib/detector/classifier-model';
import { prepare } from '../../lib/detector/prepare';
import type { Finding } from '../../lib/detector/types';
import { loadCorpus } from '../corpus/load';
import { buildModelSource, CATEGORY_THRESHOLDS, encode, HELD_OUT_DIR, LAST_LEARNED_BATCH, learnedFrom, MODEL_PATH, TRAINING_DIR, trainingCases, weightsHash } from '../../scripts/train-classifier';

const CATEGORIES = CLASSES.slice(1);

/**
 * A model made by hand: every feature of `sentence` pulls towards `category`,
 * nothing else does. It tests the mechanics (offsets, filtering, explanations)
 * independently of what the trained model happens to learn.
 */
function handModel(sentence: string, category: (typeof CLASSES)[number], threshold = 0.5): Weights {
  const buckets = 1 << 15;
  const C = CLASSES.length;
  const q = new Int8Array(buckets * C);
  const n = collectFeatures(prepare(sentence).text, buckets);
  for (let k = 0; k < n; k++) q[hits.bucket[k]! * C + CLASSES.indexOf(category)] = 100;
  const bias = new Float64Array(C);
  bias[0] = 40; // a sentence must share most of its features with `sentence` to beat "none"
  return { buckets, classes: C, q, scale: new Float64Array(C).fill(0.2), bias, threshold };
}

const PAY_OFF = 'Honestly the easiest is that you wire the money to my cousin';
const payModel = handModel(PAY_OFF, 'payment');

/** `model`: the one that read `text`; each verdict's score is at least its category's threshold (or the single one). */
function expectValid(text: string, verdicts: ReturnType<typeof classifySentences>, model: Weights) {
  let previousEnd = 0;
  for (const v of verdicts) {
    expect(Number.isInteger(v.start) && Number.isInteger(v.end)).toBe(true);
    expect(v.start).toBeGreaterThanOrEqual(previousEnd);
    expect(v.end).toBeGreaterThan(v.start);
    expect(v.end).toBeLessThanOrEqual(text.length);
    expect(/^[\s,;:]/.test(text.slice(v.start, v.end))).toBe(false);
    expect(CATEGORIES).toContain(v.category);
    expect(v.score).toBeGreaterThanOrEqual(model.thresholds?.[CLASSES.indexOf(v.category as (typeof CLASSES)[number])] ?? model.threshold);
    expect(v.score).toBeLessThanOrEqual(1);
    expect(v.topTerms.length).toBeLessThanOrEqual(3);
    for (const term of v.topTerms) expect(text.slice(v.start, v.end)).toContain(term);
    previousEnd = v.end;
  }
}

describe('the generated model', () => {
  it(
    'is exactly what `npm run train` produces from the corpus (training is deterministic)',
    () => {
      const { source } = buildModelSource(trainingCases());
      expect(readFileSync(MODEL_PATH, 'utf8')).toBe(source);
    },
    // Six trainings on 37,285 texts: 145 s alone on this machine since the held-out batches joined the training text (6 December
    // 2026; 21,080 texts and about 80 s before), and up to twice that beside the other test files on two cores.
    600_000,
  );

  it("carries step 11's thresholds per category only for the weights they were found for, and step 19's weights have none", () => {
    // train() attaches them when the weights' hash is the one step11.mts allocate named; steps 13 and 19 (7 and 8 December 2026,
    // night) retrained the model, on every batch up to 183 and then 219, with one threshold, as each fixed in advance, so they are
    // not carried until allocated again.
    const own = weightsHash(decode(MODEL));
    expect(MODEL.thresholds !== undefined).toBe(own === CATEGORY_THRESHOLDS.weights);
    expect(own).not.toBe(CATEGORY_THRESHOLDS.weights);
    expect(MODEL.thresholds).toBeUndefined();
    expect(decode(MODEL).thresholds).toBeUndefined();
    expect(weightsHash({ ...decode(MODEL), bias: decode(MODEL).bias.map((b) => b + 0.001) })).not.toBe(own);
  });

  it('learns from the held-out batches up to LAST_LEARNED_BATCH and from none written after it', () => {
    const held = loadCorpus(HELD_OUT_DIR, 'held-out/');
    const learned = new Set(trainingCases().filter((c) => c.file.startsWith('held-out/')).map((c) => c.batch));
    for (const batch of new Set(held.map((c) => c.batch))) {
      expect(learned.has(batch), batch).toBe(Number(batch.slice('batch'.length)) <= LAST_LEARNED_BATCH);
      expect(learnedFrom(batch)).toBe(learned.has(batch));
    }
    expect(learned.has(`batch${LAST_LEARNED_BATCH}`)).toBe(true);
    expect(learnedFrom(`batch${LAST_LEARNED_BATCH + 1}`)).toBe(false);
    // Training batches written after the boundary (to tune the rules on) wait for the next retraining too.
    const trainingBatches = new Set(loadCorpus(TRAINING_DIR, 'training/').map((c) => c.batch));
    const learnedTraining = new Set(trainingCases().filter((c) => c.file.startsWith('training/')).map((c) => c.batch));
    for (const batch of trainingBatches) expect(learnedTraining.has(batch), batch).toBe(Number(batch.slice('batch'.length)) <= LAST_LEARNED_BATCH);
  });

  it('says it is generated and by which command', () => {
    expect(readFileSync(MODEL_PATH, 'utf8')).toMatch(/^\/\*\*\n \* GENERATED by `npm run train`/);
  });

  it('fits the budget of 20 KB gzipped', () => {
    expect(gzipSync(readFileSync(MODEL_PATH)).length).toBeLessThanOrEqual(20 * 1024);
  });

  it('decodes to the classes the runtime uses, and encodes back to the same file content', () => {
    expect(MODEL.classes).toEqual([...CLASSES]);
    const weights = decode(MODEL);
    expect(weights.q.length).toBe(MODEL.buckets * CLASSES.length);
    expect(encode(weights)).toEqual({ ...MODEL, classes: [...CLASSES] });
  });

  it('stores only the non-zero weights, and still reads a file that stores every class of a bucket', () => {
    // Buckets 2 and 300 of 512 carry weights: 2 for classes 0 and 7, 300 for class 3 only (-5, stored as 251).
    const base = { buckets: 512, classes: [...CLASSES], scale: CLASSES.map(() => 0.1), bias: CLASSES.map(() => 0), threshold: 0.9 };
    const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');
    const rows = b64([3, 0x80 | (298 & 0x7f), 298 >> 7]);
    const dense = { ...base, rows, weights: b64([7, 0, 0, 0, 0, 0, 0, 251, 0, 0, 0, 251, 0, 0, 0, 0]) };
    const masked = { ...base, rows, weights: b64([7, 251, 251]), masks: b64([0b1000_0001, 0b0000_1000]) };
    const read = decode(masked);
    expect(decode(dense).q).toEqual(read.q);
    expect([read.q[2 * 8], read.q[2 * 8 + 7], read.q[300 * 8 + 3]]).toEqual([7, -5, -5]);
    expect(read.q.filter((v) => v !== 0)).toHaveLength(3);
    expect(encode(read)).toEqual(masked);
    // The shipped file: about four in five of its buckets' class weights are zero, and none of them is stored.
    const shipped = decode(MODEL);
    const stored = Buffer.from(MODEL.weights, 'base64').length;
    expect(stored).toBe(shipped.q.filter((v) => v !== 0).length);
    expect(Buffer.from(MODEL.masks!, 'base64').length).toBeLessThan(stored);
  });
});

describe('classifySentences', () => {
  it('reports the sentence that reads like the category, with its offsets in the original text', () => {
    const text = 'Thanks for the quick reply!  Honestly, the easiest is that you WIRE the money to my cousin. Talk soon.';
    const verdicts = classifySentences(text, { model: payModel });
    expect(verdicts).toHaveLength(1);
    const [v] = verdicts;
    expect(text.slice(v!.start, v!.end)).toBe('Honestly, the easiest is that you WIRE the money to my cousin');
    expect(v!.category).toBe('payment');
    expect(v!.topTerms.length).toBe(3);
    // Terms come back as typed ("WIRE"), not in the prepared lower case.
    for (const t of v!.topTerms) expect(text).toContain(t);
  });

  it('maps offsets through look-alike letters and invisible characters', () => {
    const text = 'Ok.\u200B Honestly the easiest is that уou wire the money to my cousin\u200B.';
    const [v] = classifySentences(text, { model: payModel });
    expect(v).toBeDefined();
    // The invisible character is not part of the reported range: it ends on the last visible letter.
    expect(text.slice(v!.start, v!.end)).toBe('Honestly the easiest is that уou wire the money to my cousin');
    expectValid(text, [v!], payModel);
  });

  it(`does not read sentences of fewer than ${MIN_WORDS} words`, () => {
    const short = handModel('wire the money', 'payment');
    expect(classifySentences('wire the money.', { model: short })).toEqual([]);
    expect(classifySentences('so wire the money.', { model: short })).toHaveLength(1);
  });

  it('reports nothing under the threshold', () => {
    expect(classifySentences(PAY_OFF, { model: { ...payModel, threshold: 1.01 } })).toEqual([]);
  });

  it("holds a sentence to its best category's own threshold when the model has one per category", () => {
    const [v] = classifySentences(PAY_OFF, { model: payModel });
    const per = (payment: number, others: number) => CLASSES.map((c) => (c === 'payment' ? payment : others));
    // The payment threshold decides, whatever the single one or the other categories' say.
    expect(classifySentences(PAY_OFF, { model: { ...payModel, threshold: 0.5, thresholds: per(v!.score + 0.001, 0) } })).toEqual([]);
    expect(classifySentences(PAY_OFF, { model: { ...payModel, threshold: 1.01, thresholds: per(v!.score, 1.01) } })).toEqual([v]);
    // Carried through the stored form.
    const stored = { ...encode(payModel), thresholds: per(0.7, 0.9) };
    expect(decode(stored).thresholds).toEqual(per(0.7, 0.9));
    expect(decode(encode(payModel)).thresholds).toBeUndefined();
  });

  it('gives valid offsets on every corpus text with the shipped model', () => {
    const model = decode(MODEL);
    for (const c of loadCorpus()) expectValid(c.text, classifySentences(c.text), model);
  });

  it('does not throw on odd input, and its offsets stay valid', () => {
    const odd = [
      '',
      ' ',
      '\n\n\n',
      '....!!!???',
      '\uD800',
      'a\uDC00b c d e f',
      '😀😀😀 😀 😀 😀 😀',
      'x'.repeat(20_000),
      'a,'.repeat(5_000),
      'word '.repeat(3_000),
      '0'.repeat(1_000),
      'مرحبا كيف حالك يا صديقي العزيز',
      '\u0000\u0001\u0002 wire the money to my cousin',
      'Ｗｉｒｅ ｔｈｅ ｍｏｎｅｙ ｔｏ ｍｙ ｃｏｕｓｉｎ',
    ];
    for (const text of odd) {
      expectValid(text, classifySentences(text), decode(MODEL));
      expectValid(text, classifySentences(text, { model: payModel }), payModel);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectValid(text, classifySentences(text), decode(MODEL));
      }),
      { numRuns: 300 },
    );
  });

  it('is pure: the same text gives the same answer, whatever was classified in between', () => {
    const a = 'Honestly the easiest is that you wire the money to my cousin. Then we are done.';
    const first = classifySentences(a, { model: payModel });
    classifySentences('x'.repeat(5_000) + ' something else entirely, much longer than before', { model: payModel });
    classifySentences('', { model: payModel });
    expect(classifySentences(a, { model: payModel })).toEqual(first);
    const shipped = classifySentences(a);
    classifySentences('Totally different words here, please.');
    expect(classifySentences(a)).toEqual(shipped);
  });

  it('reuses the prepared text it is given, and only for the same text', () => {
    const text = 'Honestly the easiest is that you wire the money to my cousin';
    const own = classifySentences(text, { model: payModel });
    expect(classifySentences(text, { model: payModel, prepared: prepare(text) })).toEqual(own);
    // A prepared view of another text is ignored rather than trusted.
    expect(classifySentences(text, { model: payModel, prepared: prepare('something else') })).toEqual(own);
  });
});

describe('secondOpinion', () => {
  const text = 'Happy to help with the migration. Honestly the easiest is that you wire the money to my cousin.';
  const at = text.indexOf('Honestly');

  function finding(category: Finding['category'], start: number, end: number, severity: Finding['severity'] = 'violation'): Finding {
    return { rule: 'x', category, severity, start, end, match: text.slice(start, end), message: 'm', policy: 'p' };
  }

  it('adds a warning for a sentence the rules said nothing about, with a plain explanation', () => {
    const extra = secondOpinion(text, [], {}, { model: payModel });
    expect(extra).toHaveLength(1);
    const [f] = extra;
    expect(f).toMatchObject({ rule: SECOND_OPINION_RULE, category: 'payment', severity: 'warning', start: at, end: text.length - 1 });
    expect(f!.match).toBe(text.slice(f!.start, f!.end));
    expect(f!.message).toMatch(/^This sentence reads like a request to pay or be paid outside Upwork \(weighed most: '[^']+', '[^']+', '[^']+'\)\./);
    expect(f!.policy).toMatch(/Upwork/);
    expect(f!.fix).toBeUndefined();
  });

  it('stays quiet where the rules already report that category in the sentence, at any severity', () => {
    for (const severity of ['violation', 'warning', 'info'] as const) {
      expect(secondOpinion(text, [finding('payment', at + 30, at + 40, severity)], {}, { model: payModel })).toEqual([]);
    }
  });

  it('still speaks when the rules report another category there, or the same category elsewhere', () => {
    expect(secondOpinion(text, [finding('harassment', at + 30, at + 40)], {}, { model: payModel })).toHaveLength(1);
    expect(secondOpinion(text, [finding('payment', 0, 5)], {}, { model: payModel })).toHaveLength(1);
  });

  it('says nothing about contact when the context allows it, but still about payment', () => {
    const contact = handModel(PAY_OFF, 'off-platform');
    expect(secondOpinion(PAY_OFF, [], {}, { model: contact })).toHaveLength(1);
    expect(secondOpinion(PAY_OFF, [], { client: 'enterprise' }, { model: contact })).toEqual([]);
    expect(secondOpinion(PAY_OFF, [], { contract: 'active' }, { model: contact })).toEqual([]);
    expect(secondOpinion(PAY_OFF, [], { contract: 'active' }, { model: payModel })).toHaveLength(1);
  });

  // Step 7 of scripts/experiments/classifier-more-data/README.md: the word that weighed most is held to the rules' stance reader.
  it.each([
    ['reported by the writer', `He told me ${PAY_OFF.toLowerCase()}.`],
    ['quoted, then refused', `A client wrote to me: "${PAY_OFF}." I said no, we keep everything on Upwork.`],
    ['refused right after', `${PAY_OFF}. I refused, payments stay on Upwork.`],
  ])('stays quiet when the rules would clear the word that weighed most: %s', (_, said) => {
    expect(secondOpinion(said, [], {}, { model: payModel })).toEqual([]);
    // The model alone still reads it: the check, not the model, clears it.
    expect(secondOpinion(said, [], {}, { model: payModel, stance: false })).toHaveLength(1);
  });

  it.each([
    ['alone', `${PAY_OFF}.`],
    ['after a friendly sentence', `Happy to help. ${PAY_OFF}.`],
    ['after a statement that payments stay on Upwork', `We keep every payment on Upwork. ${PAY_OFF}.`],
  ])('still speaks when nothing around refuses or reports it: %s', (_, said) => {
    expect(secondOpinion(said, [], {}, { model: payModel })).toHaveLength(1);
  });

  it('does not change the findings it is given', () => {
    const given = Object.freeze([Object.freeze(finding('harassment', 0, 5))]);
    expect(() => secondOpinion(text, given, {}, { model: payModel })).not.toThrow();
  });

  it('the shipped model reads an invitation off the platform as off-platform, and ordinary text as nothing', () => {
    // Scores, not the threshold: the threshold is chosen by training (0.5% of clean texts on held-out
    // folds) and moves with the corpus, while what the model has learned should not.
    const weights = decode(MODEL);
    const invitation = Float64Array.from(probabilities("let's discuss the rest directly on telegram, it's more convenient than upwork for screenshots.", weights));
    const ordinary = probabilities('i have attached the revised logo in three colour variants for your review.', weights);
    const best = (p: Float64Array) => CLASSES[p.indexOf(Math.max(...p))];
    expect(best(invitation)).toBe('off-platform');
    expect(best(ordinary)).toBe('none');
    expect(secondOpinion('I have attached the revised logo in three colour variants for your review.', [])).toEqual([]);
  });
});

describe('feature buckets', () => {
  it('puts a feature in the bucket of its hash modulo the count, by the power-of-two fast path too', () => {
    // 2^32 buckets is no power the fast path takes: each feature's bucket is then its whole hash (as int32).
    const features = (text: string, buckets: number) => {
      const n = collectFeatures(text, buckets); // first: it may grow (replace) hits.bucket
      return [...hits.bucket.slice(0, n)];
    };
    const words = ['pay', 'me', 'on', 'venmo', 'telegram', '5', 'stars', '@', '$', 'добавь', 'पैसे', '12345', 'off upwork'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const text = prepare(parts.join(' ')).text;
        const hashes = features(text, 2 ** 32);
        for (const buckets of [MODEL.buckets, 1 << 15, 1024, 10_007]) {
          if (JSON.stringify(features(text, buckets)) !== JSON.stringify(hashes.map((h) => (h >>> 0) % buckets))) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe('word-class features', () => {
  const bucketsOf = (text: string) => new Set(hits.bucket.slice(0, collectFeatures(prepare(text).text, MODEL.buckets)));
  const shared = (a: string, b: string) => [...bucketsOf(a)].filter((x) => bucketsOf(b).has(x));

  it('gives two words of one class a feature in common that neither spelling gives', () => {
    // No word, pair or 4-gram is common to these: what they share is their class.
    expect(shared('venmo', 'zelle').length).toBeGreaterThan(0);
    expect(shared('telegram', 'viber').length).toBeGreaterThan(0);
    expect(shared('venmo', 'xyzzy')).toEqual([]);
    expect(shared('venmo', 'telegram')).toEqual([]);
  });

  it('pairs the classes met in one sentence, so a frame weighs as a whole', () => {
    // "pay" and "venmo" are read as a pair of classes; "wire ... zelle" shares that pair.
    const pair = shared('just pay me on venmo', 'wire it with zelle');
    const alone = shared('venmo', 'zelle');
    expect(pair.length).toBeGreaterThan(alone.length);
  });

  it('finds plain words, optional last letters, stems and two-word phrases of the lexicon', async () => {
    const { buildIndex } = await import('../../lib/detector/classifier-words');
    const index = buildIndex([
      { name: 'B_CLASS', doc: 'b', words: { en: ['numbers?', 'добав\\S*', 'bank transfer'] }, examples: ['x'] },
      { name: 'A_CLASS', doc: 'a', words: { en: ['venmo', 'pay(?:ment)?'] }, examples: ['x'] },
    ]);
    expect(index.names).toEqual(['A_CLASS', 'B_CLASS']);
    expect(index.words.get('venmo')).toEqual([0]);
    expect(index.words.get('number')).toEqual([1]);
    expect(index.words.get('numbers')).toEqual([1]);
    expect(index.words.get('bank transfer')).toEqual([1]);
    expect(index.stems.get('добав')).toEqual([1]);
    expect(index.words.has('pay')).toBe(false); // a group is the rules' ground
  });

  it('builds the index in steps (a slice of phrases each), to the same index as at once', async () => {
    const { buildIndex, buildIndexSteps } = await import('../../lib/detector/classifier-words');
    const many = Array.from({ length: 2500 }, (_, k) => `word${k}`);
    const classes = [{ name: 'MANY', doc: 'm', words: { en: many, de: ['Außerhalb'] }, examples: ['x'] }];
    const steps = buildIndexSteps(classes);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBe(2); // one per thousand phrases folded
    expect(next.value).toEqual(buildIndex(classes));
    expect(next.value.words.get('ausserhalb')).toEqual([0]);
  });
});

describe('the corpus report of the second opinion', () => {
  it('counts the violations only the classifier catches and the clean texts only it flags', async () => {
    const { classifierGain } = await import('../../scripts/corpus-report');
    const base = { category: 'payment', surface: 'message', source: 't', lang: 'en', batch: 'b', file: 'b/cases.jsonl', line: 1 } as const;
    const verdict = (text: string, expect: 'violation' | 'clean' | 'allowed', flagged = false) => ({
      item: { ...base, text, expect },
      findings: [],
      ok: false,
      violation: flagged,
      flagged,
    });
    const gain = classifierGain(
      [
        verdict(PAY_OFF, 'violation'), // only the model reads it
        verdict('Please wire it through my PayPal, thanks.', 'violation', true), // the rules had it
        verdict('I have attached the revised logo in three colour variants for your review.', 'clean'),
        verdict(`So, ${PAY_OFF.toLowerCase()}`, 'clean'), // the model's false alarm
        verdict(PAY_OFF, 'allowed'), // not counted
      ],
      payModel,
    );
    expect(gain).toEqual({ violations: 2, rules: 1, both: 2, clean: 2, rulesClean: 0, bothClean: 1 });
  });
});
