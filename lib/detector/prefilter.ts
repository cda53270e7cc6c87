/**
 * A cheap test that a pattern cannot match a text, run before the pattern itself.
 *
 * A check runs some 330 global patterns over the text, and on an ordinary proposal about 310 of
 * them find nothing. Each still scans the whole text, and together they run megabytes of regexp
 * machine code per check, far more than the processor's caches hold. So each pattern is read once
 * (lazily, on first use) for the words any match of it must contain: "whats\w{0,24}" needs
 * "whats", a class of channels needs one of its names. The text is read once into a table of the
 * one-, two- and three-character pieces it holds; a pattern runs only when its required words have
 * all their pieces in the table (texts under 400 characters are scanned unfiltered). A word the
 * table says is present may be absent (the pattern then runs and finds nothing); a word it says is
 * absent is absent, so a skipped pattern could never have
 * matched. tests/unit/prefilter.test.ts checks that on every corpus text for every pattern.
 *
 * The reading is conservative: whatever it does not understand (a class of many characters, a
 * back-reference, a flag other than g, m or y) puts no constraint on the text. It is hand-written
 * rather than built on regjsparser because that parser adds 10.7 KB gzipped to the content script.
 */
import { oneByteCold, patternsAhead } from './compile-first';
import { WIDE } from './prepare';

/**
 * What a match must contain: nothing known, one word, one word at a word start, all of some constraints, or one of them.
 * `start`: the text holds the word, and its first three characters (fewer when it is shorter) at a word start, a place
 * not after a letter a-z (see `startsWord`): "\\bsit" needs "sit" so placed, not only inside "website".
 */
type Need = true | { readonly word: string } | { readonly start: string } | { readonly all: readonly Need[] } | { readonly any: readonly Need[] };

/**
 * What a piece of a pattern can match: a few exact strings when it is that small, else a Need. `head`: what it needs
 * when its match begins at a word start (right after \\b, or after a look-behind that refuses a letter a-z); derived
 * from `exact` when that is known (see headOf).
 */
interface Info {
  readonly exact: ReadonlySet<string> | null;
  readonly need: Need;
  readonly head: Need;
}

const ANYTHING: Info = { exact: null, need: true, head: true };
const EMPTY: Info = { exact: new Set(['']), need: true, head: true };
/** Exact sets grow by cross products; past this size they become a Need. */
const MAX_EXACT = 16;
/** A class of up to this many characters is exact ("[s5$]"); of up to MAX_UNITS, one of them is needed. */
const MAX_CLASS = 4;
const MAX_UNITS = 64;
const DIGITS = '0123456789';

function unitsInfo(units: ReadonlySet<string>): Info {
  if (units.size === 0 || units.size > MAX_UNITS) return ANYTHING;
  if (units.size <= MAX_CLASS) return exactInfo(units);
  return { exact: null, need: any([...units].map(word)), head: any([...units].map(headWord)) };
}

/**
 * A look-around, \\b, ^ or $: matches no characters, but a positive look-around needs its words. `anchor`: what follows
 * it, when it begins with a-z, A-Z, 0-9 or _, begins at a word start: \\b, a negative look-behind of a class that holds
 * a-z ("(?<![a-z0-9])"), and frame.ts's WORD_START.
 */
interface Assertion {
  readonly assert: Need;
  readonly anchor?: true;
}
const BOUNDARY: Assertion = { assert: true };
const ANCHOR: Assertion = { assert: true, anchor: true };
/** frame.ts's WORD_START: a look-ahead for a class of characters past U+007F, or a look-behind that refuses a-z. */
const WORD_START_SHAPE = /\(\?:\(\?=\[((?:\\u[0-9a-f]{4}(?:-\\u[0-9a-f]{4})?)+)\]\)\|\(\?<!(\[(?:[^\]\\]|\\.)*\])\)\)/y;

class Unreadable extends Error {}

/**
 * Groups read as another group that matches exactly the same strings: a word class's phrases written as a tree of shared
 * beginnings ("pa(?:y(?:ment)?|id)", lexicon/word-class.ts) are read as the list of its phrases ("payment|pay|paid"), so
 * that each phrase's beginning is read at the word start with the rest of that phrase, not with another's. Keyed by
 * their first characters.
 */
