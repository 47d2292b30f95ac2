// A class votes on the practice kinds (issue 14) on the built site: the lobby's kind checkboxes, one card of
// each kind driven with the hand keys (tallies, the bars, a second round, the reveal with why and source), the
// summary grouped by kind and the CSV's kind and topic columns; one phone votes on a practice card through the
// relay; axe-core on every new screen in English and Spanish, with screenshots of each kind's vote and reveal
// at 1920×1080 (light and dark), 4K, 1280 and 320 px (test-results/screens/class-*.png).
import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { bank, bankEs, expectNoAxeViolations, watchErrors } from './support.mjs';
import { RELAY, freePort, startRelay, stopRelay } from './relay-support.mjs';

const SCREENS = 'test-results/screens';
const PRACTICE = ['sort', 'talk', 'trait', 'structure'];
/** The names of the kinds, per interface language: the one table the lobby shares with the learner's start
 *  screen (src/i18n, `drill().kinds`). */
const KINDS = {
  en: {
    scenario: "Who takes it on (the chart's scenarios)",
    sort: 'Sort the duties',
    talk: 'With the brand, or with each other?',
    trait: 'Spot the trait',
    structure: 'Name the structure',
  },
  es: {
    scenario: 'Quién se encarga (los casos del cuadro)',
    sort: 'Ordena las tareas',
    talk: '¿Con la marca o entre sí?',
    trait: 'Reconoce el rasgo',
    structure: 'Nombra la estructura',
  },
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The practice item whose text is `text` in `edition`, with its question, labels, list and source. */
function practiceItem(edition, text) {
  const p = edition.quiz.practice;
  const item = p.items.find((i) => i.text.trim() === text);
  if (!item) throw new Error(`no practice item reads ${JSON.stringify(text)}`);
  const question = item.question
    ? p.questions.find((q) => q.id === item.question)
    : p.questions.find((q) => q.kind === item.kind);
  const list = p.lists.find((l) => l.id === item.list);
  const source = edition.quiz.sources.find((s) => s.id === (item.source ?? list.source));
  const label = (id) => question.options.find((o) => o.id === id).label;
  const wrong = question.options.find((o) => o.id !== item.answer);
  return { ...item, question, list, source, answerLabel: label(item.answer), wrongLabel: wrong.label };
}

async function onSlide(page, edition) {
  return practiceItem(edition, (await page.getByRole('heading', { level: 1 }).textContent()).trim());
}

function optionsOf(page, prompt) {
  return page.getByRole('list', { name: new RegExp(`^(Options for “|Opciones de «)${escape(prompt)}(”|»)$`) });
}

function row(list, label) {
  return list.getByRole('listitem').filter({ has: list.page().locator('.option-label', { hasText: new RegExp(`^${escape(label)}`) }) });
}

async function letterOf(list, label) {
  return (await row(list, label).locator('.letter').textContent()).trim().toLowerCase();
}

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

/** In the lobby: tick the practice kinds with Space, untick scenarios if asked, then start with Enter. */
async function chooseKinds(page, lang, { scenarios }) {
  await expect(page.getByRole('checkbox', { name: KINDS[lang].scenario })).toBeChecked();
  for (const kind of PRACTICE) {
    const box = page.getByRole('checkbox', { name: KINDS[lang][kind] });
    await expect(box).not.toBeChecked();
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  if (!scenarios) {
    await page.getByRole('checkbox', { name: KINDS[lang].scenario }).focus();
    await page.keyboard.press('Space');
  }
}

async function start(page) {
  await page.getByRole('button', { name: /Start the class|Empezar la clase/ }).focus();
  await page.keyboard.press('Enter');
}

test('a class votes on one card of each kind with the hand keys', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto('/present.html?count=5&seed=7');
  await page.getByRole('button', { name: /Start the class/ }).waitFor();
  await chooseKinds(page, 'en', { scenarios: true });
  await start(page);

  // Card 1 is a scenario (the kinds take turns): reveal it straight away.
  await expect(page.getByText(`Card 1 of 5 · ${KINDS.en.scenario}`, { exact: true })).toBeVisible();
  await press(page, 'r');
  await expect(page.getByText('Chart row:')).toBeVisible();
  await press(page, 'ArrowRight');

  const seen = [];
  for (const [i, kind] of PRACTICE.entries()) {
    const n = i + 2;
    await expect(page.getByText(`Card ${n} of 5 · ${KINDS.en[kind]}`, { exact: true })).toBeVisible();
    const item = await onSlide(page, bank);
    expect(item.kind).toBe(kind);
    seen.push(item);
    await press(page, 'ArrowRight');
    const list = optionsOf(page, item.question.prompt);
    await expect(list.getByRole('listitem')).toHaveCount(item.question.options.length);
    await expect(list.locator('.letter').first()).toHaveText('A');
    const right = await letterOf(list, item.answerLabel);
    const wrong = await letterOf(list, item.wrongLabel);
    await press(page, right, 3);
    await press(page, wrong, 2);
    await press(page, `Shift+${wrong.toUpperCase()}`);
    await expect(row(list, item.answerLabel)).toContainText('3 votes · 75%');
    await expect(row(list, item.wrongLabel)).toContainText('1 vote · 25%');
    // One question: 2 has nothing to count, and the next step is the answer.
    await press(page, '2');
    await expect(page.locator('.question.is-counting h2')).toContainText(item.question.prompt);
    await expect(page.getByRole('button', { name: /^Answer/ })).toBeVisible();
    if (kind === 'sort') {
      await press(page, 'v');
      await expect(
        page.getByText(`Card ${n} of 5 · ${KINDS.en.sort} · round 2 (after discussion)`, { exact: true }),
      ).toBeVisible();
      await expect(row(list, item.answerLabel)).toContainText('0 votes · 0%');
      await press(page, right, 4);
    }
    await press(page, 'ArrowRight');
    // The reveal: the right option with its letter, why, the source; every round's bars.
    await expect(page.locator('.answer')).toContainText(item.answerLabel);
    await expect(page.locator('.answer .letter')).toHaveText(right.toUpperCase());
    await expect(page.locator('.why')).toHaveText(item.why.trim());
    await expect(page.locator('.practice-source')).toContainText(item.source.title);
    if (item.list) await expect(page.locator('.practice-source')).toContainText(item.list.label);
    const votesOn = (round) => page.getByRole('list', { name: `Votes on “${item.question.prompt}”, round ${round}` });
    await expect(votesOn(1)).toContainText('3 votes · 75%');
    await expect(votesOn(2)).toHaveCount(kind === 'sort' ? 1 : 0);
    if (kind === 'sort') await expect(votesOn(2)).toContainText('4 votes · 100%');
    await press(page, 'ArrowRight');
  }

  // The summary, grouped by kind, and its CSV.
  await expect(page.getByRole('heading', { name: 'Class summary' })).toBeFocused();
  for (const kind of ['scenario', ...PRACTICE]) {
    await expect(page.getByRole('heading', { level: 2, name: KINDS.en[kind] })).toBeVisible();
  }
  const sort = page.getByRole('region', { name: KINDS.en.sort });
  await expect(sort.getByRole('row').nth(1)).toContainText('75% right (3 of 4 votes)');
  await expect(sort.getByRole('row').nth(2)).toContainText('100% right (4 of 4 votes)');
  await expect(page.locator('.class-kind').nth(1).locator('.kind-share')).toHaveText('All votes: 87% right (7 of 8 votes)');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'scenario_number,scenario_id,scenario_title,round,question,letter,option_id,option_label,correct,votes,round_total,share_correct_percent,kind,topic',
  );
  const options = seen.reduce((n, item) => n + item.question.options.length, 0);
  // The scenario was revealed without a vote; the sort was voted twice.
  expect(lines).toHaveLength(1 + options + seen[0].question.options.length);
  for (const [i, item] of seen.entries()) {
    const mine = lines.filter((l) => l.startsWith(`${i + 2},"${item.id}",`));
    const topic = item.list ? item.list.label : item.answerLabel;
    expect(mine.every((l) => l.endsWith(`,"${item.kind}","${topic}"`))).toBe(true);
    const rightLine = mine.find((l) => l.includes(`,"${item.answer}","${item.answerLabel}",yes,`));
    expect(rightLine).toContain(`,1,"${item.question.id}",`);
    expect(rightLine).toMatch(/,yes,3,4,75,/);
  }
  expect(errors).toEqual([]);
});

