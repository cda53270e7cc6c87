/**
 * What the person sees: underlines under the offending characters, a count
 * badge at the field's corner, and a card that explains a finding and offers
 * its actions. Rendered with Preact into the extension's own shadow root,
 * never into the page's markup.
 */
import { render } from 'preact';
import { useLayoutEffect, useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Severity } from '../../lib/detector/types';
import { badgeSpot, placeCard, type CardPlacement, type Rect } from './geometry';
import { exceptionNote, explanation, ruleTitle, sourceLine, t, tCount } from './i18n';
import type { Mark } from './marks';
import { visibleParts } from './visible';

/** Up to this many marks are all measured and drawn on each layout pass; beyond, only those on screen. */
export const MEASURE_ALL = 150;

export interface PlacedMark {
  mark: Mark;
  /** Visible rectangles (clipped to the field), viewport coordinates. */
  rects: Rect[];
}

export interface CardActions {
  fix(finding: Finding): void;
  ignore(finding: Finding): void;
  /** Present when marking the conversation would change the verdict. */
  markEnterprise?: () => void;
  markContract?: () => void;
  /** Present when the conversation is marked and the mark's findings were softened by it: undo. */
  unmarkEnterprise?: () => void;
  unmarkContract?: () => void;
}

export interface FieldView {
  fieldLabel: string;
  /** Something the person should know about this field beyond its findings (text too long, check failed). */
  notice: string | null;
  /** The field's visible text box (inside borders). */
  box: Rect;
  /** The field's border box: the badge stays outside it. */
  outer: Rect;
  placed: PlacedMark[];
  worst: Severity | null;
  /** Index into `placed` of the open card, or -1. */
  open: number;
  /** The card was opened from the keyboard: move focus into it. */
  focusCard: boolean;
  /** The line being edited (where the caret is), which the card must not cover; null when the field is not focused. */
  caretLine: Rect | null;
  actions: CardActions;
  onBadge(): void;
  onCardKey(event: KeyboardEvent): void;
  onNavigate(step: number): void;
  onClose(): void;
  onCardPointer(inside: boolean): void;
}

/** The card's conversation buttons: marking a fact, or undoing it, each shown when its action is offered. */
const CONVERSATION_BUTTONS = [
  { key: 'markEnterprise', action: 'enterprise', label: 'card_mark_enterprise' },
  { key: 'markContract', action: 'contract', label: 'card_mark_contract' },
  { key: 'unmarkEnterprise', action: 'unmark-enterprise', label: 'card_unmark_enterprise' },
  { key: 'unmarkContract', action: 'unmark-contract', label: 'card_unmark_contract' },
] as const;

const SEVERITY_KEY: Record<Severity, string> = { violation: 'card_severity_violation', warning: 'card_severity_warning', info: 'card_severity_info' };

/**
 * Only the person's own clicks and keys act: a page script cannot reach into the closed shadow
 * root, and this keeps it that way even for an event it manages to aim at our elements.
 */
function own<E extends Event>(fn: (e: E) => void) {
  return (e: E) => {
    if (e.isTrusted) fn(e);
  };
}

/** Typed characters as shown in a card: invisible and direction-changing ones are spelled out. */
function Shown({ text }: { text: string }) {
  return (
    <bdi dir="ltr">
      {visibleParts(text).map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <span key={i} class="escaped" title={part.name} data-escaped={part.code}>
            {part.code}
          </span>
        ),
      )}
    </bdi>
  );
}

/** The field's name in the interface's language ("cover letter", "message"). */
function fieldName(label: string): string {
  const text = t(`card_field_${label.replace(/\W+/g, '_')}`);
  return text.startsWith('card_field_') ? label : text;
}

