// axe-core on every page of the shell, in every language.
import { test, expect } from '@playwright/test';
import { CONFIG_ERROR, LANGUAGES, expectNoAxeViolations, useLanguage } from './helpers.mjs';

// Each page with what shows it has finished loading (data from the backend included).
const PAGES = {
  './': 'main .app-way-in',
  './studier': 'main .app-programme',
  './behovsmelding': 'main .ds-alert',
  './tilgjengelighet': 'main p',
  './logg-inn': 'main input[type=radio]',
  './finnes-ikke': 'main p',
};

for (const language of LANGUAGES) {
  for (const [path, ready] of Object.entries(PAGES)) {
    test(`axe: ${path} in ${language}`, async ({ page }) => {
      await useLanguage(page, language);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator(ready).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test(`axe: login errors in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await page.goto('./logg-inn');
    await page.locator('main button[type=submit]').click();
    await expect(page.locator('.ds-error-summary')).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test(`axe: config error page in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{}' }));
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONFIG_ERROR[language]);
    await expectNoAxeViolations(page);
  });
}
