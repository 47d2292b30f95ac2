// Loading a quiz from somewhere else than the built-in bank, end to end on the built site: a `quiz=` address,
// every way it can fail (404, another status, a web page or JSON instead of a quiz, no answer from the
// page's server, no answer or no CORS permission from another site), share links opening in self-study,
// presenter and embed mode (and damaged ones), and a quiz file picked or dropped on the page. New screens go
// through axe-core and into screenshots (test-results/screens/loading-*.png).
//
// The share links come from tests/fixtures/share-links.json, written and checked by a host test with the
// app's own codec (tests/launch.rs), so nothing here re-implements it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { currentTitle, expectNoAxeViolations, loadQuiz, repoRoot, watchErrors, bank } from './support.mjs';

const SCREENS = 'test-results/screens';
const LINKS = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/share-links.json'), 'utf8'));
const mini = loadQuiz('tests/fixtures/mini.toml');
const MINI_TITLE = mini.quiz.title;

/** The problem screen: an alert with a level-1 heading. */
function alertOf(page) {
  return page.getByRole('alert');
}

/** axe, no sideways scroll, and a screenshot in light and dark at phone and desktop widths. */
async function lookAt(page, name) {
  for (const scheme of ['light', 'dark']) {
    for (const width of [320, 1280]) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height: 800 });
      await expectNoAxeViolations(page, `${name} (${scheme}, ${width}px)`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENS}/loading-${name}-${scheme}-${width}.png`, fullPage: true });
    }
  }
}

/** Answer the scenario on screen rightly and check the verdict. */
async function answerRightly(page, quiz) {
  const s = quiz.scenario(await currentTitle(page));
  await page.getByRole('group', { name: quiz.quiz.questions.role }).getByRole('radio', { name: s.roleLabel, exact: true }).click();
  await page.getByRole('group', { name: quiz.quiz.questions.team }).getByRole('radio', { name: s.teamLabel, exact: true }).click();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Both right');
}

/** Drop a file on the page the way a browser does: dragenter, dragover, drop, with a DataTransfer holding it. */
async function dropFile(page, name, text, { drop = true } = {}) {
  await page.evaluate(
    ([name, text, drop]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/toml' }));
      const fire = (type, target) =>
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      const target = document.querySelector('h1') || document.body;
      fire('dragenter', target);
      fire('dragover', target);
      if (drop) fire('drop', target);
    },
    [name, text, drop],
  );
}

test.describe('a quiz= address', () => {
  // After the first visit the service worker fetches for the page, and page.route never sees its requests.
  test.use({ serviceWorkers: 'block' });

  test('loads and plays', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/?quiz=fixtures/mini.toml&count=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
    await page.getByRole('button', { name: 'Start' }).click();
    await answerRightly(page, mini);
    expect(errors).toEqual([]);
  });

  test('404 and other statuses say what the server answered', async ({ page }) => {
    await page.goto('/?quiz=fixtures/no-such-quiz.toml');
    await expect(alertOf(page).getByRole('heading', { level: 1 })).toHaveText('The quiz could not be loaded');
    await expect(alertOf(page)).toContainText('fixtures/no-such-quiz.toml: The server has no file at this address (404 Not Found).');
    await expect(alertOf(page)).toContainText('Check the address in the quiz= option');
    // Another quiz, or the built-in one, is one step away.
    await expect(page.getByLabel('Open a quiz file…')).toBeVisible();
    await lookAt(page, 'not-found');

    await page.route('**/fixtures/down.toml', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.goto('/?quiz=fixtures/down.toml');
    await expect(alertOf(page)).toContainText('The server answered with an error (503).');
  });

  test('a web page or JSON in place of a quiz is named, not parsed', async ({ page }) => {
    // The app's own page: HTML, as a sharing or sign-in page would be.
    await page.goto('/?quiz=index.html');
    await expect(alertOf(page).getByRole('heading', { level: 1 })).toHaveText('This is not a RoleCall quiz');
    await expect(alertOf(page)).toContainText('This is a web page, not a quiz file.');
    await expect(alertOf(page).getByRole('listitem')).toHaveCount(1);
    await lookAt(page, 'not-a-quiz');

    await page.route('**/fixtures/quiz.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"title": "A quiz in JSON"}' }),
    );
    await page.goto('/?quiz=fixtures/quiz.json');
    await expect(alertOf(page)).toContainText('This is JSON data, not a quiz.');
  });

  test('no answer: from the page’s own server, and from another site (network or CORS)', async ({ page }) => {
    await page.route('**/fixtures/gone.toml', (route) => route.abort('connectionrefused'));
    await page.goto('/?quiz=fixtures/gone.toml');
    await expect(alertOf(page)).toContainText('The server did not answer');

    // A browser reports a refused CORS read and a failed connection alike; the message names both.
    await page.route('https://quizzes.example/**', (route) => route.abort('failed'));
    await page.goto('/?quiz=https://quizzes.example/q.toml');
    await expect(alertOf(page)).toContainText('No answer from https://quizzes.example');
    await expect(alertOf(page)).toContainText('Access-Control-Allow-Origin');
    await lookAt(page, 'cors');
  });
});

test.describe('share links', () => {
  test('open in self-study in a new page, play, and keep progress under the quiz’s id', async ({ context, page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
    const other = await context.newPage();
    const errors = watchErrors(other);
    await other.goto(`/?count=2#quiz=${LINKS.mini}`);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
    await other.getByRole('button', { name: 'Start' }).click();
    await answerRightly(other, mini);
    // Saved once the feedback is painted (not during the click), so wait for it.
    const saved = () => other.evaluate(() => JSON.parse(localStorage.getItem('rolecall.v1.progress.mini'))?.quiz);
    await expect.poll(saved).toBe('mini');
    // The link is the quiz: a reload comes back to it, where the learner was.
    await other.reload();
    await expect(other.getByRole('heading', { level: 2 })).toContainText('Both right');
    expect(errors).toEqual([]);
  });

  test('open in presenter mode, with the students’ link carrying the quiz', async ({ page }) => {
    await page.goto(`/?mode=present#quiz=${LINKS.mini}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
    const link = page.getByRole('region', { name: 'Practise after class' }).getByRole('link');
    await expect(link).toHaveAttribute('href', new RegExp(`#quiz=${LINKS.mini.replace(/[.-]/g, '\\$&')}$`));
    await expect(link).toHaveText(/#quiz=…$/);
    await expectNoAxeViolations(page, 'presenter lobby from a share link');
    await page.screenshot({ path: `${SCREENS}/loading-share-presenter.png`, fullPage: true });
  });

  test('open in embed mode', async ({ page }) => {
    await page.goto(`/?mode=embed#quiz=${LINKS.mini}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
    await page.getByRole('button', { name: 'Start' }).click();
    await answerRightly(page, mini);
    // Not someone else's page to drop files on.
    await expect(page.getByLabel('Open a quiz file…')).toHaveCount(0);
  });

  test('a damaged, cut or newer link says what happened', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/#quiz=${LINKS.damaged}`);
    await expect(alertOf(page).getByRole('heading', { level: 1 })).toHaveText('This share link cannot be opened');
    await expect(alertOf(page)).toContainText('share link: The link is damaged: its data does not check out.');
    await lookAt(page, 'share-damaged');

    await page.goto(`/#quiz=${LINKS.cut}`);
    await expect(alertOf(page)).toContainText('The link is cut short');
    await page.goto('/#quiz=3.AAAA');
    await expect(alertOf(page)).toContainText('a newer RoleCall (format 3)');
    await page.goto(`/#quiz=${LINKS.mini.slice(0, 40)}%20${LINKS.mini.slice(40)}`);
    await expect(alertOf(page)).toContainText('character 41 (“ ”) cannot be in a share link');
    // Back to the built-in quiz, and out of the address: a reload agrees.
    await page.getByRole('button', { name: 'Back to the built-in quiz' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
    expect(errors).toEqual([]);
  });

  test('a link to a broken quiz lists its problems at their lines', async ({ page }) => {
    await page.goto(`/#quiz=${LINKS.broken}`);
    await expect(alertOf(page).getByRole('heading', { level: 1 })).toContainText('This quiz file has');
    await expect(alertOf(page).locator('code.where').first()).toHaveText(/^share link:\d+:\d+:$/);
    await expect(alertOf(page)).toContainText('ask the person who shared it');
  });

  test('a share link pasted into a tab already open on RoleCall opens', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
    await page.evaluate((payload) => {
      location.hash = `#quiz=${payload}`;
    }, LINKS.mini);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
  });
});

test.describe('a quiz file', () => {
  test('picked from the start screen replaces the quiz for this visit, and the built-in one is a click away', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Use your own quiz' })).toBeVisible();
    await page.getByLabel('Open a quiz file…').setInputFiles(path.join(repoRoot, 'tests/fixtures/mini.toml'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
    const notice = page.getByText(`You are using “${MINI_TITLE}” from mini.toml, for this visit only.`);
    await expect(notice).toBeFocused();
    // Announced politely as well (the notice has the focus, and the live region says what happened).
    await expect(page.getByRole('status').filter({ hasText: `Opened “${MINI_TITLE}” from mini.toml.` })).toHaveCount(1);
    await lookAt(page, 'file-opened');
    // A file has no address another page could load: neither presenting nor embedding is offered for it.
    await expect(page.getByRole('button', { name: 'Present to a class' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Embed this quiz' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Start' }).click();
    await answerRightly(page, mini);
    await page.getByRole('button', { name: 'Back to the built-in quiz' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
    await expect(notice).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('dropped anywhere on the page opens, with a hint while it is dragged', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
    await dropFile(page, 'mine.toml', readFileSync(path.join(repoRoot, 'tests/fixtures/mini.toml'), 'utf8'), { drop: false });
    await expect(page.getByText('Drop the quiz file to open it')).toBeVisible();
    await lookAt(page, 'drop-hint');
    await dropFile(page, 'mine.toml', readFileSync(path.join(repoRoot, 'tests/fixtures/mini.toml'), 'utf8'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINI_TITLE);
    await expect(page.getByText('Drop the quiz file to open it')).toHaveCount(0);
    await expect(page.getByText(`You are using “${MINI_TITLE}” from mine.toml, for this visit only.`)).toBeVisible();
  });

  test('a broken or foreign file dropped gets the problem screen with its name', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
    await dropFile(page, 'broken.toml', readFileSync(path.join(repoRoot, 'tests/fixtures/broken.toml'), 'utf8'));
    await expect(alertOf(page).getByRole('heading', { level: 1 })).toContainText('This quiz file has');
    await expect(alertOf(page).locator('code.where').first()).toHaveText(/^broken\.toml:\d+:\d+:$/);
    await expect(alertOf(page)).toContainText('Fix the file and open it again.');
    await lookAt(page, 'file-problems');
    // Another file, dropped on the problem screen.
    await dropFile(page, 'notes.html', '<!doctype html><p>Not a quiz</p>');
    await expect(alertOf(page).getByRole('heading', { level: 1 })).toHaveText('This is not a RoleCall quiz');
    await expect(alertOf(page)).toContainText('notes.html: This is a web page');
    await page.getByRole('button', { name: 'Back to the built-in quiz' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.quiz.title);
  });

  test('is not offered in presenter mode or embeds', async ({ page }) => {
    await page.goto('/?mode=present');
    await expect(page.getByRole('button', { name: 'Back to self-study' })).toBeVisible();
    await expect(page.getByLabel('Open a quiz file…')).toHaveCount(0);
    await dropFile(page, 'mine.toml', readFileSync(path.join(repoRoot, 'tests/fixtures/mini.toml'), 'utf8'));
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(MINI_TITLE);
  });
});
