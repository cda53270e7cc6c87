// How long the extension keeps the page's main thread busy, from a Chrome trace (CDP Tracing on
// the page's session). Every call into the content script is a `FunctionCall` trace event whose
// url is the extension's script; it includes any layout the call forces. Summed per task
// (`RunTask`), that is the extension's share of each task. Used by long-text.spec.ts and
// scripts/bench-long-text.mjs.
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: what the thread really spent, even when the OS paused it. */
  tdur?: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface ExtensionTasks {
  /**
   * The extension's main-thread CPU time in each task where it ran, ms, longest first (trace
   * `tdur`): the work it did, not the time the operating system kept the thread waiting on a
   * busy machine.
   */
  perTask: number[];
  /** The same by the wall clock (trace `dur`), ms, longest first. */
  perTaskWall: number[];
  /** Calls into the content script seen. */
  calls: number;
}

export async function traceExtension(session: CDPSession, during: () => Promise<void>): Promise<ExtensionTasks> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  let failure: unknown;
  try {
    await during();
  } catch (error) {
    failure = error;
  }
  try {
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await complete;
  } catch (error) {
    failure ??= error;
  }
  session.off('Tracing.dataCollected', collect);
  // The failure of what was traced, not of stopping the trace, is the one worth reading.
  if (failure) throw failure;
  const calls = events.filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  // Outermost calls only (a listener calling back into the script is counted once).
  const outer = calls.filter((c) => !calls.some((o) => o !== c && o.tid === c.tid && o.ts <= c.ts && o.ts + o.dur! >= c.ts + c.dur! && o.dur! > c.dur!));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const cpu = new Map<TraceEvent | number, number>();
  const wall = new Map<TraceEvent | number, number>();
  for (const c of outer) {
    const task = tasks.find((t) => t.tid === c.tid && t.ts <= c.ts && t.ts + t.dur! >= c.ts + c.dur!);
    const key = task ?? c.ts;
    cpu.set(key, (cpu.get(key) ?? 0) + (c.tdur ?? c.dur!) / 1000);
    wall.set(key, (wall.get(key) ?? 0) + c.dur! / 1000);
  }
  const sorted = (m: Map<unknown, number>) => [...m.values()].sort((a, b) => b - a);
  return { perTask: sorted(cpu), perTaskWall: sorted(wall), calls: outer.length };
}

/** A long text like a real one: varied paragraphs (so no two pieces are alike), a few findings per KB. */
export function longText(chars: number): string {
  const openings = ['Thanks for the detailed brief.', 'I read your job post twice.', 'Here is how I would approach it.', 'A quick note on timing.', 'About the budget:'];
  const bodies = [
    'I rebuilt a Shopify theme for a furniture store last spring and cut the load time from 4.1 s to 1.6 s.',
    'The audit would cover the theme code, the installed apps and the images, in that order.',
    'I can share a short video of the checkout flow once the first milestone is done.',
    'Version 2.3 of the theme still ships jQuery; removing it alone saves about 90 KB.',
    'I keep all communication here on Upwork so that we both have a record.',
  ];
  const risky = ['Email me at dev.{n}@gmail.com for the files.', 'Call me on +1 415 555 {n4} tomorrow.', 'We can continue on WhatsApp if that is easier.', 'Pay me via PayPal to skip the fee.'];
  let out = '';
  for (let n = 0; out.length < chars; n++) {
    const parts = [`${n + 1}. ${openings[n % openings.length]}`, bodies[n % bodies.length]!, bodies[(n * 3 + 1) % bodies.length]!];
    if (n % 2 === 0) parts.push(risky[(n / 2) % risky.length]!.replace('{n}', String(n)).replace('{n4}', String(1000 + (n % 9000))));
    out += `${parts.join(' ')}\n\n`;
  }
  return out.slice(0, chars);
}
