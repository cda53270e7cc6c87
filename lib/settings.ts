/**
 * The person's settings, the organization's managed policy and per-conversation
 * facts, shared by the content script, the options page and the popup. Plain
 * data and defensive parsing; storage access lives in the adapters
 * (lib/settings-store.ts and the entrypoints).
 *
 * Reading is validated, bounded and honest: a stored value that is not what
 * Clearsend writes keeps every part that can be read, the rest falls back to
 * the default, and the reader says so (`reset`, `problems`), so the person can
 * be told; the conversation map never holds more than MAX_CONVERSATIONS entries
 * (the least recently marked go first). An older settings value (only
 * `enterSends`, before issue 8) reads as that choice plus the defaults: it is a
 * migration, not a reset.
 *
 * The parsers are hand-written, not zod: the content script runs on every
 * upwork.com page and is already over its size budget, and zod/mini with these
 * schemas would add several KB gzipped to it. The zod schemas in
 * lib/settings-schema.ts are the specification (the options page and the popup
 * may use them directly), and a property test (tests/unit/settings.test.ts)
 * checks that these parsers accept exactly what they accept.
 */
import { DEFAULT_OWN_SETTINGS, type CoverLetterMemory, type ForbiddenTerms, type GuardMode, type ManagedPolicy, type OwnSettings, type RuleChoice } from './policy-settings';
import type { Severity } from './detector/types';
import { RULE_CATALOG } from './rules/catalog';

export const SETTINGS_KEY = 'settings';
export const CONVERSATIONS_KEY = 'conversations';
/** Conversations remembered; beyond this the least recently marked are forgotten. */
export const MAX_CONVERSATIONS = 500;
/** Longest conversation id kept (room ids are 37 characters). */
export const MAX_CONVERSATION_ID = 200;

/** Every rule id a setting or a policy may name (lib/rules/catalog.ts). */
export const RULE_IDS: readonly string[] = RULE_CATALOG.map((r) => r.id);
export const GUARD_MODES = ['off', 'ask', 'block'] as const satisfies readonly GuardMode[];
export const SEVERITIES = ['violation', 'warning', 'info'] as const satisfies readonly Severity[];
/** Bounds of the cover-letter memory (lib/policy-settings.ts). */
export const THRESHOLD_RANGE = [0.5, 1] as const;
export const RETENTION_RANGE = [1, 365] as const;
/** At most this many terms per list, each at most MAX_TERM_LENGTH characters (domains: 253). */
export const MAX_TERMS = 200;
export const MAX_TERM_LENGTH = 200;
export const MAX_DOMAIN_LENGTH = 253;
/** A domain name: labels of letters, digits and hyphens, at least two, no scheme, path or "@". */
export const DOMAIN = /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}][\p{L}\p{N}-]{0,61}$/u;
export const TERM_LISTS = ['domains', 'handles', 'phrases', 'platforms'] as const satisfies readonly (keyof ForbiddenTerms)[];

/** The person's settings (the shape after issue 8). */
export type Settings = OwnSettings;
export const DEFAULT_SETTINGS: Settings = DEFAULT_OWN_SETTINGS;