const alike = new Map<string, { readonly body: string; readonly flat: string }[]>();
const ALIKE_KEY = 48;
/** `flat` (a group) matches exactly the strings `body` (a group) matches: the reader may read it instead. */
export function readsAs(body: string, flat: string): void {
  if (body === flat || body.length < ALIKE_KEY) return;
  const key = body.slice(0, ALIKE_KEY);
  const list = alike.get(key);
  if (!list) alike.set(key, [{ body, flat }]);
  else if (!list.some((x) => x.body === body)) list.push({ body, flat });
}
/** The group registered with readsAs that begins at `at` in `source`, if any. */
function alikeAt(source: string, at: number): { readonly body: string; readonly flat: string } | undefined {
  if (alike.size === 0) return undefined;
  return alike.get(source.slice(at, at + ALIKE_KEY))?.find((x) => source.startsWith(x.body, at));
}

const TABLE_BITS = 17;
/** Three UTF-16 units hashed to TABLE_BITS bits. */
function hash(a: number, b: number, c: number): number {
  return Math.imul(a * 961 + b * 31 + c, 0x9e3779b1) >>> (32 - TABLE_BITS);
}
/** One or two units, hashed apart from the three-letter pieces. */
function shortHash(text: string): number {
  return hash(0x10000 + text.charCodeAt(0), text.length === 2 ? text.charCodeAt(1) : 0x10000, 0x10000);
}

/**
 * A word the text must hold (its pieces are hashed when the need is compiled, see `compile`). Words and texts are read
 * with each run of white space as one space (`tableOf`): "go\\s+out" needs "go out", which "go \\n out" holds so read.
 */
function word(text: string): Need {
  return text.length === 0 ? true : { word: squeeze(text) };
}

/** Each run of white space (\\s) as one space. A text that holds a string holds it so read when both are so read. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * What a string needs when it begins at a place an anchor allows: at a word start when it begins with a-z, A-Z, 0-9
 * or _ (after \\b such a string follows no \\w, after WORD_START or "(?<![a-z...])" no a-z); else only the word.
 */
function headWord(text: string): Need {
  text = squeeze(text);
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  const wordStart = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  return wordStart ? { start: text } : { word: text };
}

function exactInfo(strings: ReadonlySet<string>): Info {
  return { exact: strings, need: true, head: true };
}

/** What a piece needs when its match begins at a word start. */
function headOf(info: Info): Need {
  if (!info.exact) return info.head;
  return any([...info.exact].map(headWord));
}

/**
 * The first one, two or three units of a word start, hashed apart from the other pieces. A word starts at 0 and after
 * any unit but a-z (a place after a digit or an accented letter counts too: the table may say a word starts where none
 * does, never the reverse).
 */
function startHash(a: number, b: number, c: number): number {
  return hash(0x20000 + a, 0x20000 + b, 0x20000 + c);
}
const NO_UNIT = 0x10000;

/** How many pieces the table must hold for a word: its three-letter pieces, or the word itself when shorter; one more at a word start. */
function pieceCount(text: string, atStart = false): number {
  return (text.length < 3 ? 1 : text.length - 2) + (atStart ? 1 : 0);
}

/** Writes a word's pieces into `out` from `at` (a repeated piece is tested twice: cheaper than a set per word). */
function writePieces(text: string, out: Uint32Array, at: number, atStart = false): void {
  if (atStart) {
    const unit = (k: number) => (k < text.length ? text.charCodeAt(k) : NO_UNIT);
    out[at++] = startHash(unit(0), unit(1), unit(2));
  }
  if (text.length < 3) out[at] = shortHash(text);
  for (let i = 0; i + 2 < text.length; i++) out[at + i] = hash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
}

function all(needs: readonly Need[]): Need {
  const kept = needs.filter((n) => n !== true);
  return kept.length === 0 ? true : kept.length === 1 ? kept[0]! : { all: kept };
}

function any(needs: readonly Need[]): Need {
  return needs.some((n) => n === true) ? true : needs.length === 1 ? needs[0]! : { any: needs };
}

function needOf(info: Info): Need {
  if (!info.exact) return info.need;
  return any([...info.exact].map(word));
}

function concat(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.size * b.exact.size <= MAX_EXACT) {
    const out = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) out.add(x + y);
    return exactInfo(out);
  }
  return { exact: null, need: all([needOf(a), needOf(b)]), head: all([headOf(a), needOf(b)]) };
}

