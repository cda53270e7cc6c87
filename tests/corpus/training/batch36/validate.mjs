// Validator for batch36/cases.jsonl: node validate.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const lines = fs.readFileSync(path.join(dir, 'cases.jsonl'), 'utf8').split('\n').filter(l => l.trim() !== '');
const sourcesMd = fs.readFileSync(path.join(dir, 'SOURCES.md'), 'utf8');
const EXPECT = ['violation', 'clean', 'allowed'];
const CATS = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURF = ['proposal', 'message'];
const CTX = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const DEFAULTS = { client: 'standard', contract: 'none', role: 'freelancer' };
const FIELDS = ['text', 'expect', 'category', 'surface', 'context', 'lang', 'source'];
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const errors = [];
const seen = new Map();
const norm = t => t.toLowerCase().replace(/\s+/g, ' ').trim();
const counts = { expect: {}, category: {}, lang: {}, surface: {}, role: {}, source: {}, 'expect x category': {} };
const inc = (k, v) => { counts[k][v] = (counts[k][v] || 0) + 1; };
lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch { errors.push(`line ${n}: bad JSON`); return; }
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) errors.push(`line ${n}: unknown field ${k}`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${n}: missing ${k}`);
  if (typeof o.text !== 'string' || o.text.length < 5 || o.text.length > 1500) errors.push(`line ${n}: text length ${o.text && o.text.length}`);
  if (!EXPECT.includes(o.expect)) errors.push(`line ${n}: expect ${o.expect}`);
  if (!CATS.includes(o.category)) errors.push(`line ${n}: category ${o.category}`);
  if (!SURF.includes(o.surface)) errors.push(`line ${n}: surface ${o.surface}`);
  if (typeof o.lang !== 'string' || !/^[a-z]{2}(-Latn)?$/.test(o.lang)) errors.push(`line ${n}: lang ${o.lang}`);
  if (typeof o.source !== 'string' || !sourcesMd.includes('`' + o.source + '`')) errors.push(`line ${n}: source ${o.source} not in SOURCES.md`);
  let role = 'freelancer';
  if ('context' in o) {
    if (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context)) errors.push(`line ${n}: context not object`);
    else {
      if (Object.keys(o.context).length === 0) errors.push(`line ${n}: empty context`);
      for (const [k, v] of Object.entries(o.context)) {
        if (!(k in CTX)) errors.push(`line ${n}: context key ${k}`);
        else if (!CTX[k].includes(v)) errors.push(`line ${n}: context ${k}=${v}`);
        else if (DEFAULTS[k] === v) errors.push(`line ${n}: context ${k} is default, omit it`);
      }
      if (o.context.role) role = o.context.role;
    }
  }
  if (role === 'client' && o.surface === 'proposal') errors.push(`line ${n}: client cannot write a proposal`);
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${n}: payment cannot be allowed`);
  if (o.expect === 'allowed' && o.context && o.context.contract === 'active' && !['contact-sharing', 'contact-request', 'off-platform'].includes(o.category)) errors.push(`line ${n}: active contract only excuses contact details`);
  const key = norm(o.text || '');
  if (seen.has(key)) errors.push(`line ${n}: duplicate text of line ${seen.get(key)}`);
  else seen.set(key, n);
  inc('expect', o.expect); inc('category', o.category); inc('lang', o.lang); inc('surface', o.surface);
  inc('role', role); inc('source', o.source); inc('expect x category', `${o.expect} / ${o.category}`);
});
console.log(`cases: ${lines.length}`);
for (const [k, v] of Object.entries(counts)) {
  console.log(`\n${k}:`);
  for (const [name, c] of Object.entries(v).sort()) console.log(`  ${name.padEnd(36)} ${String(c).padStart(4)}  ${(100 * c / lines.length).toFixed(1)}%`);
}
if (errors.length) { console.error(`\n${errors.length} problem(s):\n` + errors.join('\n')); process.exit(1); }
console.log('\nOK: all lines valid, no duplicate texts');
