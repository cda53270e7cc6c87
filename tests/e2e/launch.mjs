// Shared by the Playwright harness (tests/e2e/harness.ts) and the demo (scripts/demo.mjs):
// launching Debian's Chromium with or without the built extension, serving the fixture
// pages at their real www.upwork.com addresses with every other request aborted, and
// recording every request made. See ../../../shared/TOOLCHAIN.md and tests/fixtures/README.md.
// Plain JavaScript so that a .mjs script can import it; types in launch.d.mts.
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const UPWORK_ORIGIN = 'https://www.upwork.com';

const ROOM_A = 'room_4f1c2a9b7d3e4f5a8b6c0d1e2f3a4b5c';
const ROOM_B = 'room_9a8b7c6d5e4f30211203f4e5d6c7b8a9';
const ROOM_HOSTILE = 'room_000000000000000000000000bad0bad0';
const ROOM_A_QUERY = '?pageTitle=Shopify%20store%20redesign&companyReference=1567234890123456789';
const ROOM_B_QUERY = '?pageTitle=Logo%20animation%20for%20product%20launch&companyReference=1498765432109876543';

/** Named fixture addresses (openFixture(page, name) opens these). */
export const FIXTURE_URLS = {
  apply: `${UPWORK_ORIGIN}/nx/proposals/job/~021998744339961847531/apply/`,
  applyOld: `${UPWORK_ORIGIN}/ab/proposals/job/~0123abc/apply/#/`,
  messages: `${UPWORK_ORIGIN}/ab/messages/rooms/${ROOM_A}${ROOM_A_QUERY}`,
  messagesNx: `${UPWORK_ORIGIN}/nx/messages/rooms/${ROOM_B}${ROOM_B_QUERY}`,
  messagesList: `${UPWORK_ORIGIN}/ab/messages/rooms`,
  messagesFrame: `${UPWORK_ORIGIN}/ab/messages/rooms/${ROOM_A}${ROOM_A_QUERY}&frame=true`,
  proposalDetail: `${UPWORK_ORIGIN}/nx/proposals/1234567890`,
  findWork: `${UPWORK_ORIGIN}/nx/find-work/`,
  profile: `${UPWORK_ORIGIN}/freelancers/settings/profile`,
  invitation: `${UPWORK_ORIGIN}/nx/proposals/interview/uid/123/`,
  invitationAccept: `${UPWORK_ORIGIN}/nx/proposals/interview/uid/123/accept`,
  hostile: `${UPWORK_ORIGIN}/nx/proposals/job/~0hostile1/apply/`,
  hostileMessages: `${UPWORK_ORIGIN}/ab/messages/rooms/${ROOM_HOSTILE}${ROOM_A_QUERY}`,
};

/** Fixtures whose form is rendered by the page script after load (they set window.__hydrated). */
const HYDRATED = new Set(['hostile', 'hostileMessages', 'apply', 'applyOld', 'messages', 'messagesNx', 'messagesList', 'messagesFrame', 'invitation', 'invitationAccept']);

/** www.upwork.com path (no query, no hash) -> fixture file in tests/fixtures/. First match wins. */
export const FIXTURE_ROUTES = [
  // Hostile copies (a page script attacking the extension), before the patterns they share.
  [/^\/nx\/proposals\/job\/~0hostile[0-9a-z]*\/apply\/?$/i, 'hostile.html'],
  [new RegExp(`^/ab/messages/rooms/${ROOM_HOSTILE}/?$`), 'hostile-messages.html'],
  [/^\/nx\/proposals\/job\/~[0-9a-z]+\/apply\/?$/i, 'apply.html'],
  [/^\/ab\/proposals\/job\/~[0-9a-z]+\/apply\/?$/i, 'apply.html'],
  [/^\/(ab|nx)\/messages\/rooms\/?$/, 'messages.html'],
  [/^\/(ab|nx)\/messages\/rooms\/room_[0-9a-f]{32}\/?$/, 'messages.html'],
  [/^\/nx\/proposals\/interview\/uid\/[0-9a-z~]+(\/accept)?\/?$/i, 'invitation.html'],
  [/^\/nx\/proposals\/\d+\/?$/, 'proposal-detail.html'],
  [/^\/nx\/find-work(\/.*)?$/, 'find-work.html'],
  [/^\/freelancers\/settings\/profile\/?$/, 'profile.html'],
];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * What www.upwork.com serves for a URL: { status, file, contentType }.
 * /__fixtures/<path> serves tests/fixtures/<path> (assets, dist/); page paths follow FIXTURE_ROUTES;
 * anything else is a 404 page.
 */
