import { describe, expect, it } from 'vitest';
import { sentContext } from '../../scripts/check-doc-examples';
import { TEMPLATE } from './letters';
import { defaultContext, detect, POLICY, rules, worstSeverity, type Category, type Finding, type Severity } from '../../lib/index';
import { defineRule, type Hit, type Rule } from '../../lib/detector/rule';
import { prepare, type Prepared } from '../../lib/detector/prepare';
import { EXCEPTIONS } from '../../lib/detector/exceptions';
import { decode, ordinarySentences, probabilities, VETO_NONE } from '../../lib/detector/classifier';
import { MODEL } from '../../lib/detector/classifier-model';

/** One text that each registered rule reports, with its default context. */
const SAMPLE: Record<string, string> = {
  'account-sharing': "Send me your Upwork login and I'll submit the proposals for you.",
  'contact-address': 'My address is 221B Baker Street, London NW1 6XE',
  'contact-email': 'Email me at jane.doe@gmail.com',
  'contact-link': 'Connect with me: linkedin.com/in/janedoe',
  'contact-messaging': 'skype: live:.cid.8f1e2a',
  'contact-phone': 'My number is (415) 555-0132.',
  'contact-request': "What's your email?",
  'feedback-extortion': "Do this for free or I'll leave a 1-star review.",
  'feedback-pressure': "I'll send the source files after you leave 5 stars.",
  harassment: "You're a complete idiot.",
  'off-platform': "Let's continue on WhatsApp, it's faster.",
  'payment-details': 'IBAN: DE89 3704 0044 0532 0130 00',
  'payment-outside': 'Can you pay me via PayPal instead?',
};

/** Texts with several findings, some overlapping, some disguised, some with astral characters. */
const MIXED = [
  "Hi! Let's continue on WhatsApp: +44 7700 900123, or email me at jane.doe@gmail.com. Pay me via PayPal to avoid the fees.",
  '🎉 Contact: j a n e @ g m a i l . c o m, call four one five five five five zero one three two, IBAN DE89 3704 0044 0532 0130 00.',
  "You're a complete idiot. Send me your Upwork login. I'll send the files after you leave 5 stars.",
  "What's your email? And your skype? My skype is john.smith88, telegram @dev_ann.",
  'Samples of my work: dribbble.com/janedoe. Book a call: calendly.com/janedoe/30min. Visit us at 10 Downing Street, London.',
  'my whatsapp number is nine one seven - 1two3 - 4567',
  "Send me your WhatsApp and I'll forward the requirements.",
  'Upwork chat is so slow, let\'s talk elsewhere. Refund me or you get bad feedback.',
];

const RANK: Record<Severity, number> = { violation: 3, warning: 2, info: 1 };

function overlaps(a: Finding, b: Finding): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A rule for engine tests: reports the given needles of the prepared text. */
function fakeRule(
  id: string,
  category: Category | 'several',
  severity: Severity,
  hits: (p: Prepared) => Hit<'m'>[],
  extra: Partial<Rule<'m'>> = {},
): Rule<'m'> {
  return defineRule<'m'>({
    id,
    category,
    severity,
    description: `fake rule ${id}`,
    policy: 'violations',
    messages: { m: `message of ${id}` },
    fixLabel: `fix ${id}`,
    check: (p) => hits(p),
    ...extra,
  });
}

/** A hit on the `nth` occurrence of `needle` in the prepared view. */
function on(p: Prepared, needle: string, extra: Partial<Hit<'m'>> = {}, nth = 0): Hit<'m'> {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = p.text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`${JSON.stringify(needle)} not in ${JSON.stringify(p.text)}`);
  return { start: at, end: at + needle.length, messageId: 'm', ...extra };
}

