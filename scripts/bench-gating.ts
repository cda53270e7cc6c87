/**
 * Run by `npm run bench` (section 1), in a child process so that V8 flags can be set: one check of
 * the benchmark proposal with gated patterns tried only at their places, and with every pattern
 * scanning the whole text, alternating in blocks so that a busy machine slows both alike. Prints
 * JSON: the median CPU milliseconds per check of each.
 */
import { detect } from '../lib/index';
import { setGating } from '../lib/detector/prefilter';
import { PROPOSAL } from './bench-data';

const context = { surface: 'proposal' as const };
// Every pattern is read (and gated or not) over the first checks; both ways are compiled and warm.
for (let i = 0; i < 300; i++) {
  setGating(i % 2 === 0);
  detect(PROPOSAL, context);
}
const BLOCKS = 30;
const PER_BLOCK = 20;
const times: Record<'gated' | 'scanned', number[]> = { gated: [], scanned: [] };
for (let b = 0; b < BLOCKS; b++) {
  for (const way of ['gated', 'scanned'] as const) {
    setGating(way === 'gated');
    const before = process.cpuUsage();
    for (let i = 0; i < PER_BLOCK; i++) detect(PROPOSAL, context);
    const spent = process.cpuUsage(before);
    times[way].push((spent.user + spent.system) / 1000 / PER_BLOCK);
  }
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
console.log(JSON.stringify({ gated: median(times.gated), scanned: median(times.scanned) }));
