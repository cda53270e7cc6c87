// Upwork Messages: the TipTap/ProseMirror composer, room switches without reload, the room
// inside a proposal's iframe, and the send guard on the send button and on Enter.
import type { Frame, Page } from '@playwright/test';
import { test, expect, extensionId, openFixture, typeHuman } from './harness';
import { card, COMPOSER, counts, expectRules, findings, guard, SEND_MESSAGE, underlineRects } from './overlay';

const sent = (where: Page | Frame) => where.evaluate(() => (window as unknown as { __sentMessages: { text: string; via: string }[] }).__sentMessages);

test('underlines in the composer sit exactly on the words, across paragraphs', async ({ page }) => {
  await openFixture(page, 'messages');
  const editor = page.locator(COMPOSER);
  await typeHuman(editor, 'Thanks for the details!\nMy skype is john.smith88 and we can continue on WhatsApp.', { delay: 0, newline: 'Shift+Enter' });
  await expectRules(page, ['contact-messaging', 'off-platform']);
  await expect(counts(page)).toHaveText('2');
  // The page's own Range over the same words gives the reference rectangles.
  for (const [i, words] of [[0, 'skype is john.smith88'], [1, 'continue on WhatsApp']] as const) {
    const expected = await page.evaluate(
      ([selector, w]) => {
        const root = document.querySelector(selector)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(w);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        return null;
      },
      [COMPOSER, words] as const,
    );
    const [rect] = await underlineRects(findings(page).nth(i));
    expect(expected).not.toBeNull();
    expect(Math.abs(rect!.x - expected!.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(rect!.width - expected!.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(rect!.y - expected!.y)).toBeLessThanOrEqual(1);
  }
});

test('Enter with a violation is stopped once; "Send anyway" lets the next Enter through', async ({ page }) => {
  await openFixture(page, 'messages');
  const editor = page.locator(COMPOSER);
  await typeHuman(editor, 'Can you pay me via PayPal?', { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(guard(page)).toBeVisible();
  await expect(guard(page)).toContainText('Payment outside Upwork');
  expect(await sent(page)).toEqual([]);
  // Nothing of the text was lost or changed.
  await expect(editor).toHaveText('Can you pay me via PayPal?');
  await guard(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect(guard(page)).toHaveCount(0);
  expect(await sent(page)).toEqual([]); // the extension does not send by itself
  await expect(editor).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => sent(page)).toEqual([expect.objectContaining({ text: 'Can you pay me via PayPal?', via: 'enter' })]);
});

test('the send button is guarded too; "Review" opens the first problem and sends nothing', async ({ page }) => {
  await openFixture(page, 'messages');
  const editor = page.locator(COMPOSER);
  await typeHuman(editor, 'Send me your Upwork password please', { delay: 0 });
  await page.locator(SEND_MESSAGE).click();
  await expect(guard(page)).toBeVisible();
  await guard(page).getByRole('button', { name: 'Review' }).click();
  await expect(guard(page)).toHaveCount(0);
  await expect(card(page)).toHaveAttribute('data-rule', 'account-sharing');
  expect(await sent(page)).toEqual([]);
  // After fixing the text, the button sends without a question.
  await card(page).getByRole('button', { name: 'Remove this sentence' }).click();
  await typeHuman(editor, 'Could you add me to your team instead?', { delay: 0 });
  await expectRules(page, []);
  await page.locator(SEND_MESSAGE).click();
  await expect(guard(page)).toHaveCount(0);
  await expect.poll(() => sent(page)).toEqual([expect.objectContaining({ text: 'Could you add me to your team instead?', via: 'button' })]);
});

test('clean messages and Shift+Enter are never stopped', async ({ page }) => {
  await openFixture(page, 'messages');
  const editor = page.locator(COMPOSER);
  await typeHuman(editor, 'Sounds good, I will send the draft here on Upwork.', { delay: 0 });
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Thanks!');
  await page.keyboard.press('Enter');
  await expect(guard(page)).toHaveCount(0);
  await expect.poll(async () => (await sent(page)).length).toBe(1);
});

test('after a room switch without reload, the new composer is watched and the old one is gone', async ({ page }) => {
  await openFixture(page, 'messages');
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
  await typeHuman(page.locator(COMPOSER), 'whatsapp me', { delay: 0 });
  await expectRules(page, ['off-platform']);
  await page.locator('a.up-d-room-link').nth(1).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __composerGeneration: number }).__composerGeneration)).toBe(2);
  expect(await page.evaluate(() => (window as unknown as { __marker: number }).__marker)).toBe(42); // no reload
  await expectRules(page, []);
  await typeHuman(page.locator(COMPOSER), 'my number is +1 415 555 0132', { delay: 0 });
  await expectRules(page, ['contact-phone']);
  await expect(counts(page)).toHaveCount(1);
});

test('the room inside a proposal page iframe is watched and guarded', async ({ page }) => {
  await openFixture(page, 'proposalDetail');
  const frame = page.frameLocator('.up-dash-proposal-room iframe');
  const editor = frame.locator(COMPOSER);
  await editor.waitFor();
  await typeHuman(editor, 'Email me: jane.doe@gmail.com', { delay: 0 });
  const inner = page.frames().find((f) => f.url().includes('frame=true'))!;
  await expectRules(inner, ['off-platform', 'contact-email']);
  await page.keyboard.press('Enter');
  await expect(guard(inner)).toBeVisible();
  expect(await sent(inner)).toEqual([]);
});

test('with "Enter adds a line" set, plain Enter is left alone and Ctrl+Enter is guarded', async ({ page, context }) => {
  await page.addInitScript(() => ((window as unknown as { __FIXTURE: object }).__FIXTURE = { enterSends: false }));
  await openFixture(page, 'messages');
  // The person unticks the option on Clearsend's options page (kept in extension storage).
  const id = await extensionId(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  const box = options.getByRole('checkbox', { name: /Enter sends my message/ });
  await expect(box).toBeChecked();
  await box.uncheck();
  await options.close();
  const editor = page.locator(COMPOSER);
  await typeHuman(editor, 'text me on 415 555 0132', { delay: 0 });
  await page.keyboard.press('Enter'); // a new line in this setting: not a send, not stopped
  await expect(guard(page)).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(guard(page)).toBeVisible();
  expect(await sent(page)).toEqual([]);
});
