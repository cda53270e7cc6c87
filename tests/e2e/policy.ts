// Enterprise policy for browser tests: Chromium on Linux reads machine policy from JSON files in
// /etc/chromium/policies/managed/, and fills the extension's `storage.managed` from the
// `3rdparty` → `extensions` → <id> block (see ../../../shared/TOOLCHAIN.md, docs/admin.md).
//
//   await withPolicy(clearsendPolicy({ guard: 'block' }), async (harness) => { ... });
//
// That folder is machine-wide: every Chromium started while the file exists obeys it, including
// other test runs on this machine. So the file exists only while a lock is held (mkdir
// /tmp/clearsend-policy.lock, the convention every agent on this machine follows), only for one
// browser launch, and it is removed in a finally block and again on process exit or signal. The
// policy specs run in their own Playwright project, after the main one (playwright.config.ts).
// A run killed outright (SIGKILL, a step's time limit in scripts/test-all.mjs) runs no handler and
// leaves both behind; every later Chromium on the machine then obeyed the policy and other tests
// failed for no reason of their own. So the lock holds its owner's pid, and a file or lock whose
// owner is dead is cleared (`clearStalePolicy`, from global setup, and before waiting on a lock).
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { computeExtensionId } from './launch.mjs';
import { launchWithExtension, type Harness } from './harness';
import type { LaunchOptions } from './launch.mjs';

export const POLICY_DIR = process.env.CLEARSEND_POLICY_DIR || '/etc/chromium/policies/managed';
export const POLICY_LOCK = '/tmp/clearsend-policy.lock';
export const POLICY_FILE = path.join(POLICY_DIR, 'clearsend-e2e-test.json');
/** How long to wait for another run's policy window to end. */
const LOCK_WAIT_MS = 120_000;

/** A policy file that gives Clearsend (the built extension's id) these managed settings. */
export function clearsendPolicy(settings: unknown, id = computeExtensionId()): object {
  return { '3rdparty': { extensions: { [id]: settings } } };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock with no readable owner (taken by an older copy of this file) counts as stale after this long: a policy window is one launch. */
const OWNERLESS_STALE_MS = 10 * 60_000;

/** Where the policy file and lock are (parameters for the tests of clearStalePolicy; the defaults are the real ones). */
export interface PolicyPaths {
  readonly file: string;
  readonly lock: string;
}
const PATHS: PolicyPaths = { file: POLICY_FILE, lock: POLICY_LOCK };

/** Whether a live run holds the lock: false when there is none or its owner is gone. */
function held(lock: string): { held: boolean; owner?: number } {
  if (!existsSync(lock)) return { held: false };
  let pid = NaN;
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // not written yet, or taken by an older copy of this file
  }
  if (Number.isInteger(pid) && pid > 0) return { held: alive(pid), owner: pid };
  try {
    return { held: Date.now() - statSync(lock).mtimeMs < OWNERLESS_STALE_MS };
  } catch {
    return { held: false }; // released meanwhile
  }
}

/**
 * Removes what a run killed outright left: the lock when its owner is dead (or it has none and is
 * old), and the policy file when no live run holds the lock. Returns what it removed.
 */
export function clearStalePolicy(paths: PolicyPaths = PATHS): string[] {
  const removed: string[] = [];
  const lock = held(paths.lock);
  if (!lock.held && existsSync(paths.lock)) {
    rmSync(paths.lock, { recursive: true, force: true });
    removed.push(`${paths.lock} (${lock.owner ? `its run, pid ${lock.owner}, is gone` : 'no owner, old'})`);
  }
  if (!lock.held && existsSync(paths.file)) {
    rmSync(paths.file, { force: true });
    removed.push(paths.file);
  }
  return removed;
}

/** Takes the lock for this process (false when it is held), recording the pid. */
export function takeLock(lock: string = POLICY_LOCK): boolean {
  try {
    mkdirSync(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeFileSync(path.join(lock, 'pid'), String(process.pid));
  return true;
}

async function acquireLock(): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  while (!takeLock()) {
    if (clearStalePolicy().length > 0) continue;
    if (Date.now() > deadline) throw new Error(`${POLICY_LOCK} is still held after ${LOCK_WAIT_MS / 1000} s: another run is testing a machine policy (remove the folder only if no such run is alive).`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/**
 * Waits until Chromium has loaded the extension's policy: its first `storage.managed.get` answers
 * only then (no polling: one read from one of the extension's pages). Measured here: 1.9 s after
 * the page asks in most launches, 6 s in some, and the content script of a page opened at once
 * got the policy 6.6-8.6 s after the launch; a test that typed and waited 5 s for the policy's
 * findings failed on a loaded CI machine.
 */
export async function policyLoaded(harness: Harness): Promise<Record<string, unknown>> {
  const scratch = await harness.context.newPage();
  try {
    await scratch.goto(`chrome-extension://${computeExtensionId()}/manifest.json`);
    return await scratch.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.managed.get(null));
  } finally {
    await scratch.close();
  }
}

/**
 * Writes `policy` (an object, written as JSON, or the file's exact text) as a machine policy,
 * launches Chromium with the built extension, waits until the extension can read the policy
 * (unless `policyLoaded: false`: the test then sees the browser's first seconds, when it cannot
 * yet), runs `fn`, and always closes the browser, removes the file and releases the lock, also
 * when `fn` fails.
 */
export async function withPolicy<T>(
  policy: object | string,
  fn: (harness: Harness) => Promise<T>,
  { policyLoaded: wait = true, ...options }: LaunchOptions & { openShadow?: boolean; policyLoaded?: boolean } = {},
): Promise<T> {
  await acquireLock();
  const onExit = () => removePolicy();
  const onSignal = (signal: NodeJS.Signals) => {
    removePolicy();
    rmSync(POLICY_LOCK, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let harness: Harness | null = null;
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2), { mode: 0o644 });
    harness = await launchWithExtension(options);
    if (wait) await policyLoaded(harness);
    return await fn(harness);
  } finally {
    await harness?.close().catch(() => undefined);
    removePolicy();
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    rmSync(POLICY_LOCK, { recursive: true, force: true });
  }
}
