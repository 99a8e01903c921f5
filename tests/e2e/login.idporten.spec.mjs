// Logging in with ID-porten (auth.mode "idporten"), end to end: the app built with that config
// (dist-e2e-idporten), the reference backend redeeming codes, and a real OpenID provider
// (tests/e2e/oidc-provider.mjs, npm oidc-provider) set up like ID-porten's test environment.
// Each test logs in, types on the remarks step, has its session end at the backend and logs in
// again in a language, through a refusal where one is tested: the refusal is said in that
// language, and the next login comes back to the step with everything typed.
// One test moves the backend's clock, so this project runs last, one test at a time.
import { test, expect, expectConsoleErrors, failedLoad } from './fixture.mjs';
import { chooseLanguage, expectNoAxeViolations, expectReflow } from './helpers.mjs';
import { BACKEND, chooseSled, syntheticId } from './wizard-helpers.mjs';
import { APP_IDPORTEN, PROVIDER } from './ports.mjs';
import { ASKED_LEVEL, OTHER_CLIENT, REDIRECT_URI } from './idporten-settings.mjs';

test.use({ baseURL: `${APP_IDPORTEN}/soknad/` });
test.describe.configure({ mode: 'serial' });

const CLOCK = `${BACKEND}/api/v1/_test/clock`;
const TYPED = 'Skrevet før økten ble avsluttet, og etter';

test.afterEach(async ({ request }) => {
  await request.delete(CLOCK);
});

/** What a refused login says, by language (the app's texts, src/i18n/texts.rs). */
const SAYS = {
  wrongState: { nn: 'Svaret frå ID-porten høyrde ikkje til innlogginga du starta, så vi godtok det ikkje.' },
  notStarted: { en: 'This login was not started in this tab, or it has already been used.' },
  refused: {
    nb: 'Tjenesten kunne ikke godta innloggingen fra ID-porten.',
    en: 'The service could not accept the login from ID-porten.',
    sv: 'Tjänsten kunde inte godta inloggningen från ID-porten.',
  },
  expired: { sv: 'Inloggningen från ID-porten hade gått ut när den kom fram.' },
  level: { nn: 'Du logga inn på eit lågare tryggleiksnivå enn tenesta krev.' },
  cancelled: { en: 'The login at ID-porten was cancelled.' },
};
const LOG_OUT = { nb: 'Logg ut', nn: 'Logg ut', en: 'Log out', sv: 'Logga ut' };
/** ID-porten's `ui_locales` for each of the app's languages: Swedish asks for English. */
const UI_LOCALE = { nb: 'nb', nn: 'nn', en: 'en', sv: 'en' };

const authorizePattern = `${PROVIDER}/auth?*`;

