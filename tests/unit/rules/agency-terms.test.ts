import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/index';
import { runRuleTests, type InvalidCase, type ValidCase } from './tester';

/** An agency's policy, as an administrator would write it (docs/admin.md). */
const terms = {
  domains: ['brightpixel-crm.example', 'bp-files.example'],
  handles: ['@brightpixel_jo', 'bp.jo.77', '+44 20 7946 0958'],
  phrases: ['rush fee', 'our own contract'],
  platforms: ['Fiverr', 'Toptal', 'People Per Hour'],
};

const valid: (string | ValidCase)[] = [
  // Nothing of the lists.
  'Happy to start on the landing page tomorrow.',
  // A longer domain that merely contains a listed one, or a listed name inside a longer word.
  'The docs live on brightpixel-crm.example.org, a different company.',
  'Our notbp-files.example mirror is public.',
  'Fiverrs and toptalent are not platform names.',
  // A handle inside a longer handle, a number that differs.
  'Ping @brightpixel_jones on the board.',
  '+44 20 7946 0959 is the public switchboard.',
  // A phrase with a word in between.
  'There is no rush on the fee estimate.',
  // Upper and lower case aside, the words must be whole.
  'The peoplePerHourly rate is fine.',
];

const invalid: InvalidCase[] = [
  { text: 'Send it to jo@brightpixel-crm.example please.', findings: [{ match: 'jo@brightpixel-crm.example', severity: 'violation', exception: false }] },
  { text: 'Files: https://share.bp-files.example/x/42?dl=1.', findings: [{ match: 'https://share.bp-files.example/x/42?dl=1', severity: 'violation' }] },
  { text: 'Our portal is BRIGHTPIXEL-CRM.EXAMPLE.', findings: [{ match: 'BRIGHTPIXEL-CRM.EXAMPLE', severity: 'violation' }] },
  { text: 'DM me, I am @BrightPixel_Jo.', findings: [{ match: '@BrightPixel_Jo', severity: 'violation' }] },
  { text: 'Skype bp.jo.77 works too', findings: [{ match: 'bp.jo.77', severity: 'violation' }] },
  { text: 'Our office: +44 20 7946 0958.', findings: [{ match: '+44 20 7946 0958', severity: 'violation' }] },
  { text: 'A Rush Fee of 20% applies.', findings: [{ match: 'Rush Fee', severity: 'violation' }] },
  { text: 'We would sign our\nown contract first.', findings: [{ match: 'our\nown contract', severity: 'violation' }] },
  { text: 'I also sell this on Fiverr and Toptal.', findings: [{ match: 'Fiverr', severity: 'violation' }, { match: 'Toptal', severity: 'violation' }] },
  { text: 'Find me on people per hour.', findings: [{ match: 'people per hour', severity: 'violation' }] },
  // Disguised the way the detector reads everything: full-width letters, an invisible character.
  { text: 'I am on Ｆｉｖｅｒｒ too.', findings: [{ match: 'Ｆｉｖｅｒｒ', severity: 'violation' }] },
  { text: 'Also on Fiv\u200Berr.', findings: [{ match: 'Fiv\u200Berr', severity: 'violation' }] },
  // An Enterprise client or a started contract does not soften the organization's own policy.
  { text: 'Write to jo@brightpixel-crm.example.', context: { client: 'enterprise', contract: 'active' }, findings: [{ match: 'jo@brightpixel-crm.example', severity: 'violation', exception: false }] },
];

runRuleTests('agency-terms', { valid, invalid }, { terms });

describe('agency-terms without a policy', () => {
  it('finds nothing when no terms are given', () => {
    expect(detect('jo@brightpixel-crm.example on Fiverr, rush fee').filter((f) => f.rule === 'agency-terms')).toEqual([]);
    expect(detect('Fiverr', {}, { terms: { domains: [], handles: [], phrases: [], platforms: [] } })).toEqual([]);
  });

  it("cites the organization's policy and offers to remove the term", () => {
    const [finding] = detect('I am on Fiverr.', {}, { terms });
    expect(finding?.message).toMatch(/your organization's policy/);
    expect(finding?.policy).toMatch(/organization's Clearsend policy/);
    expect(finding?.fix).toMatchObject({ replacement: '' });
  });

  it('treats terms as text, never as patterns', () => {
    expect(detect('a.b and a+b', {}, { terms: { phrases: ['a+b'], domains: ['a.b.example'] } }).map((f) => f.match)).toEqual(['a+b']);
    expect(detect('axb', {}, { terms: { phrases: ['a.b'] } })).toEqual([]);
  });

  it('can be switched off or lowered like any rule', () => {
    expect(detect('I am on Fiverr.', {}, { terms, disabled: new Set(['agency-terms']) })).toEqual([]);
    expect(detect('I am on Fiverr.', {}, { terms, severity: { 'agency-terms': 'warning' } })[0]?.severity).toBe('warning');
  });
});
