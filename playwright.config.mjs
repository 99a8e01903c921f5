// End-to-end tests against the release build (built by scripts/test into dist-e2e under /soknad/).
// Ports from E2E_PORT (default 4600, tests/e2e/ports.mjs); the built app's config.json must name
// the same backend (tests/e2e/write-config.mjs).
import { defineConfig } from '@playwright/test';
import { APP, APP_404, APP_IDPORTEN, APP_PORTS, APP_REDIRECTS, BACKEND, BACKEND_PORT, CONTROL_PORT, PROVIDER } from './tests/e2e/ports.mjs';
import { ASKED_LEVEL, POST_LOGOUT_URI, SERVICE_CLIENT } from './tests/e2e/idporten-settings.mjs';

const artifacts = process.env.E2E_ARTIFACTS ?? 'test-results/e2e';
const backendBinary = `${process.env.CARGO_TARGET_DIR ?? 'target'}/debug/reference-backend`;
const staticServer = (port, mode, dir = 'dist-e2e') => ({
  command: `node tests/e2e/static-server.mjs --dir ${dir} --prefix /soknad/ --port ${port} --mode ${mode}`,
  url: `http://127.0.0.1:${port}/soknad/`,
  reuseExistingServer: false,
});

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: artifacts,
  globalSetup: './tests/e2e/global-setup.mjs',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: `${artifacts}/report.json` }]],
  use: {
    baseURL: `${APP}/soknad/`,
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
  // one test after the other (one worker); tests that move its clock far ahead (ending every
  // session) last.
  projects: [
    { name: 'main', testIgnore: /(faults|faults-matrix|session|\.clock|\.idporten)\.spec\.mjs/ },
    { name: 'faults', testMatch: /(faults|faults-matrix)\.spec\.mjs/, workers: 1, dependencies: ['main'] },
    { name: 'session', testMatch: /session\.spec\.mjs/, dependencies: ['faults'] },
    { name: 'clock', testMatch: /\.clock\.spec\.mjs/, dependencies: ['session'] },
    // Logging in at the local ID-porten; one test at a time, as one test moves the clock.
    { name: 'idporten', testMatch: /\.idporten\.spec\.mjs/, workers: 1, dependencies: ['clock'] },
  ],
  webServer: [
    staticServer(APP_PORTS.rewrite, 'rewrite'),
    staticServer(APP_PORTS.fallback, '404'),
    staticServer(APP_PORTS.redirects, 'redirects'),
    staticServer(APP_PORTS.idporten, 'rewrite', 'dist-e2e-idporten'),
    // The local ID-porten (npm oidc-provider), which the app and the backend reach on loopback.
    { command: 'node tests/e2e/oidc-provider.mjs', url: `${PROVIDER}/.well-known/openid-configuration`, reuseExistingServer: false },
    // The reference backend on another origin: the app reaches it by CORS (dist-e2e/config.json,
    // tests/e2e/write-config.mjs), under a supervisor that lets a test restart it.
    {
      command: `rm -rf test-results/backend-data && node tests/e2e/backend-supervisor.mjs --control-port ${CONTROL_PORT} --meta ${BACKEND}/api/v1/meta -- `
        + `${backendBinary} --port ${BACKEND_PORT} --test-mode --data-dir test-results/backend-data --allow-origin ${APP},${APP_404},${APP_REDIRECTS},${APP_IDPORTEN}`
        + ` --oidc-issuer ${PROVIDER} --oidc-client-id ${SERVICE_CLIENT.id} --oidc-client-secret ${SERVICE_CLIENT.secret}`
        + ` --oidc-min-acr ${ASKED_LEVEL} --oidc-post-logout-uri ${POST_LOGOUT_URI}`,
      url: `${BACKEND}/api/v1/meta`,
      reuseExistingServer: false,
    },
  ],
});
