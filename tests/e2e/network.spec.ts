// Run-time proof that the extension adds no request at all. Each fixture page is used the same way
// (typing a violation, sending, the room iframe, the pages with nothing to watch) once without and
// once with the extension; every http(s)/ws(s) request the browser makes (Playwright's
// context.on('request'), which also sees content-script and service-worker requests) is recorded
// and the two lists must be identical. CDP Network.requestWillBeSent on the page then says who
// started each request: none may come from the extension's code. A control test shows both
// methods catch a request made from the content script's world.
import { test, expect, launchWithExtension, networkRequests, openFixture, typeHuman, type Harness, type RequestRecord } from './harness';
import { CdpProbe, type RequestEvent } from './cdp';
import { card, counts, COMPOSER, COVER_LETTER, guard } from './overlay';
import type { Frame, Page } from '@playwright/test';

const VIOLATION = 'Happy to help. Email me at jordan.lee@gmail.com or text +1 415 555 0134 on WhatsApp and we can talk there.';
const CLEAN = 'Thanks Maya, I will send the audit here on Upwork by Friday.';
const SEND_PROPOSAL = '.fe-apply-footer-controls button.air3-btn-primary';
const STORY = '.up-d-story-item[id^="story_"] [data-test="story-message"]';

type Scenario = { name: string; run: (page: Page, extension: boolean) => Promise<void> };

/** A send the guard may stop once: with the extension, "Send anyway" and send again (the person's own action). */
async function sendThroughGuard(where: Page | Frame, extension: boolean, send: () => Promise<void>): Promise<void> {
  await send();
  if (!extension) return;
  await expect(guard(where)).toBeVisible();
  await guard(where).locator('[data-action="send-anyway"]').click();
  await send();
}

