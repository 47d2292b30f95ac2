// The interface language and the built-in quiz's editions: Spanish from the browser's preferences, the switch
// in the footer, the choice kept across reloads; a Spanish interface shows the Spanish edition of the quiz
// (its text marked lang="es"), says which edition is showing, and switching language mid-session keeps the
// session and the progress (the editions share every id). A quiz of one's own stays in its own language.
// Every Spanish screen passes axe and is saved under test-results/screens/ (es-*.png) for people to look at.
import { test, expect } from '@playwright/test';
import { SCREENS } from './embed-support.mjs';
import { bank, bankEs, currentTitle, expectNoAxeViolations, watchErrors } from './support.mjs';

/** axe, then a full-page screenshot. */
async function check(page, name) {
  await expectNoAxeViolations(page, `${name} (Spanish)`);
  await page.screenshot({ path: `${SCREENS}/es-${name}.png`, fullPage: true });
}

/** Quiz text on screen carries the language of the edition showing. */
async function expectQuizTextIn(page, lang, selectors) {
  for (const selector of selectors) {
    const el = page.locator(selector).first();
    await expect(el, selector).toHaveAttribute('lang', lang);
  }
}

test.describe('a browser that prefers Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('opens in Spanish, and lang= or the switch still choose English', async ({ page }) => {
    const errors = watchErrors(page);
    const editions = [];
    page.on('request', (r) => {
      if (r.url().includes('/quizzes/')) editions.push(r.url().split('/').pop());
    });
    await page.goto('/?count=2&seed=5');
    await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
    // Only the edition shown is downloaded, once: route.js starts it early and the page uses that download.
    expect(editions).toEqual(['cm-vs-smm.es.json']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    // The Spanish edition of the quiz, and the page says so.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bankEs.quiz.title);
    await expect(page.locator('.edition')).toHaveText('Edición del cuestionario: español');
    await expectQuizTextIn(page, 'es', ['#start-heading', '.start-screen .lead']);

    await page.goto('/?count=2&seed=5&lang=en');
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
    await expect(page.locator('.edition')).toHaveText('Quiz edition: English');
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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bankEs.quiz.title);
  await expectQuizTextIn(page, 'es', ['#start-heading', '.start-screen .lead']);
  await check(page, 'start');

  // The choice survives a reload, and a visit without lang= in the address.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await page.goto('/?count=2&seed=5');
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
  await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
  expect(errors).toEqual([]);
});

/** Answer the card on screen (of the Spanish edition): the right role, and the right team or not. */
async function answer(page, teamRight) {
  const s = bankEs.scenario(await currentTitle(page));
  await page.getByRole('radio', { name: s.roleLabel, exact: true }).click();
  await page.getByRole('radio', { name: teamRight ? s.teamLabel : s.wrongTeamLabel, exact: true }).click();
  await page.getByRole('button', { name: 'Comprobar' }).click();
  return s;
}

