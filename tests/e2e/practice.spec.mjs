// The practice kinds end to end on the built site (practice.html; index.html leaves them out and links there):
// the way from the learner's page, progress shared by both pages, a mixed session (scenarios, sort, talk, trait, structure)
// by mouse (a drag and tap-then-tap on the sort board) and by keyboard alone; the results per kind, and the
// mastery per kind after a reload; an embed reporting each kind's xAPI interaction; axe on every new screen
// in English and Spanish, with screenshots at 320 px, 1280 px and a 1920 px projector, light and dark.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { parse } from 'smol-toml';
import { BLOG, SCREENS, events, fittedHeight, htmlPage, recordEvents, serveHtml } from './embed-support.mjs';
import { bank, bankEs, currentTitle, expectNoAxeViolations, repoRoot, watchErrors } from './support.mjs';

/** The built-in quiz's practice part in one edition: each item with its right option's label. */
function practiceOf(file) {
  const { practice } = parse(readFileSync(path.join(repoRoot, file), 'utf8'));
  const byText = new Map();
  for (const item of practice.items) {
    const question = practice.questions.find((q) => q.kind === item.kind && q.options.some((o) => o.id === item.answer));
    const right = question.options.find((o) => o.id === item.answer).label;
    const wrong = question.options.find((o) => o.id !== item.answer).label;
    byText.set(item.text, { ...item, right, wrong });
  }
  return (text) => {
    const item = byText.get(text.trim());
    if (!item) throw new Error(`no practice item ${JSON.stringify(text)}`);
    return item;
  };
}
const item = practiceOf('assets/quizzes/cm-vs-smm.toml');
const itemEs = practiceOf('assets/quizzes/cm-vs-smm.es.toml');

const KINDS = ['Sort the duties', 'With the brand, or with each other?', 'Spot the trait', 'Name the structure'];

/** Tick the practice kinds on the start screen by mouse. */
async function tickAll(page) {
  for (const name of KINDS) await page.getByRole('checkbox', { name }).check();
}

/** Which kind of card is on screen. */
async function cardKind(page) {
  await expect(page.locator('.scenario-card, .sort-board, .item-card')).toHaveCount(1);
  if (await page.locator('.sort-board').count()) return 'sort';
  if (await page.locator('.item-card').count()) return 'item';
  return 'scenario';
}

/** Answer the card on screen by mouse; on a sort board the first duty goes to a wrong bin (4 of 5). `page`
 *  is the page or the embed's frame; `mouse` the page's pointer. */
async function answerByMouse(page, mouse = page.mouse) {
  const kind = await cardKind(page);
  if (kind === 'scenario') {
    const s = bank.scenario(await currentTitle(page));
    await page.getByRole('radio', { name: s.roleLabel, exact: true }).click();
    await page.getByRole('radio', { name: s.teamLabel, exact: true }).click();
  } else if (kind === 'item') {
    const it = item(await page.locator('.item-card .story').textContent());
    await page.getByRole('radio', { name: it.right, exact: true }).click();
  } else {
    const duties = page.locator('button.duty');
    const texts = (await duties.allTextContents()).map((t) => t.trim());
    for (const [i, text] of texts.entries()) {
      const it = item(text);
      const duty = page.locator('button.duty', { hasText: text });
      const bin = page.locator('.bin', { has: page.getByRole('heading', { name: i === 0 ? it.wrong : it.right, exact: true }) });
      if (i < 2) {
        // Dragged with the pointer (both ends on screen).
        await duty.scrollIntoViewIfNeeded();
        const from = await duty.boundingBox();
        const to = await bin.boundingBox();
        await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
        await mouse.down();
        await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
        await mouse.up();
      } else {
        // Tapped, then the bin's button.
        await duty.click();
        await page.getByRole('button', { name: `Put it under ${it.right}`, exact: true }).click();
      }
      await expect(bin.locator('button.duty', { hasText: text })).toBeVisible();
    }
    await expect(page.getByText(`${texts.length} of ${texts.length} placed`)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Check my answer' }).click();
  return kind;
}

test('the learner page links each practice kind to the practice page, with it chosen', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  await page.goto('/?count=5&seed=7');
  // The learner's page asks the chart's scenarios alone: no choice of kinds, and no practice items fetched.
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'What to practise' })).toHaveCount(0);
  const more = page.getByRole('navigation', { name: 'More ways to practise' });
  await expect(more.getByRole('link')).toHaveText([...KINDS, 'Everything, mixed with the scenarios']);
  await more.getByRole('link', { name: 'Sort the duties' }).click();
  await expect(page).toHaveURL(`${baseURL}/practice.html?count=5&seed=7&kinds=sort`);
  await expect(page.getByRole('checkbox', { name: 'Sort the duties' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /scenarios/ })).not.toBeChecked();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.sort-board')).toBeVisible();
  expect(errors).toEqual([]);
});

