/**
 * The send guard. A click on a send button, or Enter where Enter sends, with an
 * unresolved violation in the fields it would send is stopped once and
 * explained. "Send anyway" lets the person's own next click or Enter through;
 * the extension never clicks, types or sends by itself.
 *
 * The mode in force (the person's setting, or the organization's policy) decides: `off` never
 * asks; `ask` is the above; `block` does not let a violation through at all (the question says
 * that the organization's policy blocks it and offers only to go back and edit), while a text
 * that could not be checked in full is still asked about.
 *
 * It fails closed: when a field's check threw, has not finished, or could not
 * cover the whole text, the send is stopped and the person is asked, exactly as
 * for a violation. Only the person's own clicks and keys count (isTrusted): a
 * page script can neither trigger the question, nor answer it, nor learn from
 * its synthetic events whether Clearsend would have stopped them.
 */
import type { Finding } from '../../lib/detector/types';
import type { GuardMode } from '../../lib/policy-settings';
import { SEND_BUTTONS } from '../../lib/upwork/selectors';
import type { Verdict, WatchedField } from './field';
import { renderGuard } from './overlay';

export type Scope = 'proposal' | 'composer';

export interface GuardHost {
  fields(): WatchedField[];
  layer(): HTMLElement;
  /** Upwork's default: Enter sends, Shift/Alt/Ctrl+Enter add a line. Swapped: Ctrl/Cmd+Enter sends. */
  enterSends(): boolean;
  /** The guard mode in force. */
  mode(): GuardMode;
  /** Wraps an entry point: runs only while the extension is loaded. */
  entry<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  /**
   * The person's own send is going through (nothing to ask, or they chose "Send anyway"): called
   * with the fields it sends, before the page's handlers run. The cover-letter memory listens here.
   */
  sending?(scope: Scope, fields: WatchedField[]): void;
}

const PROPOSAL_BUTTON = SEND_BUTTONS.proposal.join(', ');
const COMPOSER_BUTTON = SEND_BUTTONS.composer.join(', ');

export class SendGuard {
  /** Scopes whose next send the person allowed with "Send anyway". */
  private readonly allowed = new Set<Scope>();
  private container: HTMLElement | null = null;
  /** Closes the open question and gives focus back, or null when none is open. */
  private cancel: (() => void) | null = null;

  constructor(
    private readonly host: GuardHost,
    signal: AbortSignal,
  ) {
    // Capture phase on the window: runs before the page's own handlers, and only stops the one event.
    window.addEventListener('click', host.entry((e: MouseEvent) => e.isTrusted && this.onClick(e)), { capture: true, signal });
    window.addEventListener('keydown', host.entry((e: KeyboardEvent) => e.isTrusted && this.onKey(e)), { capture: true, signal });
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  private onClick(e: MouseEvent): void {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    const proposal = target.closest(PROPOSAL_BUTTON);
    const composer = proposal ? null : target.closest(COMPOSER_BUTTON);
    const button = proposal ?? composer;
    if (!button) return;
    const scope: Scope = proposal ? 'proposal' : 'composer';
    const fields = scope === 'proposal' ? this.proposalFields() : this.composerFields(button);
    this.judge(e, scope, fields, button as HTMLElement);
  }

  private onKey(e: KeyboardEvent): void {
    // Escape dismisses the question wherever the focus is (it may not have moved into it yet).
    if (e.key === 'Escape' && this.cancel) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.cancel();
      return;
    }
    if (e.key !== 'Enter' || e.isComposing || e.shiftKey || e.altKey) return;
    // Upwork sends on a plain Enter by default; people who swapped the setting send with Ctrl/Cmd+Enter.
    const sends = this.host.enterSends() ? !e.ctrlKey && !e.metaKey : e.ctrlKey || e.metaKey;
    if (!sends) return;
    const target = e.target instanceof Element ? e.target : null;
    const field = target && this.host.fields().find((f) => f.spec.id === 'composer' && f.element.contains(target));
    if (!field) return;
    this.judge(e, 'composer', [field], field.element);
  }

  private judge(e: Event, scope: Scope, fields: WatchedField[], returnTo: HTMLElement): void {
    const mode = this.host.mode();
    const allowedOnce = this.allowed.delete(scope); // the one send the person allowed
    if (mode === 'off' || (allowedOnce && mode === 'ask')) {
      this.passed(scope, fields);
      return;
    }
    const verdicts = fields.map((field) => ({ field, verdict: judgeField(field) }));
    const problems = verdicts.flatMap(({ field, verdict }) => verdict.violations.map((finding) => ({ field, finding })));
    const unchecked = verdicts.filter(({ verdict }) => verdict.unchecked !== null);
    const blocked = mode === 'block' && problems.length > 0;
    // In block mode "Send anyway" can only have been offered for a text not checked in full.
    if (!blocked && (allowedOnce || (problems.length === 0 && unchecked.length === 0))) {
      this.passed(scope, fields);
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    this.show(scope, problems, unchecked, returnTo, blocked);
  }

  /** A send the guard lets through; what the host does with it must never stop the send. */
  private passed(scope: Scope, fields: WatchedField[]): void {
    try {
      this.host.sending?.(scope, fields);
    } catch {
      // remembering a letter is a nicety: the send goes on
    }
  }

  private proposalFields(): WatchedField[] {
    return this.host.fields().filter((f) => f.spec.surface === 'proposal');
  }

  private composerFields(button: Element): WatchedField[] {
    const composer = button.closest('.up-d-composer, .composer-container');
    return this.host.fields().filter((f) => f.spec.id === 'composer' && (!composer || composer.contains(f.element)));
  }

  private show(
    scope: Scope,
    problems: { field: WatchedField; finding: Finding }[],
    unchecked: { field: WatchedField; verdict: Verdict }[],
    returnTo: HTMLElement,
    blocked: boolean,
  ): void {
    this.host.fields().forEach((f) => f.closeCard(false));
    this.container ??= this.host.layer();
    renderGuard(this.container, {
      problems: problems.map(({ field, finding }) => ({ fieldLabel: field.spec.label, finding })),
      unchecked: unchecked.map(({ field, verdict }) => ({ fieldLabel: field.spec.label, reason: verdict.unchecked! })),
      blocked,
      onReview: () => {
        this.close();
        const first = problems[0];
        if (first) {
          first.field.element.focus();
          first.field.openCardFor(first.finding, true);
        } else unchecked[0]?.field.element.focus();
      },
      onSendAnyway: () => {
        if (blocked) return;
        this.allowed.add(scope);
        this.close();
        returnTo.focus();
      },
      onCancel: () => this.cancel?.(),
    });
    this.cancel = () => {
      this.close();
      returnTo.focus();
    };
  }

  private close(): void {
    this.cancel = null;
    if (!this.container) return;
    renderGuard(this.container, null);
    this.container.remove();
    this.container = null;
  }
}

/** A field's verdict; a check that throws here too (not only inside the detector) still asks. */
function judgeField(field: WatchedField): Verdict {
  try {
    return field.verdict();
  } catch {
    return { violations: [], unchecked: 'failed' };
  }
}
