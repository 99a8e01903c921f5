// What users type and name, taken as they write it and shown as they wrote it: budget rows from
// Norwegian Excel's semicolon CSV, amounts refused for what is wrong with them, a file stored
// under the type it really is, names that would turn the page's text around refused or
// isolated, and the needs report's long texts with their limit and a live count. Each test
// logs in as its own synthetic person (month 8).
import { test, expect } from './fixture.mjs';
import { syntheticId, startApplication, chooseSled, PDF } from './wizard-helpers.mjs';
import { id, startReport } from './needs-helpers.mjs';

const h1 = (page) => page.getByRole('heading', { level: 1 });
// The first bytes are what the server reads: a PNG, whatever its name says.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
// A right-to-left override: without isolation "gnp.exe" shows as "exe.png", and the text
// after it in the same paragraph would be turned around too.
const REMARK = 'Navn \u202Egnp.exe\u202C slutt';

/** Opens a new report's budget with a one-year period. */
async function openBudget(page, nationalId) {
  const tasks = await startReport(page, nationalId);
  await page.goto(`${tasks}/periode`);
  await page.locator(id('/period/start_school_year')).selectOption({ index: 1 });
  await page.locator(id('/period/years')).selectOption('1');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(h1(page)).toHaveText('Budsjett');
  return tasks;
}

