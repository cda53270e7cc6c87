// Smoke test of the fixture pages themselves, WITHOUT the extension: proves they reproduce
// the markup and behaviour of tests/fixtures/README.md, so extension specs can rely on them.
import { test, expect, openFixture, typeHuman, FIXTURE_URLS, type Harness } from './harness';
import type { Page } from '@playwright/test';

test.use({ extension: false });

const COVER = '.cover-letter-area textarea.air3-textarea.inner-textarea[aria-labelledby="cover_letter_label"]';
const COUNTER = '.cover-letter-area div[role="status"][aria-live="polite"]';
const SEND_PROPOSAL = '.fe-apply-footer-controls button.air3-btn.air3-btn-primary[type="button"]';
const EDITOR = '.up-d-composer > .composer-container > .composer .tiptap.ProseMirror[contenteditable="true"]';
const SEND_MESSAGE = '.up-d-composer .up-d-composer-actions button.air3-btn.air3-btn-circle[aria-label="Send"]';
const STORY = '.up-d-story-item[id^="story_"] [data-test="story-message"]';

const evaluate = <T>(page: Page, expr: string) => page.evaluate<T>(expr);

async function expectProposalMarkup(page: Page): Promise<void> {
  await expect(page.locator('.cover-letter-area label#cover_letter_label')).toHaveText('Cover Letter');
  await expect(page.locator(COVER)).toHaveCount(1);
  await expect(page.locator(COUNTER)).toHaveText('5,000 characters left');
  const cis = page.locator('.cover-letter-area span.cover-letter-CIS-detected-error');
  await expect(cis).toHaveCount(1);
  await expect(cis).toBeEmpty();
  const groups = page.locator('.fe-proposal-job-questions .form-group');
  await expect(groups).toHaveCount(2);
  for (const group of await groups.all()) {
    await expect(group.locator('label.label')).toHaveText(/\?$|projects$/);
    await expect(group.locator('textarea.air3-textarea.inner-textarea')).toHaveAttribute('aria-labelledby', '');
  }
  await expect(page.locator(SEND_PROPOSAL)).toHaveText('Send for 16 Connects');
  await expect(page.locator('form:not([role="search"])')).toHaveCount(0); // no <form> around the proposal
}

test.describe('proposal form (apply.html)', () => {
  test('renders after a hydration delay, with the real selectors', async ({ page }) => {
    // What the page shows before hydration is read by the page itself when its HTML is parsed:
    // checked from here after load, a busy machine could let the ~400 ms hydration win the race.
    await page.addInitScript((cover) => {
      document.addEventListener('DOMContentLoaded', () => {
        const skeleton = document.querySelector('#__nuxt .air3-skeleton');
        const box = skeleton?.getBoundingClientRect();
        (window as unknown as { __beforeHydration: unknown }).__beforeHydration = {
          skeletonShown: Boolean(box && box.width > 0 && box.height > 0),
          covers: document.querySelectorAll(cover).length,
          hydrated: (window as unknown as { __hydrated?: boolean }).__hydrated === true,
        };
      });
    }, COVER);
    await openFixture(page, 'apply', { waitForHydration: false });
    await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true);
    expect(await evaluate(page, 'window.__beforeHydration')).toEqual({ skeletonShown: true, covers: 0, hydrated: false });
    expect(await evaluate<number>(page, 'window.__hydratedAt')).toBeGreaterThanOrEqual(350);
    await expectProposalMarkup(page);
    expect(new URL(page.url()).pathname).toBe('/nx/proposals/job/~021998744339961847531/apply/');
  });

  test('the page counter and input count follow typing; Send records the submission', async ({ page }) => {
    await openFixture(page, 'apply');
    const letter = 'Hello Maya,\nI can start today.';
    await typeHuman(page.locator(COVER), letter, { delay: 5 });
    await expect(page.locator(COUNTER)).toHaveText(`${(5000 - letter.length).toLocaleString('en-US')} characters left`);
    expect(await evaluate<number>(page, 'window.__pageInputEvents')).toBe(letter.length); // one per key

    const answers = page.locator('.fe-proposal-job-questions .form-group textarea');
    await typeHuman(answers.nth(0), 'Two Shopify redesigns this year.', { delay: 0 });
    await answers.nth(1).fill('Speed audit first.');
    await page.locator(SEND_PROPOSAL).click();
    await expect(page.getByRole('alert')).toHaveText('Proposal submitted');
    expect(await evaluate(page, 'window.__submissions')).toEqual([
      { coverLetter: 'Hello Maya,\nI can start today.', answers: ['Two Shopify redesigns this year.', 'Speed audit first.'] },
    ]);
  });

  test('the page model follows input events only (as Vue v-model does)', async ({ page }) => {
    await openFixture(page, 'apply');
    await page.locator(COVER).evaluate((el: HTMLTextAreaElement) => { el.value = 'set without an event'; });
    await page.locator(SEND_PROPOSAL).click();
    expect(await evaluate(page, 'window.__submissions[0].coverLetter')).toBe('');
    await expect(page.locator(COUNTER)).toHaveText('5,000 characters left');
  });

  test('the older /ab/ URL with #/ serves the same form', async ({ page }) => {
    await openFixture(page, 'applyOld');
    expect(page.url()).toBe(FIXTURE_URLS.applyOld);
    await expectProposalMarkup(page);
  });
});

