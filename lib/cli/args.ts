import { defaultContext, type DetectContext } from '../detector/types';

/** Printed by --help. Keep in step with parseArgs and run. */
export const USAGE = `Usage: clearsend check [options] [FILE|DIR ...]

Checks text you are about to send on Upwork for things that break Upwork's
rules: contact details, moving the conversation off Upwork, payment outside
Upwork, pressure for feedback, account sharing and harassment.

With no FILE, or when FILE is -, reads standard input. A DIR is searched
recursively for .txt and .md files, in sorted order; node_modules and
directories whose names start with a dot are skipped, and symbolic links to
directories are not followed. A FILE named on the command line is checked
whatever its extension.

Options:
  --surface proposal|message    where the text goes: a proposal (cover letter,
                                screening answer) or a message (default: message)
  --client standard|enterprise  enterprise: a Business or Enterprise client,
                                who may exchange contact details before a
                                contract (default: standard)
  --contract none|active        whether a contract has started (default: none)
  --role freelancer|client      who is writing (default: freelancer)
  --json                        print the findings as JSON instead
  -h, --help                    print this help and exit
  --version                     print the version and exit
Options may also be written --name=value.

Output:
  For each input with findings, its name ("<stdin>" for standard input) and
  one line per finding: line:column, severity (violation, warning or info),
  message and rule. Columns count UTF-16 code units, like JavaScript string
  offsets (most emoji count as 2). When a finding was softened by an
  exception (an enterprise client, an active contract, a portfolio link...),
  the reason is printed on the line below it. Inputs without findings print
  nothing; a summary line ends the report.
  With --json, standard output is only a JSON array with one entry per input
  checked: {"file": NAME, "findings": [...]}, NAME being "-" for standard
  input, each finding as the detector returns it plus "line" and "column".

Errors:
  A FILE that is missing, unreadable, binary (a NUL byte in its first 8 KB) or
  not UTF-8, and a DIR with no .txt or .md files, is reported on standard
  error. The other inputs are still checked and their report printed, and the
  exit status is then 2.

Exit status:
  0  no violations (warnings and info do not fail)
  1  at least one violation
  2  a usage error, or an input that could not be checked
`;

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; json: boolean; context: DetectContext; inputs: string[] };

/** A mistake on the command line. The message is one line, without the "clearsend: " prefix. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Every context field, with the values the command line accepts for it. */
const CHOICES = {
  surface: ['proposal', 'message'],
  client: ['standard', 'enterprise'],
  contract: ['none', 'active'],
  role: ['freelancer', 'client'],
} as const satisfies { [K in keyof DetectContext]: readonly DetectContext[K][] };

type ContextKey = keyof typeof CHOICES;

function isContextKey(name: string): name is ContextKey {
  return Object.prototype.hasOwnProperty.call(CHOICES, name);
}

function setContext<K extends ContextKey>(context: DetectContext, key: K, value: string): boolean {
  const allowed: readonly string[] = CHOICES[key];
  if (!allowed.includes(value)) return false;
  context[key] = value as DetectContext[K];
  return true;
}

function either(values: readonly string[]): string {
  return values.length === 2 ? `${values[0]} or ${values[1]}` : values.join(', ');
}

/**
 * Parses the arguments after the program name. --help and --version win over
 * anything else before a "--" (so "clearsend check --help" helps); otherwise
 * the first word that is not an option is the command and the rest are inputs.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  if (options.includes('--version')) return { kind: 'version' };

  let command: string | undefined;
  let json = false;
  const context: DetectContext = { ...defaultContext };
  const inputs: string[] = [];
  let onlyInputs = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!onlyInputs && arg === '--') {
      onlyInputs = true;
      continue;
    }
    if (!onlyInputs && arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      const inline = eq === -1 ? undefined : arg.slice(eq + 1);
      if (name === '--json') {
        if (inline !== undefined) throw new UsageError('option --json does not take a value');
        json = true;
        continue;
      }
      const key = name.startsWith('--') ? name.slice(2) : '';
      if (!isContextKey(key)) throw new UsageError(`unknown option '${name}'`);
      const allowed = either(CHOICES[key]);
      let value = inline;
      if (value === undefined) {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new UsageError(`option ${name} needs a value: ${allowed}`);
        value = next;
        i++;
      }
      if (!setContext(context, key, value)) throw new UsageError(`invalid value '${value}' for ${name}: expected ${allowed}`);
      continue;
    }
    if (command === undefined) {
      if (arg !== 'check') throw new UsageError(`unknown command '${arg}': the only command is 'check'`);
      command = arg;
      continue;
    }
    inputs.push(arg);
  }

  if (command === undefined) throw new UsageError("missing command: expected 'check'");
  if (inputs.filter((a) => a === '-').length > 1) throw new UsageError("standard input ('-') can be given only once");
  return { kind: 'check', json, context, inputs };
}
