// The badge and the card at a narrow window and a normal one: the badge never covers the text,
// findings on the same words share one mark (and one in the count), the card sits beside its
// mark, pointing at it, and never covers the line being edited; the card undoes a mark.
import type { Page } from '@playwright/test';
import { test, expect, openFixture, typeHuman } from './harness';
import { card, counts, COMPOSER, COVER_LETTER, expectRules, findings, marks, pasteInto, seen, underlineRects } from './overlay';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

// Several page loads and layouts per test on a shared machine.
test.describe.configure({ timeout: 90_000 });

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The line boxes of a textarea's text, measured independently of the extension: a copy of the
 * textarea's box and font in the page, measured with a Range, shifted by the field's scroll.
 * `upTo`: only the lines up to this character (the caret's line is the last one).
 */
async function textLines(page: Page, selector: string, upTo?: number): Promise<Box[]> {
  return page.evaluate(
    ([sel, end]) => {
      const field = document.querySelector<HTMLTextAreaElement>(sel)!;
      const style = getComputedStyle(field);
      const copy = document.createElement('div');
      for (const name of ['boxSizing', 'width', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'font', 'letterSpacing', 'wordSpacing', 'lineHeight', 'tabSize'] as const) {
        copy.style[name] = style[name];
      }
      Object.assign(copy.style, { position: 'absolute', left: '0', top: '0', visibility: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', height: 'auto' });
      const scrollbar = field.offsetWidth - field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      copy.style.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
      const text = document.createTextNode(field.value.slice(0, end ?? field.value.length) || ' ');
      copy.append(text);
      document.body.append(copy);
      const range = document.createRange();
      range.selectNodeContents(copy);
      const c = copy.getBoundingClientRect();
      const f = field.getBoundingClientRect();
      const lines = Array.from(range.getClientRects(), (r) => ({ x: r.left - c.left + f.left - field.scrollLeft, y: r.top - c.top + f.top - field.scrollTop, width: r.width, height: r.height }));
      copy.remove();
      // Only what is visible inside the field.
      return lines.filter((l) => l.width > 0 && l.y + l.height > f.top && l.y < f.bottom);
    },
    [selector, upTo ?? null] as const,
  );
}

const LONG_LINES =
  'I rebuilt checkout flows for twelve Shopify stores last year and cut their mobile load times by half on average.\n'.repeat(3) +
  'Each store got a short written plan, a staging copy, weekly progress notes and a handover call with the team at the end. '.repeat(3) +
  'Reach me at jane.doe@gmail.com for details about these projects and references from the owners of those stores';

for (const width of [500, 1280]) {
  test(`at ${width} px wide the badge covers no character of the text`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openFixture(page, 'apply');
    const cover = page.locator(COVER_LETTER);
    await pasteInto(cover, LONG_LINES);
    await expectRules(page, ['contact-email']);
    await cover.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(counts(page)).toBeVisible();
    await page.waitForTimeout(150);
    const badge = (await counts(page).boundingBox())!;
    const field = (await cover.boundingBox())!;
    const lines = await textLines(page, COVER_LETTER);
    expect(lines.length).toBeGreaterThan(5);
    // The text reaches the field's right side on some line (so a badge in the corner would cover it).
    expect(Math.max(...lines.map((l) => l.x + l.width))).toBeGreaterThan(field.x + field.width - 60);
    for (const line of lines) expect(intersects(badge, line), `badge ${JSON.stringify(badge)} over line ${JSON.stringify(line)}`).toBe(false);
    // It is outside the field altogether, next to its right edge, and inside the window.
    expect(intersects(badge, field)).toBe(false);
    expect(badge.x + badge.width).toBeLessThanOrEqual(width);
    expect(Math.abs(badge.x + badge.width - (field.x + field.width))).toBeLessThanOrEqual(2);
  });
}

test('two findings on the same words are one mark: the count says 4 for 4 marks, and the card lists both', async ({ page }) => {
  await openFixture(page, 'apply');
  // Five findings; "Telegram @janedev" is both a move off Upwork and a contact detail.
  await typeHuman(page.locator(COVER_LETTER), 'Add me on Telegram @janedev. My email: jane@gmail.com. Pay via PayPal: paypal.me/janedev', { delay: 0 });
  await expect.poll(async () => (await seen(page)).length).toBe(5);
  await expect(marks(page)).toHaveCount(4);
  await expect(counts(page)).toHaveText('4');
  await expect(counts(page)).toHaveAttribute('aria-label', /in 4 places/);
  // Each mark draws its own underline; no two marks overlap.
  const spans = await marks(page).evaluateAll((els) => els.map((el) => [Number(el.getAttribute('data-start')), Number(el.getAttribute('data-end'))] as const));
  for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
  const [rect] = await underlineRects(findings(page).first());
  await page.mouse.move(rect!.x + 4, rect!.y + rect!.height / 2);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('data-rules', 'contact-email off-platform');
  await expect(card(page).locator('section.item')).toHaveCount(2);
  await expect(card(page)).toContainText('Email address');
  await expect(card(page)).toContainText('Moving off Upwork');
  await expect(card(page).getByRole('button', { name: 'Ignore this one' })).toHaveCount(2);
  await expect(card(page)).toContainText('1 of 4');
});

test('the card sits beside its mark, points at it, and never covers the line being typed', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await cover.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  // The mark on the second line, the caret on the third: a card below the mark would cover it.
  await typeHuman(cover, 'Hello, I have six years of Shopify work behind me.\nCall me at +44 20 7946 0958 if you like.\nI am still writing this line', { delay: 0, newline: 'Shift+Enter' });
  await expectRules(page, ['off-platform', 'contact-phone']);
  const check = async () => {
    const [mark] = await underlineRects(findings(page).first());
    await page.mouse.move(mark!.x + 3, mark!.y + mark!.height / 2);
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toHaveAttribute('data-side', /.+/);
    const box = (await card(page).boundingBox())!;
    const field = (await cover.boundingBox())!;
    const caret = await cover.evaluate((el: HTMLTextAreaElement) => el.selectionEnd);
    const lines = await textLines(page, COVER_LETTER, caret);
    const caretLine = lines.at(-1)!;
    // The whole width of the caret's line stays clear.
    expect(intersects(box, { x: field.x, y: caretLine.y, width: field.width, height: caretLine.height }), `card ${JSON.stringify(box)} covers the caret line ${JSON.stringify(caretLine)}`).toBe(false);
    // And the mark stays visible.
    expect(intersects(box, mark!)).toBe(false);
    // The pointer's tip touches the mark's side of the card, within the mark's width.
    const arrow = (await card(page).locator('.arrow').boundingBox())!;
    const centerX = arrow.x + arrow.width / 2;
    const side = await card(page).getAttribute('data-side');
    if (side === 'above' || side === 'below') {
      expect(centerX).toBeGreaterThanOrEqual(mark!.x - 2);
      expect(centerX).toBeLessThanOrEqual(mark!.x + Math.max(mark!.width, 24) + 2);
      const gap = side === 'above' ? mark!.y - (arrow.y + arrow.height) : arrow.y - (mark!.y + mark!.height);
      expect(gap).toBeGreaterThanOrEqual(-1);
      expect(gap).toBeLessThanOrEqual(10);
    } else {
      expect(arrow.y + arrow.height / 2).toBeGreaterThanOrEqual(mark!.y - 12);
      expect(arrow.y + arrow.height / 2).toBeLessThanOrEqual(mark!.y + mark!.height + 12);
    }
    return side;
  };
  expect(await check()).toBe('above');
  // With the caret back on the first line, the card may go below the mark again.
  await page.mouse.move(5, 5);
  await expect(card(page)).toHaveCount(0);
  await cover.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(5, 5));
  expect(await check()).toBe('below');
});

