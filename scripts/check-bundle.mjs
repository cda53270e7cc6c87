#!/usr/bin/env node
/**
 * Proof, on the BUILT extension, that it carries no code for requests, polling, page reloads or
 * code from strings, and that its manifest asks for nothing beyond PERMISSIONS.md.
 *
 *   npx wxt build && npx wxt build -b firefox && node scripts/check-bundle.mjs
 *
 * Scans every .js/.mjs/.cjs (and .html/.css) file under .output/chrome-mv3 (required) and
 * .output/firefox-mv2 (when built). Exit 0: clean. Exit 1: the offences, each with file, line,
 * column and the minified snippet around it. Exit 2: nothing to check (chrome-mv3 not built).
 *
 * The lint rules (eslint.config.js) check our source; this checks what ships, which also
 * contains WXT's runtime, Preact, zod and webextension-polyfill. Known harmless code in those is
 * allowed only by its exact minified shape (ALLOWED below), never by a rule being switched off:
 * if a library update changes the shape, the check fails and a person looks at it again.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = path.join(ROOT, '.output');
const TARGETS = [
  { dir: 'chrome-mv3', required: true },
  { dir: 'firefox-mv2', required: false },
];
/** The only host the extension may touch. */
const UPWORK = 'https://www.upwork.com/*';

