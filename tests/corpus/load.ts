import { readdirSync, readFileSync } from 'node:fs';
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

export function loadCorpus(dir = new URL('.', import.meta.url).pathname): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((raw, i) => {
      if (raw.trim()) cases.push({ ...JSON.parse(raw), file, line: i + 1 });
    });
  }
  return cases;
}
