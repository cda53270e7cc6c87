/**
 * The cover-letter fingerprint (lib/cover-letters.ts) against the npm package `minhash` 0.0.9,
 * the MinHash library on npm made for this job (its only candidate with real use). Prints, for
 * each: bytes added to a bundle (minified, gzipped), time to fingerprint a typical and a
 * 5,000-character letter (Upwork's cap), time to compare one letter with 200 stored prints, and
 * bytes stored per print.
 *
 *   npx tsx scripts/bench-cover-letters.ts
 *
 * Both run on the same shingles (three-word runs of the prepared text). The library keeps full
 * 32-bit minima (which is what makes a dictionary test of phrases possible, see
 * lib/cover-letters.ts) and hashes each shingle once per permutation; ours hashes it once.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fingerprint, repeatsOf, similarity, wordsOf, SIGNATURE_SIZE } from '../lib/cover-letters';
import { prepare } from '../lib/detector/prepare';
import { TEMPLATE, TAILORED } from '../tests/unit/letters';

const require = createRequire(import.meta.url);
const { Minhash } = require('minhash') as { Minhash: new (config?: { numPerm?: number; seed?: number }) => { update(s: string): void; jaccard(o: unknown): number; hashvalues: number[] } };

const SALT = 'YmVuY2gtc2FsdC0xMjM0NQ==';
const typical = TEMPLATE;
// A long letter with few repeats: the sample letters' words, shuffled by a fixed seed.
const pool = wordsOf(prepare(`${TEMPLATE} ${TAILORED}`).text);
let seed = 42;
let long = '';
while (long.length < 5000) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  long += `${pool[seed % pool.length]}${seed % 13 === 0 ? '. ' : ' '}`;
}
long = long.slice(0, 5000);

function time(label: string, runs: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(runs, 20); i++) fn(); // warm up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - t0) / runs;
  console.log(`  ${label.padEnd(44)} ${ms.toFixed(3)} ms`);
  return ms;
}

function shingles(text: string): string[] {
  const words = wordsOf(prepare(text).text);
  const out: string[] = [];
  for (let i = 0; i + 3 <= words.length; i++) out.push(words.slice(i, i + 3).join(' '));
  return [...new Set(out)];
}

function library(text: string, numPerm: number) {
  const m = new Minhash({ numPerm, seed: 7 });
  for (const s of shingles(text)) m.update(s);
  return m;
}

async function gzippedBytes(contents: string): Promise<number> {
  const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser' });
  return gzipSync(out.outputFiles[0]!.contents).length;
}

const prepareOnly = await gzippedBytes(`import { prepare } from './lib/detector/prepare'; console.log(prepare);`);
const ours = await gzippedBytes(`import { prepare } from './lib/detector/prepare'; import { fingerprint, similarity } from './lib/cover-letters'; console.log(prepare, fingerprint, similarity);`);
const theirs = await gzippedBytes(`import { prepare } from './lib/detector/prepare'; import { Minhash } from 'minhash'; console.log(prepare, Minhash);`);

console.log(`Letters: typical ${typical.length} characters (${shingles(typical).length} shingles), long ${long.length} characters (${shingles(long).length} shingles)\n`);
console.log('Size added to a bundle that already has the text preparation (minified, gzipped):');
console.log(`  ours (lib/cover-letters.ts)                  ${ours - prepareOnly} B`);
console.log(`  minhash 0.0.9                                ${theirs - prepareOnly} B (the package's LSH index comes with it)\n`);

console.log('Fingerprint one letter (both include preparing the text, timed alone first):');
time('prepare() alone, 5,000 chars', 100, () => prepare(long));
time(`ours, ${SIGNATURE_SIZE} x 8 bits, typical`, 300, () => fingerprint(typical, SALT));
time(`ours, ${SIGNATURE_SIZE} x 8 bits, 5,000 chars`, 100, () => fingerprint(long, SALT));
time('minhash, 128 permutations, typical', 100, () => library(typical, 128));
time('minhash, 128 permutations, 5,000 chars', 30, () => library(long, 128));
time('minhash, 256 permutations, 5,000 chars', 20, () => library(long, 256));

console.log('\nCompare one letter with 200 stored prints:');
const a = fingerprint(typical, SALT)!;
const stored = Array.from({ length: 200 }, () => fingerprint(TAILORED, SALT)!);
const prints = stored.map((sig, k) => ({ at: Date.now() - k * 60_000, sig }));
time('ours (repeatsOf: prints decoded once, kept)', 300, () => repeatsOf(a, prints, 0.8, 30, Date.now()));
time('ours (decoding every print each time)', 100, () => stored.forEach((s) => similarity(a, s)));
const la = library(typical, 128);
const lstored = Array.from({ length: 200 }, () => library(TAILORED, 128));
time('minhash (128)', 300, () => lstored.forEach((s) => la.jaccard(s)));

console.log('\nStored per print (JSON in storage.local):');
console.log(`  ours                                         ${JSON.stringify({ at: Date.now(), sig: a }).length} B`);
console.log(`  minhash (128, full 32-bit minima)            ${JSON.stringify({ at: Date.now(), sig: la.hashvalues }).length} B`);

console.log('\nEstimated similarity of the template and a tailored letter (true Jaccard, then each):');
const sa = new Set(shingles(typical));
const sb = new Set(shingles(TAILORED));
const inter = [...sa].filter((s) => sb.has(s)).length;
console.log(`  exact ${(inter / (sa.size + sb.size - inter)).toFixed(3)}, ours ${similarity(a, fingerprint(TAILORED, SALT)!).toFixed(3)}, minhash ${la.jaccard(library(TAILORED, 128)).toFixed(3)}`);