test('"Not Enterprise after all" in the card removes the mark and the violations come back', async ({ page, context }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await typeHuman(cover, 'Reach me at jane.doe@gmail.com anytime.', { delay: 0 });
  await expectRules(page, ['contact-email']);
  await counts(page).click();
  await card(page).getByRole('button', { name: 'This client is Enterprise' }).click();
  await expect.poll(async () => (await seen(page)).map((s) => `${s.rule}:${s.severity}`)).toEqual(['contact-email:info']);
  await counts(page).click();
  await expect(card(page).getByRole('button', { name: 'This client is Enterprise' })).toHaveCount(0);
  await card(page).getByRole('button', { name: 'Not Enterprise after all' }).click();
  await expect.poll(async () => (await seen(page)).map((s) => `${s.rule}:${s.severity}`)).toEqual(['contact-email:violation']);
  // Nothing is remembered for this job any more, also after a reload.
  const stored = await storedConversations(context);
  expect(stored).toEqual({});
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __hydrated: boolean }).__hydrated === true);
  await typeHuman(page.locator(COVER_LETTER), 'Reach me at jane.doe@gmail.com', { delay: 0 });
  await expect.poll(async () => (await seen(page)).map((s) => `${s.rule}:${s.severity}`)).toEqual(['contact-email:violation']);
});

test('"The contract has not started" undoes the contract mark in a Messages room', async ({ page, context }) => {
  await openFixture(page, 'messages');
  const editor = page.locator(COMPOSER);
  await typeHuman(editor, 'My number is +44 20 7946 0958', { delay: 0 });
  await expectRules(page, ['contact-phone']);
  await counts(page).click();
  await card(page).getByRole('button', { name: 'The contract has started' }).click();
  await expect.poll(async () => (await seen(page)).map((s) => s.severity)).toEqual(['info']);
  await counts(page).click();
  await card(page).getByRole('button', { name: 'The contract has not started' }).click();
  await expect.poll(async () => (await seen(page)).map((s) => s.severity)).toEqual(['violation']);
  expect(await storedConversations(context)).toEqual({});
});

async function storedConversations(context: import('@playwright/test').BrowserContext): Promise<unknown> {
  const { extensionId } = await import('./harness');
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  const all = await page.evaluate<Record<string, unknown>>('chrome.storage.local.get("conversations")');
  await page.close();
  return all.conversations ?? {};
}
