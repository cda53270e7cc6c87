// The browser tests' machine-policy lock (tests/e2e/policy.ts): what a run killed outright leaves
// behind is cleared, and what a live run holds is not. Run in a temporary folder, never on the
// machine's real policy folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { clearStalePolicy, takeLock, type PolicyPaths } from '../e2e/policy';

let dir = '';
let paths: PolicyPaths;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'clearsend-policy-'));
  paths = { file: path.join(dir, 'clearsend-e2e-test.json'), lock: path.join(dir, 'lock') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('clearStalePolicy', () => {
  test('a policy file with no lock is a leftover: removed', () => {
    writeFileSync(paths.file, '{}');
    expect(clearStalePolicy(paths)).toEqual([paths.file]);
    expect(existsSync(paths.file)).toBe(false);
  });

  test('a lock whose run is gone, and its file: both removed', () => {
    const pid = deadPid();
    mkdirSync(paths.lock);
    writeFileSync(path.join(paths.lock, 'pid'), String(pid));
    writeFileSync(paths.file, '{}');
    const removed = clearStalePolicy(paths);
    expect(removed).toHaveLength(2);
    expect(removed[0]).toContain(`pid ${pid}`);
    expect(existsSync(paths.lock)).toBe(false);
    expect(existsSync(paths.file)).toBe(false);
  });

  test('a lock held by a live run keeps it and its file', () => {
    expect(takeLock(paths.lock)).toBe(true);
    expect(takeLock(paths.lock)).toBe(false);
    writeFileSync(paths.file, '{}');
    expect(clearStalePolicy(paths)).toEqual([]);
    expect(existsSync(paths.file)).toBe(true);
  });

  test('a lock with no owner written is held while fresh, stale when old', () => {
    mkdirSync(paths.lock);
    writeFileSync(paths.file, '{}');
    expect(clearStalePolicy(paths)).toEqual([]);
    const old = (Date.now() - 11 * 60_000) / 1000;
    utimesSync(paths.lock, old, old);
    expect(clearStalePolicy(paths)).toHaveLength(2);
    expect(existsSync(paths.file)).toBe(false);
  });

  test('nothing there: nothing done', () => {
    expect(clearStalePolicy(paths)).toEqual([]);
  });
});
