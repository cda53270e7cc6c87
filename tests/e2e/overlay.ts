// Reading Clearsend's warnings the way a test (or a screen reader) sees them, through the stable
// test contract: data-testid="clearsend-count" (the number of findings of a field) and
// data-testid="clearsend-finding" with data-rule / data-severity for every finding, inside the
// data-testid="clearsend-mark" that underlines it (findings on overlapping words share a mark).
import { expect, type Frame, type Locator, type Page } from '@playwright/test';

export type Where = Page | Frame;

export const COVER_LETTER = 'textarea[aria-labelledby="cover_letter_label"]';
export const ANSWERS = '.fe-proposal-job-questions .form-group textarea';
export const COMPOSER = '.up-d-composer .tiptap.ProseMirror[contenteditable="true"]';
export const SEND_PROPOSAL = '.fe-apply-footer-controls button.air3-btn-primary';
export const SEND_MESSAGE = '.up-d-composer button.air3-btn-circle[aria-label="Send"]';

export const counts = (where: Where): Locator => where.getByTestId('clearsend-count');
export const findings = (where: Where): Locator => where.getByTestId('clearsend-finding');
export const marks = (where: Where): Locator => where.getByTestId('clearsend-mark');
export const card = (where: Where): Locator => where.getByTestId('clearsend-card');
export const guard = (where: Where): Locator => where.getByTestId('clearsend-guard');

export interface Seen {
  rule: string;
  severity: string;
  start: number;
  end: number;
}

/** Every finding on screen, in text order. */
export async function seen(where: Where): Promise<Seen[]> {
  return findings(where).evaluateAll((els) =>
    els.map((el) => ({
      rule: el.getAttribute('data-rule')!,
      severity: el.getAttribute('data-severity')!,
      start: Number(el.getAttribute('data-start')),
      end: Number(el.getAttribute('data-end')),
    })),
  );
}

/** Waits until the rules found are exactly these (in order), after the debounce. */
export async function expectRules(where: Where, rules: string[]): Promise<void> {
  await expect.poll(async () => (await seen(where)).map((s) => s.rule), { timeout: 5000 }).toEqual(rules);
}

/** The viewport rectangles of one finding's underline: its mark's (findings on the same words share one). */
export async function underlineRects(finding: Locator): Promise<{ x: number; y: number; width: number; height: number }[]> {
  return finding.locator('xpath=..').locator('.line').evaluateAll((lines) =>
    lines.map((l) => {
      const r = l.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** Sets a textarea's text the way a paste would reach the page: the value, then an input event. */
export async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.page().keyboard.press('Control+End');
  await field.page().keyboard.insertText(text);
}
