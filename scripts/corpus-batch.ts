import { loadCorpus } from '../tests/corpus/load';
import { judge, printReport } from './corpus-report';
const dir = new URL(`../tests/corpus/${process.argv[2] ?? ''}`, import.meta.url).pathname;
const verdicts = loadCorpus(dir).map(judge);
printReport(verdicts);
for (const v of verdicts.filter((x) => !x.ok)) {
  console.log(`\n[${v.item.expect} ${v.item.category}] ${v.item.file}:${v.item.line} ${JSON.stringify(v.item.context ?? {})}\n  ${v.item.text.slice(0, 400).replace(/\n/g, ' / ')}`);
  for (const f of v.findings) console.log(`  -> ${f.severity} ${f.rule}: ${JSON.stringify(f.match)}`);
}