// ---------------------------------------------------------------------------------------------
// What may not appear in the shipped JavaScript. Each rule: a pattern for every occurrence
// (global, so each hit is reported), and why it is banned.
const ID = String.raw`(?<![\w$])`; // not part of a longer identifier
const NOT_MEMBER = String.raw`(?<![\w$.])`; // not a property of something else
const q = String.raw`['"\x60]`; // any quote, template backtick included
const RULES = [
  // Network APIs
  { id: 'fetch', why: 'network request (fetch)', re: new RegExp(String.raw`${ID}fetch\s*\(|${q}fetch${q}`, 'g') },
  { id: 'xhr', why: 'network request (XMLHttpRequest)', re: new RegExp(String.raw`${ID}XMLHttpRequest(?![\w$])`, 'g') },
  { id: 'websocket', why: 'network connection (WebSocket)', re: new RegExp(String.raw`${ID}WebSocket(?![\w$])`, 'g') },
  { id: 'eventsource', why: 'network connection (EventSource)', re: new RegExp(String.raw`${ID}EventSource(?![\w$])`, 'g') },
  { id: 'webtransport', why: 'network connection (WebTransport / WebRTC)', re: new RegExp(String.raw`${ID}(WebTransport|RTCPeerConnection|webkitRTCPeerConnection|RTCDataChannel)(?![\w$])`, 'g') },
  { id: 'beacon', why: 'network beacon (sendBeacon)', re: /sendBeacon/g },
  { id: 'importScripts', why: 'loads code over the network (importScripts)', re: new RegExp(String.raw`${ID}importScripts(?![\w$])`, 'g') },
  { id: 'dynamic-import', why: 'dynamic import() of code not in the package', re: new RegExp(String.raw`${NOT_MEMBER}import\s*\((?!\s*${q}\.{1,2}/)`, 'g') },
  { id: 'image-beacon', why: 'image/element beacon (new Image, .src= / .srcset= / .href= assignment, setAttribute src/href)', re: new RegExp(String.raw`${ID}new\s+Image\s*\(|${ID}new\s+Image(?![\w$])|\.(src|srcset)\s*=(?!=)|\.href\s*=(?!=)|setAttribute(NS)?\s*\(\s*(null\s*,\s*)?${q}(src|srcset|href|action|formaction|poster|data|ping)${q}`, 'g') },
  { id: 'remote-css', why: 'stylesheet loading from the web (url(http…) / url(//…) / @import)', re: new RegExp(String.raw`url\(\s*${q}?\s*(https?:)?//|@import`, 'gi') },
  { id: 'window-open', why: 'opens a page by itself (window.open)', re: /\bwindow\s*\.\s*open\s*\(/g },
  // Page reloads and navigation
  { id: 'reload', why: 'page reload / navigation (reload, location.assign/replace, history.go)', re: /\.\s*reload\s*\(|\blocation\s*\.\s*(assign|replace)\s*\(|\bhistory\s*\.\s*go\s*\(/g },
  { id: 'location-assign', why: 'navigation by assignment (location= / location.href= / .pathname= …)', re: new RegExp(String.raw`${ID}location\s*(\.\s*(href|pathname|search|hash|host|hostname|protocol|port)\s*)?(=(?!=)|\+=)`, 'g') },
  // Acting for the person
  { id: 'synthetic-submit', why: 'clicks or submits on the person\u2019s behalf (.click() / .submit() / .requestSubmit())', re: /\.\s*(click|submit|requestSubmit)\s*\(\s*\)/g },
  // Code from strings
  { id: 'eval', why: 'code from a string (eval)', re: new RegExp(String.raw`${NOT_MEMBER}eval\s*\(|${q}eval${q}\s*\]`, 'g') },
  // Function as a value or call (Function("…"), new Function, F=Function, Function.call("…")); only the
  // call-bound idiom Function.call.bind(fn) and Function.prototype are harmless.
  { id: 'function-ctor', why: 'code from a string (the Function constructor)', re: new RegExp(String.raw`${NOT_MEMBER}Function(?![\w$])(?!\.call\.bind\(|\.prototype(?![\w$]))`, 'g') },
  { id: 'string-timer', why: 'code from a string (setTimeout/setInterval with a string)', re: new RegExp(String.raw`\b(setTimeout|setInterval|setImmediate)\s*\(\s*(${q}|[\w$.]+\s*\+)`, 'g') },
  // Polling
  { id: 'setInterval', why: 'a repeating timer (setInterval)', re: /\bsetInterval\b/g },
  // The page must not be able to see or forge the content script's start-up (entrypoints/upwork.content/wxt-context.ts).
  { id: 'wxt-handshake', why: 'WXT\u2019s start-up handshake: a DOM event named after the extension id, which a page can read (the extension exists) and dispatch (switching the content script off)', re: /content-script-started/g },
  { id: 'wxt-locationchange', why: 'starts WXT\u2019s location watcher (polls location.href once a second where the Navigation API is missing)', re: /wxt:locationchange/g },
  // Extension APIs for requests or scheduling
  { id: 'ext-api', why: 'extension API for requests or scheduling (webRequest, declarativeNetRequest, alarms)', re: new RegExp(String.raw`${ID}(webRequest|webRequestBlocking|declarativeNetRequest|declarativeNetRequestWithHostAccess|declarativeNetRequestFeedback|alarms)(?![\w$])`, 'g') },
];

// Known harmless code, allowed by its exact minified shape ([\w$]+ stands for a minified name).
// A hit is excused only when it lies inside one of these spans, for the same rule.
const N = String.raw`[\w$]+`;
const ALLOWED = [
  {
    rules: ['setInterval'],
    name: 'WXT ContentScriptContext.setInterval helper (a method definition; its only caller is the location watcher below)',
    re: new RegExp(String.raw`setInterval\((${N}),(${N})\)\{let (${N})=setInterval\(\(\)=>\{this\.isValid&&\1\(\)\},\2\);return this\.onInvalidated\(\(\)=>clearInterval\(\3\)\),\3\}`, 'g'),
  },
  {
    rules: ['setInterval'],
    name: 'WXT location watcher fallback: ctx.setInterval(check location.href, 1e3), only where the Navigation API is missing and only once something listens for wxt:locationchange',
    re: new RegExp(String.raw`:(${N})\.setInterval\(\(\)=>\{let (${N})=new URL\(location\.href\);\2\.href!==(${N})\.href&&\(window\.dispatchEvent\(new ${N}\(\2,\3\)\),\3=\2\)\},1e3\)`, 'g'),
  },
  {
    rules: ['wxt-locationchange'],
    name: 'WXT: the wxt:locationchange event class (declaration, not a listener)',
    re: new RegExp(String.raw`static EVENT_NAME=${N}\(\x60wxt:locationchange\x60\)`, 'g'),
  },
  {
    rules: ['wxt-locationchange'],
    name: 'WXT: ctx.addEventListener starts the watcher only for a wxt:locationchange listener (the test itself, not a listener)',
    re: new RegExp(String.raw`addEventListener\((${N}),(${N}),(${N}),(${N})\)\{\2===\x60wxt:locationchange\x60&&this\.isValid&&this\.locationWatcher\.run\(\)`, 'g'),
  },
  {
    rules: ['ext-api'],
    name: 'webextension-polyfill: the API metadata table entry for alarms (a key, not a use)',
    re: /alarms:\{clear:\{minArgs:0,maxArgs:1\},clearAll:\{minArgs:0,maxArgs:0\},get:\{minArgs:0,maxArgs:1\},getAll:\{minArgs:0,maxArgs:0\}\}/g,
  },
  {
    rules: ['ext-api'],
    name: 'webextension-polyfill: the API metadata table entry for webRequest (a key, not a use)',
    re: /webRequest:\{handlerBehaviorChanged:\{minArgs:0,maxArgs:0\}\}/g,
  },
  // Deliberately NOT allowed (not in the bundle, so forbidden outright):
  //  - WXT createShadowRootUi's loadCss(): `fetch(browser.runtime.getURL("/content-scripts/<name>.css"))`.
  //    The content script inlines its CSS (style.css?inline) instead.
  //  - Vite's modulepreload polyfill (`function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}`),
  //    emitted into HTML entrypoints unless `build.modulePreload.polyfill` is false.
];

// ---------------------------------------------------------------------------------------------
const offences = [];
const notes = [];
const summary = [];

function lineCol(text, index) {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return `${line}:${index - last}`;
}

function snippet(text, index, length, around = 70) {
  const start = Math.max(0, index - around);
  const end = Math.min(text.length, index + length + around);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out.sort();
}

/** The rule hits in one script's text that no ALLOWED shape excuses, and the excused ones. */
function scanText(text) {
  const spans = [];
  for (const allow of ALLOWED) {
    for (const m of text.matchAll(allow.re)) spans.push({ allow, start: m.index, end: m.index + m[0].length });
  }
  const hits = [];
  const allowed = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const span = spans.find((s) => s.allow.rules.includes(rule.id) && m.index >= s.start && m.index < s.end);
      if (span) allowed.push(span.allow.name);
      else hits.push({ rule, index: m.index, found: m[0] });
    }
  }
  return { hits, allowed };
}

function scanScript(rel, text, stats) {
  const { hits, allowed } = scanText(text);
  for (const name of allowed) stats.allowed.set(name, (stats.allowed.get(name) ?? 0) + 1);
  for (const h of hits) {
    offences.push({ where: `${rel}:${lineCol(text, h.index)}`, why: h.rule.why, found: h.found, snippet: snippet(text, h.index, h.found.length) });
  }
  // String-literal web addresses: informational (XML namespaces, the match pattern, links the person may click).
  for (const m of text.matchAll(/https?:\/\/[^\s'"`\\)]+/g)) stats.urls.add(m[0]);
}

/**
 * The rules checked against known code before every run, so that a broken pattern cannot pass a
 * bundle silently: each BAD snippet must be caught, each GOOD one (real minified shapes) must not.
 */
const SELF_TEST = {
  bad: [
    'fetch("https://x.test/a")', 'window.fetch(u,{method:`POST`})', 'globalThis[`fetch`](u)', 'let x=new XMLHttpRequest;',
    'new WebSocket(`wss://x`)', 'new EventSource(u)', 'navigator.sendBeacon(u,d)', 'importScripts(`a.js`)', 'import(`https://x/m.js`)',
    'new Image().src=u', '(new Image).src=u', 'e.src=u', 'a.href=`https://x`', 'el.setAttribute(`src`,u)', 'url(https://fonts.x/a.woff)',
    'location.reload()', 'window.location.reload()', 'location.assign(u)', 'location.replace(u)', 'location.href=u', 'location=u',
    'document.location.href=u', 'history.go(0)', 'b.click()', 'f.requestSubmit()', 'eval(s)', 'window[`eval`](s)', 'new Function(`a`,s)',
    'Function(s)()', 'let F=Function;new F(s)', 'Function.call(null,s)', 'setTimeout(`alert(1)`,5)', 'setTimeout(s+`x`,5)',
    'setInterval(()=>{},1e3)', 'e.setInterval(()=>{poll()},1e3)', 'ctx.addEventListener(window,`wxt:locationchange`,f)',
    'browser.alarms.create(`x`,{})', 'chrome.webRequest.onBeforeRequest', 'chrome.declarativeNetRequest.updateDynamicRules(r)',
    'window.open(u)',
  ],
  good: [
    'Function.call.bind(Object.prototype.hasOwnProperty)', 'setTimeout(()=>{this.timer=void 0,this.check()},150)', 'clearTimeout(this.timer)',
    'location.pathname', 'new URL(location.href)', 'e.href!==t.href', 'requestAnimationFrame(()=>{o=0})', 'devtools:{inspectedWindow:{eval:{minArgs:1,maxArgs:2}}}',
    'setInterval(e,t){let n=setInterval(()=>{this.isValid&&e()},t);return this.onInvalidated(()=>clearInterval(n)),n}',
    ':e.setInterval(()=>{let e=new URL(location.href);e.href!==t.href&&(window.dispatchEvent(new ns(e,t)),t=e)},1e3)',
    'static EVENT_NAME=rs(`wxt:locationchange`)', 'addEventListener(e,t,n,r){t===`wxt:locationchange`&&this.isValid&&this.locationWatcher.run()',
    'alarms:{clear:{minArgs:0,maxArgs:1},clearAll:{minArgs:0,maxArgs:0},get:{minArgs:0,maxArgs:1},getAll:{minArgs:0,maxArgs:0}}',
    'webRequest:{handlerBehaviorChanged:{minArgs:0,maxArgs:0}}', 'i==`http://www.w3.org/2000/svg`', 'e.addEventListener(`click`,f)',
  ],
};

function selfTest() {
  const failures = [];
  for (const code of SELF_TEST.bad) if (scanText(code).hits.length === 0) failures.push(`not caught: ${code}`);
  for (const code of SELF_TEST.good) {
    const { hits } = scanText(code);
    if (hits.length) failures.push(`false alarm (${hits.map((h) => h.rule.id).join(', ')}): ${code}`);
  }
  if (failures.length) {
    console.error(`check-bundle: the rules themselves are broken:\n  ${failures.join('\n  ')}`);
    process.exit(3);
  }
  return SELF_TEST.bad.length + SELF_TEST.good.length;
}

function scanHtml(rel, text) {
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/.test(m[1]) && m[2].trim()) {
      offences.push({ where: rel, why: 'inline script in an extension page', found: '<script>', snippet: snippet(text, m.index, 40) });
    }
  }
  for (const m of text.matchAll(/\b(src|href|action|poster|srcset)\s*=\s*["']?\s*((https?:)?\/\/[^"'\s>]*)/gi)) {
    offences.push({ where: rel, why: 'an extension page loads from the web', found: m[2], snippet: snippet(text, m.index, m[0].length) });
  }
}

function scanCss(rel, text) {
  for (const m of text.matchAll(/url\(\s*['"]?\s*((https?:)?\/\/[^)'"]*)|@import/gi)) {
    offences.push({ where: rel, why: 'stylesheet loading from the web', found: m[0], snippet: snippet(text, m.index, m[0].length) });
  }
}

/** PERMISSIONS.md: the first cell of each row of the permissions table, when it is in backticks. */
function justifiedPermissions() {
  const file = path.join(ROOT, 'PERMISSIONS.md');
  const text = readFileSync(file, 'utf8');
  const rows = text.split('\n').filter((l) => /^\s*\|/.test(l));
  const header = rows.findIndex((l) => /^\s*\|\s*permission\s*\|/i.test(l));
  if (header === -1) throw new Error('PERMISSIONS.md has no table whose first column is "permission".');
  const names = new Set();
  const other = [];
  for (const row of rows.slice(header + 1)) {
    const first = row.split('|')[1]?.trim() ?? '';
    if (/^:?-+:?$/.test(first)) continue; // the |---| line
    const m = /^`([^`]+)`$/.exec(first);
    if (m) names.add(m[1]);
    else other.push(first);
  }
  return { names, other };
}

/**
 * Each rule's one-line description (lib/rules/<id>.ts), which the minifier keeps as written: the
 * mark of the detector's code in a bundle. Read from the sources so a new rule is covered at once.
 */
function ruleDescriptions() {
  const dir = path.join(ROOT, 'lib/rules');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !['index.ts', 'catalog.ts'].includes(name))
    .map((name) => {
      const m = /^ {2}description: (['"])((?:(?!\1)[^\\]|\\.)*)\1,$/m.exec(readFileSync(path.join(dir, name), 'utf8'));
      if (!m) throw new Error(`lib/rules/${name}: no one-line description: '...' found`);
      return { id: name.slice(0, -3), text: m[2].replace(/\\(.)/g, '$1') };
    });
}

/** The options page and the popup load no detector: they list the rules from lib/rules/catalog.ts. */
const PAGE_SCRIPT_BUDGET = 100 * 1024;

/** A page's scripts and every chunk they import, followed through the static imports. */
function pageScripts(base, html) {
  const seen = new Set();
  const queue = [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => path.join(base, m[1]));
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) queue.push(m[1].startsWith('/') ? path.join(base, m[1]) : path.join(path.dirname(file), m[1]));
  }
  return [...seen];
}

function checkSettingsPages(target, base, descriptions) {
  const lines = [];
  // The marks must be there to find: every description is in the content script, which runs the detector.
  const content = (JSON.parse(readFileSync(path.join(base, 'manifest.json'), 'utf8')).content_scripts ?? []).flatMap((c) => c.js ?? []);
  const detector = content.map((js) => (existsSync(path.join(base, js)) ? readFileSync(path.join(base, js), 'utf8') : '')).join('\n');
  for (const d of descriptions) {
    if (!detector.includes(d.text)) offences.push({ where: target, why: `rule ${d.id}'s description is not in the content script as written, so this check could not see the detector elsewhere either`, found: d.text.slice(0, 60), snippet: '' });
  }
  for (const page of ['options.html', 'popup.html']) {
    const html = path.join(base, page);
    if (!existsSync(html)) {
      offences.push({ where: `${target}/${page}`, why: 'an extension page is missing from the build', found: page, snippet: '' });
      continue;
    }
    const files = pageScripts(base, readFileSync(html, 'utf8'));
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    lines.push(`${page} ${(bytes / 1024).toFixed(1)} KB in ${files.length} file(s)`);
    if (files.length === 0) offences.push({ where: `${target}/${page}`, why: 'no script found for the page', found: page, snippet: '' });
    if (bytes > PAGE_SCRIPT_BUDGET) {
      offences.push({ where: `${target}/${page}`, why: `its scripts weigh ${(bytes / 1024).toFixed(1)} KB, over ${PAGE_SCRIPT_BUDGET / 1024} KB: it loads more than a settings page needs`, found: files.map((f) => path.relative(OUTPUT, f)).join(', '), snippet: '' });
    }
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const rule = descriptions.find((d) => text.includes(d.text));
      if (rule) offences.push({ where: path.relative(OUTPUT, file), why: `${page} loads the detector (rule ${rule.id}'s code): list the rules from lib/rules/catalog.ts instead`, found: rule.text.slice(0, 60), snippet: '' });
    }
  }
  return lines;
}

const isMatchPattern = (p) => p === '<all_urls>' || /^(\*|https?|wss?|ftp|file|urn):\/\//.test(p) || p.includes('://');

function checkManifest(target, manifest, justified) {
  const where = `${target}/manifest.json`;
  const bad = (why, found) => offences.push({ where, why, found: JSON.stringify(found), snippet: '' });
  const raw = JSON.stringify(manifest);
  if (raw.includes('<all_urls>')) bad('<all_urls> in the manifest', '<all_urls>');

  const perms = manifest.permissions ?? [];
  const optional = manifest.optional_permissions ?? [];
  const apiPerms = [...perms, ...optional].filter((p) => !isMatchPattern(p));
  const hostPerms = [
    ...perms.filter(isMatchPattern),
    ...optional.filter(isMatchPattern),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  const allowedApi = [...justified.names].filter((p) => !isMatchPattern(p) && p !== 'web_accessible_resources' && p !== 'externally_connectable');
  for (const p of apiPerms) if (!allowedApi.includes(p)) bad(`permission not justified in PERMISSIONS.md's table (justified: ${allowedApi.length ? allowedApi.join(', ') : 'none'})`, p);
  for (const p of allowedApi) if (!perms.includes(p)) bad('PERMISSIONS.md justifies a permission the manifest does not ask for (the set must match exactly)', p);
  for (const h of hostPerms) if (h !== UPWORK) bad(`host permission other than ${UPWORK}`, h);

  const scripts = manifest.content_scripts ?? [];
  if (scripts.length === 0) notes.push(`${where}: no content_scripts`);
  for (const cs of scripts) {
    for (const m of cs.matches ?? []) if (m !== UPWORK) bad(`content script matches other than ${UPWORK}`, m);
    if ((cs.matches ?? []).length === 0) bad('content script without matches', cs);
    for (const js of cs.js ?? []) if (!existsSync(path.join(OUTPUT, target, js))) bad('content script file missing from the build', js);
  }
  if (manifest.web_accessible_resources && !justified.names.has('web_accessible_resources')) {
    bad('web_accessible_resources present but not justified in PERMISSIONS.md', manifest.web_accessible_resources);
  }
  if (manifest.externally_connectable && !justified.names.has('externally_connectable')) {
    bad('externally_connectable present but not justified in PERMISSIONS.md', manifest.externally_connectable);
  }
  const csp = manifest.content_security_policy;
  if (csp) {
    const text = typeof csp === 'string' ? csp : Object.values(csp).join('; ');
    if (/unsafe-eval|wasm-unsafe-eval|https?:|\*/.test(text)) bad('content_security_policy loosened (eval or remote sources)', csp);
  }
  return {
    permissions: perms,
    host: hostPerms,
    matches: scripts.flatMap((c) => c.matches ?? []),
    war: !!manifest.web_accessible_resources,
    background: manifest.background ? Object.keys(manifest.background).join('+') : 'none',
  };
}

function main() {
  if (!existsSync(path.join(OUTPUT, 'chrome-mv3', 'manifest.json'))) {
    console.error('check-bundle: .output/chrome-mv3 is not built: run `npx wxt build` (and `npx wxt build -b firefox`) first.');
    process.exit(2);
  }
  const selfChecked = selfTest();
  const justified = justifiedPermissions();
  const descriptions = ruleDescriptions();
  const checked = [];
  for (const { dir, required } of TARGETS) {
    const base = path.join(OUTPUT, dir);
    if (!existsSync(path.join(base, 'manifest.json'))) {
      if (!required) notes.push(`.output/${dir} not built: skipped (run \`npx wxt build -b firefox\` to check it too)`);
      continue;
    }
    checked.push(dir);
    const stats = { js: 0, bytes: 0, other: 0, allowed: new Map(), urls: new Set() };
    for (const file of walk(base)) {
      const rel = path.relative(OUTPUT, file);
      const ext = path.extname(file);
      if (['.js', '.mjs', '.cjs'].includes(ext)) {
        const text = readFileSync(file, 'utf8');
        stats.js++;
        stats.bytes += statSync(file).size;
        scanScript(rel, text, stats);
      } else if (ext === '.html') {
        stats.other++;
        scanHtml(rel, readFileSync(file, 'utf8'));
      } else if (ext === '.css') {
        stats.other++;
        scanCss(rel, readFileSync(file, 'utf8'));
      }
    }
    const manifest = JSON.parse(readFileSync(path.join(base, 'manifest.json'), 'utf8'));
    const m = checkManifest(dir, manifest, justified);
    const pages = checkSettingsPages(dir, base, descriptions);
    summary.push(
      `${dir} (manifest v${manifest.manifest_version}): ${stats.js} script file(s), ${(stats.bytes / 1024).toFixed(1)} KB; ${stats.other} html/css file(s)`,
      `  permissions: [${m.permissions.join(', ')}]; host permissions: [${m.host.join(', ')}]; content script matches: [${m.matches.join(', ')}]; web_accessible_resources: ${m.war ? 'yes' : 'none'}; background: ${m.background}`,
      ...[...stats.allowed].map(([name, n]) => `  allowed by exact shape (${n}x): ${name}`),
      `  web addresses in the code (strings; not requests): ${[...stats.urls].join(', ') || 'none'}`,
      `  settings pages (no detector, at most ${PAGE_SCRIPT_BUDGET / 1024} KB of script each): ${pages.join('; ')}`,
    );
  }

  console.log('check-bundle: the built extension, scanned for:');
  console.log('  network APIs (fetch, XMLHttpRequest, WebSocket, EventSource, WebTransport/WebRTC, sendBeacon, importScripts,');
  console.log('  dynamic import, new Image / .src= / .href= / setAttribute(src|href) beacons, remote CSS, window.open),');
  console.log('  reloads and navigation (reload(), location.assign/replace, location= / location.href= …, history.go),');
  console.log('  synthetic .click()/.submit(), eval, the Function constructor, string timers, setInterval,');
  console.log('  WXT\'s location watcher, and the webRequest / declarativeNetRequest / alarms APIs;');
  console.log(`  manifest: permissions = PERMISSIONS.md's table (${justified.names.size ? [...justified.names].join(', ') : 'none'}), hosts and matches only ${UPWORK},`);
  console.log('  no <all_urls>, no unjustified web_accessible_resources / externally_connectable, no loosened CSP;');
  console.log(`  the options page and the popup load none of the detector's code (no rule's description in their scripts).`);
  console.log(`  (rules self-tested first on ${selfChecked} known snippets: every bad one caught, no false alarm on the good ones)`);
  for (const line of summary) console.log(line);
  for (const note of notes) console.log(`note: ${note}`);
  if (justified.other.length) console.log(`note: PERMISSIONS.md rows without a permission in backticks: ${justified.other.join(' | ')}`);

  if (offences.length) {
    console.log(`\ncheck-bundle: FAILED, ${offences.length} offence(s):`);
    for (const o of offences) {
      console.log(`- ${o.where}: ${o.why}\n    found: ${o.found}${o.snippet ? `\n    in:    ${o.snippet}` : ''}`);
    }
    process.exit(1);
  }
  console.log(`\ncheck-bundle: OK (${checked.join(', ')}): no offence.`);
}

main();
