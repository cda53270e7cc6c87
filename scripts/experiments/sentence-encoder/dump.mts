/**
 * Step 1 of the sentence-encoder experiment (README.md here): every corpus case with the rules' verdict, as JSON.
 * Not part of the product. Usage: npx tsx scripts/experiments/sentence-encoder/dump.mts <out.json>
 */
import { writeFileSync } from 'node:fs';
import { judge } from '../../corpus-report';
import { loadCorpus } from '../../../tests/corpus/load';

const corpus = (folder: string) => new URL(`../../../tests/corpus/${folder}`, import.meta.url).pathname;
const parts = [
  ['corpus', loadCorpus()],
  ['training', loadCorpus(corpus('training/'), 'training/')],
  ['held', loadCorpus(corpus('held-out/'))],
] as const;
const out: unknown[] = [];
for (const [part, cases] of parts) {
  for (const c of cases) {
    const v = judge(c);
    out.push({ part, batch: c.batch, text: c.text, expect: c.expect, category: c.category, lang: c.lang, violation: v.violation, flagged: v.flagged });
  }
}
writeFileSync(process.argv[2] ?? 'cases.json', JSON.stringify(out));
console.log(`${out.length} cases`);
