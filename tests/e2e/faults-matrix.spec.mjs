// The fault matrix (README, "Fault matrix"): a failure at each place where typing, files or a
// submission travel to the server. Each test asserts that the user is told in their language
// and has a way on (the same button again, a retry button, or the app recovering by itself),
// that once the fault clears everything typed or attached is still there in the page and on the
// server, and that a submission is made exactly once. Faults are global to the shared backend,
// so these run one at a time in the 'faults' project, after the other tests.
import { test, expect } from './fixture.mjs';
import { chooseLanguage } from './helpers.mjs';
import { fillReport, reportId, serverReport, startReport } from './needs-helpers.mjs';
import { clearFaults, expectFailedLoads, injectFault, restartBackend } from './fault-helpers.mjs';
import {
  BACKEND, JPG, PDF, chooseSled, logIn, serverApplications, serverList, startApplication, syntheticId, uploadBoth, writeRemarks,
} from './wizard-helpers.mjs';

test.describe.configure({ mode: 'serial' });

test.afterEach(async ({ request, context }) => {
  await context.setOffline(false);
  await clearFaults(request);
});

const REMARKS = { job: 'Rektor', owner: 'Bergen kommune', remark: 'Skrevet før feilen' };
const MESSAGES = {
  network: {
    nb: 'Vi får ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.',
    en: 'We cannot reach the service. Check your connection and try again.',
  },
  unavailable: {
    nn: 'Tenesta er mellombels utilgjengeleg. Prøv igjen om litt.',
    en: 'The service is temporarily unavailable. Try again in a while.',
  },
  server: {
    nb: 'Det oppstod en feil hos oss. Prøv igjen om litt.',
    sv: 'Något gick fel hos oss. Försök igen om en stund.',
  },
  malformed: {
    nb: 'Vi fikk et svar fra tjenesten som vi ikke forstår. Prøv igjen om litt.',
    sv: 'Tjänsten skickade ett svar som vi inte förstår. Försök igen om en stund.',
  },
};
const CONTINUE = { nb: 'Lagre og fortsett', nn: 'Lagre og gå vidare', en: 'Save and continue', sv: 'Spara och fortsätt' };
const SEND = { nb: 'Send søknad', en: 'Send application' };
const TRY_AGAIN = { nb: 'Prøv igjen', en: 'Try again', sv: 'Försök igen' };
const UPLOADED = { nb: 'Lastet opp', en: 'Uploaded', sv: 'Uppladdad' };

/** The application's id, from the address of any of its steps. */
const applicationId = (page) => page.url().split('/').at(-2);

/** Types the remarks step's three fields (by id, so in any language), without going on. */
async function typeRemarks(page) {
  await page.locator('#remarks-job-title').fill(REMARKS.job);
  await page.locator('#remarks-school-owner').fill(REMARKS.owner);
  await page.locator('#remarks-remark').fill(REMARKS.remark);
}

/** The remarks typed by `typeRemarks` are still in the fields. */
async function expectRemarksInPage(page) {
  await expect(page.locator('#remarks-job-title')).toHaveValue(REMARKS.job);
  await expect(page.locator('#remarks-school-owner')).toHaveValue(REMARKS.owner);
  await expect(page.locator('#remarks-remark')).toHaveValue(REMARKS.remark);
}

/** ...and the server has them. */
async function expectRemarksOnServer(page) {
  const [application] = await serverApplications(page);
  expect(application.content.remarks).toMatchObject({ job_title: REMARKS.job, school_owner: REMARKS.owner, remark: REMARKS.remark });
}

/** Logged in as `person` with a new SLED6000 application, standing on its remarks. */
async function onRemarks(page, person) {
  await startApplication(page, person);
  await chooseSled(page);
}

/** ...on its documents, the remarks saved. */
async function onDocuments(page, person) {
  await onRemarks(page, person);
  await writeRemarks(page, REMARKS.job);
}

/** ...on check answers, with both documents uploaded: ready to send. */
async function onCheckAnswers(page, person) {
  await onDocuments(page, person);
  await uploadBoth(page);
  await page.getByRole('button', { name: CONTINUE.nb }).click();
  await expect(page).toHaveURL(/\/kontroll$/);
}

