import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { rules } from '../../lib/rules/index';
import { readSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import { POLICY } from '../../lib/detector/policy';
import './style.css';

/** The one setting: which key sends a message in Upwork Messages, so the send guard asks at the right moment. */
function SettingsForm() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [reset, setReset] = useState(false);
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((items) => {
      const read = readSettings(items[SETTINGS_KEY]);
      setSettings(read.value);
      setReset(read.reset);
      if (read.reset) void browser.storage.local.set({ [SETTINGS_KEY]: read.value });
    });
  }, []);
  if (!settings) return null;
  const update = (next: Settings) => {
    setSettings(next);
    void browser.storage.local.set({ [SETTINGS_KEY]: next });
  };
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      {reset && (
        <p role="status" data-testid="settings-reset">
          The saved settings were unreadable and were reset to the defaults.
        </p>
      )}
      <label>
        <input
          type="checkbox"
          checked={settings.enterSends}
          onChange={(e) => update({ ...settings, enterSends: (e.target as HTMLInputElement).checked })}
        />{' '}
        In Upwork Messages, Enter sends my message (Upwork's default). Untick it if you switched Upwork to “Enter adds a
        line”: Clearsend will then check before Ctrl+Enter (⌘+Enter) instead.
      </label>
    </section>
  );
}

/** Lists every rule Clearsend checks, with the public document it comes from. */
function RuleList() {
  return (
    <main>
      <h1>Clearsend</h1>
      <p>
        Clearsend reads only what you type in Upwork's proposal and message fields, checks it on your computer and
        sends nothing anywhere.
      </p>
      <SettingsForm />
      <h2>What it checks</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">What it catches</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id} data-rule={rule.id}>
              <td>
                <code>{rule.id}</code>
              </td>
              <td>{rule.description}</td>
              <td>{POLICY[rule.policy]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

render(<RuleList />, document.getElementById('app')!);
