#!/usr/bin/env node
/**
 * `npm run bench:engines`: the same detector timings in Node, Chromium and Firefox, because their
 * regexp engines differ where it costs (`npm run bench` runs in Node only).
 *
 * The detector is bundled once (esbuild, as the content script bundles it) and run in a blank
 * page of Debian's Chromium (Playwright) and firefox-esr (puppeteer-core over WebDriver BiDi), and
 * in a fresh Node process. Per engine, fresh page or process each repeat, medians over repeats:
 *   first check   the first detect() of the page: a short message, every pattern new
 *   proposal      median of 60 checks of the 2,000-character bench proposal (edited between checks)
 *   + Russian     the same proposal opening with a Russian greeting, after the plain ones: text
 *                 beyond Latin-1 is a second string representation, compiled again
 *   CJK 25 KB     25,600 distinct CJK ideographs after the proposals (median of three checks)
 * Needs no build; CHROMIUM_PATH and FIREFOX_PATH override the Debian paths.
 *
 *   node scripts/bench-engines.mjs [--repeats 3]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--repeats');
const REPEATS = at >= 0 ? Number(args[at + 1]) : 3;

const ENTRY = `
import { detect } from ${JSON.stringify(path.join(ROOT, 'lib/index.ts'))};
import { ADVERSARIAL, PROPOSAL } from ${JSON.stringify(path.join(ROOT, 'scripts/bench-data.ts'))};
const now = () => performance.now();
function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; }
function proposalMedian(text, n = 60) {
  const t = [];
  for (let i = 0; i < n; i++) { const a = now(); detect(text + (i % 2 ? ' ' : ''), { surface: 'proposal' }); t.push(now() - a); }
  return median(t);
}
globalThis.clearsendEngineBench = () => {
  let a = now();
  detect('pay me via paypal', { surface: 'message' });
  const first = now() - a;
  for (let i = 0; i < 10; i++) detect(PROPOSAL, { surface: 'proposal' });
  const proposal = proposalMedian(PROPOSAL);
  const russian = proposalMedian('Здравствуйте! ' + PROPOSAL);
  const cjkText = ADVERSARIAL.find((x) => x.name.includes('CJK')).make(25600);
  const cjk = [];
  for (let i = 0; i < 3; i++) { a = now(); detect(cjkText + i); cjk.push(now() - a); }
  return { first, proposal, russian, cjk: median(cjk) };
};
if (typeof process !== 'undefined' && process.argv?.includes('--node-child')) process.stdout.write(JSON.stringify(globalThis.clearsendEngineBench()));
`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'clearsend-engines-'));
try {
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(entry, ENTRY);
  const browserBundle = path.join(dir, 'browser.js');
  const nodeBundle = path.join(dir, 'node.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'iife', outfile: browserBundle, logLevel: 'warning', absWorkingDir: ROOT });
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: nodeBundle, logLevel: 'warning', absWorkingDir: ROOT });
  const code = readFileSync(browserBundle, 'utf8');

  const runs = { node: [], chromium: [], firefox: [] };
  const chrome = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true });
  const versions = { node: process.version, chromium: chrome.version(), firefox: await firefox.version() };
  const inPage = async (browser) => {
    const page = await browser.newPage();
    await page.setContent('<p>bench</p>');
    await page.addScriptTag({ content: code });
    const result = await page.evaluate(() => globalThis.clearsendEngineBench());
    await page.close();
    return result;
  };
  for (let r = 0; r < REPEATS; r++) {
    runs.node.push(JSON.parse(execFileSync(process.execPath, [nodeBundle, '--node-child'], { encoding: 'utf8' })));
    runs.chromium.push(await inPage(chrome));
    runs.firefox.push(await inPage(firefox));
  }
  await chrome.close();
  await firefox.close();

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const f = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
  console.log(`median of ${REPEATS} fresh pages or processes, ms`);
  console.log(`${'engine'.padEnd(26)}${['first check', 'proposal', '+ Russian', 'ratio', 'CJK 25 KB'].map((h) => h.padStart(12)).join('')}`);
  for (const [engine, list] of Object.entries(runs)) {
    const m = Object.fromEntries(['first', 'proposal', 'russian', 'cjk'].map((k) => [k, median(list.map((x) => x[k]))]));
    console.log(
      `${`${engine} ${versions[engine]}`.slice(0, 25).padEnd(26)}` +
        [f(m.first), f(m.proposal), f(m.russian), `${(m.russian / m.proposal).toFixed(1)}x`, f(m.cjk)].map((x) => x.padStart(12)).join(''),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
