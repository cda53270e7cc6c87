import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../lib/cli/args';
import { escapeData, escapeProperty } from '../../lib/cli/formats/github';
import { displayWidth, escapeVisible, truncate, wrap } from '../../lib/cli/text';
import { detect, rules } from '../../lib/index';
import { cli, parseStylish } from './cli-helpers';

const EMAIL = 'Email me at jane.doe@gmail.com';
const PORTFOLIO = 'You can see my designs at https://dribbble.com/janedoe';
// "Hello, please send me your phone number, we will talk there": Lao, a script the rules do not read (Armenian until round twenty-six).
const LAO = 'ສະບາຍດີ, ກະລຸນາສົ່ງເບີໂທລະສັບຂອງທ່ານໃຫ້ຂ້ອຍ, ພວກເຮົາຈະລົມກັນຢູ່ຫັ້ນ';
const UNREAD = 'Part of this text is in Lao script, which clearsend cannot read yet';
// "Hello, send me your phone number, we will talk there, it is awkward to write here...": Basque, a Latin-script
// language the rules do not read (Lithuanian until round twenty-seven taught the rules the Baltic languages).
const BASQUE =
  'Kaixo, bidali iezadazu zure telefono zenbakia, han hitz egingo dugu, hemen idaztea oso deserosoa delako. Eskerrik asko, zure erantzunaren zain nago eta gaur bertan has naiteke.';
const UNREAD_LANGUAGE = 'Part of this text is in Basque, which clearsend cannot read yet';
const LONG_LINK = `My work: https://dribbble.com/${'a'.repeat(150)}`;

