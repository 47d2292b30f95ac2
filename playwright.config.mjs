// Playwright e2e config: Debian's Chromium (/usr/bin/chromium; never `npx playwright install`), headless,
// against the release build in dist/ served by tests/e2e/serve.mjs on an unusual port.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium.mjs';

const PORT = Number(process.env.E2E_PORT || 4817);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.mjs',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The machine has 2 cores: Chromium, the server and the runner share them.
  workers: Number(process.env.E2E_WORKERS || 2),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/e2e/summary-reporter.mjs']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    // The specs read the English interface; language.spec.mjs sets its own locale where it needs Spanish.
    locale: 'en-US',
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    // The embed specs serve blog pages from public-looking origins (https://blog.test via page.route) that
    // frame the app on this loopback server; Chromium's Local Network Access asks permission for that.
    permissions: ['local-network-access'],
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node tests/e2e/serve.mjs --port ${PORT}`,
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
