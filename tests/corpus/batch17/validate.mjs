// Validator for batch17/cases.jsonl. Run: node validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const raw = readFileSync(join(here, 'cases.jsonl'), 'utf8');
const sourcesMd = readFileSync(join(here, 'SOURCES.md'), 'utf8');

const FIELDS = ['text', 'expect', 'category', 'surface', 'context', 'lang', 'source'];
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const EXPECT = ['violation', 'clean', 'allowed'];
const CATEGORY = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURFACE = ['proposal', 'message'];
const CTX = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const CTX_DEFAULT = { client: 'standard', contract: 'none', role: 'freelancer' };
const LANG = /^([a-z]{2}|hi-Latn|ur-Latn|ar-Latn)$/;

const errors = [];
const warnings = [];
const seen = new Map();
const counts = { expect: {}, category: {}, lang: {}, source: {}, surface: {}, role: {}, context: {}, 'expect x category': {} };
const bump = (k, v) => { counts[k][v] = (counts[k][v] || 0) + 1; };
const sourceIds = new Set([...sourcesMd.matchAll(/`(voice-[a-z0-9-]+)`/g)].map((m) => m[1]));

const lines = raw.split('\n');
if (lines[lines.length - 1] === '') lines.pop();
let n = 0;
const lengths = [];
lines.forEach((line, i) => {
  const ln = i + 1;
  if (!line.trim()) { errors.push(`line ${ln}: empty line`); return; }
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${ln}: bad JSON (${e.message})`); return; }
  n++;
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) errors.push(`line ${ln}: unknown field ${k}`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${ln}: missing field ${k}`);
  if (typeof o.text !== 'string' || !o.text.trim()) errors.push(`line ${ln}: text must be a non-empty string`);
  if (!EXPECT.includes(o.expect)) errors.push(`line ${ln}: bad expect ${o.expect}`);
  if (!CATEGORY.includes(o.category)) errors.push(`line ${ln}: bad category ${o.category}`);
  if (!SURFACE.includes(o.surface)) errors.push(`line ${ln}: bad surface ${o.surface}`);
  if (typeof o.lang !== 'string' || !LANG.test(o.lang)) errors.push(`line ${ln}: bad lang ${o.lang}`);
  if (!sourceIds.has(o.source)) errors.push(`line ${ln}: source ${o.source} not listed in SOURCES.md`);
  const ctx = { ...CTX_DEFAULT };
  if ('context' in o) {
    if (!o.context || typeof o.context !== 'object' || Array.isArray(o.context)) errors.push(`line ${ln}: context must be an object`);
    else {
      if (!Object.keys(o.context).length) errors.push(`line ${ln}: empty context (omit it)`);
      for (const [k, v] of Object.entries(o.context)) {
        if (!(k in CTX)) errors.push(`line ${ln}: unknown context key ${k}`);
        else if (!CTX[k].includes(v)) errors.push(`line ${ln}: bad context ${k}=${v}`);
        else if (v === CTX_DEFAULT[k]) errors.push(`line ${ln}: context ${k}=${v} is a default, omit it`);
        else ctx[k] = v;
      }
    }
  }
  // consistency checks
  if (o.surface === 'proposal' && ctx.role === 'client') errors.push(`line ${ln}: clients do not write proposals`);
  if (o.surface === 'proposal' && ctx.contract === 'active') errors.push(`line ${ln}: a proposal cannot have an active contract`);
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${ln}: payment outside Upwork is never allowed`);
  if (o.expect === 'allowed' && ['harassment', 'feedback', 'account-sharing'].includes(o.category)) errors.push(`line ${ln}: no exception exists for ${o.category}`);
  if (/\s{2,}$|^\s/.test(o.text)) warnings.push(`line ${ln}: leading/trailing whitespace`);
  const key = (o.text || '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (seen.has(key)) errors.push(`line ${ln}: duplicate text (first at line ${seen.get(key)})`);
  else seen.set(key, ln);
  lengths.push((o.text || '').length);
  bump('expect', o.expect); bump('category', o.category); bump('lang', o.lang); bump('source', o.source);
  bump('surface', o.surface); bump('role', ctx.role);
  bump('context', `${ctx.client}/${ctx.contract}`);
  bump('expect x category', `${o.expect} / ${o.category}`);
});

for (const c of CATEGORY) if (!counts.category[c]) errors.push(`category ${c} has no cases`);
for (const id of sourceIds) if (!counts.source[id]) warnings.push(`source ${id} listed but unused`);

console.log(`cases: ${n}`);
const pct = (v) => `${v} (${((100 * v) / n).toFixed(1)}%)`;
for (const [k, obj] of Object.entries(counts)) {
  console.log(`\n${k}:`);
  for (const [v, c] of Object.entries(obj).sort()) console.log(`  ${v.padEnd(34)} ${pct(c)}`);
}
lengths.sort((a, b) => a - b);
console.log(`\ntext length: min ${lengths[0]}, median ${lengths[Math.floor(lengths.length / 2)]}, max ${lengths[lengths.length - 1]}, >=800 chars: ${lengths.filter((l) => l >= 800).length}`);
for (const w of warnings) console.log(`WARN ${w}`);
if (errors.length) {
  for (const e of errors) console.log(`ERROR ${e}`);
  console.log(`\n${errors.length} error(s)`);
  process.exit(1);
}
console.log('\nOK: no errors');
