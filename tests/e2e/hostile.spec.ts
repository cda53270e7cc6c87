// The page is untrusted. Each test opens a hostile copy of an Upwork page (tests/fixtures/hostile.html,
// hostile-messages.html: the real fixture plus assets/hostile.js, a page script with the attacks)
// and tries one of the attacks reported against an earlier build:
//   1. one page event switches the extension off (WXT's start-up handshake)
//   2. synthetic events drive the interface, and the page reads it (open shadow root)
//   3. a crash in the check lets the send through
//   4. a long text blocks the page (in long-text.spec.ts)
//   5. a reloaded extension leaves a zombie that throws into the page
//   6. bidi controls scramble what the card and the guard show
//   7. corrupt stored settings fall back silently; a huge conversation map
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { test, expect, extensionId, openFixture, typeHuman } from './harness';
import { card, COMPOSER, COVER_LETTER, expectRules, findings, guard, SEND_PROPOSAL, underlineRects } from './overlay';
import { DEFAULT_OWN_SETTINGS } from '../../lib/policy-settings';

type Win = { __submissions: unknown[]; __sentMessages: unknown[]; __hostile: Hostile };
interface Hostile {
  seen: { announcements: string[]; messages: string[]; elements: string[] };
  switchOff(): void;
  read(): { elements: string[]; shadowRoots: (string | null)[]; hostText: string[]; pageText: string; attachable: boolean | null };
  clickEverywhere(step?: number): string[];
  hover(selector: string): void;
  clickSend(selector: string): { defaultPrevented: boolean };
  key(selector: string, init: KeyboardEventInit): { defaultPrevented: boolean; reachedPage: boolean };
}
const hostile = <T>(page: Page, fn: (h: Hostile, arg: string) => T, arg = ''): Promise<T> =>
  page.evaluate(([source, a]) => new Function('h', 'a', `return (${source})(h, a)`)((window as unknown as Win).__hostile, a), [fn.toString(), arg] as const) as Promise<T>;
const submissions = (page: Page) => page.evaluate(() => (window as unknown as Win).__submissions.length);

/** Gives the hostile page the extension's id before it loads (a store build's id is public). */
async function knownId(context: BrowserContext, page: Page): Promise<string> {
  const id = await extensionId(context);
  expect(id, 'the extension is loaded').toBeTruthy();
  await page.addInitScript((extensionId) => {
    (window as unknown as { __FIXTURE: object }).__FIXTURE = { extensionId };
  }, id!);
  return id!;
}

/**
 * The test's own eyes into the closed shadow root (the page has none): the DevTools protocol's DOM
 * domain sees closed roots. Returns the root's text, '' when there is no overlay.
 */
