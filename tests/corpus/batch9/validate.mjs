import fs from 'fs';
const path = new URL('./cases.jsonl', import.meta.url);
const lines = fs.readFileSync(path, 'utf8').split('\n').filter(l => l.trim() !== '');
const FIELDS = new Set(['text','expect','category','surface','context','lang','source']);
const REQ = ['text','expect','category','surface','lang','source'];
const EXPECT = new Set(['violation','clean','allowed']);
const CAT = new Set(['contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment']);
const SURF = new Set(['proposal','message']);
const CTX = {client:new Set(['standard','enterprise']), contract:new Set(['none','active']), role:new Set(['freelancer','client'])};
const DEFAULTS = {client:'standard', contract:'none', role:'freelancer'};
const LANG = /^(en|es|ar|tr|de|fr|hi-Latn|ur-Latn|ar-Latn|[a-z]{2}(-Latn)?)$/;
const sources = new Set([...fs.readFileSync(new URL('./SOURCES.md', import.meta.url),'utf8').matchAll(/`(b8b-[a-z0-9-]+)`/g)].map(m=>m[1]));
let errors = 0; const seen = new Map(); const counts = {expect:{},category:{},lang:{},surface:{},role:{},source:{},'expect x category':{}};
const inc = (k,v) => counts[k][v] = (counts[k][v]||0)+1;
lines.forEach((line,i) => {
  const n = i+1; let o;
  const err = m => { errors++; console.log(`line ${n}: ${m}`); };
  try { o = JSON.parse(line); } catch { return err('bad JSON'); }
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) err(`unknown field ${k}`);
  for (const k of REQ) if (!(k in o)) err(`missing ${k}`);
  if (typeof o.text !== 'string' || o.text.length < 5 || o.text.length > 1500) err(`text length ${o.text?.length}`);
  if (!EXPECT.has(o.expect)) err(`expect ${o.expect}`);
  if (!CAT.has(o.category)) err(`category ${o.category}`);
  if (!SURF.has(o.surface)) err(`surface ${o.surface}`);
  if (!LANG.test(o.lang)) err(`lang ${o.lang}`);
  if (!sources.has(o.source)) err(`source ${o.source} not in SOURCES.md`);
  const ctx = o.context || {};
  if ('context' in o && (typeof o.context !== 'object' || Object.keys(o.context).length === 0)) err('empty context');
  for (const [k,v] of Object.entries(ctx)) {
    if (!CTX[k]) err(`context key ${k}`); else if (!CTX[k].has(v)) err(`context ${k}=${v}`);
    else if (DEFAULTS[k] === v) err(`context ${k} is default, omit it`);
  }
  if (o.expect === 'allowed' && o.category === 'payment') err('payment cannot be allowed');
  if (o.surface === 'proposal' && ctx.role === 'client') err('clients do not write proposals');
  const key = (o.text||'').trim().toLowerCase();
  if (seen.has(key)) err(`duplicate text of line ${seen.get(key)}`); else seen.set(key, n);
  inc('expect',o.expect); inc('category',o.category); inc('lang',o.lang); inc('surface',o.surface);
  inc('role',ctx.role||'freelancer'); inc('source',o.source); inc('expect x category',`${o.expect} / ${o.category}`);
});
console.log(`${lines.length} cases, ${errors} errors`);
for (const [k,v] of Object.entries(counts)) { console.log(`\n${k}:`); for (const [a,b] of Object.entries(v).sort()) console.log(`  ${a}: ${b}`); }
process.exit(errors ? 1 : 0);
