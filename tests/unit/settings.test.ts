import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_OWN_SETTINGS, effectiveSettings } from '../../lib/policy-settings';
import { ConversationsSchema, ManagedPolicySchema, OwnSettingsSchema } from '../../lib/settings-schema';
import {
  DEFAULT_SETTINGS,
  MAX_TERMS,
  readManagedPolicy,
  RULE_IDS,
  markConversation,
  MAX_CONVERSATION_ID,
  MAX_CONVERSATIONS,
  parseConversations,
  parseSettings,
  readConversations,
  readSettings,
  type ConversationFacts,
} from '../../lib/settings';

describe('stored settings are read defensively', () => {
  it.each([undefined, null, 42, 'x', [], { enterSends: 'yes' }, { other: true }])('falls back to the default for %j', (value) => {
    expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps a valid value', () => {
    expect(parseSettings({ enterSends: false, extra: 1 })).toEqual({ ...DEFAULT_OWN_SETTINGS, enterSends: false });
  });
  it('migrates the value stored before issue 8 (only enterSends) silently: the choice kept, the rest default', () => {
    expect(readSettings({ enterSends: false })).toEqual({ value: { ...DEFAULT_OWN_SETTINGS, enterSends: false }, reset: false });
    expect(readSettings({ enterSends: true })).toEqual({ value: DEFAULT_OWN_SETTINGS, reset: false });
  });
  it('reads every part of the new shape', () => {
    const stored = {
      enterSends: false,
      guard: 'block',
      rules: { 'contact-email': { enabled: false }, harassment: { enabled: true, severity: 'warning' } },
      coverLetters: { enabled: false, threshold: 0.9, retentionDays: 7 },
    };
    expect(readSettings(stored)).toEqual({ value: stored, reset: false });
  });
  it('keeps the readable parts of a partly broken value and reports it', () => {
    const read = readSettings({
      guard: 'block',
      rules: { 'contact-email': { enabled: false }, 'contact-mail': { enabled: false }, harassment: { severity: 'warning' }, 'off-platform': { enabled: true, severity: 'loud' } },
      coverLetters: { threshold: 3, retentionDays: 10 },
      colour: 'blue',
    });
    expect(read.reset).toBe(true);
    expect(read.value).toEqual({
      ...DEFAULT_OWN_SETTINGS,
      guard: 'block',
      // An unknown rule id and a choice that does not say whether the rule is on are dropped; a bad severity only loses the severity.
      rules: { 'contact-email': { enabled: false }, 'off-platform': { enabled: true } },
      coverLetters: { ...DEFAULT_OWN_SETTINGS.coverLetters, retentionDays: 10 },
    });
  });
  it('never shares the defaults object with the value it returns', () => {
    const read = readSettings(undefined);
    read.value.rules.x = { enabled: false };
    read.value.coverLetters.enabled = false;
    expect(DEFAULT_OWN_SETTINGS).toEqual({ enterSends: true, guard: 'ask', rules: {}, coverLetters: { enabled: true, threshold: 0.8, retentionDays: 30 } });
  });
});

describe('stored conversation facts are read defensively', () => {
  it('keeps valid facts and drops the rest', () => {
    expect(
      parseConversations({
        room_a: { client: 'enterprise', contract: 'active' },
        room_b: { client: 'huge', contract: 'active' },
        room_c: 'enterprise',
        room_d: { contract: 'maybe' },
      }),
    ).toEqual({ room_a: { client: 'enterprise', contract: 'active' }, room_b: { contract: 'active' }, room_d: {} });
  });
  it.each([undefined, null, [], 'x', 3])('reads %j as no facts', (value) => {
    expect(parseConversations(value)).toEqual({});
  });
});

describe('unreadable values are reported, so the person can be told', () => {
  it('nothing stored is not a problem', () => {
    expect(readSettings(undefined)).toEqual({ value: DEFAULT_SETTINGS, reset: false });
    expect(readConversations(undefined)).toEqual({ value: {}, reset: false, pruned: false });
  });
  it.each([null, 42, 'garbage', [], { enterSends: 'yes' }])('settings %j: default, reset', (value) => {
    expect(readSettings(value)).toEqual({ value: DEFAULT_SETTINGS, reset: true });
  });
  it('a conversation map with a bad entry keeps the good ones and reports the rest', () => {
    expect(readConversations({ room_a: { client: 'enterprise', at: 5 }, room_b: 'x' })).toEqual({ value: { room_a: { client: 'enterprise', at: 5 } }, reset: true, pruned: false });
  });
  it('an over-long id is dropped', () => {
    expect(readConversations({ ['r'.repeat(MAX_CONVERSATION_ID + 1)]: { client: 'enterprise' } })).toEqual({ value: {}, reset: true, pruned: false });
  });
});

