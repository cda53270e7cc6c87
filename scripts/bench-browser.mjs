#!/usr/bin/env node
/**
 * `npm run bench:browser`: what the extension costs a person typing, in a real browser.
 *
 * Builds nothing: expects .output/chrome-mv3 (`npx wxt build`). Launches Debian's Chromium
 * (CHROMIUM_PATH overrides) with and without the extension on the local fixture pages
 * (tests/fixtures, served at their real www.upwork.com addresses, no network), types 2,000
 * characters of realistic proposal text key by key (Playwright keyboard events, human-like
 * rhythm with pauses at commas and sentence ends so the extension's 150 ms debounce really
 * fires while typing), first into the cover letter, then into the TipTap Messages composer,
 * alternating without / with over a few repeats, and prints median and p95 per configuration
 * and the ratio with / without. Also the raw and gzipped size of the content script.
 *
 * What is measured, per keystroke, by a listener in the PAGE's world installed before any page
 * or extension script (so it sees every key first and registers its frame callback first):
 *   next frame  keydown.timeStamp (when the browser received the key; includes any queueing
 *               behind earlier work such as a debounced check) -> the end of the next rendering
 *               update after the key: a requestAnimationFrame callback registered at keydown posts
 *               a MessageChannel message, which runs only after that frame's rAF callbacks
 *               (the extension's layout pass among them), style, layout and paint recording. Like
 *               the Event Timing API's `duration` (input to next paint), at full precision, but
 *               ending when the main thread is done with the frame: raster and presentation come
 *               later and are invisible to scripts. It includes the wait for the next frame
 *               (up to ~16.7 ms), the same in both configurations.
 *   processing  keydown.timeStamp -> the `input` event fully handled: a microtask queued by a
 *               window bubble `input` listener (so after the page's and the extension's field
 *               listeners AND the microtasks already queued: MutationObserver deliveries,
 *               ProseMirror's DOM flush). Ending at the listener itself would be unsound: any
 *               extra listener (the extension's) adds a microtask checkpoint that moves the page's
 *               own MutationObserver work before the mark (measured: +0.7 ms "cost" in TipTap that
 *               is only the page's work moving). Keys without an input event (Shift+Enter in
 *               ProseMirror) are left out of this one.
 * Why not the Event Timing API alone: it reports only events of 16 ms or more
 * (durationThreshold cannot go below 16) rounded to 8 ms, so typical keystrokes are invisible to
 * it. Its entries are still counted below (keydowns >= 16 ms per 1,000 keys) as a cross-check;
 * they end at presentation, so a textarea repaint crosses 16 ms far more often than the TipTap one.
 *
 *   node scripts/bench-browser.mjs [--repeats 3] [--chars 2000] [--fields cover,composer] [--strict]
 * --strict exits 1 when a target is missed (ratio <= 1.05 on the next-frame median and p95;
 * content script <= 40 KB gzipped). Without it the numbers are reported and the exit code is 0.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchBrowser, openFixture } from '../tests/e2e/launch.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const REPEATS = Number(opt('repeats', 3));
const CHARS = Number(opt('chars', 2000));
const FIELDS = opt('fields', 'cover,composer').split(',');
const STRICT = args.includes('--strict');
const WARMUP = 20; // first keystrokes of each run are left out (caches, first layout of the overlay)
const TARGET_RATIO = 1.05;
const TARGET_GZIP = 40 * 1024;

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')) || !existsSync(path.join(EXTENSION_DIR, 'content-scripts/upwork.js'))) {
  console.error('bench-browser: .output/chrome-mv3 is not built: run `npx wxt build` first (this script builds nothing).');
  process.exit(2);
}
// Every run loads the same snapshot of the build, even if .output is rebuilt while the bench runs.
const SNAPSHOT = mkdtempSync(path.join(tmpdir(), 'clearsend-bench-'));
const EXTENSION = path.join(SNAPSHOT, 'chrome-mv3');
cpSync(EXTENSION_DIR, EXTENSION, { recursive: true });
process.on('exit', () => rmSync(SNAPSHOT, { recursive: true, force: true }));
const CONTENT_SCRIPT = path.join(EXTENSION, 'content-scripts/upwork.js');

// A realistic proposal: plain prose, numbers, a list, one contact-sharing slip (an email) early
// on, so that for most of the run the extension has an underline and a badge to keep in place.
const PROPOSAL = `Hi Maya,

Thank you for sharing the details of your Shopify project. I have spent the last six years building and speeding up Shopify stores for small brands, and your brief reads like the work I enjoy most. If it helps, you can also write to me at jordan.lee.dev@gmail.com for the files.

Here is how I would approach it:
1. Audit the current theme, apps and scripts, and measure Core Web Vitals on the product and collection pages.
2. Remove or replace the apps that load on every page, and move the bundles to native sections.
3. Rebuild the product page template with lazy-loaded media and a lighter variant picker.
4. Set up the three product bundles you mentioned, with clear pricing and inventory rules.

In my last two projects, a coffee roaster and a ceramics studio, this cut the largest contentful paint from about 4.1 seconds to 1.9 seconds, and the conversion rate went up by 18 percent over the following month. I am happy to share the before and after reports.

Timeline: the audit takes two days, the rebuild about a week, and I would keep one more week for testing on real devices and fixing what your team finds. I can start on Monday and will post a short progress note here every evening, with screenshots and a list of what changed.

A few questions so that I can give you a firm estimate: which apps are you attached to, do you have a staging store, and who on your side approves the design changes? If you prefer, we can go through them on a short Upwork call this week.

Best regards,
Jordan`;

function proposalText(n) {
  let text = '';
  while (text.length < n) text += (text ? '\n\n' : '') + PROPOSAL;
  return text.slice(0, n);
}

/** Deterministic pseudo-random numbers, so both configurations get the same typing rhythm. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The pause after a key: brisk typing, a longer pause after commas and sentence ends (the debounce fires). */
function rhythm(text, seed) {
  const rand = rng(seed);
  return [...text].map((ch) => {
    if (/[.!?:]/.test(ch)) return 190 + Math.round(rand() * 60);
    if (ch === ',' || ch === '\n') return 160 + Math.round(rand() * 40);
    return 8 + Math.round(rand() * 16);
  });
}

