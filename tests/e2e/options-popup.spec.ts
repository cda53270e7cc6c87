// The options page and the popup, in Chromium with the built extension: changes reach open
// Upwork tabs at once, two options tabs stay in step, a remembered conversation can be removed,
// the popup reads the active tab's fields and pauses it, the interface speaks Spanish, axe finds
// nothing in light and dark, and everything works from the keyboard.
import AxeBuilder from './axe';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, extensionId, launchWithExtension, openFixture, typeHuman } from './harness';
import { card, COMPOSER, counts, COVER_LETTER, expectRules, findings, guard, seen, SEND_PROPOSAL } from './overlay';

// Each test drives two to four tabs (a fixture, the options page, the popup): more than the
// default 30 s when the machine is busy.
test.describe.configure({ timeout: 60_000 });

async function openOptions(context: BrowserContext): Promise<Page> {
  const id = await extensionId(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(options.locator('tr[data-rule]').first()).toBeVisible();
  // Locked until Chromium says whether a policy applies (late in its first seconds; see managed-ui.spec.ts).
  await expect(options.getByTestId('options-policy-pending')).toHaveCount(0);
  return options;
}

/**
 * Opens popup.html the way the toolbar would show it for the tab that is active now: created in
 * the background (chrome.tabs.create with active: false, from an extension page), so that its
 * own tabs.query({active, currentWindow}) finds the Upwork tab and really talks to it.
 */
async function openPopupFor(context: BrowserContext, active: Page): Promise<Page> {
  const id = await extensionId(context);
  await active.bringToFront();
  const launcher = await context.newPage();
  await launcher.goto(`chrome-extension://${id}/manifest.json`);
  await active.bringToFront();
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/popup.html') });
  await launcher.evaluate(() => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<unknown> }; runtime: { getURL(p: string): string } } }).chrome;
    return chrome.tabs.create({ url: chrome.runtime.getURL('popup.html'), active: false });
  });
  const popup = await opened;
  await launcher.close();
  await popup.waitForLoadState();
  return popup;
}

const stored = (page: Page, key: string) =>
  page.evaluate((k) => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k).then((items) => items[k]), key);

test('a change on the options page reaches an open Messages tab and a second options tab at once', async ({ page, context }) => {
  // This Messages copy is set to "Enter adds a line", as the person will tell Clearsend below.
  await page.addInitScript(() => ((window as unknown as { __FIXTURE: object }).__FIXTURE = { enterSends: false }));
  await openFixture(page, 'messages');
  const first = await openOptions(context);
  const second = await openOptions(context);
  const box = (p: Page) => p.getByRole('checkbox', { name: /Enter sends my message/ });
  await expect(box(second)).toBeChecked();
  await box(first).uncheck();
  await expect(box(second)).not.toBeChecked(); // followed through storage change events
  // Saved whole and valid, in the new shape (the old { enterSends } value is read as a migration).
  expect(await stored(first, 'settings')).toEqual({
    enterSends: false,
    guard: 'ask',
    rules: {},
    coverLetters: { enabled: true, threshold: 0.8, retentionDays: 30 },
  });
  // The Messages tab, open all along, now treats plain Enter as a new line.
  await page.bringToFront();
  await typeHuman(page.locator(COMPOSER), 'text me on 415 555 0132', { delay: 0 });
  await expect.poll(async () => (await seen(page)).length).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(guard(page)).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(guard(page)).toBeVisible();
  // A rule switched off and a level chosen are saved at once and shown in the other tab.
  const emailRow = (p: Page) => p.locator('tr[data-rule="contact-email"]');
  await emailRow(first).getByRole('checkbox').uncheck();
  await emailRow(first).getByRole('combobox').selectOption('warning');
  await expect(emailRow(second).getByRole('checkbox')).not.toBeChecked();
  await expect(emailRow(second).getByRole('combobox')).toHaveValue('warning');
  expect(((await stored(first, 'settings')) as { rules: object }).rules).toEqual({ 'contact-email': { enabled: false, severity: 'warning' } });
});

