/**
 * What the options page and the popup read and write. Reading goes through the same readers as
 * the content script (lib/settings.ts: each valid part kept, each invalid part back to its
 * default, and `reset` says so), which tests/unit/settings.test.ts checks against the zod
 * specification in lib/settings-schema.ts. Writing is strict: only a value that specification
 * accepts in full is ever stored.
 */
import type { ManagedPolicy, OwnSettings } from '../policy-settings';
import { readManagedPolicy as readPolicy, readSettings } from '../settings';
import { OwnSettingsSchema } from '../settings-schema';

export interface Read<T> {
  value: T;
  /** Something stored could not be read and fell back to its default. */
  reset: boolean;
  /** For the organization's policy: one plain sentence per part that could not be used. */
  problems?: string[];
}

/** The person's own settings from storage.local `settings`; never throws. */
export function readOwnSettings(value: unknown): Read<OwnSettings> {
  return readSettings(value);
}

/** The organization's policy from storage.managed; each invalid part is left out and named. */
export function readManagedPolicy(value: unknown): Read<ManagedPolicy> {
  const read = readPolicy(value ?? undefined);
  return read.problems.length > 0 ? { value: read.value, reset: true, problems: read.problems } : { value: read.value, reset: false };
}

/** What may be written to storage.local `settings`: the whole value, valid, or an error. */
export function settingsForStorage(own: OwnSettings): OwnSettings {
  OwnSettingsSchema.parse(own);
  return own;
}
