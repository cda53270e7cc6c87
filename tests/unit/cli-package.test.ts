/**
 * The published package: `npm pack` carries the built CLI and nothing it
 * needs at run time is missing; installing the tarball runs no dev tool and
 * needs no network; `npx clearsend check` then works.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
};

let work: string;
let tarball: string;
let packed: { files: { path: string }[] };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'clearsend-pack-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  // --ignore-scripts: the CLI was just built; `prepare` would also run wxt prepare in the checkout.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
  [packed] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
  tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm package', () => {
  it('builds the CLI when packed, never when installed', () => {
    expect(pkg.scripts.prepare).toContain('node scripts/build-cli.mjs');
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(pkg.scripts[hook], hook).toBeUndefined();
    expect(pkg.dependencies).toBeUndefined();
  });

  it('packs the launcher and the built CLI, and nothing else but the readme and manifest', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual(['README.md', 'bin/clearsend.mjs', 'dist/cli.mjs', 'package.json']);
    expect(pkg.bin).toEqual({ clearsend: 'bin/clearsend.mjs' });
  });

  it('the bundle imports nothing but Node built-ins', () => {
    const bundle = readFileSync(join(ROOT, 'dist/cli.mjs'), 'utf8');
    const imports = [...bundle.matchAll(/^import\b[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const name of imports) expect(name).toMatch(/^node:/);
    expect(bundle).not.toMatch(/\brequire\(["'](?!node:)/);
  });

  it('installs offline with an empty cache, runs no script, and `npx clearsend check` works', () => {
    const project = join(work, 'consumer');
    const cache = join(work, 'empty-cache');
    execFileSync('mkdir', ['-p', project, cache]);
    // Even with the package's scripts approved (npm 11 asks), installing a tarball must run none of them.
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, allowScripts: { [`file:${tarball}`]: true } }));
    writeFileSync(join(project, 'letter.txt'), 'Hi!\nEmail me at jane.doe@gmail.com\n');
    writeFileSync(join(project, 'clean.md'), 'I will keep all communication on Upwork.\n');
    const env = {
      ...process.env,
      npm_config_cache: cache,
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_foreground_scripts: 'true',
      NO_COLOR: '1',
    };
    delete (env as Record<string, string | undefined>).npm_config_ignore_scripts;

    const install = spawnSync('npm', ['install', tarball], { cwd: project, env, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    // With foreground scripts, a lifecycle script would print its "> clearsend@x prepare" banner.
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/> clearsend@|wxt|WXT/);
    // Only clearsend was installed: it needs nothing else.
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['clearsend']);

    const version = spawnSync('npx', ['--offline', 'clearsend', '--version'], { cwd: project, env, encoding: 'utf8' });
    expect([version.status, version.stdout]).toEqual([0, `${pkg.version}\n`]);

    const check = spawnSync('npx', ['--offline', 'clearsend', 'check', 'letter.txt', 'clean.md'], { cwd: project, env, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(1);
    expect(check.stdout).toMatch(/^letter\.txt\n {2}2:1 {3}violation {2}off-platform {3}"Email me"\n/);
    expect(check.stdout.endsWith('✖ 2 problems (2 violations, 0 warnings, 0 info)\n')).toBe(true);

    const sarif = spawnSync('npx', ['--offline', 'clearsend', 'check', '-f', 'sarif', 'clean.md'], { cwd: project, env, encoding: 'utf8' });
    expect(sarif.status).toBe(0);
    expect((JSON.parse(sarif.stdout) as { version: string }).version).toBe('2.1.0');
  }, 120_000);
});
