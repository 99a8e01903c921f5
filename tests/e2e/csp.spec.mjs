// The built app runs under its own Content-Security-Policy (scripts/csp.mjs) with nothing blocked,
// and the policy really blocks an injected inline script.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, expectConsoleErrors, failedLoad, CSP_BLOCKED_SCRIPT } from './fixture.mjs';
import { chooseLanguage } from './helpers.mjs';
import { APP_404, BACKEND } from './ports.mjs';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

/** Adds an inline script to the page; returns whether it ran. */
async function injectedScriptRan(page) {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  return (await page.evaluate(() => window.injected)) === true;
}

test('the app works under its policy, and the policy blocks injected scripts', async ({ page }) => {
  expectConsoleErrors(CSP_BLOCKED_SCRIPT);
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'sha256-");
  expect(policy).toContain(`connect-src 'self' ${BACKEND}`);
  await chooseLanguage(page, 'en');
  // Applying starts with a login: its test persons come from the backend.
  await page.getByRole('link', { name: 'Start an application' }).click();
  await expect(page.locator('main input[type=radio]').first()).toBeVisible();
  await page.goto('./studier');
  await expect(page.locator('.app-programme').first()).toBeVisible();
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);

  expect(await injectedScriptRan(page)).toBe(false);
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(0);
});

test('404.html, served for deep links by hosts without rewrites, carries the same policy', async ({ page }) => {
  expectConsoleErrors(CSP_BLOCKED_SCRIPT, failedLoad(404, `${APP_404}/soknad/studier`));
  const response = await page.goto(`${APP_404}/soknad/studier`);
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('<meta http-equiv="Content-Security-Policy"');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'sha256-");
  expect(policy).toContain(`connect-src 'self' ${BACKEND}`);
  await expect(page.locator('.app-programme').first()).toBeVisible();
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(await injectedScriptRan(page)).toBe(false);
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(0);
});

test('scripts/csp.mjs fails the build when it cannot put the policy into a page', () => {
  const config = JSON.stringify({ api_base_url: 'https://api.example.no' });
  const loader = '<script type="module">import init from "./app.js"; init();</script>';
  const cases = [
    { page: `<html><head><title>x</title>${loader}</head></html>`, says: 'no <meta charset' },
    { page: '<html><head><meta charset="utf-8" /><title>x</title></head></html>', says: 'no inline <script' },
  ];
  for (const { page, says } of cases) {
    const dist = mkdtempSync(join(tmpdir(), 'csp-'));
    try {
      writeFileSync(join(dist, 'config.json'), config);
      writeFileSync(join(dist, 'index.html'), page);
      const run = spawnSync(process.execPath, ['scripts/csp.mjs', dist], { encoding: 'utf8' });
      expect(run.status, run.stdout).not.toBe(0);
      expect(run.stderr).toContain(says);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  }
});
