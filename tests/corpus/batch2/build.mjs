// Builds violations.jsonl, clean.jsonl and allowed.jsonl from the hand-written texts in src/*.txt.
// Usage: node tests/corpus/batch2/build.mjs
// src format: a header line "@@ <v|c|a> <category> <p|m> <-|E|A|C> [source]" followed by the text
// (any number of lines) up to the next header. Texts are trimmed. Lines before the first header are comments.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const EXPECT = { v: 'violation', c: 'clean', a: 'allowed' };
const SURFACE = { p: 'proposal', m: 'message' };
const CONTEXT = { '-': undefined, E: { client: 'enterprise' }, A: { contract: 'active' }, C: { role: 'client' } };

const out = { violation: [], clean: [], allowed: [] };
for (const name of readdirSync(join(here, 'src')).filter((n) => n.endsWith('.txt')).sort()) {
  const lines = readFileSync(join(here, 'src', name), 'utf8').split('\n');
  let cur = null;
  const flush = () => {
    if (!cur) return;
    const text = cur.body.join('\n').trim();
    if (!text) throw new Error(`${name}:${cur.line}: empty text`);
    const row = { text, expect: cur.expect, category: cur.category, surface: cur.surface };
    if (cur.context) row.context = cur.context;
    row.source = cur.source;
    out[cur.expect].push(row);
  };
  lines.forEach((line, i) => {
    if (line.startsWith('@@ ')) {
      flush();
      const [e, category, s, c, source = 'own-batch2', extra] = line.slice(3).trim().split(/\s+/);
      if (!EXPECT[e] || !SURFACE[s] || !(c in CONTEXT) || extra) throw new Error(`${name}:${i + 1}: bad header ${line}`);
      cur = { expect: EXPECT[e], category, surface: SURFACE[s], context: CONTEXT[c], source, body: [], line: i + 1 };
    } else if (cur) cur.body.push(line);
  });
  flush();
}
for (const [expect, file] of [['violation', 'violations.jsonl'], ['clean', 'clean.jsonl'], ['allowed', 'allowed.jsonl']]) {
  writeFileSync(join(here, file), out[expect].map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${file}: ${out[expect].length}`);
}
