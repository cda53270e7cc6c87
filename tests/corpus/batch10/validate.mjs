// node validate.mjs  — checks cases.jsonl in this folder
import { readFileSync } from 'node:fs';
const allowedKeys = ['text','expect','category','surface','context','lang','source'];
const EXPECT = ['violation','clean','allowed'];
const CAT = ['contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'];
const SURF = ['proposal','message'];
const CTX = { client:['standard','enterprise'], contract:['none','active'], role:['freelancer','client'] };
const DEF = { client:'standard', contract:'none', role:'freelancer' };
const lines = readFileSync(new URL('./cases.jsonl', import.meta.url),'utf8').split('\n').filter(l=>l.trim());
const seen = new Set(); const errs = []; const count = {};
const inc = (k)=>{ count[k]=(count[k]||0)+1; };
lines.forEach((l,i)=>{
  let o; try { o = JSON.parse(l); } catch { errs.push(`line ${i+1}: bad JSON`); return; }
  for (const k of Object.keys(o)) if(!allowedKeys.includes(k)) errs.push(`line ${i+1}: extra key ${k}`);
  for (const k of allowedKeys) if(k!=='context' && !(k in o)) errs.push(`line ${i+1}: missing ${k}`);
  if (typeof o.text!=='string' || o.text.length<5 || o.text.length>1500) errs.push(`line ${i+1}: text length ${o.text?.length}`);
  if (!EXPECT.includes(o.expect)) errs.push(`line ${i+1}: expect`);
  if (!CAT.includes(o.category)) errs.push(`line ${i+1}: category`);
  if (!SURF.includes(o.surface)) errs.push(`line ${i+1}: surface`);
  if (typeof o.lang!=='string' || !/^[a-z]{2}(-Latn)?$/.test(o.lang)) errs.push(`line ${i+1}: lang`);
  if (typeof o.source!=='string' || !o.source) errs.push(`line ${i+1}: source`);
  if ('context' in o) {
    if (typeof o.context!=='object' || !Object.keys(o.context).length) errs.push(`line ${i+1}: empty context`);
    for (const [k,v] of Object.entries(o.context||{})) {
      if (!CTX[k] || !CTX[k].includes(v)) errs.push(`line ${i+1}: context ${k}=${v}`);
      else if (DEF[k]===v) errs.push(`line ${i+1}: default context key ${k}`);
    }
  }
  if (o.expect==='allowed' && !(o.context?.client==='enterprise' || o.context?.contract==='active') && !['contact-sharing','contact-request','off-platform'].includes(o.category)) errs.push(`line ${i+1}: allowed without exception`);
  if (seen.has(o.text)) errs.push(`line ${i+1}: duplicate text`); seen.add(o.text);
  inc(`expect:${o.expect}`); inc(`category:${o.category}`); inc(`lang:${o.lang}`); inc(`surface:${o.surface}`);
  inc(`role:${o.context?.role||'freelancer'}`); inc(`${o.expect}/${o.category}`);
});
console.log(`cases: ${lines.length}`);
for (const k of Object.keys(count).sort()) console.log(`  ${k}: ${count[k]}`);
if (errs.length){ console.log('ERRORS:\n'+errs.join('\n')); process.exit(1);} else console.log('OK');