describe('detect: defaults', () => {
  it('uses the documented default context', () => {
    expect(defaultContext).toEqual({ surface: 'message', client: 'standard', contract: 'none', role: 'freelancer' });
  });

  it.each(Object.entries(SAMPLE))('runs %s by default', (id, text) => {
    expect(detect(text).map((f) => f.rule)).toContain(id);
  });

  it('runs repeated-cover-letter by default when the letters sent before are given (it needs them)', () => {
    const context = sentContext([TEMPLATE, TEMPLATE]);
    expect(detect(TEMPLATE, context).map((f) => f.rule)).toContain('repeated-cover-letter');
    expect(detect(TEMPLATE).map((f) => f.rule)).not.toContain('repeated-cover-letter');
  });

  it('has 16 registered rules with unique ids, sorted', () => {
    const ids = rules.map((r) => r.id);
    expect(ids).toHaveLength(16);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // agency-terms needs an organization's terms, repeated-cover-letter the letters sent before and
    // second-opinion to be turned on (tests/unit/rules/): none runs on a text alone.
    expect(Object.keys(SAMPLE).sort()).toEqual(ids.filter((id) => !['agency-terms', 'repeated-cover-letter', 'second-opinion'].includes(id)));
  });

  it('a severity chosen for a rule replaces its own, except where an exception lowered it', () => {
    const text = 'Email me at jane.doe@gmail.com';
    const email = (context = {}, severity: Record<string, Severity> = {}) => detect(text, context, { severity }).find((f) => f.rule === 'contact-email')!;
    expect(email({}, { 'contact-email': 'warning' })).toMatchObject({ severity: 'warning', fix: { replacement: '' } });
    // An info finding offers no fix, as with an exception.
    expect(email({}, { 'contact-email': 'info' }).fix).toBeUndefined();
    expect(email({ client: 'enterprise' }, { 'contact-email': 'violation' })).toMatchObject({ severity: 'info', exception: expect.any(String) });
    // Other rules keep their own severity.
    expect(detect(text, {}, { severity: { 'contact-email': 'warning' } }).find((f) => f.rule === 'off-platform')?.severity).toBe('violation');
  });

  it.each(MIXED)('gives the same result with no context, an empty context and the default context: %j', (text) => {
    const none = detect(text);
    expect(detect(text, {})).toEqual(none);
    expect(detect(text, defaultContext)).toEqual(none);
    expect(detect(text, { ...defaultContext }, {})).toEqual(none);
  });

  it('merges a partial context with the defaults', () => {
    // Only `role` changes; client and contract stay at their defaults, so no exception applies.
    const [f] = detect('Email me at jane.doe@gmail.com', { role: 'client' }).filter((x) => x.rule === 'contact-email');
    expect(f?.severity).toBe('violation');
    expect(f?.exception).toBeUndefined();
  });

  it('is deterministic and does not depend on earlier calls', () => {
    const text = MIXED[0]!;
    const first = detect(text);
    detect(MIXED[1]!, { client: 'enterprise' });
    expect(detect(text)).toEqual(first);
  });

  it.each(['', ' ', '\n\n', '\u200B', '😀', '.'])('returns no findings for %j', (text) => {
    expect(detect(text)).toEqual([]);
  });
});

describe('detect: finding shape', () => {
  const all = [...Object.values(SAMPLE), ...MIXED];
  it.each(all)('every finding is complete and consistent: %j', (text) => {
    const byId = new Map(rules.map((r) => [r.id, r]));
    const policies: string[] = Object.values(POLICY);
    for (const f of detect(text)) {
      const rule = byId.get(f.rule);
      expect(rule, f.rule).toBeDefined();
      expect(f.category).toBe(rule!.category);
      expect(f.match).toBe(text.slice(f.start, f.end));
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThan(f.end);
      expect(policies).toContain(f.policy);
      expect(f.message.length).toBeGreaterThan(0);
      expect([...Object.values(rule!.messages), rule!.description]).toContain(f.message);
    }
  });
});

