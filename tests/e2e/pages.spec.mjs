// The pages RoleCall is built into (index, play, present, edit), each under the Content-Security-Policy the
// README gives for hosting it, and the addresses from before the split (`/?mode=present…`, `/?quiz=…`,
// `/#quiz=…`) landing on the page that serves them now (assets/route.js), with the table of addresses that
// Page::for_options is tested on too (tests/fixtures/routes.json, tests/routes.rs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { CSP } from './csp.mjs';
import { bank, repoRoot } from './support.mjs';

const PAGES = ['index.html', 'practice.html', 'play.html', 'present.html', 'edit.html'];
/** A page's <title>, from its source: each page has its own. */
const titleOf = (file) => readFileSync(path.join(repoRoot, file), 'utf8').match(/<title>([^<]*)<\/title>/)[1];
const { routes: ROUTES } = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/routes.json'), 'utf8'));

/** Record, from the document's very start, every CSP violation and every console line about the policy. */
async function watchPolicy(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const console = [];
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && console.push(m.text()));
  return async () => [...(await page.evaluate(() => window.cspViolations)), ...console];
}

for (const file of PAGES) {
  test(`${file}: served with the CSP and CORS headers, it runs without one violation`, async ({ page }) => {
    const violations = await watchPolicy(page);
    const response = await page.goto(file === 'index.html' ? '/' : `/${file}`);
    expect(response.headers()['content-security-policy']).toBe(CSP);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    // Nothing inline for the policy to refuse: every script is a file of the site.
    const html = await response.text();
    expect(html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g) ?? [], 'inline scripts').toEqual([]);
    // The app ran (the wasm is instantiated under 'wasm-unsafe-eval'): its main landmark is on screen.
    await expect(page).toHaveTitle(titleOf(file));
    await expect(page.getByRole('main')).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

test('the example blog post and its embeds run without a violation in the frames', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  await page.goto('/examples/blog-post.html');
  const quiz = page.locator('[data-rolecall]').first().locator('iframe').contentFrame();
  await expect(quiz.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
  await quiz.getByRole('button', { name: 'Start' }).click();
  await expect(quiz.getByRole('button', { name: 'Check my answer' })).toBeVisible();
  expect(violations).toEqual([]);
});

test.describe('addresses from before the pages were split', () => {
  for (const { address, page: target, why } of ROUTES) {
    test(`${address || '(none)'} → ${target} (${why})`, async ({ page, baseURL }) => {
      // Whether the learner's page rendered anything on the way (sessionStorage outlives the redirect).
      await page.addInitScript(() => {
        if (location.pathname !== '/' && !location.pathname.endsWith('/index.html')) return;
        new MutationObserver((_, observer) => {
          if (document.querySelector('main')) {
            sessionStorage.setItem('rolecall-test.learner-rendered', location.href);
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`/${address}`);
      const landed = `${baseURL}/${target === 'index.html' ? '' : target}${address}`;
      await expect(page).toHaveURL(landed);
      await expect(page).toHaveTitle(titleOf(target));
      await expect(page.getByRole('main')).toBeVisible();
      const rendered = await page.evaluate(() => sessionStorage.getItem('rolecall-test.learner-rendered'));
      if (target === 'index.html') {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
        expect(rendered).toBe(landed);
      } else {
        expect(rendered, 'the learner page showed on the way').toBeNull();
      }
    });
  }

  test('/index.html?mode=present goes to present.html beside it, and Back skips the stop', async ({ page, baseURL }) => {
    await page.goto('/fixtures/mini.toml');
    await page.goto('/index.html?mode=present&count=3');
    await expect(page).toHaveURL(`${baseURL}/present.html?mode=present&count=3`);
    await expect(page.getByRole('main')).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(`${baseURL}/fixtures/mini.toml`);
  });
});
