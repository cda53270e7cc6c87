/**
 * The memory behind the repeated-cover-letter warning: a similarity fingerprint
 * of each cover letter the person sent, never its text. Pure: no DOM, no
 * storage, no clock, no randomness (the adapter passes the salt and the time).
 *
 * Fingerprint: b-bit MinHash over word shingles. The letter is prepared like
 * every check (lib/detector/prepare.ts: lower case, folded look-alikes), cut
 * into words, and every run of SHINGLE_WORDS words is hashed with a keyed
 * 32-bit hash (the key is a random salt made once per install). For each of
 * SIGNATURE_SIZE independent permutations the smallest hash over all shingles
 * is taken, and only its lowest BITS bits are kept: one byte per permutation.
 * Two letters agree in a byte with probability J + (1 - J) / 2^BITS, where J
 * is the Jaccard similarity of their shingle sets, so `similarity` inverts
 * that. A lightly edited copy keeps most shingles (J near 1); a letter
 * tailored to the job shares only a paragraph or two (J well under 0.5).
 *
 * Why the text cannot be read back out of what is stored:
 * - Nothing word-sized is stored: no shingle, no per-word hash, no count.
 * - A stored byte is 8 bits of the minimum of a permutation over all shingles.
 *   Whoever also reads the salt (it is stored beside the prints) can hash a
 *   guessed phrase and compare, but a guess matches any one of the 256 bytes by
 *   chance with probability 1/256, so a wrong guess matches about one byte on
 *   average, and a right one (a shingle that is the minimum of ~256/n
 *   permutations, n = the number of shingles, usually under one) matches about
 *   as many. The high bits that would tell "this guess is the minimum" from
 *   "this guess is larger than the minimum" are thrown away, so a dictionary
 *   run over common phrases, names or email addresses learns nothing useful.
 * - The salt makes fingerprints of the same letter differ between installs:
 *   no precomputed table works, and prints cannot be matched across people.
 *   "Forget everything" removes the salt with the prints.
 * - Letters shorter than MIN_SHINGLES shingles are neither stored nor compared:
 *   a few words carry too little to judge, and would be the easiest to guess.
 */
import { prepare } from './detector/prepare';

/** Words per shingle: three-word runs keep word order, so a reshuffled bag of skills is not "the same". */
export const SHINGLE_WORDS = 3;
/** Permutations, one byte each. 256 gives a standard error of about 0.03 around J = 0.8. */
export const SIGNATURE_SIZE = 256;
/** Bits kept of each permutation's minimum (b-bit MinHash). */
export const BITS = 8;
/** A letter needs this many shingles (about 20 words) to be remembered or compared. */
export const MIN_SHINGLES = 18;
/** Prints kept at most; the oldest go first. */
export const MAX_PRINTS = 200;
/** The storage key; the options page's "forget everything" removes it. */
export const PRINTS_KEY = 'coverLetterPrints';
export const STORE_VERSION = 1;

const DAY_MS = 86_400_000;
const CHANCE = 1 / 2 ** BITS;

/** One sent letter: when (ms since 1970) and its fingerprint (base64 of SIGNATURE_SIZE bytes). */
export interface SentPrint {
  at: number;
  sig: string;
}

/** What is kept in browser.storage.local under PRINTS_KEY. */
export interface PrintStore {
  v: typeof STORE_VERSION;
  /** Base64 of 16 random bytes, made once per install (the adapter makes it). */
  salt: string;
  prints: SentPrint[];
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that mixes every bit into every other. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One MurmurHash3 round: folds a 32-bit block into the running hash. */
function mixIn(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function hashWord(word: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < word.length; i++) h = mixIn(h, word.charCodeAt(i));
  return fmix(h ^ word.length);
}

function saltWords(salt: string): number[] {
  const bytes = fromBase64(salt);
  const words: number[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) words.push((bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) >>> 0);
  if (words.length === 0) throw new Error('cover-letter salt must be at least 4 bytes of base64');
  return words;
}

/** Per-salt keys: the word seed and one key per permutation. Cached: a field asks on every check. */
let keyCache: { salt: string; seed: number; keys: Uint32Array } | null = null;
function keysFor(salt: string): { seed: number; keys: Uint32Array } {
  if (keyCache?.salt === salt) return keyCache;
  const words = saltWords(salt);
  let state = 0;
  for (const w of words) state = mixIn(state, w);
  const seed = fmix(state ^ 0x5bd1e995);
  const keys = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) keys[i] = fmix(mixIn(state, i + 1) ^ words[i % words.length]!);
  keyCache = { salt, seed, keys };
  return keyCache;
}

/** The words of a prepared text (lib/detector/prepare.ts: lower case, folded), in order. */
export function wordsOf(preparedText: string): string[] {
  return preparedText.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** The keyed hashes of a letter's distinct shingles. */
function shingleHashes(preparedText: string, salt: string): Uint32Array {
  const { seed } = keysFor(salt);
  const words = wordsOf(preparedText).map((w) => hashWord(w, seed));
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = seed;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = mixIn(h, words[i + k]!);
    seen.add(fmix(h ^ SHINGLE_WORDS));
  }
  return Uint32Array.from(seen);
}

/**
 * The fingerprint of a letter (base64 of SIGNATURE_SIZE bytes), or null when it
 * is too short to judge. `salt` is the install's salt (PrintStore.salt).
 */
