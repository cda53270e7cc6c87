// The proposal's send guard, the pages and fields the extension must leave alone, typing that
// stays exactly as typed, and the selectors module checked against every fixture.
import { test, expect, launchWithExtension, openFixture, typeHuman, FIXTURE_URLS } from './harness';
import { ANSWERS, counts, COVER_LETTER, findings, guard, SEND_PROPOSAL } from './overlay';
import { FIELDS } from '../../lib/upwork/selectors';

type Win = { __submissions: unknown[]; __pageInputEvents: number; __profileSaves: unknown[]; __searchInputEvents: number };
const win = <K extends keyof Win>(page: import('@playwright/test').Page, key: K) => page.evaluate((k) => (window as unknown as Win)[k], key);

test('"Send for N Connects" with a violation asks once; Send anyway lets the next click through', async ({ page }) => {
  await openFixture(page, 'apply');
  await typeHuman(page.locator(COVER_LETTER), 'Great fit. Text me on +1 415 555 0132.', { delay: 0 });
  await typeHuman(page.locator(ANSWERS).nth(0), 'I did this for 5 years.', { delay: 0 });
  const send = page.locator(SEND_PROPOSAL);
  await send.click();
  await expect(guard(page)).toBeVisible();
  await expect(guard(page)).toContainText('in the cover letter');
  expect(await win(page, '__submissions')).toEqual([]);
  await guard(page).getByRole('button', { name: 'Send anyway' }).click();
  expect(await win(page, '__submissions')).toEqual([]); // nothing is sent for the person
  await send.click();
  await expect.poll(() => win(page, '__submissions')).toHaveLength(1);
  // The one pass is used up: the next send asks again.
  await send.click();
  await expect(guard(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(guard(page)).toHaveCount(0);
  expect(await win(page, '__submissions')).toHaveLength(1);
});

test('a clean proposal sends with no question; warnings alone do not stop a send', async ({ page }) => {
  await openFixture(page, 'apply');
  // A portfolio link is a warning, not a violation.
  await typeHuman(page.locator(COVER_LETTER), 'Recent work: https://dribbble.com/janedoe', { delay: 0 });
  await expect.poll(async () => findings(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))).toEqual(['warning']);
  await page.locator(SEND_PROPOSAL).click();
  await expect(guard(page)).toHaveCount(0);
  await expect.poll(() => win(page, '__submissions')).toHaveLength(1);
});

test('pages and fields outside the design are left alone: no overlay, and the page ends up exactly as without the extension', async ({ page }) => {
  const scenario = async (p: import('@playwright/test').Page, name: 'findWork' | 'profile') => {
    await openFixture(p, name);
    const box = name === 'findWork' ? p.locator('#search-jobs') : p.locator('textarea').first();
    await typeHuman(box, 'email me at jane.doe@gmail.com or whatsapp +1 415 555 0132', { delay: 0 });
    if (name === 'profile') await typeHuman(p.locator('input.air3-input').first(), 'Pay me via PayPal', { delay: 0 });
    await p.waitForTimeout(500);
    return p.evaluate(() => document.documentElement.outerHTML);
  };
  const bare = await launchWithExtension({ extension: false });
  try {
    for (const name of ['findWork', 'profile'] as const) {
      const withExtension = await scenario(page, name);
      await expect(findings(page)).toHaveCount(0);
      await expect(counts(page)).toHaveCount(0);
      expect(await page.locator('clearsend-overlay').count()).toBe(0);
      expect(withExtension).toBe(await scenario(bare.page, name));
    }
  } finally {
    await bare.close();
  }
  expect(await win(page, '__profileSaves')).toEqual([]);
});

test('typing stays exactly as typed: thousands of characters, paste, IME composition, undo; the page sees every event', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  const long = 'I have shipped dozens of Shopify stores; email me at jane.doe@gmail.com. '.repeat(40).slice(0, 3000);
  await cover.click();
  await page.keyboard.type(long.slice(0, 1200));
  await page.keyboard.insertText(long.slice(1200)); // a paste
  await expect(cover).toHaveValue(long);
  // IME composition (as a Japanese or Chinese keyboard produces it), through the DevTools protocol.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '日本' });
  await expect(cover).toHaveValue(`${long}日本`);
  // Every keystroke reached the page's own handler (1,200 typed + paste + composition events).
  expect(await win(page, '__pageInputEvents')).toBeGreaterThanOrEqual(1202);
  await expect.poll(async () => Number(await counts(page).textContent())).toBeGreaterThan(30);
  // Undo still undoes the person's own edits.
  await page.keyboard.press('Control+z');
  await expect(cover).not.toHaveValue(`${long}日本`);
});

test('typing into the composer keeps the editor content exactly as typed', async ({ page }) => {
  await openFixture(page, 'messages');
  const editor = page.locator('.up-d-composer .tiptap.ProseMirror[contenteditable="true"]');
  const text = 'Hello Maya, here is the plan for the redesign: audit, wireframes, build, launch. ';
  await editor.click();
  for (let i = 0; i < 5; i++) await page.keyboard.type(text);
  await expect(editor).toHaveText(text.repeat(5).trimEnd());
  expect(await page.evaluate(() => (window as unknown as { __fixtureEditor: { getText(): string } }).__fixtureEditor.getText())).toBe(text.repeat(5));
});

test('every selector matches on its fixture page exactly as recorded in lib/upwork/selectors.ts', async ({ page }) => {
  for (const spec of FIELDS) {
    for (const { fixture, count } of spec.evidence) {
      await openFixture(page, fixture as keyof typeof FIXTURE_URLS);
      if (fixture === 'proposalDetail') await page.frameLocator('.up-dash-proposal-room iframe').locator('body').waitFor();
      // Fields render after hydration (and inside the iframe, after it loads): count once they are there.
      const total = () =>
        Promise.all(page.frames().map((frame) => frame.evaluate((selectors) => new Set(selectors.flatMap((s) => [...document.querySelectorAll(s)])).size, [...spec.selectors]).catch(() => 0))).then(
          (n) => n.reduce((a, b) => a + b, 0),
        );
      await expect.poll(total, { message: `${spec.id} on ${fixture}` }).toBe(count);
    }
  }
});

test("the page's own scripts hear nothing from the extension: no posted messages", async ({ page }) => {
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { __heard: unknown[] }).__heard = heard;
    window.addEventListener('message', (e) => heard.push(e.data));
  });
  await openFixture(page, 'apply');
  await typeHuman(page.locator(COVER_LETTER), 'Email me at jane.doe@gmail.com', { delay: 0 });
  await expect(counts(page)).toHaveText('2');
  expect(await page.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard)).toEqual([]);
});
