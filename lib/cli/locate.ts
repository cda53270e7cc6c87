import type { Finding } from '../detector/types';

/** A finding with its 1-based start and end. Columns count UTF-16 code units; the end column is one past the last character. */
export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Offsets where each line starts. "\n", "\r\n" and a lone "\r" all end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column of a UTF-16 offset. */
export function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function locate(starts: readonly number[], finding: Finding): LocatedFinding {
  const start = position(starts, finding.start);
  const end = position(starts, finding.end);
  return { ...finding, ...start, endLine: end.line, endColumn: end.column };
}
