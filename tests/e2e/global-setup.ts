// Playwright global setup: bundles the fixtures' TipTap editor and checks the extension is built.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildFixtures } from '../fixtures/build.mjs';
import { EXTENSION_DIR, ROOT, chromiumPath } from './launch.mjs';
import { clearStalePolicy } from './policy';

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export default async function globalSetup(): Promise<void> {
  // A machine policy left by a run that was killed outright would apply to every browser of this run.
  for (const removed of clearStalePolicy()) console.warn(`removed a machine policy left by a run that was stopped: ${removed}`);
  await buildFixtures();
  const manifest = path.join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`The extension is not built (${path.relative(ROOT, manifest)} is missing): run \`npx wxt build\`, then the tests again.`);
  }
  if (!existsSync(chromiumPath())) {
    throw new Error(`No Chromium at ${chromiumPath()}: \`apt-get install -y chromium\` (Debian) or set CHROMIUM_PATH.`);
  }
  const built = statSync(manifest).mtimeMs;
  const source = Math.max(...['entrypoints', 'lib', 'wxt.config.ts'].map((p) => {
    const full = path.join(ROOT, p);
    return existsSync(full) && statSync(full).isFile() ? statSync(full).mtimeMs : newestMtime(full);
  }));
  if (source > built) {
    console.warn('warning: entrypoints/, lib/ or wxt.config.ts changed after the last build: run `npx wxt build` to test the current code.');
  }
}