function alternate(options: readonly Info[]): Info {
  if (options.every((o) => o.exact)) {
    const out = new Set<string>();
    for (const o of options) for (const s of o.exact!) out.add(s);
    if (out.size <= MAX_EXACT) return exactInfo(out);
  }
  return { exact: null, need: any(options.map(needOf)), head: any(options.map(headOf)) };
}

function repeat(info: Info, min: number, max: number): Info {
  // White space repeated is one space as the table reads it ("\\s+", " *").
  if (info.exact && [...info.exact].every((x) => x !== '' && squeeze(x) === ' ')) return exactInfo(new Set(min === 0 ? ['', ' '] : [' ']));
  if (min === 0) return max === 1 && info.exact ? exactInfo(new Set([...info.exact, ''])) : ANYTHING;
  if (min === 1 && max === 1) return info;
  if (info.exact && min === max && info.exact.size ** min <= MAX_EXACT) {
    let out: Info = info;
    for (let i = 1; i < min; i++) out = concat(out, info);
    return out;
  }
  // At least one copy is in every match, the first where the match begins; what follows it is not known exactly.
  return { exact: null, need: needOf(info), head: headOf(info) };
}

const QUANTIFIER = /(?:([*+?])|\{(\d+)(,(\d*))?\})\??/y;
const GROUP_HEAD = /(?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)?)?/y;
/** Characters that stand for themselves outside a class (a '{' that is not a quantifier is refused). */
const LITERAL = /[^\\^$.|?*+()[\]{}]+/y;

/** A small reader of JavaScript pattern syntax, enough to find required words. */
class Reader {
  private i = 0;
  constructor(private readonly source: string) {}

  read(): Info {
    const info = this.disjunction();
    if (this.i < this.source.length) throw new Unreadable();
    return info;
  }

  private peek(): string | undefined {
    return this.source[this.i];
  }

  private disjunction(): Info {
    const options = [this.alternative()];
    while (this.peek() === '|') {
      this.i++;
      options.push(this.alternative());
    }
    return options.length === 1 ? options[0]! : alternate(options);
  }

  /**
   * A sequence: exact runs are joined while they stay small; each other piece adds what it needs. A piece that an anchor
   * (\\b, WORD_START...) directly precedes, with no run before it, adds what it needs at a word start (headOf); `heads`
   * holds the same needs read as when the sequence itself begins at a word start (its first piece's head).
   */
  private alternative(): Info {
    const needed: Need[] = [];
    const heads: Need[] = [];
    let run: Info = EMPTY;
    /** The run (or the next piece, while the run is EMPTY) begins right after an anchor; or where the sequence begins. */
    let runAnchored = false;
    let runAtStart = true;
    let anchored = false;
    let atStart = true;
    const add = (info: Info, isAnchored: boolean, isAtStart: boolean) => {
      needed.push(isAnchored ? headOf(info) : needOf(info));
      heads.push(isAnchored || isAtStart ? headOf(info) : needOf(info));
    };
    while (this.i < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const next = this.term();
      if ('assert' in next) {
        needed.push(next.assert);
        heads.push(next.assert);
        if (next.anchor && run === EMPTY) anchored = true;
        continue;
      }
      if (run === EMPTY) {
        if (next.exact) {
          run = next;
          runAnchored = anchored;
          runAtStart = atStart;
        } else add(next, anchored, atStart);
      } else if (next.exact && run.exact!.size * next.exact.size <= MAX_EXACT) run = concat(run, next);
      else {
        add(run, runAnchored, runAtStart);
        if (next.exact) {
          run = next;
          runAnchored = false;
          runAtStart = false;
        } else {
          add(next, false, false);
          run = EMPTY;
        }
      }
      anchored = false;
      atStart = false;
    }
    if (needed.length === 0) return run;
    add(run, runAnchored, runAtStart);
    return { exact: null, need: all(needed), head: all(heads) };
  }

  private term(): Info | Assertion {
    const literal = this.literal();
    if (literal !== null) return literal;
    const atom = this.atom();
    QUANTIFIER.lastIndex = this.i;
    const quantifier = QUANTIFIER.exec(this.source);
    if (!quantifier) return atom;
    this.i += quantifier[0].length;
    if ('assert' in atom) return BOUNDARY;
    const [, sign, low, comma, high] = quantifier;
    const min = sign === '+' ? 1 : sign ? 0 : Number(low);
    const max = sign === '?' ? 1 : sign ? Infinity : comma === undefined ? min : high ? Number(high) : Infinity;
    return repeat(atom, min, max);
  }

