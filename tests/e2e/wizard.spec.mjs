// The application wizard against the reference backend: Mine søknader, choose, remarks,
// documents, check answers, submit, receipt. Each test logs in as its own synthetic person, so
// tests running side by side never see each other's applications.
import { test, expect, expectConsoleErrors, failedLoad } from './fixture.mjs';
import { expectNoAxeViolations } from './helpers.mjs';
import { syntheticId, expectAccessibleStep, tabTo, startApplication, chooseSled, writeRemarks, uploadBoth, serverApplications, PDF, MEETS, meetRequirements, chooseSledOnly } from './wizard-helpers.mjs';

/** What the keyboard test reads and types, in the two languages it walks. */
const FLOW_TEXT = {
  nb: {
    other: 'En annen syntetisk testperson', nationalId: 'Syntetisk fødselsnummer', logIn: 'Logg inn',
    mine: 'Mine søknader', none: 'Du har ingen søknader ennå.', start: 'Ny søknad', step: (n, total = 5) => `Steg ${n} av ${total}`,
    next: 'Lagre og fortsett', errorTitle: /^Feil: /, noCategory: 'Velg en kategori',
    category: 'Pedagogiske og internasjonale fag', round: /Etterutdanning og oppdrag/, sled: /3343 SLED6000 Skolemiljø og ledelse/,
    jobTitle: 'Stillingstittel', owner: 'Skoleeier', noJobTitle: 'Skriv stillingstittelen din',
    remark: 'Merknad', left: (n) => `Du har ${n} tegn igjen`,
    noAnswer: 'Svar på «Hvilken utdanning i ledelse har du?»',
    noDocument: 'Et dokument som studiet krever, mangler', uploaded: 'Lastet opp', send: 'Send søknad',
    sent: 'Søknaden er sendt', reference: /Referansenummer: SOK-\d{4}-\d{6}/, status: 'Status: Sendt',
    deadline: /Søknadsfrist: 25\. april \d{4} kl\. 23:59/,
  },
  en: {
    other: 'Another synthetic test person', nationalId: 'Synthetic national identity number', logIn: 'Log in',
    mine: 'My applications', none: 'You have no applications yet.', start: 'New application', step: (n, total = 5) => `Step ${n} of ${total}`,
    next: 'Save and continue', errorTitle: /^Error: /, noCategory: 'Choose a category',
    category: 'Education and international studies', round: /Further training and commissions/, sled: /3343 SLED6000 School environment and leadership/,
    jobTitle: 'Job title', owner: 'School owner', noJobTitle: 'Enter your job title',
    remark: 'Remark', left: (n) => `You have ${n} characters left`,
    noAnswer: 'Answer “What education in leadership do you have?”',
    noDocument: 'A document the programme requires is missing', uploaded: 'Uploaded', send: 'Send application',
    sent: 'Your application has been sent', reference: /Reference number: SOK-\d{4}-\d{6}/, status: 'Status: Sent',
    deadline: /Application deadline: 25 April \d{4} at 23:59/,
  },
};

