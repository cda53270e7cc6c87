// Renders the options page's settings and the popup's "Set by your organization" list for a
// policy given by the test (window.__POLICY), with the real components and styles; or, with
// __POLICY 'hook', the whole options page reading storage through its own hook. Bundled by
// tests/e2e/managed-ui.spec.ts with esbuild; `wxt/browser` is replaced by fake-browser.ts.
import { render } from 'preact';
import { OptionsPage, Settings } from '../../../entrypoints/options/App';
import { Managed } from '../../../entrypoints/popup/App';
import { DEFAULT_OWN_SETTINGS, effectiveSettings, type ManagedPolicy } from '../../../lib/policy-settings';
import type { SettingsView } from '../../../lib/ui/use-settings';

const policy = (window as unknown as { __POLICY: ManagedPolicy | 'hook' }).__POLICY;
const saved: unknown[] = [];
(window as unknown as { __SAVED: unknown[] }).__SAVED = saved;
const view: SettingsView | null = policy === 'hook' ? null : {
  own: DEFAULT_OWN_SETTINGS,
  policy,
  effective: effectiveSettings(DEFAULT_OWN_SETTINGS, policy),
  conversations: { room_0123456789abcdef: { client: 'enterprise', at: Date.UTC(2026, 10, 30) } },
  notices: { settingsReset: false, policyInvalid: false, conversationsReset: false, saveFailed: false },
  policyPending: false,
};
const actions = {
  save: (next: unknown) => saved.push(next),
  removeConversation: (key: string) => saved.push({ removed: key }),
  forgetCoverLetters: async () => void saved.push('forget'),
};
// __POLICY 'hook': the whole options page with its own settings hook, over fake-browser.ts's storage.
if (!view) render(<div id="options"><OptionsPage /></div>, document.getElementById('app')!);
else render(
  <>
    <main id="options">
      <Settings view={view} actions={actions} />
    </main>
    <aside id="popup" class="popup">
      <Managed view={view} />
    </aside>
  </>,
  document.getElementById('app')!,
);
