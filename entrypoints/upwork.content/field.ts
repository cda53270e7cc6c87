/**
 * One watched field: reads its text after the person pauses typing, runs the
 * shared detector, and keeps the field's underlines, badge and card in step
 * with the text and the page layout. Everything it listens to is the person's
 * own typing and the page's own layout changes; nothing here polls.
 */
import { detect, worstSeverity } from '../../lib/detector/detect';
import { canSoften } from '../../lib/detector/exceptions';
import type { DetectContext, Finding } from '../../lib/detector/types';
import type { FieldSpec } from '../../lib/upwork/selectors';
import { clip, rangeRects, TextareaMirror, visibleBox, type Rect } from './geometry';
import { renderField, type PlacedFinding } from './overlay';
import { readEditable, readTextarea, type TextModel } from './text-model';

/** Quiet time after the last keystroke before checking. The check itself takes well under a millisecond. */
export const DEBOUNCE_MS = 150;

export interface FieldHost {
  /** Where this field's layer is rendered (inside the shadow root). */
  layer(): HTMLElement;
  /** Conversation context (client, contract) the person set for this page. */
  context(): Pick<DetectContext, 'client' | 'contract'>;
  /** Remember a conversation fact the person chose in a card. */
  mark(fact: 'enterprise' | 'contract'): void;
  /** Ask for a layout pass on the next animation frame (one per frame for all fields). */
  requestLayout(): void;
  /** This field's card opened: close the others. */
  opened(field: WatchedField): void;
}

/** A finding the person ignored: the same rule on the same characters stays quiet in this field. */
const ignoreKey = (f: Finding) => `${f.rule}\u0000${f.match}`;

export class WatchedField {
  findings: Finding[] = [];
  private model: TextModel;
  private readonly mirror: TextareaMirror | null;
  private readonly ignored = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private open = -1;
  /** Rectangles from the last layout pass, for hover hit tests without measuring again. */
  private placed: PlacedFinding[] = [];
  /** What the last layout pass saw; an unchanged field is not measured and rendered again. */
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
    this.mirror = element instanceof HTMLTextAreaElement ? new TextareaMirror(this.container.getRootNode() as ShadowRoot, element) : null;
    this.model = this.read();
    const options = { signal, passive: true } as const;
    // Listening only: the page's own handlers see every event unchanged.
    element.addEventListener('input', () => this.schedule(), options);
    element.addEventListener('compositionend', () => this.schedule(), options);
    element.addEventListener('scroll', () => host.requestLayout(), options);
    element.addEventListener('keydown', (e) => this.onFieldKey(e), { signal });
    this.resize = new ResizeObserver(() => {
      this.mirror?.sync();
      this.dirty = true;
      host.requestLayout();
    });
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
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.check();
    }, DEBOUNCE_MS);
  }

  /** Checks now (also used by the send guard, so a send right after typing is judged on the latest text). */
  check(): Finding[] {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.model = this.read();
    const context = { surface: this.spec.surface, ...this.host.context() };
    this.findings = detect(this.model.text, context).filter((f) => !this.ignored.has(ignoreKey(f)));
    this.version++;
    if (this.open >= this.findings.length) this.open = -1;
    this.host.requestLayout();
    return this.findings;
  }

  /** Findings that should stop a send. */
  violations(): Finding[] {
    return this.check().filter((f) => f.severity === 'violation');
  }

  /** Marks the field for measuring again on the next layout pass. */
  invalidate(): void {
    this.dirty = true;
  }

  /** Measures and renders; called once per animation frame at most. Cheap when nothing moved. */
  layout(): void {
    if (!this.element.isConnected) return;
    const box = visibleBox(this.element);
    const signature = `${box.left},${box.top},${box.width},${box.height},${this.element.scrollLeft},${this.element.scrollTop},${innerWidth},${innerHeight},${this.version},${this.open},${this.focusCard}`;
    if (!this.dirty && signature === this.drawn) return;
    this.dirty = false;
    this.drawn = signature;
    const placed: PlacedFinding[] = this.findings.map((finding) => ({ finding, rects: this.rectsOf(finding, box) }));
    this.placed = placed;
    renderField(this.container, {
      fieldLabel: this.spec.label,
      box,
      placed,
      worst: worstSeverity(this.findings),
      open: this.open,
      focusCard: this.focusCard,
      actions: {
        fix: (f) => this.applyFix(f),
        ignore: (f) => this.ignore(f),
        ...(this.softenable(this.open) && {
          markEnterprise: () => this.host.mark('enterprise'),
          ...(this.spec.surface === 'message' && { markContract: () => this.host.mark('contract') }),
        }),
      },
      onBadge: () => this.openCard(this.open >= 0 ? -1 : 0, true),
      onCardKey: (e) => this.onCardKey(e),
      onNavigate: (step) => this.openCard((this.open + step + this.findings.length) % this.findings.length, true),
      onClose: () => this.closeCard(true),
      onCardPointer: (inside) => {
        this.pointerInCard = inside;
      },
    });
    this.focusCard = false;
  }

  private rectsOf(finding: Finding, box: Rect): Rect[] {
    let rects: Rect[] = [];
    if (this.mirror) rects = this.mirror.rects(this.model.text, finding.start, finding.end);
    else {
      const range = this.model.range(finding.start, finding.end);
      if (range) rects = rangeRects(range);
    }
    return rects.map((r) => clip(r, box)).filter((r): r is Rect => r !== null && r.width > 0.5);
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
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.closeCard(true);
    }
  }

  /** Escape in the field closes an open card without touching the text. */
  private onFieldKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.open >= 0) this.closeCard(false);
  }

  /** Marking the conversation changes the verdict only for contact findings (see exceptions.ts). */
  private softenable(index: number): boolean {
    const f = this.findings[index];
    return !!f && canSoften(f.category) && f.severity !== 'info';
  }

  /**
   * Applies a fix the person chose, as an edit the page's framework sees and
   * Ctrl+Z undoes: select the characters, then insert (or delete) through the
   * browser's editing command, exactly as typing would.
   */
  applyFix(finding: Finding): void {
    const fix = finding.fix;
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
    this.check();
    this.element.focus();
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.resize.disconnect();
    this.mirror?.remove();
    renderField(this.container, null);
    this.container.remove();
  }
}
