/**
 * What a run found, and the two things derived from it that must agree: the
 * exit status and the summary line. Both are computed here, from the same
 * counts, so the words can never say "no problems" while the status fails.
 */
import { languageName } from '../detector/languages';
import { scriptName } from '../detector/scripts';
import type { Severity } from '../detector/types';
import type { FixMode } from './args';
import type { LocatedFinding } from './locate';

/** The result of checking one input. */
export interface FileReport {
  /** How human formats name the input: the path as given, "<stdin>", or --stdin-filename. */
  name: string;
  /** How JSON names it: the same, but "-" for standard input without --stdin-filename. */
  jsonName: string;
  /** Absolute path for SARIF and GitHub; undefined for standard input without --stdin-filename. */
  path: string | undefined;
  /** The findings reported (after rule settings, directives and --quiet), in text order. */
  findings: LocatedFinding[];
  /** Fixes applied (--fix) or that would be applied (--fix-dry-run). */
  fixes: number;
  /** The text after fixing, when --fix or --fix-dry-run changed it. */
  output?: string;
  /** ISO 15924 code of a script much of the text is in and the rules do not read (lib/detector/scripts.ts). */
  unreadScript?: string;
  /** ISO 639-1 code of a Latin-script language the text is in and the rules do not read (lib/detector/languages.ts). */
  unreadLanguage?: string;
}

export interface Counts {
  violations: number;
  warnings: number;
  info: number;
}

export interface Outcome {
  files: FileReport[];
  /**
   * Errors printed on standard error: an input that could not be read or
   * checked (missing, binary, a broken config file), an unknown rule in a
   * directive, fixes that were not written, a report that could not be saved.
   */
  errors: number;
  /** Warnings found, counted even when --quiet hides them (as ESLint does for --max-warnings). */
  warningsFound: number;
  maxWarnings: number | undefined;
  fix: FixMode;
}

const KEY: Record<Severity, keyof Counts> = { violation: 'violations', warning: 'warnings', info: 'info' };

/** What a report says about a text much of which is in a script or a language the rules do not read, or null. */
export function unreadNote(report: FileReport): string | null {
  if (report.unreadScript !== undefined) {
    const name = scriptName(report.unreadScript, 'en');
    return (
      `Part of this text is in ${name} script, which clearsend cannot read yet: there it finds only email addresses, ` +
      'links, phone numbers and words in Latin letters, so no finding there does not mean that part is fine.'
    );
  }
  if (report.unreadLanguage !== undefined) {
    const name = languageName(report.unreadLanguage, 'en');
    return (
      `Part of this text is in ${name}, which clearsend cannot read yet: there it finds only email addresses, ` +
      'links, phone numbers and the names of apps and services, so no finding there does not mean that part is fine.'
    );
  }
  return null;
}

export function countFindings(findings: readonly LocatedFinding[]): Counts {
  const counts: Counts = { violations: 0, warnings: 0, info: 0 };
  for (const f of findings) counts[KEY[f.severity]]++;
  return counts;
}

export function totals(outcome: Outcome): Counts {
  return countFindings(outcome.files.flatMap((f) => f.findings));
}

export function tooManyWarnings(outcome: Outcome): boolean {
  return outcome.maxWarnings !== undefined && outcome.warningsFound > outcome.maxWarnings;
}

/** 2: something could not be checked or written; 1: a violation, or more warnings than allowed; 0: otherwise. */
export function exitCode(outcome: Outcome): 0 | 1 | 2 {
  if (outcome.errors > 0) return 2;
  if (totals(outcome).violations > 0 || tooManyWarnings(outcome)) return 1;
  return 0;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function countsText(c: Counts): string {
  return `${plural(c.violations, 'violation')}, ${plural(c.warnings, 'warning')}, ${c.info} info`;
}

export type Tone = 'fail' | 'warn' | 'pass';

/** The closing line of the human formats, without a newline, and its tone (for colour). */
export function summaryLine(outcome: Outcome): { text: string; tone: Tone } {
  const c = totals(outcome);
  const problems = c.violations + c.warnings + c.info;
  const code = exitCode(outcome);
  if (code === 2) {
    const checked = outcome.files.length;
    const rest = checked === 0 ? 'nothing was checked' : `${plural(checked, 'input')} checked: ${countsText(c)}`;
    return { text: `✖ ${plural(outcome.errors, 'error')}; ${rest}`, tone: 'fail' };
  }
  if (code === 1) {
    if (c.violations > 0) return { text: `✖ ${plural(problems, 'problem')} (${countsText(c)})`, tone: 'fail' };
    return {
      text: `✖ ${plural(outcome.warningsFound, 'warning')}: more than --max-warnings ${outcome.maxWarnings} allows (no violations)`,
      tone: 'fail',
    };
  }
  if (c.warnings > 0) return { text: `⚠ No violations; ${plural(c.warnings, 'warning')}${c.info > 0 ? ` and ${c.info} info` : ''} to review`, tone: 'warn' };
  if (c.info > 0) return { text: `✔ No violations or warnings (${c.info} info: allowed by an exception)`, tone: 'pass' };
  const where = outcome.files.length === 1 ? '' : ` in ${outcome.files.length} files`;
  return { text: `✔ No problems found${where}.`, tone: 'pass' };
}

/** The line about fixes, or null when not fixing. */
export function fixLine(outcome: Outcome): string | null {
  if (outcome.fix === 'off') return null;
  const fixes = outcome.files.reduce((n, f) => n + f.fixes, 0);
  const files = outcome.files.filter((f) => f.fixes > 0).length;
  if (outcome.fix === 'dry-run') return `Would apply ${plural(fixes, 'fix', 'fixes')} to ${plural(files, 'file')} (--fix-dry-run: nothing was written).`;
  return `Applied ${plural(fixes, 'fix', 'fixes')} to ${plural(files, 'file')}.`;
}