test('the second opinion is on unless turned off: it underlines what no rule caught, as a warning the send guard lets through', async ({ page, context }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  const text = 'Thanks for the invite, I can start on Monday. Could you log into our company Upwork and post the job yourself? Best, Jane';
  await typeHuman(cover, text, { delay: 0 });
  // No rule matches this text; the model reads one sentence as account sharing: a warning, with the model's words on the card.
  await expect.poll(async () => (await seen(page)).map((s) => `${s.rule}:${s.severity}`)).toEqual(['second-opinion:warning']);
  const [found] = await seen(page);
  expect(text.slice(found!.start, found!.end)).toBe('Could you log into our company Upwork and post the job yourself');
  const options = await openOptions(context);
  const row = options.locator('tr[data-rule="second-opinion"]');
  await expect(row).toContainText('Second opinion (learned model)');
  await expect(row.getByRole('checkbox')).toBeChecked();
  await expect(row).toContainText('On unless you turn it off');
  await expect(row.getByRole('combobox')).toHaveValue(''); // its own level
  await expect(row.getByRole('combobox').locator('option:checked')).toContainText(/warning/i);
  // Turned off: gone at once in the open tab, and stored as the person's choice; on again: back.
  await row.getByRole('checkbox').uncheck();
  expect(((await stored(options, 'settings')) as { rules: object }).rules).toEqual({ 'second-opinion': { enabled: false } });
  await expect(findings(page)).toHaveCount(0);
  await row.getByRole('checkbox').check();
  await page.bringToFront();
  await expect.poll(async () => (await seen(page)).map((s) => s.rule)).toEqual(['second-opinion']);
  await counts(page).click();
  await expect(card(page)).toContainText('Second opinion');
  await expect(card(page)).toContainText('reads like sharing or lending an Upwork account');
  await expect(card(page)).toContainText("the words that weighed most: 'Upwork', 'log', 'yourself'");
  // Its fix removes the sentence, as an edit the person chose; Ctrl+Z brings it back.
  await card(page).getByRole('button', { name: 'Remove this sentence' }).click();
  await expect(cover).toHaveValue('Thanks for the invite, I can start on Monday. Best, Jane');
  await expect(findings(page)).toHaveCount(0);
  await cover.focus();
  await page.keyboard.press('Control+z');
  await expect(cover).toHaveValue(text);
  await expect.poll(async () => (await seen(page)).map((s) => s.rule)).toEqual(['second-opinion']);
  // A warning: the send guard, which asks about violations only, lets the send through.
  await page.bringToFront();
  await page.locator(SEND_PROPOSAL).click();
  await expect(guard(page)).toHaveCount(0);
});

