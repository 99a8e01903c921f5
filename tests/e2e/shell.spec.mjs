import { readFileSync } from 'node:fs';
import { test, expect, expectConsoleErrors, failedLoad } from './fixture.mjs';
import { APP_NAME, CONFIG_ERROR, HOME_HEADING, LANGUAGES, NOT_FOUND, chooseLanguage, useLanguage } from './helpers.mjs';
import { APP_404, APP_REDIRECTS } from './ports.mjs';

for (const language of LANGUAGES) {
  test(`home renders in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING[language]);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page).toHaveTitle(new RegExp(`– ${APP_NAME[language]}$`));
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.getByRole('link', { name: APP_NAME[language] })).toBeVisible();
    // The two ways in, each a link to its flow under the sub-path.
    const links = page.locator('main .app-way-in a');
    await expect(links).toHaveCount(2);
    await expect(links.nth(0)).toHaveAttribute('href', '/soknad/soknader');
    await expect(links.nth(1)).toHaveAttribute('href', '/soknad/behovsmelding');
  });
}

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  test("the deployment's default (nb) wins over the browser's language once the config is known", async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  });
});

test.describe('in a Swedish browser', () => {
  test.use({ locale: 'sv-SE' });

  test("without a config, the error page follows the browser's language", async ({ page }) => {
    expectConsoleErrors(failedLoad(404, '/soknad/config.json'));
    await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONFIG_ERROR.sv);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });
});

test('switching language keeps the route and is remembered', async ({ page }) => {
  await page.goto('./tilgjengelighet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgjengelighetserklæring');
  await chooseLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(page).toHaveURL(/\/soknad\/tilgjengelighet$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Accessibility statement – Competence in schools');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await chooseLanguage(page, 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillgänglighetsredogörelse');
  await expect(page).toHaveURL(/\/soknad\/tilgjengelighet$/);
});

test('links navigate inside the sub-path and focus the new heading', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Start søknad' }).click();
  // Applying needs a login: through the login page, which will lead back to Mine søknader.
  await expect(page).toHaveURL(/\/soknad\/logg-inn\?neste=%2Fsoknader$/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Logg inn');
  await expect(heading).toBeFocused();
  await page.getByRole('link', { name: 'Kompetanse i skolen' }).click();
  await expect(page).toHaveURL(/\/soknad\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a deep link survives a reload on a host that rewrites to index.html', async ({ page }) => {
  await page.goto('./tilgjengelighet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgjengelighetserklæring');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgjengelighetserklæring');
  await expect(page).toHaveTitle('Tilgjengelighetserklæring – Kompetanse i skolen');
});

test('a deep link works on a host that only serves 404.html', async ({ page }) => {
  expectConsoleErrors(failedLoad(404, `${APP_404}/soknad/tilgjengelighet`));
  const response = await page.goto(`${APP_404}/soknad/tilgjengelighet`);
  expect(response.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgjengelighetserklæring');
});

test("a deep link works on a host that follows the build's _redirects file", async ({ page }) => {
  expect(readFileSync('dist-e2e/_redirects', 'utf8')).toBe('/soknad/*  /soknad/index.html  200\n');
  // This host rewrites only what _redirects says (tests/e2e/static-server.mjs --mode redirects).
  const response = await page.goto(`${APP_REDIRECTS}/soknad/tilgjengelighet`);
  expect(response.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgjengelighetserklæring');
  await page.getByRole('link', { name: 'Kompetanse i skolen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('./finnes/ikke');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND.nb);
  await expect(page).toHaveTitle(`${NOT_FOUND.nb} – ${APP_NAME.nb}`);
  await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/soknad/');
});

test('the skip link moves focus to main without leaving the page', async ({ page }) => {
  await page.goto('./tilgjengelighet');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The app has taken over from the first paint (a focused first-paint link goes with it).
  await expect(page.locator('[data-first-paint]')).toHaveCount(0);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/soknad\/tilgjengelighet$/);
});

test('the footer shows the support contact from config.json', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('footer a[href^="mailto:"]')).toHaveAttribute('href', 'mailto:brukerstotte@example.org');
  await expect(page.locator('footer').getByRole('link', { name: 'Tilgjengelighetserklæring' })).toHaveAttribute('href', '/soknad/tilgjengelighet');
});

test('a broken config shows the error page in the user language, and retry recovers', async ({ page }) => {
  await useLanguage(page, 'sv');
  await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"api_base_url": 8080, "auth": {"mode": "test"}}' }));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONFIG_ERROR.sv);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByText('api_base_url: fel typ, ska vara text')).toBeVisible();
  await expect(page.getByText('upload: saknas')).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${CONFIG_ERROR.sv}`));
  await page.unroute('**/config.json');
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.sv);
});

