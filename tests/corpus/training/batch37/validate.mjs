// validate.mjs — checks cases.jsonl for batch37
import fs from 'node:fs';
const lines = fs.readFileSync(new URL('./cases.jsonl', import.meta.url), 'utf8').split('\n').filter(l => l.trim() !== '');
const sources = fs.readFileSync(new URL('./SOURCES.md', import.meta.url), 'utf8');
const EXPECT = ['violation', 'clean', 'allowed'];
const CAT = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURF = ['proposal', 'message'];
const CTX = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const FIELDS = ['text', 'expect', 'category', 'surface', 'context', 'lang', 'source'];
const REQ = ['text', 'expect', 'category', 'surface', 'lang', 'source'];
let errors = 0; const seen = new Map();
const count = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const byExpect = new Map(), byCat = new Map(), byLang = new Map(), bySurf = new Map(), byRole = new Map(), bySrc = new Map(), byEC = new Map();
const err = (i, msg) => { errors++; console.error(`line ${i + 1}: ${msg}`); };
lines.forEach((line, i) => {
  let o; try { o = JSON.parse(line); } catch { return err(i, 'bad JSON'); }
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) err(i, `unknown field ${k}`);
  for (const k of REQ) if (!(k in o)) err(i, `missing ${k}`);
  if (typeof o.text !== 'string' || o.text.trim().length < 3) err(i, 'empty text');
  if (!EXPECT.includes(o.expect)) err(i, `bad expect ${o.expect}`);
  if (!CAT.includes(o.category)) err(i, `bad category ${o.category}`);
  if (!SURF.includes(o.surface)) err(i, `bad surface ${o.surface}`);
  if ('context' in o) {
    if (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context)) err(i, 'context not object');
    else for (const [k, v] of Object.entries(o.context)) {
      if (!(k in CTX)) err(i, `bad context key ${k}`);
      else if (!CTX[k].includes(v)) err(i, `bad context value ${k}=${v}`);
      else if (v === CTX[k][0]) err(i, `default context value given ${k}=${v}`);
    }
  }
  if (typeof o.lang !== 'string' || !/^[a-z]{2}(-Latn)?$/.test(o.lang)) err(i, `bad lang ${o.lang}`);
  if (typeof o.source !== 'string' || !sources.includes(`| ${o.source} |`)) err(i, `source ${o.source} not in SOURCES.md`);
  if (o.expect === 'allowed' && o.category === 'payment') err(i, 'payment can never be allowed');
  const key = (o.text || '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (seen.has(key)) err(i, `duplicate text (first at line ${seen.get(key) + 1})`); else seen.set(key, i);
  count(byExpect, o.expect); count(byCat, o.category); count(byLang, o.lang); count(bySurf, o.surface);
  count(byRole, (o.context && o.context.role) || 'freelancer'); count(bySrc, o.source); count(byEC, `${o.expect}/${o.category}`);
});
const show = (t, m) => console.log(t + ': ' + [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(', '));
console.log(`cases: ${lines.length}`);
show('expect', byExpect); show('category', byCat); show('lang', byLang); show('surface', bySurf); show('role', byRole);
show('expect/category', byEC);
const written = bySrc.get('written37') || 0;
console.log(`real passages: ${lines.length - written} from ${bySrc.size - (written ? 1 : 0)} sources; written: ${written}`);
if (errors) { console.error(`${errors} error(s)`); process.exit(1); } else console.log('OK: no errors');
