/**
 * `npm run bench:regexp-code`: how much machine code V8 generates for the detector's patterns.
 *
 * V8 compiles a regular expression to machine code on its first runs. It counts every byte it
 * ever generated in the isolate, and once that count passes 1 MB (while the isolate holds more than
 * 16 MB of executable memory, as a busy page does) it compiles every new pattern WITHOUT its
 * optimisations: no quick checks, no Boyer-Moore skipping. A big alternation then runs about ten
 * times slower. So the size of our patterns' machine code is a speed figure, and this script
 * prints it: the total over one check of the benchmark proposal and of a sample of the corpus,
 * how many patterns, and the largest ones (each with the start of its source).
 *
 * It re-runs itself under `node --print-regexp-code` and reads the sizes V8 prints. Last, it
 * times the proposal in fresh processes: plain, then with one emoji or a Russian greeting after
 * plain checks (text beyond Latin-1 compiles every pattern a second time, past the limit), with
 * the greeting checked first (the code for such text is larger, so even alone it passes the
 * limit), and with every pattern unoptimised, which is what a page already past the limit gets.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Code {
  size: number;
  name: string;
}

if (process.argv[2] === '--time') {
  // Median time of a check of `timed`, after checks of `first` (each compiled on its first runs).
  const { detect } = await import('../lib/index');
  const { PROPOSAL } = await import('./bench-data');
  const texts: Record<string, string> = { plain: PROPOSAL, emoji: `${PROPOSAL} \u{1F44D}`, russian: `\u041f\u0440\u0438\u0432\u0435\u0442! ${PROPOSAL}` };
  const [first, timed] = [texts[process.argv[3]!]!, texts[process.argv[4]!]!];
  for (let k = 0; k < 20; k++) detect(first, { surface: 'proposal' });
  for (let k = 0; k < 5; k++) detect(timed, { surface: 'proposal' });
  const times: number[] = [];
  for (let k = 0; k < 41; k++) {
    const t0 = performance.now();
    detect(timed, { surface: 'proposal' });
    times.push(performance.now() - t0);
  }
  console.log(times.sort((a, b) => a - b)[20]!.toFixed(2));
} else if (process.argv[2] === '--child') {
  const { detect } = await import('../lib/index');
  const { PROPOSAL } = await import('./bench-data');
  // Text beyond Latin-1 ('russian') is checked with a second compilation of every pattern it runs.
  const text = process.argv[3] === 'russian' ? `\u041f\u0440\u0438\u0432\u0435\u0442! ${PROPOSAL}` : PROPOSAL;
  detect(text, { surface: 'proposal' });
  detect(`${text} `, { surface: 'proposal' });
  if (process.argv[3] === 'corpus') {
    const { loadCorpus } = await import('../tests/corpus/load');
    const cases = loadCorpus();
    for (let i = 0; i < cases.length; i += 10) detect(cases[i]!.text, { surface: cases[i]!.surface });
  }
} else {
  const self = fileURLToPath(import.meta.url);
  /** The machine code V8 reports for each pattern compiled in a child process doing `what`. */
  const measure = (what: string): Code[] => {
    const run = spawnSync(process.execPath, ['--print-regexp-code', '--import', 'tsx', self, '--child', what], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0) throw new Error(run.stderr);
    const out: Code[] = [];
    let name = '';
    for (const line of run.stdout.split('\n')) {
      if (line.startsWith('name = ')) name = line.slice(7);
      const size = /^Instructions \(size = (\d+)\)/.exec(line);
      if (size && name) {
        out.push({ size: Number(size[1]), name });
        name = '';
      }
    }
    return out;
  };
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const sum = (list: Code[]) => list.reduce((a, c) => a + c.size, 0);
  const proposal = measure('proposal');
  const corpus = measure('corpus');
  console.log(`regexp machine code for two checks of the benchmark proposal: ${kb(sum(proposal))} in ${proposal.length} patterns`);
  console.log(`and after checking every tenth corpus case too: ${kb(sum(corpus))} in ${corpus.length} compilations`);
  const russian = measure('russian');
  console.log(`for two checks of the proposal after a Russian greeting alone: ${kb(sum(russian))} in ${russian.length} patterns`);
  console.log('(a pattern read on text with letters beyond Latin-1 is compiled a second time for it)');
  console.log('V8 stops optimising new patterns past 1,024 KB in all (see the header of this script).\n');
  console.log('largest patterns (proposal):');
  for (const c of proposal.sort((a, b) => b.size - a.size).slice(0, 15)) console.log(`${kb(c.size).padStart(8)}  ${c.name.slice(0, 100)}`);

  // The cost of the limit, each line in a fresh process. Text beyond Latin-1 (one emoji, a Russian
  // greeting) is a second string representation: every pattern is compiled again for it, past the
  // limit, so without its optimisations. A busy page may be past the limit before the first check.
  const time = (first: string, timed: string, flags: string[] = []) => {
    const run = spawnSync(process.execPath, [...flags, '--import', 'tsx', self, '--time', first, timed], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return Number(run.stdout.trim());
  };
  const plain = time('plain', 'plain');
  const rows: [string, number][] = [
    ['the proposal (Latin-1 text only)', plain],
    ['the proposal + one emoji, after checks of the plain one', time('plain', 'emoji')],
    ['the proposal + a Russian greeting, after checks of the plain one', time('plain', 'russian')],
    ['the proposal + one emoji, checked first', time('emoji', 'emoji')],
    ['the proposal + a Russian greeting, checked first (its patterns compiled once, for text beyond Latin-1)', time('russian', 'russian')],
    ['the proposal, every pattern unoptimised (--no-regexp-optimization)', time('plain', 'plain', ['--no-regexp-optimization'])],
  ];
  console.log('\nmedian ms per check of the 2,000-character proposal, each in a fresh process:');
  for (const [what, ms] of rows) console.log(`${ms.toFixed(2).padStart(8)} ms  ${(ms / plain).toFixed(1).padStart(5)}x  ${what}`);
}
