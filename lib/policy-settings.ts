/**
 * The shape of Clearsend's settings after issue 8: the person's own choices, what an
 * organization may fix by enterprise policy (`browser.storage.managed`), and how the two are
 * combined. Types and the merge only; reading and validating stored values lives in
 * lib/settings.ts, storage access in the adapters (content script, options, popup).
 *
 * Rule of the merge: a value set by the organization wins over the person's own and is reported
 * in `managed` (by its path, e.g. "guard", "rules.contact-email", "coverLetters.threshold"), so
 * every screen can show "Set by your organization" next to it and refuse to change it.
 */
import type { Severity } from './detector/types';
import { onByDefault } from './rules/catalog';

/** What the send guard does when a send has unresolved violations. */
export type GuardMode = 'off' | 'ask' | 'block';

/** One rule's choice. `severity` absent: the rule's own severity for each finding. */
export interface RuleChoice {
  enabled: boolean;
  severity?: Severity;
}

/** The repeated-cover-letter memory (fingerprints only, never text). */
export interface CoverLetterMemory {
  enabled: boolean;
  /** Similarity (0.5–1) from which two letters count as the same. */
  threshold: number;
  /** Days a sent letter's fingerprint is kept (1–365). */
  retentionDays: number;
}

export interface OwnSettings {
  /** Upwork's default: Enter sends a message. Off when the person swapped it (Ctrl/Cmd+Enter sends). */
  enterSends: boolean;
  guard: GuardMode;
  /** By rule id; a rule not listed is on with its own severity. */
  rules: Record<string, RuleChoice>;
  coverLetters: CoverLetterMemory;
}

export const DEFAULT_OWN_SETTINGS: OwnSettings = {
  enterSends: true,
  guard: 'ask',
  rules: {},
  coverLetters: { enabled: true, threshold: 0.8, retentionDays: 30 },
};

/** The agency's own forbidden terms, each reported as a violation of the agency's policy. */
export interface ForbiddenTerms {
  /** Domains such as "agency-crm.example": any address or link on them. */
  domains: string[];
  /** Chat handles, user names, phone numbers written exactly. */
  handles: string[];
  /** Phrases, matched as words, case-insensitively. */
  phrases: string[];
  /** Competing platforms by name ("Fiverr", "Toptal"). */
  platforms: string[];
}

/** What an administrator may set (public/managed_schema.json); every field optional. */
export interface ManagedPolicy {
  rules?: Record<string, Partial<RuleChoice>>;
  guard?: GuardMode;
  enterSends?: boolean;
  coverLetters?: Partial<CoverLetterMemory>;
  forbiddenTerms?: Partial<ForbiddenTerms>;
  /** false: the person cannot change any setting (options and popup are read-only). Default true. */
  allowUserChanges?: boolean;
  /** false: "This client is Enterprise" and "The contract has started" are not offered. Default true. */
  allowMarks?: boolean;
}

export interface EffectiveSettings extends OwnSettings {
  forbiddenTerms: ForbiddenTerms;
  allowUserChanges: boolean;
  allowMarks: boolean;
  /** Paths of the values the organization fixed. */
  managed: ReadonlySet<string>;
}

const NO_TERMS: ForbiddenTerms = { domains: [], handles: [], phrases: [], platforms: [] };

/** The settings in force: the organization's values over the person's own. Pure. */
export function effectiveSettings(own: OwnSettings, policy: ManagedPolicy = {}): EffectiveSettings {
  const managed = new Set<string>();
  const pick = <T>(path: string, mine: T, theirs: T | undefined): T => {
    if (theirs === undefined) return mine;
    managed.add(path);
    return theirs;
  };
  const rules: Record<string, RuleChoice> = { ...own.rules };
  for (const [id, choice] of Object.entries(policy.rules ?? {})) {
    const base = rules[id] ?? { enabled: onByDefault(id) };
    rules[id] = {
      enabled: pick(`rules.${id}.enabled`, base.enabled, choice.enabled),
      ...((choice.severity ?? base.severity) && { severity: pick(`rules.${id}.severity`, base.severity, choice.severity) }),
    };
  }
  const cl = policy.coverLetters ?? {};
  const terms = policy.forbiddenTerms ?? {};
  return {
    enterSends: pick('enterSends', own.enterSends, policy.enterSends),
    guard: pick('guard', own.guard, policy.guard),
    rules,
    coverLetters: {
      enabled: pick('coverLetters.enabled', own.coverLetters.enabled, cl.enabled),
      threshold: pick('coverLetters.threshold', own.coverLetters.threshold, cl.threshold),
      retentionDays: pick('coverLetters.retentionDays', own.coverLetters.retentionDays, cl.retentionDays),
    },
    forbiddenTerms: { ...NO_TERMS, ...terms },
    allowUserChanges: pick('allowUserChanges', true, policy.allowUserChanges),
    allowMarks: pick('allowMarks', true, policy.allowMarks),
    managed,
  };
}
