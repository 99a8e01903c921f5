// How the app starts (issue 12): no waterfall before the first route, one language rule with no
// flip, and an offer of the browser's language instead of a switch to it.
import { test, expect } from './fixture.mjs';
import { APP_NAME, HOME_HEADING, expectNoAxeViolations, useLanguage } from './helpers.mjs';
import { BACKEND } from './ports.mjs';

const OFFER = {
  nn: 'Denne tenesta finst også på nynorsk',
  en: 'This service is also in English',
  sv: 'Den här tjänsten finns också på svenska',
};

/** A request held until `release()`; `seen` resolves when it has been asked for. */
function hold(page, url) {
  let release;
  let asked;
  const released = new Promise((resolve) => (release = resolve));
  const seen = new Promise((resolve) => (asked = resolve));
  const ready = page.route(url, async (route) => {
    asked();
    await released;
    await route.continue().catch(() => {});
  });
  return { ready, seen, release };
}

test.describe('no waterfall', () => {
  test('config.json is fetched beside the wasm, once', async ({ page }) => {
    const configRequests = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/config.json')) configRequests.push(request);
    });
    // The wasm is held until the config has been asked for: index.html must ask for it itself.
    let configAsked;
    const configSeen = new Promise((resolve) => (configAsked = resolve));
    page.on('request', (request) => request.url().endsWith('/config.json') && configAsked());
    await page.route('**/*.wasm', async (route) => {
      const seen = await Promise.race([configSeen.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      expect(seen, 'config.json asked for while the wasm was still loading').toBe(true);
      await route.continue();
    });
    await page.goto('./');
    await expect(page.locator('main .app-way-in').first()).toBeVisible();
    // The app's own request took the preloaded answer.
    await expect(page.locator('footer a[href^="mailto:"]')).toBeVisible();
    expect(configRequests.length, 'requests for config.json').toBe(1);
  });

  test('the first route renders before the config has arrived', async ({ page }) => {
    const config = hold(page, '**/config.json');
    await config.ready;
    await page.goto('./tilgjengelighet', { waitUntil: 'commit' });
    await config.seen;
    await expect(page.locator('main h1')).toHaveText('Tilgjengelighetserklæring');
    await expect(page.locator('main p').first()).toBeVisible();
    // What needs the config follows when it comes.
    await expect(page.locator('footer a[href^="mailto:"]')).toHaveCount(0);
    config.release();
    await expect(page.locator('footer a[href^="mailto:"]')).toBeVisible();
  });

  test('the API version check runs beside the page and interrupts only when it fails', async ({ page }) => {
    const meta = hold(page, `${BACKEND}/api/v1/meta`);
    await meta.ready;
    await page.goto('./studier');
    await meta.seen;
    // The catalogue has loaded while the check is still waiting for its answer.
    await expect(page.locator('main .app-programme').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.unroute(`${BACKEND}/api/v1/meta`);
    await page.route(`${BACKEND}/api/v1/meta`, (route) => route.fulfill({ json: { contract_version: '2.0.0', auth_modes: ['test'], upload: { max_bytes: 1, accepted_types: [] } } }));
    meta.release();
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('2.0.0');
    await expect(page.locator('main .app-programme').first()).toBeVisible();
  });
});

/**
 * Records, from before the page's first byte, every (lang, h1) pair the document shows, so a
 * language that shows for one frame only is caught too.
 */
async function recordStart(page) {
  await page.addInitScript(() => {
    window.startSeen = [];
    const note = () => {
      const h1 = document.querySelector('h1');
      const entry = `${document.documentElement?.lang}|${h1 ? h1.textContent.trim() : ''}`;
      if (h1 && window.startSeen.at(-1) !== entry) window.startSeen.push(entry);
    };
    new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

for (const [locale, offered] of [['en-GB', 'en'], ['sv-SE', 'sv']]) {
  test.describe(`in a browser set to ${locale}`, () => {
    test.use({ locale });

    test('the page starts and stays in the default language and offers the browser\'s', async ({ page }) => {
      await recordStart(page);
      await page.goto('./');
      const offer = page.getByRole('link', { name: OFFER[offered] });
      await expect(offer).toBeVisible();
      await expect(offer).toHaveAttribute('lang', offered);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
      await expect(page.locator('footer a[href^="mailto:"]')).toBeVisible();
      expect(await page.evaluate(() => window.startSeen)).toEqual([`nb|${HOME_HEADING.nb}`]);
      await expectNoAxeViolations(page);

      await offer.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING[offered]);
      await expect(page.locator('html')).toHaveAttribute('lang', offered);
      await expect(page).toHaveURL(/\/soknad\/$/);
      await expect(offer).toHaveCount(0);
      await expect(page.locator('main')).toBeFocused();
      // The choice is remembered: the next visit starts in it, with nothing offered.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING[offered]);
      await expect(page.getByRole('link', { name: APP_NAME[offered] })).toBeVisible();
      await expect(page.locator('header a[hreflang]')).toHaveCount(0);
    });

    test('a saved choice is honoured, with nothing offered', async ({ page }) => {
      await useLanguage(page, 'nn');
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nn);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
      await expect(page.locator('footer a[href^="mailto:"]')).toBeVisible();
      await expect(page.getByRole('link', { name: OFFER[offered] })).toHaveCount(0);
    });
  });
}

test.describe('in a browser set to nynorsk', () => {
  test.use({ locale: 'nn-NO' });

  test('the offer is in nynorsk, on every page', async ({ page }) => {
    await page.goto('./logg-inn');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn');
    await expect(page.getByRole('link', { name: OFFER.nn })).toHaveAttribute('href', '/soknad/logg-inn');
    await page.getByRole('link', { name: OFFER.nn }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(page).toHaveURL(/\/soknad\/logg-inn$/);
  });
});

test('a Norwegian browser is offered nothing', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('footer a[href^="mailto:"]')).toBeVisible();
  await expect(page.locator('header a[hreflang]')).toHaveCount(0);
});
