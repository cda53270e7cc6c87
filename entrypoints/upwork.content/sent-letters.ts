/**
 * The content script's side of the repeated-cover-letter memory: reads the
 * stored fingerprints (`coverLetterPrints`) and the cover-letter settings, keeps
 * them current through storage change events (the options page's "forget
 * everything" removes the key), hands them to the detector as an input, and
 * remembers a letter when the person sends a proposal. Only fingerprints are
 * written (lib/cover-letters.ts); the letter's text is never stored.
 */
import { addPrint, emptyStore, fingerprint, PRINTS_KEY, readPrintStore, toBase64, type PrintStore } from '../../lib/cover-letters';
import type { SentLetters } from '../../lib/detector/types';
import { DEFAULT_OWN_SETTINGS, type CoverLetterMemory } from '../../lib/policy-settings';
import { SETTINGS_KEY } from '../../lib/settings';
import { removeQuietly } from './conversation';
import type { Lifetime } from './lifetime';

/**
 * The cover-letter part of the stored settings, each value checked on its own, with the defaults
 * of lib/policy-settings.ts. Until the shared settings reader lands (issue 8), this small reader
 * is the content script's; it reads only `settings.coverLetters`.
 */
export function readCoverLetterSettings(settings: unknown): CoverLetterMemory {
  const d = DEFAULT_OWN_SETTINGS.coverLetters;
  const raw = typeof settings === 'object' && settings !== null ? (settings as { coverLetters?: unknown }).coverLetters : undefined;
  if (typeof raw !== 'object' || raw === null) return { ...d };
  const { enabled, threshold, retentionDays } = raw as Record<string, unknown>;
  return {
    enabled: typeof enabled === 'boolean' ? enabled : d.enabled,
    threshold: typeof threshold === 'number' && threshold >= 0.5 && threshold <= 1 ? threshold : d.threshold,
    retentionDays: typeof retentionDays === 'number' && Number.isInteger(retentionDays) && retentionDays >= 1 && retentionDays <= 365 ? retentionDays : d.retentionDays,
  };
}

export class SentLetterMemory {
  private store: PrintStore | null = null;
  private settings: CoverLetterMemory = { ...DEFAULT_OWN_SETTINGS.coverLetters };
  /** Writes are chained: two sends in a row must not lose a print to a stale read. */
  private writing: Promise<unknown> = Promise.resolve();
  /** The first read of the stored prints (settled either way). */
  private readonly loaded: Promise<unknown>;

  constructor(
    private readonly life: Lifetime,
    private readonly changed: () => void,
    /** The memory's settings in force (the person's own under the organization's policy), when known. */
    private readonly inForce?: () => CoverLetterMemory,
  ) {
    this.loaded = browser.storage.local.get([PRINTS_KEY, SETTINGS_KEY]).then(
      life.run((items: Record<string, unknown>) => {
        this.settings = readCoverLetterSettings(items[SETTINGS_KEY]);
        this.load(items[PRINTS_KEY], true);
      }),
      () => undefined,
    );
    const listener = life.run((changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (SETTINGS_KEY in changes) this.settings = readCoverLetterSettings(changes[SETTINGS_KEY]!.newValue);
      if (PRINTS_KEY in changes) this.load(changes[PRINTS_KEY]!.newValue, false);
      else if (SETTINGS_KEY in changes) this.changed();
    });
    browser.storage.onChanged.addListener(listener);
    life.signal.addEventListener('abort', () => removeQuietly(() => browser.storage.onChanged.removeListener(listener)), { once: true });
  }

  private current(): CoverLetterMemory {
    return this.inForce?.() ?? this.settings;
  }

  private load(value: unknown, first: boolean): void {
    const read = readPrintStore(value, this.current().retentionDays, Date.now());
    this.store = read.store;
    // Expired or malformed prints are removed from storage once, when the page opens.
    if (first && read.changed) this.save(this.store);
    this.changed();
  }

  /** What the detector compares a cover letter with, or null when there is nothing to compare. */
  sentLetters(): SentLetters | null {
    const store = this.store;
    if (!this.current().enabled || !store || store.prints.length === 0) return null;
    return { salt: store.salt, prints: store.prints, threshold: this.current().threshold, retentionDays: this.current().retentionDays, now: Date.now() };
  }

  /** The person sent a proposal with this cover letter: remember its fingerprint. */
  remember(text: string): void {
    if (!this.current().enabled || !this.life.alive()) return;
    // A send before the stored prints are read adds to them: it used to start a new store (a new
    // salt, one print) and overwrite every print kept, when the person sent soon after the page opened.
    void this.loaded.then(() => {
      if (!this.current().enabled || !this.life.alive()) return;
      const store = this.store ?? emptyStore(newSalt());
      const sig = fingerprint(text, store.salt);
      if (!sig) return;
      this.store = addPrint(store, sig, this.current().retentionDays, Date.now());
      this.save(this.store);
    });
  }

  /** Resolves once every write asked for so far has ended (for tests). */
  async settled(): Promise<void> {
    await this.loaded;
    await this.writing;
  }

  private save(store: PrintStore | null): void {
    this.writing = this.writing.then(() => {
      try {
        return (store ? browser.storage.local.set({ [PRINTS_KEY]: store }) : browser.storage.local.remove(PRINTS_KEY)).catch(() => this.life.alive());
      } catch {
        return this.life.alive(); // "Extension context invalidated": tear down, quietly
      }
    });
  }
}

/** 16 random bytes, made once per install (and again after "forget everything"). */
function newSalt(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(16)));
}