  /**
   * A run of plain characters read at once ("whatsapp" in a class of 1,000 words): one string
   * instead of a set per character, which made reading a 15 KB class alternation take 10-35 ms.
   * The last character is left to atom() when a quantifier follows it ("numbers?").
   */
  private literal(): Info | null {
    LITERAL.lastIndex = this.i;
    const run = LITERAL.exec(this.source)?.[0];
    if (!run) return null;
    const next = this.source[this.i + run.length];
    const text = next === '?' || next === '*' || next === '+' || next === '{' ? run.slice(0, -1) : run;
    if (!text) return null;
    this.i += text.length;
    return exactInfo(new Set([text]));
  }

  private atom(): Info | Assertion {
    const c = this.source[this.i++]!;
    if (c === '^' || c === '$') return BOUNDARY;
    if (c === '.') return ANYTHING;
    if (c === '[') return this.characterClass();
    if (c === '(') {
      WORD_START_SHAPE.lastIndex = this.i - 1;
      const shape = WORD_START_SHAPE.exec(this.source);
      if (shape && refusesLetters(shape[2]!) && pastAscii(shape[1]!)) {
        this.i += shape[0].length - 1;
        return ANCHOR;
      }
      const same = alikeAt(this.source, this.i - 1);
      if (same) {
        this.i += same.body.length - 1;
        return new Reader(same.flat).read();
      }
      return this.group();
    }
    if (c === '\\') return this.escape();
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unreadable();
    return exactInfo(new Set([c]));
  }

  private group(): Info | Assertion {
    GROUP_HEAD.lastIndex = this.i;
    const head = GROUP_HEAD.exec(this.source)![0];
    this.i += head.length;
    if (head === '?') throw new Unreadable();
    const from = this.i;
    const inner = this.disjunction();
    if (this.source[this.i++] !== ')') throw new Unreadable();
    // A look-around matches no characters; what a positive one finds is in the text all the same.
    // "(?<![a-z0-9])": what follows begins at a word start.
    if (head === '?<!' && refusesLetters(this.source.slice(from, this.i - 1))) return ANCHOR;
    if (head === '?!' || head === '?<!') return BOUNDARY;
    return head === '?=' || head === '?<=' ? { assert: needOf(inner) } : inner;
  }

  private escape(): Info | Assertion {
    const c = this.source[this.i++];
    if (c === undefined) throw new Unreadable();
    if (c === 'b') return ANCHOR;
    if (c === 'B') return BOUNDARY;
    if (c === 'd') return unitsInfo(new Set(DIGITS));
    // Any white space is a space as the table reads it (see `word`).
    if (c === 's') return exactInfo(new Set([' ']));
    const unit = this.escapedUnit(c);
    return unit === null ? ANYTHING : exactInfo(new Set([unit]));
  }

