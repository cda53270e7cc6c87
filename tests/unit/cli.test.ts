import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../lib/cli/args';
import { lineStarts, position } from '../../lib/cli/locate';
import { detect, type Finding } from '../../lib/index';
import { cli as runCli, expectedRow, parseStylish, rows, type Result } from './cli-helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HINT = "Run 'clearsend --help' for usage.\n";

const EMAIL = 'Email me at jane.doe@gmail.com';
const CLEAN = 'I will keep all communication on Upwork.';
const PAYPAL = 'Can you pay me via PayPal instead?';
const PORTFOLIO = 'You can see my designs at https://dribbble.com/janedoe';

function cli(
  argv: string[],
  options: { stdin?: string | Buffer; cwd?: string; isTTY?: boolean; env?: Record<string, string> } = {},
): Promise<Result> {
  // --no-config-lookup: a .clearsendrc.json above the temporary folder must not change these results.
  return runCli(['--no-config-lookup', ...argv], { ...options, cwd: options.cwd ?? dir });
}

/** The detector's own findings, which the CLI must pass through untouched. */
function found(text: string, context: Parameters<typeof detect>[1] = {}): Finding[] {
  return detect(text, context);
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearsend-cli-'));
  writeFileSync(join(dir, 'clean.txt'), `${CLEAN}\n`);
  writeFileSync(join(dir, 'email.txt'), `Hello,\n${EMAIL}\n`);
  writeFileSync(join(dir, 'paypal.md'), `${PAYPAL}\n`);
  writeFileSync(join(dir, 'portfolio.txt'), `${PORTFOLIO}\n`);
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 ', 'latin1'));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, 'utf16le')]));
  writeFileSync(join(dir, 'bom.txt'), `\ufeff${EMAIL}`);

  // A tree: two text files to find, and several things to pass over.
  mkdirSync(join(dir, 'tree/sub'), { recursive: true });
  mkdirSync(join(dir, 'tree/node_modules/pkg'), { recursive: true });
  mkdirSync(join(dir, 'tree/.git'), { recursive: true });
  // Written out of order, so that sorting is not an accident of the file system.
  writeFileSync(join(dir, 'tree/sub/a.MD'), `${PAYPAL}\n`);
  for (const name of ['c.txt', 'sub.txt', 'b.txt', 'Z.md', 'a.txt']) writeFileSync(join(dir, 'tree', name), `${CLEAN}\n`);
  writeFileSync(join(dir, 'tree/notes.json'), JSON.stringify({ note: EMAIL }));
  writeFileSync(join(dir, 'tree/node_modules/pkg/README.md'), EMAIL);
  writeFileSync(join(dir, 'tree/.git/MSG.txt'), EMAIL);

  mkdirSync(join(dir, 'no-text'));
  writeFileSync(join(dir, 'no-text/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(join(dir, 'no-text/.drafts'));
  writeFileSync(join(dir, 'no-text/.drafts/draft.txt'), EMAIL);

  // A link to a directory whose name looks like a text file.
  mkdirSync(join(dir, 'linked'));
  writeFileSync(join(dir, 'linked/ok.txt'), `${CLEAN}\n`);
  symlinkSync(join(dir, 'tree'), join(dir, 'linked/folder.md'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('lineStarts and position', () => {
  it('counts \\n, \\r\\n and a lone \\r as line ends, and columns in UTF-16 units', () => {
    const text = 'ab\r\ncd\ref\n\n👋x';
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 4, 7, 10, 11]);
    expect(position(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(position(starts, 2)).toEqual({ line: 1, column: 3 });
    expect(position(starts, 5)).toEqual({ line: 2, column: 2 });
    expect(position(starts, 7)).toEqual({ line: 3, column: 1 });
    expect(position(starts, 10)).toEqual({ line: 4, column: 1 });
    expect(position(starts, 13)).toEqual({ line: 5, column: 3 });
  });
});

describe('help and version', () => {
  it('prints the usage for --help, -h and check --help', async () => {
    for (const argv of [['--help'], ['-h'], ['check', '--help'], ['check', 'missing.txt', '-h']]) {
      expect(await cli(argv)).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    }
    expect(USAGE).toMatch(/^Usage: clearsend check \[options\] \[FILE\|DIR \.\.\.\]\n/);
  });

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('standard input', () => {
  it('is read when no file is given, and a violation exits 1', async () => {
    const [offPlatform, email] = found(EMAIL);
    expect(offPlatform?.rule).toBe('off-platform');
    expect(email?.rule).toBe('contact-email');
    const result = await cli(['check'], { stdin: EMAIL });
    expect([result.code, result.stderr]).toEqual([1, '']);
    const report = parseStylish(result.stdout);
    expect(report.files.map((f) => f.name)).toEqual(['<stdin>']);
    expect(rows(report)).toEqual([[expectedRow(offPlatform!, '1:1'), expectedRow(email!, '1:13')]]);
    expect(report.files[0]!.rows.map((r) => r.lines[0]!.slice(0, 8))).toEqual(['        ', '        ']);
    expect(result.stdout.split('\n').slice(1, 2)).toEqual(['  1:1   violation  off-platform   "Email me"']);
    expect(report.tail).toEqual(['✖ 2 problems (2 violations, 0 warnings, 0 info)']);
  });

  it('is read for "-", and clean text exits 0 with a no-problems line', async () => {
    expect(await cli(['check', '-'], { stdin: CLEAN })).toEqual({ code: 0, stdout: '✔ No problems found.\n', stderr: '' });
  });

  it('is checked in order among files when given as "-"', async () => {
    const { code, stdout } = await cli(['check', '--json', 'clean.txt', '-', 'email.txt'], { stdin: PAYPAL });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { file: string; findings: Finding[] }[];
    expect(report.map((r) => [r.file, r.findings.map((f) => f.rule)])).toEqual([
      ['clean.txt', []],
      ['-', ['payment-outside']],
      ['email.txt', ['off-platform', 'contact-email']],
    ]);
  });

  it('rejects binary input like a binary file', async () => {
    expect(await cli(['check'], { stdin: Buffer.from([0x00, 0x41]) })).toEqual({
      code: 2,
      stdout: '✖ 1 error; nothing was checked\n',
      stderr: 'clearsend: standard input looks like a binary file (it contains a NUL byte); only UTF-8 text can be checked\n',
    });
  });
});

describe('files', () => {
  it('reports line and column of each finding in a file', async () => {
    const [offPlatform, email] = found(EMAIL);
    const result = await cli(['check', 'email.txt']);
    expect([result.code, result.stderr]).toEqual([1, '']);
    const report = parseStylish(result.stdout);
    expect(report.files.map((f) => f.name)).toEqual(['email.txt']);
    expect(rows(report)).toEqual([[expectedRow(offPlatform!, '2:1'), expectedRow(email!, '2:13')]]);
    expect(report.tail).toEqual(['✖ 2 problems (2 violations, 0 warnings, 0 info)']);
  });

  it('prints nothing for a clean file among others, and counts files when none has findings', async () => {
    const { stdout } = await cli(['check', 'clean.txt', 'paypal.md']);
    expect(stdout.startsWith('paypal.md\n')).toBe(true);
    expect(stdout).not.toContain('clean.txt');
    expect(await cli(['check', 'clean.txt', 'tree/b.txt'])).toEqual({ code: 0, stdout: '✔ No problems found in 2 files.\n', stderr: '' });
  });

  it('puts the exception of a softened finding after its message, and a warning alone exits 0 with a summary that does not fail', async () => {
    const [link] = found(PORTFOLIO);
    expect(link).toMatchObject({ rule: 'contact-link', severity: 'warning' });
    expect(link!.exception).toBeTruthy();
    const result = await cli(['check', 'portfolio.txt']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const report = parseStylish(result.stdout);
    expect(rows(report)).toEqual([[expectedRow(link!, '1:27')]]);
    // The exception starts on a line of its own.
    const lines = report.files[0]!.rows[0]!.lines.map((l) => l.trim());
    expect(lines.some((l) => link!.exception!.startsWith(l))).toBe(true);
    expect(report.tail).toEqual(['⚠ No violations; 1 warning to review']);
  });

  it('drops a UTF-8 byte-order mark before computing columns', async () => {
    const { stdout } = await cli(['check', '--json', 'bom.txt']);
    const [report] = JSON.parse(stdout) as { findings: (Finding & { line: number; column: number })[] }[];
    expect(report!.findings.map((f) => [f.rule, f.start, f.line, f.column, f.match])).toEqual([
      ['off-platform', 0, 1, 1, 'Email me'],
      ['contact-email', 12, 1, 13, 'jane.doe@gmail.com'],
    ]);
  });

  it('checks a file given twice once', async () => {
    const { stdout } = await cli(['check', '--json', 'email.txt', './email.txt']);
    expect((JSON.parse(stdout) as { file: string }[]).map((r) => r.file)).toEqual(['email.txt']);
  });
});

describe('--json', () => {
  it('prints exactly [{file, counts, findings}] with the detector findings plus start and end positions', async () => {
    const { code, stdout, stderr } = await cli(['check', '--json', 'email.txt', 'clean.txt']);
    const text = `Hello,\n${EMAIL}\n`;
    const expected = [
      {
        file: 'email.txt',
        violations: 2,
        warnings: 0,
        info: 0,
        findings: found(text).map((f) => ({ ...f, line: 2, column: f.start - 7 + 1, endLine: 2, endColumn: f.end - 7 + 1 })),
      },
      { file: 'clean.txt', violations: 0, warnings: 0, info: 0, findings: [] },
    ];
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    // And the two findings are the ones the task is about, at the right places.
    const parsed = JSON.parse(stdout) as { file: string; findings: Record<string, unknown>[] }[];
    expect(parsed[0]!.findings.map((f) => [f.rule, f.severity, f.match, f.line, f.column])).toEqual([
      ['off-platform', 'violation', 'Email me', 2, 1],
      ['contact-email', 'violation', 'jane.doe@gmail.com', 2, 13],
    ]);
    expect(Object.keys(parsed[0]!.findings[1]!)).toEqual(['rule', 'category', 'severity', 'start', 'end', 'match', 'message', 'policy', 'fix', 'line', 'column', 'endLine', 'endColumn']);
    expect(parsed[0]!.findings.map((f) => [f.endLine, f.endColumn])).toEqual([
      [2, 9],
      [2, 31],
    ]);
  });

  it('names standard input "-"', async () => {
    const { code, stdout } = await cli(['check', '--json'], { stdin: CLEAN });
    expect(code).toBe(0);
    expect(stdout).toBe('[\n  {\n    "file": "-",\n    "violations": 0,\n    "warnings": 0,\n    "info": 0,\n    "findings": []\n  }\n]\n');
  });
});

describe('context options', () => {
  it('--client enterprise turns an email into info with its exception, exit 0, and a summary that says nothing failed', async () => {
    const [offPlatform, email] = found(EMAIL, { client: 'enterprise' });
    expect([offPlatform?.severity, email?.severity]).toEqual(['info', 'info']);
    const allowed = 'Allowed: Business and Enterprise clients may exchange contact details and talk outside Upwork before a contract.';
    expect([offPlatform!.exception, email!.exception]).toEqual([allowed, allowed]);
    const result = await cli(['check', '--client', 'enterprise'], { stdin: EMAIL });
    expect([result.code, result.stderr]).toEqual([0, '']);
    const report = parseStylish(result.stdout);
    expect(rows(report)).toEqual([[expectedRow(offPlatform!, '1:1'), expectedRow(email!, '1:13')]]);
    // It used to say "✖ 2 problems" and exit 0.
    expect(report.tail).toEqual(['✔ No violations or warnings (2 info: allowed by an exception)']);
  });

  it('--contract=active also allows the email, in JSON too', async () => {
    const { code, stdout } = await cli(['check', '--contract=active', '--json', 'email.txt']);
    expect(code).toBe(0);
    const [report] = JSON.parse(stdout) as { findings: Finding[] }[];
    expect(report!.findings.map((f) => [f.rule, f.severity, f.exception])).toEqual([
      ['off-platform', 'info', 'Allowed: once a contract has started, contact details may be exchanged in its room. Payment must still go through Upwork.'],
      ['contact-email', 'info', 'Allowed: once a contract has started, contact details may be exchanged in its room. Payment must still go through Upwork.'],
    ]);
  });

  it('no context makes payment outside Upwork acceptable', async () => {
    const argv = ['check', '--json', '--client', 'enterprise', '--contract', 'active', '--surface', 'proposal', '--role', 'client', 'paypal.md'];
    const { code, stdout } = await cli(argv);
    expect(code).toBe(1);
    const [report] = JSON.parse(stdout) as { findings: Finding[] }[];
    expect(report!.findings.map((f) => [f.rule, f.severity, f.match])).toEqual([['payment-outside', 'violation', 'pay me via PayPal']]);
  });

  it('the last of a repeated option wins', async () => {
    expect((await cli(['check', '--client', 'enterprise', '--client', 'standard', 'email.txt'])).code).toBe(1);
    expect((await cli(['check', '--client', 'standard', '--client=enterprise', 'email.txt'])).code).toBe(0);
  });
});

describe('directories', () => {
  it('finds .txt and .md files recursively, sorted, skipping node_modules, dot-directories and other files', async () => {
    const { code, stdout, stderr } = await cli(['check', '--json', 'tree']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { file: string; findings: Finding[] }[];
    expect(report.map((r) => [r.file, r.findings.map((f) => f.rule)])).toEqual([
      ['tree/Z.md', []],
      ['tree/a.txt', []],
      ['tree/b.txt', []],
      ['tree/c.txt', []],
      // By whole path: "." sorts before "/".
      ['tree/sub.txt', []],
      ['tree/sub/a.MD', ['payment-outside']],
    ]);
  });

  it('names files under the directory as it was written', async () => {
    const { stdout } = await cli(['check', './tree/'], { cwd: dir });
    expect(stdout.split('\n')[0]).toBe('tree/sub/a.MD');
    const { stdout: absolute } = await cli(['check', join(dir, 'tree')], { cwd: ROOT });
    expect(absolute.split('\n')[0]).toBe(join(dir, 'tree/sub/a.MD'));
  });

  it('reports a directory without .txt or .md files, exit 2', async () => {
    expect(await cli(['check', 'no-text'])).toEqual({
      code: 2,
      stdout: '✖ 1 error; nothing was checked\n',
      stderr: "clearsend: no .txt or .md files found in directory 'no-text'\n",
    });
    expect((await cli(['check', '--json', 'no-text'])).stdout).toBe('[]\n');
  });

  it('reports a link to a directory named like a text file as unreadable, and still checks the rest', async () => {
    expect(await cli(['check', 'linked'])).toEqual({
      code: 2,
      // Not "No problems found": the status is 2, and the summary says why.
      stdout: '✖ 1 error; 1 input checked: 0 violations, 0 warnings, 0 info\n',
      stderr: "clearsend: cannot read 'linked/folder.md': is a directory\n",
    });
  });
});

describe('read errors', () => {
  it('names a missing file, still checks and prints the others, and exits 2 over 1', async () => {
    const { code, stdout, stderr } = await cli(['check', 'nope.txt', 'email.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe("clearsend: cannot read 'nope.txt': no such file or directory\n");
    expect(stdout.startsWith('email.txt\n  2:1   violation  ')).toBe(true);
    expect(stdout.endsWith('\n✖ 1 error; 1 input checked: 2 violations, 0 warnings, 0 info\n')).toBe(true);
  });

  it('reports every bad input, in order, and keeps the good ones in the JSON', async () => {
    const { code, stdout, stderr } = await cli(['check', '--json', 'binary.txt', 'clean.txt', 'latin1.txt', 'utf16.txt', 'missing/x.md']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual([{ file: 'clean.txt', violations: 0, warnings: 0, info: 0, findings: [] }]);
    expect(stderr).toBe(
      "clearsend: 'binary.txt' looks like a binary file (it contains a NUL byte); only UTF-8 text can be checked\n" +
        "clearsend: 'latin1.txt' is not valid UTF-8 text; save it as UTF-8 and try again\n" +
        "clearsend: 'utf16.txt' is UTF-16 text; save it as UTF-8 and try again\n" +
        "clearsend: cannot read 'missing/x.md': no such file or directory\n",
    );
  });

  it('finds a NUL byte only in the first 8 KB; later it is a UTF-8 question', async () => {
    writeFileSync(join(dir, 'late-nul.txt'), Buffer.concat([Buffer.from(`${'a'.repeat(8192)} `), Buffer.from([0x00])]));
    const { code, stderr } = await cli(['check', 'late-nul.txt']);
    // NUL is valid UTF-8, so past the sniffed bytes the file is text.
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('names a file it has no permission to read', async () => {
    const file = join(dir, 'secret.txt');
    writeFileSync(file, CLEAN);
    chmodSync(file, 0o000);
    const expected = "clearsend: cannot read 'secret.txt': permission denied\n";
    if (process.getuid?.() !== 0) {
      expect(await cli(['check', 'secret.txt'])).toEqual({ code: 2, stdout: '', stderr: expected });
      return;
    }
    // Root reads any file whatever its mode (CI runs as root). Run the built CLI with the two
    // capabilities that let root ignore file modes dropped, from a private copy in a fresh temporary
    // folder, so nothing depends on where the checkout is or on who may enter it.
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
    const copy = mkdtempSync(join(tmpdir(), 'clearsend-perm-'));
    try {
      mkdirSync(join(copy, 'bin'));
      mkdirSync(join(copy, 'dist'));
      copyFileSync(join(ROOT, 'bin/clearsend.mjs'), join(copy, 'bin/clearsend.mjs'));
      copyFileSync(join(ROOT, 'dist/cli.mjs'), join(copy, 'dist/cli.mjs'));
      writeFileSync(join(copy, 'secret.txt'), CLEAN);
      chmodSync(join(copy, 'secret.txt'), 0o000);
      writeFileSync(join(copy, 'open.txt'), CLEAN);
      const caps = '-dac_override,-dac_read_search';
      const run = spawnSync(
        'setpriv',
        [`--inh-caps=${caps}`, `--bounding-set=${caps}`, process.execPath, join(copy, 'bin/clearsend.mjs'), 'check', 'secret.txt', 'open.txt'],
        { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
      // The readable file next to it is still checked: the copy itself runs.
      expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
        code: 2,
        stdout: '✖ 1 error; 1 input checked: 0 violations, 0 warnings, 0 info\n',
        stderr: expected,
      });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('usage errors', () => {
  const cases: [string[], string][] = [
    [[], "missing command: expected 'check'"],
    [['--json'], "missing command: expected 'check'"],
    [['chek', 'a.txt'], "unknown command 'chek': the only command is 'check'"],
    [['email.txt'], "unknown command 'email.txt': the only command is 'check'"],
    [['check', '--jsn'], "unknown option '--jsn'"],
    [['check', '-x', 'email.txt'], "unknown option '-x'"],
    [['check', '--client', 'big', 'email.txt'], "invalid value 'big' for --client: expected standard or enterprise"],
    [['check', '--surface=chat'], "invalid value 'chat' for --surface: expected proposal or message"],
    [['check', '--contract=', 'email.txt'], "invalid value '' for --contract: expected none or active"],
    [['check', 'email.txt', '--role'], 'option --role needs a value: freelancer or client'],
    [['check', '--role', '--json', 'email.txt'], 'option --role needs a value: freelancer or client'],
    [['check', '--json=yes'], 'option --json does not take a value'],
    [['check', '-', '-'], "standard input ('-') can be given only once"],
  ];
  for (const [argv, message] of cases) {
    it(`${JSON.stringify(argv)} -> ${message}`, async () => {
      expect(await cli(argv, { stdin: EMAIL })).toEqual({ code: 2, stdout: '', stderr: `clearsend: ${message}\n${HINT}` });
    });
  }

  it('treats everything after -- as a file name', async () => {
    writeFileSync(join(dir, '--json'), EMAIL);
    const { code, stdout } = await cli(['check', '--', '--json']);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('--json');
  });
});

describe('colour', () => {
  it('colours only a TTY without NO_COLOR', async () => {
    const tty = await cli(['check'], { stdin: PAYPAL, isTTY: true, env: {} });
    expect(tty.stdout).toContain('\u001b[31mviolation\u001b[0m');
    expect(tty.stdout).toContain('\u001b[1;31m✖ 1 problem (1 violation, 0 warnings, 0 info)\u001b[0m');
    expect(tty.stdout.startsWith('\u001b[4m<stdin>\u001b[0m\n')).toBe(true);

    const empty = await cli(['check'], { stdin: PAYPAL, isTTY: true, env: { NO_COLOR: '' } });
    expect(empty.stdout).toBe(tty.stdout);

    const plainOptions: { isTTY?: boolean; env: Record<string, string> }[] = [{ isTTY: true, env: { NO_COLOR: '1' } }, { isTTY: false, env: {} }, { env: {} }];
    for (const options of plainOptions) {
      const { stdout } = await cli(['check'], { stdin: PAYPAL, ...options });
      expect(stdout).not.toContain('\u001b');
      expect(stdout.startsWith('<stdin>\n  1:9  violation  payment-outside  "pay me via PayPal"\n')).toBe(true);
    }
  });

  it('never colours JSON', async () => {
    const { stdout } = await cli(['check', '--json'], { stdin: PAYPAL, isTTY: true, env: {} });
    expect(stdout).not.toContain('\u001b');
  });
});

describe('samples/ (the npm start demo)', () => {
  it('flags every sample but the clean cover letter, obeying the agency folder\'s config and directive', async () => {
    const { code, stdout, stderr } = await runCli(['check', '--json', 'samples/'], { cwd: ROOT });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { file: string; findings: Finding[] }[];
    // Which kinds of finding each sample shows, not how many: the rules are still being tuned.
    const kinds = (findings: Finding[]) => [...new Set(findings.map((f) => `${f.severity} ${f.rule}`))].sort();
    expect(report.map((r) => [r.file, kinds(r.findings)])).toEqual([
      // The portfolio link's warning is silenced by a clearsend-disable-next-line directive.
      ['samples/agency/proposal-template.md', ['violation contact-link', 'violation contact-messaging']],
      ['samples/cover-letter-clean.txt', []],
      ['samples/cover-letter-whatsapp.txt', ['violation contact-email', 'violation off-platform']],
      ['samples/five-star-review.md', ['violation feedback-pressure']],
      ['samples/paypal-to-avoid-fees.txt', ['violation contact-email', 'violation payment-outside']],
    ]);
  });
});

// Each test starts one or two Node processes that load the whole detector: not a unit's 5 s.
describe('bin/clearsend.mjs (end to end)', { timeout: 60_000 }, () => {
  const node = process.execPath;
  const bin = join(ROOT, 'bin/clearsend.mjs');
  const env = { ...process.env, NO_COLOR: '' };

  beforeAll(() => {
    const printed = execFileSync(node, [join(ROOT, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
    expect(printed).toBe('');
  }, 60_000);

  it('checks standard input and exits 1 on a violation', () => {
    const result = spawnSync(node, [bin, 'check'], { input: `Hi!\n${EMAIL}\n`, encoding: 'utf8', env, cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const report = parseStylish(result.stdout);
    expect(rows(report)).toEqual([[expectedRow(found(EMAIL)[0]!, '2:1'), expectedRow(found(EMAIL)[1]!, '2:13')]]);
    expect(report.tail).toEqual(['✖ 2 problems (2 violations, 0 warnings, 0 info)']);
  });

  it('exits 0 on clean text from "-", and 0 with --client enterprise', () => {
    const clean = spawnSync(node, [bin, 'check', '-'], { input: CLEAN, encoding: 'utf8', env, cwd: dir });
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, '✔ No problems found.\n', '']);
    const allowed = spawnSync(node, [bin, 'check', '--json', '--client', 'enterprise'], { input: EMAIL, encoding: 'utf8', env, cwd: dir });
    expect(allowed.status).toBe(0);
    const [report] = JSON.parse(allowed.stdout) as { file: string; findings: Finding[] }[];
    expect(report!.file).toBe('-');
    expect(report!.findings.map((f) => f.severity)).toEqual(['info', 'info']);
  });

  it('exits 2 on a usage error and on a missing file', () => {
    const usage = spawnSync(node, [bin, 'check', '--surface', 'email'], { encoding: 'utf8', env, cwd: dir });
    expect([usage.status, usage.stdout, usage.stderr]).toEqual([2, '', `clearsend: invalid value 'email' for --surface: expected proposal or message\n${HINT}`]);
    const missing = spawnSync(node, [bin, 'check', 'nope.md'], { encoding: 'utf8', env, cwd: dir });
    expect([missing.status, missing.stdout, missing.stderr]).toEqual([2, '✖ 1 error; nothing was checked\n', "clearsend: cannot read 'nope.md': no such file or directory\n"]);
  });

  it('says how to build the CLI when dist/cli.mjs is missing', () => {
    const copy = join(dir, 'unbuilt');
    mkdirSync(join(copy, 'bin'), { recursive: true });
    copyFileSync(bin, join(copy, 'bin/clearsend.mjs'));
    const result = spawnSync(node, [join(copy, 'bin/clearsend.mjs'), 'check'], { input: EMAIL, encoding: 'utf8', env });
    expect([result.status, result.stdout, result.stderr]).toEqual([
      2,
      '',
      'clearsend: the CLI is not built yet; run `npm install` (it builds dist/cli.mjs)\n',
    ]);
  });
});