/** At the provider's test login: checks what was asked, then logs in as `pid` at `level`. */
async function logInAtProvider(page, pid, { locale = 'nb', level = ASKED_LEVEL } = {}) {
  await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/interaction/`));
  await expect(page.locator('#ui-locales')).toHaveText(locale);
  await expect(page.locator('#acr-values')).toHaveText(ASKED_LEVEL);
  await page.locator('#pid').fill(pid);
  await page.locator('#acr').selectOption(level);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

/**
 * Presses the app's "Log in with ID-porten" (or "Log in again") and returns the authorization
 * request's parameters, after checking that it carries PKCE, state and nonce (`injected`: the
 * parameters a test has changed on the way, which the request may show changed).
 */
async function startLogin(page, { injected = [] } = {}) {
  const authorize = page.waitForRequest(authorizePattern);
  await page.locator('#idporten-login').click();
  const asked = new URL((await authorize).url()).searchParams;
  expect(asked.get('response_type')).toBe('code');
  expect(asked.get('redirect_uri')).toBe(REDIRECT_URI);
  expect(asked.get('code_challenge_method')).toBe('S256');
  expect(asked.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  for (const made of ['state', 'nonce'].filter((name) => !injected.includes(name))) {
    expect(asked.get(made)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  }
  expect(asked.get('acr_values')).toBe(ASKED_LEVEL);
  return asked;
}

/**
 * Logged in with ID-porten as `pid`, on the remarks step with text saved; then the session
 * ends at the backend and more is typed, which the next save cannot store: the app goes to
 * the login page (in bokmål) with the step to come back to. Returns the step's address.
 */
async function typeThenLoseTheSession(page, request, pid) {
  expectConsoleErrors(failedLoad(401, '/api/v1/applications/'));
  await page.goto('./logg-inn?neste=%2Fsoknader');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn');
  await expectNoAxeViolations(page);
  await expectFits(page, 'the login page');
  expect((await startLogin(page)).get('ui_locales')).toBe('nb');
  await logInAtProvider(page, pid);
  await expect(page).toHaveURL(/\/soknad\/soknader$/);
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  await expect(page.locator('header .app-user')).toContainText('Logget inn');
  await page.getByRole('button', { name: 'Ny søknad' }).click();
  await chooseSled(page);
  await page.getByLabel('Stillingstittel').fill('Inspektør');
  await page.locator('#remarks-remark').fill('Skrevet før økten ble avsluttet');
  await expect(page.locator('.app-sync')).toHaveText('Alt du har skrevet, er lagret.');
  const step = page.url();

  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('skoleleder.session')).token);
  const ended = await request.delete(`${BACKEND}/api/v1/session`, { headers: { Authorization: `Bearer ${token}` } });
  expect(ended.status(), 'an ID-porten session ends with where to end it at the provider').toBe(200);
  expect(new URL((await ended.json()).end_session_url).searchParams.get('id_token_hint')).toBeTruthy();
  await page.locator('#remarks-remark').fill(TYPED);
  await expect(page).toHaveURL(/\/logg-inn\?neste=%2Fsoknader%2F.*%2Fmerknader$/);
  return step;
}

/** Logs in again (`again`: from a refusal's "Log in again") and finds the step as it was left. */
async function logInAndFindItKept(page, step, language, { pid, again = false } = {}) {
  const asked = await startLogin(page);
  expect(asked.get('ui_locales')).toBe(UI_LOCALE[language]);
  // The provider still has the user's session (as ID-porten would), unless a test ended it.
  if (pid) await logInAtProvider(page, pid, { locale: UI_LOCALE[language] });
  await expect(page).toHaveURL(step);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('button', { name: LOG_OUT[language] })).toBeVisible();
  await expect(page.locator('#remarks-remark')).toHaveValue(TYPED);
  await expect(page.locator('#remarks-job-title')).toHaveValue('Inspektør');
  if (again) await expectNoAxeViolations(page);
}

/** No sideways scrolling at 320 px and at 200 % zoom; the window as it was afterwards. */
async function expectFits(page, label) {
  const viewport = page.viewportSize();
  await expectReflow(page, label);
  await page.setViewportSize(viewport);
}

/** The next authorization request goes out with `name` changed to `value` (an injected answer). */
async function askProviderWith(page, name, value) {
  await page.route(authorizePattern, (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set(name, value);
    return route.continue({ url: url.toString() });
  });
}

/**
 * The refusal's message, with focus on it and a way to log in again; `typedHere`: the tab
 * holds typing, which must still be there.
 */
async function expectRefused(page, text, { typedHere = true } = {}) {
  const message = page.locator('#login-failure');
  await expect(message).toHaveAttribute('role', 'alert');
  await expect(message).toContainText(text);
  await expect(message).toBeFocused();
  await expect(page.getByRole('button', { name: LOG_OUT.nb })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectFits(page, 'a refused login');
  // Nothing typed is lost: the tab's copy is still there, waiting for the next login.
  if (typedHere) expect(await page.evaluate(() => Object.keys(sessionStorage).some((key) => key.startsWith('skoleleder.application.')))).toBe(true);
}

for (const [index, language] of ['nb', 'nn', 'en', 'sv'].entries()) {
  test(`a login in ${language} sends ui_locales ${UI_LOCALE[language]} and comes back to the step with what was typed`, async ({ page, request }) => {
    const step = await typeThenLoseTheSession(page, request, syntheticId(22 + index, 9));
    if (language !== 'nb') await chooseLanguage(page, language);
    await logInAndFindItKept(page, step, language);
  });
}

test('logging out ends the session at the backend and at ID-porten, and returns to the app', async ({ page, request }) => {
  const pid = syntheticId(26, 9);
  const step = await typeThenLoseTheSession(page, request, pid);
  await logInAndFindItKept(page, step, 'nb');
  // What was typed while logged out reaches the server now (else logging out would warn).
  await expect(page.locator('.app-sync')).toHaveText('Alt du har skrevet, er lagret.');
  const endSession = page.waitForRequest(`${PROVIDER}/session/end?*`);
  await page.getByRole('button', { name: 'Logg ut' }).click();
  const ended = new URL((await endSession).url()).searchParams;
  expect(ended.get('post_logout_redirect_uri')).toBe(`${APP_IDPORTEN}/soknad/`);
  expect(ended.get('id_token_hint')).toBeTruthy();
  await expect(page).toHaveURL(`${APP_IDPORTEN}/soknad/`);
  await expect(page.getByRole('link', { name: 'Logg inn' })).toBeVisible();
  // ID-porten's session has ended too: the next login asks who the user is.
  await page.goto('./logg-inn');
  await startLogin(page);
  await logInAtProvider(page, pid);
  await expect(page).toHaveURL(/\/soknad\/soknader$/);
});

test('a return whose state is not the one sent is refused, in nynorsk, and nothing typed is lost', async ({ page, request }) => {
  const step = await typeThenLoseTheSession(page, request, syntheticId(27, 9));
  await chooseLanguage(page, 'nn');
  // The answer to another request: the provider is asked with a state this tab never made.
  await askProviderWith(page, 'state', 'a-state-this-tab-never-sent');
  const sessionCalls = [];
  page.on('request', (r) => r.url().includes('/api/v1/session/idporten') && sessionCalls.push(r.url()));
  await startLogin(page, { injected: ['state'] });
  await expectRefused(page, SAYS.wrongState.nn);
  expect(sessionCalls, 'the code is never handed to the backend').toEqual([]);
  await page.unroute(authorizePattern);
  await logInAndFindItKept(page, step, 'nn', { again: true });
});

test('a return address used twice is refused, in English, and the tab that used it keeps its work', async ({ page, context, request }) => {
  const step = await typeThenLoseTheSession(page, request, syntheticId(28, 9));
  await chooseLanguage(page, 'en');
  const returned = page.waitForRequest((r) => r.url().startsWith(`${REDIRECT_URI}?`) && r.isNavigationRequest());
  await logInAndFindItKept(page, step, 'en');
  const used = (await returned).url();

  // Again in the same tab (from its history, say): the tab's login was used up.
  const handedIn = [];
  page.on('request', (r) => r.url().includes('/api/v1/session/idporten') && handedIn.push(r.url()));
  await page.goto(used);
  await expect(page.locator('#login-failure')).toContainText(SAYS.notStarted.en);
  expect(handedIn, 'the used code is not handed to the backend again').toEqual([]);
  await expect(page.getByRole('button', { name: LOG_OUT.en }), 'still logged in').toBeVisible();
  await page.goto(step);
  await expect(page.locator('#remarks-remark')).toHaveValue(TYPED);

  // In another tab (a shared or copied address): no login was started there.
  const other = await context.newPage();
  await other.goto(used);
  await expectRefused(other, SAYS.notStarted.en, { typedHere: false });
  await other.close();
});

test('an old code handed in with a fresh login is refused by the provider, in Swedish', async ({ page, request }) => {
  const returns = [];
  page.on('request', (r) => r.url().startsWith(`${REDIRECT_URI}?`) && returns.push(r.url()));
  const step = await typeThenLoseTheSession(page, request, syntheticId(29, 9));
  // The first login's code, already redeemed by the backend.
  const oldCode = new URL(returns[0]).searchParams.get('code');
  expect(oldCode, 'the first login’s code was seen').toBeTruthy();
  await chooseLanguage(page, 'sv');
  await page.route(authorizePattern, (route) => {
    const state = new URL(route.request().url()).searchParams.get('state');
    return route.fulfill({ status: 302, headers: { location: `${REDIRECT_URI}?code=${encodeURIComponent(oldCode)}&state=${state}` } });
  });
  expectConsoleErrors(failedLoad(401, '/api/v1/session/idporten'));
  await startLogin(page);
  await expectRefused(page, SAYS.refused.sv);
  await page.unroute(authorizePattern);
  await logInAndFindItKept(page, step, 'sv', { again: true });
});

test('an ID token that has expired when the backend checks it is refused, in Swedish', async ({ page, request }) => {
  const step = await typeThenLoseTheSession(page, request, syntheticId(30, 9));
  await chooseLanguage(page, 'sv');
  // Two hours on at the backend: the provider's ID token lives one.
  const later = new Date(Date.now() + 2 * 60 * 60_000).toISOString();
  expect((await request.post(CLOCK, { data: { now: later } })).status()).toBe(200);
  expectConsoleErrors(failedLoad(401, '/api/v1/session/idporten'));
  await startLogin(page);
  await expectRefused(page, SAYS.expired.sv);
  await request.delete(CLOCK);
  await logInAndFindItKept(page, step, 'sv', { again: true });
});

test('a login made for another registered client is refused, in bokmål', async ({ page, request }) => {
  const step = await typeThenLoseTheSession(page, request, syntheticId(22, 1));
  const loginPage = page.url();
  // The app configured with the other service's client id: ID-porten logs the user in for
  // that service, whose code this backend cannot use.
  await page.route('**/soknad/config.json', async (route) => {
    const config = await (await route.fetch()).json();
    return route.fulfill({ json: { ...config, auth: { ...config.auth, client_id: OTHER_CLIENT.id } } });
  });
  await page.reload();
  expectConsoleErrors(failedLoad(401, '/api/v1/session/idporten'));
  const asked = await startLogin(page);
  expect(asked.get('client_id')).toBe(OTHER_CLIENT.id);
  await expectRefused(page, SAYS.refused.nb);
  await page.unroute('**/soknad/config.json');
  await page.goto(loginPage);
  await logInAndFindItKept(page, step, 'nb', { again: true });
});

test('an ID token for another nonce is refused, in English', async ({ page, request }) => {
  const step = await typeThenLoseTheSession(page, request, syntheticId(23, 1));
  await chooseLanguage(page, 'en');
  // The provider is asked with a nonce of someone else's request (an injected code).
  await askProviderWith(page, 'nonce', 'someone-elses-nonce-000');
  expectConsoleErrors(failedLoad(401, '/api/v1/session/idporten'));
  await startLogin(page, { injected: ['nonce'] });
  await expectRefused(page, SAYS.refused.en);
  await page.unroute(authorizePattern);
  await logInAndFindItKept(page, step, 'en', { again: true });
});

test('a login at a lower level than asked is refused, in nynorsk, and the next asks again', async ({ page, context, request }) => {
  const pid = syntheticId(24, 1);
  const step = await typeThenLoseTheSession(page, request, pid);
  await chooseLanguage(page, 'nn');
  // A new ID-porten session, at the low level.
  await context.clearCookies();
  expectConsoleErrors(failedLoad(401, '/api/v1/session/idporten'));
  await startLogin(page);
  await logInAtProvider(page, pid, { locale: 'nn', level: 'idporten-loa-low' });
  await expectRefused(page, SAYS.level.nn);
  // The provider's session is too low for the level asked: it asks again.
  await logInAndFindItKept(page, step, 'nn', { pid, again: true });
});

test('cancelling at ID-porten says so, in English, and logging in afterwards works', async ({ page, context, request }) => {
  const pid = syntheticId(25, 1);
  const step = await typeThenLoseTheSession(page, request, pid);
  await chooseLanguage(page, 'en');
  await context.clearCookies();
  await startLogin(page);
  await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/interaction/`));
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expectRefused(page, SAYS.cancelled.en);
  await logInAndFindItKept(page, step, 'en', { pid, again: true });
});
