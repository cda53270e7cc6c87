/**
 * The administrator's side (docs/admin.md): the fixed extension id, the managed schema Chrome and
 * Edge check policies against, and every copy-paste example in the guide. The Linux configuration
 * example is also written as a real machine policy by tests/e2e/policy.spec.ts.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { isOptIn, onByDefault, RULE_CATALOG } from '../../lib/rules/catalog';
import { ManagedPolicySchema } from '../../lib/settings-schema';
import { GUARD_MODES, readManagedPolicy, RULE_IDS, SEVERITIES, TERM_LISTS } from '../../lib/settings';
import { adminExample, EXAMPLE_NAMES, policyFromRegistry, policyFromPlist } from './admin-examples';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const ADMIN = read('docs/admin.md');
const SCHEMA = JSON.parse(read('public/managed_schema.json')) as JsonSchema;

interface JsonSchema {
  type: string;
  title?: string;
  description?: string;
  enum?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
}

/** What Chrome does: SHA-256 of the DER public key, the first 32 hex digits written with a-p. */
function extensionIdOf(der: Buffer): string {
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const PEM = read('keys/clearsend-extension.pub.pem');
const DER = createPublicKey(PEM).export({ type: 'spki', format: 'der' });
const ID = extensionIdOf(DER);

describe('the fixed extension id', () => {
  it('is a 2048-bit RSA public key, and the committed file holds no private key', () => {
    const key = createPublicKey(PEM);
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(PEM).not.toMatch(/PRIVATE/);
  });

  it('is the id docs/admin.md prints, and the only id in every example', () => {
    expect(ID).toMatch(/^[a-p]{32}$/);
    expect(ADMIN).toContain(`    ${ID}\n`);
    const ids = new Set(ADMIN.match(/\b[a-p]{32}\b/g));
    expect([...ids]).toEqual([ID]);
    // The Admin console example is pasted into the page of an extension already chosen by id.
    for (const name of EXAMPLE_NAMES.filter((n) => n !== 'admin-console')) expect(adminExample(ADMIN, name), `example ${name}`).toContain(ID);
  });

  it('is what the manifest key (the PEM body, base64 DER on one line) gives', () => {
    const body = PEM.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
    expect(Buffer.from(body, 'base64').equals(DER)).toBe(true);
    // The build puts exactly this in manifest.json (wxt.config.ts); the browser test checks Chromium agrees.
    expect(read('wxt.config.ts')).toContain("keys/clearsend-extension.pub.pem");
  });
});

describe('public/managed_schema.json', () => {
  it('is an object schema whose every property has a title and a description', () => {
    const missing: string[] = [];
    const walk = (schema: JsonSchema, path: string) => {
      if (path && (!schema.title?.trim() || !schema.description?.trim())) missing.push(path);
      for (const [key, child] of Object.entries(schema.properties ?? {})) walk(child, path ? `${path}.${key}` : key);
      if (schema.items) walk(schema.items, `${path}[]`);
    };
    expect(SCHEMA.type).toBe('object');
    walk(SCHEMA, '');
    expect(missing).toEqual([]);
  });

  it('uses only what Chrome’s schema format knows', () => {
    const KNOWN = new Set(['type', 'title', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum']);
    const unknown: string[] = [];
    const walk = (schema: JsonSchema, path: string) => {
      for (const key of Object.keys(schema)) if (!KNOWN.has(key)) unknown.push(`${path || '(root)'}: ${key}`);
      expect(['object', 'array', 'string', 'boolean', 'integer', 'number']).toContain(schema.type);
      // Chrome accepts a range only on integers.
      if (schema.minimum !== undefined || schema.maximum !== undefined) expect(schema.type, path).toBe('integer');
      for (const [key, child] of Object.entries(schema.properties ?? {})) walk(child, `${path}.${key}`);
      if (schema.items) walk(schema.items, `${path}[]`);
    };
    walk(SCHEMA, '');
    expect(unknown).toEqual([]);
  });

  it('describes each rule as the options page does, with its own default severity', () => {
    // repeated-cover-letter once carried agency-terms' description and "default violation" (found in session 34).
    const en = JSON.parse(read('public/_locales/en/messages.json')) as Record<string, { message: string }>;
    for (const rule of RULE_CATALOG) {
      const entry = SCHEMA.properties!.rules!.properties![rule.id]!;
      expect(entry.description, rule.id).toContain(en[`options_rule_${rule.id.replace(/-/g, '_')}_description`]!.message);
      expect(entry.properties!.severity!.description, rule.id).toContain(`(default ${rule.severity})`);
      if (!onByDefault(rule.id)) expect(entry.description, rule.id).toMatch(/Off unless turned on/);
      else if (isOptIn(rule.id)) expect(entry.description, rule.id).toMatch(/On unless turned off/);
    }
  });

  it('describes the same policy as ManagedPolicySchema (zod): properties, rule ids, enums, types', () => {
    const props = SCHEMA.properties!;
    expect(Object.keys(props).sort()).toEqual(Object.keys(ManagedPolicySchema.def.shape).sort());
    expect(Object.keys(props.rules!.properties!)).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) {
      const rule = props.rules!.properties![id]!;
      expect(Object.keys(rule.properties!).sort()).toEqual(['enabled', 'severity']);
      expect(rule.properties!.enabled!.type).toBe('boolean');
      expect(rule.properties!.severity!.enum).toEqual([...SEVERITIES]);
    }
    expect(props.guard!.enum).toEqual([...GUARD_MODES]);
    for (const key of ['enterSends', 'allowUserChanges', 'allowMarks']) expect(props[key]!.type, key).toBe('boolean');
    expect(props.coverLetters!.properties).toMatchObject({ enabled: { type: 'boolean' }, threshold: { type: 'number' }, retentionDays: { type: 'integer', minimum: 1, maximum: 365 } });
    expect(Object.keys(props.coverLetters!.properties!).sort()).toEqual(Object.keys(ManagedPolicySchema.def.shape.coverLetters.def.innerType.def.shape).sort());
    expect(Object.keys(props.forbiddenTerms!.properties!)).toEqual([...TERM_LISTS]);
    for (const list of TERM_LISTS) expect(props.forbiddenTerms!.properties![list]).toMatchObject({ type: 'array', items: { type: 'string' } });
  });

  it('is what the Chrome manifest points at', () => {
    expect(read('wxt.config.ts')).toMatch(/storage: \{ managed_schema: 'managed_schema\.json' \}/);
  });
});

/** Every example's Clearsend settings must pass the browser's schema check, Clearsend's own, and zod. */
function expectValidPolicy(policy: unknown, where: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(SCHEMA);
  expect(validate(policy), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  expect(readManagedPolicy(policy).problems, where).toEqual([]);
  expect(ManagedPolicySchema.safeParse(policy).success, where).toBe(true);
  // Something is really set: an empty policy would pass every check.
  expect(Object.keys(policy as object).length, where).toBeGreaterThan(1);
}

const FORCE_INSTALL = { installation_mode: 'force_installed', update_url: 'https://clients2.google.com/service/update2/crx' };

describe('the examples in docs/admin.md', () => {
  it('Linux: the installation file force-installs Clearsend from the Chrome Web Store', () => {
    const install = JSON.parse(adminExample(ADMIN, 'linux-install')) as { ExtensionSettings: Record<string, object> };
    expect(Object.keys(install)).toEqual(['ExtensionSettings']);
    expect(install.ExtensionSettings[ID]).toMatchObject(FORCE_INSTALL);
  });

  it('Linux: the configuration file holds only Clearsend’s 3rdparty block, and it is valid', () => {
    const config = JSON.parse(adminExample(ADMIN, 'linux-config')) as { '3rdparty': { extensions: Record<string, unknown> } };
    expect(Object.keys(config)).toEqual(['3rdparty']);
    expect(Object.keys(config['3rdparty'].extensions)).toEqual([ID]);
    expectValidPolicy(config['3rdparty'].extensions[ID], 'linux-config');
  });

  it('Windows: the .reg file sets ExtensionSettings and a valid policy', () => {
    const { chrome, policy } = policyFromRegistry(adminExample(ADMIN, 'windows-reg'), ID);
    expect(JSON.parse(chrome.ExtensionSettings as string)[ID]).toMatchObject(FORCE_INSTALL);
    expectValidPolicy(policy, 'windows-reg');
    expect(policy).toMatchObject({ guard: 'block', allowMarks: false, rules: { 'contact-link': { enabled: false } }, forbiddenTerms: { platforms: ['Fiverr', 'Toptal'] } });
  });

  it('macOS: the configuration profile installs Clearsend and sets a valid policy in its own domain', () => {
    const payloads = policyFromPlist(adminExample(ADMIN, 'macos-mobileconfig'));
    expect(payloads.get('com.google.Chrome')?.ExtensionSettings).toMatchObject({ [ID]: FORCE_INSTALL });
    const settings = payloads.get(`com.google.Chrome.extensions.${ID}`);
    expectValidPolicy(settings, 'macos-mobileconfig');
  });

  it('macOS: the defaults commands write valid values to the same domain', () => {
    const lines = adminExample(ADMIN, 'macos-defaults').trim().split('\n');
    const policy: Record<string, unknown> = {};
    for (const line of lines) {
      const m = /^defaults write (\S+) (\w+) -(string|bool) (\S+)$/.exec(line);
      expect(m, line).not.toBeNull();
      expect(m![1]).toBe(`com.google.Chrome.extensions.${ID}`);
      policy[m![2]!] = m![3] === 'bool' ? m![4] === 'true' : m![4];
    }
    expectValidPolicy(policy, 'macos-defaults');
  });

  it('Google Admin console: every setting wrapped in {"Value": ...}, and valid once unwrapped', () => {
    const wrapped = JSON.parse(adminExample(ADMIN, 'admin-console')) as Record<string, { Value: unknown }>;
    for (const [key, entry] of Object.entries(wrapped)) expect(Object.keys(entry), key).toEqual(['Value']);
    expectValidPolicy(Object.fromEntries(Object.entries(wrapped).map(([k, v]) => [k, v.Value])), 'admin-console');
  });

  it('documents every property of the schema', () => {
    for (const key of Object.keys(SCHEMA.properties!)) expect(ADMIN, key).toContain(`| \`${key}\` |`);
  });
});
