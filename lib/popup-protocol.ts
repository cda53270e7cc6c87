/**
 * What the popup and the content script say to each other (no other party can: web pages have
 * no way to send runtime messages to Clearsend, as the manifest declares no
 * externally_connectable; see PRIVACY.md). The popup asks each frame of the active tab with
 * tabs.sendMessage; each frame answers and also reports its state with runtime.sendMessage, so
 * the popup hears from every frame (a Messages room inside a proposal page is a frame of its
 * own) and not only from the first to answer. Shapes are checked strictly on both sides.
 */

export type FieldKind = 'cover-letter' | 'screening-answer' | 'composer';

export type PopupRequest = { type: 'clearsend:status' } | { type: 'clearsend:pause'; paused: boolean };

export interface FrameState {
  type: 'clearsend:state';
  paused: boolean;
  fields: { kind: FieldKind; findings: number }[];
}

const KINDS: readonly string[] = ['cover-letter', 'screening-answer', 'composer'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOnly = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));

/** A request from the popup, or null for anything else. */
export function readPopupRequest(message: unknown): PopupRequest | null {
  if (!isRecord(message)) return null;
  if (message.type === 'clearsend:status' && hasOnly(message, ['type'])) return { type: 'clearsend:status' };
  if (message.type === 'clearsend:pause' && typeof message.paused === 'boolean' && hasOnly(message, ['type', 'paused'])) {
    return { type: 'clearsend:pause', paused: message.paused };
  }
  return null;
}

/** A frame's state as the content script reports it, or null for anything else. */
export function readFrameState(message: unknown): FrameState | null {
  if (!isRecord(message) || message.type !== 'clearsend:state' || !hasOnly(message, ['type', 'paused', 'fields'])) return null;
  if (typeof message.paused !== 'boolean' || !Array.isArray(message.fields) || message.fields.length > 100) return null;
  const fields: FrameState['fields'] = [];
  for (const f of message.fields as unknown[]) {
    if (!isRecord(f) || !hasOnly(f, ['kind', 'findings']) || typeof f.kind !== 'string' || !KINDS.includes(f.kind)) return null;
    if (typeof f.findings !== 'number' || !Number.isInteger(f.findings) || f.findings < 0) return null;
    fields.push({ kind: f.kind as FieldKind, findings: f.findings });
  }
  return { type: 'clearsend:state', paused: message.paused, fields };
}
