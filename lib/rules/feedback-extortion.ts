import { defineRule, type Hit } from '../detector/rule';
import { matches, reportedBefore, sentenceAt, sentenceBefore, sentences } from '../detector/text';
import { tester, within } from '../detector/frame';
import * as feedbackWords from '../detector/lexicon/feedback';
import { oneOf } from '../detector/pattern';
import { compileAhead } from '../detector/compile-first';
import { facts } from './catalog';

/** A bad review tied, by a condition, to money back or free work, in any language (this sentence or the one before). */
const HAS_BAD_REVIEW = tester.patterns(feedbackWords.BAD_REVIEW);
const hasCondition = tester(feedbackWords.CONDITION);
const hasRefundOrFree = tester(feedbackWords.REFUND_OR_FREE);
/**
 * The text of the sentence after the one ending at `end` (empty at the end of the text, or when
 * 200 characters of spaces and stops come first): read in a bounded slice, so a check stays linear.
 */
function sentenceAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 200).search(/[^\s.!?;]/);
  return rest === -1 ? '' : sentenceAt(text, end + rest).text;
}
/** A good review held back until extra work is done: "I'll close with a good review only if you also build X. No extra pay." */
const GOOD_REVIEW_ONLY_IF = within(feedbackWords.GOOD_REVIEW, feedbackWords.ONLY_IF, 60);
/** The review held up as power, with free work or money asked nearby: "remember who writes your review. The extra pages at the same price." */
const REVIEW_POWER = tester.patterns(feedbackWords.REVIEW_POWER);
/** The review withheld until more work is done: "No review till you do the extra listings", "no feedback until you add the pages". */
const MORE_WORK = /\b(?:extra|more|additional|also|another|free|bonus|for nothing|same price|no (?:extra )?charge|too|as well)\b/;
/** More work ordered in the clause after a good review held out: "..., you'll also need to produce", "... you will additionally have to". */
const MORE_DEMANDED_AFTER = /^[^.!?\n]{0,30}?\b(?:you(?:'ll| will| would)?|u) (?:also|additionally|still) (?:need|have|got) to\b/;
const REVIEW_WITHHELD = compileAhead(new RegExp(
  '\\bno (?:review|feedback|rating|stars?|5 stars?)s?(?: from me| for you)? (?:until|till|til|unless|before) (?:you|u)(?: also)? ' +
    // "not leaving no review till u throw in the sticker design too": thrown in, typed short.
    '(?:do|did|finish|add|make|send|redo|deliver|complete|build|write|fix|give|throw in|include)\\b',
  'g',
));
/** A free sample offered to win the job ("the first article for free as a test"): what is free is the writer's trial, not a demand. */
const FREE_TRIAL = /\b(?:for free|free of charge|at no cost|free) (?:as|for) an? (?:test|trial|sample)\b|\bfree (?:test|trial|sample)s?\b/;
/** Someone else threatened, the writer tells it: "a buyer threatened to leave negative feedback unless I refunded him". */
const THIRD_PARTY = new RegExp(
  '\\b(?:he|she|they|someone|somebody|(?:a|the|my|this|one)(?: \\S+)? (?:client|buyer|customer|employer|freelancer|seller|guy|person))\\b' +
    '[^.!?\\n]{0,40}?\\b(?:threaten\\w*|wants? to|wanted to|tried to|was going to|said (?:he|she|they))\\b' +
    // People in general doing it, or a heading that names the tactic: "clients threatening freelancers with bad reviews", "Threatening Negative Reviews:".
    '|\\b(?:clients|buyers|customers|employers|freelancers|sellers|scammers|people|users|reviewers)\\b' +
    '(?: (?:who|that) (?:are|were|keep|kept))?(?: often| sometimes| always)? threatening (?:freelancers|sellers|clients|buyers|people|businesses|them|others)\\b' +
    '|^\\s*threatening\\b' +
    '|\\b(?:let|letting) (?:him|her|them)\\b|\\b(?:he|she|they)(?:\'ll| will| would| might| may| usually| often| always| tend to| could)\\b',
);

/**
 * What reviewers or clients in general should not do, said as a rule: "Reviewers shouldn't be threatening businesses
 * with negative reviews (or offering to remove them) to extract a payment". Nobody is threatened.
 */
const NORM = new RegExp(
  '\\b(?:reviewers|clients|buyers|customers|freelancers|sellers|users|people|nobody|no one|you)\\b ' +
    "(?:should ?n[o']t|should never|must not|mustn'?t|may not|are not allowed to|aren'?t allowed to|cannot|can'?t)" +
    ' (?:be )?(?:threaten\\w*|us(?:e|ing)|offer\\w*|leav\\w*|post\\w*|demand\\w*)\\b',
);

/** A bad review handed to the reader: "you're getting the same 1 star my customers give", "enjoy your 1 star". */
const AIMED_AT_YOU = /\b(?:you(?:'re| are) getting|you(?:'ll| will)? get|enjoy your|(?:give|leave|leaving|giving) you)\b[^.!?\n]{0,15}$/;
/** Product talk about users' or customers' ratings, unless the bad review is aimed at the reader. */
const PRODUCT_WORDS = /\b(?:prompt|popup|pop-up|modal|widget|component|feature|the user|users|customers?|app store)\b/;
function productTalk(sentence: string, at: number): boolean {
  return PRODUCT_WORDS.test(sentence) && !AIMED_AT_YOU.test(sentence.slice(Math.max(0, at - 40), at));
}

/** Only sentences that mention a review can threaten one; the rest are skipped cheaply. */
const MENTIONS_REVIEW = /\b(?:reviews?|feedback|ratings?|stars?|score|jss|refund)\b|[★⭐]/;

type MessageId = 'threat' | 'leverage';

const REVIEW = '(?:reviews?|feedback|ratings?|stars?|score|jss)';
/** A bad review, however it is put: "1★ review", "one star", "negative feedback", "a review that ends your career", "your rating will suffer". */
const BAD_REVIEW = oneOf([
    `(?:1|one|2|two)[- ]?(?:star|[★⭐])s?(?: ${REVIEW})?`,
    oneOf([
        'low', 'bad', 'negative', 'poor', 'terrible', 'horrible', 'awful', 'worst',
        'honest(?:ly)? bad', 'scathing', 'angry',
      ]) +
      `[- ]?(?:star|[★⭐])?s? ${REVIEW}`,
    '(?:1|one) ?[★⭐]',
    `${REVIEW} (?:that|which) (?:ends?|ruins?|destroys?|kills?|tanks?|hurts?)`,
    `(?:your|ur) ${REVIEW} (?:will|would|is going to|gonna) (?:suffer|drop|tank|go down|take a hit)`,
    '(?:destroy|ruin|tank|kill|wreck|hurt|trash) (?:your|ur) ' +
      '(?:rating|reviews?|feedback|score|jss|profile|reputation)',
    // "I'll have to reflect that in my feedback", "I'll make sure the review reflects your attitude".
    `reflect (?:that|this|it) in (?:my|the) ${REVIEW}`, `(?:the|my) ${REVIEW} (?:will )?reflects? (?:your|that|this|how)`,
    // "or the feedback's going to reflect exactly how I feel about it".
    `(?:the|my) ${REVIEW}(?:'s| is) (?:going to|gonna) reflect (?:exactly |precisely )?(?:your|that|this|how|what)`,
    // "a bad note on Upwork" (French and Spanish "note", "nota" put in English).
    '(?:bad|low|negative|poor|terrible) notes? on upwork',
    // Batch 131, the writer's own review named by who leaves it: "the review I leave on your profile will say exactly how it went".
    `(?:the|my) ${REVIEW}(?: (?:i|we)(?:'ll| will)? (?:leave|write|give|post)(?: (?:on|for) (?:you|your \\S+))?)? will (?:show|reflect|say|tell)`,
  ]);
const IF_NOT =
  "(?:or(?: else)?|otherwise|else|unless|if (?:you )?(?:don'?t|do not|won'?t|refuse|can'?t)|if not|if i (?:don'?t|do not) get|" +
  // "if the audit report doesn't come back clean": the condition put on the work itself.
  "if (?:it|this|that|they|the \\S+(?: \\S+)?) (?:isn'?t|aren'?t|is not|are not|doesn'?t|don'?t|won'?t))";
/** "do this for free or I'll leave a 1-star review", "refund me or you get bad feedback". */
/** "or everyone will read what I really think of your work in the feedback", "otherwise expect some very honest feedback". */
const VEILED = compileAhead(new RegExp([
    `\\b${IF_NOT}\\b[^.!?\\n]{0,60}?\\b(?:everyone|the world|other clients|future clients|people)(?: on \\S+)? ` +
      '(?:will|would|is going to) (?:read|see|know|hear)\\b',
    // "or I'll let everyone know in my review what working with you was like".
    `\\b${IF_NOT}\\b[^.!?\\n]{0,30}?\\b(?:let|make sure) (?:everyone|the world|other clients|future clients|people) (?:knows?|sees?|hears?|reads?)\\b` +
      `[^.!?\\n]{0,30}?\\b${REVIEW}\\b`,
    `\\b${IF_NOT}\\b[^.!?\\n]{0,30}?\\b(?:expect|you'?ll get|you will get)\\b[^.!?\\n]{0,20}?\\b` +
      '(?:very |brutally |really )?honest (?:feedback|review|rating)\\b',
    '\\breconsider the refund\\b',
    // "My private feedback for you depends on whether you accept the lower amount."
    `\\b(?:my|the|your) (?:private |public |final )?${REVIEW}\\b[^.!?\\n]{0,15}?\\bdepends? (?:on|upon) (?:whether|if|how|you)\\b`,
  ].join('|'), 'g'));
/** Not a product's handling of bad reviews: "a negative review response template", "1-star review alerts". */
const NOT_REVIEW_WORK = '(?![a-z0-9]|[- ](?:responses?|replies|templates?|management|alerts?|monitoring))';
// Compiled ahead: with round twenty-four's branches the source passed 3,000 characters (tests/unit/compile-ahead.test.ts).
const THREAT = compileAhead(new RegExp([
    // Round twenty-four: any condition in the reader's hands, then the writer's bad review ("If you complain about it later, I leave 1 star
    // review"), and a bad review as the writer's standing practice for anyone who crosses them ("I leave bad reviews for anybody who ...").
    `\\bif (?:you|u) [^.!?\\n]{0,60}?(?:,|\\bthen) (?:then )?(?:i|we)(?:'ll| will| am going to| are going to| would)? ` +
      `(?:leave|give|post|write|drop)s? (?:you |u )?(?:a |an )?${BAD_REVIEW}${NOT_REVIEW_WORK}`,
    `\\b(?:i|we) (?:always |usually |do |will )?(?:leave|give|post)s? (?:a |an )?${BAD_REVIEW}s? (?:to|for) (?:anybody|anyone|any freelancer|everyone|every freelancer` +
      '|freelancers|people|those|contractors)(?: \\S+)? (?:who|that)\\b',
    `\\b${IF_NOT}\\b[^.!?\\n]{0,60}?\\b${BAD_REVIEW}(?![a-z0-9])`,
    `\\b${BAD_REVIEW}(?![a-z0-9])[^.!?\\n]{0,40}?\\b(?:unless|if you (?:don'?t|do not|won'?t|refuse)|if not)\\b`,
  ].join('|'), 'g'));
/** "Remember I'm leaving feedback at the end, so you'd better do it for free." */
const HOLDS_REVIEW = new RegExp(`\\b(?:i'?m (?:leaving|writing|giving)|i (?:will|'ll) (?:leave|write|give|be leaving)|remember|keep in mind|don'?t forget)\\b[^.!?\\n]{0,25}?\\b${REVIEW}\\b`);
const PRESSURE = /\b(?:better|or|otherwise|unless|if you want|so you)\b/;
/** "I'll give you a great review if you do this small extra task without billing it." */
const REVIEW_FOR_FREEBIE = compileAhead(new RegExp(
  '\\b(?:good|great|positive|excellent|5[- ]?star|five[- ]?star|glowing|nice) ' +
    '(?:review|feedback|rating)\\b[^.!?\\n]{0,20}?\\b(?:if|when|once|as long as)' +
    ' (?:you|u|ye)\\b[^.!?\\n]{0,60}?\\b' +
    oneOf([
      'for free', 'free of charge', 'without (?:billing|charging|paying)', 'unpaid', 'for nothing',
      'at no (?:extra )?cost', 'no charge', 'extra (?:task|work|pages?|revisions?)',
      // A token price for the job: "great review if u do first job for 5 dollar".
      'for (?:only |just )?\\$?(?:[1-9]|1\\d|five|ten) ?(?:dollars?|bucks|usd|\\$)',
    ]) +
    '\\b', 'g'));
/** A low price asked, a top review promised for it: "Make me the logo plus 3 banners for $50, and I'll leave you 5 stars". */
const PRICE_FOR_REVIEW = compileAhead(new RegExp(
  "\\bfor (?:only |just )?[$€£]\\d+\\S*,? (?:and|then) (?:i'?ll|i will|i promise to|you get)\\b[^.!?\\n]{0,20}?" +
    '(?:\\b(?:5|five)[- ]?(?:stars?|[★⭐])|\\b(?:great|glowing|good|positive|amazing|excellent) (?:review|feedback|rating)\\b)',
  'g',
));
/**
 * The review held over the reader without a review word: "Just remember I still get the last word about you, and future
 * clients read those", "don't forget what I write about you is what future clients will see".
 */
const LAST_WORD = compileAhead(new RegExp(
  "\\b(?:remember|keep in mind|don'?t forget)\\b[^.!?\\n]{0,60}?\\b(?:(?:last|final) (?:word|say)|what i (?:write|say|think)) (?:about|of|on) you\\b" +
    '[^.!?\\n]{0,40}?\\b(?:future|other|potential|prospective) clients\\b', 'g'));
/**
 * A good review promised by example, then extra work asked: "I've left glowing reviews for everyone who went the extra mile.
 * Keep that in mind while you think about these 'out of scope' revisions." The ask may come a few sentences later.
 */
const REWARDS_EXTRA_MILE = compileAhead(new RegExp(
  '\\b(?:glowing|great|good|5[- ]?star|five[- ]?star|positive|excellent) (?:reviews?|feedback|ratings?)\\b[^.!?\\n]{0,30}?' +
    '\\b(?:for|to) (?:everyone|everybody|anyone|those|people|freelancers|whoever)\\b[^.!?\\n]{0,30}?' +
    "\\b(?:(?:went|go|goes|going) (?:the extra mile|above and beyond)|(?:don'?t|didn'?t|never) (?:charge|bill|nickel))", 'g'));
const EXTRA_ASKED = /\b(?:out of scope|for free|at no (?:extra |additional )?(?:cost|charge)|unpaid|without (?:extra )?(?:pay|charg\w*|billing)|extra (?:revisions?|work|pages?))\b/;
const FREEBIE = /\b(?:for free|free of charge|unpaid|for nothing|at no (?:extra )?cost|no charge|refund\w*|money back|discount|lower (?:the|your) price|extra (?:work|revisions?|pages?))\b/;

/**
 * Bad reviews the reader's shop already has, as the material of the work: "fixing the issues your 1-star reviews mention", "reply to
 * their 2-star reviews". A possessive before and the plural after: reviews that exist, not one threatened.
 */
const OWNED_BEFORE = /\b(?:your|their|its|the (?:store|shop|brand|listing|product|app)'?s?) (?:(?:existing|old|past|recent|current|latest|negative) )?$/;
const PLURAL_AFTER = /^[- ]?(?:star )?reviews\b|^s\b/;
const existingReviews = (sentence: string, start: number, end: number) =>
  OWNED_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) && PLURAL_AFTER.test(sentence.slice(end, end + 14));
/** Every bad review a threat's words name is one the reader already has: "unless you prefer otherwise, I'll answer your 1-star reviews". */
function namesOnlyExisting(sentence: string, threat: RegExpExecArray): boolean {
  const named = [...matches(HAS_BAD_REVIEW, threat[0])];
  return named.length > 0 && named.every((r) => existingReviews(sentence, threat.index + r.index, threat.index + r.index + r[0].length));
}

export default defineRule<MessageId>({
  ...facts('feedback-extortion'),
  description: 'Threats of bad feedback to get free work, extra work or a refund (from clients or freelancers).',
  fixLabel: 'Remove this sentence',
  fixScope: 'sentence',
  messages: {
    threat: 'This threatens a bad review to get something. Using feedback as leverage for free work or a refund is feedback abuse, whichever side does it.',
    leverage: 'This uses the coming review as leverage for free or extra work. Feedback has to reflect the work, not be traded for it.',
  },
  check({ text }) {
    const hits: Hit<MessageId>[] = [];
    for (const sentence of sentences(text)) {
      // The sentences either side: "...or I give you 1 star. For free, of course." Someone else's threat, told, is not one.
      // The next sentence only as a short afterthought ("Free, of course."), not as a new topic.
      const next = sentenceAfter(text, sentence.end);
      const window = `${sentenceBefore(text, sentence.start).text} ${sentence.text} ${next.length <= 60 ? next : ''}`;
      const told = (m: RegExpExecArray) =>
        THIRD_PARTY.test(sentence.text.slice(Math.max(0, m.index - 60), m.index + m[0].length)) ||
        reportedBefore(text, sentence.start + m.index) ||
        NORM.test(sentence.text.slice(Math.max(0, m.index - 100), m.index));
      // A conditional threat may close a longer letter: "...no extra money. [the good review offered.] But if you refuse, I'll give
      // you the kind of review that...": the free work asked two sentences before still counts.
      const before = sentenceBefore(text, sentence.start);
      const farther = sentenceBefore(text, before.start).text;
      const fartherFree = () => hasCondition(sentence.text) && hasRefundOrFree(farther);
      // "...but first you'll make the app available on iOS too, same price. [...] A 1-star from me will hurt you more than a week of free work."
      const fartherCondition = () => hasRefundOrFree(sentence.text) && hasCondition(farther);
      for (const m of matches(HAS_BAD_REVIEW, sentence.text)) {
        if (!(((hasRefundOrFree(window) || fartherFree()) && hasCondition(window)) || fartherCondition()) || productTalk(sentence.text, m.index)) continue;
        if (told(m) || existingReviews(sentence.text, m.index, m.index + m[0].length)) continue;
        hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, messageId: 'threat' });
      }
      for (const m of matches(REVIEW_WITHHELD, sentence.text)) {
        // More work asked, not the contract's own end ("no review until you finish the milestone" is how reviews work).
        if (!MORE_WORK.test(sentence.text.slice(m.index)) || told(m) || productTalk(sentence.text, m.index)) continue;
        hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, messageId: 'leverage' });
      }
      for (const m of matches(REVIEW_POWER, sentence.text)) {
        if (!hasRefundOrFree(window) || told(m) || productTalk(sentence.text, m.index)) continue;
        hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, messageId: 'leverage' });
      }
      // "You want a five star from me? Redo all 40 photos, no extra charge.": a question, answered by the order after it.
      const question = /^\s*\?/.test(text.slice(sentence.end, sentence.end + 3)) || /\?\s*$/.test(sentence.text);
      // The answer is an order to the reader, not the writer's own offer ("...? I can add it at no extra cost").
      const asked = question && !/^\s*(?:i|we)\b/i.test(next) ? `${window} ${next}` : window;
      for (const m of matches(GOOD_REVIEW_ONLY_IF, sentence.text)) {
        // "...unless you also draft our annual report": more work asked for the review, with or without a word for free.
        // ...or in the demand that follows it: "If you want a positive review at the end, you'll also need to produce the English version".
        const more = /\b(?:also|additionally|one more|extra)\b/.test(m[0]) || MORE_DEMANDED_AFTER.test(sentence.text.slice(m.index + m[0].length));
        if (!(hasRefundOrFree(asked) || more) || told(m) || FREE_TRIAL.test(window) || productTalk(sentence.text, m.index)) continue;
        hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, messageId: 'leverage' });
      }
      if (!MENTIONS_REVIEW.test(sentence.text)) continue;
      // "Add a rating prompt unless the user already left a 1-star review": product talk, nobody threatened.
      const product = PRODUCT_WORDS.test(sentence.text);
      for (const m of product ? [] : matches(VEILED, sentence.text)) {
        hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, messageId: 'threat' });
      }
      for (const m of matches(THREAT, sentence.text)) {
        if (told(m) || productTalk(sentence.text, m.index) || namesOnlyExisting(sentence.text, m)) continue;
        hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, messageId: 'threat' });
      }
      for (const m of matches(PRICE_FOR_REVIEW, sentence.text)) {
        hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, messageId: 'leverage' });
      }
      for (const m of matches(REVIEW_FOR_FREEBIE, sentence.text)) {
        hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, messageId: 'leverage' });
      }
      const held = HOLDS_REVIEW.exec(sentence.text);
      if (held && PRESSURE.test(sentence.text) && FREEBIE.test(sentence.text)) {
        hits.push({ start: sentence.start + held.index, end: sentence.end, messageId: 'leverage' });
      }
    }
    for (const m of matches(LAST_WORD, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'threat' });
    for (const m of matches(REWARDS_EXTRA_MILE, text)) {
      const end = m.index + m[0].length;
      if (EXTRA_ASKED.test(text.slice(end, end + 300))) hits.push({ start: m.index, end, messageId: 'leverage' });
    }
    return hits;
  },
});
