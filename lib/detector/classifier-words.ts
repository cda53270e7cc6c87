/**
 * The lexicon's word classes as features for the second-opinion classifier: a
 * word of a class ("venmo", "telegram", "5 stars") is also read as the class
 * itself, so a synonym the corpus never showed weighs like the ones it did.
 *
 * Only the phrases that are plain words can be looked up: one word, one word
 * with an optional last letter ("numbers?"), a stem ("добав\S*"), or two words.
 * The rest of a class (phrases with groups and alternations) is the rules'
 * ground. Built once, on first use, from lexicon/*.ts.
 */
import * as channels from './lexicon/channels';
import * as feedback from './lexicon/feedback';
import * as payment from './lexicon/payment';
import * as people from './lexicon/people';
import * as stance from './lexicon/stance';
import { foldPhrase, type WordClass } from './lexicon/word-class';

export interface WordClassIndex {
  /** Class names, in a fixed order: a class's number is its place here. */
  names: string[];
  /** Whole word, or two words joined by one space -> class numbers. */
  words: Map<string, number[]>;
  /** Stem -> class numbers. */
  stems: Map<string, number[]>;
  /** First three letters of a stem -> its stems, longest first (one lookup per word, not one per length). */
  stemHeads: Map<string, string[]>;
  /** The first words of the two-word phrases (a pair is looked up only after one of them). */
  pairHeads: Set<string>;
}

const PLAIN = /^[^\\()[\]?*+{}|. ]+$/;
const OPTIONAL_LAST = /^([^\\()[\]?*+{}|. ]+)(\?)$/;
const STEM = /^([^\\()[\]?*+{}|. ]+)\\S\*$/;
const TWO = /^[^\\()[\]?*+{}|. ]+ [^\\()[\]?*+{}|. ]+$/;

function add(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/**
 * Phrases folded between two yields of `buildIndexSteps`: about 4 ms in Chromium. The whole index folds some twenty thousand phrases
 * (90 ms in Node, more in a tab's first seconds), so the extension's first check with the second opinion builds it in steps, between
 * which the page runs (a single task of 125-140 ms otherwise; tests/e2e/long-text.spec.ts).
 */
const SLICE = 1000;

/** The index of `classes`, built a slice of phrases at a time: it yields between slices. */
export function* buildIndexSteps(classes: readonly WordClass[]): Generator<void, WordClassIndex> {
  const names = classes.map((c) => c.name).sort();
  const words = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  let folded = 0;
  for (const c of classes) {
    const id = names.indexOf(c.name);
    for (const list of Object.values(c.words)) {
      for (const raw of list) {
        if (++folded % SLICE === 0) yield;
        const phrase = foldPhrase(raw);
        let m: RegExpExecArray | null;
        if (PLAIN.test(phrase) || TWO.test(phrase)) add(words, phrase, id);
        else if ((m = OPTIONAL_LAST.exec(phrase))) {
          add(words, m[1]!, id);
          add(words, m[1]!.slice(0, -1), id);
        } else if ((m = STEM.exec(phrase)) && m[1]!.length >= 3) add(stems, m[1]!, id);
      }
    }
  }
  const stemHeads = new Map<string, string[]>();
  for (const stem of [...stems.keys()].sort((a, b) => b.length - a.length)) {
    const head = stem.slice(0, 3);
    const list = stemHeads.get(head);
    if (list) list.push(stem);
    else stemHeads.set(head, [stem]);
  }
  const pairHeads = new Set<string>();
  for (const key of words.keys()) if (key.includes(' ')) pairHeads.add(key.slice(0, key.indexOf(' ')));
  return { names, words, stems, stemHeads, pairHeads };
}

/** A generator run to its end at once. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export function buildIndex(classes: readonly WordClass[]): WordClassIndex {
  return drain(buildIndexSteps(classes));
}

let index: WordClassIndex | null = null;

/** The lexicon's word classes, in the order of its modules. */
function lexiconClasses(): WordClass[] {
  const classes: WordClass[] = [];
  for (const module of [channels, feedback, payment, people, stance]) {
    for (const value of Object.values(module)) {
      if (typeof value === 'object' && value !== null && 'words' in value && 'examples' in value) classes.push(value as WordClass);
    }
  }
  return classes;
}

/**
 * The index of every class in the lexicon, built on first use in steps (the second-opinion rule's first check yields between
 * them). Two checks that both start it before either ends build it twice, to the same result.
 */
export function* lexiconIndexSteps(): Generator<void, WordClassIndex> {
  if (index) return index;
  const built = yield* buildIndexSteps(lexiconClasses());
  index ??= built;
  // The caller's next work (the first reading) gets a step of its own; once built, the index costs no step at all.
  yield;
  return index;
}

/** The index of every class in the lexicon (built at once, if no check has built it yet). */
export function lexiconIndex(): WordClassIndex {
  return index ?? drain(lexiconIndexSteps());
}

/** Class numbers of one word (and of it with the word before), appended to `out`; returns the new length. */
export function classesOf(word: string, previous: string | null, out: Int32Array, n: number): number {
  const { words, stems, stemHeads, pairHeads } = lexiconIndex();
  const whole = words.get(word);
  if (whole) for (const id of whole) out[n++] = id;
  if (previous !== null && pairHeads.has(previous)) {
    const pair = words.get(`${previous} ${word}`);
    if (pair) for (const id of pair) out[n++] = id;
  }
  if (word.length >= 3) {
    const candidates = stemHeads.get(word.slice(0, 3));
    if (candidates) {
      for (const stem of candidates) {
        if (!word.startsWith(stem)) continue;
        for (const id of stems.get(stem)!) out[n++] = id;
        break;
      }
    }
  }
  return n;
}
