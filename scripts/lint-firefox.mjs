#!/usr/bin/env node
/**
 * Runs Mozilla's addons-linter (the checks addons.mozilla.org runs on upload) on the Firefox
 * zip that `npm run zip` wrote, and fails on any error or warning. Notices are printed.
 *
 *   npm run zip && node scripts/lint-firefox.mjs
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const zip = path.join(ROOT, '.output', `${pkg.name}-${pkg.version}-firefox.zip`);
if (!existsSync(zip)) {
  console.error(`lint-firefox: ${path.relative(ROOT, zip)} is missing: run \`npm run zip\` first.`);
  process.exit(2);
}

const run = spawnSync('npx', ['addons-linter', '--output', 'json', '--boring', zip], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`lint-firefox: addons-linter did not print a JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const { errors = [], warnings = [], notices = [] } = report;
const show = (kind, list) => {
  for (const m of list) console.log(`${kind} ${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column}` : ''})` : ''}\n    ${m.description ?? ''}`);
};
console.log(`addons-linter on ${path.relative(ROOT, zip)}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
show('error', errors);
show('warning', warnings);
show('notice', notices);
process.exit(errors.length + warnings.length === 0 ? 0 : 1);
