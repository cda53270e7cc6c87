/**
 * The person's settings and per-conversation facts, shared by the content script
 * and the options page. Plain data and defensive parsing; storage access lives
 * in the adapters.
 *
 * Reading is validated, bounded and honest: a stored value that is not what
 * Clearsend writes is replaced by what can be saved of it (or the default), and
 * the reader says so (`reset`), so the person can be told; the conversation map
 * never holds more than MAX_CONVERSATIONS entries (the least recently marked go
 * first).
 *
 * The parser is hand-written, not zod: the content script runs on every
 * upwork.com page, and zod/mini with these two schemas adds 18.9 KB (6.3 KB
 * gzipped) to it, for two booleans, two enums and a timestamp. The zod schemas
 * live in tests/unit/settings.test.ts as the specification, and a property
 * test checks that this parser accepts exactly what they accept.
 */

export const SETTINGS_KEY = 'settings';
export const CONVERSATIONS_KEY = 'conversations';
/** Conversations remembered; beyond this the least recently marked are forgotten. */
export const MAX_CONVERSATIONS = 500;
/** Longest conversation id kept (room ids are 37 characters). */
export const MAX_CONVERSATION_ID = 200;

export interface Settings {
  /** Upwork's default: Enter sends a message. Off when the person swapped it (Ctrl/Cmd+Enter sends). */
  enterSends: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enterSends: true };

/** What was read, and whether the stored value was unreadable (so it was reset). */
export interface Read<T> {
  value: T;
  reset: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads stored settings. Nothing stored is the default; anything malformed is the default, reported. */
export function readSettings(value: unknown): Read<Settings> {
  if (value === undefined) return { value: { ...DEFAULT_SETTINGS }, reset: false };
  if (isRecord(value) && typeof value.enterSends === 'boolean') return { value: { enterSends: value.enterSends }, reset: false };
  return { value: { ...DEFAULT_SETTINGS }, reset: true };
}

export function parseSettings(value: unknown): Settings {
  return readSettings(value).value;
}

/** What the person told Clearsend about one conversation. */
export interface ConversationFacts {
  client?: 'standard' | 'enterprise';
  contract?: 'none' | 'active';
  /** When the person last marked it (ms since 1970), for pruning. */
  at?: number;
}

/** One stored entry: the facts that can be read, and whether everything in it could (clean). */
export function readFacts(facts: unknown): { entry: ConversationFacts; clean: boolean } | null {
  if (!isRecord(facts)) return null;
  const entry: ConversationFacts = {};
  let clean = true;
  for (const [name, v] of Object.entries(facts)) {
    if (name === 'client' && (v === 'standard' || v === 'enterprise')) entry.client = v;
    else if (name === 'contract' && (v === 'none' || v === 'active')) entry.contract = v;
    else if (name === 'at' && typeof v === 'number' && Number.isFinite(v)) entry.at = v;
    else clean = false;
  }
  return { entry, clean };
}

/**
 * Reads the stored conversations: malformed entries are dropped (and reported),
 * and only the MAX_CONVERSATIONS most recently marked are kept. `pruned` says
 * the stored map should be written back smaller.
 */
export function readConversations(value: unknown): Read<Record<string, ConversationFacts>> & { pruned: boolean } {
  if (value === undefined) return { value: {}, reset: false, pruned: false };
  if (!isRecord(value)) return { value: {}, reset: true, pruned: false };
  let reset = false;
  const kept: [string, ConversationFacts][] = [];
  for (const [key, facts] of Object.entries(value)) {
    const read = key.length > 0 && key.length <= MAX_CONVERSATION_ID ? readFacts(facts) : null;
    if (read) kept.push([key, read.entry]);
    if (!read?.clean) reset = true;
  }
  const pruned = kept.length > MAX_CONVERSATIONS;
  if (pruned) {
    kept.sort((a, b) => (b[1].at ?? 0) - (a[1].at ?? 0));
    kept.length = MAX_CONVERSATIONS;
  }
  return { value: Object.fromEntries(kept), reset, pruned };
}

export function parseConversations(value: unknown): Record<string, ConversationFacts> {
  return readConversations(value).value;
}

/** Adds or updates one conversation, newest first, within the cap. */
export function markConversation(all: Record<string, ConversationFacts>, key: string, facts: ConversationFacts, now: number): Record<string, ConversationFacts> {
  const next = { ...all, [key]: { ...all[key], ...facts, at: now } };
  return readConversations(next).value;
}