describe('detect: options', () => {
  const text = 'Email me at jane.doe@gmail.com';

  it('skips disabled rules and keeps the others', () => {
    const ids = detect(text, {}, { disabled: new Set(['contact-email']) }).map((f) => f.rule);
    expect(ids).not.toContain('contact-email');
    expect(ids).toContain('off-platform');
  });

  it('returns nothing when every rule is disabled', () => {
    expect(detect(MIXED[0]!, {}, { disabled: new Set(rules.map((r) => r.id)) })).toEqual([]);
  });

  it('ignores unknown ids in the disabled set', () => {
    expect(detect(text, {}, { disabled: new Set(['no-such-rule']) })).toEqual(detect(text));
  });

  it('runs only the given rules', () => {
    const only = rules.filter((r) => r.id === 'off-platform');
    expect(detect(text, {}, { rules: only }).map((f) => f.rule)).toEqual(['off-platform']);
    expect(detect(text, {}, { rules: [] })).toEqual([]);
  });

  it('lets a finding hidden by dedupe surface when the winning rule is disabled', () => {
    const t = 'my whatsapp number is nine one seven - 1two3 - 4567';
    const sharing = (fs: Finding[]) => fs.filter((f) => f.category === 'contact-sharing').map((f) => [f.rule, f.match]);
    expect(sharing(detect(t))).toEqual([['contact-messaging', 'whatsapp number is nine one seven - 1two3 - 4567']]);
    expect(sharing(detect(t, {}, { disabled: new Set(['contact-messaging']) }))).toEqual([['contact-phone', 'nine one seven - 1two3 - 4567']]);
  });
});

describe('detect: dedupe', () => {
  it.each([...MIXED, ...Object.values(SAMPLE)])('never keeps two overlapping findings of one category: %j', (text) => {
    const fs = detect(text);
    for (let a = 0; a < fs.length; a++) {
      for (let b = a + 1; b < fs.length; b++) {
        if (fs[a]!.category === fs[b]!.category) expect(overlaps(fs[a]!, fs[b]!), `${fs[a]!.match} / ${fs[b]!.match}`).toBe(false);
      }
    }
  });

  it('keeps overlapping findings of different categories', () => {
    const fs = detect("Send me your WhatsApp and I'll forward the requirements.");
    const request = fs.find((f) => f.category === 'contact-request');
    const move = fs.find((f) => f.category === 'off-platform');
    expect(request?.match).toBe('Send me your WhatsApp');
    expect(move?.match).toBe('WhatsApp');
    expect(overlaps(request!, move!)).toBe(true);
  });

  const text = 'aaa bbb ccc ddd';
  const run = (...rs: Rule[]) => detect(text, {}, { rules: rs }).map((f) => [f.rule, f.severity, f.match]);

  it('keeps the stronger of two overlapping findings of one category, even when it is narrower', () => {
    const wide = fakeRule('wide', 'payment', 'warning', (p) => [on(p, 'aaa bbb ccc')]);
    const strong = fakeRule('strong', 'payment', 'violation', (p) => [on(p, 'bbb')]);
    expect(run(wide, strong)).toEqual([['strong', 'violation', 'bbb']]);
    expect(run(strong, wide)).toEqual([['strong', 'violation', 'bbb']]);
  });

  it('keeps the wider of two overlapping findings of equal severity', () => {
    const narrow = fakeRule('narrow', 'payment', 'violation', (p) => [on(p, 'bbb')]);
    const wide = fakeRule('wide', 'payment', 'violation', (p) => [on(p, 'bbb ccc')]);
    expect(run(narrow, wide)).toEqual([['wide', 'violation', 'bbb ccc']]);
    expect(run(wide, narrow)).toEqual([['wide', 'violation', 'bbb ccc']]);
  });

  it('keeps touching but not overlapping findings, and overlapping ones of other categories', () => {
    const left = fakeRule('left', 'payment', 'violation', (p) => [on(p, 'aaa bbb')]);
    const right = fakeRule('right', 'payment', 'violation', (p) => [on(p, 'ccc')]);
    const other = fakeRule('other', 'harassment', 'violation', (p) => [on(p, 'bbb ccc')]);
    expect(run(left, right, other)).toEqual([
      ['left', 'violation', 'aaa bbb'],
      ['other', 'violation', 'bbb ccc'],
      ['right', 'violation', 'ccc'],
    ]);
  });

  it('collapses duplicate hits of one rule', () => {
    const twice = fakeRule('twice', 'payment', 'violation', (p) => [on(p, 'ccc'), on(p, 'ccc')]);
    expect(run(twice)).toEqual([['twice', 'violation', 'ccc']]);
  });
});

