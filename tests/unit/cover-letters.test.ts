/**
 * The fingerprint memory behind repeated-cover-letter (lib/cover-letters.ts): similarity,
 * threshold, cap, retention, defensive reading, and that nothing word-sized is kept.
 */
import { describe, expect, it } from 'vitest';
import {
  addPrint,
  emptyStore,
  fingerprint,
  fromBase64,
  MAX_PRINTS,
  readPrintStore,
  repeatsOf,
  similarity,
  SIGNATURE_SIZE,
  toBase64,
  wordsOf,
  type PrintStore,
} from '../../lib/cover-letters';
import { detect } from '../../lib/detector/detect';
import { prepare } from '../../lib/detector/prepare';
import { LIGHTLY_EDITED, TAILORED, TEMPLATE, UNRELATED } from './letters';

const SALT = 'dGVzdC1zYWx0LTAxMjM0NQ==';
const OTHER_SALT = 'b3RoZXItc2FsdC02Nzg5MA==';
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12);
const sig = (text: string, salt = SALT) => fingerprint(text, salt)!;

describe('fingerprint and similarity', () => {
  it('is deterministic for one salt and SIGNATURE_SIZE bytes long', () => {
    expect(sig(TEMPLATE)).toBe(sig(TEMPLATE));
    expect(fromBase64(sig(TEMPLATE))).toHaveLength(SIGNATURE_SIZE);
    expect(similarity(sig(TEMPLATE), sig(TEMPLATE))).toBe(1);
  });

  it('reads disguised copies as the same letter (case, full-width letters, spacing)', () => {
    const disguised = TEMPLATE.toUpperCase().replace(/ /g, '  ');
    expect(similarity(sig(TEMPLATE), sig(disguised))).toBe(1);
  });

  it('puts a lightly edited copy above the default threshold and a tailored letter well under it', () => {
    for (const salt of [SALT, OTHER_SALT, 'MTIzNDU2Nzg5MDEyMzQ1Ng==']) {
      expect(similarity(sig(TEMPLATE, salt), sig(LIGHTLY_EDITED, salt))).toBeGreaterThanOrEqual(0.8);
      expect(similarity(sig(TEMPLATE, salt), sig(TAILORED, salt))).toBeLessThan(0.5);
      expect(similarity(sig(TEMPLATE, salt), sig(UNRELATED, salt))).toBeLessThan(0.1);
    }
  });

  it('gives different fingerprints for the same letter under different salts (no shared table, no matching across installs)', () => {
    const a = sig(TEMPLATE, SALT);
    const b = sig(TEMPLATE, OTHER_SALT);
    expect(a).not.toBe(b);
    expect(similarity(a, b)).toBeLessThan(0.1);
  });

  it('does not fingerprint a letter too short to judge', () => {
    expect(fingerprint('Hello, I am the right person for this project.', SALT)).toBeNull();
    expect(fingerprint('', SALT)).toBeNull();
  });

  it('round-trips base64', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) & 255);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toBase64(Uint8Array.of(1, 2))).toBe('AQI=');
  });
});

describe('threshold and retention', () => {
  const prints = [
    { at: NOW - 1 * DAY, sig: sig(TEMPLATE) },
    { at: NOW - 3 * DAY, sig: sig(LIGHTLY_EDITED) },
    { at: NOW - 6.5 * DAY, sig: sig(TEMPLATE) },
    { at: NOW - 40 * DAY, sig: sig(TEMPLATE) }, // past 30 days
    { at: NOW - 2 * DAY, sig: sig(TAILORED) }, // not the same letter
  ];

  it('counts the similar letters within retention and the days back to the oldest', () => {
    expect(repeatsOf(sig(TEMPLATE), prints, 0.8, 30, NOW)).toEqual({ count: 3, days: 7 });
    expect(repeatsOf(sig(TEMPLATE), prints, 0.8, 60, NOW)).toEqual({ count: 4, days: 40 });
    expect(repeatsOf(sig(TEMPLATE), prints, 0.8, 2, NOW)).toEqual({ count: 1, days: 1 });
  });

  it('follows the threshold: 1 keeps only exact copies, 0.5 still leaves the tailored letter out', () => {
    expect(repeatsOf(sig(TEMPLATE), prints, 1, 30, NOW)).toEqual({ count: 2, days: 7 });
    expect(repeatsOf(sig(TAILORED), prints, 0.5, 30, NOW)).toEqual({ count: 1, days: 2 });
    expect(repeatsOf(sig(UNRELATED), prints, 0.5, 30, NOW)).toBeNull();
  });

  it('fills the count and days into the message', () => {
    const sentLetters = { salt: SALT, prints, threshold: 0.8, retentionDays: 30, now: NOW };
    const [finding] = detect(LIGHTLY_EDITED, { surface: 'proposal', sentLetters }).filter((f) => f.rule === 'repeated-cover-letter');
    expect(finding?.message).toBe('About the same as 3 cover letters you sent in the last 7 days: tailor it to this job.');
    expect(finding?.values).toEqual({ count: 3, days: 7 });
    expect(finding?.fix, 'no edit fixes a copied letter: no fix button').toBeUndefined();
    expect(finding?.policy).toContain('Freelancer Violations and Account Holds');
  });
});

