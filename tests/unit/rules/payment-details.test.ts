import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  // An IBAN's format explained, and a tracking number of IBAN-like shape.
  "The IBAN field should accept the Romanian format, e.g. RO00 BANK 0000 1234 5678 9000, and reject anything shorter.",
  "Numărul de urmărire al coletului este RO12 3456 7890 1234 5678 9012 la Fan Courier, ajunge mâine.",
  // Stripe's decline cards in a checkout report, and a template's zero placeholders.
  'Two declines as designed: card 4000 0000 0000 0002 (generic decline) and 4000 0000 0000 9995 (insufficient funds).',
  'In the invoice template keep the placeholders: sort code 00-00-00, account 00000000.',
  'See the docs at developer.paypal.com/api/rest for the sandbox.',
  'Use test card 4242 4242 4242 4242 in the Stripe sandbox.',
  'Commit 3f2a9c1d4e5b6a7c8d9e0f1a2b3c4d5e6f7a8b9c fixed it.',
  'The ISBN is 978-3-16-148410-0.',
  'UUID 550e8400-e29b-41d4-a716-446655440000',
  'Add a bank account field to the payout form.',
  'The routing table has 12 entries.',
  'The SWIFT protocol docs are great.',
  'Our order number 4539 1488 0343 6467 shipped.',
  'The IBAN validator should reject DE89 3704 0044 0532 0130 01 (bad checksum).',
  'Run sha256sum on the file: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  'I integrated Buy Me a Coffee widgets into the blog theme.',
];

const invalid: InvalidCase[] = [
  // An IBAN of its country's length, given to be paid into, even with placeholder check digits.
  { text: "Avansul îl puteți vira în contul RO00 BANK 0000 1111 2222 3333, titular Mihai D.", findings: [{ match: "RO00 BANK 0000 1111 2222 3333", severity: 'violation' }] },
  { text: "Maak het bedrag maar over naar NL00 RABO 0123 4567 89, dan start ik vandaag.", findings: [{ match: "NL00 RABO 0123 4567 89", severity: 'violation' }] },
  { text: "Wire the deposit to my account GB00 BARC 2000 0012 3456 78 and I will start.", findings: [{ match: "GB00 BARC 2000 0012 3456 78", severity: 'violation' }] },
  { text: 'Send it to sort code 20-45-77, account 41234567 please.', findings: [{ match: 'sort code 20-45-77', severity: 'violation' }] },
  { text: 'Pay here: paypal.me/janedoe', findings: [{ match: 'paypal.me/janedoe', severity: 'violation', exception: false }] },
  { text: 'paypal.me/janedoe', findings: [{ match: 'paypal.me/janedoe', severity: 'violation' }] },
  { text: 'IBAN: DE89 3704 0044 0532 0130 00', findings: [{ match: 'DE89 3704 0044 0532 0130 00', severity: 'violation' }] },
  { text: 'IBAN: DE89370400440532013000', findings: [{ match: 'DE89370400440532013000', severity: 'violation' }] },
  { text: 'Send USDT to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e', findings: [{ match: '0x742d35Cc6634C0532925a3b844Bc454e4438f44e', severity: 'violation' }] },
  { text: 'BTC: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', findings: [{ match: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', severity: 'violation' }] },
  { text: 'send btc to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', findings: [{ match: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', severity: 'violation' }] },
  { text: 'SWIFT: DEUTDEFF', findings: [{ match: 'SWIFT: DEUTDEFF', severity: 'violation' }] },
  { text: 'My card 4539 1488 0343 6467 exp 12/27', findings: [{ match: '4539 1488 0343 6467', severity: 'violation' }] },
  // Disguised: bracketed dot, full-width characters.
  { text: 'paypal[dot]me/janedoe', findings: [{ match: 'paypal[dot]me/janedoe', severity: 'violation' }] },
  { text: 'IBAN: ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００', findings: [{ match: 'ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００', severity: 'violation' }] },
  { text: 'p\u0430ypal.me/janedoe', findings: [{ match: 'p\u0430ypal.me/janedoe', severity: 'violation' }] },
  { text: 'paypal.me/jane\u200Bdoe', findings: [{ match: 'paypal.me/jane\u200Bdoe', severity: 'violation' }] },
  // Spelled-out digits.
  {
    text: 'account number: one two three four five six seven eight',
    findings: [{ match: 'account number: one two three four five six seven eight', severity: 'violation' }],
  },
  // Astral characters before the match.
  { text: '🏦💶 IBAN: DE89 3704 0044 0532 0130 00', findings: [{ match: 'DE89 3704 0044 0532 0130 00', severity: 'violation' }] },
  // Several in one text.
  {
    text: 'Bank account number: 12345678, sort code 12-34-56',
    findings: [
      { match: 'Bank account number: 12345678', severity: 'violation' },
      { match: 'sort code 12-34-56', severity: 'violation' },
    ],
  },
  {
    text: 'Tip me at ko-fi.com/janedoe or buymeacoffee.com/janedoe',
    findings: [
      { match: 'ko-fi.com/janedoe', severity: 'violation' },
      { match: 'buymeacoffee.com/janedoe', severity: 'violation' },
    ],
  },
  // No context makes payment details acceptable.
  { text: 'Pay here: paypal.me/janedoe', context: { client: 'enterprise' }, findings: [{ match: 'paypal.me/janedoe', severity: 'violation', exception: false }] },
  { text: 'Pay here: paypal.me/janedoe', context: { contract: 'active' }, findings: [{ match: 'paypal.me/janedoe', severity: 'violation', exception: false }] },
  {
    text: 'IBAN: DE89 3704 0044 0532 0130 00',
    context: { client: 'enterprise', contract: 'active' },
    findings: [{ match: 'DE89 3704 0044 0532 0130 00', severity: 'violation', exception: false }],
  },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
const fixedGaps: KnownGap[] = [
  {
    text: 'The contract address field shows 0x0000000000000000000000000000000000000000 in tests.',
    expected: 'valid',
    actual: 'violation "0x0000000000000000000000000000000000000000" (the all-zero null address in a test, cued only by the word "address")',
  },
];

/** Round fourteen: Tamil and Telugu (in their scripts and in Latin letters) and Nigerian Pidgin, my own cases both ways. */
invalid.push(
  { text: "send am to my account: 0123456789 GTBank, Chinedu Okafor", findings: [{ match: "my account: 0123456789", severity: 'violation' }] },
  { text: "Opay 8031234567, Chinedu", findings: [{ match: "Opay 8031234567", severity: 'violation' }] },
  { text: "abeg pay into my account 0123456789", findings: [{ match: "my account 0123456789", severity: 'violation' }] },
  { text: "0123456789 Kuda, name na Bisi Adeyemi", findings: [{ match: "0123456789 Kuda", severity: 'violation' }] },
);
valid.push(
  "GTBank app crashed, error code 1234567890 in the log",
  "order 0123456789 shipped, tracking dey your email",
  "I need Opay and Palmpay checkout for the store, test with 10 items",
);

runRuleTests('payment-details', withFixedGaps({ valid, invalid }, fixedGaps));