describe('the conversation map stays bounded', () => {
  it('keeps the most recently marked MAX_CONVERSATIONS entries', () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i < MAX_CONVERSATIONS + 50; i++) many[`room_${i}`] = { contract: 'active', at: i };
    const read = readConversations(many);
    expect(read.pruned).toBe(true);
    expect(read.reset).toBe(false);
    expect(Object.keys(read.value)).toHaveLength(MAX_CONVERSATIONS);
    expect(read.value.room_49).toBeUndefined();
    expect(read.value.room_50).toEqual({ contract: 'active', at: 50 });
  });
  it('marking a new conversation when full forgets the oldest, never the one just marked', () => {
    let all: Record<string, ConversationFacts> = {};
    for (let i = 0; i < MAX_CONVERSATIONS; i++) all = markConversation(all, `room_${i}`, { client: 'enterprise' }, 1000 + i);
    all = markConversation(all, 'room_new', { contract: 'active' }, 5000);
    expect(Object.keys(all)).toHaveLength(MAX_CONVERSATIONS);
    expect(all.room_new).toEqual({ contract: 'active', at: 5000 });
    expect(all.room_0).toBeUndefined();
  });
});

describe("an organization's managed policy is read defensively", () => {
  it('no policy (Chrome gives an empty object, Firefox nothing) is no problem', () => {
    expect(readManagedPolicy({})).toEqual({ value: {}, problems: [] });
    expect(readManagedPolicy(undefined)).toEqual({ value: {}, problems: [] });
  });
  it('keeps a valid policy as it is', () => {
    const policy = {
      rules: { 'contact-link': { enabled: false }, 'contact-email': { severity: 'warning' }, 'agency-terms': { enabled: true, severity: 'violation' } },
      guard: 'block',
      enterSends: false,
      coverLetters: { threshold: 0.7 },
      forbiddenTerms: { domains: ['agency-crm.example'], handles: ['@jo_agency'], phrases: ['rush fee'], platforms: ['Fiverr'] },
      allowUserChanges: false,
      allowMarks: false,
    };
    expect(readManagedPolicy(policy)).toEqual({ value: policy, problems: [] });
  });
  it('keeps every valid part of a malformed policy and says what is wrong with each other part', () => {
    const read = readManagedPolicy({
      guard: 'never',
      allowMarks: 'no',
      rules: { 'contact-mail': { enabled: false }, harassment: { enabled: false, severity: 'loud' }, 'contact-link': false },
      coverLetters: { retentionDays: 1000, enabled: true },
      forbiddenTerms: { domains: ['agency-crm.example', 'https://agency.example/x', 42], phrases: ['rush fee', '   '], sites: ['x'] },
      colour: 'blue',
    });
    expect(read.value).toEqual({
      rules: { harassment: { enabled: false } },
      coverLetters: { enabled: true },
      forbiddenTerms: { domains: ['agency-crm.example'], phrases: ['rush fee'] },
    });
    expect(read.problems).toEqual([
      '"guard" is "never", expected one of off, ask, block',
      '"allowMarks" is "no", expected true or false',
      `"rules.contact-mail": there is no Clearsend rule with this id (the rules are ${RULE_IDS.join(', ')})`,
      '"rules.harassment.severity" is "loud", expected one of violation, warning, info',
      '"rules.contact-link" is false, expected an object with "enabled" and/or "severity"',
      '"coverLetters.retentionDays" is 1000, expected a whole number of days from 1 to 365',
      '"forbiddenTerms.domains[1]" is "https://agency.example/x", expected a domain name such as "agency-crm.example"',
      '"forbiddenTerms.domains[2]" is 42, expected a domain name such as "agency-crm.example"',
      '"forbiddenTerms.phrases[1]" is "   ", expected a term of 1 to 200 characters',
      '"forbiddenTerms.sites" is ["x"], expected nothing: the lists are domains, handles, phrases, platforms',
      '"colour" is not a Clearsend setting (the settings are guard, enterSends, rules, coverLetters, forbiddenTerms, allowUserChanges, allowMarks)',
    ]);
  });
  it('a policy that is not an object is reported and nothing of it applies', () => {
    expect(readManagedPolicy('block')).toEqual({ value: {}, problems: ['"(the policy)" is "block", expected an object of settings'] });
    expect(readManagedPolicy(null).problems).toHaveLength(1);
  });
  it('uses at most MAX_TERMS terms per list, and says so', () => {
    const read = readManagedPolicy({ forbiddenTerms: { platforms: Array.from({ length: MAX_TERMS + 5 }, (_, i) => `p${i}`) } });
    expect(read.value.forbiddenTerms?.platforms).toHaveLength(MAX_TERMS);
    expect(read.problems).toEqual([`"forbiddenTerms.platforms" has ${MAX_TERMS + 5} terms, more than the ${MAX_TERMS} allowed: only the first ${MAX_TERMS} are used`]);
  });
  it('a long value is shortened in the problem', () => {
    expect(readManagedPolicy({ guard: 'x'.repeat(500) }).problems[0]!.length).toBeLessThan(120);
  });
});

