import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
  DEFAULT_SETTINGS,
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
    expect(parseSettings({ enterSends: false, extra: 1 })).toEqual({ enterSends: false });
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

// The specification, in zod (not shipped: see lib/settings.ts for why the content script parses by hand).
const SettingsSchema = z.object({ enterSends: z.boolean() });
const FactsSchema = z.strictObject({ client: z.optional(z.enum(['standard', 'enterprise'])), contract: z.optional(z.enum(['none', 'active'])), at: z.optional(z.number()) });
const ConversationsSchema = z.record(z.string().min(1).max(MAX_CONVERSATION_ID), FactsSchema);

describe('the hand-written parser accepts exactly what the zod schemas accept', () => {
  const value = fc.oneof(
    fc.constantFrom(undefined, null, 0, 'enterprise', true, NaN, Infinity),
    fc.boolean(),
    fc.constantFrom('standard', 'enterprise', 'none', 'active', 'other'),
    fc.double(),
  );
  const facts = fc.oneof(fc.dictionary(fc.constantFrom('client', 'contract', 'at', 'extra'), value), value);
  it('settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.constantFrom('enterSends', 'other'), value), value), (stored) => {
        if (stored === undefined) return;
        const ok = SettingsSchema.safeParse(stored).success;
        expect(readSettings(stored).reset).toBe(!ok);
        if (ok) expect(readSettings(stored).value).toEqual({ enterSends: (stored as { enterSends: boolean }).enterSends });
      }),
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
