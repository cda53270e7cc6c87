/**
 * What the settings, the options page and the popup need to know of each rule: its id, category,
 * default severity and source, and nothing of its patterns. Each rule file takes its entry from
 * here (`...facts('<id>')`), so this is the one place these four are written; the options page
 * and the popup import this file instead of lib/rules/index.ts, which would build every pattern
 * of the detector (a 1.2 MB chunk, seconds of page load) only to list the rules.
 * Sorted by id, like the registry (tests/unit/meta.test.ts checks both hold the same rules).
 */
import type { PolicyId } from '../detector/policy';
import type { Category, Severity } from '../detector/types';

export interface RuleFacts {
  /** Same as the rule's file name and doc name (docs/rules/<id>.md). */
  readonly id: string;
  /** 'several': the rule names a category per finding (the second opinion). */
  readonly category: Category | 'several';
  /** The default; a person or an organization may choose another. */
  readonly severity: Severity;
  /** Which public document the rule comes from (lib/detector/policy.ts). */
  readonly policy: PolicyId;
  /** Off unless the person, the organization or the command line turns it on (lib/detector/rule.ts `optIn`). */
  readonly optIn?: boolean;
  /**
   * An opt-in rule the extension runs unless a setting turns it off (the second opinion, since step 7 of
   * scripts/experiments/classifier-more-data/README.md met the bar set for it). The detector and the command line still run it only
   * when asked: their callers measure the rules alone.
   */
  readonly extensionOn?: boolean;
}

export const RULE_CATALOG = [
  { id: 'account-sharing', category: 'account-sharing', severity: 'violation', policy: 'violations' },
  { id: 'agency-terms', category: 'organization', severity: 'violation', policy: 'organization' },
  { id: 'contact-address', category: 'contact-sharing', severity: 'violation', policy: 'sixRules' },
  { id: 'contact-email', category: 'contact-sharing', severity: 'violation', policy: 'violations' },
  { id: 'contact-link', category: 'contact-sharing', severity: 'violation', policy: 'violations' },
  { id: 'contact-messaging', category: 'contact-sharing', severity: 'violation', policy: 'sixRules' },
  { id: 'contact-phone', category: 'contact-sharing', severity: 'violation', policy: 'sixRules' },
  { id: 'contact-request', category: 'contact-request', severity: 'violation', policy: 'sixRules' },
  { id: 'feedback-extortion', category: 'feedback', severity: 'violation', policy: 'sixRules' },
  { id: 'feedback-pressure', category: 'feedback', severity: 'violation', policy: 'violations' },
  { id: 'harassment', category: 'harassment', severity: 'violation', policy: 'sixRules' },
  { id: 'off-platform', category: 'off-platform', severity: 'violation', policy: 'responsibleAutomation' },
  { id: 'payment-details', category: 'payment', severity: 'violation', policy: 'violations' },
  { id: 'payment-outside', category: 'payment', severity: 'violation', policy: 'violations' },
  { id: 'repeated-cover-letter', category: 'spam', severity: 'warning', policy: 'violations' },
  { id: 'second-opinion', category: 'several', severity: 'warning', policy: 'violations', optIn: true, extensionOn: true },
] as const satisfies readonly RuleFacts[];

export type RuleId = (typeof RULE_CATALOG)[number]['id'];

/** Whether the detector runs a rule only when asked (the second opinion). */
export function isOptIn(id: string): boolean {
  return RULE_CATALOG.some((r) => r.id === id && 'optIn' in r && r.optIn);
}

/** Whether a rule runs in the extension when no setting names it: every rule but the opt-in ones the extension leaves off. */
export function onByDefault(id: string): boolean {
  return !isOptIn(id) || RULE_CATALOG.some((r) => r.id === id && 'extensionOn' in r && r.extensionOn);
}

/** The catalog entry of one rule, for its file: `defineRule({ ...facts('contact-email'), ... })`. */
export function facts(id: RuleId): RuleFacts {
  const found = RULE_CATALOG.find((r) => r.id === id);
  if (!found) throw new Error(`no rule "${id}" in lib/rules/catalog.ts`);
  return found;
}
