// An organization's policy, for real: a machine policy file for Chromium (the Linux example of
// docs/admin.md, as an administrator would install it), the built extension, and the fixture
// pages. Runs in its own Playwright project after the others (playwright.config.ts), one
// browser at a time under the machine-wide lock of tests/e2e/policy.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { computeExtensionId, FIXTURE_URLS, openFixture, typeHuman } from './harness';
import { card, COMPOSER, COVER_LETTER, expectRules, findings, guard, seen, SEND_PROPOSAL, underlineRects } from './overlay';
import { clearsendPolicy, POLICY_DIR, policyLoaded, withPolicy } from './policy';
import { adminExample } from '../unit/admin-examples';

const test = base;
test.describe.configure({ timeout: 150_000 });

// The policy file is machine-wide: with a second worker, another test's browser could start under it.
test.beforeAll(async ({ browserName: _unused }, testInfo) => {
  if (testInfo.config.workers !== 1) throw new Error(`policy tests need one worker (the policy file applies to every Chromium started meanwhile); this run has ${testInfo.config.workers}`);
});

const ADMIN = readFileSync(fileURLToPath(new URL('../../docs/admin.md', import.meta.url)), 'utf8');
/** The configuration file of docs/admin.md, verbatim. */
const DOCS_POLICY = adminExample(ADMIN, 'linux-config');
const DOCS_SETTINGS = (JSON.parse(DOCS_POLICY) as { '3rdparty': { extensions: Record<string, Record<string, unknown>> } })['3rdparty'].extensions;

/** The extension APIs, as seen from one of its own pages (the test code is typed for Node). */
interface ChromeApi {
  runtime: { id: string };
  storage: { managed: { get(keys: null): Promise<Record<string, unknown>> }; local: { set(items: object): Promise<void> } };
}
declare const chrome: ChromeApi;

const submissions = (page: Page) => page.evaluate(() => (window as unknown as { __submissions: unknown[] }).__submissions.length);

/** Runs `fn` in one of the extension's own pages (chrome.* APIs available). */
async function inExtension<T>(page: Page, id: string, fn: () => Promise<T>): Promise<T> {
  await page.goto(`chrome-extension://${id}/options.html`);
  return page.evaluate(fn);
}

test('the docs example: Chromium gives Clearsend its fixed id and the policy, and the content script applies it', async () => {
  const id = computeExtensionId();
  // The id the guide prints is the one the built manifest's key gives.
  expect(Object.keys(DOCS_SETTINGS)).toEqual([id]);
  await withPolicy(DOCS_POLICY, async ({ context, page }) => {
    // Chromium itself reports the id and hands the extension exactly the documented settings.
    const scratch = await context.newPage();
    const reported = await inExtension(scratch, id, async () => ({ id: chrome.runtime.id, managed: await chrome.storage.managed.get(null) }));
    expect(reported).toEqual({ id, managed: DOCS_SETTINGS[id] });
    await scratch.close();

    await openFixture(page, 'apply');
    const cover = page.locator(COVER_LETTER);
    await typeHuman(
      cover,
      'Portfolio: https://janedoe.design/work. Email jane.doe@gmail.com or upload to https://files.brightpixel-crm.example/drop. I am also on Fiverr.',
      { delay: 0 },
    );
    // contact-link is off (the personal site is not reported), contact-email is lowered to a
    // warning, and the organization's domain and platform are violations of its policy.
    await expect
      .poll(async () => (await seen(page)).map((s) => `${s.rule} ${s.severity}`), { timeout: 5000 })
      .toEqual(['contact-email warning', 'agency-terms violation', 'agency-terms violation']);
    const text = await cover.inputValue();
    expect((await seen(page)).filter((s) => s.rule === 'agency-terms').map((s) => text.slice(s.start, s.end))).toEqual(['https://files.brightpixel-crm.example/drop', 'Fiverr']);

    // The card cites the organization's policy, and allowMarks: false takes the marks away.
    const [rect] = await underlineRects(findings(page).nth(1));
    await page.mouse.move(rect!.x + 2, rect!.y + rect!.height / 2);
    await expect(card(page)).toContainText("your organization's policy");
    await expect(card(page)).toContainText('Forbidden by your organization');
    await page.keyboard.press('Escape');
    const [email] = await underlineRects(findings(page).first());
    await page.mouse.move(email!.x + 2, email!.y + email!.height / 2);
    await expect(card(page)).toHaveAttribute('data-rule', 'contact-email');
    await expect(card(page).locator('[data-action="enterprise"]')).toHaveCount(0);
    await expect(card(page).getByRole('button', { name: 'Ignore this one' })).toBeVisible();
    await page.mouse.move(5, 5);

    // guard: block. The violation cannot be sent: no "Send anyway", only back to the text.
    await page.locator(SEND_PROPOSAL).click();
    await expect(guard(page)).toBeVisible();
    await expect(guard(page)).toContainText('Your organization’s policy blocks sending this');
    await expect(guard(page).locator('[data-action="send-anyway"]')).toHaveCount(0);
    await expect(guard(page).getByRole('button')).toHaveText(['Back to edit']);
    await guard(page).getByRole('button', { name: 'Back to edit' }).click();
    await expect(guard(page)).toHaveCount(0);
    await expect(card(page)).toHaveAttribute('data-rule', 'agency-terms');
    await page.locator(SEND_PROPOSAL).click();
    await expect(guard(page)).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await submissions(page)).toBe(0);

    // Without the violations, the warning alone sends with no question (as in "ask" mode).
    await cover.fill('');
    await typeHuman(cover, 'Email jane.doe@gmail.com when you are ready.', { delay: 0 });
    await expectRules(page, ['contact-email']);
    await page.locator(SEND_PROPOSAL).click();
    await expect.poll(() => submissions(page)).toBe(1);
    await expect(guard(page)).toHaveCount(0);
  });
});

