// Validator for every training batch (tests/corpus/training/batchN/cases.jsonl): parse, field and value checks,
// duplicates, sources listed in SOURCES.md (as `id` or as a table cell), texts of 5 to 2,500 characters (the second round, batches 30-35, has long messages), counts. Usage: node tests/corpus/training/validate.mjs [batchN ...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// `--root DIR` checks the batches of another folder (tests/corpus/held-out/validate.mjs passes its own), skipping those with a validator of their own.
const args = process.argv.slice(2);
const at = args.indexOf('--root');
const root = at === -1 ? path.dirname(fileURLToPath(import.meta.url)) : args.splice(at, 2)[1];
const ownValidator = (d) => at !== -1 && fs.existsSync(path.join(root, d, 'validate.mjs'));
const batches = args.length ? args : fs.readdirSync(root).filter((d) => /^batch\d+$/.test(d) && !ownValidator(d)).sort();
let failed = false;
for (const batch of batches) if (!validate(path.join(root, batch))) failed = true;
process.exit(failed ? 1 : 0);

function validate(dir) {
console.log(`\n== ${path.basename(dir)}`);
const lines = fs.readFileSync(path.join(dir, 'cases.jsonl'), 'utf8').split('\n');
const sourcesMd = fs.readFileSync(path.join(dir, 'SOURCES.md'), 'utf8');

const EXPECT = new Set(['violation', 'clean', 'allowed']);
const CATEGORY = new Set(['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment']);
const SURFACE = new Set(['proposal', 'message']);
const CTX = { client: new Set(['standard', 'enterprise']), contract: new Set(['none', 'active']), role: new Set(['freelancer', 'client']) };
const DEFAULTS = { client: 'standard', contract: 'none', role: 'freelancer' };
const ALLOWED_KEYS = new Set(['text', 'expect', 'category', 'surface', 'context', 'lang', 'source']);
const LANG_RE = /^[a-z]{2,3}(-Latn)?$/; // ISO 639-1, or 639-3 where there is no two-letter code (pcm: Nigerian Pidgin)

const errors = [];
const seen = new Map();
const norm = (t) => t.toLowerCase().replace(/\s+/g, ' ').trim();
const counts = { expect: {}, category: {}, lang: {}, source: {}, surface: {}, role: {}, 'expect x category': {}, 'source x expect': {} };
const inc = (k, v) => { counts[k][v] = (counts[k][v] || 0) + 1; };
let n = 0;

lines.forEach((line, i) => {
  const ln = i + 1;
  if (!line.trim()) { if (i !== lines.length - 1) errors.push(`line ${ln}: empty line`); return; }
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${ln}: bad JSON: ${e.message}`); return; }
  n++;
  for (const k of Object.keys(o)) if (!ALLOWED_KEYS.has(k)) errors.push(`line ${ln}: unexpected field ${k}`);
  for (const k of ALLOWED_KEYS) if (k !== 'context' && !(k in o)) errors.push(`line ${ln}: missing field ${k}`);
  if (typeof o.text !== 'string' || o.text.length < 5 || o.text.length > 2500) errors.push(`line ${ln}: text length ${o.text?.length}`);
  if (!EXPECT.has(o.expect)) errors.push(`line ${ln}: bad expect ${o.expect}`);
  if (!CATEGORY.has(o.category)) errors.push(`line ${ln}: bad category ${o.category}`);
  if (!SURFACE.has(o.surface)) errors.push(`line ${ln}: bad surface ${o.surface}`);
  if (typeof o.lang !== 'string' || !LANG_RE.test(o.lang)) errors.push(`line ${ln}: bad lang ${o.lang}`);
  if (typeof o.source !== 'string' || !(sourcesMd.includes('`' + o.source + '`') || sourcesMd.includes(`| ${o.source} |`))) errors.push(`line ${ln}: source ${o.source} not listed in SOURCES.md`);
  const ctx = o.context || {};
  if ('context' in o) {
    if (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context)) errors.push(`line ${ln}: context not an object`);
    else {
      if (Object.keys(o.context).length === 0) errors.push(`line ${ln}: empty context`);
      for (const [k, v] of Object.entries(o.context)) {
        if (!CTX[k]) errors.push(`line ${ln}: bad context key ${k}`);
        else if (!CTX[k].has(v)) errors.push(`line ${ln}: bad context value ${k}=${v}`);
        else if (DEFAULTS[k] === v) errors.push(`line ${ln}: context key ${k} has default value (omit it)`);
      }
    }
  }
  // label sanity
  if (o.expect === 'allowed') {
    if (o.category === 'payment') errors.push(`line ${ln}: payment can never be allowed`);
    if (['feedback', 'harassment', 'account-sharing'].includes(o.category)) errors.push(`line ${ln}: allowed with category ${o.category}?`);
  }
  if (ctx.role === 'client' && o.surface === 'proposal') errors.push(`line ${ln}: client cannot write a proposal`);
  const key = norm(o.text || '');
  if (seen.has(key)) errors.push(`line ${ln}: duplicate text of line ${seen.get(key)}`); else seen.set(key, ln);
  inc('expect', o.expect); inc('category', o.category); inc('lang', o.lang); inc('source', o.source);
  inc('surface', o.surface); inc('role', ctx.role || 'freelancer');
  inc('expect x category', `${o.expect} / ${o.category}`); inc('source x expect', `${o.source} / ${o.expect}`);
});

console.log(`cases: ${n}`);
for (const [k, m] of Object.entries(counts)) {
  console.log(`\n${k}:`);
  for (const [v, c] of Object.entries(m).sort()) console.log(`  ${v.padEnd(40)} ${c}`);
}
if (errors.length) { console.log(`\n${errors.length} problem(s):`); errors.forEach((e) => console.log('  ' + e)); return false; }
console.log('\nOK: no problems found');
return true;
}
