// Stands in for `wxt/browser` when tests/e2e/managed-ui.spec.ts renders the options page's and
// the popup's components in a plain page: messages come from the English messages.json, with
// Chrome's placeholder substitution; storage is below. Test code only; never part of the extension.
import en from '../../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages = en as Record<string, Entry>;

function getMessage(name: string, substitutions: string[] = []): string {
  const entry = messages[name];
  if (!entry) return '';
  return entry.message.replace(/\$([a-z0-9_]+)\$/gi, (_, placeholder: string) => {
    const content = entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/**
 * Storage as the options page's hook (lib/ui/use-settings.ts) sees it: an empty storage.local, and a
 * storage.managed whose answer the test gives when it chooses (`window.__answerManaged(policy)`, or
 * `(null)` for the rejection Firefox gives without a policy), as Chromium answers late just after it
 * starts.
 */
type Answer = (policy: Record<string, unknown> | null) => void;
const answered = new Promise<Record<string, unknown> | null>((resolve) => {
  (window as unknown as { __answerManaged: Answer }).__answerManaged = resolve;
});
const storage = {
  local: {
    get: async () => ({}),
    set: async () => undefined,
    remove: async () => undefined,
  },
  managed: {
    get: async () => {
      const policy = await answered;
      if (!policy) throw new Error('Managed storage manifest not found');
      return policy;
    },
  },
  onChanged: { addListener: () => undefined, removeListener: () => undefined },
};

export const browser = {
  i18n: { getMessage },
  runtime: { id: 'test', getManifest: () => ({ version: '0.0.0' }) },
  storage,
};
