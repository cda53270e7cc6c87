/**
 * The interface's words, from public/_locales/<lang>/messages.json through browser.i18n (the
 * browser picks the language: its interface language, else the manifest's default_locale, en).
 *
 * The card's explanation of a finding: the detector's messages are English (lib/rules, shared
 * with the CLI). In English the card shows the rule's own message for the finding, which is the
 * most specific. In any other language it shows the rule's explanation from the locale files
 * (`rule_<id with _>`, one per rule, plus `rule_repeated_cover_letter_one/_many` with the count
 * and days filled in, and `rule_second_opinion_<category>` with `rule_second_opinion_weighed` for
 * the model's words), while the typed words and the fix are shown as before. The rule's title
 * (`rule_<id>_title`) and the exception notes (`rule_exception_<id>`) come from the locale files
 * in every language.
 */
import type { Finding } from '../../lib/detector/types';
import { EXCEPTIONS } from '../../lib/detector/exceptions';

/** A message by key with its placeholders filled in; the key itself when it is missing (visible in tests). */
export function t(key: string, ...substitutions: (string | number)[]): string {
  try {
    // WXT types getMessage by the keys it knows at build time; ours are looked up by name.
    const text = (browser.i18n.getMessage as (name: string, subs?: string[]) => string)(key, substitutions.map(String));
    if (text) return text;
  } catch {
    // the extension was reloaded under this page: the key still tells what was meant
  }
  return key;
}

/** One or many: the locale files have `<key>_one` and `<key>_other` for counted phrases. */
export function tCount(key: string, n: number): string {
  return t(`${key}_${n === 1 ? 'one' : 'other'}`, n);
}

function english(): boolean {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('en');
  } catch {
    return true;
  }
}

const keyOf = (ruleId: string) => ruleId.replace(/-/g, '_');

export function ruleTitle(ruleId: string): string {
  const title = t(`rule_${keyOf(ruleId)}_title`);
  return title.startsWith('rule_') ? ruleId : title;
}

/** What the card says about a finding, in the interface's language. */
export function explanation(finding: Finding): string {
  if (english()) return finding.message;
  if (finding.rule === 'repeated-cover-letter' && finding.values) {
    const { count = 1, days = 1 } = finding.values;
    return t(`rule_repeated_cover_letter_${count === 1 ? 'one' : 'many'}_${days === 1 ? 'day' : 'days'}`, count, days);
  }
  if (finding.rule === 'second-opinion') {
    // One explanation per category the model read, and the words that weighed most, as typed.
    const read = t(`rule_second_opinion_${keyOf(finding.category)}`);
    const weighed = finding.terms?.length ? ` ${t('rule_second_opinion_weighed', finding.terms.map((w) => `'${w}'`).join(', '))}` : '';
    return read.startsWith('rule_') ? finding.message : `${read}${weighed}`;
  }
  const text = t(`rule_${keyOf(finding.rule)}`);
  return text.startsWith('rule_') ? finding.message : text;
}

/** The note of an exception that lowered the finding, in the interface's language. */
export function exceptionNote(finding: Finding): string | undefined {
  if (!finding.exception || english()) return finding.exception;
  const id = Object.entries(EXCEPTIONS).find(([, e]) => e.explanation === finding.exception)?.[0];
  return id ? t(`rule_exception_${keyOf(id)}`) : finding.exception;
}

/** The source document's title stays as published (it is a title); only the word "Source" is translated. */
export function sourceLine(finding: Finding): string {
  return t('card_source', finding.policy);
}
