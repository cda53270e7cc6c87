// Validate cases.jsonl for batch14: node validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lines = readFileSync(join(here, 'cases.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
const sourcesMd = readFileSync(join(here, 'SOURCES.md'), 'utf8');

const FIELDS = new Set(['text', 'expect', 'category', 'surface', 'context', 'lang', 'source']);
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const EXPECT = new Set(['violation', 'clean', 'allowed']);
const CATEGORY = new Set(['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment']);
const SURFACE = new Set(['proposal', 'message']);
const CTX = { client: new Set(['enterprise']), contract: new Set(['active']), role: new Set(['client']) }; // defaults must be omitted
const LANG = /^[a-z]{2}(-Latn)?$/;

const errors = [];
const seenText = new Map();
const seenSource = new Set();
const count = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const by = { expect: new Map(), category: new Map(), lang: new Map(), surface: new Map(), role: new Map(), voice: new Map(), 'voice/expect': new Map() };

lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${n}: bad JSON (${e.message})`); return; }
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) errors.push(`line ${n}: unknown field ${k}`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${n}: missing ${k}`);
  if (typeof o.text !== 'string' || o.text.length < 5 || o.text.length > 1500) errors.push(`line ${n}: text length ${o.text?.length}`);
  if (!EXPECT.has(o.expect)) errors.push(`line ${n}: bad expect ${o.expect}`);
  if (!CATEGORY.has(o.category)) errors.push(`line ${n}: bad category ${o.category}`);
  if (!SURFACE.has(o.surface)) errors.push(`line ${n}: bad surface ${o.surface}`);
  if (typeof o.lang !== 'string' || !LANG.test(o.lang)) errors.push(`line ${n}: bad lang ${o.lang}`);
  if ('context' in o) {
    if (!o.context || typeof o.context !== 'object' || Array.isArray(o.context) || Object.keys(o.context).length === 0) errors.push(`line ${n}: bad context`);
    else for (const [k, v] of Object.entries(o.context)) if (!CTX[k] || !CTX[k].has(v)) errors.push(`line ${n}: bad context ${k}=${v} (omit defaults)`);
  }
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${n}: payment can never be allowed`);
  if (typeof o.source !== 'string' || !/^v14-[a-z-]+-\d{3}$/.test(o.source)) errors.push(`line ${n}: bad source ${o.source}`);
  else {
    if (seenSource.has(o.source)) errors.push(`line ${n}: duplicate source ${o.source}`);
    seenSource.add(o.source);
    if (!sourcesMd.includes(`| ${o.source} |`)) errors.push(`line ${n}: source ${o.source} not in SOURCES.md`);
  }
  const key = String(o.text).trim().toLowerCase().replace(/\s+/g, ' ');
  if (seenText.has(key)) errors.push(`line ${n}: text duplicates line ${seenText.get(key)}`);
  seenText.set(key, n);
  const voice = String(o.source).replace(/^v14-/, '').replace(/-\d+$/, '');
  count(by.expect, o.expect); count(by.category, o.category); count(by.lang, o.lang); count(by.surface, o.surface);
  count(by.role, o.context?.role || 'freelancer'); count(by.voice, voice); count(by['voice/expect'], `${voice}/${o.expect}`);
});

const total = lines.length;
for (const [name, m] of Object.entries(by)) {
  console.log(`\n${name}:`);
  for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(26)} ${String(v).padStart(4)}  ${(100 * v / total).toFixed(1)}%`);
}
console.log(`\ntotal: ${total}`);
if (errors.length) { console.error(`\n${errors.length} problem(s):\n` + errors.join('\n')); process.exit(1); }
console.log('OK: all lines valid, no duplicate text');
