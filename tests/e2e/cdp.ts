// Run-time proof helpers over the Chrome DevTools Protocol (see ../../../shared/TOOLCHAIN.md,
// "Proving no timers, no requests at run time"). One CdpProbe per page, attached BEFORE page.goto:
//
//  - attribution: every script the page's renderer parses (Debugger.scriptParsed) is mapped to its
//    execution context (Runtime.executionContextCreated): the page's main world, the extension's
//    isolated world (origin chrome-extension://<id>), or Playwright's utility world. A call frame's
//    scriptId then says whose code it is, even where callFrames[].url is empty.
//  - timers: instrumentation breakpoints on setTimeout / setInterval / requestAnimationFrame, their
//    clear* and their .callback forms pause the renderer for every call in every world; each pause
//    is recorded with its owner and async ancestry, and resumed at once.
//  - ledger (optional): before the content script's first statement (scriptFirstStatement event
//    breakpoint) the extension's world gets thin wrappers around the timer functions that keep a
//    list of its timers still scheduled, with their delays: the only way to know at the end that
//    nothing is left pending (an `await sleep()` loop would not show as a timer chain).
//  - requests: Network.requestWillBeSent with the initiator's stack, attributed the same way.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { OPEN_SHADOW_SOURCE } from './launch.mjs';

export type Owner = 'extension' | 'page' | 'playwright' | 'unknown';
export type TimerApi = 'setTimeout' | 'setInterval' | 'requestAnimationFrame';
export type Phase = 'set' | 'clear' | 'callback';

export interface Site {
  owner: Owner;
  url: string;
  functionName: string;
  line: number;
  column: number;
}

/** One async parent of the running code: what scheduled it ('setTimeout', 'childList', 'Promise.then'…) and where. */
export interface AsyncLink {
  description: string;
  owner: Owner;
  site: Site | undefined;
}

export interface TimerEvent {
  /** Position in the probe's log (events are recorded in the order the renderer paused). */
  seq: number;
  /** ms since the probe was attached (Node clock, at the pause). */
  t: number;
  api: TimerApi;
  phase: Phase;
  /** Whose code called the API; for a callback, whose code had set the timer. */
  owner: Owner;
  /** Where (the first frame with a URL, or the caller). */
  site: Site | undefined;
  /** Async parents of the code that called the API (for a callback: of the code that set the timer). */
  ancestors: AsyncLink[];
}

export interface RequestEvent {
  url: string;
  type: string;
  method: string;
  frameId: string;
  initiatorType: string;
  owner: Owner;
  /** The initiator's frames, "function url:line:col", outermost last. */
  stack: string[];
}

export interface LedgerEntry {
  kind: TimerApi;
  id: number;
  delay: number;
  stringCallback: boolean;
  /** ms (performance.now() of the isolated world) */
  at: number;
  stack: string;
}

interface ContextInfo {
  id: number;
  origin: string;
  name: string;
  frameId: string;
  isDefault: boolean;
  type: string;
}

