import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { normaliseBase } from './src/lib/base-path.ts';
import { specPort } from './e2e/support/static-server.ts';

// Tests run against the production build served by `astro preview`, under BASE_PATH when one is set.
const PORT = Number(process.env.PORT ?? 4321);
const BASE = normaliseBase(process.env.BASE_PATH);
// A system Chromium where there is one (no download needed); Playwright's own browser otherwise.
const systemChromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  timeout: 30_000,
  // Service workers are blocked: the request guard (e2e/support/fixtures.ts) cannot see what a worker answers.
  use: { baseURL: `http://127.0.0.1:${PORT}${BASE}`, serviceWorkers: 'block' },
  projects: [
    { name: 'chromium', use: chromium, testIgnore: /offline\.spec\.ts/ },
    // The service worker, on servers of its own that the spec stops to take the network away.
    {
      name: 'offline',
      testMatch: /offline\.spec\.ts/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${specPort()}${BASE}`, serviceWorkers: 'allow' },
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
