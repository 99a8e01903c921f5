// WCAG 1.4.10 Reflow: every page, in every language and state, fits a 320 CSS px window and a
// 1280 px window at 200 % zoom without scrolling sideways. One test per language resizes one
// page through the widths instead of loading each page once per width.
import { test } from './fixture.mjs';
import { LANGUAGES, PAGES, expectReflow, logInAsFirstTestPerson, openLoginErrors, openPage, useLanguage } from './helpers.mjs';

test.use({ deviceScaleFactor: 2 });

for (const language of LANGUAGES) {
  test(`reflow: every page fits 320 px and 200 % zoom in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    for (const listed of PAGES) {
      await openPage(page, listed);
      await expectReflow(page, `${listed.path} in ${language}`);
    }
    await openLoginErrors(page);
    await expectReflow(page, `the login page with errors in ${language}`);
    await logInAsFirstTestPerson(page);
    await expectReflow(page, `the logged-in header in ${language}`);
    await page.goto('./logg-inn');
    await page.locator('main .app-actions').waitFor();
    await expectReflow(page, `the login page when logged in, in ${language}`);
  });
}