interface CallFrameLike {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface StackTrace {
  description?: string;
  callFrames: CallFrameLike[];
  parent?: StackTrace;
}

const TIMER_BREAKPOINTS = [
  'setTimeout',
  'clearTimeout',
  'setTimeout.callback',
  'setInterval',
  'clearInterval',
  'setInterval.callback',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestAnimationFrame.callback',
];

const API_OF: Record<string, [TimerApi, Phase]> = {
  setTimeout: ['setTimeout', 'set'],
  clearTimeout: ['setTimeout', 'clear'],
  'setTimeout.callback': ['setTimeout', 'callback'],
  setInterval: ['setInterval', 'set'],
  clearInterval: ['setInterval', 'clear'],
  'setInterval.callback': ['setInterval', 'callback'],
  requestAnimationFrame: ['requestAnimationFrame', 'set'],
  cancelAnimationFrame: ['requestAnimationFrame', 'clear'],
  'requestAnimationFrame.callback': ['requestAnimationFrame', 'callback'],
};

/**
 * Evaluated in the extension's isolated world before the content script's first statement.
 * The wrappers call the real functions with the same arguments; they only keep count.
 */
const LEDGER_SOURCE = String.raw`(() => {
  if (globalThis.__clearsendProbe) return 'already';
  const g = globalThis;
  const real = {
    setTimeout: g.setTimeout, clearTimeout: g.clearTimeout, setInterval: g.setInterval,
    clearInterval: g.clearInterval, requestAnimationFrame: g.requestAnimationFrame,
    cancelAnimationFrame: g.cancelAnimationFrame,
  };
  const pending = new Map();
  const created = [];
  const where = () => (new Error().stack || '').split('\n').slice(3, 8).map((s) => s.trim()).join(' <- ');
  const note = (key, entry) => { pending.set(key, entry); created.push(entry); if (created.length > 5000) created.shift(); };
  g.setTimeout = function setTimeout(callback, delay, ...args) {
    const entry = { kind: 'setTimeout', id: 0, delay: Number(delay) || 0, stringCallback: typeof callback !== 'function', at: performance.now(), stack: where() };
    const id = real.setTimeout.call(g, typeof callback === 'function'
      ? function () { pending.delete('t' + id); return callback.apply(this, arguments); }
      : callback, delay, ...args);
    entry.id = id;
    note('t' + id, entry);
    return id;
  };
  g.setInterval = function setInterval(callback, delay, ...args) {
    const entry = { kind: 'setInterval', id: 0, delay: Number(delay) || 0, stringCallback: typeof callback !== 'function', at: performance.now(), stack: where() };
    const id = real.setInterval.call(g, callback, delay, ...args);
    entry.id = id;
    note('t' + id, entry);
    return id;
  };
  g.clearTimeout = function clearTimeout(id) { pending.delete('t' + id); return real.clearTimeout.call(g, id); };
  g.clearInterval = function clearInterval(id) { pending.delete('t' + id); return real.clearInterval.call(g, id); };
  g.requestAnimationFrame = function requestAnimationFrame(callback) {
    const entry = { kind: 'requestAnimationFrame', id: 0, delay: 0, stringCallback: false, at: performance.now(), stack: where() };
    const id = real.requestAnimationFrame.call(g, function (time) { pending.delete('r' + id); return callback(time); });
    entry.id = id;
    note('r' + id, entry);
    return id;
  };
  g.cancelAnimationFrame = function cancelAnimationFrame(id) { pending.delete('r' + id); return real.cancelAnimationFrame.call(g, id); };
  Object.defineProperty(g, '__clearsendProbe', {
    value: { pending: () => [...pending.values()], created: () => created.slice() },
  });
  return 'installed';
})()`;

export class CdpProbe {
  readonly session: CDPSession;
  readonly timers: TimerEvent[] = [];
  readonly requests: RequestEvent[] = [];
  /** Pauses that could not be classified (kept for debugging; should stay empty). */
  readonly otherPauses: string[] = [];
  readonly ledgerContexts = new Set<number>();
  private readonly contexts = new Map<number, ContextInfo>();
  private readonly scripts = new Map<string, { url: string; contextId: number }>();
  private readonly started = performance.now();
  private recording = true;
  private ledger = false;
  private openShadow = false;

  private constructor(session: CDPSession) {
    this.session = session;
  }

  /**
   * Attaches to a page (before it navigates). timers: instrumentation breakpoints; ledger: the
   * pending-timer ledger in the extension's world (implies timers); network: Network.requestWillBeSent.
   */
  static async attach(context: BrowserContext, page: Page, options: { timers?: boolean; ledger?: boolean; network?: boolean; openShadow?: boolean } = {}): Promise<CdpProbe> {
    const session = await context.newCDPSession(page);
    const probe = new CdpProbe(session);
    await probe.init(options);
    return probe;
  }

