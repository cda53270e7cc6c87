/**
 * `npm run bench:long-text`: what a long paste costs the page. In Debian's Chromium with the built
 * extension (or EXTENSION=<dir> for another build), on the proposal form, a real paste (clipboard,
 * Ctrl+V) of a varied 200 KB and 1 MB text into the cover letter, traced through the DevTools
 * protocol: the extension's share of each main-thread task (tests/e2e/tasks.ts), the number of
 * calls into it, the time until the badge shows the full count, and the time from Enter on the
 * badge to the card in the page. The detector's one-time start-up is paid first (a typed sentence)
 * and printed on its own. Before that, the start-up alone: two sentences typed on a fresh page in
 * English, Russian and Hindi (text past U+00FF has every pattern compiled again for it), three fresh
 * browsers each, the medians of the longest extension task, of the extension's CPU in all, and of
 * the time until the first badge appears. `--start-up` prints only those. Prints figures; exits 0.
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

/** Two sentences typed on a fresh page: the longest extension task, the extension's CPU in all, ms until the first badge. */
async function startUp(first: string, second: string): Promise<[number, number, number]> {
  const { context, page } = await launchBrowser({ extensionPath });
  try {
    await openShadowForTests(context, page);
    await openFixture(page, 'apply');
    await page.locator(COVER).click();
    const cdp = await context.newCDPSession(page);
    const count = () => page.evaluate(() => Number(document.querySelector('clearsend-overlay')?.shadowRoot?.querySelector('[data-testid="clearsend-count"]')?.textContent ?? 0));
    let badgeMs = 0;
    const trace = await traceExtension(cdp, async () => {
      const t0 = Date.now();
      await page.keyboard.insertText(first);
      await page.waitForFunction(() => !!document.querySelector('clearsend-overlay')?.shadowRoot?.querySelector('[data-testid="clearsend-count"]'), null, {
        timeout: 30_000,
        polling: 10,
      });
      badgeMs = Date.now() - t0;
      // A second sentence with a finding of its own: the patterns' second runs are in the trace too.
      const before = await count();
      await page.keyboard.insertText(second);
      const deadline = Date.now() + 30_000;
      while ((await count()) <= before) {
        if (Date.now() > deadline) throw new Error(`the second sentence's finding never showed (${before} on the badge)`);
        await page.waitForTimeout(10);
      }
    });
    return [trace.perTask[0] ?? 0, trace.perTask.reduce((a, b) => a + b, 0), badgeMs];
  } finally {
    await context.close();
  }
}

const FIRST_SENTENCES: [string, string, string][] = [
  ['English', 'Warm-up sentence with an email, jo@gmail.com. ', 'And pay me on PayPal. '],
  ['Russian', 'Здравствуйте! Пишите мне на почту ivan.dev@gmail.com. ', 'Звоните: +7 912 555 01 23. '],
  ['Hindi', 'नमस्ते, मुझे ईमेल करें: ravi.dev@gmail.com. ', 'फ़ोन: +91 98765 43210. '],
];
console.log(`extension: ${path.relative(process.cwd(), extensionPath) || extensionPath}`);
console.log('two sentences on a fresh page (medians of 3): longest extension task, extension CPU in all, until the first badge; ms');
const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
for (const [language, first, second] of FIRST_SENTENCES) {
  const runs: [number, number, number][] = [];
  for (let r = 0; r < 3; r++) runs.push(await startUp(first, second));
  const [longest, total, badge] = [0, 1, 2].map((k) => middle(runs.map((run) => run[k]!)));
  console.log(`  ${language.padEnd(8)} longest ${longest!.toFixed(1)}, in all ${total!.toFixed(0)}, badge after ${badge}`);
}
for (const size of process.argv.includes('--start-up') ? [] : [200 * 1024, 1024 * 1024]) {
  await run(size).catch((error: unknown) => console.log(`${(size / 1024).toFixed(0)} KB paste: failed: ${error instanceof Error ? error.message : String(error)}`));
}
