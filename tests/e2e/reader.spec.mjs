// The quiz-text reader is a module of its own (reader/rolecall-reader.js and its wasm), imported by a page
// only when it must read quiz text: the presenter of the built-in quiz never asks for it, a share link
// does; it loads under the CSP, inside a frame sandboxed as WordPress does it (an opaque origin), and
// offline from the service worker's copy; and a page that cannot load it says so, and tries again for the
// next quiz opened. (loading.spec.mjs covers what the reader answers: problems at FILE:LINE:COL, web pages,
// damaged links.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { BLOG, htmlPage, serveHtml } from './embed-support.mjs';
import { bank, expectNoAxeViolations, loadQuiz, repoRoot } from './support.mjs';

const SCREENS = 'test-results/screens';
const LINKS = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/share-links.json'), 'utf8'));
const MINI_TEXT = readFileSync(path.join(repoRoot, 'tests/fixtures/mini.toml'), 'utf8');
const MINI_TITLE = loadQuiz('tests/fixtures/mini.toml').quiz.title;

/** Every address the page (and its frames) asks for that is part of the reader module. */
function readerRequests(page) {
  const asked = [];
  page.on('request', (r) => /\/reader\//.test(new URL(r.url()).pathname) && asked.push(new URL(r.url()).pathname));
  return asked;
}

/** Every console line about the Content-Security-Policy, from the page and its frames. */
function policyComplaints(page) {
  const lines = [];
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && lines.push(m.text()));
  return lines;
}

test.describe('without the service worker', () => {
  // The worker fetches every built file in the background after the first visit (for offline use); here
  // only what the page itself asks for counts.
  test.use({ serviceWorkers: 'block' });

  test('present.html with the built-in quiz never asks for the reader; a share link (old format) on it does', async ({ page }) => {
    const asked = readerRequests(page);
    const complaints = policyComplaints(page);
    await page.goto('/present.html?count=3');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(asked, 'the built-in quiz arrives as checked JSON').toEqual([]);

    await page.goto(`/present.html#quiz=${LINKS.mini}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
    expect(asked).toEqual(['/reader/rolecall-reader.js', '/reader/rolecall-reader_bg.wasm']);
    expect(complaints).toEqual([]);
  });

  test('a page that cannot load the reader says so, and the next quiz opened tries again', async ({ page }) => {
    await page.route('**/reader/rolecall-reader.js*', (route) => route.abort('failed'));
    await page.goto('/play.html?quiz=fixtures/mini.toml');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText('The quiz could not be loaded');
    await expect(alert).toContainText(
      'fixtures/mini.toml: This page could not load the part of RoleCall that reads quiz files',
    );
    await expect(alert).toContainText('Reload the page.');
    for (const scheme of ['light', 'dark']) {
      for (const width of [320, 1280]) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width, height: 800 });
        await expectNoAxeViolations(page, `no reader (${scheme}, ${width}px)`);
        await page.screenshot({ path: `${SCREENS}/reader-unavailable-${scheme}-${width}.png`, fullPage: true });
      }
    }

    // The connection is back: a file dropped on the page loads the reader this time.
    await page.unroute('**/reader/rolecall-reader.js*');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'mini.toml', { type: 'application/toml' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    }, MINI_TEXT);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  });

  test('in a frame sandboxed with allow-scripts only (an opaque origin), a share link (new format) loads the reader', async ({ page, baseURL }) => {
    const asked = readerRequests(page);
    const complaints = policyComplaints(page);
    const src = `${baseURL}/play.html?mode=embed#quiz=${LINKS.mini_v2}`;
    await serveHtml(page, `${BLOG}/sandboxed-link.html`, htmlPage('A sandboxed share link',
      `<iframe sandbox="allow-scripts" src="${src}" title="Quiz in a sandbox" style="width:100%;border:0" height="600"></iframe>`));
    await page.goto(`${BLOG}/sandboxed-link.html`);
    const quiz = page.locator('iframe[sandbox]').contentFrame();
    await expect(quiz.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
    const frame = page.frames().find((f) => f.url().startsWith(`${baseURL}/play.html`));
    expect(await frame.evaluate(() => origin)).toBe('null');
    await quiz.getByRole('button', { name: 'Start' }).click();
    await expect(quiz.getByRole('button', { name: 'Check my answer' })).toBeVisible();
    expect(asked).toEqual(['/reader/rolecall-reader.js', '/reader/rolecall-reader_bg.wasm']);
    expect(complaints).toEqual([]);
  });
});

test('offline after the first visit, a share link opens in the player from the service worker’s copy of the reader', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
  await context.setOffline(true);
  await page.goto(`/play.html#quiz=${LINKS.mini}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Check my answer' })).toBeVisible();
  await context.setOffline(false);
});
