/**
 * Figures for the veto experiment from score.mts's records: recall (violation texts with a
 * violation-level finding left), clean texts and allowed texts with one, with no veto and with
 * three vetoes at several thresholds. --at=<t>: one threshold; --only=<file prefix>; --show: the
 * texts the "none>=t phrase" veto changes, at --at (default 0.9).
 *
 *   npx tsx scripts/experiments/classifier-veto/sweep.mts <records.json> [--at=0.99] [--show]
 */
import { readFileSync } from 'node:fs';
const [file, ...rest] = process.argv.slice(2) as [string, ...string[]];
const only = rest.find((a) => a.startsWith('--only='))?.slice(7);
const fixedArg = rest.find((a) => a.startsWith('--at='))?.slice(5);
const show = rest.includes('--show');
interface F { rule: string; cat: string; pNone: number; pCat: number; pAny: number }
interface Rec { file: string; line: number; expect: string; category: string; lang: string; f: F[]; other: number }
let recs = JSON.parse(readFileSync(file, 'utf8')) as Rec[];
if (only) recs = recs.filter((r) => r.file.startsWith(only));
const DETAIL = new Set(['contact-email', 'contact-phone', 'contact-link', 'contact-address', 'payment-details']);
type Veto = (f: F) => boolean;
const variants: Record<string, (t: number) => Veto> = {
  'none>=t all': (t) => (f) => f.pNone <= 1 && f.pNone >= t,
  'none>=t phrase': (t) => (f) => !DETAIL.has(f.rule) && f.pNone <= 1 && f.pNone >= t,
  'cat<=1-t phrase': (t) => (f) => !DETAIL.has(f.rule) && f.pNone <= 1 && f.pCat <= 1 - t,
};
function tally(veto: Veto) {
  let v = 0, vc = 0, c = 0, cf = 0, a = 0, af = 0;
  for (const r of recs) {
    const hit = r.f.some((f) => !veto(f));
    if (r.expect === 'violation') { v++; if (hit) vc++; }
    else if (r.expect === 'clean') { c++; if (hit) cf++; }
    else { a++; if (hit) af++; }
  }
  return { v, vc, c, cf, a, af };
}
const base = tally(() => false);
const pc = (n: number, d: number) => ((100 * n) / d).toFixed(2);
console.log(`${recs.length} cases; base: recall ${pc(base.vc, base.v)}% (${base.vc}/${base.v}), clean-violation ${pc(base.cf, base.c)}% (${base.cf}/${base.c}), allowed-called ${pc(base.af, base.a)}% (${base.af}/${base.a})`);
const ts = fixedArg ? [Number(fixedArg)] : [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99];
for (const [name, mk] of Object.entries(variants)) {
  for (const t of ts) {
    const x = tally(mk(t));
    console.log(`${name.padEnd(16)} t=${t.toFixed(2)}  recall ${pc(x.vc, x.v)} (-${base.vc - x.vc})  clean-viol ${pc(x.cf, x.c)} (-${base.cf - x.cf})  allowed ${pc(x.af, x.a)} (-${base.af - x.af})`);
  }
}
if (show) {
  const t = Number(fixedArg ?? 0.9);
  const veto = variants['none>=t phrase']!(t);
  for (const r of recs) {
    const before = r.f.length > 0, after = r.f.some((f) => !veto(f));
    if (before && !after) console.log(r.expect.padEnd(9), r.file + ':' + r.line, r.f.map((f) => `${f.rule} ${f.pNone.toFixed(3)}`).join('; '));
  }
}
