/**
 * Where characters of a watched field are on screen, in viewport coordinates.
 *
 * A <textarea> exposes no geometry for its text, so (as Harper does) one hidden
 * mirror element per field copies the textarea's box and font, holds the same
 * text, and is measured with a Range; the rectangles are then shifted by the
 * textarea's scroll offset. A contenteditable editor is measured directly.
 * Either way rectangles are clipped to the field's visible box.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Styles that decide where text wraps and how tall lines are. */
const COPIED = [
  'boxSizing', 'width', 'height', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'borderStyle', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle', 'fontVariant',
  'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily', 'fontFeatureSettings',
  'fontKerning', 'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing', 'tabSize',
  'direction', 'whiteSpace', 'wordBreak', 'overflowWrap',
] as const;

export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private readonly node: Text;

  constructor(host: HTMLElement | ShadowRoot, private readonly field: HTMLTextAreaElement) {
    this.box = document.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    this.node = document.createTextNode('');
    this.box.append(this.node);
    host.append(this.box);
  }

  /** Copies the field's current box and font; call when it may have changed (resize, font load). */
  sync(): void {
    const computed = getComputedStyle(this.field);
    const style = this.box.style;
    for (const key of COPIED) style[key] = computed[key];
    // A textarea always wraps (unless wrap=off) and keeps spaces and newlines.
    style.whiteSpace = this.field.getAttribute('wrap') === 'off' ? 'pre' : 'pre-wrap';
    style.overflowWrap = computed.overflowWrap === 'normal' ? 'break-word' : computed.overflowWrap;
    style.position = 'fixed';
    style.left = '0';
    style.top = '0';
    style.visibility = 'hidden';
    style.pointerEvents = 'none';
    style.overflow = 'hidden';
    // The textarea's content box loses the scrollbar's width; so must the mirror's.
    const scrollbar = this.field.offsetWidth - this.field.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth);
    if (scrollbar > 0) style.paddingRight = `${parseFloat(computed.paddingRight) + scrollbar}px`;
  }

  /** Viewport rectangles covering characters [start, end) of the field's value. */
  rects(value: string, start: number, end: number): Rect[] {
    // A trailing newline needs a character after it to take up a line, as in the textarea.
    const text = value.endsWith('\n') ? `${value} ` : value;
    if (this.node.data !== text) this.node.data = text;
    const range = document.createRange();
    range.setStart(this.node, Math.min(start, text.length));
    range.setEnd(this.node, Math.min(end, text.length));
    const mirror = this.box.getBoundingClientRect();
    const field = this.field.getBoundingClientRect();
    const dx = field.left - mirror.left - this.field.scrollLeft;
    const dy = field.top - mirror.top - this.field.scrollTop;
    return Array.from(range.getClientRects(), (r) => ({ left: r.left + dx, top: r.top + dy, width: r.width, height: r.height }));
  }

  remove(): void {
    this.box.remove();
  }
}

