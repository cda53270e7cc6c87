// The zod readers of the options page and the popup, and the popup's message shapes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OWN_SETTINGS } from '../../lib/policy-settings';
import { readFrameState, readPopupRequest } from '../../lib/popup-protocol';
import { readManagedPolicy, readOwnSettings, settingsForStorage } from '../../lib/ui/settings-io';

describe('readOwnSettings', () => {
  it('nothing stored: the defaults, no notice', () => {
    expect(readOwnSettings(undefined)).toEqual({ value: DEFAULT_OWN_SETTINGS, reset: false });
  });
  it('the old { enterSends } value migrates without a notice', () => {
    expect(readOwnSettings({ enterSends: false })).toEqual({ value: { ...DEFAULT_OWN_SETTINGS, enterSends: false }, reset: false });
  });
  it('keeps each valid part, falls back for each invalid part, and says so', () => {
    const read = readOwnSettings({
      enterSends: 'yes',
      guard: 'block',
      rules: { 'contact-email': { enabled: false, severity: 'warning' }, 'contact-phone': { enabled: 'no' }, 'Bad Id': { enabled: true } },
      coverLetters: { enabled: false, threshold: 7, retentionDays: 10 },
    });
    expect(read.reset).toBe(true);
    expect(read.value).toEqual({
      enterSends: true,
      guard: 'block',
      rules: { 'contact-email': { enabled: false, severity: 'warning' } },
      coverLetters: { enabled: false, threshold: 0.8, retentionDays: 10 },
    });
  });
  it('a value that is not an object is the defaults, with a notice', () => {
    for (const bad of ['garbage', 3, null, [true]]) expect(readOwnSettings(bad)).toEqual({ value: DEFAULT_OWN_SETTINGS, reset: true });
  });
});

describe('settingsForStorage', () => {
  it('accepts a whole valid value and refuses anything else', () => {
    expect(settingsForStorage(DEFAULT_OWN_SETTINGS)).toEqual(DEFAULT_OWN_SETTINGS);
    expect(() => settingsForStorage({ ...DEFAULT_OWN_SETTINGS, coverLetters: { enabled: true, threshold: 0.8, retentionDays: 0 } })).toThrow();
    expect(() => settingsForStorage({ ...DEFAULT_OWN_SETTINGS, extra: 1 } as never)).toThrow();
    expect(() => settingsForStorage({ ...DEFAULT_OWN_SETTINGS, guard: 'maybe' } as never)).toThrow();
  });
});

describe('readManagedPolicy', () => {
  it('no policy: nothing managed, no notice', () => {
    expect(readManagedPolicy(undefined)).toEqual({ value: {}, reset: false });
    expect(readManagedPolicy({})).toEqual({ value: {}, reset: false });
  });
  it('keeps what is valid and leaves out, with a notice, what is not', () => {
    const read = readManagedPolicy({
      guard: 'block',
      enterSends: 'sometimes',
      allowUserChanges: false,
      rules: { harassment: { enabled: false }, 'contact-link': { severity: 'loud' } },
      coverLetters: { threshold: 0.9, retentionDays: 9999 },
      forbiddenTerms: { domains: ['agency.example'], phrases: 'not a list' },
    });
    expect(read.reset).toBe(true);
    expect(read.value).toEqual({
      guard: 'block',
      allowUserChanges: false,
      // The invalid severity is left out; the rule's entry stays, empty (it sets nothing).
      rules: { harassment: { enabled: false }, 'contact-link': {} },
      coverLetters: { threshold: 0.9 },
      forbiddenTerms: { domains: ['agency.example'] },
    });
  });
});

describe('popup messages', () => {
  it('requests are read strictly', () => {
    expect(readPopupRequest({ type: 'clearsend:status' })).toEqual({ type: 'clearsend:status' });
    expect(readPopupRequest({ type: 'clearsend:pause', paused: true })).toEqual({ type: 'clearsend:pause', paused: true });
    for (const bad of [null, 'clearsend:status', { type: 'clearsend:pause', paused: 'yes' }, { type: 'clearsend:status', extra: 1 }, { type: 'other' }]) {
      expect(readPopupRequest(bad)).toBeNull();
    }
  });
  it('frame states are read strictly', () => {
    const good = { type: 'clearsend:state', paused: false, fields: [{ kind: 'composer', findings: 2 }] };
    expect(readFrameState(good)).toEqual(good);
    for (const bad of [
      { ...good, fields: [{ kind: 'textarea', findings: 2 }] },
      { ...good, fields: [{ kind: 'composer', findings: -1 }] },
      { ...good, fields: [{ kind: 'composer', findings: 1.5 }] },
      { ...good, paused: 'no' },
      { ...good, extra: true },
      { ...good, fields: Array.from({ length: 101 }, () => ({ kind: 'composer', findings: 0 })) },
    ]) {
      expect(readFrameState(bad)).toBeNull();
    }
  });
});
