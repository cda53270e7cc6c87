/**
 * `.clearsendrc.json`: per-folder settings for a template library. Looked up
 * from each checked file's folder upward, like ESLint's .eslintrc files: every
 * file found on the way applies, a nearer one winning over a farther one, and
 * the search stops at a file with `"root": true` or at the file system's root.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import type { DetectContext, OrganizationTerms } from '../detector/types';
import { CHOICES, CONTEXT_KEYS, RULE_IDS, RULE_LEVELS, type RuleLevel } from './args';

export const CONFIG_NAME = '.clearsendrc.json';

export interface Config {
  context: Partial<DetectContext>;
  rules: Record<string, RuleLevel>;
  /** An agency's forbidden terms for the agency-terms rule (the managed policy's `forbiddenTerms`). */
  terms?: OrganizationTerms;
}

const TERM_LIST = z.optional(z.array(z.string().check(z.minLength(1))));

/** A config file that cannot be used; the message names the file and says what to change. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const schema = z.strictObject({
  $schema: z.optional(z.string()),
  root: z.optional(z.boolean()),
  surface: z.optional(z.enum(CHOICES.surface)),
  client: z.optional(z.enum(CHOICES.client)),
  contract: z.optional(z.enum(CHOICES.contract)),
  role: z.optional(z.enum(CHOICES.role)),
  rules: z.optional(z.record(z.string(), z.enum(RULE_LEVELS))),
  forbiddenTerms: z.optional(z.strictObject({ domains: TERM_LIST, handles: TERM_LIST, phrases: TERM_LIST, platforms: TERM_LIST })),
});

/** Rule ids that do not exist, checked apart so they are reported with the other problems. */
function unknownRules(json: unknown): string[] {
  if (typeof json !== 'object' || json === null || !('rules' in json)) return [];
  const rules = json.rules;
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return [];
  return Object.keys(rules)
    .filter((id) => !RULE_IDS.includes(id))
    .map((id) => `'rules.${id}': unknown rule; the rules are: ${RULE_IDS.join(', ')}`);
}

type RawConfig = z.infer<typeof schema>;

/** One plain line per problem, naming the setting it is about. */
function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.');
  const at = where === '' ? '' : `'${where}': `;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const names = issue.keys.map((k) => `'${where ? `${where}.` : ''}${k}'`).join(', ');
      return `unknown setting${issue.keys.length > 1 ? 's' : ''} ${names}; the settings are: root, ${CONTEXT_KEYS.join(', ')}, rules, forbiddenTerms`;
    }
    case 'invalid_value':
      return `${at}expected ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `${at}expected ${issue.expected === 'record' ? 'an object' : issue.expected}`;
    default:
      return `${at}${issue.message}`;
  }
}

/** Checks the text of one config file; `file` names it in messages. */
export function parseConfig(file: string, text: string): RawConfig {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ConfigError(`config file '${file}' is not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  const problems = [...(result.success ? [] : result.error.issues.map(describe)), ...unknownRules(json)];
  if (!result.success || problems.length > 0) {
    throw new ConfigError(`config file '${file}' is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return result.data as RawConfig;
}

/** Finds and merges the config files that apply to files in `dir`, with a cache per folder. */
export class ConfigFinder {
  private readonly byDir = new Map<string, Promise<Config>>();
  private readonly files = new Map<string, Promise<RawConfig | null>>();

  /** `cwd` only shortens the names in messages. */
  constructor(private readonly cwd: string) {}

  /** The merged config for files in `dir` (absolute). Rejects with ConfigError. */
  forDirectory(dir: string): Promise<Config> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = this.compute(dir);
      this.byDir.set(dir, found);
    }
    return found;
  }

  private async compute(dir: string): Promise<Config> {
    const own = await this.fileIn(dir);
    const parent = path.dirname(dir);
    const outer = own?.root === true || parent === dir ? { context: {}, rules: {} } : await this.forDirectory(parent);
    if (!own) return outer;
    const context: Partial<DetectContext> = { ...outer.context };
    for (const key of CONTEXT_KEYS) {
      if (own[key] !== undefined) (context as Record<string, string>)[key] = own[key];
    }
    // Each list of terms set by the nearer file replaces the same list from farther up.
    const terms = own.forbiddenTerms || outer.terms ? { ...outer.terms, ...own.forbiddenTerms } : undefined;
    return { context, rules: { ...outer.rules, ...own.rules }, ...(terms && { terms }) };
  }

  private fileIn(dir: string): Promise<RawConfig | null> {
    let found = this.files.get(dir);
    if (!found) {
      const file = path.join(dir, CONFIG_NAME);
      const relative = path.relative(this.cwd, file);
      const name = relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
      found = readFile(file, 'utf8').then(
        (text) => parseConfig(name, text),
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
          throw new ConfigError(`cannot read config file '${name}': ${error.code === 'EISDIR' ? 'it is a directory' : error.message}`);
        },
      );
      this.files.set(dir, found);
    }
    return found;
  }
}