describe('the store', () => {
  it('keeps the newest MAX_PRINTS prints and drops those past retention', () => {
    let store: PrintStore = emptyStore(SALT);
    const one = sig(TEMPLATE);
    for (let i = 0; i < MAX_PRINTS + 25; i++) store = addPrint(store, one, 30, NOW - (MAX_PRINTS + 25 - i) * 60_000);
    expect(store.prints).toHaveLength(MAX_PRINTS);
    expect(store.prints[0]!.at).toBe(NOW - 60_000);
    expect(store.prints.at(-1)!.at).toBe(NOW - MAX_PRINTS * 60_000);

    store = addPrint({ ...store, prints: [{ at: NOW - 31 * DAY, sig: one }, { at: NOW - 29 * DAY, sig: one }] }, one, 30, NOW);
    expect(store.prints.map((p) => p.at)).toEqual([NOW, NOW - 29 * DAY]);
  });

  it('reads what it writes, and nothing stored as no store', () => {
    const store = addPrint(emptyStore(SALT), sig(TEMPLATE), 30, NOW);
    expect(readPrintStore(JSON.parse(JSON.stringify(store)), 30, NOW)).toEqual({ store, changed: false });
    expect(readPrintStore(undefined, 30, NOW)).toEqual({ store: null, changed: false });
  });

  it('drops malformed, expired and future prints and caps a long list, saying it changed', () => {
    const good = { at: NOW - DAY, sig: sig(TEMPLATE) };
    const raw = {
      v: 1,
      salt: SALT,
      prints: [good, { at: 'yesterday', sig: good.sig }, { at: NOW, sig: 'short' }, { at: NOW - 90 * DAY, sig: good.sig }, { at: NOW + 9 * DAY, sig: good.sig }, { ...good, text: 'hello' }, ...Array.from({ length: 300 }, (_, i) => ({ at: NOW - 2 * DAY - i, sig: good.sig }))],
    };
    const { store, changed } = readPrintStore(raw, 30, NOW);
    expect(changed).toBe(true);
    expect(store!.prints).toHaveLength(MAX_PRINTS);
    expect(store!.prints[0]).toEqual(good);
  });

  it('treats an unreadable store as none (a new salt is made on the next send)', () => {
    for (const bad of [null, 'text', [], { v: 2, salt: SALT, prints: [] }, { v: 1, salt: 'x', prints: [] }, { v: 1, salt: SALT, prints: {} }]) {
      expect(readPrintStore(bad, 30, NOW)).toEqual({ store: null, changed: true });
    }
  });
});

describe('nothing of the text is kept', () => {
  it('stores no word, no 3-word window and no unsalted word hash of the letter', () => {
    const store = addPrint(emptyStore(SALT), sig(TEMPLATE), 30, NOW);
    const stored = JSON.stringify(store).toLowerCase();
    const words = wordsOf(prepare(TEMPLATE).text).filter((w) => w.length >= 4);
    expect(words.length).toBeGreaterThan(30);
    for (const w of words) expect(stored, `the word "${w}" is in the stored value`).not.toContain(w);
    const all = wordsOf(prepare(TEMPLATE).text);
    for (let i = 0; i + 3 <= all.length; i++) expect(stored).not.toContain(all.slice(i, i + 3).join(' '));
    // The stored value has exactly the documented shape: a version, the salt and {at, sig} pairs.
    expect(Object.keys(store).sort()).toEqual(['prints', 'salt', 'v']);
    expect(Object.keys(store.prints[0]!).sort()).toEqual(['at', 'sig']);
  });

  it('gives a guessed phrase no more matching bytes than chance (a dictionary test learns nothing)', () => {
    // Someone who reads the salt tries phrases: a phrase from the letter and a phrase not in it
    // match the stored bytes about equally often, so matches do not tell which is in the letter.
    const stored = fromBase64(sig(TEMPLATE));
    const matching = (phrase: string) => {
      const guess = fromBase64(fingerprint(Array.from({ length: 8 }, () => phrase).join(' zq '), SALT) ?? '');
      return guess.length ? stored.filter((b, i) => b === guess[i]).length : 0;
    };
    const inLetter = ['the right person', 'for six years', 'in your time', 'without losing orders'].map(matching);
    const notInLetter = ['the wrong person', 'for ten years', 'in my time', 'without losing money'].map(matching);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(mean(inLetter) - mean(notInLetter))).toBeLessThan(8);
  });
});
