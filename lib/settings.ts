/**
 * The person's settings and per-conversation facts, shared by the content script
 * and the options page. Plain data and defensive parsing; storage access lives
 * in the adapters.
 *
 * Parsing is hand-written on purpose: these are two booleans and two enums the
 * extension wrote itself, and zod/mini would add about 5 KB gzipped to the
 * content script that every upwork.com page loads (measured with `npm run
 * bench:browser`). zod validates the corpus files instead (tests/corpus/load.ts).
 */

export const SETTINGS_KEY = 'settings';
export const CONVERSATIONS_KEY = 'conversations';

export interface Settings {
  /** Upwork's default: Enter sends a message. Off when the person swapped it (Ctrl/Cmd+Enter sends). */
  enterSends: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enterSends: true };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads stored settings: anything missing or malformed falls back to the default. */
export function parseSettings(value: unknown): Settings {
  const v = isRecord(value) ? value : {};
  return { enterSends: typeof v.enterSends === 'boolean' ? v.enterSends : DEFAULT_SETTINGS.enterSends };
}

/** What the person told Clearsend about one conversation. */
export interface ConversationFacts {
  client?: 'standard' | 'enterprise';
  contract?: 'none' | 'active';
}

/** Reads the stored conversations: malformed entries and unknown values are dropped. */
export function parseConversations(value: unknown): Record<string, ConversationFacts> {
  const out: Record<string, ConversationFacts> = {};
  if (!isRecord(value)) return out;
  for (const [key, facts] of Object.entries(value)) {
    if (!isRecord(facts)) continue;
    const entry: ConversationFacts = {};
    if (facts.client === 'standard' || facts.client === 'enterprise') entry.client = facts.client;
    if (facts.contract === 'none' || facts.contract === 'active') entry.contract = facts.contract;
    out[key] = entry;
  }
  return out;
}
