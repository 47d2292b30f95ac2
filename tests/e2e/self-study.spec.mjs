// Self-study end to end on the built site: a 5-scenario quiz with the mouse, and again with the keyboard
// only; a broken quiz file and an unreachable one show what is wrong in the page.
import { test, expect } from '@playwright/test';
import { bank, currentTitle, expectNoAxeViolations, watchErrors } from './support.mjs';

// How each of the 5 scenarios is answered: both right, both right, role only, team only, neither.
const PLAN = [
  { role: true, team: true },
  { role: true, team: true },
  { role: true, team: false },
  { role: false, team: true },
  { role: false, team: false },
];
const VERDICT = {
  'true,true': 'Both right',
  'true,false': 'Right role, wrong team',
  'false,true': 'Right team, wrong role',
  'false,false': 'Not this time',
};

function labels(s, plan) {
  return {
    role: plan.role ? s.roleLabel : s.wrongRoleLabel,
    team: plan.team ? s.teamLabel : s.wrongTeamLabel,
  };
}

async function expectResults(page) {
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  // 2 + 2 + 1 + 1 + 0 = 6 of 10 points.
  await expect(page.locator('.score')).toHaveText('60% — 6 points out of 10');
  const parts = page.locator('.parts-score');
  await expect(parts.locator('div').nth(0)).toHaveText('Role3 of 5');
  await expect(parts.locator('div').nth(1)).toHaveText('Accountable team3 of 5');
  await expect(parts.locator('div').nth(2)).toHaveText('Both right2 of 5');
  await expect(page.getByRole('list').last().getByRole('listitem')).toHaveCount(5);
}

test('a 5-scenario quiz with the mouse', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=5&seed=11');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
  await expect(page.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Start' }).click();

  for (const [i, plan] of PLAN.entries()) {
    await expect(page.getByText(`Scenario ${i + 1} of 5`)).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', String(i));
    const s = bank.scenario(await currentTitle(page));
    const pick = labels(s, plan);
    await page.getByRole('group', { name: bank.quiz.questions.role }).getByRole('radio', { name: pick.role }).click();
    await page.getByRole('group', { name: bank.quiz.questions.team }).getByRole('radio', { name: pick.team }).click();
    await page.getByRole('button', { name: 'Check my answer' }).click();

    await expect(page.getByRole('heading', { level: 2 })).toContainText(VERDICT[`${plan.role},${plan.team}`]);
    await expect(page.getByRole('status').first()).toContainText(VERDICT[`${plan.role},${plan.team}`]);
    // The chart row that decides it is marked, in words too.
    const marked = page.locator('tr[aria-current="true"]');
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText(s.rowMeasure);
    await expect(marked).toContainText('This scenario');
    // The why of the chosen option is shown; when wrong, the why of the right one too.
    const why = (id) => page.locator('.why').filter({ hasText: s.why[id].trim() });
    await expect(why(plan.role ? s.role : s.wrongRole)).toBeVisible();
    await expect(why(plan.team ? s.team : s.wrongTeam)).toBeVisible();
    if (!plan.role) await expect(why(s.role)).toBeVisible();
    if (!plan.team) await expect(why(s.team)).toBeVisible();
    await page.getByRole('button', { name: i === 4 ? 'See my results' : 'Next scenario' }).click();
  }
  await expectResults(page);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Scenario 1 of 5')).toBeVisible();
  expect(errors).toEqual([]);
});

/** Press Tab until `locator` has focus (at most `max` presses). */
async function tabTo(page, locator, max = 8) {
  for (let n = 0; n < max; n++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}

/** In a radio group that has focus, move with the arrow keys until `name` is checked. */
async function arrowTo(page, group, name) {
  const target = group.getByRole('radio', { name, exact: true });
  const count = await group.getByRole('radio').count();
  await page.keyboard.press('Space');
  for (let n = 0; n < count && !(await target.isChecked()); n++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeChecked();
  await expect(target).toBeFocused();
}

test('the same quiz with the keyboard only', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=5&seed=23');
  const start = page.getByRole('button', { name: 'Start' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');

  for (const [i, plan] of PLAN.entries()) {
    const heading = page.getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    await expect(page.getByText(`Scenario ${i + 1} of 5`)).toBeVisible();
    const s = bank.scenario(await currentTitle(page));
    const pick = labels(s, plan);
    const roles = page.getByRole('group', { name: bank.quiz.questions.role });
    const teams = page.getByRole('group', { name: bank.quiz.questions.team });
    await page.keyboard.press('Tab');
    await expect(roles.getByRole('radio').first()).toBeFocused();
    await arrowTo(page, roles, pick.role);
    await page.keyboard.press('Tab');
    await arrowTo(page, teams, pick.team);
    await tabTo(page, page.getByRole('button', { name: 'Check my answer' }), 2);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2 })).toContainText(VERDICT[`${plan.role},${plan.team}`]);
    await tabTo(page, page.getByRole('button', { name: i === 4 ? 'See my results' : 'Next scenario' }), 4);
    await page.keyboard.press('Enter');
  }
  await expectResults(page);
  expect(errors).toEqual([]);
});

test('a broken quiz file shows its problems with positions in the page', async ({ page }) => {
  await page.goto('/?quiz=fixtures/broken.toml');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('This quiz file has 2 problems');
  await expect(alert.getByRole('listitem').nth(0)).toHaveText(
    'fixtures/broken.toml:47:7: unknown chart row fixx (known chart rows: fix); did you mean fix?',
  );
  await expect(alert.getByRole('listitem').nth(1)).toContainText('fixtures/broken.toml:53:1: scenario one has no explanation for the option revenue');
});

test('a quiz file that cannot be fetched says why', async ({ page }) => {
  await page.goto('/?quiz=fixtures/no-such-quiz.toml');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('The quiz could not be loaded');
  await expect(alert).toContainText('404 Not Found');
});

test('a quiz from a URL plays, and the whole chart is one click away', async ({ page }) => {
  await page.goto('/?quiz=fixtures/mini.toml');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support or Sales?');
  await page.getByRole('button', { name: 'View the chart' }).click();
  await expect(page.getByRole('heading', { name: 'The chart' })).toBeFocused();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Back to the quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support or Sales?');
});

test('number keys choose, Enter checks and goes on, ? lists the keys', async ({ page }) => {
  await page.goto('/?count=2&seed=4');
  // The app mounts after the page's load event: wait for the start screen, as a person would.
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.keyboard.press('Enter'); // starts from the start screen, wherever focus is
  for (let i = 0; i < 2; i++) {
    await expect(page.getByText(`Scenario ${i + 1} of 2`)).toBeVisible();
    const s = bank.scenario(await currentTitle(page));
    // The key of each option is shown beside it; press the ones for the right answers.
    const keyOf = async (label) =>
      (await page.locator('label.choice', { hasText: label }).locator('kbd').textContent()).trim();
    await page.keyboard.press(await keyOf(s.roleLabel));
    await page.keyboard.press(await keyOf(s.teamLabel));
    await expect(page.getByRole('radio', { name: s.roleLabel, exact: true })).toBeChecked();
    await expect(page.getByRole('radio', { name: s.teamLabel, exact: true })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2 })).toContainText('Both right');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('choose the accountable team');
  await expectNoAxeViolations(page, 'keyboard shortcuts dialog');
  await page.screenshot({ path: 'test-results/screens/key-help.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Its Close button is a plain button (a form would be refused in a sandboxed embed).
  await page.keyboard.press('?');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
