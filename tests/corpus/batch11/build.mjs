// Builds cases.jsonl from the hand-written src/*.txt files.
// Format: "#lang <code>" sets the language; "@<e> <cat> <surface> [flags]" starts a case,
// the following line(s) are its text. e: v/c/a; surface: p/m; flags: c=client role, E=enterprise, A=active contract.
import fs from 'node:fs';
const E = { v: 'violation', c: 'clean', a: 'allowed' };
const C = { cs: 'contact-sharing', cr: 'contact-request', op: 'off-platform', pay: 'payment', fb: 'feedback', acc: 'account-sharing', har: 'harassment' };
const S = { p: 'proposal', m: 'message' };
const out = [];
for (const f of fs.readdirSync('src').filter(f => f.endsWith('.txt')).sort()) {
  const mixed = f.includes('mixed');
  let lang = null, cur = null;
  const flush = () => { if (cur) { cur.text = cur.lines.join('\n').trim(); delete cur.lines; out.push(cur); cur = null; } };
  for (const line of fs.readFileSync('src/' + f, 'utf8').split('\n')) {
    if (line.startsWith('#lang ')) { flush(); lang = line.slice(6).trim(); continue; }
    if (line.startsWith('@')) {
      flush();
      const [e, cat, surf, ...rest] = line.slice(1).trim().split(/\s+/); const flags = rest.join('');
      const category = C[cat] || cat;
      if (!E[e] || !Object.values(C).includes(category) || !S[surf]) throw new Error(`${f}: bad header ${line}`);
      const context = {};
      if (flags.includes('E')) context.client = 'enterprise';
      if (flags.includes('A')) context.contract = 'active';
      if (flags.includes('c')) context.role = 'client';
      cur = { text: '', expect: E[e], category, surface: S[surf] };
      if (Object.keys(context).length) cur.context = context;
      cur.lang = lang; cur.source = mixed ? 'b11-mixed' : `b11-${lang}`; cur.lines = [];
      continue;
    }
    if (cur) cur.lines.push(line);
  }
  flush();
}
fs.writeFileSync('cases.jsonl', out.map(o => JSON.stringify({ text: o.text, expect: o.expect, category: o.category, surface: o.surface, ...(o.context ? { context: o.context } : {}), lang: o.lang, source: o.source })).join('\n') + '\n');
console.log('wrote', out.length);
