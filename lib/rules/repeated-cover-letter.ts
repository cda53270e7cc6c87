import { fingerprintPrepared, repeatsOf } from '../cover-letters';
import { defineRule, type Hit } from '../detector/rule';
import { sentences } from '../detector/text';
import { facts } from './catalog';

type MessageId = 'one-day' | 'one' | 'many-day' | 'many';

/**
 * A cover letter about the same as letters the person already sent. It needs a memory of what
 * was sent (`context.sentLetters`, fingerprints only, see lib/cover-letters.ts), which only the
 * browser extension has, and only for the cover letter: without it (the CLI, screening answers,
 * messages) the rule reports nothing. The finding covers the letter's first sentence, where a
 * tailored letter would start differently; nothing can be fixed for the person, so there is no
 * fix button.
 */
export default defineRule<MessageId>({
  ...facts('repeated-cover-letter'),
  description: 'A cover letter about the same as ones you already sent within the remembered days (compared by fingerprint, never by stored text).',
  messages: {
    'one-day': 'About the same as a cover letter you sent in the last day: tailor it to this job.',
    one: 'About the same as a cover letter you sent in the last {days} days: tailor it to this job.',
    'many-day': 'About the same as {count} cover letters you sent in the last day: tailor it to this job.',
    many: 'About the same as {count} cover letters you sent in the last {days} days: tailor it to this job.',
  },
  fixLabel: 'Tailor it to this job',
  fixScope: 'none',
  check(prepared, context) {
    const sent = context.sentLetters;
    if (!sent || context.surface !== 'proposal' || sent.prints.length === 0) return [];
    const sig = fingerprintPrepared(prepared.text, sent.salt);
    if (!sig) return [];
    const repeats = repeatsOf(sig, sent.prints, sent.threshold, sent.retentionDays, sent.now);
    if (!repeats) return [];
    const first = sentences(prepared.text).find((s) => /[\p{L}\p{N}]/u.test(s.text));
    if (!first) return [];
    const messageId: MessageId = repeats.count === 1 ? (repeats.days === 1 ? 'one-day' : 'one') : repeats.days === 1 ? 'many-day' : 'many';
    const hit: Hit<MessageId> = { start: first.start, end: first.end, messageId, values: { count: repeats.count, days: repeats.days } };
    return [hit];
  },
});
