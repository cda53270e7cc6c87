/**
 * Answers Clearsend's popup: which fields this frame watches with their counts, and "pause on
 * this tab". Only the extension's own pages can ask (sender id and origin are checked, and the
 * message shape strictly); web pages cannot send runtime messages to Clearsend at all (no
 * externally_connectable). The answer goes back to the asker and is also reported with
 * runtime.sendMessage, so the popup hears from every frame of the tab (see
 * lib/popup-protocol.ts). Nothing is stored: a pause lasts until unpaused or the tab reloads.
 */
import { readPopupRequest, type FrameState } from '../../lib/popup-protocol';
import { removeQuietly } from './conversation';
import type { Lifetime } from './lifetime';

export interface PopupHost {
  state(): Omit<FrameState, 'type'>;
  pause(paused: boolean): void;
  /** Resolves when every watched field's latest text is checked. */
  settled(): Promise<void>;
}

export function answerPopup(life: Lifetime, host: PopupHost): void {
  const listener = (message: unknown, sender: { id?: string; url?: string }): Promise<FrameState> | undefined => {
    if (!life.alive()) return undefined;
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    const request = readPopupRequest(message);
    if (!request) return undefined;
    if (request.type === 'clearsend:pause') host.pause(request.paused);
    // Counts of a check still under way (a long text, a slow machine, the fields just unpaused)
    // would be wrong: the answer waits until every field's latest text is checked.
    return host.settled().then(() => {
      const state: FrameState = { type: 'clearsend:state', ...host.state() };
      try {
        if (life.alive()) browser.runtime.sendMessage(state).catch(() => undefined); // the popup may have closed
      } catch {
        life.alive();
      }
      return state;
    });
  };
  browser.runtime.onMessage.addListener(listener);
  life.signal.addEventListener('abort', () => removeQuietly(() => browser.runtime.onMessage.removeListener(listener)), { once: true });
}
