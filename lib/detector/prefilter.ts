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

/** What a match must contain: nothing known, one word, all of some constraints, or one of them. */
type Need = true | { readonly word: string } | { readonly all: readonly Need[] } | { readonly any: readonly Need[] };

/** What a piece of a pattern can match: a few exact strings when it is that small, else a Need. */
interface Info {
  readonly exact: ReadonlySet<string> | null;
  readonly need: Need;
}

const ANYTHING: Info = { exact: null, need: true };
const EMPTY: Info = { exact: new Set(['']), need: true };
/** Exact sets grow by cross products; past this size they become a Need. */
const MAX_EXACT = 16;
/** A class of up to this many characters is exact ("[s5$]"); of up to MAX_UNITS, one of them is needed. */
const MAX_CLASS = 4;
const MAX_UNITS = 64;
const DIGITS = '0123456789';

function unitsInfo(units: ReadonlySet<string>): Info {
  if (units.size === 0 || units.size > MAX_UNITS) return ANYTHING;
  if (units.size <= MAX_CLASS) return { exact: units, need: true };
  return { exact: null, need: any([...units].map(word)) };
}

/** A look-around, \\b, ^ or $: matches no characters, but a positive look-around needs its words. */
interface Assertion {
  readonly assert: Need;
}
const BOUNDARY: Assertion = { assert: true };

class Unreadable extends Error {}

const TABLE_BITS = 17;
/** Three UTF-16 units hashed to TABLE_BITS bits. */
function hash(a: number, b: number, c: number): number {
  return Math.imul(a * 961 + b * 31 + c, 0x9e3779b1) >>> (32 - TABLE_BITS);
}
/** One or two units, hashed apart from the three-letter pieces. */
function shortHash(text: string): number {
  return hash(0x10000 + text.charCodeAt(0), text.length === 2 ? text.charCodeAt(1) : 0x10000, 0x10000);
}

/** A word the text must hold (its pieces are hashed when the need is compiled, see `compile`). */
function word(text: string): Need {
  return text.length === 0 ? true : { word: text };
}

/** How many pieces the table must hold for a word: its three-letter pieces, or the word itself when shorter. */
function pieceCount(text: string): number {
  return text.length < 3 ? 1 : text.length - 2;
}

/** Writes a word's pieces into `out` from `at` (a repeated piece is tested twice: cheaper than a set per word). */
function writePieces(text: string, out: Uint32Array, at: number): void {
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
    return { exact: out, need: true };
  }
  return { exact: null, need: all([needOf(a), needOf(b)]) };
}

function alternate(options: readonly Info[]): Info {
  if (options.every((o) => o.exact)) {
    const out = new Set<string>();
    for (const o of options) for (const s of o.exact!) out.add(s);
    if (out.size <= MAX_EXACT) return { exact: out, need: true };
  }
  return { exact: null, need: any(options.map(needOf)) };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 0) return max === 1 && info.exact ? { exact: new Set([...info.exact, '']), need: true } : ANYTHING;
  if (min === 1 && max === 1) return info;
  if (info.exact && min === max && info.exact.size ** min <= MAX_EXACT) {
    let out: Info = info;
    for (let i = 1; i < min; i++) out = concat(out, info);
    return out;
  }
  // At least one copy is in every match; what follows it is not known exactly.
  return { exact: null, need: needOf(info) };
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

  /** A sequence: exact runs are joined while they stay small; each other piece adds what it needs. */
  private alternative(): Info {
    const needed: Need[] = [];
    let run: Info = EMPTY;
    while (this.i < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const next = this.term();
      if ('assert' in next) {
        needed.push(next.assert);
        continue;
      }
      if (next.exact && run.exact!.size * next.exact.size <= MAX_EXACT) run = concat(run, next);
      else {
        needed.push(needOf(run));
        if (next.exact) run = next;
        else {
          needed.push(next.need);
          run = EMPTY;
        }
      }
    }
    if (needed.length === 0) return run;
    return { exact: null, need: all([...needed, needOf(run)]) };
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
    return { exact: new Set([text]), need: true };
  }

  private atom(): Info | Assertion {
    const c = this.source[this.i++]!;
    if (c === '^' || c === '$') return BOUNDARY;
    if (c === '.') return ANYTHING;
    if (c === '[') return this.characterClass();
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unreadable();
    return { exact: new Set([c]), need: true };
  }

  private group(): Info | Assertion {
    GROUP_HEAD.lastIndex = this.i;
    const head = GROUP_HEAD.exec(this.source)![0];
    this.i += head.length;
    if (head === '?') throw new Unreadable();
    const inner = this.disjunction();
    if (this.source[this.i++] !== ')') throw new Unreadable();
    // A look-around matches no characters; what a positive one finds is in the text all the same.
    if (head === '?!' || head === '?<!') return BOUNDARY;
    return head === '?=' || head === '?<=' ? { assert: needOf(inner) } : inner;
  }

  private escape(): Info | Assertion {
    const c = this.source[this.i++];
    if (c === undefined) throw new Unreadable();
    if (c === 'b' || c === 'B') return BOUNDARY;
    if (c === 'd') return unitsInfo(new Set(DIGITS));
    const unit = this.escapedUnit(c);
    return unit === null ? ANYTHING : { exact: new Set([unit]), need: true };
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

function tableOf(text: string): Table {
  for (const t of tables) {
    if (t.text !== text) continue;
    // Keep the newest string object: the next comparisons are by reference, not by content.
    t.text = text;
    return t;
  }
  const bits = tables.length < KEPT_TABLES ? new Uint32Array(1 << (TABLE_BITS - 5)) : tables.pop()!.bits.fill(0);
  const set = (h: number) => (bits[h >>> 5]! |= 1 << (h & 31));
  let a = 0x10000;
  let b = 0x10000;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    set(hash(0x10000 + c, 0x10000, 0x10000));
    if (i > 0) set(hash(0x10000 + b, c, 0x10000));
    if (i > 1) set(hash(a, b, c));
    a = b;
    b = c;
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

function compile(need: Exclude<Need, true>): Test {
  if ('word' in need) {
    const pieces = new Uint32Array(pieceCount(need.word));
    writePieces(need.word, pieces, 0);
    return { kind: 0, pieces, parts: [], stamp: 0, answer: false };
  }
  if ('all' in need) return { kind: 1, pieces: NO_PIECES, parts: need.all.map((n) => compile(n as Exclude<Need, true>)), stamp: 0, answer: false };
  // Sized first, then filled: one array per need, not one per word.
  let size = 0;
  const parts: Test[] = [];
  for (const n of need.any as Exclude<Need, true>[]) {
    if ('word' in n) size += 1 + pieceCount(n.word);
    else parts.push(compile(n));
  }
  const pieces = new Uint32Array(size);
  let at = 0;
  for (const n of need.any as Exclude<Need, true>[]) {
    if (!('word' in n)) continue;
    const count = pieceCount(n.word);
    pieces[at] = count;
    writePieces(n.word, pieces, at + 1);
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
  const show = (n: Need): unknown => (n === true ? true : 'word' in n ? n.word : 'all' in n ? { all: n.all.map(show) } : { any: n.any.map(show) });
  // Read now, whatever the budget: a later check finds it read.
  if (!tests.has(pattern)) read(pattern);
  return show(needOfPattern(pattern));
}
