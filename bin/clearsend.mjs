#!/usr/bin/env node
// Thin launcher: the CLI itself is lib/cli/run.ts, bundled into dist/cli.mjs
// by scripts/build-cli.mjs (run by `npm install`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);

if (!existsSync(cli)) {
  process.stderr.write('clearsend: the CLI is not built yet; run `npm install` (it builds dist/cli.mjs)\n');
  process.exitCode = 2;
} else {
  // `clearsend check dir | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const { run } = await import(cli.href);
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
  });
}
