/**
 * One watched field: reads its text after the person pauses typing, runs the
 * shared detector, and keeps the field's underlines, badge and card in step
 * with the text and the page layout. Everything it listens to is the person's
 * own typing and the page's own layout changes; nothing here polls.
 */
import { detect, worstSeverity } from '../../lib/detector/detect';
import repeatedCoverLetter from '../../lib/rules/repeated-cover-letter';
import { canSoften, EXCEPTIONS } from '../../lib/detector/exceptions';
import { languageName, unreadPart } from '../../lib/detector/languages';
import { scriptName } from '../../lib/detector/scripts';
import type { DetectContext, Finding, SentLetters } from '../../lib/detector/types';
import type { FieldSpec } from '../../lib/upwork/selectors';
import { Checker, MAX_CHECKED_CHARS, type CheckConfig, type Outcome } from './checker';

/**
 * Longer texts are checked (in slices) but not underlined: measuring where their characters are
 * means laying out a copy of the whole text, tens of milliseconds at this size. The badge and its
 * cards still list every finding, and the field says so.
 */
export const MAX_UNDERLINED_CHARS = 50_000;
import { clip, rangeRects, TextareaMirror, visibleBox, type Rect } from './geometry';
import { t } from './i18n';
import { marksOf, type Mark } from './marks';
import { MEASURE_ALL, renderField, type PlacedMark } from './overlay';
import { readEditable, readTextarea, type TextModel } from './text-model';

/** Upwork caps a cover letter at 5,000 characters; a paste far past that is not compared. */
const MAX_REPEATED_CHARS = 20_000;

/** Quiet time after the last keystroke before checking. A proposal-sized check takes a few milliseconds. */
export const DEBOUNCE_MS = 150;

export interface FieldHost {
  /** Where this field's layer is rendered (inside the shadow root). */
  layer(): HTMLElement;
  /** Conversation context (client, contract) the person set for this page. */
  context(): Pick<DetectContext, 'client' | 'contract'>;
  /** Remember a conversation fact the person chose in a card. */
  mark(fact: 'enterprise' | 'contract'): void;
  /** False when the organization's policy does not let people mark conversations (allowMarks). */
  allowMarks(): boolean;
  /** The detector's options from the settings in force (rules off, severities, forbidden terms). */
  detectConfig(): CheckConfig;
  /** Forget it again ("Not Enterprise after all", "The contract has not started"). */
  unmark(fact: 'enterprise' | 'contract'): void;
  /** Ask for a layout pass on the next animation frame (one per frame for all fields). */
  requestLayout(): void;
  /** This field's card opened: close the others. */
  opened(field: WatchedField): void;
  /** Wraps an entry point (listener, observer): runs only while the extension is loaded, tears down an orphan. */
  entry<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  /** False once this script is torn down (field gone, extension reloaded). */
  alive(): boolean;
  /** The cover letters sent before (fingerprints), for the repeated-cover-letter rule; null when none or off. */
  sentLetters(): SentLetters | null;
  /** A page-wide notice for the person (stored settings were unreadable and were reset), shown by one field; or null. */
  notice(field: WatchedField): string | null;
}

/** What the send guard needs to know about a field's latest text. */
export interface Verdict {
  violations: Finding[];
  /** Why the text could not be judged in full, or null when it was. */
  unchecked: 'failed' | 'pending' | 'too-long' | null;
}

/** Pixels of a generous line, for findings that start above the visible box and wrap into it. */
const LINE_ALLOWANCE = 40;

/** A finding the person ignored: the same rule on the same characters stays quiet in this field. */
const ignoreKey = (f: Finding) => `${f.rule}\u0000${f.match}`;

export class WatchedField {
  findings: Finding[] = [];
  /** The findings as drawn: overlapping ones share a mark (marks.ts). The badge counts these. */
  marks: Mark[] = [];
  private outcome: Outcome | null = null;
  private readonly checker: Checker;
  private model: TextModel;
  private readonly mirror: TextareaMirror | null;
  private readonly ignored = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Waiting for the field's latest text to be checked (settled()). */
  private waiters: (() => void)[] = [];
  private open = -1;
  /** Rectangles from the last layout pass, for hover hit tests without measuring again. */
  private placed: PlacedMark[] = [];
  /** What the last layout pass measured and drew; an unchanged field is not measured (or rendered) again. */
  private measured = '';
  private drawn = '';
  private version = 0;
  /** Set when something changed that the signature cannot see (fonts, a resize of the mirror). */
  private dirty = true;
  private focusCard = false;
  private pointerInCard = false;
  private readonly container: HTMLElement;
  private readonly resize: ResizeObserver;

