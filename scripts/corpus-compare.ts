/**
 * Is a change to the detector a real change on text nobody tuned on, or noise?
 *
 * Held-out figures move by tenths of a point between rounds, and a batch of 360 texts has a
 * standard error of about 2.5 points on its recall, so a table of two rates cannot say. These
 * functions give the two answers that can: an interval for a rate (Wilson's, 95%), and for the
 * same texts read by two versions of the detector, which texts changed verdict and how likely a
 * split at least that uneven would be if the change did nothing (McNemar's exact test: the texts
 * that changed are fair coin flips under no effect).
 *
 *   npx tsx scripts/corpus-report.ts --no-classifier --save-verdicts /tmp/before.json
 *   (change the detector)
 *   npx tsx scripts/corpus-report.ts --no-classifier --compare /tmp/before.json
 *
 * The comparison prints counts only for the held-out batches, never their texts.
 */
import { createHash } from 'node:crypto';

/** Wilson's 95% interval for k successes out of n. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.959964;
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * McNemar's exact two-sided p-value: `gained` texts went one way and `lost` the other; under no
 * effect each is a fair coin flip, so p = P(a split at least this uneven) for Binomial(gained + lost, 1/2).
 */
export function mcnemar(gained: number, lost: number): number {
  const n = gained + lost;
  if (n === 0) return 1;
  const k = Math.min(gained, lost);
  // Sum of C(n, i) / 2^n for i <= k, in logs so that n in the thousands does not overflow.
  let logTerm = -n * Math.LN2; // i = 0
  let tail = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logTerm);
  }
  return Math.min(1, 2 * tail);
}

/** A case's identity across runs: its batch and its text (line numbers move when a batch is edited). */
export function caseKey(batch: string, text: string): string {
  return `${batch}:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** What is saved per case: its label and whether the detector got it right. */
export interface SavedVerdict {
  expect: 'violation' | 'clean' | 'allowed';
  ok: boolean;
  /** Clean texts: any warning or violation. */
  flagged: boolean;
}

export interface Change {
  violations: number;
  caught: number;
  lost: number;
  clean: number;
  newlyFlagged: number;
  cleared: number;
  allowed: number;
  newlyCalled: number;
  uncalled: number;
}

/** The changes from `before` to `after` on the cases both hold. */
export function compare(before: Readonly<Record<string, SavedVerdict>>, after: Readonly<Record<string, SavedVerdict>>): Change {
  const c: Change = { violations: 0, caught: 0, lost: 0, clean: 0, newlyFlagged: 0, cleared: 0, allowed: 0, newlyCalled: 0, uncalled: 0 };
  for (const [key, now] of Object.entries(after)) {
    const then = before[key];
    if (!then || then.expect !== now.expect) continue;
    if (now.expect === 'violation') {
      c.violations++;
      if (!then.ok && now.ok) c.caught++;
      if (then.ok && !now.ok) c.lost++;
    } else if (now.expect === 'clean') {
      c.clean++;
      if (!then.flagged && now.flagged) c.newlyFlagged++;
      if (then.flagged && !now.flagged) c.cleared++;
    } else {
      c.allowed++;
      if (then.ok && !now.ok) c.newlyCalled++;
      if (!then.ok && now.ok) c.uncalled++;
    }
  }
  return c;
}

const points = (n: number, d: number) => (d ? `${n >= 0 ? '+' : ''}${((100 * n) / d).toFixed(1)}` : '-');
const p3 = (p: number) => (p < 0.001 ? '<0.001' : p.toFixed(3));

/** The comparison as lines of text. */
export function describe(label: string, c: Change): string[] {
  return [
    `${label}: ${c.violations} violations, ${c.clean} clean, ${c.allowed} allowed texts read before and after`,
    `  recall        ${points(c.caught - c.lost, c.violations)} points: ${c.caught} newly caught, ${c.lost} lost (McNemar p = ${p3(mcnemar(c.caught, c.lost))})`,
    `  clean flagged ${points(c.newlyFlagged - c.cleared, c.clean)} points: ${c.newlyFlagged} newly flagged, ${c.cleared} cleared (p = ${p3(mcnemar(c.newlyFlagged, c.cleared))})`,
    `  allowed called violations: ${c.newlyCalled} newly, ${c.uncalled} no longer`,
  ];
}
