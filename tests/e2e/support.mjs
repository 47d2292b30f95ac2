// Shared helpers for the e2e specs: the quiz bank as data (so tests know the right answers without
// trusting the app), and an axe-core scan that fails with a readable list of violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { parse } from 'smol-toml';

const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Load a quiz file and index it: scenario by title, and role/team labels by id. */
export function loadQuiz(relative) {
  const quiz = parse(readFileSync(path.join(repoRoot, relative), 'utf8'));
  const label = Object.fromEntries([...quiz.roles, ...quiz.teams].map((c) => [c.id, c.label]));
  const byTitle = new Map(quiz.scenarios.map((s) => [s.title, s]));
  return {
    quiz,
    /** The scenario whose title is on screen, with its right and wrong answer labels. */
    scenario(title) {
      const s = byTitle.get(title);
      if (!s) throw new Error(`no scenario titled ${JSON.stringify(title)}`);
      const wrongRole = quiz.roles.find((r) => r.id !== s.role).id;
      const wrongTeam = quiz.teams.find((t) => t.id !== s.team).id;
      return {
        ...s,
        wrongRole,
        wrongTeam,
        roleLabel: label[s.role],
        teamLabel: label[s.team],
        wrongRoleLabel: label[wrongRole],
        wrongTeamLabel: label[wrongTeam],
        rowMeasure: quiz.chart.rows.find((r) => r.id === s.row).measure,
      };
    },
  };
}

export const bank = loadQuiz('assets/quizzes/cm-vs-smm.toml');
/** The built-in quiz's Spanish edition: the same ids, rows and answers, in Spanish. */
export const bankEs = loadQuiz('assets/quizzes/cm-vs-smm.es.toml');

/** Fail the test on any uncaught page error or console error. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** axe-core's source, read once. */
let axeSource = null;

/** Run axe-core on a page or a frame; expect zero violations (printed with their targets if any). */
export async function expectNoAxeViolations(page, label) {
  // Evaluated through the DevTools protocol, not added as a <script>: the pages' Content-Security-Policy
  // (tests/e2e/csp.mjs) rightly refuses an inline script, and the test's own tools are not the page's code.
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { resultTypes: ['violations'] }),
  );
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** The scenario title on screen (the card's level-2 heading). */
export async function currentTitle(page) {
  return (await page.getByRole('heading', { level: 2 }).first().textContent()).trim();
}