  constructor(
    readonly element: HTMLElement,
    readonly spec: FieldSpec,
    private readonly host: FieldHost,
    signal: AbortSignal,
  ) {
    this.container = host.layer();
    this.checker = new Checker((outcome) => this.publish(outcome));
    this.mirror = element instanceof HTMLTextAreaElement ? new TextareaMirror(this.container.getRootNode() as ShadowRoot, element) : null;
    this.model = this.read();
    const options = { signal, passive: true } as const;
    // Listening only: the page's own handlers see every event unchanged. An input event a page
    // script dispatches only makes Clearsend read the field again, which it may do at any time.
    element.addEventListener('input', host.entry(() => this.schedule()), options);
    element.addEventListener('compositionend', host.entry(() => this.schedule()), options);
    // A scroll the last layout already drew at (it read the position, which settles a pending
    // scroll) asks for no new frame: a frame never leads to another by itself.
    element.addEventListener('scroll', host.entry(() => this.scrolledSinceLayout() && host.requestLayout()), options);
    element.addEventListener('keydown', host.entry((e: KeyboardEvent) => this.onFieldKey(e)), { signal });
    this.resize = new ResizeObserver(
      host.entry(() => {
        this.mirror?.sync();
        this.dirty = true;
        host.requestLayout();
      }),
    );
    this.resize.observe(element);
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.mirror?.sync();
    this.check();
  }

  private read(): TextModel {
    return this.element instanceof HTMLTextAreaElement ? readTextarea(this.element) : readEditable(this.element);
  }

  /** One-shot debounce answering a keystroke; never a repeating timer. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      this.host.entry(() => {
        this.timer = undefined;
        this.check();
      }),
      DEBOUNCE_MS,
    );
  }

  /**
   * Checks the field's current text (also used by the send guard, so a send right after typing
   * is judged on the latest text). A long text may finish later; its findings are shown then.
   */
  check(now = false): Outcome {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.model = this.read();
    const context = { surface: this.spec.surface, ...this.host.context() };
    const outcome = this.checker.check(this.model.text, context, () => this.host.alive() && this.element.isConnected, this.host.detectConfig(), now);
    // An unchanged text is answered from the last check without publishing it again.
    if (!this.checker.pending) this.wake();
    return outcome;
  }

  /** A finished check: its findings become the field's underlines. */
  private publish(outcome: Outcome): void {
    this.outcome = outcome;
    const all = [...outcome.findings, ...this.repeated(outcome.text)].sort((a, b) => a.start - b.start || a.end - b.end);
    this.findings = all.filter((f) => !this.ignored.has(ignoreKey(f)));
    this.marks = marksOf(this.findings);
    this.version++;
    if (this.open >= this.marks.length) this.open = -1;
    this.host.requestLayout();
    if (this.idle()) this.wake();
  }