export function resolveFixture(url) {
  const { pathname } = new URL(url);
  if (pathname.startsWith('/__fixtures/')) {
    const rel = decodeURIComponent(pathname.slice('/__fixtures/'.length));
    const file = path.resolve(FIXTURES_DIR, rel);
    const inside = file.startsWith(FIXTURES_DIR + path.sep);
    if (inside && existsSync(file) && statSync(file).isFile()) {
      return { status: 200, file, contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' };
    }
    return { status: 404, file: path.join(FIXTURES_DIR, 'not-found.html'), contentType: CONTENT_TYPES['.html'] };
  }
  for (const [pattern, name] of FIXTURE_ROUTES) {
    if (pattern.test(pathname)) return { status: 200, file: path.join(FIXTURES_DIR, name), contentType: CONTENT_TYPES['.html'] };
  }
  return { status: 404, file: path.join(FIXTURES_DIR, 'not-found.html'), contentType: CONTENT_TYPES['.html'] };
}

/**
 * Abort every network request, then serve https://www.upwork.com/** from the fixtures.
 * chrome-extension:// URLs are left alone: a catch-all route also intercepts the
 * extension's own scripts and CSS (its options page loads with ERR_FAILED otherwise).
 * Web sockets are answered by a mock that never connects.
 */
export async function installRouting(context) {
  // Registered first, so it runs last: Playwright tries routes in reverse order of registration.
  await context.route((url) => url.protocol !== 'chrome-extension:', (route) => route.abort('blockedbyclient'));
  await context.route(`${UPWORK_ORIGIN}/**`, async (route) => {
    const { status, file, contentType } = resolveFixture(route.request().url());
    await route.fulfill({ status, contentType, body: readFileSync(file), headers: { 'cache-control': 'no-store' } });
  });
  await context.routeWebSocket(/.*/, (ws) => {
    record(context, { url: ws.url(), method: 'GET', resourceType: 'websocket', isNavigation: false, frameUrl: '', failure: 'websocket mocked' });
    ws.close({ code: 1008, reason: 'no network in tests' });
  });
}

const requestLogs = new WeakMap(); // BrowserContext -> RequestRecord[]
const extensionDirs = new WeakMap(); // BrowserContext -> loaded extension dir

function record(context, entry) {
  requestLogs.get(context)?.push(entry);
  return entry;
}

/**
 * Records every request the context makes (pages, frames, content scripts, service workers,
 * chrome-extension:// loads) into an array, marking the ones that failed or were aborted.
 */
export function recordRequests(context) {
  const log = requestLogs.get(context) ?? [];
  requestLogs.set(context, log);
  const byRequest = new WeakMap();
  context.on('request', (request) => {
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // service-worker requests have no frame
    }
    byRequest.set(request, record(context, {
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      isNavigation: request.isNavigationRequest(),
      frameUrl,
      failure: undefined,
    }));
  });
  context.on('requestfailed', (request) => {
    const entry = byRequest.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
  });
  return log;
}

/** The requests recorded for a context launched here ([] for others). */
export function requestsOf(context) {
  return requestLogs.get(context) ?? [];
}

/** Only http(s) and ws(s) requests: what could leave the machine. */
export function networkRequests(requests) {
  return requests.filter((r) => /^(https?|wss?):/.test(r.url));
}

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Launches Chromium (persistent context, as extensions require) with routing and request
 * recording installed. extension: load .output/chrome-mv3 (or extensionPath); false loads none.
 * headless: new headless mode (default); false opens windows (needs a display).
 */
