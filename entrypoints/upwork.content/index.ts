/**
 * Clearsend's content script on upwork.com. It finds the watched fields (cover
 * letter, screening answers, the Messages composer, also inside a same-origin
 * room iframe) as they appear, with a MutationObserver, and hands each to a
 * WatchedField. It renders only inside its own closed shadow root, reads
 * nothing but the watched fields, acts only on the person's own events
 * (isTrusted) and the page's layout changes, and sends nothing anywhere: no
 * timers that repeat, no polling, no requests, no clicks or keystrokes on the
 * person's behalf.
 *
 * The page is untrusted. It cannot switch this script off (WXT's page-visible
 * start-up handshake is replaced, see wxt-context.ts), cannot read what it
 * shows (closed shadow root), and cannot drive it with synthetic events. When
 * the extension is reloaded or updated under an open tab, this copy notices on
 * its next event and removes itself quietly (lifetime.ts).
 */
import { ANY_FIELD, fieldSpecOf, type FieldSpec } from '../../lib/upwork/selectors';
import { ConversationStore } from './conversation';
import { Settings } from './settings';
import { WatchedField } from './field';
import { SendGuard } from './guard';
import { Lifetime } from './lifetime';
import { answerPopup } from './popup-bridge';
import { SentLetterMemory } from './sent-letters';
import styles from './style.css?inline';

