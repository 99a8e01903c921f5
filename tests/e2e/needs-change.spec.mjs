// A sent needs report (behovsmelding) changed and sent again, then withdrawn, before the
// deadline, as for applications. Its own synthetic person (month 10).
import { test, expect } from './fixture.mjs';
import { expectNoAxeViolations } from './helpers.mjs';
import { fillReport, startReport, type } from './needs-helpers.mjs';
import { serverList, syntheticId } from './wizard-helpers.mjs';

test('a sent report is changed and sent again as version 2 with the same reference, then withdrawn', async ({ page }) => {
  test.setTimeout(180_000);
  const tasks = await startReport(page, syntheticId(21, 10));
  await fillReport(page, tasks);
  await page.getByRole('link', { name: 'Se over og send' }).click();
  await page.getByRole('button', { name: 'Send behovsmeldingen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmeldingen er sendt');
  const main = page.locator('main');
  // The deadline in Oslo's time, whatever the browser's zone (New York here).
  await expect(main).toContainText(/Du kan endre eller trekke behovsmeldingen til fristen 1\. februar \d{4} kl\. 23:59\./);
  await expect(main).not.toContainText('versjon');
  const [sent] = await serverList(page, 'needs-reports');
  const reference = sent.receipt.reference_number;
  expect(reference).toMatch(/^BM-\d{4}-\d{6}$/);
  expect(sent.receipt.revision).toBe(1);

  // Changed through check answers: nothing to send until something changes.
  await page.getByRole('link', { name: 'Endre behovsmeldingen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Se over behovsmeldingen før du sender');
  await expect(page.locator('#send')).toHaveText(/du har ikke endret noe siden/);
  await page.locator('#change-tiltak').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiltak');
  await type(page, '/measure/title', 'Lesing og skriving for alle');
  await page.getByRole('button', { name: 'Lagre og gå tilbake til oppgavelisten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding: oppgaver');
  const [changed] = await serverList(page, 'needs-reports');
  expect(changed.status).toBe('submitted');
  expect(changed.unsent_changes).toBe(true);
  // Until it is sent again, the receipt and the owner's list say the change is not sent.
  await page.getByRole('link', { name: 'Behovsmeldingen er sendt' }).click();
  await expect(main.locator('.ds-alert[data-color=warning]')).toContainText('Du har endret behovsmeldingen etter at den ble sendt.');
  await expectNoAxeViolations(page);
  await page.goto('./behovsmelding');
  await expect(page.locator('.app-application', { hasText: 'Lesing og skriving for alle' })).toContainText('Status: Sendt, med endringer som ikke er sendt');

  await page.goto(`${tasks}/kontroll`);
  await expect(page.locator('.app-summary')).toContainText('Lesing og skriving for alle');
  await page.getByRole('button', { name: 'Send endringene' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmeldingen er sendt');
  await expect(main).toContainText('Endret og sendt på nytt (versjon 2)');
  await expect(main).toContainText(`Referansenummer: ${reference}`);
  await expect(main.locator('.app-summary')).toContainText('Lesing og skriving for alle');
  await expectNoAxeViolations(page);
  const resent = await serverList(page, 'needs-reports');
  expect(resent).toHaveLength(1);
  expect(resent[0].receipt).toMatchObject({ reference_number: reference, revision: 2 });
  expect(resent[0].unsent_changes).toBe(false);

  // Withdrawn after a confirmation; then it can be neither changed nor withdrawn again.
  await page.getByRole('button', { name: 'Trekk behovsmeldingen' }).click();
  const confirm = page.getByRole('alert').filter({ hasText: 'Vil du trekke behovsmeldingen?' });
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Ja, trekk behovsmeldingen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmeldingen er trukket');
  await expect(page.getByRole('button', { name: 'Trekk behovsmeldingen' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Endre behovsmeldingen' })).toHaveCount(0);
  await expect(main).toContainText(`Referansenummer: ${reference}`);
  await expectNoAxeViolations(page);
  const [withdrawn] = await serverList(page, 'needs-reports');
  expect(withdrawn.status).toBe('withdrawn');
  // Its sections and check answers open on the receipt, not on fields that cannot be saved.
  for (const slug of ['tema', 'budsjett', 'kontroll']) {
    await page.goto(`${tasks}/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmeldingen er trukket');
    await expect(page.locator('form.app-form')).toHaveCount(0);
  }
  await main.getByRole('link', { name: 'Mine behovsmeldinger' }).click();
  await expect(page.locator('.app-application', { hasText: 'Lesing og skriving for alle' })).toContainText('Status: Trukket');
});
