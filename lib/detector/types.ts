/** Where the text is being written. */
export type Surface = 'proposal' | 'message';

/** What is known about the conversation; it changes what is allowed. */
export interface DetectContext {
  /** A cover letter / screening answer, or a message in a room. */
  surface: Surface;
  /** Business and Enterprise clients may exchange contact details before a contract. */
  client: 'standard' | 'enterprise';
  /** After a contract starts, contact details are allowed in its room (payment outside still is not). */
  contract: 'none' | 'active';
  /** Who is writing. Some rules (feedback extortion) only apply to one side. */
  role: 'freelancer' | 'client';
  /**
   * The cover letters the person sent before, as fingerprints (lib/cover-letters.ts), for the
   * repeated-cover-letter rule. Absent (the CLI, messages): that rule says nothing. An input, so
   * the detector stays pure: the content script reads storage and passes it in.
   */
  sentLetters?: SentLetters;
}

/** What the repeated-cover-letter rule compares against; see lib/cover-letters.ts. */
export interface SentLetters {
  /** The install's salt (base64), the same one the prints were made with. */
  salt: string;
  prints: readonly { at: number; sig: string }[];
  /** Similarity (0.5–1) from which a letter counts as the same. */
  threshold: number;
  retentionDays: number;
  /** The current time (ms since 1970): the detector reads no clock. */
  now: number;
}

export const defaultContext: DetectContext = {
  surface: 'message',
  client: 'standard',
  contract: 'none',
  role: 'freelancer',
};

export type Severity = 'violation' | 'warning' | 'info';

export type Category =
  | 'contact-sharing'
  | 'contact-request'
  | 'off-platform'
  | 'payment'
  | 'feedback'
  | 'account-sharing'
  | 'harassment'
  /** Terms an organization (an agency) forbids by its own policy (rule agency-terms). */
  | 'organization'
  /** The same cover letter sent again and again (rule repeated-cover-letter). */
  | 'spam';

/**
 * An organization's own forbidden terms, from its administrator's managed policy
 * (lib/policy-settings.ts `ForbiddenTerms`). Configuration the detector is given, never stored by it.
 */
export interface OrganizationTerms {
  /** Domains: any address or link on them or on their subdomains. */
  readonly domains?: readonly string[];
  /** Handles, user names, numbers: matched as written (letter case aside). */
  readonly handles?: readonly string[];
  /** Phrases: matched as whole words, letter case aside. */
  readonly phrases?: readonly string[];
  /** Competing platforms by name, matched as whole words. */
  readonly platforms?: readonly string[];
}

/** A suggested edit, in original-text offsets. */
export interface Fix {
  /** Short label for the button, in plain words. */
  label: string;
  start: number;
  end: number;
  /** Replacement text ('' removes the range). */
  replacement: string;
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text. */
  start: number;
  end: number;
  /** The characters the person typed, `text.slice(start, end)`. */
  match: string;
  /** One plain sentence: what was found and why it matters. */
  message: string;
  /** Why the severity was lowered, when an exception applies. */
  exception?: string;
  /** Title of the public document the rule comes from. */
  policy: string;
  fix?: Fix;
  /** Numbers the message was filled in with (e.g. how many letters, over how many days), for a translated card. */
  values?: Record<string, number>;
  /** Words as typed the message names (the second opinion's words that weighed most), for a translated card. */
  terms?: string[];
}