async function closedRootText(session: CDPSession): Promise<{ mode: string | null; text: string }> {
  const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { localName?: string; children?: Node[]; shadowRoots?: (Node & { shadowRootType?: string; backendNodeId: number })[]; contentDocument?: Node };
  const find = (n: Node): Node | undefined => {
    if (n.localName === 'clearsend-overlay') return n;
    for (const c of [...(n.children ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) {
      const f = find(c);
      if (f) return f;
    }
    return undefined;
  };
  const host = find(root as Node);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return { mode: null, text: '' };
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result } = await session.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
  return { mode: shadow.shadowRootType ?? null, text: String(result.value) };
}

test('1. a page event cannot switch Clearsend off, and the page hears no start-up announcement', async ({ context, page }) => {
  await knownId(context, page);
  await openFixture(page, 'hostile');
  const cover = page.locator(COVER_LETTER);
  await typeHuman(cover, 'Happy to help. ', { delay: 0 });
  await expect(page.locator('clearsend-overlay')).toHaveCount(1); // the content script is running
  // The attack: the event (and the message) WXT's stock content script obeys as "a newer copy started".
  await hostile(page, (h) => h.switchOff());
  // Its own listener heard its own event: the name is right, the event really went out.
  expect(await hostile(page, (h) => h.seen.announcements)).toEqual([expect.stringMatching(/:upwork:wxt:content-script-started$/)]);
  await typeHuman(cover, 'My email is jo.smith@gmail.com if you need it.', { delay: 0 });
  await expectRules(page, ['contact-email']);
  await page.locator(SEND_PROPOSAL).click();
  await expect(guard(page)).toBeVisible();
  expect(await submissions(page)).toBe(0);
  // Nothing announced the extension to the page: no event besides the page's own, no message.
  const seen = await hostile(page, (h) => h.seen);
  expect(seen.announcements).toHaveLength(1);
  expect(seen.messages).toEqual([expect.stringContaining('from-the-page')]);
});

test.describe('with the shadow root as shipped (closed)', () => {
  test.use({ openShadow: false });

  test('2. the page cannot read the findings or press any of Clearsend’s buttons with synthetic events', async ({ context, page }) => {
    await openFixture(page, 'hostile');
    const cdp = await context.newCDPSession(page);
    await typeHuman(page.locator(COVER_LETTER), 'My email is jo.smith@gmail.com if you need it.', { delay: 0 });
    await expect.poll(async () => (await closedRootText(cdp)).text).toContain('1 violation in the cover letter');
    expect((await closedRootText(cdp)).mode).toBe('closed');

    // Reading: the host element is all there is (PRIVACY.md lists it); nothing inside is readable.
    const read = await hostile(page, (h) => h.read());
    expect(read.elements).toEqual(['clearsend-overlay']);
    expect(read.shadowRoots).toEqual([null]);
    expect(read.hostText).toEqual(['']);
    expect(read.pageText).not.toMatch(/violation|rule problem|Email address|Source:/);

    // Hover and click by script: no card opens, nothing is marked.
    await hostile(page, (h, sel) => h.hover(sel), COVER_LETTER);
    await hostile(page, (h) => h.clickEverywhere());
    const afterClicks = (await closedRootText(cdp)).text;
    expect(afterClicks).not.toContain('Source:'); // no card
    expect(afterClicks).toContain('1 violation in the cover letter'); // not softened to a note by "Enterprise"

    // A scripted click on Send is not the person's: the guard does not stir (the page's own handler runs, as it would anyway).
    expect(await hostile(page, (h, sel) => h.clickSend(sel), SEND_PROPOSAL)).toEqual({ defaultPrevented: false });
    expect((await closedRootText(cdp)).text).not.toContain('Send this');
    const before = await submissions(page);

    // The person's own click is stopped and asked about; the page cannot answer for them.
    await page.locator(SEND_PROPOSAL).click();
    await expect.poll(async () => (await closedRootText(cdp)).text).toContain('Send this with 1 rule problem?');
    await hostile(page, (h) => h.clickEverywhere(10));
    await hostile(page, (h) => h.key('body', { key: 'Escape' }));
    expect((await closedRootText(cdp)).text).toContain('Send this with 1 rule problem?');
    expect(await submissions(page)).toBe(before);
    // The person still can: Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await closedRootText(cdp)).text).not.toContain('Send this');
  });

  test('2. synthetic Enter in the composer learns nothing: not stopped, with or without a violation, whichever key sends', async ({ context, page }) => {
    await openFixture(page, 'hostileMessages');
    const cdp = await context.newCDPSession(page);
    const composer = page.locator(COMPOSER);
    await typeHuman(composer, 'Send me a WhatsApp on +44 20 7946 0958', { delay: 0 });
    await expect.poll(async () => (await closedRootText(cdp)).text).toMatch(/violations? in the message/);
    // Keys that add a line in the page first, then the one that sends. Each reaches the page's own
    // listeners untouched (Clearsend's capture-phase guard would stop it before them), so the answer
    // is the same whatever Clearsend found and whichever key it thinks sends.
    const probes = [{ key: 'Enter', ctrlKey: true }, { key: 'Enter', metaKey: true }, { key: 'Enter', shiftKey: true }, { key: 'Enter' }];
    for (const init of probes) {
      const result = await hostile(page, (h, i) => h.key('.up-d-composer .ProseMirror', JSON.parse(i)), JSON.stringify(init));
      expect(result.reachedPage, JSON.stringify(init)).toBe(true);
    }
    // The page's own Enter handler sent it: Clearsend does not stand in the way of the page's own scripts.
    await expect.poll(() => page.evaluate(() => (window as unknown as Win).__sentMessages.length)).toBe(1);
    expect((await closedRootText(cdp)).text).not.toContain('Send this');
  });
});

test('3. a check that throws fails closed: the guard asks instead of letting the send through', async ({ harness, page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await typeHuman(cover, 'Hello', { delay: 0 });
  await expect(page.locator('clearsend-overlay')).toHaveCount(1);
  // In the content script's own world (not the page's), break a built-in the detector relies on:
  // it folds every non-ASCII letter it has not met before with String.prototype.normalize.
  await harness.opener!.evaluateInExtension(`String.prototype.normalize = function () { throw new Error('broken by the test'); }; 'broken'`);
  await typeHuman(cover, ', looking forward to the \u1E03rand project.', { delay: 0 });
  await expect(page.getByTestId('clearsend-notice')).toContainText('could not check');
  await page.locator(SEND_PROPOSAL).click();
  await expect(guard(page)).toBeVisible();
  await expect(guard(page)).toContainText('Clearsend could not check this text in the cover letter');
  expect(await submissions(page)).toBe(0);
  await guard(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.locator(SEND_PROPOSAL).click();
  await expect.poll(() => submissions(page)).toBe(1);
});

test('5. after the extension is reloaded, the old copy removes itself on the next event and throws nothing into the page', async ({ context, page, harness }) => {
  const id = (await extensionId(context))!;
  const errors: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) => errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' || e.type === 'warning') errors.push(e.args.map((a) => a.value ?? a.description).join(' '));
  });
  await cdp.send('Runtime.enable');
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await typeHuman(cover, 'My email is jo.smith@gmail.com if you need it.', { delay: 0 });
  await expectRules(page, ['contact-email']);
  // Open the card, so that "This client is Enterprise" is on screen when the extension goes away.
  const [rect] = await underlineRects(findings(page).first());
  await page.mouse.move(rect!.x + 2, rect!.y + rect!.height / 2);
  const enterprise = card(page).getByRole('button', { name: 'This client is Enterprise' });
  await expect(enterprise).toBeVisible();
  const box = (await enterprise.boundingBox())!;

  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  await page.bringToFront();
  // The old copy is now cut off from its extension (what it will notice on its next event).
  await expect.poll(() => harness.opener!.evaluateInExtension('String(globalThis.chrome?.runtime?.id)'), { timeout: 10_000 }).toBe('undefined');

  // The old copy still shows its card until its next event: the person's click on "Enterprise".
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('clearsend-overlay')).toHaveCount(0);
  await typeHuman(cover, ' and thanks', { delay: 0 });
  await page.locator(SEND_PROPOSAL).click(); // nothing left to stop it: the old copy is gone
  await expect.poll(() => submissions(page)).toBe(1);
  expect(errors.filter((e) => /Extension context invalidated|clearsend|chrome-extension/i.test(e))).toEqual([]);
  expect(errors).toEqual([]);

});

