// Validates cases.jsonl: parse, allowed fields/values, no duplicate texts, prints counts.
import { readFileSync, existsSync } from 'node:fs';
const file = new URL('./cases.jsonl', import.meta.url);
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const EXPECT = ['violation', 'clean', 'allowed'];
const CATS = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURF = ['proposal', 'message'];
const CTX = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const FIELDS = ['text', 'expect', 'category', 'surface', 'context', 'lang', 'source'];
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const LANG = /^[a-z]{2}(-Latn)?$/;
let sources = new Set();
if (existsSync(new URL('./SOURCES.md', import.meta.url))) {
  const md = readFileSync(new URL('./SOURCES.md', import.meta.url), 'utf8');
  for (const m of md.matchAll(/`(b8a-[a-z0-9-]+)`/g)) sources.add(m[1]);
}
const errors = [];
const seen = new Map();
const counts = { expect: {}, category: {}, lang: {}, surface: {}, role: {}, context: {}, 'expect x category': {} };
const inc = (o, k) => { o[k] = (o[k] || 0) + 1; };
lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${n}: bad JSON (${e.message})`); return; }
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) errors.push(`line ${n}: unknown field ${k}`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${n}: missing ${k}`);
  if (typeof o.text !== 'string' || o.text.trim().length < 5) errors.push(`line ${n}: text too short`);
  if (typeof o.text === 'string' && o.text.length > 1500) errors.push(`line ${n}: text longer than 1500 (${o.text.length})`);
  if (!EXPECT.includes(o.expect)) errors.push(`line ${n}: bad expect ${o.expect}`);
  if (!CATS.includes(o.category)) errors.push(`line ${n}: bad category ${o.category}`);
  if (!SURF.includes(o.surface)) errors.push(`line ${n}: bad surface ${o.surface}`);
  if (!LANG.test(o.lang || '')) errors.push(`line ${n}: bad lang ${o.lang}`);
  if (sources.size && !sources.has(o.source)) errors.push(`line ${n}: source ${o.source} not in SOURCES.md`);
  if ('context' in o) {
    if (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context)) errors.push(`line ${n}: context not an object`);
    else {
      if (Object.keys(o.context).length === 0) errors.push(`line ${n}: empty context`);
      for (const [k, v] of Object.entries(o.context)) {
        if (!CTX[k]) errors.push(`line ${n}: bad context key ${k}`);
        else if (!CTX[k].includes(v)) errors.push(`line ${n}: bad context value ${k}=${v}`);
        else if (v === CTX[k][0]) errors.push(`line ${n}: default context key ${k} should be omitted`);
      }
    }
  }
  const ctx = o.context || {};
  if (ctx.role === 'client' && o.surface === 'proposal') errors.push(`line ${n}: client cannot write a proposal`);
  if (o.surface === 'proposal' && ctx.contract === 'active') errors.push(`line ${n}: proposal with active contract`);
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${n}: payment outside Upwork is never allowed`);
  const key = (o.text || '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (seen.has(key)) errors.push(`line ${n}: duplicate text of line ${seen.get(key)}`); else seen.set(key, n);
  inc(counts.expect, o.expect); inc(counts.category, o.category); inc(counts.lang, o.lang);
  inc(counts.surface, o.surface); inc(counts.role, ctx.role || 'freelancer');
  inc(counts.context, `client=${ctx.client || 'standard'} contract=${ctx.contract || 'none'}`);
  inc(counts['expect x category'], `${o.expect} / ${o.category}`);
});
console.log(`cases: ${lines.length}`);
for (const [name, obj] of Object.entries(counts)) {
  console.log(`\n${name}:`);
  for (const [k, v] of Object.entries(obj).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(36)} ${v}`);
}
if (errors.length) { console.log(`\n${errors.length} problem(s):`); errors.forEach((e) => console.log('  ' + e)); process.exit(1); }
console.log('\nOK: no problems found');