  /**
   * Resolves once the field's latest text has been checked and its findings published: at once
   * when nothing is pending, otherwise when the debounced or sliced check finishes (or the field
   * goes). The popup's counts wait for this, so they never show a check still under way.
   */
  settled(): Promise<void> {
    if (this.idle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** No debounced check waiting and no sliced check under way. */
  private idle(): boolean {
    return this.timer === undefined && !this.checker.pending;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((resolve) => resolve());
  }

  /** The letter's text as it is now (the cover-letter memory fingerprints it on a send). */
  text(): string {
    return this.read().text;
  }

  private lastRepeated: { text: string; key: string; sent: SentLetters | null; findings: Finding[] } | null = null;

  /**
   * The repeated-cover-letter rule, over the whole letter at once (the checker cuts long texts
   * into pieces, and a fingerprint is of the whole letter). Only the cover letter is compared.
   */
  private repeated(text: string): Finding[] {
    if (this.spec.id !== 'cover-letter' || text.length > MAX_REPEATED_CHARS) return [];
    const sent = this.host.sentLetters();
    if (!sent) return [];
    const config = this.host.detectConfig();
    const last = this.lastRepeated;
    const same = last && last.text === text && last.key === config.key && last.sent?.prints === sent.prints;
    if (same && last.sent?.threshold === sent.threshold && last.sent.retentionDays === sent.retentionDays) return last.findings;
    let findings: Finding[] = [];
    try {
      // The settings in force apply here too: the rule switched off, or its level changed.
      findings = detect(text, { surface: 'proposal', sentLetters: sent }, { ...config.options, rules: [repeatedCoverLetter] });
    } catch {
      // a failed comparison shows nothing; it never stops a send (the rule only warns)
    }
    this.lastRepeated = { text, key: config.key, sent, findings };
    return findings;
  }

  /** The sent-letter memory changed (a send, another tab, "forget everything"): compare again. */
  refreshMemory(): void {
    if (this.spec.id === 'cover-letter' && this.outcome) this.publish(this.outcome);
  }

  /** What stops a send: violations in the latest text, or a text that could not be checked in full. */
  verdict(): Verdict {
    const outcome = this.check(true);
    const violations = outcome.findings.filter((f) => f.severity === 'violation' && !this.ignored.has(ignoreKey(f)));
    const unchecked = outcome.failed ? 'failed' : !outcome.complete ? 'pending' : outcome.truncated ? 'too-long' : null;
    return { violations, unchecked };
  }

  /** What the person should know about this field beyond its findings. */
  private notice(): string | null {
    const outcome = this.outcome;
    if (outcome?.failed) return t('card_notice_failed');
    const length = outcome?.text.length ?? 0;
    const number = (n: number) => n.toLocaleString(uiLanguage());
    if (outcome?.truncated) return t('card_notice_truncated', number(length), number(MAX_CHECKED_CHARS));
    if (length > MAX_UNDERLINED_CHARS) return t('card_notice_not_underlined', number(length));
    const notices = [this.unreadNotice(outcome?.text ?? ''), this.host.notice(this)].filter((n) => n !== null);
    return notices.length > 0 ? notices.join(' ') : null;
  }

  /** The text it was last worked out for, and what it said: notice() runs on every layout, the text changes less often. */
  private unreadFor: { text: string; notice: string | null } = { text: '', notice: null };
  /**
   * When much of the text is in a script the rules do not read (Armenian), or in a language written in Latin letters
   * that they do not read (Basque), the person is told that silence is not a clean bill.
   */
  private unreadNotice(text: string): string | null {
    if (this.unreadFor.text !== text) {
      const unread = unreadPart(text);
      const notice =
        unread === null
          ? null
          : 'script' in unread
            ? t('card_notice_unread_script', scriptName(unread.script, uiLanguage()))
            : t('card_notice_unread_language', languageName(unread.language, uiLanguage()));
      this.unreadFor = { text, notice };
    }
    return this.unreadFor.notice;
  }

  /** The field's scroll position when it was last laid out. */
  private laidScroll = '';

  private scrolledSinceLayout(): boolean {
    return `${this.element.scrollLeft},${this.element.scrollTop}` !== this.laidScroll;
  }

  /** Marks the field for measuring again on the next layout pass. */
  invalidate(): void {
    this.dirty = true;
  }

  /** Measures and renders; called once per animation frame at most. Cheap when nothing moved. */
  layout(): void {
    if (!this.element.isConnected) return;
    const box = visibleBox(this.element);
    const border = this.element.getBoundingClientRect();
    const outer = { left: border.left, top: border.top, width: border.width, height: border.height };
    const geometry = `${box.left},${box.top},${box.width},${box.height},${this.element.scrollLeft},${this.element.scrollTop},${innerWidth},${innerHeight},${this.version}`;
    this.laidScroll = `${this.element.scrollLeft},${this.element.scrollTop}`;
    const notice = this.notice();
    const caretLine = this.open >= 0 ? this.caretLine(box) : null;
    const caret = caretLine ? `${caretLine.top},${caretLine.height}` : '';
    const signature = `${geometry},${this.open},${this.focusCard},${notice},${caret}`;
    if (!this.dirty && signature === this.drawn) return;
    // Opening a card or moving between findings changes what is drawn, not where: no measuring.
    if (this.dirty || geometry !== this.measured) {
      this.placed = this.measure(box);
      this.measured = geometry;
    }
    this.dirty = false;
    this.drawn = signature;
    const placed = this.placed;
    renderField(this.container, {
      notice,
      fieldLabel: this.spec.label,
      box,
      outer,
      placed,
      worst: worstSeverity(this.findings),
      open: this.open,
      focusCard: this.focusCard,
      caretLine,
      actions: {
        fix: (f) => this.applyFix(f),
        ignore: (f) => this.ignore(f),
        ...(this.softenable(this.open) && {
          markEnterprise: () => this.host.mark('enterprise'),
          ...(this.spec.surface === 'message' && { markContract: () => this.host.mark('contract') }),
        }),
        ...(this.softenedBy(this.open, 'enterprise-client') && { unmarkEnterprise: () => this.host.unmark('enterprise') }),
        ...(this.softenedBy(this.open, 'active-contract') && { unmarkContract: () => this.host.unmark('contract') }),
      },
      onBadge: () => this.openCard(this.open >= 0 ? -1 : 0, true),
      onCardKey: (e) => this.onCardKey(e),
      onNavigate: (step) => this.openCard((this.open + step + this.marks.length) % this.marks.length, true),
      onClose: () => this.closeCard(true),
      onCardPointer: (inside) => {
        this.pointerInCard = inside;
      },
    });
    this.focusCard = false;
  }

  /**
   * The line the person is editing, across the whole field, while the field has the focus: the
   * card must not cover it. Null when the field is not focused or the caret cannot be measured.
   */
  private caretLine(box: Rect): Rect | null {
    const el = this.element;
    const root = el.getRootNode() as Document | ShadowRoot;
    if (root.activeElement !== el && !el.contains(root.activeElement)) return null;
    let rects: Rect[] = [];
    if (el instanceof HTMLTextAreaElement && this.mirror) {
      const text = el.value;
      const at = el.selectionEnd ?? text.length;
      // The character before the caret (or after it at the very start) gives the line's box.
      rects = at > 0 ? this.mirror.rects(text, at - 1, at) : this.mirror.rects(text, 0, Math.min(1, text.length));
      if (at > 0 && text[at - 1] === '\n') rects = this.mirror.rects(`${text.slice(0, at)} `, at, at + 1);
    } else {
      const selection = el.ownerDocument.getSelection();
      if (selection && selection.rangeCount > 0) rects = rangeRects(selection.getRangeAt(0));
    }
    const line = rects.at(-1);
    if (!line) return null;
    return { left: box.left, top: line.top, width: box.width, height: Math.max(line.height, 1) };
  }

  private measure(box: Rect): PlacedMark[] {
    // The mirror needs the text only up to the last mark: later text cannot move it.
    const full = this.outcome?.text ?? this.model.text;
    const marks = this.marks;
    if (full.length > MAX_UNDERLINED_CHARS) return marks.map((mark) => ({ mark, rects: [] }));
    const last = marks.reduce((end, m) => Math.max(end, m.end), 0);
    const upTo = full.indexOf('\n', last);
    const text = upTo < 0 ? full : full.slice(0, upTo);
    const clipped = (rects: Rect[]) => rects.map((r) => clip(r, box)).filter((r): r is Rect => r !== null && r.width > 0.5);
    if (marks.length <= MEASURE_ALL) return marks.map((mark) => ({ mark, rects: clipped(this.rawRects(mark, text)) }));
    // A long text with many marks: only those that can be on screen are measured. Marks are
    // sorted by start and a later start is never higher up, so two binary searches find them.
    const top = (i: number) => this.rawRects(marks[i]!, text)[0]?.top ?? -Infinity;
    const firstFrom = (y: number) => {
      let lo = 0;
      let hi = marks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (top(mid) < y) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // A finding starting a few lines above the box can still reach into it.
    const from = Math.max(0, firstFrom(box.top - 3 * LINE_ALLOWANCE) - 1);
    const to = Math.min(marks.length, firstFrom(box.top + box.height + 1), from + MEASURE_ALL);
    return marks.map((mark, i) => ({ mark, rects: i >= from && i < to ? clipped(this.rawRects(mark, text)) : [] }));
  }

  /** Viewport rectangles of a mark's characters, not clipped. */
  private rawRects(mark: { start: number; end: number }, text: string): Rect[] {
    if (this.mirror) return this.mirror.rects(text, mark.start, mark.end);
    const range = this.model.range(mark.start, mark.end);
    return range ? rangeRects(range) : [];
  }

  /** The rectangle under the pointer, if any: hover opens that finding's card. */
  hitTest(x: number, y: number): number {
    for (let i = 0; i < this.placed.length; i++) {
      for (const r of this.placed[i]!.rects) {
        if (x >= r.left && x <= r.left + r.width && y >= r.top - 2 && y <= r.top + r.height + 2) return i;
      }
    }
    return -1;
  }

  /** Pointer moved over the page: open or close the hover card. */
  hover(x: number, y: number): void {
    const hit = this.hitTest(x, y);
    if (hit >= 0 && hit !== this.open) this.openCard(hit, false);
    else if (hit < 0 && this.open >= 0 && !this.pointerInCard && !this.focusWithinCard()) this.closeCard(false);
  }

  openCard(index: number, fromKeyboard: boolean): void {
    if (index < 0) {
      this.closeCard(fromKeyboard);
      return;
    }
    this.open = index;
    this.focusCard = fromKeyboard;
    this.host.opened(this);
    this.host.requestLayout();
  }

  closeCard(returnFocus: boolean): void {
    if (this.open < 0) return;
    this.open = -1;
    this.pointerInCard = false;
    this.host.requestLayout();
    if (returnFocus) this.element.focus();
  }

  private focusWithinCard(): boolean {
    const active = (this.container.getRootNode() as ShadowRoot).activeElement;
    return !!active && this.container.contains(active) && !!active.closest('.card');
  }

  private onCardKey(e: KeyboardEvent): void {
    if (e.isTrusted && e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.closeCard(true);
    }
  }

  /** Escape in the field closes an open card without touching the text. */
  private onFieldKey(e: KeyboardEvent): void {
    if (e.isTrusted && e.key === 'Escape' && this.open >= 0) this.closeCard(false);
  }

  /** Marking the conversation changes the verdict only for contact findings (see exceptions.ts). */
  private softenable(index: number): boolean {
    return this.host.allowMarks() && (this.marks[index]?.findings ?? []).some((f) => canSoften(f.category) && f.severity !== 'info');
  }

  /** The open mark holds a finding lowered because the person marked the conversation this way. */
  private softenedBy(index: number, exception: 'enterprise-client' | 'active-contract'): boolean {
    const context = this.host.context();
    if (exception === 'enterprise-client' ? context.client !== 'enterprise' : context.contract !== 'active') return false;
    return (this.marks[index]?.findings ?? []).some((f) => f.exception === EXCEPTIONS[exception].explanation);
  }

  /** Opens the card of the mark that holds `finding` (the guard's "Review"). */
  openCardFor(finding: Finding, fromKeyboard: boolean): void {
    this.openCard(this.marks.findIndex((m) => m.findings.includes(finding)), fromKeyboard);
  }

  /**
   * Applies a fix the person chose, as an edit the page's framework sees and
   * Ctrl+Z undoes: select the characters, then insert (or delete) through the
   * browser's editing command, exactly as typing would.
   */
  applyFix(shown: Finding): void {
    // The card may show the findings of a long text whose newer check has not finished: apply
    // the fix only to the text it was computed for, else to the same finding in the latest text.
    let finding: Finding | undefined = shown;
    if (this.read().text !== this.outcome?.text) {
      const latest = this.check(true);
      finding = latest.complete ? this.findings.find((f) => f.rule === shown.rule && f.match === shown.match) : undefined;
    }
    const fix = finding?.fix;
    if (!fix) return;
    const el = this.element;
    el.focus();
    if (el instanceof HTMLTextAreaElement) {
      el.setSelectionRange(fix.start, fix.end);
    } else {
      const range = this.read().range(fix.start, fix.end);
      const selection = el.ownerDocument.getSelection();
      if (!range || !selection) return;
      selection.removeAllRanges();
      selection.addRange(range);
    }
    const done = fix.replacement
      ? el.ownerDocument.execCommand('insertText', false, fix.replacement)
      : el.ownerDocument.execCommand('delete', false);
    if (!done && el instanceof HTMLTextAreaElement) {
      // Editing commands unavailable: still make the change visible to the page, as an input event.
      el.setRangeText(fix.replacement, fix.start, fix.end, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: fix.replacement }));
    }
    this.open = -1;
    this.check();
  }

  ignore(finding: Finding): void {
    this.ignored.add(ignoreKey(finding));
    this.open = -1;
    if (this.outcome) this.publish(this.outcome);
    this.check();
    this.element.focus();
  }

  /** The conversation's context changed (Enterprise, contract): check again under it. */
  recheck(): void {
    this.check();
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.wake();
    this.resize.disconnect();
    this.mirror?.remove();
    renderField(this.container, null);
    this.container.remove();
  }
}

function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
