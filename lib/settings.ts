/**
 * The person's (or their administrator's) settings, shared by the content
 * script and the options page. Plain data; storage access lives in the
 * adapters.
 */
import * as z from 'zod/mini';

export const SETTINGS_KEY = 'settings';

export const SettingsSchema = z.object({
  /** Upwork's default: Enter sends a message. Off when the person swapped it (Ctrl/Cmd+Enter sends). */
  enterSends: z._default(z.boolean(), true),
});

export type Settings = z.infer<typeof SettingsSchema>;

/** Reads stored settings defensively: anything malformed falls back to the defaults. */
export function parseSettings(value: unknown): Settings {
  const parsed = SettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}
