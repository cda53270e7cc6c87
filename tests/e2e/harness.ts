// Helpers used by every end-to-end spec. The launching and routing live in launch.mjs,
// shared with scripts/demo.mjs; this module adds types, a Harness object and a Playwright
// `test` whose `page`/`context` come from our own Chromium (with or without the extension).
//
//   import { test, expect, openFixture, typeHuman } from './harness';
//   test.use({ extension: false });          // per file or describe; default true
//   test('...', async ({ page, harness }) => { await openFixture(page, 'apply'); ... });
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchBrowser, networkRequests, openShadowForTests, type LaunchOptions, type Launched, type ShadowOpener, type RequestRecord } from './launch.mjs';

export {
  FIXTURE_URLS,
  FIXTURE_ROUTES,
  EXTENSION_DIR,
  FIXTURES_DIR,
  computeExtensionId,
  extensionId,
  networkRequests,
  openFixture,
  openShadowForTests,
  requestsOf,
  resolveFixture,
  typeHuman,
} from './launch.mjs';
export type { FixtureName, LaunchOptions, RequestRecord } from './launch.mjs';
export { expect };

export interface Harness extends Launched {
  /** The first tab's DevTools session that opened the shadow root (when openShadow), with evaluateInExtension. */
  opener: ShadowOpener | null;
  /** All open tabs of the context. */
  pages(): Page[];
  /** The recorded requests that could leave the machine (http, https, ws, wss). */
  networkRequests(): RequestRecord[];
  /** Uncaught errors thrown by any page of the context (page scripts and content scripts). */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension (.output/chrome-mv3) loaded, or with no
 * extension when `extension: false` (for comparisons), fixtures served at www.upwork.com and
 * every other request aborted and recorded. `openShadow` (default true) makes Clearsend's shadow
 * root open in the first tab so that locators reach its underlines, cards and guard (see
 * openShadowForTests in launch.mjs); the shipped build's root is closed, which the hostile-page
 * tests check with `openShadow: false`.
 */
export async function launchWithExtension({ extension = true, openShadow = true, ...options }: LaunchOptions & { openShadow?: boolean } = {}): Promise<Harness> {
  const launched = await launchBrowser({ extension, ...options });
  const opener = extension && openShadow ? await openShadowForTests(launched.context, launched.page) : null;
  const pageErrors: string[] = [];
  launched.context.on('weberror', (error) => pageErrors.push(String(error.error()?.stack ?? error.error())));
  return {
    ...launched,
    opener,
    pages: () => launched.context.pages(),
    networkRequests: () => networkRequests(launched.requests),
    pageErrors,
    close: () => launched.context.close(),
  };
}

/** `test` with our browser: `extension` option, `harness`, and `page`/`context` taken from it. */
export const test = base.extend<{ extension: boolean; openShadow: boolean; harness: Harness; context: BrowserContext; page: Page }>({
  extension: [true, { option: true }],
  openShadow: [true, { option: true }],
  harness: async ({ extension, openShadow }, use, testInfo) => {
    const harness = await launchWithExtension({ extension, openShadow });
    await use(harness);
    if (testInfo.status !== testInfo.expectedStatus) {
      for (const [i, p] of harness.pages().entries()) {
        const shot = await p.screenshot({ fullPage: true }).catch(() => undefined);
        if (shot) await testInfo.attach(`page-${i}.png`, { body: shot, contentType: 'image/png' });
      }
      if (harness.pageErrors.length) await testInfo.attach('page-errors.txt', { body: harness.pageErrors.join('\n\n') });
    }
    await harness.close();
  },
  context: async ({ harness }, use) => use(harness.context),
  page: async ({ harness }, use) => use(harness.page),
});
