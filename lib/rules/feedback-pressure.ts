import { defineRule, type Hit } from '../detector/rule';
import { isDisclaimed, matches } from '../detector/text';

type MessageId = 'conditional' | 'incentive' | 'demand';

const GOOD_REVIEW = "(?:(?:a |an |the |your |my )?(?:5|five|5\\.0|full|top|max(?:imum)?)[- ]?stars?(?: (?:review|rating|feedback))?|(?:a |an |the |your |some )?(?:good|great|positive|nice|excellent|perfect|glowing|top|high|best|5[- ]?star|five[- ]?star|10/10) (?:review|rating|feedback|score)s?|(?:review|rating|feedback) of (?:5|five))";
const ANY_REVIEW = `(?:${GOOD_REVIEW}|(?:a |the |your |some )?(?:review|rating|feedback))`;
const WORK = '(?:files?|source(?: files?| code)?|code|work|rest|final(?: (?:files?|version|design|work))?|deliverables?|project|design|designs|logo|video|document|report|remaining|last (?:part|milestone)|everything|high[- ]?res(?:olution)?|psd|ai|figma|repo|access|it|them|the (?:rest|remaining))';

/** "I'll send the source files after you leave 5 stars", "only once you give a good review". */
const CONDITIONAL = new RegExp(
  `\\b(?:send|deliver|give|share|release|hand (?:over)?|provide|upload|unlock|transfer|finish|complete)\\b[^.!?\\n]{0,40}?\\b${WORK}\\b[^.!?\\n]{0,30}?\\b(?:after|once|when|as soon as|only if|if|only after|right after|in exchange for)\\b[^.!?\\n]{0,25}?\\b(?:leave|give|post|write|submit|rate|left|given|posted|receive|get)?[^.!?\\n]{0,15}?${ANY_REVIEW}|\\b(?:leave|give|post)\\b[^.!?\\n]{0,20}?${ANY_REVIEW}\\b[^.!?\\n]{0,20}?\\b(?:first|before (?:i|we) (?:send|deliver|share|release|give))\\b`,
  'g',
);
/** "20% off for a 5-star review", "I'll refund you if you leave good feedback", "bonus for five stars". */
const INCENTIVE = new RegExp(
  `\\b(?:discount|refund|money back|bonus|free|% off|percent off|\\d+ ?% off|extra|gift|coupon|cashback|cash back|pay you|reward)\\b[^.!?\\n]{0,40}?\\b(?:for|if|in exchange for|in return for|when|once|after)\\b[^.!?\\n]{0,25}?${GOOD_REVIEW}|${GOOD_REVIEW}[^.!?\\n]{0,30}?\\b(?:and|&|for|i'?ll|i will|we'?ll)\\b[^.!?\\n]{0,20}?\\b(?:discount|refund|money back|bonus|free|% off|extra|gift|coupon|cashback|reward)\\b`,
  'g',
);
/** "please give me 5 stars", "make sure to leave a 5-star review", "anything less than 5 stars will hurt my account". */
const DEMAND = new RegExp(
  `\\b(?:give|leave|rate|post|write|close (?:the |this )?(?:contract|job) with|end (?:the |this )?contract with)\\b (?:me |us )?(?:only |just )?${GOOD_REVIEW}|\\b(?:only|must|have to|need to|make sure (?:to|you)|don'?t forget to|remember to)\\b[^.!?\\n]{0,20}?\\b(?:give|leave|rate)\\b[^.!?\\n]{0,10}?${GOOD_REVIEW}|\\b(?:anything|something) (?:less|lower) than (?:5|five)(?: stars?)?|\\b(?:don'?t|do not|please don'?t|never) (?:leave|give|post)\\b[^.!?\\n]{0,10}?\\b(?:a |any )?(?:bad|negative|low|poor|1|one|4|four)[- ]?(?:star )?(?:review|rating|feedback)|\\b(?:my (?:account|profile|job success(?: score)?|jss|rating|career|ranking))\\b[^.!?\\n]{0,30}?\\b(?:suffer|suspended|banned|ruined|hurt|drop|destroyed)\\b[^.!?\\n]{0,40}?\\b(?:review|rating|feedback|stars?)\\b|\\b${GOOD_REVIEW} (?:please|pls|plz)\\b`,
  'g',
);
/** Allowed: striving for a good rating, asking for honest feedback. */
const HONEST = /\b(?:honest|fair|any|your)\s(?:feedback|review|opinion|rating)|\b(?:strive|aim|hope|work hard|try|trying|earn)\b/;

export default defineRule<MessageId>({
  id: 'feedback-pressure',
  category: 'feedback',
  severity: 'violation',
  description: 'Pressure for good feedback: withholding work until a review is left, offering discounts or refunds for reviews, demanding five stars.',
  policy: 'violations',
  fixLabel: 'Ask for honest feedback instead',
  messages: {
    conditional: 'This makes the work depend on a review. Holding back deliverables until feedback is left is feedback abuse and can get your account put on hold.',
    incentive: 'This offers something in exchange for a good review. Buying feedback with discounts, refunds or extras is feedback abuse.',
    demand: 'This pressures the client for a top rating. You may ask for feedback and say you strive for great work, but not demand a particular score.',
  },
  check({ text }) {
    const hits: Hit<MessageId>[] = [];
    const push = (start: number, end: number, messageId: MessageId) => {
      if (isDisclaimed(text, start, end) && messageId !== 'demand') return;
      hits.push({ start, end, messageId, replacement: messageId === 'conditional' ? '' : "I'd really appreciate your honest feedback" });
    };
    for (const m of matches(CONDITIONAL, text)) push(m.index, m.index + m[0].length, 'conditional');
    for (const m of matches(INCENTIVE, text)) push(m.index, m.index + m[0].length, 'incentive');
    for (const m of matches(DEMAND, text)) {
      // "I strive to earn 5 stars" is allowed; "give me 5 stars" is not.
      if (HONEST.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      push(m.index, m.index + m[0].length, 'demand');
    }
    return hits;
  },
});
