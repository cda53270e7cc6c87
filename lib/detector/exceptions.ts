import type { Category, DetectContext, Severity } from './types';
import type { ExceptionId } from './rule';
import { LEGAL_DOCUMENT } from './lexicon/index';
import { paragraphBefore, sentenceAt } from './text';

const INVITATION = /\b(?:e-?mail|mail|contact|reach|write(?: to)?|call|text|message|ping|whatsapp) (?:me|us)\b/;
/** "...for the background check. You can just type them here in the chat": the details go into the chat, not into the signed papers. */
const INTO_THE_CHAT =
  /\b(?:type|write|put|paste|drop|enter|send|share) (?:(?:them|it|those|these|that|the details|your details) )?(?:here|below|in (?:the|this) (?:chat|thread|message))\b/;

/** "Send your W-9 and a direct email": the detail asked for next to the document, not written into it. */
const ALONGSIDE = new RegExp(
  '\\b(?:nda|w-?9|w-?8\\w*|forms?|contracts?|agreements?|documents?|paperwork|tax forms?)\\b (?:and|plus|as well as|\\+) (?:also )?(?:a |an |your |ur |the )?' +
    '(?:direct |personal |private |best |mobile )?(?:e-?mail|phone|number|whatsapp|telegram|contact|cell|mobile)',
);

/**
 * The policy's exceptions. They lower a finding's severity and say why; they
 * never apply to payment outside Upwork, account sharing, feedback abuse or
 * harassment, which no context makes acceptable. The last, 'model-ordinary', is
 * no exception of the policy's: the second opinion's veto (detect.ts), which keeps
 * any finding it lowers underlined and explained as a warning.
 */
export const EXCEPTIONS: Record<ExceptionId, { severity: Severity; explanation: string }> = {
  'enterprise-client': {
    severity: 'info',
    explanation: 'Allowed: Business and Enterprise clients may exchange contact details and talk outside Upwork before a contract.',
  },
  'active-contract': {
    severity: 'info',
    explanation: 'Allowed: once a contract has started, contact details may be exchanged in its room. Payment must still go through Upwork.',
  },
  'project-access': {
    severity: 'info',
    explanation: 'Allowed: an email may be shared only so someone can be given access to a project system (a repository, design tool, tracker or shared drive).',
  },
  nda: {
    severity: 'info',
    explanation: 'Allowed: contact details may appear in a legal document, such as an NDA, that has to be signed before a contract.',
  },
  portfolio: {
    severity: 'warning',
    explanation: 'Check this one: a portfolio outside Upwork may be shared, but links that give a way to contact you may not.',
  },
  'model-ordinary': {
    severity: 'warning',
    explanation: 'Check this one: a rule matched it, but the second opinion reads the whole sentence as ordinary, so it is a warning and the send is not stopped for it.',
  },
};

/** Categories about contact between the two people: the only ones exceptions can soften. */
const CONTACT_FAMILY: ReadonlySet<Category> = new Set(['contact-sharing', 'contact-request', 'off-platform']);

/** The exception the conversation's context grants a contact finding, if any. */
export function contextException(category: Category, context: DetectContext, text: string, start: number, end: number): ExceptionId | undefined {
  if (!CONTACT_FAMILY.has(category)) return undefined;
  if (context.client === 'enterprise') return 'enterprise-client';
  if (context.contract === 'active') return 'active-contract';
  // The legal document may be named in the sentence before: "The signed NDA is attached. It lists my address: ...".
  // Details that are part of the document, not an invitation to write ("mail me ... for the NDA").
  // Details written into the document, or asked for to fill it in ("sign the NDA and write your address on page 2").
  if (category === 'contact-sharing' || category === 'contact-request') {
    const paragraph = paragraphBefore(text, start, end);
    const intoChat = INTO_THE_CHAT.test(paragraph + text.slice(end, end + 200));
    const sentence = sentenceAt(text, start).text;
    if (LEGAL_DOCUMENT.test(paragraph) && !INVITATION.test(sentence) && !intoChat && !ALONGSIDE.test(sentence)) return 'nda';
  }
  return undefined;
}

export function canSoften(category: Category): boolean {
  return CONTACT_FAMILY.has(category);
}
