// After one visit the quiz works offline: the service worker keeps the built files.
import { test, expect } from '@playwright/test';

test('after the first visit, the quiz loads and plays offline', async ({ page, context }) => {
  await page.goto('/?count=2&seed=2');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  // Wait until the worker is active and controls the page (its install has cached every built file).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Community Manager or Social Media Manager?');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Scenario 1 of 2')).toBeVisible();
  await context.setOffline(false);
});
