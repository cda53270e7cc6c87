/**
 * SARIF 2.1.0, the format GitHub code scanning (and other dashboards) import:
 * one run whose driver lists every rule, one result per finding. Paths inside
 * the working directory are relative to %SRCROOT% (the working directory),
 * which is what code scanning expects when the check runs at the repository
 * root. Columns are UTF-16 code units, as declared by `columnKind`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Severity } from '../../detector/types';
import { POLICY, rules } from '../../index';
import { exitCode, type Outcome } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, Sarif.Result.level> = { violation: 'error', warning: 'warning', info: 'note' };
/** GitHub's own severity scale for problems that are not security alerts. */
const PROBLEM_SEVERITY: Record<Severity, string> = { violation: 'error', warning: 'warning', info: 'recommendation' };

/** A relative URI reference: each path segment percent-encoded, joined by "/". */
function relativeUri(relative: string): string {
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

function artifactLocation(file: string | undefined, cwd: string): Sarif.ArtifactLocation {
  if (file === undefined) return { uri: 'stdin' };
  const relative = path.relative(cwd, file);
  if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) return { uri: relativeUri(relative), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(file).href };
}

export function toSarif(outcome: Outcome, options: { cwd: string; version: string }): Sarif.Log {
  const driverRules: Sarif.ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} Source: ${POLICY[rule.policy]}.` },
    help: {
      text:
        `${rule.description}\n\nSource: ${POLICY[rule.policy]}.\n` +
        `${rule.optIn ? `Off unless asked for (--rule ${rule.id}=warning). ` : ''}See docs/rules/${rule.id}.md in the Clearsend repository.`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    // An opt-in rule (the second opinion) is a model's reading, right less often than a pattern's match.
    properties: {
      tags: rule.category === 'several' ? ['clearsend'] : ['clearsend', rule.category],
      precision: rule.optIn ? 'medium' : 'high',
      'problem.severity': PROBLEM_SEVERITY[rule.severity],
    },
  }));
  driverRules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(driverRules.map((r, i) => [r.id, i]));

  const results: Sarif.Result[] = [];
  for (const report of outcome.files) {
    const location = artifactLocation(report.path, options.cwd);
    for (const f of report.findings) {
      results.push({
        ruleId: f.rule,
        ...(ruleIndex.has(f.rule) && { ruleIndex: ruleIndex.get(f.rule)! }),
        level: LEVEL[f.severity],
        message: { text: f.exception ? `${f.message} ${f.exception}` : f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: f.line,
                startColumn: f.column,
                endLine: f.endLine,
                endColumn: f.endColumn,
                snippet: { text: f.match },
              },
            },
          },
        ],
      });
    }
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'clearsend', semanticVersion: options.version, version: options.version, rules: driverRules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd.endsWith(path.sep) ? options.cwd : options.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: exitCode(outcome) !== 2 }],
        results,
      },
    ],
  };
}

export function formatSarif(outcome: Outcome, options: { cwd: string; version: string }): string {
  return `${JSON.stringify(toSarif(outcome, options), null, 2)}\n`;
}