interface JsonEntry {
  file: string;
  violations: number;
  warnings: number;
  info: number;
  findings: { rule: string; severity: string; match: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

let dir: string;
let outside: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearsend-formats-'));
  outside = mkdtempSync(join(tmpdir(), 'clearsend-outside-'));
  writeFileSync(join(dir, 'email.txt'), `Hello,\n${EMAIL}\n`);
  writeFileSync(join(dir, 'portfolio.md'), `${PORTFOLIO}\n`);
  writeFileSync(join(dir, 'clean.txt'), 'I will keep all communication on Upwork.\n');
  writeFileSync(join(dir, 'with space é.txt'), `${EMAIL}\n`);
  writeFileSync(join(dir, '50%,off:deal.txt'), `${EMAIL}\n`);
  writeFileSync(join(dir, 'long.txt'), `${LONG_LINK}\n`);
  writeFileSync(join(dir, 'hidden.txt'), 'Email me at jane.d\u200boe@gmail.com\nText me on Whats\u202eApp\n');
  mkdirSync(join(dir, 'enterprise'));
  writeFileSync(join(dir, 'enterprise/.clearsendrc.json'), '{"client": "enterprise"}');
  writeFileSync(join(dir, 'enterprise/note.txt'), `${EMAIL}\n`);
  writeFileSync(join(outside, 'far.txt'), `${EMAIL}\n`);
  writeFileSync(join(dir, 'lao.txt'), `${LAO}\n`);
  writeFileSync(join(dir, 'lao-phone.txt'), `${LAO}: +856 20 5550 1477\n`);
  writeFileSync(join(dir, 'basque.txt'), `${BASQUE}\n`);
  writeFileSync(join(dir, 'basque-phone.txt'), `${BASQUE} +34 612 345 678\n`);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const run = (argv: string[], options: Partial<Parameters<typeof cli>[1]> = {}) => cli(argv, { cwd: dir, ...options });

describe('text helpers', () => {
  it('escapes control, bidi and invisible characters visibly, and doubles backslashes', () => {
    expect(escapeVisible('a\u202eb\u200bc\td\ne\u0007f\\g\u2066h\ufeffi\u0085')).toBe('a\\u{202e}b\\u{200b}c\\td\\ne\\u{0007}f\\\\g\\u{2066}h\\u{feff}i\\u{0085}');
    expect(escapeVisible('plain café 東京 👋')).toBe('plain café 東京 👋');
  });

  it('counts terminal columns: wide CJK and emoji take two, combining marks none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('東京')).toBe(4);
    expect(displayWidth('👋')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('truncates to a width with an ellipsis, never splitting a surrogate pair', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab👋cd', 4)).toBe('ab…');
    expect(truncate('東京都', 5)).toBe('東京…');
  });

  it('wraps words to a width, cutting only a word longer than a line', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('a verylongwordhere b', 8)).toEqual(['a', 'verylon…', 'b']);
  });
});

describe('stylish', () => {
  it('shows the matched text with invisible and bidi characters escaped', async () => {
    const { stdout } = await run(['check', 'hidden.txt']);
    expect(stdout).not.toMatch(/[\u200b\u202e]/);
    const report = parseStylish(stdout);
    expect(report.files[0]!.rows.map((r) => r.match)).toEqual(['Email me', 'jane.d\\u{200b}oe@gmail.com', 'Text me on Whats\\u{202e}App']);
  });

  it('fits every line to the terminal width, 80 columns when not a terminal', async () => {
    const files = ['email.txt', 'portfolio.md', 'long.txt', 'hidden.txt'];
    for (const [options, width] of [
      [{}, 80],
      [{ isTTY: false, columns: 200 }, 80],
      [{ isTTY: true, columns: 60 }, 60],
      [{ isTTY: true, columns: 120 }, 120],
      [{ isTTY: true, columns: 10 }, 40],
    ] as const) {
      const { stdout } = await run(['check', '--no-color', ...files], options);
      const lines = stdout.split('\n').filter((l) => l !== '' && !files.includes(l));
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      // Nothing is lost but the middle of a long match: every message is there in full.
      const report = parseStylish(stdout);
      const expected = files.flatMap((f) => detect(readFileSync(join(dir, f), 'utf8'), {}).map((x) => (x.exception ? `${x.message} ${x.exception}` : x.message)));
      expect(report.files.flatMap((f) => f.rows.map((r) => r.text))).toEqual(expected);
    }
  });

  it('cuts a match too long for the line and marks the cut', async () => {
    const { stdout } = await run(['check', 'long.txt']);
    const [row] = parseStylish(stdout).files[0]!.rows;
    expect(row!.match.endsWith('…')).toBe(true);
    expect(LONG_LINK).toContain(row!.match.slice(0, -1));
  });

  it('uses the terminal width for colour output too, measuring the text without the escape codes', async () => {
    const { stdout } = await run(['check', '--color', 'long.txt', 'email.txt'], { isTTY: true, columns: 50 });
    expect(stdout).toContain('\u001b[31m');
    // eslint-disable-next-line no-control-regex -- removing the colour codes
    for (const line of stdout.replace(/\u001b\[[\d;]*m/g, '').split('\n')) {
      if (line !== 'long.txt' && line !== 'email.txt') expect(displayWidth(line)).toBeLessThanOrEqual(50);
    }
  });
});

describe('compact', () => {
  it('prints one line per finding with the match, then the summary', async () => {
    const [offPlatform, email] = detect(EMAIL, {});
    const { code, stdout } = await run(['check', '-f', 'compact', 'email.txt', 'clean.txt']);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `email.txt: line 2, col 1, Violation - ${offPlatform!.message} "Email me" (off-platform)\n` +
        `email.txt: line 2, col 13, Violation - ${email!.message} "jane.doe@gmail.com" (contact-email)\n` +
        '\n' +
        '✖ 2 problems (2 violations, 0 warnings, 0 info)\n',
    );
  });
});

describe('json', () => {
  it('counts violations, warnings and info per file', async () => {
    const { code, stdout } = await run(['check', '--format=json', 'email.txt', 'portfolio.md', 'enterprise/note.txt', 'clean.txt']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonEntry[];
    expect(report.map((r) => [r.file, r.violations, r.warnings, r.info])).toEqual([
      ['email.txt', 2, 0, 0],
      ['portfolio.md', 0, 1, 0],
      ['enterprise/note.txt', 0, 0, 2],
      ['clean.txt', 0, 0, 0],
    ]);
    for (const entry of report) {
      expect(entry.violations + entry.warnings + entry.info).toBe(entry.findings.length);
    }
  });

  it('rejects --json with another --format, and accepts it with --format json', async () => {
    expect((await run(['check', '--json', '--format', 'sarif', 'email.txt'])).stderr).toBe(
      "clearsend: --json and --format sarif ask for different formats; give one\nRun 'clearsend --help' for usage.\n",
    );
    expect((await run(['check', '--json', '--format', 'json', 'email.txt'])).code).toBe(1);
    expect((await run(['check', '--format', 'xml', 'email.txt'])).stderr).toBe(
      "clearsend: invalid value 'xml' for --format: expected stylish, json, compact, sarif, github\nRun 'clearsend --help' for usage.\n",
    );
  });
});

describe('a text in a script the rules do not read', () => {
  it('gets a note in stylish, before its findings, also with none, and a text in English gets none', async () => {
    const { code, stdout } = await cli(['check', 'lao.txt', 'lao-phone.txt', 'clean.txt'], { cwd: dir });
    expect(code).toBe(1);
    const blocks = stdout.split('\n\n');
    expect(blocks[0]).toMatch(/^lao\.txt\n {2}note {2}Part of this text is in Lao script/);
    expect(blocks[1]).toMatch(/^lao-phone\.txt\n {2}note {2}Part of this text/);
    expect(blocks[1]).toContain('contact-phone  "+856 20 5550 1477"');
    expect(stdout).not.toContain('clean.txt');
    // The note is no problem: the summary counts the phone number only.
    expect(stdout).toContain('1 problem (1 violation, 0 warnings, 0 info)');
    for (const line of stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('is a Note line in compact, "unreadScript" in JSON and a ::notice in GitHub Actions', async () => {
    const compact = await cli(['check', '--format', 'compact', 'lao.txt', 'email.txt'], { cwd: dir });
    expect(compact.stdout.split('\n').filter((l) => l.includes(': Note - '))).toEqual([`lao.txt: Note - ${UNREAD}${compact.stdout.split(UNREAD)[1]!.split('\n')[0]}`]);
    const json = JSON.parse((await cli(['check', '--json', 'lao.txt', 'email.txt'], { cwd: dir })).stdout) as (JsonEntry & { unreadScript?: string })[];
    expect(json.map((e) => [e.file, e.unreadScript])).toEqual([['lao.txt', 'Laoo'], ['email.txt', undefined]]);
    const github = await cli(['check', '--format', 'github', 'lao.txt'], { cwd: dir });
    expect(github.stdout).toMatch(/^::notice file=lao\.txt,title=clearsend%3A script not read::Part of this text is in Lao script/);
  });
});

describe('a text in a Latin-script language the rules do not read', () => {
  it('gets a note in stylish, before its findings, also with none, and a text in English gets none', async () => {
    const { code, stdout } = await cli(['check', 'basque.txt', 'basque-phone.txt', 'clean.txt'], { cwd: dir });
    expect(code).toBe(1);
    const blocks = stdout.split('\n\n');
    expect(blocks[0]).toMatch(/^basque\.txt\n {2}note {2}Part of this text is in Basque, which clearsend cannot/);
    expect(blocks[1]).toMatch(/^basque-phone\.txt\n {2}note {2}Part of this text is in Basque/);
    expect(blocks[1]).toContain('contact-phone  "+34 612 345 678"');
    expect(stdout).not.toContain('clean.txt');
    expect(stdout).toContain('1 problem (1 violation, 0 warnings, 0 info)');
    for (const line of stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('is a Note line in compact, "unreadLanguage" in JSON and a ::notice in GitHub Actions; the exit status is unchanged', async () => {
    const compact = await cli(['check', '--format', 'compact', 'basque.txt', 'email.txt'], { cwd: dir });
    expect(compact.stdout.split('\n').filter((l) => l.includes(': Note - '))).toEqual([
      `basque.txt: Note - ${UNREAD_LANGUAGE}${compact.stdout.split(UNREAD_LANGUAGE)[1]!.split('\n')[0]}`,
    ]);
    const json = await cli(['check', '--json', 'basque.txt', 'lao.txt', 'email.txt'], { cwd: dir });
    const entries = JSON.parse(json.stdout) as (JsonEntry & { unreadScript?: string; unreadLanguage?: string })[];
    expect(entries.map((e) => [e.file, e.unreadScript, e.unreadLanguage])).toEqual([
      ['basque.txt', undefined, 'eu'],
      ['lao.txt', 'Laoo', undefined],
      ['email.txt', undefined, undefined],
    ]);
    const github = await cli(['check', '--format', 'github', 'basque.txt'], { cwd: dir });
    expect(github.stdout).toMatch(/^::notice file=basque\.txt,title=clearsend%3A language not read::Part of this text is in Basque,/);
    // A note is not a problem: a Basque text with no finding passes.
    expect(github.code).toBe(0);
    expect((await cli(['check', 'basque.txt'], { cwd: dir })).code).toBe(0);
  });
});

describe('sarif', () => {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // unicodeRegExp off: the schema's "language" pattern has a stray ']' that only non-Unicode regular expressions accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  async function sarif(argv: string[], options: Partial<Parameters<typeof cli>[1]> = {}) {
    const result = await run(['check', '--format', 'sarif', ...argv], options);
    const log = JSON.parse(result.stdout) as Sarif.Log;
    return { ...result, log };
  }

  it('the validator rejects a broken log (so a pass below means something)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] })).toBe(false);
  });

  it('is valid SARIF 2.1.0 by the official JSON schema, for findings of every severity, odd names and a file outside the folder', async () => {
    const far = join(outside, 'far.txt');
    const { code, log, stderr } = await sarif(['email.txt', 'portfolio.md', 'enterprise/note.txt', 'clean.txt', 'with space é.txt', '50%,off:deal.txt', 'hidden.txt', far]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const [only] = log.runs;
    expect(log.runs).toHaveLength(1);
    expect(only!.columnKind).toBe('utf16CodeUnits');
    expect(only!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(`${dir}/`).href } });
    expect(only!.invocations).toEqual([{ executionSuccessful: true }]);
    const uris = [...new Set(only!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri))];
    expect(uris).toEqual(['email.txt', 'portfolio.md', 'enterprise/note.txt', 'with%20space%20%C3%A9.txt', '50%25%2Coff%3Adeal.txt', 'hidden.txt', pathToFileURL(far).href]);
    expect(only!.results!.map((r) => r.level)).toEqual(['error', 'error', 'warning', 'note', 'note', 'error', 'error', 'error', 'error', 'error', 'error', 'error', 'error', 'error']);
  });

  it('describes every rule, and each result points at its rule and at the same place as the JSON report', async () => {
    const files = ['email.txt', 'portfolio.md', 'enterprise/note.txt', 'hidden.txt'];
    const { log } = await sarif(files);
    const json = JSON.parse((await run(['check', '--json', ...files])).stdout) as JsonEntry[];
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('clearsend');
    expect(driver.version).toBe(JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version);
    expect(driver.rules!.map((r) => r.id)).toEqual(RULE_IDS);
    for (const registered of rules) {
      const rule = driver.rules!.find((r) => r.id === registered.id)!;
      expect(rule.shortDescription!.text).toBe(registered.description);
      expect(rule.defaultConfiguration!.level).toBe({ violation: 'error', warning: 'warning', info: 'note' }[registered.severity]);
      // A rule of several categories (the second opinion) tags none: each result says its own in the message.
      if (registered.category === 'several') expect(rule.properties!.tags).toEqual(['clearsend']);
      else expect(rule.properties!.tags).toContain(registered.category);
      expect(rule.properties!.precision).toBe(registered.optIn ? 'medium' : 'high');
    }
    // The second opinion, described as the model it is: a warning, of medium precision.
    const second = driver.rules!.find((r) => r.id === 'second-opinion')!;
    expect(second.defaultConfiguration!.level).toBe('warning');
    expect(second.properties!.precision).toBe('medium');
    expect(second.shortDescription!.text).toMatch(/model trained on labelled messages/);
    const expected = json.flatMap((entry) =>
      entry.findings.map((f) => ({
        ruleId: f.rule,
        uri: entry.file,
        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.match } },
      })),
    );
    const results = log.runs[0]!.results!;
    expect(
      results.map((r) => ({ ruleId: r.ruleId, uri: r.locations![0]!.physicalLocation!.artifactLocation!.uri, region: r.locations![0]!.physicalLocation!.region })),
    ).toEqual(expected);
    for (const r of results) {
      expect(driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
      expect(r.locations).toHaveLength(1);
      expect(r.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      expect(r.message.text!.length).toBeGreaterThan(20);
    }
  });

  it('stays valid with no results, for standard input, and after a read error (which it marks unsuccessful, exit 2)', async () => {
    const clean = await sarif(['clean.txt']);
    expect(validate(clean.log)).toBe(true);
    expect([clean.code, clean.log.runs[0]!.results]).toEqual([0, []]);

    const stdin = await sarif(['--stdin-filename', 'drafts/letter one.md'], { stdin: EMAIL });
    expect(validate(stdin.log)).toBe(true);
    expect(stdin.log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation)).toEqual([
      { uri: 'drafts/letter%20one.md', uriBaseId: '%SRCROOT%' },
      { uri: 'drafts/letter%20one.md', uriBaseId: '%SRCROOT%' },
    ]);
    const anonymous = await sarif([], { stdin: EMAIL });
    expect(validate(anonymous.log)).toBe(true);
    expect(anonymous.log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'stdin' });

    const broken = await sarif(['email.txt', 'missing.txt']);
    expect(validate(broken.log)).toBe(true);
    expect(broken.code).toBe(2);
    expect(broken.log.runs[0]!.invocations).toEqual([{ executionSuccessful: false }]);
    expect(broken.log.runs[0]!.results).toHaveLength(2);
  });
});

describe('github', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50% off\r\nnext: a, b')).toBe('50%25 off%0D%0Anext: a, b');
    expect(escapeProperty('50% off\r\nnext: a, b')).toBe('50%25 off%0D%0Anext%3A a%2C b');
  });

