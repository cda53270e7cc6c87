// The proposal form: cover letter and screening answers, with the built extension loaded.
import { test, expect, openFixture, typeHuman } from './harness';
import { ANSWERS, card, counts, COVER_LETTER, expectRules, findings, pasteInto, seen, underlineRects } from './overlay';
import { wordBoxInTextarea } from './pixels';

test('warns in the cover letter once the form hydrates, with a count and an underline per finding', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  await typeHuman(cover, 'Hi! I have 6 years with Shopify. Email me at jane.doe@gmail.com and we can continue on WhatsApp.', { delay: 0 });
  // One off-platform finding for the sentence ("Email me ... continue on WhatsApp"), one for the address.
  await expectRules(page, ['contact-email', 'off-platform']);
  await expect(counts(page)).toHaveText('2');
  expect((await seen(page)).every((s) => s.severity === 'violation')).toBe(true);
  // The underline of the email covers exactly the typed characters.
  const value = await cover.inputValue();
  const email = (await seen(page)).find((s) => s.rule === 'contact-email')!;
  expect(value.slice(email.start, email.end)).toBe('jane.doe@gmail.com');
  // The badge takes the worst severity's colour and says what it counts.
  await expect(counts(page)).toHaveClass(/sev-violation/);
  await expect(counts(page)).toHaveAttribute('aria-label', /2 violations in the cover letter/);
});

test('stays quiet on ordinary proposal writing', async ({ page }) => {
  await openFixture(page, 'apply');
  await typeHuman(
    page.locator(COVER_LETTER),
    'I integrated PayPal and Stripe checkout for 40+ Shopify stores (v2.14, 2019-2024) and I will keep all communication on Upwork. Budget: $1,500.',
    { delay: 0 },
  );
  await page.waitForTimeout(600);
  await expect(findings(page)).toHaveCount(0);
  await expect(counts(page)).toHaveCount(0);
});

test('says when much of the text is in a script it cannot read yet, and stops saying it when that text goes', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  const notice = page.getByTestId('clearsend-notice');
  // Lao ("Hello, please send me your phone number, we will talk there"; Armenian until round twenty-six taught it): its words
  // are not read, so no finding and no badge, but the field says why it is silent.
  await typeHuman(cover, 'ສະບາຍດີ, ກະລຸນາສົ່ງເບີໂທລະສັບຂອງທ່ານໃຫ້ຂ້ອຍ, ພວກເຮົາຈະລົມກັນຢູ່ຫັ້ນ', { delay: 0 });
  await expect(notice).toContainText('Part of this text is in Lao script, which Clearsend cannot read yet');
  await expect(counts(page)).toHaveCount(0);
  // What is the same in every script is still found: a phone number.
  await typeHuman(cover, ': +856 20 555 0147', { delay: 0 });
  await expectRules(page, ['contact-phone']);
  await expect(notice).toContainText('Lao script');
  // The same text in English: read, and no notice.
  await cover.fill('');
  await typeHuman(cover, 'Hello, send me your phone number, we will talk there.', { delay: 0 });
  await expectRules(page, ['contact-request', 'off-platform']);
  await expect(notice).toHaveCount(0);
});

test('says when the text is in a Latin-script language it cannot read yet, and not for English', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  const notice = page.getByTestId('clearsend-notice');
  // Finnish ("Hello, send me your phone number, we will talk there, it is awkward to write here..."): its words are
  // not read, so no finding and no badge, but the field says why it is silent (Lithuanian until round twenty-seven).
  const finnish = 'Hei, lähettäkää minulle puhelinnumeronne, jutellaan siellä, koska täällä on todella hankala kirjoittaa. Kiitos, odotan vastaustanne ja voin aloittaa jo tänään.';
  await pasteInto(cover, finnish);
  await expect(notice).toContainText('Part of this text is in Finnish, which Clearsend cannot read yet');
  await expect(counts(page)).toHaveCount(0);
  // What is the same in every language is still found: a phone number.
  await typeHuman(cover, ' Numeroni: +358 40 123 4567', { delay: 0 });
  await expectRules(page, ['contact-phone']);
  await expect(notice).toContainText('Finnish');
  // An ordinary English proposal of the same length: read, and no notice.
  await cover.fill('');
  await pasteInto(cover, 'Hi, I read your brief and I can start on Monday. I have built many stores like yours, and I would be glad to show you my work here on Upwork. Thanks!');
  await page.waitForTimeout(600);
  await expect(findings(page)).toHaveCount(0);
  await expect(notice).toHaveCount(0);
});