export async function launchBrowser({ extension = true, extensionPath = EXTENSION_DIR, headless = true, viewport, args: extraArgs = [], locale, env } = {}) {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  }
  const args = [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...extraArgs,
  ];
  let dir;
  if (extension) {
    dir = path.resolve(extensionPath);
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      throw new Error(`No built extension at ${dir} (manifest.json missing): run \`npx wxt build\` first.`);
    }
    args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    args,
    viewport: viewport === undefined ? (headless ? { width: 1280, height: 900 } : null) : viewport,
    ...(locale && { locale }),
    ...(env && { env: { ...process.env, ...env } }),
  });
  if (dir) extensionDirs.set(context, dir);
  const requests = recordRequests(context);
  await installRouting(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, requests };
}

/**
 * The id Chromium gives an unpacked extension: the first 128 bits of SHA-256 over the
 * manifest's "key" (decoded) if it has one, else over the absolute real path it was loaded
 * from, written with the letters a-p for the hex digits 0-f.
 */
export function computeExtensionId(dir = EXTENSION_DIR) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const input = manifest.key ? Buffer.from(manifest.key, 'base64') : Buffer.from(realpathSync(dir));
  const hex = createHash('sha256').update(input).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function idFromUrl(url) {
  return /^chrome-extension:\/\/([a-p]{32})\//.exec(url)?.[1];
}

/**
 * The loaded extension's id, found at run time: from its background service worker when the
 * manifest declares one (waited for), else from a chrome-extension:// request already seen
 * (its CSS or scripts), else computed from the load path and confirmed by opening
 * chrome-extension://<id>/manifest.json in a scratch tab. undefined when no extension is loaded
 * or none of these works.
 */
export async function extensionId(context, { timeout = 5000 } = {}) {
  const dir = extensionDirs.get(context);
  if (!dir) return undefined;
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  if (manifest.background?.service_worker) {
    const worker = context.serviceWorkers().find((w) => idFromUrl(w.url()))
      ?? (await context.waitForEvent('serviceworker', { predicate: (w) => !!idFromUrl(w.url()), timeout }).catch(() => undefined));
    const id = worker && idFromUrl(worker.url());
    if (id) return id;
  }
  for (const r of requestsOf(context)) {
    const id = idFromUrl(r.url);
    if (id) return id;
  }
  const id = computeExtensionId(dir);
  const scratch = await context.newPage();
  try {
    // Playwright gives no Response for chrome-extension:// loads; an unknown id throws
    // net::ERR_BLOCKED_BY_CLIENT, a known one shows the manifest as text.
    await scratch.goto(`chrome-extension://${id}/manifest.json`, { timeout });
    const shown = JSON.parse(await scratch.evaluate(() => document.body.innerText));
    return shown.name === manifest.name && shown.version === manifest.version ? id : undefined;
  } catch {
    return undefined;
  } finally {
    await scratch.close();
  }
}

/** Opens a named fixture (or any URL) and, for hydrated pages, waits until the page script rendered. */
export async function openFixture(page, name, { waitForHydration = true } = {}) {
  const url = FIXTURE_URLS[name] ?? name;
  const response = await page.goto(url);
  if (waitForHydration && HYDRATED.has(name)) {
    await page.waitForFunction(() => window.__hydrated === true);
  }
  return response;
}

/**
 * Types like a person: clicks the field, moves the caret to the end (Control+End), then
 * presses one key per character with a pause between keys. A "\n" presses options.newline
 * (default "Enter"; use "Shift+Enter" in the Messages composer, where Enter sends).
 */