  /** The one character an escape stands for, or null when it stands for many (\d, \s, \p{L}...). */
  private escapedUnit(c: string): string | null {
    if ('dDsSwWpPk'.includes(c) || /[1-9]/.test(c)) {
      if (c === 'p' || c === 'P' || c === 'k') throw new Unreadable();
      return null;
    }
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (controls[c]) return controls[c];
    if (c === 'x' || c === 'u') {
      const hex = /^[0-9a-fA-F]+/.exec(this.source.slice(this.i, this.i + (c === 'x' ? 2 : 4)))?.[0];
      if (!hex || hex.length !== (c === 'x' ? 2 : 4)) throw new Unreadable();
      this.i += hex.length;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (c === 'c') throw new Unreadable();
    return c;
  }

  private characterClass(): Info {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const units = new Set<string>();
    let many = negated;
    while (this.peek() !== ']') {
      if (this.i >= this.source.length) throw new Unreadable();
      if (this.source.startsWith('\\d', this.i)) {
        this.i += 2;
        for (const d of DIGITS) units.add(d);
        continue;
      }
      if (this.source.startsWith('\\s', this.i)) {
        this.i += 2;
        units.add(' ');
        continue;
      }
      const low = this.classUnit();
      if (this.peek() === '-' && this.source[this.i + 1] !== ']' && this.source[this.i + 1] !== undefined) {
        this.i++;
        const high = this.classUnit();
        if (low === null || high === null) throw new Unreadable();
        const span = high.charCodeAt(0) - low.charCodeAt(0);
        if (span < 0) throw new Unreadable();
        if (span >= MAX_UNITS) many = true;
        else for (let code = low.charCodeAt(0); code <= high.charCodeAt(0); code++) units.add(String.fromCharCode(code));
      } else if (low === null) many = true;
      else units.add(low);
    }
    this.i++;
    return many ? ANYTHING : unitsInfo(units);
  }

  /** One member of a class: a character, or null for a class escape (\d, \s, \w...). */
  private classUnit(): string | null {
    const c = this.source[this.i++]!;
    if (c !== '\\') return c;
    const e = this.source[this.i++];
    if (e === undefined) throw new Unreadable();
    if (e === 'b') return '\b';
    if (e === '-') return '-';
    return this.escapedUnit(e);
  }
}

/** A class of characters ("[a-z0-9\\u00c0-\\uffff]", not negated) that holds every letter a-z: a range over them, or \\w. */
function refusesLetters(inner: string): boolean {
  if (!/^\[(?!\^)(?:[^\]\\]|\\.)*\]$/.test(inner)) return false;
  let i = 1;
  /** One member's code, or -1 for a class escape (\\d, \\s...), or -2 for \\w. */
  const unit = (): number => {
    const c = inner[i++]!;
    if (c !== '\\') return c.charCodeAt(0);
    const e = inner[i++]!;
    if (e === 'u' || e === 'x') {
      const size = e === 'u' ? 4 : 2;
      const code = parseInt(inner.slice(i, i + size), 16);
      i += size;
      return Number.isNaN(code) ? -1 : code;
    }
    if (e === 'w') return -2;
    return /[dDsSWbBpPkc0-9]/.test(e) ? -1 : e.charCodeAt(0);
  };
  while (i < inner.length - 1) {
    const low = unit();
    if (low === -2) return true;
    if (inner[i] !== '-' || i + 1 >= inner.length - 1) continue;
    i++;
    const high = unit();
    if (low >= 0 && low <= 0x61 && high >= 0x7a) return true;
  }
  return false;
}

/** The ranges of a class written as \\u escapes ("\\u3040-\\u30ff\\u4e00-\\u9fff"), all past U+007F. */
function pastAscii(ranges: string): boolean {
  return ranges.split(/\\u|-/).every((hex) => hex === '' || parseInt(hex, 16) >= 0x80);
}

/**
 * Reading every pattern takes about 200 ms, too long for the first check of a long paste (the page
 * must never wait 50 ms). So each rule's step of a check (detectSteps) reads patterns, and compiles
 * what it read into a Test, for at most READ_BUDGET_MS and scans the rest unfiltered; later steps
 * read the others. Only which patterns are skipped changes, never a finding.
 */
const READ_BUDGET_MS = 3;
let budgetSpent = 0;

/** A rule's step of a check begins: it may read patterns for READ_BUDGET_MS again (detectSteps calls this). */
export function beginCheck(): void {
  budgetSpent = 0;
}

/** What any match of `pattern` must contain (true: nothing known). */
function needOfPattern(pattern: RegExp): Need {
  try {
    return /^[gmy]*$/.test(pattern.flags) ? needOf(new Reader(pattern.source).read()) : true;
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    return true;
  }
}

/**
 * The one-, two- and three-character pieces of the last few texts, as 131,072-bit tables. Each
 * filling of a table gets a new `stamp`, under which the patterns' tests keep their answers (see `answerFor`).
 */
interface Table {
  text: string;
  readonly bits: Uint32Array;
  stamp: number;
}
const tables: Table[] = [];
let lastStamp = 0;
const KEPT_TABLES = 4;
/** Shorter texts are scanned as fast as they are read into a table. */
const MIN_FILTERED_LENGTH = 400;

