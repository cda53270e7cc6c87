/**
 * Characters that change how text is displayed without being visible
 * themselves: direction overrides and isolates (a right-to-left override makes
 * "jo\u202E@gmail.com" read backwards), zero-width characters, and other
 * format and control characters. A card and the send guard show the typed
 * characters of a finding; these are spelled out there ("U+202E") so what the
 * person reads is what is in the text.
 */

export interface Escaped {
  /** "U+202E" */
  code: string;
  /** "right-to-left override" (or "invisible character") */
  name: string;
}

const NAMES: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

/** Format (Cf), control (Cc), line and paragraph separators, and the Hangul fillers that render as nothing. */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u180E]/u;

/** Splits text into plain strings and escaped characters, in order. Tabs and line breaks become spaces. */
export function visibleParts(text: string): (string | Escaped)[] {
  const parts: (string | Escaped)[] = [];
  let plain = '';
  for (const ch of text) {
    if (ch === '\n' || ch === '\t' || ch === '\r') {
      plain += ' ';
      continue;
    }
    if (!INVISIBLE.test(ch)) {
      plain += ch;
      continue;
    }
    if (plain) parts.push(plain);
    plain = '';
    const cp = ch.codePointAt(0)!;
    parts.push({ code: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, name: NAMES[cp] ?? 'invisible character' });
  }
  if (plain) parts.push(plain);
  return parts;
}

/** The same as one string, for plain-text places (a title, a label). */
export function visibleText(text: string): string {
  return visibleParts(text)
    .map((p) => (typeof p === 'string' ? p : `[${p.code}]`))
    .join('');
}
