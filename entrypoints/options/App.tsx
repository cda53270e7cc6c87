/**
 * The options page: every rule on/off and its level, the send check, Enter-sends, the
 * remembered conversations, the cover-letter memory, and what Clearsend reads, stores and
 * sends. Changes are saved at once; values the organization set are shown, marked and locked.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PolicyId } from '../../lib/detector/policy';
import type { Severity } from '../../lib/detector/types';
import type { GuardMode, OwnSettings, RuleChoice } from '../../lib/policy-settings';
import { isOptIn, onByDefault, RULE_CATALOG } from '../../lib/rules/catalog';
import { Checkbox, ManagedNote, Notice, noteId } from '../../lib/ui/controls';
import { t, type MessageKey } from '../../lib/ui/i18n';
import { useSettings, type SettingsActions, type SettingsView } from '../../lib/ui/use-settings';

const SEVERITIES: Severity[] = ['violation', 'warning', 'info'];
const GUARD_MODES: GuardMode[] = ['off', 'ask', 'block'];
const ruleKey = (id: string, part: 'name' | 'description') => `options_rule_${id.replace(/-/g, '_')}_${part}` as MessageKey;
const severityName = (s: Severity) => t(`common_severity_${s}`);

/** Nothing may be changed: the organization said so, or its policy is not read yet. */
const readOnly = (view: SettingsView) => view.policyPending || !view.effective.allowUserChanges;

/** Whether the person may change the value at `path`, and the id of its note when the organization set it. */
function lockOf(view: SettingsView, path: string): { disabled: boolean; note: string | undefined } {
  const managed = view.effective.managed.has(path);
  return { disabled: managed || readOnly(view), note: managed ? noteId(path) : undefined };
}

export function OptionsPage() {
  const [view, actions] = useSettings();
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <p>{t('options_intro')}</p>
      {view && <Settings view={view} actions={actions} />}
    </main>
  );
}

export function Settings({ view, actions }: { view: SettingsView; actions: SettingsActions }) {
  const { notices, effective } = view;
  return (
    <>
      {view.policyPending && <Notice testId="options-policy-pending">{t('options_policyPending')}</Notice>}
      {!effective.allowUserChanges && <Notice testId="options-read-only">{t('options_readOnly')}</Notice>}
      {notices.settingsReset && <Notice testId="options-settings-reset">{t('options_notice_settingsReset')}</Notice>}
      {notices.policyInvalid && <Notice testId="options-policy-invalid">{t('options_notice_policyInvalid')}</Notice>}
      {notices.conversationsReset && <Notice testId="options-conversations-reset">{t('options_notice_conversationsReset')}</Notice>}
      {notices.saveFailed && <Notice testId="options-save-failed">{t('options_notice_saveFailed')}</Notice>}
      <Rules view={view} save={actions.save} />
      <Guard view={view} save={actions.save} />
      <Conversations view={view} remove={actions.removeConversation} />
      <CoverLetters view={view} actions={actions} />
      <About />
    </>
  );
}

