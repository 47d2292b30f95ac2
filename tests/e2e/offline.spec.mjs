// After one visit RoleCall works offline: the service worker keeps every page and every built file, and answers
// each page's address, whatever its query, with that page's own copy.
import { test, expect } from '@playwright/test';

/** Wait until the worker is active and controls the page (its install has cached every built file). */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
}

test('after the first visit, the quiz loads and plays offline', async ({ page, context }) => {
  await page.goto('/?count=2&seed=2');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Community Manager or Social Media Manager?');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Scenario 1 of 2')).toBeVisible();
  await context.setOffline(false);
});

test('a page never visited opens offline from its own copy, also through an old address', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await controlled(page);
  await context.setOffline(true);
  // Its own address with a query it was never fetched with: the cached present.html, not the learner's page.
  await page.goto('/present.html?count=3&seed=4');
  await expect(page).toHaveTitle('RoleCall — present to a class');
  await expect(page.getByRole('main')).toBeVisible();
  // The old address: the cached learner page's route.js sends it on, and the cached present.html answers.
  await page.goto('/?mode=present&count=2');
  await expect(page).toHaveURL(/\/present\.html\?mode=present&count=2$/);
  await expect(page).toHaveTitle('RoleCall — present to a class');
  await expect(page.getByRole('main')).toBeVisible();
  // The embed's page, never visited, through the learner page's old embed address: the quiz plays.
  await page.goto('/?mode=embed&count=1&seed=3');
  await expect(page).toHaveURL(/\/embed\.html\?mode=embed&count=1&seed=3$/);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Scenario 1 of 1')).toBeVisible();
  // The practice page, never visited, through a learner-page address with a practice kind: it plays a duty
  // board from the precached practice items.
  await page.goto('/?kinds=sort&count=1');
  await expect(page).toHaveURL(/\/practice\.html\?kinds=sort&count=1$/);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.sort-board button.duty').first()).toBeVisible();
  // A page RoleCall does not have is not made up from another one.
  const missing = await page.goto('/no-such-page.html').catch((e) => e);
  expect(missing instanceof Error || !missing.ok()).toBe(true);
  await context.setOffline(false);
});
