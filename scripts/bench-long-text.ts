/**
 * `npm run bench:long-text`: what a long paste costs the page. In Debian's Chromium with the built
 * extension (or EXTENSION=<dir> for another build), on the proposal form, a real paste (clipboard,
 * Ctrl+V) of a varied 200 KB and 1 MB text into the cover letter, traced through the DevTools
 * protocol: the extension's share of each main-thread task (tests/e2e/tasks.ts), the number of
 * calls into it, the time until the badge shows the full count, and the time from Enter on the
 * badge to the card in the page. The detector's one-time start-up is paid first (a typed sentence)
 * and printed on its own. Prints figures; exits 0.
 */
import path from 'node:path';
import { launchBrowser, openFixture, openShadowForTests, EXTENSION_DIR } from '../tests/e2e/launch.mjs';
import { longText, traceExtension } from '../tests/e2e/tasks';

const extensionPath = process.env.EXTENSION ? path.resolve(process.env.EXTENSION) : EXTENSION_DIR;
const COVER = 'textarea[aria-labelledby="cover_letter_label"]';

async function run(size: number): Promise<void> {
  const { context, page } = await launchBrowser({ extensionPath });
  try {
    await openShadowForTests(context, page);
    await openFixture(page, 'apply');
    const cdp = await context.newCDPSession(page);
    const count = () => page.evaluate(() => Number(document.querySelector('clearsend-overlay')?.shadowRoot?.querySelector('[data-testid="clearsend-count"]')?.textContent ?? 0));
    // Start-up: the first check of real text.
    const startup = await traceExtension(cdp, async () => {
      await page.locator(COVER).click();
      await page.keyboard.insertText('Warm-up sentence with an email, jo@gmail.com. ');
      await page.waitForFunction(() => !!document.querySelector('clearsend-overlay')?.shadowRoot?.querySelector('[data-testid="clearsend-count"]'), null, { timeout: 30_000 });
    });
    const text = longText(size);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.upwork.com' });
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    let checkedMs = 0;
    let cardMs = 0;
    let findings = 0;
    const pasted = await traceExtension(cdp, async () => {
      await page.keyboard.press('Control+End');
      const t0 = Date.now();
      await page.keyboard.press('Control+V');
      // Done when the count stops changing for a second.
      let last = -1;
      let stableSince = Date.now();
      while (Date.now() - stableSince < 1000 && Date.now() - t0 < 60_000) {
        const n = await count();
        if (n !== last) {
          last = n;
          stableSince = Date.now();
        }
        await page.waitForTimeout(50);
      }
      checkedMs = stableSince - t0;
      findings = last;
      await page.evaluate(() => {
        (document.querySelector('clearsend-overlay')?.shadowRoot?.querySelector('[data-testid="clearsend-count"]') as HTMLElement | null)?.focus();
        const w = window as unknown as { __cardMs: Promise<number> };
        w.__cardMs = new Promise((resolve) =>
          addEventListener(
            'keydown',
            (e) => {
              const look = () => {
                if (document.querySelector('clearsend-overlay')?.shadowRoot?.querySelector('[data-testid="clearsend-card"]')) resolve(performance.now() - e.timeStamp);
                else requestAnimationFrame(look);
              };
              look();
            },
            { once: true, capture: true },
          ),
        );
      });
      await page.keyboard.press('Enter');
      cardMs = await page.evaluate(() => (window as unknown as { __cardMs: Promise<number> }).__cardMs);
    });
    const over50 = pasted.perTask.filter((t) => t > 50).length;
    console.log(`${(size / 1024).toFixed(0)} KB paste (${findings} findings on the badge)`);
    console.log(`  start-up (first real check): longest extension task ${startup.perTask[0]?.toFixed(1)} ms CPU, ${startup.perTaskWall[0]?.toFixed(1)} ms wall`);
    console.log(`  paste: ${pasted.calls} calls into the extension; longest extension share of a task ${pasted.perTask[0]?.toFixed(1)} ms CPU, ${pasted.perTaskWall[0]?.toFixed(1)} ms wall; tasks over 50 ms (CPU): ${over50}`);
    console.log(`  top shares, CPU ms: ${pasted.perTask.slice(0, 8).map((t) => t.toFixed(1)).join(', ')}; wall ms: ${pasted.perTaskWall.slice(0, 8).map((t) => t.toFixed(1)).join(', ')}`);
    console.log(`  badge final after ${checkedMs} ms (polled every 50 ms); card opened ${cardMs.toFixed(1)} ms after Enter`);
  } finally {
    await context.close();
  }
}

console.log(`extension: ${path.relative(process.cwd(), extensionPath) || extensionPath}`);
for (const size of [200 * 1024, 1024 * 1024]) {
  await run(size).catch((error: unknown) => console.log(`${(size / 1024).toFixed(0)} KB paste: failed: ${error instanceof Error ? error.message : String(error)}`));
}
