/**
 * What the person sees: underlines under the offending characters, a count
 * badge at the field's corner, and a card that explains a finding and offers
 * its actions. Rendered with Preact into the extension's own shadow root,
 * never into the page's markup.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Finding, Severity } from '../../lib/detector/types';
import type { Rect } from './geometry';
import { visibleParts } from './visible';

/** Up to this many findings are all measured and drawn on each layout pass; beyond, only those on screen. */
export const MEASURE_ALL = 150;

export interface PlacedFinding {
  finding: Finding;
  /** Visible rectangles (clipped to the field), viewport coordinates. */
  rects: Rect[];
}

export interface CardActions {
  fix(finding: Finding): void;
  ignore(finding: Finding): void;
  /** Present when marking the conversation would change the verdict. */
  markEnterprise?: () => void;
  markContract?: () => void;
}

export interface FieldView {
  fieldLabel: string;
  /** Something the person should know about this field beyond its findings (text too long, check failed). */
  notice: string | null;
  box: Rect;
  placed: PlacedFinding[];
  worst: Severity | null;
  /** Index into `placed` of the open card, or -1. */
  open: number;
  /** The card was opened from the keyboard: move focus into it. */
  focusCard: boolean;
  actions: CardActions;
  onBadge(): void;
  onCardKey(event: KeyboardEvent): void;
  onNavigate(step: number): void;
  onClose(): void;
  onCardPointer(inside: boolean): void;
}

const SEVERITY_WORD: Record<Severity, string> = { violation: 'violation', warning: 'warning', info: 'note' };

const RULE_TITLE: Record<string, string> = {
  'account-sharing': 'Account sharing',
  'agency-terms': 'Forbidden by your organization',
  'contact-address': 'Physical address',
  'contact-email': 'Email address',
  'contact-link': 'Outside link',
  'contact-messaging': 'Chat-app contact',
  'contact-phone': 'Phone number',
  'contact-request': 'Asking for contact details',
  'feedback-extortion': 'Feedback used as a threat',
  'feedback-pressure': 'Pressure for a good review',
  harassment: 'Offensive language',
  'off-platform': 'Moving off Upwork',
  'payment-details': 'Payment details',
  'payment-outside': 'Payment outside Upwork',
};

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

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 violations and 1 warning in the cover letter". */
export function summary(placed: PlacedFinding[], fieldLabel: string): string {
  if (placed.length === 0) return `No problems in the ${fieldLabel}.`;
  const counts = { violation: 0, warning: 0, info: 0 };
  for (const p of placed) counts[p.finding.severity]++;
  const parts = [
    counts.violation && plural(counts.violation, 'violation'),
    counts.warning && plural(counts.warning, 'warning'),
    counts.info && plural(counts.info, 'note'),
  ].filter(Boolean);
  return `${parts.join(' and ')} in the ${fieldLabel}.`;
}

