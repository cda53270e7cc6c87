import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// See ../shared/TOOLCHAIN.md for why each setting is what it is.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite's modulepreload polyfill fetches <link rel=modulepreload> targets: not needed in an
  // extension page, and the bundle check forbids every network call.
  vite: () => ({
    build: { modulePreload: { polyfill: false } },
    // WXT's content-script context announces itself with a page-visible DOM event and stops when
    // the page dispatches that event: ours does neither (see entrypoints/upwork.content/wxt-context.ts).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./entrypoints/upwork.content/wxt-context.ts', import.meta.url)),
        },
      ],
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Clearsend',
    description: 'Warns you before you send an Upwork proposal or message that breaks Upwork’s rules. Runs locally; sends nothing.',
    // Each permission is explained in PERMISSIONS.md; scripts/check-bundle.mjs refuses any other.
    permissions: ['storage'],
    // Firefox asks every extension to declare what it collects: nothing.
    ...(browser === 'firefox' && { browser_specific_settings: { gecko: { id: 'clearsend@clearsend.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }),
  }),
});
