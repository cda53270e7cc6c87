#!/usr/bin/env node
/**
 * Checks the Chrome/Edge zip (.output/clearsend-<version>-chrome.zip, written by `npm run zip`)
 * against what the Chrome Web Store and Microsoft Edge Add-ons ask of the package itself:
 *
 * - manifest_version 3; a name (Edge: at most 45 characters, no emoji; Chrome: 75); a
 *   description of at most 132 characters; a version of one to four dot-separated integers
 *   0-65535 without leading zeros, not all zero;
 * - icons 16, 32, 48 and 128 declared, present, PNG, of exactly those sizes; the 128 px icon
 *   keeps Chrome's 16 px transparent margin around 96 px of artwork;
 * - no remote code: every script an extension page loads is a file in the package, no script
 *   or WebAssembly address on the web, no eval / new Function / importScripts, no loosened CSP;
 *   every file the manifest names is in the package;
 * - minimal permissions: no host permissions (the content script's match is enough), every
 *   permission justified in PERMISSIONS.md's table and actually used by the code;
 * - a single purpose statement (PERMISSIONS.md, "## Single purpose") for the listing's privacy tab.
 *
 * scripts/check-bundle.mjs checks the same build for network calls, polling and reloads.
 *
 *   npm run zip && node scripts/check-store.mjs
 *
 * Exit 0: ready. Exit 1: the problems, listed. Exit 2: the zip is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import JSZip from 'jszip';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const ZIP = path.join(ROOT, '.output', `${pkg.name}-${pkg.version}-chrome.zip`);
const ICON_SIZES = [16, 32, 48, 128];
/** manifest permission -> the code that uses it (in the minified bundle). */
const PERMISSION_USE = {
  storage: /\.storage\.(local|sync|session|managed)\b/,
};

const problems = [];
const passed = [];
const check = (ok, what, detail = '') => (ok ? passed : problems).push(detail ? `${what}: ${detail}` : what);

// ---------------------------------------------------------------------------------------------
// PNG: size, and the RGBA pixels (8-bit RGBA, non-interlaced, any row filter).
function readPng(buffer) {
  if (!buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return null;
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const [depth, colour, , , interlace] = buffer.subarray(24, 29);
  let pixels = null;
  if (depth === 8 && colour === 6 && interlace === 0) {
    const idat = [];
    for (let at = 8; at < buffer.length; ) {
      const length = buffer.readUInt32BE(at);
      const type = buffer.toString('latin1', at + 4, at + 8);
      if (type === 'IDAT') idat.push(buffer.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    const raw = zlib.inflateSync(Buffer.concat(idat));
    const stride = width * 4;
    pixels = Buffer.alloc(stride * height);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)];
      for (let x = 0; x < stride; x++) {
        const value = raw[y * (stride + 1) + 1 + x];
        const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
        const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
        const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
        const p = a + b - c;
        const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
        const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
        pixels[y * stride + x] = (value + predictor) & 0xff;
      }
    }
  }
  return { width, height, pixels };
}

/** PERMISSIONS.md: the permissions table's first column, and the single purpose paragraph. */
function readPermissionsDoc() {
  const text = readFileSync(path.join(ROOT, 'PERMISSIONS.md'), 'utf8');
  const justified = new Set([...text.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]));
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^## Single purpose\s*$/.test(l));
  let purpose = '';
  if (start !== -1) {
    const body = lines.slice(start + 1);
    const end = body.findIndex((l) => /^#/.test(l));
    purpose = (end === -1 ? body : body.slice(0, end)).join('\n').trim().split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim();
  }
  return { justified, purpose };
}

// ---------------------------------------------------------------------------------------------
if (!existsSync(ZIP)) {
  console.error(`check-store: ${path.relative(ROOT, ZIP)} is missing: run \`npm run zip\` first.`);
  process.exit(2);
}
const zip = await JSZip.loadAsync(readFileSync(ZIP));
const files = new Map();
for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? 'null');
if (!manifest) {
  console.error(`check-store: ${path.relative(ROOT, ZIP)} has no manifest.json`);
  process.exit(1);
}

