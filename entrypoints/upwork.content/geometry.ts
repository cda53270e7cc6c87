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
