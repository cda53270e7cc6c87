import { defineConfig } from 'wxt';

// See ../shared/TOOLCHAIN.md for why each setting is what it is.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Clearsend',
    description: 'Warns you before you send an Upwork proposal or message that breaks Upwork’s rules. Runs locally; sends nothing.',
    // Each permission is explained in PERMISSIONS.md; a build check refuses any other.
    permissions: ['storage'],
  },
});