test('6. bidi controls and invisible characters inside a match are spelled out in the card and the guard', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await cover.click();
  // "jo" + RIGHT-TO-LEFT OVERRIDE + "@gmail.com" + a zero-width space: shown raw, it reads backwards.
  await page.keyboard.insertText('Write to jo\u202E@gmail.com\u200B today');
  await expectRules(page, ['contact-email']);
  const [rect] = await underlineRects(findings(page).first());
  await page.mouse.move(rect!.x + 2, rect!.y + rect!.height / 2);
  const match = card(page).locator('.match');
  await expect(match).toContainText('U+202E');
  const shown = await match.evaluate((el) => el.textContent ?? '');
  expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/);
  expect(shown).toContain('jo');
  await expect(match.locator('[data-escaped="U+202E"]')).toHaveAttribute('title', 'right-to-left override');

  await page.locator(SEND_PROPOSAL).click();
  await expect(guard(page)).toBeVisible();
  const listed = await guard(page).locator('li q').first().evaluate((el) => el.textContent ?? '');
  expect(listed).toContain('U+202E');
  expect(listed).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
});

test('7. unreadable stored settings are reset and the person is told; a huge conversation map is cut to size', async ({ context, page }) => {
  test.setTimeout(90_000); // writing 100,000 entries into extension storage takes a while
  const id = (await extensionId(context))!;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.evaluate(async () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) many[`room_${i.toString(16).padStart(32, '0')}`] = { client: 'enterprise', at: i };
    many['room_broken'] = 'enterprise';
    const storage = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local;
    await storage.set({ settings: 'garbage', conversations: many });
  });
  await options.close();
  await openFixture(page, 'apply');
  await typeHuman(page.locator(COVER_LETTER), 'My email is jo.smith@gmail.com if you need it.', { delay: 0 });
  await expectRules(page, ['contact-email']);
  const notice = page.getByTestId('clearsend-notice');
  await expect(notice).toContainText('saved settings were unreadable and were reset');
  await expect(notice).toContainText('conversation choices');
  // What is stored now is valid and bounded.
  const check = await context.newPage();
  await check.goto(`chrome-extension://${id}/options.html`);
  const stored = await check.evaluate(async () => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome.storage.local;
    const items = await storage.get(['settings', 'conversations']);
    const conversations = items.conversations as Record<string, { at: number }>;
    const ats = Object.values(conversations).map((c) => c.at);
    return { settings: items.settings, count: Object.keys(conversations).length, oldest: Math.min(...ats) };
  });
  expect(stored).toEqual({ settings: DEFAULT_OWN_SETTINGS, count: 500, oldest: 100_000 - 500 });
  // A page opened after the repair reads clean values: no notice.
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true);
  await typeHuman(page.locator(COVER_LETTER), 'My email is jo.smith@gmail.com if you need it.', { delay: 0 });
  await expectRules(page, ['contact-email']);
  await expect(page.getByTestId('clearsend-notice')).toHaveCount(0);
});
