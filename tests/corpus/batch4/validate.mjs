// Validator for batch4/cases.jsonl. Usage: node validate.mjs [path/to/cases.jsonl]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] || join(here, 'cases.jsonl');
const sourcesMd = readFileSync(join(here, 'SOURCES.md'), 'utf8');

const EXPECT = ['violation', 'clean', 'allowed'];
const CATEGORY = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURFACE = ['proposal', 'message'];
const CTX = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const CTX_DEFAULT = { client: 'standard', contract: 'none', role: 'freelancer' };
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const OPTIONAL = ['context'];
const LANG_RE = /^[a-z]{2}(-Latn)?$/;
// source ids = backticked ids in the first column of the SOURCES.md table
const SOURCE_IDS = new Set([...sourcesMd.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]));

const errors = [];
const warnings = [];
const seen = new Map();
const seenNorm = new Map();
const rows = [];
const norm = (t) => t.toLowerCase().replace(/[^a-z0-9@]+/g, ' ').trim();

const lines = readFileSync(file, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
lines.forEach((line, i) => {
  const n = i + 1;
  const err = (m) => errors.push(`line ${n}: ${m}`);
  let d;
  try { d = JSON.parse(line); } catch (e) { err(`invalid JSON: ${e.message}`); return; }
  if (typeof d !== 'object' || d === null || Array.isArray(d)) { err('not an object'); return; }
  for (const k of Object.keys(d)) if (!REQUIRED.includes(k) && !OPTIONAL.includes(k)) err(`unexpected field "${k}"`);
  for (const k of REQUIRED) if (!(k in d)) err(`missing field "${k}"`);
  if (typeof d.text !== 'string' || !d.text.trim()) err('text must be a non-empty string');
  else {
    if (d.text.length < 5 || d.text.length > 1500) err(`text length ${d.text.length} outside 5..1500`);
    if (d.text !== d.text.trim()) warnings.push(`line ${n}: text has leading/trailing whitespace`);
    if (seen.has(d.text)) err(`duplicate text (same as line ${seen.get(d.text)})`);
    else {
      seen.set(d.text, n);
      const k = norm(d.text);
      if (seenNorm.has(k)) err(`near-duplicate text (same as line ${seenNorm.get(k)} after normalising case/punctuation)`);
      else seenNorm.set(k, n);
    }
  }
  if (!EXPECT.includes(d.expect)) err(`bad expect "${d.expect}"`);
  if (!CATEGORY.includes(d.category)) err(`bad category "${d.category}"`);
  if (!SURFACE.includes(d.surface)) err(`bad surface "${d.surface}"`);
  if (typeof d.lang !== 'string' || !LANG_RE.test(d.lang)) err(`bad lang "${d.lang}"`);
  if (!SOURCE_IDS.has(d.source)) err(`source "${d.source}" not listed in SOURCES.md`);
  const ctx = d.context ?? {};
  if ('context' in d) {
    if (typeof d.context !== 'object' || d.context === null || Array.isArray(d.context)) err('context must be an object');
    else {
      if (Object.keys(d.context).length === 0) err('empty context: omit it instead');
      for (const [k, v] of Object.entries(d.context)) {
        if (!(k in CTX)) err(`unexpected context key "${k}"`);
        else if (!CTX[k].includes(v)) err(`bad context.${k} "${v}"`);
        else if (CTX_DEFAULT[k] === v) err(`context.${k} is the default "${v}": omit it`);
      }
    }
  }
  // consistency checks from the brief
  if (d.expect === 'allowed' && !['contact-sharing', 'contact-request', 'off-platform'].includes(d.category))
    err(`"allowed" only applies to contact/off-platform exceptions, not "${d.category}"`);
  if (ctx.role === 'client' && d.surface === 'proposal') err('clients do not write proposals');
  if (d.expect === 'violation' && ['contact-sharing', 'contact-request', 'off-platform'].includes(d.category) &&
      (ctx.client === 'enterprise' || ctx.contract === 'active'))
    err('contact/off-platform violation in a context where an exception applies (should be "allowed")');
  rows.push({ ...d, role: ctx.role ?? 'freelancer', client: ctx.client ?? 'standard', contract: ctx.contract ?? 'none' });
});

const count = (key) => rows.reduce((m, r) => { const k = key(r); m[k] = (m[k] || 0) + 1; return m; }, {});
const show = (title, obj) => {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(obj).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`  ${k.padEnd(36)} ${String(v).padStart(4)}  (${((100 * v) / rows.length).toFixed(1)}%)`);
};

console.log(`file: ${file}\ncases: ${rows.length}`);
show('expect', count((r) => r.expect));
show('category', count((r) => r.category));
show('expect / category', count((r) => `${r.expect} / ${r.category}`));
show('lang', count((r) => r.lang));
show('surface', count((r) => r.surface));
show('role', count((r) => r.role));
show('context (client/contract)', count((r) => `${r.client}/${r.contract}`));
show('source', count((r) => r.source));
show('source / expect', count((r) => `${r.source} / ${r.expect}`));
const lens = rows.map((r) => r.text.length).sort((a, b) => a - b);
console.log(`\ntext length: min ${lens[0]}, median ${lens[Math.floor(lens.length / 2)]}, max ${lens[lens.length - 1]}`);

for (const w of warnings) console.log(`WARN ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`ERROR ${e}`);
  console.error(`\n${errors.length} error(s)`);
  process.exit(1);
}
console.log('\nOK: all lines valid, no duplicate texts');
