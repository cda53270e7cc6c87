import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { judge, printReport } from '../../scripts/corpus-report';

/**
 * The whole labelled corpus (tests/corpus/, sources in SOURCES.md). The bar is
 * the issue's in-repo goal for recall (>= 0.98 on violations) and at most 0.5% of
 * clean texts flagged (raised from 97% and 1% in December 2026, once the corpus
 * passed them); allowed texts (policy exceptions) must not be reported as violations.
 * Held-out batches (tests/corpus/held-out/) are not part of it.
 */
describe('labelled corpus', () => {
  const cases = loadCorpus();
  const verdicts = cases.map(judge);
  const totals = printReport(verdicts);

  it('has at least 500 labelled cases, each with a source', () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    for (const c of cases) expect(c.source, `${c.file}:${c.line}`).toMatch(/\S/);
  });

  it('finds at least 98% of violations', () => {
    const missed = verdicts.filter((v) => v.item.expect === 'violation' && !v.ok).map((v) => `${v.item.file}:${v.item.line} ${v.item.text}`);
    expect(totals.recall, missed.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('flags at most 0.5% of clean texts', () => {
    const flagged = verdicts
      .filter((v) => v.item.expect === 'clean' && !v.ok)
      .map((v) => `${v.item.file}:${v.item.line} ${v.item.text} -> ${v.findings.map((f) => `${f.rule}:${JSON.stringify(f.match)}`).join(', ')}`);
    expect(totals.cleanFlagged / totals.clean, flagged.join('\n')).toBeLessThanOrEqual(0.005);
  });

  it('never reports an allowed (policy exception) text as a violation more than 0.5% of the time', () => {
    expect(totals.allowedViolations / totals.allowed).toBeLessThanOrEqual(0.005);
  });

  it('reports every category', () => {
    expect([...new Set(cases.map((c) => c.category))].sort()).toEqual(
      ['account-sharing', 'contact-request', 'contact-sharing', 'feedback', 'harassment', 'off-platform', 'payment'],
    );
  });
});
