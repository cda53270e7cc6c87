#!/usr/bin/env node
/**
 * Checks the store packages that `npm run zip` writes to .output/:
 *
 *   clearsend-<version>-chrome.zip   (Chrome Web Store and Edge Add-ons)
 *   clearsend-<version>-firefox.zip  (addons.mozilla.org)
 *   clearsend-<version>-sources.zip  (the sources AMO's reviewers rebuild from)
 *
 * 1. Each extension zip holds exactly the files of its build folder, byte for byte.
 * 2. The sources zip holds exactly `git ls-files` minus the documented exclusions in
 *    scripts/sources-zip.mjs: no build output, no test results, nothing untracked.
 * 3. The sources zip rebuilds the shipped add-on: it is unpacked in a temporary folder,
 *    `npm ci --prefer-offline` installs from the lock file (from npm's cache when it has
 *    everything), `npx wxt zip -b firefox` builds, and every built file must equal the file in
 *    the shipped Firefox zip. Skip this slow part with --no-rebuild.
 *
 *   npm run zip && node scripts/check-zips.mjs [--no-rebuild] [--keep]
 *
 * Exit 0: all good. Exit 1: the differences, listed. Exit 2: a zip is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { SOURCES_EXCLUDED, isExcluded } from './sources-zip.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = path.join(ROOT, '.output');
const argv = process.argv.slice(2);
const rebuild = !argv.includes('--no-rebuild');
const keep = argv.includes('--keep');

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const zipPath = (kind) => path.join(OUTPUT, `${pkg.name}-${pkg.version}-${kind}.zip`);
const ZIPS = { chrome: zipPath('chrome'), firefox: zipPath('firefox'), sources: zipPath('sources') };

const problems = [];
const lines = [];

function walk(dir, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p, base));
    else out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out.sort();
}

/** The files (not folder entries) of a zip: Map of path -> Buffer. */
async function readZip(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

/** Compares a folder with a zip's files; reports every file missing, extra or different. */
function compareTree(label, dir, files) {
  const onDisk = walk(dir);
  const inZip = [...files.keys()].sort();
  const missing = onDisk.filter((f) => !files.has(f));
  const extra = inZip.filter((f) => !onDisk.includes(f));
  const different = onDisk.filter((f) => files.has(f) && !readFileSync(path.join(dir, f)).equals(files.get(f)));
  for (const f of missing) problems.push(`${label}: ${f} is in ${path.relative(ROOT, dir)} but not in the zip`);
  for (const f of extra) problems.push(`${label}: ${f} is in the zip but not in ${path.relative(ROOT, dir)}`);
  for (const f of different) problems.push(`${label}: ${f} differs from ${path.relative(ROOT, dir)}/${f}`);
  return missing.length + extra.length + different.length === 0;
}

function run(cmd, args, cwd) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', CI: 'true' } });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}`, seconds: (Date.now() - started) / 1000 };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [kind, file] of Object.entries(ZIPS)) {
  if (!existsSync(file)) {
    console.error(`check-zips: ${path.relative(ROOT, file)} is missing: run \`npm run zip\` first.`);
    process.exit(2);
  }
  lines.push(`${kind}: ${path.relative(ROOT, file)}, ${kb(statSync(file).size)}`);
}

// 1. Extension zips = their build folders.
const chrome = await readZip(ZIPS.chrome);
const firefox = await readZip(ZIPS.firefox);
if (compareTree('chrome zip', path.join(OUTPUT, 'chrome-mv3'), chrome)) lines.push(`chrome zip: the ${chrome.size} files of .output/chrome-mv3, identical`);
if (compareTree('firefox zip', path.join(OUTPUT, 'firefox-mv2'), firefox)) lines.push(`firefox zip: the ${firefox.size} files of .output/firefox-mv2, identical`);

// 2. Sources zip = tracked files minus the documented exclusions.
const sources = await readZip(ZIPS.sources);
const git = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
if (git.status !== 0) {
  problems.push(`sources zip: \`git ls-files\` failed (${git.stderr.trim()}); the file list check needs a git checkout`);
} else {
  const tracked = git.stdout.split('\0').filter(Boolean);
  // A tracked file deleted in the working tree but not yet committed is not expected either.
  const expected = tracked.filter((f) => !isExcluded(f) && existsSync(path.join(ROOT, f))).sort();
  const inZip = [...sources.keys()].sort();
  const missing = expected.filter((f) => !sources.has(f));
  const extra = inZip.filter((f) => !expected.includes(f));
  for (const f of missing) problems.push(`sources zip: tracked file ${f} is missing (add it, or list it with a reason in scripts/sources-zip.mjs)`);
  for (const f of extra) problems.push(`sources zip: ${f} should not be there (${tracked.includes(f) ? 'it is excluded in scripts/sources-zip.mjs' : 'git does not track it'})`);
  const changed = expected.filter((f) => sources.has(f) && !readFileSync(path.join(ROOT, f)).equals(sources.get(f)));
  for (const f of changed) problems.push(`sources zip: ${f} differs from the working tree (zip again)`);
  const excludedCount = tracked.filter(isExcluded).length;
  if (missing.length + extra.length + changed.length === 0) {
    lines.push(`sources zip: ${inZip.length} files = git ls-files (${tracked.length}) minus ${excludedCount} excluded under ${SOURCES_EXCLUDED.map((e) => e.path).join(', ')}`);
  }
}

// 3. The sources zip rebuilds the shipped Firefox add-on.
if (rebuild && problems.length === 0) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'clearsend-sources-'));
  console.log(`rebuild: unpacking the sources zip in ${tmp}, then npm ci and npx wxt zip -b firefox (about a minute)...`);
  try {
    for (const [name, content] of sources) {
      mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
      writeFileSync(path.join(tmp, name), content);
    }
    const install = run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], tmp);
    if (!install.ok) {
      problems.push(`rebuild: npm ci failed in ${tmp}:\n${install.output.slice(-3000)}`);
    } else {
      const build = run('npx', ['wxt', 'zip', '-b', 'firefox'], tmp);
      if (!build.ok) {
        problems.push(`rebuild: npx wxt zip -b firefox failed in ${tmp}:\n${build.output.slice(-3000)}`);
      } else if (compareTree('rebuilt from the sources zip', path.join(tmp, '.output/firefox-mv2'), firefox)) {
        lines.push(`rebuild: unpacked the sources zip, npm ci (${install.seconds.toFixed(0)} s), npx wxt zip -b firefox (${build.seconds.toFixed(0)} s): all ${firefox.size} files equal the shipped Firefox zip`);
      }
    }
  } finally {
    if (keep) lines.push(`rebuild folder kept: ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
} else if (!rebuild) {
  lines.push('rebuild: skipped (--no-rebuild)');
}

for (const line of lines) console.log(line);
if (problems.length) {
  console.log(`\ncheck-zips: FAILED, ${problems.length} problem(s):`);
  for (const p of problems) console.log(`- ${p}`);
  process.exit(1);
}
console.log('\ncheck-zips: OK');
