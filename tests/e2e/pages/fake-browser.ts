// Stands in for `wxt/browser` when tests/e2e/managed-ui.spec.ts renders the options page's and
// the popup's components in a plain page: messages come from the English messages.json, with
// Chrome's placeholder substitution. Test code only; never part of the extension.
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

export const browser = {
  i18n: { getMessage },
  runtime: { id: 'test', getManifest: () => ({ version: '0.0.0' }) },
};
