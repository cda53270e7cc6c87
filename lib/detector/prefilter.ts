/**
 * A cheap test that a pattern cannot match a text, run before the pattern itself, and a cheaper
 * way to find where it matches.
 *
 * A check runs some 330 global patterns over the text, and on an ordinary proposal about 310 of
 * them find nothing. Each still scans the whole text, and together they run megabytes of regexp
 * machine code per check, far more than the processor's caches hold. So each pattern is read once
 * (lazily, on first use) for the words any match of it must contain: "whats\w{0,24}" needs
 * "whats", a class of channels needs one of its names. The text is read once into a table of the
 * one-, two- and three-character pieces it holds; a pattern runs only when its required words have
 * all their pieces in the table (texts under 400 characters are scanned unfiltered). A word the
 * table says is present may be absent (the pattern then runs and finds nothing); a word it says is
 * absent is absent, so a skipped pattern could never have matched.
 *
 * The same reading finds how a pattern's matches begin. When every match starts a word (after \b
 * or a look-behind for a letter) with one of a few known heads of up to four characters ("you ",
 * "what", "pay "), the pattern is "gated": the text is read once for the places where a word starts
 * with the heads of every gated pattern, and each is tried there alone, as a sticky twin, instead
 * of scanning every position. On a busy page, where V8 compiles our patterns without its
 * optimisations, that makes a check about a third faster (`npm run bench`). Only where a pattern
 * is tried changes, never what it finds. tests/unit/prefilter.test.ts checks both on every corpus
 * text for every pattern.
 *
 * The reading is conservative: whatever it does not understand (a class of many characters, a
 * back-reference, a flag other than g, m or y) puts no constraint on the text and gates nothing.
 * It is hand-written rather than built on regjsparser because that parser adds 10.7 KB gzipped to
 * the content script.
 */

/** What a match must contain: nothing known, one word, all of some constraints, or one of them. */
type Need = true | { readonly word: string; readonly pieces: Uint32Array } | { readonly all: readonly Need[] } | { readonly any: readonly Need[] };

/**
 * What a piece of a pattern can match: a few exact strings when it is that small, else a Need; and
 * how its matches can start (see `Start`).
 */
interface Info extends Start {
  readonly exact: ReadonlySet<string> | null;
  readonly need: Need;
}

/**
 * How a piece's matches begin. `heads`: one- or two-character beginnings, one of which starts every
 * non-empty match (a one-character head says nothing of the character after it); null when not
 * known. `nullable`: it may match nothing. `anchored`: every non-empty match starts where a word
 * starts (see `looseStarts`).
 */
interface Start {
  readonly heads: ReadonlySet<string> | null;
  readonly nullable: boolean;
  readonly anchored: boolean;
}

/** Any one character. */
const ANY_UNIT: Info = { exact: null, need: true, heads: null, nullable: false, anchored: false };
const EMPTY: Info = exactInfo(new Set(['']));
/** Exact sets grow by cross products; past this size they become a Need. */
const MAX_EXACT = 16;
/** A class of up to this many characters is exact ("[s5$]"); of up to MAX_UNITS, one of them is needed. */
const MAX_CLASS = 4;
const MAX_UNITS = 64;
const DIGITS = '0123456789';
/** What \s matches. */
const SPACES = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Past this many heads, only their first characters are kept. */
const MAX_HEADS = 1024;
/** Heads are up to this long. */
const HEAD = 4;

function exactInfo(exact: ReadonlySet<string>): Info {
  const heads = new Set<string>();
  for (const s of exact) if (s.length > 0) heads.add(fold(s.slice(0, HEAD)));
  return { exact, need: true, heads, nullable: exact.has(''), anchored: false };
}

/** Heads fold every space to " " (so do the places in the text they are compared with). */
const SPACE_RUN = new RegExp(`[${SPACES}]`, 'g');
const fold = (head: string) => head.replace(SPACE_RUN, ' ');

