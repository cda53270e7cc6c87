// Validator for the held-out batches that carry no validator of their own (batch38 on): the training batches'
// validator, run on this folder. Usage: node tests/corpus/held-out/validate.mjs [batchN ...]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.argv.splice(2, 0, '--root', path.dirname(fileURLToPath(import.meta.url)));
await import('../training/validate.mjs');
