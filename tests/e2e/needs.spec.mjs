// The DeKomp needs report (behovsmelding) against the reference backend: the owner's list,
// the task list, every section, check answers, sending once and the receipt. Each test logs
// in as its own synthetic person (month 5).
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.mjs';
import { syntheticId, logIn } from './wizard-helpers.mjs';

const id = (pointer) => `#nr${pointer.replaceAll('/', '-')}`;

async function next(page) {
  await page.keyboard.press('Enter');
}

/** Starts a new report from the owner's list; returns the task list's address. */
async function startReport(page, nationalId) {
  await logIn(page, nationalId);
  await page.goto('./behovsmelding');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding for DeKomp');
  await page.getByRole('button', { name: 'Start behovsmelding' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding: oppgaver');
  return page.url();
}

function task(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** Types into a field and submits its form with Enter, as a keyboard user does. */
async function type(page, pointer, text) {
  await page.locator(id(pointer)).fill(text);
}

const SLUGS = {
  'Skoleeier': 'skoleeier', 'Nettverk av skoleeiere': 'nettverk', 'Skoler': 'skoler', 'Partner': 'partner',
  'Kompetansebehov': 'behov', 'Tema': 'tema', 'Tiltak': 'tiltak', 'Forankring': 'forankring', 'Periode': 'periode',
  'Budsjett': 'budsjett', 'Statsforvalter og samarbeidsforum': 'statsforvalter',
};

/**
 * Waits for the section `heading` after "Save and continue". A section the server still
 * finds wrong keeps the user there with an error summary; the test then goes on by address,
 * as a user may (the task list marks the section).
 */
async function section(page, heading, axe, tasks) {
  const h1 = page.getByRole('heading', { level: 1, name: heading, exact: true });
  await expect(h1.or(page.locator('.ds-error-summary'))).toBeVisible();
  if (!(await h1.isVisible())) await page.goto(`${tasks}/${SLUGS[heading]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  if (axe) await expectNoAxeViolations(page);
}

/** Fills every section from the owner on, by the fields' own ids; Enter goes on. */
async function fillReport(page, tasks, { orgnr = '958935420', firstContribution = '33000', axe = false } = {}) {
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

test('a network of two municipalities with OsloMet files a three-year report and gets a receipt', async ({ page }) => {
  test.setTimeout(180_000);
  const tasks = await startReport(page, syntheticId(1, 5));
  await expectNoAxeViolations(page);
  await expect(task(page, 'Skoleeier')).toContainText('Ikke påbegynt');
  await fillReport(page, tasks, { axe: true });
  for (const name of ['Skoleeier', 'Skoler', 'Partner', 'Budsjett', 'Statsforvalter og samarbeidsforum']) {
    await expect(task(page, name)).toContainText('Fullført');
  }
  await page.getByRole('link', { name: 'Se over og send' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Se over behovsmeldingen før du sender');
  await expect(page.locator('main')).toContainText('Asker kommune');
  await expectNoAxeViolations(page);
  const send = page.getByRole('button', { name: 'Send behovsmeldingen' });
  await send.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter').catch(() => {});
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmeldingen er sendt');
  await expect(page.locator('main')).toContainText(/Referansenummer: BM-\d{4}-\d{6}/);
  await expectNoAxeViolations(page);
  await page.goto('./behovsmelding');
  await expect(page.getByRole('heading', { level: 2, name: 'Lesing for alle' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Status: Sendt');
  // Sent once, whatever was pressed.
  await expect(page.locator('main .app-application')).toHaveCount(1);
});

test('a wrong organisation number and a too-low own contribution are caught, and sending waits until they are fixed', async ({ page }) => {
  test.setTimeout(180_000);
  const tasks = await startReport(page, syntheticId(2, 5));
  await fillReport(page, tasks, { orgnr: '958935421', firstContribution: '32999' });
  await expect(task(page, 'Skoleeier')).toContainText('Har feil');
  await expect(task(page, 'Budsjett')).toContainText('Har feil');
  await expect(task(page, 'Partner')).toContainText('Fullført');

  await task(page, 'Skoleeier').getByRole('link').click();
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  const summary = page.locator('.ds-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Organisasjonsnummer: Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke.');
  await expect(page).toHaveTitle(/^Feil: /);
  await expect(page.locator(`${id('/lead_owner/organisation_number')}-error`)).toContainText('kontrollsifferet stemmer ikke');
  await expectNoAxeViolations(page);

  await page.goto(tasks + '/budsjett');
  await expect(page.locator('#year-0-shortfall')).toHaveText('Egenandelen er 1 kr for lav.');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(summary).toContainText('Egenandel (kr): Egenandelen er for lav: den må være minst 30 % av tilskuddet til skoleeier dette skoleåret.');
  await expectNoAxeViolations(page);

  // Sending is refused while either is wrong, with links to the sections.
  await page.goto(tasks + '/kontroll');
  await page.getByRole('button', { name: 'Send behovsmeldingen' }).click();
  await expect(summary).toContainText('kontrollsifferet stemmer ikke');
  await expect(summary).toContainText('Egenandelen er for lav');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Se over behovsmeldingen før du sender');
  await expectNoAxeViolations(page);

  await page.goto(tasks + '/skoleeier');
  await type(page, '/lead_owner/organisation_number', '958935420');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nettverk av skoleeiere');
  await page.goto(tasks + '/budsjett');
  await type(page, '/budget/0/own_contribution_nok', '33 000');
  await expect(page.locator('#year-0-shortfall')).toHaveCount(0);
  await page.getByRole('button', { name: 'Lagre og gå tilbake til oppgavelisten' }).click();
  await expect(task(page, 'Skoleeier')).toContainText('Fullført');
  await expect(task(page, 'Budsjett')).toContainText('Fullført');
  await page.getByRole('link', { name: 'Se over og send' }).click();
  await page.getByRole('button', { name: 'Send behovsmeldingen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmeldingen er sendt');
});
