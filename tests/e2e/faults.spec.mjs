// Server failures injected by the reference backend (test mode) are told in the user's language,
// and the deadline is enforced when the server's clock passes it. These change the shared
// backend, so the config runs them after every other test.
import { test, expect } from './fixture.mjs';
import { expectNoAxeViolations, useLanguage } from './helpers.mjs';
import { BACKEND, PDF, chooseSled, logIn, serverApplications, startApplication, syntheticId, uploadBoth, writeRemarks } from './wizard-helpers.mjs';
import { FAULTS, expectFailedLoads } from './fault-helpers.mjs';

const CLOCK = `${BACKEND}/api/v1/_test/clock`;

test.describe.configure({ mode: 'serial' });

test.afterEach(async ({ request }) => {
  await request.delete(FAULTS);
});

test('a 500 from the backend is explained, and retry recovers once it is fixed', async ({ page, request }) => {
  expectFailedLoads(500, '/api/v1/catalogue');
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/catalogue', status: 500, remaining: 20 } });
  await page.goto('./studier');
  await expect(page.getByRole('alert')).toContainText('Det oppstod en feil hos oss. Prøv igjen om litt.');
  await request.delete(FAULTS);
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.locator('.app-programme').first()).toBeVisible();
});

test('a 503 with Retry-After is explained in Swedish', async ({ page, request }) => {
  await useLanguage(page, 'sv');
  expectFailedLoads(503, '/api/v1/catalogue');
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/catalogue', status: 503, retry_after_seconds: 1, remaining: 20 } });
  await page.goto('./studier');
  await expect(page.getByRole('alert')).toContainText('Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.', { timeout: 15_000 });
});

test('a transient failure is retried without bothering the user', async ({ page, request }) => {
  expectFailedLoads(503, '/api/v1/catalogue');
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/catalogue', status: 503, retry_after_seconds: 1, remaining: 1 } });
  await page.goto('./studier');
  await expect(page.locator('.app-programme').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a dropped connection is explained in English', async ({ page, request }) => {
  await useLanguage(page, 'en');
  expectFailedLoads('ERR_EMPTY_RESPONSE', '/api/v1/catalogue');
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/catalogue', drop_connection: true, remaining: 20 } });
  await page.goto('./studier');
  await expect(page.getByRole('alert')).toContainText('We cannot reach the service.', { timeout: 15_000 });
});

test('a malformed body is not shown as data', async ({ page, request }) => {
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/catalogue', malformed_json: true, remaining: 20 } });
  await page.goto('./studier');
  await expect(page.getByRole('alert')).toContainText('Vi fikk et svar fra tjenesten som vi ikke forstår.');
});

test('an answer lost on its way back from sending, then a retry, makes one submission', async ({ page, request }) => {
  await startApplication(page, syntheticId(3, 4));
  await chooseSled(page);
  await writeRemarks(page);
  await uploadBoth(page);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/kontroll$/);
  // The server sends the application, but its answer arrives broken.
  const id = page.url().split('/').at(-2);
  await request.post(FAULTS, { data: { path_prefix: `/api/v1/applications/${id}/submit`, malformed_json: true, remaining: 1 } });
  await page.getByRole('button', { name: 'Send søknad' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/kontroll$/);
  // The retry carries the same Idempotency-Key: the server answers with the first receipt.
  await page.getByRole('button', { name: 'Send søknad' }).click();
  await expect(page).toHaveURL(/\/kvittering$/);
  const applications = await serverApplications(page);
  expect(applications).toHaveLength(1);
  expect(applications[0].status).toBe('submitted');
  expect(applications[0].receipt.revision).toBe(1);
});

test('a slow upload can be cancelled, and the file is then neither attached nor stored', async ({ page, request }) => {
  await startApplication(page, syntheticId(4, 4));
  await chooseSled(page);
  await writeRemarks(page);
  // About four seconds on the way: long enough to cancel, short enough that an upload the
  // cancel failed to stop would be stored before the check below.
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/documents', slow_upload_bytes_per_second: 100, remaining: 1 } });
  const big = Buffer.concat([PDF, Buffer.alloc(300, 32)]);
  await page.locator('#upload-diploma-input').setInputFiles({ name: 'stor.pdf', mimeType: 'application/pdf', buffer: big });
  const row = page.locator('.app-upload__file', { hasText: 'stor.pdf' });
  await row.getByRole('button', { name: 'Avbryt' }).click();
  await expect(row).toContainText('Avbrutt');
  await expect(row.getByRole('button', { name: 'Prøv igjen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.waitForTimeout(6000);
  const [draft] = await serverApplications(page);
  expect(draft.content.document_ids).toEqual([]);
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('skoleleder.session')).token);
  const stored = await (await request.get(`${BACKEND}/api/v1/documents`, { headers: { Authorization: `Bearer ${token}` } })).json();
  expect(stored.items.map((d) => d.filename)).not.toContain('stor.pdf');
});

test('logging out warns first while typing is not saved on the server, and not once it is', async ({ page, request }) => {
  await startApplication(page, syntheticId(5, 4));
  await chooseSled(page);
  const id = page.url().split('/').at(-2);
  expectFailedLoads(500, `/api/v1/applications/${id}`);
  await request.post(FAULTS, { data: { path_prefix: `/api/v1/applications/${id}`, status: 500, remaining: 50 } });
  await page.getByLabel('Stillingstittel').fill('Ikke lagret ennå');
  await expect(page.locator('.app-sync')).toContainText('Endringene er ikke lagret hos oss ennå');
  await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'er ikke lagret hos oss ennå. Logger du ut nå' });
  await expect(warning).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logg ut likevel' })).toBeFocused();
  await expectNoAxeViolations(page);
  await warning.getByRole('button', { name: 'Bli innlogget' }).click();
  await expect(page.getByRole('button', { name: 'Logg ut', exact: true })).toBeVisible();
  await expect(page.getByLabel('Stillingstittel')).toHaveValue('Ikke lagret ennå');

  // Once the server has it, logging out goes ahead at once.
  await request.delete(FAULTS);
  await page.getByLabel('Stillingstittel').fill('Lagret nå');
  await expect(page.locator('.app-sync')).toHaveText('Alt du har skrevet, er lagret.');
  await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Logg inn' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Logger du ut nå' })).toHaveCount(0);
});

