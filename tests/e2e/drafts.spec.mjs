// Nothing typed is lost just off the tested paths: a paste followed by a new row, leaving a
// draft or closing its tab right after typing, a sent application's round, answers a wrong
// server may send. Every test here also fails on a page error (fixture.mjs).
import { test, expect, expectConsoleErrors, failedLoad } from './fixture.mjs';
import { startReport, id, reportId, serverReport, task } from './needs-helpers.mjs';
import { syntheticId, startApplication, chooseSled, writeRemarks, uploadBoth, serverApplications, logIn, BACKEND } from './wizard-helpers.mjs';

const SAVED = 'Alt du har skrevet, er lagret.';
const h1 = (page) => page.getByRole('heading', { level: 1 });

/** A one-year period, then the budget page. */
async function budgetOfOneYear(page, tasks) {
  await page.goto(`${tasks}/periode`);
  await page.locator(id('/period/start_school_year')).selectOption({ index: 1 });
  await page.locator(id('/period/years')).selectOption('1');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(h1(page)).toHaveText('Budsjett');
}

/** Logs in as `person` and sends a SLED6000 application with two documents: on its receipt. */
async function sendApplication(page, person) {
  await startApplication(page, person);
  await chooseSled(page);
  await writeRemarks(page);
  await uploadBoth(page);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await page.getByRole('button', { name: 'Send søknad' }).click();
  await expect(page).toHaveURL(/\/kvittering$/);
}

test('rows pasted and then a row added in the same year: every row shows, counts and is saved', async ({ page }) => {
  const tasks = await startReport(page, syntheticId(11, 7));
  const report = reportId(page);
  await budgetOfOneYear(page, tasks);
  await page.locator('#paste-text').fill('Gjennomføre\tSkoleeier\t50000\nEvaluere\tSamarbeidspartner\t20000\n');
  await page.getByRole('button', { name: 'Se hva som blir lagt til' }).click();
  await page.getByRole('button', { name: 'Legg til linjene' }).click();
  await expect(page.locator('#paste-result')).toContainText('2 linjer er lagt til.');
  await page.getByRole('button', { name: 'Legg til linje' }).click();
  // Focus goes to the new row, which exists and can be filled in.
  await expect(page.locator(id('/budget/0/rows/2/purpose'))).toBeFocused();
  await page.locator(id('/budget/0/rows/2/purpose')).selectOption('plan');
  await page.locator(id('/budget/0/rows/2/receiver')).selectOption('owner');
  await page.locator(id('/budget/0/rows/2/amount_nok')).fill('10000');
  await expect(page.locator('#year-0-totals')).toContainText('Til skoleeier: 60 000 kr. Til partner: 20 000 kr. Sum: 80 000 kr. Egenandel som kreves: 18 000 kr.');
  await expect(page.locator('main .app-sync')).toHaveText(SAVED);
  const { report: saved } = await serverReport(page, report);
  expect(saved.content.budget[0].rows.map((r) => r.amount_nok)).toEqual([50000, 20000, 10000]);
  await page.reload();
  await expect(page.locator('[id^="nr-budget-0-rows-"][id$="-amount_nok"]')).toHaveCount(3);
  await expect(page.locator('#year-0-totals')).toContainText('Sum: 80 000 kr.');
});

test('leaving a section right after typing sends the typing at once, not after a pause that never comes', async ({ page }) => {
  const tasks = await startReport(page, syntheticId(12, 7));
  const report = reportId(page);
  await task(page, 'Skoleeier').getByRole('link').click();
  await page.locator(id('/lead_owner/name')).fill('Lierne kommune');
  // Away from the report altogether (a page of it would save the tab's copy itself).
  await page.getByRole('banner').getByRole('link', { name: 'Kompetanse i skolen' }).click();
  await expect(h1(page)).toHaveText('Hva vil du gjøre?');
  await expect.poll(async () => (await serverReport(page, report)).report.content.lead_owner.name, { timeout: 3_000 }).toBe('Lierne kommune');
  // Opened again at once, it is the saved version: no choice between two of this tab's own.
  await page.goto(`${tasks}/skoleeier`);
  await expect(page.locator(id('/lead_owner/name'))).toHaveValue('Lierne kommune');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a tab closed right after typing warns first, and once closed the server has the typing', async ({ page, context }) => {
  await startReport(page, syntheticId(13, 7));
  const report = reportId(page);
  await task(page, 'Skoleeier').getByRole('link').click();
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('skoleleder.session')).token);
  const warnings = [];
  page.on('dialog', async (dialog) => {
    warnings.push(dialog.type());
    await dialog.accept();
  });
  await page.locator(id('/lead_owner/name')).fill('Snåsa kommune');
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(warnings).toEqual(['beforeunload']);
  const read = async () => {
    const response = await context.request.get(`${BACKEND}/api/v1/needs-reports/${report}`, { headers: { Authorization: `Bearer ${token}` } });
    return (await response.json()).content.lead_owner.name;
  };
  await expect.poll(read, { timeout: 5_000 }).toBe('Snåsa kommune');
});

