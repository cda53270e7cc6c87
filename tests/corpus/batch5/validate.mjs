// Validator for batch5/cases.jsonl. Run: node validate.mjs
// Checks: every line parses; exactly the allowed fields; allowed values;
// context keys/values valid and not defaults; lang looks like ISO 639-1 (+ -Latn);
// every source id is listed in SOURCES.md; no text appears twice.
// Prints counts per expect / category / lang / surface / role / context and real vs modelled.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lines = readFileSync(join(here, 'cases.jsonl'), 'utf8').split('\n');
const sourcesMd = readFileSync(join(here, 'SOURCES.md'), 'utf8');

const FIELDS = ['text', 'expect', 'category', 'surface', 'context', 'lang', 'source'];
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const EXPECT = ['violation', 'clean', 'allowed'];
const CATEGORY = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURFACE = ['proposal', 'message'];
const CONTEXT = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const DEFAULTS = { client: 'standard', contract: 'none', role: 'freelancer' };
const MODELLED = 'own-batch5-modelled';

// source ids listed in SOURCES.md: first cell of table rows, in backticks
const listed = new Set([...sourcesMd.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]));

const errors = [];
const seen = new Map();
const count = (obj, key) => { obj[key] = (obj[key] || 0) + 1; };
const by = { expect: {}, category: {}, lang: {}, surface: {}, role: {}, context: {}, origin: {}, expectByOrigin: {}, catExpect: {} };
let n = 0;

lines.forEach((line, i) => {
  if (line.trim() === '') return;
  const where = `line ${i + 1}`;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`${where}: JSON parse error: ${e.message}`); return; }
  n++;
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) errors.push(`${where}: unexpected field "${k}"`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`${where}: missing field "${k}"`);
  if (typeof o.text !== 'string' || o.text.trim().length < 5) errors.push(`${where}: text missing or shorter than 5 chars`);
  if (typeof o.text === 'string' && o.text.length > 1500) errors.push(`${where}: text longer than 1500 chars (${o.text.length})`);
  if (!EXPECT.includes(o.expect)) errors.push(`${where}: bad expect "${o.expect}"`);
  if (!CATEGORY.includes(o.category)) errors.push(`${where}: bad category "${o.category}"`);
  if (!SURFACE.includes(o.surface)) errors.push(`${where}: bad surface "${o.surface}"`);
  if (typeof o.lang !== 'string' || !/^[a-z]{2}(-Latn)?$/.test(o.lang)) errors.push(`${where}: bad lang "${o.lang}"`);
  if (typeof o.source !== 'string' || !o.source) errors.push(`${where}: bad source`);
  else if (!listed.has(o.source)) errors.push(`${where}: source "${o.source}" not listed in SOURCES.md`);
  let role = 'freelancer';
  if ('context' in o) {
    if (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context)) errors.push(`${where}: context must be an object`);
    else {
      if (Object.keys(o.context).length === 0) errors.push(`${where}: empty context (omit it instead)`);
      for (const [k, v] of Object.entries(o.context)) {
        if (!(k in CONTEXT)) errors.push(`${where}: bad context key "${k}"`);
        else if (!CONTEXT[k].includes(v)) errors.push(`${where}: bad context value ${k}=${v}`);
        else if (DEFAULTS[k] === v) errors.push(`${where}: context ${k}=${v} is a default, omit it`);
      }
      if (o.context.role) role = o.context.role;
      count(by.context, Object.entries(o.context).map(([k, v]) => `${k}=${v}`).sort().join(','));
    }
  } else count(by.context, '(defaults)');
  // allowed must carry a reason the policy accepts: enterprise, active contract, or (checked by hand) tool access/NDA/portfolio
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`${where}: payment outside Upwork is never "allowed"`);
  if (typeof o.text === 'string') {
    const key = o.text.trim();
    if (seen.has(key)) errors.push(`${where}: duplicate text (first at line ${seen.get(key)})`);
    else seen.set(key, i + 1);
  }
  const origin = o.source === MODELLED ? 'modelled' : 'real';
  count(by.expect, o.expect); count(by.category, o.category); count(by.lang, o.lang);
  count(by.surface, o.surface); count(by.role, role); count(by.origin, origin);
  count(by.expectByOrigin, `${origin}/${o.expect}`); count(by.catExpect, `${o.category}/${o.expect}`);
});

const show = (title, obj) => {
  console.log(`\n${title}:`);
  for (const [k, v] of Object.entries(obj).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(34)} ${String(v).padStart(4)}  (${((100 * v) / n).toFixed(1)}%)`);
};
console.log(`cases: ${n}`);
show('expect', by.expect);
show('category', by.category);
show('category/expect', by.catExpect);
show('surface', by.surface);
show('role', by.role);
show('context', by.context);
show('lang', by.lang);
show('origin (real vs modelled)', by.origin);
show('origin/expect', by.expectByOrigin);
const usedSources = new Set(lines.filter((l) => l.trim()).map((l) => { try { return JSON.parse(l).source; } catch { return null; } }));
console.log(`\ndistinct sources used: ${usedSources.size}; listed in SOURCES.md: ${listed.size}`);
for (const s of listed) if (!usedSources.has(s)) console.log(`  note: listed but unused source id: ${s}`);
if (errors.length) {
  console.log(`\n${errors.length} error(s):`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('\nOK: all lines valid, no duplicate texts.');