function Card({ view }: { view: FieldView }) {
  const ref = useRef<HTMLDivElement>(null);
  const item = view.placed[view.open]!;
  const { finding } = item;
  const anchor = item.rects[0] ?? { left: view.box.left + view.box.width - 24, top: view.box.top + view.box.height - 24, width: 0, height: 20 };
  useEffect(() => {
    if (view.focusCard) ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [view.open, view.focusCard]);
  const titleId = `clearsend-card-title-${view.open}`;
  // Below the words when there is room, otherwise above them; never off screen.
  const below = anchor.top + anchor.height + 6;
  const spaceBelow = window.innerHeight - below - 8;
  const spaceAbove = anchor.top - 14;
  const style = {
    left: `${Math.max(8, Math.min(anchor.left, window.innerWidth - 368))}px`,
    ...(spaceBelow >= 240 || spaceBelow >= spaceAbove
      ? { top: `${Math.max(8, below)}px`, maxHeight: `${Math.max(120, spaceBelow)}px` }
      : { bottom: `${Math.max(8, window.innerHeight - anchor.top + 6)}px`, maxHeight: `${Math.max(120, spaceAbove)}px` }),
  };
  return (
    <div
      ref={ref}
      class={`card sev-${finding.severity}`}
      role="dialog"
      aria-labelledby={titleId}
      data-testid="clearsend-card"
      data-rule={finding.rule}
      data-severity={finding.severity}
      style={style}
      onKeyDown={own((e) => view.onCardKey(e as unknown as KeyboardEvent))}
      onPointerEnter={own(() => view.onCardPointer(true))}
      onPointerLeave={own(() => view.onCardPointer(false))}
    >
      <div class="card-head">
        <span class="pill">{SEVERITY_WORD[finding.severity]}</span>
        <strong id={titleId}>{RULE_TITLE[finding.rule] ?? finding.rule}</strong>
      </div>
      <q class="match">
        <Shown text={finding.match} />
      </q>
      <p>{finding.message}</p>
      {finding.exception && <p class="exception">{finding.exception}</p>}
      <p class="source">Source: {finding.policy}</p>
      <div class="actions">
        {finding.fix && (
          <button type="button" class="primary" data-action="fix" onClick={own(() => view.actions.fix(finding))}>
            {finding.fix.replacement ? (
              <>
                {finding.fix.label}: “<Shown text={finding.fix.replacement} />”
              </>
            ) : (
              finding.fix.label
            )}
          </button>
        )}
        <button type="button" data-action="ignore" onClick={own(() => view.actions.ignore(finding))}>
          Ignore this one
        </button>
        {view.actions.markEnterprise && (
          <button type="button" data-action="enterprise" onClick={own(view.actions.markEnterprise)}>
            This client is Enterprise
          </button>
        )}
        {view.actions.markContract && (
          <button type="button" data-action="contract" onClick={own(view.actions.markContract)}>
            The contract has started
          </button>
        )}
      </div>
      <div class="nav">
        {view.placed.length > 1 && (
          <>
            <span class="count">
              {view.open + 1} of {view.placed.length}
            </span>
            <button type="button" aria-label="Previous problem" onClick={own(() => view.onNavigate(-1))}>
              ‹
            </button>
            <button type="button" aria-label="Next problem" onClick={own(() => view.onNavigate(1))}>
              ›
            </button>
          </>
        )}
        <button type="button" aria-label="Close (Escape)" onClick={own(view.onClose)}>
          ×
        </button>
      </div>
    </div>
  );
}

/** The part of the field inside the window: the badge sits at its corner, so it stays reachable. */
function onScreen(box: Rect): Rect | null {
  const left = Math.max(box.left, 0);
  const top = Math.max(box.top, 0);
  const right = Math.min(box.left + box.width, window.innerWidth);
  const bottom = Math.min(box.top + box.height, window.innerHeight);
  return right - left >= 30 && bottom - top >= 24 ? { left, top, width: right - left, height: bottom - top } : null;
}

function FieldLayer({ view }: { view: FieldView }) {
  const { placed, worst } = view;
  const box = onScreen(view.box);
  return (
    <>
      {placed.map((p, i) => (
        // A long text's findings that are off screen are not measured and not drawn (field.ts).
        (placed.length <= MEASURE_ALL || p.rects.length > 0 || i === view.open) && <div
          key={`${p.finding.rule}:${p.finding.start}:${p.finding.end}`}
          class={`finding sev-${p.finding.severity}${i === view.open ? ' active' : ''}`}
          data-testid="clearsend-finding"
          data-rule={p.finding.rule}
          data-severity={p.finding.severity}
          data-start={p.finding.start}
          data-end={p.finding.end}
        >
          {p.rects.map((r, k) => (
            <div key={k} class="line" style={{ left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` }} />
          ))}
        </div>
      ))}
      {placed.length > 0 && box && (
        <button
          type="button"
          class={`badge sev-${worst}`}
          data-testid="clearsend-count"
          aria-label={`${summary(placed, view.fieldLabel)} Show them.`}
          aria-expanded={view.open >= 0}
          title={summary(placed, view.fieldLabel)}
          style={{ left: `${box.left + box.width - 30}px`, top: `${box.top + box.height - 26}px` }}
          onClick={own(view.onBadge)}
        >
          {placed.length}
        </button>
      )}
      {view.notice && box && (
        <div class="notice" role="note" data-testid="clearsend-notice" style={{ right: `${window.innerWidth - (box.left + box.width) + 36}px`, top: `${box.top + box.height - 26}px` }}>
          {view.notice}
        </div>
      )}
      {view.open >= 0 && view.open < placed.length && <Card view={view} />}
      <div class="sr-only" role="status" aria-live="polite">
        {summary(placed, view.fieldLabel)}
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
  failed: 'Clearsend could not check this text',
  pending: 'Clearsend has not finished checking this text',
  'too-long': 'Only the start of this text was checked (it is too long)',
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
            ? `Your organization’s policy blocks sending this (${plural(view.problems.length, 'rule problem')})`
            : view.problems.length > 0
              ? `Send this with ${plural(view.problems.length, 'rule problem')}?`
              : 'Send this without a full check?'}
        </h2>
        <p id="clearsend-guard-text">
          {view.blocked
            ? 'Your organization’s Clearsend policy does not allow sending a message or proposal with a violation. Nothing was sent: edit the text, then send again.'
            : 'Clearsend stopped this send once so you can check it. Nothing was sent.'}
        </p>
        <ul>
          {view.unchecked.map(({ fieldLabel, reason }) => (
            <li key={`unchecked:${fieldLabel}`} data-unchecked={reason}>
              <strong>{UNCHECKED[reason]}</strong> in the {fieldLabel}.
            </li>
          ))}
          {view.problems.map(({ fieldLabel, finding }) => (
            <li key={`${fieldLabel}:${finding.rule}:${finding.start}`}>
              <strong>{RULE_TITLE[finding.rule] ?? finding.rule}</strong> in the {fieldLabel}:{' '}
              <q>
                <Shown text={finding.match} />
              </q>
            </li>
          ))}
        </ul>
        <div class="actions">
          <button type="button" class="primary" data-action="review" onClick={own(view.onReview)}>
            {view.blocked ? 'Back to edit' : 'Review'}
          </button>
          {!view.blocked && (
            <button type="button" data-action="send-anyway" onClick={own(view.onSendAnyway)}>
              Send anyway
            </button>
          )}
        </div>
        {!view.blocked && <p class="hint">“Send anyway” lets your next click on Send (or Enter) go through. Clearsend never sends for you.</p>}
      </div>
    </div>
  );
}

export function renderGuard(container: HTMLElement, view: GuardView | null): void {
  render(view ? <GuardDialog view={view} /> : null, container);
}
