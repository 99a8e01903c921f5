// Switching language in place shows what a fresh load in that language shows: on every page and
// in every state, the visible text, the live regions (hidden ones too), the accessible names
// and the options of every list are compared with the same page reloaded in the new language.
// A text computed once and never redrawn stays in bokmål and shows up here as a difference.
import path from 'node:path';
import { test, expect } from './fixture.mjs';
import { chooseLanguage } from './helpers.mjs';
import { JPG, PDF, startApplication, chooseSled, writeRemarks, uploadBoth, syntheticId } from './wizard-helpers.mjs';
import { startReport, fillReport, SLUGS } from './needs-helpers.mjs';

/**
 * What a reader meets on the page, as comparable lines. Clock times are masked: a save
 * between the two loads may move "Lagret kl. 10:41" by a minute.
 */
async function reading(page, scope = 'body') {
  const mask = (line) => line.replace(/\b\d{1,2}[:.]\d{2}\b/g, '⌚');
  const inPage = await page.locator(scope).evaluate((root) => {
    const tidy = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
    const labelled = [...root.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-valuetext], [aria-roledescription]')]
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-roledescription']
        .filter((name) => el.hasAttribute(name))
        .map((name) => `${el.tagName.toLowerCase()}[${name}] ${tidy(el.getAttribute(name))}`));
    return {
      title: document.title,
      lang: document.documentElement.lang,
      text: root.innerText.split('\n').map(tidy).filter(Boolean),
      live: [...root.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')].map((el) => tidy(el.textContent)),
      options: [...root.querySelectorAll('option')].map((el) => tidy(el.textContent)),
      attributes: labelled,
    };
  });
  const tree = (await page.locator(scope).ariaSnapshot()).split('\n');
  return Object.fromEntries(Object.entries({ ...inPage, tree }).map(([part, value]) => [part, Array.isArray(value) ? value.map(mask) : mask(value)]));
}

/**
 * Writes the page, whole, at 1280 and 320 px wide into the run's artefacts (`screens/`), for
 * a person to look at; `scripts/screenshots` copies a few into README.
 */