describe('detect: rules of several categories, opt-in and deferring rules (the second opinion\'s engine)', () => {
  const text = 'aaa bbb ccc ddd';
  const several = (hits: (p: Prepared) => Hit<'m'>[], extra: Partial<Rule<'m'>> = {}) => fakeRule('model', 'several', 'warning', hits, { defers: true, ...extra });
  const run = (options: Parameters<typeof detect>[2]) => detect(text, {}, options).map((f) => [f.rule, f.category, f.severity, f.match]);

  it('gives each finding its hit\'s category, and drops a hit of such a rule that names none', () => {
    const model = several((p) => [on(p, 'aaa', { category: 'payment' }), on(p, 'ccc', { category: 'harassment' }), on(p, 'ddd')]);
    expect(run({ rules: [model] })).toEqual([
      ['model', 'payment', 'warning', 'aaa'],
      ['model', 'harassment', 'warning', 'ccc'],
    ]);
  });

  it('runs an opt-in rule only when enabled, and disabled wins over enabled', () => {
    const model = several((p) => [on(p, 'aaa', { category: 'payment' })], { optIn: true });
    expect(run({ rules: [model] })).toEqual([]);
    expect(run({ rules: [model], enabled: new Set(['model']) })).toEqual([['model', 'payment', 'warning', 'aaa']]);
    expect(run({ rules: [model], enabled: new Set(['model']), disabled: new Set(['model']) })).toEqual([]);
  });

  it('drops a deferring rule\'s finding that overlaps another rule\'s of the same category, whatever its severity', () => {
    const model = several((p) => [on(p, 'aaa bbb', { category: 'payment' }), on(p, 'ccc ddd', { category: 'payment' })]);
    const note = fakeRule('note', 'payment', 'info', (p) => [on(p, 'bbb')]);
    const other = fakeRule('other', 'harassment', 'violation', (p) => [on(p, 'ddd')]);
    // The note keeps its place (a warning would otherwise win over it in dedupe); the other category does not silence the model.
    expect(run({ rules: [model, note, other] })).toEqual([
      ['note', 'payment', 'info', 'bbb'],
      ['model', 'payment', 'warning', 'ccc ddd'],
      ['other', 'harassment', 'violation', 'ddd'],
    ]);
    // In whatever order the rules run.
    expect(run({ rules: [other, note, model] })).toEqual(run({ rules: [model, note, other] }));
    // A non-deferring rule of the same shape would have won over the note.
    const loud = fakeRule('loud', 'payment', 'warning', (p) => [on(p, 'aaa bbb')]);
    expect(run({ rules: [loud, note] })).toEqual([['loud', 'payment', 'warning', 'aaa bbb']]);
  });

  it('stays fast when many deferring findings meet many others (sorted reach, not pairs)', () => {
    const words = Array.from({ length: 20_000 }, (_, k) => `w${k}`).join(' ');
    const even = (p: Prepared) => [...p.text.matchAll(/w\d*[02468]\b/g)];
    const model = several((p) => even(p).map((m) => ({ start: m.index, end: m.index + m[0].length + 3, messageId: 'm' as const, category: 'payment' as const })));
    const rule = fakeRule('rule', 'payment', 'info', (p) => [...p.text.matchAll(/w\d*[13579]\b/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, messageId: 'm' as const })));
    const found = detect(words, {}, { rules: [model, rule] });
    // Every model span reaches into the next word, an odd one the rule reports: all give way.
    expect(found.filter((f) => f.rule === 'model')).toEqual([]);
    expect(found.length).toBe(10_000);
  });

  it('fills {terms} with the hit\'s words, quoted', () => {
    const model = several((p) => [on(p, 'aaa', { category: 'payment', terms: ['aaa', "b'b"] })], { messages: { m: 'Reads like payment ({terms}).' } });
    const [f] = detect(text, {}, { rules: [model] });
    expect(f!.message).toBe("Reads like payment ('aaa', 'b'b').");
    expect(f!.terms).toEqual(['aaa', "b'b"]);
  });
});

