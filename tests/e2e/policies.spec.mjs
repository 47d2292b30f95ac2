// Feedback policies chosen on the start screen: test (answers only at the end, with a score) and self-check
// (the chart's answer after each scenario to compare with, and no verdict, points or score anywhere).
import { test, expect } from '@playwright/test';
import { bank, currentTitle, expectNoAxeViolations, watchErrors } from './support.mjs';

/** Choose the card's role rightly and its team wrongly, and submit. */
async function answerRoleOnly(page) {
  const s = bank.scenario(await currentTitle(page));
  await page.getByRole('radio', { name: s.roleLabel, exact: true }).click();
  await page.getByRole('radio', { name: s.wrongTeamLabel, exact: true }).click();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  return s;
}

test('test: no feedback until the end, then the score', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=5&seed=4');
  await page.getByRole('radio', { name: /^Test/ }).check();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Scenario ${i} of 5`, { exact: true })).toBeVisible();
    if (i > 1) await expect(page.getByRole('status').filter({ hasText: `Answer saved. Scenario ${i} of 5.` })).toHaveCount(1);
    await answerRoleOnly(page);
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  await expect(page.locator('.score')).toHaveText('50% — 5 points out of 10');
  expect(errors).toEqual([]);
});

test('self-check: the chart to compare with after each answer, and no score anywhere', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=5&seed=4');
  await page.getByRole('radio', { name: /^Self-check/ }).check();
  await expectNoAxeViolations(page, 'start screen, self-check chosen');
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 1; i <= 5; i++) {
    const s = await answerRoleOnly(page);
    await expect(page.getByRole('heading', { name: 'Compare with the chart' })).toBeFocused();
    const panel = page.locator('.feedback-panel');
    await expect(panel).toContainText(`The chart names ${s.teamLabel}.`);
    await expect(panel).toContainText('The chart names the same.');
    await expect(panel).not.toContainText('points');
    await expect(page.getByRole('status').filter({ hasText: "The chart's answer is shown below." })).toHaveCount(1);
    if (i === 1) {
      await expectNoAxeViolations(page, 'self-check feedback');
      await page.screenshot({ path: 'test-results/screens/self-check-feedback.png', fullPage: true });
    }
    await page.getByRole('button', { name: i < 5 ? 'Next scenario' : 'See my results' }).click();
  }
  await expect(page.getByRole('heading', { name: "Your answers beside the chart's" })).toBeFocused();
  const results = page.locator('.results-screen');
  await expect(results.getByRole('listitem')).toHaveCount(5);
  await expect(results).not.toContainText('%');
  await expect(results).not.toContainText('points');
  await expectNoAxeViolations(page, 'self-check results');
  await page.screenshot({ path: 'test-results/screens/self-check-results.png', fullPage: true });

  // The answers still count: the missed teams are there to review, in self-check again.
  await page.getByRole('button', { name: 'Back to start' }).click();
  await page.getByRole('button', { name: 'Review my mistakes (5)' }).click();
  await answerRoleOnly(page);
  await expect(page.getByRole('heading', { name: 'Compare with the chart' })).toBeVisible();
  expect(errors).toEqual([]);
});
