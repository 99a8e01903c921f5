// The built app runs under its own Content-Security-Policy (scripts/csp.mjs) with nothing blocked,
// and the policy really blocks an injected inline script.
import { test, expect } from '@playwright/test';
import { chooseLanguage } from './helpers.mjs';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test('the app works under its policy, and the policy blocks injected scripts', async ({ page }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'sha256-");
  expect(policy).toContain('connect-src \'self\' http://127.0.0.1:4610');
  await chooseLanguage(page, 'en');
  await page.getByRole('link', { name: 'Start an application' }).click();
  await expect(page.locator('.app-programme').first()).toBeVisible();
  await page.getByRole('link', { name: 'Log in' }).click();
  await expect(page.locator('main input[type=radio]').first()).toBeVisible();
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => window.injected)).toBeUndefined();
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(0);
});
