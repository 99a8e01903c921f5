// The first paint comes from index.html (tools/first-paint): with the wasm held back each route
// shows its header and heading in the default language, and the app takes over with no layout
// shift and no change of text.
import { test, expect, expectConsoleErrors, failedLoad } from './fixture.mjs';
import { APP_NAME, HOME_HEADING, NOT_FOUND, logInAsFirstTestPerson } from './helpers.mjs';
import { APP_404 } from './ports.mjs';

/** Route, and the heading it must show before the wasm has run (`null`: "Laster …" only). */
const ROUTES = [
  ['./', HOME_HEADING.nb],
  ['./studier', 'Studietilbud for skoleledere'],
  ['./tilgjengelighet', 'Tilgjengelighetserklæring'],
  ['./personvern', 'Personvern'],
  ['./logg-inn', 'Logg inn'],
  ['./soknader', 'Mine søknader'],
  ['./behovsmelding', 'Behovsmelding for DeKomp'],
  ['./finnes/ikke', NOT_FOUND.nb],
  [`${APP_404}/soknad/personvern`, 'Personvern'],
];

/**
 * From the page's start: every layout shift not caused by input, and what header and main say
 * at the moment the app has taken over (the first paint's elements gone).
 */
async function watchStart(page) {
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) {
          const sources = (entry.sources ?? []).map((s) => s.node?.outerHTML?.slice(0, 100) ?? '?');
          window.shifts.push({ value: entry.value, sources });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // Where header, footer and each of main's children are, rounded to whole pixels.
    window.boxes = () =>
      [...document.querySelectorAll('header, main > *, footer')].map((element) => {
        const box = element.getBoundingClientRect();
        return `${element.localName} ${[box.x, box.y, box.width, box.height].map(Math.round).join(',')}`;
      });
    new MutationObserver((_, observer) => {
      if (document.querySelector('header') && !document.querySelector('[data-first-paint]')) {
        const text = (selector) => document.querySelector(selector)?.innerText ?? null;
        window.takenOver = { header: text('header'), main: text('main'), h1: text('main h1'), boxes: window.boxes() };
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
}

/** Holds every .wasm request until the returned function is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue().catch(() => {});
  });
  return release;
}

/** What the first paint shows: header and main, and where everything is. */
async function firstScreen(page) {
  return page.evaluate(() => ({
    header: document.querySelector('header').innerText,
    main: document.querySelector('main').innerText,
    h1: document.querySelector('main h1')?.innerText ?? null,
    boxes: window.boxes(),
  }));
}

/**
 * The app, as it first rendered, said the same and put it in the same places: the header, the
 * first paint's part of main (the app may have more below it) and the footer. The browser's
 * layout-shift entries cannot see this, as every node is new.
 */
function expectSameScreen(takenOver, before) {
  expect(takenOver.header).toBe(before.header);
  expect(takenOver.h1).toBe(before.h1);
  expect(takenOver.main.startsWith(before.main), `app's first main:\n${takenOver.main}\nfirst paint's:\n${before.main}`).toBe(true);
  const shown = before.boxes.filter((box) => !box.startsWith('footer'));
  expect(takenOver.boxes.slice(0, shown.length)).toEqual(shown);
}

for (const [path, heading] of ROUTES) {
  test(`first paint of ${path}: before the wasm, then the app with no shift and no change`, async ({ page }) => {
    // A host that serves 404.html for deep links answers them 404, which the browser logs.
    if (path.startsWith(APP_404)) expectConsoleErrors(failedLoad(404, path));
    await watchStart(page);
    const release = await holdWasm(page);
    await page.goto(path);
    await expect(page.locator('main h1')).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('link', { name: APP_NAME.nb })).toBeVisible();
    await page.waitForTimeout(200);
    const before = await firstScreen(page);
    expect(await page.locator('[data-first-paint]').count()).toBeGreaterThan(0);

    release();
    await expect(page.locator('[data-first-paint]')).toHaveCount(0);
    expectSameScreen(await page.evaluate(() => window.takenOver), before);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.shifts)).toEqual([]);
  });
}

test("a draft's page shows the user menu and 'Laster …' to a logged-in user before the wasm", async ({ page }) => {
  expectConsoleErrors(failedLoad(404, '/api/v1/applications/finnes-ikke'));
  const name = await logInAsFirstTestPerson(page);
  await watchStart(page);
  const release = await holdWasm(page);
  await page.goto('./soknader/finnes-ikke/kategori');
  await expect(page.locator('main')).toHaveText('Laster …');
  // The user menu names the user, as the app's does.
  await expect(page.locator('header')).toContainText(`Logget inn som ${name}`);
  await expect(page.locator('header').getByRole('link', { name: 'Logg inn' })).toHaveCount(0);
  const before = await firstScreen(page);
  release();
  await expect(page.locator('[data-first-paint]')).toHaveCount(0);
  expectSameScreen(await page.evaluate(() => window.takenOver), before);
});

test.describe('in a browser set to English', () => {
  test.use({ locale: 'en-US' });

  test('the first paint offers English as the app does, and nothing changes when it takes over', async ({ page }) => {
    await watchStart(page);
    const release = await holdWasm(page);
    await page.goto('./studier');
    await expect(page.locator('main h1')).toHaveText('Studietilbud for skoleledere');
    const offer = page.getByRole('link', { name: 'This service is also in English' });
    await expect(offer).toHaveAttribute('href', '/soknad/studier');
    const before = await firstScreen(page);
    release();
    await expect(page.locator('[data-first-paint]')).toHaveCount(0);
    expectSameScreen(await page.evaluate(() => window.takenOver), before);
    await expect(offer).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => window.shifts)).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ['./', './logg-inn']) {
    test(`first paint of ${path} fits the app's layout at 360 px`, async ({ page }) => {
      await watchStart(page);
      const release = await holdWasm(page);
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const before = await firstScreen(page);
      release();
      await expect(page.locator('[data-first-paint]')).toHaveCount(0);
      expectSameScreen(await page.evaluate(() => window.takenOver), before);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => window.shifts)).toEqual([]);
    });
  }
});