/** Too many heads are cut shorter (fewer, and each says less) until few enough remain. */
function capHeads(heads: Set<string> | null): Set<string> | null {
  for (let length = HEAD - 1; heads && heads.size > MAX_HEADS; length--) {
    if (length === 0) return null;
    heads = new Set([...heads].map((h) => h.slice(0, length)));
  }
  return heads;
}

function unitsInfo(units: ReadonlySet<string>): Info {
  if (units.size === 0 || units.size > MAX_UNITS) return ANY_UNIT;
  if (units.size <= MAX_CLASS) return exactInfo(units);
  return { exact: null, need: any([...units].map(word)), heads: new Set([...units].map(fold)), nullable: false, anchored: false };
}

/** How `a` then `b` can start. */
function follow(a: Info, b: Start): Start {
  let heads: Set<string> | null = new Set();
  if (a.exact) {
    for (const x of a.exact) {
      if (x.length >= HEAD) heads.add(fold(x.slice(0, HEAD)));
      else if (x.length > 0) {
        // A head is made longer by what follows only while that does not multiply it too much.
        if (!b.heads || b.nullable || a.exact.size * b.heads.size > MAX_HEADS) heads.add(fold(x));
        else for (const h of b.heads) heads.add(fold(x + h).slice(0, HEAD));
      } else if (!b.heads) {
        heads = null;
        break;
      } else for (const h of b.heads) heads.add(h);
    }
  } else if (!a.heads || (a.nullable && !b.heads)) heads = null;
  else {
    for (const h of a.heads) heads.add(h);
    if (a.nullable) for (const h of b.heads!) heads.add(h);
  }
  return { heads: capHeads(heads), nullable: a.nullable && b.nullable, anchored: a.anchored && (!a.nullable || b.anchored) };
}

/**
 * A look-around, \b, ^ or $: matches no characters, but a positive look-around needs its words.
 * `word`: a \b ("b"), or a negative look-behind for a class holding a-z ("start").
 */
interface Assertion {
  readonly assert: Need;
  readonly word?: 'b' | 'start';
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

/** A word as the pieces the table must hold: its three-letter pieces, or the word itself when shorter. */
function word(text: string): Need {
  if (text.length === 0) return true;
  const hashes = new Set<number>();
  if (text.length < 3) hashes.add(shortHash(text));
  for (let i = 0; i + 2 < text.length; i++) hashes.add(hash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)));
  return { word: text, pieces: Uint32Array.from(hashes) };
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
  return { exact: null, need: all([needOf(a), needOf(b)]), ...follow(a, b) };
}

