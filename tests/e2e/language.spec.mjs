// The interface language: Spanish from the browser's preferences, the switch in the footer, the choice kept
// across reloads, and quiz content that stays in the quiz's own language (lang="en") on every Spanish screen.
// Every Spanish screen passes axe and is saved under test-results/screens/ (es-*.png) for people to look at.
import { test, expect } from '@playwright/test';
import { SCREENS } from './embed-support.mjs';
import { bank, currentTitle, expectNoAxeViolations, watchErrors } from './support.mjs';

/** axe, then a full-page screenshot. */
async function check(page, name) {
  await expectNoAxeViolations(page, `${name} (Spanish)`);
  await page.screenshot({ path: `${SCREENS}/es-${name}.png`, fullPage: true });
}

/** Quiz text on screen carries the quiz's language, whatever the interface's. */
async function expectQuizTextInEnglish(page, selectors) {
  for (const selector of selectors) {
    const el = page.locator(selector).first();
    await expect(el, selector).toHaveAttribute('lang', 'en');
  }
}

test.describe('a browser that prefers Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('opens in Spanish, and lang= or the switch still choose English', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/?count=2&seed=5');
    await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
    await expectQuizTextInEnglish(page, ['#start-heading', '.start-screen .lead']);

    await page.goto('/?count=2&seed=5&lang=en');
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(errors).toEqual([]);
  });
});

test('an English page switches to Spanish with the select, and the choice is kept', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=2&seed=5');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');

  await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('group', { name: '¿Cuántos casos?' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Autoevaluación/ })).toBeVisible();
  await expectQuizTextInEnglish(page, ['#start-heading', '.start-screen .lead']);
  await check(page, 'start');

  // The choice survives a reload, and a visit without lang= in the address.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await page.goto('/?count=2&seed=5');
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
  await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
  expect(errors).toEqual([]);
});

/** Answer the card on screen: the right role, and the right team or not. Returns the scenario. */
async function answer(page, teamRight) {
  const s = bank.scenario(await currentTitle(page));
  await page.getByRole('radio', { name: s.roleLabel, exact: true }).click();
  await page.getByRole('radio', { name: teamRight ? s.teamLabel : s.wrongTeamLabel, exact: true }).click();
  await page.getByRole('button', { name: 'Comprobar' }).click();
  return s;
}

test('the chart, a question and feedback in Spanish, the quiz itself in English', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=2&seed=5&lang=es');

  // The chart page: the interface's words in Spanish, the chart itself in English.
  await page.getByRole('button', { name: 'Ver la tabla' }).click();
  await expect(page.getByRole('heading', { name: 'La tabla', exact: true })).toBeFocused();
  await expectQuizTextInEnglish(page, ['.chart-scroll']);
  await check(page, 'chart');
  await page.getByRole('button', { name: 'Volver al cuestionario' }).click();

  // A question.
  await page.getByRole('button', { name: 'Empezar' }).click();
  await expect(page.getByText('Caso 1 de 2', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Comprobar' }).click();
  await expect(page.getByText('Elige primero un rol y un equipo.')).toBeVisible();
  await expectQuizTextInEnglish(page, ['#scenario-heading', '.story', 'fieldset', 'h1.quiz-title']);
  await check(page, 'card');

  // Feedback.
  const s = await answer(page, false);
  await expect(page.getByRole('heading', { name: /Rol correcto, equipo incorrecto/ })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Rol correcto, equipo incorrecto. 1 de 2 puntos.' })).toHaveCount(1);
  await expect(page.locator('.feedback-panel')).toContainText(`La tabla dice ${s.teamLabel}.`);
  await expect(page.locator('tr[aria-current="true"]')).toContainText('Este caso');
  await expectQuizTextInEnglish(page, ['.feedback-panel .eyebrow', '.feedback-panel .why', '.chart-scroll']);
  await check(page, 'feedback');
  expect(errors).toEqual([]);
});

test('results and the keyboard help in Spanish', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=2&seed=5&lang=es');
  await page.getByRole('button', { name: 'Empezar' }).click();
  await answer(page, false);
  await page.getByRole('button', { name: 'Siguiente caso' }).click();
  await answer(page, true);
  await page.getByRole('button', { name: 'Ver mis resultados' }).click();
  await expect(page.getByRole('heading', { name: 'Tus resultados' })).toBeFocused();
  // 1 + 2 = 3 of 4 points; Spanish puts a (non-breaking) space before the percent sign.
  await expect(page.locator('.score')).toHaveText('75\u00a0% — 3 puntos de 4');
  await expect(page.getByRole('button', { name: 'Intentar de nuevo' })).toBeVisible();
  await expectQuizTextInEnglish(page, ['.answers .answer-title', '.by-row tbody th']);
  await check(page, 'results');

  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Atajos de teclado' });
  await expect(keys).toContainText('elegir el equipo responsable');
  await expect(keys).toContainText('Intro');
  await check(page, 'keys');
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();
  expect(errors).toEqual([]);
});

test('the embed dialog in Spanish, dark, at 320 px', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?count=3&seed=2&lang=es&theme=dark');
  await page.getByRole('button', { name: 'Insertar este cuestionario' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insertar este cuestionario' });
  await expect(dialog).toContainText('Script de inserción y un marcador');
  await expect(dialog.getByRole('textbox').first()).toHaveValue(/data-title="Cuestionario: /);
  await check(page, 'embed-dialog-dark-320');
  await dialog.getByRole('button', { name: 'Cerrar' }).click();
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);
});

test('a class in presenter mode, in Spanish', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?count=3&seed=2&lang=es&mode=present');
  await expect(page.getByRole('button', { name: /Empezar la clase/ })).toBeVisible();
  await expectQuizTextInEnglish(page, ['#lobby-heading']);
  await check(page, 'lobby');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Caso 1 de 3', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('a');
  await expect(page.locator('.question.is-counting')).toContainText('1 voto · 100\u00a0%');
  await expect(page.getByRole('navigation', { name: 'Controles del presentador' })).toBeVisible();
  await expectQuizTextInEnglish(page, ['#slide-heading', '.story']);
  await check(page, 'vote');
  await page.keyboard.press('r');
  await expect(page.locator('.chart-row')).toContainText('Fila de la tabla:');
  await check(page, 'reveal');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Teclado' })).toContainText('Mayús + letra');
  await check(page, 'presenter-keys');
  expect(errors).toEqual([]);
});
