// The app against the reference backend on another origin (CORS), with the placeholder login.
import { test, expect, expectConsoleErrors, failedLoad } from './fixture.mjs';
import { chooseLanguage, expectNoAxeViolations, logInAsFirstTestPerson, useLanguage } from './helpers.mjs';
import { BACKEND } from './ports.mjs';


test('the catalogue comes from the backend on another origin', async ({ page }) => {
  const catalogue = page.waitForResponse(`${BACKEND}/api/v1/catalogue`);
  await page.goto('./studier');
  expect((await catalogue).status()).toBe(200);
  await expect(page.getByRole('heading', { level: 2, name: '3393 LEDL6000 Ledelse av lærings- og læreplanarbeid' })).toBeVisible();
  const ledl = page.locator('.app-programme', { hasText: 'LEDL6000' });
  await expect(ledl).toContainText(/Søknadsfrist: 3\. april \d{4} kl\. 23:59/);
  await expect(ledl).toContainText('Tilbys av OsloMet');
  // The browser runs in another zone (playwright.config.mjs): there the deadline is not 23:59.
  const browserClock = await page.evaluate(() => new Date('2027-04-03T23:59:00+02:00').toTimeString().slice(0, 5));
  expect(browserClock).not.toBe('23:59');
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
  // With no return address, login lands on Mine søknader.
  await expect(page).toHaveURL(/\/soknad\/soknader$/);
  await page.reload();
  await expect(page.getByText(`Logget inn som ${name}`)).toBeVisible();

  const logout = page.waitForRequest((r) => r.url() === `${BACKEND}/api/v1/session` && r.method() === 'DELETE');
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await logout;
  await expect(page.getByRole('link', { name: 'Logg inn' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('skoleleder.session'))).toBeNull();
});

test('a typed number is checked before and by the server, and errors land on the field', async ({ page }) => {
  expectConsoleErrors(failedLoad(422, '/api/v1/session'));
  const logins = [];
  page.on('request', (r) => r.url() === `${BACKEND}/api/v1/session` && r.method() === 'POST' && logins.push(r));
  await useLanguage(page, 'nn');
  await page.goto('./logg-inn?neste=/studier');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  const summary = page.locator('.ds-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Vel kven du vil logge inn som');
  await expect(page).toHaveTitle(/^Feil: Logg inn – /);

  await page.getByLabel('Ein annan syntetisk testperson').check();
  const field = page.getByLabel('Syntetisk fødselsnummer');
  const fieldError = page.locator('#national-id-error');
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
  expect(logins, 'the browser caught these without asking the server').toHaveLength(0);

  // Control digit 1 in the band numbers issued from 2032 may use: the browser lets it through,
  // the server refuses it until then, and its 422 lands on the field in the user's language.
  await field.fill('01819000057');
  const refused = page.waitForResponse((r) => r.url() === `${BACKEND}/api/v1/session` && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  expect((await refused).status()).toBe(422);
  await expect(fieldError).toHaveText('Kontrollsifra stemmer ikkje. Sjekk at du har skrive rett.');
  await expect(summary).toContainText('Kontrollsifra stemmer ikkje.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.fill('0181 9000 049');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByText(/^Logga inn som /)).toBeVisible();
  await expect(page).toHaveURL(/\/soknad\/studier$/);
  await expect(page).toHaveTitle(/^Studietilbod for skuleleiarar – /);
});

test('the login page tells a logged-in user so, and offers to go on or log out', async ({ page }) => {
  const name = await logInAsFirstTestPerson(page);
  await page.goto('./logg-inn?neste=/studier');
  const main = page.locator('main');
  await expect(main).toContainText(`Du er allerede logget inn som ${name}.`);
  await expect(main.locator('form')).toHaveCount(0);
  await chooseLanguage(page, 'sv');
  await expect(main).toContainText(`Du är redan inloggad som ${name}.`);
  await main.getByRole('link', { name: 'Fortsätt' }).click();
  await expect(page).toHaveURL(/\/soknad\/studier$/);
  await page.goBack();
  await chooseLanguage(page, 'en');
  await expect(main).toContainText(`You are already logged in as ${name}.`);
  await main.getByRole('button', { name: 'Log out' }).click();
  await expect(main.locator('input[type=radio]').first()).toBeVisible();
  await expect(main).toBeFocused();
  await expect(page.locator('header').getByRole('link', { name: 'Log in' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('skoleleder.session'))).toBeNull();
});

test('a backend that speaks another contract version, or one too old, is named plainly', async ({ page }) => {
  for (const version of ['2.0.0', '1.3.0']) {
    await page.unrouteAll();
    await page.route(`${BACKEND}/api/v1/meta`, (route) => route.fulfill({ json: { contract_version: version, auth_modes: ['test'], upload: { max_bytes: 1, accepted_types: [] } } }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText(`Tjenesten bruker en versjon av grensesnittet (${version}) som denne appen ikke støtter.`);
  }
  await expectNoAxeViolations(page);
});

test('a remembered session the backend no longer knows is forgotten at start', async ({ page }) => {
  expectConsoleErrors(failedLoad(401, '/api/v1/session'));
  await page.addInitScript(() => {
    sessionStorage.setItem('skoleleder.session', JSON.stringify({ token: 'expired-or-unknown', name: 'Gammel Økt' }));
  });
  const asked = page.waitForResponse((r) => r.url() === `${BACKEND}/api/v1/session` && r.request().method() === 'GET');
  await page.goto('./');
  expect((await asked).status()).toBe(401);
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
  await page.route(`${BACKEND}/api/v1/meta`, (route) => route.fulfill({ json: { contract_version: '1.4.0', auth_modes: ['idporten'], upload: { max_bytes: 1, accepted_types: ['application/pdf'] } } }));
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

/** `2027-03-15T00:00:00+01:00` as bokmål shows it: the wall clock of its own offset. */
function bokmalInstant(instant) {
  const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
  const [, year, month, day, time] = instant.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/);
  return `${Number(day)}. ${months[Number(month) - 1]} ${year} kl. ${time}`;
}

test('an alternative with a registration window shows when it opens, until it has opened', async ({ page, request }) => {
  const catalogue = await (await request.get(`${BACKEND}/api/v1/catalogue`)).json();
  const round = catalogue.admission_rounds.find((r) => r.opens_at);
  const alternative = catalogue.alternatives.find((a) => a.round_id === round.id);
  const item = page.locator('.app-programme', { hasText: alternative.name.nb });
  const opens = Date.parse(round.opens_at);

  await page.clock.setFixedTime(opens - 24 * 3600 * 1000);
  await page.goto('./studier');
  await expect(item).toContainText(`Påmeldingen åpner ${bokmalInstant(round.opens_at)}`);
  await expect(item).toContainText(`Søknadsfrist: ${bokmalInstant(round.deadline)}`);

  await page.clock.setFixedTime(opens + 1000);
  await page.reload();
  await expect(item).toContainText(`Søknadsfrist: ${bokmalInstant(round.deadline)}`);
  await expect(item).not.toContainText('Påmeldingen åpner');
});

test("rounds run in the institution's own system link there, and only web addresses become links", async ({ page }) => {
  await page.route(`${BACKEND}/api/v1/catalogue`, async (route) => {
    const catalogue = await (await route.fetch()).json();
    const hostile = catalogue.alternatives.find((a) => a.id === 'uio-lplf');
    hostile.external_application_url = 'javascript:alert(1)';
    await route.fulfill({ json: catalogue });
  });
  await page.goto('./studier');
  const hvl = page.locator('.app-programme', { hasText: 'Høgskulen på Vestlandet' });
  await expect(hvl.getByRole('link', { name: 'Søk hos Høgskulen på Vestlandet' })).toHaveAttribute('href', 'https://www.hvl.no/');
  const uio = page.locator('.app-programme', { hasText: 'Universitetet i Oslo' });
  await expect(uio).toContainText('Søknadsfristen er ikke kunngjort her');
  await expect(uio.locator('a')).toHaveCount(0);
});