export async function typeHuman(locator, text, { delay = 15, newline = 'Enter', click = true } = {}) {
  const page = locator.page();
  if (click) await locator.click();
  else await locator.focus();
  await page.keyboard.press('Control+End');
  for (const ch of text) {
    if (ch === '\n') await page.keyboard.press(newline);
    else await page.keyboard.type(ch);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/**
 * Evaluated in the extension's isolated world before the content script's first statement
 * (tests only): Clearsend's shadow root is created open instead of closed, so Playwright's
 * locators can see the underlines, cards and the guard. The shipped build keeps it closed;
 * tests/e2e/hostile.spec.ts checks that closed root without this.
 */
export const OPEN_SHADOW_SOURCE = String.raw`(() => {
  if (globalThis.__clearsendShadowOpenForTests) return 'already';
  const real = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    return real.call(this, this.localName === 'clearsend-overlay' ? { ...init, mode: 'open' } : init);
  };
  Object.defineProperty(globalThis, '__clearsendShadowOpenForTests', { value: true });
  return 'installed';
})()`;

/**
 * Opens Clearsend's shadow root for tests in this page (all its frames), through the Chrome
 * DevTools protocol: a `scriptFirstStatement` event breakpoint pauses before every script; for
 * the extension's content script (its world has a chrome-extension:// origin) the patch above is
 * evaluated on the paused frame; every pause is resumed at once. Call before page.goto.
 * Returns { session, evaluateInExtension(expression) }: the latter evaluates in the newest
 * extension world of the main frame (as content-script code would run), by value.
 */
export async function openShadowForTests(context, page) {
  const session = await context.newCDPSession(page);
  const contexts = new Map(); // executionContextId -> origin
  const scripts = new Map(); // scriptId -> executionContextId
  const done = new Set();
  const frameOfContext = new Map(); // executionContextId -> frameId
  // Pausing before every script (Playwright's own included) is slow: the breakpoint is on only
  // from a frame's navigation until the extension's world in it has been patched.
  const waiting = new Set(); // frame ids navigated and not yet patched
  let armed = false;
  const arm = async (on) => {
    if (on === armed) return;
    armed = on;
    const method = on ? 'EventBreakpoints.setInstrumentationBreakpoint' : 'EventBreakpoints.removeInstrumentationBreakpoint';
    await session.send(method, { eventName: 'scriptFirstStatement' }).catch(() => {});
  };
  session.on('Page.frameStartedLoading', ({ frameId }) => {
    waiting.add(frameId);
    void arm(true);
  });
  session.on('Runtime.executionContextCreated', ({ context: c }) => {
    contexts.set(c.id, c.origin);
    frameOfContext.set(c.id, c.auxData?.frameId);
  });
  session.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.executionContextId));
  session.on('Debugger.paused', async (e) => {
    if (e.data?.eventName !== 'instrumentation:scriptFirstStatement') return; // another session's pause
    try {
      const top = e.callFrames[0];
      const contextId = top && scripts.get(top.location.scriptId);
      if (contextId === undefined || done.has(contextId) || !String(contexts.get(contextId)).startsWith('chrome-extension://')) return;
      done.add(contextId);
      await session.send('Debugger.evaluateOnCallFrame', { callFrameId: top.callFrameId, expression: OPEN_SHADOW_SOURCE, silent: true });
      waiting.delete(frameOfContext.get(contextId));
      if (waiting.size === 0) void arm(false);
    } catch {
      // the frame went away (navigation): nothing to open
    } finally {
      await session.send('Debugger.resume').catch(() => {});
    }
  });
  await session.send('Page.enable');
  await session.send('Runtime.enable');
  await session.send('Debugger.enable');
  await arm(true);
  const frames = new Map(); // executionContextId -> frameId, for extension worlds
  session.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (String(c.origin).startsWith('chrome-extension://')) frames.set(c.id, c.auxData?.frameId);
  });
  const evaluateInExtension = async (expression) => {
    const { frameTree } = await session.send('Page.getFrameTree');
    const ids = [...frames].filter(([, frame]) => frame === frameTree.frame.id).map(([id]) => id);
    if (ids.length === 0) throw new Error('No extension world in the main frame: is the content script injected?');
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, contextId: ids.at(-1), returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`evaluate in the extension world failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  };
  return { session, evaluateInExtension };
}
