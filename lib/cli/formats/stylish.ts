/**
 * The default, human report, in the manner of ESLint's "stylish": per input
 * with findings, its name, then per finding a row (line:column, severity,
 * rule, the matched text) and the message wrapped below it; a summary line
 * ends the report. Every line fits in `width` columns, except a file name,
 * which is never cut.
 */
import type { LocatedFinding } from '../locate';
import { fixLine, summaryLine, unreadNote, type Outcome } from '../report';
import { displayWidth, escapeVisible, truncate, wrap } from '../text';
import { SEVERITY_COLOR, TONE_COLOR, type Paint } from './paint';

/** Narrower terminals are treated as this wide, so a row still holds its columns. */
export const MIN_WIDTH = 40;
/** Columns a match needs beside its row before it moves to a line of its own. */
const MIN_MATCH = 12;

export function formatStylish(outcome: Outcome, options: { paint: Paint; width: number }): string {
  const { paint } = options;
  const width = Math.max(MIN_WIDTH, options.width);
  const blocks: string[] = [];

  for (const report of outcome.files) {
    const note = unreadNote(report);
    if (report.findings.length === 0 && note === null) continue;
    const lines = [paint('4', escapeVisible(report.name))];
    // Before the findings: it says how far to trust them (and their absence).
    if (note !== null) for (const [i, line] of wrap(note, width - 8).entries()) lines.push(`  ${i === 0 ? paint('2', 'note') : '    '}  ${line}`);
    if (report.findings.length === 0) {
      blocks.push(lines.join('\n'));
      continue;
    }
    const where = (f: LocatedFinding) => `${f.line}:${f.column}`;
    const whereWidth = Math.max(...report.findings.map((f) => where(f).length));
    const severityWidth = Math.max(...report.findings.map((f) => f.severity.length));
    const ruleWidth = Math.max(...report.findings.map((f) => f.rule.length));
    const indent = 2 + whereWidth + 2;
    const textWidth = width - indent;

    for (const f of report.findings) {
      const head = `  ${where(f).padEnd(whereWidth)}  ${f.severity.padEnd(severityWidth)}  ${f.rule.padEnd(ruleWidth)}  `;
      const escaped = escapeVisible(f.match);
      const row = `  ${paint('2', where(f).padEnd(whereWidth))}  ${paint(SEVERITY_COLOR[f.severity], f.severity)}${' '.repeat(severityWidth - f.severity.length)}  ${paint('2', f.rule)}`;
      const room = width - displayWidth(head) - 2;
      if (room >= Math.min(MIN_MATCH, displayWidth(escaped))) {
        lines.push(`${row}${' '.repeat(ruleWidth - f.rule.length)}  "${truncate(escaped, room)}"`);
      } else {
        // A narrow terminal: the match gets a line of its own.
        lines.push(row, `${' '.repeat(indent)}"${truncate(escaped, textWidth - 2)}"`);
      }
      for (const line of wrap(f.message, textWidth)) lines.push(' '.repeat(indent) + line);
      if (f.exception) for (const line of wrap(f.exception, textWidth)) lines.push(' '.repeat(indent) + paint('2', line));
    }
    blocks.push(lines.join('\n'));
  }

  const tail: string[] = [];
  const fixes = fixLine(outcome);
  if (fixes !== null) tail.push(...wrap(fixes, width));
  const summary = summaryLine(outcome);
  for (const line of wrap(summary.text, width)) tail.push(paint(TONE_COLOR[summary.tone], line));
  if (outcome.files.length === 0 && outcome.errors === 0) return '';
  return `${blocks.map((b) => `${b}\n\n`).join('')}${tail.join('\n')}\n`;
}
