// Firefox for the browser tests: Debian's firefox-esr driven by puppeteer-core over WebDriver
// BiDi, with the shipped Firefox zip installed as a temporary add-on, and the fixture pages
// served at their real https://www.upwork.com/ addresses by BiDi request interception. Every
// other request is aborted and recorded. As a second net, Firefox's proxy is a loopback trap
// that answers nothing and records every connection that escapes the interception (Firefox's
// own traffic included): nothing can reach the internet. See docs/firefox-testing.md.
import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { FIXTURE_URLS, ROOT, UPWORK_ORIGIN, resolveFixture } from '../e2e/launch.mjs';

export { FIXTURE_URLS, ROOT };

/** The Firefox zip `wxt zip -b firefox` writes: what addons.mozilla.org gets. */
export function firefoxZip() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return path.join(ROOT, '.output', `${pkg.name}-${pkg.version}-firefox.zip`);
}

/** FIREFOX_PATH, else Debian's firefox-esr (apt-get install firefox-esr), else firefox. */
export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Firefox found (tried ${candidates.join(', ')}): apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  return found;
}

/**
 * A loopback "proxy" that serves nothing: it records the first line of every connection
 * (`CONNECT host:443 HTTP/1.1`, `GET http://...`) and closes it.
 */
export async function startTrap() {
  const seen = [];
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', (chunk) => {
      seen.push(chunk.toString('latin1').split('\r\n')[0]);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    seen,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Starts headless Firefox with every connection sent to the trap, and installs the add-on
 * (a zip, or an unpacked folder) as a temporary add-on through BiDi `webExtension.install`.
 * Returns { browser, addonId, trap, version, close }.
 */
export async function launchFirefox({ addon = firefoxZip(), headless = true } = {}) {
  if (!existsSync(addon)) throw new Error(`${path.relative(ROOT, addon)} is missing: run \`npm run zip\` first.`);
  const trap = await startTrap();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless,
    // Release builds ignore services.settings.server unless this is set; without it Firefox asks
    // firefox.settings.services.mozilla.com for its block lists when an add-on is installed.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // Manual proxy for every scheme, no exceptions: whatever escapes interception meets the trap.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': trap.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': trap.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
    },
  });
  try {
    const extensionData = addon.endsWith('.zip') ? { type: 'archivePath', path: addon } : { type: 'path', path: addon };
    const { result } = await browser.connection.send('webExtension.install', { extensionData });
    return {
      browser,
      addonId: result.extension,
      trap,
      version: await browser.version(),
      close: async () => {
        await browser.close();
        await trap.close();
      },
    };
  } catch (error) {
    await browser.close();
    await trap.close();
    throw error;
  }
}

/**
 * A new tab whose requests are all intercepted: www.upwork.com gets the fixture pages, anything
 * else is aborted. Every request is recorded in `requests` ({ url, method }).
 */
export async function newTab(browser) {
  const page = await browser.newPage();
  const requests = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    requests.push({ url, method: request.method() });
    if (url.startsWith(`${UPWORK_ORIGIN}/`)) {
      const { status, file, contentType } = resolveFixture(url);
      request.respond({ status, contentType, body: readFileSync(file), headers: { 'cache-control': 'no-store' } }).catch(() => {});
    } else {
      request.abort('blockedbyclient').catch(() => {});
    }
  });
  return { page, requests };
}

/** Opens a named fixture (see FIXTURE_URLS) and waits for its form to be rendered. */
export async function openFixture(page, name) {
  await page.goto(FIXTURE_URLS[name], { waitUntil: 'load' });
  await page.waitForFunction(() => window.__hydrated === true, { timeout: 10_000 });
}

/**
 * Runs `fn(roots, ...args)` in the page with `roots` = the shadow roots of Clearsend's hosts
 * (`clearsend-*` elements). The shipped root is closed, so page scripts get null from
 * `host.shadowRoot`; WebDriver BiDi can still reach it, as CDP does in Chromium: node
 * serialization with `includeShadowTree: "all"` returns the closed root as a shared reference,
 * which is then passed to `script.callFunction`. `fn` returns JSON-able data.
 */
async function inClearsendRoots(page, fn, ...args) {
  const connection = page.browser().connection;
  const target = { context: page.mainFrame()._id };
  const hosts = await connection.send('script.callFunction', {
    functionDeclaration: '() => [...document.documentElement.children].filter((el) => el.localName.startsWith("clearsend-"))',
    target,
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  const roots = hosts.result.result.value.map((node) => node.value.shadowRoot).filter(Boolean);
  const call = await connection.send('script.callFunction', {
    functionDeclaration: `(roots, args) => JSON.stringify((${fn.toString()})(roots, ...JSON.parse(args)))`,
    arguments: [
      { type: 'array', value: roots.map((root) => ({ sharedId: root.sharedId })) },
      { type: 'string', value: JSON.stringify(args) },
    ],
    target,
    awaitPromise: false,
    resultOwnership: 'none',
  });
  if (call.result.type === 'exception') throw new Error(`in the page: ${call.result.exceptionDetails.text}`);
  return JSON.parse(call.result.result.value);
}

/**
 * What Clearsend shows, read through its test contract (data-testid attributes) inside its
 * closed shadow root: findings with their underline rectangles, the count badges, the send guard.
 */
export function readOverlay(page) {
  return inClearsendRoots(page, (roots) => {
    const all = roots.flatMap((root) => [...root.querySelectorAll('[data-testid]')]);
    const rect = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const byId = (id) => all.filter((el) => el.getAttribute('data-testid') === id);
    const guard = byId('clearsend-guard')[0];
    return {
      hostsOpen: roots.map((root) => root.host.shadowRoot !== null),
      findings: byId('clearsend-finding').map((el) => ({
        rule: el.getAttribute('data-rule'),
        severity: el.getAttribute('data-severity'),
        // A finding's underline is its mark's (findings on overlapping words share one).
        lines: [...el.parentElement.querySelectorAll('.line')].map(rect),
      })),
      counts: byId('clearsend-count').map((el) => ({ text: el.textContent.trim(), box: rect(el) })),
      guard: guard ? { text: guard.textContent, box: rect(guard) } : null,
    };
  });
}

/** Polls `read()` until `accept(value)` is true; returns the value, or throws with the last one. */
export async function waitFor(read, accept, { timeout = 5000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Types text key by key (real key events through BiDi); "\n" is typed as `newline`. */
export async function typeText(page, selector, text, { newline = 'Enter' } = {}) {
  await page.click(selector);
  const parts = text.split('\n');
  for (const [i, part] of parts.entries()) {
    if (i > 0) {
      const keys = newline.split('+');
      for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
      await page.keyboard.press(keys.at(-1));
      for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
    }
    if (part) await page.keyboard.type(part);
  }
}

/**
 * Clicks the button with this exact label inside the Clearsend element with this test id: a real
 * mouse click (trusted input through BiDi) at the button's centre, since Clearsend ignores
 * synthetic events.
 */
export async function clickOverlayButton(page, testId, label) {
  const box = await inClearsendRoots(
    page,
    (roots, id, text) => {
      const owner = roots.flatMap((root) => [...root.querySelectorAll(`[data-testid="${id}"]`)])[0];
      const button = owner && [...owner.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
      if (!button) return null;
      const r = button.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    testId,
    label,
  );
  if (!box) throw new Error(`no button "${label}" in ${testId}`);
  await page.mouse.click(box.x, box.y);
}