for (const [lang, width, height, scheme] of [
  ['en', 1920, 1080, 'light'],
  ['en', 1920, 1080, 'dark'],
  ['en', 3840, 2160, 'light'],
  ['en', 1280, 800, 'light'],
  ['en', 320, 640, 'light'],
  ['es', 1920, 1080, 'light'],
  ['es', 320, 640, 'dark'],
]) {
  test(`every practice screen passes axe and is captured (${lang}, ${width}×${height}, ${scheme})`, async ({ page }) => {
    test.setTimeout(150_000);
    const edition = lang === 'es' ? bankEs : bank;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height });
    mkdirSync(SCREENS, { recursive: true });
    const check = async (name) => {
      await expectNoAxeViolations(page, `class ${name} (${lang}, ${width}×${height}, ${scheme})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENS}/class-${name}-${lang}-${width}-${scheme}.png` });
    };
    await page.goto(`/present.html?count=4&seed=3&lang=${lang}`);
    await page.getByRole('button', { name: /Start the class|Empezar la clase/ }).waitFor();
    await chooseKinds(page, lang, { scenarios: false });
    await check('lobby');
    await start(page);
    for (const kind of PRACTICE) {
      const item = await onSlide(page, edition);
      expect(item.kind).toBe(kind);
      await press(page, 'ArrowRight');
      const list = optionsOf(page, item.question.prompt);
      await press(page, await letterOf(list, item.answerLabel), 14);
      await press(page, await letterOf(list, item.wrongLabel), 9);
      await check(`${kind}-vote`);
      await press(page, 'v');
      await press(page, await letterOf(list, item.answerLabel), 20);
      await press(page, 'ArrowRight');
      await expect(page.locator('.why')).toHaveText(item.why.trim());
      await check(`${kind}-reveal`);
      await press(page, 'ArrowRight');
    }
    await expect(page.locator('.class-kind')).toHaveCount(4);
    await check('summary');
  });
}