test("the second opinion's veto: a rule's finding whose sentence the model reads as ordinary is a warning that says so, until the model is turned off", async ({ page, context }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  const text = "Plate numbers look like 55-12345, don't mix them with phone numbers in the database please.";
  await typeHuman(cover, text, { delay: 0 });
  // The phone rule matches "55-12345"; the model reads the whole sentence as ordinary: underlined as a warning, the card says why.
  await expect.poll(async () => (await seen(page)).map((s) => `${s.rule}:${s.severity}`)).toEqual(['contact-phone:warning']);
  await counts(page).click();
  await expect(card(page)).toContainText('the second opinion reads the whole sentence as ordinary');
  // With the second opinion turned off, the same finding is a violation again and the guard asks.
  const options = await openOptions(context);
  const box = options.locator('tr[data-rule="second-opinion"]').getByRole('checkbox');
  await box.uncheck();
  await page.bringToFront();
  await expect.poll(async () => (await seen(page)).map((s) => `${s.rule}:${s.severity}`)).toEqual(['contact-phone:violation']);
  await page.locator(SEND_PROPOSAL).click();
  await expect(guard(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(guard(page)).toHaveCount(0);
  // On again: a warning, and the send guard lets the send through.
  await box.check();
  await page.bringToFront();
  await expect.poll(async () => (await seen(page)).map((s) => `${s.rule}:${s.severity}`)).toEqual(['contact-phone:warning']);
  await page.locator(SEND_PROPOSAL).click();
  await expect(guard(page)).toHaveCount(0);
});

test('corrupt stored settings fall back with a visible notice, and the next change stores clean ones', async ({ context }) => {
  const options = await openOptions(context);
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
      settings: { enterSends: 'yes', guard: 'block', rules: { 'contact-phone': { enabled: 'no' } }, coverLetters: { threshold: 7 } },
    }),
  );
  await expect(options.getByTestId('options-settings-reset')).toBeVisible();
  // What could be read is kept (guard: block); the rest are defaults.
  await expect(options.getByRole('radio', { name: /^Block/ })).toBeChecked();
  await expect(options.getByRole('checkbox', { name: /Enter sends my message/ })).toBeChecked();
  await options.getByRole('radio', { name: /^Off/ }).check();
  await expect(options.getByTestId('options-settings-reset')).toHaveCount(0);
  expect(await stored(options, 'settings')).toEqual({ enterSends: true, guard: 'off', rules: {}, coverLetters: { enabled: true, threshold: 0.8, retentionDays: 30 } });
});

test('a remembered conversation is listed and removing it undoes the mark in the open tab', async ({ page, context }) => {
  await openFixture(page, 'apply');
  await typeHuman(page.locator(COVER_LETTER), 'Reach me at jane.doe@gmail.com', { delay: 0 });
  await expectRules(page, ['contact-email']);
  await counts(page).click();
  await card(page).getByRole('button', { name: 'This client is Enterprise' }).click();
  await expect.poll(async () => (await seen(page)).map((s) => s.severity)).toEqual(['info']);
  const options = await openOptions(context);
  const list = options.getByTestId('options-conversations');
  const entry = list.locator('li');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Enterprise client');
  const key = (await entry.getAttribute('data-conversation'))!;
  expect(key).toMatch(/^job_/);
  await entry.getByRole('button', { name: `Remove ${key}` }).click();
  await expect(options.getByTestId('options-conversations-empty')).toBeVisible();
  expect(await stored(options, 'conversations')).toEqual({});
  // The open proposal tab checks again without the mark: the email is a violation again.
  await expect.poll(async () => (await seen(page)).map((s) => s.severity)).toEqual(['violation']);
});

test('forget every sent cover letter asks first, then removes the fingerprints', async ({ context }) => {
  const options = await openOptions(context);
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ coverLetterPrints: [{ at: 1, print: [1, 2, 3] }] }),
  );
  await options.getByRole('button', { name: /Forget every sent letter/ }).click();
  await expect(options.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await options.getByRole('button', { name: 'Keep them' }).click();
  expect(await stored(options, 'coverLetterPrints')).toEqual([{ at: 1, print: [1, 2, 3] }]);
  await options.getByRole('button', { name: /Forget every sent letter/ }).click();
  await options.getByRole('button', { name: 'Forget them' }).click();
  await expect(options.getByTestId('options-forgotten')).toHaveText('Every sent letter is forgotten.');
  expect(await stored(options, 'coverLetterPrints')).toBeUndefined();
});