describe('effectiveSettings: the organization wins, and says where', () => {
  it('reports every managed path and keeps the rest of the person\'s choices', () => {
    const own = { ...DEFAULT_OWN_SETTINGS, guard: 'off' as const, rules: { harassment: { enabled: false }, 'contact-email': { enabled: true, severity: 'warning' as const } } };
    const effective = effectiveSettings(own, { guard: 'block', rules: { 'contact-email': { severity: 'violation' }, 'contact-link': { enabled: false } }, allowMarks: false, forbiddenTerms: { platforms: ['Fiverr'] } });
    expect(effective.guard).toBe('block');
    expect(effective.rules).toEqual({ harassment: { enabled: false }, 'contact-email': { enabled: true, severity: 'violation' }, 'contact-link': { enabled: false } });
    expect(effective.forbiddenTerms).toEqual({ domains: [], handles: [], phrases: [], platforms: ['Fiverr'] });
    expect(effective.allowMarks).toBe(false);
    expect(effective.allowUserChanges).toBe(true);
    expect([...effective.managed].sort()).toEqual(['allowMarks', 'guard', 'rules.contact-email.severity', 'rules.contact-link.enabled']);
  });
  it('with no policy nothing is managed', () => {
    const effective = effectiveSettings(DEFAULT_OWN_SETTINGS, {});
    expect(effective.managed.size).toBe(0);
    expect(effective.rules).toEqual({});
  });
});

