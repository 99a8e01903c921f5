// End-to-end tests against the release build (built by scripts/test into dist-e2e under /soknad/).
import { defineConfig } from '@playwright/test';

const artifacts = process.env.E2E_ARTIFACTS ?? 'test-results/e2e';

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: artifacts,
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: `${artifacts}/report.json` }]],
  use: {
    baseURL: 'http://127.0.0.1:4601/soknad/',
    // A Norwegian browser, as most users have; tests that need another say so.
    locale: 'nb-NO',
    // Not Oslo's zone on purpose: deadlines must show in their own zone, whatever the browser's.
    timezoneId: 'America/New_York',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  // Fault-injection tests change the shared backend's behaviour, so they run after the rest,
  // one file after the other; tests that move its clock far ahead (ending every session) last.
  projects: [
    { name: 'main', testIgnore: /(faults|session|\.clock)\.spec\.mjs/ },
    { name: 'faults', testMatch: /faults\.spec\.mjs/, dependencies: ['main'] },
    { name: 'session', testMatch: /session\.spec\.mjs/, dependencies: ['faults'] },
    { name: 'clock', testMatch: /\.clock\.spec\.mjs/, dependencies: ['session'] },
  ],
  webServer: [
    { command: 'node tests/e2e/static-server.mjs --dir dist-e2e --prefix /soknad/ --port 4601 --mode rewrite', url: 'http://127.0.0.1:4601/soknad/', reuseExistingServer: false },
    { command: 'node tests/e2e/static-server.mjs --dir dist-e2e --prefix /soknad/ --port 4602 --mode 404', url: 'http://127.0.0.1:4602/soknad/', reuseExistingServer: false },
    { command: 'node tests/e2e/static-server.mjs --dir dist-e2e --prefix /soknad/ --port 4603 --mode redirects', url: 'http://127.0.0.1:4603/soknad/', reuseExistingServer: false },
    // The reference backend on another origin: the app reaches it by CORS (tests/e2e/config.e2e.json).
    {
      command: 'rm -rf test-results/backend-data && target/debug/reference-backend --port 4610 --test-mode --data-dir test-results/backend-data --allow-origin http://127.0.0.1:4601,http://127.0.0.1:4602,http://127.0.0.1:4603',
      url: 'http://127.0.0.1:4610/api/v1/meta',
      reuseExistingServer: false,
    },
  ],
});
