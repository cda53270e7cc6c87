/**
 * Every unit test file starts a fresh module graph, and its first check compiles the detector's
 * patterns. Node 20's V8 interprets each new pattern before compiling it, which made that first
 * check cost 1-2.5 s, near vitest's 5 s limit on a loaded two-core CI machine. The CLI compiles
 * each new pattern at once (lib/detector/compile-first.ts); the tests do the same. It changes no
 * finding: tests/unit/compile-first.test.ts checks that on the whole corpus.
 */
import { compileFirst } from '../../lib/detector/compile-first';

compileFirst.enabled = true;
