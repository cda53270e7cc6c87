/**
 * Checks the examples in docs/rules/<id>.md against the detector.
 *
 *   npx tsx scripts/check-doc-examples.ts
 *
 * Every backticked bullet under "### Flagged" must produce a finding from that
 * rule with severity violation or warning (as `detect` returns it, default
 * context). Every backticked bullet under "### Not flagged" must produce no
 * violation or warning from that rule, even when the rule runs alone (so that
 * a finding hidden by another rule of the same category still counts).
 *
 * A rule that needs a memory of sent letters (repeated-cover-letter) says what
 * was sent in fenced blocks tagged `sent` in its doc: each block is one letter,
 * taken as sent in the last days, and its examples are checked as cover letters
 * against those (see `sentContext`).
 * Exits 1 and prints each mismatch when the docs and the detector disagree.
 *
 * A rule that needs configuration (agency-terms) gives it in a ```json block
 * under "## Examples": its examples are checked with those terms
 * (`detect(text, {}, { terms })`).
 *
 * tests/unit/meta.test.ts imports `checkDocExamples` and `extractExamples`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detect } from '../lib/detector/detect';
import type { Rule } from '../lib/detector/rule';
import type { DetectContext, Finding, OrganizationTerms } from '../lib/detector/types';
import { emptyStore, fingerprint } from '../lib/cover-letters';
import { rules as registry } from '../lib/rules/index';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface DocExamples {
  flagged: string[];
  notFlagged: string[];
}

export interface Mismatch {
  rule: string;
  /** Which list the example is in. */
  list: 'Flagged' | 'Not flagged';
  text: string;
  /** What the detector did instead, in plain words. */
  problem: string;
}

export interface DocExamplesReport {
  /** Number of examples checked. */
  checked: number;
  mismatches: Mismatch[];
}

/** One backticked example per bullet: "- `text`", optionally followed by a note. */
const BULLET = /^\s*[-*]\s+`([^`]+)`/;

/** Reads the backticked bullets under "### Flagged" and "### Not flagged". */
export function extractExamples(markdown: string): DocExamples {
  const out: DocExamples = { flagged: [], notFlagged: [] };
  let list: string[] | null = null;
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      const title = heading[2]!.toLowerCase();
      list = heading[1] === '###' && title === 'flagged' ? out.flagged : heading[1] === '###' && title === 'not flagged' ? out.notFlagged : null;
      continue;
    }
    const bullet = list && BULLET.exec(line);
    if (list && bullet) list.push(bullet[1]!);
  }
  return out;
}

/** The terms in the first ```json block under "## Examples", or undefined when there is none. */
export function extractExampleTerms(markdown: string): OrganizationTerms | undefined {
  const examples = /^## Examples\s*$([\s\S]*?)^### /m.exec(markdown)?.[1] ?? '';
  const block = /^```json\s*$([\s\S]*?)^```\s*$/m.exec(examples)?.[1];
  return block === undefined ? undefined : (JSON.parse(block) as OrganizationTerms);
}

/** The letters in fenced blocks tagged `sent` (```sent ... ```), one per block. */
export function extractSent(markdown: string): string[] {
  return [...markdown.matchAll(/^```sent[ \t]*\r?\n([\s\S]*?)^```/gm)].map((m) => m[1]!.trim());
}

/** Fixed, so the docs check the same way on every machine. */
const DOC_SALT = 'ZG9jLWV4YW1wbGVzLXNhbHQ=';
const DOC_NOW = Date.UTC(2026, 0, 15, 12);

/** The context of a cover letter written after sending `letters`, one a day going back from now. */
export function sentContext(letters: readonly string[]): Partial<DetectContext> {
  const store = emptyStore(DOC_SALT);
  const prints = letters.map((text, k) => {
    const sig = fingerprint(text, store.salt);
    if (!sig) throw new Error(`a sent letter in the docs is too short to fingerprint: ${text.slice(0, 60)}`);
    return { at: DOC_NOW - (k + 1) * 86_400_000 + 3_600_000, sig };
  });
  return { surface: 'proposal', sentLetters: { salt: store.salt, prints, threshold: 0.8, retentionDays: 30, now: DOC_NOW } };
}

const reported = (f: Finding) => f.severity === 'violation' || f.severity === 'warning';

function describe(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  return findings.map((f) => `${f.rule}/${f.severity} on "${f.match}"`).join(', ');
}

/** Checks one rule's examples. */
export function checkRuleExamples(rule: Rule, examples: DocExamples, context: Partial<DetectContext> = {}, terms?: OrganizationTerms): Mismatch[] {
  const mismatches: Mismatch[] = [];
  // An opt-in rule (the second opinion) runs for its own examples.
  const options = { ...(terms && { terms }), ...(rule.optIn && { enabled: new Set([rule.id]) }) };
  for (const text of examples.flagged) {
    const findings = detect(text, context, options);
    if (!findings.some((f) => f.rule === rule.id && reported(f))) {
      mismatches.push({ rule: rule.id, list: 'Flagged', text, problem: `expected a ${rule.id} violation or warning, got ${describe(findings)}` });
    }
  }
  for (const text of examples.notFlagged) {
    const alone = detect(text, context, { ...options, rules: [rule] }).filter(reported);
    if (alone.length > 0) {
      mismatches.push({ rule: rule.id, list: 'Not flagged', text, problem: `expected no ${rule.id} violation or warning, got ${describe(alone)}` });
    }
  }
  return mismatches;
}

/** Checks the examples of every registered rule's doc. A missing doc is a mismatch too. */
export function checkDocExamples(options: { root?: string; rules?: readonly Rule[] } = {}): DocExamplesReport {
  const root = options.root ?? ROOT;
  const report: DocExamplesReport = { checked: 0, mismatches: [] };
  for (const rule of options.rules ?? registry) {
    const file = join(root, 'docs', 'rules', `${rule.id}.md`);
    if (!existsSync(file)) {
      report.mismatches.push({ rule: rule.id, list: 'Flagged', text: '', problem: `missing doc ${file}` });
      continue;
    }
    const markdown = readFileSync(file, 'utf8');
    const examples = extractExamples(markdown);
    const sent = extractSent(markdown);
    report.checked += examples.flagged.length + examples.notFlagged.length;
    report.mismatches.push(...checkRuleExamples(rule, examples, sent.length > 0 ? sentContext(sent) : {}, extractExampleTerms(markdown)));
  }
  return report;
}

/** One line per mismatch. */
export function formatMismatch(m: Mismatch): string {
  return `docs/rules/${m.rule}.md, ${m.list}: \`${m.text}\`: ${m.problem}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { checked, mismatches } = checkDocExamples();
  for (const m of mismatches) console.error(formatMismatch(m));
  if (mismatches.length > 0) {
    console.error(`${mismatches.length} of ${checked} doc examples disagree with the detector.`);
    process.exit(1);
  }
  console.log(`All ${checked} doc examples agree with the detector.`);
}
