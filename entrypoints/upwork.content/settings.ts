import { readSettings, SETTINGS_KEY, type Settings as Values } from '../../lib/settings';
import { removeQuietly } from './conversation';
import type { Lifetime } from './lifetime';

export const SETTINGS_RESET = 'Clearsend’s saved settings were unreadable and were reset to the defaults (Enter sends a message).';

/** The settings the content script needs, kept current when the options page changes them. */
export class Settings {
  enterSends = true;

  constructor(life: Lifetime, notify: (notice: string) => void) {
    const load = (value: unknown, first: boolean) => {
      const read = readSettings(value);
      this.apply(read.value);
      if (!read.reset) return;
      notify(SETTINGS_RESET);
      if (first) {
        try {
          browser.storage.local.set({ [SETTINGS_KEY]: read.value }).catch(() => life.alive());
        } catch {
          life.alive();
        }
      }
    };
    browser.storage.local.get(SETTINGS_KEY).then(
      life.run((items: Record<string, unknown>) => load(items[SETTINGS_KEY], true)),
      () => undefined,
    );
    const listener = life.run((changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) load(changes[SETTINGS_KEY]!.newValue, false);
    });
    browser.storage.onChanged.addListener(listener);
    life.signal.addEventListener('abort', () => removeQuietly(() => browser.storage.onChanged.removeListener(listener)), { once: true });
  }

  private apply(values: Values): void {
    this.enterSends = values.enterSends;
  }
}
