/**
 * The pure parts of the card and badge: grouping findings into marks, where the badge goes, and
 * where a card goes (entrypoints/upwork.content/marks.ts and geometry.ts).
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detector/detect';
import { badgeSpot, CARD_GAP, intersects, placeCard, type Rect } from '../../entrypoints/upwork.content/geometry';
import { marksOf } from '../../entrypoints/upwork.content/marks';

describe('marksOf', () => {
  it('puts findings on the same or overlapping words into one mark and counts marks', () => {
    const findings = detect('Add me on Telegram @janedev. My email: jane@gmail.com. Pay via PayPal: paypal.me/janedev', { surface: 'proposal' });
    expect(findings).toHaveLength(5);
    const marks = marksOf(findings);
    expect(marks).toHaveLength(4);
    expect(marks[0]!.findings.map((f) => f.rule).sort()).toEqual(['contact-email', 'off-platform']);
    expect(marks[0]).toMatchObject({ start: 10, end: 31, severity: 'violation' });
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);
  });

  it('keeps touching but separate findings apart, and takes the worst severity of a mark', () => {
    const base = { category: 'contact-sharing', match: '', message: '', policy: '' } as const;
    const marks = marksOf([
      { ...base, rule: 'a', severity: 'info', start: 0, end: 5 },
      { ...base, rule: 'b', severity: 'violation', start: 3, end: 8 },
      { ...base, rule: 'c', severity: 'warning', start: 8, end: 12 },
      { ...base, rule: 'd', severity: 'info', start: 9, end: 10 },
    ]);
    expect(marks.map((m) => [m.start, m.end, m.severity, m.findings.length])).toEqual([
      [0, 8, 'violation', 2],
      [8, 12, 'warning', 2],
    ]);
  });
});

const VIEWPORT = { width: 1280, height: 800 };

describe('badgeSpot', () => {
  const badge = { width: 30, height: 20 };
  it('sits outside the field: above its top-right corner, else below, else to the right', () => {
    const field: Rect = { left: 100, top: 300, width: 600, height: 200 };
    const above = badgeSpot(field, badge, VIEWPORT);
    expect(above).toEqual({ left: 670, top: 277 });
    expect(intersects({ ...above, ...badge }, field)).toBe(false);
    const atTop = badgeSpot({ ...field, top: 5 }, badge, VIEWPORT);
    expect(atTop.top).toBe(5 + 200 + 3);
    const tall = badgeSpot({ left: 100, top: 0, width: 600, height: 800 }, badge, VIEWPORT);
    expect(tall).toEqual({ left: 703, top: 0 });
  });

  it('stays inside a narrow window', () => {
    const spot = badgeSpot({ left: 10, top: 300, width: 490, height: 200 }, badge, { width: 500, height: 800 });
    expect(spot.left + badge.width).toBeLessThanOrEqual(500);
    expect(intersects({ ...spot, ...badge }, { left: 10, top: 300, width: 490, height: 200 })).toBe(false);
  });
});

describe('placeCard', () => {
  const size = { width: 360, height: 200 };
  const mark: Rect = { left: 300, top: 400, width: 80, height: 18 };
  const box = (p: { left: number; top: number }) => ({ left: p.left, top: p.top, ...size });

  it('prefers below the mark, pointing at its middle', () => {
    const p = placeCard(mark, size, VIEWPORT, []);
    expect(p).toMatchObject({ side: 'below', left: 300, top: 400 + 18 + CARD_GAP });
    expect(p.left + p.arrow).toBe(340);
  });

  it('goes above when below would cover the caret line, and below when above would', () => {
    const caretBelow: Rect = { left: 100, top: 440, width: 700, height: 18 };
    const up = placeCard(mark, size, VIEWPORT, [caretBelow]);
    expect(up.side).toBe('above');
    expect(intersects(box(up), caretBelow)).toBe(false);
    expect(up.top + size.height + CARD_GAP).toBe(400);
    const caretAbove: Rect = { left: 100, top: 360, width: 700, height: 18 };
    expect(placeCard(mark, size, VIEWPORT, [caretAbove]).side).toBe('below');
  });

  it('goes beside the mark when neither above nor below is clear, and never leaves the window', () => {
    // Lines being edited above and below the mark, reaching just past it.
    const both = [
      { left: 100, top: 430, width: 345, height: 18 },
      { left: 100, top: 360, width: 345, height: 18 },
    ];
    const p = placeCard({ left: 400, top: 400, width: 40, height: 18 }, size, VIEWPORT, both);
    expect(p.side).toBe('right');
    for (const a of both) expect(intersects(box(p), a)).toBe(false);
    const corner = placeCard({ left: 1250, top: 780, width: 20, height: 18 }, size, VIEWPORT, []);
    expect(corner.left + size.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(corner.top).toBeGreaterThanOrEqual(0);
    expect(corner.side).toBe('above');
    // The pointer still aims at the mark, as far as the card's edge allows.
    expect(corner.left + corner.arrow).toBeGreaterThan(1250 - 30);
  });
});
