// The card, badge and guard in the browser's language (Chromium started in Spanish and in
// Brazilian Portuguese), and their contrast and accessibility in light and dark mode (axe-core,
// run inside Clearsend's shadow root, opened for tests).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, extensionId, launchWithExtension, openFixture, typeHuman } from './harness';
import { card, counts, COVER_LETTER, expectRules, guard, SEND_PROPOSAL } from './overlay';

test.describe.configure({ timeout: 90_000 });

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const LANGUAGES = [
  {
    lang: 'es',
    locale: 'es-ES',
    env: 'es_ES',
    card: ['infracción', 'Correo electrónico', 'Ignorar este', 'Este cliente es Enterprise', 'Fuente: ', 'Quitar el correo', 'Es una dirección de correo'],
    guard: ['¿Enviar esto con 2 problemas con las reglas?', 'Revisar', 'Enviar de todos modos', 'No se envió nada.'],
    badge: /2 infracciones en la carta de presentación/,
  },
  {
    lang: 'pt_BR',
    locale: 'pt-BR',
    env: 'pt_BR',
    card: ['violação', 'Endereço de e-mail', 'Ignorar este', 'Este cliente é Enterprise', 'Fonte: ', 'Remover o e-mail', 'Isto é um endereço de e-mail'],
    guard: ['Enviar isto com 2 problemas com as regras?', 'Revisar', 'Enviar mesmo assim', 'Nada foi enviado.'],
    badge: /2 violações em a carta de apresentação/,
  },
] as const;

for (const l of LANGUAGES) {
  test(`in a browser set to ${l.lang}, the card, the badge and the guard speak it`, async () => {
    // On Linux, Chromium takes its interface language (the one browser.i18n uses) from LANGUAGE.
    const harness = await launchWithExtension({ locale: l.locale, env: { LANGUAGE: l.env, LANG: `${l.env}.UTF-8` }, args: [`--lang=${l.locale}`] });
    try {
      const { page } = harness;
      await openFixture(page, 'apply');
      await typeHuman(page.locator(COVER_LETTER), 'Write to me at jane.doe@gmail.com or call +44 20 7946 0958.', { delay: 0 });
      await expectRules(page, ['contact-email', 'contact-phone']);
      await expect(counts(page)).toHaveAttribute('aria-label', l.badge);
      await counts(page).click();
      for (const text of l.card) await expect(card(page)).toContainText(text);
      // The typed words are shown as typed.
      await expect(card(page)).toContainText('jane.doe@gmail.com');
      await page.keyboard.press('Escape');
      await page.locator(SEND_PROPOSAL).click();
      for (const text of l.guard) await expect(guard(page)).toContainText(text);
    } finally {
      await harness.close();
    }
  });
}

test('in Spanish, the second opinion (on unless turned off) explains itself in Spanish, with the words as typed', async () => {
  const harness = await launchWithExtension({ locale: 'es-ES', env: { LANGUAGE: 'es_ES', LANG: 'es_ES.UTF-8' }, args: ['--lang=es-ES'] });
  try {
    const { page, context } = harness;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
    const row = options.locator('tr[data-rule="second-opinion"]');
    await expect(row).toContainText('Segunda opinión (modelo aprendido)');
    await expect(row).toContainText('Activada salvo que la desactives');
    await expect(options.getByTestId('options-policy-pending')).toHaveCount(0);
    await expect(row.getByRole('checkbox')).toBeChecked();
    await page.bringToFront();
    await openFixture(page, 'apply');
    await typeHuman(page.locator(COVER_LETTER), 'Could you log into our company Upwork and post the job yourself?', { delay: 0 });
    await expectRules(page, ['second-opinion']);
    await counts(page).click();
    for (const text of ['Segunda opinión', 'Esta frase parece compartir o prestar una cuenta', "Las palabras que más pesaron: 'Upwork', 'log', 'yourself'", 'Quitar esta frase']) {
      await expect(card(page)).toContainText(text);
    }
  } finally {
    await harness.close();
  }
});

async function axe(page: Page): Promise<{ id: string; nodes: string[]; summary: string }[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { html: string; failureSummary?: string }[] }[] }> } };
    const result = await w.axe.run({ include: [['clearsend-overlay']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html), summary: v.nodes[0]?.failureSummary ?? '' }));
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme} mode: card, badge and guard pass axe-core, contrast included`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openFixture(page, 'apply');
    // A violation and a warning (a portfolio link); the notes come after marking the client below.
    await typeHuman(page.locator(COVER_LETTER), 'Email me at jane.doe@gmail.com. My portfolio: https://janedoe.design/work', { delay: 0 });
    await expect.poll(async () => (await page.getByTestId('clearsend-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))).sort()).toEqual(['violation', 'violation', 'warning']);
    await counts(page).click();
    await expect(card(page)).toBeVisible();
    // Dark mode really applies inside the shadow root: a dark card.
    const background = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(22, 27, 34)' : 'rgb(255, 255, 255)');
    expect(await axe(page)).toEqual([]);
    // Every card: step through them.
    const total = await page.getByTestId('clearsend-mark').count();
    for (let i = 1; i < total; i++) {
      await card(page).getByRole('button', { name: 'Next problem' }).click();
      expect(await axe(page)).toEqual([]);
    }
    // The guard's question.
    await page.keyboard.press('Escape');
    await page.locator(SEND_PROPOSAL).click();
    await expect(guard(page)).toBeVisible();
    const guardBackground = await guard(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(guardBackground).toBe(scheme === 'dark' ? 'rgb(22, 27, 34)' : 'rgb(255, 255, 255)');
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(guard(page)).toHaveCount(0);
    // Notes (blue): the client is Enterprise, so the email becomes a note.
    await counts(page).click();
    await card(page).getByRole('button', { name: 'This client is Enterprise' }).click();
    await expect.poll(async () => (await page.getByTestId('clearsend-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))).includes('info')).toBe(true);
    await counts(page).click();
    await expect(card(page)).toHaveAttribute('data-severity', 'info');
    expect(await axe(page)).toEqual([]);
  });
}
