// Keyboard focus: never hidden behind other content (WCAG 2.4.11), visible on every link, and
// the chosen language still marked when the system forces its own colours.
import { test, expect } from './fixture.mjs';
import { PAGES, expectFocusNeverObscured, logInAsFirstTestPerson, openLoginErrors, openPage } from './helpers.mjs';

test('tabbing through every page never puts focus behind other content', async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 320, height: 640 }]) {
    await page.setViewportSize(viewport);
    const at = `at ${viewport.width} px`;
    for (const listed of PAGES) {
      await openPage(page, listed);
      await expectFocusNeverObscured(page, `${listed.path} ${at}`);
    }
    await openLoginErrors(page);
    await expectFocusNeverObscured(page, `the login page with errors ${at}`);
  }
  await logInAsFirstTestPerson(page);
  await expectFocusNeverObscured(page, 'the logged-in header');
});

/** The parts of a computed style that draw a focus ring. */
function focusRing(locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`, boxShadow: style.boxShadow };
  });
}

test("the app name in the header shows the design system's focus ring on keyboard focus", async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const appName = page.locator('header .app-header__name');
  const footerLink = page.locator('footer a.ds-link').first();
  const unfocused = await focusRing(appName);
  await page.keyboard.press('Tab'); // the skip link
  await page.keyboard.press('Tab');
  await expect(appName).toBeFocused();
  const focused = await focusRing(appName);
  expect(focused, 'a focus ring appears').not.toEqual(unfocused);
  expect(focused.outline.startsWith('none') && focused.boxShadow === 'none', 'outline or box-shadow drawn').toBe(false);
  await footerLink.focus(); // after a key press, so :focus-visible as from the keyboard
  expect(focused, 'the same ring as on the design system links').toEqual(await focusRing(footerLink));
});

test('in forced colours the chosen language button still looks chosen', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./');
  const pressed = page.locator('header nav button[aria-pressed=true]');
  const other = page.locator('header nav button[aria-pressed=false]').first();
  await expect(pressed).toHaveCount(1);
  // What forced colours leave to the page: borders, underline, outline, system text colours.
  // Not the background: the chosen button's Canvas and the others' transparency over the
  // header's Canvas look the same.
  const look = (button) =>
    button.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderBottomStyle} ${style.borderBottomWidth} ${style.borderBottomColor}`,
        textDecoration: `${style.textDecorationLine} ${style.textDecorationThickness}`,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        color: style.color,
      };
    });
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  expect(await look(pressed)).not.toEqual(await look(other));
});
