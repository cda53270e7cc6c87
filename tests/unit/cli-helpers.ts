/** Shared by the tests/unit/cli*.test.ts files: running the CLI in-process and reading its stylish report. */
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import { run } from '../../lib/cli/run';
import type { Finding } from '../../lib/index';

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  stdin?: string | Buffer;
  isTTY?: boolean;
  columns?: number;
  env?: Record<string, string>;
}

export async function cli(argv: string[], options: CliOptions): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin === undefined ? [] : [Buffer.from(options.stdin)];
  const code = await run(argv, {
    stdin: Readable.from(input),
    stdout: {
      write: (s) => void (stdout += s),
      ...(options.isTTY !== undefined && { isTTY: options.isTTY }),
      ...(options.columns !== undefined && { columns: options.columns }),
    },
    stderr: { write: (s) => void (stderr += s) },
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

export interface StylishRow {
  where: string;
  severity: string;
  rule: string;
  match: string;
  /** The message (and exception) lines below the row, joined with single spaces. */
  text: string;
  /** Those lines as printed. */
  lines: string[];
}

export interface Stylish {
  files: { name: string; rows: StylishRow[] }[];
  /** The lines after the last file block: the fix line and the summary. */
  tail: string[];
}

const ROW = /^ {2}(\d+:\d+) +(violation|warning|info) +(\S+)(?: +"(.*)")?$/;
/** The match on a line of its own, when the terminal is too narrow for it beside the row. */
const MATCH_LINE = /^ +"(.*)"$/;

/** Reads a plain (uncoloured) stylish report back into its parts; fails the test on a line it cannot place. */
export function parseStylish(stdout: string): Stylish {
  expect(stdout.endsWith('\n')).toBe(true);
  const blocks = stdout.slice(0, -1).split('\n\n');
  const tail = blocks.pop()!.split('\n');
  const files = blocks.map((block) => {
    const [name, ...lines] = block.split('\n');
    const rows: StylishRow[] = [];
    for (const line of lines) {
      const m = ROW.exec(line);
      if (m) {
        rows.push({ where: m[1]!, severity: m[2]!, rule: m[3]!, match: m[4] ?? '', text: '', lines: [] });
        continue;
      }
      const row = rows[rows.length - 1];
      const alone = MATCH_LINE.exec(line);
      if (row && row.match === '' && row.lines.length === 0 && alone) {
        row.match = alone[1]!;
        continue;
      }
      expect(row, `a message line before any row: ${JSON.stringify(line)}`).toBeDefined();
      expect(line).toMatch(/^ {6,}\S/);
      row!.lines.push(line);
      row!.text = row!.text === '' ? line.trim() : `${row!.text} ${line.trim()}`;
    }
    return { name: name!, rows };
  });
  return { files, tail };
}

/** What parseStylish should read for a finding at a given line:column. */
export function expectedRow(f: Finding, where: string): Omit<StylishRow, 'lines'> {
  return { where, severity: f.severity, rule: f.rule, match: f.match, text: f.exception ? `${f.message} ${f.exception}` : f.message };
}

export function rows(s: Stylish): Omit<StylishRow, 'lines'>[][] {
  return s.files.map((f) => f.rows.map(({ lines: _lines, ...rest }) => rest));
}
