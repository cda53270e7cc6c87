/**
 * Writing systems the rules do not read. A text written in Georgian or Tamil letters gets no warning
 * about its words, only about what is the same in every script (an email address, a link, a phone
 * number, an app's name in Latin letters), and the person should know that rather than read silence
 * as a clean bill. `unreadScript` names the script of such a text, so the field can say so.
 *
 * The table lists scripts by their Unicode blocks and says whether the lexicon reads them; the unit
 * test (tests/unit/scripts.test.ts) checks that against the lexicon, so a script is "read" only while
 * the lexicon has words in it, and a script the lexicon learns cannot stay listed as unread.
 */

export interface Script {
  /** ISO 15924 code, as Intl.DisplayNames names it ("Geor" -> "Georgian"). */
  readonly code: string;
  /** Its Unicode blocks, [first, last] code point, inclusive. */
  readonly blocks: readonly (readonly [number, number])[];
  /** The lexicon has words in it. */
  readonly read: boolean;
}

/**
 * Scripts other than Latin that people on Upwork write in. Round twenty-six taught Sinhala, Gujarati, Gurmukhi, Kannada, Myanmar
 * (Burmese in Unicode; text typed in Zawgyi, the older font encoding, is not read) and Khmer in every category.
 */
export const SCRIPTS: readonly Script[] = [
  { code: 'Arab', blocks: [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]], read: true },
  { code: 'Armn', blocks: [[0x0530, 0x058f]], read: true },
  { code: 'Beng', blocks: [[0x0980, 0x09ff]], read: true },
  { code: 'Cyrl', blocks: [[0x0400, 0x052f], [0x1c80, 0x1c8f], [0x2de0, 0x2dff], [0xa640, 0xa69f]], read: true },
  { code: 'Deva', blocks: [[0x0900, 0x097f], [0xa8e0, 0xa8ff]], read: true },
  { code: 'Ethi', blocks: [[0x1200, 0x139f], [0x2d80, 0x2ddf], [0xab00, 0xab2f]], read: true },
  { code: 'Geor', blocks: [[0x10a0, 0x10ff], [0x1c90, 0x1cbf], [0x2d00, 0x2d2f]], read: true },
  { code: 'Grek', blocks: [[0x0370, 0x03ff], [0x1f00, 0x1fff]], read: true },
  { code: 'Gujr', blocks: [[0x0a80, 0x0aff]], read: true },
  { code: 'Guru', blocks: [[0x0a00, 0x0a7f]], read: true },
  { code: 'Hang', blocks: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7af]], read: true },
  { code: 'Hani', blocks: [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]], read: true },
  { code: 'Hebr', blocks: [[0x0590, 0x05ff]], read: true },
  { code: 'Jpan', blocks: [[0x3040, 0x30ff], [0x31f0, 0x31ff]], read: true },
  { code: 'Khmr', blocks: [[0x1780, 0x17ff], [0x19e0, 0x19ff]], read: true },
  { code: 'Knda', blocks: [[0x0c80, 0x0cff]], read: true },
  { code: 'Laoo', blocks: [[0x0e80, 0x0eff]], read: false },
  { code: 'Mlym', blocks: [[0x0d00, 0x0d7f]], read: true },
  { code: 'Mong', blocks: [[0x1800, 0x18af]], read: false },
  { code: 'Mymr', blocks: [[0x1000, 0x109f], [0xa9e0, 0xa9ff], [0xaa60, 0xaa7f]], read: true },
  { code: 'Orya', blocks: [[0x0b00, 0x0b7f]], read: false },
  { code: 'Sinh', blocks: [[0x0d80, 0x0dff]], read: true },
  { code: 'Syrc', blocks: [[0x0700, 0x074f]], read: false },
  { code: 'Taml', blocks: [[0x0b80, 0x0bff]], read: true },
  { code: 'Telu', blocks: [[0x0c00, 0x0c7f]], read: true },
  { code: 'Thaa', blocks: [[0x0780, 0x07bf]], read: false },
  { code: 'Thai', blocks: [[0x0e00, 0x0e7f]], read: true },
  { code: 'Tibt', blocks: [[0x0f00, 0x0fff]], read: false },
  { code: 'Tfng', blocks: [[0x2d30, 0x2d7f]], read: false },
];

/** A script's name in `language` ("Armn" -> "Armenian", "armenio"), or its code where the runtime has no names. */
export function scriptName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'script' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A text is called partly unread from this many letters of one unread script... */
export const MIN_UNREAD_LETTERS = 20;
/** ...when they are at least this share of its letters. */
export const MIN_UNREAD_SHARE = 0.2;

// Per UTF-16 unit: 0 not yet known, 1 not a letter, 2 a letter of a read script or of Latin, 3 + i a letter of
// the unread script i. Filled lazily, one unit at a time: a text only ever meets a few scripts.
const NOT_LETTER = 1;
const READ_LETTER = 2;
const UNREAD_BASE = 3;
const kinds = new Uint8Array(0x10000);
const LETTER = /^[\p{L}\p{M}]$/u;
const ASTRAL_LETTER = /^\p{L}$/u;
const UNREAD = SCRIPTS.filter((s) => !s.read);

function kindOf(unit: number): number {
  let kind = kinds[unit]!;
  if (kind !== 0) return kind;
  if (unit >= 0xd800 && unit <= 0xdfff) kind = NOT_LETTER;
  else if (!LETTER.test(String.fromCharCode(unit))) kind = NOT_LETTER;
  else {
    const i = UNREAD.findIndex((s) => s.blocks.some(([first, last]) => unit >= first && unit <= last));
    kind = i < 0 ? READ_LETTER : UNREAD_BASE + i;
  }
  kinds[unit] = kind;
  return kind;
}

/**
 * The ISO 15924 code of the unread script that holds the most letters of `text`, when it holds at least
 * MIN_UNREAD_LETTERS of them and MIN_UNREAD_SHARE of all its letters; otherwise null. Linear in the text.
 * Letters outside the Basic Multilingual Plane (none of the scripts above has its everyday letters
 * there) count as letters of a read script.
 */
export function unreadScript(text: string): string | null {
  const counts = new Uint32Array(UNREAD.length);
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) letters++;
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++;
        if (ASTRAL_LETTER.test(String.fromCharCode(unit, low))) letters++;
        continue;
      }
    }
    const kind = kindOf(unit);
    if (kind === NOT_LETTER) continue;
    letters++;
    if (kind >= UNREAD_BASE) counts[kind - UNREAD_BASE]!++;
  }
  let best = -1;
  for (let i = 0; i < counts.length; i++) if (best < 0 || counts[i]! > counts[best]!) best = i;
  if (best < 0) return null;
  const most = counts[best]!;
  return most >= MIN_UNREAD_LETTERS && most >= MIN_UNREAD_SHARE * letters ? UNREAD[best]!.code : null;
}