test.describe('Messages (messages.html, a real TipTap editor)', () => {
  test('typing, Shift+Enter for a new paragraph, Enter sends and clears', async ({ page }) => {
    await openFixture(page, 'messages');
    expect(new URL(page.url()).pathname).toMatch(/^\/ab\/messages\/rooms\/room_[0-9a-f]{32}$/);
    const editor = page.locator(EDITOR);
    await expect(editor).toHaveCount(1);
    await expect(page.locator(SEND_MESSAGE)).toHaveCount(1);
    const before = await page.locator(STORY).count();

    await typeHuman(editor, 'Hi Maya,\nthe audit is done.', { newline: 'Shift+Enter', delay: 5 });
    await expect(editor.locator('p')).toHaveCount(2);
    await expect(editor.locator('p').nth(1)).toHaveText('the audit is done.');
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.press('Control+Enter');
    await expect(editor.locator('p')).toHaveCount(4);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');

    await page.keyboard.press('Enter');
    await expect(page.locator(STORY)).toHaveCount(before + 1);
    await expect(page.locator(STORY).last()).toHaveText('Hi Maya,the audit is done.');
    expect(await evaluate(page, 'window.__sentMessages')).toMatchObject([
      { roomId: 'room_4f1c2a9b7d3e4f5a8b6c0d1e2f3a4b5c', text: 'Hi Maya,\nthe audit is done.', via: 'enter' },
    ]);
    await expect(editor).toHaveText('');
    await expect(editor.locator('p')).toHaveCount(1);

    await page.keyboard.press('Enter'); // empty: nothing is sent
    await typeHuman(editor, 'Second one', { delay: 0 });
    await page.locator(SEND_MESSAGE).click();
    await expect(page.locator(STORY)).toHaveCount(before + 2);
    expect(await evaluate(page, 'window.__sentMessages.map(m => m.via)')).toEqual(['enter', 'button']);
  });

  test('switching rooms: pushState, no reload, a fresh editor', async ({ page }) => {
    await openFixture(page, 'messages');
    await page.evaluate(() => {
      (window as unknown as { __marker: number }).__marker = 42;
      (document.querySelector('.tiptap') as HTMLElement & { __old?: boolean }).__old = true;
    });
    const oldEditor = await page.locator(EDITOR).elementHandle();
    await typeHuman(page.locator(EDITOR), 'draft for Maya', { delay: 0 });

    await page.locator('.up-d-rooms-list a.up-d-room-link', { hasText: 'Tom Okafor' }).click();
    await expect(page.locator('.up-d-room-header h2')).toHaveText('Logo animation for product launch');
    expect(new URL(page.url()).pathname).toBe('/ab/messages/rooms/room_9a8b7c6d5e4f30211203f4e5d6c7b8a9');
    expect(new URL(page.url()).searchParams.get('pageTitle')).toBe('Logo animation for product launch');
    expect(await evaluate(page, 'window.__marker')).toBe(42);
    expect(await evaluate(page, 'window.__composerGeneration')).toBe(2);
    expect(await oldEditor!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await page.locator(EDITOR).evaluate((el) => (el as HTMLElement & { __old?: boolean }).__old)).toBeUndefined();
    await expect(page.locator(EDITOR)).toHaveText('');

    await typeHuman(page.locator(EDITOR), 'Yes, Monday works.', { delay: 0 });
    await page.keyboard.press('Enter');
    await expect(page.locator(STORY).last()).toHaveText('Yes, Monday works.');
    expect(await evaluate(page, 'window.__sentMessages[0].roomId')).toBe('room_9a8b7c6d5e4f30211203f4e5d6c7b8a9');

    await page.goBack();
    await expect(page.locator('.up-d-room-header h2')).toHaveText('Shopify store redesign');
    expect(await evaluate(page, 'window.__marker')).toBe(42);
    expect(await evaluate(page, 'window.__composerGeneration')).toBe(3);
  });

  test('the rooms list URL has no composer until a room is opened; /nx/ rooms work', async ({ page }) => {
    await openFixture(page, 'messagesList');
    await expect(page.locator('.up-d-room-link')).toHaveCount(3);
    await expect(page.locator('.up-d-composer')).toHaveCount(0);
    await page.locator('.up-d-room-link').first().click();
    await expect(page.locator(EDITOR)).toHaveCount(1);
    expect(new URL(page.url()).pathname).toMatch(/^\/ab\/messages\/rooms\/room_[0-9a-f]{32}$/);

    await openFixture(page, 'messagesNx');
    await expect(page.locator('.up-d-room-header h2')).toHaveText('Logo animation for product launch');
    await expect(page.locator('.up-d-room-link').first()).toHaveAttribute('href', /^\/nx\/messages\/rooms\/room_/);
    await typeHuman(page.locator(EDITOR), 'On it.', { delay: 0 });
    await page.keyboard.press('Enter');
    await expect(page.locator(STORY).last()).toHaveText('On it.');
  });

  test('the swapped setting: Enter adds a line, Ctrl+Enter sends', async ({ page }) => {
    await page.addInitScript(() => { (window as unknown as { __FIXTURE: object }).__FIXTURE = { enterSends: false }; });
    await openFixture(page, 'messages');
    await typeHuman(page.locator(EDITOR), 'one\ntwo', { delay: 0 });
    await expect(page.locator(EDITOR).locator('p')).toHaveCount(2);
    await page.keyboard.press('Control+Enter');
    expect(await evaluate(page, 'window.__sentMessages')).toMatchObject([{ text: 'one\ntwo', via: 'ctrl-enter' }]);
  });
});

