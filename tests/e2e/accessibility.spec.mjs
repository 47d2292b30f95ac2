// axe-core on every screen, in light and dark, at phone and desktop widths. Each screen is also saved as a
// screenshot under test-results/screens/ for people to look at.
import { test, expect } from '@playwright/test';
import { BLOG, SCREENS, answer, fittedHeight, frameOf, htmlPage, serveHtml } from './embed-support.mjs';
import { bank, currentTitle, expectNoAxeViolations } from './support.mjs';

async function snap(page, name, scheme, width) {
  await page.screenshot({ path: `${SCREENS}/${name}-${scheme}-${width}.png`, fullPage: true });
}

for (const scheme of ['light', 'dark']) {
  for (const width of [320, 1280]) {
    test(`every self-study screen passes axe (${scheme}, ${width}px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height: 900 });
      const check = async (name) => {
        await expectNoAxeViolations(page, `${name} (${scheme}, ${width}px)`);
        // Nothing wider than the screen: a page that scrolls sideways is broken on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
        await snap(page, name, scheme, width);
      };

      await page.goto('/?count=2&seed=5');
      await page.getByRole('button', { name: 'Start' }).waitFor();
      await check('start');

      await page.getByRole('button', { name: 'View the chart' }).click();
      await page.getByRole('heading', { name: 'The chart' }).waitFor();
      await check('chart');
      await page.getByRole('button', { name: 'Back to the quiz' }).click();

      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Check my answer' }).click();
      await page.getByText('Choose a role and a team first.').waitFor();
      await check('card-incomplete');

      const s = bank.scenario(await currentTitle(page));
      await page.getByRole('radio', { name: s.roleLabel, exact: true }).click();
      await page.getByRole('radio', { name: s.wrongTeamLabel, exact: true }).click();
      await check('card-answered');

      await page.getByRole('button', { name: 'Check my answer' }).click();
      await page.getByRole('heading', { name: /Right role, wrong team/ }).waitFor();
      await check('feedback');

      await page.getByRole('button', { name: 'Next scenario' }).click();
      const s2 = bank.scenario(await currentTitle(page));
      await page.getByRole('radio', { name: s2.roleLabel, exact: true }).click();
      await page.getByRole('radio', { name: s2.teamLabel, exact: true }).click();
      await page.getByRole('button', { name: 'Check my answer' }).click();
      await page.getByRole('button', { name: 'See my results' }).click();
      await page.getByRole('heading', { name: 'Your results' }).waitFor();
      await check('results');

      await page.goto('/?quiz=fixtures/broken.toml');
      await page.getByRole('alert').waitFor();
      await check('broken-quiz');

      await page.goto('/?quiz=fixtures/no-such-quiz.toml');
      await page.getByRole('alert').waitFor();
      await check('unreachable-quiz');
    });
  }
}

// Inside the embed: every screen of a compact quiz in a blog's frame, light and dark (the theme= option), at
// a phone's width and a blog column's. The host page itself is checked too (its frames need titles).
for (const theme of ['light', 'dark']) {
  for (const width of [360, 1024]) {
    test(`every embed screen passes axe inside the frame (${theme}, ${width}px)`, async ({ page, baseURL }) => {
      // Seven screens, each fitted, scanned and captured: about 15 s alone, twice that on 2 busy cores.
      test.setTimeout(60_000);
      // Tall enough for the tallest screen: a frame partly out of view is not painted whole in a screenshot.
      await page.setViewportSize({ width, height: 2600 });
      await serveHtml(page, `${BLOG}/post.html`, htmlPage('A post with a quiz',
        `<div data-rolecall="?count=1&seed=8&theme=${theme}" data-title="Quiz"></div>
         <script src="${baseURL}/embed.js"></script>`));
      await page.goto(`${BLOG}/post.html`);
      const iframe = page.locator('[data-rolecall] iframe');
      const quiz = iframe.contentFrame();
      await expect(iframe).toHaveAttribute('src', `${baseURL}/embed.html?count=1&seed=8&theme=${theme}&mode=embed`);
      const check = async (name) => {
        await fittedHeight(iframe);
        await expectNoAxeViolations(await frameOf(iframe), `embed ${name} (${theme}, ${width}px)`);
        await iframe.screenshot({ path: `${SCREENS}/embed-${name}-${theme}-${width}.png` });
      };
      await expect(quiz.getByRole('button', { name: 'Start' })).toBeVisible();
      await expectNoAxeViolations(page, `host page (${theme}, ${width}px)`);
      await check('start');
      // The whole chart, and each answer, open in dialogs sized to the frame.
      await quiz.getByRole('button', { name: 'View the chart' }).click();
      await expect(quiz.getByRole('dialog', { name: 'The chart' })).toBeVisible();
      await check('chart');
      await quiz.getByRole('button', { name: 'Close' }).click();
      await quiz.getByRole('button', { name: 'Start' }).click();
      await check('card');
      await answer(quiz, { role: true, team: false });
      await check('feedback');
      await quiz.getByRole('button', { name: 'Show the whole chart' }).click();
      await expect(quiz.getByRole('dialog', { name: 'The chart' })).toBeVisible();
      await check('feedback-chart');
      await quiz.getByRole('button', { name: 'Close' }).click();
      await quiz.getByRole('button', { name: 'See my results' }).click();
      await check('results');
      await quiz.getByRole('button', { name: 'See each answer' }).click();
      await expect(quiz.getByRole('dialog', { name: 'Scenario by scenario' })).toBeVisible();
      await check('results-each');
    });
  }
}
