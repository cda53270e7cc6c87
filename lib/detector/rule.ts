import type { Category, DetectContext, OrganizationTerms, Severity } from './types';
import type { PolicyId } from './policy';
import type { Prepared } from './prepare';

/** What a rule reports, in prepared-view offsets. The engine maps and finishes it. */
export interface Hit<MessageId extends string = string> {
  start: number;
  end: number;
  messageId: MessageId;
  /** Lower than the rule's default when the rule itself sees a reason (a portfolio link). */
  severity?: Severity;
  /** Id of an exception the rule recognised (see exceptions.ts). */
  exception?: ExceptionId;
  /** A rewording to offer instead of removal, in place of the matched characters. */
  replacement?: string;
  /** Numbers for the message's `{name}` placeholders. */
  values?: Record<string, number>;
  /**
   * The hit's own category, for a rule of several categories (`category: 'several'`), which must
   * give one on every hit; other rules leave it out and their category applies.
   */
  category?: Category;
  /** Words as typed, for the message's `{terms}` placeholder (quoted, joined by commas). */
  terms?: readonly string[];
}

export type ExceptionId =
  | 'enterprise-client'
  | 'active-contract'
  | 'project-access'
  | 'nda'
  | 'portfolio'
  | 'model-ordinary';

export interface Rule<MessageId extends string = string> {
  /** Same as the file name and the doc name (docs/rules/<id>.md). */
  id: string;
  /** 'several': each hit names its own (the second opinion, whose model reads every category). */
  category: Category | 'several';
  severity: Severity;
  /**
   * Off unless asked for (DetectOptions.enabled; the person's settings, the CLI's --rule): a rule
   * that is less sure than the others (the second opinion, a statistical model).
   */
  optIn?: boolean;
  /**
   * Its findings give way to any other rule's finding of the same category that overlaps them,
   * whatever that finding's severity: it speaks only where the other rules said nothing (an info
   * finding an exception lowered is not raised again by it).
   */
  defers?: boolean;
  /**
   * It reads the conversation's context itself: the engine's context exceptions (an Enterprise
   * client, an active contract, an NDA nearby...) do not lower its findings to notes.
   */
  ownContext?: boolean;
  /** One line for the rule index. */
  description: string;
  /** Which public document the rule comes from. */
  policy: PolicyId;
  /** Plain-words messages, looked up by id. */
  messages: Record<MessageId, string>;
  /** Label of the suggested fix button. */
  fixLabel: string;
  /**
   * What the fix edits. 'match' (default): the flagged characters, replaced by the
   * hit's replacement or removed (an email address, a phone number). 'sentence': the
   * whole sentence, replaced by `fixText` or removed, so the result still reads
   * well ("Let's continue on WhatsApp." becomes "Let's keep talking here on Upwork.").
   * 'none': no edit can fix it (a letter sent before needs rewriting by the person); no fix button.
   */
  fixScope?: 'match' | 'sentence' | 'none';
  fixText?: string;
  /**
   * The rule's hits. `config` carries what a rule may be configured with (only agency-terms reads
   * it today). A rule with many long scans may be a generator instead (`*check`) that yields
   * between them and returns its hits: detectSteps hands the main thread back at each yield. It
   * yields only between scans, at the top of its body, never inside a `matches` loop, since a
   * global pattern's lastIndex must not be shared with a check that runs while this one waits
   * (tests/unit/meta.test.ts enforces that).
   */
  check(prepared: Prepared, context: DetectContext, config: RuleConfig): Hit<MessageId>[] | Generator<void, Hit<MessageId>[]>;
}

/** Configuration given to every rule's check; plain data, so rules stay pure. */
export interface RuleConfig {
  /** The organization's forbidden terms (empty lists when there is no policy). */
  terms: OrganizationTerms;
  /**
   * Categories whose every rule is turned off for this check: a rule that reads several categories (the second opinion) keeps
   * quiet about them, so that turning off "off-platform" is not answered by the same warning under another name.
   */
  silenced?: ReadonlySet<Category>;
}

/** Identity helper that keeps message ids typed. */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}
