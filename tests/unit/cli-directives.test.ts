import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../lib/cli/args';
import { parseDirectives } from '../../lib/cli/directives';
import { cli } from './cli-helpers';

const EMAIL = 'Email me at jane.doe@gmail.com';
const PHONE = 'Phone: +44 20 7946 0958';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearsend-directives-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Checks `text` as a file and returns "line rule" for each finding reported. */
async function reported(text: string, name = 'template.md'): Promise<{ code: number; found: string[]; stderr: string }> {
  writeFileSync(join(dir, name), text);
  const { code, stdout, stderr } = await cli(['check', '--no-config-lookup', '--json', name], { cwd: dir });
  const [entry] = JSON.parse(stdout) as { findings: { rule: string; line: number }[] }[];
  return { code, found: entry!.findings.map((f) => `${f.line} ${f.rule}`), stderr };
}

describe('parsing directives', () => {
  it('reads the kind, the rule ids and the line in any comment style, and drops the reason after " -- "', () => {
    const text = [
      '<!-- clearsend-disable-next-line contact-email -->',
      '{{! clearsend-disable-line contact-link, contact-phone }}',
      '# clearsend-disable',
      '// clearsend-enable contact-email -- back on for the signature',
      '[clearsend-disable-next-line contact-email -- placeholder, replaced per client]',
      '<!-- clearsend-disable-next-line contact-email -- the address is the agency inbox -->',
    ].join('\n');
    expect(parseDirectives(text, RULE_IDS).directives.map(({ kind, rules, line }) => ({ kind, rules, line }))).toEqual([
      { kind: 'disable-next-line', rules: ['contact-email'], line: 1 },
      { kind: 'disable-line', rules: ['contact-link', 'contact-phone'], line: 2 },
      { kind: 'disable', rules: null, line: 3 },
      { kind: 'enable', rules: ['contact-email'], line: 4 },
      { kind: 'disable-next-line', rules: ['contact-email'], line: 5 },
      { kind: 'disable-next-line', rules: ['contact-email'], line: 6 },
    ]);
  });

  it('ignores words that only contain the directive', () => {
    expect(parseDirectives('my-clearsend-disable-next-line and clearsend-disabled and clearsend-enable-all', RULE_IDS).directives).toEqual([]);
  });
});

describe('silencing findings', () => {
  it('disable-next-line silences only the named rule on the next line', async () => {
    const { code, found } = await reported(`<!-- clearsend-disable-next-line contact-email -->\n${EMAIL}\n${EMAIL}\n`);
    expect(found).toEqual(['2 off-platform', '3 off-platform', '3 contact-email']);
    expect(code).toBe(1);
  });

  it('disable-line silences findings on its own line, in a .txt file too', async () => {
    const { found } = await reported(`${EMAIL} # clearsend-disable-line contact-email, off-platform\n${PHONE}\n`, 'template.txt');
    expect(found).toEqual(['2 contact-phone']);
  });

  it('a directive with no rule ids covers every rule', async () => {
    const { code, found } = await reported(`{{! clearsend-disable-next-line }}\n${EMAIL}\n`);
    expect([code, found]).toEqual([0, []]);
  });

  it('disable ... enable silences a block, per rule or for all, and enable can reopen one rule', async () => {
    const text = [
      EMAIL, // 1: reported
      '<!-- clearsend-disable contact-email -->',
      EMAIL, // 3: only off-platform
      '<!-- clearsend-enable contact-email -->',
      EMAIL, // 5: both
      '<!-- clearsend-disable -->',
      `${EMAIL} ${PHONE}`, // 7: nothing
      '<!-- clearsend-enable contact-phone -->',
      `${EMAIL} ${PHONE}`, // 9: only the phone
      '<!-- clearsend-enable -->',
      PHONE, // 11: reported
    ].join('\n');
    const { found } = await reported(text);
    expect(found).toEqual(['1 off-platform', '1 contact-email', '3 off-platform', '5 off-platform', '5 contact-email', '9 contact-phone', '11 contact-phone']);
  });

  it('a disable without an enable lasts to the end of the file', async () => {
    const { code, found } = await reported(`${PHONE}\n# clearsend-disable contact-phone\n${PHONE}\n\n${PHONE}\n`, 'a.txt');
    expect([code, found]).toEqual([1, ['1 contact-phone']]);
  });

  it('an unknown rule id is an error naming the file, the line and the valid ids, exit 2; it silences nothing', async () => {
    const { code, found, stderr } = await reported(`intro\n<!-- clearsend-disable-next-line contact-mail -->\n${EMAIL}\n`);
    expect(code).toBe(2);
    expect(found).toEqual(['3 off-platform', '3 contact-email']);
    expect(stderr).toBe(`clearsend: template.md:2: unknown rule 'contact-mail' in clearsend-disable-next-line; the rules are: ${RULE_IDS.join(', ')}\n`);
  });

  it('the directives themselves raise no finding', async () => {
    const lines = RULE_IDS.map((id) => `<!-- clearsend-disable-next-line ${id} -- placeholder for the client's email and phone -->`);
    const { code, found } = await reported(`${lines.join('\n')}\n`);
    expect([code, found]).toEqual([0, []]);
  });

  it('the README example works as it says', async () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('**Silencing a finding in a template.**'));
    const example = /```md\n([\s\S]*?)```/.exec(section)![1]!;
    expect(parseDirectives(example, RULE_IDS)).toMatchObject({ problems: [] });
    expect(parseDirectives(example, RULE_IDS).directives.map((d) => d.kind)).toEqual(['disable-next-line', 'disable', 'enable']);
    // Without its directive, the portfolio line is reported; with it, nothing is.
    expect((await reported(example.replace(/<!--.*-->\n/, ''))).found).toEqual(['1 contact-link']);
    expect(await reported(example)).toEqual({ code: 0, found: [], stderr: '' });
  });
});
