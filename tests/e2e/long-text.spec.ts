// Attack 4 of hostile.spec.ts: a long text must not block the page. A 200 KB paste is checked in
// slices (in no task does the extension use more than 50 ms of main-thread CPU; the wall-clock
// figure is printed too, and on a loaded machine it also counts time the OS kept the thread
// waiting), the card opens within 100 ms, and a
// text too long to check in full says so and is asked about before it is sent. The paste is a real
// one (clipboard, Ctrl+V: one input event). The detector's one-time start-up is paid before the
// trace, by typing a first sentence: the figures are for the paste.
import type { Page } from '@playwright/test';
import { test, expect, openFixture } from './harness';
import { card, counts, COVER_LETTER, guard, SEND_PROPOSAL } from './overlay';
import { longText, traceExtension } from './tasks';

async function paste(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.upwork.com' });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator(COVER_LETTER).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+V');
  await expect.poll(() => page.locator(COVER_LETTER).evaluate((el: HTMLTextAreaElement) => el.value.length), { timeout: 20_000 }).toBeGreaterThanOrEqual(text.length);
}

/** Opens the first card from the keyboard and returns ms from the keydown to the card in the DOM (measured in the page). */
async function cardOpenMs(page: Page): Promise<number> {
  await counts(page).first().focus();
  await page.evaluate(() => {
    const w = window as unknown as { __cardMs: Promise<number> };
    w.__cardMs = new Promise((resolve) => {
      addEventListener(
        'keydown',
        (e) => {
          const t0 = e.timeStamp;
          const look = () => {
            const root = document.querySelector('clearsend-overlay')?.shadowRoot;
            if (root?.querySelector('[data-testid="clearsend-card"]')) resolve(performance.now() - t0);
            else requestAnimationFrame(look);
          };
          look();
        },
        { once: true, capture: true },
      );
    });
  });
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
  return page.evaluate(() => (window as unknown as { __cardMs: Promise<number> }).__cardMs);
}

test('4. a 200 KB paste: no extension task over 50 ms, every finding listed, the card within 100 ms', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await cover.click();
  await page.keyboard.insertText('Warm-up sentence with an email, jo@gmail.com. ');
  await expect(counts(page)).toHaveText('1');
  const text = longText(200 * 1024);
  const cdp = await page.context().newCDPSession(page);
  let opened = 0;
  const trace = await traceExtension(cdp, async () => {
    await paste(page, text);
    // Checked in full: the badge counts far more than the warm-up's one finding, and the field says it is not underlined.
    await expect(page.getByTestId('clearsend-notice')).toContainText('checks all of it but underlines nothing', { timeout: 20_000 });
    await expect.poll(async () => Number(await counts(page).first().textContent()), { timeout: 20_000 }).toBeGreaterThan(500);
    opened = await cardOpenMs(page);
  });
  console.log(
    `200 KB paste: ${trace.calls} calls into the extension; longest extension share of a task ${trace.perTask[0]?.toFixed(1)} ms of CPU ` +
      `(${trace.perTaskWall[0]?.toFixed(1)} ms by the wall clock); next ${trace.perTask.slice(1, 6).map((t) => t.toFixed(1)).join(', ')}; card opened in ${opened.toFixed(1)} ms`,
  );
  expect(trace.calls).toBeGreaterThan(5); // the trace really saw the extension (several slices)
  expect(trace.perTask[0]).toBeLessThanOrEqual(50);
  expect(opened).toBeLessThanOrEqual(100);
  expect(harness.pageErrors).toEqual([]);
});

// A page's first checks compile the detector's regular expressions (in Chromium about 400 ms for
// the first sentence). They run one scan at a time in slices, so the page never waits for all of it.
// Each pattern is compiled ahead in a task of its own, for one-byte text, and the view of a text with
// nothing past U+00FF is one-byte (prepare.ts): the textarea's value is two-byte, and when the view
// was too every pattern was compiled a second time inside the rules' own steps (tasks of 90-140 ms
// here; 28-34 ms since).
test('4. the first sentence typed on a page: no extension task over 50 ms while the detector starts', async ({ page, harness }) => {
  await openFixture(page, 'apply');
  await page.locator(COVER_LETTER).click();
  const cdp = await page.context().newCDPSession(page);
  const trace = await traceExtension(cdp, async () => {
    await page.keyboard.insertText('Warm-up sentence with an email, jo@gmail.com. ');
    await expect(counts(page)).toHaveText('1');
    await page.keyboard.insertText('And pay me on PayPal. ');
    await expect(counts(page)).toHaveText('2');
  });
  console.log(`first sentence: ${trace.calls} calls into the extension; longest tasks ${trace.perTask.slice(0, 6).map((t) => t.toFixed(1)).join(', ')} ms of CPU`);
  expect(trace.calls).toBeGreaterThan(5); // the start-up was sliced, and the trace saw it
  expect(trace.perTask[0]).toBeLessThanOrEqual(50);
  expect(harness.pageErrors).toEqual([]);
});

// Text past U+00FF (Cyrillic, Devanagari) is stored two bytes per character, and V8 compiles every pattern again for such
// text. Compiled by the rules' own first runs, that made tasks of 120-170 ms here; now the prefilter reads each pattern
// ahead, one per task, and only those the text may match are compiled ahead (compile-first.ts, prefilter.ts).
for (const [language, first, second] of [
  ['Russian', 'Здравствуйте, я готов начать, пишите на jo@gmail.com. ', 'Напишите мне в телеграм, там быстрее обсудим детали. '],
  ['Hindi', 'नमस्ते, मेरा ईमेल jo@gmail.com है। ', 'मुझे व्हाट्सएप पर मैसेज करो, वहाँ बात करते हैं। '],
] as const) {
  test(`4. the first sentence typed on a page in ${language}: no extension task over 50 ms while the detector starts`, async ({ page, harness }) => {
    await openFixture(page, 'apply');
    await page.locator(COVER_LETTER).click();
    const cdp = await page.context().newCDPSession(page);
    const trace = await traceExtension(cdp, async () => {
      await page.keyboard.insertText(first);
      await expect(counts(page)).toHaveText('1', { timeout: 20_000 });
      await page.keyboard.insertText(second);
      await expect(counts(page)).toHaveText('2', { timeout: 20_000 });
    });
    console.log(`first sentence in ${language}: ${trace.calls} calls into the extension; longest tasks ${trace.perTask.slice(0, 6).map((t) => t.toFixed(1)).join(', ')} ms of CPU`);
    expect(trace.calls).toBeGreaterThan(5);
    expect(trace.perTask[0]).toBeLessThanOrEqual(50);
    expect(harness.pageErrors).toEqual([]);
  });
}

test('4. a 1 MB paste: the field says only the start is checked, and a send is asked about', async ({ page }) => {
  test.setTimeout(120_000);
  await openFixture(page, 'apply');
  await paste(page, longText(1024 * 1024));
  await expect(page.getByTestId('clearsend-notice')).toContainText('checks only the first 250,000', { timeout: 30_000 });
  await page.locator(SEND_PROPOSAL).click();
  await expect(guard(page)).toBeVisible();
  await expect(guard(page).locator('[data-unchecked="too-long"]')).toContainText('Only the start of this text was checked');
  expect(await page.evaluate(() => (window as unknown as { __submissions: unknown[] }).__submissions.length)).toBe(0);
});
