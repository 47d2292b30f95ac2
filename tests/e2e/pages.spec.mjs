// The pages RoleCall is built into (index, embed, practice, play, present, edit), each under the
// Content-Security-Policy the README gives for hosting it, and the addresses from before the split
// (`/?mode=present…`, `/?mode=embed…`, `/?quiz=…`, `/#quiz=…`) landing on the page that serves them now
// (assets/route.js), with the table of addresses that Page::for_options is tested on too
// (tests/fixtures/routes.json, tests/routes.rs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { CSP } from './csp.mjs';
import { bank, repoRoot } from './support.mjs';

const PAGES = ['index.html', 'embed.html', 'practice.html', 'play.html', 'present.html', 'edit.html'];
/** The built-in quiz's two lean pages, which route.js may keep an address on (or send it on from). */
const LEAN = ['index.html', 'embed.html'];
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
  for (const { from = '', address, lands = address, page: target, why } of ROUTES) {
    test(`${from}${address || '(none)'} → ${target} (${why})`, async ({ page, baseURL }) => {
      // Which of the lean pages rendered anything on the way (sessionStorage outlives the redirect): only
      // the one the address lands on may.
      await page.addInitScript(() => {
        const file = location.pathname.split('/').pop() || 'index.html';
        if (file !== 'index.html' && file !== 'embed.html') return;
        new MutationObserver((_, observer) => {
          if (document.querySelector('main')) {
            const seen = JSON.parse(sessionStorage.getItem('rolecall-test.rendered') || '[]');
            sessionStorage.setItem('rolecall-test.rendered', JSON.stringify([...seen, location.href]));
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`/${from}${address}`);
      const landed = `${baseURL}/${target === 'index.html' ? '' : target}${lands}`;
      await expect(page).toHaveURL(landed);
      await expect(page).toHaveTitle(titleOf(target));
      await expect(page.getByRole('main')).toBeVisible();
      const rendered = await page.evaluate(() => JSON.parse(sessionStorage.getItem('rolecall-test.rendered') || '[]'));
      if (LEAN.includes(target)) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
        expect(rendered, 'only the page it landed on showed').toEqual([landed]);
        // The embed's page shows the compact embed whatever the address's mode=; self-study shows its footer.
        const embed = target === 'embed.html';
        await expect(page.locator('html')).toHaveAttribute('data-mode', embed ? 'embed' : 'self-study');
        await expect(page.locator('footer')).toHaveCount(embed ? 0 : 1);
      } else {
        expect(rendered, 'a lean page showed on the way').toEqual([]);
        if (/mode=embed/.test(lands)) await expect(page.locator('html')).toHaveAttribute('data-mode', 'embed');
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