test('allowMarks: false ignores marks saved earlier; the person’s own settings yield to the policy', async () => {
  const id = computeExtensionId();
  const room = /\/rooms\/(room_[0-9a-f]+)/.exec(FIXTURE_URLS.messages)![1]!;
  const policy = clearsendPolicy({ allowMarks: false, rules: { 'contact-phone': { enabled: true } }, guard: 'ask' });
  await withPolicy(policy, async ({ context, page }) => {
    // Saved before the policy came: this client marked Enterprise, contact-phone switched off, guard off.
    const scratch = await context.newPage();
    await scratch.goto(`chrome-extension://${id}/options.html`);
    await scratch.evaluate(
      (key) =>
        chrome.storage.local.set({
          conversations: { [key]: { client: 'enterprise', at: 1 } },
          settings: { enterSends: true, guard: 'off', rules: { 'contact-phone': { enabled: false } } },
        }),
      room,
    );
    await scratch.close();

    await openFixture(page, 'messages');
    const composer = page.locator(COMPOSER);
    await typeHuman(composer, 'Call me on +1 415 555 0132', { delay: 0 });
    // Enterprise would lower both to notes; the policy ignores the mark, and keeps contact-phone on.
    await expect.poll(async () => (await seen(page)).map((s) => `${s.rule} ${s.severity}`), { timeout: 5000 }).toEqual(['off-platform violation', 'contact-phone violation']);
    // guard: ask from the policy wins over the person's "off": Enter is stopped and asked about.
    await page.keyboard.press('Enter');
    await expect(guard(page)).toBeVisible();
    await expect(guard(page).locator('[data-action="send-anyway"]')).toHaveCount(1);
  });
});

test('a malformed policy: the valid parts apply, and the person sees which parts could not be read', async () => {
  const id = computeExtensionId();
  const settings = structuredClone(DOCS_SETTINGS[id]!) as Record<string, Record<string, unknown>>;
  // Values Chrome's schema lets through (strings, a number) that Clearsend refuses.
  settings.forbiddenTerms!.domains = ['brightpixel-crm.example', 'https://www.brightpixel.example/about'];
  settings.forbiddenTerms!.phrases = ['rush fee', '   '];
  (settings as Record<string, unknown>).coverLetters = { threshold: 3 };
  await withPolicy(clearsendPolicy(settings), async ({ page }) => {
    await openFixture(page, 'apply');
    await typeHuman(page.locator(COVER_LETTER), 'I am on Fiverr too.', { delay: 0 });
    await expectRules(page, ['agency-terms']);
    const notice = page.getByTestId('clearsend-notice');
    await expect(notice).toContainText(/Your organization.s Clearsend policy could not be read in full/);
    await expect(notice).toContainText('"forbiddenTerms.domains[1]" is "https://www.brightpixel.example/');
    await expect(notice).toContainText('"forbiddenTerms.phrases[1]"');
    await expect(notice).toContainText('"coverLetters.threshold" is 3');
    // The rest still applies: guard block.
    await page.locator(SEND_PROPOSAL).click();
    await expect(guard(page)).toContainText('Your organization’s policy blocks sending this');
    await page.keyboard.press('Escape');
    expect(await submissions(page)).toBe(0);
  });
});