/** What was read, and whether the stored value was unreadable in part or in whole (so it was reset). */
export interface Read<T> {
  value: T;
  reset: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOneOf = <T extends string>(choices: readonly T[], v: unknown): v is T => typeof v === 'string' && (choices as readonly string[]).includes(v);
const isThreshold = (v: unknown): v is number => typeof v === 'number' && v >= THRESHOLD_RANGE[0] && v <= THRESHOLD_RANGE[1];
const isRetention = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= RETENTION_RANGE[0] && (v as number) <= RETENTION_RANGE[1];
const isTerm = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TERM_LENGTH && /\S/.test(v);
const isDomain = (v: unknown): v is string => typeof v === 'string' && DOMAIN.test(v);
/** The entries of a stored object; a key holding `undefined` counts as absent (storage never keeps one). */
const entries = (o: Record<string, unknown>) => Object.entries(o).filter(([, v]) => v !== undefined);

/** The cover-letter memory's valid parts over `base`; `bad` hears each part that is not valid. */
function readCoverLetters(value: Record<string, unknown>, bad: (key: string, v: unknown, expected: string) => void): Partial<CoverLetterMemory> {
  const out: Partial<CoverLetterMemory> = {};
  for (const [key, v] of entries(value)) {
    if (key === 'enabled' && typeof v === 'boolean') out.enabled = v;
    else if (key === 'threshold' && isThreshold(v)) out.threshold = v;
    else if (key === 'retentionDays' && isRetention(v)) out.retentionDays = v;
    else if (key === 'enabled') bad(key, v, 'true or false');
    else if (key === 'threshold') bad(key, v, `a number from ${THRESHOLD_RANGE[0]} to ${THRESHOLD_RANGE[1]}`);
    else if (key === 'retentionDays') bad(key, v, `a whole number of days from ${RETENTION_RANGE[0]} to ${RETENTION_RANGE[1]}`);
    else bad(key, v, 'nothing: there is no such setting');
  }
  return out;
}

/** A rule choice's valid parts; `bad` hears each part that is not valid. */
function readRuleChoice(value: Record<string, unknown>, bad: (key: string, v: unknown, expected: string) => void): Partial<RuleChoice> {
  const out: Partial<RuleChoice> = {};
  for (const [key, v] of entries(value)) {
    if (key === 'enabled' && typeof v === 'boolean') out.enabled = v;
    else if (key === 'severity' && isOneOf(SEVERITIES, v)) out.severity = v;
    else if (key === 'enabled') bad(key, v, 'true or false');
    else if (key === 'severity') bad(key, v, `one of ${SEVERITIES.join(', ')}`);
    else bad(key, v, 'nothing: there is no such setting');
  }
  return out;
}

/**
 * Reads the person's stored settings. Nothing stored is the default. Missing parts take their
 * default (an older value with only `enterSends` migrates silently); parts that are unknown or
 * invalid are dropped and reported (`reset`), the rest is kept.
 */
export function readSettings(value: unknown): Read<Settings> {
  const out: Settings = { ...DEFAULT_OWN_SETTINGS, rules: {}, coverLetters: { ...DEFAULT_OWN_SETTINGS.coverLetters } };
  if (value === undefined) return { value: out, reset: false };
  if (!isRecord(value)) return { value: out, reset: true };
  let reset = false;
  const bad = () => {
    reset = true;
  };
  for (const [key, v] of entries(value)) {
    if (key === 'enterSends' && typeof v === 'boolean') out.enterSends = v;
    else if (key === 'guard' && isOneOf(GUARD_MODES, v)) out.guard = v;
    else if (key === 'rules' && isRecord(v)) {
      for (const [id, choice] of Object.entries(v)) {
        const read = RULE_IDS.includes(id) && isRecord(choice) ? readRuleChoice(choice, bad) : null;
        // A person's rule choice always says whether the rule is on; without that it is dropped.
        if (read && typeof read.enabled === 'boolean') out.rules[id] = read as RuleChoice;
        else reset = true;
      }
    } else if (key === 'coverLetters' && isRecord(v)) out.coverLetters = { ...out.coverLetters, ...readCoverLetters(v, bad) };
    else reset = true;
  }
  return { value: out, reset };
}

export function parseSettings(value: unknown): Settings {
  return readSettings(value).value;
}

/** What was read from managed storage, and one plain sentence per part that could not be used. */
export interface ReadPolicy {
  value: ManagedPolicy;
  problems: string[];
}

/** A value as shown in a problem: short, and on one line. */
function shown(v: unknown): string {
  let text: string;
  try {
    text = v === undefined ? 'nothing' : (JSON.stringify(v) ?? String(v));
  } catch {
    text = String(v);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Reads the organization's managed policy (`browser.storage.managed`, filled by Chrome or Edge
 * from enterprise policy). Every valid part is kept; each invalid part is left out and reported
 * in plain words, naming where it is ("rules.contact-mail", "forbiddenTerms.domains[2]").
 */
export function readManagedPolicy(value: unknown): ReadPolicy {
  const policy: ManagedPolicy = {};
  const problems: string[] = [];
  const bad = (path: string, v: unknown, expected: string) => problems.push(`"${path}" is ${shown(v)}, expected ${expected}`);
  if (value === undefined) return { value: policy, problems };
  if (!isRecord(value)) {
    bad('(the policy)', value, 'an object of settings');
    return { value: policy, problems };
  }
  for (const [key, v] of entries(value)) {
    switch (key) {
      case 'guard':
        if (isOneOf(GUARD_MODES, v)) policy.guard = v;
        else bad(key, v, `one of ${GUARD_MODES.join(', ')}`);
        break;
      case 'enterSends':
      case 'allowUserChanges':
      case 'allowMarks':
        if (typeof v === 'boolean') policy[key] = v;
        else bad(key, v, 'true or false');
        break;
      case 'rules':
        if (!isRecord(v)) {
          bad(key, v, 'an object with one entry per rule id');
          break;
        }
        policy.rules = {};
        for (const [id, choice] of Object.entries(v)) {
          if (!RULE_IDS.includes(id)) problems.push(`"rules.${id}": there is no Clearsend rule with this id (the rules are ${RULE_IDS.join(', ')})`);
          else if (!isRecord(choice)) bad(`rules.${id}`, choice, 'an object with "enabled" and/or "severity"');
          else policy.rules[id] = readRuleChoice(choice, (k, w, e) => bad(`rules.${id}.${k}`, w, e));
        }
        break;
      case 'coverLetters':
        if (isRecord(v)) policy.coverLetters = readCoverLetters(v, (k, w, e) => bad(`coverLetters.${k}`, w, e));
        else bad(key, v, 'an object with "enabled", "threshold" and/or "retentionDays"');
        break;
      case 'forbiddenTerms':
        if (isRecord(v)) policy.forbiddenTerms = readTerms(v, bad, (problem) => problems.push(problem));
        else bad(key, v, `an object with the lists ${TERM_LISTS.join(', ')}`);
        break;
      default:
        problems.push(`"${key}" is not a Clearsend setting (the settings are guard, enterSends, rules, coverLetters, forbiddenTerms, allowUserChanges, allowMarks)`);
    }
  }
  return { value: policy, problems };
}

function readTerms(value: Record<string, unknown>, bad: (path: string, v: unknown, expected: string) => void, note: (problem: string) => void): Partial<ForbiddenTerms> {
  const terms: Partial<ForbiddenTerms> = {};
  for (const [key, list] of entries(value)) {
    const path = `forbiddenTerms.${key}`;
    if (!isOneOf(TERM_LISTS, key)) {
      bad(path, list, `nothing: the lists are ${TERM_LISTS.join(', ')}`);
      continue;
    }
    if (!Array.isArray(list)) {
      bad(path, list, 'a list of strings');
      continue;
    }
    const valid = key === 'domains' ? isDomain : isTerm;
    const kept: string[] = [];
    list.forEach((item: unknown, i) => {
      if (i >= MAX_TERMS) return;
      if (valid(item)) kept.push(item);
      else bad(`${path}[${i}]`, item, key === 'domains' ? 'a domain name such as "agency-crm.example"' : `a term of 1 to ${MAX_TERM_LENGTH} characters`);
    });
    if (list.length > MAX_TERMS) note(`"${path}" has ${list.length} terms, more than the ${MAX_TERMS} allowed: only the first ${MAX_TERMS} are used`);
    terms[key] = kept;
  }
  return terms;
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