test('a missing config shows the error page, not a blank screen', async ({ page }) => {
  expectConsoleErrors(failedLoad(404, '/soknad/config.json'));
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto('./studier');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONFIG_ERROR.nb);
  await expect(page.getByText('Oppsettfilen config.json kunne ikke hentes.')).toBeVisible();
  await expect(page.locator('code')).toContainText('404');
});

test('a config that is not JSON says so', async ({ page }) => {
  await useLanguage(page, 'en');
  await page.route('**/config.json', (route) => route.fulfill({ contentType: 'text/html', body: '<html>oops</html>' }));
  await page.goto('./');
  await expect(page.getByText('The settings file config.json is not valid JSON.')).toBeVisible();
});

test('the deployed app publishes its contract', async ({ request }) => {
  const response = await request.get('./openapi.json');
  expect(response.status()).toBe(200);
  const contract = await response.json();
  expect(contract.openapi).toMatch(/^3\.1\./);
  expect(contract.info.version).toMatch(/^1\./);
});

test("the deployment's default language applies until the user chooses one", async ({ page }) => {
  await page.route('**/config.json', async (route) => {
    const config = await (await route.fetch()).json();
    await route.fulfill({ json: { ...config, default_language: 'nn' } });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nn);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  // A choice the user makes wins over the deployment's default, also after a reload.
  await chooseLanguage(page, 'sv');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.sv);
});

test('the language buttons work from the keyboard and say which language is chosen', async ({ page }) => {
  await page.goto('./');
  const english = page.locator('header nav button[lang=en]');
  await english.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.en);
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('header nav button[lang=nb]')).toHaveAttribute('aria-pressed', 'false');
  await expect(english).toBeFocused();
  // Moving between the buttons does not change the language by itself.
  await page.keyboard.press('Tab');
  await expect(page.locator('header nav button[lang=sv]')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.en);
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.sv);
});

test('the privacy notice is linked from the login page and the footer, in the chosen language', async ({ page }) => {
  await page.goto('./logg-inn');
  await page.getByRole('main').getByRole('link', { name: 'Slik behandler vi opplysningene dine', exact: true }).click();
  await expect(page).toHaveURL(/\/soknad\/personvern$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personvern');
  await expect(page).toHaveTitle(/^Personvern/);
  await expect(page.getByRole('main')).toContainText('sessionStorage');
  await page.locator('header nav button[lang=en]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await page.goto('./');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy', exact: true }).click();
  await expect(page).toHaveURL(/\/soknad\/personvern$/);
  await expect(page).toHaveTitle(/^Privacy/);
});

test("text is set in Inter, Designsystemet's typeface, fetched from the app's own host", async ({ page }) => {
  const fonts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fonts.push(new URL(response.url()));
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p')).fontFamily)).toMatch(/^"?Inter"?/);
  expect(await page.evaluate(() => [...document.fonts].some((font) => font.family.replace(/"/g, '') === 'Inter' && font.status === 'loaded'))).toBe(true);
  // Only the Latin subset: Norwegian text needs nothing from Latin Extended.
  expect(fonts.map((url) => url.pathname)).toEqual(['/soknad/inter-latin-wght-normal.woff2']);
  expect(fonts.every((url) => url.origin === new URL(page.url()).origin)).toBe(true);
});
