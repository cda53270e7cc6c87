#!/usr/bin/env node
// Validator for /work/incoming/batch7/cases.jsonl
// Usage: node validate.mjs [path/to/cases.jsonl]
// Checks: every line parses; exactly the allowed fields and values; context keys/values
// (defaults must be omitted); source ids are listed in SOURCES.md; no text appears twice
// (exact and whitespace/case-normalised); a few label sanity rules. Prints counts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] || join(here, 'cases.jsonl');
const sourcesMd = join(here, 'SOURCES.md');

const FIELDS = ['text', 'expect', 'category', 'surface', 'context', 'lang', 'source'];
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const EXPECT = ['violation', 'clean', 'allowed'];
const CATEGORY = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURFACE = ['proposal', 'message'];
const CONTEXT = { client: ['enterprise'], contract: ['active'], role: ['client'] }; // defaults must be omitted
const CONTEXT_ALL = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const LANG_RE = /^[a-z]{2}(-Latn)?$/;
const BATCH_LANGS = ['hi-Latn', 'ur-Latn', 'tl', 'id', 'ar', 'tr']; // need >= 50 each (ar-Latn counted separately)

// source ids listed in SOURCES.md (backticked ids in table rows)
let listedSources = new Set();
try {
  const md = readFileSync(sourcesMd, 'utf8');
  for (const line of md.split('\n')) {
    if (!line.trim().startsWith('|')) continue;
    for (const m of line.matchAll(/`([a-z0-9][a-z0-9._-]*)`/gi)) listedSources.add(m[1]);
  }
} catch {
  console.error('WARN: SOURCES.md not found next to validate.mjs');
}

const errors = [];
const warns = [];
const cases = [];
const seen = new Map();
const seenNorm = new Map();
const norm = (s) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const lines = readFileSync(file, 'utf8').split('\n');
lines.forEach((raw, i) => {
  const ln = i + 1;
  if (raw.trim() === '') {
    if (i !== lines.length - 1) errors.push(`line ${ln}: empty line`);
    return;
  }
  let o;
  try { o = JSON.parse(raw); } catch (e) { errors.push(`line ${ln}: JSON parse error: ${e.message}`); return; }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) { errors.push(`line ${ln}: not an object`); return; }
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) errors.push(`line ${ln}: unknown field "${k}"`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${ln}: missing field "${k}"`);
  if (typeof o.text !== 'string' || o.text.trim().length === 0) errors.push(`line ${ln}: text must be a non-empty string`);
  else if (o.text.length > 2000) warns.push(`line ${ln}: text longer than 2000 chars (${o.text.length})`);
  if (!EXPECT.includes(o.expect)) errors.push(`line ${ln}: bad expect "${o.expect}"`);
  if (!CATEGORY.includes(o.category)) errors.push(`line ${ln}: bad category "${o.category}"`);
  if (!SURFACE.includes(o.surface)) errors.push(`line ${ln}: bad surface "${o.surface}"`);
  if (typeof o.lang !== 'string' || !LANG_RE.test(o.lang)) errors.push(`line ${ln}: bad lang "${o.lang}"`);
  if (typeof o.source !== 'string' || !o.source) errors.push(`line ${ln}: bad source`);
  else if (listedSources.size && !listedSources.has(o.source)) errors.push(`line ${ln}: source "${o.source}" not listed in SOURCES.md`);
  const ctx = o.context ?? {};
  if ('context' in o) {
    if (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context)) errors.push(`line ${ln}: context must be an object`);
    else {
      if (Object.keys(o.context).length === 0) errors.push(`line ${ln}: empty context object (omit it)`);
      for (const [k, v] of Object.entries(o.context)) {
        if (!(k in CONTEXT_ALL)) errors.push(`line ${ln}: unknown context key "${k}"`);
        else if (!CONTEXT_ALL[k].includes(v)) errors.push(`line ${ln}: bad context.${k} "${v}"`);
        else if (!CONTEXT[k].includes(v)) errors.push(`line ${ln}: context.${k}="${v}" is the default; omit it`);
      }
    }
  }
  // label sanity
  if (ctx.role === 'client' && o.surface === 'proposal') errors.push(`line ${ln}: clients do not write proposals`);
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${ln}: payment outside Upwork is never "allowed"`);
  if (o.expect === 'allowed' && !['contact-sharing', 'contact-request', 'off-platform'].includes(o.category))
    warns.push(`line ${ln}: allowed case in category ${o.category} (exceptions cover contact/off-platform only)`);
  if (typeof o.text === 'string') {
    const n = norm(o.text);
    if (seen.has(o.text)) errors.push(`line ${ln}: duplicate text (same as line ${seen.get(o.text)})`);
    else if (seenNorm.has(n)) errors.push(`line ${ln}: near-duplicate text (normalised same as line ${seenNorm.get(n)})`);
    if (!seen.has(o.text)) seen.set(o.text, ln);
    if (!seenNorm.has(n)) seenNorm.set(n, ln);
  }
  cases.push({ ...o, _ln: ln, _role: ctx.role || 'freelancer', _client: ctx.client || 'standard', _contract: ctx.contract || 'none' });
});

