import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { readFileSync } from 'node:fs';
import { judge, KNOWN_WRONG, knownWrongKeys, printReport } from '../../scripts/corpus-report';
import { caseKey } from '../../scripts/corpus-compare';

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

/**
 * The training batches (tests/corpus/training/) have no bar of their own, but what the rules get right there must stay
 * right: a round that teaches one language must not lose a violation of another (round ten lost four Russian,
 * Ukrainian and Polish ones unnoticed, their totals rounding the same). Every training case the detector gets wrong is
 * listed in known-wrong.txt; any other wrong one fails here. Rewrite the list (corpus-report --known-wrong) when a
 * change is meant to move it, and the diff shows which cases moved.
 */
describe('training batches: nothing the rules got right is lost', () => {
  const training = loadCorpus(new URL('../corpus/training/', import.meta.url).pathname, 'training/').map(judge);
  const known = knownWrongKeys(readFileSync(KNOWN_WRONG, 'utf8'));

  it('gets every training case right that known-wrong.txt does not list', () => {
    const lost = training
      .filter((v) => !v.ok && !known.has(caseKey(v.item.batch, v.item.text)))
      .map((v) => `${v.item.expect} ${v.item.file}:${v.item.line} ${v.item.text.slice(0, 160)} -> ${v.findings.map((f) => `${f.severity} ${f.rule}`).join(', ') || 'nothing'}`);
    expect(lost, lost.join('\n')).toEqual([]);
  });

  it('lists only training cases that exist', () => {
    const keys = new Set(training.map((v) => caseKey(v.item.batch, v.item.text)));
    expect([...known].filter((k) => !keys.has(k))).toEqual([]);
  });
});
