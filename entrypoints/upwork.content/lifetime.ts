/**
 * How long this copy of the content script may act. Two things end it: the
 * field or page going away (ordinary AbortSignals), and the extension being
 * reloaded, updated or removed while the tab stays open. In the second case
 * the browser keeps the old script running but cuts it off from the
 * extension (`runtime.id` turns undefined, storage calls throw "Extension
 * context invalidated"). Every entry point (event listener, observer, frame
 * and storage callback) goes through `run`, which checks that first and, for an
 * orphan, removes everything quietly instead of throwing into the page.
 *
 * Nothing here listens to the page: the page cannot end this script or keep it
 * alive.
 */
import { extensionLoaded } from './wxt-context';

export class Lifetime {
  private readonly controller = new AbortController();

  constructor(parent?: AbortSignal) {
    parent?.addEventListener('abort', () => this.controller.abort(), { once: true, signal: this.controller.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True while this script may act; the first call after the extension went away tears it down. */
  alive(): boolean {
    if (this.controller.signal.aborted) return false;
    if (extensionLoaded()) return true;
    this.controller.abort();
    return false;
  }

  /**
   * Wraps an entry point: it runs only while alive. An error thrown because the
   * extension went away during the call is swallowed after tearing down; any
   * other error is a bug and is rethrown (it surfaces in the extension's own
   * error log, never as a page error).
   */
  run<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      if (!this.alive()) return;
      try {
        fn(...args);
      } catch (error) {
        if (this.alive()) throw error;
      }
    };
  }
}

/** Only the person's own input counts: events a page script dispatches (isTrusted false) are ignored. */
export const trusted = (e: Event): boolean => e.isTrusted;
