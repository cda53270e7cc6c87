/**
 * The second opinion (lib/rules/second-opinion.ts): the shipped model's reading of sentences no
 * rule of the same category spoke about. Opt-in, so every case runs with it turned on. These cases
 * pin the shipped model: retraining it (npm run train) may move a case, and the table says which.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detector/detect';
import { rules } from '../../../lib/rules/index';
import { runRuleTests, type InvalidCase, type ValidCase } from './tester';

const ON = { enabled: new Set(['second-opinion']) };

const valid: (string | ValidCase)[] = [
  // Work on logins, payments and APIs, the Upwork way.
  'The client asked me to log in to their Shopify admin to fix the theme.',
  'We route all payments through Upwork milestones, so the fee is included in my quote.',
  'I wrote a Python script that posts to the Upwork API and logs each response.',
  'I have attached the revised logo in three colour variants for your review.',
  'The payment page now shows PayPal and card options, and the webhook marks the order paid.',
  'Please keep all messages here on Upwork so we both have a record of the scope.',
  'The footage is too dark in the second half; I would like a re-grade before we approve the milestone.',
  // Short sentences are the rules' ground: fewer than four words are never read, however sure the model is (0.999 harassment here,
  // and no rule reports it). This row read "Go find another donkey.", four words, so it tested the model's score, not the length;
  // the model retrained on 7 December 2026 reports that one.
  'Useless stupid donkey.',
  // A report, not the offer: the model reads it as a payment request (0.98), the rules' stance reader clears its strongest word
  // ('direct') as reported speech (step 7 of the classifier experiment); without the check it would be reported. The French
  // offer itself, "Payez-moi en direct pour éviter la commission.", is payment-outside's.
  "Un client m'a proposé de me payer en direct pour éviter la commission.",
  // A sentence the rules already report in the same category is theirs (it defers).
  'Pay me via PayPal to avoid the fee.',
  // Contact sentences stay quiet where contact is allowed.
  { text: "Let's take this conversation to a place where we can talk more freely.", context: { contract: 'active' } },
  { text: "Let's take this conversation to a place where we can talk more freely.", context: { client: 'enterprise' } },
];

const invalid: InvalidCase[] = [
  {
    text: 'Could you log into our company Upwork and post the job yourself?',
    findings: [{ match: 'Could you log into our company Upwork and post the job yourself', severity: 'warning' }],
  },
  {
    text: 'You talk to me like I am your servant, go find a cheaper donkey.',
    findings: [{ match: 'You talk to me like I am your servant, go find a cheaper donkey', severity: 'warning' }],
  },
  {
    text: "Let's take this conversation to a place where we can talk more freely.",
    findings: [{ match: "Let's take this conversation to a place where we can talk more freely", severity: 'warning' }],
  },
  // Feedback and harassment are reported under an active contract too.
  {
    text: 'I give you 5 star only if you make the german listing also, same price.',
    context: { contract: 'active', role: 'client' },
    findings: [{ match: 'I give you 5 star only if you make the german listing also, same price', severity: 'warning' }],
  },
  {
    text: 'The logo is fine. You people take the money and do nothing, shame on you.',
    context: { contract: 'active' },
    findings: [{ match: 'You people take the money and do nothing, shame on you', severity: 'warning' }],
  },
];

runRuleTests('second-opinion', { valid, invalid }, ON);

describe('second-opinion, beyond the table', () => {
  const text = 'Could you log into our company Upwork and post the job yourself?';

  it('is off unless turned on', () => {
    expect(detect(text).filter((f) => f.rule === 'second-opinion')).toEqual([]);
    expect(detect(text, {}, { ...ON, disabled: new Set(['second-opinion']) })).toEqual([]);
  });

  it('keeps quiet about a category whose every rule is turned off, and speaks while one of them is on', () => {
    const leave = "Let's take this conversation to a place where we can talk more freely.";
    const read = (disabled: string[]) => detect(leave, {}, { ...ON, disabled: new Set(disabled) }).map((f) => `${f.rule}:${f.category}`);
    expect(read([])).toEqual(['second-opinion:off-platform']);
    // off-platform is the only rule of its category: turned off, the model's reading of it is not shown in its place.
    expect(read(['off-platform'])).toEqual([]);
    // Another category's rules turned off change nothing here.
    expect(read(['payment-outside', 'payment-details'])).toEqual(['second-opinion:off-platform']);
    expect(read(['harassment'])).toEqual(['second-opinion:off-platform']);
    // account sharing: turning off that one rule silences the model's account-sharing reading too.
    expect(detect(text, {}, { ...ON, disabled: new Set(['account-sharing']) })).toEqual([]);
  });

  it('names the category it read and the words that weighed most, and offers to remove the sentence', () => {
    const [f] = detect(text, {}, ON);
    expect(f).toMatchObject({ rule: 'second-opinion', category: 'account-sharing', severity: 'warning' });
    expect(f!.terms!.length).toBeGreaterThan(0);
    for (const word of f!.terms!) expect(text).toContain(word);
    expect(f!.message).toContain(`the words that weighed most: ${f!.terms!.map((w) => `'${w}'`).join(', ')}`);
    expect(f!.message).toMatch(/^This sentence reads like sharing or lending an Upwork account.*No rule matched it; check it before sending\.$/);
    expect(f!.fix).toEqual({ label: 'Remove this sentence', start: 0, end: text.length, replacement: '' });
  });

  it('gives way to another rule of the same category even when an exception lowered that one to a note', () => {
    // An email given for an NDA is a note (the nda exception); the model alone reads the sentence as contact sharing.
    const nda = 'My email for the NDA signature is rafi.dev91@outlook.com, please send the DocuSign there.';
    const alone = detect(nda, {}, { ...ON, rules: rules.filter((r) => r.id === 'second-opinion') });
    expect(alone.map((f) => [f.rule, f.category])).toEqual([['second-opinion', 'contact-sharing']]);
    expect(detect(nda, {}, ON).map((f) => [f.rule, f.severity])).toEqual([['contact-email', 'info']]);
    // (Another category's finding does not silence it: tests/unit/detect.test.ts, with rules made for the purpose.)
  });

  it('is never lowered to a note by a context exception (an NDA nearby), as the measured secondOpinion() is not', () => {
    const text = 'The signed NDA is attached. Could you log into our company Upwork and post the job yourself?';
    expect(detect(text, {}, ON).map((f) => [f.rule, f.severity, f.exception])).toEqual([['second-opinion', 'warning', undefined]]);
    const contact = 'The signed NDA is attached. Please drop your number so we can chat faster.';
    const alone = detect(contact, {}, { ...ON, rules: rules.filter((r) => r.id === 'second-opinion') });
    expect(alone.map((f) => [f.category, f.severity, f.exception])).toEqual([['contact-request', 'warning', undefined]]);
  });

  it('takes a severity from the settings like any rule', () => {
    expect(detect(text, {}, { ...ON, severity: { 'second-opinion': 'violation' } })[0]?.severity).toBe('violation');
  });
});
