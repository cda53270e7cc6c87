/**
 * The learned veto (7 December 2026, late night; an experiment, not part of the product): a finding's features (the mean of
 * the hashed features of the sentences it lies in, as the second opinion computes them, plus the rule's id), FTRL-proximal
 * binary logistic regression (label 1: the text is not a violation), int8 weights as a model file would hold them. See README.md.
 */
import { featureVector } from '../../../lib/detector/classifier';
export const BUCKETS = 16384;
export const FIT = { alpha: 0.5, beta: 1, l2: 0.01, epochs: 8 };
export function fnv(s: string): number { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193); return h >>> 0; }
export interface Ex { idx: Int32Array; val: Float32Array; y: number; key: number }
export function features(rule: string, sents: readonly string[], B = BUCKETS): { idx: Int32Array; val: Float32Array } {
  const m = new Map<number, number>();
  for (const s of sents) { const v = featureVector(s, B); for (let i = 0; i < v.index.length; i++) m.set(v.index[i]!, (m.get(v.index[i]!) ?? 0) + v.value[i]! / sents.length); }
  const rb = fnv('rule:' + rule) % B; m.set(rb, (m.get(rb) ?? 0) + 1);
  const keys = [...m.keys()].sort((a, b) => a - b);
  return { idx: Int32Array.from(keys), val: Float32Array.from(keys.map((x) => m.get(x)!)) };
}
export interface VetoModel { w: Float64Array; bias: number }
export function fit(train: readonly Ex[], L1: number, B = BUCKETS, epochs = FIT.epochs): VetoModel {
  const { alpha: ALPHA, beta: BETA, l2: L2 } = FIT;
  const z = new Float64Array(B), n = new Float64Array(B), w = new Float64Array(B); let bz = 0, bn = 0, bias = 0;
  const wOf = (zi: number, ni: number) => Math.abs(zi) <= L1 ? 0 : -(zi - Math.sign(zi) * L1) / ((BETA + Math.sqrt(ni)) / ALPHA + L2);
  const order = [...train].sort((a, b) => a.key - b.key);
  for (let e = 0; e < epochs; e++) for (const x of order) {
    bias = -bz / ((BETA + Math.sqrt(bn)) / ALPHA); let l = bias;
    for (let i = 0; i < x.idx.length; i++) { const j = x.idx[i]!; w[j] = wOf(z[j]!, n[j]!); l += x.val[i]! * w[j]!; }
    const g = 1 / (1 + Math.exp(-l)) - x.y;
    const bs = (Math.sqrt(bn + g * g) - Math.sqrt(bn)) / ALPHA; bz += g - bs * bias; bn += g * g;
    for (let i = 0; i < x.idx.length; i++) { const j = x.idx[i]!; const gi = g * x.val[i]!; const s = (Math.sqrt(n[j]! + gi * gi) - Math.sqrt(n[j]!)) / ALPHA; z[j]! += gi - s * w[j]!; n[j]! += gi * gi; }
  }
  for (let j = 0; j < B; j++) w[j] = wOf(z[j]!, n[j]!);
  return { w, bias: -bz / ((BETA + Math.sqrt(bn)) / ALPHA) };
}
/** Int8 as a model file would store it: what the runtime would read. */
export function quantised(m: VetoModel): VetoModel {
  const scale = Math.max(...m.w.map(Math.abs)) / 127 || 1;
  return { w: m.w.map((v) => Math.round(v / scale) * scale), bias: Number(m.bias.toFixed(5)) };
}
export function score(m: VetoModel, x: { idx: Int32Array; val: Float32Array }): number {
  let l = m.bias; for (let i = 0; i < x.idx.length; i++) l += x.val[i]! * m.w[x.idx[i]!]!; return 1 / (1 + Math.exp(-l));
}
