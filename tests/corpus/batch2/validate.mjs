// Validates the batch-2 corpus: every line parses, required fields are present, values are allowed,
// no duplicate texts (within this batch), and prints counts per expect and category.
// Usage: node tests/corpus/batch2/validate.mjs
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FILES = { 'violations.jsonl': 'violation', 'clean.jsonl': 'clean', 'allowed.jsonl': 'allowed' };
const CATEGORIES = ['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment'];
const SURFACES = ['proposal', 'message'];
const CONTEXTS = [JSON.stringify({ client: 'enterprise' }), JSON.stringify({ contract: 'active' }), JSON.stringify({ role: 'client' })];
const KEYS = new Set(['text', 'expect', 'category', 'surface', 'context', 'source']);

const errors = [];
const seen = new Map();
const counts = {};
const byCat = {};
let longViolations = 0, longClean = 0, withNewline = 0;
const sources = {};

for (const [file, expected] of Object.entries(FILES)) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n');
  lines.forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    if (!raw.trim()) { if (i !== lines.length - 1) errors.push(`${where}: blank line`); return; }
    let r;
    try { r = JSON.parse(raw); } catch (e) { errors.push(`${where}: JSON parse error ${e.message}`); return; }
    for (const k of Object.keys(r)) if (!KEYS.has(k)) errors.push(`${where}: unknown key ${k}`);
    for (const k of ['text', 'expect', 'category', 'surface', 'source']) if (typeof r[k] !== 'string' || !r[k]) errors.push(`${where}: missing ${k}`);
    if (r.expect !== expected) errors.push(`${where}: expect ${r.expect} in ${file}`);
    if (!CATEGORIES.includes(r.category)) errors.push(`${where}: bad category ${r.category}`);
    if (!SURFACES.includes(r.surface)) errors.push(`${where}: bad surface ${r.surface}`);
    if ('context' in r && !CONTEXTS.includes(JSON.stringify(r.context))) errors.push(`${where}: bad context ${JSON.stringify(r.context)}`);
    if (r.text !== r.text?.trim()) errors.push(`${where}: untrimmed text`);
    const key = r.text?.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) errors.push(`${where}: duplicate text of ${seen.get(key)}`); else seen.set(key, where);
    counts[r.expect] = (counts[r.expect] || 0) + 1;
    byCat[r.expect] ??= {};
    byCat[r.expect][r.category] = (byCat[r.expect][r.category] || 0) + 1;
    sources[r.source] = (sources[r.source] || 0) + 1;
    if (r.text.length > 600 && r.expect === 'violation') longViolations++;
    if (r.text.length > 600 && r.expect === 'clean') longClean++;
    if (r.text.includes('\n')) withNewline++;
  });
}

console.log('per expect:', counts, 'total', Object.values(counts).reduce((a, b) => a + b, 0));
for (const [e, c] of Object.entries(byCat)) console.log(`  ${e}:`, c);
console.log('long (>600 chars) violations:', longViolations, '| long clean:', longClean, '| texts with line breaks:', withNewline);
console.log('sources:', sources);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log('OK');