// Identity.
check(manifest.manifest_version === 3, 'manifest_version is 3', String(manifest.manifest_version));
check(!('key' in manifest), 'no `key` in the manifest (the Chrome Web Store refuses one; it issues the id)', 'key present');
// A localised name or description (__MSG_key__) is checked in every language the package has,
// as each store listing shows the one for its language.
const locales = [...files.keys()].map((f) => /^_locales\/([^/]+)\/messages\.json$/.exec(f)?.[1]).filter(Boolean);
check(locales.length === 0 || files.has(`_locales/${manifest.default_locale}/messages.json`), 'default_locale has its messages file', `${manifest.default_locale}`);
const resolve = (value, locale) => {
  const key = /^__MSG_(\w+)__$/.exec(value ?? '')?.[1];
  if (!key) return value ?? '';
  const messages = JSON.parse(files.get(`_locales/${locale}/messages.json`)?.toString('utf8') ?? '{}');
  const entry = Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
  return entry?.message ?? messages[key]?.message ?? '';
};
for (const locale of locales.length > 0 ? locales : [undefined]) {
  const where = locale ? ` [${locale}]` : '';
  const name = locale ? resolve(manifest.name, locale) : (manifest.name ?? '');
  check(name.trim().length > 0 && name.length <= 45, `name present, at most 45 characters (Edge; Chrome allows 75)${where}`, `"${name}" (${name.length})`);
  check(!/\p{Extended_Pictographic}/u.test(name), `name has no emoji (Edge)${where}`, `"${name}"`);
  const description = locale ? resolve(manifest.description, locale) : (manifest.description ?? '');
  check(description.trim().length > 0 && [...description].length <= 132, `description present, at most 132 characters${where}`, `${[...description].length} characters`);
}
const version = manifest.version ?? '';
const parts = version.split('.');
check(
  parts.length >= 1 && parts.length <= 4 && parts.every((p) => /^(0|[1-9]\d*)$/.test(p) && Number(p) <= 65535) && parts.some((p) => p !== '0'),
  'version is 1-4 dot-separated integers 0-65535, no leading zeros, not all zero',
  `"${version}"`,
);
check(version === pkg.version, 'manifest version equals package.json version', `${version} / ${pkg.version}`);