test('after the deadline, sending and changing are refused with a clear message and nothing is lost', async ({ page, request }) => {
  const person = syntheticId(7, 3);
  // The refusals after the deadline: sending (422) and saving the sent one (409).
  expectFailedLoads(422, '/api/v1/applications/');
  expectFailedLoads(409, '/api/v1/applications/');
  // One application sent before the deadline, and one still a draft.
  await startApplication(page, person);
  await chooseSled(page);
  await writeRemarks(page, 'Rektor før fristen');
  await uploadBoth(page);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await page.getByRole('button', { name: 'Send søknad' }).click();
  await expect(page).toHaveURL(/\/kvittering$/);
  const sentReceipt = page.url();
  await page.goto('./soknader');
  await page.getByRole('button', { name: 'Ny søknad' }).click();
  await chooseSled(page);
  await writeRemarks(page, 'Rektor etter fristen');
  await uploadBoth(page);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/kontroll$/);
  const checkAnswers = page.url();

  // The server's clock an hour past the SLED6000 round's deadline.
  const catalogue = await (await request.get(`${BACKEND}/api/v1/catalogue`)).json();
  const sled = catalogue.alternatives.find((alternative) => alternative.code === 'SLED6000');
  const round = catalogue.admission_rounds.find((candidate) => candidate.id === sled.round_id);
  const later = new Date(Date.parse(round.deadline) + 60 * 60 * 1000).toISOString();
  expect((await request.post(CLOCK, { data: { now: later } })).status()).toBe(200);
  try {
    // Moving the clock on by more than 30 minutes ends sessions, as the time would: log in again,
    // with the browser's clock at the same time (the receipt offers changes by its clock).
    await page.clock.setFixedTime(later);
    await logIn(page, person);
    await page.goto(checkAnswers);
    await page.getByRole('button', { name: 'Send søknad' }).click();
    const summary = page.locator('.ds-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Søknadsfristen har gått ut, og søknaden kan ikke sendes eller endres');
    await expect(page).toHaveTitle(/^Feil: /);
    await expect(page).toHaveURL(/\/kontroll$/);
    await expect(page.locator('.app-summary')).toContainText('Rektor etter fristen');
    await expectNoAxeViolations(page);
    const kept = (await serverApplications(page)).find((a) => a.status === 'draft');
    expect(kept.content.remarks.job_title).toBe('Rektor etter fristen');

    // The sent one is locked: no change or withdrawal is offered, and a change is refused.
    await page.goto(sentReceipt);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Søknaden er sendt');
    await expect(page.getByRole('link', { name: 'Endre søknaden' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Trekk søknaden' })).toHaveCount(0);
    await page.goto(sentReceipt.replace(/kvittering$/, 'merknader'));
    await page.getByLabel('Stillingstittel').fill('Endret etter fristen');
    await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
    await expect(page.getByRole('alert')).toContainText('Søknadsfristen har gått ut, og søknaden kan ikke sendes eller endres');
    await expect(page).toHaveURL(/\/merknader$/);
    await expectNoAxeViolations(page);
    const sent = (await serverApplications(page)).find((a) => a.status === 'submitted');
    expect(sent.content.remarks.job_title).toBe('Rektor før fristen');
  } finally {
    await request.delete(CLOCK);
  }
});
