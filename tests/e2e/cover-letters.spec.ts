// The repeated-cover-letter memory in the browser: a proposal the person sends leaves a
// fingerprint (never text) in the extension's storage, and a later cover letter that is about the
// same is warned about; a tailored one is not.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, extensionId, openFixture } from './harness';
import { card, counts, COVER_LETTER, expectRules, findings, pasteInto, SEND_PROPOSAL } from './overlay';
import { LIGHTLY_EDITED, TAILORED, TEMPLATE } from '../unit/letters';

/** Everything the extension keeps in storage.local, read from its own page. */
async function storedByExtension(context: BrowserContext): Promise<Record<string, unknown>> {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  const all = await page.evaluate<Record<string, unknown>>('chrome.storage.local.get(null)');
  await page.close();
  return all;
}

/** Opens a fresh proposal form, writes `letter` and sends it with the person's own click. */
async function sendProposal(page: Page, letter: string): Promise<void> {
  await openFixture(page, 'apply');
  await pasteInto(page.locator(COVER_LETTER), letter);
  await page.locator(SEND_PROPOSAL).click();
  await expect(page.locator('#proposal-submitted')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __submissions: unknown[] }).__submissions.length)).toBe(1);
}

// Several page loads per test on a shared machine.
test.describe.configure({ timeout: 120_000 });

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

test('a sent proposal leaves only a fingerprint: no word and no 3-word window of the letter is stored', async ({ page, context }) => {
  await sendProposal(page, TEMPLATE);
  await sendProposal(page, TAILORED);
  // Each look opens the extension's page: slow on a busy machine, so the wait is long.
  await expect.poll(async () => ((await storedByExtension(context)).coverLetterPrints as { prints?: unknown[] } | undefined)?.prints?.length ?? 0, { timeout: 30_000 }).toBe(2);

  const stored = await storedByExtension(context);
  const prints = stored.coverLetterPrints as { v: number; salt: string; prints: { at: number; sig: string }[] };
  expect(Object.keys(prints).sort()).toEqual(['prints', 'salt', 'v']);
  for (const p of prints.prints) expect(Object.keys(p).sort()).toEqual(['at', 'sig']);
  // The salt and the signatures are base64 of binary data: read as text they hold any four letters
  // by chance (a run once found "flow" in "...2flo/4..."). They are checked as the bytes they are,
  // and everything else in storage as the text it is.
  const opaque = [prints.salt, ...prints.prints.map((p) => p.sig)];
  for (const b64 of opaque) expect(b64).toMatch(/^[A-Za-z0-9+/]+=*$/);
  const text = JSON.stringify(stored, (key, value: unknown) => (key === 'salt' || key === 'sig' ? '' : value)).toLowerCase();
  const bytes = opaque.map((b64) => Buffer.from(b64, 'base64').toString('latin1').toLowerCase()).join('\n');
  for (const [where, dump] of [['storage', text], ['the decoded salt and signatures', bytes]] as const) {
    for (const letter of [TEMPLATE, TAILORED]) {
      const w = words(letter);
      for (const word of w.filter((x) => x.length >= 4)) expect(dump, `"${word}" is in ${where}`).not.toContain(word);
      for (let i = 0; i + 3 <= w.length; i++) expect(dump, `a 3-word window is in ${where}`).not.toContain(w.slice(i, i + 3).join(' '));
    }
  }
});

test('a letter about the same as sent ones is warned about; a tailored one is not; forgetting clears it', async ({ page, context }) => {
  // Nothing sent yet: the template is not flagged.
  await openFixture(page, 'apply');
  await pasteInto(page.locator(COVER_LETTER), TEMPLATE);
  await page.waitForTimeout(500);
  await expect(findings(page)).toHaveCount(0);

  for (let i = 0; i < 4; i++) await sendProposal(page, TEMPLATE);

  await openFixture(page, 'apply');
  await pasteInto(page.locator(COVER_LETTER), LIGHTLY_EDITED);
  await expectRules(page, ['repeated-cover-letter']);
  const [finding] = await findings(page).evaluateAll((els) => els.map((el) => ({ severity: el.getAttribute('data-severity'), start: Number(el.getAttribute('data-start')), end: Number(el.getAttribute('data-end')) })));
  expect(finding!.severity).toBe('warning');
  // The first sentence is underlined.
  expect(LIGHTLY_EDITED.slice(finding!.start, finding!.end)).toBe('Hi there, I read your job post and I am sure I am the right person for this job');
  await counts(page).click();
  await expect(card(page)).toContainText('About the same as 4 cover letters you sent in the last day: tailor it to this job.');
  await expect(card(page)).toContainText('Freelancer Violations and Account Holds');
  await expect(card(page).locator('[data-action="fix"]')).toHaveCount(0);

  // A warning does not stop the send.
  await page.keyboard.press('Escape');

  await openFixture(page, 'apply');
  await pasteInto(page.locator(COVER_LETTER), TAILORED);
  await page.waitForTimeout(500);
  await expect(findings(page)).toHaveCount(0);

  // "Forget everything" on the options page removes the key: an open form stops warning at once.
  await openFixture(page, 'apply');
  await pasteInto(page.locator(COVER_LETTER), TEMPLATE);
  await expectRules(page, ['repeated-cover-letter']);
  const id = await extensionId(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.evaluate("chrome.storage.local.remove('coverLetterPrints')");
  await options.close();
  await expect(findings(page)).toHaveCount(0);
});

test('the memory can be switched off in the settings: nothing is stored and nothing is compared', async ({ page, context }) => {
  const id = await extensionId(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.evaluate('chrome.storage.local.set({ settings: { enterSends: true, coverLetters: { enabled: false, threshold: 0.8, retentionDays: 30 } } })');
  await options.close();
  await sendProposal(page, TEMPLATE);
  await sendProposal(page, TEMPLATE);
  expect((await storedByExtension(context)).coverLetterPrints).toBeUndefined();
});
