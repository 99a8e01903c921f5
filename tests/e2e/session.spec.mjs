// The session's end (WCAG 2.2.1 Timing Adjustable): a warning two minutes before the idle
// limit, staying logged in, and an expired session that loses nothing. Time is moved, not
// waited for: the browser's with Playwright's clock, the server's with the backend's test clock.
// These move the shared backend's clock, so the config runs this file after all the others.
import { test, expect, expectConsoleErrors, failedLoad } from './fixture.mjs';
import { expectNoAxeViolations } from './helpers.mjs';
import { BACKEND, chooseSled, startApplication, syntheticId } from './wizard-helpers.mjs';

const CLOCK = `${BACKEND}/api/v1/_test/clock`;
const MINUTE = 60_000;

test.describe.configure({ mode: 'serial' });

test.afterEach(async ({ request }) => {
  await request.delete(CLOCK);
  await request.delete(`${BACKEND}/api/v1/_test/faults`);
});

/**
 * Moves both clocks on to `minutes` after real time. The browser's jumps without firing timers
 * (as a computer waking from sleep would); the app's once-a-second tick then sees the time.
 */
async function passMinutes(page, request, minutes) {
  const later = Date.now() + minutes * MINUTE;
  expect((await request.post(CLOCK, { data: { now: new Date(later).toISOString() } })).status()).toBe(200);
  await page.clock.setSystemTime(later);
}

/** Logged in, on the remarks step, with text typed but not saved. */
async function typeRemarks(page, person) {
  await page.clock.install();
  await startApplication(page, person);
  await expect(page.getByRole('main').getByRole('link', { name: 'Slik behandler vi opplysningene dine', exact: true })).toBeVisible();
  await chooseSled(page);
  await page.getByLabel('Stillingstittel').fill('Inspektør');
  await page.getByLabel('Skoleeier').fill('Bergen kommune');
  await page.locator('#remarks-remark').fill('Skrevet før økten gikk ut');
  await expect.poll(() => page.evaluate(() => Object.keys(sessionStorage).some((key) => key.startsWith('skoleleder.application.')))).toBe(true);
  // The background save is an authenticated call that extends the session: let it end before
  // the clocks move, or it would land after the jump and extend the session from there.
  await expect(page.locator('.app-sync')).toHaveText('Alt du har skrevet, er lagret.');
  return page.url();
}

/** On the login page after an expired session: told so, and back to `step` after logging in. */
async function logInAgainAndFindItKept(page, person, step, remark = 'Skrevet før økten gikk ut') {
  await expect(page).toHaveURL(/\/logg-inn\?neste=%2Fsoknader%2F.*%2Fmerknader$/);
  await expect(page.getByRole('alert')).toContainText('Du ble logget ut fordi økten var utløpt.');
  await expect(page.getByRole('button', { name: 'Logg ut' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'En annen syntetisk testperson' }).check();
  await page.getByLabel('Syntetisk fødselsnummer').fill(person);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  await expect(page).toHaveURL(step);
  await expect(page.getByLabel('Stillingstittel')).toHaveValue('Inspektør');
  await expect(page.getByLabel('Skoleeier')).toHaveValue('Bergen kommune');
  await expect(page.locator('#remarks-remark')).toHaveValue(remark);
}

test('two minutes before the idle limit a dialog warns, and staying keeps the step and the typing', async ({ page, request }) => {
  const step = await typeRemarks(page, syntheticId(11, 4));
  const remark = page.locator('#remarks-remark');
  await remark.focus();
  const dialog = page.getByRole('alertdialog', { name: 'Du blir snart logget ut', exact: true });

  await passMinutes(page, request, 27);
  await expect(dialog).toHaveCount(0);
  await passMinutes(page, request, 28);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Om 2 minutter blir du logget ut.');
  const stay = dialog.getByRole('button', { name: 'Forbli innlogget', exact: true });
  await expect(stay).toBeFocused();
  await expectNoAxeViolations(page);

  await stay.click();
  await expect(dialog).toHaveCount(0);
  await expect(remark).toBeFocused();
  await expect(page).toHaveURL(step);
  await expect(remark).toHaveValue('Skrevet før økten gikk ut');
  // The session was extended from then: 27 minutes more bring no warning, and saving works.
  await passMinutes(page, request, 28 + 27);
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/dokumenter$/);
});

test('when the time runs out mid-step, the user is told, logs in again and is back with nothing lost', async ({ page, request }) => {
  const person = syntheticId(12, 4);
  const step = await typeRemarks(page, person);
  await passMinutes(page, request, 31);
  await logInAgainAndFindItKept(page, person, step);
});

test('when the server says the session has expired, the user is told, logs in again and is back with nothing lost', async ({ page, request }) => {
  expectConsoleErrors(failedLoad(401, '/api/v1/applications/'));
  const person = syntheticId(13, 4);
  const step = await typeRemarks(page, person);
  // Only the server's clock: the browser learns it from the 401 of the next call.
  const later = new Date(Date.now() + 31 * MINUTE).toISOString();
  expect((await request.post(CLOCK, { data: { now: later } })).status()).toBe(200);
  // Typing after the session ended on the server: its background save meets the 401.
  const remark = 'Skrevet før økten gikk ut, og etter';
  await page.locator('#remarks-remark').fill(remark);
  await logInAgainAndFindItKept(page, person, step, remark);
});

test('the browser clock jumping ahead while saves fail (a laptop waking) fires every timer at once without an error', async ({ page, request }) => {
  expectConsoleErrors(failedLoad(500, '/api/v1/applications/'));
  const person = syntheticId(14, 4);
  const step = await typeRemarks(page, person);
  await request.post(`${BACKEND}/api/v1/_test/faults`, { data: { path_prefix: '/api/v1/applications', status: 500, remaining: 1000 } });
  const remark = 'Skrevet mens lagringen feiler';
  await page.locator('#remarks-remark').fill(remark);
  await expect(page.locator('.app-sync')).toContainText('ikke lagret', { timeout: 15_000 });
  // Every timer due in the next 40 minutes fires now: autosaves, retries, request time limits,
  // the session clock's tick. The fixture fails the test on any page or console error.
  const later = Date.now() + 40 * MINUTE;
  expect((await request.post(CLOCK, { data: { now: new Date(later).toISOString() } })).status()).toBe(200);
  await page.clock.fastForward(40 * MINUTE);
  await request.delete(`${BACKEND}/api/v1/_test/faults`);
  await logInAgainAndFindItKept(page, person, step, remark);
});
