// What the person can do with a warning: apply the fix (an edit the page sees, undone by Ctrl+Z),
// ignore it, tell Clearsend the client is Enterprise; all of it from the keyboard too.
import { test, expect, openFixture, typeHuman } from './harness';
import { card, counts, COVER_LETTER, expectRules, findings, seen, underlineRects } from './overlay';

const pageInputEvents = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __pageInputEvents: number }).__pageInputEvents);

test('applying a fix edits the text as typing would: the page sees it, Ctrl+Z undoes it', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  const text = 'Thanks for the invite. My email is jane.doe@gmail.com if you need it.';
  await typeHuman(cover, text, { delay: 0 });
  await expectRules(page, ['contact-email']);
  const before = await pageInputEvents(page);
  const [rect] = await underlineRects(findings(page).first());
  await page.mouse.move(rect!.x + 2, rect!.y + rect!.height / 2);
  await card(page).getByRole('button', { name: 'Remove the email address' }).click();
  await expect(cover).toHaveValue('Thanks for the invite. My email is if you need it.');
  await expectRules(page, []);
  // The page's own model (Vue-style, fed by input events) saw the edit; its counter agrees.
  expect(await pageInputEvents(page)).toBeGreaterThan(before);
  await cover.focus();
  await page.keyboard.press('Control+z');
  await expect(cover).toHaveValue(text);
  await expectRules(page, ['contact-email']);
});

test('a sentence-level fix rewrites the whole sentence so it still reads well', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await typeHuman(cover, "I can start today. Let's continue on WhatsApp, it's faster. Best, Jane", { delay: 0 });
  await expectRules(page, ['off-platform']);
  await counts(page).click();
  await expect(card(page).getByRole('button', { name: /Keep it on Upwork/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cover).toHaveValue("I can start today. Let's keep talking here on Upwork. Best, Jane");
  await expectRules(page, []);
});

test('ignore this one: the same words stay quiet in this field, others still count', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await typeHuman(cover, 'Portfolio: jane.doe@gmail.com', { delay: 0 });
  await expectRules(page, ['contact-email']);
  await counts(page).click();
  await card(page).getByRole('button', { name: 'Ignore this one' }).click();
  await expectRules(page, []);
  await typeHuman(cover, ' and +44 20 7946 0958', { delay: 0 });
  await expectRules(page, ['contact-phone']);
  await expect(cover).toHaveValue('Portfolio: jane.doe@gmail.com and +44 20 7946 0958');
});

test('marking the client as Enterprise turns contact details into notes, and is remembered for this job', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await typeHuman(cover, 'Reach me at jane.doe@gmail.com. Pay me via PayPal.', { delay: 0 });
  await expectRules(page, ['contact-email', 'payment-outside']);
  await counts(page).click();
  await card(page).getByRole('button', { name: 'This client is Enterprise' }).click();
  // Contact details become an allowed note; payment outside Upwork stays a violation.
  await expect.poll(async () => (await seen(page)).map((s) => `${s.rule}:${s.severity}`)).toEqual(['contact-email:info', 'payment-outside:violation']);
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __hydrated: boolean }).__hydrated === true);
  await typeHuman(page.locator(COVER_LETTER), 'Reach me at jane.doe@gmail.com', { delay: 0 });
  await expect.poll(async () => (await seen(page)).map((s) => `${s.rule}:${s.severity}`)).toEqual(['contact-email:info']);
});

test('keyboard: the badge is a button; Enter opens the card with focus inside, arrows move, Escape closes and returns to the field', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await typeHuman(cover, 'Call me at +44 20 7946 0958 or email jane.doe@gmail.com', { delay: 0 });
  await expectRules(page, ['off-platform', 'contact-phone', 'contact-email']);
  const badge = counts(page);
  await expect(badge).toHaveRole('button');
  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('role', 'dialog');
  await expect(card(page)).toHaveAttribute('data-rule', 'off-platform');
  // Focus moved into the card: its first button.
  await expect.poll(() => page.evaluate(() => document.querySelector('clearsend-overlay')?.shadowRoot?.activeElement?.tagName)).toBe('BUTTON');
  await card(page).getByRole('button', { name: 'Next problem' }).click();
  await expect(card(page)).toHaveAttribute('data-rule', 'contact-phone');
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await expect(cover).toBeFocused();
  // The count is announced politely for screen readers.
  await expect(page.locator('clearsend-overlay').locator('[role=status]').first()).toHaveText(/3 violations in the cover letter/);
});
