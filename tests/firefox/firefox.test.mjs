// The core browser tests again, in Firefox (Debian's firefox-esr), with the shipped Firefox zip
// installed as a temporary add-on: warnings in the cover letter, the Messages composer, the
// send guard, and no request made by the add-on. Run: npm run zip && npm run test:firefox
// How it works and what was tried: docs/firefox-testing.md.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildFixtures } from '../fixtures/build.mjs';
import { clickOverlayButton, firefoxZip, launchFirefox, newTab, openFixture, readOverlay, typeText, waitFor } from './launch-firefox.mjs';

const COVER_LETTER = 'textarea[aria-labelledby="cover_letter_label"]';
const COMPOSER = '.up-d-composer .tiptap.ProseMirror[contenteditable="true"]';
const SEND_PROPOSAL = '.fe-apply-footer-controls button.air3-btn-primary';

const rules = (overlay) => overlay.findings.map((f) => f.rule);
const pageValue = (page, name) => page.evaluate((n) => window[n], name);

/** The user journeys the network test repeats without the add-on. Each returns its tab. */
const journeys = {
  async coverLetter(browser) {
    const tab = await newTab(browser);
    await openFixture(tab.page, 'apply');
    await typeText(tab.page, COVER_LETTER, 'Great fit for this job.\nMy email is jo.smith@gmail.com if useful.');
    return tab;
  },
  async composer(browser) {
    const tab = await newTab(browser);
    await openFixture(tab.page, 'messages');
    await typeText(tab.page, COMPOSER, 'Thanks for the details!\nMy skype is john.smith88 and we can continue on WhatsApp.', { newline: 'Shift+Enter' });
    return tab;
  },
  async guardedSend(browser) {
    const tab = await newTab(browser);
    await openFixture(tab.page, 'messages');
    await typeText(tab.page, COMPOSER, 'Can you pay me via PayPal?');
    return tab;
  },
};