test('progress is shared: a sort on the practice page, a scenario on the learner page, both kept', async ({ page }) => {
  const errors = watchErrors(page);
  const practiceFiles = [];
  page.on('request', (r) => r.url().endsWith('.practice.json') && practiceFiles.push(new URL(r.url()).pathname));
  await page.setViewportSize({ width: 1280, height: 1400 });
  // One sort board, its first duty put in a wrong bin: 4 of 5, one duty to review.
  await page.goto('/practice.html?count=1&seed=7&kinds=sort');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerByMouse(page); // and checks it
  await expect(page.getByRole('heading', { level: 2 })).toContainText('4 of 5 right');
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  expect(practiceFiles).toEqual(['/quizzes/cm-vs-smm.en.practice.json']);

  // The learner's page: one scenario answered right, saved over the same record.
  await page.goto('/?count=1&seed=3');
  await page.getByRole('button', { name: 'Start' }).click();
  const s = bank.scenario(await currentTitle(page));
  await page.getByRole('radio', { name: s.roleLabel, exact: true }).click();
  await page.getByRole('radio', { name: s.teamLabel, exact: true }).click();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByRole('heading', { name: 'Your mastery by chart row' })).toBeVisible();
  expect(practiceFiles, 'the learner page fetches no practice items').toHaveLength(1);

  // Back on the practice page: the sort's mastery and its missed duty are still there, beside the scenario.
  await page.goto('/practice.html');
  const byKind = page.locator('.mastery li');
  await expect(page.getByRole('heading', { name: 'By kind of practice' })).toBeVisible();
  await expect(byKind.filter({ hasText: 'Sort the duties' })).toContainText(/[1-9]\d*%/);
  // The scenario answered on the learner page: its chart row's mastery (the first list) is no longer 0 %.
  const rows = page.locator('.mastery ul').first().locator('li');
  await expect(rows.filter({ hasText: /[1-9]\d*%/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Review my mistakes (1)' }).click();
  await expect(page.locator('.sort-board button.duty')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('an unfinished practice session is resumed from the learner page\'s address', async ({ page, baseURL }) => {
  await page.goto('/practice.html?count=3&seed=7&kinds=talk');
  await page.getByRole('button', { name: 'Start' }).click();
  const story = await page.locator('.item-card .story').textContent();
  await page.goto('/');
  await expect(page).toHaveURL(`${baseURL}/practice.html`);
  await expect(page.locator('.item-card .story')).toHaveText(story);
});

test('a mixed session by mouse: each kind in turn, results per kind, mastery per kind after a reload', async ({ page }) => {
  const errors = watchErrors(page);
  // Tall enough for a duty and every bin to be on screen at once, as a drag needs.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto('/practice.html?count=5&seed=7');
  // Today's start: the chart's scenarios ticked, nothing else.
  const kinds = page.getByRole('group', { name: 'What to practise' });
  await expect(kinds.getByRole('checkbox')).toHaveCount(5);
  await expect(kinds.getByRole('checkbox', { name: /scenarios/ })).toBeChecked();
  for (const name of KINDS) await expect(page.getByRole('checkbox', { name })).not.toBeChecked();
  await tickAll(page);
  await page.getByRole('button', { name: 'Start' }).click();

  const seen = [];
  for (let i = 0; i < 5; i++) {
    await expect(page.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', String(i));
    const kind = await answerByMouse(page);
    seen.push(kind);
    const heading = page.getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    if (kind === 'sort') {
      await expect(heading).toContainText('4 of 5 right');
      // Each duty's verdict in words, the right bin, and the list it comes from.
      await expect(page.locator('.practice-items > li')).toHaveCount(5);
      await expect(page.locator('.practice-items > li .badge').first()).toContainText('not right');
      await expect(page.locator('.practice-items > li').first()).toContainText('The answer:');
      await expect(page.locator('.practice-items > li').first()).toContainText('From ');
    } else if (kind === 'item') {
      await expect(heading).toContainText('Right');
      await expect(page.locator('.practice-items .source')).toContainText('Source');
    } else {
      await expect(heading).toContainText('Both right');
    }
    await page.getByRole('button', { name: i === 4 ? 'See my results' : /^Next/ }).click();
  }
  expect(seen).toEqual(['scenario', 'sort', 'item', 'item', 'item']);

  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  // 2 + 4 + 1 + 1 + 1 = 9 of 10 points.
  await expect(page.locator('.score')).toHaveText('90% — 9 points out of 10');
  const byKind = page.locator('.by-kind > div');
  await expect(byKind).toHaveCount(5);
  await expect(byKind.nth(1)).toHaveText('Sort the duties4 of 5');
  await expect(byKind.nth(2)).toHaveText('With the brand, or with each other?1 of 1');
  await expect(page.locator('ol.answers > li')).toHaveCount(5);
  await expect(page.locator('ol.answers > li').nth(1)).toContainText('Sort the duties: ');
  await expect(page.locator('ol.answers > li').nth(1)).toContainText('4 of 5 right');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to start' }).click();
  const mastery = page.locator('.mastery');
  await expect(mastery.getByRole('heading', { name: 'By kind of practice' })).toBeVisible();
  for (const name of KINDS) await expect(mastery.getByText(name, { exact: true })).toBeVisible();
  // The duty placed wrongly comes back in review, as a missed scenario would.
  await expect(page.getByRole('button', { name: 'Review my mistakes (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Review my mistakes (1)' }).click();
  await expect(page.locator('.sort-board button.duty')).toHaveCount(1);
  expect(errors).toEqual([]);
});

/** Press Tab until `locator` has focus (at most `max` presses). */
async function tabTo(page, locator, max = 12) {
  for (let n = 0; n < max; n++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}

/** In a radio group that has focus, move with the arrow keys until `name` is checked. */
async function arrowTo(page, group, name) {
  const target = group.getByRole('radio', { name, exact: true });
  const count = await group.getByRole('radio').count();
  await page.keyboard.press('Space');
  for (let n = 0; n < count && !(await target.isChecked()); n++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
}

test('a mixed session by keyboard alone, the sort board included', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/practice.html?count=5&seed=7');
  for (const name of KINDS) {
    await tabTo(page, page.getByRole('checkbox', { name }), 20);
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name })).toBeChecked();
  }
  await tabTo(page, page.getByRole('button', { name: 'Start' }), 20);
  await page.keyboard.press('Enter');

  for (let i = 0; i < 5; i++) {
    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    const kind = await cardKind(page);
    if (kind === 'scenario') {
      const s = bank.scenario(await currentTitle(page));
      await page.keyboard.press('Tab');
      await arrowTo(page, page.getByRole('group', { name: bank.quiz.questions.role }), s.roleLabel);
      await page.keyboard.press('Tab');
      await arrowTo(page, page.getByRole('group', { name: bank.quiz.questions.team }), s.teamLabel);
    } else if (kind === 'item') {
      const it = item(await page.locator('.item-card .story').textContent());
      await page.keyboard.press('Tab');
      await arrowTo(page, page.locator('.item-card fieldset'), it.right);
    } else {
      const status = page.locator('.sort-board [role=status]');
      const texts = (await page.locator('button.duty').allTextContents()).map((t) => t.trim());
      const bins = await page.locator('.bin h3').allTextContents();
      for (const text of texts) {
        const it = item(text);
        const duty = page.getByRole('button', { name: text, exact: true });
        await tabTo(page, duty, 20);
        await page.keyboard.press('Space');
        await expect(status).toContainText(`Picked up ${text}.`);
        for (let b = 0; b <= bins.indexOf(it.right); b++) {
          await page.keyboard.press('ArrowRight');
          await expect(status).toHaveText(`${text}, over ${bins[b]}.`);
          await expect(duty).toBeFocused();
        }
        await page.keyboard.press('Space');
        await expect(status).toHaveText(`Dropped ${text} under ${it.right}.`);
      }
    }
    await tabTo(page, page.getByRole('button', { name: 'Check my answer' }), 30);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toContainText(kind === 'sort' ? '5 of 5 right' : kind === 'item' ? 'Right' : 'Both right');
    await tabTo(page, page.getByRole('button', { name: i === 4 ? 'See my results' : /^Next/ }), 40);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  await expect(page.locator('.score')).toHaveText('100% — 10 points out of 10');
  expect(errors).toEqual([]);
});

test('an embed reports each kind with its xAPI interaction type', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  await recordEvents(page);
  await page.setViewportSize({ width: 1024, height: 1600 });
  const snippet = `<div data-rolecall="${baseURL}/?mode=embed&count=5&seed=7&kinds=scenario,sort,talk,trait,structure" data-title="Practice"></div>`;
  await serveHtml(page, `${BLOG}/practice.html`, htmlPage('Practice', `${snippet}<script src="${baseURL}/embed.js"></script>`));
  await page.goto(`${BLOG}/practice.html`);
  const iframe = page.locator('[data-rolecall] iframe');
  const frame = iframe.contentFrame();
  await frame.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < 5; i++) {
    // The frame follows each card's height (a sort board is the tallest).
    await fittedHeight(iframe);
    await answerByMouse(frame, page.mouse);
    await frame.getByRole('button', { name: i === 4 ? 'See my results' : /^Next/ }).click();
  }
  await expect.poll(async () => (await events(page, 'completed')).length).toBe(1);
  const answered = await events(page, 'answered');
  const types = answered.map((e) => e.detail.statement.object.definition.interactionType);
  expect(types).toEqual(['choice', 'matching', 'true-false', 'choice', 'choice']);
  expect(answered.map((e) => [e.detail.score.raw, e.detail.score.max])).toEqual([[2, 2], [4, 5], [1, 1], [1, 1], [1, 1]]);
  const sort = answered[1].detail.statement;
  expect(sort.object.definition.correctResponsesPattern[0]).toMatch(/^[\w-]+\[\.\](cm|smm|both)(\[,\][\w-]+\[\.\](cm|smm|both)){4}$/);
  expect(answered[2].detail.statement.result.response).toMatch(/^(true|false)$/);
  const [done] = await events(page, 'completed');
  expect(done.detail.score).toEqual({ scaled: 0.9, raw: 9, min: 0, max: 10 });
  expect(errors).toEqual([]);
});

for (const lang of ['en', 'es']) {
  test(`every practice screen passes axe (${lang}), with screenshots`, async ({ page }) => {
    // Seven screens, each at three sizes.
    test.setTimeout(240_000);
    const t = lang === 'en'
      ? { start: 'Start', check: 'Check my answer', next: /^Next/, results: 'See my results', back: 'Back to start', lookup: item }
      : { start: 'Empezar', check: 'Comprobar', next: /^Siguiente/, results: 'Ver mis resultados', back: 'Volver al inicio', lookup: itemEs };
    const sizes = [
      { name: '320', width: 320, scheme: 'light' },
      { name: '1280-dark', width: 1280, scheme: 'dark' },
      { name: '1920', width: 1920, scheme: 'light' },
    ];
    const check = async (screen) => {
      for (const s of sizes) {
        await page.emulateMedia({ colorScheme: s.scheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width: s.width, height: s.width === 1920 ? 1080 : 900 });
        await expectNoAxeViolations(page, `${screen} (${lang}, ${s.name})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${screen} scrolls sideways at ${s.width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SCREENS}/practice-${screen}-${lang}-${s.name}.png`, fullPage: true });
      }
    };
    await page.goto(`/?count=5&seed=7&lang=${lang}&kinds=scenario,sort,talk,trait,structure`);
    await page.getByRole('button', { name: t.start }).waitFor();
    await check('start');
    await page.getByRole('button', { name: t.start }).click();
    const quiz = lang === 'en' ? bank : bankEs;
    for (let i = 0; i < 5; i++) {
      const kind = await cardKind(page);
      if (kind === 'scenario') {
        const s = quiz.scenario(await currentTitle(page));
        await page.getByRole('radio', { name: s.roleLabel, exact: true }).click();
        await page.getByRole('radio', { name: s.wrongTeamLabel, exact: true }).click();
      } else if (kind === 'item') {
        const it = t.lookup(await page.locator('.item-card .story').textContent());
        await check(`${it.kind}-card`);
        await page.getByRole('radio', { name: it.wrong, exact: true }).click();
      } else {
        const first = page.locator('button.duty').first();
        await first.click();
        await check('sort-held');
        for (const text of (await page.locator('button.duty').allTextContents()).map((x) => x.trim())) {
          const it = t.lookup(text);
          const duty = page.locator('button.duty', { hasText: text });
          if (!(await duty.getAttribute('aria-pressed') === 'true')) await duty.click();
          await page.locator('.bin', { has: page.getByRole('heading', { name: it.right, exact: true }) }).locator('button.put-here').click();
        }
        await check('sort-placed');
      }
      await page.getByRole('button', { name: t.check }).click();
      await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
      if (kind !== 'scenario') await check(`${kind === 'sort' ? 'sort' : 'item'}-feedback-${i}`);
      await page.getByRole('button', { name: i === 4 ? t.results : t.next }).click();
    }
    await page.locator('.by-kind').waitFor();
    await check('results');
    await page.reload();
    await page.locator('.by-kind').waitFor();
    await page.getByRole('button', { name: t.back }).click();
    await page.locator('fieldset.kinds').waitFor();
    await check('start-with-mastery');
  });
}

test('the editor previews the template with its practice items', async ({ page }) => {
  await page.goto('/edit.html');
  await expect(page.getByRole('group', { name: 'What to practise' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Sort the duties' }).check();
  await page.getByRole('checkbox', { name: /scenarios/ }).uncheck();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.locator('.sort-board button.duty').first()).toBeVisible();
});
