import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { excludedPatterns, gitignorePatterns } from './scripts/sources-zip.mjs';

/**
 * Preact renders `dangerouslySetInnerHTML` by assigning `dom.innerHTML = value.__html`, and
 * Firefox's add-on linter warns about that assignment in every bundle that contains Preact
 * (UNSAFE_VAR_ASSIGNMENT). Clearsend never renders raw HTML, so the assignment is replaced by an
 * error: the feature is removed from the shipped Preact instead of the warning being hidden.
 * The exact minified shape is required; when a Preact update changes it, the build fails and a
 * person looks again (see PERMISSIONS.md, "Store review notes").
 */
function preactWithoutRawHtml(): Plugin {
  const RAW_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
  return {
    name: 'clearsend:preact-without-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)$/.test(id.split('?')[0] ?? '')) return null;
      const found = code.match(RAW_HTML) ?? [];
      if (found.length !== 1) {
        this.error(`Preact's innerHTML assignment has changed shape (${found.length} matches in ${id}): review preactWithoutRawHtml in wxt.config.ts`);
      }
      return { code: code.replace(RAW_HTML, '(()=>{throw Error("Clearsend: dangerouslySetInnerHTML is not supported")})()'), map: null };
    },
  };
}

/**
 * The public half of Clearsend's extension key, as Chrome wants it in the manifest's `key`: the
 * DER-encoded SubjectPublicKeyInfo in base64 on one line (the PEM's body). It fixes the extension
 * id for unpacked and self-hosted installs, which administrators need for their policies
 * (docs/admin.md); the private key is not in the repository.
 */
function publicKey(): string {
  const pem = readFileSync(fileURLToPath(new URL('./keys/clearsend-extension.pub.pem', import.meta.url)), 'utf8');
  return pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
}

// See ../shared/TOOLCHAIN.md for why each setting is what it is.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite's modulepreload polyfill fetches <link rel=modulepreload> targets: not needed in an
  // extension page, and the bundle check forbids every network call.
  vite: () => ({
    build: { modulePreload: { polyfill: false } },
    plugins: [preactWithoutRawHtml()],
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
  zip: {
    // `wxt zip -b firefox` also writes the sources zip that addons.mozilla.org asks for. It holds
    // the tracked files a reviewer needs to rebuild (scripts/sources-zip.mjs says what is left out
    // and why), never build output or test results lying on the packer's disk (.gitignore).
    // scripts/check-zips.mjs checks its file list and that it rebuilds the same add-on.
    excludeSources: [...excludedPatterns(), ...gitignorePatterns(fileURLToPath(new URL('.', import.meta.url)))],
  },
  manifest: ({ browser }) => ({
    // Localised from public/_locales/ (English, Spanish, Brazilian Portuguese; see docs/localisation.md):
    // the name, the description, the options page, the popup, and the card, badge and guard.
    name: '__MSG_common_extName__',
    description: '__MSG_common_extDescription__',
    default_locale: 'en',
    // Drawn by scripts/make-icons.mjs; the sizes the Chrome Web Store and Edge ask for
    // (scripts/check-store.mjs checks them).
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Each permission is explained in PERMISSIONS.md; scripts/check-bundle.mjs refuses any other.
    permissions: ['storage'],
    // Chrome and Edge: a fixed id, and the schema of what an administrator may set by policy
    // (storage.managed, docs/admin.md). Firefox reads managed storage from a native manifest
    // installed by the administrator instead, and its manifest has neither key.
    // The Chrome Web Store refuses a package whose manifest has a `key` (it issues the key and the
    // id itself), so the store zip is built with CLEARSEND_STORE=1 and leaves it out; every other
    // build (the demo, the browser tests, a self-hosted .crx) carries it. scripts/check-store.mjs
    // checks the store zip has none.
    ...(browser !== 'firefox' && {
      ...(process.env.CLEARSEND_STORE !== '1' && { key: publicKey() }),
      storage: { managed_schema: 'managed_schema.json' },
    }),
    // The toolbar button opens the popup (entrypoints/popup/); WXT adds default_popup. No
    // permission comes with it: the popup finds the active tab with tabs.query, which gives a
    // tab's id without "tabs" or "activeTab".
    action: {
      default_title: '__MSG_common_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    // Firefox asks every extension to declare what it collects: nothing. That key exists from
    // Firefox 140 (Firefox for Android 142), so those are the lowest versions the add-on accepts.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'clearsend@clearsend.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
