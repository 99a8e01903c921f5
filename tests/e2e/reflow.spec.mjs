// WCAG 1.4.10 Reflow: every page, in every language and state, fits a 320 CSS px window and a
// 1280 px window at 200 % zoom without scrolling sideways. One test per language resizes one
// page through the widths instead of loading each page once per width.
import { test, expect } from './fixture.mjs';
import { LANGUAGES, PAGES, expectReflow, logInAsFirstTestPerson, openLoginErrors, openPage, useLanguage } from './helpers.mjs';
import { id, startReport } from './needs-helpers.mjs';
import { syntheticId } from './wizard-helpers.mjs';

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

test('the budget works at 320 px: rows as cards, every control whole, long amounts shown in full', async ({ page }) => {
  const tasks = await startReport(page, syntheticId(24, 7));
  await page.goto(`${tasks}/periode`);
  await page.locator(id('/period/start_school_year')).selectOption({ index: 1 });
  await page.locator(id('/period/years')).selectOption('2');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  for (const y of [0, 1]) {
    await page.locator(id(`/budget/${y}/rows`)).click();
    await page.locator(id(`/budget/${y}/rows/0/purpose`)).selectOption('coordinator');
    await page.locator(id(`/budget/${y}/rows/0/receiver`)).selectOption('partner');
    await page.locator(id(`/budget/${y}/rows/0/amount_nok`)).fill('1 250 000');
  }
  // Left, an amount is shown grouped by three, however it was typed.
  await page.locator(id('/budget/0/rows/0/amount_nok')).fill('125000');
  await page.locator(id('/budget/0/rows/0/amount_nok')).blur();
  await expect(page.locator(id('/budget/0/rows/0/amount_nok'))).toHaveValue('125\u00a0000');
  // A digit typed at the end of the grouped amount makes one number ("125 0000").
  await page.locator(id('/budget/0/rows/0/amount_nok')).focus();
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  await expect(page.locator(id('/budget/0/rows/0/amount_nok'))).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#year-0-totals')).toContainText(/Til partner: 1\s250\s000 kr/);
  await page.locator(id('/budget/0/rows/0/amount_nok')).fill('1 250 000');
  await page.setViewportSize({ width: 320, height: 640 });
  await expectReflow(page, 'the budget');
  // Nothing scrolls inside the budget either, and no control is cut off or squeezed.
  const clipped = await page.evaluate(() => {
    const found = [];
    for (const wrap of document.querySelectorAll('.app-table-wrap')) {
      if (wrap.scrollWidth > wrap.clientWidth) found.push(`a table scrolls sideways (${wrap.scrollWidth} in ${wrap.clientWidth} px)`);
    }
    for (const control of document.querySelectorAll('.app-budget select, .app-budget input, .app-budget button')) {
      const box = control.getBoundingClientRect();
      if (box.left < 0 || box.right > document.documentElement.clientWidth) found.push(`#${control.id} reaches past the window`);
      if (control.localName !== 'button' && box.width < 200) found.push(`#${control.id} is ${Math.round(box.width)} px wide`);
      if (control.localName === 'input' && control.scrollWidth > control.clientWidth) found.push(`#${control.id} cuts "${control.value}"`);
      if (control.localName === 'button' && (box.width < 24 || box.height < 24)) found.push(`#${control.id} is below 24 px`);
    }
    return found;
  });
  expect(clipped).toEqual([]);
  // For a person to look at: the budget as a phone shows it, and at full width.
  await page.screenshot({ path: test.info().outputPath('budget-320.png'), fullPage: true });
  // The two years' columns line up at full width too.
  await page.setViewportSize({ width: 1280, height: 800 });
  const lefts = await page.evaluate(() => [0, 1].map((y) => Math.round(document.getElementById(`nr-budget-${y}-rows-0-amount_nok`).getBoundingClientRect().left)));
  expect(lefts[0]).toBe(lefts[1]);
  await page.screenshot({ path: test.info().outputPath('budget-1280.png'), fullPage: true });
});
