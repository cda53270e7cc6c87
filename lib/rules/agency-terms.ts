import { prepare } from '../detector/prepare';
import { defineRule, type Hit } from '../detector/rule';
import type { OrganizationTerms } from '../detector/types';
import { facts } from './catalog';

/**
 * The organization's own forbidden terms (its domains, chat handles, phrases, competing
 * platforms), given by its administrator in the managed policy and passed to the detector as
 * configuration (`detect(text, context, { terms })`). Without terms this rule finds nothing.
 *
 * Every mention counts, negated or not: an agency that lists "Fiverr" wants it out of its
 * messages whatever the sentence says, and a list that behaves predictably is easier to run.
 */

type MessageId = 'domain' | 'handle' | 'phrase' | 'platform';

interface Compiled {
  kind: MessageId;
  pattern: RegExp;
}

const WORD = '[\\p{L}\\p{N}_]';
// Syntax characters only: the 'u' flag refuses any other escape (a '-' outside a class is literal).
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A term in the detector's own prepared view (lower case, folded, look-alikes undone), spaces loose. */
function normalised(term: string): string {
  return escape(prepare(term.trim()).text.trim()).replace(/\s+/g, '\\s+');
}

function alternation(terms: readonly string[] | undefined): string | null {
  const parts = [...new Set((terms ?? []).map(normalised).filter((t) => t.length > 0))];
  if (parts.length === 0) return null;
  // Longest first, so "acme studio" wins over "acme" at the same place.
  return `(?:${parts.sort((a, b) => b.length - a.length).join('|')})`;
}

function compile(terms: OrganizationTerms): Compiled[] {
  const out: Compiled[] = [];
  const add = (kind: MessageId, body: string | null, build: (body: string) => string) => {
    if (body) out.push({ kind, pattern: new RegExp(build(body), 'gu') });
  };
  // The domain or a subdomain of it, not a longer name that merely contains it.
  add('domain', alternation(terms.domains), (b) => `(?<![\\p{L}\\p{N}_-])(?:[\\p{L}\\p{N}-]+\\.)*${b}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`);
  add('handle', alternation(terms.handles), (b) => `(?<![\\p{L}\\p{N}_@.-])${b}(?!${WORD})`);
  add('phrase', alternation(terms.phrases), (b) => `(?<!${WORD})${b}(?!${WORD})`);
  add('platform', alternation(terms.platforms), (b) => `(?<!${WORD})${b}(?!${WORD})`);
  return out;
}

/** Compiled once per terms object: the content script passes the same object on every check. */
const cache = new WeakMap<OrganizationTerms, Compiled[]>();

/** Characters that extend a domain match to the whole address or link it belongs to. */
const ADDRESS_BEFORE = /[\p{L}\p{N}._%+@/:-]/u;
const LINK_AFTER = /[^\s<>"'()[\]{}]/u;

export default defineRule<MessageId>({
  ...facts('agency-terms'),
  description: "Terms your organization's policy forbids: its own domains, chat handles, phrases and competing platforms.",
  fixLabel: 'Remove it',
  messages: {
    domain: "This address or link is on a domain that your organization's policy does not allow in Upwork messages and proposals.",
    handle: "This handle or number is one that your organization's policy does not allow in Upwork messages and proposals.",
    phrase: "This phrase is one that your organization's policy does not allow in Upwork messages and proposals.",
    platform: "This names a platform that your organization's policy does not allow you to mention on Upwork.",
  },
  check({ text }, _context, { terms }) {
    let compiled = cache.get(terms);
    if (!compiled) {
      compiled = compile(terms);
      cache.set(terms, compiled);
    }
    const hits: Hit<MessageId>[] = [];
    for (const { kind, pattern } of compiled) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        let start = m.index;
        let end = m.index + m[0].length;
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        if (kind === 'domain') {
          // "jo@agency.example", "https://crm.agency.example/invite": the whole address or link.
          while (start > 0 && ADDRESS_BEFORE.test(text[start - 1]!)) start--;
          while (end < text.length && LINK_AFTER.test(text[end]!)) end++;
          pattern.lastIndex = end;
        }
        hits.push({ start, end, messageId: kind });
      }
    }
    return hits;
  },
});
