#!/usr/bin/env node
/**
 * The demo (`npm start`): builds the extension, then opens Chromium with it loaded on the
 * bundled copies of Upwork's pages, served at their real www.upwork.com addresses with every
 * other request aborted (nothing reaches the internet; see tests/fixtures/README.md).
 *
 * - With a display ($DISPLAY set): a window with two tabs, a proposal form and a Messages
 *   room, to type into yourself. Ends when you close the browser.
 * - Without one: headless; types a proposal with a rule violation into the cover letter and a
 *   message with one into the composer, waits a second, saves screenshots (apply.png, card.png,
 *   messages.png, guard.png) to .output/demo/ (not committed), prints their paths, exits 0; exits 1
 *   when the underline, the card or the send guard does not show (`npm test` runs this mode).
 *
 * `npm run screenshots` (--screenshots) does the headless run but saves the pictures to
 * docs/screenshots/, the ones the README shows; only that command changes them.
 *
 * Options: --no-build (use the existing .output/chrome-mv3), --headless (even with a display),
 * --screenshots (headless, into docs/screenshots/). CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildFixtures } from '../tests/fixtures/build.mjs';
import { FIXTURE_URLS, ROOT, launchBrowser, openFixture, openShadowForTests, typeHuman } from '../tests/e2e/launch.mjs';

const PROPOSAL = [
  'Hi Maya,',
  '',
  'I redesigned two Shopify stores this year and cut their load time in half. I would start with an audit of your theme and apps, then rebuild the product page.',
  '',
  'To move faster, email me at jordan.lee.dev@gmail.com or WhatsApp me on +44 20 7946 0958, and you can pay me via PayPal to skip the Upwork fee.',
  '',
  'Best,',
  'Jordan',
].join('\n');
const MESSAGE = 'Thanks Maya! Could you pay the first milestone via PayPal instead?\nMy email is jordan.lee.dev@gmail.com';

const argv = process.argv.slice(2);
const forDocs = argv.includes('--screenshots');
const headed = Boolean(process.env.DISPLAY) && !argv.includes('--headless') && !forDocs;

if (!argv.includes('--no-build')) {
  console.log('Building the extension: npx wxt build');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The extension did not build (see above).');
    process.exit(1);
  }
}
await buildFixtures();

const { context, page } = await launchBrowser({ extension: true, headless: !headed });

if (headed) {
  await openFixture(page, 'apply', { waitForHydration: false });
  const messages = await context.newPage();
  await openFixture(messages, 'messages', { waitForHydration: false });
  await page.bringToFront();
  console.log([
    'Chromium is open with Clearsend loaded, on local copies of Upwork pages (nothing is sent anywhere):',
    `  ${FIXTURE_URLS.apply}`,
    `  ${FIXTURE_URLS.messages}`,
    'Type into the cover letter or the message box. Close the browser to finish.',
  ].join('\n'));
  const closed = new Promise((resolve) => context.on('close', resolve));
  // Closing the last tab or window ends the demo too, even if Chromium itself stays up.
  const onPageClosed = () => {
    if (context.pages().length === 0) context.close().catch(() => {});
  };
  for (const p of context.pages()) p.on('close', onPageClosed);
  context.on('page', (p) => p.on('close', onPageClosed));
  process.on('SIGINT', () => context.close().finally(() => process.exit(130)));
  await closed;
  process.exit(0);
}

// The screenshots hover an underline, found with a locator: open Clearsend's (closed) shadow root
// for this scripted run only, as the browser tests do.
await openShadowForTests(context, page);
// The README's pictures change only through `npm run screenshots`.
const outDir = path.join(ROOT, forDocs ? 'docs/screenshots' : '.output/demo');
mkdirSync(outDir, { recursive: true });
const shots = [];
try {
  await openFixture(page, 'apply');
  await typeHuman(page.locator('.cover-letter-area textarea[aria-labelledby="cover_letter_label"]'), PROPOSAL, { delay: 2 });
  await page.waitForTimeout(1000);
  shots.push(path.join(outDir, 'apply.png'));
  await page.screenshot({ path: shots.at(-1), fullPage: true });
  // Hover the email's underline: the card that explains it.
  // A mark draws the lines; the findings it holds are empty spans beside them (overlay.tsx).
  const email = page.locator('[data-testid="clearsend-mark"]:has([data-testid="clearsend-finding"][data-rule="contact-email"]) .line').first();
  const box = await email.boundingBox({ timeout: 10_000 });
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('clearsend-card').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    shots.push(path.join(outDir, 'card.png'));
    await page.screenshot({ path: shots.at(-1) });
  }

  const messages = await context.newPage();
  await openShadowForTests(context, messages);
  await openFixture(messages, 'messages');
  await typeHuman(messages.locator('.up-d-composer .tiptap.ProseMirror[contenteditable="true"]'), MESSAGE, { delay: 2, newline: 'Shift+Enter' });
  await messages.waitForTimeout(1000);
  shots.push(path.join(outDir, 'messages.png'));
  await messages.screenshot({ path: shots.at(-1), fullPage: true });
  // Press Enter to send: the send guard stops it once and says why.
  await messages.keyboard.press('Enter');
  await messages.getByTestId('clearsend-guard').waitFor({ timeout: 10_000 });
  await messages.waitForTimeout(300);
  shots.push(path.join(outDir, 'guard.png'));
  await messages.screenshot({ path: shots.at(-1) });
} finally {
  await context.close();
}
console.log(forDocs ? 'Screenshots for the README, in docs/screenshots/:' : 'No display, so the demo ran headless. Its screenshots (not committed; `npm run screenshots` refreshes the README\'s):');
for (const shot of shots) console.log(`  ${path.relative(process.cwd(), shot) || shot}`);
process.exit(0);
