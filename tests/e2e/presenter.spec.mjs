// Presenter mode end to end on the built site: a whole 3-scenario class with the keyboard only (tallies, bars,
// reveal, a second round, a reload mid-scenario, the summary and its CSV), then every presenter screen through
// axe-core and into screenshots at projector sizes (test-results/screens/presenter-*.png).
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { bank, expectNoAxeViolations, watchErrors } from './support.mjs';

const SCREENS = 'test-results/screens';
const URL = '/?mode=present&count=3&seed=7';

/** The scenario on the slide, with its answers (from the quiz file, not from the app). */
async function slideScenario(page) {
  const title = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
  return bank.scenario(title);
}

/** The list of options of a question. */
function optionsOf(page, question) {
  return page.getByRole('list', { name: `Options for “${question}”` });
}

/** The row of the option labelled exactly `label` in `list`. */
function row(list, label) {
  return list.getByRole('listitem').filter({ has: list.page().locator('.option-label', { hasText: new RegExp(`^${label}`) }) });
}

/** The letter of the option labelled `label` in `list`, lower-cased for pressing. */
async function letterOf(list, label) {
  return (await row(list, label).locator('.letter').textContent()).trim().toLowerCase();
}

/** A different option's label in `list` than `label`. */
async function otherThan(list, label) {
  const labels = await list.locator('.option-label').allTextContents();
  return labels.map((l) => l.trim()).find((l) => l !== label);
}

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

const roleQ = bank.quiz.questions.role;
const teamQ = bank.quiz.questions.team;

test('a whole 3-scenario class with the keyboard only', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=3&seed=7');
  // From the start screen: the "Present to a class" button, reached with Tab.
  await page.getByRole('button', { name: 'Start' }).waitFor();
  let found = false;
  for (let i = 0; i < 20 && !found; i += 1) {
    await page.keyboard.press('Tab');
    found = await page.getByRole('button', { name: 'Present to a class' }).evaluate((b) => b === document.activeElement);
  }
  expect(found).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/present\.html\?count=3&seed=7$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
  await expect(page.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();

  // The focused Present button is gone: focus is on the page, so → starts the class.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Scenario 1 of 3', { exact: true })).toBeVisible();

  // Scenario 1: two rounds.
  const s1 = await slideScenario(page);
  await press(page, 'ArrowRight');
  const roles = optionsOf(page, roleQ);
  const rightRole = await letterOf(roles, s1.roleLabel);
  const wrongRoleLabel = await otherThan(roles, s1.roleLabel);
  const wrongRole = await letterOf(roles, wrongRoleLabel);
  await press(page, rightRole, 3);
  await press(page, wrongRole, 2);
  await press(page, `Shift+${wrongRole.toUpperCase()}`);
  await expect(row(roles, s1.roleLabel)).toContainText('3 votes · 75%');
  await expect(row(roles, wrongRoleLabel)).toContainText('1 vote · 25%');
  await press(page, 'ArrowRight');
  const teams = optionsOf(page, teamQ);
  const rightTeam = await letterOf(teams, s1.teamLabel);
  const wrongTeamLabel = await otherThan(teams, s1.teamLabel);
  await press(page, rightTeam, 2);
  await press(page, await letterOf(teams, wrongTeamLabel), 2);
  await expect(row(teams, s1.teamLabel)).toContainText('2 votes · 50%');
  // A letter past the team options, and a letter in the role list, do nothing to the team tally.
  await expect(teams.getByRole('listitem')).toHaveCount(4);
  // Vote again: the second round, after discussion.
  await press(page, 'v');
  await expect(page.getByText('Scenario 1 of 3 · round 2 (after discussion)', { exact: true })).toBeVisible();
  await expect(row(roles, s1.roleLabel)).toContainText('0 votes · 0%');
  await press(page, rightRole, 4);
  await press(page, 'ArrowRight');
  await press(page, rightTeam, 3);
  await press(page, await letterOf(teams, wrongTeamLabel));
  await press(page, 'ArrowRight');
  // The reveal: the answers, the chart row, both rounds side by side.
  const roleRounds = page.getByRole('list', { name: /round \d$/ });
  await expect(page.locator('.chart-row')).toContainText(s1.rowMeasure);
  await expect(page.locator('.answer').first()).toContainText(s1.roleLabel);
  await expect(page.locator('.answer').nth(1)).toContainText(s1.teamLabel);
  await expect(roleRounds).toHaveCount(4);
  await expect(page.getByRole('list', { name: `Votes on “${roleQ}”, round 1` })).toContainText('3 votes · 75%');
  await expect(page.getByRole('list', { name: `Votes on “${roleQ}”, round 2` })).toContainText('4 votes · 100%');
  await expect(page.getByRole('list', { name: `Votes on “${teamQ}”, round 2` })).toContainText('3 votes · 75%');
  await expect(
    page.getByRole('list', { name: `Votes on “${teamQ}”, round 1` }).getByRole('listitem').filter({ hasText: 'right answer' }),
  ).toContainText(`${s1.teamLabel}`);

  // Scenario 2: a countdown, 2 switches to the team question, a reload mid-vote.
  await press(page, 'ArrowRight');
  await expect(page.getByText('Scenario 2 of 3', { exact: true })).toBeVisible();
  const s2 = await slideScenario(page);
  await press(page, 't');
  await expect(page.getByText(/Time left/)).toBeAttached();
  await press(page, 'ArrowRight');
  await press(page, '2');
  await expect(page.locator('.question.is-counting h2')).toContainText(teamQ);
  const teams2 = optionsOf(page, teamQ);
  await press(page, await letterOf(teams2, s2.teamLabel), 5);
  await press(page, '1');
  await press(page, await letterOf(optionsOf(page, roleQ), s2.roleLabel), 2);
  await expect(row(optionsOf(page, roleQ), s2.roleLabel)).toContainText('2 votes · 100%');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s2.title);
  await expect(page.getByText('Scenario 2 of 3', { exact: true })).toBeVisible();
  await expect(page.locator('.question.is-counting h2')).toContainText(roleQ);
  await expect(row(optionsOf(page, roleQ), s2.roleLabel)).toContainText('2 votes · 100%');
  await expect(row(optionsOf(page, teamQ), s2.teamLabel)).toContainText('5 votes · 100%');
  await expect(page.getByText(/Time left/)).toBeAttached();
  await press(page, 'r');
  await expect(page.locator('.answer').first()).toContainText(s2.roleLabel);
  await expect(page.getByRole('list', { name: /round 2$/ })).toHaveCount(0);

  // Scenario 3: hide the votes, then reveal straight from the scenario.
  await press(page, ' ');
  await expect(page.getByText('Scenario 3 of 3', { exact: true })).toBeVisible();
  const s3 = await slideScenario(page);
  await press(page, 'h');
  await expect(page.getByRole('button', { name: /Hide votes/ })).toHaveAttribute('aria-pressed', 'true');
  await press(page, 'h');
  await press(page, 'r');
  await expect(page.locator('.answer').nth(1)).toContainText(s3.teamLabel);
  await press(page, 'ArrowLeft');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s3.title);
  await press(page, 'r');
  await press(page, 'ArrowRight');

  // The summary and its CSV, downloaded with the keyboard.
  await expect(page.getByRole('heading', { name: 'Class summary' })).toBeFocused();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 2 + 1 + 1);
  await expect(table.getByRole('row').nth(1)).toContainText('75% right (3 of 4 votes)');
  await expect(table.getByRole('row').nth(2)).toContainText('100% right (4 of 4 votes)');
  await expect(table.getByRole('row').nth(4)).toContainText('no vote');
  await press(page, 'Tab', 2);
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`rolecall-${bank.quiz.id}-class.csv`);
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'scenario_number,scenario_id,scenario_title,round,question,letter,option_id,option_label,correct,votes,round_total,share_correct_percent',
  );
  // Scenario 1: 2 rounds × 6 options; scenario 2: 6; scenario 3: no vote.
  expect(lines).toHaveLength(1 + 12 + 6);
  expect(lines).toContain(
    `1,"${s1.id}","${s1.title}",1,"role","${rightRole.toUpperCase()}","${s1.role}","${s1.roleLabel}",yes,3,4,75`,
  );
  expect(lines).toContain(
    `1,"${s1.id}","${s1.title}",2,"role","${rightRole.toUpperCase()}","${s1.role}","${s1.roleLabel}",yes,4,4,100`,
  );
  expect(lines.filter((l) => l.startsWith(`2,"${s2.id}"`) && l.includes(`"${s2.team}"`))[0]).toMatch(/,yes,5,5,100$/);
  expect(errors).toEqual([]);
});