  it('prints one workflow command per finding with position, end and title, then the summary', async () => {
    const [offPlatform, email] = detect(EMAIL, {});
    const [link] = detect(PORTFOLIO, {});
    const { code, stdout } = await run(['check', '--format', 'github', 'email.txt', 'portfolio.md', 'enterprise/note.txt']);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `::error file=email.txt,line=2,col=1,endLine=2,endColumn=9,title=clearsend off-platform::${offPlatform!.message} Found: "Email me"`,
      `::error file=email.txt,line=2,col=13,endLine=2,endColumn=31,title=clearsend contact-email::${email!.message} Found: "jane.doe@gmail.com"`,
      `::warning file=portfolio.md,line=1,col=27,endLine=1,endColumn=55,title=clearsend contact-link::${link!.message} Found: "https://dribbble.com/janedoe" (${link!.exception})`,
    ]);
    expect(lines[3]).toMatch(/^::notice file=enterprise\/note\.txt,line=1,col=1,endLine=1,endColumn=9,title=clearsend off-platform::/);
    expect(lines[5]).toBe('✖ 5 problems (2 violations, 1 warning, 2 info)');
  });

  it('escapes a file name and keeps every command on one line', async () => {
    const { stdout } = await run(['check', '--format', 'github', '50%,off:deal.txt', 'hidden.txt']);
    const commands = stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(5);
    expect(commands[0]).toMatch(/^::error file=50%25%2Coff%3Adeal\.txt,line=1,/);
    expect(commands[3]).toContain('Found: "jane.d\\u{200b}oe@gmail.com"');
    expect(commands[4]).toContain('Found: "Text me on Whats\\u{202e}App"');
    for (const c of commands) expect(c).toMatch(/^::(error|warning|notice) file=[^:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\r\n\u200b\u202e]+$/);
  });
});