function Rules({ view, save }: { view: SettingsView; save: (next: OwnSettings) => void }) {
  const setRule = (id: string, change: Partial<RuleChoice>) => {
    const current: RuleChoice = view.own.rules[id] ?? { enabled: onByDefault(id) };
    const next: RuleChoice = { ...current, ...change };
    if (next.severity === undefined) delete next.severity;
    save({ ...view.own, rules: { ...view.own.rules, [id]: next } });
  };
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t('options_rules_title')}</h2>
      <p>{t('options_rules_intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('options_rules_col_on')}</th>
            <th scope="col">{t('options_rules_col_rule')}</th>
            <th scope="col">{t('options_rules_col_level')}</th>
            <th scope="col">{t('options_rules_col_source')}</th>
          </tr>
        </thead>
        <tbody>
          {RULE_CATALOG.map((rule) => {
            const choice = view.effective.rules[rule.id] ?? { enabled: onByDefault(rule.id) };
            const name = t(ruleKey(rule.id, 'name'));
            const on = lockOf(view, `rules.${rule.id}.enabled`);
            const level = lockOf(view, `rules.${rule.id}.severity`);
            return (
              <tr key={rule.id} data-rule={rule.id}>
                <td>
                  <Checkbox checked={choice.enabled} disabled={on.disabled} describedBy={on.note} label={t('options_rule_enable', name)} onToggle={(enabled) => setRule(rule.id, { enabled })} />
                  {on.note && <ManagedNote id={on.note} />}
                </td>
                <th scope="row">
                  <span class="rule-name">{name}</span> <code>{rule.id}</code>
                  <span class="rule-description">{t(ruleKey(rule.id, 'description'))}</span>
                  {isOptIn(rule.id) && <span class="rule-description rule-opt-in">{t(onByDefault(rule.id) ? 'options_rule_model_on' : 'options_rule_opt_in')}</span>}
                </th>
                <td>
                  <select
                    aria-label={t('options_rule_level', name)}
                    aria-describedby={level.note}
                    disabled={level.disabled}
                    value={choice.severity ?? ''}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setRule(rule.id, { severity: value === '' ? undefined : (value as Severity) });
                    }}
                  >
                    <option value="">{t('options_rule_level_default', severityName(rule.severity))}</option>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {severityName(s)}
                      </option>
                    ))}
                  </select>
                  {level.note && <ManagedNote id={level.note} />}
                </td>
                <td>{t(`options_policy_${rule.policy as PolicyId}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Guard({ view, save }: { view: SettingsView; save: (next: OwnSettings) => void }) {
  const mode = lockOf(view, 'guard');
  const enter = lockOf(view, 'enterSends');
  return (
    <section aria-labelledby="guard-title">
      <h2 id="guard-title">{t('options_guard_title')}</h2>
      <fieldset aria-describedby={mode.note}>
        <legend>{t('options_guard_legend')}</legend>
        {GUARD_MODES.map((m) => (
          <label key={m} class="choice">
            <input type="radio" name="guard" value={m} checked={view.effective.guard === m} disabled={mode.disabled} onChange={() => save({ ...view.own, guard: m })} />{' '}
            {t(`options_guard_${m}_label`)}
          </label>
        ))}
        {mode.note && <ManagedNote id={mode.note} />}
      </fieldset>
      <label class="choice">
        <Checkbox checked={view.effective.enterSends} disabled={enter.disabled} describedBy={enter.note} onToggle={(enterSends) => save({ ...view.own, enterSends })} />{' '}
        {t('options_enterSends')}
      </label>
      {enter.note && <ManagedNote id={enter.note} />}
    </section>
  );
}

function Conversations({ view, remove }: { view: SettingsView; remove: (key: string) => void }) {
  const entries = Object.entries(view.conversations).sort((a, b) => (b[1].at ?? 0) - (a[1].at ?? 0));
  const locked = readOnly(view);
  const lang = t('common_lang');
  return (
    <section aria-labelledby="conversations-title">
      <h2 id="conversations-title">{t('options_conversations_title')}</h2>
      <p>{t('options_conversations_intro')}</p>
      {!view.effective.allowMarks && <p data-testid="options-marks-off">{t('options_conversations_marksOff')}</p>}
      {entries.length === 0 ? (
        <p data-testid="options-conversations-empty">{t('options_conversations_empty')}</p>
      ) : (
        <ul class="conversations" data-testid="options-conversations">
          {entries.map(([key, facts]) => {
            const marks = [facts.client === 'enterprise' && t('options_conversation_enterprise'), facts.contract === 'active' && t('options_conversation_contract')].filter(Boolean);
            return (
              <li key={key} data-conversation={key}>
                <code>{key}</code>
                <span>{marks.join(', ')}</span>
                {facts.at !== undefined && <span class="when">{t('options_conversation_markedOn', new Date(facts.at).toLocaleDateString(lang, { dateStyle: 'medium' }))}</span>}
                <button type="button" disabled={locked} aria-label={t('options_conversation_removeLabel', key)} onClick={() => remove(key)}>
                  {t('options_conversation_remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function CoverLetters({ view, actions }: { view: SettingsView; actions: SettingsActions }) {
  const cl = view.effective.coverLetters;
  const enabled = lockOf(view, 'coverLetters.enabled');
  const threshold = lockOf(view, 'coverLetters.threshold');
  const retention = lockOf(view, 'coverLetters.retentionDays');
  const setCover = (change: Partial<OwnSettings['coverLetters']>) => actions.save({ ...view.own, coverLetters: { ...view.own.coverLetters, ...change } });
  const [days, setDays] = useState(String(cl.retentionDays));
  useEffect(() => setDays(String(cl.retentionDays)), [cl.retentionDays]);
  const daysValid = /^\d{1,3}$/.test(days) && Number(days) >= 1 && Number(days) <= 365;
  const [asking, setAsking] = useState(false);
  const [forgotten, setForgotten] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const forgetButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  return (
    <section aria-labelledby="cover-title">
      <h2 id="cover-title">{t('options_cover_title')}</h2>
      <p>{t('options_cover_intro')}</p>
      <label class="choice">
        <Checkbox checked={cl.enabled} disabled={enabled.disabled} describedBy={enabled.note} onToggle={(on) => setCover({ enabled: on })} /> {t('options_cover_enabled')}
      </label>
      {enabled.note && <ManagedNote id={enabled.note} />}
      <div class="field">
        <label for="cover-threshold">{t('options_cover_threshold')}</label>
        <input
          id="cover-threshold"
          type="range"
          min={50}
          max={100}
          step={5}
          value={Math.round(cl.threshold * 100)}
          disabled={threshold.disabled}
          aria-describedby={threshold.note}
          aria-valuetext={t('options_cover_thresholdValue', Math.round(cl.threshold * 100))}
          onChange={(e) => setCover({ threshold: Number(e.currentTarget.value) / 100 })}
        />
        <output for="cover-threshold">{t('options_cover_thresholdValue', Math.round(cl.threshold * 100))}</output>
        {threshold.note && <ManagedNote id={threshold.note} />}
      </div>
      <div class="field">
        <label for="cover-retention">{t('options_cover_retention')}</label>
        <input
          id="cover-retention"
          type="number"
          min={1}
          max={365}
          step={1}
          value={days}
          disabled={retention.disabled}
          aria-invalid={!daysValid}
          aria-describedby={retention.note}
          onInput={(e) => setDays(e.currentTarget.value)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 365) setCover({ retentionDays: Number(value) });
          }}
        />
        {retention.note && <ManagedNote id={retention.note} />}
      </div>
      {asking ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby="forget-question"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            setAsking(false);
            queueMicrotask(() => forgetButton.current?.focus());
          }}
        >
          <p id="forget-question">{t('options_cover_forgetQuestion')}</p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setAsking(false);
              void actions.forgetCoverLetters().then(() => setForgotten(true));
            }}
          >
            {t('options_cover_forgetYes')}
          </button>{' '}
          <button
            type="button"
            ref={keep}
            onClick={() => {
              setAsking(false);
              queueMicrotask(() => forgetButton.current?.focus());
            }}
          >
            {t('options_cover_forgetNo')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          ref={forgetButton}
          disabled={readOnly(view)}
          onClick={() => {
            setForgotten(false);
            setAsking(true);
          }}
        >
          {t('options_cover_forget')}
        </button>
      )}
      <p role="status" data-testid="options-forgotten">
        {forgotten ? t('options_cover_forgotten') : ''}
      </p>
    </section>
  );
}

function About() {
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">{t('options_about_title')}</h2>
      <p>{t('options_about_read')}</p>
      <p>{t('options_about_stored')}</p>
      <p>{t('options_about_sent')}</p>
      <p class="version">{t('options_about_version', browser.runtime.getManifest().version)}</p>
    </section>
  );
}