test('the person’s own changes reach open fields at once where the policy leaves them free, and nowhere else', async () => {
  const id = computeExtensionId();
  await withPolicy(clearsendPolicy({ rules: { 'contact-phone': { enabled: true } }, forbiddenTerms: { platforms: ['Fiverr'] } }), async ({ context, page }) => {
    await openFixture(page, 'apply');
    const cover = page.locator(COVER_LETTER);
    await typeHuman(cover, "I am on Fiverr too. Let's continue on WhatsApp.", { delay: 0 });
    await expectRules(page, ['agency-terms', 'off-platform']);
    // The person switches off-platform off (free to) and contact-phone off (set by the organization: no effect).
    const scratch = await context.newPage();
    await scratch.goto(`chrome-extension://${id}/options.html`);
    await scratch.evaluate(() => chrome.storage.local.set({ settings: { rules: { 'off-platform': { enabled: false }, 'contact-phone': { enabled: false } } } }));
    await scratch.close();
    await expectRules(page, ['agency-terms']);
    await typeHuman(cover, ' Call +1 415 555 0132.', { delay: 0 });
    await expectRules(page, ['agency-terms', 'contact-phone']);
  });
});

test('in the browser’s first seconds, before Chromium has loaded the policy, the page is checked with the person’s settings, and the policy reaches the open field when it comes, with no more typing', async () => {
  await withPolicy(
    clearsendPolicy({ forbiddenTerms: { platforms: ['Fiverr'] } }),
    async (harness) => {
      const { page } = harness;
      await openFixture(page, 'apply');
      await typeHuman(page.locator(COVER_LETTER), "I am on Fiverr too. Let's continue on WhatsApp.", { delay: 0 });
      await expect.poll(async () => (await seen(page)).length, { timeout: 5000 }).toBeGreaterThan(0);
      // Measured: the content script had the policy 3.0-3.9 s after this point in 16 launches of 16.
      const before = (await seen(page)).map((s) => s.rule);
      expect(await policyLoaded(harness)).toEqual({ forbiddenTerms: { platforms: ['Fiverr'] } });
      await expectRules(page, ['agency-terms', 'off-platform']);
      test.info().annotations.push({ type: 'before the policy', description: before.join(', ') });
    },
    { policyLoaded: false },
  );
});

test('the docs example in the options page and the popup: what the organization set is shown as such and cannot be changed', async () => {
  const id = computeExtensionId();
  await withPolicy(DOCS_POLICY, async ({ context, page }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const root = options.locator('#app');
    await expect(root.locator('tr[data-rule]').first()).toBeVisible();
    // allowUserChanges: false — one explanation, everything read-only.
    await expect(root.getByTestId('options-read-only')).toBeVisible();
    await expect(root.getByRole('radio', { name: /^Block/ })).toBeChecked();
    for (const radio of await root.getByRole('radio').all()) await expect(radio).toBeDisabled();
    const link = root.locator('tr[data-rule="contact-link"]');
    await expect(link.getByRole('checkbox')).not.toBeChecked();
    await expect(link.getByRole('checkbox')).toBeDisabled();
    await expect(link.getByRole('checkbox')).toHaveAccessibleDescription('Set by your organization');
    const email = root.locator('tr[data-rule="contact-email"]');
    await expect(email.getByRole('combobox')).toHaveValue('warning');
    await expect(email.getByRole('combobox')).toHaveAccessibleDescription('Set by your organization');
    await options.close();

    // The popup, opened for the Upwork tab the way the toolbar shows it (see options-popup.spec.ts).
    await openFixture(page, 'apply');
    const launcher = await context.newPage();
    await launcher.goto(`chrome-extension://${id}/manifest.json`);
    await page.bringToFront();
    const opened = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/popup.html') });
    await launcher.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<unknown> }; runtime: { getURL(p: string): string } } }).chrome;
      return api.tabs.create({ url: api.runtime.getURL('popup.html'), active: false });
    });
    const popup = await opened;
    await launcher.close();
    const panel = popup.locator('#app');
    await expect(panel.getByRole('heading', { name: 'Set by your organization' })).toBeVisible();
    await expect(panel.getByRole('listitem').filter({ hasText: 'Send check' })).toHaveText('Send check: Block');
    await expect(panel.getByRole('listitem').filter({ hasText: 'Rules fixed' })).toHaveText('Rules fixed by your organization: 2');
  });
});

test('no policy file is left behind', async () => {
  const { readdirSync, existsSync } = await import('node:fs');
  expect(existsSync(POLICY_DIR) ? readdirSync(POLICY_DIR).filter((f) => f.startsWith('clearsend-e2e')) : []).toEqual([]);
});
