// Admission requirements asked as questions, and a programme's own questions, drawn from the
// catalogue. A user who does not qualify is told which requirement and why; the round decides
// whether they may still send. The Swedish course's questions are Swedish whatever the
// interface language, marked lang="sv" (swedish.clock.spec.mjs, as its window needs the clock).
import { test, expect } from './fixture.mjs';
import { BACKEND, syntheticId, expectAccessibleStep, startApplication, chooseSledOnly, chooseLedl, writeRemarks, uploadBoth } from './wizard-helpers.mjs';

const NO_EDUCATION = 'Ingen av disse';
const NOT_EMPLOYED = 'Nei, jeg er ikke ansatt som leder i skole';
const EDUCATION_REASON = 'Du må ha bestått Nasjonal rektorutdanning eller ha minst 30 studiepoeng i ledelse (30 i ett emne eller 15 + 15).';
const EMPLOYMENT_REASON = 'Studiet er for ledere i skolen: du må være ansatt som rektor';

async function answerNotQualified(page) {
  await page.getByRole('radio', { name: NO_EDUCATION, exact: true }).check();
  await page.getByRole('radio', { name: NOT_EMPLOYED, exact: true }).check();
  const verdict = page.locator('.app-eligibility');
  await expect(verdict.getByRole('heading', { name: 'Du oppfyller ikke alle opptakskravene' })).toBeVisible();
  await expect(verdict).toContainText('Hvilken utdanning i ledelse har du?');
  await expect(verdict).toContainText(EDUCATION_REASON);
  await expect(verdict).toContainText('Er du ansatt som leder i skole?');
  await expect(verdict).toContainText(EMPLOYMENT_REASON);
  return verdict;
}

test('SLED6000 refuses an applicant who does not meet the requirements, and says which and why', async ({ page }) => {
  await startApplication(page, syntheticId(8, 3));
  await chooseSledOnly(page);
  await expect(page.getByText('Steg 2 av 5')).toBeVisible();
  await page.getByRole('radio', { name: 'Ja, generell studiekompetanse', exact: true }).check();
  const verdict = await answerNotQualified(page);
  await expect(verdict).toContainText('Uten å oppfylle kravene kan du ikke søke på dette studiet.');
  await expectAccessibleStep(page, 'requirements, not qualified');

  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  const summary = page.locator('.ds-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(`Du oppfyller ikke opptakskravet: ${EDUCATION_REASON}`);
  await expect(summary).toContainText(`Du oppfyller ikke opptakskravet: ${EMPLOYMENT_REASON}`);
  await expect(page).toHaveTitle(/^Feil: /);
  await expect(page).toHaveURL(/\/krav$/);
  await expect(page.locator('#answer-leadership_education-error')).toContainText(EDUCATION_REASON);
  await expect(page.locator('#answer-leadership_education')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessibleStep(page, 'requirements, refused');

  // Meeting them lets the applicant go on.
  await page.getByRole('radio', { name: '15 + 15 studiepoeng i ledelse', exact: true }).check();
  await page.getByRole('radio', { name: 'Ja, som avdelingsleder', exact: true }).check();
  await expect(page.locator('.app-eligibility')).toHaveCount(0);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/merknader$/);
  await expect(page.getByText('Steg 3 av 5')).toBeVisible();
});

test('LEDL6000 lets an applicant who does not meet the requirements send, for the institution to assess', async ({ page }) => {
  await startApplication(page, syntheticId(9, 3));
  // Before anything is chosen the wizard has four steps; LEDL6000 adds its requirements.
  await expect(page.getByText('Steg 1 av 4')).toBeVisible();
  await chooseLedl(page);
  await expect(page.getByText('Steg 2 av 5')).toBeVisible();
  const verdict = await answerNotQualified(page);
  await expect(verdict).toContainText('Du kan likevel sende søknaden. Studiestedet vurderer da om du kan tas opp.');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/merknader$/);
  await writeRemarks(page);
  await uploadBoth(page);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/kontroll$/);

  // Every requirement answer is listed, with "Endre" that comes back here.
  const answers = page.locator('.app-summary');
  await expect(answers).toContainText(NO_EDUCATION);
  await expect(answers).toContainText(NOT_EMPLOYED);
  await page.locator('#change-answer-school_leader_employment').click();
  await expect(page).toHaveURL(/\/krav\?fra=kontroll$/);
  await page.getByRole('radio', { name: 'Ja, som inspektør', exact: true }).check();
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/kontroll$/);
  await expect(answers).toContainText('Ja, som inspektør');
  await page.getByRole('button', { name: 'Send søknad' }).click();
  await expect(page).toHaveURL(/\/kvittering$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Søknaden er sendt');
});