export function fingerprint(text: string, salt: string): string | null {
  return fingerprintPrepared(prepare(text).text, salt);
}

/** The same, for a text already prepared (a rule's view). */
export function fingerprintPrepared(preparedText: string, salt: string): string | null {
  const shingles = shingleHashes(preparedText, salt);
  if (shingles.length < MIN_SHINGLES) return null;
  const { keys } = keysFor(salt);
  const sig = new Uint8Array(SIGNATURE_SIZE);
  for (let p = 0; p < SIGNATURE_SIZE; p++) {
    const key = keys[p]!;
    let min = 0xffffffff;
    for (let s = 0; s < shingles.length; s++) {
      const v = fmix(shingles[s]! ^ key);
      if (v < min) min = v;
    }
    sig[p] = min & ((1 << BITS) - 1);
  }
  return toBase64(sig);
}

/** Estimated Jaccard similarity (0..1) of the letters behind two fingerprints. */
export function similarity(a: string, b: string): number {
  return similarityOf(fromBase64(a), fromBase64(b));
}

function similarityOf(x: Uint8Array, y: Uint8Array): number {
  if (x.length !== SIGNATURE_SIZE || y.length !== SIGNATURE_SIZE) return 0;
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (x[i] === y[i]) same++;
  return Math.min(1, Math.max(0, (same / SIGNATURE_SIZE - CHANCE) / (1 - CHANCE)));
}

/** Stored prints decoded once: every check of a letter compares it with all of them again. */
const DECODED = new Map<string, Uint8Array>();
function decoded(sig: string): Uint8Array {
  let bytes = DECODED.get(sig);
  if (!bytes) {
    if (DECODED.size >= 2 * MAX_PRINTS) DECODED.clear();
    bytes = fromBase64(sig);
    DECODED.set(sig, bytes);
  }
  return bytes;
}

/** Letters sent within retention that are about the same as `sig`. */
export interface Repeats {
  count: number;
  /** Whole days back to the oldest of them (at least 1). */
  days: number;
}

/** How many prints within `retentionDays` of `now` are at least `threshold` similar to `sig`. */
export function repeatsOf(sig: string, prints: readonly SentPrint[], threshold: number, retentionDays: number, now: number): Repeats | null {
  const since = now - retentionDays * DAY_MS;
  const mine = fromBase64(sig);
  let count = 0;
  let oldest = now;
  for (const p of prints) {
    if (p.at < since || p.at > now + DAY_MS) continue;
    if (similarityOf(mine, decoded(p.sig)) < threshold) continue;
    count++;
    oldest = Math.min(oldest, p.at);
  }
  return count === 0 ? null : { count, days: Math.max(1, Math.ceil((now - oldest) / DAY_MS)) };
}

/**
 * Reads a stored value defensively: prints that are malformed, from the future
 * or past retention are dropped, and only the MAX_PRINTS newest are kept.
 * `store` is null when nothing usable is stored (no salt yet); `changed` says
 * the stored value should be written back as `store`.
 */
export function readPrintStore(value: unknown, retentionDays: number, now: number): { store: PrintStore | null; changed: boolean } {
  if (value === undefined) return { store: null, changed: false };
  if (!isRecord(value) || value.v !== STORE_VERSION || !isSalt(value.salt) || !Array.isArray(value.prints)) return { store: null, changed: true };
  const since = now - retentionDays * DAY_MS;
  const prints = value.prints.filter(
    (p): p is SentPrint => isRecord(p) && typeof p.at === 'number' && Number.isFinite(p.at) && p.at >= since && p.at <= now + DAY_MS && isSig(p.sig) && Object.keys(p).length === 2,
  );
  prints.sort((a, b) => b.at - a.at);
  const kept = prints.slice(0, MAX_PRINTS);
  return { store: { v: STORE_VERSION, salt: value.salt, prints: kept }, changed: kept.length !== value.prints.length || Object.keys(value).length !== 3 };
}

/** The store with one more print (newest first), pruned to retention and the cap. */
export function addPrint(store: PrintStore, sig: string, retentionDays: number, now: number): PrintStore {
  const since = now - retentionDays * DAY_MS;
  const prints = [{ at: now, sig }, ...store.prints.filter((p) => p.at >= since)].slice(0, MAX_PRINTS);
  return { v: STORE_VERSION, salt: store.salt, prints };
}

/** A new, empty store for a fresh salt (base64 of random bytes from the adapter). */
export function emptyStore(salt: string): PrintStore {
  saltWords(salt); // throws on a salt that is too short
  return { v: STORE_VERSION, salt, prints: [] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const isSalt = (v: unknown): v is string => typeof v === 'string' && v.length >= 8 && v.length <= 64 && BASE64.test(v);
const SIG_CHARS = Math.ceil(SIGNATURE_SIZE / 3) * 4;
const isSig = (v: unknown): v is string => typeof v === 'string' && v.length === SIG_CHARS && BASE64.test(v);

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** Base64 without btoa/Buffer, so the module runs the same in Node, the CLI and the content script. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? ALPHABET[n & 63]! : '=');
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v = c < 128 ? DIGIT[c]! : -1;
    if (v < 0) return new Uint8Array(0);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
