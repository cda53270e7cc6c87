#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, then one plain closing
 * line "N passed, N failed" (unit tests counted one by one, every other check
 * as one). Exits non-zero when anything failed. CI runs exactly this.
 *
 * Each step prints how long it took, and has a time limit: a step that hangs (a browser that never
 * answers, say) is stopped with everything it started, counted as failed and named, and the steps
 * after it still run, so the run ends with its summary well inside CI's 90 minutes instead of being
 * cut off by them with nothing said. CLEARSEND_TEST_BUDGET (seconds, default 4800) is the whole run's.
 */
import { spawn } from 'node:child_process';
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
    // A test that never ends fails after five minutes (node --test has no limit of its own).
    args: ['--test', '--test-timeout=300000', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=test-results/firefox.tap', 'tests/firefox/'],
    report: 'test-results/firefox.tap',
    counts: () => {
      const tap = readFileSync('test-results/firefox.tap', 'utf8');
      const n = (word) => Number(new RegExp(String.raw`^# ${word} (\d+)$`, 'm').exec(tap)?.[1] ?? 0);
      return { passed: n('pass'), failed: n('fail') + n('cancelled') + n('skipped') + n('todo') };
    },
  },
  { name: 'build cli', cmd: 'node', args: ['scripts/build-cli.mjs'] },
];

/** Minutes a step may take at most (a multiple of what it takes on a CI machine), unless the run's budget ends first. */
const LIMIT_MINUTES = { 'unit tests': 45, 'browser tests': 35, 'firefox tests': 15 };
const budgetEnd = Date.now() + Number(process.env.CLEARSEND_TEST_BUDGET ?? 4800) * 1000;

/** Runs a step in its own process group; past `ms`, the whole group is killed. Resolves { status, timedOut }. */
function run(step, ms) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, { stdio: 'inherit', detached: true, env: { ...process.env, FORCE_COLOR: '0', ...step.env } });
    let timedOut = false;
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill('SIGTERM');
      setTimeout(() => kill('SIGKILL'), 10_000).unref();
    }, ms);
    // The step runs in a group of its own, which Ctrl+C does not reach: stop it, then the run.
    const stop = () => {
      kill('SIGKILL');
      process.exit(130);
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
    child.on('error', (error) => console.error(`${step.cmd}: ${error.message}`));
    child.on('close', (status) => {
      clearTimeout(timer);
      process.off('SIGINT', stop).off('SIGTERM', stop);
      resolve({ status: status ?? 1, timedOut });
    });
  });
}

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
const summary = [];
const started = Date.now();
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  if (step.report) rmSync(step.report, { force: true });
  const limit = Math.max(60_000, Math.min((LIMIT_MINUTES[step.name] ?? 10) * 60_000, budgetEnd - Date.now()));
  const begin = Date.now();
  const { status, timedOut } = await run(step, limit);
  const took = `${Math.round((Date.now() - begin) / 1000)} s`;
  console.log(`=== ${step.name}: ${timedOut ? `STOPPED after ${took} (its limit)` : `exit ${status}`}, ${took}`);
  const ok = status === 0 && !timedOut;
  if (step.counts && existsSync(step.report)) {
    const c = step.counts();
    passed += c.passed;
    failed += c.failed;
    if (!ok && c.failed === 0) failed += 1; // the runner itself failed (e.g. a file did not load)
    summary.push(`${step.name}: ${c.passed} passed, ${c.failed} failed (${took})`);
    // Named again at the very end, so a CI log cut to its tail still says what failed.
    for (const name of (c.failures ?? []).slice(0, 10)) summary.push(`  not passed: ${name.slice(0, 400)}`);
  } else {
    if (ok) passed += 1;
    else failed += 1;
    summary.push(`${step.name}: ${ok ? 'ok' : timedOut ? 'STOPPED: over its time limit' : `FAILED (exit ${status})`} (${took})`);
  }
}
console.log(`\n${summary.join('\n')}`);
console.log(`(${Math.round((Date.now() - started) / 1000)} s in all)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
