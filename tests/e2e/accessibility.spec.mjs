// axe-core on every page of the shell, in every language.
import { test, expect } from './fixture.mjs';
import { CONFIG_ERROR, LANGUAGES, PAGES, expectNoAxeViolations, logInAsFirstTestPerson, openLoginErrors, openPage, useLanguage } from './helpers.mjs';

for (const language of LANGUAGES) {
  for (const listed of PAGES) {
    test(`axe: ${listed.path} in ${language}`, async ({ page }) => {
      await useLanguage(page, language);
      await openPage(page, listed);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page);
    });
  }

  test(`axe: login errors in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await openLoginErrors(page);
    await expectNoAxeViolations(page);
  });

  test(`axe: logged in, header and the login page in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await logInAsFirstTestPerson(page);
    await expectNoAxeViolations(page);
    await page.goto('./logg-inn');
    await expect(page.locator('main .app-actions')).toBeVisible();
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
