/**
 * The toolbar popup. For the active tab (found with tabs.query, which needs no permission for
 * the tab's id) it asks Clearsend's content script, if one runs there, which fields it watches
 * and how many findings each has, and offers "Pause on this tab". A tab where no content script
 * answers is not an Upwork page (or was open before Clearsend was installed): the popup says so.
 * It also lists the values the organization set, and opens the options page.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readFrameState, type FrameState, type PopupRequest } from '../../lib/popup-protocol';
import { t } from '../../lib/ui/i18n';
import { useSettings, type SettingsView } from '../../lib/ui/use-settings';

type TabView = { kind: 'asking' } | { kind: 'absent' } | { kind: 'running'; tabId: number; frames: ReadonlyMap<number, FrameState> };

function useActiveTab(): [TabView, (paused: boolean) => void] {
  const [view, setView] = useState<TabView>({ kind: 'asking' });
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    let frames = new Map<number, FrameState>();
    let id: number | null = null;
    let running = false;
    const show = () => live && id !== null && running && setView({ kind: 'running', tabId: id, frames });
    // Every frame of the tab reports its state (lib/popup-protocol.ts); only our own content
    // script in the tab asked about counts, with a well-formed state, is listened to.
    const reported = (message: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => {
      if (sender.id !== browser.runtime.id || id === null || sender.tab?.id !== id || typeof sender.frameId !== 'number') return undefined;
      const state = readFrameState(message);
      if (!state) return undefined;
      frames = new Map(frames).set(sender.frameId, state);
      show();
      return undefined;
    };
    browser.runtime.onMessage.addListener(reported);
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      if (!live) return;
      if (tab?.id === undefined) return setView({ kind: 'absent' });
      id = tab.id;
      setTabId(tab.id);
      const request: PopupRequest = { type: 'clearsend:status' };
      const answer = await browser.tabs.sendMessage(tab.id, request).catch(() => null);
      if (!live) return;
      if (!readFrameState(answer)) return setView({ kind: 'absent' });
      running = true;
      show();
    });
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(reported);
    };
  }, []);
  const pause = (paused: boolean) => {
    if (tabId === null) return;
    const request: PopupRequest = { type: 'clearsend:pause', paused };
    void browser.tabs.sendMessage(tabId, request).catch(() => setView({ kind: 'absent' }));
  };
  return [view, pause];
}

export function Popup() {
  const [tab, pause] = useActiveTab();
  const [settings] = useSettings();
  return (
    <main>
      <h1>{t('common_extName')}</h1>
      <TabStatus tab={tab} pause={pause} />
      {settings && <Managed view={settings} />}
      <div class="actions">
        <button
          type="button"
          onClick={() => {
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('popup_openOptions')}
        </button>
      </div>
    </main>
  );
}

function TabStatus({ tab, pause }: { tab: TabView; pause: (paused: boolean) => void }) {
  if (tab.kind === 'asking') return <p role="status">{t('popup_loading')}</p>;
  if (tab.kind === 'absent') {
    return (
      <div role="status" data-testid="popup-not-upwork">
        <p>{t('popup_notUpwork')}</p>
        <p>{t('popup_reloadHint')}</p>
      </div>
    );
  }
  const states = [...tab.frames.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  const paused = states.some((s) => s.paused);
  const fields = states.flatMap((s) => s.fields);
  return (
    <section aria-labelledby="fields-title">
      <h2 id="fields-title">{t('popup_fields_title')}</h2>
      {paused ? (
        <p data-testid="popup-paused">{t('popup_paused')}</p>
      ) : fields.length === 0 ? (
        <p data-testid="popup-no-fields">{t('popup_noFields')}</p>
      ) : (
        <ul data-testid="popup-fields">
          {fields.map((f, i) => (
            <li key={i} data-field={f.kind} data-findings={f.findings}>
              {t(`common_field_${f.kind.replace(/-/g, '_') as 'cover_letter' | 'screening_answer' | 'composer'}`)}
              {' — '}
              {t('popup_findings', f.findings)}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" aria-pressed={paused} data-testid="popup-pause" onClick={() => pause(!paused)}>
          {t('popup_pause')}
        </button>
      </div>
    </section>
  );
}

export function Managed({ view }: { view: SettingsView }) {
  const { effective } = view;
  const managed = effective.managed;
  // Nothing to say until the policy is read (a moment, only just after the browser starts).
  if (view.policyPending || managed.size === 0) return null;
  const onOff = (on: boolean) => t(on ? 'common_on' : 'common_off');
  const ruleCount = new Set([...managed].filter((p) => p.startsWith('rules.')).map((p) => p.split('.')[1])).size;
  const items: string[] = [];
  if (managed.has('guard')) items.push(t('popup_managed_guard', t(`common_guard_${effective.guard}`)));
  if (managed.has('enterSends')) items.push(t('popup_managed_enterSends', onOff(effective.enterSends)));
  if (ruleCount > 0) items.push(t('popup_managed_rules', ruleCount));
  if ([...managed].some((p) => p.startsWith('coverLetters.'))) items.push(t('popup_managed_coverLetters'));
  if (!effective.allowUserChanges) items.push(t('popup_managed_readOnly'));
  if (!effective.allowMarks) items.push(t('popup_managed_marksOff'));
  return (
    <section aria-labelledby="managed-title" data-testid="popup-managed">
      <h2 id="managed-title">{t('popup_managed_title')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