/** \\s: the units JavaScript reads as white space. */
function isSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function tableOf(text: string): Table {
  for (const t of tables) {
    if (t.text !== text) continue;
    // Keep the newest string object: the next comparisons are by reference, not by content.
    t.text = text;
    return t;
  }
  const bits = tables.length < KEPT_TABLES ? new Uint32Array(1 << (TABLE_BITS - 5)) : tables.pop()!.bits.fill(0);
  const set = (h: number) => (bits[h >>> 5]! |= 1 << (h & 31));
  // The text read with each run of white space as one space (see `word`): `k` units so far, the last three a, b, c,
  // and whether each of the last two began a word (a place after any unit but a-z, see startHash).
  let a = 0x10000;
  let b = 0x10000;
  let k = 0;
  let aStarts = false;
  let bStarts = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (k > 0 && b === 0x20) continue;
      c = 0x20;
    }
    set(hash(0x10000 + c, 0x10000, 0x10000));
    if (k > 0) set(hash(0x10000 + b, c, 0x10000));
    if (k > 1) set(hash(a, b, c));
    const starts = k === 0 || b < 0x61 || b > 0x7a;
    if (starts) set(startHash(c, NO_UNIT, NO_UNIT));
    if (bStarts) set(startHash(b, c, NO_UNIT));
    if (aStarts) set(startHash(a, b, c));
    a = b;
    b = c;
    aStarts = bStarts;
    bStarts = starts;
    k++;
  }
  const table = { text, bits, stamp: ++lastStamp };
  tables.unshift(table);
  return table;
}

/**
 * A Need compiled for speed: the words of an "any" are packed into one array ([count, piece...]
 * per word), and nothing is left to property lookups or callbacks. A check tests some 150 needs,
 * some a thousand words long; tested as a tree of objects they took 13-20% of a check.
 */
interface Test {
  /** Every piece of one word (kind 0); every part (1); one packed word or one part (2). */
  readonly kind: 0 | 1 | 2;
  readonly pieces: Uint32Array;
  readonly parts: readonly Test[];
  /** The stamp of the table `answer` was found in (0: none yet; see `answerFor`). */
  stamp: number;
  answer: boolean;
}
const NO_PIECES = new Uint32Array(0);

/** A word need's text, and whether it must be at a word start; null for a need of parts. */
function wordOf(need: Exclude<Need, true>): [text: string, atStart: boolean] | null {
  return 'word' in need ? [need.word, false] : 'start' in need ? [need.start, true] : null;
}

function compile(need: Exclude<Need, true>): Test {
  const single = wordOf(need);
  if (single) {
    const pieces = new Uint32Array(pieceCount(...single));
    writePieces(single[0], pieces, 0, single[1]);
    return { kind: 0, pieces, parts: [], stamp: 0, answer: false };
  }
  if ('all' in need) return { kind: 1, pieces: NO_PIECES, parts: need.all.map((n) => compile(n as Exclude<Need, true>)), stamp: 0, answer: false };
  // Sized first, then filled: one array per need, not one per word.
  let size = 0;
  const parts: Test[] = [];
  const options = (need as { readonly any: readonly Need[] }).any as Exclude<Need, true>[];
  for (const n of options) {
    const w = wordOf(n);
    if (w) size += 1 + pieceCount(...w);
    else parts.push(compile(n));
  }
  const pieces = new Uint32Array(size);
  let at = 0;
  for (const n of options) {
    const w = wordOf(n);
    if (!w) continue;
    const count = pieceCount(...w);
    pieces[at] = count;
    writePieces(w[0], pieces, at + 1, w[1]);
    at += 1 + count;
  }
  return { kind: 2, pieces, parts, stamp: 0, answer: false };
}

/**
 * Whether the table may hold what a pattern's `test` needs, kept for the table it was found in
 * (`stamp`): a text checked again (the same proposal, a field re-checked unchanged) asks every
 * pattern again, and walking their some 6,700 needs took about a millisecond of each such check.
 */
function answerFor(table: Table, test: Test): boolean {
  if (test.stamp !== table.stamp) {
    test.answer = passes(table.bits, test);
    test.stamp = table.stamp;
  }
  return test.answer;
}

