// Validates cases.jsonl: parse, exact fields/values, no duplicate texts, sources listed in SOURCES.md; prints counts.
import fs from 'node:fs';
const dir = new URL('.', import.meta.url).pathname;
const lines = fs.readFileSync(dir + 'cases.jsonl', 'utf8').split('\n').filter(l => l.trim() !== '');
const sourcesMd = fs.readFileSync(dir + 'SOURCES.md', 'utf8');
const EXPECT = ['violation', 'clean', 'allowed'];
const CAT = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURF = ['proposal', 'message'];
const CTX = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const DEFAULTS = { client: 'standard', contract: 'none', role: 'freelancer' };
const REQ = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
const LANG = /^[a-z]{2}(-Latn)?$/;
const errors = [], seen = new Map();
const count = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const bySource = new Map(), byExpect = new Map(), byCat = new Map(), byLang = new Map(), bySurf = new Map(), byRole = new Map(), byCatExpect = new Map(), byLangExpect = new Map(), langCats = new Map();
let minLen = Infinity, maxLen = 0;
lines.forEach((line, i) => {
  const n = i + 1; let o;
  try { o = JSON.parse(line); } catch { errors.push(`line ${n}: bad JSON`); return; }
  for (const k of Object.keys(o)) if (![...REQ, 'context'].includes(k)) errors.push(`line ${n}: unknown field ${k}`);
  for (const k of REQ) if (!(k in o)) errors.push(`line ${n}: missing ${k}`);
  if (typeof o.text !== 'string' || o.text.trim() === '') errors.push(`line ${n}: empty text`);
  else {
    if (o.text.length < 5 || o.text.length > 1500) errors.push(`line ${n}: length ${o.text.length} out of 5..1500`);
    minLen = Math.min(minLen, o.text.length); maxLen = Math.max(maxLen, o.text.length);
    const key = o.text.trim().toLowerCase();
    if (seen.has(key)) errors.push(`line ${n}: duplicate text of line ${seen.get(key)}`); else seen.set(key, n);
  }
  if (!EXPECT.includes(o.expect)) errors.push(`line ${n}: bad expect ${o.expect}`);
  if (!CAT.includes(o.category)) errors.push(`line ${n}: bad category ${o.category}`);
  if (!SURF.includes(o.surface)) errors.push(`line ${n}: bad surface ${o.surface}`);
  if (typeof o.lang !== 'string' || !LANG.test(o.lang)) errors.push(`line ${n}: bad lang ${o.lang}`);
  if (typeof o.source !== 'string' || !sourcesMd.includes('`' + o.source + '`')) errors.push(`line ${n}: source ${o.source} not in SOURCES.md`);
  let ctx = {};
  if ('context' in o) {
    if (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context)) errors.push(`line ${n}: context not an object`);
    else {
      ctx = o.context;
      if (Object.keys(ctx).length === 0) errors.push(`line ${n}: empty context`);
      for (const [k, v] of Object.entries(ctx)) {
        if (!CTX[k]) errors.push(`line ${n}: unknown context key ${k}`);
        else if (!CTX[k].includes(v)) errors.push(`line ${n}: bad context ${k}=${v}`);
        else if (DEFAULTS[k] === v) errors.push(`line ${n}: context ${k} is the default and must be omitted`);
      }
    }
  }
  if (o.expect === 'allowed' && o.category === 'payment') errors.push(`line ${n}: payment outside Upwork is never allowed`);
  count(byExpect, o.expect); count(byCat, o.category); count(byLang, o.lang); count(bySurf, o.surface);
  count(byRole, ctx.role || 'freelancer'); count(byCatExpect, `${o.category}/${o.expect}`); count(byLangExpect, `${o.lang}/${o.expect}`);
  if (o.expect === 'violation') { if (!langCats.has(o.lang)) langCats.set(o.lang, new Set()); langCats.get(o.lang).add(o.category); }
  count(bySource, o.source);
});
const show = (title, m) => { console.log(`\n${title}`); for (const [k, v] of [...m.entries()].sort()) console.log(`  ${k.padEnd(28)} ${v}`); };
console.log(`cases: ${lines.length}  text length ${minLen}..${maxLen}`);
show('by expect', byExpect); show('by category', byCat); show('by lang', byLang); show('by surface', bySurf); show('by role', byRole);
show('by source', bySource); show('by category/expect', byCatExpect); show('by lang/expect', byLangExpect);
for (const [l, s] of langCats) if (s.size < CAT.length) console.log(`note: lang ${l} has violations in only ${s.size}/7 categories: missing ${CAT.filter(c => !s.has(c)).join(', ')}`);
if (errors.length) { console.log(`\n${errors.length} error(s):`); errors.forEach(e => console.log('  ' + e)); process.exit(1); }
console.log('\nOK: no errors');