test('a phone votes on a practice card through the relay', async ({ browser }) => {
  test.skip(!RELAY, 'the relay is not built: cargo build -p rolecall-relay');
  test.setTimeout(90_000);
  const port = await freePort();
  const relay = await startRelay(port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
    const presenter = await projector.newPage();
    const presenterErrors = watchErrors(presenter);
    await presenter.goto(`${base}/present.html?count=2&seed=7`);
    await presenter.getByRole('checkbox', { name: KINDS.en.talk }).check();
    await presenter.getByRole('checkbox', { name: KINDS.en.scenario }).uncheck();
    await presenter.getByRole('button', { name: 'Let students answer on their phones' }).click();
    await expect(presenter.getByRole('heading', { name: /^Join code: [A-Z2-9]{6}$/ })).toBeVisible();
    const link = await presenter.locator('.phone-link-panel a').getAttribute('href');
    const phone = await (
      await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'en-US' })
    ).newPage();
    const phoneErrors = watchErrors(phone);
    await phone.goto(link);
    await expect(phone.getByRole('heading', { name: 'You are in' })).toBeVisible();

    await presenter.getByRole('button', { name: /Start the class/ }).click();
    const item = await onSlide(presenter, bank);
    expect(item.kind).toBe('talk');
    await presenter.keyboard.press('ArrowRight');
    // The phone shows the exchange, the question and the lettered options with their labels.
    await expect(phone.getByRole('heading', { name: item.question.prompt })).toBeVisible();
    await expect(phone.getByText(item.text.trim())).toBeVisible();
    const option = (label) => phone.getByRole('button', { name: new RegExp(`^[A-Z], ${escape(label)}$`) });
    await expect(option(item.answerLabel)).toBeVisible();
    await expect(option(item.wrongLabel)).toBeVisible();
    await expectNoAxeViolations(phone, 'a practice question on the phone');
    await option(item.answerLabel).tap();
    const bar = row(optionsOf(presenter, item.question.prompt), item.answerLabel);
    await expect(bar.locator('.count')).toHaveText(/^1 vote · 100\s?% · 1 by phone$/);
    // A hand for a student without a phone.
    await presenter.keyboard.press(await letterOf(optionsOf(presenter, item.question.prompt), item.wrongLabel));
    await expect(bar.locator('.count')).toHaveText(/^1 vote · 50\s?% · 1 by phone$/);
    await presenter.keyboard.press('ArrowRight');
    // The reveal reaches the phone: the right option, the verdict, why.
    await expect(phone.getByRole('heading', { name: 'The answer' })).toBeVisible();
    await expect(phone.getByText('Your vote was right.')).toBeVisible();
    await expect(phone.locator('.phone-right')).toContainText(item.answerLabel);
    await expect(phone.getByText(item.why.trim().slice(0, 40))).toBeVisible();
    await expectNoAxeViolations(phone, 'a practice answer on the phone');
    mkdirSync(SCREENS, { recursive: true });
    await phone.screenshot({ path: `${SCREENS}/class-phone-answer-360.png`, fullPage: true });
    expect(presenterErrors).toEqual([]);
    expect(phoneErrors).toEqual([]);
  } finally {
    await stopRelay(relay);
  }
});
