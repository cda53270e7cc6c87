/**
 * One line per finding, for grep and editors' problem matchers, in the manner
 * of ESLint's "compact": `FILE: line L, col C, Severity - message "match" (rule)`.
 * Lines are not cut to the terminal width: a tool reads them.
 */
import { fixLine, summaryLine, unreadNote, type Outcome } from '../report';
import { escapeVisible } from '../text';

const LABEL = { violation: 'Violation', warning: 'Warning', info: 'Info' } as const;

export function formatCompact(outcome: Outcome): string {
  const lines: string[] = [];
  for (const report of outcome.files) {
    const name = escapeVisible(report.name);
    const note = unreadNote(report);
    if (note !== null) lines.push(`${name}: Note - ${note}`);
    for (const f of report.findings) {
      const exception = f.exception ? ` [${f.exception}]` : '';
      lines.push(`${name}: line ${f.line}, col ${f.column}, ${LABEL[f.severity]} - ${f.message} "${escapeVisible(f.match)}"${exception} (${f.rule})`);
    }
  }
  if (outcome.files.length === 0 && outcome.errors === 0) return '';
  const tail = [fixLine(outcome), summaryLine(outcome).text].filter((l): l is string => l !== null);
  return `${lines.map((l) => `${l}\n`).join('')}${lines.length > 0 ? '\n' : ''}${tail.join('\n')}\n`;
}