/** Viewport rectangles of a DOM range (contenteditable). */
export function rangeRects(range: Range): Rect[] {
  return Array.from(range.getClientRects(), (r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
}

/** The part of `rect` inside `clip`, or null when nothing is visible. */
export function clip(rect: Rect, box: Rect): Rect | null {
  const left = Math.max(rect.left, box.left);
  const top = Math.max(rect.top, box.top);
  const right = Math.min(rect.left + rect.width, box.left + box.width);
  const bottom = Math.min(rect.top + rect.height, box.top + box.height);
  if (right <= left || bottom <= top) return null;
  return { left, top, width: right - left, height: bottom - top };
}

/** The field's visible text box (inside borders and scrollbars), in viewport coordinates. */
export function visibleBox(field: HTMLElement): Rect {
  const r = field.getBoundingClientRect();
  return { left: r.left + field.clientLeft, top: r.top + field.clientTop, width: field.clientWidth, height: field.clientHeight };
}

/** True when the two rectangles share some area. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

export interface Size {
  width: number;
  height: number;
}

/** Gap between the field's border and the badge. */
const BADGE_GAP = 3;

/**
 * Where the count badge goes: outside the field's border box, so it never covers a character of
 * the text at any width. Above the top-right corner (beside the field's label, which sits on the
 * left), else below the bottom-right corner, else to the right of the field; only when none of
 * those is on screen (a field taller than the window, scrolled through) does it sit inside the
 * visible part's top-right corner.
 */
export function badgeSpot(field: Rect, badge: Size, viewport: Size): { left: number; top: number } {
  const right = field.left + field.width;
  const left = Math.max(0, Math.min(right - badge.width, viewport.width - badge.width));
  const fits = (top: number) => top >= 0 && top + badge.height <= viewport.height;
  const above = field.top - BADGE_GAP - badge.height;
  if (fits(above)) return { left, top: above };
  const below = field.top + field.height + BADGE_GAP;
  if (fits(below)) return { left, top: below };
  const top = Math.max(0, Math.min(field.top, viewport.height - badge.height));
  if (right + BADGE_GAP + badge.width <= viewport.width) return { left: right + BADGE_GAP, top };
  return { left, top };
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface CardPlacement {
  left: number;
  top: number;
  side: Side;
  /** Where the pointer sits along the card's edge that faces the mark (px from the card's left or top). */
  arrow: number;
}

/** Space between the mark and the card (the pointer fills it). */
export const CARD_GAP = 10;
const MARGIN = 8;

/**
 * Places a card of `size` beside `mark`, pointing at it, inside the viewport, and never over the
 * rectangles in `avoid` (the line being edited: where the caret is). Tries below, above, right and
 * left of the mark; when none fits without covering the caret's line, the side that covers least.
 */
export function placeCard(mark: Rect, size: Size, viewport: Size, avoid: readonly Rect[]): CardPlacement {
  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, viewport.width - size.width - MARGIN));
  const clampY = (y: number) => Math.max(MARGIN, Math.min(y, viewport.height - size.height - MARGIN));
  const centerX = mark.left + mark.width / 2;
  const centerY = mark.top + mark.height / 2;
  const candidates: CardPlacement[] = [
    { side: 'below', left: clampX(mark.left), top: mark.top + mark.height + CARD_GAP, arrow: 0 },
    { side: 'above', left: clampX(mark.left), top: mark.top - CARD_GAP - size.height, arrow: 0 },
    { side: 'right', left: mark.left + mark.width + CARD_GAP, top: clampY(centerY - 24), arrow: 0 },
    { side: 'left', left: mark.left - CARD_GAP - size.width, top: clampY(centerY - 24), arrow: 0 },
  ];
  const inside = (c: CardPlacement) => c.left >= 0 && c.top >= 0 && c.left + size.width <= viewport.width && c.top + size.height <= viewport.height;
  const overlap = (c: CardPlacement) =>
    avoid.reduce((sum, a) => {
      const w = Math.min(c.left + size.width, a.left + a.width) - Math.max(c.left, a.left);
      const h = Math.min(c.top + size.height, a.top + a.height) - Math.max(c.top, a.top);
      return sum + (w > 0 && h > 0 ? w * h : 0);
    }, 0);
  const onScreen = candidates.filter(inside);
  const best =
    onScreen.find((c) => overlap(c) === 0) ??
    [...(onScreen.length > 0 ? onScreen : candidates.slice(0, 2))].sort((a, b) => overlap(a) - overlap(b))[0]!;
  const placed = { ...best, left: clampX(best.left), top: best.side === 'below' || best.side === 'above' ? best.top : clampY(best.top) };
  // The pointer aims at the mark's middle, kept on the card's edge.
  placed.arrow =
    placed.side === 'below' || placed.side === 'above'
      ? Math.max(12, Math.min(centerX - placed.left, size.width - 12))
      : Math.max(12, Math.min(centerY - placed.top, size.height - 12));
  return placed;
}
