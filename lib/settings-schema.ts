/**
 * zod schemas for the settings the options page and the popup read and write (the content
 * script keeps its small hand-written parser, see lib/settings.ts). Reading is forgiving and
 * honest: each part of a stored value that is valid is kept, each part that is not falls back
 * to its default, and the reader says whether anything fell back (`reset`), so the page can show
 * a notice. A value from before issue 8 ({ enterSends } only) is read as a migration: the
 * missing parts take their defaults without a notice. Writing is strict: only a value the
 * schema accepts in full is ever stored.
 */
import * as z from 'zod/mini';
import { DEFAULT_OWN_SETTINGS, type ManagedPolicy, type OwnSettings, type RuleChoice } from './policy-settings';

export const GuardModeSchema = z.enum(['off', 'ask', 'block']);
export const SeveritySchema = z.enum(['violation', 'warning', 'info']);
/** Rule ids are file names: lower-case words joined by hyphens. */
export const RuleIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/));
export const RuleChoiceSchema = z.strictObject({ enabled: z.boolean(), severity: z.optional(SeveritySchema) });
export const ThresholdSchema = z.number().check(z.gte(0.5), z.lte(1));
export const RetentionDaysSchema = z.int().check(z.gte(1), z.lte(365));
export const CoverLetterMemorySchema = z.strictObject({ enabled: z.boolean(), threshold: ThresholdSchema, retentionDays: RetentionDaysSchema });

export const OwnSettingsSchema = z.strictObject({
  enterSends: z.boolean(),
  guard: GuardModeSchema,
  rules: z.record(RuleIdSchema, RuleChoiceSchema),
  coverLetters: CoverLetterMemorySchema,
});

const TermsSchema = z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(1000));

export interface Read<T> {
  value: T;
  /** Something stored could not be read and fell back to its default. */
  reset: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One part: absent is the default (no notice), invalid is the default (notice). */
function part<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T, flag: () => void): T {
  if (value === undefined) return fallback;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  flag();
  return fallback;
}

/** The person's own settings from storage.local `settings`; never throws. */
export function readOwnSettings(value: unknown): Read<OwnSettings> {
  const defaults = structuredClone(DEFAULT_OWN_SETTINGS);
  if (value === undefined) return { value: defaults, reset: false };
  if (!isRecord(value)) return { value: defaults, reset: true };
  let reset = false;
  const flag = () => (reset = true);
  const rules: Record<string, RuleChoice> = {};
  if (value.rules !== undefined) {
    if (isRecord(value.rules)) {
      for (const [id, choice] of Object.entries(value.rules)) {
        const parsed = RuleChoiceSchema.safeParse(choice);
        if (RuleIdSchema.safeParse(id).success && parsed.success) rules[id] = parsed.data;
        else flag();
      }
    } else flag();
  }
  const stored = isRecord(value.coverLetters) ? value.coverLetters : {};
  if (value.coverLetters !== undefined && !isRecord(value.coverLetters)) flag();
  return {
    value: {
      enterSends: part(z.boolean(), value.enterSends, defaults.enterSends, flag),
      guard: part(GuardModeSchema, value.guard, defaults.guard, flag),
      rules,
      coverLetters: {
        enabled: part(z.boolean(), stored.enabled, defaults.coverLetters.enabled, flag),
        threshold: part(ThresholdSchema, stored.threshold, defaults.coverLetters.threshold, flag),
        retentionDays: part(RetentionDaysSchema, stored.retentionDays, defaults.coverLetters.retentionDays, flag),
      },
    },
    reset,
  };
}

/** What may be written to storage.local `settings`: the whole value, valid, or an error. */
export function settingsForStorage(own: OwnSettings): OwnSettings {
  return OwnSettingsSchema.parse(own);
}

/**
 * The organization's policy from storage.managed (everything optional). Each invalid part is
 * left out, never guessed, and reported as `reset`.
 */
export function readManagedPolicy(value: unknown): Read<ManagedPolicy> {
  if (value === undefined || value === null) return { value: {}, reset: false };
  if (!isRecord(value)) return { value: {}, reset: true };
  let reset = false;
  const flag = () => (reset = true);
  const policy: ManagedPolicy = {};
  const take = <T>(schema: z.ZodMiniType<T>, v: unknown): T | undefined => part<T | undefined>(schema, v, undefined, flag);
  const guard = take(GuardModeSchema, value.guard);
  if (guard !== undefined) policy.guard = guard;
  const enterSends = take(z.boolean(), value.enterSends);
  if (enterSends !== undefined) policy.enterSends = enterSends;
  const allowUserChanges = take(z.boolean(), value.allowUserChanges);
  if (allowUserChanges !== undefined) policy.allowUserChanges = allowUserChanges;
  const allowMarks = take(z.boolean(), value.allowMarks);
  if (allowMarks !== undefined) policy.allowMarks = allowMarks;
  if (value.rules !== undefined) {
    if (isRecord(value.rules)) {
      const ruleSchema = z.strictObject({ enabled: z.optional(z.boolean()), severity: z.optional(SeveritySchema) });
      policy.rules = {};
      for (const [id, choice] of Object.entries(value.rules)) {
        const parsed = ruleSchema.safeParse(choice);
        if (RuleIdSchema.safeParse(id).success && parsed.success) policy.rules[id] = parsed.data;
        else flag();
      }
    } else flag();
  }
  if (value.coverLetters !== undefined) {
    if (isRecord(value.coverLetters)) {
      const cl = value.coverLetters;
      const enabled = take(z.boolean(), cl.enabled);
      const threshold = take(ThresholdSchema, cl.threshold);
      const retentionDays = take(RetentionDaysSchema, cl.retentionDays);
      policy.coverLetters = {
        ...(enabled !== undefined && { enabled }),
        ...(threshold !== undefined && { threshold }),
        ...(retentionDays !== undefined && { retentionDays }),
      };
    } else flag();
  }
  if (value.forbiddenTerms !== undefined) {
    if (isRecord(value.forbiddenTerms)) {
      policy.forbiddenTerms = {};
      for (const kind of ['domains', 'handles', 'phrases', 'platforms'] as const) {
        const terms = take(TermsSchema, value.forbiddenTerms[kind]);
        if (terms !== undefined) policy.forbiddenTerms[kind] = terms;
      }
    } else flag();
  }
  return { value: policy, reset };
}