  private async init({ timers = false, ledger = false, network = false, openShadow = ledger }: { timers?: boolean; ledger?: boolean; network?: boolean; openShadow?: boolean }): Promise<void> {
    const s = this.session;
    this.ledger = ledger;
    // With a probe on the page, the probe opens the shadow root itself (launch with openShadow: false):
    // one session pausing before the content script, not two.
    this.openShadow = openShadow;
    s.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = (context.auxData ?? {}) as { frameId?: string; isDefault?: boolean; type?: string };
      this.contexts.set(context.id, {
        id: context.id,
        origin: context.origin,
        name: context.name,
        frameId: aux.frameId ?? '',
        isDefault: !!aux.isDefault,
        type: aux.type ?? '',
      });
    });
    s.on('Debugger.scriptParsed', (e) => {
      this.scripts.set(e.scriptId, { url: e.url, contextId: e.executionContextId });
    });
    s.on('Debugger.paused', (e) => void this.onPaused(e as unknown as PausedEvent));
    if (network) {
      s.on('Network.requestWillBeSent', (e) => {
        if (!this.recording) return;
        const frames = flatten(e.initiator.stack as StackTrace | undefined);
        let owner: Owner = 'page';
        if (e.initiator.url?.startsWith('chrome-extension://')) owner = 'extension';
        for (const f of frames) if (this.ownerOf(f.scriptId, f.url) === 'extension') owner = 'extension';
        this.requests.push({
          url: e.request.url,
          type: e.type ?? '',
          method: e.request.method,
          frameId: e.frameId ?? '',
          initiatorType: e.initiator.type,
          owner,
          stack: frames.map((f) => `${f.functionName || '(anonymous)'} ${f.url || this.scripts.get(f.scriptId)?.url || `script#${f.scriptId}`}:${f.lineNumber + 1}:${f.columnNumber + 1}`),
        });
      });
      await s.send('Network.enable');
    }
    await s.send('Runtime.enable');
    await s.send('Debugger.enable');
    await s.send('Debugger.setAsyncCallStackDepth', { maxDepth: 32 });
    if (timers || ledger) {
      for (const eventName of TIMER_BREAKPOINTS) await s.send('EventBreakpoints.setInstrumentationBreakpoint', { eventName });
    }
    if (ledger || openShadow) await s.send('EventBreakpoints.setInstrumentationBreakpoint', { eventName: 'scriptFirstStatement' });
  }

  /** Who owns a script: the extension's isolated world, the page, Playwright's utility world. */
  ownerOf(scriptId: string, url = ''): Owner {
    const script = this.scripts.get(scriptId);
    const scriptUrl = url || script?.url || '';
    if (scriptUrl.startsWith('chrome-extension://')) return 'extension';
    const ctx = script && this.contexts.get(script.contextId);
    if (!ctx) return 'unknown';
    if (ctx.origin.startsWith('chrome-extension://')) return 'extension';
    if (ctx.name.startsWith('__playwright_utility_world')) return 'playwright';
    if (ctx.isDefault) return 'page';
    return 'unknown';
  }

  private site(frame: CallFrameLike | undefined): Site | undefined {
    if (!frame) return undefined;
    return {
      owner: this.ownerOf(frame.scriptId, frame.url),
      url: frame.url || this.scripts.get(frame.scriptId)?.url || '',
      functionName: frame.functionName,
      line: frame.lineNumber + 1,
      column: frame.columnNumber + 1,
    };
  }

  /** The frame to show: the first whose script has a URL (skips the ledger's wrappers), else the caller. */
  private bestSite(frames: CallFrameLike[]): Site | undefined {
    const withUrl = frames.find((f) => f.url || this.scripts.get(f.scriptId)?.url);
    return this.site(withUrl ?? frames[0]);
  }

  private ancestors(trace: StackTrace | undefined): AsyncLink[] {
    const links: AsyncLink[] = [];
    for (let t = trace; t; t = t.parent) {
      links.push({ description: t.description ?? '', owner: t.callFrames[0] ? this.ownerOf(t.callFrames[0].scriptId, t.callFrames[0].url) : 'unknown', site: this.bestSite(t.callFrames) });
    }
    return links;
  }