/** The check-answers row whose label is `label`. */
const summaryRow = (page, label) => page.locator('.app-summary__row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });

test('rows saved by Norwegian Excel as CSV (semicolons, quotes, "kr", ",-") are added; a paste in no known shape is explained in one line', async ({ page }) => {
  await openBudget(page, syntheticId(1, 8));
  const result = page.locator('#paste-result');
  const preview = page.getByRole('button', { name: 'Se hva som blir lagt til' });

  await page.locator('#paste-text').fill('Formål;Mottaker;Beløp\r\nGjennomføre;Skoleeier;"12 500,00"\r\nEvaluere;Samarbeidspartner;kr 2.000,-\r\n');
  await preview.click();
  await expect(result).toContainText('2 linjer kan legges til.');
  await expect(result.locator('li')).toHaveCount(0);
  await page.getByRole('button', { name: 'Legg til linjene' }).click();
  await expect(result).toContainText('2 linjer er lagt til.');
  await expect(page.locator(id('/budget/0/rows/0/purpose'))).toHaveValue('carry_out');
  // Shown grouped by three (no-break spaces), stored as whole kroner.
  await expect(page.locator(id('/budget/0/rows/0/amount_nok'))).toHaveValue('12\u00a0500');
  await expect(page.locator(id('/budget/0/rows/1/receiver'))).toHaveValue('partner');
  await expect(page.locator(id('/budget/0/rows/1/amount_nok'))).toHaveValue('2\u00a0000');

  // Commas are no separator: one line says what is expected, not three errors per line.
  await page.locator('#paste-text').fill('Gjennomføre, Skoleeier, 1000\nEvaluere, Partner, 2000\n');
  await preview.click();
  await expect(result).toHaveText('Lim inn linjer med formål, mottaker og beløp, skilt med tabulator eller semikolon, slik et regneark kopierer dem.');
  await expect(result.locator('li')).toHaveCount(0);

  // A negative amount is called negative, in the paste and in a row.
  await page.locator('#paste-text').fill('Planlegge;Skoleeier;-500\n');
  await preview.click();
  await expect(result.locator('li')).toHaveText(['Linje 1, kolonne 3: Beløpet kan ikke være negativt.']);
  await page.locator(id('/budget/0/rows/0/amount_nok')).fill('-12 500');
  await expect(page.locator(`${id('/budget/0/rows/0/amount_nok')}-error`)).toHaveText('Beløpet kan ikke være negativt.');
  await page.locator(id('/budget/0/own_contribution_nok')).fill('1 000,50');
  await expect(page.locator(`${id('/budget/0/own_contribution_nok')}-error`)).toHaveText('Beløpet må være i hele kroner, uten øre.');
});

test('a long text in the needs report states its limit before typing and counts while typing', async ({ page }) => {
  const tasks = await startReport(page, syntheticId(2, 8));
  await page.goto(`${tasks}/behov`);
  const field = page.locator(id('/need/analysis'));
  const limit = page.locator(`${id('/need/analysis')}-limit`);
  const count = page.locator(`${id('/need/analysis')}-count`);
  await expect(limit).toHaveText('Du kan skrive opptil 4000 tegn.');
  await expect(count).toHaveText('Du har 4000 tegn igjen');
  await expect(field).toHaveAttribute('aria-describedby', /-limit .*-count/);
  await field.fill('Lesing');
  await expect(count).toHaveText('Du har 3994 tegn igjen');
  await field.fill('x'.repeat(4003));
  await expect(count).toHaveText('Du har 3 tegn for mye');
});

test('a PNG named .pdf is stored and listed as .png; a file name with a right-to-left override is refused, and a remark with one is isolated on check answers', async ({ page }) => {
  test.setTimeout(60_000);
  await startApplication(page, syntheticId(3, 8));
  await chooseSled(page);
  await page.getByLabel('Stillingstittel').fill('Rektor');
  await page.getByLabel('Skoleeier').fill('Bergen kommune');
  await page.getByLabel('Merknad').fill(REMARK);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/dokumenter$/);

  // Refused in the browser, before anything is sent; the name shown isolated.
  const lying = 'Navn \u202Egnp.exe.pdf';
  await page.locator('#upload-diploma-input').setInputFiles({ name: lying, mimeType: 'application/pdf', buffer: PDF });
  const refused = page.locator('.app-upload__file', { has: page.locator('bdi', { hasText: lying }) });
  await expect(refused).toContainText('Filnavnet inneholder et kontrolltegn eller et tegn som snur skriveretningen');
  await refused.getByRole('button', { name: 'Fjern' }).click();

  // One after the other: check answers lists documents in the order they were attached, and
  // two uploads at once may finish in either order.
  await page.locator('#upload-employment_confirmation-input').setInputFiles({ name: 'bekreftelse.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.locator('.app-upload__file', { hasText: 'bekreftelse.pdf' })).toContainText('Lastet opp');
  await page.locator('#upload-diploma-input').setInputFiles({ name: 'bilde.pdf', mimeType: 'application/pdf', buffer: PNG });
  await expect(page.locator('.app-upload__file', { hasText: 'bilde.png' })).toContainText('Lastet opp');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/kontroll$/);

  const documents = summaryRow(page, 'Dokumentasjon');
  await expect(documents.locator('bdi')).toHaveText(['bekreftelse.pdf', 'bilde.png']);
  await expect(page.locator('main')).not.toContainText('bilde.pdf');

  // The remark is the whole of its element, which isolates it: the override ends there.
  const remark = summaryRow(page, 'Merknad');
  const value = remark.locator('.app-summary__value bdi');
  await expect(value).toHaveText(REMARK);
  const shown = await value.evaluate((bdi) => ({
    bidi: getComputedStyle(bdi).unicodeBidi,
    paragraph: bdi.parentElement.textContent,
  }));
  expect(shown).toEqual({ bidi: 'isolate', paragraph: REMARK });
  await expect(remark.locator('dt')).toHaveText('Merknad');
  // What follows a file name in the same line (its type) stands outside the name's isolation.
  const pngLine = documents.locator('p', { hasText: 'bilde.png' });
  const line = await pngLine.evaluate((p) => ({ name: p.querySelector('bdi').textContent, whole: p.textContent }));
  expect(line).toEqual({ name: 'bilde.png', whole: 'bilde.png (Dokumentasjon på rektorutdanning eller studiepoeng i ledelse)' });
  await expect(documents.locator('dt')).toHaveText('Dokumentasjon');
});
