/**
 * The specification of Clearsend's stored settings and of an organization's managed policy, in
 * zod. The content script parses both by hand (lib/settings.ts says why); the options page, the
 * popup and a background script may use these schemas directly. tests/unit/settings.test.ts
 * checks that the hand-written parsers accept exactly what these accept, and
 * tests/unit/managed-schema.test.ts that public/managed_schema.json (what Chrome and Edge
 * validate an administrator's policy against) describes the same policy.
 */
import * as z from 'zod/mini';
import {
  DOMAIN,
  GUARD_MODES,
  MAX_CONVERSATION_ID,
  MAX_DOMAIN_LENGTH,
  MAX_TERM_LENGTH,
  MAX_TERMS,
  RETENTION_RANGE,
  RULE_IDS,
  SEVERITIES,
  THRESHOLD_RANGE,
} from './settings';

const ruleId = z.enum(RULE_IDS as [string, ...string[]]);
const threshold = z.number().check(z.gte(THRESHOLD_RANGE[0]), z.lte(THRESHOLD_RANGE[1]));
const retentionDays = z.int().check(z.gte(RETENTION_RANGE[0]), z.lte(RETENTION_RANGE[1]));

const coverLetters = z.strictObject({
  enabled: z.optional(z.boolean()),
  threshold: z.optional(threshold),
  retentionDays: z.optional(retentionDays),
});

/** The person's own settings, as stored under `settings`; a missing part takes its default. */
export const OwnSettingsSchema = z.strictObject({
  enterSends: z.optional(z.boolean()),
  guard: z.optional(z.enum(GUARD_MODES)),
  rules: z.optional(z.partialRecord(ruleId, z.strictObject({ enabled: z.boolean(), severity: z.optional(z.enum(SEVERITIES)) }))),
  coverLetters: z.optional(coverLetters),
});

const term = z.string().check(z.maxLength(MAX_TERM_LENGTH), z.regex(/\S/));
const terms = z.array(term).check(z.maxLength(MAX_TERMS));

/** What an administrator may set (`browser.storage.managed`); every part optional. */
export const ManagedPolicySchema = z.strictObject({
  rules: z.optional(z.partialRecord(ruleId, z.strictObject({ enabled: z.optional(z.boolean()), severity: z.optional(z.enum(SEVERITIES)) }))),
  guard: z.optional(z.enum(GUARD_MODES)),
  enterSends: z.optional(z.boolean()),
  coverLetters: z.optional(coverLetters),
  forbiddenTerms: z.optional(
    z.strictObject({
      domains: z.optional(z.array(z.string().check(z.maxLength(MAX_DOMAIN_LENGTH), z.regex(DOMAIN))).check(z.maxLength(MAX_TERMS))),
      handles: z.optional(terms),
      phrases: z.optional(terms),
      platforms: z.optional(terms),
    }),
  ),
  allowUserChanges: z.optional(z.boolean()),
  allowMarks: z.optional(z.boolean()),
});

/** One conversation's facts, and the map of them (stored under `conversations`). */
export const ConversationFactsSchema = z.strictObject({
  client: z.optional(z.enum(['standard', 'enterprise'])),
  contract: z.optional(z.enum(['none', 'active'])),
  at: z.optional(z.number()),
});
export const ConversationsSchema = z.record(z.string().check(z.minLength(1), z.maxLength(MAX_CONVERSATION_ID)), ConversationFactsSchema);
