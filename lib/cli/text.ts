/**
 * Showing untrusted text (a matched phrase, a file name) on a terminal: control,
 * bidirectional and invisible characters are escaped so they can be seen and
 * cannot reorder or recolour the report; widths count terminal columns.
 */

/** C0, DEL, C1, bidi controls and marks, invisible spaces and joiners, the BOM. */
const UNSEEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\u3164\ufeff\ufff9-\ufffb]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every unseen character written as \n, \t or \u{…}, and backslashes doubled. */
export function escapeVisible(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(UNSEEN, (c) => NAMED[c] ?? `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`);
}

/** Code points that take two terminal columns (East Asian wide and full-width, most emoji). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Code points that take no column of their own (combining marks, variation selectors). */
const ZERO_WIDTH = /^[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]$/u;

function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (ZERO_WIDTH.test(ch) || (cp >= 0xe0100 && cp <= 0xe01ef)) return 0;
  return isWide(cp) ? 2 : 1;
}

/** Terminal columns taken by already-escaped text. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** `text` cut to at most `width` columns, ending with "…" when cut; never splits a surrogate pair. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Words of `text` in lines of at most `width` columns; a word longer than a line is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = displayWidth(word) <= width ? word : truncate(word, width);
  }
  if (line !== '') lines.push(line);
  return lines;
}
