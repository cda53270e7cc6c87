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
import { mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { computeExtensionId } from './launch.mjs';
import { launchWithExtension, type Harness } from './harness';
import type { LaunchOptions } from './launch.mjs';

export const POLICY_DIR = process.env.CLEARSEND_POLICY_DIR || '/etc/chromium/policies/managed';
export const POLICY_LOCK = '/tmp/clearsend-policy.lock';
const POLICY_FILE = path.join(POLICY_DIR, 'clearsend-e2e-test.json');
/** How long to wait for another run's policy window to end. */
const LOCK_WAIT_MS = 120_000;

/** A policy file that gives Clearsend (the built extension's id) these managed settings. */
export function clearsendPolicy(settings: unknown, id = computeExtensionId()): object {
  return { '3rdparty': { extensions: { [id]: settings } } };
}

async function acquireLock(): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(POLICY_LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) throw new Error(`${POLICY_LOCK} is still held after ${LOCK_WAIT_MS / 1000} s: another run is testing a machine policy (remove the folder only if no such run is alive).`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/**
 * Writes `policy` (an object, written as JSON, or the file's exact text) as a machine policy,
 * launches Chromium with the built extension, runs `fn`, and always closes the browser, removes
 * the file and releases the lock, also when `fn` fails.
 */
export async function withPolicy<T>(
  policy: object | string,
  fn: (harness: Harness) => Promise<T>,
  options: LaunchOptions & { openShadow?: boolean } = {},
): Promise<T> {
  await acquireLock();
  const onExit = () => removePolicy();
  const onSignal = (signal: NodeJS.Signals) => {
    removePolicy();
    try {
      rmdirSync(POLICY_LOCK);
    } catch {
      // already released
    }
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
    return await fn(harness);
  } finally {
    await harness?.close().catch(() => undefined);
    removePolicy();
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    rmdirSync(POLICY_LOCK);
  }
}
