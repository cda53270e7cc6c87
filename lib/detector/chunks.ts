/**
 * Splitting a long text into pieces that can be checked one at a time (and
 * remembered), for the content script's long-text path. Pure: no DOM.
 *
 * A piece ends after a paragraph break when there is one in the second half of
 * its window, else after a line break, else after a sentence or a space, so a
 * finding rarely straddles two pieces. Texts up to `size` characters are one
 * piece: the ordinary case (Upwork caps a cover letter at 5,000 characters) is
 * checked exactly as a whole.
 */
import type { Finding } from './types';

export interface Chunk {
  start: number;
  end: number;
}

export function chunksOf(text: string, size: number): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = breakBefore(text, start + Math.floor(size / 2), start + size);
    chunks.push({ start, end });
    start = end;
  }
  if (start < text.length || chunks.length === 0) chunks.push({ start, end: text.length });
  return chunks;
}

/** The best place to end a piece within (from, to]: the offset just after the break. */
function breakBefore(text: string, from: number, to: number): number {
  const span = text.slice(from, to);
  const paragraph = span.lastIndexOf('\n\n');
  if (paragraph >= 0) return from + paragraph + 2;
  const line = span.lastIndexOf('\n');
  if (line >= 0) return from + line + 1;
  const sentence = Math.max(span.lastIndexOf('. '), span.lastIndexOf('! '), span.lastIndexOf('? '));
  if (sentence >= 0) return from + sentence + 2;
  const space = span.lastIndexOf(' ');
  if (space >= 0) return from + space + 1;
  // No break at all (one enormous word): cut, but never inside a surrogate pair.
  const code = text.charCodeAt(to - 1);
  return code >= 0xd800 && code <= 0xdbff ? to - 1 : to;
}

/** A finding of a piece, moved to the offsets of the whole text. */
export function shiftFinding(finding: Finding, by: number): Finding {
  if (by === 0) return finding;
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    ...(finding.fix && { fix: { ...finding.fix, start: finding.fix.start + by, end: finding.fix.end + by } }),
  };
}
