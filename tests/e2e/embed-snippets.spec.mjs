// "Embed this quiz": the share page (copying) and its three snippets, each pasted into a fresh
// page on another origin; and the oEmbed files that make a pasted address embed in WordPress.
import { test, expect } from '@playwright/test';
import {
  BLOG, SCREENS, answer, contentHeight, events, fittedHeight, frameOf, htmlPage, makeOembed, play, recordEvents,
  serveHtml,
} from './embed-support.mjs';
import { expectNoAxeViolations, watchErrors } from './support.mjs';

const RIGHT = { role: true, team: true };
const NEITHER = { role: false, team: false };

test('the share page offers copy-ready snippets that work when pasted into a fresh page', async ({ page, context, baseURL }) => {
  const errors = watchErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?count=3&seed=7&theme=dark');
  await page.getByRole('radio', { name: '5', exact: true }).check();
  // Embedding is for authors: a page of its own, so none of its code reaches a learner.
  await page.getByRole('button', { name: 'Embed this quiz' }).click();
  await expect(page).toHaveURL(`${baseURL}/share.html?count=5&seed=7&theme=dark`);
  const dialog = page.getByRole('region', { name: 'Embed this quiz' });
  const snippet = (name) => dialog.getByRole('textbox', { name });
  await expect(snippet('Host script and a placeholder')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/embed-share-page.png`, fullPage: true });
  await expectNoAxeViolations(page, 'embed this quiz');

  const script = await snippet('Host script and a placeholder').inputValue();
  const iframe = await snippet('Plain iframe').inputValue();
  const wordpress = await snippet('WordPress address').inputValue();
  // The options this quiz has now: the URL's, with the length chosen on the start screen.
  // The embed's own page: no stop at the learner page on the way.
  expect(script).toContain(`data-rolecall="${baseURL}/embed.html?mode=embed&amp;count=5&amp;seed=7&amp;theme=dark"`);
  expect(script).toContain(`<script src="${baseURL}/embed.js" async></script>`);
  expect(iframe).toMatch(/^<iframe data-rolecall src="[^"]+\/embed\.html\?mode=embed&amp;count=5[^"]*" title="Quiz: [^"]+" width="100%" height="600"/);
  expect(wordpress).toBe(`${baseURL}/?count=5&seed=7&theme=dark`);

  await dialog.getByRole('button', { name: 'Copy: Plain iframe' }).click();
  await expect(dialog.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);

  // And back to the quiz, with its options.
  await dialog.getByRole('link', { name: 'Back to the quiz' }).click();
  await expect(page.getByRole('radio', { name: '5', exact: true })).toBeChecked();

  // 1. The host script and placeholder, in a fresh page: a frame that fits, in the dark, 5 scenarios.
  const fresh = await context.newPage();
  await recordEvents(fresh);
  await serveHtml(fresh, `${BLOG}/fresh.html`, htmlPage('A fresh page', `<p>Before.</p>\n${script}\n<p>After.</p>`));
  await fresh.goto(`${BLOG}/fresh.html`);
  const made = fresh.locator('[data-rolecall] iframe');
  await expect(made).toHaveAttribute('title', /^Quiz: /);
  await expect(made).toHaveAttribute('src', `${baseURL}/embed.html?mode=embed&count=5&seed=7&theme=dark`);
  await expect(made.contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark');
  await made.contentFrame().getByRole('button', { name: 'Start' }).click();
  await expect(made.contentFrame().getByText('Scenario 1 of 5')).toBeVisible();
  await fittedHeight(made);

  // 2. The plain iframe alone: a fixed 600 px that scrolls inside when the content is taller (a wrong
  // answer's feedback on a phone).
  await fresh.setViewportSize({ width: 360, height: 800 });
  await serveHtml(fresh, `${BLOG}/plain.html`, htmlPage('A plain iframe', iframe));
  await fresh.goto(`${BLOG}/plain.html`);
  const plain = fresh.locator('iframe');
  const quiz = plain.contentFrame();
  await expect(plain).toHaveAttribute('src', `${baseURL}/embed.html?mode=embed&count=5&seed=7&theme=dark`);
  await quiz.getByRole('button', { name: 'Start' }).click();
  await expect(quiz.getByText('Scenario 1 of 5')).toBeVisible();
  await answer(quiz, NEITHER);
  expect(await plain.evaluate((el) => el.getBoundingClientRect().height)).toBe(600);
  const frame = await frameOf(plain);
  await expect.poll(async () => (await contentHeight(frame))?.need > 600, 'the feedback is taller').toBe(true);
  expect(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight), 'it scrolls inside').toBe(true);

  // 3. The WordPress address opens the quiz with the same options.
  await fresh.goto(wordpress);
  await expect(fresh.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await expect(fresh.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(errors).toEqual([]);
});

test('the host script also adopts a plain iframe that loaded before it, and follows it', async ({ page, baseURL }) => {
  await recordEvents(page);
  // The script is added only once the frame has loaded and sent its first height to nobody.
  await serveHtml(page, `${BLOG}/late.html`, htmlPage('Late script',
    `<iframe data-rolecall src="${baseURL}/?mode=embed&count=1&seed=4" title="Quiz" style="width:100%;border:0" height="600"
       onload="var s = document.createElement('script'); s.src = '${baseURL}/embed.js'; document.body.appendChild(s);"></iframe>`));
  await page.goto(`${BLOG}/late.html`);
  const iframe = page.locator('iframe');
  await expect(iframe.contentFrame().getByRole('button', { name: 'Start' })).toBeVisible();
  // An address from before embed.html, in an iframe the host script leaves alone: the learner page sends it on.
  expect((await frameOf(iframe)).url()).toBe(`${baseURL}/embed.html?mode=embed&count=1&seed=4`);
  await fittedHeight(iframe);
  await play(iframe.contentFrame(), [RIGHT]);
  await expect.poll(async () => (await events(page, 'completed')).length).toBe(1);
});

test('snippets pasted before embed.html land on it: placeholders straight, iframes through the learner page', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  await recordEvents(page);
  // As the share page made them: the learner page's address (the site's folder, or index.html by name).
  await serveHtml(page, `${BLOG}/old.html`, htmlPage('Snippets from before', `
    <div data-rolecall="${baseURL}/?mode=embed&amp;count=1&amp;seed=4" data-title="Old placeholder"></div>
    <div data-rolecall="${baseURL}/index.html?count=1&amp;seed=6&amp;theme=dark" data-title="Old placeholder, by name"></div>
    <iframe data-rolecall src="${baseURL}/index.html?mode=embed&amp;count=1&amp;seed=5" title="Old iframe" width="100%" height="600"
      loading="lazy" style="border:0;width:100%;max-width:46rem"></iframe>
    <script src="${baseURL}/embed.js" async></script>`));
  await page.setViewportSize({ width: 800, height: 2400 });
  await page.goto(`${BLOG}/old.html`);
  const frames = [
    [page.locator('[data-rolecall]').nth(0).locator('iframe'), `${baseURL}/embed.html?mode=embed&count=1&seed=4`],
    [page.locator('[data-rolecall]').nth(1).locator('iframe'), `${baseURL}/embed.html?count=1&seed=6&theme=dark&mode=embed`],
    [page.locator('iframe[title="Old iframe"]'), `${baseURL}/embed.html?mode=embed&count=1&seed=5`],
  ];
  // The host script points placeholders at embed.html itself; the iframe it cannot change is sent on.
  await expect(frames[0][0]).toHaveAttribute('src', frames[0][1]);
  await expect(frames[1][0]).toHaveAttribute('src', frames[1][1]);
  for (const [i, [iframe, landed]] of frames.entries()) {
    const quiz = iframe.contentFrame();
    await expect(quiz.getByRole('button', { name: 'Start' })).toBeVisible();
    expect((await frameOf(iframe)).url()).toBe(landed);
    await fittedHeight(iframe);
    await expectNoAxeViolations(await frameOf(iframe), `old snippet ${i + 1}: start`);
    await play(quiz, [RIGHT]);
    await expectNoAxeViolations(await frameOf(iframe), `old snippet ${i + 1}: results`);
    await expect.poll(async () => (await events(page, 'completed')).length).toBe(i + 1);
  }
  await expect(frames[1][0].contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(errors).toEqual([]);
});

test('.ci/oembed.mjs writes a rich oEmbed JSON with a blockquote and an absolute discovery link', () => {
  const made = makeOembed({ ROLECALL_PUBLIC_URL: 'https://quiz.example/rolecall', ROLECALL_OEMBED_QUERY: '?count=3&mode=self-study&theme=dark' });
  const { oembed } = made;
  expect(oembed).toMatchObject({
    version: '1.0',
    type: 'rich',
    provider_name: 'RoleCall',
    provider_url: 'https://quiz.example/rolecall/',
    width: 640,
    height: 600,
  });
  expect(oembed.title).toContain('Community Manager');
  expect(oembed.html).toMatch(/^<blockquote><a href="https:\/\/quiz\.example\/rolecall\/">[^<]+<\/a><\/blockquote><iframe /);
  expect(oembed.html).toContain('src="https://quiz.example/rolecall/embed.html?mode=embed&amp;count=3&amp;theme=dark"');
  expect(oembed.html).toContain('title="Quiz: ');
  const link = '<link rel="alternate" type="application/json+oembed" href="https://quiz.example/rolecall/oembed.json"';
  expect(made.index.split(link).length - 1).toBe(1);
  made.run();
  expect(made.read().index.split(link).length - 1, 'running it again keeps one link').toBe(1);
  expect(() => makeOembed({ ROLECALL_PUBLIC_URL: 'quiz.example' })).toThrow(/ROLECALL_PUBLIC_URL/);
  expect(() => makeOembed({ ROLECALL_PUBLIC_URL: 'https://q.example/', ROLECALL_OEMBED_HEIGHT: '1500' })).toThrow(/200 to 1000/);
});