test('the popup lists the active Upwork tab’s fields with their counts and pauses that tab', async ({ page, context }) => {
  await openFixture(page, 'apply');
  await typeHuman(page.locator(COVER_LETTER), 'Reach me at jane.doe@gmail.com or on WhatsApp +44 20 7946 0958', { delay: 0 });
  await expect.poll(async () => (await seen(page)).length).toBeGreaterThanOrEqual(2);
  const count = (await seen(page)).length;
  const popup = await openPopupFor(context, page);
  const cover = popup.locator('[data-field="cover-letter"]');
  await expect(cover).toHaveAttribute('data-findings', String(count));
  await expect(cover).toContainText(`Cover letter — Findings: ${count}`);
  await expect(popup.locator('[data-field="screening-answer"]').first()).toHaveAttribute('data-findings', '0');
  // Pause: the marks go and the send guard lets the click through.
  const pause = popup.getByRole('button', { name: 'Pause on this tab' });
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.getByTestId('popup-paused')).toBeVisible();
  await expect(findings(page)).toHaveCount(0);
  await expect(counts(page)).toHaveCount(0);
  await page.locator(SEND_PROPOSAL).click();
  await expect(guard(page)).toHaveCount(0);
  // Unpaused: the same findings are back.
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await seen(page)).length).toBe(count);
  await expect(cover).toHaveAttribute('data-findings', String(count));
  // Nothing about the pause was stored.
  expect(await stored(popup, 'paused')).toBeUndefined();
});

test('the popup’s counts wait for a check still under way: a long letter just unpaused is counted in full', async ({ page, context }) => {
  await openFixture(page, 'apply');
  // Ten pieces of 2,000 characters, an email in each: checked over several slices, never in one.
  const filler = 'I have built storefronts and checkout flows for small brands for eight years and test every change on real phones. ';
  const text = Array.from({ length: 10 }, (_, i) => `${filler.repeat(16)}Write to me at writer${i}@gmail.com today.`).join('\n');
  await page.locator(COVER_LETTER).click();
  await page.keyboard.insertText(text);
  await expect.poll(async () => (await seen(page)).length, { timeout: 20_000 }).toBe(10);
  const popup = await openPopupFor(context, page);
  const cover = popup.locator('[data-field="cover-letter"]');
  await expect(cover).toHaveAttribute('data-findings', '10');
  const pause = popup.getByRole('button', { name: 'Pause on this tab' });
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await expect(cover).toHaveCount(0);
  // Unpaused: the fields are watched again and checked from scratch; the answer waits for the
  // last slice, so the popup never shows the count of a check half done.
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await expect(cover).toHaveAttribute('data-findings', '10');
  expect((await seen(page)).length).toBe(10);
});

test('a pause ends when the tab reloads', async ({ page, context }) => {
  await openFixture(page, 'apply');
  await typeHuman(page.locator(COVER_LETTER), 'Reach me at jane.doe@gmail.com', { delay: 0 });
  await expectRules(page, ['contact-email']);
  const popup = await openPopupFor(context, page);
  await popup.getByRole('button', { name: 'Pause on this tab' }).click();
  await expect(findings(page)).toHaveCount(0);
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __hydrated: boolean }).__hydrated === true);
  await typeHuman(page.locator(COVER_LETTER), 'Reach me at jane.doe@gmail.com', { delay: 0 });
  await expectRules(page, ['contact-email']);
});

test('the popup says plainly when the active tab is not an Upwork page', async ({ context }) => {
  const options = await openOptions(context);
  const popup = await openPopupFor(context, options);
  await expect(popup.getByTestId('popup-not-upwork')).toContainText('This tab is not an Upwork page');
  await expect(popup.getByRole('button', { name: 'Pause on this tab' })).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Open settings' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the options page and the popup (${scheme})`, async ({ page, context }) => {
    test.setTimeout(90_000);
    await openFixture(page, 'apply');
    await typeHuman(page.locator(COVER_LETTER), 'Reach me at jane.doe@gmail.com', { delay: 0 });
    await expectRules(page, ['contact-email']);
    const options = await openOptions(context);
    await options.emulateMedia({ colorScheme: scheme });
    const background = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    if (scheme === 'dark') expect(luminance).toBeLessThan(0.2);
    else expect(luminance).toBeGreaterThan(0.9);
    // The confirmation is part of the page too.
    await options.getByRole('button', { name: /Forget every sent letter/ }).click();
    expect((await new AxeBuilder(options).analyze()).violations).toEqual([]);
    const popup = await openPopupFor(context, page);
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.locator('[data-field="cover-letter"]')).toBeVisible();
    expect((await new AxeBuilder(popup).analyze()).violations).toEqual([]);
    await popup.getByRole('button', { name: 'Pause on this tab' }).click();
    await expect(popup.getByTestId('popup-paused')).toBeVisible();
    expect((await new AxeBuilder(popup).analyze()).violations).toEqual([]);
  });
}