for (const [width, height, scheme] of [
  [1024, 768, 'light'],
  [3840, 2160, 'dark'],
]) {
  test(`every presenter screen passes axe and is captured (${width}×${height}, ${scheme})`, async ({ page }) => {
    // Six axe scans and screenshots of an 8-megapixel page take longer than one ordinary flow on 2 cores.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height });
    const check = async (name) => {
      await expectNoAxeViolations(page, `presenter ${name} (${width}×${height})`);
      await page.screenshot({ path: `${SCREENS}/presenter-${name}-${width}x${height}.png` });
    };
    await page.goto(URL);
    await page.getByRole('button', { name: /Start the class/ }).waitFor();
    await check('lobby');
    await press(page, 'ArrowRight');
    await press(page, 't');
    await check('show');
    const s = await slideScenario(page);
    await press(page, 'ArrowRight');
    const roles = optionsOf(page, roleQ);
    await press(page, await letterOf(roles, s.roleLabel), 14);
    await press(page, await letterOf(roles, await otherThan(roles, s.roleLabel)), 9);
    await press(page, 'ArrowRight');
    const teams = optionsOf(page, teamQ);
    await press(page, 'a', 4);
    await press(page, 'b', 7);
    await press(page, 'c', 3);
    await press(page, 'd', 9);
    await check('vote');
    await press(page, 'v');
    await press(page, await letterOf(roles, s.roleLabel), 20);
    await press(page, 'ArrowRight');
    await press(page, await letterOf(teams, s.teamLabel), 17);
    await press(page, 'a', 2);
    await press(page, 'ArrowRight');
    await expect(page.getByText('Chart row:')).toBeVisible();
    await check('reveal');
    await press(page, '?');
    await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
    await check('help');
    await press(page, 'Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await press(page, 'ArrowRight', 9);
    await expect(page.getByRole('heading', { name: 'Class summary' })).toBeVisible();
    await check('summary');
  });
}
