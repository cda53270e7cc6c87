import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  'We shipped the Scunthorpe store redesign last week.',
  'The skills assessment takes 30 minutes.',
  'Our cocktail bar menu needs a new layout.',
  "I'm reading Moby Dick on the train.",
  "I'll kill the stale process and restart the server.",
  "This bug is killing me, but I'll fix it today.",
  'The hot new design trend is glassmorphism.',
  'Please shut down the staging server tonight.',
  "I'll destroy the old test database after the migration.",
  'The class name is Dickens_Parser in the legacy code.',
  "Hit the deadline or we'll miss the launch.",
  "I'll hunt down the memory leak tomorrow.",
  'You are so fast, thank you!',
  "You're a legend, thanks!",
  'The dog walking app needs a booking screen.',
];

const invalid: InvalidCase[] = [
  { text: 'Are you stupid? I explained this three times.', findings: [{ match: 'Are you stupid', severity: 'violation', exception: false }] },
  { text: "You're a complete idiot.", findings: [{ match: "You're a complete idiot", severity: 'violation' }] },
  { text: 'Just do what you\'re told, monkey.', findings: [{ match: 'monkey', severity: 'violation' }] },
  { text: 'This is fucking late.', findings: [{ match: 'fucking', severity: 'violation' }] },
  { text: 'I know where you live.', findings: [{ match: 'I know where you live', severity: 'violation' }] },
  { text: 'Send me nudes.', findings: [{ match: 'Send me nudes', severity: 'violation' }] },
  { text: 'All Indians are scammers.', findings: [{ match: 'All Indians are scammers', severity: 'violation' }] },
  { text: 'You are worthless.', findings: [{ match: 'You are worthless', severity: 'violation' }] },
  { text: 'shit', findings: [{ match: 'shit', severity: 'violation' }] },
  // Masked, leet, full-width, spaced, look-alike and invisible spellings.
  { text: 'What a f*ck up.', findings: [{ match: 'f*ck', severity: 'violation' }] },
  { text: 'This is sh1t work.', findings: [{ match: 'sh1t', severity: 'violation' }] },
  { text: 'ｆｕｃｋ this project', findings: [{ match: 'ｆｕｃｋ', severity: 'violation' }] },
  { text: 'f.u.c.k you', findings: [{ match: 'f.u.c.k', severity: 'violation' }] },
  { text: 'motherf*cker', findings: [{ match: 'motherf*cker', severity: 'violation' }] },
  { text: 'f u c k this', findings: [{ match: 'f u c k', severity: 'violation' }] },
  { text: 'fu\u0441k this', findings: [{ match: 'fu\u0441k', severity: 'violation' }] },
  { text: 'f\u200Bu\u200Bc\u200Bk this', findings: [{ match: 'f\u200Bu\u200Bc\u200Bk', severity: 'violation' }] },
  // Astral characters before the match.
  { text: "😤😤 You're a complete idiot.", findings: [{ match: "You're a complete idiot", severity: 'violation' }] },
  // Two in one text, one at the very end.
  {
    text: "You're a complete idiot and your code is shit",
    findings: [
      { match: "You're a complete idiot", severity: 'violation' },
      { match: 'your code is shit', severity: 'violation' },
    ],
  },
  // No context makes harassment acceptable.
  { text: "You're a complete idiot.", context: { client: 'enterprise' }, findings: [{ match: "You're a complete idiot", severity: 'violation', exception: false }] },
  {
    text: "You're a complete idiot.",
    context: { contract: 'active', role: 'client' },
    findings: [{ match: "You're a complete idiot", severity: 'violation', exception: false }],
  },
  // Arabic punctuation ends a word: the sentence after the comma does not hide the contempt.,
  { text: 'أنتم الهنود كلكم نفس الشي، تاخذون الفلوس وتختفون', findings: [{ match: 'أنتم الهنود كلكم نفس الشي', severity: 'violation' }] },
  { text: 'A child could have built this faster. Embarrassing that you call yourself a developer.', findings: [{ match: 'A child could have built this', severity: 'violation' }, { match: 'that you call yourself a developer', severity: 'violation' }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
const fixedGaps: KnownGap[] = [
  {
    text: 'go kill yourself',
    expected: [{ match: 'go kill yourself', severity: 'violation' }],
    actual: 'no finding (only the abbreviation "kys" is listed)',
  },
  {
    text: 'I hope you die',
    expected: [{ match: 'I hope you die', severity: 'violation' }],
    actual: 'no finding',
  },
  {
    text: "I'll find your missing invoices in the old folder.",
    expected: 'valid',
    actual: 'violation "I\'ll find your" (read as a threat)',
  },
  {
    text: "I'll expose your API through a REST gateway.",
    expected: 'valid',
    actual: 'violation "I\'ll expose your" (read as a threat)',
  },
  {
    text: "I'll beat your current page speed score.",
    expected: 'valid',
    actual: 'violation "I\'ll beat your" (read as a threat)',
  },
  {
    text: "Are you serious about launching on Monday? That's great news.",
    expected: 'valid',
    actual: 'violation "Are you serious" (read as an insult)',
  },
];

runRuleTests('harassment', withFixedGaps({ valid, invalid }, fixedGaps));
