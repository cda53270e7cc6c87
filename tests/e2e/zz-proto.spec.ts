import { test, expect, openFixture, typeHuman, launchWithExtension } from './harness';
import { CdpProbe } from './cdp';
const TEXT = 'Hi Maya, thanks for the invite. I have rebuilt three Shopify stores this year and cut their load times by half. I would start with an audit of your theme and apps. If it is easier, email me at maya.dev@example.com and we can go through the details.';
for (const extension of [false, true]) for (const probeOn of [false, 'timers', 'ledger'] as const) {
  test(`ext=${extension} probe=${probeOn}`, async () => {
    const h = await launchWithExtension({ extension });
    const page = h.page;
    if (probeOn) await CdpProbe.attach(h.context, page, { timers: true, ledger: probeOn === 'ledger' });
    await openFixture(page, 'apply');
    const f = page.locator('textarea[aria-labelledby="cover_letter_label"]');
    await typeHuman(f, TEXT, { delay: 10 });
    const v = await f.inputValue();
    console.log(extension, probeOn, v.length, TEXT.length, v === TEXT ? 'OK' : v.slice(0, 80));
    await h.close();
  });
}
