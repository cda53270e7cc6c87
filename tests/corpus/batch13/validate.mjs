// Validate cases.jsonl for batch13: node validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lines = readFileSync(join(here, 'cases.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
const sources = readFileSync(join(here, 'SOURCES.md'), 'utf8');

const FIELDS = ['text', 'expect', 'category', 'surface', 'context', 'lang', 'source'];
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const EXPECT = ['violation', 'clean', 'allowed'];
const CATEGORY = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURFACE = ['proposal', 'message'];
const CONTEXT = { client: ['enterprise'], contract: ['active'], role: ['client'] }; // defaults must be omitted
const LANG = /^[a-z]{2}(-Latn)?$/;

const errors = [];
const seen = new Map();
const seenSrc = new Set();
const count = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const by = { expect: new Map(), category: new Map(), lang: new Map(), surface: new Map(), voice: new Map(), role: new Map(), 'expect x category': new Map() };

lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${n}: bad JSON (${e.message})`); return; }
  if (!o || typeof o !== 'object' || Array.isArray(o)) { errors.push(`line ${n}: not an object`); return; }
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) errors.push(`line ${n}: unknown field ${k}`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${n}: missing ${k}`);
  if (typeof o.text !== 'string' || o.text.trim().length < 5 || o.text.length > 1500) errors.push(`line ${n}: text must be a string of 5..1500 chars (got ${o.text?.length})`);
  if (!EXPECT.includes(o.expect)) errors.push(`line ${n}: bad expect ${o.expect}`);
  if (!CATEGORY.includes(o.category)) errors.push(`line ${n}: bad category ${o.category}`);
  if (!SURFACE.includes(o.surface)) errors.push(`line ${n}: bad surface ${o.surface}`);
  if (typeof o.lang !== 'string' || !LANG.test(o.lang)) errors.push(`line ${n}: bad lang ${o.lang}`);
  if ('context' in o) {
    const c = o.context;
    if (!c || typeof c !== 'object' || Array.isArray(c) || Object.keys(c).length === 0) errors.push(`line ${n}: context must be a non-empty object`);
    else for (const [k, v] of Object.entries(c)) {
      if (!(k in CONTEXT)) errors.push(`line ${n}: unknown context key ${k}`);
      else if (!CONTEXT[k].includes(v)) errors.push(`line ${n}: context.${k}=${v} not allowed (defaults must be omitted)`);
    }
  }
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${n}: payment outside Upwork is never allowed`);
  if (typeof o.source !== 'string' || !/^v-[a-z]+-\d{3}$/.test(o.source)) errors.push(`line ${n}: bad source ${o.source}`);
  else {
    if (seenSrc.has(o.source)) errors.push(`line ${n}: duplicate source ${o.source}`);
    seenSrc.add(o.source);
    if (!sources.includes(`| ${o.source} |`)) errors.push(`line ${n}: source ${o.source} not listed in SOURCES.md`);
  }
  const key = typeof o.text === 'string' ? o.text.trim().toLowerCase() : '';
  if (seen.has(key)) errors.push(`line ${n}: duplicate text of line ${seen.get(key)}`);
  else seen.set(key, n);
  count(by.expect, o.expect); count(by.category, o.category); count(by.lang, o.lang); count(by.surface, o.surface);
  count(by.voice, String(o.source).split('-')[1]); count(by.role, o.context?.role || 'freelancer');
  count(by['expect x category'], `${o.expect} / ${o.category}`);
});

console.log(`cases: ${lines.length}`);
for (const [name, m] of Object.entries(by)) {
  console.log(`\n${name}:`);
  for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(34)} ${String(v).padStart(4)}  ${(100 * v / lines.length).toFixed(1)}%`);
}
if (errors.length) { console.error(`\n${errors.length} problem(s):\n` + errors.join('\n')); process.exit(1); }
console.log('\nOK: all lines valid, no duplicate texts');
