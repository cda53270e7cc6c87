/**
 * Every string the options page and the popup show comes from public/_locales/<lang>/messages.json
 * through browser.i18n (tests/unit/locales.test.ts checks the files and that no component
 * carries a visible literal). Keys are typed from the English file.
 */
import { browser } from 'wxt/browser';

type Messages = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

/** The message in the browser's language (English when it has no translation). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // A missing key gives '' : show the key, so the gap is visible rather than a blank control.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key, substitutions.map(String)) || key;
}

/** Sets the page's language and title from the messages in use. */
export function localiseDocument(title: MessageKey): void {
  document.documentElement.lang = t('common_lang');
  document.title = t(title);
}
