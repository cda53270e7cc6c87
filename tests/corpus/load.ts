import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Category, DetectContext, Surface } from '../../lib/detector/types';

export interface CorpusCase {
  text: string;
  expect: 'violation' | 'clean' | 'allowed';
  category: Category;
  surface: Surface;
  context?: Partial<DetectContext>;
  source: string;
  file: string;
  line: number;
}

/** Every .jsonl file under `dir` (batches live in sub-folders), in a stable order. */
export function loadCorpus(dir = new URL('.', import.meta.url).pathname, prefix = ''): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) cases.push(...loadCorpus(path, `${prefix}${name}/`));
    else if (name.endsWith('.jsonl')) {
      readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
        if (raw.trim()) cases.push({ ...JSON.parse(raw), file: `${prefix}${name}`, line: i + 1 });
      });
    }
  }
  return cases;
}