/** Page-world measurement (installed with addInitScript, before every other script). */
function installMeasurement() {
  const bench = { records: [], eventTiming: [], current: null };
  Object.defineProperty(window, '__bench', { value: bench });
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => {
    const rec = waiting.shift();
    if (rec) {
      rec.frameEnd = performance.now();
      bench.records.push(rec);
    }
  };
  window.addEventListener(
    'keydown',
    (e) => {
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
      const rec = { key: e.key, start: e.timeStamp, inputEnd: null, frameEnd: null };
      bench.current = rec;
      requestAnimationFrame(() => {
        waiting.push(rec);
        channel.port2.postMessage(0);
      });
    },
    true,
  );
  window.addEventListener('input', () => {
    const rec = bench.current;
    if (!rec || rec.inputEnd !== null) return;
    rec.inputEnd = -1;
    // After the microtasks already queued (MutationObserver deliveries, ProseMirror's DOM flush):
    // a listener's microtask checkpoint would otherwise decide which side of the mark they land.
    queueMicrotask(() => {
      rec.inputEnd = performance.now();
    });
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'input' || e.name === 'keyup') {
          bench.eventTiming.push({ name: e.name, duration: e.duration });
        }
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // Event Timing unavailable: the cross-check is simply empty.
  }
}

const FIELD_SETUP = {
  cover: { fixture: 'apply', selector: 'textarea[aria-labelledby="cover_letter_label"]', newline: 'Enter', label: 'cover letter (textarea)' },
  // TipTap's Markdown input rules would turn "1. " at the start of a line into a list (and drop
  // the marker): the composer gets the same text with "Step 1: " instead.
  composer: {
    fixture: 'messages',
    selector: '.up-d-composer .tiptap.ProseMirror[contenteditable="true"]',
    newline: 'Shift+Enter',
    label: 'Messages composer (TipTap)',
    adapt: (text) => text.replace(/^(\d)\. /gm, 'Step $1: '),
  },
};

async function runOnce(field, extension, text, pauses) {
  const setup = FIELD_SETUP[field];
  if (setup.adapt) text = setup.adapt(text);
  const { context, page } = await launchBrowser({ extension, extensionPath: EXTENSION });
  try {
    await context.addInitScript(installMeasurement);
    await openFixture(page, setup.fixture);
    const target = page.locator(setup.selector);
    await target.click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(300);
    const started = Date.now();
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (ch === '\n') await page.keyboard.press(setup.newline);
      else await page.keyboard.type(ch);
      await new Promise((r) => setTimeout(r, pauses[i]));
    }
    await page.waitForTimeout(500);
    const typedMs = Date.now() - started;
    const data = await page.evaluate(() => ({ records: window.__bench.records, eventTiming: window.__bench.eventTiming }));
    const value = await target.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : el.innerText));
    const active = await page.evaluate(() => !!document.querySelector('clearsend-overlay'));
    if (extension && !active) throw new Error('the extension did not attach to the page: nothing to measure');
    if (!extension && active) throw new Error('an overlay without the extension?');
    const typed = value.replace(/\s+/g, '');
    if (typed !== text.replace(/\s+/g, '')) {
      throw new Error(`${field} ${extension ? 'with' : 'without'} the extension: the field does not hold the typed text (${typed.length} of ${text.replace(/\s+/g, '').length} non-space characters)`);
    }
    const records = data.records.slice(WARMUP);
    return {
      nextFrame: records.filter((r) => r.frameEnd !== null).map((r) => r.frameEnd - r.start),
      processing: records.filter((r) => r.inputEnd !== null && r.inputEnd > 0).map((r) => r.inputEnd - r.start),
      keys: data.records.length,
      slowKeydowns: data.eventTiming.filter((e) => e.name === 'keydown').length,
      typedMs,
    };
  } finally {
    await context.close();
  }
}

