/**
 * The rules as they were in the commit before a corpus batch entered the repository (git history),
 * so that a batch can be read at first contact: by rules that had never seen it. Extracted once
 * under node_modules/.cache/. A batch with no such commit (the first one, or one not committed yet)
 * gets the current rules, and `fresh` says so. Used by eval-classifier.ts (--rules-before-batch) and
 * scripts/experiments/classifier-veto/score.mts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detect } from '../lib/index';

export type Detect = typeof detect;

export async function rulesBefore(batch: string): Promise<{ detect: Detect; label: string; fresh: boolean }> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const folder = batch === 'batch1' ? 'tests/corpus/clean.jsonl' : `tests/corpus/${batch}`;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const added = git('log', '--diff-filter=A', '--format=%H', '--', folder).split('\n').filter(Boolean).at(-1);
  const parent = added && git('rev-list', '--parents', '-n', '1', added).split(' ')[1];
  if (!parent) return { detect, label: 'current rules (no earlier commit)', fresh: false };
  const dir = `${root}node_modules/.cache/clearsend-eval/${parent}`;
  if (!existsSync(`${dir}/lib/index.ts`)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${parent} lib | tar -x -C "${dir}"`], { cwd: root });
  }
  const old = (await import(`${dir}/lib/index.ts`)) as { detect: Detect };
  return { detect: old.detect, label: `rules of ${parent.slice(0, 7)}`, fresh: true };
}
