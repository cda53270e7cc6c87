/**
 * Applying the detector's suggested edits to a text, and deciding whether a
 * file may be written over.
 *
 * Each pass applies the fixes that do not overlap, from the start of the text:
 * a fix whose range overlaps or touches one already taken waits for the next
 * pass, which runs the detector again on the edited text (so a sentence
 * rewritten as a whole takes the email inside it with it, and no fix is ever
 * applied to offsets that moved). Two findings that suggest the same edit
 * share it. At most MAX_PASSES passes.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { Fix } from '../detector/types';

export const MAX_PASSES = 10;

/**
 * A fix narrowed so that it never takes half of a CRLF line end (a sentence
 * range can end on the "\r"), which would leave a file with mixed line ends.
 */
export function keepLineEnds(text: string, fix: Fix): Fix {
  let { start, end } = fix;
  if (end > start && text[end - 1] === '\r' && text[end] === '\n' && !fix.replacement.endsWith('\r')) end--;
  if (end > start && text[start - 1] === '\r' && text[start] === '\n' && !fix.replacement.startsWith('\n')) start++;
  return start === fix.start && end === fix.end ? fix : { ...fix, start, end };
}

/** Applies the non-overlapping fixes among `fixes`; returns the new text and how many edits were made. */
export function applyFixesOnce(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const sorted = fixes.map((f) => keepLineEnds(text, f)).sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: Fix[] = [];
  for (const fix of sorted) {
    if (fix.start < 0 || fix.end > text.length || fix.start > fix.end) continue;
    if (text.slice(fix.start, fix.end) === fix.replacement) continue;
    const last = taken[taken.length - 1];
    if (last && last.start === fix.start && last.end === fix.end && last.replacement === fix.replacement) continue;
    if (last && fix.start <= last.end) continue;
    taken.push(fix);
  }
  let out = text;
  for (let i = taken.length - 1; i >= 0; i--) {
    const fix = taken[i]!;
    out = out.slice(0, fix.start) + fix.replacement + out.slice(fix.end);
  }
  return { text: out, applied: taken.length };
}

/** Where a file stands in git: whether overwriting it can be undone with git. */
export type GitState = 'clean' | 'modified' | 'untracked' | 'no-repository';

/** Asks git about one file; anything but a clean, tracked file in a work tree is "not safe". */
export function gitState(file: string): Promise<GitState> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['status', '--porcelain=v1', '--ignored', '-z', '--', path.basename(file)],
      { cwd: path.dirname(file), encoding: 'utf8', windowsHide: true },
      (error, stdout) => {
        if (error) return resolve('no-repository');
        if (stdout === '') return resolve('clean');
        resolve(stdout.startsWith('??') || stdout.startsWith('!!') ? 'untracked' : 'modified');
      },
    );
  });
}

/** Why a file is not written without --fix-backup. */
export function unsafeReason(state: Exclude<GitState, 'clean'>): string {
  switch (state) {
    case 'modified':
      return 'it has uncommitted changes';
    case 'untracked':
      return 'it is not committed to git';
    case 'no-repository':
      return 'it is not in a git work tree';
  }
}
