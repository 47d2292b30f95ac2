// The editor (mode=edit) end to end on the built site: write a quiz, see its error listed at the right line
// and marked in the gutter while the preview keeps the last valid version, fix it, open its share link in a
// new page and play it, and find the draft again after a reload; every editor screen through axe-core and
// into screenshots. Also: the launch RACI, a quiz
// written only from docs/quiz-format.md, plays in self-study, presenter and embed mode.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { bank, currentTitle, expectNoAxeViolations, loadQuiz, repoRoot, watchErrors } from './support.mjs';

const SCREENS = 'test-results/screens';
const TEMPLATE = readFileSync(path.join(repoRoot, 'assets', 'template.toml'), 'utf8');
const launch = loadQuiz('assets/quizzes/launch-raci.toml');

/** The author's own quiz: the template retitled, with a chart row misspelled in its first scenario. */
const MINE = TEMPLATE.replace('title = "Kitchen or dining room?"', 'title = "Who runs the bakery?"').replace(
  'row = "food"',
  'row = "fod"',
);
/** The 1-based line of the misspelled row. */
const BROKEN_LINE = MINE.split('\n').indexOf('row = "fod"') + 1;

const source = (page) => page.getByRole('textbox', { name: 'Quiz text' });
const preview = (page) => page.getByRole('region', { name: 'Preview' });

