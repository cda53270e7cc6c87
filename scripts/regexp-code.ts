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
 * It re-runs itself under `node --print-regexp-code` and reads the sizes V8 prints.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Code {
  size: number;
  name: string;
}

if (process.argv[2] === '--child') {
  const { detect } = await import('../lib/index');
  const { PROPOSAL } = await import('./bench-data');
  detect(PROPOSAL, { surface: 'proposal' });
  detect(`${PROPOSAL} `, { surface: 'proposal' });
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
  console.log('(a pattern read on text with letters beyond Latin-1 is compiled a second time for it)');
  console.log('V8 stops optimising new patterns past 1,024 KB in all (see the header of this script).\n');
  console.log('largest patterns (proposal):');
  for (const c of proposal.sort((a, b) => b.size - a.size).slice(0, 15)) console.log(`${kb(c.size).padStart(8)}  ${c.name.slice(0, 100)}`);
}
