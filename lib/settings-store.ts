/**
 * Reading the settings in force from extension storage: the person’s own (`storage.local`,
 * key `settings`) and the organization's managed policy (`storage.managed`, filled by Chrome or
 * Edge from enterprise policy), merged by effectiveSettings. Shared by the content script, the
 * options page and the popup; the storage API is passed in, so this runs in unit tests too.
 *
 * Managed storage is read defensively: Firefox rejects the read when no policy manifest is
 * installed, and a browser without the area has none. Either way there is no policy, and
 * nothing to tell the person.
 */
import { effectiveSettings, type EffectiveSettings, type ManagedPolicy, type OwnSettings } from './policy-settings';
import { readManagedPolicy, readSettings, SETTINGS_KEY, type Read, type ReadPolicy } from './settings';

/**
 * The part of `browser.storage.local` / `.managed` this needs. (Parameters here are named `api`,
 * not `storage`: WXT auto-imports its own storage module, about 9 KB, for a free `storage`.)
 */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}

export interface StorageLike {
  local: StorageAreaLike;
  managed?: StorageAreaLike;
}

/** Everything a screen needs: what is in force, what the person chose, and what the organization set. */
export interface LoadedSettings {
  effective: EffectiveSettings;
  own: Read<OwnSettings>;
  policy: ReadPolicy;
}

/** The managed policy, or no policy when the area is missing, throws or rejects. */
export async function readManagedArea(api: Pick<StorageLike, 'managed'>): Promise<ReadPolicy> {
  let items: unknown;
  try {
    if (!api.managed) return { value: {}, problems: [] };
    items = await api.managed.get(null);
  } catch {
    return { value: {}, problems: [] };
  }
  return readManagedPolicy(items);
}

/** The person's own settings; a failed read is the defaults (not a reset: nothing was unreadable). */
export async function readOwnArea(api: Pick<StorageLike, 'local'>): Promise<Read<OwnSettings>> {
  let items: Record<string, unknown>;
  try {
    items = await api.local.get(SETTINGS_KEY);
  } catch {
    return readSettings(undefined);
  }
  return readSettings(items?.[SETTINGS_KEY]);
}

/** Both areas, read at once, and the merge. */
export async function loadSettings(api: StorageLike): Promise<LoadedSettings> {
  const [own, policy] = await Promise.all([readOwnArea(api), readManagedArea(api)]);
  return { own, policy, effective: effectiveSettings(own.value, policy.value) };
}

/** Problems shown at most, one sentence each; the rest are counted. */
const SHOWN_PROBLEMS = 3;

/** The notice for a policy that could not be read in full, or null when it could. */
export function policyNotice(problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
  const more = problems.length > SHOWN_PROBLEMS ? ` (and ${problems.length - SHOWN_PROBLEMS} more)` : '';
  return `Your organization’s Clearsend policy could not be read in full: ${shown}${more}. The rest of the policy applies; tell your administrator.`;
}

/** True when the organization fixed the value at `path` ("guard", "rules.contact-email.enabled"). */
export function isManaged(effective: Pick<EffectiveSettings, 'managed'>, path: string): boolean {
  return effective.managed.has(path);
}

export type { ManagedPolicy };
