// The DeKomp needs report (behovsmelding) against the reference backend: the owner's list,
// the task list, every section, check answers, sending once and the receipt. Each test logs
// in as its own synthetic person (month 5).
import { test, expect } from './fixture.mjs';
import { expectNoAxeViolations } from './helpers.mjs';
import { fillReport, id, startReport, task, type } from './needs-helpers.mjs';
import { syntheticId } from './wizard-helpers.mjs';

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
  // Every answer as given: the anchoring conditions (in place, or the explanation), and each
  // year's budget in words.
  const main = page.locator('main');
  await expect(main).toContainText('Arbeidet er grundig forankret gjennom medvirkning i personalet: på plass');
  await expect(main).toContainText('Det foregår utforskning og utprøving i det enkelte klasserom: Starter andre skoleår.');
  await expect(main).toContainText(/\d{4}–\d{2}: 160\s000\skr i alt, egenandel 33\s000\skr/);
  await expectNoAxeViolations(page);
  const send = page.getByRole('button', { name: 'Send behovsmeldingen' });
  await send.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter').catch(() => {});
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmeldingen er sendt');
  await expect(page.locator('main')).toContainText(/Referansenummer: BM-\d{4}-\d{6}/);
  await expect(main).toContainText('Arbeidet er grundig forankret gjennom medvirkning i personalet: på plass');
  await expect(main).toContainText(/\d{4}–\d{2}: 160\s000\skr i alt, egenandel 33\s000\skr/);
  await expectNoAxeViolations(page);
  await page.goto('./behovsmelding');
  await expect(page.getByRole('heading', { level: 2, name: 'Lesing for alle' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Status: Sendt');
  // Sent once, whatever was pressed.
  await expect(page.locator('main .app-application')).toHaveCount(1);
});

test('a wrong organisation number, a too-low own contribution and a section left incomplete are marked on the task list, also after a reload, and sending waits until they are fixed', async ({ page }) => {
  test.setTimeout(180_000);
  const tasks = await startReport(page, syntheticId(2, 5));
  await fillReport(page, tasks, { orgnr: '958935421', firstContribution: '32999' });
  await expect(task(page, 'Skoleeier')).toContainText('Har feil');
  await expect(task(page, 'Budsjett')).toContainText('Har feil');
  await expect(task(page, 'Partner')).toContainText('Fullført');
  // A section left with an answer missing has errors too, and still after a reload.
  await task(page, 'Tiltak').getByRole('link').click();
  await type(page, '/measure/goal', '');
  await page.getByRole('button', { name: 'Lagre og gå tilbake til oppgavelisten' }).click();
  await expect(task(page, 'Tiltak')).toContainText('Har feil');
  await page.reload();
  for (const name of ['Skoleeier', 'Tiltak', 'Budsjett']) await expect(task(page, name)).toContainText('Har feil');
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
  await expect(summary).toContainText('Mål: Dette må fylles ut');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Se over behovsmeldingen før du sender');
  await expectNoAxeViolations(page);

  await page.goto(tasks + '/skoleeier');
  await type(page, '/lead_owner/organisation_number', '958935420');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nettverk av skoleeiere');
  await page.goto(tasks + '/tiltak');
  await type(page, '/measure/goal', 'Flere knekker lesekoden.');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forankring');
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
