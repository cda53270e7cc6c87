/**
 * The text of a watched field as the detector sees it, and the way back from a
 * text offset to the page: a textarea's value is the text itself; a
 * contenteditable editor (ProseMirror/TipTap) is read block by block, each
 * block a line, with a map from offsets to DOM positions for highlight ranges
 * and for selecting the characters a fix replaces.
 */

export interface TextModel {
  text: string;
  /** A DOM Range over [start, end) of `text` (contenteditable only). */
  range(start: number, end: number): Range | null;
}

const BLOCK = /^(?:P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TABLE|TR|SECTION|ARTICLE)$/;

interface Segment {
  node: Text;
  start: number;
}

/** Reads a contenteditable element. Linear in its size. */
export function readEditable(root: HTMLElement): TextModel {
  const segments: Segment[] = [];
  let text = '';
  let afterBlock = false; // each block after the first starts a new line, empty ones included
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        segments.push({ node: child as Text, start: text.length });
        text += (child as Text).data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as HTMLElement;
        if (el.tagName === 'BR') {
          // ProseMirror puts a trailing <br> in empty paragraphs; it is not a character typed.
          if (!el.classList.contains('ProseMirror-trailingBreak')) text += '\n';
          continue;
        }
        const block = BLOCK.test(el.tagName);
        if (block && (afterBlock || (text.length > 0 && !text.endsWith('\n')))) text += '\n';
        if (block) afterBlock = false;
        walk(el);
        if (block) afterBlock = true;
      }
    }
  };
  walk(root);
  return {
    text,
    range(start, end) {
      const from = locate(segments, start, false);
      const to = locate(segments, end, true);
      if (!from || !to) return null;
      const range = root.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}

/**
 * The text node and offset for a text offset (binary search over segments).
 * A start belongs to the last segment starting at or before it; an end to the
 * last segment starting strictly before it, so a range never begins or ends in
 * the wrong node at a block boundary.
 */
function locate(segments: Segment[], offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = segments[mid]!.start;
    if (isEnd ? start < offset : start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1) found = 0;
  const s = segments[found];
  if (!s) return null;
  return { node: s.node, offset: Math.min(Math.max(offset - s.start, 0), s.node.data.length) };
}

export function readTextarea(field: HTMLTextAreaElement): TextModel {
  return { text: field.value, range: () => null };
}
