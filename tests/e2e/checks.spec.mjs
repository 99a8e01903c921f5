// The reusable layout checks in helpers.mjs must be able to fail: each is shown a page broken on
// purpose and must name what is wrong.
import { test, expect } from './fixture.mjs';
import { expectFocusNeverObscured, expectReflow, openPage, PAGES } from './helpers.mjs';

test('the reflow check names an element wider than the window', async ({ page }) => {
  await openPage(page, PAGES[0]);
  await page.evaluate(() => {
    const wide = document.createElement('p');
    wide.className = 'too-wide';
    wide.style.minWidth = '500px';
    wide.textContent = 'Bred';
    document.querySelector('main').append(wide);
  });
  await expect(expectReflow(page, 'home with a wide paragraph')).rejects.toThrow(/widest: <p\.too-wide> "Bred"/);
});

test('the focus check names what covers a focused element', async ({ page }) => {
  await openPage(page, PAGES[0]);
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.className = 'cookie-banner';
    banner.textContent = 'Informasjonskapsler';
    banner.style.cssText = 'position: fixed; inset: auto 0 0 0; height: 50vh; background: white; z-index: 10';
    document.body.append(banner);
  });
  await expect(expectFocusNeverObscured(page, 'home with a banner')).rejects.toThrow(/covered by <div class="cookie-banner"> "Informasjonskapsler"/);
});
