import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { baseURL, port } from './tests/e2e/support/site.ts';

// Playwright cannot download browsers on the project machines, which have Debian's chromium;
// elsewhere (a laptop, GitHub Actions) Playwright's own browser is used.
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: { baseURL, locale: 'ja-JP', trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', testIgnore: 'a11y/**', use: { ...devices['Desktop Chrome'], launchOptions } },
    // axe on every built page; traces would only slow it down, and the failure message lists each node.
    { name: 'a11y', testMatch: 'a11y/axe.spec.ts', use: { ...devices['Desktop Chrome'], launchOptions, trace: 'off' } },
    { name: 'a11y-results', testMatch: 'a11y/results.spec.ts', dependencies: ['a11y'] },
  ],
  webServer: {
    // Serves the already built dist/ (npm test builds first).
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
