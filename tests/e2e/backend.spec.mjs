// The app against the reference backend on another origin (CORS), with the placeholder login.
import { test, expect } from '@playwright/test';
import { chooseLanguage, expectNoAxeViolations, useLanguage } from './helpers.mjs';

const BACKEND = 'http://127.0.0.1:4610';

test('the catalogue comes from the backend on another origin', async ({ page }) => {
  const catalogue = page.waitForResponse(`${BACKEND}/api/v1/catalogue`);
  await page.goto('./studier');
  expect((await catalogue).status()).toBe(200);
  await expect(page.getByRole('heading', { level: 2, name: '3393 LEDL6000 Ledelse av lærings- og læreplanarbeid' })).toBeVisible();
  const ledl = page.locator('.app-programme', { hasText: 'LEDL6000' });
  await expect(ledl).toContainText(/Søknadsfrist: 3\. april \d{4} kl\. 23:59/);
  await expect(ledl).toContainText('Tilbys av OsloMet');
  await expect(page.locator('.app-programme', { hasText: 'SLED6000' })).toContainText(/Søknadsfrist: 25\. april \d{4} kl\. 23:59/);
  // BI takes applications continuously; HVL and UiO run their own admission with no date here.
  await expect(page.locator('.app-programme', { hasText: 'Handelshøyskolen BI' })).toContainText('Løpende opptak – ta direkte kontakt med institusjonen');
  for (const institution of ['Høgskulen på Vestlandet', 'Universitetet i Oslo']) {
    const item = page.locator('.app-programme', { hasText: institution });
    await expect(item).toContainText('Søknadsfristen er ikke kunngjort her');
    await expect(item).not.toContainText('Løpende opptak');
  }
  // Switching language re-renders the server's texts too.
  await chooseLanguage(page, 'en');
  await expect(page.locator('.app-programme', { hasText: 'LEDL6000' })).toContainText(/Application deadline: 3 April \d{4} at 23:59/);
});

test('log in as a listed test person with the keyboard, stay logged in on reload, log out', async ({ page }) => {
  await page.goto('./logg-inn');
  await expect(page.getByText('Dette er en testinnlogging, ikke den ekte ID-porten.', { exact: false })).toBeVisible();
  const first = page.locator('main input[type=radio]').first();
  const name = (await page.locator('main .ds-field label').first().textContent()).replace(/ \(\d{11}\)$/, '');
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.getByRole('button', { name: 'Logg inn' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Logget inn som ${name}`)).toBeVisible();
  await expect(page).toHaveURL(/\/soknad\/$/);
  await page.reload();
  await expect(page.getByText(`Logget inn som ${name}`)).toBeVisible();

  const logout = page.waitForRequest((r) => r.url() === `${BACKEND}/api/v1/session` && r.method() === 'DELETE');
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await logout;
  await expect(page.getByRole('link', { name: 'Logg inn' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('skoleleder.session'))).toBeNull();
});

test('a typed number is checked before and by the server, and errors land on the field', async ({ page }) => {
  await useLanguage(page, 'nn');
  await page.goto('./logg-inn?neste=/studier');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  const summary = page.locator('.ds-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Vel kven du vil logge inn som');
  await expect(page).toHaveTitle(/^Feil: Logg inn – /);

  await page.getByLabel('Ein annan syntetisk testperson').check();
  const field = page.getByLabel('Syntetisk fødselsnummer');
  await field.fill('01819000048');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(summary).toContainText('Kontrollsifra stemmer ikkje.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link').click();
  await expect(field).toBeFocused();

  // A real (non-synthetic) number passes the checksum but not the test login's rule.
  await field.fill('29029200120');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(summary).toContainText('Testinnlogginga godtek berre syntetiske testnummer');

  await field.fill('0181 9000 049');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByText(/^Logga inn som /)).toBeVisible();
  await expect(page).toHaveURL(/\/soknad\/studier$/);
  await expect(page).toHaveTitle(/^Studietilbod for skuleleiarar – /);
});

test('a backend that speaks another contract version is named plainly', async ({ page }) => {
  await page.route(`${BACKEND}/api/v1/meta`, (route) => route.fulfill({ contentType: 'application/json', body: '{"contract_version":"2.0.0","auth_modes":["test"],"upload":{"max_bytes":1,"accepted_types":[]}}' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('Tjenesten bruker en versjon av grensesnittet (2.0.0) som denne appen ikke støtter.');
  await expectNoAxeViolations(page);
});

test('a remembered session the backend no longer knows is forgotten at start', async ({ page }) => {
  await page.addInitScript(() => {
    sessionStorage.setItem('skoleleder.session', JSON.stringify({ token: 'expired-or-unknown', user: { national_id: '01819000049', name: 'Gammel Økt' } }));
  });
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Logg inn' })).toBeVisible();
  await expect(page.getByText('Logget inn som Gammel Økt')).toHaveCount(0);
});

test('test persons are described in the chosen language', async ({ page }) => {
  await useLanguage(page, 'en');
  await page.goto('./logg-inn');
  await expect(page.getByText('Head teacher at a municipal primary and lower secondary school')).toBeVisible();
  await chooseLanguage(page, 'nn');
  await expect(page.getByText('Rektor i ein kommunal grunnskule')).toBeVisible();
});

test('a backend that does not accept the configured login method is named plainly', async ({ page }) => {
  await page.route(`${BACKEND}/api/v1/meta`, (route) => route.fulfill({ json: { contract_version: '1.0.0', auth_modes: ['idporten'], upload: { max_bytes: 1, accepted_types: ['application/pdf'] } } }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('Tjenesten er satt opp med en innloggingsmåte (test) som serveren ikke godtar.');
});

test('the error prefix in the title follows a language switch and ends with the page', async ({ page }) => {
  await page.goto('./logg-inn');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page).toHaveTitle(/^Feil: Logg inn – Kompetanse i skolen$/);
  await chooseLanguage(page, 'en');
  await expect(page).toHaveTitle(/^Error: Log in – Competence in schools$/);
  await page.getByRole('link', { name: 'Competence in schools' }).click();
  await expect(page).toHaveTitle('Home – Competence in schools');
});
