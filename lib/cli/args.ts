import { parseArgs as parseNodeArgs } from 'node:util';
import { SECOND_OPINION_RULE } from '../detector/classifier';
import type { DetectContext } from '../detector/types';
import { rules } from '../index';
import { USAGE } from './usage';

export { USAGE };

/** The report formats, as named by --format. */
export const FORMATS = ['stylish', 'json', 'compact', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** What --rule and the config file may set a rule to. */
export const RULE_LEVELS = ['off', 'warning', 'violation'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/**
 * Every rule id, sorted (the registry's order). The opt-in ones (the second opinion) are off unless given a level with --rule
 * or the config file (`--second-opinion` is short for that).
 */
export const RULE_IDS: readonly string[] = rules.map((r) => r.id);

/** Every context field, with the values the command line and the config file accept for it. */
export const CHOICES = {
  surface: ['proposal', 'message'],
  client: ['standard', 'enterprise'],
  contract: ['none', 'active'],
  role: ['freelancer', 'client'],
} as const satisfies { [K in keyof DetectContext]: readonly DetectContext[K][] };

export type ContextKey = keyof typeof CHOICES;
export const CONTEXT_KEYS = Object.keys(CHOICES) as ContextKey[];

export type FixMode = 'off' | 'write' | 'dry-run';

export interface CheckArgs {
  kind: 'check';
  format: FormatName;
  /** Only the context fields given on the command line; the config file and the defaults fill the rest. */
  context: Partial<DetectContext>;
  /** Rule levels given with --rule; they win over the config file. */
  rules: Record<string, RuleLevel>;
  quiet: boolean;
  /** Undefined: no limit. */
  maxWarnings: number | undefined;
  outputFile: string | undefined;
  stdinFilename: string | undefined;
  /** Undefined: decided by FORCE_COLOR, NO_COLOR and whether the output is a terminal. */
  color: boolean | undefined;
  fix: FixMode;
  fixBackup: boolean;
  configLookup: boolean;
  inputs: string[];
}

export type ParsedArgs = { kind: 'help' } | { kind: 'version' } | CheckArgs;

/** A mistake on the command line. The message is one line, without the "clearsend: " prefix. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  'stdin-filename': { type: 'string' },
  color: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'second-opinion': { type: 'boolean' },
  'config-lookup': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-backup': { type: 'boolean' },
  surface: { type: 'string' },
  client: { type: 'string' },
  contract: { type: 'string' },
  role: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** Options that take a value, with what to say when it is missing. */
const VALUE_HINTS: Record<string, string> = {
  '--format': FORMATS.join(', '),
  '-f': FORMATS.join(', '),
  '--max-warnings': 'a whole number',
  '--output-file': 'a file name',
  '-o': 'a file name',
  '--stdin-filename': 'a file name',
  '--rule': 'RULE=off, RULE=warning or RULE=violation',
  ...Object.fromEntries(CONTEXT_KEYS.map((k) => [`--${k}`, either(CHOICES[k])])),
};

export function either(values: readonly string[]): string {
  return values.length === 2 ? `${values[0]} or ${values[1]}` : values.join(', ');
}

/** Node's parseArgs errors, said the way the rest of the CLI speaks. */
function usageErrorFrom(error: unknown): UsageError {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  const option = /'(-[^' <,]+)/.exec(message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option '${option}'`);
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return new UsageError(`option ${option} does not take a value`);
    const long = Object.entries(OPTIONS).find(([, o]) => 'short' in o && `-${o.short}` === option)?.[0];
    const name = long ? `--${long}` : option;
    return new UsageError(`option ${name} needs a value: ${VALUE_HINTS[name] ?? 'a value'}`);
  }
  return new UsageError(message);
}

/** "contact-link=off,harassment=warning" -> entries; throws on anything else. */
function parseRuleSetting(setting: string, into: Record<string, RuleLevel>): void {
  for (const part of setting.split(',')) {
    const item = part.trim();
    const eq = item.indexOf('=');
    if (eq === -1) throw new UsageError(`invalid --rule '${setting}': expected RULE=off, RULE=warning or RULE=violation`);
    const id = item.slice(0, eq).trim();
    const level = item.slice(eq + 1).trim();
    if (!RULE_IDS.includes(id)) throw new UsageError(`unknown rule '${id}' in --rule; the rules are: ${RULE_IDS.join(', ')}`);
    if (!(RULE_LEVELS as readonly string[]).includes(level)) {
      throw new UsageError(`invalid level '${level}' for rule '${id}': expected off, warning or violation`);
    }
    into[id] = level as RuleLevel;
  }
}

/**
 * Parses the arguments after the program name with node:util's parseArgs.
 * --help and --version win over anything else before a "--" (so "clearsend
 * check --help" helps); otherwise the first positional is the command and the
 * rest are inputs.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  if (options.includes('--version')) return { kind: 'version' };

  let parsed;
  try {
    parsed = parseNodeArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true, allowNegative: true });
  } catch (error) {
    throw usageErrorFrom(error);
  }
  const { values, positionals } = parsed;

  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError("missing command: expected 'check'");
  if (command !== 'check') throw new UsageError(`unknown command '${command}': the only command is 'check'`);
  if (inputs.filter((a) => a === '-').length > 1) throw new UsageError("standard input ('-') can be given only once");

  const context: Partial<DetectContext> = {};
  for (const key of CONTEXT_KEYS) {
    const value = values[key];
    if (value === undefined) continue;
    const allowed: readonly string[] = CHOICES[key];
    if (!allowed.includes(value)) throw new UsageError(`invalid value '${value}' for --${key}: expected ${either(allowed)}`);
    (context as Record<string, string>)[key] = value;
  }

  let format: FormatName = 'stylish';
  if (values.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError(`invalid value '${values.format}' for --format: expected ${FORMATS.join(', ')}`);
    }
    format = values.format as FormatName;
  }
  if (values.json === true) {
    if (values.format !== undefined && format !== 'json') throw new UsageError(`--json and --format ${format} ask for different formats; give one`);
    format = 'json';
  }

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^(?:\d+|-1)$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
      throw new UsageError(`invalid value '${raw}' for --max-warnings: expected a whole number (0 or more; -1 for no limit)`);
    }
    maxWarnings = Number(raw) === -1 ? undefined : Number(raw);
  }

  const ruleLevels: Record<string, RuleLevel> = {};
  for (const setting of values.rule ?? []) parseRuleSetting(setting, ruleLevels);
  // --second-opinion is short for --rule second-opinion=warning (a level given with --rule wins); --no-second-opinion for =off.
  if (values['second-opinion'] !== undefined && ruleLevels[SECOND_OPINION_RULE] === undefined) {
    ruleLevels[SECOND_OPINION_RULE] = values['second-opinion'] ? 'warning' : 'off';
  }

  if (values.fix === true && values['fix-dry-run'] === true) throw new UsageError('give --fix or --fix-dry-run, not both');
  const fix: FixMode = values.fix === true ? 'write' : values['fix-dry-run'] === true ? 'dry-run' : 'off';
  const readsStdin = inputs.length === 0 || inputs.includes('-');
  if (values['fix-backup'] === true && fix !== 'write') throw new UsageError('--fix-backup is used with --fix');
  if (fix === 'write' && readsStdin) {
    throw new UsageError('--fix cannot write to standard input; use --fix-dry-run --format json to get the fixed text');
  }
  if (values['stdin-filename'] !== undefined && !readsStdin) {
    throw new UsageError("--stdin-filename names standard input, which is read only with no FILE or with '-'");
  }
  if (values['stdin-filename'] === '') throw new UsageError('--stdin-filename needs a file name');
  if (values['output-file'] === '') throw new UsageError('--output-file needs a file name');

  return {
    kind: 'check',
    format,
    context,
    rules: ruleLevels,
    quiet: values.quiet === true,
    maxWarnings,
    outputFile: values['output-file'],
    stdinFilename: values['stdin-filename'],
    color: values.color,
    fix,
    fixBackup: values['fix-backup'] === true,
    configLookup: values['config-lookup'] !== false,
    inputs,
  };
}
