/**
 * Machine-readable report: one entry per input checked, with its counts and
 * findings (the detector's fields plus line, column, endLine and endColumn).
 * With --fix or --fix-dry-run, also how many fixes were applied and, when the
 * text changed, the fixed text as `output` (as ESLint does).
 */
import { countFindings, type Outcome } from '../report';

export function formatJson(outcome: Outcome): string {
  const entries = outcome.files.map((r) => ({
    file: r.jsonName,
    ...countFindings(r.findings),
    findings: r.findings,
    ...(outcome.fix !== 'off' && { fixes: r.fixes }),
    ...(r.output !== undefined && { output: r.output }),
    ...(r.unreadScript !== undefined && { unreadScript: r.unreadScript }),
    ...(r.unreadLanguage !== undefined && { unreadLanguage: r.unreadLanguage }),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
