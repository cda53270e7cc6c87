import { describe, expect, it } from 'vitest';
import { readsHeldOut } from '../../scripts/corpus-report';

describe('corpus-report --no-held-out', () => {
  it('reads the held-out batches by default', () => {
    expect(readsHeldOut(['node', 'corpus-report.ts'], undefined)).toBe(true);
    expect(readsHeldOut(['node', 'corpus-report.ts', '--no-classifier'], undefined)).toBe(true);
  });

  it('leaves them alone with --no-held-out, with or without other switches', () => {
    expect(readsHeldOut(['node', 'corpus-report.ts', '--no-held-out'], undefined)).toBe(false);
    expect(readsHeldOut(['node', 'corpus-report.ts', '--no-classifier', '--no-held-out', '--misses'], undefined)).toBe(false);
  });

  it('never reads them for a batch given with --dir', () => {
    expect(readsHeldOut(['node', 'corpus-report.ts', '--dir', 'x.jsonl'], 'x.jsonl')).toBe(false);
  });
});
