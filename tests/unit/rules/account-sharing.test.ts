import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  "Send me the WordPress admin login and I'll update the plugins.",
  'I implemented the password reset flow with email tokens.',
  'Please add me to your team on Upwork so I can see the tickets.',
  'Never share your password with anyone, including me.',
  'The login page needs a new design.',
  'Can you share the staging server SSH credentials?',
  "I'll build the 2FA verification screen next.",
  'Store the API key in an environment variable, not in the repo.',
  'Please create a test account for me on the staging site.',
  'Your Shopify store password page is still enabled.',
  'Use your own account to log in to the Figma file.',
  'The OTP field should accept six digits.',
  'Reset your own password from the Upwork settings page.',
  'We should rotate the database password after launch.',
];

const invalid: InvalidCase[] = [
  { text: "Send me your Upwork login and I'll submit the proposals for you.", findings: [{ match: 'Send me your Upwork login', severity: 'violation', exception: false }] },
  { text: "Share your password and I'll fix your Upwork profile.", findings: [{ match: 'Share your password', severity: 'violation' }] },
  { text: "I'll log into your account and post the job myself.", findings: [{ match: 'log into your account', severity: 'violation' }] },
  { text: 'Can I use your Upwork account to bid on jobs?', findings: [{ match: 'use your Upwork account', severity: 'violation' }] },
  { text: "I'm selling verified Upwork accounts, DM me.", findings: [{ match: 'selling verified Upwork accounts', severity: 'violation' }] },
  { text: "What's the 2FA code you got from Upwork?", findings: [{ match: "What's the 2FA code", severity: 'violation' }] },
  { text: 'password: hunter22 for my upwork', findings: [{ match: 'password: hunter22', severity: 'violation' }] },
  { text: "My friend will work from my Upwork account while I'm away.", findings: [{ match: 'work from my Upwork account', severity: 'violation' }] },
  { text: "I'll give you my Upwork username and password.", findings: [{ match: 'give you my Upwork username and password', severity: 'violation' }] },
  { text: 'Let me bid on jobs using your profile.', findings: [{ match: 'using your profile', severity: 'violation' }] },
  { text: 'I need access to your Upwork account to apply for jobs.', findings: [{ match: 'access to your Upwork account', severity: 'violation' }] },
  { text: 'Complete the ID verification for me using your passport.', findings: [{ match: 'ID verification for me', severity: 'violation' }] },
  // Leet, look-alike, full-width, spaced and invisible spellings.
  { text: 'Send me your p@ssw0rd for Upwork.', findings: [{ match: 'Send me your p@ssw0rd', severity: 'violation' }] },
  { text: 'Send me your p\u0430ssw\u043Erd for Upwork.', findings: [{ match: 'Send me your p\u0430ssw\u043Erd', severity: 'violation' }] },
  { text: 'Send me your ｐａｓｓｗｏｒｄ for Upwork.', findings: [{ match: 'Send me your ｐａｓｓｗｏｒｄ', severity: 'violation' }] },
  { text: 'Send me your Upwork l o g i n', findings: [{ match: 'Send me your Upwork l o g i n', severity: 'violation' }] },
  { text: 'Send me your pass\u200Bword for Upwork.', findings: [{ match: 'Send me your pass\u200Bword', severity: 'violation' }] },
  // Astral characters before the match.
  { text: '🔑🔑 Send me your Upwork login.', findings: [{ match: 'Send me your Upwork login', severity: 'violation' }] },
  // Two in one text.
  {
    text: "Send me your Upwork login. Then I'll log into your account and bid.",
    findings: [
      { match: 'Send me your Upwork login', severity: 'violation' },
      { match: 'log into your account', severity: 'violation' },
    ],
  },
  // No context makes account sharing acceptable.
  { text: 'Send me your Upwork login.', context: { client: 'enterprise' }, findings: [{ match: 'Send me your Upwork login', severity: 'violation', exception: false }] },
  { text: 'Send me your Upwork login.', context: { contract: 'active' }, findings: [{ match: 'Send me your Upwork login', severity: 'violation', exception: false }] },
  {
    text: "I'll log into your account and post the job myself.",
    context: { client: 'enterprise', contract: 'active', role: 'client' },
    findings: [{ match: 'log into your account', severity: 'violation', exception: false }],
  },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
const fixedGaps: KnownGap[] = [
  {
    text: 'Can you log in to my Upwork and send proposals for me?',
    expected: [{ match: 'log in to my Upwork', severity: 'violation' }],
    actual: 'no finding: the login pattern needs "account" or "profile" after "my Upwork"',
  },
  {
    text: 'Text me the code Upwork sends you.',
    expected: [{ match: 'Text me the code Upwork sends', severity: 'violation' }],
    actual: 'no finding: asking for the one-time code Upwork sends is not recognised in this word order',
  },
  {
    text: 'Could you verify my Upwork identity with your face on the video call?',
    expected: [{ match: 'verify my Upwork identity with your face', severity: 'violation' }],
    actual: 'no finding: identity verification by someone else is only recognised as "ID/identity verification ... for me" or "using your passport/face ... verify"',
  },
];

runRuleTests('account-sharing', withFixedGaps({ valid, invalid }, fixedGaps));