describe('detect: offsets', () => {
  it('trims surrounding spaces and punctuation off a match', () => {
    const t = 'say  ;, jane !?. now';
    const rule = fakeRule('trim', 'payment', 'violation', (p) => [on(p, '  ;, jane !?.')]);
    const [f] = detect(t, {}, { rules: [rule] });
    expect(f?.match).toBe('jane');
    expect(f?.start).toBe(t.indexOf('jane'));
    // A removal also takes the one space after the word, so no double space is left behind.
    expect(f?.fix).toEqual({ label: 'fix trim', start: f!.start, end: f!.end + 1, replacement: '' });
  });

  it('drops a hit that is nothing but spaces and punctuation', () => {
    const rule = fakeRule('blank', 'payment', 'violation', (p) => [on(p, ' , ; ')]);
    expect(detect('a , ; b', {}, { rules: [rule] })).toEqual([]);
  });

  it('trims a real match: the full stop after an address is not underlined', () => {
    const t = 'Send it to jane@studio.io.';
    const [f] = detect(t).filter((x) => x.rule === 'contact-email');
    expect(f?.match).toBe('jane@studio.io');
    expect(t.slice(f!.end)).toBe('.');
  });

  it('maps prepared offsets back over astral, full-width and invisible characters', () => {
    const t = '👩🏽‍💻 𝐣𝐚𝐧𝐞＠ｇｍａｉｌ．com\u200B!';
    const rule = fakeRule('map', 'payment', 'violation', (p) => [on(p, 'jane@gmail.com')]);
    const [f] = detect(t, {}, { rules: [rule] });
    expect(f?.match).toBe('𝐣𝐚𝐧𝐞＠ｇｍａｉｌ．com');
    expect(f?.start).toBe(t.indexOf('𝐣'));
  });
});