/** "2 violations and 1 warning in the cover letter." (and ", in 1 place" when marks hold several findings). */
export function summary(placed: PlacedMark[], fieldLabel: string): string {
  const where = fieldName(fieldLabel);
  if (placed.length === 0) return t('card_summary_none', where);
  const counts = { violation: 0, warning: 0, info: 0 };
  let total = 0;
  for (const p of placed) for (const f of p.mark.findings) {
    counts[f.severity]++;
    total++;
  }
  const parts = [
    counts.violation && tCount('card_count_violation', counts.violation),
    counts.warning && tCount('card_count_warning', counts.warning),
    counts.info && tCount('card_count_info', counts.info),
  ].filter((x): x is string => Boolean(x));
  const list = parts.length > 1 ? t('card_list_and', parts.slice(0, -1).join(', '), parts.at(-1)!) : parts[0]!;
  return total > placed.length ? t('card_summary_places', list, where, tCount('card_count_place', placed.length)) : t('card_summary', list, where);
}

/** One finding inside a card: what, why, where it comes from, and its own actions. */
function FindingSection({ finding, view, titleId }: { finding: Finding; view: FieldView; titleId: string }) {
  const note = exceptionNote(finding);
  return (
    <section class={`item sev-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
      <div class="card-head">
        <span class="pill">{t(SEVERITY_KEY[finding.severity])}</span>
        <strong id={titleId}>{ruleTitle(finding.rule)}</strong>
      </div>
      <q class="match">
        <Shown text={finding.match} />
      </q>
      <p class="why">{explanation(finding)}</p>
      {note && <p class="exception">{note}</p>}
      <p class="source">{sourceLine(finding)}</p>
      <div class="actions">
        {finding.fix && (
          <button type="button" class="primary" data-action="fix" onClick={own(() => view.actions.fix(finding))}>
            {finding.fix.replacement ? (
              <>
                {fixLabel(finding)}: “<Shown text={finding.fix.replacement} />”
              </>
            ) : (
              fixLabel(finding)
            )}
          </button>
        )}
        <button type="button" data-action="ignore" onClick={own(() => view.actions.ignore(finding))}>
          {t('card_ignore')}
        </button>
      </div>
    </section>
  );
}

function fixLabel(finding: Finding): string {
  const text = t(`rule_${finding.rule.replace(/-/g, '_')}_fix`);
  return text.startsWith('rule_') ? finding.fix!.label : text;
}

function Card({ view }: { view: FieldView }) {
  const ref = useRef<HTMLDivElement>(null);
  const item = view.placed[view.open]!;
  const { mark } = item;
  const first = mark.findings[0]!;
  const anchor = item.rects[0] ?? { left: view.box.left + view.box.width - 24, top: view.box.top + view.box.height - 24, width: 0, height: 20 };
  // Placed once its size is known (before the browser paints): beside the mark, pointing at it.
  const [placement, setPlacement] = useState<CardPlacement | null>(null);
  // Re-placed only when what it depends on changed: its size (the border box, never the pointer
  // that sticks out of it), the mark, the caret's line or the window. Never in a loop.
  const basis = useRef('');
  useLayoutEffect(() => {
    const card = ref.current;
    if (!card) return;
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const caret = view.caretLine;
    const key = `${size.width},${size.height},${anchor.left},${anchor.top},${anchor.width},${anchor.height},${caret?.top},${caret?.height},${window.innerWidth},${window.innerHeight}`;
    if (key === basis.current) return;
    basis.current = key;
    setPlacement(placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight }, caret ? [caret] : []));
  });
  // Focus moves in once the card is placed (a hidden element cannot take the focus).
  const placed = placement !== null;
  useEffect(() => {
    if (view.focusCard && placed) ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [view.open, view.focusCard, placed]);
  const titleId = `clearsend-card-title-${view.open}`;
  const conversation = CONVERSATION_BUTTONS.flatMap(({ key, action, label }) => {
    const run = view.actions[key];
    return run ? [{ action, label, run }] : [];
  });
  const style = placement
    ? { left: `${placement.left}px`, top: `${placement.top}px`, maxHeight: `${window.innerHeight - 16}px`, '--arrow': `${placement.arrow}px` }
    : { left: '0px', top: '0px', visibility: 'hidden', maxHeight: `${window.innerHeight - 16}px` };
  return (
    <div
      ref={ref}
      class={`card sev-${mark.severity}${placement ? ` side-${placement.side}` : ''}`}
      role="dialog"
      aria-labelledby={titleId}
      data-testid="clearsend-card"
      data-rule={first.rule}
      data-rules={mark.findings.map((f) => f.rule).join(' ')}
      data-severity={mark.severity}
      data-side={placement?.side}
      style={style}
      onKeyDown={own((e) => view.onCardKey(e as unknown as KeyboardEvent))}
      onPointerEnter={own(() => view.onCardPointer(true))}
      onPointerLeave={own(() => view.onCardPointer(false))}
    >
      <span class="arrow" aria-hidden="true" />
      <div class="items">
        {mark.findings.map((finding, k) => (
          <FindingSection key={`${finding.rule}:${finding.start}:${finding.end}`} finding={finding} view={view} titleId={k === 0 ? titleId : `${titleId}-${k}`} />
        ))}
      </div>
      {conversation.length > 0 && (
        <div class="actions conversation">
          {conversation.map(({ action, label, run }) => (
            <button key={action} type="button" data-action={action} onClick={own(run)}>
              {t(label)}
            </button>
          ))}
        </div>
      )}
      <div class="nav">
        {view.placed.length > 1 && (
          <>
            <span class="count">{t('card_position', view.open + 1, view.placed.length)}</span>
            <button type="button" aria-label={t('card_previous')} onClick={own(() => view.onNavigate(-1))}>
              ‹
            </button>
            <button type="button" aria-label={t('card_next')} onClick={own(() => view.onNavigate(1))}>
              ›
            </button>
          </>
        )}
        <button type="button" aria-label={t('card_close')} onClick={own(view.onClose)}>
          ×
        </button>
      </div>
    </div>
  );
}

/** Badge size, for placing it before it is drawn (CSS: min-width 22px, height 20px). */
const BADGE = { width: 30, height: 20 };

function FieldLayer({ view }: { view: FieldView }) {
  const { placed, worst } = view;
  const visible = view.outer.width >= 30 && view.outer.height >= 20 && view.outer.top < window.innerHeight && view.outer.top + view.outer.height > 0;
  const spot = badgeSpot(view.outer, BADGE, { width: window.innerWidth, height: window.innerHeight });
  const text = summary(placed, view.fieldLabel);
  return (
    <>
      {placed.map((p, i) => (
        // A long text's marks that are off screen are not measured and not drawn (field.ts).
        (placed.length <= MEASURE_ALL || p.rects.length > 0 || i === view.open) && <div
          key={`${p.mark.start}:${p.mark.end}`}
          class={`mark sev-${p.mark.severity}${i === view.open ? ' active' : ''}`}
          data-testid="clearsend-mark"
          data-start={p.mark.start}
          data-end={p.mark.end}
          data-severity={p.mark.severity}
        >
          {p.rects.map((r, k) => (
            <div key={k} class="line" style={{ left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` }} />
          ))}
          {/* One entry per finding in the mark: the stable contract tests and tools read. */}
          {p.mark.findings.map((f) => (
            <span
              key={`${f.rule}:${f.start}:${f.end}`}
              class="finding"
              data-testid="clearsend-finding"
              data-rule={f.rule}
              data-severity={f.severity}
              data-start={f.start}
              data-end={f.end}
            />
          ))}
        </div>
      ))}
      {placed.length > 0 && visible && (
        <button
          type="button"
          class={`badge sev-${worst}`}
          data-testid="clearsend-count"
          // The accessible name starts with the number shown, as speech-input users say it.
          aria-label={`${tCount('card_badge_marks', placed.length)} ${t('card_badge_label', text)}`}
          aria-expanded={view.open >= 0}
          title={text}
          // Anchored by its right edge: the badge grows to the left with more digits.
          style={{ right: `${window.innerWidth - spot.left - BADGE.width}px`, top: `${spot.top}px` }}
          onClick={own(view.onBadge)}
        >
          {placed.length}
        </button>
      )}
      {view.notice && visible && (
        <div class="notice" role="note" data-testid="clearsend-notice" style={{ right: `${window.innerWidth - spot.left - BADGE.width + 42}px`, top: `${spot.top}px` }}>
          {view.notice}
        </div>
      )}
      {view.open >= 0 && view.open < placed.length && <Card view={view} />}
      <div class="sr-only" role="status" aria-live="polite">
        {text}
        {view.notice && ` ${view.notice}`}
      </div>
    </>
  );
}

