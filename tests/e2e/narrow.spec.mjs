// Nothing wider than a 320 px phone (issue 11): every screen of self-study and of presenter mode, with the
// bank's longest titles and the longest marks ("✗ role wrong ✗ team wrong"), keeps every element inside the
// viewport, so the page never scrolls sideways. (The embed's frames are held to the same in embed-fit.spec.mjs.)
import { test, expect } from '@playwright/test';
import { bank, currentTitle, watchErrors } from './support.mjs';

const WIDTH = 320;
const SCREENS = 'test-results/screens';

/** Fail with the elements that reach past either side of the viewport (1 px boxes, the visually hidden
 * text, aside), those whose content runs out of them sideways, and with the page's own sideways overflow. */
async function expectNothingWider(page, step) {
  const found = await page.evaluate(() => {
    const name = (el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''}`;
    const wider = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 1 && (r.right > innerWidth + 0.5 || r.left < -0.5);
      })
      .map((el) => `${name(el)} (${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)})`);
    // Text that runs out of its box (a line with no place to break) leaves every element's box in place.
    const spills = [...document.querySelectorAll('body *')]
      .filter((el) => getComputedStyle(el).overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      .map(name);
    return { wider, spills, sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  });
  expect(found.wider, `${step}: elements wider than the ${WIDTH} px viewport`).toEqual([]);
  expect(found.spills, `${step}: elements whose content runs out of them sideways`).toEqual([]);
  expect(found.sideways, `${step}: the page scrolls sideways`).toBeLessThanOrEqual(0);
}

/** The scenario with the longest title: its line in the results is the hardest to fit. */
const longest = [...bank.quiz.scenarios].sort((a, b) => b.title.length - a.title.length)[0];
const sameRow = bank.quiz.scenarios.filter((s) => s.row === longest.row);

/** Choose a wrong role and a wrong team on the card on screen, and check. */
async function answerWrongly(page) {
  const s = bank.scenario(await currentTitle(page));
  await page.getByRole('radio', { name: s.wrongRoleLabel, exact: true }).click();
  await page.getByRole('radio', { name: s.wrongTeamLabel, exact: true }).click();
  await page.getByRole('button', { name: 'Check my answer' }).click();
}

test(`self-study: no screen is wider than ${WIDTH} px`, async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: WIDTH, height: 800 });
  await page.goto(`/?rows=${longest.row}&count=${sameRow.length}&seed=2`);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await expectNothingWider(page, 'start');

  await page.getByRole('button', { name: 'View the chart' }).click();
  await page.getByRole('heading', { name: 'The chart' }).waitFor();
  await expectNothingWider(page, 'chart');
  await page.getByRole('button', { name: 'Back to the quiz' }).click();

  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await page.getByText('Choose a role and a team first.').waitFor();
  await expectNothingWider(page, 'card, the hint');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNothingWider(page, 'the keyboard shortcuts');
  await page.keyboard.press('Escape');

  for (let i = 0; i < sameRow.length; i += 1) {
    await answerWrongly(page);
    await page.getByRole('heading', { name: /Not this time/ }).waitFor();
    await expectNothingWider(page, `feedback ${i + 1}`);
    await page.getByRole('button', { name: i === sameRow.length - 1 ? 'See my results' : 'Next scenario' }).click();
  }
  await page.getByRole('heading', { name: 'Your results' }).waitFor();
  await expect(page.locator('.answers')).toContainText(longest.title);
  await expectNothingWider(page, 'results');
  await page.screenshot({ path: `${SCREENS}/narrow-results-${WIDTH}.png`, fullPage: true });

  // Back at the start with some progress: mastery per row, review and the progress file.
  await page.getByRole('button', { name: 'Back to start' }).click();
  await page.getByRole('heading', { name: 'Your mastery by chart row' }).waitFor();
  await expectNothingWider(page, 'start with progress');
  await page.screenshot({ path: `${SCREENS}/narrow-start-progress-${WIDTH}.png`, fullPage: true });

  // Self-check: the chart's answers beside the learner's, on the feedback and in the results.
  await page.getByRole('radio', { name: /^Self-check/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await answerWrongly(page);
  await page.getByRole('heading', { name: 'Compare with the chart' }).waitFor();
  await expectNothingWider(page, 'self-check feedback');
  await page.getByRole('button', { name: /Next scenario|See my results/ }).click();

  // The page of snippets for embedding this quiz.
  await page.goto('/share.html?count=3');
  await expect(page.getByRole('textbox', { name: 'Plain iframe' })).toBeVisible();
  await expectNothingWider(page, 'embed this quiz');
  expect(errors).toEqual([]);
});

test(`self-check results: no line is wider than ${WIDTH} px`, async ({ page }) => {
  await page.setViewportSize({ width: WIDTH, height: 800 });
  await page.goto(`/?rows=${longest.row}&count=${sameRow.length}&seed=2&feedback=self-check`);
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < sameRow.length; i += 1) {
    await answerWrongly(page);
    await page.getByRole('button', { name: i === sameRow.length - 1 ? 'See my results' : 'Next scenario' }).click();
  }
  await page.getByRole('heading', { name: "Your answers beside the chart's" }).waitFor();
  await expect(page.locator('.answers')).toContainText(longest.title);
  await expectNothingWider(page, 'self-check results');
});

test(`presenter mode: no screen is wider than ${WIDTH} px`, async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: WIDTH, height: 700 });
  await page.goto(`/?mode=present&rows=${longest.row}&count=2&seed=2`);
  await page.getByRole('button', { name: /Start the class/ }).waitFor();
  await expectNothingWider(page, 'lobby');
  await page.screenshot({ path: `${SCREENS}/narrow-presenter-lobby-${WIDTH}.png`, fullPage: true });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('t');
  await expectNothingWider(page, 'the scenario, with a countdown');
  await page.keyboard.press('ArrowRight');
  for (const key of ['a', 'a', 'b']) await page.keyboard.press(key);
  await expectNothingWider(page, 'votes on the role');
  await page.keyboard.press('ArrowRight');
  for (const key of ['a', 'b', 'c', 'd']) await page.keyboard.press(key);
  await expectNothingWider(page, 'votes on the team');
  await page.screenshot({ path: `${SCREENS}/narrow-presenter-vote-${WIDTH}.png`, fullPage: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Chart row:')).toBeVisible();
  await expectNothingWider(page, 'the reveal');
  await page.screenshot({ path: `${SCREENS}/narrow-presenter-reveal-${WIDTH}.png`, fullPage: true });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
  await expectNothingWider(page, 'the keyboard help');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Class summary' })).toBeVisible();
  await expectNothingWider(page, 'the class summary');
  await page.screenshot({ path: `${SCREENS}/narrow-presenter-summary-${WIDTH}.png`, fullPage: true });
  expect(errors).toEqual([]);
});
