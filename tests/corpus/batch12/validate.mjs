// Validates cases.jsonl for batch12. Run: node validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lines = readFileSync(join(here, 'cases.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
const sourcesMd = readFileSync(join(here, 'SOURCES.md'), 'utf8');
const listedIds = new Set([...sourcesMd.matchAll(/`((?:real|fill)-[a-z0-9-]+)`/g)].map((m) => m[1]));

const FIELDS = new Set(['text', 'expect', 'category', 'surface', 'context', 'lang', 'source']);
const REQUIRED = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const EXPECT = new Set(['violation', 'clean', 'allowed']);
const CATEGORY = new Set(['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment']);
const SURFACE = new Set(['proposal', 'message']);
const CTX = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const CTX_DEFAULT = { client: 'standard', contract: 'none', role: 'freelancer' };
const LANG = /^([a-z]{2}|hi-Latn|ur-Latn|ar-Latn)$/;

const errors = [];
const seen = new Map();
const count = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const byExpect = new Map(), byCategory = new Map(), byLang = new Map(), byPair = new Map(), bySurface = new Map(), byRole = new Map(), bySrcKind = new Map();

lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${n}: not JSON (${e.message})`); return; }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) { errors.push(`line ${n}: not an object`); return; }
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) errors.push(`line ${n}: unexpected field "${k}"`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${n}: missing field "${k}"`);
  if (typeof o.text !== 'string') errors.push(`line ${n}: text not a string`);
  else {
    if (o.text.length < 5 || o.text.length > 1500) errors.push(`line ${n}: text length ${o.text.length} outside 5..1500`);
    if (o.text !== o.text.trim()) errors.push(`line ${n}: text has leading/trailing whitespace`);
    if (seen.has(o.text)) errors.push(`line ${n}: duplicate text (also line ${seen.get(o.text)})`);
    else seen.set(o.text, n);
  }
  if (!EXPECT.has(o.expect)) errors.push(`line ${n}: bad expect "${o.expect}"`);
  if (!CATEGORY.has(o.category)) errors.push(`line ${n}: bad category "${o.category}"`);
  if (!SURFACE.has(o.surface)) errors.push(`line ${n}: bad surface "${o.surface}"`);
  if (typeof o.lang !== 'string' || !LANG.test(o.lang)) errors.push(`line ${n}: bad lang "${o.lang}"`);
  if (typeof o.source !== 'string' || !/^(real|fill)-/.test(o.source)) errors.push(`line ${n}: bad source "${o.source}"`);
  else if (!listedIds.has(o.source)) errors.push(`line ${n}: source "${o.source}" not listed in SOURCES.md`);
  if ('context' in o) {
    const c = o.context;
    if (typeof c !== 'object' || c === null || Array.isArray(c)) errors.push(`line ${n}: context not an object`);
    else {
      if (Object.keys(c).length === 0) errors.push(`line ${n}: empty context (omit it)`);
      for (const [k, v] of Object.entries(c)) {
        if (!(k in CTX)) errors.push(`line ${n}: bad context key "${k}"`);
        else if (!CTX[k].includes(v)) errors.push(`line ${n}: bad context ${k}="${v}"`);
        else if (CTX_DEFAULT[k] === v) errors.push(`line ${n}: context ${k}="${v}" is a default and should be omitted`);
      }
    }
  }
  // allowed needs an exception-bearing context or tool/NDA/portfolio wording; payment can never be allowed
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${n}: payment outside Upwork is never allowed`);
  count(byExpect, o.expect); count(byCategory, o.category); count(byLang, o.lang);
  count(byPair, `${o.expect}/${o.category}`); count(bySurface, o.surface);
  count(byRole, (o.context && o.context.role) || 'freelancer');
  count(bySrcKind, String(o.source).startsWith('real-') ? 'real' : 'fill');
});

const show = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(28)} ${String(v).padStart(4)}  (${((100 * v) / lines.length).toFixed(1)}%)`);
};
console.log(`cases: ${lines.length}`);
show('by expect', byExpect); show('by category', byCategory); show('by lang', byLang);
show('by expect/category', byPair); show('by surface', bySurface); show('by role', byRole); show('by source kind', bySrcKind);
if (errors.length) { console.log(`\n${errors.length} ERROR(S):`); errors.slice(0, 50).forEach((e) => console.log('  ' + e)); process.exit(1); }
console.log('\nOK: all lines valid, no duplicate texts.');
