import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import getPort from 'get-port';

// The suite serves the dist/ it just built on a port nobody else holds, and never reuses a server it did
// not start: a reader's `npm start` on 4321 must neither block `npm test` nor be tested in its place.
// The port is chosen once, here in the runner; workers inherit it through the environment.
process.env.E2E_PORT ??= String(await getPort({ host: '127.0.0.1' }));
const { basePath, baseURL, mirrorDir, port } = await import('./tests/e2e/support/site.ts');
// The offline mirror (`npm run mirror`, which npm test runs), served by the command README documents;
// it is served at the root, so a build for a sub-path is not checked as a mirror.
const withMirror = existsSync(mirrorDir) && basePath === '/';
if (withMirror) process.env.E2E_MIRROR_PORT ??= String(await getPort({ host: '127.0.0.1' }));
const mirrorURL = `http://127.0.0.1:${process.env.E2E_MIRROR_PORT}/`;

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
  // The first search loads the UI, the wasm and the index on use; a busy CI machine needs more than 5 s.
  expect: { timeout: 10_000 },
  use: { baseURL, locale: 'ja-JP', trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', testIgnore: ['a11y/**', 'mirror/**'], use: { ...devices['Desktop Chrome'], launchOptions } },
    // axe on every built page; traces would only slow it down, and the failure message lists each node.
    { name: 'a11y', testMatch: 'a11y/axe.spec.ts', use: { ...devices['Desktop Chrome'], launchOptions, trace: 'off' } },
    { name: 'a11y-results', testMatch: 'a11y/results.spec.ts', dependencies: ['a11y'] },
    // The mirror on a plain static server: its own checks, and the search and navigation scenarios again.
    ...(withMirror
      ? [
          {
            name: 'mirror',
            testMatch: ['mirror/**/*.spec.ts', 'search.spec.ts', 'navigation.spec.ts'],
            use: { ...devices['Desktop Chrome'], launchOptions, baseURL: mirrorURL },
          },
        ]
      : []),
  ],
  webServer: [
    {
      // Serves the already built dist/ (npm test builds first).
      command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    ...(withMirror
      ? [
          {
            command: `npx serve ${mirrorDir} --no-port-switching --listen tcp://127.0.0.1:${process.env.E2E_MIRROR_PORT}`,
            url: mirrorURL,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
