// "Set by your organization" in the options page and the popup, for a given managed policy:
// the real components and stylesheet, bundled with esbuild and rendered in a plain page (a
// managed policy cannot be set in a browser without writing machine policy files, which this
// suite leaves to the managed-policy tests). Values the organization set are marked, described
// and locked; the rest stay editable; with allowUserChanges false everything is read-only with
// one explanation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import AxeBuilder from './axe';
import { test, expect } from './harness';
import { ROOT } from './launch.mjs';

test.use({ extension: false });

let bundle = '';
test.beforeAll(async () => {
  const result = await build({
    entryPoints: [path.join(ROOT, 'tests/e2e/pages/managed-ui.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { 'wxt/browser': path.join(ROOT, 'tests/e2e/pages/fake-browser.ts') },
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
});

async function renderWith(page: Page, policy: object | 'hook'): Promise<void> {
  const css = readFileSync(path.join(ROOT, 'lib/ui/ui.css'), 'utf8');
  await page.setContent(`<!doctype html><html lang="en"><head><title>Clearsend settings</title><style>${css}</style></head><body><header><h1>Clearsend settings</h1></header><div id="app"></div></body></html>`);
  await page.evaluate((p) => ((window as unknown as { __POLICY: object | string }).__POLICY = p), policy);
  await page.addScriptTag({ content: bundle });
  await expect(page.locator('#options tr[data-rule]').first()).toBeVisible();
}

test('values the organization set are marked, described and locked; the rest stay editable', async ({ page }) => {
  // (The page around the components gives the level-one heading the real options page has.)
  await renderWith(page, { guard: 'block', rules: { 'contact-email': { enabled: false, severity: 'warning' } }, coverLetters: { threshold: 0.9 } });
  const options = page.locator('#options');
  await expect(options.getByTestId('options-read-only')).toHaveCount(0);
  // The send check: the organization's value, locked, described.
  await expect(options.getByRole('radio', { name: /^Block/ })).toBeChecked();
  for (const radio of await options.getByRole('radio').all()) await expect(radio).toBeDisabled();
  await expect(options.getByRole('group', { name: /When a message or proposal/ })).toHaveAccessibleDescription('Set by your organization');
  // The rule it set: off, its level fixed, both described; another rule stays editable.
  const email = options.locator('tr[data-rule="contact-email"]');
  await expect(email.getByRole('checkbox')).not.toBeChecked();
  await expect(email.getByRole('checkbox')).toBeDisabled();
  await expect(email.getByRole('checkbox')).toHaveAccessibleDescription('Set by your organization');
  await expect(email.getByRole('combobox')).toHaveValue('warning');
  await expect(email.getByRole('combobox')).toBeDisabled();
  await expect(email.getByText('Set by your organization')).toHaveCount(2);
  const phone = options.locator('tr[data-rule="contact-phone"]');
  await expect(phone.getByRole('checkbox')).toBeEnabled();
  await expect(phone.getByText('Set by your organization')).toHaveCount(0);
  // The threshold is set (90 %), the retention is not.
  await expect(options.getByRole('slider')).toBeDisabled();
  await expect(options.getByRole('slider')).toHaveValue('90');
  await expect(options.getByRole('slider')).toHaveAccessibleDescription('Set by your organization');
  await expect(options.getByRole('spinbutton')).toBeEnabled();
  await expect(options.getByRole('checkbox', { name: /Enter sends my message/ })).toBeEnabled();
  // An editable value still saves.
  await phone.getByRole('checkbox').uncheck();
  const saved = await page.evaluate(() => (window as unknown as { __SAVED: { rules: object }[] }).__SAVED);
  expect(saved.at(-1)!.rules).toEqual({ 'contact-phone': { enabled: false } });
  // Four values are set (guard, the rule's switch and level, the threshold): four notes.
  await expect(options.getByText('Set by your organization', { exact: true })).toHaveCount(4);
  // The popup lists them.
  const popup = page.locator('#popup');
  await expect(popup.getByRole('heading', { name: 'Set by your organization' })).toBeVisible();
  await expect(popup.getByRole('listitem')).toHaveText(['Send check: Block', 'Rules fixed by your organization: 1', 'Repeated cover-letter warning']);
  expect((await new AxeBuilder(page).analyze()).violations).toEqual([]);
});

test('with allowUserChanges false everything is read-only, with one explanation', async ({ page }) => {
  await renderWith(page, { allowUserChanges: false, allowMarks: false });
  const options = page.locator('#options');
  await expect(options.getByTestId('options-read-only')).toHaveCount(1);
  await expect(options.getByTestId('options-read-only')).toContainText('Your organization manages Clearsend');
  const controls = options.locator('input, select, button');
  expect(await controls.count()).toBeGreaterThan(30);
  for (const control of await controls.all()) await expect(control).toBeDisabled();
  await expect(options.getByTestId('options-marks-off')).toBeVisible();
  await expect(page.locator('#popup').getByRole('listitem')).toHaveText(['You cannot change Clearsend’s settings.', 'Enterprise and contract marks are switched off.']);
});

test('with no policy nothing is marked and everything is editable', async ({ page }) => {
  await renderWith(page, {});
  const options = page.locator('#options');
  await expect(options.getByText('Set by your organization')).toHaveCount(0);
  for (const control of await options.locator('input, select, button').all()) await expect(control).toBeEnabled();
  await expect(page.locator('#popup')).toBeEmpty();
});

test('until the browser says whether a policy applies, the options page shows the settings locked, then unlocks what the policy leaves free', async ({ page }) => {
  // Chromium answers storage.managed late in its first seconds; the page does not wait blank.
  await renderWith(page, 'hook');
  const options = page.locator('#options');
  await expect(options.getByTestId('options-policy-pending')).toContainText('Checking whether your organization manages these settings');
  const controls = options.locator('input, select, button');
  expect(await controls.count()).toBeGreaterThan(30);
  for (const control of await controls.all()) await expect(control).toBeDisabled();
  await page.evaluate(() => (window as unknown as { __answerManaged(p: object): void }).__answerManaged({ guard: 'block' }));
  await expect(options.getByTestId('options-policy-pending')).toHaveCount(0);
  for (const radio of await options.getByRole('radio').all()) await expect(radio).toBeDisabled();
  await expect(options.getByRole('radio', { name: /^Block/ })).toBeChecked();
  await expect(options.locator('tr[data-rule="contact-phone"]').getByRole('checkbox')).toBeEnabled();
  await expect(options.getByRole('checkbox', { name: /Enter sends my message/ })).toBeEnabled();
  await expect(options.getByText('Set by your organization', { exact: true })).toHaveCount(1);
});

test('where the browser has no policy to give (Firefox rejects), the options page unlocks everything', async ({ page }) => {
  await renderWith(page, 'hook');
  const options = page.locator('#options');
  await expect(options.getByTestId('options-policy-pending')).toBeVisible();
  await page.evaluate(() => (window as unknown as { __answerManaged(p: null): void }).__answerManaged(null));
  await expect(options.getByTestId('options-policy-pending')).toHaveCount(0);
  for (const control of await options.locator('input, select, button').all()) await expect(control).toBeEnabled();
  await expect(options.getByText('Set by your organization')).toHaveCount(0);
});