describe('detect: severity, exceptions and fixes', () => {
  it('softens a contact finding for an enterprise client and explains why', () => {
    const rule = fakeRule('c', 'contact-sharing', 'violation', (p) => [on(p, 'jane')]);
    const [f] = detect('ping jane', { client: 'enterprise' }, { rules: [rule] });
    expect(f?.severity).toBe('info');
    expect(f?.exception).toMatch(/Enterprise/);
    expect(f?.fix).toBeUndefined();
  });

  it('never softens payment, account sharing, feedback or harassment, and drops a rule-given exception there', () => {
    for (const category of ['payment', 'account-sharing', 'feedback', 'harassment'] as const) {
      const rule = fakeRule('p', category, 'violation', (p) => [on(p, 'jane', { exception: 'portfolio' })]);
      const [f] = detect('ping jane', { client: 'enterprise', contract: 'active' }, { rules: [rule] });
      expect(f?.severity, category).toBe('violation');
      expect(f?.exception, category).toBeUndefined();
      expect(f?.fix, category).toBeDefined();
    }
  });

  it('uses a rule-given exception for contact findings', () => {
    const rule = fakeRule('c', 'contact-sharing', 'violation', (p) => [on(p, 'jane', { exception: 'project-access' })]);
    const [f] = detect('ping jane', {}, { rules: [rule] });
    expect(f?.severity).toBe('info');
    expect(f?.exception).toMatch(/access to a project system/);
  });

  it('lets an exception only lower a severity, never raise it', () => {
    const rule = fakeRule('c', 'contact-sharing', 'violation', (p) => [on(p, 'jane', { severity: 'info', exception: 'portfolio' })]);
    const [f] = detect('ping jane', {}, { rules: [rule] });
    expect(f?.severity).toBe('info');
    expect(f?.exception).toMatch(/portfolio/);
  });

  it('takes a per-hit severity and replacement', () => {
    const rule = fakeRule('c', 'payment', 'violation', (p) => [on(p, 'jane', { severity: 'warning', replacement: 'J.' })]);
    const [f] = detect('ping jane', {}, { rules: [rule] });
    expect(f?.severity).toBe('warning');
    expect(f?.fix).toEqual({ label: 'fix c', start: 5, end: 9, replacement: 'J.' });
  });

  it('falls back to the rule description for an unknown message id', () => {
    const rule = fakeRule('c', 'payment', 'violation', (p) => [{ ...on(p, 'jane'), messageId: 'nope' as 'm' }]);
    expect(detect('ping jane', {}, { rules: [rule] })[0]?.message).toBe('fake rule c');
  });

  const contexts = [{}, { client: 'enterprise' as const }, { contract: 'active' as const }];
  const texts = [...Object.values(SAMPLE), ...MIXED, 'Samples of my work: dribbble.com/janedoe', 'For the NDA, my address is jane@studio.io'];
  it.each(texts)('has a fix exactly when the severity is violation or warning: %j', (text) => {
    for (const context of contexts) {
      for (const f of detect(text, context)) {
        if (f.severity === 'info') {
          expect(f.fix, f.match).toBeUndefined();
        } else {
          expect(f.fix, f.match).toBeDefined();
          const rule = rules.find((r) => r.id === f.rule)!;
          if (rule.fixScope === 'sentence') {
            // The fix covers the whole sentence holding the match, and rewrites or removes it.
            expect(f.fix!.start).toBeLessThanOrEqual(f.start);
            expect(f.fix!.end).toBeGreaterThanOrEqual(f.end);
            expect(text.slice(f.fix!.start, f.fix!.end)).toMatch(/^\S[^\n]*$/);
            expect(f.fix!.replacement).toBe(rule.fixText ?? '');
          } else {
            expect(f.fix!.start).toBe(f.start);
            // A removal may also take one following space (no double space left behind).
            expect(f.fix!.end - f.end).toBe(f.fix!.replacement === '' && text[f.end] === ' ' ? 1 : 0);
          }
          expect(f.fix!.label.length).toBeGreaterThan(0);
          expect(typeof f.fix!.replacement).toBe('string');
        }
      }
    }
  });

  it.each([
    ['contact-email', 'Email me at jane.doe@gmail.com'],
    ['contact-phone', 'My number is (415) 555-0132.'],
    ['contact-link', 'Connect with me: linkedin.com/in/janedoe'],
    ['contact-messaging', 'skype: live:.cid.8f1e2a'],
    ['contact-request', "Thanks! Can you share your phone number?"],
    ['off-platform', "Let's continue on WhatsApp, it's faster."],
    ['payment-outside', 'Can you pay me via PayPal instead?'],
    ['payment-details', 'Pay here: paypal.me/janedoe'],
    ['account-sharing', "Send me your Upwork login and I'll submit the proposals for you."],
    ['feedback-pressure', 'Give me 5 stars please.'],
    ['feedback-extortion', "Do this for free or I'll leave a 1-star review."],
    ['harassment', 'Honestly, you are a complete idiot.'],
  ])('applying the %s fix removes its finding', (id, text) => {
    const found = detect(text).filter((f) => f.rule === id);
    expect(found).toHaveLength(1);
    const fix = found[0]!.fix!;
    const fixed = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
    expect(detect(fixed).filter((f) => f.rule === id)).toEqual([]);
  });
});

describe('detect: order', () => {
  it.each(MIXED)('returns findings sorted by start (then end): %j', (text) => {
    const fs = detect(text);
    for (let k = 1; k < fs.length; k++) {
      const a = fs[k - 1]!;
      const b = fs[k]!;
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end), `${a.match} before ${b.match}`).toBe(true);
    }
  });

  it('sorts findings from different rules into text order', () => {
    const t = "Pay me via PayPal. What's your email? You're a complete idiot.";
    expect(detect(t).map((f) => f.rule)).toEqual(['payment-outside', 'contact-request', 'harassment']);
  });
});

