/**
 * `npm run bench:cold`: the first checks in a fresh process, where every pattern is new to V8.
 *
 * This is what the CLI pays on every run. Each figure is the median of fresh Node processes,
 * alternating between configurations so drift hits both alike:
 *   compile first   as the CLI runs: a pattern's first run on a short text is preceded by one run
 *                   on 1,000 spaces, so V8 compiles it to machine code at once (lib/detector/compile-first.ts)
 *   extension       as the extension runs: that step off, the frames' patterns compiled ahead, one
 *                   per step, at the first check (the rest interpreted first and compiled on a
 *                   later run by V8)
 *   obscenity       the peer library's English profanity matcher, built and run once on the same
 *                   short message in a fresh process (a much smaller job, for scale)
 * Columns: importing the detector, then the first three checks (a short message, the same message
 * with one word more, a message with an email and an app), then the 2 KB bench proposal.
 *
 *   npx tsx scripts/bench-cold.ts [--repeats 5]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const MESSAGES = ['pay me via paypal', 'pay me via paypal please', 'could we move to whatsapp, my email is a@b.co'];
export type Mode = 'compile first' | 'extension' | 'obscenity';
const MODES: readonly Mode[] = ['compile first', 'extension', 'obscenity'];

async function child(mode: Mode): Promise<number[]> {
  const t0 = performance.now();
  if (mode === 'obscenity') {
    const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
    const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
    const t1 = performance.now();
    const times = [t1 - t0];
    for (const text of MESSAGES) {
      const a = performance.now();
      matcher.getAllMatches(text);
      times.push(performance.now() - a);
    }
    return times;
  }
  const { detect } = await import('../lib/index');
  const { compileFirst } = await import('../lib/detector/compile-first');
  const { PROPOSAL } = await import('./bench-data');
  compileFirst.enabled = mode === 'compile first';
  const times = [performance.now() - t0];
  for (const text of [...MESSAGES, PROPOSAL]) {
    const a = performance.now();
    detect(text, { surface: text === PROPOSAL ? 'proposal' : 'message' });
    times.push(performance.now() - a);
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Medians per mode over `repeats` fresh processes each: [import, check 1, check 2, check 3, proposal]. */
export function coldStart(repeats: number): Map<Mode, number[]> {
  const runs = new Map<Mode, number[][]>(MODES.map((m) => [m, []]));
  for (let r = 0; r < repeats; r++) {
    for (const mode of MODES) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', mode], { encoding: 'utf8' });
      runs.get(mode)!.push(JSON.parse(out) as number[]);
    }
  }
  return new Map(MODES.map((m) => [m, runs.get(m)![0]!.map((_, i) => median(runs.get(m)!.map((run) => run[i]!)))]));
}

export function printColdStart(repeats: number): void {
  const result = coldStart(repeats);
  const f = (ms: number | undefined) => (ms === undefined ? '-' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
  console.log(`  median of ${repeats} fresh processes each, ms`);
  console.log(`  ${'mode'.padEnd(15)}${['import', '1st check', '2nd', '3rd', 'proposal', '1st-3rd'].map((h) => h.padStart(11)).join('')}`);
  for (const [mode, t] of result) {
    const firstThree = t.slice(1, 4).reduce((a, b) => a + b, 0);
    console.log(`  ${mode.padEnd(15)}${[t[0], t[1], t[2], t[3], t[4], firstThree].map((x) => f(x).padStart(11)).join('')}`);
  }
  const on = result.get('compile first')!;
  const off = result.get('extension')!;
  const peer = result.get('obscenity')!;
  const sum = (t: number[]) => t[1]! + t[2]! + t[3]!;
  console.log(
    `  COLD: first three checks ${f(sum(on))} ms compiled first (the CLI) vs ${f(sum(off))} ms as the extension (${(sum(off) / sum(on)).toFixed(1)}x); ` +
      `detector/obscenity first check ${(on[1]! / peer[1]!).toFixed(0)}x`,
  );
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  process.stdout.write(JSON.stringify(await child(args[1] as Mode)));
} else if (process.argv[1] === SELF) {
  const i = args.indexOf('--repeats');
  printColdStart(i >= 0 ? Number(args[i + 1]) : 5);
}
