// Validator for batch18: checks structure, allowed values, duplicates, sources; prints counts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const lines = fs.readFileSync(path.join(dir, 'cases.jsonl'), 'utf8').split('\n');
const sourcesMd = fs.readFileSync(path.join(dir, 'SOURCES.md'), 'utf8');

const FIELDS = new Set(['text', 'expect', 'category', 'surface', 'context', 'lang', 'source']);
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const EXPECT = new Set(['violation', 'clean', 'allowed']);
const CATEGORY = new Set(['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment']);
const SURFACE = new Set(['proposal', 'message']);
const CTX = { client: new Set(['standard', 'enterprise']), contract: new Set(['none', 'active']), role: new Set(['freelancer', 'client']) };
const CTX_DEFAULT = { client: 'standard', contract: 'none', role: 'freelancer' };
const LANGS = new Set(['en', 'es', 'pt', 'fr', 'de', 'ru', 'uk', 'hi-Latn', 'ur-Latn', 'tl', 'id', 'ar', 'ar-Latn', 'tr']);
const ALLOWED_CATS = new Set(['contact-sharing', 'contact-request', 'off-platform']);

const errors = [];
const warnings = [];
const seen = new Map();
const seenNorm = new Map();
const cases = [];
const count = (obj, k) => { obj[k] = (obj[k] || 0) + 1; };

lines.forEach((line, i) => {
  const n = i + 1;
  if (line.trim() === '') { if (i !== lines.length - 1) errors.push(`line ${n}: empty line`); return; }
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${n}: bad JSON: ${e.message}`); return; }
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) errors.push(`line ${n}: unknown field ${k}`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${n}: missing ${k}`);
  if (typeof o.text !== 'string' || o.text.trim().length < 5) errors.push(`line ${n}: text too short or not a string`);
  if (typeof o.text === 'string' && o.text.length > 1500) errors.push(`line ${n}: text longer than 1500 chars (${o.text.length})`);
  if (!EXPECT.has(o.expect)) errors.push(`line ${n}: bad expect ${o.expect}`);
  if (!CATEGORY.has(o.category)) errors.push(`line ${n}: bad category ${o.category}`);
  if (!SURFACE.has(o.surface)) errors.push(`line ${n}: bad surface ${o.surface}`);
  if (!LANGS.has(o.lang)) errors.push(`line ${n}: bad lang ${o.lang}`);
  if (typeof o.source !== 'string' || !sourcesMd.includes('`' + o.source + '`')) errors.push(`line ${n}: source ${o.source} not listed in SOURCES.md`);
  if ('context' in o) {
    if (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context)) errors.push(`line ${n}: context not an object`);
    else {
      if (Object.keys(o.context).length === 0) errors.push(`line ${n}: empty context (omit it)`);
      for (const [k, v] of Object.entries(o.context)) {
        if (!CTX[k]) errors.push(`line ${n}: unknown context key ${k}`);
        else if (!CTX[k].has(v)) errors.push(`line ${n}: bad context ${k}=${v}`);
        else if (CTX_DEFAULT[k] === v) errors.push(`line ${n}: context ${k}=${v} is a default, omit it`);
      }
    }
  }
  const ctx = { ...CTX_DEFAULT, ...(o.context || {}) };
  // consistency checks on labels
  if (o.expect === 'allowed') {
    if (!ALLOWED_CATS.has(o.category)) errors.push(`line ${n}: allowed but category ${o.category} has no exception`);
  }
  if (o.surface === 'proposal' && ctx.role === 'client') errors.push(`line ${n}: proposals are written by freelancers`);
  if (typeof o.text === 'string') {
    if (seen.has(o.text)) errors.push(`line ${n}: duplicate text of line ${seen.get(o.text)}`);
    seen.set(o.text, n);
    const norm = o.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seenNorm.has(norm) && seenNorm.get(norm) !== n) warnings.push(`line ${n}: near-duplicate of line ${seenNorm.get(norm)}`);
    seenNorm.set(norm, n);
  }
  cases.push({ ...o, ctx, n });
});

const by = (f) => { const c = {}; cases.forEach((o) => count(c, f(o))); return c; };
const show = (title, c) => {
  console.log(`\n${title}`);
  Object.entries(c).sort((a, b) => String(a[0]).localeCompare(String(b[0]))).forEach(([k, v]) => console.log(`  ${k.padEnd(34)} ${v}`));
};
console.log(`cases: ${cases.length}`);
show('expect', by((o) => o.expect));
show('category', by((o) => o.category));
show('expect x category', by((o) => `${o.expect} / ${o.category}`));
show('lang', by((o) => o.lang));
show('lang x expect', by((o) => `${o.lang} / ${o.expect}`));
show('surface', by((o) => o.surface));
show('role', by((o) => o.ctx.role));
show('client type', by((o) => o.ctx.client));
show('contract', by((o) => o.ctx.contract));
show('source', by((o) => o.source));
const lens = cases.map((o) => o.text.length).sort((a, b) => a - b);
if (lens.length) console.log(`\ntext length: min ${lens[0]}, median ${lens[Math.floor(lens.length / 2)]}, max ${lens[lens.length - 1]}`);

// coverage: every language should have every category among violations where possible
const missing = [];
for (const lang of LANGS) {
  const ls = cases.filter((o) => o.lang === lang);
  if (!ls.length) continue;
  for (const cat of CATEGORY) {
    if (!ls.some((o) => o.category === cat && o.expect === 'violation')) missing.push(`${lang}: no violation in ${cat}`);
  }
}
if (missing.length) { console.log('\ncoverage gaps (info):'); missing.forEach((m) => console.log('  ' + m)); }

if (warnings.length) { console.log('\nwarnings:'); warnings.forEach((w) => console.log('  ' + w)); }
if (errors.length) { console.log('\nERRORS:'); errors.forEach((e) => console.log('  ' + e)); process.exit(1); }
console.log('\nOK: all lines valid');