// ---------- counts ----------
const count = (key) => cases.reduce((m, c) => (m[key(c)] = (m[key(c)] || 0) + 1, m), {});
const pct = (n) => `${((100 * n) / cases.length).toFixed(1)}%`;
const show = (title, obj) => {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(obj).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(34)} ${String(v).padStart(4)}  ${pct(v)}`);
};
console.log(`file: ${file}`);
console.log(`cases: ${cases.length}`);
show('expect', count((c) => c.expect));
show('category', count((c) => c.category));
show('surface', count((c) => c.surface));
show('role', count((c) => c._role));
show('client', count((c) => c._client));
show('contract', count((c) => c._contract));
show('lang', count((c) => c.lang));
show('source', count((c) => c.source));

const table = (title, rowKey, colKey, cols, set = cases) => {
  const cases_ = set;
  const rows = [...new Set(cases_.map(rowKey))].sort();
  console.log(`\n${title}`);
  console.log('  ' + ''.padEnd(16) + cols.map((c) => c.slice(0, 10).padStart(11)).join('') + 'total'.padStart(11));
  for (const r of rows) {
    const rc = cases_.filter((c) => rowKey(c) === r);
    console.log('  ' + r.padEnd(16) + cols.map((col) => String(rc.filter((c) => colKey(c) === col).length).padStart(11)).join('') + String(rc.length).padStart(11));
  }
  console.log('  ' + 'total'.padEnd(16) + cols.map((col) => String(cases_.filter((c) => colKey(c) === col).length).padStart(11)).join('') + String(cases_.length).padStart(11));
};
table('lang x expect', (c) => c.lang, (c) => c.expect, EXPECT);
table('category x expect', (c) => c.category, (c) => c.expect, EXPECT);
table('lang x category (violations only)', (c) => c.lang, (c) => c.category, CATEGORY, cases.filter((c) => c.expect === 'violation'));
table('lang x role', (c) => c.lang, (c) => c._role, ['freelancer', 'client']);

const lens = cases.map((c) => (c.text || '').length).sort((a, b) => a - b);
console.log(`\ntext length: min ${lens[0]}, median ${lens[Math.floor(lens.length / 2)]}, max ${lens[lens.length - 1]}`);

// batch requirements: >= 50 per language, all 7 categories violated per language
for (const L of BATCH_LANGS) {
  const lc = cases.filter((c) => c.lang === L);
  if (lc.length < 50) errors.push(`lang ${L}: only ${lc.length} cases (need >= 50)`);
  for (const cat of CATEGORY) if (!lc.some((c) => c.expect === 'violation' && c.category === cat)) errors.push(`lang ${L}: no violation in ${cat}`);
  for (const ex of EXPECT) if (!lc.some((c) => c.expect === ex)) errors.push(`lang ${L}: no ${ex} case`);
}

for (const w of warns) console.log('WARN  ' + w);
if (errors.length) {
  for (const e of errors) console.log('ERROR ' + e);
  console.log(`\nFAILED: ${errors.length} error(s)`);
  process.exit(1);
}
console.log('\nOK: all lines valid');
