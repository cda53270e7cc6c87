/**
 * What the person told Clearsend about a conversation: "this client is
 * Enterprise", "the contract has started". Kept in extension storage under the
 * conversation's id (a room or job id from the address), never any typed text.
 * Read defensively (lib/settings.ts): an unreadable stored map is reset and the
 * person is told; the map is capped and pruned.
 */
import type { DetectContext } from '../../lib/detector/types';
import { CONVERSATIONS_KEY as STORAGE_KEY, markConversation, readConversations, type ConversationFacts } from '../../lib/settings';
import { conversationKey } from '../../lib/upwork/selectors';
import type { Lifetime } from './lifetime';

type Stored = Record<string, ConversationFacts>;

import { t } from './i18n';

/** The notice when the stored map was unreadable (in the interface's language). */
export const conversationsReset = () => t('card_notice_conversations_reset');

export class ConversationStore {
  private all: Stored = {};

  constructor(
    private readonly life: Lifetime,
    private readonly changed: () => void,
    private readonly notify: (notice: string) => void,
  ) {
    browser.storage.local.get(STORAGE_KEY).then(
      life.run((items: Record<string, unknown>) => this.load(items[STORAGE_KEY], true)),
      () => undefined,
    );
    const listener = life.run((changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && STORAGE_KEY in changes) this.load(changes[STORAGE_KEY]!.newValue, false);
    });
    browser.storage.onChanged.addListener(listener);
    life.signal.addEventListener('abort', () => removeQuietly(() => browser.storage.onChanged.removeListener(listener)), { once: true });
  }

  private load(value: unknown, first: boolean): void {
    const read = readConversations(value);
    this.all = read.value;
    if (read.reset) this.notify(conversationsReset());
    // Written back once, cleaned and capped, so the next page reads a small valid map.
    if (first && (read.reset || read.pruned)) this.save();
    this.changed();
  }

  private key(): string | null {
    return conversationKey(location.pathname);
  }

  get(): Pick<DetectContext, 'client' | 'contract'> {
    const facts = this.all[this.key() ?? ''] ?? {};
    return { client: facts.client ?? 'standard', contract: facts.contract ?? 'none' };
  }

  mark(fact: 'enterprise' | 'contract'): void {
    const key = this.key();
    // After a reload of the extension this copy can no longer store anything: it stops instead.
    if (!key || !this.life.alive()) return;
    this.all = markConversation(this.all, key, fact === 'enterprise' ? { client: 'enterprise' } : { contract: 'active' }, Date.now());
    this.changed();
    this.save();
  }

  /** Undoes a mark: "Not Enterprise after all", "The contract has not started". */
  unmark(fact: 'enterprise' | 'contract'): void {
    const key = this.key();
    if (!key || !this.life.alive()) return;
    const facts = { ...this.all[key] };
    if (fact === 'enterprise') delete facts.client;
    else delete facts.contract;
    const next = { ...this.all };
    // A conversation with nothing left to remember is forgotten altogether.
    if (facts.client === undefined && facts.contract === undefined) delete next[key];
    else next[key] = facts;
    this.all = next;
    this.changed();
    this.save();
  }

  private save(): void {
    try {
      browser.storage.local.set({ [STORAGE_KEY]: this.all }).catch(() => this.life.alive());
    } catch {
      this.life.alive(); // "Extension context invalidated": tear down, quietly
    }
  }
}

export function removeQuietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // the extension is already gone: nothing left to remove
  }
}
