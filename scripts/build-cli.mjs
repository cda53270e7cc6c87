// Bundles the command-line interface (lib/cli/run.ts and the detector it
// uses) into dist/cli.mjs, which bin/clearsend.mjs loads. Silent on success.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// esbuild reports its own errors (logLevel); only the exit code is left to set.
await build({
  absWorkingDir: root,
  entryPoints: ['lib/cli/run.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
}).catch(() => {
  process.exitCode = 1;
});
