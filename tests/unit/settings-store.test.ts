import { describe, expect, it } from 'vitest';
import { DEFAULT_OWN_SETTINGS } from '../../lib/policy-settings';
import { isManaged, loadSettings, policyNotice, readManagedArea, type StorageAreaLike } from '../../lib/settings-store';
import { detectConfig } from '../../entrypoints/upwork.content/settings';

const area = (items: Record<string, unknown>): StorageAreaLike => ({ get: async () => items });

describe('managed storage is read defensively', () => {
  it('a browser without the area, a read that throws, a read that rejects (Firefox with no policy): no policy, no problem', async () => {
    const none = { value: {}, problems: [] };
    expect(await readManagedArea({})).toEqual(none);
    expect(await readManagedArea({ managed: { get: () => { throw new Error('storage.managed is not available'); } } })).toEqual(none);
    expect(await readManagedArea({ managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) } })).toEqual(none);
  });
  it('a policy is validated', async () => {
    expect(await readManagedArea({ managed: area({ guard: 'block', allowMarks: 'no' }) })).toEqual({ value: { guard: 'block' }, problems: ['"allowMarks" is "no", expected true or false'] });
  });
});

describe('loadSettings merges both areas', () => {
  it('the organization wins and is reported; the person keeps the rest', async () => {
    const loaded = await loadSettings({
      local: { get: async (key) => (key === 'settings' ? { settings: { enterSends: false, guard: 'off' } } : {}) },
      managed: area({ guard: 'block', forbiddenTerms: { platforms: ['Fiverr'] } }),
    });
    expect(loaded.own).toEqual({ value: { ...DEFAULT_OWN_SETTINGS, enterSends: false, guard: 'off' }, reset: false });
    expect(loaded.effective.guard).toBe('block');
    expect(loaded.effective.enterSends).toBe(false);
    expect(isManaged(loaded.effective, 'guard')).toBe(true);
    expect(isManaged(loaded.effective, 'enterSends')).toBe(false);
    expect(loaded.effective.forbiddenTerms.platforms).toEqual(['Fiverr']);
  });
  it('a failing local read is the defaults', async () => {
    const loaded = await loadSettings({ local: { get: () => Promise.reject(new Error('gone')) } });
    expect(loaded.own).toEqual({ value: DEFAULT_OWN_SETTINGS, reset: false });
    expect(loaded.effective.managed.size).toBe(0);
  });
});

describe('the notice for a malformed policy', () => {
  it('is null when nothing is wrong', () => {
    expect(policyNotice([])).toBeNull();
  });
  it('names the first problems and counts the rest', () => {
    const notice = policyNotice(['a', 'b', 'c', 'd', 'e'])!;
    expect(notice).toMatch(/^Your organization’s Clearsend policy could not be read in full: a; b; c \(and 2 more\)\./);
    expect(notice).toContain('The rest of the policy applies');
  });
});

describe('what the content script gives the detector', () => {
  it('rules off, severities, terms, and a key that changes with any of them', async () => {
    const { effective } = await loadSettings({
      local: area({ settings: { rules: { harassment: { enabled: false }, 'contact-email': { enabled: true, severity: 'warning' } } } }),
      managed: area({ forbiddenTerms: { platforms: ['Fiverr'] } }),
    });
    const config = detectConfig(effective);
    expect([...config.options.disabled!]).toEqual(['harassment']);
    expect(config.options.severity).toEqual({ 'contact-email': 'warning' });
    expect(config.options.terms?.platforms).toEqual(['Fiverr']);
    const other = detectConfig({ ...effective, forbiddenTerms: { ...effective.forbiddenTerms, platforms: ['Toptal'] } });
    expect(other.key).not.toBe(config.key);
    expect(detectConfig(effective).key).toBe(config.key);
  });

  it('the second opinion, opt-in for the detector, runs in the extension unless the person or the organization turns it off', async () => {
    const none = detectConfig((await loadSettings({ local: area({}), managed: area({}) })).effective);
    expect([...none.options.enabled!]).toEqual(['second-opinion']);
    expect([...none.options.disabled!]).toEqual([]);
    const mine = detectConfig((await loadSettings({ local: area({ settings: { rules: { 'second-opinion': { enabled: false } } } }), managed: area({}) })).effective);
    expect([...mine.options.enabled!]).toEqual([]);
    expect([...mine.options.disabled!]).toEqual(['second-opinion']);
    expect(mine.key).not.toBe(none.key);
    // Named and on, it is asked for as when left out: the same detector options, the same cache key.
    const named = detectConfig((await loadSettings({ local: area({ settings: { rules: { 'second-opinion': { enabled: true } } } }), managed: area({}) })).effective);
    expect([...named.options.enabled!]).toEqual(['second-opinion']);
    expect(named.key).toBe(none.key);
    // The organization's choice wins over the person's, both ways.
    const forced = await loadSettings({
      local: area({ settings: { rules: { 'second-opinion': { enabled: false } } } }),
      managed: area({ rules: { 'second-opinion': { enabled: true, severity: 'violation' } } }),
    });
    expect([...detectConfig(forced.effective).options.enabled!]).toEqual(['second-opinion']);
    expect(detectConfig(forced.effective).options.severity).toEqual({ 'second-opinion': 'violation' });
    const barred = await loadSettings({ local: area({}), managed: area({ rules: { 'second-opinion': { enabled: false } } }) });
    expect([...detectConfig(barred.effective).options.enabled!]).toEqual([]);
    expect([...detectConfig(barred.effective).options.disabled!]).toEqual(['second-opinion']);
    // A policy that sets only its severity leaves it on, at that severity.
    const levelOnly = await loadSettings({ local: area({}), managed: area({ rules: { 'second-opinion': { severity: 'violation' } } }) });
    expect([...detectConfig(levelOnly.effective).options.enabled!]).toEqual(['second-opinion']);
    expect(detectConfig(levelOnly.effective).options.severity).toEqual({ 'second-opinion': 'violation' });
  });
});