/** Renders one field's layer into its container (a div inside the shadow root). */
export function renderField(container: HTMLElement, view: FieldView | null): void {
  render(view ? <FieldLayer view={view} /> : null, container);
}

export interface GuardView {
  problems: { fieldLabel: string; finding: Finding }[];
  /** Fields whose text could not be judged in full, and why. */
  unchecked: { fieldLabel: string; reason: 'failed' | 'pending' | 'too-long' }[];
  /** The organization's policy blocks sending violations: no "Send anyway", only back to edit. */
  blocked?: boolean;
  onReview(): void;
  onSendAnyway(): void;
  onCancel(): void;
}

const UNCHECKED = {
  failed: 'guard_unchecked_failed',
  pending: 'guard_unchecked_pending',
  'too-long': 'guard_unchecked_too_long',
} as const;

function GuardDialog({ view }: { view: GuardView }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLButtonElement>('button.primary')?.focus(), []);
  return (
    <div class="guard-backdrop">
      <div
        ref={ref}
        class="guard"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="clearsend-guard-title"
        aria-describedby="clearsend-guard-text"
        data-testid="clearsend-guard"
        onKeyDown={own((e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            view.onCancel();
          } else if (e.key === 'Tab') {
            // A modal question keeps the focus on its own buttons.
            const buttons = [...(ref.current?.querySelectorAll('button') ?? [])];
            const at = buttons.indexOf((ref.current?.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
            e.preventDefault();
            buttons[(at + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus();
          }
        })}
      >
        <h2 id="clearsend-guard-title">
          {view.blocked
            ? tCount('guard_title_blocked', view.problems.length)
            : view.problems.length > 0
              ? tCount('guard_title_problems', view.problems.length)
              : t('guard_title_unchecked')}
        </h2>
        <p id="clearsend-guard-text">{view.blocked ? t('guard_text_blocked') : t('guard_text')}</p>
        <ul>
          {view.unchecked.map(({ fieldLabel, reason }) => (
            <li key={`unchecked:${fieldLabel}`} data-unchecked={reason}>
              <strong>{t(UNCHECKED[reason])}</strong> {t('guard_in_field', fieldName(fieldLabel))}
            </li>
          ))}
          {view.problems.map(({ fieldLabel, finding }) => (
            <li key={`${fieldLabel}:${finding.rule}:${finding.start}`}>
              <strong>{ruleTitle(finding.rule)}</strong> {t('guard_in_field_match', fieldName(fieldLabel))}{' '}
              <q>
                <Shown text={finding.match} />
              </q>
            </li>
          ))}
        </ul>
        <div class="actions">
          <button type="button" class="primary" data-action="review" onClick={own(view.onReview)}>
            {view.blocked ? t('guard_back_to_edit') : t('guard_review')}
          </button>
          {!view.blocked && (
            <button type="button" data-action="send-anyway" onClick={own(view.onSendAnyway)}>
              {t('guard_send_anyway')}
            </button>
          )}
        </div>
        {!view.blocked && <p class="hint">{t('guard_hint')}</p>}
      </div>
    </div>
  );
}

export function renderGuard(container: HTMLElement, view: GuardView | null): void {
  render(view ? <GuardDialog view={view} /> : null, container);
}
