// What the needs-report tests share: starting a report, the fields by the JSON Pointer they
// write, the task list, filling every section with the mouse (for tests about something else),
// and the report as the server has it.
import { expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.mjs';
import { logIn, BACKEND } from './wizard-helpers.mjs';

export const id = (pointer) => `#nr${pointer.replaceAll('/', '-')}`;

/** Starts a new report from the owner's list; returns the task list's address. */
export async function startReport(page, nationalId) {
  await logIn(page, nationalId);
  await page.goto('./behovsmelding');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding for DeKomp');
  await page.getByRole('button', { name: 'Start behovsmelding' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding: oppgaver');
  return page.url();
}

/** A section's line on the task list, by its name (an optional section's name says so after it). */
export function task(page, name) {
  const link = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\(.+\\))?$`);
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: link }) });
}

/** Fills the field that writes `pointer`. */
export async function type(page, pointer, text) {
  await page.locator(id(pointer)).fill(text);
}

export const SLUGS = {
  'Skoleeier': 'skoleeier', 'Nettverk av skoleeiere': 'nettverk', 'Skoler': 'skoler', 'Partner': 'partner',
  'Kompetansebehov': 'behov', 'Tema': 'tema', 'Tiltak': 'tiltak', 'Forankring': 'forankring', 'Periode': 'periode',
  'Budsjett': 'budsjett', 'Statsforvalter og samarbeidsforum': 'statsforvalter',
};

/**
 * Waits for the section `heading` after "Save and continue". A section the server still
 * finds wrong keeps the user there with an error summary; the test then goes on by address,
 * as a user may (the task list marks the section).
 */
export async function section(page, heading, axe, tasks) {
  const h1 = page.getByRole('heading', { level: 1, name: heading, exact: true });
  await expect(h1.or(page.locator('.ds-error-summary'))).toBeVisible();
  if (!(await h1.isVisible())) await page.goto(`${tasks}/${SLUGS[heading]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  if (axe) await expectNoAxeViolations(page);
}

/** Fills every section from the owner on, by the fields' own ids; Enter goes on. */
export async function fillReport(page, tasks, { orgnr = '958935420', firstContribution = '33000', axe = false } = {}) {
  await task(page, 'Skoleeier').getByRole('link').click();
  await section(page, 'Skoleeier', axe, tasks);
  await type(page, '/lead_owner/name', 'Asker kommune');
  await type(page, '/lead_owner/organisation_number', orgnr);
  await page.locator(id('/lead_owner/owner_type')).selectOption('kommune');
  await type(page, '/contact_person/name', 'Kari Kontakt');
  await type(page, '/contact_person/role', 'Kommunalsjef');
  await type(page, '/contact_person/email', 'kari@example.no');
  await type(page, '/contact_person/phone', '+47 22 00 00 00');
  await page.locator(id('/contact_person/phone')).press('Enter');

  await section(page, 'Nettverk av skoleeiere', axe, tasks);
  await page.getByRole('button', { name: 'Legg til skoleeier' }).click();
  await type(page, '/co_owners/0/name', 'Bærum kommune');
  await type(page, '/co_owners/0/organisation_number', '974760673');
  await page.locator(id('/co_owners/0/organisation_number')).press('Enter');

  await section(page, 'Skoler', axe, tasks);
  await page.getByRole('button', { name: 'Legg til skole' }).click();
  await type(page, '/schools/0/name', 'Asker skole');
  await type(page, '/schools/0/organisation_number', '974760673');
  await page.locator(id('/schools/0/level')).selectOption('grunnskole');
  await type(page, '/schools/0/staff_count', '40');
  await page.locator(id('/schools/0/staff_count')).press('Enter');

  await section(page, 'Partner', axe, tasks);
  await page.locator(id('/partner/partner_type')).selectOption('university');
  await page.locator(id('/partner/institution_id')).selectOption('oslomet');
  await type(page, '/partner/contact/name', 'Per Partner');
  await type(page, '/partner/contact/email', 'per@oslomet.example');
  await page.locator(id('/partner/has_read_report')).check();
  await page.locator(id('/partner/contact/email')).press('Enter');

  await section(page, 'Kompetansebehov', axe, tasks);
  await type(page, '/need/competence_need', 'Lesing på småtrinnet.');
  await type(page, '/need/analysis', 'Kartlegging og personalmøter.');
  await type(page, '/need/staff_involvement', 'Lærerne valgte tema sammen.');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).press('Enter');

  await section(page, 'Tema', axe, tasks);
  await page.locator('#topic-begynneropplaering').check();
  await page.getByRole('button', { name: 'Lagre og fortsett' }).press('Enter');

  await section(page, 'Tiltak', axe, tasks);
  await type(page, '/measure/title', 'Lesing for alle');
  await type(page, '/measure/goal', 'Flere knekker lesekoden.');
  await type(page, '/measure/description', 'Lærende nettverk med utprøving.');
  await page.locator(id('/measure/collaboration_form')).selectOption('learning_network');
  await type(page, '/measure/target_group', 'Lærere på 1.–4. trinn');
  await type(page, '/measure/participants', '40');
  await page.locator(id('/measure/participants')).press('Enter');

  await section(page, 'Forankring', axe, tasks);
  for (const condition of ['staff_participation', 'tailored', 'leader_ownership', 'roles_and_trust']) {
    await page.locator(id(`/anchoring/${condition}/confirmed`)).check();
  }
  await type(page, '/anchoring/classroom_trials/explanation', 'Starter andre skoleår.');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).press('Enter');

  await section(page, 'Periode', axe, tasks);
  const start = page.locator(id('/period/start_school_year'));
  await start.selectOption({ index: 1 });
  await page.locator(id('/period/years')).selectOption('3');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).press('Enter');

  await section(page, 'Budsjett', false, tasks);
  const rows = [
    [0, 'carry_out', 'owner', '100 000'],
    [0, 'coordinator', 'owner', '10 000'],
    [0, 'carry_out', 'partner', '50 000'],
    [1, 'evaluate', 'owner', '50000'],
    [2, 'evaluate', 'owner', '50 000 kr'],
  ];
  const count = [0, 0, 0];
  for (const [y, purpose, receiver, amount] of rows) {
    await page.locator(id(`/budget/${y}/rows`)).click();
    const r = count[y]++;
    await page.locator(id(`/budget/${y}/rows/${r}/purpose`)).selectOption(purpose);
    await page.locator(id(`/budget/${y}/rows/${r}/receiver`)).selectOption(receiver);
    await page.locator(id(`/budget/${y}/rows/${r}/amount_nok`)).fill(amount);
  }
  for (const [y, own] of [[0, firstContribution], [1, '15000'], [2, '15 000']]) {
    await type(page, `/budget/${y}/own_contribution_nok`, own);
    await page.locator(id(`/budget/${y}/own_contribution_form`)).selectOption(y === 0 ? 'salary' : 'both');
  }
  await expect(page.locator('#year-0-totals')).toContainText('Til skoleeier: 110 000 kr. Til partner: 50 000 kr. Sum: 160 000 kr.');
  await expect(page.locator('#year-0-totals')).toContainText('Egenandel som kreves: 33 000 kr.');
  await expect(page.locator('#budget-overall')).toContainText('Sum tilskudd: 260 000 kr');
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).press('Enter');

  await section(page, 'Statsforvalter og samarbeidsforum', axe, tasks);
  await page.locator(id('/region_id')).selectOption('ostfold-buskerud-oslo-akershus');
  await expect(page.locator('#forum')).toContainText('Samarbeidsforumet for kompetanseutvikling i Østfold, Buskerud, Oslo og Akershus');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Behovsmelding: oppgaver' }).or(page.locator('.ds-error-summary'))).toBeVisible();
  await page.goto(tasks);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding: oppgaver');
}

/** The report's id, from the address of any of its pages. */
export function reportId(page) {
  return new URL(page.url()).pathname.split('/')[3];
}

/** Calls the backend with the tab's own session. */
export async function callBackend(page, method, path, { json, etag } = {}) {
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('skoleleder.session')).token);
  const headers = { Authorization: `Bearer ${token}` };
  if (etag) headers['If-Match'] = etag;
  return page.request.fetch(`${BACKEND}/api/v1/${path}`, { method, headers, data: json });
}

/** The report as the server has it: its content and findings, and its ETag. */
export async function serverReport(page, reportIdentifier) {
  const response = await callBackend(page, 'GET', `needs-reports/${reportIdentifier}`);
  expect(response.status()).toBe(200);
  return { report: await response.json(), etag: response.headers().etag };
}
