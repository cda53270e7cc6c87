/**
 * The learned second opinion (lib/detector/classifier.ts) as a rule: each sentence the model reads
 * as a violation, in the category it reads, where no other rule of that category said anything
 * (`defers`). Opt-in: a statistical model is less sure than a pattern, so it runs only when the
 * person, the organization or the command line turns it on. Where Upwork allows contact (an
 * Enterprise client, an active contract) it says nothing about contact sentences, rather than a
 * note: the model cannot tell which kind of contact detail a sentence gives.
 */
import { CONTACT_FAMILY, preparedVerdicts, SECOND_OPINION_MESSAGES } from '../detector/classifier';
import { lexiconIndexSteps } from '../detector/classifier-words';
import { defineRule, type Hit } from '../detector/rule';
import type { Category } from '../detector/types';
import { facts } from './catalog';

/** The categories the model reads (lib/detector/classifier.ts CLASSES, "none" aside). */
const READ: readonly Category[] = ['account-sharing', 'contact-request', 'contact-sharing', 'feedback', 'harassment', 'off-platform', 'payment'];

const AFTER = 'No rule matched it; check it before sending.';
const messages: Record<string, string> = {};
for (const category of READ) {
  messages[category] = `${SECOND_OPINION_MESSAGES[category]} (the words that weighed most: {terms}). ${AFTER}`;
  messages[`${category}-plain`] = `${SECOND_OPINION_MESSAGES[category]}. ${AFTER}`;
}

export default defineRule({
  ...facts('second-opinion'),
  description: 'Sentences no rule matched that a model trained on labelled messages reads as a violation (contact, leaving Upwork, payment, feedback, accounts, abuse): to read again, not certain.',
  messages,
  fixLabel: 'Remove this sentence',
  fixScope: 'sentence',
  fixText: '',
  defers: true,
  // It drops contact readings under an Enterprise client or an active contract (below) and lowers nothing, as the
  // measured secondOpinion() does: an NDA nearby must not turn its warning into a note.
  ownContext: true,
  *check(prepared, context, config) {
    // The first check builds the model's word-class index (twenty thousand phrases) in steps of its own, then reads; later checks
    // take no step here (the checks of every keystroke).
    yield* lexiconIndexSteps();
    const contactAllowed = context.client === 'enterprise' || context.contract === 'active';
    const out: Hit[] = [];
    for (const v of preparedVerdicts(prepared)) {
      if (contactAllowed && CONTACT_FAMILY.has(v.category)) continue;
      // Every rule of that category turned off (by the person or the organization): not answered under another name.
      if (config.silenced?.has(v.category)) continue;
      out.push({
        start: v.start,
        end: v.end,
        category: v.category,
        messageId: v.topTerms.length ? v.category : `${v.category}-plain`,
        ...(v.topTerms.length && { terms: v.topTerms }),
      });
    }
    return out;
  },
});
