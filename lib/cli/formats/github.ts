/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
 * line per finding, which GitHub shows as an annotation on the file and line
 * in the pull request. Values are escaped as @actions/core escapes them.
 */
import path from 'node:path';
import type { Severity } from '../../detector/types';
import { summaryLine, fixLine, unreadNote, type Outcome } from '../report';
import { escapeVisible } from '../text';

const COMMAND: Record<Severity, string> = { violation: 'error', warning: 'warning', info: 'notice' };

/** A message: %, CR and LF would end or corrupt the command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also ':' and ',', which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** File paths relative to the working directory (the repository root in a workflow), with forward slashes. */
function workflowPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : file).split(path.sep).join('/');
}

export function formatGithub(outcome: Outcome, options: { cwd: string }): string {
  const lines: string[] = [];
  for (const report of outcome.files) {
    const note = unreadNote(report);
    if (note !== null) {
      const file = report.path !== undefined ? `file=${escapeProperty(workflowPath(report.path, options.cwd))},` : '';
      const title = report.unreadScript !== undefined ? 'clearsend: script not read' : 'clearsend: language not read';
      lines.push(`::notice ${file}title=${escapeProperty(title)}::${escapeData(note)}`);
    }
    for (const f of report.findings) {
      const props = [
        ...(report.path !== undefined ? [`file=${escapeProperty(workflowPath(report.path, options.cwd))}`] : []),
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`clearsend ${f.rule}`)}`,
      ];
      const text = `${f.message} Found: "${escapeVisible(f.match)}"${f.exception ? ` (${f.exception})` : ''}`;
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(text)}`);
    }
  }
  if (outcome.files.length === 0 && outcome.errors === 0) return '';
  const tail = [fixLine(outcome), summaryLine(outcome).text].filter((l): l is string => l !== null);
  return `${lines.map((l) => `${l}\n`).join('')}${tail.join('\n')}\n`;
}
