import fs from 'node:fs';
const dir = new URL('.', import.meta.url).pathname;
const lines = fs.readFileSync(dir + 'cases.jsonl', 'utf8').split('\n').filter(l => l.trim());
const sourcesMd = fs.readFileSync(dir + 'SOURCES.md', 'utf8');
const EXPECT = ['violation', 'clean', 'allowed'];
const CAT = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURF = ['proposal', 'message'];
const CTX = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const FIELDS = new Set(['text', 'expect', 'category', 'surface', 'context', 'lang', 'source']);
const LANG = /^[a-z]{2}(-Latn)?$/;
let errors = 0; const err = (i, m) => { errors++; console.error(`line ${i + 1}: ${m}`); };
const seen = new Map(); const norm = t => t.toLowerCase().replace(/\s+/g, ' ').trim();
const count = (o, k) => { o[k] = (o[k] || 0) + 1; };
const byExpect = {}, byCat = {}, byLang = {}, bySurf = {}, byRole = {}, bySrcKind = {}, byExpCat = {};
const pages = new Set();
lines.forEach((l, i) => {
  let d; try { d = JSON.parse(l); } catch { return err(i, 'bad JSON'); }
  for (const k of Object.keys(d)) if (!FIELDS.has(k)) err(i, `unknown field ${k}`);
  for (const k of ['text', 'expect', 'category', 'surface', 'lang', 'source']) if (!(k in d)) err(i, `missing ${k}`);
  if (typeof d.text !== 'string' || d.text.length < 2) err(i, 'bad text');
  if (!EXPECT.includes(d.expect)) err(i, `bad expect ${d.expect}`);
  if (!CAT.includes(d.category)) err(i, `bad category ${d.category}`);
  if (!SURF.includes(d.surface)) err(i, `bad surface ${d.surface}`);
  if (!LANG.test(d.lang || '')) err(i, `bad lang ${d.lang}`);
  if ('context' in d) {
    if (typeof d.context !== 'object' || !d.context || !Object.keys(d.context).length) err(i, 'empty/bad context');
    else for (const [k, v] of Object.entries(d.context)) {
      if (!CTX[k]) err(i, `bad context key ${k}`);
      else if (!CTX[k].includes(v)) err(i, `bad context value ${k}=${v}`);
      else if (v === CTX[k][0]) err(i, `context ${k} states a default`);
    }
  }
  if (d.expect === 'allowed') {

    if (d.category === 'payment') err(i, 'payment can never be allowed');
  }
  if (!/^(real-\d{3}|fill-b20)$/.test(d.source)) err(i, `bad source ${d.source}`);
  else if (!sourcesMd.includes(`| ${d.source} |`) && !sourcesMd.includes(d.source)) err(i, `source ${d.source} not in SOURCES.md`);
  const n = norm(d.text || '');
  if (seen.has(n)) err(i, `duplicate text of line ${seen.get(n) + 1}`); else seen.set(n, i);
  count(byExpect, d.expect); count(byCat, d.category); count(byLang, d.lang); count(bySurf, d.surface);
  count(byRole, (d.context && d.context.role) || 'freelancer'); count(byExpCat, `${d.expect}/${d.category}`);
  const kind = d.source.startsWith('real') ? 'real' : 'fill'; count(bySrcKind, kind);
  if (kind === 'real') pages.add(d.source);
});
const n = lines.length;
console.log('cases', n, 'errors', errors);
console.log('by source kind', bySrcKind, 'distinct real pages', pages.size);
console.log('by expect', byExpect, Object.fromEntries(Object.entries(byExpect).map(([k, v]) => [k, (100 * v / n).toFixed(1) + '%'])));
console.log('by category', byCat);
console.log('by expect/category', byExpCat);
console.log('by surface', bySurf, 'by role', byRole);
console.log('by lang', byLang);
process.exit(errors ? 1 : 0);