test('watches both screening answers too, each with its own count', async ({ page }) => {
  await openFixture(page, 'apply');
  const answers = page.locator(ANSWERS);
  await expect(answers).toHaveCount(2);
  await typeHuman(answers.nth(0), 'Sure, send me your Upwork password and I will set it up.', { delay: 0 });
  await typeHuman(answers.nth(1), 'Call me at +44 20 7946 0958.', { delay: 0 });
  await expect(counts(page)).toHaveText(['1', '2']);
  await expectRules(page, ['account-sharing', 'off-platform', 'contact-phone']);
});

test('the underline sits under the right word, also on a wrapped line and after scrolling', async ({ page }) => {
  await openFixture(page, 'apply');
  const cover = page.locator(COVER_LETTER);
  const filler = 'I have rebuilt many Shopify themes and I care about speed and accessibility. '.repeat(3);
  await pasteInto(cover, `${filler}Write to me at jane.doe@gmail.com`);
  await expectRules(page, ['contact-email']);
  const check = async () => {
    // Scrolling the page moves the field; the underline has to follow it.
    await cover.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(100);
    const [rect] = await underlineRects(findings(page).first());
    const word = await wordBoxInTextarea(page, COVER_LETTER, 'jane.doe@gmail.com');
    expect(word).not.toBeNull();
    // Horizontally the underline spans the word's selection box to within a couple of pixels;
    // vertically it lies on the word's line (the selection box is the full line height).
    expect(Math.abs(rect!.x - word!.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(rect!.x + rect!.width - (word!.x + word!.width))).toBeLessThanOrEqual(2);
    expect(rect!.y).toBeGreaterThanOrEqual(word!.y - 1);
    expect(rect!.y + rect!.height).toBeLessThanOrEqual(word!.y + word!.height + 1);
    expect(rect!.height).toBeGreaterThanOrEqual(word!.height * 0.6);
  };
  await check();
  // Narrower field: the text wraps differently and the underline follows.
  await cover.evaluate((el: HTMLTextAreaElement) => (el.style.width = '420px'));
  await page.waitForTimeout(100);
  await check();
  // A bigger font: lines and wrapping change again.
  await cover.evaluate((el: HTMLTextAreaElement) => (el.style.fontSize = '19px'));
  await page.waitForTimeout(100);
  await check();
  // Scrolled inside the field: the underline moves with the text.
  await cover.evaluate((el: HTMLTextAreaElement) => {
    el.style.height = '60px';
    el.scrollTop = el.scrollHeight;
  });
  await page.waitForTimeout(100);
  await check();
});

test('a hover card explains the finding, names the policy, and offers its actions', async ({ page }) => {
  await openFixture(page, 'apply');
  await typeHuman(page.locator(COVER_LETTER), 'My number is +1 (415) 555-0132', { delay: 0 });
  await expectRules(page, ['contact-phone']);
  const [rect] = await underlineRects(findings(page).first());
  await page.mouse.move(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('data-rule', 'contact-phone');
  await expect(card(page)).toContainText('phone number');
  await expect(card(page)).toContainText('Source: Upwork Rules Which You Must Not Violate'.slice(0, 8));
  await expect(card(page).getByRole('button', { name: 'Remove the phone number' })).toBeVisible();
  await expect(card(page).getByRole('button', { name: 'Ignore this one' })).toBeVisible();
  await expect(card(page).getByRole('button', { name: 'This client is Enterprise' })).toBeVisible();
  // Moving away closes it.
  await page.mouse.move(5, 5);
  await expect(card(page)).toHaveCount(0);
});