test('no warning on leaving once everything typed is on the server', async ({ page }) => {
  await startReport(page, syntheticId(14, 7));
  await task(page, 'Skoleeier').getByRole('link').click();
  const warnings = [];
  page.on('dialog', async (dialog) => {
    warnings.push(dialog.type());
    await dialog.accept();
  });
  await page.locator(id('/lead_owner/name')).fill('Røros kommune');
  await expect(page.locator('main .app-sync')).toHaveText(SAVED);
  await page.reload();
  await expect(page.locator(id('/lead_owner/name'))).toHaveValue('Røros kommune');
  expect(warnings).toEqual([]);
});

test('logged out, the app asks the backend nothing about a session', async ({ page }) => {
  const asked = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/session')) asked.push(`${request.method()} ${request.url()}`);
  });
  for (const path of ['./', './studier', './logg-inn']) {
    await page.goto(path);
    await expect(h1(page)).toBeVisible();
  }
  await expect(page.locator('main input[type=radio]').first()).toBeVisible();
  expect(asked).toEqual([]);
});

test('a sent application stays in the round it was sent in: other rounds cannot be chosen when it is changed', async ({ page }) => {
  await sendApplication(page, syntheticId(15, 7));
  const [sent] = await serverApplications(page);
  await page.getByRole('link', { name: 'Endre søknaden' }).click();
  await page.locator('#change-velg').click();
  await expect(page).toHaveURL(/\/velg\?fra=kontroll$/);
  await expect(page.locator('#choose-round-locked')).toContainText('Søknaden er sendt i denne opptaksrunden');
  const rounds = page.locator('input[name=round]');
  const categories = page.locator('input[name=category]');
  expect(await categories.count()).toBeGreaterThan(1);
  for (const list of [rounds, categories]) {
    for (let i = 0; i < (await list.count()); i++) {
      const radio = list.nth(i);
      // Only the round (and category) it was sent in can be chosen.
      if (await radio.isChecked()) await expect(radio).toBeEnabled();
      else await expect(radio).toBeDisabled();
    }
  }
  const [after] = await serverApplications(page);
  expect(after.content.round_id).toBe(sent.content.round_id);
});

test('reference data a wrong server sends out of range is refused with a message, not built', async ({ page }) => {
  const tasks = await startReport(page, syntheticId(16, 7));
  await page.route('**/api/v1/reference-data', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    await route.fulfill({ response, json: { ...body, max_period_years: 4_000_000_000 } });
  });
  await page.goto(`${tasks}/periode`);
  await expect(page.locator('main')).toContainText('Vi fikk et svar fra tjenesten som vi ikke forstår.');
  await expect(page.locator(id('/period/years'))).toHaveCount(0);
});

test('receipt attachments of a size out of range do not make the list or the application unreadable', async ({ page }) => {
  await sendApplication(page, syntheticId(17, 7));
  const negative = (item) => ({ ...item, receipt: item.receipt && { ...item.receipt, attachments: item.receipt.attachments.map((a) => ({ ...a, size: -5 })) } });
  await page.route(`${BACKEND}/api/v1/applications**`, async (route) => {
    const response = await route.fetch();
    if (route.request().method() !== 'GET' || !response.ok()) return route.fulfill({ response });
    const body = await response.json();
    await route.fulfill({ response, json: body.items ? { ...body, items: body.items.map(negative) } : negative(body) });
  });
  await page.goto('./soknader');
  await expect(page.locator('.app-application', { hasText: 'SLED6000' })).toContainText('Status:');
  await page.getByRole('link', { name: 'Se kvitteringen' }).click();
  await expect(page).toHaveURL(/\/kvittering$/);
  await expect(page.locator('main')).toContainText('vitnemal.jpg');
  await expect(page.locator('main')).not.toContainText('som vi ikke forstår');
});

