import { defineRule, type Hit } from '../detector/rule';
import { isDisclaimed, matches } from '../detector/text';

type MessageId = 'threat';

const BAD_REVIEW = '(?:(?:a |an |the |my |your )?(?:1|one|2|two|low|bad|negative|poor|terrible|horrible|awful|honest(?:ly)? bad|scathing|angry|1-star|one-star)[- ]?(?:star)?s? ?(?:review|rating|feedback|stars?)|(?:a |an )?(?:bad|negative) (?:review|rating|feedback))';
/** "do this for free or I'll leave a 1-star review", "refund me or you get bad feedback", "unless you add the pages, expect a negative review". */
const THREAT = new RegExp(
  `\\b(?:or(?: else)?|otherwise|else|unless|if (?:you )?(?:don'?t|do not|won'?t|refuse|can'?t)|if not)\\b[^.!?\\n]{0,50}?\\b(?:i'?ll|i will|i'?m going to|i am going to|we'?ll|we will|you'?ll (?:get|receive)|you will (?:get|receive)|expect|i have to|i must|i can|i could|gonna)\\b[^.!?\\n]{0,20}?\\b(?:leave|give|post|write|rate|get|receive|expect)?[^.!?\\n]{0,10}?${BAD_REVIEW}|${BAD_REVIEW}[^.!?\\n]{0,30}?\\b(?:unless|if you (?:don'?t|do not|won'?t|refuse)|if not)\\b`,
  'g',
);

export default defineRule<MessageId>({
  id: 'feedback-extortion',
  category: 'feedback',
  severity: 'violation',
  description: 'Threats of bad feedback to get free work, extra work or a refund (from clients or freelancers).',
  policy: 'sixRules',
  fixLabel: 'Remove the threat',
  messages: {
    threat: 'This threatens a bad review to get something. Using feedback as leverage for free work or a refund is feedback abuse, whichever side does it.',
  },
  check({ text }) {
    const hits: Hit<MessageId>[] = [];
    for (const m of matches(THREAT, text)) {
      if (isDisclaimed(text, m.index, m.index + m[0].length) && !/^(?:or|otherwise|else|unless|if)/.test(m[0])) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'threat', replacement: '' });
    }
    return hits;
  },
});
