// axe-core on every page of the shell, in every language.
import { test, expect } from '@playwright/test';
import { CONFIG_ERROR, LANGUAGES, expectNoAxeViolations, useLanguage } from './helpers.mjs';

const PAGES = ['./', './studier', './behovsmelding', './tilgjengelighet', './finnes-ikke'];

for (const language of LANGUAGES) {
  for (const path of PAGES) {
    test(`axe: ${path} in ${language}`, async ({ page }) => {
      await useLanguage(page, language);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test(`axe: config error page in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{}' }));
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONFIG_ERROR[language]);
    await expectNoAxeViolations(page);
  });
}