/** A second browser (its own context: no storage shared) logged in as `person` at `address`. */
async function secondBrowser(browser, person, address) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, person);
  await page.goto(address);
  return { context, page };
}

/** Tells the page it has come back into view, as switching back to its tab does. */
async function bringBack(page) {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
}

test('two browsers on one report changing different fields: both changes kept, no question, each told what came in', async ({ page, browser }) => {
  expectConsoleErrors(failedLoad(412, '/api/v1/needs-reports/'));
  const person = syntheticId(18, 7);
  const tasks = await startReport(page, person);
  const report = reportId(page);
  await page.goto(`${tasks}/tiltak`);
  const other = await secondBrowser(browser, person, `${tasks}/skoleeier`);
  await expect(other.page.locator(id('/lead_owner/name'))).toBeVisible();

  await page.locator(id('/measure/title')).fill('Lesing for alle');
  await expect(page.locator('main .app-sync')).toHaveText(SAVED);
  // The other browser, loaded before that save, changes another field.
  await other.page.locator(id('/lead_owner/name')).fill('Asker kommune');
  await expect(other.page.locator('main .app-sync')).toHaveText(SAVED);
  await expect(other.page.getByRole('alert')).toHaveCount(0);
  await expect(other.page.locator('.app-changed-elsewhere')).toContainText('Tiltak: Tittel på tiltaket');
  const { report: saved } = await serverReport(page, report);
  expect([saved.content.measure.title, saved.content.lead_owner.name]).toEqual(['Lesing for alle', 'Asker kommune']);

  // The first browser learns of it when it comes back into view, and says what changed.
  await bringBack(page);
  await expect(page.locator('.app-changed-elsewhere')).toContainText('Skoleeier: Navn på skoleeier');
  await page.locator(id('/measure/goal')).fill('Bedre lesing');
  await expect(page.locator('main .app-sync')).toHaveText(SAVED);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const { report: both } = await serverReport(page, report);
  expect([both.content.measure.title, both.content.measure.goal, both.content.lead_owner.name]).toEqual(['Lesing for alle', 'Bedre lesing', 'Asker kommune']);
  await other.context.close();
});

test('two browsers on one application changing different fields: both kept without a question', async ({ page, browser }) => {
  expectConsoleErrors(failedLoad(412, '/api/v1/applications/'));
  const person = syntheticId(19, 7);
  await startApplication(page, person);
  await chooseSled(page);
  const other = await secondBrowser(browser, person, page.url());
  await expect(other.page.getByLabel('Stillingstittel')).toBeVisible();
  await page.getByLabel('Stillingstittel').fill('Rektor');
  await expect(page.locator('main .app-sync')).toHaveText(SAVED);
  await other.page.locator('#remarks-remark').fill('Skrevet i den andre nettleseren');
  await expect(other.page.locator('main .app-sync')).toHaveText(SAVED);
  await expect(other.page.getByRole('alert')).toHaveCount(0);
  await expect(other.page.getByLabel('Stillingstittel')).toHaveValue('Rektor');
  const [saved] = await serverApplications(page);
  expect([saved.content.remarks.job_title, saved.content.remarks.remark]).toEqual(['Rektor', 'Skrevet i den andre nettleseren']);
  await other.context.close();
});