const quantile = (values, q) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
};
const ms = (v) => (Number.isFinite(v) ? v.toFixed(2) : 'n/a');
const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);

async function main() {
  const text = proposalText(CHARS);
  const raw = readFileSync(CONTENT_SCRIPT);
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`bench-browser: ${CHARS} characters per run, ${REPEATS} repeat(s) per configuration, fields: ${FIELDS.join(', ')}`);
  console.log(`Chromium: ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}; extension: a copy of ${path.relative(process.cwd(), EXTENSION_DIR)} taken at start`);

  const results = {};
  for (const field of FIELDS) {
    if (!FIELD_SETUP[field]) throw new Error(`unknown field ${field} (cover, composer)`);
    const pauses = rhythm(text, 7);
    results[field] = { without: [], with: [] };
    for (let r = 0; r < REPEATS; r++) {
      // Alternate the order so that drift (other load on the machine) does not favour one side.
      const order = r % 2 === 0 ? [false, true] : [true, false];
      for (const extension of order) {
        const run = await runOnce(field, extension, text, pauses);
        results[field][extension ? 'with' : 'without'].push(run);
        console.log(
          `  ${field} #${r + 1} ${extension ? 'with   ' : 'without'}: next frame median ${ms(quantile(run.nextFrame, 0.5))} ms, p95 ${ms(quantile(run.nextFrame, 0.95))} ms; ` +
            `processing median ${ms(quantile(run.processing, 0.5))} ms, p95 ${ms(quantile(run.processing, 0.95))} ms; ${run.keys} keys in ${(run.typedMs / 1000).toFixed(1)} s`,
        );
      }
    }
  }

  const rows = [];
  const verdicts = [];
  for (const field of FIELDS) {
    const pool = (side, metric) => results[field][side].flatMap((run) => run[metric].slice());
    for (const metric of ['nextFrame', 'processing']) {
      const a = pool('without', metric);
      const b = pool('with', metric);
      const [am, ap, bm, bp] = [quantile(a, 0.5), quantile(a, 0.95), quantile(b, 0.5), quantile(b, 0.95)];
      rows.push({ field: FIELD_SETUP[field].label, metric: metric === 'nextFrame' ? 'key -> next frame' : 'key -> input handled', n: `${a.length}/${b.length}`, am, ap, bm, bp, rm: bm / am, rp: bp / ap });
      if (metric === 'nextFrame') verdicts.push({ field, ok: bm / am <= TARGET_RATIO && bp / ap <= TARGET_RATIO, rm: bm / am, rp: bp / ap });
    }
    const slow = (side) => {
      const runs = results[field][side];
      const keys = runs.reduce((s, r) => s + r.keys, 0);
      return (1000 * runs.reduce((s, r) => s + r.slowKeydowns, 0)) / keys;
    };
    rows.push({ field: FIELD_SETUP[field].label, metric: 'Event Timing: keydowns >= 16 ms per 1,000 keys', n: '', am: slow('without'), ap: NaN, bm: slow('with'), bp: NaN, rm: NaN, rp: NaN, count: true });
  }

  console.log('\nPer-keystroke latency, all repeats pooled (ms; ratio = with / without):\n');
  const head = `${pad('field', 28)} ${pad('metric', 48)} ${padl('n w/o / w', 11)} ${padl('w/o med', 8)} ${padl('w/o p95', 8)} ${padl('with med', 9)} ${padl('with p95', 9)} ${padl('ratio med', 10)} ${padl('ratio p95', 10)}`;
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const r of rows) {
    const num = (v, w) => padl(r.count ? (Number.isFinite(v) ? v.toFixed(1) : '') : ms(v), w);
    const ratio = (v, w) => padl(Number.isFinite(v) ? v.toFixed(3) : '', w);
    console.log(`${pad(r.field, 28)} ${pad(r.metric, 48)} ${padl(r.n, 11)} ${num(r.am, 8)} ${num(r.ap, 8)} ${num(r.bm, 9)} ${num(r.bp, 9)} ${ratio(r.rm, 10)} ${ratio(r.rp, 10)}`);
  }

  console.log('\nContent script (.output/chrome-mv3/content-scripts/upwork.js, as benchmarked):');
  console.log(`  raw ${(raw.length / 1024).toFixed(1)} KB (${raw.length} bytes), gzip -9 ${(gz / 1024).toFixed(1)} KB (${gz} bytes)`);

  console.log('\nTargets (issue):');
  for (const v of verdicts) {
    console.log(`  ${v.ok ? 'MET   ' : 'MISSED'} ${FIELD_SETUP[v.field].label}: key -> next frame ratio within ${TARGET_RATIO} (median ${v.rm.toFixed(3)}, p95 ${v.rp.toFixed(3)})`);
  }
  const sizeOk = gz <= TARGET_GZIP;
  console.log(`  ${sizeOk ? 'MET   ' : 'MISSED'} content script under 40 KB gzipped (${(gz / 1024).toFixed(1)} KB)`);
  const allOk = sizeOk && verdicts.every((v) => v.ok);
  if (STRICT && !allOk) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
