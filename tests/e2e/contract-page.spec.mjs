// The contract's browsable page, published beside the app as contract.html (scripts/contract-page.mjs):
// it shows the document served beside it, asks no other host for anything, and runs under its
// own Content-Security-Policy with nothing blocked (no inline scripts or styles but by hash), while
// the policy blocks an injected script.
import { readFileSync } from 'node:fs';
import { test, expect, expectConsoleErrors, CSP_BLOCKED_SCRIPT } from './fixture.mjs';
import { APP } from './ports.mjs';

test('contract.html shows the published contract, from this host only, under its policy', async ({ page }) => {
  expectConsoleErrors(CSP_BLOCKED_SCRIPT);
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const elsewhere = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${APP}/`) && !/^(data|blob):/.test(request.url())) elsewhere.push(request.url());
  });

  const response = await page.goto('./contract.html');
  expect(response.status()).toBe(200);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toMatch(/script-src 'sha256-[^']+'/);
  expect(policy).not.toContain('unsafe-eval');
  // Styles as the app's own policy has them: from this host, no inline style but exact hashes.
  expect(policy).toMatch(/style-src 'self'/);
  expect(policy).not.toContain('unsafe-inline');

  const { info, tags } = JSON.parse(readFileSync('dist-e2e/openapi.json', 'utf8'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${info.title} (${info.version})`);
  // The sidebar moves within the page (hash routes): a reload stays on the contract, never the app.
  await page.getByRole('link', { name: 'needs-reports', exact: true }).click();
  await expect(page).toHaveURL(/\/contract\.html#\/needs-reports$/);
  const needsReports = tags.find((tag) => tag.name === 'needs-reports').description;
  await expect(page.getByText(needsReports, { exact: true })).toBeInViewport();

  expect(elsewhere).toEqual([]);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return window.injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(0);
});
