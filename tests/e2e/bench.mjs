// Benchmark (not a test; nothing here asserts a size or a time): the release build in Debian's Chromium.
//   node tests/e2e/bench.mjs [--root target/bench-dist] [--runs 10] [--port 4818] [--out results.json]
//                            [--title "…"]   (the table's heading)
//                            [--parts weights,learner,embed,progress]   (the measures to take; all by default)
// Every browser context is fresh, with the HTTP cache disabled and service workers blocked: each load is a
// first visit. Measured:
//   1. what each page loads (/, embed.html, practice.html, join.html, play.html, present.html, edit.html,
//      share.html; a page the build lacks is left out): every file the page and its frames fetched until the
//      network was idle, raw, gzip -9 and brotli (quality 11) per file, by kind; and what
//      the service worker fetches afterwards in the background (every file of the build);
//   2. RUNS cold loads of /?start=1: ms from navigation start to the first scenario's options being clickable
//      (a radio inside a fieldset visible and enabled, then performance.now() read in the page: it includes
//      Playwright's polling, a few ms at most); the main thread's script time during that load (CDP
//      Performance.getMetrics ScriptDuration); then Check → feedback: a role and a team are chosen and
//      "Check my answer" clicked, and the page itself measures from the click event's timeStamp to (a) the
//      feedback heading (#feedback-heading) being in the document and laid out (a MutationObserver forces its
//      layout as soon as it appears: the page's own work, comparable to a hand-written page's), and (b) the frame
//      after that (requestAnimationFrame, then a task: what the eye can see, which adds the wait for the next
//      vsync, 0-16.7 ms at 60 Hz);
//   3. RUNS cold loads of examples/blog-post.html (the embed as a blog's reader meets it): ms from the post's
//      navigation start to the first embed's options being clickable (its start screen's length choice),
//      and the script time of the post with its frames;
//   4. progress: one session of a 40-scenario quiz played to its last card, the saved record's size, and RUNS
//      cold loads that resume it (ms until the resumed card, 40 of 40, has clickable options).
// Prints each run, then a markdown table (and writes everything as JSON with --out).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const root = path.resolve(repoRoot, option('root', 'dist'));
const runs = Number(option('runs', '10'));
const port = Number(option('port', process.env.BENCH_PORT || '4818'));
const out = option('out', '');
const title = option('title', 'RoleCall benchmark');
const parts = new Set(option('parts', 'weights,learner,embed,progress').split(','));
const origin = `http://127.0.0.1:${port}`;
const READY = 'fieldset input[type=radio]:enabled';
const PAGES = [
  { name: 'learner', address: '/', file: 'index.html' },
  // The embed of the built-in quiz, as the host script opens it for options alone (examples/blog-post.html).
  { name: 'embed', address: '/embed.html?count=3&seed=7&mode=embed', file: 'embed.html' },
  { name: 'practice', address: '/practice.html', file: 'practice.html' },
  { name: 'phone', address: '/join.html', file: 'join.html' },
  { name: 'play', address: '/play.html', file: 'play.html' },
  { name: 'present', address: '/present.html', file: 'present.html' },
  { name: 'edit', address: '/edit.html', file: 'edit.html' },
  { name: 'share', address: '/share.html', file: 'share.html' },
];