describe('Clearsend in Firefox', () => {
  let ff;
  const tabs = [];
  const open = async (name) => {
    const tab = await journeys[name](ff.browser);
    tabs.push({ name, ...tab });
    return tab;
  };

  before(async () => {
    await buildFixtures();
    ff = await launchFirefox({ addon: firefoxZip() });
    console.log(`# ${ff.version}, add-on ${ff.addonId} installed from ${firefoxZip()}`);
  });
  after(async () => {
    await ff?.close();
  });

  test('the shipped zip installs as a temporary add-on under its declared id', () => {
    assert.equal(ff.addonId, 'clearsend@clearsend.invalid');
    assert.match(ff.version, /^firefox\/\d+/);
  });

  test('cover letter: the email is underlined inside the field and the badge counts it', async () => {
    const { page } = await open('coverLetter');
    const overlay = await waitFor(() => readOverlay(page), (o) => o.findings.length > 0 && o.counts.some((c) => c.text));
    assert.deepEqual(rules(overlay), ['contact-email']);
    assert.deepEqual(overlay.hostsOpen, [false], 'one host, its shadow root closed to page scripts');
    assert.equal(overlay.findings[0].severity, 'violation');
    assert.deepEqual(overlay.counts.map((c) => c.text), ['1']);
    const field = await page.$eval(COVER_LETTER, (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const { lines } = overlay.findings[0];
    assert.ok(lines.length >= 1, 'the finding has an underline');
    for (const line of lines) {
      assert.ok(line.width > 40, `underline wide enough for the address: ${JSON.stringify(line)}`);
      assert.ok(line.x >= field.x && line.x + line.width <= field.x + field.width, `underline inside the field horizontally: ${JSON.stringify({ line, field })}`);
      assert.ok(line.y >= field.y && line.y + line.height <= field.y + field.height, `underline inside the field vertically: ${JSON.stringify({ line, field })}`);
    }
    // The typed text is untouched.
    assert.equal(await page.$eval(COVER_LETTER, (el) => el.value), 'Great fit for this job.\nMy email is jo.smith@gmail.com if useful.');
  });

  test('Messages composer: underlines sit on the words (within 1 px of the page\'s own text boxes)', async () => {
    const { page } = await open('composer');
    const overlay = await waitFor(() => readOverlay(page), (o) => o.findings.length >= 2);
    assert.deepEqual(rules(overlay), ['contact-messaging', 'off-platform']);
    assert.deepEqual(overlay.counts.map((c) => c.text), ['2']);
    // Firefox's fonts are not Chromium's, so a phrase may wrap: compare line box by line box.
    for (const [i, words] of [[0, 'skype is john.smith88'], [1, 'continue on WhatsApp']]) {
      const expected = await page.evaluate(
        (selector, w) => {
          const root = document.querySelector(selector);
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent.indexOf(w);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + w.length);
            return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
          }
          return null;
        },
        COMPOSER,
        words,
      );
      assert.ok(expected?.length, `the words "${words}" are in the composer`);
      const { lines } = overlay.findings[i];
      assert.equal(lines.length, expected.length, `"${words}": one underline per line box (${JSON.stringify({ lines, expected })})`);
      for (const [j, line] of lines.entries()) {
        for (const key of ['x', 'width']) {
          assert.ok(Math.abs(line[key] - expected[j][key]) <= 1, `"${words}" line ${j} underline ${key}: ${line[key]} vs the text box ${expected[j][key]}`);
        }
        // The underline lies on the text's line box (at its bottom edge, not on another line).
        assert.ok(line.y >= expected[j].y - 1 && line.y <= expected[j].y + expected[j].height + 1, `"${words}" line ${j} underline y ${line.y} within the text box ${JSON.stringify(expected[j])}`);
      }
    }
  });

  test('send guard: Enter with a violation is stopped once; "Send anyway" lets the next Enter through', async () => {
    const { page } = await open('guardedSend');
    await waitFor(() => readOverlay(page), (o) => rules(o).includes('payment-outside'));
    await page.keyboard.press('Enter');
    const overlay = await waitFor(() => readOverlay(page), (o) => o.guard !== null);
    assert.match(overlay.guard.text, /Payment outside Upwork/);
    assert.deepEqual(await pageValue(page, '__sentMessages'), []);
    assert.equal(await page.$eval(COMPOSER, (el) => el.textContent), 'Can you pay me via PayPal?');
    await clickOverlayButton(page, 'clearsend-guard', 'Send anyway');
    await waitFor(() => readOverlay(page), (o) => o.guard === null);
    assert.deepEqual(await pageValue(page, '__sentMessages'), [], 'the add-on sends nothing by itself');
    await page.focus(COMPOSER);
    await page.keyboard.press('Enter');
    const sent = await waitFor(() => pageValue(page, '__sentMessages'), (s) => s.length > 0);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].text, 'Can you pay me via PayPal?');
    assert.equal(sent[0].via, 'enter');
  });

  test('send guard: "Send for N Connects" asks once, then the next click sends', async () => {
    const { page } = await open('coverLetter');
    await waitFor(() => readOverlay(page), (o) => rules(o).includes('contact-email'));
    await page.click(SEND_PROPOSAL);
    const overlay = await waitFor(() => readOverlay(page), (o) => o.guard !== null);
    assert.match(overlay.guard.text, /in the cover letter/);
    assert.deepEqual(await pageValue(page, '__submissions'), []);
    await clickOverlayButton(page, 'clearsend-guard', 'Send anyway');
    assert.deepEqual(await pageValue(page, '__submissions'), []);
    await page.click(SEND_PROPOSAL);
    const submissions = await waitFor(() => pageValue(page, '__submissions'), (s) => s.length > 0);
    assert.equal(submissions.length, 1);
  });

  test('no request from the add-on: each journey makes exactly the requests it makes without it, and nothing escapes to the network', async () => {
    // Control: a request the page makes to another site is seen by the recorder and aborted.
    const control = await newTab(ff.browser);
    await openFixture(control.page, 'apply');
    const controlResult = await control.page.evaluate(() => fetch('https://example.org/control').then(() => 'fetched', () => 'blocked'));
    assert.equal(controlResult, 'blocked');
    assert.ok(control.requests.some((r) => r.url === 'https://example.org/control'), 'the recorder sees cross-site requests');

    // Only what could leave the machine counts: Firefox's own stylesheet loads a data: font for
    // list bullets (-moz-bullet-font in html.css) when the guard shows its list.
    const network = (requests) => requests.filter((r) => /^(https?|wss?):/.test(r.url));
    const key = (r) => `${r.method} ${r.url}`;
    const withAddon = tabs.map((t) => ({ name: t.name, requests: network(t.requests).map(key).sort() }));
    for (const t of withAddon) {
      for (const r of t.requests) assert.ok(/^(GET|POST) https:\/\/www\.upwork\.com\//.test(r), `${t.name}: only the fixture site is asked: ${r}`);
    }
    // The same journeys with the add-on removed.
    await ff.browser.uninstallExtension(ff.addonId);
    for (const t of withAddon) {
      const tab = await journeys[t.name](ff.browser);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(t.requests, network(tab.requests).map(key).sort(), `${t.name}: the same requests with and without the add-on`);
    }
    // Nothing went past the interception (content scripts, Firefox itself): the trap saw nothing.
    assert.deepEqual(ff.trap.seen, []);
    // Control: a content script's own fetch, which BiDi interception does not see in Firefox,
    // reaches the trap. A probe add-on (made here, never shipped) fetches from its content script.
    const probeDir = mkdtempSync(path.join(os.tmpdir(), 'clearsend-probe-'));
    writeFileSync(path.join(probeDir, 'manifest.json'), JSON.stringify({
      manifest_version: 2,
      name: 'network probe',
      version: '1.0',
      browser_specific_settings: { gecko: { id: 'probe@clearsend.invalid' } },
      content_scripts: [{ matches: ['https://www.upwork.com/*'], js: ['probe.js'] }],
    }));
    writeFileSync(path.join(probeDir, 'probe.js'), "fetch('https://www.upwork.com/__probe').catch(() => {});\n");
    const probeId = await ff.browser.installExtension(probeDir);
    try {
      const probed = await newTab(ff.browser);
      await openFixture(probed.page, 'apply');
      await waitFor(async () => ff.trap.seen, (seen) => seen.some((line) => line.startsWith('CONNECT www.upwork.com:443')));
      assert.ok(!probed.requests.some((r) => r.url.includes('__probe')), 'BiDi interception misses content-script fetches: the trap is what catches them');
    } finally {
      await ff.browser.uninstallExtension(probeId);
      rmSync(probeDir, { recursive: true, force: true });
    }
    // Control: a request not intercepted (a tab without interception) does reach the trap.
    const plain = await ff.browser.newPage();
    await plain.goto('http://trap-control.invalid/').catch(() => {});
    assert.ok(ff.trap.seen.some((line) => line.includes('trap-control.invalid')), `the trap sees what escapes: ${JSON.stringify(ff.trap.seen)}`);
  });
});
