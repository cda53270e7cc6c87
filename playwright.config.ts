import { defineConfig } from '@playwright/test';

// End-to-end tests: Debian's Chromium with the built extension on local copies of Upwork's
// pages (tests/fixtures/, served at their real addresses; no network). The browser is launched
// by tests/e2e/harness.ts, not by Playwright's own browser fixtures. See tests/fixtures/README.md.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  reporter: 'list',
  timeout: 30_000,
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  projects: [
    { name: 'main', testIgnore: /policy\.spec\.ts$/ },
    // Machine-wide enterprise policy (tests/e2e/policy.ts), listed last. Nothing else of this run
    // can launch a browser while its file exists: the spec refuses to run with more than one
    // worker, and other runs on the machine are held off by the lock. (Not a `dependencies` on
    // main: Playwright would then skip these tests whenever any other test failed.)
    { name: 'policy', testMatch: /policy\.spec\.ts$/ },
  ],
  use: {
    // Only for a spec that uses Playwright's plain `test` by mistake: never its own download.
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] },
  },
});