function startServer() {
  const child = spawn(process.execPath, [path.join(here, 'serve.mjs'), '--port', String(port), '--root', root], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with code ${code}`)));
    child.stdout.once('data', () => resolve(child));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), samples: xs });
const ms = (x) => `${x.toFixed(1)} ms`;

/** Raw, gzip -9 and brotli (quality 11) bytes of a file of the build. */
const weighed = new Map();
function weigh(file) {
  if (!weighed.has(file)) {
    const bytes = readFileSync(path.join(root, file));
    weighed.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return weighed.get(file);
}
const KINDS = { '.html': 'HTML', '.js': 'JS', '.wasm': 'wasm', '.css': 'CSS', '.json': 'quiz data', '.toml': 'quiz data' };
const kindOf = (file) => KINDS[path.extname(file)] || 'other';
/** Totals of a list of files: by kind, the code (HTML + JS + wasm + CSS), and everything. */
function totals(files) {
  const sum = {};
  const add = (key, w) => {
    sum[key] ??= { raw: 0, gzip: 0, brotli: 0, files: 0 };
    for (const k of ['raw', 'gzip', 'brotli']) sum[key][k] += w[k];
    sum[key].files += 1;
  };
  for (const file of files) {
    const w = weigh(file);
    add(kindOf(file), w);
    if (['HTML', 'JS', 'wasm', 'CSS'].includes(kindOf(file))) add('code', w);
    add('all', w);
  }
  return sum;
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });

/** A first visit: a fresh context, HTTP cache disabled, no service worker; `record` preset in localStorage. */
async function coldPage(record) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US', viewport: { width: 1280, height: 2000 } });
  if (record) {
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, record]);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN);
  };
  return { context, page, scriptMs };
}

/** Wait until READY is visible in `where` (a page or a frame locator); a readable failure. */
async function ready(where, label, errors) {
  try {
    await where.locator(READY).first().waitFor({ state: 'visible', timeout: 30_000 });
  } catch (e) {
    throw new Error(`${label}: '${READY}' never became visible: ${e.message}\n` + (errors.length ? `page errors: ${errors.join(' | ')}` : ''));
  }
}

const KEY = 'rolecall.v1.progress.cm-vs-smm';
const result = { title, runs, root: path.relative(repoRoot, root), pages: {}, background: null };

try {
  // 1. What each page loads.
  for (const { name, address, file } of parts.has('weights') ? PAGES : []) {
    if (!existsSync(path.join(root, file))) {
      console.log(`${name}: ${file} is not in this build`);
      continue;
    }
    const { context, page } = await coldPage(null);
    const fetched = new Set();
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.origin === origin && r.status() === 200) fetched.add(url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1)));
    });
    await page.goto(origin + address, { waitUntil: 'networkidle' });
    await page.locator('main').first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    const files = [...fetched].sort();
    if (!files.includes(file)) throw new Error(`${address} did not load ${file}: ${files.join(', ')}`);
    result.pages[name] = { address, files: files.map((f) => ({ file: f, ...weigh(f) })), totals: totals(files) };
    const t = result.pages[name].totals;
    console.log(`${name} (${address}): ${files.length} files, code ${t.code.gzip} B gzip, all ${t.all.gzip} B gzip: ${files.join(' ')}`);
    await context.close();
  }
  // What the service worker then fetches in the background: every file it lists (all of the build).
  if (parts.has('weights')) {
    const sw = readFileSync(path.join(root, 'sw.js'), 'utf8');
    const listed = JSON.parse(sw.match(/const FILES = (\[[^\]]*\])/)[1]).map((f) => f.replace(/^\.\//, '')).filter((f) => f);
    result.background = { files: listed.length, totals: totals(listed) };
  }

  // 2. The learner's page: cold loads to the first options, script time, Check → feedback.
  if (parts.has('learner')) {
    const learner = { ready: [], script: [], laid: [], check: [] };
    const url = `${origin}/?start=1`;
    console.log(`\n${runs} cold loads of ${url}:`);
    for (let i = 1; i <= runs; i++) {
      const { context, page, scriptMs } = await coldPage(null);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url, { waitUntil: 'commit' });
      await ready(page, `run ${i}`, errors);
      const t = await page.evaluate(() => performance.now());
      const script = await scriptMs();
      // Check → feedback, measured by the page from the click event to the frame after the heading is laid out.
      await page.evaluate(() => {
        window.benchCheck = new Promise((resolve) => {
          let laid = null;
          document.addEventListener('click', (event) => {
            const button = event.target.closest('button');
            if (!button || !/Check my answer/.test(button.textContent)) return;
            const start = event.timeStamp;
            const done = () => {
              laid = performance.now() - start;
              requestAnimationFrame(() => setTimeout(() => resolve({ laid, frame: performance.now() - start })));
            };
            const seen = () => {
              const h = document.getElementById('feedback-heading');
              return h && h.getBoundingClientRect().height > 0;
            };
            if (seen()) return done();
            const observer = new MutationObserver(() => seen() && (observer.disconnect(), done()));
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          }, { capture: true });
        });
      });
      await page.locator('fieldset').nth(0).locator('input').first().check();
      await page.locator('fieldset').nth(1).locator('input').first().check();
      await page.getByRole('button', { name: 'Check my answer' }).click();
      const check = await page.evaluate(() => window.benchCheck);
      learner.ready.push(t);
      learner.script.push(script);
      learner.laid.push(check.laid);
      learner.check.push(check.frame);
      console.log(`  run ${String(i).padStart(2)}: options clickable at ${ms(t)}, script ${ms(script)}, Check → feedback laid out ${ms(check.laid)}, on screen ${ms(check.frame)}`);
      await context.close();
    }
    result.learner = { url, ready: stats(learner.ready), script: stats(learner.script), laid: stats(learner.laid),
      check: stats(learner.check) };
  }

  // 3. The embed in the example blog post.
  if (parts.has('embed')) {
    const embed = { ready: [], script: [] };
    const post = `${origin}/examples/blog-post.html`;
    console.log(`\n${runs} cold loads of ${post}, until the first embed's options are clickable:`);
    for (let i = 1; i <= runs; i++) {
      const { context, page, scriptMs } = await coldPage(null);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(post, { waitUntil: 'commit' });
      const frame = page.locator('[data-rolecall] iframe').first().contentFrame();
      await ready(frame, `run ${i}`, errors);
      const t = await page.evaluate(() => performance.now());
      const script = await scriptMs();
      embed.ready.push(t);
      embed.script.push(script);
      console.log(`  run ${String(i).padStart(2)}: embed's options clickable at ${ms(t)}, script ${ms(script)}`);
      await context.close();
  }
  result.embed = { url: post, ready: stats(embed.ready), script: stats(embed.script) };
  }

  // 4. A 40-scenario session played to its last card, by choosing the first option of each question.
  if (parts.has('progress')) {
    const { context, page } = await coldPage(null);
    await page.goto(`${origin}/?count=40&seed=1&start=1`);
    for (let i = 1; i < 40; i++) {
      await page.locator('fieldset').nth(0).locator('input').first().check();
      await page.locator('fieldset').nth(1).locator('input').first().check();
      await page.getByRole('button', { name: 'Check my answer' }).click();
      await page.locator('.feedback-panel .primary').click();
    }
    await page.getByText('Scenario 40 of 40', { exact: true }).waitFor();
    // The page saves after it paints (src/app/session.rs), and at once when the reader leaves: leave, as it
    // were, so the record read is the one with card 40 asked (read before the save, it was card 39's feedback,
    // which resumes with no options to click).
    const record = await page.evaluate((key) => {
      dispatchEvent(new Event('pagehide'));
      return localStorage.getItem(key);
    }, KEY);
    result.recordBytes = new TextEncoder().encode(record).length;
    console.log(`\nprogress record after 39 of 40 scenarios: ${result.recordBytes} bytes`);
    await context.close();
    console.log(`${runs} cold loads of / with that record saved, until the resumed card's options are clickable:`);
    const restored = [];
    for (let i = 1; i <= runs; i++) {
      const { context: c, page: p } = await coldPage(record);
      await p.goto(`${origin}/`, { waitUntil: 'commit' });
      await ready(p, `resume run ${i}`, []);
      const t = await p.evaluate(() => performance.now());
      if (!(await p.getByText('Scenario 40 of 40', { exact: true }).isVisible())) {
        throw new Error(`run ${i}: the saved session did not resume at scenario 40`);
      }
      restored.push(t);
      console.log(`  run ${String(i).padStart(2)}: resumed card clickable at ${ms(t)}`);
      await c.close();
    }
    result.restored = stats(restored);
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}

if (out) writeFileSync(out, JSON.stringify(result, null, 2) + '\n');

// The table.
const b = (x) => `${x.toLocaleString('en-US')} B`;
const kib = (x) => `${(x / 1024).toFixed(1)} KiB`;
const row = (label, w) => `| ${label} | ${b(w.raw)} | ${b(w.gzip)} (${kib(w.gzip)}) | ${b(w.brotli)} |`;
const lines = [`## ${title}`, '', '| what a first visit loads | raw | gzip -9 | brotli 11 |', '|---|---:|---:|---:|'];
for (const { name, address } of PAGES) {
  if (!result.pages[name]) continue;
  const t = result.pages[name].totals;
  const kinds = ['HTML', 'JS', 'wasm', 'CSS'].filter((k) => t[k]).map((k) => `${k} ${kib(t[k].gzip)}`).join(', ');
  lines.push(row(`**${name}** \`${address}\`: HTML + JS + wasm + CSS (gzip: ${kinds})`, t.code));
  if (t['quiz data']) lines.push(row(`${name}: quiz data it fetched`, t['quiz data']));
}
if (result.background) {
  lines.push(row(`after a first visit, the service worker fetches every file of the build (${result.background.files} files)`, result.background.totals.all));
}
const timing = (label, s) => `| ${label} | ${ms(s.median)} | ${ms(s.min)} | ${ms(s.max)} |`;
lines.push('', `| ${runs} cold loads each (fresh context, no cache, headless Chromium) | median | min | max |`, '|---|---:|---:|---:|');
if (result.learner) {
  lines.push(timing('learner `/?start=1`: navigation → first options clickable', result.learner.ready));
  lines.push(timing('learner `/?start=1`: main-thread script time until then (ScriptDuration)', result.learner.script));
  lines.push(timing('learner: click on "Check my answer" → feedback heading in the page, laid out', result.learner.laid));
  lines.push(timing('learner: click on "Check my answer" → the frame after it (on screen)', result.learner.check));
}
if (result.embed) {
  lines.push(timing('embed in `examples/blog-post.html`: navigation → its options clickable', result.embed.ready));
  lines.push(timing('embed: script time of the post and its frames until then', result.embed.script));
}
if (result.restored) {
  lines.push(timing(`\`/\` resuming a 40-scenario session at its last card (record of ${result.recordBytes} B)`, result.restored));
}
console.log('\n' + lines.join('\n'));
