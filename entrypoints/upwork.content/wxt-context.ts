/**
 * Stands in for WXT's ContentScriptContext in the content script build (aliased
 * in wxt.config.ts). WXT's own class announces every start with a DOM event
 * named after the extension id and stops itself when the document receives that
 * event from "another" instance. The page can both read that event name (it
 * tells the page the extension is installed) and dispatch it (one line of page
 * script switched Clearsend off). This class does neither: it dispatches
 * nothing and listens to nothing on the page. The content script's lifetime is
 * decided by the browser instead (see lifetime.ts): an instance stops when its
 * extension was reloaded, updated or removed, which the page cannot fake.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (!extensionLoaded()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.abort('extension context invalidated');
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }
}

/** False once the extension that injected this script is reloaded, updated or removed. */
export function extensionLoaded(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}
