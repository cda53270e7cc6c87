// Sanity check for the labelled corpus: every line parses and has the required fields with allowed values.
// Usage: node tests/corpus/validate.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const CATEGORIES = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const FILES = [...CATEGORIES, 'clean', 'allowed'];
const EXPECT = ['violation', 'clean', 'allowed'];
const SURFACE = ['proposal', 'message'];
const CONTEXT = { client: ['standard', 'enterprise'], contract: ['none', 'active'], role: ['freelancer', 'client'] };
const KEYS = new Set(['text', 'expect', 'category', 'surface', 'context', 'source']);

const sourcesMd = fs.readFileSync(path.join(dir, 'SOURCES.md'), 'utf8');
const errors = [];
const perFile = {};
const perExpect = {};
const perCategory = {};
const texts = new Map();
const sources = new Set();

for (const name of FILES) {
  const file = path.join(dir, `${name}.jsonl`);
  if (!fs.existsSync(file)) { errors.push(`${name}.jsonl: missing`); continue; }
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  perFile[name] = { violation: 0, clean: 0, allowed: 0 };
  lines.forEach((line, i) => {
    const where = `${name}.jsonl:${i + 1}`;
    let o;
    try { o = JSON.parse(line); } catch (e) { errors.push(`${where}: bad JSON (${e.message})`); return; }
    for (const k of Object.keys(o)) if (!KEYS.has(k)) errors.push(`${where}: unknown field ${k}`);
    if (typeof o.text !== 'string' || !o.text.trim()) errors.push(`${where}: empty text`);
    if (!EXPECT.includes(o.expect)) errors.push(`${where}: bad expect ${o.expect}`);
    if (!CATEGORIES.includes(o.category)) errors.push(`${where}: bad category ${o.category}`);
    if (!SURFACE.includes(o.surface)) errors.push(`${where}: bad surface ${o.surface}`);
    if (typeof o.source !== 'string' || !o.source) errors.push(`${where}: missing source`);
    else { sources.add(o.source); if (!sourcesMd.includes(`\`${o.source}\``)) errors.push(`${where}: source ${o.source} not in SOURCES.md`); }
    if (o.context !== undefined) {
      if (typeof o.context !== 'object' || o.context === null || !Object.keys(o.context).length) errors.push(`${where}: empty context`);
      else for (const [k, v] of Object.entries(o.context)) {
        if (!CONTEXT[k]) errors.push(`${where}: bad context key ${k}`);
        else if (!CONTEXT[k].includes(v)) errors.push(`${where}: bad context value ${k}=${v}`);
        else if (v === CONTEXT[k][0]) errors.push(`${where}: context ${k}=${v} is a default and should be omitted`);
      }
    }
    // file/expect consistency
    if (name === 'clean' && o.expect !== 'clean') errors.push(`${where}: clean.jsonl must hold expect=clean`);
    if (name === 'allowed' && o.expect !== 'allowed') errors.push(`${where}: allowed.jsonl must hold expect=allowed`);
    if (CATEGORIES.includes(name) && (o.expect !== 'violation' || o.category !== name)) errors.push(`${where}: ${name}.jsonl must hold violations of category ${name}`);
    // policy: outside payment and account sharing are never allowed
    if (o.expect === 'allowed' && (o.category === 'payment' || o.category === 'account-sharing')) errors.push(`${where}: ${o.category} can never be allowed`);
    if (texts.has(o.text)) errors.push(`${where}: duplicate text (also ${texts.get(o.text)})`);
    texts.set(o.text, where);
    if (perFile[name][o.expect] !== undefined) perFile[name][o.expect]++;
    perExpect[o.expect] = (perExpect[o.expect] || 0) + 1;
    const ck = `${o.expect}/${o.category}`;
    perCategory[ck] = (perCategory[ck] || 0) + 1;
  });
}

console.log('per file:');
for (const [f, c] of Object.entries(perFile)) console.log(`  ${f.padEnd(16)} ${String(c.violation + c.clean + c.allowed).padStart(4)}  (violation ${c.violation}, clean ${c.clean}, allowed ${c.allowed})`);
console.log('per expect:', perExpect, 'total', texts.size);
console.log('per expect/category:');
for (const k of Object.keys(perCategory).sort()) console.log(`  ${k.padEnd(28)} ${perCategory[k]}`);
console.log('sources used:', [...sources].sort().join(', '));
if (errors.length) { console.error(`\n${errors.length} problem(s):\n` + errors.join('\n')); process.exit(1); }
console.log('\nOK: all lines valid');
