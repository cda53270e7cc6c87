import type { Finding, Severity } from '../detector/types';

/** A finding with its 1-based position. Columns count UTF-16 code units. */
export interface LocatedFinding extends Finding {
  line: number;
  column: number;
}

/** The result of checking one input. */
export interface Report {
  /** How the human report names the input: the path as given, or "<stdin>". */
  display: string;
  /** How the JSON report names it: the same path, or "-" for standard input. */
  file: string;
  findings: LocatedFinding[];
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

export function locate(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const starts = lineStarts(text);
  return findings.map((f) => ({ ...f, ...position(starts, f.start) }));
}

export function formatJson(reports: readonly Report[]): string {
  return `${JSON.stringify(
    reports.map((r) => ({ file: r.file, findings: r.findings })),
    null,
    2,
  )}\n`;
}

type Paint = (code: string, s: string) => string;

const plain: Paint = (_code, s) => s;
const ansi: Paint = (code, s) => `\u001b[${code}m${s}\u001b[0m`;

const SEVERITY_COLOR: Record<Severity, string> = { violation: '31', warning: '33', info: '36' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A report in the manner of ESLint's "stylish" formatter: per input with
 * findings, its name and one aligned row per finding; then a summary line.
 * Returns '' when no input was checked.
 */
export function formatStylish(reports: readonly Report[], options: { color: boolean }): string {
  const paint = options.color ? ansi : plain;
  const blocks: string[] = [];
  const count: Record<Severity, number> = { violation: 0, warning: 0, info: 0 };

  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const rows = report.findings.map((f) => ({ line: String(f.line), column: String(f.column), f }));
    const lineWidth = Math.max(...rows.map((r) => r.line.length));
    const columnWidth = Math.max(...rows.map((r) => r.column.length));
    const severityWidth = Math.max(...rows.map((r) => r.f.severity.length));
    const messageWidth = Math.max(...rows.map((r) => r.f.message.length));
    const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);

    const lines = [paint('4', report.display)];
    for (const { line, column, f } of rows) {
      count[f.severity]++;
      const where = `${line.padStart(lineWidth)}:${column.padEnd(columnWidth)}`;
      const severity = paint(SEVERITY_COLOR[f.severity], f.severity) + ' '.repeat(severityWidth - f.severity.length);
      const message = f.message + ' '.repeat(messageWidth - f.message.length);
      lines.push(`  ${paint('2', where)}  ${severity}  ${message}  ${paint('2', f.rule)}`);
      if (f.exception) lines.push(indent + paint('2', f.exception));
    }
    blocks.push(lines.join('\n'));
  }

  if (blocks.length === 0) {
    if (reports.length === 0) return '';
    const where = reports.length === 1 ? '' : ` in ${reports.length} files`;
    return `${paint('32', `✔ No problems found${where}.`)}\n`;
  }

  const total = count.violation + count.warning + count.info;
  const summary = `✖ ${plural(total, 'problem')} (${plural(count.violation, 'violation')}, ${plural(count.warning, 'warning')}, ${count.info} info)`;
  const summaryColor = count.violation > 0 ? '1;31' : count.warning > 0 ? '1;33' : '1;36';
  return `${blocks.join('\n\n')}\n\n${paint(summaryColor, summary)}\n`;
}
