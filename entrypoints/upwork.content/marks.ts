/**
 * Findings as the person sees them: findings that cover the same or overlapping characters
 * (an email address inside a sentence that also asks to move off Upwork) are one mark, with one
 * underline, one card that lists them all, and one in the badge's count. Pure.
 */
import { worstSeverity } from '../../lib/detector/detect';
import type { Finding, Severity } from '../../lib/detector/types';

export interface Mark {
  /** In text order; at least one. */
  findings: Finding[];
  /** The characters the mark underlines: from the first finding's start to the furthest end. */
  start: number;
  end: number;
  severity: Severity;
}

/** Groups findings into marks. Linear after sorting. */
export function marksOf(findings: readonly Finding[]): Mark[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: Mark[] = [];
  let current: Mark | null = null;
  for (const f of sorted) {
    if (current && f.start < current.end) {
      current.findings.push(f);
      current.end = Math.max(current.end, f.end);
      continue;
    }
    current = { findings: [f], start: f.start, end: f.end, severity: f.severity };
    marks.push(current);
  }
  for (const m of marks) m.severity = worstSeverity(m.findings)!;
  return marks;
}
