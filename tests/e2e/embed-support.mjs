// Helpers for the embed specs: pages served from other origins (a blog, a forger), frames and their fitted
// height, answering a scenario inside a frame, and the oEmbed files made by .ci/oembed.mjs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { bank, repoRoot } from './support.mjs';

/** A course blog and a forger: origins other than RoleCall's (answered by page.route, no DNS involved).
 * https, as blogs are: Chromium lets only a secure page reach the loopback server the tests use (and asks a
 * permission, granted in playwright.config.mjs); http://127.0.0.1 is itself trustworthy, so no mixed content. */
export const BLOG = 'https://blog.test';
export const EVIL = 'https://evil.test';
export const SCREENS = 'test-results/screens';

/** Answer requests for `url` in `page` with `html`. */
export async function serveHtml(page, url, html) {
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}

/** A minimal accessible page around `body`. */
export function htmlPage(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body><main><h1>${title}</h1>\n${body}\n</main></body></html>`;
}

/** examples/blog-post.html as a blogger would publish it: the host script taken from RoleCall's site. */
export function examplePost(baseURL) {
  const html = readFileSync(path.join(repoRoot, 'examples', 'blog-post.html'), 'utf8');
  if (!html.includes('src="../embed.js"')) throw new Error('examples/blog-post.html no longer loads ../embed.js');
  return html.replace('src="../embed.js"', `src="${baseURL}/embed.js"`);
}

/** Record every rolecall:* event in every page of the context (before the page's own scripts run). */
export async function recordEvents(page) {
  await page.addInitScript(() => {
    window.rolecallEvents = [];
    for (const type of ['rolecall:answered', 'rolecall:completed']) {
      document.addEventListener(type, (e) =>
        window.rolecallEvents.push({ type, title: e.target.getAttribute('data-title') || e.target.title, detail: e.detail }),
      );
    }
  });
}

/** The recorded events of one type. */
export async function events(page, type) {
  return page.evaluate((t) => window.rolecallEvents.filter((e) => e.type === `rolecall:${t}`), type);
}

/** The Frame (for evaluate) shown by an iframe locator. */
export async function frameOf(iframe) {
  return (await iframe.elementHandle()).contentFrame();
}

/** The height the app's content needs inside `frame` (null before the app has mounted). */
export async function contentHeight(frame) {
  return frame
    .evaluate(() => {
      const main = document.querySelector('main');
      if (!main) return null;
      const root = document.documentElement;
      return { need: Math.ceil(main.getBoundingClientRect().bottom + scrollY), overflow: root.scrollHeight - root.clientHeight };
    })
    .catch(() => null);
}

/** Wait until the iframe is exactly as tall as its content, with nothing to scroll inside; its height. */
export async function fittedHeight(iframe) {
  const frame = await frameOf(iframe);
  let height = 0;
  await expect
    .poll(
      async () => {
        height = await iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
        const inner = await contentHeight(frame);
        return inner !== null && Math.abs(height - inner.need) <= 1 && inner.overflow <= 0;
      },
      { message: 'the frame is as tall as its content and has nothing to scroll' },
    )
    .toBe(true);
  return height;
}

export const VERDICT = {
  'true,true': 'Both right',
  'true,false': 'Right role, wrong team',
  'false,true': 'Right team, wrong role',
  'false,false': 'Not this time',
};

/** Answer the scenario on screen in `frame` (a FrameLocator) per `plan` ({role, team}: right or not). */
export async function answer(frame, plan) {
  const title = (await frame.getByRole('heading', { level: 2 }).first().textContent()).trim();
  const s = bank.scenario(title);
  const role = plan.role ? s.roleLabel : s.wrongRoleLabel;
  const team = plan.team ? s.teamLabel : s.wrongTeamLabel;
  await frame.getByRole('group', { name: bank.quiz.questions.role }).getByRole('radio', { name: role, exact: true }).click();
  await frame.getByRole('group', { name: bank.quiz.questions.team }).getByRole('radio', { name: team, exact: true }).click();
  await frame.getByRole('button', { name: 'Check my answer' }).click();
  await expect(frame.getByRole('heading', { level: 2 })).toContainText(VERDICT[`${plan.role},${plan.team}`]);
}

/** Start, answer every card per `plans`, and wait for the results. */
export async function play(frame, plans) {
  await frame.getByRole('button', { name: 'Start' }).click();
  for (const [i, plan] of plans.entries()) {
    await answer(frame, plan);
    await frame.getByRole('button', { name: i === plans.length - 1 ? 'See my results' : 'Next scenario' }).click();
  }
  await expect(frame.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

/** Run .ci/oembed.mjs on a copy of dist/index.html; returns the directory, the JSON and the patched index. */
export function makeOembed(env) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rolecall-oembed-'));
  copyFileSync(path.join(repoRoot, 'dist', 'index.html'), path.join(dir, 'index.html'));
  const run = () =>
    execFileSync(process.execPath, [path.join(repoRoot, '.ci', 'oembed.mjs'), '--dist', dir], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  run();
  const read = () => ({
    oembed: JSON.parse(readFileSync(path.join(dir, 'oembed.json'), 'utf8')),
    index: readFileSync(path.join(dir, 'index.html'), 'utf8'),
  });
  return { dir, run, read, ...read() };
}

/** The oEmbed html as WordPress publishes it for an untrusted provider (see design/WORDPRESS.md): the iframe
 * hidden until it talks, sandboxed with allow-scripts only, and both elements tied to a secret. */
export function asWordPress(html, secret) {
  return html
    .replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"')
    .replace('<blockquote', '<blockquote class="wp-embedded-content"')
    .replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"')
    .replace(/ src="([^"]*)"/, (_, src) => ` src="${src}#?secret=${secret}" data-secret="${secret}"`)
    .replace('<blockquote', `<blockquote data-secret="${secret}"`);
}

/** A stand-in for WordPress's wp-embed.js, written from its documented behaviour: a message with a known
 * secret hides that embed's blockquote; a height from that very frame is clamped to 200–1000 px. */
export const WP_EMBED_LISTENER = `<script>
addEventListener('message', function (e) {
  var d = e.data;
  if (!d || !d.secret || /[^a-zA-Z0-9]/.test(d.secret)) return;
  document.querySelectorAll('blockquote[data-secret="' + d.secret + '"]').forEach(function (b) { b.style.display = 'none'; });
  document.querySelectorAll('iframe[data-secret="' + d.secret + '"]').forEach(function (f) {
    if (f.contentWindow !== e.source) return;
    f.removeAttribute('style');
    if (d.message === 'height') f.height = Math.min(1000, Math.max(200, parseInt(d.value, 10) || 0));
  });
});
</script>`;