/** The failure told as an alert on the page, in the page's language. */
async function expectAlert(page, text) {
  await expect(page.getByRole('alert').filter({ hasText: text })).toBeVisible();
}

/** The one application is sent, once: status, revision 1, and the receipt on the page. */
async function expectSentOnce(page) {
  await expect(page).toHaveURL(/\/kvittering$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const applications = await serverApplications(page);
  expect(applications).toHaveLength(1);
  expect(applications[0].status).toBe('submitted');
  expect(applications[0].receipt.revision).toBe(1);
  return applications[0];
}

/** Both documents (`uploadBoth`'s) are attached to the application on the server, and stored once. */
async function expectBothDocumentsOnServer(page) {
  const [application] = await serverApplications(page);
  expect(application.content.document_ids).toHaveLength(2);
  const stored = await serverList(page, 'documents');
  expect(stored.map((d) => d.filename).sort()).toEqual(['bekreftelse.pdf', 'vitnemal.jpg']);
  expect(stored.map((d) => d.id).sort()).toEqual([...application.content.document_ids].sort());
}

const uploadRow = (page, name) => page.locator('.app-upload__file', { hasText: name });

/**
 * Uploads the diploma while `fault` is in force: the row says `message` and offers a retry,
 * which (the fault cleared by `clear`) uploads it; then the other document, and on to check
 * answers with both attached.
 */
async function uploadThroughFault(page, language, { fault, message, clear }) {
  await fault();
  await page.locator('#upload-diploma-input').setInputFiles({ name: 'vitnemal.jpg', mimeType: 'image/jpeg', buffer: JPG });
  const row = uploadRow(page, 'vitnemal.jpg');
  await expect(row).toContainText(message);
  await clear();
  await row.getByRole('button', { name: TRY_AGAIN[language] }).click();
  await expect(row).toContainText(UPLOADED[language]);
  await page.locator('#upload-employment_confirmation-input').setInputFiles({ name: 'bekreftelse.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(uploadRow(page, 'bekreftelse.pdf')).toContainText(UPLOADED[language]);
  await expect(uploadRow(page, 'vitnemal.jpg')).toContainText(UPLOADED[language]);
  await page.getByRole('button', { name: CONTINUE[language] }).click();
  await expect(page).toHaveURL(/\/kontroll$/);
  await expectBothDocumentsOnServer(page);
}

/**
 * Saves the remarks with "Save and continue" while `fault` is in force (`pending` runs while the
 * save is under way): told `message`, kept on
 * the step with the typing; the fault cleared (`clear`), the same button goes on and the
 * server has it all.
 */
async function saveThroughFault(page, language, { fault, pending = async () => {}, message, clear }) {
  await fault();
  await typeRemarks(page);
  await page.getByRole('button', { name: CONTINUE[language] }).click();
  await pending();
  await expectAlert(page, message);
  await expect(page).toHaveURL(/\/merknader$/);
  await expectRemarksInPage(page);
  await clear();
  await page.getByRole('button', { name: CONTINUE[language] }).click();
  await expect(page).toHaveURL(/\/dokumenter$/);
  await expectRemarksOnServer(page);
  await page.goBack();
  await expectRemarksInPage(page);
}

/**
 * Sends from check answers while `fault` is in force: told `message`, still on check answers;
 * the fault cleared (`clear`), the same button sends it, once.
 */
async function sendThroughFault(page, language, { fault, message, clear }) {
  await fault();
  await page.getByRole('button', { name: SEND[language] }).click();
  await expectAlert(page, message);
  await expect(page).toHaveURL(/\/kontroll$/);
  await clear();
  await page.getByRole('button', { name: SEND[language] }).click();
  const sent = await expectSentOnce(page);
  expect(sent.content.remarks.job_title).toBe(REMARKS.job);
  expect(sent.content.document_ids).toHaveLength(2);
}

// --- Offline -------------------------------------------------------------------------------

test('offline while typing and saving: the save waits in the tab, is told, and goes through once back online', async ({ page, context }) => {
  await onRemarks(page, syntheticId(1, 11));
  const id = applicationId(page);
  expectFailedLoads('ERR_INTERNET_DISCONNECTED', `/api/v1/applications/${id}`);
  await context.setOffline(true);
  await typeRemarks(page);
  // The background save fails: the page says the typing is kept here, to be sent later.
  await expect(page.locator('.app-sync')).toContainText('Endringene er ikke lagret hos oss ennå');
  await saveThroughFault(page, 'nb', {
    fault: async () => {},
    message: MESSAGES.network.nb,
    clear: () => context.setOffline(false),
  });
});

test('offline during an upload: the file says so in English and uploads on "Try again" once back online', async ({ page, context }) => {
  await onDocuments(page, syntheticId(2, 11));
  await chooseLanguage(page, 'en');
  expectFailedLoads('ERR_INTERNET_DISCONNECTED', '/api/v1/documents');
  await uploadThroughFault(page, 'en', {
    fault: () => context.setOffline(true),
    message: MESSAGES.network.en,
    clear: () => context.setOffline(false),
  });
});

test('offline when sending: told so, and sending again once online makes one submission', async ({ page, context }) => {
  await onCheckAnswers(page, syntheticId(3, 11));
  expectFailedLoads('ERR_INTERNET_DISCONNECTED', `/api/v1/applications/${applicationId(page)}/submit`);
  await sendThroughFault(page, 'nb', {
    fault: () => context.setOffline(true),
    message: MESSAGES.network.nb,
    clear: () => context.setOffline(false),
  });
});

// --- 500 ---------------------------------------------------------------------------------

test('a 500 on saving a step: told so, the typing stays, and the same button saves it once fixed', async ({ page, request }) => {
  await onRemarks(page, syntheticId(4, 11));
  const path = `/api/v1/applications/${applicationId(page)}`;
  expectFailedLoads(500, path);
  await saveThroughFault(page, 'nb', {
    fault: () => injectFault(request, { path_prefix: path, status: 500 }),
    message: MESSAGES.server.nb,
    clear: () => clearFaults(request),
  });
});

test('a 500 on sending: told so, and sending again makes one submission', async ({ page, request }) => {
  await onCheckAnswers(page, syntheticId(5, 11));
  const path = `/api/v1/applications/${applicationId(page)}/submit`;
  expectFailedLoads(500, path);
  await sendThroughFault(page, 'nb', {
    fault: () => injectFault(request, { path_prefix: path, status: 500 }),
    message: MESSAGES.server.nb,
    clear: () => clearFaults(request),
  });
});

test('a 500 on an upload: the file says so in Swedish and uploads on "Försök igen"', async ({ page, request }) => {
  await onDocuments(page, syntheticId(6, 11));
  await chooseLanguage(page, 'sv');
  expectFailedLoads(500, '/api/v1/documents');
  await uploadThroughFault(page, 'sv', {
    fault: () => injectFault(request, { path_prefix: '/api/v1/documents', status: 500, remaining: 1 }),
    message: MESSAGES.server.sv,
    clear: async () => {},
  });
});

// --- 503 with Retry-After ------------------------------------------------------------------

test('a 503 with Retry-After on saving a step is told in nynorsk, and the typing is saved once it passes', async ({ page, request }) => {
  await onRemarks(page, syntheticId(7, 11));
  await chooseLanguage(page, 'nn');
  const path = `/api/v1/applications/${applicationId(page)}`;
  expectFailedLoads(503, path);
  await saveThroughFault(page, 'nn', {
    fault: () => injectFault(request, { path_prefix: path, status: 503, retry_after_seconds: 1 }),
    message: MESSAGES.unavailable.nn,
    clear: () => clearFaults(request),
  });
});

test('a 503 with Retry-After on sending is told in English, and sending again makes one submission', async ({ page, request }) => {
  await onCheckAnswers(page, syntheticId(8, 11));
  await chooseLanguage(page, 'en');
  const path = `/api/v1/applications/${applicationId(page)}/submit`;
  expectFailedLoads(503, path);
  await sendThroughFault(page, 'en', {
    fault: () => injectFault(request, { path_prefix: path, status: 503, retry_after_seconds: 1 }),
    message: MESSAGES.unavailable.en,
    clear: () => clearFaults(request),
  });
});

// --- Slow and no answer --------------------------------------------------------------------

test('a save that gets no answer shows it is under way; when it times out the user is told, and the typing is saved on the next try', async ({ page }) => {
  await onRemarks(page, syntheticId(9, 11));
  const path = `${BACKEND}/api/v1/applications/${applicationId(page)}`;
  // The request is held (no answer at all) and then given up as timed out on the way, as a
  // proxy would: the app's own 20-second limit is too long to wait for here.
  const held = [];
  expectFailedLoads('ERR_TIMED_OUT', `/api/v1/applications/${applicationId(page)}`);
  await saveThroughFault(page, 'nb', {
    fault: () => page.route(path, (route) => (route.request().method() === 'PUT' ? held.push(route) : route.continue())),
    pending: async () => {
      await expect(page.getByRole('button', { name: CONTINUE.nb })).toHaveAttribute('aria-disabled', 'true');
      await expect(page.locator('.app-sync')).toHaveText('Endringene lagres automatisk.');
      await expect.poll(() => held.length).toBeGreaterThan(0);
      await Promise.all(held.map((route) => route.abort('timedout')));
      await page.unroute(path);
    },
    message: MESSAGES.network.nb,
    clear: async () => {},
  });
});

test('a slow answer to sending shows "Sender …", a second click sends nothing more, and it is sent once', async ({ page, request }) => {
  await onCheckAnswers(page, syntheticId(10, 11));
  await injectFault(request, { path_prefix: `/api/v1/applications/${applicationId(page)}/submit`, latency_ms: 3000, remaining: 1 });
  const send = page.getByRole('button', { name: SEND.nb });
  await send.click();
  await expect(page.getByRole('status').filter({ hasText: 'Sender …' })).toBeVisible();
  await expect(send).toHaveAttribute('aria-disabled', 'true');
  // Still clickable (aria-disabled keeps it in the tab order): a second click must send nothing.
  await send.click({ force: true });
  await expectSentOnce(page);
});

// --- Malformed answers, dropped connections ------------------------------------------------

test('a malformed answer to a save: told so, and the next try saves without asking which version to keep', async ({ page, request }) => {
  await onRemarks(page, syntheticId(11, 11));
  const path = `/api/v1/applications/${applicationId(page)}`;
  // The server saved it, but its answer (and the new version's ETag) was lost: the next save
  // meets 412 and finds its own version there.
  expectFailedLoads(412, path);
  await saveThroughFault(page, 'nb', {
    fault: () => injectFault(request, { path_prefix: path, malformed_json: true, remaining: 1 }),
    message: MESSAGES.malformed.nb,
    clear: async () => {},
  });
  await expect(page.locator('.app-conflict')).toHaveCount(0);
});

test('a malformed answer to reading a draft after a reload is told in Swedish; "Försök igen" brings the step back with its unsaved typing', async ({ page, request }) => {
  await onRemarks(page, syntheticId(17, 11));
  await chooseLanguage(page, 'sv');
  const path = `/api/v1/applications/${applicationId(page)}`;
  // Saves fail, so the typing lives only in the tab when the page is reloaded.
  expectFailedLoads(500, path);
  await injectFault(request, { path_prefix: path, status: 500 });
  await typeRemarks(page);
  await expect(page.locator('.app-sync')).toContainText('Ändringarna är inte sparade hos oss ännu');
  await page.route(`${BACKEND}${path}`, (route) => (route.request().method() === 'GET'
    ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"truncated": [1, 2,' })
    : route.fallback()));
  await page.reload();
  await expectAlert(page, MESSAGES.malformed.sv);
  await page.unroute(`${BACKEND}${path}`);
  await clearFaults(request);
  await page.getByRole('button', { name: TRY_AGAIN.sv }).click();
  await expectRemarksInPage(page);
  await page.getByRole('button', { name: CONTINUE.sv }).click();
  await expect(page).toHaveURL(/\/dokumenter$/);
  await expectRemarksOnServer(page);
});

test('a connection dropped during an upload: the file says so and uploads on "Prøv igjen", stored once', async ({ page, request }) => {
  await onDocuments(page, syntheticId(12, 11));
  // The server closes the connection: with the body still on its way the browser calls it a
  // reset, once it has all been sent an empty answer.
  expectFailedLoads('ERR_EMPTY_RESPONSE', '/api/v1/documents');
  expectFailedLoads('ERR_CONNECTION_RESET', '/api/v1/documents');
  await uploadThroughFault(page, 'nb', {
    // Every time until cleared: Chromium itself sends a request again once when a reused
    // connection closes without an answer.
    fault: () => injectFault(request, { path_prefix: '/api/v1/documents', drop_connection: true }),
    message: MESSAGES.network.nb,
    clear: () => clearFaults(request),
  });
});

// --- Session, server restart, closed tab -------------------------------------------------

test('a 401 mid-step: logged in again, the user is back on the step with the typing, which is then saved', async ({ page, request }) => {
  const person = syntheticId(13, 11);
  await onRemarks(page, person);
  const step = page.url();
  const path = `/api/v1/applications/${applicationId(page)}`;
  expectFailedLoads(401, path);
  await injectFault(request, { path_prefix: path, unauthorized_after_requests: 0 });
  await typeRemarks(page);
  await page.getByRole('button', { name: CONTINUE.nb }).click();
  await expect(page).toHaveURL(/\/logg-inn\?neste=/);
  await expect(page.getByRole('alert')).toContainText('Du ble logget ut fordi økten var utløpt.');
  await clearFaults(request);
  await page.getByRole('radio', { name: 'En annen syntetisk testperson' }).check();
  await page.getByLabel('Syntetisk fødselsnummer').fill(person);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page).toHaveURL(step);
  await expectRemarksInPage(page);
  await page.getByRole('button', { name: CONTINUE.nb }).click();
  await expect(page).toHaveURL(/\/dokumenter$/);
  await expectRemarksOnServer(page);
});

test('the server restarted between two steps: nothing typed is lost and the session still holds', async ({ page, request }) => {
  await onRemarks(page, syntheticId(14, 11));
  await typeRemarks(page);
  // Should the background save fall in the moment the backend is down, it fails and is retried.
  expectFailedLoads('ERR_CONNECTION_REFUSED', `/api/v1/applications/${applicationId(page)}`);
  await restartBackend(request);
  await page.getByRole('button', { name: CONTINUE.nb }).click();
  await expect(page).toHaveURL(/\/dokumenter$/);
  await expect(page.getByRole('button', { name: 'Logg ut', exact: true })).toBeVisible();
  await expectRemarksOnServer(page);
  await restartBackend(request);
  await uploadBoth(page);
  await page.getByRole('button', { name: CONTINUE.nb }).click();
  await expect(page).toHaveURL(/\/kontroll$/);
  await expect(page.locator('.app-summary')).toContainText(REMARKS.remark);
  await expectBothDocumentsOnServer(page);
});

test('a tab closed right after "Send søknad": in a new tab, after logging in, it is sent once with its receipt', async ({ page, context }) => {
  const person = syntheticId(15, 11);
  await onCheckAnswers(page, person);
  const receipt = page.url().replace(/kontroll$/, 'kvittering');
  const submitting = page.waitForRequest((r) => r.url().endsWith('/submit') && r.method() === 'POST');
  await page.getByRole('button', { name: SEND.nb }).click();
  await submitting;
  await page.close();

  const again = await context.newPage();
  await logIn(again, person);
  await again.goto('./soknader');
  await expect(again.locator('.app-application', { hasText: 'SLED6000' })).toContainText('Status: Sendt');
  await again.goto(receipt);
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Søknaden er sendt');
  await expect(again.locator('main')).toContainText('vitnemal.jpg');
  await expectSentOnce(again);
});

// --- The needs report --------------------------------------------------------------------

test('a needs report whose sending meets a 500: told so, and sending again makes one submission', async ({ page, request }) => {
  test.setTimeout(180_000);
  const tasks = await startReport(page, syntheticId(16, 11));
  const report = reportId(page);
  await fillReport(page, tasks);
  await page.getByRole('link', { name: 'Se over og send' }).click();
  const path = `/api/v1/needs-reports/${report}/submit`;
  expectFailedLoads(500, path);
  await injectFault(request, { path_prefix: path, status: 500 });
  const send = page.getByRole('button', { name: 'Send behovsmeldingen' });
  await send.click();
  await expectAlert(page, MESSAGES.server.nb);
  await clearFaults(request);
  await send.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmeldingen er sendt');
  const { report: sent } = await serverReport(page, report);
  expect(sent.status).toBe('submitted');
  expect(sent.receipt.revision).toBe(1);
  expect(sent.content.measure.title).toBe('Lesing for alle');
});
