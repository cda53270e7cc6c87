/**
 * Inputs: which files a command line names (directories searched for .txt and
 * .md files), and reading each as UTF-8 text.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Bytes searched for a NUL to tell a binary file from text. */
const BINARY_SNIFF = 8192;

export type Input = { kind: 'stdin' } | { kind: 'file'; display: string; absolute: string };
/** An input to check, or why a command-line input yields nothing to check; kept in command-line order. */
export type Item = Input | { kind: 'error'; message: string };

/** Turns the command-line inputs into the list to check, in order, without repeats. */
export async function expand(args: readonly string[], cwd: string): Promise<Item[]> {
  if (args.length === 0) return [{ kind: 'stdin' }];
  const inputs: Item[] = [];
  const fail = (message: string) => inputs.push({ kind: 'error', message });
  const seen = new Set<string>();
  const add = (display: string, absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    inputs.push({ kind: 'file', display, absolute });
  };

  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(absolute)).isDirectory();
    } catch (error) {
      fail(`cannot read '${arg}': ${reason(error)}`);
      continue;
    }
    if (!isDirectory) {
      add(arg, absolute);
      continue;
    }
    const found = await textFilesUnder(absolute, arg, fail);
    if (found === null) continue;
    if (found.length === 0) {
      fail(`no .txt or .md files found in directory '${arg}'`);
      continue;
    }
    for (const rel of found) add(path.join(arg, rel), path.join(absolute, rel));
  }
  return inputs;
}

const TEXT_FILE = /\.(?:txt|md)$/i;

/**
 * Relative paths of the .txt and .md files under `root`, sorted; skips
 * node_modules and dot-directories, does not follow links to directories.
 * Null when `root` itself cannot be listed.
 */
async function textFilesUnder(root: string, display: string, fail: (message: string) => void): Promise<string[] | null> {
  const found: string[] = [];
  const visit = async (rel: string): Promise<boolean> => {
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch (error) {
      fail(`cannot read directory '${path.join(display, rel)}': ${reason(error)}`);
      return false;
    }
    for (const entry of entries) {
      const child = rel === '' ? entry.name : path.join(rel, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) await visit(child);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && TEXT_FILE.test(entry.name)) {
        found.push(child);
      }
    }
    return true;
  };
  if (!(await visit(''))) return null;
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The text of an input, or null after recording why it cannot be checked. */
export async function readInput(
  input: Input,
  io: { stdin: NodeJS.ReadableStream; stderr: { write(s: string): void } },
  errors: string[],
): Promise<Decoded | null> {
  const name = input.kind === 'stdin' ? 'standard input' : `'${input.display}'`;
  let bytes: Uint8Array;
  try {
    if (input.kind === 'stdin') {
      if ((io.stdin as { isTTY?: boolean }).isTTY === true) {
        io.stderr.write('clearsend: reading standard input; type or paste the text, then press Ctrl-D (Ctrl-Z, Enter on Windows)\n');
      }
      bytes = await readAll(io.stdin);
    } else {
      bytes = await readFile(input.absolute);
    }
  } catch (error) {
    errors.push(`cannot read ${name}: ${reason(error)}`);
    return null;
  }
  const decoded = decode(bytes);
  if ('problem' in decoded) {
    errors.push(`${name} ${decoded.problem}`);
    return null;
  }
  return decoded;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}

/** The text of an input; `bom` tells whether a UTF-8 byte-order mark was dropped (a fix puts it back). */
export interface Decoded {
  text: string;
  bom: boolean;
}

/** UTF-8 text (a byte-order mark is dropped), or what is wrong with the bytes. */
export function decode(bytes: Uint8Array): Decoded | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'is UTF-16 text; save it as UTF-8 and try again' };
  }
  if (bytes.subarray(0, BINARY_SNIFF).includes(0)) {
    return { problem: 'looks like a binary file (it contains a NUL byte); only UTF-8 text can be checked' };
  }
  try {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom };
  } catch {
    return { problem: 'is not valid UTF-8 text; save it as UTF-8 and try again' };
  }
}

/** A plain reason for a file-system error. */
export function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
