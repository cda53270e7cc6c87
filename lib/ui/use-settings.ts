/**
 * The settings as the options page and the popup see them: the person's own (storage.local
 * `settings`), the organization's policy (storage.managed, which may be missing or throw), the
 * merge of the two, and the remembered conversations. Everything read is validated
 * (lib/settings-schema.ts, lib/settings.ts) and followed through storage change events, so two
 * open pages, and the open Upwork tabs, always show the same values.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { effectiveSettings, type EffectiveSettings, type ManagedPolicy, type OwnSettings } from '../policy-settings';
import { readManagedPolicy, readOwnSettings, settingsForStorage, type Read } from './settings-io';
import { CONVERSATIONS_KEY, readConversations, SETTINGS_KEY, type ConversationFacts } from '../settings';

/** Where the cover-letter memory keeps its fingerprints (written by the content script). */
export const COVER_LETTER_PRINTS_KEY = 'coverLetterPrints';

export interface SettingsView {
  own: OwnSettings;
  policy: ManagedPolicy;
  effective: EffectiveSettings;
  conversations: Record<string, ConversationFacts>;
  notices: { settingsReset: boolean; policyInvalid: boolean; conversationsReset: boolean; saveFailed: boolean };
  /**
   * Set until storage.managed answers. It answers at once, except in the first seconds after the
   * browser starts (Chromium: about 2-4 s here), so the page shows the person's settings meanwhile,
   * with every control locked: nothing can be changed that the organization may turn out to set.
   */
  policyPending: boolean;
}

export interface SettingsActions {
  /** Saves the person's own settings at once (validated in full first). */
  save(next: OwnSettings): void;
  removeConversation(key: string): void;
  forgetCoverLetters(): Promise<void>;
}

async function readManaged(): Promise<Read<ManagedPolicy>> {
  try {
    return readManagedPolicy(await browser.storage.managed.get());
  } catch {
    // No policy installed (Firefox rejects, some Chromium builds throw): nothing is managed.
    return { value: {}, reset: false };
  }
}

export function useSettings(): [SettingsView | null, SettingsActions] {
  const [own, setOwn] = useState<Read<OwnSettings> | null>(null);
  const [policy, setPolicy] = useState<Read<ManagedPolicy> | null>(null);
  const [conversations, setConversations] = useState<Read<Record<string, ConversationFacts>> | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void browser.storage.local.get([SETTINGS_KEY, CONVERSATIONS_KEY]).then((items) => {
      if (!live) return;
      setOwn(readOwnSettings(items[SETTINGS_KEY]));
      setConversations(readConversations(items[CONVERSATIONS_KEY]));
    });
    void readManaged().then((read) => live && setPolicy(read));
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) setOwn(readOwnSettings(changes[SETTINGS_KEY]!.newValue));
      if (area === 'local' && CONVERSATIONS_KEY in changes) setConversations(readConversations(changes[CONVERSATIONS_KEY]!.newValue));
      if (area === 'managed') void readManaged().then((read) => live && setPolicy(read));
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, []);

  const save = useCallback((next: OwnSettings) => {
    let valid: OwnSettings;
    try {
      valid = settingsForStorage(next);
    } catch {
      setSaveFailed(true);
      return;
    }
    setOwn({ value: valid, reset: false });
    browser.storage.local.set({ [SETTINGS_KEY]: valid }).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  }, []);

  const removeConversation = useCallback((key: string) => {
    void browser.storage.local.get(CONVERSATIONS_KEY).then((items) => {
      const all = { ...readConversations(items[CONVERSATIONS_KEY]).value };
      delete all[key];
      return browser.storage.local.set({ [CONVERSATIONS_KEY]: all });
    }).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  }, []);

  const forgetCoverLetters = useCallback(() => browser.storage.local.remove(COVER_LETTER_PRINTS_KEY), []);

  const actions = { save, removeConversation, forgetCoverLetters };
  if (!own || !conversations) return [null, actions];
  const managed = policy?.value ?? {};
  return [
    {
      own: own.value,
      policy: managed,
      effective: effectiveSettings(own.value, managed),
      conversations: conversations.value,
      notices: { settingsReset: own.reset, policyInvalid: policy?.reset ?? false, conversationsReset: conversations.reset, saveFailed },
      policyPending: !policy,
    },
    actions,
  ];
}
