import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../lib/cli/args';
import { ConfigFinder, parseConfig } from '../../lib/cli/config';
import { cli } from './cli-helpers';

const EMAIL = 'Email me at jane.doe@gmail.com';

interface Entry {
  file: string;
  findings: { rule: string; severity: string }[];
}

let dir: string;

/**
 * root/                          {"surface": "proposal", "rules": {"off-platform": "warning"}}
 *   a.txt
 *   enterprise/                  {"client": "enterprise"}
 *     b.txt
 *     standalone/                {"root": true, "rules": {"contact-email": "off"}}
 *       c.txt
 *   plain/d.txt                  (no config of its own)
 */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearsend-config-'));
  const root = join(dir, 'root');
  mkdirSync(join(root, 'enterprise/standalone'), { recursive: true });
  mkdirSync(join(root, 'plain'));
  writeFileSync(join(root, '.clearsendrc.json'), JSON.stringify({ $schema: 'ignored', surface: 'proposal', rules: { 'off-platform': 'warning' } }));
  writeFileSync(join(root, 'enterprise/.clearsendrc.json'), '{"client": "enterprise"}');
  writeFileSync(join(root, 'enterprise/standalone/.clearsendrc.json'), '{"root": true, "rules": {"contact-email": "off"}}');
  for (const file of ['a.txt', 'enterprise/b.txt', 'enterprise/standalone/c.txt', 'plain/d.txt']) writeFileSync(join(root, file), `${EMAIL}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (stdout: string) => (JSON.parse(stdout) as Entry[]).map((e) => [e.file, e.findings.map((f) => `${f.rule} ${f.severity}`)]);

describe('.clearsendrc.json lookup', () => {
  it('applies every config from the file up to a root one, the nearer winning', async () => {
    const { code, stdout, stderr } = await cli(['check', '--json', 'root'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(json(stdout)).toEqual([
      ['root/a.txt', ['off-platform warning', 'contact-email violation']],
      // Enterprise: both are allowed, so info (an exception outranks a rule level).
      ['root/enterprise/b.txt', ['off-platform info', 'contact-email info']],
      // root: true: the configs above do not apply, so off-platform is a violation again.
      ['root/enterprise/standalone/c.txt', ['off-platform violation']],
      ['root/plain/d.txt', ['off-platform warning', 'contact-email violation']],
    ]);
  });

  it('lets the command line win over the config files', async () => {
    const { stdout } = await cli(['check', '--json', '--client', 'standard', '--rule', 'off-platform=violation', 'root/enterprise/b.txt'], { cwd: dir });
    expect(json(stdout)).toEqual([['root/enterprise/b.txt', ['off-platform violation', 'contact-email violation']]]);
  });

  it('is skipped with --no-config-lookup', async () => {
    const { stdout } = await cli(['check', '--json', '--no-config-lookup', 'root/a.txt'], { cwd: dir });
    expect(json(stdout)).toEqual([['root/a.txt', ['off-platform violation', 'contact-email violation']]]);
  });

  it('starts from the folder of --stdin-filename, or from the working directory', async () => {
    const named = await cli(['check', '--json', '--stdin-filename', 'enterprise/new.txt'], { cwd: join(dir, 'root'), stdin: EMAIL });
    expect(json(named.stdout)).toEqual([['enterprise/new.txt', ['off-platform info', 'contact-email info']]]);
    const anonymous = await cli(['check', '--json'], { cwd: join(dir, 'root/enterprise'), stdin: EMAIL });
    expect(json(anonymous.stdout)).toEqual([['-', ['off-platform info', 'contact-email info']]]);
  });

  it('reads each config file once per run', async () => {
    const finder = new ConfigFinder(dir);
    const first = finder.forDirectory(join(dir, 'root/enterprise'));
    expect(finder.forDirectory(join(dir, 'root/enterprise'))).toBe(first);
    expect(await first).toEqual({ context: { surface: 'proposal', client: 'enterprise' }, rules: { 'off-platform': 'warning' } });
  });
});

describe('forbidden terms in a config file (rule agency-terms)', () => {
  it('are reported, the nearer file replacing a list from farther up', async () => {
    const terms = mkdtempSync(join(tmpdir(), 'clearsend-terms-'));
    try {
      mkdirSync(join(terms, 'inner'));
      writeFileSync(join(terms, '.clearsendrc.json'), JSON.stringify({ root: true, forbiddenTerms: { platforms: ['Fiverr'], domains: ['agency-crm.example'] } }));
      writeFileSync(join(terms, 'inner/.clearsendrc.json'), JSON.stringify({ forbiddenTerms: { platforms: ['Toptal'] } }));
      writeFileSync(join(terms, 'a.txt'), 'I am on Fiverr and Toptal, files on docs.agency-crm.example.\n');
      writeFileSync(join(terms, 'inner/b.txt'), 'I am on Fiverr and Toptal, files on docs.agency-crm.example.\n');
      const { code, stdout } = await cli(['check', '--json', '.'], { cwd: terms });
      expect(code).toBe(1);
      const matches = (JSON.parse(stdout) as { file: string; findings: { rule: string; match: string }[] }[]).map((e) => [
        e.file,
        e.findings.filter((f) => f.rule === 'agency-terms').map((f) => f.match),
      ]);
      expect(matches).toEqual([
        ['a.txt', ['Fiverr', 'docs.agency-crm.example']],
        ['inner/b.txt', ['Toptal', 'docs.agency-crm.example']],
      ]);
    } finally {
      rmSync(terms, { recursive: true, force: true });
    }
  });

  it('must be lists of non-empty strings', () => {
    expect(() => parseConfig('x', '{"forbiddenTerms": {"platforms": "Fiverr"}}')).toThrow(/'forbiddenTerms\.platforms': expected array/);
    expect(() => parseConfig('x', '{"forbiddenTerms": {"sites": []}}')).toThrow(/unknown setting 'forbiddenTerms\.sites'/);
  });
});

describe('the README', () => {
  it('shows a valid config file', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('**Config file.**'));
    const example = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    expect(parseConfig('README.md', example)).toEqual({ root: true, surface: 'proposal', client: 'standard', rules: { 'contact-link': 'warning', harassment: 'off' } });
  });
});

describe('an invalid config file', () => {
  const problems = (text: string) => {
    try {
      parseConfig('x/.clearsendrc.json', text);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('says what is wrong, setting by setting', () => {
    expect(problems('{"surface": "chat", "rules": {"contact-mail": "off", "harassment": "error"}, "colour": true, "root": "yes"}')).toBe(
      "config file 'x/.clearsendrc.json' is invalid:\n" +
        "  - 'root': expected boolean\n" +
        "  - 'surface': expected \"proposal\", \"message\"\n" +
        "  - 'rules.harassment': expected \"off\", \"warning\", \"violation\"\n" +
        "  - unknown setting 'colour'; the settings are: root, surface, client, contract, role, rules, forbiddenTerms\n" +
        `  - 'rules.contact-mail': unknown rule; the rules are: ${RULE_IDS.join(', ')}`,
    );
    expect(problems('[1]')).toBe("config file 'x/.clearsendrc.json' is invalid:\n  - expected object");
    expect(problems('{"rules": ["contact-email"]}')).toBe("config file 'x/.clearsendrc.json' is invalid:\n  - 'rules': expected an object");
    expect(problems('{"surface": "proposal",}')).toMatch(/^config file 'x\/\.clearsendrc\.json' is not valid JSON: /);
    expect(problems('\ufeff{"surface": "proposal"}')).toBe('no error');
  });

  it('stops the files under it from being checked, exit 2, and the others are still checked', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'clearsend-broken-'));
    try {
      mkdirSync(join(broken, 'bad'));
      mkdirSync(join(broken, 'good'));
      writeFileSync(join(broken, 'bad/.clearsendrc.json'), '{"client": "business"}');
      writeFileSync(join(broken, 'bad/one.txt'), EMAIL);
      writeFileSync(join(broken, 'bad/two.txt'), EMAIL);
      writeFileSync(join(broken, 'good/ok.txt'), EMAIL);
      const { code, stdout, stderr } = await cli(['check', '--json', 'bad', 'good'], { cwd: broken });
      expect(code).toBe(2);
      expect(json(stdout)).toEqual([['good/ok.txt', ['off-platform violation', 'contact-email violation']]]);
      expect(stderr).toBe(
        "clearsend: config file 'bad/.clearsendrc.json' is invalid:\n" +
          '  - \'client\': expected "standard", "enterprise"\n' +
          "clearsend: 'bad/one.txt' was not checked because of the config file above\n" +
          "clearsend: 'bad/two.txt' was not checked because of the config file above\n",
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('reports a config path that is a directory', async () => {
    const odd = mkdtempSync(join(tmpdir(), 'clearsend-odd-'));
    try {
      mkdirSync(join(odd, '.clearsendrc.json'));
      writeFileSync(join(odd, 'a.txt'), 'Hello');
      const { code, stderr } = await cli(['check', 'a.txt'], { cwd: odd });
      expect(code).toBe(2);
      expect(stderr.split('\n')[0]).toBe("clearsend: cannot read config file '.clearsendrc.json': it is a directory");
    } finally {
      rmSync(odd, { recursive: true, force: true });
    }
  });
});
