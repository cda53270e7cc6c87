import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  'I integrated PayPal and Stripe into the checkout.',
  'I can only be paid through Upwork.',
  'I will never ask for payment outside Upwork.',
  'I built a crypto wallet app for a fintech startup.',
  'The cash flow report is ready for review.',
  'Please check the wireframes before Friday.',
  'Customers can save on shipping fees with the bundle.',
  'Add Apple Pay and Google Pay buttons to the checkout page.',
  'The Wise API integration needs a webhook for transfers.',
  'I wrote a blog post comparing Payoneer and Wise fees for freelancers.',
  'Please pay the invoice through Upwork as usual.',
  'The Venmo clone needs a friends list screen.',
  'FYI someone offered me a discount if I paid them in crypto outside Upwork. Hard no.',
  'Um dos candidatos me ofereceu desconto se eu pagasse por fora via Pix. Não vou pagar por fora.',
];

const invalid: InvalidCase[] = [
  { text: 'Can you pay me via PayPal instead?', findings: [{ match: 'pay me via PayPal', severity: 'violation', exception: false }] },
  { text: "Let's do it via Wise to avoid the fees.", findings: [{ match: 'avoid the fees', severity: 'violation' }] },
  { text: 'My Payoneer email: jane.payments@gmail.com', findings: [{ match: 'My Payoneer email', severity: 'violation' }] },
  { text: 'Please pay me in USDT.', findings: [{ match: 'pay me in USDT', severity: 'violation' }] },
  { text: 'Zelle me the rest when you can.', findings: [{ match: 'Zelle me', severity: 'violation' }] },
  { text: 'Send the money to my bank account instead.', findings: [{ match: 'Send the money to my bank account', severity: 'violation' }] },
  { text: 'Can you pay in cash when we meet?', findings: [{ match: 'pay in cash', severity: 'violation' }] },
  { text: "Let's settle the balance via bank transfer.", findings: [{ match: 'bank transfer', severity: 'violation' }] },
  { text: "Let's settle via bank transfer this time.", findings: [{ match: 'bank transfer', severity: 'violation' }] },
  { text: "I'll send you an invoice outside Upwork.", findings: [{ match: 'invoice outside Upwork', severity: 'violation' }] },
  { text: "Next time let's work directly, without Upwork.", findings: [{ match: "Next time let's work directly", severity: 'violation' }] },
  // Leet, look-alike, spaced and full-width spellings.
  { text: 'Can you pay me via p@yp@l?', findings: [{ match: 'pay me via p@yp@l', severity: 'violation' }] },
  { text: 'Can you pay me via P\u0430yP\u0430l?', findings: [{ match: 'pay me via P\u0430yP\u0430l', severity: 'violation' }] },
  { text: 'Can you pay me via P a y P a l?', findings: [{ match: 'pay me via P a y P a l', severity: 'violation' }] },
  { text: 'Can you pay me via ＰａｙＰａｌ?', findings: [{ match: 'pay me via ＰａｙＰａｌ', severity: 'violation' }] },
  { text: 'Can you pay me via Pay\u200BPal?', findings: [{ match: 'pay me via Pay\u200BPal', severity: 'violation' }] },
  // Astral characters before the match; a match at the very start and at the very end.
  { text: '💸💸 Can you pay me via PayPal?', findings: [{ match: 'pay me via PayPal', severity: 'violation' }] },
  { text: 'Pay me via PayPal', findings: [{ match: 'Pay me via PayPal', severity: 'violation' }] },
  // A frame hit the engine refuses (negated: "shouldn't pay outside Upwork") must not hide a later frame in the same sentence.
  {
    text: "We shouldn't pay outside Upwork, the fee is brutal, any other way to settle it?",
    findings: [{ match: 'fee is brutal, any other way', severity: 'violation' }],
  },
  // Several in one text.
  {
    text: 'Pay me via PayPal or send it to my Payoneer.',
    findings: [
      { match: 'Pay me via PayPal', severity: 'violation' },
      { match: 'send it to my Payoneer', severity: 'violation' },
    ],
  },
  {
    text: "Let's skip Upwork's fees. Pay me via PayPal.",
    findings: [
      { match: "skip Upwork's fees", severity: 'violation' },
      { match: 'Pay me via PayPal', severity: 'violation' },
    ],
  },
  // No context makes payment outside Upwork acceptable.
  { text: 'Can you pay me via PayPal?', context: { client: 'enterprise' }, findings: [{ match: 'pay me via PayPal', severity: 'violation', exception: false }] },
  { text: 'Can you pay me via PayPal?', context: { contract: 'active' }, findings: [{ match: 'pay me via PayPal', severity: 'violation', exception: false }] },
  {
    text: 'Can you pay me via PayPal?',
    context: { client: 'enterprise', contract: 'active', role: 'client', surface: 'proposal' },
    findings: [{ match: 'pay me via PayPal', severity: 'violation', exception: false }],
  },
  { text: "Close the contract at $50 and I'll send you the rest the other way.", findings: [{ match: 'send you the rest the other way', severity: 'violation' }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
const fixedGaps: KnownGap[] = [
  {
    text: "I'd work directly on the main branch unless you prefer PRs.",
    expected: 'valid',
    actual: 'violation "work directly" (a way of working on code, not working around Upwork)',
  },
  {
    text: "Let's check the balance sheet template together.",
    expected: 'valid',
    actual: 'violation "check" (the verb read as a cheque payment)',
  },
  {
    text: "We can skip Upwork's 10% fee if you pay me directly.",
    expected: [
      { match: "skip Upwork's 10% fee", severity: 'violation' },
      { match: 'pay me directly', severity: 'violation' },
    ],
    actual: 'violation "skip Upwork\'s 10%" (the word "fee" is left out of the match, so the fix leaves "We can  fee if ...") and "pay me directly"',
  },
];

runRuleTests('payment-outside', withFixedGaps({ valid, invalid }, fixedGaps));
