// Benchmark (not a test; nothing here asserts): cold loads of the release build in Debian's Chromium.
//   node tests/e2e/bench.mjs [--root target/bench-dist] [--runs 10] [--port 4818] [--out results.json]
// Each run opens a fresh browser context with the HTTP cache disabled, loads /?start=1 and measures the time
// from navigation start to the first scenario's options being clickable: a radio inside a fieldset is visible
// and enabled (waitForSelector), then performance.now() read in the page (ms since navigation start; it also
// includes Playwright's polling, a few ms at most).
// Then progress: one session of a 40-scenario quiz is played to its last card, and the saved record's size
// is reported; each of the same number of cold loads starts with that record in localStorage and measures
// the time until the resumed card (scenario 40 of 40) has clickable options: the time to restore.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const root = option('root', 'dist');
const runs = Number(option('runs', '10'));
const port = Number(option('port', process.env.BENCH_PORT || '4818'));
const out = option('out', '');
const url = `http://127.0.0.1:${port}/?start=1`;
const READY = 'fieldset input[type=radio]:enabled';

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
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const ms = (x) => `${x.toFixed(1)} ms`;

const server = await startServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});

const ready = [];
const domContentLoaded = [];
const restored = [];
let recordBytes = 0;
const KEY = 'rolecall.v1.progress.cm-vs-smm';

/** A fresh context with the HTTP cache disabled; `record` is put in localStorage before the app starts. */
async function coldPage(record) {
  const context = await browser.newContext();
  if (record) {
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, record]);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page };
}
try {
  console.log(`${runs} cold loads of ${url} (fresh context, cache disabled), until '${READY}' is visible:`);
  for (let i = 1; i <= runs; i++) {
    const { context, page } = await coldPage(null);
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForSelector(READY, { state: 'visible', timeout: 30_000 });
    } catch (e) {
      throw new Error(`run ${i}: '${READY}' never became visible at ${url}: ${e.message}\n` +
        (pageErrors.length ? `page errors: ${pageErrors.join(' | ')}` : ''));
    }
    const t = await page.evaluate(() => performance.now());
    const dcl = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return nav ? nav.domContentLoadedEventEnd : NaN;
    });
    ready.push(t);
    domContentLoaded.push(dcl);
    console.log(`  run ${String(i).padStart(2)}: options clickable at ${ms(t)} (DOMContentLoaded ${ms(dcl)})`);
    await context.close();
  }

  // A 40-scenario session played to its last card, by clicking the first option of each question.
  {
    const { context, page } = await coldPage(null);
    await page.goto(`http://127.0.0.1:${port}/?count=40&seed=1&start=1`);
    for (let i = 1; i < 40; i++) {
      await page.locator('fieldset').nth(0).locator('input').first().check();
      await page.locator('fieldset').nth(1).locator('input').first().check();
      await page.getByRole('button', { name: 'Check my answer' }).click();
      await page.locator('.feedback-panel .primary').click();
    }
    await page.getByText('Scenario 40 of 40', { exact: true }).waitFor();
    const record = await page.evaluate((key) => localStorage.getItem(key), KEY);
    recordBytes = new TextEncoder().encode(record).length;
    console.log(`\nprogress record after 39 of 40 scenarios: ${recordBytes} bytes`);
    await context.close();
    console.log(`${runs} cold loads of / with that record saved, until the resumed card's options are clickable:`);
    for (let i = 1; i <= runs; i++) {
      const { context: c, page: p } = await coldPage(record);
      await p.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
      await p.waitForSelector(READY, { state: 'visible', timeout: 30_000 });
      const t = await p.evaluate(() => performance.now());
      if (!(await p.getByText('Scenario 40 of 40', { exact: true }).isVisible())) {
        throw new Error(`run ${i}: the saved session did not resume at scenario 40`);
      }
      restored.push(t);
      console.log(`  run ${String(i).padStart(2)}: resumed card clickable at ${ms(t)}`);
      await c.close();
    }
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}

const r = stats(ready);
const d = stats(domContentLoaded.filter((x) => Number.isFinite(x)));
console.log(`first options clickable: median ${ms(r.median)}, min ${ms(r.min)}, max ${ms(r.max)}`);
console.log(`DOMContentLoaded:        median ${ms(d.median)}, min ${ms(d.min)}, max ${ms(d.max)}`);
const rs = stats(restored);
console.log(`resumed card clickable:  median ${ms(rs.median)}, min ${ms(rs.min)}, max ${ms(rs.max)}`);
if (out) {
  const result = { url, runs, ready: r, domContentLoaded: d, samples: ready, recordBytes, restored: rs };
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
}
