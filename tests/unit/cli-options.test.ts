import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIONS, parseArgs, RULE_IDS, USAGE } from '../../lib/cli/args';
import type { LocatedFinding } from '../../lib/cli/locate';
import { exitCode, summaryLine, type Outcome } from '../../lib/cli/report';
import { useColor } from '../../lib/cli/run';
import { detect } from '../../lib/index';
import { cli, parseStylish, rows } from './cli-helpers';

const EMAIL = 'Email me at jane.doe@gmail.com';
const PORTFOLIO = 'You can see my designs at https://dribbble.com/janedoe';
const HINT = "Run 'clearsend --help' for usage.\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearsend-options-'));
  writeFileSync(join(dir, 'email.txt'), `${EMAIL}\n`);
  writeFileSync(join(dir, 'portfolio.md'), `${PORTFOLIO}\n`);
  writeFileSync(join(dir, 'portfolio2.md'), `${PORTFOLIO}\n`);
  writeFileSync(join(dir, 'clean.txt'), 'I will keep all communication on Upwork.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[], options: Partial<Parameters<typeof cli>[1]> = {}) => cli(['--no-config-lookup', ...argv], { cwd: dir, ...options });

describe('--help', () => {
  it('documents every option the parser accepts', () => {
    for (const [name, option] of Object.entries(OPTIONS)) {
      // A switch that is on by default is documented as its negation.
      expect(USAGE, name).toContain(name === 'config-lookup' ? '--no-config-lookup' : `--${name}`);
      if ('short' in option) expect(USAGE, name).toContain(`-${option.short}, --${name}`);
    }
    for (const words of ['--no-color', '--no-config-lookup', '.clearsendrc.json', 'clearsend-disable-next-line', 'clearsend-enable', 'FORCE_COLOR', 'NO_COLOR', 'Exit status']) {
      expect(USAGE).toContain(words);
    }
  });

  it('fits 80 columns', () => {
    for (const line of USAGE.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});

describe('parsing', () => {
  it('uses parseArgs: --name=value, short options, repeated --rule and "--"', () => {
    const parsed = parseArgs(['check', '-f', 'compact', '-q', '--rule', 'contact-link=off', '--rule=harassment=warning,contact-email=violation', '-o', 'out.txt', '--max-warnings=3', '--', '-x.txt']);
    expect(parsed).toMatchObject({
      kind: 'check',
      format: 'compact',
      quiet: true,
      rules: { 'contact-link': 'off', harassment: 'warning', 'contact-email': 'violation' },
      outputFile: 'out.txt',
      maxWarnings: 3,
      inputs: ['-x.txt'],
    });
    expect(parseArgs(['check', '--max-warnings=-1'])).toMatchObject({ maxWarnings: undefined });
    expect(parseArgs(['check', '--no-color'])).toMatchObject({ color: false });
    expect(parseArgs(['check', '--no-color', '--color'])).toMatchObject({ color: true });
    expect(parseArgs(['check'])).toMatchObject({ color: undefined, configLookup: true, fix: 'off', format: 'stylish', context: {} });
  });

  const cases: [string[], string][] = [
    [['check', '--rule', 'contact-mail=off'], `unknown rule 'contact-mail' in --rule; the rules are: ${RULE_IDS.join(', ')}`],
    [['check', '--rule', 'contact-email=error'], "invalid level 'error' for rule 'contact-email': expected off, warning or violation"],
    [['check', '--rule', 'contact-email'], "invalid --rule 'contact-email': expected RULE=off, RULE=warning or RULE=violation"],
    [['check', '--rule'], 'option --rule needs a value: RULE=off, RULE=warning or RULE=violation'],
    [['check', '--max-warnings', 'many'], "invalid value 'many' for --max-warnings: expected a whole number (0 or more; -1 for no limit)"],
    [['check', '--max-warnings=1.5'], "invalid value '1.5' for --max-warnings: expected a whole number (0 or more; -1 for no limit)"],
    [['check', '-f'], 'option --format needs a value: stylish, json, compact, sarif, github'],
    [['check', '--stdin-filename', 'a.md', 'email.txt'], "--stdin-filename names standard input, which is read only with no FILE or with '-'"],
    [['check', '--fix', '--fix-dry-run', 'email.txt'], 'give --fix or --fix-dry-run, not both'],
    [['check', '--fix'], '--fix cannot write to standard input; use --fix-dry-run --format json to get the fixed text'],
    [['check', '--fix-backup', 'email.txt'], '--fix-backup is used with --fix'],
    [['check', '--color=yes'], 'option --color does not take a value'],
    [['check', '--colour'], "unknown option '--colour'"],
  ];
  for (const [argv, message] of cases) {
    it(`${JSON.stringify(argv)} -> usage error`, async () => {
      expect(await run(argv, { stdin: EMAIL })).toEqual({ code: 2, stdout: '', stderr: `clearsend: ${message}\n${HINT}` });
    });
  }
});

describe('--rule', () => {
  it('turns a rule off, or changes its level, for findings no exception applies to', async () => {
    const off = await run(['check', '--json', '--rule', 'off-platform=off', 'email.txt']);
    expect((JSON.parse(off.stdout) as { findings: { rule: string }[] }[])[0]!.findings.map((f) => f.rule)).toEqual(['contact-email']);

    const lowered = await run(['check', '--rule', 'off-platform=warning,contact-email=warning', 'email.txt']);
    expect(lowered.code).toBe(0);
    expect(rows(parseStylish(lowered.stdout))[0]!.map((r) => r.severity)).toEqual(['warning', 'warning']);

    // The portfolio link is a warning because of an exception: raising the rule does not override it.
    const raised = await run(['check', '--json', '--rule', 'contact-link=violation', 'portfolio.md']);
    expect(raised.code).toBe(0);
    expect((JSON.parse(raised.stdout) as { findings: { severity: string }[] }[])[0]!.findings.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('--second-opinion', () => {
  // A sentence no rule reads (an invitation to a chat server the lexicon does not name) that the model reads as off-platform.
  const INVITE = 'Join my Mattermost server, I will send you an invite so we can chat before the offer.';
  const findingsOf = (stdout: string) => (JSON.parse(stdout) as { findings: { rule: string; severity: string; message: string }[] }[])[0]!.findings;
  beforeAll(() => writeFileSync(join(dir, 'invite.txt'), `${INVITE}\n`));

  it('is off unless asked for: then the model warns about a sentence no rule spoke about, in its own words', async () => {
    expect(detect(INVITE)).toEqual([]);
    const plain = await run(['check', '--json', 'invite.txt']);
    expect(plain.code).toBe(0);
    expect(findingsOf(plain.stdout)).toEqual([]);
    const asked = await run(['check', '--json', '--second-opinion', 'invite.txt']);
    expect(asked.code).toBe(0);
    const [finding, ...rest] = findingsOf(asked.stdout);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'second-opinion', severity: 'warning' });
    expect(finding!.message).toMatch(/^This sentence reads like an invitation to move the conversation off Upwork .*No rule matched it/);
  });

  it('takes a level like a rule (--rule wins over --second-opinion), is silenced by a directive, and never repeats a rule', async () => {
    const raised = await run(['check', '--json', '--second-opinion', '--rule', 'second-opinion=violation', 'invite.txt']);
    expect(raised.code).toBe(1);
    expect(findingsOf(raised.stdout).map((f) => f.severity)).toEqual(['violation']);
    const off = await run(['check', '--json', '--second-opinion', '--rule', 'second-opinion=off', 'invite.txt']);
    expect(findingsOf(off.stdout)).toEqual([]);
    expect(parseArgs(['check', '--no-second-opinion'])).toMatchObject({ rules: { 'second-opinion': 'off' } });
    writeFileSync(join(dir, 'invite-silenced.md'), `<!-- clearsend-disable-next-line second-opinion -->\n${INVITE}\n`);
    const silenced = await run(['check', '--json', '--second-opinion', 'invite-silenced.md']);
    expect(findingsOf(silenced.stdout)).toEqual([]);
    // Where a rule already speaks, the second opinion says nothing more: the e-mail is the rule's.
    const email = await run(['check', '--json', '--second-opinion', 'email.txt']);
    expect(findingsOf(email.stdout).map((f) => f.rule)).toEqual(findingsOf((await run(['check', '--json', 'email.txt'])).stdout).map((f) => f.rule));
    expect(RULE_IDS).toContain('second-opinion');
    // SARIF describes it, and its result points at that description.
    const sarif = JSON.parse((await run(['check', '--format', 'sarif', '--second-opinion', 'invite.txt'])).stdout) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string }[] }[];
    };
    const [result] = sarif.runs[0]!.results;
    expect(result).toMatchObject({ ruleId: 'second-opinion', level: 'warning' });
    expect(sarif.runs[0]!.tool.driver.rules[result!.ruleIndex]!.id).toBe('second-opinion');
  });

  it('a rule set to off does not run, as in the extension; with every rule of its category off the second opinion keeps quiet about it too; a directive keeps it quiet', async () => {
    const DROP = 'Please drop your number so we can chat faster.';
    writeFileSync(join(dir, 'drop.txt'), `${DROP}\n`);
    const rules = async (...args: string[]) => findingsOf((await run(['check', '--json', ...args, 'drop.txt'])).stdout).map((f) => f.rule);
    expect(await rules('--second-opinion')).toEqual(['contact-request']);
    expect(await rules('--rule', 'contact-request=off')).toEqual([]);
    // contact-request is the only rule of its category: turned off, the model's contact-request reading is not shown in its place
    // (before 7 December 2026 it was: a warning switched off came back under another name).
    expect(await rules('--second-opinion', '--rule', 'contact-request=off')).toEqual([]);
    // Another category's rules turned off change nothing here.
    expect(await rules('--second-opinion', '--rule', 'payment-outside=off', '--rule', 'payment-details=off')).toEqual(['contact-request']);
    writeFileSync(join(dir, 'drop.txt'), `<!-- clearsend-disable-next-line contact-request -->\n${DROP}\n`);
    expect(await rules('--second-opinion')).toEqual([]);
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet reports violations only, and says so in the counts', async () => {
    const { code, stdout } = await run(['check', '-q', 'email.txt', 'portfolio.md']);
    expect(code).toBe(1);
    const report = parseStylish(stdout);
    expect(report.files.map((f) => f.name)).toEqual(['email.txt']);
    expect(report.tail).toEqual(['✖ 2 problems (2 violations, 0 warnings, 0 info)']);
    const quietWarnings = await run(['check', '--quiet', 'portfolio.md']);
    expect(quietWarnings).toEqual({ code: 0, stdout: '✔ No problems found.\n', stderr: '' });
  });

  it('--max-warnings fails the run when warnings exceed it, even under --quiet, and the summary says why', async () => {
    expect((await run(['check', '--max-warnings', '2', 'portfolio.md', 'portfolio2.md'])).code).toBe(0);
    const over = await run(['check', '--max-warnings', '1', 'portfolio.md', 'portfolio2.md']);
    expect(over.code).toBe(1);
    expect(parseStylish(over.stdout).tail).toEqual(['✖ 2 warnings: more than --max-warnings 1 allows (no violations)']);
    const quiet = await run(['check', '-q', '--max-warnings=0', 'portfolio.md']);
    expect(quiet).toEqual({ code: 1, stdout: '✖ 1 warning: more than --max-warnings 0 allows (no violations)\n', stderr: '' });
    expect((await run(['check', '--max-warnings', '0', 'clean.txt'])).code).toBe(0);
  });
});

describe('--output-file', () => {
  it('writes the report to the file, creating its folder, and nothing to standard output', async () => {
    const { code, stdout, stderr } = await run(['check', '-f', 'json', '-o', 'reports/out/clearsend.json', 'email.txt'], { isTTY: true });
    expect([code, stdout, stderr]).toEqual([1, '', '']);
    const saved = JSON.parse(readFileSync(join(dir, 'reports/out/clearsend.json'), 'utf8')) as { file: string }[];
    expect(saved.map((r) => r.file)).toEqual(['email.txt']);
  });

  it('never colours a file unless --color asks, and wraps it at 80 columns', async () => {
    await run(['check', '--output-file', 'plain.txt', 'email.txt'], { isTTY: true, columns: 200, env: {} });
    const plain = readFileSync(join(dir, 'plain.txt'), 'utf8');
    expect(plain).not.toContain('\u001b');
    for (const line of plain.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    await run(['check', '--color', '--output-file', 'colour.txt', 'email.txt']);
    expect(readFileSync(join(dir, 'colour.txt'), 'utf8')).toContain('\u001b[31mviolation\u001b[0m');
  });

  it('prints the report on standard output when the file cannot be written, exit 2', async () => {
    mkdirSync(join(dir, 'taken'));
    const { code, stdout, stderr } = await run(['check', '-o', 'taken', 'email.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe("clearsend: cannot write the report to 'taken': is a directory\n");
    expect(parseStylish(stdout).tail).toEqual(['✖ 1 error; 1 input checked: 2 violations, 0 warnings, 0 info']);
  });
});

describe('--stdin-filename', () => {
  it('names standard input in every format', async () => {
    const stylish = await run(['check', '--stdin-filename', 'drafts/offer.md'], { stdin: EMAIL });
    expect(parseStylish(stylish.stdout).files.map((f) => f.name)).toEqual(['drafts/offer.md']);
    const json = await run(['check', '--json', '--stdin-filename=drafts/offer.md', '-'], { stdin: EMAIL });
    expect((JSON.parse(json.stdout) as { file: string }[]).map((r) => r.file)).toEqual(['drafts/offer.md']);
    const github = await run(['check', '-f', 'github', '--stdin-filename', 'drafts/offer.md'], { stdin: EMAIL });
    expect(github.stdout).toMatch(/^::error file=drafts\/offer\.md,line=1,col=1,/);
    const anonymous = await run(['check', '-f', 'github'], { stdin: EMAIL });
    expect(anonymous.stdout).toMatch(/^::error line=1,col=1,/);
  });
});

describe('colour', () => {
  const env = (e: Record<string, string>) => e;
  it('follows --color/--no-color, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    expect(useColor(true, env({ NO_COLOR: '1' }), false)).toBe(true);
    expect(useColor(false, env({ FORCE_COLOR: '1' }), true)).toBe(false);
    expect(useColor(undefined, env({ FORCE_COLOR: '1' }), false)).toBe(true);
    expect(useColor(undefined, env({ FORCE_COLOR: '' }), false)).toBe(true);
    expect(useColor(undefined, env({ FORCE_COLOR: '0' }), true)).toBe(false);
    expect(useColor(undefined, env({ FORCE_COLOR: 'false' }), true)).toBe(false);
    expect(useColor(undefined, env({ FORCE_COLOR: '1', NO_COLOR: '1' }), false)).toBe(true);
    expect(useColor(undefined, env({ NO_COLOR: '1' }), true)).toBe(false);
    expect(useColor(undefined, env({ NO_COLOR: '' }), true)).toBe(true);
    expect(useColor(undefined, env({}), true)).toBe(true);
    expect(useColor(undefined, env({}), false)).toBe(false);
  });

  it('applies it to the report', async () => {
    const coloured = (r: { stdout: string }) => r.stdout.includes('\u001b[');
    expect(coloured(await run(['check', '--color', 'email.txt']))).toBe(true);
    expect(coloured(await run(['check', 'email.txt'], { env: { FORCE_COLOR: '3' } }))).toBe(true);
    expect(coloured(await run(['check', '--no-color', 'email.txt'], { isTTY: true, env: { FORCE_COLOR: '1' } }))).toBe(false);
    expect(coloured(await run(['check', 'email.txt'], { isTTY: true, env: { NO_COLOR: 'x' } }))).toBe(false);
    // Machine formats are never coloured.
    for (const format of ['json', 'sarif', 'github', 'compact']) {
      expect(coloured(await run(['check', '--color', '-f', format, 'email.txt']))).toBe(false);
    }
  });
});

describe('the summary never contradicts the exit status', () => {
  it('every file unreadable: exit 2 and a failing summary, not "No problems found"', async () => {
    const { code, stdout } = await run(['check', 'nope.txt', 'missing.md']);
    expect(code).toBe(2);
    expect(stdout).toBe('✖ 2 errors; nothing was checked\n');
  });

  it('an Enterprise run with findings: exit 0 and a passing summary', async () => {
    const { code, stdout } = await run(['check', '--client', 'enterprise', 'email.txt']);
    expect(code).toBe(0);
    expect(parseStylish(stdout).tail).toEqual(['✔ No violations or warnings (2 info: allowed by an exception)']);
  });

  const severity = fc.constantFrom('violation' as const, 'warning' as const, 'info' as const);
  const outcome = fc.record({
    files: fc.array(fc.array(severity, { maxLength: 4 }), { maxLength: 4 }),
    errors: fc.nat(3),
    hiddenWarnings: fc.nat(3),
    maxWarnings: fc.option(fc.nat(4), { nil: undefined }),
  });
  const [sample] = detect(EMAIL, {});

  it('for any mix of findings, errors and --max-warnings: a failing word exactly when the status fails', () => {
    fc.assert(
      fc.property(outcome, (o) => {
        const files = o.files.map((severities, i) => ({
          name: `f${i}.txt`,
          jsonName: `f${i}.txt`,
          path: undefined,
          fixes: 0,
          findings: severities.map((s) => ({ ...sample!, severity: s, line: 1, column: 1, endLine: 1, endColumn: 2 }) as LocatedFinding),
        }));
        const warnings = o.files.flat().filter((s) => s === 'warning').length;
        const result: Outcome = { files, errors: o.errors, warningsFound: warnings + o.hiddenWarnings, maxWarnings: o.maxWarnings, fix: 'off' };
        const code = exitCode(result);
        const { text, tone } = summaryLine(result);
        expect(text.startsWith('✖')).toBe(code !== 0);
        expect(tone === 'fail').toBe(code !== 0);
        if (code === 0) expect(text).toMatch(/^(✔|⚠) No (problems found|violations)/);
        if (/No problems found/.test(text)) expect(o.files.flat()).toEqual([]);
        if (code === 2) expect(text).toContain(`${o.errors} error`);
        const violations = o.files.flat().filter((s) => s === 'violation').length;
        expect(code).toBe(o.errors > 0 ? 2 : violations > 0 || (o.maxWarnings !== undefined && warnings + o.hiddenWarnings > o.maxWarnings) ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });

  it('the report file and the exit status agree for the real CLI too', async () => {
    for (const argv of [['email.txt'], ['portfolio.md'], ['clean.txt'], ['clean.txt', 'nope.txt'], ['--max-warnings=0', 'portfolio.md']]) {
      const { code, stdout } = await run(['check', ...argv]);
      const last = stdout.trimEnd().split('\n').pop()!;
      expect(last.startsWith('✖'), `${argv.join(' ')}: ${last}`).toBe(code !== 0);
    }
    expect(existsSync(join(dir, 'nope.txt'))).toBe(false);
  });
});
