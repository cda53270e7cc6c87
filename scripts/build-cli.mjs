// Bundles the command-line interface (lib/cli/run.ts and the detector it
// uses) into dist/cli.mjs, which bin/clearsend.mjs loads. Silent on success.
// Run by `prepare` (npm install in the checkout, npm pack, npm publish), so
// the package carries the built file and installing it runs nothing.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

try {
  // esbuild reports its own errors (logLevel); only the exit code is left to set.
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['lib/cli/run.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    write: false,
  });
  // Written whole and renamed into place, so a reader never sees half a file.
  const temporary = `${outfile}.${process.pid}.tmp`;
  mkdirSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true });
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, outfile);
} catch {
  process.exitCode = 1;
}