// Icons.
const icons = manifest.icons ?? {};
for (const size of ICON_SIZES) {
  const file = icons[size];
  if (!file) {
    check(false, `icon ${size} declared in manifest.icons`);
    continue;
  }
  const png = files.has(file.replace(/^\//, '')) ? readPng(files.get(file.replace(/^\//, ''))) : null;
  check(png !== null, `icon ${size} (${file}) is a PNG in the package`);
  if (!png) continue;
  check(png.width === size && png.height === size, `icon ${size} is ${size}x${size} pixels`, `${png.width}x${png.height}`);
  if (size === 128) {
    let opaqueOutside = -1;
    if (png.pixels) {
      opaqueOutside = 0;
      for (let y = 0; y < 128; y++) {
        for (let x = 0; x < 128; x++) {
          const inside = x >= 16 && x < 112 && y >= 16 && y < 112;
          if (!inside && png.pixels[(y * 128 + x) * 4 + 3] !== 0) opaqueOutside++;
        }
      }
    }
    check(opaqueOutside === 0, 'icon 128 has a 16 px transparent margin around 96x96 artwork (Chrome Web Store guideline)', opaqueOutside < 0 ? 'not an 8-bit RGBA PNG' : `${opaqueOutside} visible pixels in the margin`);
  }
}

// Every file the manifest names is in the package.
const named = [
  ...Object.values(icons),
  ...(manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]),
  manifest.options_ui?.page,
  manifest.options_page,
  manifest.action?.default_popup,
  manifest.background?.service_worker,
  ...Object.values(manifest.action?.default_icon ?? {}),
].filter(Boolean);
const missing = named.filter((f) => !files.has(f.replace(/^\//, '')));
check(missing.length === 0, `every file the manifest names is in the package (${named.length})`, missing.join(', '));

// No remote code.
const REMOTE_SCRIPT_URL = /(https?:)?\/\/[\w.-]+\.[a-z]{2,}\/[^\s'"`)]*\.(m?js|wasm)\b/gi;
const CODE_FROM_STRING = /(?<![\w$.])eval\s*\(|new\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*['"`]|(?<![\w$])importScripts\s*\(|(?<![\w$.])import\s*\(\s*['"`](https?:)?\/\//g;
/** The remote-code findings in one file of the package. */
function remoteCode(file, text, has) {
  const found = [];
  if (path.extname(file) === '.html') {
    for (const m of text.matchAll(/<script\b([^>]*)>/gi)) {
      const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1];
      if (!src) continue; // inline scripts are refused by check-bundle.mjs (and by MV3's CSP)
      if (/^([a-z]+:)?\/\//i.test(src)) found.push(`${file}: <script src="${src}"> loads code from the web`);
      else if (!has(path.posix.join(path.posix.dirname(file), src).replace(/^\//, '')) && !has(src.replace(/^\//, ''))) found.push(`${file}: <script src="${src}"> is not in the package`);
    }
  }
  for (const m of text.matchAll(REMOTE_SCRIPT_URL)) found.push(`${file}: script address on the web: ${m[0]}`);
  for (const m of text.matchAll(CODE_FROM_STRING)) found.push(`${file}: code from a string or the web: ${m[0]}`);
  return found;
}
// The patterns, tried first on known snippets: each bad one must be caught, no good one.
const SELF_TEST = {
  bad: [
    ['a.html', '<script src="https://cdn.example.com/lib.js"></script>'], ['a.html', '<script src="//cdn.example.com/x.js">'],
    ['a.html', '<script type="module" src="/chunks/missing.js"></script>'], ['a.js', 'e.src="https://x.example/y.js"'],
    ['a.js', 'eval(s)'], ['a.js', 'new Function("a","return a")'], ['a.js', 'Function(`return this`)()'],
    ['a.js', 'importScripts("a.js")'], ['a.js', 'import("https://x.example/m.mjs")'], ['a.js', 'WebAssembly.instantiateStreaming(fetch("//x.example/a.wasm"))'],
  ],
  good: [
    ['a.html', '<script type="module" crossorigin src="/chunks/options.js"></script>'], ['a.js', 'e.eval2=1;x.evaluate(y)'],
    ['a.js', 'Function.prototype.call'], ['a.js', 'import("./chunk.js")'], ['a.js', '"http://www.w3.org/2000/svg"'], ['a.js', 'devtools:{inspectedWindow:{eval:{minArgs:1}}}'],
  ],
};
const selfHas = (f) => f === 'chunks/options.js';
const selfFailures = [
  ...SELF_TEST.bad.filter(([f, t]) => remoteCode(f, t, selfHas).length === 0).map(([, t]) => `not caught: ${t}`),
  ...SELF_TEST.good.filter(([f, t]) => remoteCode(f, t, selfHas).length > 0).map(([, t]) => `false alarm: ${t}`),
];
if (selfFailures.length) {
  console.error(`check-store: the remote-code patterns are broken:\n  ${selfFailures.join('\n  ')}`);
  process.exit(3);
}
const remote = [];
for (const [file, content] of files) {
  if (path.extname(file) === '.wasm') remote.push(`${file}: WebAssembly module`);
  if (['.js', '.mjs', '.html', '.css'].includes(path.extname(file))) remote.push(...remoteCode(file, content.toString('utf8'), (f) => files.has(f)));
}
check(remote.length === 0, `no remote code (scripts from the web, eval, new Function, importScripts, remote import) in ${files.size} files; patterns self-tested on ${SELF_TEST.bad.length + SELF_TEST.good.length} snippets`, remote.join('; '));
const csp = manifest.content_security_policy;
const cspText = typeof csp === 'string' ? csp : Object.values(csp ?? {}).join('; ');
check(!/unsafe-eval|https?:|\*|data:|blob:/.test(cspText), 'content security policy not loosened (none, or no remote or eval sources)', cspText || 'none');

// Minimal permissions.
const { justified, purpose } = readPermissionsDoc();
const permissions = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
check(!manifest.host_permissions?.length && !manifest.optional_host_permissions?.length, 'no host permissions (the content script match is enough)', JSON.stringify(manifest.host_permissions ?? []));
const bundle = [...files].filter(([f]) => /\.m?js$/.test(f)).map(([, c]) => c.toString('utf8')).join('\n');
for (const p of permissions) {
  check(justified.has(p), `permission "${p}" justified in PERMISSIONS.md`);
  check(PERMISSION_USE[p]?.test(bundle) ?? false, `permission "${p}" used by the code`, PERMISSION_USE[p] ? '' : 'no known use pattern: add one to PERMISSION_USE');
}
check(!manifest.web_accessible_resources && !manifest.externally_connectable, 'nothing exposed to web pages (no web_accessible_resources, no externally_connectable)');

// Single purpose.
check(purpose.length > 0 && purpose.length <= 1000 && /Upwork/.test(purpose), 'single purpose statement in PERMISSIONS.md (one paragraph about Upwork, at most 1000 characters)', purpose ? `${purpose.length} characters` : 'missing');

console.log(`check-store: ${path.relative(ROOT, ZIP)} (${(readFileSync(ZIP).length / 1024).toFixed(1)} KB) for the Chrome Web Store and Edge Add-ons`);
console.log(`  name "${locales.length ? resolve(manifest.name, manifest.default_locale) : manifest.name}", version ${version}, permissions [${permissions.join(', ')}], icons ${Object.keys(icons).join('/')}`);
if (purpose) console.log(`  single purpose: ${purpose}`);
for (const p of passed) console.log(`  ok    ${p}`);
for (const p of problems) console.log(`  FAIL  ${p}`);
console.log(problems.length ? `\ncheck-store: FAILED, ${problems.length} problem(s)` : `\ncheck-store: OK (${passed.length} checks)`);
process.exit(problems.length ? 1 : 0);