test('the chart, a question and feedback in Spanish, from the Spanish edition', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=2&seed=5&lang=es');

  // The chart page: DiMauro's chart in Spanish, with its original English wording a click away.
  await page.getByRole('button', { name: 'Ver la tabla' }).click();
  await expect(page.getByRole('heading', { name: 'La tabla', exact: true })).toBeFocused();
  await expectQuizTextIn(page, 'es', ['.chart-scroll']);
  await expect(page.getByRole('table').first()).toContainText(bankEs.quiz.chart.rows[0].measure);
  await page.getByText('Redacción original').click();
  const original = page.locator('.chart-original');
  await expect(original).toHaveAttribute('lang', 'en');
  await expect(original).toContainText(bank.quiz.chart.rows[0].measure);
  await check(page, 'chart');
  await page.getByRole('button', { name: 'Volver al cuestionario' }).click();

  // A question.
  await page.getByRole('button', { name: 'Empezar' }).click();
  await expect(page.getByText('Caso 1 de 2', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Comprobar' }).click();
  await expect(page.getByText('Elige primero un rol y un equipo.')).toBeVisible();
  await expectQuizTextIn(page, 'es', ['#scenario-heading', '.story', 'fieldset', 'h1.quiz-title']);
  await check(page, 'card');

  // Feedback.
  const s = await answer(page, false);
  await expect(page.getByRole('heading', { name: /Rol correcto, equipo incorrecto/ })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Rol correcto, equipo incorrecto. 1 de 2 puntos.' })).toHaveCount(1);
  await expect(page.locator('.feedback-panel')).toContainText(`La tabla dice ${s.teamLabel}.`);
  await expect(page.locator('tr[aria-current="true"]')).toContainText('Este caso');
  await expectQuizTextIn(page, 'es', ['.feedback-panel .eyebrow', '.feedback-panel .why']);
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
  await expectQuizTextIn(page, 'es', ['.answers .answer-title', '.by-row tbody th']);
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

test('"Embed this quiz" in Spanish, dark, at 320 px', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?count=3&seed=2&lang=es&theme=dark');
  await page.getByRole('button', { name: 'Insertar este cuestionario' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insertar este cuestionario' })).toBeVisible();
  await expect(page.getByText('Script de inserción y un marcador')).toBeVisible();
  await expect(page.getByRole('textbox').first()).toHaveValue(/data-title="Cuestionario: /);
  await check(page, 'embed-snippets-dark-320');
  expect(errors).toEqual([]);
});

test('switching language mid-session keeps the card, the answers and the progress', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=3&seed=9');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const first = bank.scenario(await currentTitle(page));
  await page.getByRole('radio', { name: first.roleLabel, exact: true }).click();
  await page.getByRole('radio', { name: first.teamLabel, exact: true }).click();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await page.getByRole('button', { name: 'Next scenario' }).click();
  await expect(page.getByText('Scenario 2 of 3', { exact: true })).toBeVisible();
  const second = bank.scenario(await currentTitle(page));

  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  // The same card, now from the Spanish edition: the scenario with the same id.
  await expect(page.getByText('Caso 2 de 3', { exact: true })).toBeVisible();
  const spanish = bankEs.quiz.scenarios.find((s) => s.id === second.id);
  await expect(page.locator('#scenario-heading')).toHaveText(spanish.title);
  await expectQuizTextIn(page, 'es', ['#scenario-heading', '.story']);
  await expect(page.locator('.edition')).toHaveText('Edición del cuestionario: español');

  // And back: the answer given in English still counts, on the start screen's mastery after a reload too.
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await expect(page.getByText('Scenario 2 of 3', { exact: true })).toBeVisible();
  await expect(page.locator('#scenario-heading')).toHaveText(second.title);
  expect(errors).toEqual([]);
});

test('a quiz of its own keeps its language under a Spanish interface', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?quiz=quizzes/support-or-sales.toml&lang=es&count=2');
  await expect(page).toHaveURL(/play\.html/);
  await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await expectQuizTextIn(page, 'en', ['#start-heading']);
  await expect(page.locator('.edition')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a class in presenter mode, in Spanish', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?count=3&seed=2&lang=es&mode=present');
  await expect(page).toHaveURL(/present\.html/);
  await expect(page.getByRole('button', { name: /Empezar la clase/ })).toBeVisible();
  await expectQuizTextIn(page, 'es', ['#lobby-heading']);
  await check(page, 'lobby');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Caso 1 de 3', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('a');
  await expect(page.locator('.question.is-counting')).toContainText('1 voto · 100\u00a0%');
  await expect(page.getByRole('navigation', { name: 'Controles del presentador' })).toBeVisible();
  await expectQuizTextIn(page, 'es', ['#slide-heading', '.story']);
  await check(page, 'vote');
  await page.keyboard.press('r');
  await expect(page.locator('.chart-row')).toContainText('Fila de la tabla:');
  await check(page, 'reveal');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Teclado' })).toContainText('Mayús + letra');
  await check(page, 'presenter-keys');
  expect(errors).toEqual([]);
});
