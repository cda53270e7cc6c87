/**
 * The learned veto read text by text (an experiment, see README.md): the candidate (a second opinion, the shipped one or another
 * model file, and the learned veto at L1 and threshold t, learned from every held-out batch before the first one named) against
 * the product as shipped (step 13's second opinion, P(none) >= VETO_NONE), on the named held-out batches.
 *
 *   npx tsx scripts/experiments/classifier-veto/learned-read.mts <findings.jsonl> shipped <L1> <t> batch196 ...
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detect, prepare } from '../../../lib/index';
import { decode, hits, MIN_WORDS, probabilities, secondOpinion, VETO_NONE, type ModelData } from '../../../lib/detector/classifier';
import { MODEL } from '../../../lib/detector/classifier-model';
import { toOriginal } from '../../../lib/detector/prepare';
import { sentences } from '../../../lib/detector/text';
import { loadCorpus } from '../../../tests/corpus/load';
import { features, fit, fnv, quantised, score, type Ex } from './learned-core.mjs';
const [findingsFile, soFile, vl1s, ts, ...named] = process.argv.slice(2);
if (!findingsFile || !soFile || !ts || !named.length) throw new Error('usage: learned-read.mts <findings.jsonl> shipped|<model.ts> <L1> <t> batchN ...');
const shippedSO = decode(MODEL);
const candSO = soFile === 'shipped' ? shippedSO : decode(((await import(pathToFileURL(soFile!).href)) as { MODEL: ModelData }).MODEL);
const T = Number(ts);
// The veto learns from every held-out batch before the first one read.
const first = Math.min(...named.map((b) => Number(b.slice(5))));
interface F { rule: string; sents: string[]; none: number[] }
interface R { batch: string; expect: string; f: F[] }
const recs = readFileSync(findingsFile!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as R)
  .filter((r) => r.f.length && Number(r.batch.slice(5)) < first);
const exs: Ex[] = [];
recs.forEach((r, ri) => r.f.forEach((f, k) => exs.push({ ...features(f.rule, f.sents), y: r.expect === 'violation' ? 0 : 1, key: fnv(`${ri}:${k}`) })));
const veto = quantised(fit(exs, Number(vl1s)));
console.log(`veto learned from ${exs.length} findings in ${recs.length} texts (held-out before ${first}), ${veto.w.filter((x) => x).length} weights`);
type Row = { v: number; vw: number; vs: number; c: number; cf: number; cv: number; a: number; av: number };
const zero = (): Row => ({ v: 0, vw: 0, vs: 0, c: 0, cf: 0, cv: 0, a: 0, av: 0 });
const total = { shipped: zero(), candidate: zero() };
for (const b of named) {
  const row = { shipped: zero(), candidate: zero() };
  for (const k of loadCorpus(fileURLToPath(new URL(`../../../tests/corpus/held-out/${b}/`, import.meta.url)), `${b}/`)) {
    const ctx = { surface: k.surface, ...k.context };
    const found = detect(k.text, ctx);
    const p = prepare(k.text);
    const list = sentences(p.text);
    const spans = list.map((s) => toOriginal(p, s.start, s.end));
    const viol = found.filter((f) => f.severity === 'violation');
    const kept = { shipped: 0, candidate: 0 };
    for (const f of viol) {
      const idx = spans.map((s, i) => [s, i] as const).filter(([[s, e]]) => s < f.end && e > f.start).map(([, i]) => i);
      const none = idx.map((i) => { const q = probabilities(list[i]!.text, shippedSO)[0]!; return hits.words < MIN_WORDS ? -1 : q; });
      const read = idx.length > 0 && none.every((x) => x >= 0);
      const low = f.rule === 'agency-terms' ? false : read;
      if (!(low && none.every((x) => x >= VETO_NONE))) kept.shipped++;
      if (!(low && score(veto, features(f.rule, idx.map((i) => list[i]!.text))) >= T)) kept.candidate++;
    }
    const rest = found.some((f) => f.severity === 'warning');
    for (const who of ['shipped', 'candidate'] as const) {
      const extra = k.expect !== 'allowed' && secondOpinion(k.text, found, ctx, { model: who === 'shipped' ? shippedSO : candSO }).length > 0;
      const warned = viol.length > 0 || rest || extra;
      const r = row[who];
      if (k.expect === 'violation') { r.v++; if (warned) r.vw++; if (kept[who]) r.vs++; }
      else if (k.expect === 'clean') { r.c++; if (warned) r.cf++; if (kept[who]) r.cv++; }
      else { r.a++; if (kept[who]) r.av++; }
    }
  }
  const show = (r: Row) => `warned ${r.vw}/${r.v}, stopped ${r.vs}; clean any ${r.cf}/${r.c}, violation ${r.cv}; allowed violation ${r.av}/${r.a}`;
  console.log(`${b}: shipped   ${show(row.shipped)}\n${' '.repeat(b.length)}  candidate ${show(row.candidate)}`);
  for (const who of ['shipped', 'candidate'] as const) for (const key of Object.keys(zero()) as (keyof Row)[]) total[who][key] += row[who][key];
}
const s = total.shipped, c = total.candidate;
const pc = (n: number, d: number) => `${((100 * n) / d).toFixed(2)}%`;
console.log(`pooled shipped:   warned ${pc(s.vw, s.v)} (${s.vw}), stopped ${pc(s.vs, s.v)} (${s.vs}); clean any ${pc(s.cf, s.c)} (${s.cf}), violation ${pc(s.cv, s.c)} (${s.cv}); allowed violation ${s.av}/${s.a}`);
console.log(`pooled candidate: warned ${pc(c.vw, c.v)} (${c.vw}), stopped ${pc(c.vs, c.v)} (${c.vs}); clean any ${pc(c.cf, c.c)} (${c.cf}), violation ${pc(c.cv, c.c)} (${c.cv}); allowed violation ${c.av}/${c.a}`);
console.log(`deltas: warned ${c.vw - s.vw}, stopped ${c.vs - s.vs}, clean any ${c.cf - s.cf}, clean violation ${c.cv - s.cv}, allowed violation ${c.av - s.av}`);
