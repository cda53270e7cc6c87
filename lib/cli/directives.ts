/**
 * Inline directives that silence findings in a template, such as a
 * placeholder address the agency fills in per client:
 *
 *   <!-- clearsend-disable-next-line contact-email -->     (Markdown: invisible when rendered)
 *   {{! clearsend-disable-line contact-link }}             (Handlebars/Mustache comment)
 *   # clearsend-disable contact-email, contact-phone       (any line in a .txt file)
 *   # clearsend-enable
 *
 * A directive is the word (`clearsend-disable`, `clearsend-enable`,
 * `clearsend-disable-line`, `clearsend-disable-next-line`) anywhere on a line,
 * followed by rule ids separated by commas or spaces (none: every rule), and
 * optionally ` -- a reason`. Whatever wraps it (`<!-- -->`, `{{! }}`, `#`,
 * `//`, `[ ]`) is ignored, so it works in any text format.
 */
import { lineStarts, position } from './locate';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Null: every rule. */
  rules: string[] | null;
  /** 1-based line of the directive. */
  line: number;
  /** Where the directive starts; a block directive takes effect from there, as in ESLint. */
  offset: number;
}

export interface DirectiveProblem {
  line: number;
  message: string;
}

const DIRECTIVE = /(?<![\w-])clearsend-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n\r]*)/g;
/** Closers of the comment styles people wrap a directive in. */
const CLOSER = /\s*(?:-->|\}\}|\*\/|\]|\))\s*$/;

/** Finds the directives in a text; unknown rule ids become problems. */
export function parseDirectives(text: string, ruleIds: readonly string[]): { directives: Directive[]; problems: DirectiveProblem[] } {
  const starts = lineStarts(text);
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const kind = m[1] as DirectiveKind;
    const { line } = position(starts, m.index);
    let rest = m[2]!;
    const reason = rest.search(/\s--(?:\s|$)/);
    if (reason !== -1) rest = rest.slice(0, reason);
    rest = rest.replace(CLOSER, '');
    const ids = rest.split(/[\s,]+/).filter((s) => s !== '');
    const unknown = ids.filter((id) => !ruleIds.includes(id));
    for (const id of unknown) {
      problems.push({ line, message: `unknown rule '${id}' in clearsend-${kind}; the rules are: ${ruleIds.join(', ')}` });
    }
    directives.push({ kind, rules: ids.length === 0 ? null : ids.filter((id) => ruleIds.includes(id)), line, offset: m.index });
  }
  return { directives, problems };
}

/**
 * The text with each directive (from its keyword to the end of its line)
 * blanked out with spaces, so offsets do not move and the rule ids and
 * reasons in it ("off-platform", "the client's email") are not reported.
 */
export function maskDirectives(text: string): string {
  return text.replace(DIRECTIVE, (m) => ' '.repeat(m.length));
}

function covers(directive: Directive, rule: string): boolean {
  return directive.rules === null || directive.rules.includes(rule);
}

/** Whether a finding of `rule` starting at `offset` (on `line`) is silenced. */
export function isSilenced(directives: readonly Directive[], rule: string, offset: number, line: number): boolean {
  let silenced = false;
  for (const d of directives) {
    if (d.kind === 'disable-line' && d.line === line && covers(d, rule)) return true;
    if (d.kind === 'disable-next-line' && d.line + 1 === line && covers(d, rule)) return true;
    if (d.offset > offset || !covers(d, rule)) continue;
    if (d.kind === 'disable') silenced = true;
    else if (d.kind === 'enable') silenced = false;
  }
  return silenced;
}
