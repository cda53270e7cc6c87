/**
 * The learned veto's data (an experiment, see README.md): every held-out text, the rules' violation-level findings (the second
 * opinion off), each with the prepared sentences it lies in and the shipped model's P(none) of each (-1: too short to read).
 *
 *   npx tsx scripts/experiments/classifier-veto/learned-extract.mts <findings.jsonl>
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detect, prepare } from '../../../lib/index';
import { decode, hits, MIN_WORDS, probabilities } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { toOriginal } from '../../../lib/detector/prepare';
import { sentences } from '../../../lib/detector/text';
import { loadCorpus } from '../../../tests/corpus/load';

const [out] = process.argv.slice(2);
if (!out) throw new Error('usage: learned-extract.mts <findings.jsonl>');
const model = decode(MODEL);
const dir = fileURLToPath(new URL('../../../tests/corpus/held-out/', import.meta.url));
const lines: string[] = [];
const batches = readdirSync(dir).filter((d) => d.startsWith('batch')).sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
for (const b of batches) {
  for (const k of loadCorpus(`${dir}${b}/`, `${b}/`)) {
    const found = detect(k.text, { surface: k.surface, ...k.context }).filter((x) => x.severity === 'violation');
    const f: { rule: string; sents: string[]; none: number[] }[] = [];
    if (found.length) {
      const p = prepare(k.text);
      const list = sentences(p.text);
      const spans = list.map((s) => toOriginal(p, s.start, s.end));
      for (const x of found) {
        const sents: string[] = [];
        const none: number[] = [];
        spans.forEach(([s, e], i) => {
          if (s >= x.end || e <= x.start) return;
          sents.push(list[i]!.text);
          const q = probabilities(list[i]!.text, model)[0]!;
          none.push(hits.words < MIN_WORDS ? -1 : q);
        });
        f.push({ rule: x.rule, sents, none });
      }
    }
    lines.push(JSON.stringify({ batch: b, line: k.line, expect: k.expect, category: k.category, lang: k.lang, f }));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} texts -> ${out}`);
