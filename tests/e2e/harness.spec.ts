// Checks the harness itself WITH the built extension: it loads, its id is found at run time,
// and request recording lets a spec compare a run with and without the extension.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, EXTENSION_DIR, computeExtensionId, extensionId, launchWithExtension, openFixture, typeHuman } from './harness';

test('the built extension loads and its id is found at run time', async ({ context, page }) => {
  const id = await extensionId(context);
  expect(id).toMatch(/^[a-p]{32}$/);
  expect(id).toBe(computeExtensionId());
  await page.goto(`chrome-extension://${id}/manifest.json`); // Playwright returns no Response for these
  const built = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(JSON.parse(await page.locator('body').innerText())).toEqual(built);
  const unknown = await page.goto('chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/manifest.json').then(
    () => 'loaded',
    (error: Error) => error.message,
  );
  expect(unknown).toContain('ERR_BLOCKED_BY_CLIENT');
});

test('with and without the extension, the same requests leave the page', async () => {
  const run = async (extension: boolean) => {
    const harness = await launchWithExtension({ extension });
    try {
      if (!extension) expect(await extensionId(harness.context)).toBeUndefined();
      for (const name of ['apply', 'messages'] as const) {
        await openFixture(harness.page, name);
        const field = name === 'apply' ? '.cover-letter-area textarea' : '.up-d-composer .tiptap';
        await typeHuman(harness.page.locator(field), 'Email me at jo@example.com', { delay: 0 });
        await harness.page.waitForTimeout(300);
      }
      return harness.networkRequests().map((r) => `${r.method} ${r.url}`).sort();
    } finally {
      await harness.close();
    }
  };
  const without = await run(false);
  const withExtension = await run(true);
  expect(without.length).toBeGreaterThan(0);
  expect(withExtension).toEqual(without);
});
