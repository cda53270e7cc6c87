// Validates batch16/cases.jsonl against the brief's format and checks that every
// source id is listed in SOURCES.md. Usage: node validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lines = readFileSync(join(here, 'cases.jsonl'), 'utf8').split('\n');
const sourcesMd = readFileSync(join(here, 'SOURCES.md'), 'utf8');

const EXPECT = new Set(['violation', 'clean', 'allowed']);
const CATEGORY = new Set(['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment']);
const SURFACE = new Set(['proposal', 'message']);
const CTX = { client: new Set(['standard', 'enterprise']), contract: new Set(['none', 'active']), role: new Set(['freelancer', 'client']) };
const DEFAULTS = { client: 'standard', contract: 'none', role: 'freelancer' };
const FIELDS = new Set(['text', 'expect', 'category', 'surface', 'context', 'lang', 'source']);
const LANG = /^[a-z]{2}(-Latn)?$/;

const errors = [];
const seen = new Map();
const count = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const by = { expect: new Map(), category: new Map(), lang: new Map(), surface: new Map(), role: new Map(), kind: new Map(), expectCategory: new Map() };
const sources = new Set();
let n = 0;

lines.forEach((raw, i) => {
  if (!raw.trim()) return;
  const ln = i + 1;
  let o;
  try { o = JSON.parse(raw); } catch (e) { errors.push(`line ${ln}: bad JSON (${e.message})`); return; }
  n++;
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) errors.push(`line ${ln}: unexpected field "${k}"`);
  for (const k of ['text', 'expect', 'category', 'surface', 'lang', 'source']) if (!(k in o)) errors.push(`line ${ln}: missing "${k}"`);
  if (typeof o.text !== 'string' || !o.text.trim()) errors.push(`line ${ln}: empty text`);
  if (!EXPECT.has(o.expect)) errors.push(`line ${ln}: bad expect ${o.expect}`);
  if (!CATEGORY.has(o.category)) errors.push(`line ${ln}: bad category ${o.category}`);
  if (!SURFACE.has(o.surface)) errors.push(`line ${ln}: bad surface ${o.surface}`);
  if (typeof o.lang !== 'string' || !LANG.test(o.lang)) errors.push(`line ${ln}: bad lang ${o.lang}`);
  if (typeof o.source !== 'string' || !/^(real-\d{3}|fill-b16)$/.test(o.source)) errors.push(`line ${ln}: bad source ${o.source}`);
  if ('context' in o) {
    if (!o.context || typeof o.context !== 'object' || Array.isArray(o.context) || !Object.keys(o.context).length) errors.push(`line ${ln}: context must be a non-empty object`);
    else for (const [k, v] of Object.entries(o.context)) {
      if (!CTX[k]) errors.push(`line ${ln}: unknown context key ${k}`);
      else if (!CTX[k].has(v)) errors.push(`line ${ln}: bad context ${k}=${v}`);
      else if (DEFAULTS[k] === v) errors.push(`line ${ln}: context ${k}=${v} is a default and should be omitted`);
    }
  }
  // allowed needs a reason the tool can see: enterprise, active contract, or an exception in the text
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${ln}: payment outside Upwork is never allowed`);
  const key = (o.text || '').trim();
  if (seen.has(key)) errors.push(`line ${ln}: duplicate text (first at line ${seen.get(key)})`);
  else seen.set(key, ln);
  sources.add(o.source);
  count(by.expect, o.expect); count(by.category, o.category); count(by.lang, o.lang); count(by.surface, o.surface);
  count(by.role, (o.context && o.context.role) || 'freelancer');
  count(by.kind, o.source === 'fill-b16' ? 'fill' : 'real');
  count(by.expectCategory, `${o.expect}/${o.category}`);
});

for (const s of sources) if (!sourcesMd.includes(`| ${s} |`)) errors.push(`source ${s} is not in the SOURCES.md table`);
const realIds = new Set([...sources].filter((s) => s.startsWith('real-')));

const show = (name, m) => console.log(`${name}: ` + [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v} (${(100 * v / n).toFixed(1)}%)`).join(', '));
console.log(`cases: ${n}`);
show('kind', by.kind); show('expect', by.expect); show('category', by.category); show('surface', by.surface); show('role', by.role); show('lang', by.lang);
show('expect/category', by.expectCategory);
console.log(`real pages (distinct real-NNN ids): ${realIds.size}`);
if (errors.length) { console.log(`\n${errors.length} problem(s):`); errors.forEach((e) => console.log('  ' + e)); process.exit(1); }
console.log('\nOK: every line parses, fields and values are valid, no duplicate text, all sources listed.');
