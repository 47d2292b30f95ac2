// Embedding in a blog, end to end. Every host page is served from another origin than RoleCall's (blog.test,
// answered by page.route), as on a real blog: the example post with two embeds (one dark), an iframe
// sandboxed with allow-scripts only, WordPress's oEmbed and height protocol, forged messages from another
// origin, and the "Embed this quiz" snippets pasted into fresh pages. Waits are on conditions, never timers.
import { test, expect } from '@playwright/test';
import {
  BLOG, EVIL, SCREENS, WP_EMBED_LISTENER, answer, asWordPress, contentHeight, events, examplePost,
  fittedHeight, frameOf, htmlPage, makeOembed, play, recordEvents, serveHtml,
} from './embed-support.mjs';
import { bank, watchErrors } from './support.mjs';

const RIGHT = { role: true, team: true };
const ROLE_ONLY = { role: true, team: false };
const NEITHER = { role: false, team: false };

test('the example blog post: both embeds fit their content as it grows and shrinks, and report results', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  const serviceWorkers = [];
  page.on('request', (r) => r.url().endsWith('/sw.js') && serviceWorkers.push(r.url()));
  await recordEvents(page);
  await serveHtml(page, `${BLOG}/post.html`, examplePost(baseURL));
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto(`${BLOG}/post.html`);

  const light = page.locator('[data-rolecall]').nth(0).locator('iframe');
  const quiz = light.contentFrame();
  await expect(light).toHaveAttribute('title', 'Quiz: Community Manager or Social Media Manager?');
  // The post gives options alone: the host script opens the embed's own page with them, no stop on the way.
  await expect(light).toHaveAttribute('src', `${baseURL}/embed.html?count=3&seed=7&mode=embed`);
  await expect(quiz.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
  await expect(quiz.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await fittedHeight(light);
  await quiz.getByRole('button', { name: 'Start' }).click();
  await expect(quiz.getByText('Scenario 1 of 3')).toBeVisible();
  await fittedHeight(light);

  await answer(quiz, RIGHT);
  const feedback = await fittedHeight(light);
  // The whole chart opens in a dialog inside the frame, which stays within the 1,000 px a blog allows.
  const whole = quiz.getByRole('button', { name: 'Show the whole chart' });
  await whole.click();
  await expect(quiz.getByRole('dialog', { name: 'The chart' })).toBeVisible();
  expect(await fittedHeight(light), 'the chart needs no taller frame than a blog allows').toBeLessThanOrEqual(1000);
  await quiz.getByRole('button', { name: 'Close' }).click();
  await expect(whole).toBeFocused();
  expect(Math.abs((await fittedHeight(light)) - feedback), 'back to the feedback').toBeLessThanOrEqual(1);
  await quiz.getByRole('button', { name: 'Next scenario' }).click();
  await fittedHeight(light);

  await answer(quiz, ROLE_ONLY);
  await quiz.getByRole('button', { name: 'Next scenario' }).click();
  await answer(quiz, NEITHER);
  await quiz.getByRole('button', { name: 'See my results' }).click();
  await expect(quiz.getByRole('heading', { name: 'Your results' })).toBeVisible();
  expect(await fittedHeight(light), 'shrinks to the results').toBeLessThan(feedback);

  // 2 + 1 + 0 of 6 points; each answer was reported too, with its own points.
  await expect.poll(async () => (await events(page, 'completed')).length).toBe(1);
  const [done] = await events(page, 'completed');
  expect(done.title).toBe('Quiz: Community Manager or Social Media Manager?');
  expect(done.detail).toMatchObject({ tag: 'rolecall', v: 1, type: 'completed', quiz: 'cm-vs-smm', answered: 3, success: false });
  expect(done.detail.score).toEqual({ scaled: 0.5, raw: 3, min: 0, max: 6 });
  expect(done.detail.statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
  expect(done.detail.statement.result).toMatchObject({ success: false, completion: true, score: { raw: 3, max: 6 } });
  const answered = await events(page, 'answered');
  expect(answered.map((e) => e.detail.score.raw)).toEqual([2, 1, 0]);
  expect(answered.map((e) => e.detail.statement.verb.id)).toEqual(Array(3).fill('http://adlnet.gov/expapi/verbs/answered'));
  await expect(page.locator('#quiz-log')).toHaveText('Quiz: Community Manager or Social Media Manager?: 3 of 6 points.');
  // An embed keeps nothing: no saved progress (where the browser lets a third-party frame have storage at
  // all), and no service worker (whose cache is storage too).
  const stored = await (await frameOf(light)).evaluate(() => {
    try { return localStorage.length; } catch { return 'blocked'; }
  });
  expect([0, 'blocked']).toContain(stored);
  expect(serviceWorkers).toEqual([]);

  // The dark one, further down: both right, a pass.
  const dark = page.locator('[data-rolecall]').nth(1).locator('iframe');
  await dark.scrollIntoViewIfNeeded();
  const night = dark.contentFrame();
  await expect(night.locator('html')).toHaveAttribute('data-theme', 'dark');
  await fittedHeight(dark);
  await play(night, [RIGHT, RIGHT]);
  await fittedHeight(dark);
  await expect.poll(async () => (await events(page, 'completed')).length).toBe(2);
  const second = (await events(page, 'completed'))[1];
  expect(second.title).toBe('Quiz (dark): keeping members and peer help');
  expect(second.detail.score).toEqual({ scaled: 1, raw: 4, min: 0, max: 4 });
  expect(second.detail.success).toBe(true);
  // The whole post in view at once: frames out of view are not painted in a full-page screenshot.
  await page.setViewportSize({ width: 1024, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  await fittedHeight(light);
  await page.screenshot({ path: `${SCREENS}/embed-blog-post.png` });
  expect(errors).toEqual([]);
});

test('an iframe sandboxed with allow-scripts only (no storage) plays to the end and still talks to the page', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  await recordEvents(page);
  // An address from before embed.html, pasted as a plain iframe: the learner page sends it on, sandbox and all.
  const src = `${baseURL}/?mode=embed&count=2&seed=5`;
  await serveHtml(page, `${BLOG}/sandboxed.html`, htmlPage('A sandboxed embed',
    `<iframe data-rolecall sandbox="allow-scripts" src="${src}" title="Quiz in a sandbox" style="width:100%;border:0" height="600"></iframe>
     <script src="${baseURL}/embed.js"></script>`));
  await page.goto(`${BLOG}/sandboxed.html`);
  const iframe = page.locator('iframe[sandbox]');
  const quiz = iframe.contentFrame();
  await expect(quiz.getByRole('button', { name: 'Start' })).toBeVisible();
  const frame = await frameOf(iframe);
  expect(frame.url()).toBe(`${baseURL}/embed.html?mode=embed&count=2&seed=5`);
  expect(await frame.evaluate(() => origin)).toBe('null');
  expect(await frame.evaluate(() => { try { return typeof localStorage.length; } catch { return 'blocked'; } })).toBe('blocked');
  await fittedHeight(iframe);
  await play(quiz, [RIGHT, ROLE_ONLY]);
  await fittedHeight(iframe);
  await expect.poll(async () => (await events(page, 'completed')).length).toBe(1);
  expect((await events(page, 'completed'))[0].detail.score).toMatchObject({ raw: 3, max: 4 });
  expect(errors).toEqual([]);
});

// WordPress keeps the html of a description it has read: one written before embed.html (the learner page's
// address, which sends it on with its #?secret=) must go on working as the one written now.
for (const written of ['now', 'before embed.html']) {
  test(`WordPress: the oEmbed html (written ${written}), sandboxed with a secret as WordPress does it, follows the quiz`, async ({ page, baseURL }) => {
    const errors = watchErrors(page);
    const { oembed } = makeOembed({ ROLECALL_PUBLIC_URL: `${baseURL}/`, ROLECALL_OEMBED_QUERY: 'count=2&seed=9' });
    const html = written === 'now' ? oembed.html : oembed.html.replace(`${baseURL}/embed.html?`, `${baseURL}/?`);
    expect(html).toContain(written === 'now' ? '/embed.html?mode=embed' : `src="${baseURL}/?mode=embed`);
    const post = asWordPress(html, 'Ab12Cd34Ef');
    await serveHtml(page, `${BLOG}/wordpress-post.html`, htmlPage('A WordPress post', `<p>Try it:</p>\n${post}\n${WP_EMBED_LISTENER}`));
    await page.goto(`${BLOG}/wordpress-post.html`);

    const iframe = page.locator('iframe.wp-embedded-content');
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
    await expect(page.locator('blockquote.wp-embedded-content'), 'hidden once the quiz talks').toBeHidden();
    await expect(iframe).not.toHaveAttribute('style', /clip/);
    const frame = await frameOf(iframe);
    expect(frame.url(), 'on the embed\'s page, with the secret').toBe(`${baseURL}/embed.html?mode=embed&count=2&seed=9#?secret=Ab12Cd34Ef`);
    // WordPress's own height attribute follows the content, within its 200–1000 px.
    const followsContent = async () => {
      const need = (await contentHeight(frame))?.need;
      return need !== undefined && Number(await iframe.getAttribute('height')) === Math.min(1000, Math.max(200, need));
    };
    await expect.poll(followsContent).toBe(true);
    const quiz = iframe.contentFrame();
    await quiz.getByRole('button', { name: 'Start' }).click();
    await answer(quiz, RIGHT);
    await expect.poll(followsContent).toBe(true);
    expect(Number(await iframe.getAttribute('height')), 'feedback reads within WordPress\'s limit').toBeLessThan(1000);
    // The whole chart's modal dialog opens and closes in WordPress's sandbox (scripts only: no forms, no modals).
    const whole = quiz.getByRole('button', { name: 'Show the whole chart' });
    await whole.click();
    const chart = quiz.getByRole('dialog', { name: 'The chart' });
    await expect(chart).toBeVisible();
    expect(await chart.evaluate((d) => d.matches(':modal'))).toBe(true);
    await expect.poll(followsContent).toBe(true);
    await chart.getByRole('button', { name: 'Close' }).click();
    await expect(chart).toBeHidden();
    await expect(whole).toBeFocused();
    await quiz.getByRole('button', { name: 'Next scenario' }).click();
    await answer(quiz, RIGHT);
    await quiz.getByRole('button', { name: 'See my results' }).click();
    await expect(quiz.locator('.score')).toContainText('100%');
    await expect.poll(followsContent).toBe(true);
    await page.screenshot({ path: `${SCREENS}/embed-wordpress${written === 'now' ? '' : '-before'}.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}

test('messages from another origin are ignored by the host script and by the widget', async ({ page, baseURL }) => {
  await recordEvents(page);
  // A forger frame on another origin, next to a RoleCall frame made by the host script.
  await serveHtml(page, `${EVIL}/forger.html`, htmlPage('Forger', '<p>Nothing to see.</p>'));
  await serveHtml(page, `${BLOG}/post.html`, htmlPage('Two frames',
    `<div data-rolecall="?count=1&seed=2" data-title="The quiz"></div>
     <iframe id="evil" src="${EVIL}/forger.html" title="Another site"></iframe>
     <script src="${baseURL}/embed.js"></script>
     <script>
       window.heights = [];
       window.probes = [];
       addEventListener('message', function (e) {
         if (e.data && e.data.probe) probes.push(e.data.probe);
         var quiz = document.querySelector('[data-rolecall] iframe');
         if (quiz && e.source === quiz.contentWindow && e.data && e.data.type === 'height') heights.push(e.data.height);
       });
     </script>`));
  await page.goto(`${BLOG}/post.html`);
  const iframe = page.locator('[data-rolecall] iframe');
  const quiz = iframe.contentFrame();
  await quiz.getByRole('button', { name: 'Start' }).click();
  await answer(quiz, RIGHT);
  const height = await fittedHeight(iframe);
  const evil = page.frame({ url: `${EVIL}/forger.html` });

  // 1. Forged results and heights from the forger frame: not a RoleCall frame, so nothing happens.
  await evil.evaluate(() => {
    parent.postMessage({ tag: 'rolecall', v: 1, type: 'completed', score: { raw: 99, max: 1 } }, '*');
    parent.postMessage({ tag: 'rolecall', v: 1, type: 'height', height: 5 }, '*');
    parent.postMessage({ probe: 'forger done' }, '*');
  });
  await expect.poll(() => page.evaluate(() => probes)).toEqual(['forger done']);
  expect(await events(page, 'completed')).toEqual([]);
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(height);

  // 2. Requests the widget must refuse: from a sibling on another origin, untagged, an unknown version.
  const quizFrame = await frameOf(iframe);
  await quizFrame.evaluate(() => {
    window.seen = 0;
    addEventListener('message', () => (window.seen += 1));
  });
  const before = await page.evaluate(() => heights.length);
  await evil.evaluate(() => {
    for (let i = 0; i < parent.frames.length; i++) {
      if (parent.frames[i] !== window) parent.frames[i].postMessage({ tag: 'rolecall', v: 1, type: 'hello' }, '*');
    }
  });
  await page.evaluate(() => {
    const target = document.querySelector('[data-rolecall] iframe').contentWindow;
    target.postMessage({ type: 'hello' }, '*');
    target.postMessage({ tag: 'rolecall', v: 2, type: 'hello' }, '*');
  });
  // Once the widget has seen all three, any reply is already on its way; a height change then tells apart
  // what was sent before it (a reply would repeat the current height) from what comes after.
  await expect.poll(() => quizFrame.evaluate(() => window.seen)).toBe(3);
  // (The chart's dialog makes the frame grow to give it room: this short feedback in a wide frame is shorter.)
  await quiz.getByRole('button', { name: 'Show the whole chart' }).click();
  const changed = await fittedHeight(iframe);
  expect(changed, 'the frame grew for the dialog').toBeGreaterThan(height);
  await expect.poll(() => page.evaluate((n) => heights.slice(n), before)).toContain(changed);
  expect(await page.evaluate((n) => heights.slice(n), before), 'no reply to a refused request').toEqual([changed]);

  // 3. The same request from the parent, tagged: answered with the height.
  await page.evaluate(() => document.querySelector('[data-rolecall] iframe').contentWindow.postMessage({ tag: 'rolecall', v: 1, type: 'hello' }, '*'));
  await expect.poll(() => page.evaluate((n) => heights.slice(n), before)).toEqual([changed, changed]);

  // 4. The RoleCall frame navigated to another origin: the host script no longer believes it.
  await quizFrame.goto(`${EVIL}/forger.html`);
  await quizFrame.evaluate(() => {
    parent.postMessage({ tag: 'rolecall', v: 1, type: 'completed', score: { raw: 99, max: 1 } }, '*');
    parent.postMessage({ tag: 'rolecall', v: 1, type: 'height', height: 5 }, '*');
    parent.postMessage({ probe: 'navigated done' }, '*');
  });
  await expect.poll(() => page.evaluate(() => probes)).toEqual(['forger done', 'navigated done']);
  expect(await events(page, 'completed')).toEqual([]);
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(changed);
});