  private async onPaused(e: PausedEvent): Promise<void> {
    const name = (e.data?.eventName ?? '').replace(/^instrumentation:/, '');
    // Another session's breakpoint (the harness opening the shadow root): that session resumes.
    if (name === 'scriptFirstStatement' && !this.ledger && !this.openShadow) return;
    try {
      const frames: CallFrameLike[] = e.callFrames.map((f) => ({ functionName: f.functionName, scriptId: f.location.scriptId, url: f.url, lineNumber: f.location.lineNumber, columnNumber: f.location.columnNumber ?? 0 }));
      if (name === 'scriptFirstStatement') {
        const top = frames[0];
        const script = top && this.scripts.get(top.scriptId);
        if (top && script && this.ownerOf(top.scriptId) === 'extension' && !this.ledgerContexts.has(script.contextId)) {
          this.ledgerContexts.add(script.contextId);
          if (this.ledger) await this.session.send('Debugger.evaluateOnCallFrame', { callFrameId: e.callFrames[0]!.callFrameId, expression: LEDGER_SOURCE, silent: true });
          if (this.openShadow) await this.session.send('Debugger.evaluateOnCallFrame', { callFrameId: e.callFrames[0]!.callFrameId, expression: OPEN_SHADOW_SOURCE, silent: true });
        }
        return;
      }
      const kind = API_OF[name];
      if (!kind) {
        this.otherPauses.push(`${e.reason}:${name}`);
        return;
      }
      if (!this.recording) return;
      const [api, phase] = kind;
      let owner: Owner;
      let site: Site | undefined;
      let ancestors: AsyncLink[];
      if (phase === 'callback') {
        // Paused just before the callback runs: the first async parent is the timer itself.
        const setter = e.asyncStackTrace;
        owner = setter?.callFrames[0] ? this.ownerOf(setter.callFrames[0].scriptId, setter.callFrames[0].url) : frames[0] ? this.ownerOf(frames[0].scriptId, frames[0].url) : 'unknown';
        site = setter ? this.bestSite(setter.callFrames) : this.bestSite(frames);
        ancestors = this.ancestors(setter?.parent);
      } else {
        owner = frames[0] ? this.ownerOf(frames[0].scriptId, frames[0].url) : 'unknown';
        site = this.bestSite(frames);
        ancestors = this.ancestors(e.asyncStackTrace);
      }
      this.timers.push({ seq: this.timers.length, t: performance.now() - this.started, api, phase, owner, site, ancestors });
    } finally {
      await this.session.send('Debugger.resume').catch(() => undefined);
    }
  }

  /** Index into `timers` (and `requests`) from which a window starts. */
  mark(): { timers: number; requests: number; t: number } {
    return { timers: this.timers.length, requests: this.requests.length, t: performance.now() - this.started };
  }

  timersSince(mark: { timers: number }, until?: { timers: number }): TimerEvent[] {
    return this.timers.slice(mark.timers, until?.timers);
  }

  /** The extension's isolated-world contexts seen so far (one per frame and navigation). */
  extensionContexts(): ContextInfo[] {
    return [...this.contexts.values()].filter((c) => c.origin.startsWith('chrome-extension://'));
  }

  /** The page's main frame id. */
  async mainFrameId(): Promise<string> {
    const { frameTree } = await this.session.send('Page.getFrameTree');
    return frameTree.frame.id;
  }

  /** The newest extension world of the main frame (or of frameId). */
  async extensionContext(frameId?: string): Promise<ContextInfo> {
    const frame = frameId ?? (await this.mainFrameId());
    const found = this.extensionContexts().filter((c) => c.frameId === frame).pop();
    if (!found) throw new Error(`No extension world in frame ${frame}: is the extension loaded and its content script injected?`);
    return found;
  }

