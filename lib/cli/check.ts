/**
 * One text through the detector and the CLI's own layers: rule levels (config
 * file and --rule), inline directives, then --quiet; and the fix loop on top.
 */
import type { DetectContext, Finding, OrganizationTerms } from '../detector/types';
import { rules } from '../rules/index';
import { detect } from '../index';
import { RULE_IDS, type RuleLevel } from './args';
import { isSilenced, maskDirectives, parseDirectives, type DirectiveProblem } from './directives';
import { applyFixesOnce, MAX_PASSES } from './fix';
import { lineStarts, locate, type LocatedFinding } from './locate';

export interface Settings {
  context: DetectContext;
  /** A level set for a rule replaces the severity of its findings, except those an exception lowered; 'off' drops them. */
  levels: Readonly<Record<string, RuleLevel>>;
  /** Report violations only. */
  quiet: boolean;
  /** Forbidden terms from the config file (rule agency-terms). */
  terms?: OrganizationTerms;
}

export interface Analysis {
  /** The findings to report, in text order. */
  reported: LocatedFinding[];
  /** Warnings after levels and directives, before --quiet hides them. */
  warningsFound: number;
  /** Directives naming rules that do not exist. */
  problems: DirectiveProblem[];
}

const OPT_IN: readonly string[] = rules.filter((r) => r.optIn).map((r) => r.id);

function withLevel(finding: Finding, level: RuleLevel | undefined): Finding | null {
  if (level === 'off') return null;
  if (level === undefined || finding.exception !== undefined || finding.severity === level) return finding;
  return { ...finding, severity: level };
}

export function analyse(text: string, settings: Settings): Analysis {
  const starts = lineStarts(text);
  const { directives, problems } = parseDirectives(text, RULE_IDS);
  const kept: LocatedFinding[] = [];
  const masked = directives.length === 0 ? text : maskDirectives(text);
  // An opt-in rule (the second opinion) runs when given a level other than off; a rule set to off does not run at all, as in
  // the extension (and when every rule of a category is off, the second opinion keeps quiet about that category: detect.ts).
  const enabled = new Set(OPT_IN.filter((id) => settings.levels[id] !== undefined && settings.levels[id] !== 'off'));
  const disabled = new Set(Object.keys(settings.levels).filter((id) => settings.levels[id] === 'off'));
  const all = detect(masked, settings.context, { enabled, disabled, ...(settings.terms && { terms: settings.terms }) });
  for (const found of all) {
    // The match as written, should a finding reach into a blanked directive.
    const raw = masked === text ? found : { ...found, match: text.slice(found.start, found.end) };
    const finding = withLevel(raw, settings.levels[raw.rule]);
    if (finding === null) continue;
    const located = locate(starts, finding);
    if (isSilenced(directives, finding.rule, finding.start, located.line)) continue;
    kept.push(located);
  }
  return {
    reported: settings.quiet ? kept.filter((f) => f.severity === 'violation') : kept,
    warningsFound: kept.filter((f) => f.severity === 'warning').length,
    problems,
  };
}

/**
 * Applies the fixes of the reported violations and warnings (info findings are
 * allowed text, so they are left alone) until none is left to apply.
 */
export function fixText(text: string, settings: Settings): { text: string; fixes: number } {
  let current = text;
  let fixes = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const wanted = analyse(current, settings)
      .reported.filter((f) => f.severity !== 'info')
      .flatMap((f) => (f.fix ? [f.fix] : []));
    if (wanted.length === 0) break;
    const result = applyFixesOnce(current, wanted);
    if (result.applied === 0) break;
    current = result.text;
    fixes += result.applied;
  }
  return { text: current, fixes };
}