for (const [language, text] of Object.entries(FLOW_TEXT)) {
  test(`apply for SLED6000 with two documents by keyboard alone, then find it under Mine søknader, in ${language}`, async ({ page }) => {
    // Eight pages, each checked by axe, at two reflow widths and by a full round of Tab.
    test.setTimeout(120_000);
    await page.addInitScript((code) => window.localStorage.setItem('skoleleder.language', code), language);
    await page.goto('./soknader');
    // Not logged in: through login and back to the same address.
    await expect(page).toHaveURL(/\/logg-inn\?neste=%2Fsoknader$/);
    const other = page.getByRole('radio', { name: text.other });
    await tabTo(page, page.locator('main input[type=radio]').first());
    // Arrow keys move within a radio group; the last radio is "another person".
    for (let i = 0; i < 10 && !(await other.isChecked()); i++) await page.keyboard.press('ArrowDown');
    await expect(other).toBeChecked();
    await tabTo(page, page.getByLabel(text.nationalId));
    await page.keyboard.type(syntheticId(language === 'nb' ? 1 : 6, 3));
    await tabTo(page, page.getByRole('button', { name: text.logIn }));
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/soknad\/soknader$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.mine);
    await expect(page.getByText(text.none)).toBeVisible();
    await expectAccessibleStep(page, `Mine søknader in ${language}`);

    const next = page.getByRole('button', { name: text.next });
    const goOn = async () => {
      await tabTo(page, next);
      await page.keyboard.press('Enter');
    };
    await tabTo(page, page.getByRole('button', { name: text.start }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/soknader\/[^/]+\/velg$/);
    // Four steps until a programme with admission requirements is chosen.
    await expect(page.getByText(text.step(1, 4))).toBeVisible();

    // Continue with nothing chosen: the error summary takes focus and the title says so.
    await goOn();
    const summary = page.locator('.ds-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(text.noCategory);
    await expect(page).toHaveTitle(text.errorTitle);
    await expectAccessibleStep(page, `choose, with errors in ${language}`);

    await tabTo(page, page.locator('#choose-category'));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: text.category, exact: true })).toBeChecked();
    const round = page.getByRole('radio', { name: text.round });
    await tabTo(page, round);
    await page.keyboard.press('Space');
    await expect(round).toBeChecked();
    const sled = page.getByRole('checkbox', { name: text.sled });
    await tabTo(page, sled);
    await page.keyboard.press('Space');
    await expect(sled).toBeChecked();
    await expect(page.getByText(text.step(1))).toBeVisible();
    await expectAccessibleStep(page, `choose in ${language}`);
    await goOn();

    // The admission requirements, as questions: none answered gives one error per question.
    await expect(page).toHaveURL(/\/krav$/);
    await expect(page.getByText(text.step(2))).toBeVisible();
    await goOn();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(text.noAnswer);
    await expect(page.locator('#answer-leadership_education')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessibleStep(page, `requirements, with errors in ${language}`);
    // The first answer of each meets the requirement; Space picks it.
    for (const id of ['leadership_education', 'school_leader_employment', 'study_competence']) {
      await tabTo(page, page.locator(`#answer-${id}`));
      await page.keyboard.press('Space');
      await expect(page.locator(`#answer-${id}`)).toBeChecked();
    }
    await expect(page.locator('.app-eligibility')).toHaveCount(0);
    await goOn();

    await expect(page).toHaveURL(/\/merknader$/);
    await expect(page.getByText(text.step(3))).toBeVisible();
    await goOn();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(text.noJobTitle);
    await expect(page.locator('#remarks-job-title')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessibleStep(page, `remarks, with errors in ${language}`);
    await tabTo(page, page.getByLabel(text.jobTitle));
    await page.keyboard.type('Rektor');
    await tabTo(page, page.getByLabel(text.owner));
    await page.keyboard.type('Bergen kommune');
    // The remark counts characters (not bytes) and tells a screen reader once typing pauses.
    await tabTo(page, page.getByLabel(text.remark));
    await expect(page.locator('#remarks-remark-count')).toHaveText(text.left(1500));
    await page.keyboard.type('Ledergruppen søker sammen');
    await expect(page.locator('#remarks-remark-count')).toHaveText(text.left(1475));
    await expect(page.locator('#remarks-remark ~ [role=status]')).toHaveText(text.left(1475));
    await goOn();

    await expect(page).toHaveURL(/\/dokumenter$/);
    await expect(page.getByText(text.step(4))).toBeVisible();
    await goOn();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(text.noDocument);
    // Two documents missing are two lines, each naming its document.
    const lines = await summary.getByRole('listitem').allTextContents();
    expect(lines).toHaveLength(2);
    expect(new Set(lines).size, `summary lines: ${lines.join(' | ')}`).toBe(2);
    await expectAccessibleStep(page, `documents, with errors in ${language}`);
    // The drop zones line up, whatever their labels say.
    const widths = await page.locator('main .ds-file-upload').evaluateAll((zones) => zones.map((zone) => Math.round(zone.getBoundingClientRect().width)));
    expect(widths.length).toBeGreaterThan(1);
    expect(new Set(widths).size, `drop zone widths ${widths.join(', ')}`).toBe(1);
    await uploadBoth(page, text.uploaded);
    await expectAccessibleStep(page, `documents in ${language}`);
    await goOn();

    await expect(page).toHaveURL(/\/kontroll$/);
    const answers = page.locator('.app-summary');
    await expect(answers).toContainText(text.sled);
    await expect(answers).toContainText('Rektor');
    await expect(answers).toContainText('Bergen kommune');
    await expect(answers).toContainText('Ledergruppen søker sammen');
    await expectAccessibleStep(page, `check answers in ${language}`);

    // "Endre" goes to the step and back to check answers.
    await tabTo(page, page.locator('#change-merknader'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/merknader\?fra=kontroll$/);
    await tabTo(page, page.getByLabel(text.jobTitle));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Assisterende rektor');
    await goOn();
    await expect(page).toHaveURL(/\/kontroll$/);
    await expect(answers).toContainText('Assisterende rektor');

    await tabTo(page, page.getByRole('button', { name: text.send }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/kvittering$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.sent);
    await expect(page.getByText(text.reference)).toBeVisible();
    await expect(page.locator('main')).toContainText('bekreftelse.pdf');
    await expect(page.locator('main')).toContainText('vitnemal.jpg');
    await expectAccessibleStep(page, `receipt in ${language}`);

    await tabTo(page, page.locator('main').getByRole('link', { name: text.mine }));
    await page.keyboard.press('Enter');
    const item = page.locator('.app-application', { hasText: 'SLED6000' });
    await expect(item).toContainText(text.status);
    await expect(item).toContainText(text.deadline);
  });
}

test('a double click on send makes one submission, which can be changed, sent again and then withdrawn', async ({ page }) => {
  // A long walk (send, a late document, change, send again, withdraw): 25 s on a quiet machine.
  test.setTimeout(60_000);
  await startApplication(page, syntheticId(2, 3));
  await chooseSled(page);
  await writeRemarks(page);
  await uploadBoth(page);
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/kontroll$/);
  await page.getByRole('button', { name: 'Send søknad' }).dblclick();
  await expect(page).toHaveURL(/\/kvittering$/);
  const applications = await serverApplications(page);
  expect(applications).toHaveLength(1);
  expect(applications[0].status).toBe('submitted');
  expect(applications[0].receipt.reference_number).toMatch(/^SOK-/);
  const reference = applications[0].receipt.reference_number;

  // Documents can follow without sending again (ettersending), until the deadline.
  await expect(page.getByText('Du kan legge til dokumenter uten å sende søknaden på nytt, til og med')).toBeVisible();
  // The upload fields wait behind a button, and open with focus on them.
  await expect(page.locator('#upload-other-input')).toBeHidden();
  await page.getByRole('button', { name: 'Legg til dokumenter' }).click();
  await expect(page.locator('#late-documents-fields')).toBeFocused();
  await page.locator('#upload-other-input').setInputFiles({ name: 'attest.pdf', mimeType: 'application/pdf', buffer: PDF });
  const sentLater = page.locator('section', { has: page.getByRole('heading', { name: 'Ettersend dokumenter' }) });
  await expect(sentLater.getByRole('listitem').filter({ hasText: /^attest\.pdf$/ })).toBeVisible();
  await expect(sentLater.locator('.app-upload__file', { hasText: 'attest.pdf' }).getByRole('button', { name: 'Fjern' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const [withLate] = await serverApplications(page);
  expect(withLate.late_documents.map((d) => d.filename)).toEqual(['attest.pdf']);
  expect(withLate.unsent_changes).toBe(false);

  // Before the deadline it can be changed: through check answers, then sent again.
  await page.getByRole('link', { name: 'Endre søknaden' }).click();
  await expect(page).toHaveURL(/\/kontroll$/);
  await expect(page.locator('#submit')).toHaveText(/du har ikke endret noe siden/);
  await page.locator('#change-merknader').click();
  await page.getByLabel('Stillingstittel').fill('Assisterende rektor');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/kontroll$/);
  await expect(page.locator('.app-summary')).toContainText('Assisterende rektor');
  const [changed] = await serverApplications(page);
  expect(changed.status).toBe('submitted');
  expect(changed.unsent_changes).toBe(true);
  await page.getByRole('button', { name: 'Send endringene' }).click();
  await expect(page).toHaveURL(/\/kvittering$/);
  await expect(page.locator('main')).toContainText('Endret og sendt på nytt (versjon 2)');
  await expect(page.locator('main')).toContainText(`Referansenummer: ${reference}`);
  await expectNoAxeViolations(page);
  const resent = await serverApplications(page);
  expect(resent).toHaveLength(1);
  expect(resent[0].unsent_changes).toBe(false);
  expect(resent[0].receipt.revision).toBe(2);
  expect(resent[0].content.remarks.job_title).toBe('Assisterende rektor');
  expect(resent[0].receipt.attachments.map((a) => a.filename)).toContain('attest.pdf');

  // Before the deadline it can be withdrawn, after a confirmation.
  await page.getByRole('button', { name: 'Trekk søknaden' }).click();
  const confirm = page.getByRole('alert').filter({ hasText: 'Vil du trekke søknaden?' });
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Ja, trekk søknaden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Søknaden er trukket');
  await expect(page.getByRole('button', { name: 'Trekk søknaden' })).toHaveCount(0);
  const [withdrawn] = await serverApplications(page);
  expect(withdrawn.status).toBe('withdrawn');
  await page.locator('main').getByRole('link', { name: 'Mine søknader' }).click();
  await expect(page.locator('.app-application', { hasText: 'SLED6000' })).toContainText('Status: Trukket');
});

test('a reload on every step keeps what was typed and chosen, saved or not', async ({ page }) => {
  await startApplication(page, syntheticId(3, 3));
  const reloaded = async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  };
  await page.getByRole('radio', { name: 'Pedagogiske og internasjonale fag' }).check();
  await page.getByRole('radio', { name: /Etterutdanning og oppdrag/ }).check();
  await page.getByRole('checkbox', { name: /SLED6000/ }).check();
  await reloaded();
  await expect(page.getByRole('checkbox', { name: /SLED6000/ })).toBeChecked();
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/krav$/);

  const firstRequirement = page.getByRole('radio', { name: Object.values(MEETS)[0], exact: true });
  await firstRequirement.check();
  await reloaded();
  await expect(firstRequirement).toBeChecked();
  await meetRequirements(page);

  await page.getByLabel('Stillingstittel').fill('Inspektør');
  await reloaded();
  await expect(page.getByLabel('Stillingstittel')).toHaveValue('Inspektør');
  await page.getByLabel('Skoleeier').fill('Bergen kommune');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/dokumenter$/);

  await uploadBoth(page);
  await reloaded();
  for (const name of ['bekreftelse.pdf', 'vitnemal.jpg']) {
    await expect(page.getByRole('main')).toContainText(name);
  }
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/kontroll$/);

  await reloaded();
  const summary = page.locator('.app-summary');
  for (const text of ['SLED6000', 'Inspektør', 'Bergen kommune', 'bekreftelse.pdf', 'vitnemal.jpg']) {
    await expect(summary).toContainText(text);
  }
});

