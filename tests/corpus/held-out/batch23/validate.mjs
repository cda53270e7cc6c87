// Validates cases.jsonl of batch23 and prints counts. Usage: node validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const lines = readFileSync(join(dir, 'cases.jsonl'), 'utf8').split('\n');
const sourcesMd = readFileSync(join(dir, 'SOURCES.md'), 'utf8');

const FIELDS = ['text', 'expect', 'category', 'surface', 'context', 'lang', 'source'];
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const EXPECT = ['violation', 'clean', 'allowed'];
const CATEGORY = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURFACE = ['proposal', 'message'];
const CONTEXT = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const DEFAULTS = { client: 'standard', contract: 'none', role: 'freelancer' };
const LANGS = ['es', 'pt', 'fr', 'de', 'ru', 'uk', 'hi-Latn', 'ur-Latn', 'tl', 'id', 'ar', 'ar-Latn', 'tr', 'en'];

const errors = [];
const warnings = [];
const seen = new Map();
const seenNorm = new Map();
const cases = [];
const norm = (t) => t.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

lines.forEach((line, i) => {
  const n = i + 1;
  if (line.trim() === '') { if (i !== lines.length - 1) errors.push(`line ${n}: empty line`); return; }
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${n}: JSON parse error ${e.message}`); return; }
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) errors.push(`line ${n}: unknown field ${k}`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${n}: missing field ${k}`);
  if (typeof o.text !== 'string' || o.text.trim().length < 5) errors.push(`line ${n}: text missing or shorter than 5`);
  if (typeof o.text === 'string' && o.text.length > 1500) errors.push(`line ${n}: text longer than 1500 (${o.text.length})`);
  if (!EXPECT.includes(o.expect)) errors.push(`line ${n}: bad expect ${o.expect}`);
  if (!CATEGORY.includes(o.category)) errors.push(`line ${n}: bad category ${o.category}`);
  if (!SURFACE.includes(o.surface)) errors.push(`line ${n}: bad surface ${o.surface}`);
  if (!LANGS.includes(o.lang)) errors.push(`line ${n}: bad lang ${o.lang}`);
  if (typeof o.source !== 'string' || !sourcesMd.includes('`' + o.source + '`')) errors.push(`line ${n}: source ${o.source} not listed in SOURCES.md`);
  if ('context' in o) {
    if (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context)) errors.push(`line ${n}: context not an object`);
    else {
      if (Object.keys(o.context).length === 0) errors.push(`line ${n}: empty context (omit it)`);
      for (const [k, v] of Object.entries(o.context)) {
        if (!(k in CONTEXT)) errors.push(`line ${n}: bad context key ${k}`);
        else if (!CONTEXT[k].includes(v)) errors.push(`line ${n}: bad context value ${k}=${v}`);
        else if (DEFAULTS[k] === v) errors.push(`line ${n}: context ${k}=${v} is a default, omit it`);
      }
    }
  }
  const ctx = { ...DEFAULTS, ...(o.context || {}) };
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${n}: payment outside Upwork is never allowed`);
  if (ctx.role === 'client' && o.surface === 'proposal') warnings.push(`line ${n}: client-side proposal is unusual`);
  if (typeof o.text === 'string') {
    if (seen.has(o.text)) errors.push(`line ${n}: duplicate text of line ${seen.get(o.text)}`);
    else seen.set(o.text, n);
    const nt = norm(o.text);
    if (seenNorm.has(nt) && seen.get(o.text) === n) errors.push(`line ${n}: near-duplicate (normalised) of line ${seenNorm.get(nt)}`);
    else seenNorm.set(nt, n);
  }
  cases.push({ ...o, n, ctx });
});

// near-template check: word-trigram Jaccard similarity
const grams = (t) => { const w = norm(t).split(' '); const s = new Set(); for (let i = 0; i + 2 < w.length; i++) s.add(w.slice(i, i + 3).join(' ')); return s; };
const G = cases.map((c) => grams(c.text));
for (let a = 0; a < cases.length; a++) for (let b = a + 1; b < cases.length; b++) {
  const A = G[a], B = G[b]; if (A.size < 4 || B.size < 4) continue;
  let inter = 0; for (const g of A) if (B.has(g)) inter++;
  const j = inter / (A.size + B.size - inter);
  if (j > 0.5) warnings.push(`lines ${cases[a].n} and ${cases[b].n}: similar phrasing (jaccard ${j.toFixed(2)})`);
}

const count = (key) => { const m = {}; for (const c of cases) { const k = key(c); m[k] = (m[k] || 0) + 1; } return m; };
const show = (title, m) => { console.log(`\n${title}`); for (const [k, v] of Object.entries(m).sort()) console.log(`  ${k.padEnd(34)} ${v}`); };
console.log(`cases: ${cases.length}`);
show('expect', count((c) => c.expect));
show('category', count((c) => c.category));
show('lang', count((c) => c.lang));
show('surface', count((c) => c.surface));
show('role', count((c) => c.ctx.role));
show('context (non-default)', count((c) => JSON.stringify(c.context || {})));
show('expect x category', count((c) => `${c.expect} / ${c.category}`));
// per-language coverage of violation categories
const perLang = {};
for (const c of cases) { perLang[c.lang] ??= { cats: new Set(), vcats: new Set(), exp: {} }; const p = perLang[c.lang]; p.cats.add(c.category); if (c.expect === 'violation') p.vcats.add(c.category); p.exp[c.expect] = (p.exp[c.expect] || 0) + 1; }
console.log('\nper lang: violation/clean/allowed, client-side, categories with a violation');
for (const [l, p] of Object.entries(perLang)) {
  const cl = cases.filter((c) => c.lang === l && c.ctx.role === 'client').length;
  console.log(`  ${l.padEnd(8)} v${p.exp.violation || 0} c${p.exp.clean || 0} a${p.exp.allowed || 0}  client ${cl}  vcats ${p.vcats.size}/7`);
  if (l !== 'en' && p.vcats.size < 7) warnings.push(`lang ${l}: violations cover only ${p.vcats.size}/7 categories`);
}
const lens = cases.map((c) => c.text.length).sort((a, b) => a - b);
console.log(`\nlength: min ${lens[0]}, median ${lens[Math.floor(lens.length / 2)]}, max ${lens[lens.length - 1]}`);
for (const w of warnings) console.log('WARN ' + w);
for (const e of errors) console.log('ERROR ' + e);
console.log(errors.length ? `\n${errors.length} error(s)` : '\nOK: no errors');
process.exit(errors.length ? 1 : 0);