test('write a quiz, see its error at the right line, fix it, play it from its share link, keep the draft', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=3');
  // The way in: a small link in the footer of self-study, which keeps the quiz and the options.
  await page.getByRole('link', { name: 'Write your own quiz' }).click();
  await expect(page).toHaveURL(/\/edit\.html\?count=3$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Write a quiz' })).toBeVisible();
  await expect(source(page)).toHaveValue(/^# RoleCall quiz: Community Manager/);
  await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
  // The preview shares the page: its shortcuts stay off, so keys pressed on the page never act in it. Enter
  // did not start it (its start screen's chart button is still there) and `?` opened no dialog.
  await page.getByRole('heading', { level: 1, name: 'Write a quiz' }).click(); // focus leaves the text
  await page.keyboard.press('Enter');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The preview is the compact (embed) layout: the whole chart opens in a dialog.
  await preview(page).getByRole('button', { name: 'View the chart' }).click();
  await expect(page.getByRole('dialog', { name: 'The chart' })).toBeVisible();
  await page.getByRole('dialog', { name: 'The chart' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Nothing of the author's is lost by starting from the template yet: no question asked.
  await page.getByRole('button', { name: 'Start from the template' }).click();
  await expect(source(page)).toHaveValue(TEMPLATE);
  await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Kitchen or dining room?');

  await source(page).fill(MINE);
  const problems = page.getByRole('region', { name: '1 problem' });
  await expect(problems.getByRole('button')).toHaveText(
    new RegExp(`^Line ${BROKEN_LINE}, column 7: unknown chart row fod .*did you mean food`),
  );
  await expect(page.locator('.gutter .is-marked')).toHaveText([`⚠\uFE0E${BROKEN_LINE}`]);
  await expect(source(page)).toHaveAccessibleDescription(new RegExp(`A problem on line ${BROKEN_LINE}\\.$`));
  await expect(source(page)).toHaveAttribute('aria-invalid', 'true');
  // The preview still plays the last valid version, and says so.
  await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Kitchen or dining room?');
  await expect(preview(page)).toContainText('shows its last version without any');
  // Once typing pauses, the count is announced politely.
  await expect(page.locator('.editor-announce')).toHaveText('1 problem');

  // The problem takes the caret to its place; fix it there by typing.
  await problems.getByRole('button').click();
  await expect(source(page)).toBeFocused();
  const caret = await source(page).evaluate((el) => el.selectionStart);
  expect(MINE.slice(caret)).toMatch(/^"fod"/);
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('od"');
  await expect(page.getByRole('heading', { name: 'No problems' })).toBeVisible();
  await expect(page.locator('.gutter .is-marked')).toHaveCount(0);
  await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Who runs the bakery?');
  await expect(preview(page)).not.toContainText('last version without any');
  await expect(page.locator('.editor-announce')).toHaveText('No problems');

  // The share link carries the fixed quiz: open it in a new page, as a learner would, and play a scenario.
  const shareBox = page.getByRole('textbox', { name: 'Share link' });
  await expect(shareBox).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/play\.html#quiz=2\./);
  const link = await shareBox.inputValue();
  await expect(page.locator('#share-length')).toHaveText(`${link.length.toLocaleString('en-US')} characters`);
  await expect(page.locator('#share-advice')).toContainText('Short enough for anywhere');
  const learner = await page.context().newPage();
  const learnerErrors = watchErrors(learner);
  await learner.goto(link);
  await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Who runs the bakery?');
  await learner.getByRole('button', { name: 'Start' }).click();
  await playOneRight(learner);
  expect(learnerErrors).toEqual([]);
  await learner.close();
  // The same quiz opens for presenting.
  await page.getByRole('radio', { name: 'Presenting to a class' }).click();
  await expect(shareBox).toHaveValue(link.replace('/play.html#quiz=', '/present.html#quiz='));

  // The preview plays: one scenario, answered right.
  await preview(page).getByRole('button', { name: 'Start' }).click();
  await playOneRight(preview(page));

  // A reload loses nothing.
  await page.reload();
  await expect(source(page)).toHaveValue(MINE.replace('"fod"', '"food"'));
  await expect(page.getByText('Your draft from your last visit is back.')).toBeVisible();
  await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Who runs the bakery?');

  // Going back to the loaded quiz would lose it: asked first.
  await page.getByRole('button', { name: 'Revert to the loaded quiz' }).click();
  await expect(page.getByRole('group', { name: 'Revert to the loaded quiz' })).toContainText('Your changes will be lost.');
  await page.getByRole('button', { name: 'Replace my text' }).click();
  await expect(source(page)).toHaveValue(/^# RoleCall quiz: Community Manager/);
  await expect(source(page)).toBeFocused();
  expect(errors).toEqual([]);
});

test('the download is the text as written, named after the quiz', async ({ page }) => {
  await page.goto('/?mode=edit&quiz=quizzes/launch-raci.toml');
  await expect(source(page)).toHaveValue(/id = "launch-raci"/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .toml' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('launch-raci.toml');
  expect(readFileSync(await download.path(), 'utf8')).toBe(
    readFileSync(path.join(repoRoot, 'assets', 'quizzes', 'launch-raci.toml'), 'utf8'),
  );
});

for (const scheme of ['light', 'dark']) {
  for (const [width, height] of [
    [320, 800],
    [1440, 900],
  ]) {
    test(`the editor passes axe and fits (${scheme}, ${width}px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height });
      const check = async (name) => {
        await expectNoAxeViolations(page, `${name} (${scheme}, ${width}px)`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SCREENS}/${name}-${scheme}-${width}.png` });
      };
      await page.goto('/?mode=edit');
      await expect(source(page)).toHaveValue(/^# RoleCall/);
      await check('editor');
      await source(page).fill(MINE);
      await problemsListed(page);
      await page.locator('.problem-jump').click();
      await check('editor-problem');
      await page.getByRole('button', { name: 'Start from the template' }).click();
      await page.getByRole('group', { name: 'Start from the template' }).waitFor();
      await check('editor-confirm');
    });
  }
}

/** Answer the template's scenario on screen in `where` (a page or the preview) rightly, and see it marked so. */
async function playOneRight(where) {
  await where.getByRole('button', { name: 'Check my answer' }).waitFor();
  const title = await where.locator('#scenario-heading').textContent();
  const answers = { 'The steak is too rare': ['Chef', 'Kitchen'], 'A table for a birthday': ['Server', 'Dining room'] }[title.trim()];
  await where.getByRole('radio', { name: answers[0], exact: true }).click();
  await where.getByRole('radio', { name: answers[1], exact: true }).click();
  await where.getByRole('button', { name: 'Check my answer' }).click();
  await expect(where.getByRole('heading', { level: 2, name: /Both right/ })).toBeVisible();
}

async function problemsListed(page) {
  await expect(page.locator('.problem-jump')).toHaveCount(1);
}

test('the launch RACI, written from the format reference alone, plays in self-study, presenter and embed', async ({ page }) => {
  const errors = watchErrors(page);
  const quizUrl = 'quiz=quizzes/launch-raci.toml';

  for (const mode of ['', '&mode=embed']) {
    await page.goto(`/?${quizUrl}&count=2&seed=4${mode}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(launch.quiz.title);
    await page.getByRole('button', { name: 'Start' }).click();
    const s = launch.scenario(await currentTitle(page));
    // No channel tag on the card (it named the rows that have one): the story says where, on every scenario.
    await expect(page.locator('.story')).toHaveText(s.story);
    await expect(page.locator('.channel')).toHaveCount(0);
    await page.getByRole('group', { name: launch.quiz.questions.role }).getByRole('radio', { name: s.roleLabel, exact: true }).click();
    await page.getByRole('group', { name: launch.quiz.questions.team }).getByRole('radio', { name: s.teamLabel, exact: true }).click();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toContainText('Both right');
  }

  await page.goto(`/?${quizUrl}&mode=present&count=2&seed=4`);
  await page.getByRole('button', { name: /Start the class/ }).click();
  await expect(page.getByText('Scenario 1 of 2', { exact: true })).toBeVisible();
  const s = launch.scenario((await page.getByRole('heading', { level: 1 }).textContent()).trim());
  await page.keyboard.press('r');
  await expect(page.locator('.answer').first()).toContainText(s.roleLabel);
  await expect(page.locator('.answer').nth(1)).toContainText(s.teamLabel);
  await expect(page.locator('.chart-row')).toContainText(s.rowMeasure);
  expect(errors).toEqual([]);
});
