import { defineConfig } from 'wxt';

// See ../shared/TOOLCHAIN.md for why each setting is what it is.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite's modulepreload polyfill fetches <link rel=modulepreload> targets: not needed in an
  // extension page, and the bundle check forbids every network call.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'Clearsend',
    description: 'Warns you before you send an Upwork proposal or message that breaks Upwork’s rules. Runs locally; sends nothing.',
    // Each permission is explained in PERMISSIONS.md; scripts/check-bundle.mjs refuses any other.
    permissions: ['storage'],
    // Firefox asks every extension to declare what it collects: nothing.
    ...(browser === 'firefox' && { browser_specific_settings: { gecko: { id: 'clearsend@clearsend.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }),
  }),
});
