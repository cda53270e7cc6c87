/**
 * The learned veto read by folds (an experiment, see README.md): five folds by batch over learned-extract.mts's records, each
 * finding scored by a model that never saw its batch; text by text (a text keeps its violation unless every finding is lowered,
 * and a finding is lowered only when each of its sentences is read), beside the shipped model's P(none) veto.
 *
 *   npx tsx scripts/experiments/classifier-veto/learned-sweep.mts <findings.jsonl> [L1=2]
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { features, fit, fnv, quantised, score, type Ex } from './learned-core.mjs';

const [file, l1 = '2'] = process.argv.slice(2);
if (!file) throw new Error('usage: learned-sweep.mts <findings.jsonl> [L1]');
const L1 = Number(l1);
interface F { rule: string; sents: string[]; none: number[] }
interface R { batch: string; expect: string; f: F[] }
const recs = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as R).filter((r) => r.f.length);
const exs: (Ex & { r: number; k: number })[] = [];
recs.forEach((r, ri) => r.f.forEach((f, k) => exs.push({ ...features(f.rule, f.sents), y: r.expect === 'violation' ? 0 : 1, key: fnv(`${ri}:${k}`), r: ri, k })));
const foldOf = (batch: string) => fnv(batch) % 5;
const oof = new Float64Array(exs.length);
for (let fold = 0; fold < 5; fold++) {
  const m = quantised(fit(exs.filter((x) => foldOf(recs[x.r]!.batch) !== fold), L1));
  exs.forEach((x, i) => { if (foldOf(recs[x.r]!.batch) === fold) oof[i] = score(m, x); });
}
type Fd = { read: boolean; p: number; none: number };
const per = new Map<number, Fd[]>();
exs.forEach((x, i) => {
  const f = recs[x.r]!.f[x.k]!;
  const list = per.get(x.r) ?? [];
  list.push({ read: f.sents.length > 0 && f.none.every((v) => v >= 0), p: oof[i]!, none: Math.min(...f.none) });
  per.set(x.r, list);
});
function tally(lo: number, hi: number, lowered: (f: Fd) => boolean): string {
  let v = 0, c = 0, a = 0;
  per.forEach((fs, ri) => {
    const r = recs[ri]!;
    const n = Number(r.batch.slice(5));
    if (n < lo || n > hi || !fs.every((f) => f.read && lowered(f))) return;
    if (r.expect === 'violation') v++;
    else if (r.expect === 'clean') c++;
    else a++;
  });
  return `violation texts lowered ${String(v).padStart(3)}, clean cleared ${String(c).padStart(3)}, allowed cleared ${String(a).padStart(2)}`;
}
console.log(`L1 ${L1}: ${exs.length} findings in ${recs.length} texts`);
for (const [lo, hi] of [[184, 201], [184, 189], [190, 195], [196, 201]] as const) {
  console.log(`  held-out ${lo}-${hi} (the shipped model never saw them):`);
  for (const t of [0.99, 0.93]) console.log(`    P(none) >= ${t}:  ${tally(lo, hi, (f) => f.none >= t)}`);
  for (const t of [0.6, 0.5, 0.4, 0.3]) console.log(`    learned >= ${t}:  ${tally(lo, hi, (f) => f.p >= t)}`);
}
// Size as the second opinion's file stores weights: varint gaps between non-zero buckets and one int8 per weight, base64, gzipped.
const raw = fit(exs, L1);
const scale = Math.max(...raw.w.map(Math.abs)) / 127 || 1;
const gaps: number[] = [];
const values: number[] = [];
let previous = -1;
raw.w.forEach((w, j) => {
  const q = Math.round(w / scale);
  if (!q) return;
  let g = j - previous;
  previous = j;
  while (g >= 0x80) {
    gaps.push((g & 0x7f) | 0x80);
    g = Math.floor(g / 128);
  }
  gaps.push(g);
  values.push(q & 0xff);
});
const bytes = gzipSync(Buffer.from(gaps).toString('base64') + Buffer.from(values).toString('base64'), { level: 9 }).length;
console.log(`  trained on all: ${values.length} int8 weights, ${bytes} bytes gzipped`);
