import { parseSettings, SETTINGS_KEY, type Settings as Values } from '../../lib/settings';

/** The settings the content script needs, kept current when the options page changes them. */
export class Settings {
  enterSends = true;

  constructor(signal: AbortSignal) {
    void browser.storage.local.get(SETTINGS_KEY).then((items) => this.apply(parseSettings(items[SETTINGS_KEY])));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) this.apply(parseSettings(changes[SETTINGS_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  }

  private apply(values: Values): void {
    this.enterSends = values.enterSends;
  }
}
