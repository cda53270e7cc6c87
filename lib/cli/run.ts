/**
 * The command-line adapter: arguments, config files, inputs, fixes, the report
 * and the exit status around the pure detector. Node-only; nothing under
 * lib/detector depends on it.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { version } from '../../package.json';
import { compileFirst } from '../detector/compile-first';
import { defaultContext } from '../detector/types';
import { parseArgs, USAGE, UsageError, type CheckArgs } from './args';
import { analyse, fixText, type Settings } from './check';
import { ConfigError, ConfigFinder, type Config } from './config';
import { expand, readInput, reason, type Decoded, type Input } from './files';
import { gitState, unsafeReason } from './fix';
import { format, HUMAN_FORMATS } from './formats/index';
import { ansi, plain } from './formats/paint';
import { exitCode, type FileReport, type Outcome } from './report';
import { unreadPart } from '../detector/languages';

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: { write(s: string): void; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): void };
  /** Relative paths are resolved against it. */
  cwd: string;
  /** Where FORCE_COLOR and NO_COLOR are read; defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

const HINT = "Run 'clearsend --help' for usage.";
// Node's V8 interprets a new pattern before compiling it; compiling at once halves a short run.
compileFirst.enabled = true;

/** Columns assumed when the output is not a terminal. */
export const DEFAULT_WIDTH = 80;

/** Runs `clearsend` with the arguments after the program name; resolves to the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    io.stderr.write(`clearsend: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

/**
 * Colour: --color or --no-color first; then FORCE_COLOR (any value but "0"
 * or "false" turns it on, and it wins over NO_COLOR, as in Node); then a
 * non-empty NO_COLOR turns it off; otherwise only a terminal gets colour.
 */
export function useColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}

async function main(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`clearsend: ${error.message}\n${HINT}\n`);
    return 2;
  }
  if (args.kind === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (args.kind === 'version') {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  return check(args, io);
}

async function check(args: CheckArgs, io: CliIO): Promise<number> {
  const errors: string[] = [];
  const files: FileReport[] = [];
  const finder = new ConfigFinder(io.cwd);
  let warningsFound = 0;

  for (const item of await expand(args.inputs, io.cwd)) {
    if (item.kind === 'error') {
      errors.push(item.message);
      continue;
    }
    const decoded = await readInput(item, io, errors);
    if (decoded === null) continue;
    const naming = names(item, args, io.cwd);

    let config: Config = { context: {}, rules: {} };
    if (args.configLookup) {
      try {
        config = await finder.forDirectory(naming.path === undefined ? io.cwd : path.dirname(naming.path));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        if (!errors.includes(error.message)) errors.push(error.message);
        errors.push(`'${naming.name}' was not checked because of the config file above`);
        continue;
      }
    }
    const settings: Settings = {
      context: { ...defaultContext, ...config.context, ...args.context },
      levels: { ...config.rules, ...args.rules },
      quiet: args.quiet,
      ...(config.terms && { terms: config.terms }),
    };

    let text = decoded.text;
    let fixes = 0;
    let output: string | undefined;
    if (args.fix !== 'off') {
      const fixed = fixText(text, settings);
      if (fixed.fixes > 0) {
        const refused = args.fix === 'write' && item.kind === 'file' ? await writeFixed(item, decoded, fixed.text, args.fixBackup) : null;
        if (refused === null) {
          text = fixed.text;
          fixes = fixed.fixes;
          output = fixed.text;
        } else {
          errors.push(refused);
        }
      }
    }

    const analysis = analyse(text, settings);
    for (const problem of analysis.problems) errors.push(`${naming.name}:${problem.line}: ${problem.message}`);
    warningsFound += analysis.warningsFound;
    const unread = unreadPart(text);
    files.push({
      ...naming,
      findings: analysis.reported,
      fixes,
      ...(output !== undefined && { output }),
      ...(unread !== null && ('script' in unread ? { unreadScript: unread.script } : { unreadLanguage: unread.language })),
    });
  }

  const outcome: Outcome = { files, errors: errors.length, warningsFound, maxWarnings: args.maxWarnings, fix: args.fix };
  const env = io.env ?? process.env;
  const toFile = args.outputFile !== undefined;
  const isTTY = !toFile && io.stdout.isTTY === true;
  const color = HUMAN_FORMATS.includes(args.format) && useColor(args.color, env, isTTY);
  const columns = isTTY && io.stdout.columns !== undefined && io.stdout.columns > 0 ? io.stdout.columns : DEFAULT_WIDTH;
  const options = { paint: color ? ansi : plain, width: columns, cwd: io.cwd, version };

  let report = format(args.format, outcome, options);
  if (toFile) {
    const target = path.resolve(io.cwd, args.outputFile!);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, report);
    } catch (error) {
      errors.push(`cannot write the report to '${args.outputFile}': ${reason(error)}`);
      // The report on standard output then, so that nothing is lost; its summary counts this error too.
      report = format(args.format, { ...outcome, errors: errors.length }, { ...options, paint: plain });
      io.stdout.write(report);
    }
  } else {
    io.stdout.write(report);
  }
  for (const message of errors) io.stderr.write(`clearsend: ${message}\n`);
  return exitCode({ ...outcome, errors: errors.length });
}

/** How the reports name an input, and its absolute path when it has one. */
function names(item: Input, args: CheckArgs, cwd: string): Pick<FileReport, 'name' | 'jsonName' | 'path'> {
  if (item.kind === 'file') return { name: item.display, jsonName: item.display, path: item.absolute };
  const given = args.stdinFilename;
  if (given === undefined) return { name: '<stdin>', jsonName: '-', path: undefined };
  return { name: given, jsonName: given, path: path.resolve(cwd, given) };
}

/**
 * Writes the fixed text over a file, or says why not. A file is written only
 * when git can undo the change (tracked, no uncommitted changes) or, with
 * --fix-backup, after copying it to FILE.bak (never over an existing .bak).
 */
async function writeFixed(input: Extract<Input, { kind: 'file' }>, original: Decoded, fixed: string, backup: boolean): Promise<string | null> {
  const name = input.display;
  if (backup) {
    try {
      await copyFile(input.absolute, `${input.absolute}.bak`, constants.COPYFILE_EXCL);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code === 'EEXIST' ? `'${name}.bak' already exists (an earlier backup); move it away first` : reason(error);
      return `did not write fixes to '${name}': cannot back it up: ${why}`;
    }
  } else {
    const state = await gitState(input.absolute);
    if (state !== 'clean') {
      return `did not write fixes to '${name}': ${unsafeReason(state)}, so the change could not be undone; commit it first, or add --fix-backup to keep a copy in '${name}.bak'`;
    }
  }
  try {
    await writeFile(input.absolute, (original.bom ? '\ufeff' : '') + fixed);
  } catch (error) {
    return `did not write fixes to '${name}': ${reason(error)}`;
  }
  return null;
}
