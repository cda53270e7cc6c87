// Validate cases.jsonl for batch21: fields, values, duplicates, sources; print counts.
import fs from 'node:fs';
const dir = new URL('.', import.meta.url).pathname;
const lines = fs.readFileSync(dir + 'cases.jsonl', 'utf8').split('\n').filter(l => l.trim() !== '');
const sourcesMd = fs.readFileSync(dir + 'SOURCES.md', 'utf8');
const EXPECT = ['violation', 'clean', 'allowed'];
const CATS = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURF = ['proposal', 'message'];
const CTX = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const DEFAULTS = { client: 'standard', contract: 'none', role: 'freelancer' };
const KEYS = ['text', 'expect', 'category', 'surface', 'context', 'lang', 'source'];
const LANG = /^[a-z]{2}(-Latn)?$/;
const errors = [];
const seen = new Map();
const count = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const by = { expect: new Map(), category: new Map(), lang: new Map(), surface: new Map(), role: new Map(), kind: new Map(), source: new Map() };
lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch { errors.push(`line ${n}: bad JSON`); return; }
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) errors.push(`line ${n}: unknown field ${k}`);
  for (const k of ['text', 'expect', 'category', 'surface', 'lang', 'source']) if (!(k in o)) errors.push(`line ${n}: missing ${k}`);
  if (typeof o.text !== 'string' || o.text.trim().length < 3) errors.push(`line ${n}: empty text`);
  if (!EXPECT.includes(o.expect)) errors.push(`line ${n}: bad expect ${o.expect}`);
  if (!CATS.includes(o.category)) errors.push(`line ${n}: bad category ${o.category}`);
  if (!SURF.includes(o.surface)) errors.push(`line ${n}: bad surface ${o.surface}`);
  if (typeof o.lang !== 'string' || !LANG.test(o.lang)) errors.push(`line ${n}: bad lang ${o.lang}`);
  const ctx = o.context || {};
  if ('context' in o) {
    if (typeof ctx !== 'object' || Array.isArray(ctx) || Object.keys(ctx).length === 0) errors.push(`line ${n}: context must be a non-empty object`);
    for (const [k, v] of Object.entries(ctx)) {
      if (!(k in CTX)) errors.push(`line ${n}: bad context key ${k}`);
      else if (!CTX[k].includes(v)) errors.push(`line ${n}: bad context value ${k}=${v}`);
      else if (DEFAULTS[k] === v) errors.push(`line ${n}: context key ${k} has default value (omit it)`);
    }
  }
  if (o.surface === 'proposal' && ctx.role === 'client') errors.push(`line ${n}: clients do not write proposals`);
  if (o.surface === 'proposal' && ctx.contract === 'active') errors.push(`line ${n}: proposal with active contract`);
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${n}: payment outside Upwork is never allowed`);
  if (typeof o.source !== 'string' || !sourcesMd.includes('`' + o.source + '`')) errors.push(`line ${n}: source ${o.source} not listed in SOURCES.md`);
  const key = (o.text || '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (seen.has(key)) errors.push(`line ${n}: duplicate text (first at line ${seen.get(key)})`); else seen.set(key, n);
  count(by.expect, o.expect); count(by.category, o.category); count(by.lang, o.lang); count(by.surface, o.surface);
  count(by.role, ctx.role || 'freelancer'); count(by.kind, String(o.source).startsWith('written-') ? 'written' : 'real');
  count(by.source, o.source);
});
const show = (name, m) => console.log(name.padEnd(9), [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join('  '));
console.log(`cases: ${lines.length}`);
for (const k of ['expect', 'category', 'lang', 'surface', 'role', 'kind']) show(k, by[k]);
const cross = new Map();
lines.forEach(l => { try { const o = JSON.parse(l); count(cross, `${o.expect}/${o.category}`); } catch { /* reported above */ } });
show('exp/cat', cross);
if (errors.length) { console.error(`\n${errors.length} problem(s):`); errors.forEach(e => console.error(' - ' + e)); process.exit(1); }
console.log('\nOK: all lines valid, no duplicate texts, every source listed.');
