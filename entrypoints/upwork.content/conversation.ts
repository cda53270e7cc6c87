/**
 * What the person told Clearsend about a conversation: "this client is
 * Enterprise", "the contract has started". Kept in extension storage under the
 * conversation's id (a room or job id from the address), never any typed text.
 */
import type { DetectContext } from '../../lib/detector/types';
import { CONVERSATIONS_KEY as STORAGE_KEY, parseConversations, type ConversationFacts } from '../../lib/settings';
import { conversationKey } from '../../lib/upwork/selectors';

type Stored = Record<string, ConversationFacts>;

export class ConversationStore {
  private all: Stored = {};

  constructor(
    signal: AbortSignal,
    private readonly changed: () => void,
  ) {
    void browser.storage.local.get(STORAGE_KEY).then((items) => this.load(items[STORAGE_KEY]));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && STORAGE_KEY in changes) this.load(changes[STORAGE_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  }

  /** Stored data is read defensively: anything malformed is ignored, not trusted. */
  private load(value: unknown): void {
    this.all = parseConversations(value);
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
    if (!key) return;
    const facts = { ...this.all[key], ...(fact === 'enterprise' ? { client: 'enterprise' as const } : { contract: 'active' as const }) };
    this.all = { ...this.all, [key]: facts };
    this.changed();
    void browser.storage.local.set({ [STORAGE_KEY]: this.all });
  }
}
