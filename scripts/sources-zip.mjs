// What the Firefox sources zip (`npm run zip`, see README "Store packages") leaves out, and why.
// Shared by wxt.config.ts (which passes it to `wxt zip` as zip.excludeSources) and by
// scripts/check-zips.mjs (which checks that the zip holds exactly `git ls-files` minus this list).
// Plain JavaScript so that a .mjs script can import it; types in sources-zip.d.mts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Tracked files a reviewer does not need to rebuild the add-on. An entry ending in "/" is a
 * folder (everything under it); any other entry is one file.
 */
export const SOURCES_EXCLUDED = [
  { path: '.ci/', why: 'the CI entry point; it installs browsers and runs the tests, it builds nothing' },
  { path: '.gitignore', why: 'git configuration' },
  { path: 'docs/screenshots/', why: 'pictures for the README' },
  { path: 'samples/', why: 'sample texts for the command-line tool' },
  { path: 'tests/', why: 'unit, corpus and browser tests and their fixture pages; the build does not read them' },
];

/** The picomatch patterns for SOURCES_EXCLUDED. */
export function excludedPatterns() {
  return SOURCES_EXCLUDED.map((e) => (e.path.endsWith('/') ? `${e.path}**` : e.path));
}

/** True when a repository-relative path (forward slashes) is in SOURCES_EXCLUDED. */
export function isExcluded(file) {
  return SOURCES_EXCLUDED.some((e) => (e.path.endsWith('/') ? file.startsWith(e.path) : file === e.path));
}

/**
 * The project's .gitignore as picomatch patterns, so that build output and test results on the
 * packer's disk (dist/, test-results/, tests/fixtures/dist/ ...) never end up in the zip.
 * Handles the forms .gitignore uses here: `name/` (a folder anywhere or at a path), `*.ext`,
 * and plain names; negations (`!`) are not used and are refused.
 */
export function gitignorePatterns(root) {
  const file = path.join(root, '.gitignore');
  if (!existsSync(file)) return [];
  const patterns = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('!')) throw new Error(`sources-zip: .gitignore negation not supported: ${line}`);
    const dir = line.endsWith('/');
    const name = line.replace(/^\/|\/$/g, '');
    // A pattern without an inner slash matches at any depth (git's rule).
    const base = name.includes('/') ? name : `**/${name}`;
    patterns.push(base);
    if (dir || !name.includes('*')) patterns.push(`${base}/**`);
  }
  return patterns;
}
