/**
 * Every Upwork selector the extension uses, in one place, each with the fixture
 * page that proves it (tests/fixtures/) and the public source it comes from
 * (../shared/UPWORK_DOM.md). When Upwork changes its markup, add the new
 * selector beside the old one: a markup change is a one-line fix here.
 *
 * Pure data: no DOM access happens in this module.
 */
import type { Surface } from '../detector/types';

export interface FieldSpec {
  /** Stable id, used in test names and announcements. */
  id: 'cover-letter' | 'screening-answer' | 'composer';
  /** Human name for screen readers: "cover letter", "message". */
  label: string;
  /** Old and new selectors; any match counts. */
  selectors: readonly string[];
  kind: 'textarea' | 'contenteditable';
  surface: Surface;
  /** Fixture page(s) that reproduce the markup, and the expected number of matches there. */
  evidence: readonly { fixture: string; count: number }[];
}

export const FIELDS: readonly FieldSpec[] = [
  {
    id: 'cover-letter',
    label: 'cover letter',
    // Stable across two design generations: the aria-labelledby link to #cover_letter_label.
    selectors: ['textarea[aria-labelledby="cover_letter_label"]', '.cover-letter-area textarea'],
    kind: 'textarea',
    surface: 'proposal',
    // Invitation replies (/nx/proposals/interview/uid/<id>) reuse the cover-letter markup.
    evidence: [
      { fixture: 'apply', count: 1 },
      { fixture: 'invitation', count: 1 },
    ],
  },
  {
    id: 'screening-answer',
    label: 'screening answer',
    selectors: ['.fe-proposal-job-questions .form-group textarea'],
    kind: 'textarea',
    surface: 'proposal',
    evidence: [{ fixture: 'apply', count: 2 }],
  },
  {
    id: 'composer',
    label: 'message',
    // TipTap/ProseMirror editor inside the Messages composer (also inside a proposal's room iframe).
    selectors: ['.up-d-composer .tiptap.ProseMirror[contenteditable="true"]', '.composer-container .ProseMirror[contenteditable="true"]'],
    kind: 'contenteditable',
    surface: 'message',
    evidence: [
      { fixture: 'messages', count: 1 },
      { fixture: 'proposalDetail', count: 1 },
    ],
  },
];

/** Buttons that send what was written. Clicks on them pass through the send guard. */
export const SEND_BUTTONS = {
  /** "Send for N Connects": a type=button with no <form>, so the click is what sends. */
  proposal: ['.fe-apply-footer-controls button.air3-btn-primary'],
  /**
   * The composer's round send button. The actions row has other round buttons (attach), so the
   * plain `.up-d-composer button.air3-btn-circle` from public scripts is narrowed to the send one.
   */
  composer: [
    '.up-d-composer button.air3-btn-circle[aria-label="Send"]',
    '.up-d-composer button.air3-btn-circle.air3-btn-primary',
    '.up-d-composer-actions button[aria-label="Send"]',
  ],
} as const;

/** One selector string matching any watched field. */
export const ANY_FIELD = FIELDS.flatMap((f) => f.selectors).join(', ');

/** Which field spec an element is, or undefined. */
export function fieldSpecOf(element: { matches(selector: string): boolean }): FieldSpec | undefined {
  return FIELDS.find((f) => f.selectors.some((s) => element.matches(s)));
}

/**
 * The conversation a page belongs to, for remembering "this client is
 * Enterprise" / "the contract has started": a Messages room or a job.
 */
export function conversationKey(pathname: string): string | null {
  const room = /\/messages\/rooms\/(room_[0-9a-f]+)/i.exec(pathname);
  if (room) return room[1]!;
  const job = /\/proposals\/job\/(~?[0-9a-z]+)/i.exec(pathname);
  if (job) return `job_${job[1]}`;
  const invitation = /\/proposals\/interview\/uid\/([0-9a-z]+)/i.exec(pathname);
  if (invitation) return `invitation_${invitation[1]}`;
  return null;
}
