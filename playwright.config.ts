import { defineConfig, devices } from '@playwright/test';
import type { Target } from './e2e/support/fixtures';

/**
 * Playwright drives Debian's Chromium (no browser downloads on these machines). Each test gets a
 * fresh browser context, so the embedded control plane starts from its demo seed every time and
 * tests stay independent and parallel-safe.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/**
 * CI tests the production build (vite preview). E2E_DEV=1 tests the dev server instead, so several
 * people can iterate on specs at once, each on their own E2E_PORT, without sharing a dist/ folder.
 */
const DEV = process.env.E2E_DEV === '1';

export default defineConfig<{ target: Target }>({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } },
    // The editors again, against `nbrc serve --token` over HTTP: the real-server path (e2e/support/fixtures.ts).
    { name: 'served-api', testMatch: /editors\/.*\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined, target: 'served' } },
  ],
  webServer: {
    command: DEV
      ? `npx vite --host 127.0.0.1 --port ${PORT} --strictPort`
      : `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
