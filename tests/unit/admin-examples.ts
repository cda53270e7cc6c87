/**
 * Reading the copy-paste examples of docs/admin.md: each is the fenced block after a
 * `<!-- example: NAME -->` comment. Small readers for the Windows registry file and the macOS
 * property list turn them back into the objects the browser would see. Shared by
 * tests/unit/admin.test.ts and the browser test (tests/e2e/policy.spec.ts).
 */

export const EXAMPLE_NAMES = ['linux-install', 'linux-config', 'windows-reg', 'macos-mobileconfig', 'macos-defaults', 'admin-console'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

/** The text of the fenced block that follows `<!-- example: name -->`. */
export function adminExample(markdown: string, name: ExampleName): string {
  const at = markdown.indexOf(`<!-- example: ${name} -->`);
  if (at < 0) throw new Error(`docs/admin.md has no example "${name}"`);
  const block = /^```[\w-]*\n([\s\S]*?)^```$/m.exec(markdown.slice(at));
  if (!block) throw new Error(`docs/admin.md: no fenced block after the example "${name}"`);
  return block[1]!;
}

type Tree = Record<string, unknown>;

/**
 * A .reg file as Chrome reads it: `ExtensionSettings` (and other values) of the browser's key, and
 * the extension's `policy` key, where a subkey is an object, a subkey whose values are named
 * 1, 2, 3... is a list, REG_DWORD is a number (a boolean where 0/1 stands for false/true).
 */
export function policyFromRegistry(reg: string, id: string): { chrome: Tree; policy: Tree } {
  const CHROME = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome';
  const POLICY = `${CHROME}\\3rdparty\\extensions\\${id}\\policy`;
  const chrome: Tree = {};
  const policy: Tree = {};
  let target: Tree | null = null;
  const lists = new Set<Tree>();
  for (const line of reg.split(/\r?\n/)) {
    const key = /^\[(.+)\]$/.exec(line.trim());
    if (key) {
      const path = key[1]!;
      if (path === CHROME) target = chrome;
      else if (path === POLICY || path.startsWith(`${POLICY}\\`)) {
        target = policy;
        for (const part of path.slice(POLICY.length).split('\\').filter(Boolean)) target = (target[part] ??= {}) as Tree;
      } else throw new Error(`unexpected registry key ${path}`);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line.trim());
    if (!value || !target) continue;
    const name = value[1]!.replace(/\\(.)/g, '$1');
    target[name] = value[2] !== undefined ? value[2].replace(/\\(.)/g, '$1') : parseInt(value[3]!, 16) === 1;
    if (/^[1-9]\d*$/.test(name)) lists.add(target);
  }
  // Numbered values make a list, in their order.
  const fold = (tree: Tree): unknown => {
    if (lists.has(tree)) return Object.keys(tree).sort((a, b) => Number(a) - Number(b)).map((k) => tree[k]);
    return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, typeof v === 'object' && v !== null ? fold(v as Tree) : v]));
  };
  return { chrome, policy: fold(policy) as Tree };
}

/** A configuration profile's payloads by PayloadType, with the Payload* keys left out. */
export function policyFromPlist(xml: string): Map<string, Tree> {
  const tokens = [...xml.replace(/<\?xml[^>]*\?>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)(\w+)(\/?)>([^<]*)/g)].map((m) => ({
    close: m[1] === '/',
    tag: m[2]!,
    empty: m[3] === '/',
    text: m[4]!,
  }));
  let i = 0;
  const value = (): unknown => {
    const t = tokens[i++]!;
    switch (t.tag) {
      case 'true':
      case 'false':
        if (!t.empty) i++;
        return t.tag === 'true';
      case 'string':
        i++;
        return t.text;
      case 'integer':
      case 'real':
        i++;
        return Number(t.text);
      case 'array': {
        const out: unknown[] = [];
        while (!(tokens[i]!.close && tokens[i]!.tag === 'array')) out.push(value());
        i++;
        return out;
      }
      case 'dict': {
        const out: Tree = {};
        while (!(tokens[i]!.close && tokens[i]!.tag === 'dict')) {
          const key = tokens[i]!;
          if (key.tag !== 'key') throw new Error(`plist: expected <key>, got <${key.tag}>`);
          i += 2;
          out[key.text] = value();
        }
        i++;
        return out;
      }
      default:
        throw new Error(`plist: unexpected <${t.tag}>`);
    }
  };
  while (tokens[i]?.tag !== 'dict') i++;
  const root = value() as Tree;
  const payloads = new Map<string, Tree>();
  for (const payload of root.PayloadContent as Tree[]) {
    payloads.set(payload.PayloadType as string, Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload'))));
  }
  return payloads;
}
