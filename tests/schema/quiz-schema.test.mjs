// docs/quiz.schema.json with a real JSON Schema validator (Ajv, draft 2020-12, strict mode): every quiz in the
// repository validates, and broken ones do not, each failing where and how it should. The quiz files are parsed
// with smol-toml, as an editor's TOML support parses them before applying the schema.
// Run: node --test tests/schema/   (a step of .ci/test.sh)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'smol-toml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (relative) => readFileSync(path.join(root, relative), 'utf8');

const schema = JSON.parse(read('docs/quiz.schema.json'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** Parse a quiz as an editor does (a byte order mark is not part of the text). */
const parseQuiz = (text) => parse(text.replace(/^\uFEFF/, ''));

/** The complete example in docs/quiz-format.md: the one TOML block that sets `schema`. */
function docsExample() {
  const blocks = [...read('docs/quiz-format.md').matchAll(/```toml\n([\s\S]*?)```/g)].map((m) => m[1]);
  const complete = blocks.filter((b) => /^schema = 1/m.test(b));
  assert.equal(complete.length, 1, 'one complete example in docs/quiz-format.md');
  return complete[0];
}

const errorsOf = () => (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`);

describe('every quiz in the repository validates', () => {
  const files = [
    ...readdirSync(path.join(root, 'assets/quizzes'))
      .filter((f) => f.endsWith('.toml'))
      .map((f) => `assets/quizzes/${f}`),
    'tests/fixtures/mini.toml',
    // The editor's template, with one practice item of each kind.
    'assets/template.toml',
    // Corpus files that load: markup, right-to-left and emoji text, a byte order mark, CRLF, a long line.
    ...['html-and-script', 'rtl-and-emoji', 'bom', 'crlf', 'overlong-line'].map((n) => `tests/corpus/${n}.toml`),
  ];

  test('the shipped quizzes are all here', () => {
    assert.ok(files.includes('assets/quizzes/cm-vs-smm.toml'));
    assert.ok(files.includes('assets/quizzes/support-or-sales.toml'));
  });

  for (const file of files) {
    test(file, () => {
      assert.ok(validate(parseQuiz(read(file))), errorsOf().join('\n'));
    });
  }

  test('the complete example in docs/quiz-format.md', () => {
    assert.ok(validate(parseQuiz(docsExample())), errorsOf().join('\n'));
  });

  test('the example with its chart translated, keeping the original wording', () => {
    assert.ok(validate(translatedExample()), errorsOf().join('\n'));
  });
});

/** The docs' example at schema 2 with the docs' practice example appended, as the practice section says. */
function practiceExample() {
  const blocks = [...read('docs/quiz-format.md').matchAll(/```toml\n([\s\S]*?)```/g)].map((m) => m[1]);
  const practice = blocks.filter((b) => b.includes('[[practice.items]]'));
  assert.equal(practice.length, 1, 'one practice example in docs/quiz-format.md');
  return parseQuiz(`${docsExample().replace('schema = 1 ', 'schema = 2 ')}\n${practice[0]}`);
}

describe('practice items (schema 2)', () => {
  test('the practice example in docs/quiz-format.md validates', () => {
    assert.ok(validate(practiceExample()), errorsOf().join('\n'));
  });
  const cases = [
    { name: 'practice at schema 1', change: (q) => { q.schema = 1; }, where: '/schema', keyword: 'const' },
    { name: 'an unknown kind', change: (q) => { q.practice.items[5].kind = 'traits'; },
      where: '/practice/items/5/kind', keyword: 'enum' },
    { name: 'a duty without its list', change: (q) => { delete q.practice.items[0].list; },
      where: '/practice/items/0', keyword: 'required' },
    { name: 'a duty with a source of its own', change: (q) => { q.practice.items[0].source = 'house-rules'; },
      where: '/practice/items/0', keyword: 'not' },
    { name: 'a talk item without a source', change: (q) => { delete q.practice.items[3].source; },
      where: '/practice/items/3', keyword: 'required' },
    { name: 'a question with one option', change: (q) => { q.practice.questions[1].options.pop(); },
      where: '/practice/questions/1/options', keyword: 'minItems' },
    { name: 'hard that is not true or false', change: (q) => { q.practice.items[4].hard = 'yes'; },
      where: '/practice/items/4/hard', keyword: 'type' },
  ];
  for (const { name, change, where, keyword } of cases) {
    test(name, () => {
      const quiz = practiceExample();
      change(quiz);
      assert.equal(validate(quiz), false, `${name} validated`);
      const found = validate.errors.some((e) => (e.instancePath || '/') === where && e.keyword === keyword);
      assert.ok(found, `expected ${keyword} at ${where}; got:\n${errorsOf().join('\n')}`);
    });
  }
});

/** The docs' example with its chart replaced by the docs' translated chart, which keeps its original. */
function translatedExample() {
  const blocks = [...read('docs/quiz-format.md').matchAll(/```toml\n([\s\S]*?)```/g)].map((m) => m[1]);
  const chart = blocks.filter((b) => b.includes('[chart.original]'));
  assert.equal(chart.length, 1, 'one translated chart in docs/quiz-format.md');
  const example = docsExample();
  const start = example.indexOf('[chart]\n');
  const end = example.indexOf('# --- Scenarios');
  return parseQuiz(`${example.slice(0, start)}${chart[0]}\n${example.slice(end)}`);
}

describe('a translated chart gives its original wording whole or not at all', () => {
  const cases = [
    { name: 'a row without its original', change: (q) => { delete q.chart.rows[1].original; },
      where: '/chart/rows/1', keyword: 'required' },
    { name: 'rows with an original and no [chart.original]', change: (q) => { delete q.chart.original; },
      where: '/chart', keyword: 'required' },
    { name: '[chart.original] without its language', change: (q) => { delete q.chart.original.language; },
      where: '/chart/original', keyword: 'required' },
    { name: 'a language name for the original', change: (q) => { q.chart.original.language = 'English'; },
      where: '/chart/original/language', keyword: 'pattern' },
    { name: 'a key that is not a cell in a row\'s original', change: (q) => { q.chart.rows[0].original.team = 'front-office'; },
      where: '/chart/rows/0/original', keyword: 'additionalProperties' },
  ];
  for (const { name, change, where, keyword } of cases) {
    test(name, () => {
      const quiz = translatedExample();
      change(quiz);
      assert.equal(validate(quiz), false, `${name} validated`);
      const found = validate.errors.some((e) => (e.instancePath || '/') === where && e.keyword === keyword);
      assert.ok(found, `expected ${keyword} at ${where}; got:\n${errorsOf().join('\n')}`);
    });
  }
});

describe('broken quizzes do not validate, each where it is broken', () => {
  // Each case: one change to the docs' example, as text (`edit`: find, replace) or to the parsed quiz
  // (`change`), and the place (a JSON pointer) and JSON Schema keyword of the error the schema must report.
  const cases = [
    { name: 'a typo in a key', edit: ['story = "A couple asks', 'stroy = "A couple asks'],
      where: '/scenarios/1', keyword: 'additionalProperties' },
    { name: 'a missing required key', edit: ['title = "Who helps the guest?"\n', ''], where: '/', keyword: 'required' },
    { name: 'a schema version from the future', edit: ['schema = 1 ', 'schema = 3 '], where: '/schema', keyword: 'enum' },
    { name: 'a space in an id', edit: ['id = "theatre-seats"', 'id = "theatre seats"'],
      where: '/scenarios/1/id', keyword: 'pattern' },
    { name: 'an id over 64 characters', edit: ['id = "theatre-seats"', `id = "${'x'.repeat(65)}"`],
      where: '/scenarios/1/id', keyword: 'pattern' },
    { name: 'text that is only spaces', edit: ['title = "Two seats for tonight"', 'title = "   "'],
      where: '/scenarios/1/title', keyword: 'pattern' },
    { name: 'a number where text goes', edit: ['title = "Two seats for tonight"', 'title = 42'],
      where: '/scenarios/1/title', keyword: 'type' },
    { name: 'a role by channel that is not an id', edit: ['lobby = "concierge" }', 'lobby = 3 }'],
      where: '/chart/rows/2/role', keyword: 'oneOf' },
    { name: 'a why keyed by something that is not an id',
      edit: ['concierge = "Finding tickets', '"con cierge" = "Finding tickets'],
      where: '/scenarios/1/why', keyword: 'propertyNames' },
    { name: 'a language name instead of a tag', edit: ['language = "en"', 'language = "English"'],
      where: '/language', keyword: 'pattern' },
    { name: 'a language tag with an underscore', edit: ['language = "en"', 'language = "en_GB"'],
      where: '/language', keyword: 'pattern' },
    { name: 'a why for too few options', change: (q) => { q.scenarios[0].why = { a: 'x', b: 'y', c: 'z' }; },
      where: '/scenarios/0/why', keyword: 'minProperties' },
    { name: 'ten roles',
      change: (q) => { q.roles = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, label: `Role ${i}` })); },
      where: '/roles', keyword: 'maxItems' },
    { name: 'one team', change: (q) => { q.teams = q.teams.slice(0, 1); }, where: '/teams', keyword: 'minItems' },
    { name: 'an empty list of channels', change: (q) => { q.channels = []; }, where: '/channels', keyword: 'minItems' },
    { name: 'no scenarios', change: (q) => { q.scenarios = []; }, where: '/scenarios', keyword: 'minItems' },
    { name: 'questions that are not a table', change: (q) => { q.questions = 'who?'; },
      where: '/questions', keyword: 'type' },
  ];

  for (const { name, edit, change, where, keyword } of cases) {
    test(name, () => {
      let text = docsExample();
      if (edit) {
        assert.ok(text.includes(edit[0]), `the example has ${JSON.stringify(edit[0])}`);
        text = text.replace(edit[0], edit[1]);
      }
      const quiz = parseQuiz(text);
      change?.(quiz);
      assert.equal(validate(quiz), false, `${name} validated`);
      const found = validate.errors.some((e) => (e.instancePath || '/') === where && e.keyword === keyword);
      assert.ok(found, `expected ${keyword} at ${where}; got:\n${errorsOf().join('\n')}`);
    });
  }
});
