import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  "I'd appreciate honest feedback at the end of the contract.",
  'I strive to earn 5-star feedback on every project.',
  'Feedback on the first draft is welcome.',
  'The star rating component needs a hover state.',
  'Leaving a review is completely optional.',
  "I'll send the source files after the final milestone is approved.",
  'Please review the pull request when you have time.',
  'The app has 4.8 stars on the App Store.',
  'Add a 5-star review widget to the product page.',
  "Once you're happy, I'd be grateful for any feedback.",
  "I'll deliver the files once you approve the milestone.",
  'We offer a 20% discount for annual plans.',
  "I'd appreciate it if you could leave feedback when you have a moment.",
  'Pressuring clients for five stars is against Upwork policy.',
];

const invalid: InvalidCase[] = [
  { text: "I'll send the source files after you leave 5 stars.", findings: [{ match: 'after you leave 5 stars', severity: 'violation', exception: false }] },
  { text: 'The final files unlock once your 5-star feedback is in.', findings: [{ match: 'once your 5-star', severity: 'violation' }] },
  { text: "Please leave a 5-star review and I'll give you 20% off your next project.", findings: [{ match: 'leave a 5-star', severity: 'violation' }] },
  { text: "I'll refund you $30 if you give me a good review.", findings: [{ match: 'give me a good review', severity: 'violation' }] },
  { text: "I'll give you a 5 star review if you give me one", findings: [{ match: 'give you a 5 star review if you give me one', severity: 'violation' }] },
  { text: 'Give me 5 stars please.', findings: [{ match: 'Give me 5 stars', severity: 'violation' }] },
  { text: 'Anything less than 5 stars will hurt me.', findings: [{ match: 'Anything less than 5 stars will hurt', severity: 'violation' }] },
  { text: "Please don't leave a bad review.", findings: [{ match: "Please don't leave a bad review", severity: 'violation' }] },
  { text: "My JSS will drop if you don't leave feedback", findings: [{ match: 'My JSS will drop', severity: 'violation' }] },
  { text: 'leave 5 stars', findings: [{ match: 'leave 5 stars', severity: 'violation' }] },
  // Emoji stars, number words, full-width digits, look-alike letters.
  { text: '5⭐ review = 30% discount', findings: [{ match: '5⭐ review', severity: 'violation' }] },
  { text: 'Please leave five ★ feedback', findings: [{ match: 'leave five ★ feedback', severity: 'violation' }] },
  { text: 'Leave five stars pls', findings: [{ match: 'Leave five stars', severity: 'violation' }] },
  { text: 'Please leave ５ stars.', findings: [{ match: 'leave ５ stars', severity: 'violation' }] },
  { text: 'Pl\u0435ase l\u0435ave 5 st\u0430rs.', findings: [{ match: 'l\u0435ave 5 st\u0430rs', severity: 'violation' }] },
  { text: 'Please leave 5 st\u200Bars.', findings: [{ match: 'leave 5 st\u200Bars', severity: 'violation' }] },
  // Astral characters before the match.
  { text: '🙏🙏 Please leave 5 stars.', findings: [{ match: 'leave 5 stars', severity: 'violation' }] },
  // Several in one text.
  {
    text: "Please leave 5 stars. I'll send the files after you leave feedback.",
    findings: [
      { match: 'leave 5 stars', severity: 'violation' },
      { match: 'after you leave feedback', severity: 'violation' },
    ],
  },
  {
    text: 'Give me 5 stars please, otherwise my JSS will drop',
    findings: [
      { match: 'Give me 5 stars', severity: 'violation' },
      { match: 'my JSS will drop', severity: 'violation' },
    ],
  },
  // No context makes feedback pressure acceptable.
  { text: 'Please leave 5 stars.', context: { client: 'enterprise' }, findings: [{ match: 'leave 5 stars', severity: 'violation', exception: false }] },
  { text: 'Please leave 5 stars.', context: { contract: 'active' }, findings: [{ match: 'leave 5 stars', severity: 'violation', exception: false }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
const fixedGaps: KnownGap[] = [
  {
    text: 'Please leave ★★★★★',
    expected: [{ match: 'leave ★★★★★', severity: 'violation' }],
    actual: 'no finding: the demand pattern needs a word boundary after the stars, which a run of ★ at the end never has',
  },
  {
    text: 'leave 5 st@rs please',
    expected: [{ match: 'leave 5 st@rs', severity: 'violation' }],
    actual: 'no finding: "@" for "a" in "stars" is not recognised',
  },
  {
    text: 'I will leave a 5-star review, you did great work.',
    context: { role: 'client', contract: 'active' },
    expected: 'valid',
    actual: 'violation "leave a 5-star" (a client promising a good review is read as a demand for one)',
  },
];

runRuleTests('feedback-pressure', withFixedGaps({ valid, invalid }, fixedGaps));