test("a tab's working copies belong to the person who typed them: kept for them after a session ends, gone when someone else logs in", async ({ page }) => {
  const first = syntheticId(20, 7);
  await startReport(page, first);
  await task(page, 'Skoleeier').getByRole('link').click();
  await page.locator(id('/lead_owner/name')).fill('Skrevet av den første');
  const copies = () => page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('skoleleder.draft.')).length);
  await expect.poll(copies).toBe(1);
  const owner = await page.evaluate(() => sessionStorage.getItem('skoleleder.copies-owner'));
  expect(owner).toBeTruthy();
  expect(owner).not.toContain(first);
  // The session ends (as when it runs out): the same person logs in again and finds the copy.
  await page.evaluate(() => sessionStorage.removeItem('skoleleder.session'));
  await logIn(page, first);
  expect(await copies()).toBe(1);
  // Someone else logs in in the same tab: the first person's copy is gone before anything shows.
  await page.evaluate(() => sessionStorage.removeItem('skoleleder.session'));
  await logIn(page, syntheticId(21, 7));
  expect(await copies()).toBe(0);
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('Skrevet av den første');
});

test('two browsers each adding budget rows to the same year: every row survives in both', async ({ page, browser }) => {
  expectConsoleErrors(failedLoad(412, '/api/v1/needs-reports/'));
  const person = syntheticId(22, 7);
  const tasks = await startReport(page, person);
  const report = reportId(page);
  await budgetOfOneYear(page, tasks);
  const other = await secondBrowser(browser, person, `${tasks}/budsjett`);
  const addRow = async (where, [purpose, receiver, amount]) => {
    const rows = where.locator('[id^="nr-budget-0-rows-"][id$="-amount_nok"]');
    const n = await rows.count();
    await where.getByRole('button', { name: 'Legg til linje' }).click();
    await where.locator(id(`/budget/0/rows/${n}/purpose`)).selectOption(purpose);
    await where.locator(id(`/budget/0/rows/${n}/receiver`)).selectOption(receiver);
    await where.locator(id(`/budget/0/rows/${n}/amount_nok`)).fill(amount);
    await expect(where.locator('main .app-sync')).toHaveText(SAVED);
  };
  await addRow(page, ['plan', 'owner', '1000']);
  await addRow(other.page, ['evaluate', 'partner', '2000']);
  await expect(other.page.getByRole('alert')).toHaveCount(0);
  const amounts = (where) => where.locator('[id^="nr-budget-0-rows-"][id$="-amount_nok"]');
  await expect(amounts(other.page)).toHaveCount(2);
  const { report: saved } = await serverReport(page, report);
  expect(saved.content.budget[0].rows.map((r) => r.amount_nok).sort()).toEqual([1000, 2000]);
  expect(new Set(saved.content.budget[0].rows.map((r) => r.id)).size).toBe(2);
  await bringBack(page);
  await expect(amounts(page)).toHaveCount(2);
  await expect(page.locator('#year-0-totals')).toContainText('Sum: 3 000 kr.');
  await other.context.close();
});

test("the tab's copy is written once typing stops, not per keystroke, and at once as the tab goes", async ({ page }) => {
  const tasks = await startReport(page, syntheticId(23, 7));
  await task(page, 'Skoleeier').getByRole('link').click();
  // Counts the app's writes of the report's copy (keys 'skoleleder.draft.<id>').
  await page.evaluate(() => {
    window.copyWrites = 0;
    const write = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('skoleleder.draft.')) window.copyWrites += 1;
      return write.call(this, key, value);
    };
  });
  const name = page.locator(id('/lead_owner/name'));
  await name.pressSequentially('Lierne kommune', { delay: 40 });
  // Fourteen keystrokes 40 ms apart: the copy waits for the pause (300 ms), then comes once.
  expect(await page.evaluate(() => window.copyWrites)).toBe(0);
  await expect.poll(() => page.evaluate(() => window.copyWrites), { timeout: 2000 }).toBe(1);
  const copy = () => page.evaluate(() => Object.entries(sessionStorage).find(([key]) => key.startsWith('skoleleder.draft.'))?.[1] ?? '');
  expect(await copy()).toContain('Lierne kommune');
  // Typing and leaving at once (no pause): the copy is written as the page goes.
  await name.pressSequentially(' og Snåsa', { delay: 10 });
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
  expect(await copy()).toContain('Lierne kommune og Snåsa');
  await page.reload();
  await expect(page.locator(id('/lead_owner/name'))).toHaveValue('Lierne kommune og Snåsa');
  await expect(page.locator('main .app-sync')).toHaveText(SAVED);
});