export default defineContentScript({
  matches: ['https://www.upwork.com/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would otherwise post the extension's id to the page on start: Upwork's scripts could read it.
  noScriptStartedPostMessage: true,
  main() {
    // The context WXT passes in is our own (wxt-context.ts) and is never invalidated by the page;
    // this script's life is decided by Lifetime alone.
    start(new Lifetime());
  },
});

function start(life: Lifetime): void {
  const signal = life.signal;
  const entry = <A extends unknown[]>(fn: (...args: A) => void) => life.run(fn);
  // The shadow host is created with the first watched field: pages with nothing to watch stay untouched.
  let root: ShadowRoot | null = null;
  const shadow = (): ShadowRoot => {
    if (root) return root;
    const host = document.createElement('clearsend-overlay');
    // Nothing of the page's CSS reaches in, nothing of ours leaks out.
    host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647;';
    // Closed: the page's scripts get null from host.shadowRoot and cannot read findings or press buttons.
    root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = styles;
    root.append(style);
    document.documentElement.append(host);
    signal.addEventListener('abort', () => host.remove(), { once: true });
    return root;
  };

  const fields = new Map<HTMLElement, WatchedField>();
  const notices = new Set<string>();
  const noticeChanged = () => {
    fields.forEach((f) => f.invalidate());
    requestLayout();
  };
  const conversations = new ConversationStore(life, () => fields.forEach((f) => f.check()), (n) => {
    notices.add(n);
    noticeChanged();
  });
  const settings = new Settings(
    life,
    (n) => {
      notices.add(n);
      noticeChanged();
    },
    // Rules, severities, terms or the organization's policy changed: open fields are checked again at once.
    () => {
      fields.forEach((f) => f.recheck());
      noticeChanged();
    },
  );

  const memory = new SentLetterMemory(life, () => fields.forEach((f) => f.refreshMemory()), () => settings.coverLetters);

  let frame = 0;
  /** The page's scroll position at the last layout. */
  let laidScroll = '';
  const pageScroll = () => `${scrollX},${scrollY}`;
  const requestLayout = () => {
    // One animation frame answers any number of changes; nothing is scheduled while nothing changes.
    frame ||= requestAnimationFrame(
      entry(() => {
        frame = 0;
        laidScroll = pageScroll();
        fields.forEach((f) => f.layout());
      }),
    );
  };
  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });

  const newLayer = () => {
    const layer = document.createElement('div');
    layer.className = 'layer';
    shadow().append(layer);
    return layer;
  };

  const detachers = new WeakMap<HTMLElement, AbortController>();
  const fieldHost = {
    layer: newLayer,
    // Marks the organization does not allow are not offered, and stored ones are not applied.
    context: () => (settings.allowMarks ? conversations.get() : { client: 'standard' as const, contract: 'none' as const }),
    mark: (fact: 'enterprise' | 'contract') => {
      if (settings.allowMarks) conversations.mark(fact);
    },
    allowMarks: () => settings.allowMarks,
    detectConfig: () => settings.detect,
    unmark: (fact: 'enterprise' | 'contract') => {
      if (settings.allowMarks) conversations.unmark(fact);
    },
    requestLayout,
    opened: (opened: WatchedField) => fields.forEach((f) => f !== opened && f.closeCard(false)),
    entry,
    alive: () => life.alive(),
    sentLetters: () => memory.sentLetters(),
    // Shown once, by the first watched field still on the page.
    notice: (field: WatchedField) => {
      const all = settings.policyNotice ? [settings.policyNotice, ...notices] : [...notices];
      return all.length > 0 && [...fields.values()].find((f) => f.element.isConnected) === field ? all.join(' ') : null;
    },
  };
  // Paused from the popup: no fields watched (no marks) and no send guard in this tab, until unpaused or reloaded.
  let paused = false;
  const attach = (element: HTMLElement, spec: FieldSpec) => {
    if (paused || fields.has(element)) return;
    // Torn down when the field leaves the page or the extension is reloaded.
    const detach = new AbortController();
    detachers.set(element, detach);
    fields.set(element, new WatchedField(element, spec, fieldHost, AbortSignal.any([signal, detach.signal])));
  };

  const scan = (node: ParentNode) => {
    if (node instanceof HTMLElement) {
      const spec = fieldSpecOf(node);
      if (spec) attach(node, spec);
    }
    node.querySelectorAll<HTMLElement>(ANY_FIELD).forEach((el) => {
      const spec = fieldSpecOf(el);
      if (spec) attach(el, spec);
    });
  };

  const prune = () => {
    for (const element of fields.keys()) {
      if (element.isConnected) continue;
      detachers.get(element)?.abort();
      fields.delete(element);
    }
  };

  // Fields appear after hydration, after a room switch, after client-side navigation: watch the DOM.
  const observer = new MutationObserver(entry((mutations: MutationRecord[]) => {
    let removed = false;
    let moved = false;
    const shown = [...fields.values()].filter((f) => f.findings.length > 0);
    for (const m of mutations) {
      // Typing inside a watched editor changes its own subtree: nothing new to look for there.
      if (m.target instanceof Element && fields.size > 0 && isInsideField(m.target, fields)) continue;
      m.addedNodes.forEach((n) => {
        if (n instanceof HTMLElement) scan(n);
      });
      if (m.removedNodes.length > 0) removed = true;
      // Only a change before a field (or around it) in the page can move it: the page's own
      // character counter after the cover letter, updated on every keystroke, cannot.
      moved ||= shown.some((f) => m.target === f.element || (m.target.compareDocumentPosition(f.element) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) !== 0);
    }
    if (removed) prune();
    if (moved) requestLayout();
  }));
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  scan(document);

  const options = { signal, passive: true, capture: true } as const;
  // A scroll the last layout already drew at asks for no new frame.
  window.addEventListener('scroll', entry(() => pageScroll() !== laidScroll && requestLayout()), options);
  window.addEventListener('resize', entry(requestLayout), options);
  // A web font finished loading: text metrics changed, the underlines are measured again.
  document.fonts?.addEventListener(
    'loadingdone',
    entry(() => {
      fields.forEach((f) => f.invalidate());
      requestLayout();
    }),
    { signal },
  );
  window.addEventListener(
    'pointermove',
    entry((e: PointerEvent) => {
      // A synthetic pointermove from a page script must not open cards (their size would tell it what we found).
      if (!e.isTrusted || e.pointerType !== 'mouse') return;
      fields.forEach((f) => f.hover(e.clientX, e.clientY));
    }),
    options,
  );
  // Escape anywhere closes an open card (focus stays where it is).
  window.addEventListener(
    'keydown',
    entry((e: KeyboardEvent) => {
      if (e.isTrusted && e.key === 'Escape') fields.forEach((f) => f.closeCard(false));
    }),
    { signal },
  );

  let guard = new AbortController();
  const startGuard = () =>
    new SendGuard(
      {
        fields: () => [...fields.values()],
        layer: newLayer,
        enterSends: () => settings.enterSends,
        mode: () => settings.guard,
        entry,
        // A proposal the person sends: its cover letter's fingerprint is remembered (never its text).
        sending: (scope, sent) => {
          if (scope === 'proposal') sent.filter((f) => f.spec.id === 'cover-letter').forEach((f) => memory.remember(f.text()));
        },
      },
      AbortSignal.any([signal, guard.signal]),
    );
  startGuard();

  answerPopup(life, {
    state: () => ({ paused, fields: [...fields.values()].filter((f) => f.element.isConnected).map((f) => ({ kind: f.spec.id, findings: f.findings.length })) }),
    settled: () => Promise.all([...fields.values()].map((f) => f.settled())).then(() => undefined),
    pause: (next) => {
      if (next === paused) return;
      paused = next;
      if (paused) {
        fields.forEach((_, element) => detachers.get(element)?.abort());
        fields.clear();
        guard.abort();
      } else {
        guard = new AbortController();
        startGuard();
        scan(document);
      }
    },
  });
}

function isInsideField(node: Element, fields: Map<HTMLElement, WatchedField>): boolean {
  for (const element of fields.keys()) if (element.contains(node)) return true;
  return false;
}
