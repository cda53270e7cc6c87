/**
 * The settings in force on this page: the person's own (`storage.local`) under the
 * organization's managed policy (`storage.managed`, set by Chrome or Edge enterprise policy).
 * Both are read defensively (lib/settings.ts, lib/settings-store.ts) and followed through
 * storage change events, so a change in the options page or a new policy reaches open fields at
 * once. Nothing here polls: the browser tells us.
 */
import type { DetectOptions } from '../../lib/detector/detect';
import type { Severity } from '../../lib/detector/types';
import { DEFAULT_OWN_SETTINGS, effectiveSettings, type CoverLetterMemory, type EffectiveSettings, type GuardMode, type ManagedPolicy, type OwnSettings } from '../../lib/policy-settings';
import { isOptIn, onByDefault, RULE_CATALOG } from '../../lib/rules/catalog';
import { readSettings, SETTINGS_KEY } from '../../lib/settings';
import { policyNotice, readManagedArea } from '../../lib/settings-store';
import { removeQuietly } from './conversation';
import { t } from './i18n';
import type { Lifetime } from './lifetime';

/** In the interface's language (public/_locales). */
export const settingsReset = () => t('card_notice_settings_reset');

/** What the detector is given, and a key that changes whenever it does (the checker's cache). */
export interface DetectConfig {
  options: DetectOptions;
  key: string;
}

export class Settings {
  private own: OwnSettings = DEFAULT_OWN_SETTINGS;
  private policy: ManagedPolicy = {};
  effective: EffectiveSettings = effectiveSettings(DEFAULT_OWN_SETTINGS, {});
  detect: DetectConfig = detectConfig(this.effective);
  /** Set while the organization's policy could not be read in full. */
  policyNotice: string | null = null;
  /** What the page shows depends on, as of the last update: a read that changes none of it schedules nothing. */
  private signature = this.signatureOf(this.effective, this.detect);

  constructor(
    private readonly life: Lifetime,
    notify: (notice: string) => void,
    private readonly changed: () => void,
  ) {
    const loadOwn = (value: unknown, first: boolean) => {
      const read = readSettings(value);
      this.own = read.value;
      this.update();
      if (!read.reset) return;
      notify(settingsReset());
      // Written back once, cleaned, so the next page reads a valid value.
      if (first) {
        try {
          browser.storage.local.set({ [SETTINGS_KEY]: read.value }).catch(() => life.alive());
        } catch {
          life.alive();
        }
      }
    };
    const loadPolicy = () =>
      readManagedArea(browser.storage).then(
        life.run((read: Awaited<ReturnType<typeof readManagedArea>>) => {
          this.policy = read.value;
          this.policyNotice = policyNotice(read.problems);
          this.update();
        }),
        () => undefined,
      );
    try {
      browser.storage.local.get(SETTINGS_KEY).then(
        life.run((items: Record<string, unknown>) => loadOwn(items[SETTINGS_KEY], true)),
        () => undefined,
      );
    } catch {
      life.alive();
    }
    void loadPolicy();
    const listener = life.run((changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) loadOwn(changes[SETTINGS_KEY]!.newValue, false);
      // A policy change gives only the keys that changed: read the whole policy again.
      else if (area === 'managed') void loadPolicy();
    });
    browser.storage.onChanged.addListener(listener);
    life.signal.addEventListener('abort', () => removeQuietly(() => browser.storage.onChanged.removeListener(listener)), { once: true });
  }

  get enterSends(): boolean {
    return this.effective.enterSends;
  }

  get guard(): GuardMode {
    return this.effective.guard;
  }

  get allowMarks(): boolean {
    return this.effective.allowMarks;
  }

  get coverLetters(): CoverLetterMemory {
    return this.effective.coverLetters;
  }

  private signatureOf({ enterSends, guard, allowMarks, coverLetters }: EffectiveSettings, detect: DetectConfig): string {
    return JSON.stringify([detect.key, enterSends, guard, allowMarks, coverLetters, this.policyNotice]);
  }

  private update(): void {
    if (!this.life.alive()) return;
    const effective = effectiveSettings(this.own, this.policy);
    const detect = detectConfig(effective);
    const signature = this.signatureOf(effective, detect);
    this.effective = effective;
    this.detect = detect;
    // A read that only confirms what is in force (no policy, the same settings) changes nothing on the page.
    if (signature === this.signature) return;
    this.signature = signature;
    this.changed();
  }
}

/** The detector's options for these settings: rules off, severities chosen, the organization's terms. */
export function detectConfig(effective: EffectiveSettings): DetectConfig {
  const disabled = new Set<string>();
  const enabled = new Set<string>(); // opt-in rules turned on (the second opinion)
  const severity: Record<string, Severity> = {};
  for (const [id, choice] of Object.entries(effective.rules)) {
    if (!choice.enabled) disabled.add(id);
    else {
      if (isOptIn(id)) enabled.add(id);
      if (choice.severity) severity[id] = choice.severity;
    }
  }
  // The opt-in rules the extension runs unless a setting names them (the second opinion).
  for (const { id } of RULE_CATALOG) if (isOptIn(id) && onByDefault(id) && !(id in effective.rules)) enabled.add(id);
  const terms = effective.forbiddenTerms;
  // Short: the checker prefixes every cached piece with it, and a policy may list hundreds of terms.
  const key = hash(JSON.stringify([[...disabled].sort(), [...enabled].sort(), Object.entries(severity).sort(), terms]));
  return { options: { disabled, enabled, severity, terms }, key };
}

/** FNV-1a, 32 bits, in hex: a cache key, not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}