test('two tabs editing one draft get a choice, not a loss', async ({ browser }) => {
  expectConsoleErrors(failedLoad(412, '/api/v1/applications/'));
  const context = await browser.newContext();
  const first = await context.newPage();
  const id = syntheticId(4, 3);
  await startApplication(first, id);
  await chooseSled(first);
  const address = first.url();

  // A second tab (its own login, as a new tab's sessionStorage starts empty).
  const second = await context.newPage();
  await second.goto('./logg-inn');
  await second.getByRole('radio', { name: 'En annen syntetisk testperson' }).check();
  await second.getByLabel('Syntetisk fødselsnummer').fill(id);
  await second.getByRole('button', { name: 'Logg inn' }).click();
  await expect(second.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  await second.goto(address);
  await expect(second.getByLabel('Stillingstittel')).toBeVisible();

  await first.getByLabel('Stillingstittel').fill('Rektor fra fane 1');
  await first.getByLabel('Skoleeier').fill('Bergen kommune');
  await first.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(first).toHaveURL(/\/dokumenter$/);

  await second.getByLabel('Stillingstittel').fill('Rektor fra fane 2');
  await second.getByLabel('Skoleeier').fill('Bergen kommune');
  await second.getByRole('button', { name: 'Lagre og fortsett' }).click();
  const conflict = second.getByRole('alert').filter({ hasText: 'Søknaden er endret et annet sted' });
  await expect(conflict).toBeVisible();
  // Both versions, where they differ, before the choice.
  const field = conflict.getByRole('group', { name: 'Stillingstittel' });
  await expect(field.getByRole('radio', { name: 'Din versjon: Rektor fra fane 2' })).toBeChecked();
  await expect(field.getByRole('radio', { name: 'Lagret versjon: Rektor fra fane 1' })).toBeVisible();
  // Both typed the same school owner: no question about it.
  await expect(conflict).not.toContainText('Skoleeier');
  await expect(second).toHaveURL(/\/merknader$/);
  await expectNoAxeViolations(second);
  await conflict.getByRole('button', { name: 'Bruk valgene' }).click();
  await expect(second.getByLabel('Stillingstittel')).toHaveValue('Rektor fra fane 2');
  await second.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(second).toHaveURL(/\/dokumenter$/);
  const [saved] = await serverApplications(second);
  expect(saved.content.remarks.job_title).toBe('Rektor fra fane 2');
  await context.close();
});

test('a file that is not what its name says, an empty file and one over the limit each get their own message', async ({ page }) => {
  expectConsoleErrors(failedLoad(415, '/api/v1/documents'));
  await startApplication(page, syntheticId(5, 3));
  await chooseSled(page);
  await writeRemarks(page);
  const input = page.locator('#upload-employment_confirmation-input');
  await input.setInputFiles({ name: 'tekst.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just some text, not a PDF') });
  const fake = page.locator('.app-upload__file', { hasText: 'tekst.pdf' });
  await expect(fake).toContainText('Innholdet i filen er ikke');
  await expect(fake).not.toContainText('Lastet opp');
  await input.setInputFiles({ name: 'tom.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
  await expect(page.locator('.app-upload__file', { hasText: 'tom.pdf' })).toContainText('Filen er tom.');
  // One byte over the deployment's limit (15 MB in config.e2e.json), refused before sending.
  const tooLarge = Buffer.concat([PDF, Buffer.alloc(15 * 1024 * 1024 + 1 - PDF.length, 32)]);
  await input.setInputFiles({ name: 'stor.pdf', mimeType: 'application/pdf', buffer: tooLarge });
  await expect(page.locator('.app-upload__file', { hasText: 'stor.pdf' })).toContainText('Filen er større enn 15 MB.');
  await expectNoAxeViolations(page);
});

test('typing is saved to the server in the background, without pressing continue', async ({ page }) => {
  await startApplication(page, syntheticId(1, 4));
  await chooseSled(page);
  await page.getByLabel('Stillingstittel').fill('Avdelingsleder');
  await expect(page.locator('.app-sync')).toHaveText('Alt du har skrevet, er lagret.');
  const [saved] = await serverApplications(page);
  expect(saved.content.remarks.job_title).toBe('Avdelingsleder');
  // Saves keep what the server would refuse at sending (201 characters here) and say so only
  // when the user goes on: here the browser says it first, at continue.
  await page.getByLabel('Stillingstittel').fill('x'.repeat(201));
  await expect(page.locator('.app-sync')).toHaveText('Alt du har skrevet, er lagret.');
  const [tooLong] = await serverApplications(page);
  expect(tooLong.content.remarks.job_title).toHaveLength(201);
  expect(tooLong.findings).toContainEqual(expect.objectContaining({ pointer: '/remarks/job_title', code: 'too_long' }));
});

test('Mine søknader continues a draft where it was left, and deletes a draft after a confirmation', async ({ page }) => {
  await startApplication(page, syntheticId(2, 4));
  await chooseSled(page);
  await page.goto('./soknader');
  const item = page.locator('.app-application', { hasText: 'SLED6000' });
  // The remarks are still missing, so that is where it goes on.
  await item.getByRole('link', { name: /Fortsett der du slapp/ }).click();
  await expect(page).toHaveURL(/\/merknader$/);
  await page.goto('./soknader');
  await item.getByRole('button', { name: /Slett utkastet/ }).click();
  await expectNoAxeViolations(page);
  await item.getByRole('button', { name: 'Nei, behold det' }).click();
  expect(await serverApplications(page)).toHaveLength(1);
  await item.getByRole('button', { name: /Slett utkastet/ }).click();
  await item.getByRole('button', { name: 'Ja, slett utkastet' }).click();
  await expect(page.locator('#deleted')).toHaveText('Utkastet er slettet.');
  await expect(page.locator('#deleted')).toBeFocused();
  await expect(page.getByText('Du har ingen søknader ennå.')).toBeVisible();
  expect(await serverApplications(page)).toHaveLength(0);
});

test('switching language on a step keeps what was typed and chosen', async ({ page }) => {
  await startApplication(page, syntheticId(6, 4));
  await chooseSledOnly(page);
  await page.getByRole('radio', { name: MEETS.employment, exact: true }).check();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Admission requirements');
  await expect(page.getByText('Step 2 of 5')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Yes, as principal', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Bokmål', exact: true }).click();
  await meetRequirements(page);
  await page.getByLabel('Stillingstittel').fill('Avdelingsleder');
  await page.getByRole('button', { name: 'Nynorsk', exact: true }).click();
  await expect(page.getByLabel('Stillingstittel')).toHaveValue('Avdelingsleder');
  await page.getByRole('button', { name: 'Svenska', exact: true }).click();
  await expect(page.getByLabel('Befattning')).toHaveValue('Avdelingsleder');
});
