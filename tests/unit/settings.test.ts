import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseConversations, parseSettings } from '../../lib/settings';

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
