// Progress kept in the browser: resume after a reload at the same card in the same order, review a missed
// scenario until it is right, and keep working when storage holds garbage or is blocked.
import { test, expect } from '@playwright/test';
import { bank, currentTitle, expectNoAxeViolations, watchErrors } from './support.mjs';

const KEY = 'rolecall.v1.progress.cm-vs-smm';

/** Answer the card on screen (right, or with the wrong team) and check the answer. */
async function answer(page, right) {
  const s = bank.scenario(await currentTitle(page));
  await page.getByRole('radio', { name: s.roleLabel, exact: true }).click();
  await page.getByRole('radio', { name: right ? s.teamLabel : s.wrongTeamLabel, exact: true }).click();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText(right ? 'Both right' : 'Right role, wrong team');
  return s.title;
}

test('a reload resumes at the same scenario, in the same order', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=5&seed=3');
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < 3; i++) {
    await answer(page, true);
    await page.getByRole('button', { name: 'Next scenario' }).click();
  }
  await expect(page.getByText('Scenario 4 of 5')).toBeVisible();
  const fourth = await currentTitle(page);
  await page.reload();
  await expect(page.getByText('Scenario 4 of 5')).toBeVisible();
  expect(await currentTitle(page)).toBe(fourth);
  await expect(page.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', '3');
  // A reload mid-feedback comes back to the same feedback.
  await answer(page, false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Right role, wrong team');
  expect(errors).toEqual([]);
});

test('a missed scenario can be reviewed until it is answered right', async ({ page }) => {
  await page.goto('/?count=2&seed=8');
  await page.getByRole('button', { name: 'Start' }).click();
  const missed = await answer(page, false);
  await page.getByRole('button', { name: 'Next scenario' }).click();
  await answer(page, true);
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('button', { name: 'Back to start' }).click();

  // The start screen now shows mastery per chart row and offers the review.
  await expect(page.getByRole('heading', { name: 'Your mastery by chart row' })).toBeVisible();
  await expectNoAxeViolations(page, 'start screen with progress');
  await page.screenshot({ path: 'test-results/screens/start-with-progress.png', fullPage: true });
  await page.getByRole('button', { name: 'Review my mistakes (1)' }).click();
  expect(await currentTitle(page)).toBe(missed);
  await answer(page, false);
  await page.getByRole('button', { name: 'Next scenario' }).click();
  expect(await currentTitle(page)).toBe(missed); // back again, until it is right
  await answer(page, true);
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByRole('button', { name: /Review my mistakes/ })).toHaveCount(0);

  // Reset asks first, then forgets.
  await page.getByRole('button', { name: 'Reset my progress…' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('heading', { name: 'Your mastery by chart row' })).toBeVisible();
  await page.getByRole('button', { name: 'Reset my progress…' }).click();
  await page.getByRole('button', { name: 'Erase my progress' }).click();
  await expect(page.getByRole('heading', { name: 'Your mastery by chart row' })).toHaveCount(0);
});

test('garbage in storage is set aside, said once, and the quiz still works', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"not": "ours"}');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('/?count=2&seed=1');
  await expect(page.getByText('could not be read, so it was set aside')).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, true);
  const kept = await page.evaluate((key) => {
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${key}.unreadable.`));
    return { aside: aside.map((k) => localStorage.getItem(k)), current: localStorage.getItem(key) };
  }, KEY);
  expect(kept.aside).toEqual(['{"not": "ours"}']);
  expect(JSON.parse(kept.current).v).toBe(2);
});

test('blocked storage runs from memory and says so in one quiet line', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors = watchErrors(page);
  await page.goto('/?count=2&seed=1');
  await expect(page.getByText('not letting the page save anything')).toHaveCount(1);
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, true);
  await page.getByRole('button', { name: 'Next scenario' }).click();
  await expect(page.getByText('Scenario 2 of 2')).toBeVisible();
  expect(errors).toEqual([]);
});

test('progress moves to another browser through a file', async ({ page, browser }) => {
  await page.goto('/?count=1&seed=5');
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, false);
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('button', { name: 'Back to start' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save my progress to a file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('rolecall-progress-cm-vs-smm.json');
  const file = await download.path();

  // A fresh browser profile: nothing saved, then the file brings the progress (and the review) over.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/');
  await expect(fresh.getByRole('button', { name: /Review my mistakes/ })).toHaveCount(0);
  await fresh.getByLabel('Load progress from a file').setInputFiles({
    name: 'not-progress.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await expect(fresh.getByText('That file is not RoleCall progress, or it is damaged.')).toBeVisible();
  await fresh.getByLabel('Load progress from a file').setInputFiles(file);
  await expect(fresh.getByText('Progress loaded: 1 scenario answered before.')).toBeVisible();
  await expect(fresh.getByRole('button', { name: 'Review my mistakes (1)' })).toBeVisible();
  await other.close();
});