  /** Evaluates in the extension's isolated world (as content-script code would run). */
  async evaluateInExtension<T = unknown>(expression: string, frameId?: string): Promise<T> {
    const ctx = await this.extensionContext(frameId);
    const { result, exceptionDetails } = await this.session.send('Runtime.evaluate', { expression, contextId: ctx.id, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`evaluate in the extension world failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  /** The extension's timers still scheduled (from the ledger), for the main frame's current world. */
  async pendingExtensionTimers(frameId?: string): Promise<LedgerEntry[]> {
    return this.evaluateInExtension<LedgerEntry[]>('globalThis.__clearsendProbe ? globalThis.__clearsendProbe.pending() : null', frameId).then((v) => {
      if (v === null) throw new Error('The timer ledger is not installed in the extension world.');
      return v;
    });
  }

  /** Every timer the extension created (from the ledger). */
  async createdExtensionTimers(frameId?: string): Promise<LedgerEntry[]> {
    return this.evaluateInExtension<LedgerEntry[]>('globalThis.__clearsendProbe ? globalThis.__clearsendProbe.created() : []', frameId);
  }

  async detach(): Promise<void> {
    this.recording = false;
    await this.session.detach().catch(() => undefined);
  }
}

interface PausedEvent {
  reason: string;
  data?: { eventName?: string };
  callFrames: { callFrameId: string; functionName: string; url: string; location: { scriptId: string; lineNumber: number; columnNumber?: number } }[];
  asyncStackTrace?: StackTrace;
}

function flatten(trace: StackTrace | undefined): CallFrameLike[] {
  const out: CallFrameLike[] = [];
  for (let t = trace; t; t = t.parent) out.push(...t.callFrames);
  return out;
}

export function describeSite(site: Site | undefined): string {
  if (!site) return '(no frame)';
  const file = site.url ? site.url.replace(/^chrome-extension:\/\/[a-p]{32}/, 'chrome-extension://<id>') : '(evaluated)';
  return `${site.functionName || '(anonymous)'} ${file}:${site.line}:${site.column}`;
}

export function describeTimer(e: TimerEvent): string {
  const chain = e.ancestors.map((a) => `${a.description || '?'}[${a.owner}]`).join(' <- ');
  return `#${e.seq} +${e.t.toFixed(0)}ms ${e.owner} ${e.api}${e.phase === 'set' ? '' : `.${e.phase}`} at ${describeSite(e.site)}${chain ? ` (async: ${chain})` : ''}`;
}

/** What a chain of timers is: an extension timer whose scheduling ran inside an extension timer or frame callback. */
const TIMER_PARENTS = new Set(['setTimeout', 'setInterval', 'requestAnimationFrame']);

export interface TimerFindings {
  /** Extension setInterval calls or interval callbacks. */
  intervals: TimerEvent[];
  /** Extension setTimeout/setInterval scheduled from inside an extension timer or rAF callback. */
  timerChains: TimerEvent[];
  /** Extension rAF scheduled from inside an extension rAF callback, or from a timer that was itself chained. */
  rafChains: TimerEvent[];
  /** Every extension event (set, clear, callback) in the window. */
  extension: TimerEvent[];
}

/**
 * Classifies a window of events. Allowed for the extension: a one-shot setTimeout scheduled from an
 * event listener (the keystroke debounce, reset by clearTimeout + setTimeout on the next key), and a
 * requestAnimationFrame scheduled from an event listener, an observer callback, or from that debounce's
 * callback (the layout after a check). Anything deeper is a chain.
 */
export function analyseTimers(events: TimerEvent[]): TimerFindings {
  const extension = events.filter((e) => e.owner === 'extension');
  const sets = extension.filter((e) => e.phase === 'set');
  const extTimerParents = (e: TimerEvent) => e.ancestors.filter((a) => a.owner === 'extension' && TIMER_PARENTS.has(a.description));
  return {
    intervals: extension.filter((e) => e.api === 'setInterval'),
    timerChains: sets.filter((e) => e.api !== 'requestAnimationFrame' && extTimerParents(e).length > 0),
    rafChains: sets.filter((e) => {
      if (e.api !== 'requestAnimationFrame') return false;
      const parents = extTimerParents(e);
      if (parents.length === 0) return false;
      // rAF from the debounce's callback: exactly one extension parent, a setTimeout.
      return !(parents.length === 1 && parents[0]!.description === 'setTimeout');
    }),
    extension,
  };
}

/** The cause of an extension rAF: 'event' (no async parent: a listener or observer ran it), else the nearest parent. */
export function causeOf(e: TimerEvent): string {
  const first = e.ancestors[0];
  if (!first) return 'event or observer';
  return `${first.description || '?'} [${first.owner}]`;
}