async function composerScenario(where: Page | Frame, page: Page, extension: boolean): Promise<void> {
  const editor = where.locator(COMPOSER);
  const stories = await where.locator(STORY).count();
  await typeHuman(editor, VIOLATION, { delay: 0 });
  if (extension) {
    await expect(counts(where)).toBeVisible();
    await counts(where).click(); // open the explaining card (renders more of the overlay)
    await expect(card(where)).toBeVisible();
    await page.keyboard.press('Escape');
  }
  // Enter with the violation: the guard stops it once; "Send anyway", then Enter again.
  await sendThroughGuard(where, extension, async () => {
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
  });
  await expect(where.locator(STORY)).toHaveCount(stories + 1);
  await typeHuman(editor, CLEAN, { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(where.locator(STORY)).toHaveCount(stories + 2);
}

const SCENARIOS: Scenario[] = [
  {
    name: 'apply: type a violation in the cover letter, open the card, send through the guard',
    run: async (page, extension) => {
      await openFixture(page, 'apply');
      await typeHuman(page.locator(COVER_LETTER), VIOLATION, { delay: 0 });
      await typeHuman(page.locator('.fe-proposal-job-questions .form-group textarea').first(), 'Two Shopify redesigns this year.', { delay: 0 });
      if (extension) {
        await expect(counts(page).first()).toBeVisible();
        await counts(page).first().click();
        await expect(card(page)).toBeVisible();
        await page.keyboard.press('Escape');
      }
      await sendThroughGuard(page, extension, () => page.locator(SEND_PROPOSAL).click());
      await expect(page.getByRole('alert')).toHaveText('Proposal submitted');
    },
  },
  {
    name: 'messages: type a violation in the TipTap composer, send it through the guard, send a clean one',
    run: async (page, extension) => {
      await openFixture(page, 'messages');
      await composerScenario(page, page, extension);
    },
  },
  {
    name: 'proposalDetail: the room composer inside the iframe',
    run: async (page, extension) => {
      await openFixture(page, 'proposalDetail');
      const frame = page.frameLocator('.up-dash-proposal-room iframe');
      await expect(frame.locator(COMPOSER)).toBeVisible();
      const inner = page.frames().find((f) => f.url().includes('frame=true'));
      if (!inner) throw new Error('the room iframe is missing');
      await composerScenario(inner, page, extension);
    },
  },
  {
    name: 'findWork: search the feed (nothing watched)',
    run: async (page) => {
      await openFixture(page, 'findWork');
      await typeHuman(page.locator('#search-jobs'), 'shopify email me at jo@example.com', { delay: 0 });
      await typeHuman(page.locator('.nav-search-autosuggest-input'), 'whatsapp', { delay: 0 });
    },
  },
  {
    name: 'profile: edit the overview and save (nothing watched)',
    run: async (page) => {
      await openFixture(page, 'profile');
      await typeHuman(page.locator('textarea[aria-labelledby="overview_label"]'), ' Reach me at jo@example.com.', { delay: 0 });
      await page.locator('#profile-save').click();
      expect(await page.evaluate(() => (window as unknown as { __profileSaves: unknown[] }).__profileSaves.length)).toBe(1);
    },
  },
];

const key = (r: RequestRecord) => `${r.method} ${r.resourceType} ${r.url}`;

interface Run {
  byScenario: Map<string, string[]>;
  cdp: RequestEvent[];
  extensionContexts: number;
}

async function runAll(extension: boolean): Promise<Run> {
  // The probe, not the harness, opens the shadow root: one DevTools session pausing before the content script.
  const harness: Harness = await launchWithExtension({ extension, openShadow: false });
  try {
    const probe = await CdpProbe.attach(harness.context, harness.page, { network: true, openShadow: extension });
    const byScenario = new Map<string, string[]>();
    for (const scenario of SCENARIOS) {
      const from = harness.requests.length;
      await scenario.run(harness.page, extension);
      await harness.page.waitForLoadState('networkidle');
      await harness.page.waitForTimeout(300); // anything late (a debounce's work) lands in this scenario
      byScenario.set(scenario.name, networkRequests(harness.requests.slice(from)).map(key).sort());
    }
    expect(harness.pageErrors).toEqual([]);
    const run = { byScenario, cdp: [...probe.requests], extensionContexts: probe.extensionContexts().length };
    await probe.detach();
    return run;
  } finally {
    await harness.close();
  }
}

test.describe('the extension adds no request', () => {
  test.setTimeout(120_000);

  test('every fixture page makes exactly the same requests with and without the extension', async () => {
    const testInfo = test.info();
    const without = await runAll(false);
    const withExtension = await runAll(true);
    expect(without.extensionContexts).toBe(0);
    expect(withExtension.extensionContexts, 'the content script ran (in the page and the room iframe)').toBeGreaterThanOrEqual(4);

    const report: string[] = [];
    for (const { name } of SCENARIOS) {
      const a = without.byScenario.get(name)!;
      const b = withExtension.byScenario.get(name)!;
      report.push(`${name}: ${a.length} requests without, ${b.length} with the extension`);
      expect(a.length, `${name}: the page made requests (the recording works)`).toBeGreaterThan(0);
      expect(b, `${name}: same requests with the extension`).toEqual(a);
    }

    // Who started each request, by the initiator's stack and script world.
    const http = (events: RequestEvent[]) => events.filter((e) => /^(https?|wss?):/.test(e.url));
    const fromExtension = http(withExtension.cdp).filter((e) => e.owner === 'extension');
    report.push(`CDP Network.requestWillBeSent: ${http(without.cdp).length} http(s) requests without, ${http(withExtension.cdp).length} with; from the extension: ${fromExtension.length}`);
    await testInfo.attach('requests.txt', { body: `${report.join('\n')}\n\n${[...withExtension.byScenario].map(([n, r]) => `${n}\n  ${r.join('\n  ')}`).join('\n')}` });
    console.log(report.join('\n'));
    expect(fromExtension.map((e) => `${e.url} <- ${e.stack.join(' <- ')}`)).toEqual([]);
    // Nothing anywhere names the extension's scripts as initiator, not even for chrome-extension:// loads.
    const mentions = withExtension.cdp.filter((e) => e.stack.some((f) => f.includes('chrome-extension://')));
    expect(mentions.map((e) => e.url)).toEqual([]);
    // The CDP view and Playwright's agree on the page's requests (the CDP recorder works).
    expect(http(withExtension.cdp).length).toBeGreaterThanOrEqual(SCENARIOS.length);
  });

  test('control: a request from the content script\'s world is caught by both methods', async ({ harness, page }) => {
    const probe = await CdpProbe.attach(harness.context, page, { network: true });
    await openFixture(page, 'apply');
    await expect(page.locator('clearsend-overlay')).toHaveCount(1);
    const before = harness.networkRequests().map(key);
    await probe.evaluateInExtension("fetch('https://www.upwork.com/__fixtures/clearsend-control-probe.txt').catch(() => {}); new Image().src = 'https://example.invalid/clearsend-beacon.gif'; 0");
    await expect.poll(() => harness.networkRequests().length).toBeGreaterThanOrEqual(before.length + 2);
    // 1. The request lists differ: the comparison in the test above would fail.
    const added = harness.networkRequests().map(key).filter((k) => !before.includes(k));
    expect(added).toEqual(expect.arrayContaining([
      expect.stringContaining('https://www.upwork.com/__fixtures/clearsend-control-probe.txt'),
      expect.stringContaining('https://example.invalid/clearsend-beacon.gif'),
    ]));
    // 2. CDP credits both to the extension's world, and the page's own requests to the page.
    await expect.poll(() => probe.requests.filter((r) => r.url.includes('clearsend-')).length).toBe(2);
    expect(probe.requests.filter((r) => r.url.includes('clearsend-')).map((r) => r.owner)).toEqual(['extension', 'extension']);
    expect(probe.requests.filter((r) => r.url.includes('/__fixtures/assets/')).every((r) => r.owner === 'page')).toBe(true);
    await probe.detach();
  });
});