test('keyboard: Tab reaches every control of the options page in order, Space and Enter toggle them', async ({ context }) => {
  const options = await openOptions(context);
  test.setTimeout(60_000);
  // Every control, numbered in document order; radios are named by their group.
  const controls = await options.locator('input, select, button').evaluateAll((els) =>
    els.map((el, i) => {
      el.setAttribute('data-order', String(i));
      return el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : String(i);
    }),
  );
  // Tab from the top through the page; a radio group takes one stop (arrows move inside it).
  const reached: string[] = [];
  await options.locator('body').focus();
  for (let i = 0; i < controls.length; i++) {
    await options.keyboard.press('Tab');
    reached.push(
      await options.evaluate(() => {
        const el = document.activeElement;
        if (el instanceof HTMLInputElement && el.type === 'radio') return `radio:${el.name}`;
        return el?.getAttribute('data-order') ?? 'none';
      }),
    );
  }
  expect(controls.filter((c) => c === 'radio:guard')).toHaveLength(3);
  expect(reached.slice(0, -2)).toEqual(controls.filter((c, i) => c !== 'radio:guard' || controls.indexOf(c) === i));
  // Space and Enter toggle a rule's checkbox.
  const box = options.locator('tr[data-rule="harassment"]').getByRole('checkbox');
  await box.focus();
  await options.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await options.keyboard.press('Enter');
  await expect(box).toBeChecked();
  expect(((await stored(options, 'settings')) as { rules: object }).rules).toEqual({ harassment: { enabled: true } });
  // Arrows move the send-check choice.
  await options.getByRole('radio', { name: /^Ask/ }).focus();
  await options.keyboard.press('ArrowDown');
  await expect(options.getByRole('radio', { name: /^Block/ })).toBeChecked();
});

test('keyboard: the popup’s controls are reached with Tab, and Enter and Space pause and resume', async ({ page, context }) => {
  await openFixture(page, 'apply');
  await typeHuman(page.locator(COVER_LETTER), 'Reach me at jane.doe@gmail.com', { delay: 0 });
  await expectRules(page, ['contact-email']);
  const popup = await openPopupFor(context, page);
  const pause = popup.getByRole('button', { name: 'Pause on this tab' });
  await expect(pause).toBeVisible();
  await popup.locator('body').focus();
  await popup.keyboard.press('Tab');
  await expect(pause).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Open settings' })).toBeFocused();
  await pause.focus();
  await popup.keyboard.press('Enter');
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await expect(findings(page)).toHaveCount(0);
  await popup.keyboard.press('Space');
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await expectRules(page, ['contact-email']);
});

test('with Chromium in Spanish, the options page and the popup speak Spanish', async () => {
  const harness = await launchWithExtension({ args: ['--lang=es'], openShadow: false });
  try {
    const options = await openOptions(harness.context);
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Ajustes de Clearsend');
    await expect(options).toHaveTitle('Ajustes de Clearsend');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect(options.getByRole('checkbox', { name: /Intro envía el mensaje/ })).toBeChecked();
    await expect(options.getByRole('heading', { name: 'Información y privacidad' })).toBeVisible();
    const popup = await openPopupFor(harness.context, options);
    await expect(popup.getByTestId('popup-not-upwork')).toContainText('Esta pestaña no es una página de Upwork');
    await expect(popup.getByRole('button', { name: 'Abrir ajustes' })).toBeVisible();
  } finally {
    await harness.close();
  }
});
