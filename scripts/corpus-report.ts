/** Prints precision, recall and false positives per category; `--misses` lists every wrong verdict. */
import { detect } from '../lib/index';
import { loadCorpus, type CorpusCase } from '../tests/corpus/load';
import type { Finding } from '../lib/detector/types';

export interface Verdict {
  item: CorpusCase;
  findings: Finding[];
  ok: boolean;
}

export function judge(item: CorpusCase): Verdict {
  const findings = detect(item.text, { surface: item.surface, ...item.context });
  const violations = findings.filter((f) => f.severity === 'violation');
  const flagged = findings.filter((f) => f.severity !== 'info');
  const ok =
    item.expect === 'violation' ? violations.length > 0 : item.expect === 'clean' ? flagged.length === 0 : violations.length === 0;
  return { item, findings, ok };
}

export function report(verdicts: Verdict[]) {
  const cats = [...new Set(verdicts.map((v) => v.item.category))].sort();
  const rows = cats.map((category) => {
    const of = (e: string) => verdicts.filter((v) => v.item.category === category && v.item.expect === e);
    const vio = of('violation');
    const clean = of('clean');
    const allowed = of('allowed');
    const tp = vio.filter((v) => v.ok).length;
    const fp = clean.filter((v) => !v.ok).length + allowed.filter((v) => !v.ok).length;
    return {
      category,
      violations: vio.length,
      recall: vio.length ? tp / vio.length : 1,
      precision: tp + fp ? tp / (tp + fp) : 1,
      clean: clean.length,
      cleanFalsePositives: clean.filter((v) => !v.ok).length,
      allowed: allowed.length,
      allowedFlagged: allowed.filter((v) => !v.ok).length,
    };
  });
  const all = (e: string) => verdicts.filter((v) => v.item.expect === e);
  const totals = {
    recall: all('violation').filter((v) => v.ok).length / all('violation').length,
    cleanFalsePositiveRate: all('clean').filter((v) => !v.ok).length / all('clean').length,
    allowedFlaggedRate: all('allowed').filter((v) => !v.ok).length / Math.max(1, all('allowed').length),
    cases: verdicts.length,
  };
  return { rows, totals };
}

export function printReport(verdicts: Verdict[]): ReturnType<typeof report> {
  const r = report(verdicts);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log('category          violations  recall  precision  clean  FP  allowed  flagged');
  for (const row of r.rows) {
    console.log(
      `${row.category.padEnd(18)}${String(row.violations).padStart(10)}  ${pct(row.recall).padStart(6)}  ${pct(row.precision).padStart(9)}  ${String(row.clean).padStart(5)}  ${String(row.cleanFalsePositives).padStart(2)}  ${String(row.allowed).padStart(7)}  ${String(row.allowedFlagged).padStart(7)}`,
    );
  }
  console.log(`total: ${r.totals.cases} cases, recall ${pct(r.totals.recall)}, false positives on clean ${pct(r.totals.cleanFalsePositiveRate)}, allowed flagged as violations ${pct(r.totals.allowedFlaggedRate)}`);
  return r;
}

if (process.argv[1]?.endsWith('corpus-report.ts')) {
  const verdicts = loadCorpus().map(judge);
  printReport(verdicts);
  if (process.argv.includes('--misses')) {
    for (const v of verdicts.filter((x) => !x.ok)) {
      console.log(`\n[${v.item.expect} ${v.item.category}] ${v.item.file}:${v.item.line} ${JSON.stringify(v.item.context ?? {})}\n  ${v.item.text.slice(0, 300)}`);
      for (const f of v.findings) console.log(`  -> ${f.severity} ${f.rule}: ${JSON.stringify(f.match)}`);
    }
  }
}