// The specification is in lib/settings-schema.ts (zod); the hand parsers must agree with it exactly.
describe('the hand-written parsers accept exactly what the zod schemas accept', () => {
  const value = fc.oneof(
    fc.constantFrom(undefined, null, 0, 'enterprise', true, NaN, Infinity),
    fc.boolean(),
    fc.constantFrom('standard', 'enterprise', 'none', 'active', 'other'),
    fc.double(),
  );
  // No undefined inside objects: storage cannot keep a key holding it (the parsers treat one as absent).
  const setting = fc.oneof(
    fc.constantFrom(null, 0, 1, 7, 30, 365, 366, -1, 0.5, 0.8, 1.5, 2, NaN, Infinity, '', '   ', 'x', 'ask', 'block', 'off', 'never'),
    fc.constantFrom('violation', 'warning', 'info', 'loud', 'agency-crm.example', 'not a domain', 'https://a.example/x', 'Fiverr', 'a'.repeat(201)),
    fc.boolean(),
    fc.double(),
    fc.string({ maxLength: 6 }),
  );
  // Mostly valid parts, sometimes anything: both accepted and refused values come up often.
  const or = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 20 }, { arbitrary: setting, weight: 1 });
  const extra = fc.oneof({ arbitrary: fc.constant({}), weight: 20 }, { arbitrary: fc.record({ colour: setting }), weight: 1 });
  const withExtra = <T extends object>(main: fc.Arbitrary<T>) => or(fc.tuple(main, extra).map(([m, e]) => ({ ...m, ...e })));
  const bool = or(fc.boolean());
  const choice = withExtra(fc.record({ enabled: bool, severity: or(fc.constantFrom('violation', 'warning', 'info')) }, { requiredKeys: [] }));
  const ruleMap = or(fc.dictionary(fc.constantFrom('contact-email', 'harassment', 'agency-terms', 'off-platform', 'contact-mail'), choice, { maxKeys: 3 }));
  const memory = withExtra(
    fc.record({ enabled: bool, threshold: or(fc.double({ min: 0.5, max: 1, noNaN: true })), retentionDays: or(fc.integer({ min: 1, max: 365 })) }, { requiredKeys: [] }),
  );
  const list = (item: fc.Arbitrary<string>) => or(fc.array(or(item), { maxLength: 3 }));
  const termLists = withExtra(
    fc.record(
      {
        domains: list(fc.constantFrom('agency-crm.example', 'files.agency.example', 'bücher.example', 'xn--bcher-kva.example')),
        handles: list(fc.constantFrom('@jo_agency', '+1 415 555 0100', 'bp.jo.77')),
        phrases: list(fc.constantFrom('rush fee', 'our own contract', ' padded ')),
        platforms: list(fc.constantFrom('Fiverr', 'Toptal', 'People Per Hour')),
      },
      { requiredKeys: [] },
    ),
  );
  const guardMode = or(fc.constantFrom('off', 'ask', 'block'));
  const ownShape = withExtra(fc.record({ enterSends: bool, guard: guardMode, rules: ruleMap, coverLetters: memory }, { requiredKeys: [] }));
  const policyShape = withExtra(
    fc.record({ rules: ruleMap, guard: guardMode, enterSends: bool, coverLetters: memory, forbiddenTerms: termLists, allowUserChanges: bool, allowMarks: bool }, { requiredKeys: [] }),
  );
  it('the generators give both accepted and refused values', () => {
    for (const [shape, schema] of [
      [ownShape, OwnSettingsSchema],
      [policyShape, ManagedPolicySchema],
    ] as const) {
      const sample = fc.sample(shape, { numRuns: 1000, seed: 8 });
      const accepted = sample.filter((v) => schema.safeParse(v).success).length;
      expect(accepted, `accepted ${accepted}`).toBeGreaterThan(150);
      expect(accepted).toBeLessThan(850);
    }
  });
  const facts = fc.oneof(fc.dictionary(fc.constantFrom('client', 'contract', 'at', 'extra'), value), value);

  it('own settings', () => {
    fc.assert(
      fc.property(ownShape, (stored) => {
        if (stored === undefined) return;
        const parsed = OwnSettingsSchema.safeParse(stored);
        const read = readSettings(stored);
        expect(read.reset).toBe(!parsed.success);
        if (parsed.success) {
          // A key holding undefined is absent (storage cannot keep one): its default applies.
          const defined = <T extends object>(o: T | undefined) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined));
          const data = parsed.data;
          expect(read.value).toEqual({ ...DEFAULT_OWN_SETTINGS, ...defined(data), rules: data.rules ?? {}, coverLetters: { ...DEFAULT_OWN_SETTINGS.coverLetters, ...defined(data.coverLetters) } });
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('managed policy', () => {
    fc.assert(
      fc.property(policyShape, (stored) => {
        if (stored === undefined) return;
        const parsed = ManagedPolicySchema.safeParse(stored);
        const read = readManagedPolicy(stored);
        expect(read.problems.length === 0).toBe(parsed.success);
        if (parsed.success) expect(read.value).toEqual(parsed.data); // toEqual treats an undefined key as absent
      }),
      { numRuns: 2000 },
    );
  });
  it('conversations', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.oneof(fc.string({ maxLength: 4 }), fc.constant('r'.repeat(MAX_CONVERSATION_ID + 1))), facts, { maxKeys: 5 }), value), (stored) => {
        if (stored === undefined) return;
        const parsed = ConversationsSchema.safeParse(stored);
        // zod's z.number() refuses NaN but takes Infinity; the parser keeps finite timestamps only.
        const finite = parsed.success && Object.values(parsed.data).every((f) => f.at === undefined || Number.isFinite(f.at));
        expect(readConversations(stored).reset).toBe(!finite);
        if (finite) expect(readConversations(stored).value).toEqual(parsed.data);
      }),
    );
  });
});
