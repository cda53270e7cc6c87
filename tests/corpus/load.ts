import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Category, DetectContext, Surface } from '../../lib/detector/types';

/** The corpus line format; a malformed line fails with its file and line number. */
const CaseSchema = z.strictObject({
  text: z.string().min(1),
  expect: z.enum(['violation', 'clean', 'allowed']),
  category: z.enum(['contact-sharing', 'contact-request', 'off-platform', 'payment', 'feedback', 'account-sharing', 'harassment']),
  surface: z.enum(['proposal', 'message']),
  context: z
    .strictObject({
      client: z.enum(['standard', 'enterprise']).optional(),
      contract: z.enum(['none', 'active']).optional(),
      role: z.enum(['freelancer', 'client']).optional(),
    })
    .optional(),
  /** ISO 639-1 code, with -Latn for a language written in Latin letters ("hi-Latn"); English when absent. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-Latn)?$/).optional(),
  source: z.string().min(1),
});

export interface CorpusCase {
  text: string;
  expect: 'violation' | 'clean' | 'allowed';
  category: Category;
  surface: Surface;
  context?: Partial<DetectContext>;
  source: string;
  lang: string;
  /** The batch the case belongs to: its folder ("batch2"), or "batch1" for the top level. */
  batch: string;
  file: string;
  line: number;
}

/** Every .jsonl file under `dir` (batches live in sub-folders), in a stable order. */
export function loadCorpus(dir = new URL('.', import.meta.url).pathname, prefix = '', batch = 'batch1'): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (/^batch\d+$/.test(name)) cases.push(...loadCorpus(path, `${prefix}${name}/`, name));
    } else if (name.endsWith('.jsonl')) cases.push(...loadFile(path, `${prefix}${name}`, batch));
  }
  return cases;
}

/** One .jsonl file of cases; a malformed line fails with its file and line number. */
export function loadFile(path: string, file: string, batch: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const parsed = CaseSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${z.prettifyError(parsed.error)}`);
    cases.push({ ...parsed.data, lang: parsed.data.lang ?? 'en', batch, file, line: i + 1 });
  });
  return cases;
}
