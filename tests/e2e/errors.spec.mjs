// Errors go as soon as what they are about is fixed: the field's message, its red border and
// its entry in the summary, and the page title's "Feil:" once none is left. New problems wait
// for the next "Lagre og fortsett" (nobody is told off while still typing).
import { test, expect } from './fixture.mjs';
import { id, startReport, task, type } from './needs-helpers.mjs';
import { chooseSled, startApplication, syntheticId } from './wizard-helpers.mjs';

test('a wizard step: a fixed field loses its message, border and summary entry at once, the other keeps its own', async ({ page }) => {
  await startApplication(page, syntheticId(25, 7));
  await chooseSled(page);
  await expect(page).toHaveURL(/\/merknader$/);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  const summary = page.locator('.ds-error-summary');
  await expect(summary.getByRole('listitem')).toHaveCount(2);
  await expect(page).toHaveTitle(/^Feil: /);
  const jobTitle = page.getByLabel('Stillingstittel');
  await expect(jobTitle).toHaveAttribute('aria-invalid', 'true');

  // Typed key by key: the first one fixes the field, and focus stays there for the rest.
  await jobTitle.focus();
  await page.keyboard.type('Rektor');
  await expect(jobTitle).toHaveValue('Rektor');
  await expect(jobTitle).toBeFocused();
  await expect(jobTitle).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#main')).not.toContainText('Skriv stillingstittelen din');
  await expect(summary.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByLabel('Skoleeier')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveTitle(/^Feil: /);

  await page.getByLabel('Skoleeier').fill('Bergen kommune');
  await expect(summary).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Feil: /);
  // Emptied again while typing: no new message until the user goes on.
  await jobTitle.fill('');
  await expect(jobTitle).not.toHaveAttribute('aria-invalid', 'true');
});

test('a needs report section: a fixed organisation number loses its message once the server has it', async ({ page }) => {
  await startReport(page, syntheticId(26, 7));
  await task(page, 'Skoleeier').getByRole('link').click();
  await type(page, '/lead_owner/name', 'Asker kommune');
  await type(page, '/lead_owner/organisation_number', '958935421');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  const field = page.locator(id('/lead_owner/organisation_number'));
  const summary = page.locator('.ds-error-summary');
  await expect(summary).toContainText('kontrollsifferet stemmer ikke');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveTitle(/^Feil: /);

  await field.fill('958935420');
  await expect(summary).not.toContainText('kontrollsifferet stemmer ikke');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`${id('/lead_owner/organisation_number')}-error`)).toHaveCount(0);
});
