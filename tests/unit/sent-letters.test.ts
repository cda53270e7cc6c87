/**
 * The content script's memory of sent cover letters (entrypoints/upwork.content/sent-letters.ts)
 * against WXT's fake browser storage: a proposal sent before the stored prints were read adds to
 * them instead of replacing them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addPrint, emptyStore, fingerprint, PRINTS_KEY, readPrintStore } from '../../lib/cover-letters';
import { SentLetterMemory } from '../../entrypoints/upwork.content/sent-letters';
import { Lifetime } from '../../entrypoints/upwork.content/lifetime';
import { TAILORED, TEMPLATE, UNRELATED } from './letters';

const SALT = 'dGVzdC1zYWx0LTAxMjM0NQ==';

async function storedPrints(): Promise<{ salt: string; prints: number }> {
  const items = await fakeBrowser.storage.local.get(PRINTS_KEY);
  const store = readPrintStore(items[PRINTS_KEY], 365, Date.now()).store;
  return { salt: store?.salt ?? '', prints: store?.prints.length ?? 0 };
}

describe('sent cover letters: what a send stores', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('a send right after the page opens adds to the prints already kept, with their salt', async () => {
    let store = emptyStore(SALT);
    for (const letter of [TEMPLATE, UNRELATED]) store = addPrint(store, fingerprint(letter, SALT)!, 365, Date.now());
    await fakeBrowser.storage.local.set({ [PRINTS_KEY]: store });

    const memory = new SentLetterMemory(new Lifetime(), () => undefined);
    // Sent in the same task as the page opened: the stored prints have not been read yet.
    memory.remember(TAILORED);
    await memory.settled();

    expect(await storedPrints()).toEqual({ salt: SALT, prints: 3 });
  });

  it('sends in a row each leave a print', async () => {
    const memory = new SentLetterMemory(new Lifetime(), () => undefined);
    memory.remember(TEMPLATE);
    memory.remember(UNRELATED);
    await memory.settled();
    memory.remember(TAILORED);
    await memory.settled();
    const { prints } = await storedPrints();
    expect(prints).toBe(3);
  });

  it('nothing is stored once the memory is switched off', async () => {
    await fakeBrowser.storage.local.set({ settings: { coverLetters: { enabled: false } } });
    const memory = new SentLetterMemory(new Lifetime(), () => undefined);
    await memory.settled();
    memory.remember(TEMPLATE);
    await memory.settled();
    expect(await fakeBrowser.storage.local.get(PRINTS_KEY)).toEqual({});
  });
});
