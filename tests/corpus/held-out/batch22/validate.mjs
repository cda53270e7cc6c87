// Validator for batch22/cases.jsonl — run: node validate.mjs [path]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] || join(here, 'cases.jsonl');
const sourcesMd = readFileSync(join(here, 'SOURCES.md'), 'utf8');

const FIELDS = ['text', 'expect', 'category', 'surface', 'context', 'lang', 'source'];
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const EXPECT = ['violation', 'clean', 'allowed'];
const CATEGORY = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURFACE = ['proposal', 'message'];
const CTX = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const CTX_DEFAULT = { client: 'standard', contract: 'none', role: 'freelancer' };
const LANG_RE = /^[a-z]{2}(-Latn)?$/;

const errors = [];
const warn = [];
const seen = new Map();
const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[^\p{L}\p{N} ]/gu, '').trim();
const seenNorm = new Map();
const counts = { expect: {}, category: {}, lang: {}, source: {}, surface: {}, role: {}, client: {}, contract: {}, 'expect x category': {}, 'source x expect': {} };
const inc = (k, v) => { counts[k][v] = (counts[k][v] || 0) + 1; };
const lens = [];

const lines = readFileSync(file, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${n}: not JSON (${e.message})`); return; }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) { errors.push(`line ${n}: not an object`); return; }
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) errors.push(`line ${n}: unknown field ${k}`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${n}: missing field ${k}`);
  if (typeof o.text !== 'string' || !o.text.trim()) errors.push(`line ${n}: empty text`);
  else {
    lens.push(o.text.length);
    if (o.text.length < 5 || o.text.length > 1500) errors.push(`line ${n}: text length ${o.text.length} outside 5..1500`);
    if (seen.has(o.text)) errors.push(`line ${n}: duplicate text of line ${seen.get(o.text)}`);
    seen.set(o.text, n);
    const t = norm(o.text);
    if (seenNorm.has(t) && seenNorm.get(t) !== n) errors.push(`line ${n}: near-duplicate (normalised) of line ${seenNorm.get(t)}`);
    seenNorm.set(t, n);
  }
  if (!EXPECT.includes(o.expect)) errors.push(`line ${n}: bad expect ${o.expect}`);
  if (!CATEGORY.includes(o.category)) errors.push(`line ${n}: bad category ${o.category}`);
  if (!SURFACE.includes(o.surface)) errors.push(`line ${n}: bad surface ${o.surface}`);
  if (typeof o.lang !== 'string' || !LANG_RE.test(o.lang)) errors.push(`line ${n}: bad lang ${o.lang}`);
  if (typeof o.source !== 'string' || !sourcesMd.includes('`' + o.source + '`')) errors.push(`line ${n}: source ${o.source} not listed in SOURCES.md`);
  const ctx = { ...CTX_DEFAULT };
  if ('context' in o) {
    if (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context)) errors.push(`line ${n}: context not an object`);
    else {
      if (Object.keys(o.context).length === 0) errors.push(`line ${n}: empty context (omit it)`);
      for (const [k, v] of Object.entries(o.context)) {
        if (!(k in CTX)) errors.push(`line ${n}: unknown context key ${k}`);
        else if (!CTX[k].includes(v)) errors.push(`line ${n}: bad context.${k} ${v}`);
        else if (v === CTX_DEFAULT[k]) errors.push(`line ${n}: context.${k} is the default; omit it`);
        ctx[k] = v;
      }
    }
  }
  // consistency checks
  if (o.surface === 'proposal' && ctx.role === 'client') errors.push(`line ${n}: proposals are written by freelancers`);
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${n}: payment outside Upwork is never allowed`);
  if (o.expect === 'allowed' && ctx.client === 'standard' && ctx.contract === 'none')
    warn.push(`line ${n}: allowed without enterprise/active context (must be project-tool email, NDA or portfolio): ${o.text.slice(0, 70)}…`);
  inc('expect', o.expect); inc('category', o.category); inc('lang', o.lang); inc('source', o.source);
  inc('surface', o.surface); inc('role', ctx.role); inc('client', ctx.client); inc('contract', ctx.contract);
  inc('expect x category', `${o.expect} / ${o.category}`); inc('source x expect', `${o.source} / ${o.expect}`);
});

const total = lines.length;
console.log(`file: ${file}\ncases: ${total}`);
for (const [k, tab] of Object.entries(counts)) {
  console.log(`\n${k}:`);
  for (const [v, c] of Object.entries(tab).sort()) console.log(`  ${v.padEnd(48)} ${String(c).padStart(4)}  ${(100 * c / total).toFixed(1)}%`);
}
lens.sort((a, b) => a - b);
console.log(`\ntext length: min ${lens[0]}, median ${lens[Math.floor(lens.length / 2)]}, max ${lens[lens.length - 1]}`);
if (warn.length) { console.log(`\nnotes (${warn.length}):`); warn.forEach((w) => console.log('  ' + w)); }
if (errors.length) { console.log(`\nERRORS (${errors.length}):`); errors.forEach((e) => console.log('  ' + e)); process.exit(1); }
console.log('\nOK: all lines valid, no duplicate texts');
