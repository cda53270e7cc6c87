/**
 * `npx tsx scripts/findings-snapshot.ts [out.json]`: every finding detect() reports on the corpus
 * (each case in its own context) and on the rule test tables (tests/unit/rules/*.test.ts), as one
 * stable JSON file. Take it before a refactoring, again after, and diff the two files: a change that
 * should not alter behaviour must leave the file byte for byte the same.
 *
 * The rule tables are read by importing the test files with `vitest` replaced by a stub whose
 * `it.each` records its rows (the tester passes each case as the row's second cell).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DetectContext, Finding } from '../lib/index';

interface Row {
  text: string;
  context?: Partial<DetectContext>;
}
const rows: Row[] = [];
(globalThis as { __snapshotRows?: Row[] }).__snapshotRows = rows;

const STUB = `
const rows = globalThis.__snapshotRows;
const noop = () => {};
export const describe = (_name, fn) => fn();
export const it = Object.assign(noop, {
  each: (table) => { for (const row of table) { const c = Array.isArray(row) ? row[1] : row; if (c && typeof c.text === 'string') rows.push(c); } return noop; },
  skip: noop,
});
export const test = it;
export const expect = Object.assign(noop, { any: noop, objectContaining: noop });
export const beforeAll = noop, afterAll = noop, beforeEach = noop, afterEach = noop;
`;
const RESOLVE = `
export async function resolve(specifier, context, next) {
  if (specifier === 'vitest') return { url: 'data:text/javascript,' + encodeURIComponent(${JSON.stringify(STUB)}), shortCircuit: true };
  return next(specifier, context);
}
`;
register(`data:text/javascript,${encodeURIComponent(RESOLVE)}`);

const root = fileURLToPath(new URL('..', import.meta.url));
const { detect } = await import('../lib/index');
const { loadCorpus } = await import('../tests/corpus/load');

const shown = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  start: f.start,
  end: f.end,
  message: f.message,
  ...(f.exception !== undefined && { exception: f.exception }),
  ...(f.fix && { fix: f.fix }),
});

const out: Record<string, unknown> = {};
for (const c of loadCorpus()) {
  out[`corpus ${c.file}:${c.line}`] = detect(c.text, { surface: c.surface, ...c.context }).map(shown);
}

const ruleDir = `${root}tests/unit/rules/`;
for (const name of readdirSync(ruleDir).filter((n) => n.endsWith('.test.ts')).sort()) {
  rows.length = 0;
  await import(pathToFileURL(ruleDir + name).href);
  for (const row of rows) {
    // Keyed by text and context (not position), so adding a case shows as one added entry in a diff.
    const key = `rules ${name} ${JSON.stringify(row.text)}${row.context ? ` ${JSON.stringify(row.context)}` : ''}`;
    let unique = key;
    for (let n = 2; unique in out; n++) unique = `${key} #${n}`;
    out[unique] = detect(row.text, row.context ?? {}).map(shown);
  }
}

const file = process.argv[2] ?? 'findings-snapshot.json';
writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
const findings = Object.values(out).reduce((n: number, list) => n + (list as unknown[]).length, 0);
console.log(`${Object.keys(out).length} cases, ${findings} findings -> ${file}`);