describe('worstSeverity', () => {
  const finding = (severity: Severity): Finding => ({ rule: 'x', category: 'payment', severity, start: 0, end: 1, match: 'x', message: 'm', policy: 'p' });

  it('is null when there are no findings', () => {
    expect(worstSeverity([])).toBeNull();
    expect(worstSeverity(detect('All good, talk soon here on Upwork.'))).toBeNull();
  });

  it.each([
    [['info'], 'info'],
    [['info', 'warning'], 'warning'],
    [['warning', 'info'], 'warning'],
    [['info', 'violation', 'warning'], 'violation'],
    [['violation', 'violation'], 'violation'],
  ] as [Severity[], Severity][])('%j -> %s', (severities, worst) => {
    expect(worstSeverity(severities.map(finding))).toBe(worst);
  });

  it('agrees with the findings detect returns', () => {
    expect(worstSeverity(detect('My email is jane@studio.io', { client: 'enterprise' }))).toBe('info');
    expect(worstSeverity(detect('Samples of my work: dribbble.com/janedoe'))).toBe('warning');
    expect(worstSeverity(detect('Email me at jane.doe@gmail.com'))).toBe('violation');
    for (const text of MIXED) {
      const fs = detect(text);
      const max = Math.max(...fs.map((f) => RANK[f.severity]));
      expect(RANK[worstSeverity(fs)!]).toBe(max);
    }
  });
});

describe("detect: the second opinion's veto (steps 14 and 15)", () => {
  const ON = { enabled: new Set(['second-opinion']) };
  const PLATE = "Plate numbers look like 55-12345, don't mix them with phone numbers in the database please.";
  const SCRIPT = "Honest note on the script: module 4 is really hard to read aloud, sentences of 60+ words. I'd split them, listeners will get lost halfway.";
  const lowered = EXCEPTIONS['model-ordinary'].explanation;

  it('lowers to a warning, saying why, a rule finding whose every sentence the model reads as ordinary', () => {
    const [phone] = detect(PLATE, {}, ON);
    expect(phone).toMatchObject({ rule: 'contact-phone', match: '55-12345', severity: 'warning', exception: lowered });
    expect(phone!.fix).toBeDefined(); // still underlined, explained and fixable
    expect(detect(SCRIPT, {}, ON).map((f) => [f.rule, f.severity, f.exception])).toEqual([['harassment', 'warning', lowered]]);
  });

  it('lowers nothing when the second opinion is off (the command line by default, or turned off)', () => {
    expect(detect(PLATE).map((f) => [f.rule, f.severity, f.exception])).toEqual([['contact-phone', 'violation', undefined]]);
    expect(detect(PLATE, {}, { ...ON, disabled: new Set(['second-opinion']) })[0]!.severity).toBe('violation');
  });

  it('leaves violations the model does not read as ordinary, and a level the person or the organization chose', () => {
    expect(detect('text me on 415 555 0132, I reply faster there', {}, ON).filter((f) => f.severity === 'violation').map((f) => f.rule).sort())
      .toEqual(['contact-phone', 'off-platform']);
    expect(detect(PLATE, {}, { ...ON, severity: { 'contact-phone': 'violation' } })[0]).toMatchObject({ severity: 'violation' });
    expect(detect(PLATE, {}, { ...ON, severity: { 'contact-phone': 'violation' } })[0]!.exception).toBeUndefined();
  });

  it('reads each sentence the finding lies in: a sentence too short to read keeps the violation', () => {
    expect(detect('Call 415 555 0132.', {}, ON)[0]!.severity).toBe('violation');
    const read = ordinarySentences(prepare('Call 415 555 0132.'));
    expect(read.spans.map((_, k) => read.ordinary(k))).toEqual([false]);
  });

  it("lowers at step 15's threshold (0.93) what 0.99 kept: a note quoted in a report, read as ordinary with P(none) near 0.96", () => {
    const NOTE = 'A former client left a note saying the designer is an idiot, I removed it from the shared doc.';
    expect(VETO_NONE).toBe(0.93);
    const none = probabilities(prepare(NOTE).text, decode(MODEL))[0]!;
    expect(none).toBeGreaterThanOrEqual(0.93);
    expect(none).toBeLessThan(0.99);
    expect(detect(NOTE).map((f) => [f.rule, f.severity])).toEqual([['harassment', 'violation']]);
    expect(detect(NOTE, {}, ON).map((f) => [f.rule, f.severity, f.exception])).toEqual([['harassment', 'warning', lowered]]);
  });
});
