// A class from phones, end to end: the relay (target/{release,debug}/rolecall-relay) serves dist/ on a free
// loopback port and carries the votes; a presenter page (1920×1080) and three phone pages (360×740, touch)
// in one run. Join by the QR's link (and by typing the code), vote, watch the bars, change a vote, a phone
// reloads and keeps its vote, the relay restarts mid-question and nothing is lost, reveal, second round;
// axe-core on every phone screen, and screenshots of each at 320 and 768 px, light and dark
// (test-results/screens/phone-*.png), and of the presenter with phone votes. A Spanish phone in an English
// class reads the built-in quiz's texts in Spanish (marked lang="es"), and its language switch switches them.
import { mkdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { RELAY, freePort, startRelay, stopRelay } from './relay-support.mjs';
import { bank, bankEs, expectNoAxeViolations, watchErrors } from './support.mjs';

const SCREENS = 'test-results/screens';
const roleQ = bank.quiz.questions.role;
const teamQ = bank.quiz.questions.team;
/** The Spanish edition's side of English scenario `s` (the editions share every id). */
const spanishOf = (s) => bankEs.scenario(bankEs.quiz.scenarios.find((x) => x.id === s.id).title);

/** Screenshots of a phone screen at 320 and 768 px, light and dark; the page goes back to 360×740, light. */
async function shoot(page, name) {
  mkdirSync(SCREENS, { recursive: true });
  for (const width of [320, 768]) {
    for (const scheme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 740 });
      await page.emulateMedia({ colorScheme: scheme });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENS}/phone-${name}-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The option button for `label` on a phone. */
function option(page, label) {
  return page.getByRole('button', { name: new RegExp(`^[A-Z], ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
}

/** The presenter's bar row for `label` in the list of options of `question`. */
function bar(presenter, question, label) {
  return presenter
    .getByRole('list', { name: `Options for “${question}”` })
    .getByRole('listitem')
    .filter({ has: presenter.locator('.option-label', { hasText: label }) });
}

/** A projector (1920×1080, English) on `base`'s presenter page with a room open for phones. */
async function openRoom(browser, base, query) {
  const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
  const presenter = await projector.newPage();
  const presenterErrors = watchErrors(presenter);
  await presenter.goto(`${base}/present.html?${query}`);
  await presenter.getByRole('button', { name: 'Let students answer on their phones' }).click();
  await expect(presenter.getByRole('heading', { name: /^Join code: [A-Z2-9]{6}$/ })).toBeVisible();
  const code = (await presenter.getByRole('heading', { name: /^Join code: / }).textContent()).slice(-6);
  const link = await presenter.locator('.phone-link-panel a').getAttribute('href');
  return { presenter, presenterErrors, code, link };
}

test('a class votes from three phones through the relay, which restarts mid-question', async ({ browser }) => {
  test.skip(!RELAY, 'the relay is not built: cargo build --release -p rolecall-relay');
  test.setTimeout(180_000);
  const port = await freePort();
  let relay = await startRelay(port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const { presenter, presenterErrors, code, link } = await openRoom(browser, base, 'count=2&seed=7');
    expect(link).toBe(`${base}/join.html?room=${code}`);
    await expect(presenter.getByRole('img', { name: 'QR code: vote from your phone' })).toBeVisible();

    const phone = () => browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'en-US' });
    // One phone types the code; its first try has a typo.
    const typing = await (await phone()).newPage();
    await typing.goto(`${base}/join.html`);
    await expectNoAxeViolations(typing, 'the join form');
    await shoot(typing, 'join');
    await typing.getByLabel('Join code').fill('0O1');
    await typing.getByRole('button', { name: 'Join' }).tap();
    await expect(typing.getByRole('alert')).toHaveText(/not a join code/);
    await expectNoAxeViolations(typing, 'the join form with an error');
    await typing.getByLabel('Join code').fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
    await typing.getByRole('button', { name: 'Join' }).tap();
    // Two phones come by the QR's link.
    const phones = [typing];
    for (let i = 0; i < 2; i += 1) {
      const page = await (await phone()).newPage();
      await page.goto(link);
      phones.push(page);
    }
    const errors = phones.map(watchErrors);
    for (const page of phones) await expect(page.getByRole('heading', { name: 'You are in' })).toBeVisible();
    await expect(typing).toHaveURL(`${base}/join.html?room=${code}`);
    await expectNoAxeViolations(phones[1], 'waiting');
    await shoot(phones[1], 'waiting');

    // The class starts: the scenario, then the role question, on the phones too.
    await presenter.getByRole('button', { name: /Start the class/ }).click();
    const title = (await presenter.getByRole('heading', { level: 1 }).textContent()).trim();
    const s = bank.scenario(title);
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.getByRole('status').filter({ hasText: '3 phones connected' })).toBeVisible();
    for (const page of phones) await expect(page.getByRole('heading', { name: roleQ })).toBeVisible();
    await expect(phones[0].getByText('You have not voted on this question yet.')).toBeVisible();
    await option(phones[0], s.roleLabel).tap();
    await option(phones[1], s.wrongRoleLabel).tap();
    await option(phones[2], s.wrongRoleLabel).click();
    await expect(option(phones[0], s.roleLabel)).toHaveAttribute('aria-pressed', 'true');
    await expect(phones[0].getByText(`Your vote: `)).toContainText(s.roleLabel);
    await expect(bar(presenter, roleQ, s.roleLabel).locator('.count')).toHaveText(/^1 vote · 33\s?% · 1 by phone$/);
    await expect(bar(presenter, roleQ, s.wrongRoleLabel).locator('.count')).toHaveText(/^2 votes · 66\s?% · 2 by phone$/);
    await expectNoAxeViolations(phones[0], 'the question');
    await shoot(phones[0], 'question');
    // A change of mind; and a hand counted for a student without a phone.
    await option(phones[1], s.roleLabel).tap();
    await expect(bar(presenter, roleQ, s.roleLabel).locator('.count')).toHaveText(/^2 votes · .* · 2 by phone$/);
    await bar(presenter, roleQ, s.roleLabel).getByRole('button', { name: /One more vote/ }).click();
    await expect(bar(presenter, roleQ, s.roleLabel).locator('.count')).toHaveText(/^3 votes · 75\s?% · 2 by phone$/);
    await expect(bar(presenter, roleQ, s.wrongRoleLabel).locator('.count')).toHaveText(/^1 vote · 25\s?% · 1 by phone$/);

    // A phone reloads: same vote, pressed.
    await phones[2].reload();
    await expect(option(phones[2], s.wrongRoleLabel)).toHaveAttribute('aria-pressed', 'true');

    // The relay restarts mid-question: phones say so, come back, re-send; the bars lose nothing.
    await stopRelay(relay);
    for (const page of phones) await expect(page.getByRole('status').filter({ hasText: 'Connection lost. Reconnecting…' })).toBeVisible();
    await expectNoAxeViolations(phones[0], 'the connection lost');
    await shoot(phones[0], 'lost');
    await expect(bar(presenter, roleQ, s.roleLabel).locator('.count')).toHaveText(/^3 votes · 75\s?% · 2 by phone$/);
    relay = await startRelay(port);
    for (const page of phones) await expect(page.getByRole('status').filter({ hasText: 'Connected again.' })).toBeVisible();
    await expect(presenter.getByRole('status').filter({ hasText: '3 phones connected' })).toBeVisible();
    await expect(option(phones[1], s.roleLabel)).toHaveAttribute('aria-pressed', 'true');
    // A vote after the restart still counts: the relay has every phone's vote again.
    await option(phones[2], s.roleLabel).tap();
    await expect(bar(presenter, roleQ, s.roleLabel).locator('.count')).toHaveText(/^4 votes · 100\s?% · 3 by phone$/);

    // The team question, then the answer.
    await presenter.keyboard.press('ArrowRight');
    for (const page of phones) await expect(page.getByRole('heading', { name: teamQ })).toBeVisible();
    await option(phones[0], s.teamLabel).tap();
    await option(phones[1], s.wrongTeamLabel).tap();
    await expect(bar(presenter, teamQ, s.teamLabel).locator('.count')).toHaveText(/^1 vote · 50\s?% · 1 by phone$/);
    mkdirSync(SCREENS, { recursive: true });
    await presenter.screenshot({ path: `${SCREENS}/presenter-phone-votes-1920.png` });
    await expectNoAxeViolations(presenter, 'the presenter with phone votes');
    await presenter.keyboard.press('r');
    for (const page of phones) await expect(page.getByRole('heading', { name: 'The answer' })).toBeVisible();
    await expect(phones[0].getByText('Your vote was right.')).toBeVisible();
    await expect(phones[1].getByText('Your vote was not the right one.')).toBeVisible();
    await expect(phones[0].getByText(`Team — right answer: `).first()).toContainText(s.teamLabel);
    await expect(phones[0].getByText(s.why[s.team].trim().slice(0, 40))).toBeVisible();
    await expectNoAxeViolations(phones[0], 'the answer');
    await shoot(phones[0], 'answer');

    // The second round: vote, discuss, vote again, from the phones too.
    await presenter.keyboard.press('v');
    for (const page of phones) await expect(page.getByRole('heading', { name: roleQ })).toBeVisible();
    await expect(phones[0].getByText('Second round: vote again')).toBeVisible();
    await expect(phones[0].getByText('You have not voted on this question yet.')).toBeVisible();
    await option(phones[0], s.roleLabel).tap();
    await expect(bar(presenter, roleQ, s.roleLabel).locator('.count')).toHaveText(/^1 vote · 100\s?% · 1 by phone$/);
    await expectNoAxeViolations(phones[0], 'the second round');

    // The projector reloads: the room, the votes and the question come back.
    await presenter.reload();
    await expect(bar(presenter, roleQ, s.roleLabel).locator('.count')).toHaveText(/^1 vote · 100\s?% · 1 by phone$/);
    await expect(presenter.getByRole('status').filter({ hasText: `Join code: ${code}` })).toBeVisible();
    await option(phones[1], s.roleLabel).tap();
    await expect(bar(presenter, roleQ, s.roleLabel).locator('.count')).toHaveText(/^2 votes · 100\s?% · 2 by phone$/);

    // The CSV marks phones and hands apart: round 1's right role had 1 hand and 3 phones.
    await presenter.keyboard.press('r');
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('r');
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.getByRole('heading', { name: 'Class summary' })).toBeVisible();
    const download = presenter.waitForEvent('download');
    await presenter.getByRole('button', { name: /Download CSV/ }).click();
    const csv = await (await download).createReadStream().then(async (stream) => {
      let text = '';
      for await (const chunk of stream) text += chunk;
      return text;
    });
    const header = csv.split('\r\n')[0].split(',');
    expect(header).toContain('hand_votes');
    expect(header).toContain('phone_votes');
    const line = csv
      .split('\r\n')
      .find((l) => l.startsWith(`1,"${s.id}",`) && l.includes(',1,"role",') && l.includes(`"${s.role}"`));
    const cells = line.split(',');
    const at = (name) => cells[cells.length - (header.length - header.indexOf(name))];
    expect([at('votes'), at('hand_votes'), at('phone_votes')]).toEqual(['4', '1', '3']);

    // The relay's restart is the one expected error: the socket's own failures while it was down.
    for (const e of [presenterErrors, ...errors]) expect(e.filter((m) => !/WebSocket/.test(m))).toEqual([]);
  } finally {
    await stopRelay(relay);
  }
});

test('a presenter on another site opens its room on the relay that relay= names', async ({ page, baseURL }) => {
  test.skip(!RELAY, 'the relay is not built: cargo build --release -p rolecall-relay');
  const port = await freePort();
  const relay = await startRelay(port, [`--origin`, baseURL]);
  try {
    const errors = watchErrors(page);
    // The pages come from the e2e server (its CSP allows a loopback relay); the socket goes to the relay.
    const relayOrigin = `http://127.0.0.1:${port}`;
    await page.goto(`/present.html?count=2&seed=7&relay=${encodeURIComponent(relayOrigin)}`);
    await page.getByRole('button', { name: 'Let students answer on their phones' }).click();
    await expect(page.getByRole('heading', { name: /^Join code: [A-Z2-9]{6}$/ })).toBeVisible();
    const code = (await page.getByRole('heading', { name: /^Join code: / }).textContent()).slice(-6);
    const link = await page.locator('.phone-link-panel a').getAttribute('href');
    expect(link).toBe(`${baseURL}/join.html?room=${code}&relay=${encodeURIComponent(relayOrigin)}`);
    await expectNoAxeViolations(page, 'the lobby with a room');
    await page.setViewportSize({ width: 1920, height: 1080 });
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/presenter-lobby-phones-1920.png` });
    expect(errors).toEqual([]);
  } finally {
    await stopRelay(relay);
  }
});

test('a Spanish phone in an English class reads the question, options and why in Spanish, and switches mid-question', async ({ browser }) => {
  test.skip(!RELAY, 'the relay is not built: cargo build --release -p rolecall-relay');
  test.setTimeout(120_000);
  const port = await freePort();
  const relay = await startRelay(port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const { presenter, presenterErrors, link } = await openRoom(browser, base, 'count=1&seed=7');

    // One phone reads Spanish (its browser asks for it), one English.
    const phone = (locale) =>
      browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale });
    const es = await (await phone('es-ES')).newPage();
    const en = await (await phone('en-US')).newPage();
    const errors = [es, en].map(watchErrors);
    for (const page of [es, en]) await page.goto(link);
    await expect(es.getByRole('heading', { name: 'Ya estás dentro' })).toBeVisible();
    await expect(en.getByRole('heading', { name: 'You are in' })).toBeVisible();

    await presenter.getByRole('button', { name: /Start the class/ }).click();
    const s = bank.scenario((await presenter.getByRole('heading', { level: 1 }).textContent()).trim());
    const t = spanishOf(s);
    await presenter.keyboard.press('ArrowRight');
    // The question, its scenario and every option in Spanish, marked as Spanish; letters as on the projector.
    const asked = es.getByRole('heading', { name: bankEs.quiz.questions.role });
    await expect(asked).toBeVisible();
    await expect(asked).toHaveAttribute('lang', 'es');
    await expect(es.locator('.phone-scenario')).toHaveText(t.title);
    await expect(es.locator('.phone-scenario')).toHaveAttribute('lang', 'es');
    await expect(option(es, t.roleLabel)).toBeVisible();
    await expect(option(es, t.roleLabel).locator('.option-label')).toHaveAttribute('lang', 'es');
    await expect(option(es, t.wrongRoleLabel)).toBeVisible();
    await expect(en.getByRole('heading', { name: roleQ })).toHaveAttribute('lang', 'en');
    await expect(option(en, s.roleLabel)).toBeVisible();
    const letter = async (page, label) => (await option(page, label).locator('.letter').textContent()).trim();
    expect(await letter(es, t.roleLabel)).toBe(await letter(en, s.roleLabel));
    await expectNoAxeViolations(es, 'the question in Spanish');
    await shoot(es, 'question-es');

    // A Spanish vote counts on the English projector under the same option.
    await option(es, t.roleLabel).tap();
    await expect(option(es, t.roleLabel)).toHaveAttribute('aria-pressed', 'true');
    await expect(es.locator('.phone-vote [lang="es"]')).toContainText(t.roleLabel);
    await expect(bar(presenter, roleQ, s.roleLabel).locator('.count')).toHaveText(/^1 vote · 100\s?% · 1 by phone$/);

    // The student switches to English mid-question: the texts follow, the vote stays.
    await es.getByLabel('Idioma').selectOption('en');
    await expect(es.getByRole('heading', { name: roleQ })).toHaveAttribute('lang', 'en');
    await expect(option(es, s.roleLabel)).toHaveAttribute('aria-pressed', 'true');
    await expect(es.getByText('Your vote: ')).toContainText(s.roleLabel);
    await expectNoAxeViolations(es, 'the question switched to English');
    await es.getByLabel('Language').selectOption('es');
    await expect(es.getByRole('heading', { name: bankEs.quiz.questions.role })).toHaveAttribute('lang', 'es');
    await expect(option(es, t.roleLabel)).toHaveAttribute('aria-pressed', 'true');

    // The answer and why in Spanish.
    await presenter.keyboard.press('ArrowRight');
    await expect(es.getByRole('heading', { name: bankEs.quiz.questions.team })).toBeVisible();
    await option(es, t.teamLabel).tap();
    await expect(bar(presenter, teamQ, s.teamLabel).locator('.count')).toHaveText(/^1 vote · 100\s?% · 1 by phone$/);
    await presenter.keyboard.press('r');
    await expect(es.getByRole('heading', { name: 'La respuesta' })).toBeVisible();
    await expect(es.getByText('Tu voto era el correcto.')).toBeVisible();
    const team = es.getByRole('listitem').filter({ hasText: /respuesta correcta/ }).last();
    await expect(team.locator('[lang="es"]')).toContainText(t.teamLabel);
    const why = es.getByText(t.why[t.team].trim().slice(0, 40));
    await expect(why).toBeVisible();
    await expect(why).toHaveAttribute('lang', 'es');
    await expect(en.getByText(s.why[s.team].trim().slice(0, 40))).toHaveAttribute('lang', 'en');
    await expectNoAxeViolations(es, 'the answer in Spanish');
    await shoot(es, 'answer-es');
    // Switching after the reveal switches the why too.
    await es.getByLabel('Idioma').selectOption('en');
    await expect(es.getByText(s.why[s.team].trim().slice(0, 40))).toHaveAttribute('lang', 'en');

    for (const e of [presenterErrors, ...errors]) expect(e).toEqual([]);
  } finally {
    await stopRelay(relay);
  }
});
