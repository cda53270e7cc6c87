#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, then one plain closing
 * line "N passed, N failed" (unit tests counted one by one, every other check
 * as one). Exits non-zero when anything failed. CI runs exactly this.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.'] },
  {
    name: 'unit tests',
    cmd: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
    report: 'test-results/vitest.json',
    counts: () => {
      const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
      const failures = report.testResults.flatMap((file) =>
        file.assertionResults
          .filter((t) => t.status !== 'passed')
          .map((t) => `${file.name.replace(`${process.cwd()}/`, '')} > ${t.fullName} (${t.status}, ${Math.round(t.duration ?? 0)} ms): ${(t.failureMessages ?? []).join(' ').split('\n')[0]}`),
      );
      return { passed: report.numPassedTests, failed: report.numFailedTests + report.numPendingTests + report.numTodoTests, failures };
    },
  },
  // `npm run zip`, one browser at a time: each builds .output/<browser>-mv* and zips it.
  { name: 'build + zip firefox (add-on and sources zip)', cmd: 'npx', args: ['wxt', 'zip', '-b', 'firefox'] },
  // The store zip has no manifest `key` (the store refuses one); the browser tests below use a build with it.
  { name: 'build + zip chrome/edge (store build: no key)', cmd: 'npx', args: ['wxt', 'zip'], env: { CLEARSEND_STORE: '1' } },
  { name: 'bundle check (no network, reload, eval; permissions as in PERMISSIONS.md)', cmd: 'node', args: ['scripts/check-bundle.mjs'] },
  { name: 'store check (Chrome Web Store, Edge Add-ons)', cmd: 'node', args: ['scripts/check-store.mjs'] },
  { name: 'addons-linter on the Firefox zip (no error, no warning)', cmd: 'node', args: ['scripts/lint-firefox.mjs'] },
  { name: 'store zips (contents; the sources zip rebuilds the same add-on)', cmd: 'node', args: ['scripts/check-zips.mjs'] },
  { name: 'build chrome (with the key that fixes the id, as the demo and a self-hosted .crx)', cmd: 'npx', args: ['wxt', 'build'] },
  // `npm start` on a machine without a display: types into both demo pages and fails when the underline, card or guard is missing.
  { name: 'demo (npm start, headless: underline, card and send guard on the demo pages)', cmd: 'node', args: ['scripts/demo.mjs', '--no-build', '--headless'] },
  {
    name: 'browser tests',
    cmd: 'npx',
    args: ['playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json' },
    report: 'test-results/e2e.json',
    counts: () => {
      const report = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
      const failures = [];
      const walk = (suite, file) => {
        for (const spec of suite.specs ?? []) {
          for (const t of spec.tests) if (t.status !== 'expected') failures.push(`${spec.file ?? file} > ${spec.title} (${t.status})`);
        }
        for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
      };
      for (const suite of report.suites ?? []) walk(suite, suite.file);
      const { stats } = report;
      return { passed: stats.expected, failed: stats.unexpected + stats.flaky + stats.skipped, failures };
    },
  },
  {
    // The shipped Firefox zip, installed in Debian's firefox-esr (docs/firefox-testing.md).
    name: 'firefox tests',
    cmd: 'node',
    args: ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=test-results/firefox.tap', 'tests/firefox/'],
    report: 'test-results/firefox.tap',
    counts: () => {
      const tap = readFileSync('test-results/firefox.tap', 'utf8');
      const n = (word) => Number(new RegExp(String.raw`^# ${word} (\d+)$`, 'm').exec(tap)?.[1] ?? 0);
      return { passed: n('pass'), failed: n('fail') + n('cancelled') + n('skipped') + n('todo') };
    },
  },
  { name: 'build cli', cmd: 'node', args: ['scripts/build-cli.mjs'] },
];

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  if (step.report) rmSync(step.report, { force: true });
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...step.env } });
  const ok = run.status === 0;
  if (step.counts && existsSync(step.report)) {
    const c = step.counts();
    passed += c.passed;
    failed += c.failed;
    if (!ok && c.failed === 0) failed += 1; // the runner itself failed (e.g. a file did not load)
    summary.push(`${step.name}: ${c.passed} passed, ${c.failed} failed`);
    // Named again at the very end, so a CI log cut to its tail still says what failed.
    for (const name of (c.failures ?? []).slice(0, 10)) summary.push(`  not passed: ${name.slice(0, 400)}`);
  } else {
    if (ok) passed += 1;
    else failed += 1;
    summary.push(`${step.name}: ${ok ? 'ok' : `FAILED (exit ${run.status})`}`);
  }
}
console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