async function picture(page, name) {
  const folder = path.join(process.env.E2E_ARTIFACTS ?? 'test-results/e2e', 'screens');
  const size = page.viewportSize();
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: size.height });
    await page.screenshot({ path: path.join(folder, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}

/** Reads the page until two readings a moment apart agree: data and chunks have arrived. */
async function settledReading(page, scope) {
  let last = await reading(page, scope);
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(250);
    const now = await reading(page, scope);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

/**
 * In place: from bokmål to `language` with the header's buttons. Fresh: the same address
 * reloaded (the choice is remembered, the draft and session stay in the tab), then `again`,
 * the part of the state a reload does not keep (an error summary after continue, say).
 * Back to bokmål afterwards, for the next state.
 */
async function expectSwitchedLikeFresh(page, label, language, again = async () => {}) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await chooseLanguage(page, language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  const inPlace = await settledReading(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await again();
  const fresh = await settledReading(page);
  expect(inPlace, `${label}: switched to ${language} in place, compared with a fresh load`).toEqual(fresh);
  await chooseLanguage(page, 'nb');
}

/**
 * A file just uploaded: its row, in place, against the same file uploaded to the same field
 * on a fresh page in the new language (then removed again, which leaves it among earlier
 * documents). The upload's announcement was said in bokmål and must not stay behind.
 */
async function expectUploadSwitchedLikeFresh(page) {
  const field = '.app-upload:has(#upload-diploma-input)';
  const live = page.locator(`${field} [role=status]`);
  await expect(live).not.toBeEmpty();
  await chooseLanguage(page, 'en');
  await expect(live).toBeEmpty();
  const { live: _said, ...inPlace } = await settledReading(page, field);
  await page.reload();
  await page.locator('#upload-diploma-input').setInputFiles({ name: 'vitnemal.jpg', mimeType: 'image/jpeg', buffer: JPG });
  await expect(page.locator(`${field} .app-upload__file`)).toContainText('Uploaded');
  const { live: said, ...heard } = await settledReading(page, field);
  expect(said).toEqual(['vitnemal.jpg is uploaded']);
  // The fresh page's announcement aside, which the page in place has rightly forgotten.
  const fresh = {
    ...heard,
    text: heard.text.filter((line) => line !== said[0]),
    tree: heard.tree.map((line) => line.replace(`- status: ${said[0]}`, '- status')),
  };
  expect(inPlace, 'a file just uploaded: switched to en in place, compared with a fresh load').toEqual(fresh);
  await page.locator(`${field} .app-upload__file button`).last().click();
  await expect(page.locator(`${field} .app-upload__file`)).toHaveCount(0);
  await chooseLanguage(page, 'nb');
}

/** Continue on a form, by what it is rather than by its words, and wait for the summary. */
async function continueWithErrors(page) {
  await page.locator('main form button[type=submit]').last().click();
  await expect(page.locator('.ds-error-summary')).toBeFocused();
}

test('the shell pages follow a language switch in place', async ({ page }) => {
  test.setTimeout(90_000);
  for (const [path, language] of [['./', 'en'], ['./studier', 'sv'], ['./tilgjengelighet', 'nn'], ['./personvern', 'en'], ['./finnes-ikke', 'sv'], ['./logg-inn', 'en']]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectSwitchedLikeFresh(page, path, language);
  }
  await continueWithErrors(page);
  await expectSwitchedLikeFresh(page, 'login with errors', 'sv', () => continueWithErrors(page));
});

test('every wizard step, its errors, the receipt and Mine søknader follow a language switch in place', async ({ page }) => {
  test.setTimeout(180_000);
  await startApplication(page, syntheticId(20, 9));
  await picture(page, 'wizard-choose');
  await expectSwitchedLikeFresh(page, 'choose, nothing chosen', 'en');
  await continueWithErrors(page);
  await expectSwitchedLikeFresh(page, 'choose with errors', 'sv', () => continueWithErrors(page));
  await chooseSled(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/krav$/);
  await picture(page, 'wizard-requirements');
  await expectSwitchedLikeFresh(page, 'requirements, answered', 'en');
  await page.goForward();
  await expect(page).toHaveURL(/\/merknader$/);
  // The remark's counter, and its announcement once typing has paused: said in bokmål, it
  // must not stay behind in bokmål (a fresh page has announced nothing yet).
  await page.locator('#remarks-remark').fill('Ledergruppen søker sammen');
  await expect(page.locator('#remarks-remark ~ [role=status]')).not.toBeEmpty();
  await picture(page, 'wizard-remarks');
  await expectSwitchedLikeFresh(page, 'remarks, counted', 'en');
  await continueWithErrors(page);
  await expectSwitchedLikeFresh(page, 'remarks with errors', 'sv', () => continueWithErrors(page));
  await writeRemarks(page);
  await continueWithErrors(page);
  await expectSwitchedLikeFresh(page, 'documents with errors', 'sv', () => continueWithErrors(page));
  await uploadBoth(page);
  await expectUploadSwitchedLikeFresh(page);
  await page.locator('main form button[type=submit]').last().click();
  await expect(page).toHaveURL(/\/kontroll$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/dokumenter$/);
  await picture(page, 'wizard-documents');
  await expectSwitchedLikeFresh(page, 'documents, attached and earlier', 'sv');
  await page.goForward();
  await expect(page).toHaveURL(/\/kontroll$/);
  await picture(page, 'wizard-check-answers');
  await expectSwitchedLikeFresh(page, 'check answers', 'sv');
  await page.getByRole('button', { name: 'Send søknad' }).click();
  await expect(page).toHaveURL(/\/kvittering$/);
  await picture(page, 'wizard-receipt');
  await expectSwitchedLikeFresh(page, 'receipt', 'en');
  // A late document on the receipt: the upload's own lines and announcement.
  await page.getByRole('button', { name: 'Legg til dokumenter' }).click();
  await page.locator('main input[type=file]').first().setInputFiles({ name: 'attest.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.locator('.app-upload__file', { hasText: 'attest.pdf' })).toContainText('Lastet opp');
  // Once the application has it, the late document is listed as sent (the upload's "Lastet
  // opp" comes a request earlier); a fresh page has the upload fields closed again.
  const sentLater = page.locator('section', { has: page.getByRole('heading', { name: 'Ettersend dokumenter' }) });
  await expect(sentLater.getByRole('listitem').filter({ hasText: /^attest\.pdf$/ })).toBeVisible();
  await page.reload();
  await expect(page.locator('main')).toContainText('attest.pdf');
  await expectSwitchedLikeFresh(page, 'receipt, late document', 'sv');
  await page.goto('./soknader');
  await expect(page.locator('.app-application')).toHaveCount(1);
  await page.getByRole('button', { name: 'Ny søknad' }).click();
  await expect(page).toHaveURL(/\/velg$/);
  await page.goto('./soknader');
  await expect(page.locator('.app-application')).toHaveCount(2);
  await expectSwitchedLikeFresh(page, 'Mine søknader, one sent and one draft', 'en');
  await expectSwitchedLikeFresh(page, 'Mine søknader, one sent and one draft', 'sv');
});

test('every needs report section, its errors, check answers and the receipt follow a language switch in place', async ({ page }) => {
  test.setTimeout(240_000);
  const tasks = await startReport(page, syntheticId(21, 9));
  await expectSwitchedLikeFresh(page, 'task list, empty', 'en');
  // Sending an empty report: a summary line for each thing missing, on check answers.
  const sendWithErrors = async () => {
    await page.locator('#send').click();
    await expect(page.locator('.ds-error-summary')).toBeFocused();
  };
  await page.goto(`${tasks}/kontroll`);
  await sendWithErrors();
  // Each line says where: the same message for five conditions or three years is no help.
  const lines = await page.locator('.ds-error-summary li').allTextContents();
  expect(lines.length).toBeGreaterThan(5);
  expect(lines.filter((line, i) => lines.indexOf(line) !== i), 'repeated summary lines').toEqual([]);
  await expectSwitchedLikeFresh(page, 'check answers, sent empty', 'sv', sendWithErrors);
  // A wrong organisation number and too low an own contribution: errors on the task list,
  // in their sections, and in the owner's summary after continue.
  await page.goto(tasks);
  await fillReport(page, tasks, { orgnr: '958935421', firstContribution: '32999' });
  await picture(page, 'needs-task-list');
  await expectSwitchedLikeFresh(page, 'task list, filled with errors', 'sv');
  await page.goto(`${tasks}/skoleeier`);
  await continueWithErrors(page);
  await expectSwitchedLikeFresh(page, 'owner with errors', 'en', () => continueWithErrors(page));
  await page.locator('#nr-lead_owner-organisation_number').fill('958935420');
  await page.goto(`${tasks}/budsjett`);
  await expect(page.locator('#year-0-shortfall')).toBeVisible();
  await picture(page, 'needs-budget');
  await expectSwitchedLikeFresh(page, 'budget, contribution too low', 'sv');
  await page.locator('#nr-budget-0-own_contribution_nok').fill('33000');
  await expect(page.locator('#year-0-shortfall')).toHaveCount(0);
  const languages = ['en', 'sv'];
  let turn = 0;
  for (const slug of Object.values(SLUGS)) {
    await page.goto(`${tasks}/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectSwitchedLikeFresh(page, slug, languages[turn++ % 2]);
  }
  await page.goto(`${tasks}/kontroll`);
  await expectSwitchedLikeFresh(page, 'check answers', 'en');
  await page.getByRole('button', { name: 'Send behovsmeldingen' }).click();
  await expect(page).toHaveURL(/\/kvittering$/);
  await expectSwitchedLikeFresh(page, 'receipt', 'sv');
  await page.goto('./behovsmelding');
  await expectSwitchedLikeFresh(page, 'the owner\'s reports', 'en');
});