function alternate(options: readonly Info[]): Info {
  if (options.every((o) => o.exact)) {
    const out = new Set<string>();
    for (const o of options) for (const s of o.exact!) out.add(s);
    if (out.size <= MAX_EXACT) return exactInfo(out);
  }
  let heads: Set<string> | null = new Set();
  for (const o of options) {
    if (!o.heads) {
      heads = null;
      break;
    }
    for (const h of o.heads) heads.add(h);
  }
  const start = { heads: capHeads(heads), nullable: options.some((o) => o.nullable), anchored: options.every((o) => o.anchored) };
  return { exact: null, need: any(options.map(needOf)), ...start };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 0 && max === 1 && info.exact) return exactInfo(new Set([...info.exact, '']));
  if (min === 0) return { exact: null, need: true, heads: info.heads, nullable: true, anchored: info.anchored };
  if (min === 1 && max === 1) return info;
  if (info.exact && min === max && info.exact.size ** min <= MAX_EXACT) {
    let out: Info = info;
    for (let i = 1; i < min; i++) out = concat(out, info);
    return out;
  }
  // At least one copy is in every match; what follows it is not known exactly.
  return { exact: null, need: needOf(info), heads: info.heads, nullable: info.nullable, anchored: info.anchored };
}

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
    // How the sequence starts: the terms read so far, and a word edge asserted before the first.
    const terms: Info[] = [];
    let lead: Assertion['word'];
    while (this.i < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const next = this.term();
      if ('assert' in next) {
        needed.push(next.assert);
        if (terms.length === 0) lead ??= next.word;
        continue;
      }
      terms.push(next);
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
    let start: Start = EMPTY;
    for (let k = terms.length - 1; k >= 0; k--) start = follow(terms[k]!, start);
    // After a \b, a match starting with a word character starts a word.
    const wordHeads = start.heads !== null && [...start.heads].every((h) => /\w/.test(h[0]!));
    const anchored = start.anchored || lead === 'start' || (lead === 'b' && wordHeads);
    // Only exact parts, joined into one run (no look-around): the run says it all.
    if (needed.length === 0) return run;
    return { exact: null, need: all([...needed, needOf(run)]), ...start, anchored };
  }

  private term(): Info | Assertion {
    const atom = this.atom();
    const quantifier = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(this.source.slice(this.i, this.i + 16));
    if (!quantifier) return atom;
    this.i += quantifier[0].length;
    if ('assert' in atom) return BOUNDARY;
    const [, sign, low, comma, high] = quantifier;
    const min = sign === '+' ? 1 : sign ? 0 : Number(low);
    const max = sign === '?' ? 1 : sign ? Infinity : comma === undefined ? min : high ? Number(high) : Infinity;
    return repeat(atom, min, max);
  }

  private atom(): Info | Assertion {
    const c = this.source[this.i++]!;
    if (c === '^' || c === '$') return BOUNDARY;
    if (c === '.') return ANY_UNIT;
    if (c === '[') return this.characterClass();
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unreadable();
    return exactInfo(new Set([c]));
  }

  private group(): Info | Assertion {
    const head = /^(?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)?)?/.exec(this.source.slice(this.i, this.i + 40))![0];
    this.i += head.length;
    if (head === '?') throw new Unreadable();
    const from = this.i;
    const inner = this.disjunction();
    if (this.source[this.i++] !== ')') throw new Unreadable();
    // A look-around matches no characters; what a positive one finds is in the text all the same.
    if (head === '?<!' && /^\[(?!\^)[^\]]*a-z[^\]]*\]$/.test(this.source.slice(from, this.i - 1))) return { assert: true, word: 'start' };
    if (head === '?!' || head === '?<!') return BOUNDARY;
    return head === '?=' || head === '?<=' ? { assert: needOf(inner) } : inner;
  }

  private escape(): Info | Assertion {
    const c = this.source[this.i++];
    if (c === undefined) throw new Unreadable();
    if (c === 'b') return { assert: true, word: 'b' };
    if (c === 'B') return BOUNDARY;
    if (c === 'd') return unitsInfo(new Set(DIGITS));
    if (c === 's') return unitsInfo(new Set(SPACES));
    const unit = this.escapedUnit(c);
    return unit === null ? ANY_UNIT : exactInfo(new Set([unit]));
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
      if (this.source.startsWith('\\d', this.i) || this.source.startsWith('\\s', this.i)) {
        for (const d of this.source[this.i + 1] === 'd' ? DIGITS : SPACES) units.add(d);
        this.i += 2;
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
    return many ? ANY_UNIT : unitsInfo(units);
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

const needs = new WeakMap<RegExp, Need>();
/** Where a global pattern can start, for patterns whose every match starts a word (else null). */
const gates = new WeakMap<RegExp, Gate | null>();

/**
 * A pattern whose matches all start a word with one of a few heads is not scanned across the text:
 * its sticky twin is tried only where a word starts with one of them. Each gate's heads are hashed
 * into `slotGates` (a collision only adds a place to try).
 */
interface Gate {
  readonly id: number;
  readonly sticky: RegExp;
}
const gateList: Gate[] = [];
/** For each hashed head, the gates with that head. */
const slotGates: (number[] | undefined)[] = [];

const GATE_BITS = 16;
const MAX_SHORT_HEADS = 4;
/** The hash of a head one character longer than the head hashed to `h`. */
const extend = (h: number, c: number) => Math.imul(h ^ c, 0x01000193) ^ (h >>> 15);
const HASH_SEED = 0x811c9dc5;
const SPACE_UNITS = new Set([...SPACES].map((c) => c.charCodeAt(0)));
const isSpace = (c: number) => c === 0x20 || (c < 0x21 ? c >= 9 && c <= 13 : c >= 0xa0 && SPACE_UNITS.has(c));
const slot = (h: number) => h >>> (32 - GATE_BITS);

function gateOf(pattern: RegExp, start: Start): Gate | null {
  if (!pattern.global || pattern.sticky || start.nullable || !start.anchored || !start.heads) return null;
  // Heads of one character match too many places: the pattern's own scan is faster then.
  if ([...start.heads].filter((h) => h.length === 1).length > MAX_SHORT_HEADS) return null;
  const gate = { id: gateList.length, sticky: new RegExp(pattern.source, pattern.flags.replace('g', 'y')) };
  gateList.push(gate);
  for (const head of start.heads) {
    let h = HASH_SEED;
    for (let i = 0; i < head.length; i++) h = extend(h, head.charCodeAt(i));
    const list = (slotGates[slot(h)] ??= []);
    if (list[list.length - 1] !== gate.id) list.push(gate.id);
  }
  return gate;
}

/**
 * Reading every pattern takes about 200 ms, too long for the first check of a long paste (the page
 * must never wait 50 ms). So a check reads patterns for at most READ_BUDGET_MS and scans the rest
 * unfiltered; later checks read the others. Only which patterns are skipped changes, never a finding.
 */
const READ_BUDGET_MS = 3;
let budgetSpent = 0;

/** A new check begins: it may read patterns for READ_BUDGET_MS again. */
export function beginCheck(): void {
  budgetSpent = 0;
  placesRead = false;
}

/** What any match of `pattern` must contain (true: nothing known, or not read yet). Read once per pattern. */
function needFor(pattern: RegExp): Need {
  let need = needs.get(pattern);
  if (need !== undefined) return need;
  if (budgetSpent >= READ_BUDGET_MS) return true;
  const t0 = performance.now();
  let gate: Gate | null = null;
  try {
    if (/^[gmy]*$/.test(pattern.flags)) {
      const info = new Reader(pattern.source).read();
      need = needOf(info);
      gate = gateOf(pattern, info);
    } else need = true;
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    need = true;
  }
  budgetSpent += performance.now() - t0;
  needs.set(pattern, need);
  gates.set(pattern, gate);
  return need;
}

/** The one-, two- and three-character pieces of the last few texts, as 131,072-bit tables. */
const tables: { text: string; bits: Uint32Array }[] = [];
const KEPT_TABLES = 4;
/** Shorter texts are scanned as fast as they are read into a table. */
const MIN_FILTERED_LENGTH = 400;

function tableOf(text: string): Uint32Array {
  for (const t of tables) if (t.text === text) return t.bits;
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
  tables.unshift({ text, bits });
  return bits;
}

/**
 * A Need compiled for speed: the words of an "any" are packed into one array ([count, piece...]
 * per word), and nothing is left to property lookups or callbacks. A check tests some 150 needs,
 * some of them a thousand words long.
 */
interface Test {
  /** Every piece of one word (kind 0); every part (1); one packed word or one part (2). */
  readonly kind: 0 | 1 | 2;
  readonly pieces: Uint32Array;
  readonly parts: readonly Test[];
}
const NO_PIECES = new Uint32Array(0);

function compile(need: Exclude<Need, true>): Test {
  if ('word' in need) return { kind: 0, pieces: need.pieces, parts: [] };
  if ('all' in need) return { kind: 1, pieces: NO_PIECES, parts: need.all.map((n) => compile(n as Exclude<Need, true>)) };
  const packed: number[] = [];
  const parts: Test[] = [];
  for (const n of need.any as Exclude<Need, true>[]) {
    if ('word' in n) packed.push(n.pieces.length, ...n.pieces);
    else parts.push(compile(n));
  }
  return { kind: 2, pieces: Uint32Array.from(packed), parts };
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

/** Sees every answer mayMatch gives (tests check that a skipped pattern really finds nothing). */
export const probe: {
  seen: ((pattern: RegExp, text: string, answer: boolean) => void) | null;
  /** Sees every pattern tried only at its places (tests check it finds what its scan finds). */
  gated: ((pattern: RegExp, text: string) => void) | null;
} = { seen: null, gated: null };

const tests = new WeakMap<RegExp, Test>();
function testOf(pattern: RegExp, need: Exclude<Need, true>): Test {
  let test = tests.get(pattern);
  if (!test) tests.set(pattern, (test = compile(need)));
  return test;
}

/** False only when `pattern` cannot match anywhere in `text`. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  if (text.length < MIN_FILTERED_LENGTH) return true;
  const need = needFor(pattern);
  const answer = need === true || passes(tableOf(text), testOf(pattern, need));
  probe.seen?.(pattern, text, answer);
  return answer;
}

/**
 * Where the gated patterns can start in the last few texts: for each gate known when the text was
 * first read, the places where a word starts (the previous character is not a-z) with one of its
 * heads, in order.
 */
interface Starts {
  readonly text: string;
  readonly places: readonly (readonly number[])[];
}
const startsKept: Starts[] = [];

/** Whether this check has read a text for places already (it does so at most once). */
let placesRead = false;

function startsOf(text: string): Starts {
  const kept = startsKept.findIndex((s) => s.text === text);
  // A text read before some gates were made is read again, once per check.
  if (kept >= 0 && (startsKept[kept]!.places.length === gateList.length || placesRead)) return startsKept[kept]!;
  if (kept >= 0) startsKept.splice(kept, 1);
  placesRead = true;
  const places: number[][] = gateList.map(() => []);
  for (let i = 0, previous = 0x20; i < text.length; i++) {
    const word = previous < 0x61 || previous > 0x7a;
    previous = text.charCodeAt(i);
    if (!word) continue;
    let h = HASH_SEED;
    for (let n = 0; n < HEAD && i + n < text.length; n++) {
      const c = text.charCodeAt(i + n);
      h = extend(h, isSpace(c) ? 0x20 : c);
      const gates = slotGates[slot(h)];
      if (!gates) continue;
      for (const g of gates) {
        const list = places[g]!;
        if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }
  const s = { text, places };
  startsKept.unshift(s);
  if (startsKept.length > KEPT_TABLES) startsKept.pop();
  return s;
}

/** Texts shorter than this are scanned: finding where words start would cost more than it saves. */
let minGatedLength = 200;

/** For benchmarks: gated patterns scan the whole text again (false) or not (true). */
export function setGating(on: boolean): void {
  minGatedLength = on ? 200 : Infinity;
}

/**
 * Every match of a global `pattern` in `text`, as its own exec loop would find them (a zero-length
 * match moves on by one). A pattern the prefilter rules out is not run; a gated one is tried only
 * where a match can start.
 */
export function* findAll(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  if (!mayMatch(pattern, text)) return;
  const gate = text.length >= minGatedLength ? gates.get(pattern) : undefined;
  // A gate made after the text was first read has no places in it: the pattern scans it.
  const places = gate ? startsOf(text).places[gate.id] : undefined;
  if (!gate || !places) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      yield m;
    }
    return;
  }
  probe.gated?.(pattern, text);
  const { sticky } = gate;
  let from = 0;
  for (const at of places) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    from = m.index + Math.max(1, m[0].length);
    yield m;
  }
}

/** How a pattern's matches begin, for tests: its heads (sorted), whether each starts a word, whether it is gated. */
export function describeStart(pattern: RegExp): { heads: string[] | null; anchored: boolean; nullable: boolean; gated: boolean } {
  const info = new Reader(pattern.source).read();
  describeNeed(pattern);
  return { heads: info.heads && [...info.heads].sort(), anchored: info.anchored, nullable: info.nullable, gated: Boolean(gates.get(pattern)) };
}

/** The words a pattern requires, for tests and for reading ("true" when none is known). */
export function describeNeed(pattern: RegExp): unknown {
  const show = (n: Need): unknown => (n === true ? true : 'word' in n ? n.word : 'all' in n ? { all: n.all.map(show) } : { any: n.any.map(show) });
  budgetSpent = 0;
  return show(needFor(pattern));
}
