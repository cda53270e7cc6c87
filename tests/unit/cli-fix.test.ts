import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixText } from '../../lib/cli/check';
import { applyFixesOnce, keepLineEnds } from '../../lib/cli/fix';
import { defaultContext, detect, type Fix } from '../../lib/index';
import { cli } from './cli-helpers';

const EMAIL = 'Email me at jane.doe@gmail.com';
const PORTFOLIO = 'You can see my designs at https://dribbble.com/janedoe';
const PAYPAL = 'Hi Mark,\n\nCould you pay me via PayPal instead? My PayPal is priya.designs@outlook.com (please send it as friends and family).\n\nThanks,\nPriya\n';
const settings = { context: defaultContext, levels: {}, quiet: false };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/** Every file under `root` with its bytes and modification time. */
function snapshot(root: string): Record<string, { bytes: string; mtime: number }> {
  const out: Record<string, { bytes: string; mtime: number }> = {};
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') visit(full);
      } else {
        out[relative(root, full)] = { bytes: readFileSync(full).toString('base64'), mtime: statSync(full).mtimeMs };
      }
    }
  };
  visit(root);
  return out;
}

describe('applyFixesOnce', () => {
  const fix = (start: number, end: number, replacement: string): Fix => ({ label: 'x', start, end, replacement });

  it('applies separate fixes from the end, so earlier offsets stay valid', () => {
    expect(applyFixesOnce('aaa bbb ccc', [fix(8, 11, 'C'), fix(0, 3, 'AAAA')])).toEqual({ text: 'AAAA bbb C', applied: 2 });
  });

  it('defers a fix that overlaps or touches one already taken, and shares an identical one', () => {
    expect(applyFixesOnce('0123456789', [fix(0, 5, 'X'), fix(3, 7, 'Y')])).toEqual({ text: 'X56789', applied: 1 });
    expect(applyFixesOnce('0123456789', [fix(0, 5, 'X'), fix(5, 7, 'Y')])).toEqual({ text: 'X56789', applied: 1 });
    expect(applyFixesOnce('0123456789', [fix(2, 4, 'X'), fix(2, 4, 'X'), fix(6, 7, '')])).toEqual({ text: '01X45789', applied: 2 });
    expect(applyFixesOnce('0123456789', [fix(3, 3, 'A'), fix(3, 3, 'B')])).toEqual({ text: '012A3456789', applied: 1 });
  });

  it('never takes half of a CRLF line end', () => {
    expect(applyFixesOnce('one two\r\nthree', [fix(4, 8, 'TWO')])).toEqual({ text: 'one TWO\r\nthree', applied: 1 });
    expect(applyFixesOnce('one\r\ntwo three', [fix(4, 8, 'TWO')])).toEqual({ text: 'one\r\nTWO three', applied: 1 });
    expect(applyFixesOnce('one\r\ntwo', [fix(3, 5, ' ')])).toEqual({ text: 'one two', applied: 1 });
  });

  it('skips a fix out of range or one that changes nothing', () => {
    expect(applyFixesOnce('abc', [fix(2, 9, ''), fix(-1, 1, ''), fix(2, 1, ''), fix(0, 1, 'a')])).toEqual({ text: 'abc', applied: 0 });
  });

  it('for any fixes: the ones applied never overlap, and the text outside them is untouched', () => {
    const text = fc.stringMatching(/^[ab\r\n ]{0,40}$/);
    fc.assert(
      fc.property(
        text.chain((t) =>
          fc.tuple(
            fc.constant(t),
            fc.array(
              fc.tuple(fc.nat(t.length), fc.nat(t.length), fc.string({ maxLength: 5 })).map(([a, b, r]) => fix(Math.min(a, b), Math.max(a, b), r)),
              { maxLength: 6 },
            ),
          ),
        ),
        ([t, fixes]) => {
          const { text: out, applied } = applyFixesOnce(t, fixes);
          // Rebuild the result independently: take fixes in order, skipping any that meet a taken one.
          const taken: Fix[] = [];
          for (const f of fixes.map((x) => keepLineEnds(t, x)).sort((a, b) => a.start - b.start || a.end - b.end)) {
            if (t.slice(f.start, f.end) === f.replacement) continue;
            const last = taken.at(-1);
            if (last && last.start === f.start && last.end === f.end && last.replacement === f.replacement) continue;
            if (last && f.start <= last.end) continue;
            taken.push(f);
          }
          let expected = '';
          let at = 0;
          for (const f of taken) {
            expected += t.slice(at, f.start) + f.replacement;
            at = f.end;
          }
          expected += t.slice(at);
          expect(out).toBe(expected);
          expect(applied).toBe(taken.length);
          for (let i = 1; i < taken.length; i++) expect(taken[i]!.start).toBeGreaterThan(taken[i - 1]!.end);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('fixText', () => {
  it('applies a sentence rewrite that contains an email fix once, and the email goes with it', () => {
    const text = `Hello,\n${EMAIL}\n`;
    const [offPlatform, email] = detect(text, {});
    expect(offPlatform!.fix!.start).toBeLessThanOrEqual(email!.fix!.start);
    expect(offPlatform!.fix!.end).toBeGreaterThanOrEqual(email!.fix!.end);
    const expected = text.slice(0, offPlatform!.fix!.start) + offPlatform!.fix!.replacement + text.slice(offPlatform!.fix!.end);
    expect(fixText(text, settings)).toEqual({ text: expected, fixes: 1 });
    expect(detect(expected, {})).toEqual([]);
  });

  it('fixes overlapping findings over several passes until nothing fixable is left', () => {
    const findings = detect(PAYPAL, {});
    expect(findings.map((f) => f.rule)).toEqual(['payment-outside', 'payment-outside', 'contact-email']);
    const { text, fixes } = fixText(PAYPAL, settings);
    expect(fixes).toBeGreaterThanOrEqual(2);
    expect(detect(text, {})).toEqual([]);
    expect(text).not.toContain('outlook.com');
    expect(text.startsWith('Hi Mark,\n\n')).toBe(true);
    expect(text.endsWith('\n\nThanks,\nPriya\n')).toBe(true);
  });

  it('leaves info findings (allowed by an exception) and silenced findings alone', () => {
    const enterprise = { ...settings, context: { ...defaultContext, client: 'enterprise' as const } };
    expect(fixText(EMAIL, enterprise)).toEqual({ text: EMAIL, fixes: 0 });
    const silenced = `<!-- clearsend-disable-next-line -->\n${EMAIL}`;
    expect(fixText(silenced, settings)).toEqual({ text: silenced, fixes: 0 });
    expect(fixText(PORTFOLIO, { ...settings, quiet: true })).toEqual({ text: PORTFOLIO, fixes: 0 });
  });
});

describe('--fix and --fix-dry-run on files', () => {
  let repo: string;
  let loose: string;
  const EMAIL_FILE = `Hello,\n${EMAIL}\n`;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'clearsend-fix-repo-'));
    loose = mkdtempSync(join(tmpdir(), 'clearsend-fix-loose-'));
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'letters'));
    writeFileSync(join(repo, 'letters/email.txt'), EMAIL_FILE);
    writeFileSync(join(repo, 'letters/paypal.md'), PAYPAL);
    writeFileSync(join(repo, 'letters/portfolio.md'), `${PORTFOLIO}\n`);
    writeFileSync(join(repo, 'letters/bom-crlf.txt'), `\ufeffHello,\r\n${EMAIL}\r\nThanks\r\n`);
    writeFileSync(join(repo, 'letters/changed.txt'), 'Hello\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'letters');
    writeFileSync(join(repo, 'letters/changed.txt'), EMAIL_FILE);
    writeFileSync(join(repo, 'letters/untracked.txt'), EMAIL_FILE);
    writeFileSync(join(loose, 'email.txt'), EMAIL_FILE);
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(loose, { recursive: true, force: true });
  });

  const inRepo = (argv: string[], stdin?: string) => cli(['check', '--no-config-lookup', ...argv], { cwd: repo, ...(stdin !== undefined && { stdin }) });

  it('changes nothing unless --fix is given: every format, --quiet, --fix-dry-run, a report file elsewhere', async () => {
    const before = snapshot(repo);
    const out = mkdtempSync(join(tmpdir(), 'clearsend-fix-out-'));
    try {
      for (const argv of [
        [],
        ['--json'],
        ['-f', 'sarif'],
        ['-f', 'github'],
        ['-f', 'compact'],
        ['-q'],
        ['-o', join(out, 'report.txt')],
        ['--rule', 'contact-email=off'],
        // Every finding in these files has a fix, so nothing would remain.
        ['--fix-dry-run'],
        ['--fix-dry-run', '--json'],
      ]) {
        const { code, stdout } = await inRepo([...argv, 'letters']);
        expect(code, argv.join(' ')).toBe(argv[0] === '--fix-dry-run' ? 0 : 1);
        if (argv[0] === '--fix-dry-run' && argv.length === 1) expect(stdout).toMatch(/^Would apply \d+ fixes to 6 files \(--fix-dry-run: nothing was written\)\.\n/);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(snapshot(repo)).toEqual(before);
    expect(git(repo, 'status', '--porcelain')).toBe(' M letters/changed.txt\n?? letters/untracked.txt\n');
  });

  it('--fix-dry-run reports what would remain and gives the fixed text in JSON', async () => {
    const { code, stdout } = await inRepo(['--fix-dry-run', '--json', 'letters/email.txt', 'letters/portfolio.md']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { file: string; fixes: number; output?: string; findings: unknown[] }[];
    expect(report.map((r) => [r.file, r.fixes, r.output, r.findings.length])).toEqual([
      ['letters/email.txt', 1, fixText(EMAIL_FILE, settings).text, 0],
      // The portfolio link's fix removes the link, a warning: it would be applied too.
      ['letters/portfolio.md', 1, fixText(`${PORTFOLIO}\n`, settings).text, 0],
    ]);
    const stylish = await inRepo(['--fix-dry-run', 'letters/email.txt']);
    expect(stylish.stdout).toBe('Would apply 1 fix to 1 file (--fix-dry-run: nothing was written).\n✔ No problems found.\n');
  });

  it('--fix-dry-run works on standard input', async () => {
    const { code, stdout } = await inRepo(['--fix-dry-run', '--json'], EMAIL_FILE);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { output: string }[])[0]!.output).toBe(fixText(EMAIL_FILE, settings).text);
  });

  it('refuses to write over a file with uncommitted changes or not committed, exit 2, leaving it as it was', async () => {
    const before = snapshot(repo);
    const { code, stdout, stderr } = await inRepo(['--fix', 'letters/changed.txt', 'letters/untracked.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "clearsend: did not write fixes to 'letters/changed.txt': it has uncommitted changes, so the change could not be undone; commit it first, or add --fix-backup to keep a copy in 'letters/changed.txt.bak'\n" +
        "clearsend: did not write fixes to 'letters/untracked.txt': it is not committed to git, so the change could not be undone; commit it first, or add --fix-backup to keep a copy in 'letters/untracked.txt.bak'\n",
    );
    // The report shows the findings still in the files, and the summary fails.
    expect(stdout).toMatch(/^letters\/changed\.txt\n/);
    expect(stdout.endsWith('Applied 0 fixes to 0 files.\n✖ 2 errors; 2 inputs checked: 4 violations, 0 warnings, 0 info\n')).toBe(true);
    expect(snapshot(repo)).toEqual(before);
  });

  it('refuses a file outside any git work tree unless --fix-backup', async () => {
    const refused = await cli(['check', '--no-config-lookup', '--fix', 'email.txt'], { cwd: loose });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("did not write fixes to 'email.txt': it is not in a git work tree");
    expect(readFileSync(join(loose, 'email.txt'), 'utf8')).toBe(EMAIL_FILE);

    const backedUp = await cli(['check', '--no-config-lookup', '--fix', '--fix-backup', 'email.txt'], { cwd: loose });
    expect([backedUp.code, backedUp.stderr]).toEqual([0, '']);
    expect(readFileSync(join(loose, 'email.txt.bak'), 'utf8')).toBe(EMAIL_FILE);
    expect(readFileSync(join(loose, 'email.txt'), 'utf8')).toBe(fixText(EMAIL_FILE, settings).text);

    // A second run would overwrite the first backup: it refuses instead, and changes neither file.
    writeFileSync(join(loose, 'email.txt'), `${EMAIL} again\n`);
    const again = await cli(['check', '--no-config-lookup', '--fix', '--fix-backup', 'email.txt'], { cwd: loose });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe("clearsend: did not write fixes to 'email.txt': cannot back it up: 'email.txt.bak' already exists (an earlier backup); move it away first\n");
    expect(readFileSync(join(loose, 'email.txt.bak'), 'utf8')).toBe(EMAIL_FILE);
    expect(readFileSync(join(loose, 'email.txt'), 'utf8')).toBe(`${EMAIL} again\n`);
  });

  it('writes a committed, unchanged file, keeping its byte-order mark and CRLF line ends; git shows the change', async () => {
    const { code, stdout, stderr } = await inRepo(['--fix', 'letters/email.txt', 'letters/paypal.md', 'letters/bom-crlf.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(readFileSync(join(repo, 'letters/email.txt'), 'utf8')).toBe(fixText(EMAIL_FILE, settings).text);
    expect(readFileSync(join(repo, 'letters/paypal.md'), 'utf8')).toBe(fixText(PAYPAL, settings).text);
    const bytes = readFileSync(join(repo, 'letters/bom-crlf.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const fixed = bytes.toString('utf8').slice(1);
    expect(fixed).toBe(fixText(`Hello,\r\n${EMAIL}\r\nThanks\r\n`, settings).text);
    expect(fixed.match(/\r\n/g)).toHaveLength(3);
    expect(fixed).not.toMatch(/[^\r]\n/);
    expect(stdout).toMatch(/^Applied \d+ fixes to 3 files\.\n✔ No problems found in 3 files\.\n$/);
    expect(git(repo, 'status', '--porcelain', '--', 'letters/email.txt', 'letters/paypal.md', 'letters/bom-crlf.txt')).toBe(
      ' M letters/bom-crlf.txt\n M letters/email.txt\n M letters/paypal.md\n',
    );
    expect(existsSync(join(repo, 'letters/email.txt.bak'))).toBe(false);
  });

  it('--quiet --fix leaves warnings as they are', async () => {
    git(repo, 'checkout', '--', '.');
    const before = readFileSync(join(repo, 'letters/portfolio.md'), 'utf8');
    const { code, stdout } = await inRepo(['--fix', '--quiet', 'letters/portfolio.md']);
    expect(code).toBe(0);
    expect(stdout).toBe('Applied 0 fixes to 0 files.\n✔ No problems found.\n');
    expect(readFileSync(join(repo, 'letters/portfolio.md'), 'utf8')).toBe(before);
  });
});