test('proposal detail page: the room in a same-origin iframe works', async ({ page }) => {
  await openFixture(page, 'proposalDetail');
  const iframe = page.locator('.up-dash-proposal-room iframe');
  await expect(iframe).toHaveAttribute('src', /^\/ab\/messages\/rooms\/room_[0-9a-f]{32}\?.*frame=true/);
  const frame = page.frameLocator('.up-dash-proposal-room iframe');
  await expect(frame.locator(EDITOR)).toHaveCount(1);
  await expect(frame.locator('.up-d-rooms-list')).toHaveCount(0);
  await expect(frame.locator('.nav-header')).toHaveCount(0);
  await typeHuman(frame.locator(EDITOR), 'Sent from the proposal page', { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(frame.locator(STORY).last()).toHaveText('Sent from the proposal page');
  const child = page.frames().find((f) => f.url().includes('frame=true'))!;
  expect(new URL(child.url()).origin).toBe(new URL(page.url()).origin);
  expect(await child.evaluate('window.__sentMessages.length')).toBe(1);
});

test.describe('pages with other inputs', () => {
  test('find work: the search box filters the feed', async ({ page }) => {
    await openFixture(page, 'findWork');
    await typeHuman(page.locator('#search-jobs'), 'logo', { delay: 0 });
    await expect(page.locator('#search-result-count')).toHaveText('1 job');
    await typeHuman(page.locator('header input[type="search"]'), 'email me at jo@example.com', { delay: 0 });
    await expect(page.locator('header input[type="search"]')).toHaveValue('email me at jo@example.com');
  });

  test('profile settings: title, overview, rate, Save records them', async ({ page }) => {
    await openFixture(page, 'profile');
    await page.locator('#profile-title').fill('Shopify developer');
    await typeHuman(page.locator('#profile-overview'), ' Reach me anytime.', { delay: 0 });
    await expect(page.locator('#overview-counter')).toHaveText('4,937 characters left');
    await page.locator('#profile-save').click();
    expect(await evaluate(page, 'window.__profileSaves')).toEqual([
      { title: 'Shopify developer', overview: 'I build fast Shopify stores for small brands. Reach me anytime.', rate: '$45.00' },
    ]);
    await expect(page.locator('textarea[aria-labelledby="cover_letter_label"]')).toHaveCount(0);
  });

  test('invitation: the reply uses the cover-letter markup, on both URLs', async ({ page }) => {
    for (const name of ['invitation', 'invitationAccept'] as const) {
      await openFixture(page, name);
      await expect(page.locator(COVER)).toHaveCount(1);
      await expect(page.locator(COUNTER)).toHaveCount(1);
      await expect(page.locator('.cover-letter-area span.cover-letter-CIS-detected-error')).toBeEmpty();
      await typeHuman(page.locator(COVER), 'Happy to talk.', { delay: 0 });
      await expect(page.locator(COUNTER)).toHaveText('4,986 characters left');
      await page.locator(SEND_PROPOSAL).click();
      expect(await evaluate(page, 'window.__submissions')).toEqual([{ coverLetter: 'Happy to talk.', answers: [] }]);
    }
  });
});

test.describe('routing and request recording', () => {
  test('unknown Upwork paths are 404; other hosts are aborted and recorded', async ({ page, harness }) => {
    const missing = await page.goto('https://www.upwork.com/nx/does-not-exist');
    expect(missing?.status()).toBe(404);
    await openFixture(page, 'findWork');
    const result = await page.evaluate(() => fetch('https://example.com/ping').then(() => 'ok', () => 'blocked'));
    expect(result).toBe('blocked');
    const attempted = harness.networkRequests().find((r: Harness['requests'][number]) => r.url === 'https://example.com/ping');
    expect(attempted?.failure).toBeTruthy();
    const served = harness.networkRequests().filter((r) => !r.failure);
    expect(served.length).toBeGreaterThan(0);
    expect(served.every((r) => r.url.startsWith('https://www.upwork.com/'))).toBe(true);
    expect(harness.pageErrors).toEqual([]);
  });
});