function passes(bits: Uint32Array, test: Test): boolean {
  const { pieces, parts } = test;
  if (test.kind === 0) {
    for (let i = 0; i < pieces.length; i++) {
      const h = pieces[i]!;
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
  if (test.kind === 1) {
    for (let i = 0; i < parts.length; i++) if (!passes(bits, parts[i]!)) return false;
    return true;
  }
  for (let i = 0; i < pieces.length; ) {
    const end = i + 1 + pieces[i]!;
    let j = i + 1;
    for (; j < end; j++) {
      const h = pieces[j]!;
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) break;
    }
    if (j === end) return true;
    i = end;
  }
  for (let i = 0; i < parts.length; i++) if (passes(bits, parts[i]!)) return true;
  return false;
}

const tests = new WeakMap<RegExp, Test | true>();
/** Reads `pattern` and compiles what it needs, and remembers it (true: nothing known). */
function read(pattern: RegExp): Test | true {
  const need = needOfPattern(pattern);
  const test = need === true ? true : compile(need);
  tests.set(pattern, test);
  return test;
}
/** A pattern read and compiled, once (true: nothing known, or not read yet: the budget is spent). */
function testFor(pattern: RegExp): Test | true {
  let test = tests.get(pattern);
  if (test !== undefined) return test;
  if (budgetSpent >= READ_BUDGET_MS) return true;
  const t0 = performance.now();
  test = read(pattern);
  budgetSpent += performance.now() - t0;
  return test;
}

let readAhead = 0;
/** Some large pattern is not read yet (see readOneAhead). */
export function readAheadPending(): boolean {
  const list = patternsAhead();
  while (readAhead < list.length && tests.has(list[readAhead]!)) readAhead++;
  return readAhead < list.length;
}
/**
 * Reads one of the patterns registered to be compiled ahead (lib/detector/compile-first.ts: the
 * large ones) that no check has read yet, whatever the budget; false once all are read. The content
 * script calls it after a page's first check, a few at a time, so that the first long text (a paste)
 * does not read 10-20 KB patterns inside its own steps (up to 17 ms each).
 */
export function readOneAhead(): boolean {
  if (!readAheadPending()) return false;
  read(patternsAhead()[readAhead++]!);
  return readAheadPending();
}

/** Sees every answer mayMatch gives (tests check that a skipped pattern really finds nothing). */
export const probe: { seen: ((pattern: RegExp, text: string, answer: boolean) => void) | null } = { seen: null };

/** The last few texts asked about and whether each is stored two bytes per character (any unit past U+00FF). */
const wideness: { text: string; wide: boolean }[] = [];
function isWide(text: string): boolean {
  for (const w of wideness) {
    if (w.text !== text) continue;
    w.text = text; // the newest string object, as in tableOf
    return w.wide;
  }
  const wide = WIDE.test(text);
  if (wideness.unshift({ text, wide }) > KEPT_TABLES) wideness.pop();
  return wide;
}

/**
 * False only when `pattern` cannot match anywhere in `text`. A short one-byte text is scanned
 * unfiltered; a short two-byte one (Cyrillic, Devanagari, Arabic...) is filtered too: V8 compiles a
 * pattern apart for each kind of string, and on a page's first check of such text those
 * compilations, not the scans, are the cost (compile-first.ts), so a pattern that cannot match is
 * better not run at all. For the same reason a short one-byte text is filtered on a page whose
 * first text was two-byte, until one-byte text is checked there (the windows cut around a match
 * in Russian text, " " or "jo@gmail.com", are one-byte).
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  if (text.length < MIN_FILTERED_LENGTH && !isWide(text) && !oneByteCold()) return true;
  const test = testFor(pattern);
  const answer = test === true || answerFor(tableOf(text), test);
  probe.seen?.(pattern, text, answer);
  return answer;
}

/** `pattern.test(text)`, skipped when the prefilter knows it cannot match (for the small windows rules read around a match). */
export function mayTest(pattern: RegExp, text: string): boolean {
  if (mayMatch(pattern, text)) return pattern.test(text);
  // As a test that found nothing leaves it.
  if (pattern.global || pattern.sticky) pattern.lastIndex = 0;
  return false;
}

/**
 * Whether `pattern` may match `text`, reading the pattern now whatever the step's budget (for
 * compile-first.ts, which asks one pattern per step). Any length of text is filtered.
 */
export function mayMatchRead(pattern: RegExp, text: string): boolean {
  const test = tests.get(pattern) ?? read(pattern);
  const answer = test === true || answerFor(tableOf(text), test);
  probe.seen?.(pattern, text, answer);
  return answer;
}

/** The words a pattern requires, for tests and for reading ("true" when none is known). */
export function describeNeed(pattern: RegExp): unknown {
  const show = (n: Need): unknown =>
    n === true ? true : 'word' in n ? n.word : 'start' in n ? { start: n.start } : 'all' in n ? { all: n.all.map(show) } : { any: n.any.map(show) };
  // Read now, whatever the budget: a later check finds it read.
  if (!tests.has(pattern)) read(pattern);
  return show(needOfPattern(pattern));
}
