// More of the needs report against the reference backend: a reload mid-section, 200 pasted
// budget rows, every section's error state under axe, the whole report by keyboard alone, two
// tabs on one report, and the report in nynorsk, English and Swedish. Each test logs in as its
// own synthetic person (month 6).
import { test, expect, expectConsoleErrors, failedLoad } from './fixture.mjs';
import { expectNoAxeViolations, chooseLanguage } from './helpers.mjs';
import { syntheticId, tabTo, logIn } from './wizard-helpers.mjs';
import { id, startReport, task, type, reportId, serverReport, callBackend } from './needs-helpers.mjs';

const h1 = (page) => page.getByRole('heading', { level: 1 });
const SAVED = 'Alt du har skrevet, er lagret.';
const SAVING = 'Endringene lagres automatisk.';

test('a reload mid-section keeps everything typed, saved or not, and an organisation number written in groups is taken and stored as digits', async ({ page }) => {
  test.setTimeout(60_000);
  const tasks = await startReport(page, syntheticId(1, 6));
  const report = reportId(page);
  const sync = page.locator('main .app-sync');
  await task(page, 'Skoleeier').getByRole('link').click();
  await expect(h1(page)).toHaveText('Skoleeier');
  await type(page, '/lead_owner/name', 'Asker kommune');
  await type(page, '/lead_owner/organisation_number', '958 935 420');
  await page.locator(id('/lead_owner/owner_type')).selectOption('kommune');
  await type(page, '/contact_person/name', 'Kari Kontakt');
  // Saved in the background: the server has it, and a reload shows it.
  await expect(sync).toHaveText(SAVED);
  let { report: saved } = await serverReport(page, report);
  expect(saved.content.lead_owner).toEqual({ name: 'Asker kommune', organisation_number: '958 935 420', owner_type: 'kommune' });
  // Written in groups, the number is no finding (the server reads it as its digits).
  expect(saved.findings.map((f) => f.pointer)).not.toContain('/lead_owner/organisation_number');
  await page.reload();
  await expect(page.locator(id('/lead_owner/name'))).toHaveValue('Asker kommune');
  await expect(page.locator(id('/lead_owner/organisation_number'))).toHaveValue('958 935 420');
  await expect(page.locator(id('/lead_owner/owner_type'))).toHaveValue('kommune');
  await expect(page.locator(id('/contact_person/name'))).toHaveValue('Kari Kontakt');

  // Typed, then reloaded before the background save: the tab kept it, and saves it after.
  await type(page, '/contact_person/role', 'Kommunalsjef');
  await type(page, '/contact_person/email', 'kari@example.no');
  await expect(sync).toHaveText(SAVING);
  await page.reload();
  await expect(page.locator(id('/contact_person/role'))).toHaveValue('Kommunalsjef');
  await expect(page.locator(id('/contact_person/email'))).toHaveValue('kari@example.no');
  await expect(page.locator(id('/lead_owner/name'))).toHaveValue('Asker kommune');
  await expect(sync).toHaveText(SAVED);
  ({ report: saved } = await serverReport(page, report));
  expect(saved.content.contact_person).toMatchObject({ role: 'Kommunalsjef', email: 'kari@example.no' });

  // Going on accepts the grouped number and stores its digits alone.
  await type(page, '/contact_person/phone', '22 00 00 00');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(h1(page)).toHaveText('Nettverk av skoleeiere');
  ({ report: saved } = await serverReport(page, report));
  expect(saved.content.lead_owner.organisation_number).toBe('958935420');

  // The budget's rows too: typed and reloaded at once.
  await page.goto(`${tasks}/periode`);
  await page.locator(id('/period/start_school_year')).selectOption({ index: 1 });
  await page.locator(id('/period/years')).selectOption('1');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(h1(page)).toHaveText('Budsjett');
  await page.locator(id('/budget/0/rows')).click();
  await page.locator(id('/budget/0/rows/0/purpose')).selectOption('carry_out');
  await page.locator(id('/budget/0/rows/0/receiver')).selectOption('owner');
  await page.locator(id('/budget/0/rows/0/amount_nok')).fill('12 500');
  await type(page, '/budget/0/own_contribution_nok', '3 750');
  await page.reload();
  await expect(page.locator(id('/budget/0/rows/0/purpose'))).toHaveValue('carry_out');
  await expect(page.locator(id('/budget/0/rows/0/receiver'))).toHaveValue('owner');
  // Stored as whole kroner, shown grouped by three (with no-break spaces).
  await expect(page.locator(id('/budget/0/rows/0/amount_nok'))).toHaveValue('12\u00a0500');
  await expect(page.locator(id('/budget/0/own_contribution_nok'))).toHaveValue('3\u00a0750');
  await expect(page.locator('#year-0-totals')).toContainText('Til skoleeier: 12 500 kr. Til partner: 0 kr. Sum: 12 500 kr. Egenandel som kreves: 3 750 kr.');
  await expect(sync).toHaveText(SAVED);
});

/** `n` kroner written as a spreadsheet may copy it, in one of four forms. */
function spreadsheetAmount(n, form) {
  const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, form === 1 ? '\u00a0' : ' ');
  return [`${grouped}`, `${grouped},00`, `${n} kr`, `${n}`][form];
}

test('a block of 200 budget rows pasted from a spreadsheet lands as 200 rows with the right totals, and a far row is reached by focus, Tab and the error summary', async ({ page }) => {
  test.setTimeout(60_000);
  const tasks = await startReport(page, syntheticId(2, 6));
  const report = reportId(page);
  await page.goto(`${tasks}/periode`);
  await page.locator(id('/period/start_school_year')).selectOption({ index: 1 });
  await page.locator(id('/period/years')).selectOption('1');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(h1(page)).toHaveText('Budsjett');

  const purposes = [['Gjennomføre', 'carry_out'], ['koordinator', 'coordinator'], ['Evaluere', 'evaluate'], ['Planlegge', 'plan'], ['Kartlegge behov', 'assess_needs']];
  const receivers = [['Skoleeier', 'owner'], ['Samarbeidspartner', 'partner'], ['skoleeier', 'owner']];
  const rows = [];
  const lines = ['Formål\tMottaker\tBeløp'];
  for (let i = 0; i < 200; i++) {
    const [purposeText, purpose] = purposes[i % purposes.length];
    const [receiverText, receiver] = receivers[i % receivers.length];
    const amount = 1000 + 137 * i;
    rows.push({ purpose, receiver, amount });
    lines.push(`${purposeText}\t${receiverText}\t${spreadsheetAmount(amount, i % 4)}`);
  }
  // Windows line endings and the empty last line a spreadsheet's copy ends with.
  await page.locator('#paste-text').fill(`${lines.join('\r\n')}\r\n`);
  await page.getByRole('button', { name: 'Se hva som blir lagt til' }).click();
  const result = page.locator('#paste-result');
  await expect(result).toContainText('200 linjer kan legges til.');
  await expect(result.locator('li')).toHaveCount(0);
  await page.getByRole('button', { name: 'Legg til linjene' }).click();
  await expect(result).toContainText('200 linjer er lagt til.');

  const kroner = (n) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;
  const owner = rows.filter((r) => r.receiver === 'owner').reduce((sum, r) => sum + r.amount, 0);
  const partner = rows.filter((r) => r.receiver === 'partner').reduce((sum, r) => sum + r.amount, 0);
  const required = Math.ceil((owner * 30) / 100);
  const totals = `Til skoleeier: ${kroner(owner)}. Til partner: ${kroner(partner)}. Sum: ${kroner(owner + partner)}. Egenandel som kreves: ${kroner(required)}.`;
  const amounts = page.locator('[id^="nr-budget-0-rows-"][id$="-amount_nok"]');
  const expectRows = async () => {
    await expect(amounts).toHaveCount(200);
    await expect(page.locator('#year-0-totals')).toContainText(totals);
    for (const r of [0, 1, 2, 3, 117, 199]) {
      await expect(page.locator(id(`/budget/0/rows/${r}/purpose`))).toHaveValue(rows[r].purpose);
      await expect(page.locator(id(`/budget/0/rows/${r}/receiver`))).toHaveValue(rows[r].receiver);
      // Shown grouped by three, with no-break spaces.
      await expect(amounts.nth(r)).toHaveValue(String(rows[r].amount).replace(/\B(?=(\d{3})+$)/g, '\u00a0'));
    }
  };
  await expectRows();
  // And the server has the same 200 rows, in order, after a reload too.
  await expect(page.locator('main .app-sync')).toHaveText(SAVED);
  const { report: saved } = await serverReport(page, report);
  expect(saved.content.budget[0].rows.map(({ purpose, receiver, amount_nok }) => ({ purpose, receiver, amount: amount_nok }))).toEqual(rows);
  await page.reload();
  await expectRows();

  // Out of view, the browser skips a group of rows (content-visibility), yet every row stays in
  // the page. A row far below the window is focused, comes into view drawn, and takes typing;
  // the total follows.
  const far = amounts.nth(190);
  expect(await far.evaluate((input) => input.getBoundingClientRect().top > 3 * innerHeight)).toBe(true);
  await far.focus();
  await expect(far).toBeInViewport();
  await expect(far).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.type('5');
  const typed = rows[190].amount * 10 + 5;
  await expect(page.locator('#year-0-totals')).toContainText(`Sum: ${kroner(owner + partner - rows[190].amount + typed)}.`);
  // Tab goes on from the last row of one group to the first of the next.
  await page.locator('#row-0-179-remove').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(id('/budget/0/rows/180/purpose'))).toBeFocused();
  await expect(page.locator(id('/budget/0/rows/180/purpose'))).toBeInViewport();
  // An error in a far row: the summary's link, from the top of the page, reaches it.
  await amounts.nth(195).fill('');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  const link = page.locator('.ds-error-summary a').filter({ hasText: 'linje 196, Beløp' });
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(amounts.nth(195)).toBeFocused();
  await expect(amounts.nth(195)).toBeInViewport();
  await expect(amounts.nth(195)).toHaveAttribute('aria-invalid', 'true');
});

/** What each section needs before "Save and continue" shows its error state at its fullest. */
const ERROR_STATES = [
  ['Skoleeier', async () => {}],
  ['Nettverk av skoleeiere', async (page) => page.getByRole('button', { name: 'Legg til skoleeier' }).click()],
  ['Skoler', async (page) => page.getByRole('button', { name: 'Legg til skole' }).click()],
  ['Partner', async () => {}],
  ['Kompetansebehov', async () => {}],
  ['Tema', async () => {}],
  ['Tiltak', async () => {}],
  ['Forankring', async () => {}],
  ['Periode', async () => {}],
  ['Budsjett', async (page) => {
    // The budget has a year once the period is chosen; one empty row and no own contribution.
    await page.getByRole('link', { name: 'Tilbake til oppgavelisten' }).click();
    await task(page, 'Periode').getByRole('link').click();
    await page.locator(id('/period/start_school_year')).selectOption({ index: 1 });
    await page.locator(id('/period/years')).selectOption('2');
    await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
    await expect(h1(page)).toHaveText('Budsjett');
    await page.locator(id('/budget/0/rows')).click();
  }],
  ['Statsforvalter og samarbeidsforum', async () => {}],
];

for (const [part, sections] of [[1, ERROR_STATES.slice(0, 6)], [2, ERROR_STATES.slice(6)]]) {
  test(`every section's error state passes axe (part ${part}: ${sections.map(([name]) => name).join(', ')})`, async ({ page }) => {
    test.setTimeout(60_000);
    await startReport(page, syntheticId(2 + part, 6));
    for (const [name, prepare] of sections) {
      await task(page, name).getByRole('link').click();
      await expect(h1(page)).toHaveText(name);
      await prepare(page);
      await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
      const summary = page.locator('.ds-error-summary');
      await expect(summary, name).toBeFocused();
      // Beside the summary, the messages stand at their fields.
      await expect(page.locator('main form .ds-validation-message').first(), name).toBeVisible();
      await expect(h1(page)).toHaveText(name);
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Tilbake til oppgavelisten' }).click();
      await expect(task(page, name)).toContainText('Har feil');
    }
  });
}

test('the whole report to its receipt by keyboard alone: a three-year report for a network of two municipalities with OsloMet', async ({ page }) => {
  test.setTimeout(90_000);
  const keys = (text) => page.keyboard.type(text);
  const write = async (pointer, text) => {
    await tabTo(page, page.locator(id(pointer)));
    await keys(text);
  };
  /**
   * A select: focused, then the first letters of the option typed, as a keyboard user does.
   * ASCII only: Playwright types other letters as inserted text, which a select ignores.
   */
  const choose = async (pointer, text, value) => {
    await tabTo(page, page.locator(id(pointer)));
    await keys(text);
    await expect(page.locator(id(pointer))).toHaveValue(value);
  };
  /** A select whose wanted option is the last: End, as typing its first letters (non-ASCII) would not do. */
  const chooseLast = async (pointer, value) => {
    await tabTo(page, page.locator(id(pointer)));
    await page.keyboard.press('End');
    await expect(page.locator(id(pointer))).toHaveValue(value);
  };
  const tick = async (selector) => {
    await tabTo(page, page.locator(selector));
    await page.keyboard.press('Space');
    await expect(page.locator(selector)).toBeChecked();
  };
  const press = async (name, key = 'Enter') => {
    await tabTo(page, page.getByRole('button', { name, exact: true }));
    await page.keyboard.press(key);
  };
  const goOn = async (heading) => {
    await press('Lagre og fortsett');
    await expect(h1(page)).toHaveText(heading);
  };

  await page.goto('./behovsmelding');
  await expect(page).toHaveURL(/\/logg-inn\?neste=%2Fbehovsmelding$/);
  const other = page.getByRole('radio', { name: 'En annen syntetisk testperson' });
  await tabTo(page, page.locator('main input[type=radio]').first());
  for (let i = 0; i < 10 && !(await other.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(other).toBeChecked();
  await tabTo(page, page.getByLabel('Syntetisk fødselsnummer'));
  await keys(syntheticId(5, 6));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Behovsmelding for DeKomp');
  await press('Start behovsmelding');
  await expect(h1(page)).toHaveText('Behovsmelding: oppgaver');
  await tabTo(page, page.getByRole('link', { name: 'Skoleeier', exact: true }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Skoleeier');

  await write('/lead_owner/name', 'Asker kommune');
  await write('/lead_owner/organisation_number', '958 935 420');
  await choose('/lead_owner/owner_type', 'Kommune', 'kommune');
  await write('/contact_person/name', 'Kari Kontakt');
  await write('/contact_person/role', 'Kommunalsjef');
  await write('/contact_person/email', 'kari@example.no');
  await write('/contact_person/phone', '+47 22 00 00 00');
  // Enter in a field sends its form.
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Nettverk av skoleeiere');

  await press('Legg til skoleeier');
  await expect(page.locator(id('/co_owners/0/name'))).toBeFocused();
  await keys('Bærum kommune');
  await page.keyboard.press('Tab');
  await keys('974 760 673');
  await goOn('Skoler');

  await press('Legg til skole');
  await expect(page.locator(id('/schools/0/name'))).toBeFocused();
  await keys('Asker skole');
  await write('/schools/0/organisation_number', '974760673');
  await choose('/schools/0/level', 'Grunnskole', 'grunnskole');
  await write('/schools/0/staff_count', '40');
  await goOn('Partner');

  await choose('/partner/partner_type', 'Universitet', 'university');
  await choose('/partner/institution_id', 'OsloMet', 'oslomet');
  await write('/partner/contact/name', 'Per Partner');
  await write('/partner/contact/email', 'per@oslomet.example');
  await tick(id('/partner/has_read_report'));
  await goOn('Kompetansebehov');

  await write('/need/competence_need', 'Lesing på småtrinnet.');
  await write('/need/analysis', 'Kartlegging og personalmøter.');
  await write('/need/staff_involvement', 'Lærerne valgte tema sammen.');
  await goOn('Tema');

  await tick('#topic-begynneropplaering');
  await goOn('Tiltak');

  await write('/measure/title', 'Lesing for alle');
  await write('/measure/goal', 'Flere knekker lesekoden.');
  await write('/measure/description', 'Lærende nettverk med utprøving.');
  await chooseLast('/measure/collaboration_form', 'learning_network');
  await write('/measure/target_group', 'Lærere på 1.–4. trinn');
  await write('/measure/participants', '40');
  await goOn('Forankring');

  for (const condition of ['staff_participation', 'tailored', 'leader_ownership', 'roles_and_trust']) {
    await tick(id(`/anchoring/${condition}/confirmed`));
  }
  await write('/anchoring/classroom_trials/explanation', 'Starter andre skoleår.');
  await goOn('Periode');

  await tabTo(page, page.locator(id('/period/start_school_year')));
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(id('/period/start_school_year'))).not.toHaveValue('');
  await choose('/period/years', '3', '3');
  await goOn('Budsjett');

  // Each year: rows to the owner (coordinator included) and the partner, and an own
  // contribution of 30 % of the owner's share, rounded up.
  const years = [
    { rows: [['Gjennomf', 'carry_out', 'Skoleeier', 'owner', '100 000'], ['Koordinator', 'coordinator', 'Skoleeier', 'owner', '10 001'], ['Gjennomf', 'carry_out', 'Partner', 'partner', '50 000']], own: '33 001', form: ['L', 'salary'] },
    { rows: [['Evaluere', 'evaluate', 'Skoleeier', 'owner', '50 000']], own: '15 000', form: ['B', 'both'] },
    { rows: [['Evaluere', 'evaluate', 'Skoleeier', 'owner', '50 000 kr']], own: '15000', form: ['P', 'money'] },
  ];
  for (const [y, year] of years.entries()) {
    for (const [r, [purposeText, purpose, receiverText, receiver, amount]] of year.rows.entries()) {
      await tabTo(page, page.locator(id(`/budget/${y}/rows`)));
      await page.keyboard.press('Enter');
      await expect(page.locator(id(`/budget/${y}/rows/${r}/purpose`))).toBeFocused();
      await keys(purposeText);
      await expect(page.locator(id(`/budget/${y}/rows/${r}/purpose`))).toHaveValue(purpose);
      await page.keyboard.press('Tab');
      await keys(receiverText);
      await expect(page.locator(id(`/budget/${y}/rows/${r}/receiver`))).toHaveValue(receiver);
      await page.keyboard.press('Tab');
      await keys(amount);
      await expect(page.locator(id(`/budget/${y}/rows/${r}/amount_nok`))).toHaveValue(amount);
    }
    await write(`/budget/${y}/own_contribution_nok`, year.own);
    await choose(`/budget/${y}/own_contribution_form`, ...year.form);
  }
  await expect(page.locator('#year-0-totals')).toContainText('Til skoleeier: 110 001 kr. Til partner: 50 000 kr. Sum: 160 001 kr. Egenandel som kreves: 33 001 kr.');
  await expect(page.locator('main .ds-validation-message')).toHaveCount(0);
  await goOn('Statsforvalter og samarbeidsforum');

  await chooseLast('/region_id', 'ostfold-buskerud-oslo-akershus');
  await goOn('Behovsmelding: oppgaver');
  for (const name of ['Skoleeier', 'Nettverk av skoleeiere', 'Skoler', 'Partner', 'Kompetansebehov', 'Tema', 'Tiltak', 'Forankring', 'Periode', 'Budsjett', 'Statsforvalter og samarbeidsforum']) {
    await expect(task(page, name)).toContainText('Fullført');
  }
  await tabTo(page, page.getByRole('link', { name: 'Se over og send' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Se over behovsmeldingen før du sender');
  await expect(page.locator('main')).toContainText('Bærum kommune');
  await press('Send behovsmeldingen');
  await expect(h1(page)).toHaveText('Behovsmeldingen er sendt');
  await expect(page.locator('main')).toContainText(/Referansenummer: BM-\d{4}-\d{6}/);
});

/** What the walk in each language reads, written out so a wrong language fails. */
const LANGUAGE_TEXT = {
  nn: {
    title: 'Behovsmelding for DeKomp', start: 'Start behovsmelding', tasks: 'Behovsmelding: oppgåver', notStarted: 'Ikkje påbyrja',
    owner: 'Skuleeigar', network: 'Nettverk av skuleeigarar', schools: 'Skular', next: 'Lagre og gå vidare', addOwner: 'Legg til skuleeigar',
    checksum: 'Organisasjonsnummer: Organisasjonsnummeret er ikkje gyldig: kontrollsifferet stemmer ikkje. Sjekk at du har skrive det rett.',
    saved: 'Alt du har skrive, er lagra.', completed: 'Fullført', budget: 'Budsjett', toCheck: 'Sjå over og send',
    check: 'Sjå over behovsmeldinga før du sender', send: 'Send behovsmeldinga', sent: 'Behovsmeldinga er send', reference: /Referansenummer: BM-\d{4}-\d{6}/,
  },
  en: {
    title: 'DeKomp needs report', start: 'Start a needs report', tasks: 'Needs report: tasks', notStarted: 'Not started',
    owner: 'School owner', network: 'Network of school owners', schools: 'Schools', next: 'Save and continue', addOwner: 'Add a school owner',
    checksum: 'Organisation number: The organisation number is not valid: its check digit is wrong. Check that you typed it correctly.',
    saved: 'Everything you have written is saved.', completed: 'Completed', budget: 'Budget', toCheck: 'Check and send',
    check: 'Check the report before you send it', send: 'Send the report', sent: 'The report has been sent', reference: /Reference number: BM-\d{4}-\d{6}/,
  },
  sv: {
    title: 'Behovsanmälan för DeKomp', start: 'Starta behovsanmälan', tasks: 'Behovsanmälan: uppgifter', notStarted: 'Inte påbörjad',
    owner: 'Huvudman', network: 'Nätverk av huvudmän', schools: 'Skolor', next: 'Spara och fortsätt', addOwner: 'Lägg till huvudman',
    checksum: 'Organisationsnummer: Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte. Kontrollera att du skrivit rätt.',
    saved: 'Allt du har skrivit är sparat.', completed: 'Klar', budget: 'Budget', toCheck: 'Granska och skicka',
    check: 'Granska behovsanmälan innan du skickar', send: 'Skicka behovsanmälan', sent: 'Behovsanmälan har skickats', reference: /Referensnummer: BM-\d{4}-\d{6}/,
  },
};

test('two tabs on one report changing the same field: the later save asks about that field, showing both values', async ({ browser }) => {
  expectConsoleErrors(failedLoad(412, '/api/v1/needs-reports/'));
  const context = await browser.newContext();
  const first = await context.newPage();
  const person = syntheticId(9, 6);
  const tasks = await startReport(first, person);
  // A second tab (its own login, as a new tab's sessionStorage starts empty).
  const second = await context.newPage();
  await logIn(second, person);
  await second.goto(`${tasks}/skoleeier`);
  await expect(h1(second)).toHaveText('Skoleeier');

  await first.goto(`${tasks}/skoleeier`);
  await type(first, '/lead_owner/name', 'Asker kommune');
  await first.getByRole('button', { name: 'Lagre og gå tilbake til oppgavelisten' }).click();
  await expect(h1(first)).toHaveText('Behovsmelding: oppgaver');

  await type(second, '/lead_owner/name', 'Bærum kommune');
  await second.getByRole('button', { name: 'Lagre og fortsett' }).click();
  const conflict = second.getByRole('alert').filter({ hasText: 'Behovsmeldingen er endret et annet sted' });
  const field = conflict.getByRole('group', { name: 'Skoleeier: Navn på skoleeier' });
  await expect(field.getByRole('radio', { name: 'Din versjon: Bærum kommune' })).toBeChecked();
  await expect(field.getByRole('radio', { name: 'Lagret versjon: Asker kommune' })).not.toBeChecked();
  await expect(conflict.getByRole('group')).toHaveCount(1);
  await expect(h1(second)).toHaveText('Skoleeier');
  await expectNoAxeViolations(second);
  // A reload while the question is open asks again; it never takes this tab's value unasked.
  await second.reload();
  await expect(field.getByRole('radio', { name: 'Din versjon: Bærum kommune' })).toBeChecked();
  await expect(field.getByRole('radio', { name: 'Lagret versjon: Asker kommune' })).toBeVisible();
  // Typing under the choice is kept whatever is chosen for the field in question.
  await type(second, '/contact_person/name', 'Kari under valget');
  await field.getByRole('radio', { name: 'Lagret versjon: Asker kommune' }).check();
  await conflict.getByRole('button', { name: 'Bruk valgene' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(second.locator(id('/lead_owner/name'))).toHaveValue('Asker kommune');
  await expect(second.locator(id('/contact_person/name'))).toHaveValue('Kari under valget');
  await second.getByRole('button', { name: 'Lagre og gå tilbake til oppgavelisten' }).click();
  await expect(h1(second)).toHaveText('Behovsmelding: oppgaver');
  const { report } = await serverReport(second, reportId(second));
  expect(report.content.lead_owner.name).toBe('Asker kommune');
  expect(report.content.contact_person.name).toBe('Kari under valget');
  await context.close();
});

/** The sections after the network, as the server takes them (the walk writes the first two). */
function restOfReport(startYear) {
  const confirmed = { confirmed: true, explanation: null };
  const year = (offset, own, rows) => ({ school_year: startYear + offset, own_contribution_nok: own, own_contribution_form: 'salary', rows });
  return {
    region_id: 'ostfold-buskerud-oslo-akershus',
    schools: [{ name: 'Asker skole', organisation_number: '974760673', level: 'grunnskole', staff_count: 40 }],
    partner: { partner_type: 'university', institution_id: 'oslomet', contact: { name: 'Per Partner', role: null, email: 'per@oslomet.example', phone: null }, has_read_report: true },
    need: { competence_need: 'Lesing.', analysis: 'Kartlegging.', staff_involvement: 'Lærerne valgte.' },
    topic_ids: ['begynneropplaering'],
    other_topic: null,
    measure: { title: 'Lesing for alle', goal: 'Lesing.', description: 'Nettverk.', collaboration_form: 'learning_network', target_group: 'Lærere', participants: 40 },
    anchoring: Object.fromEntries(['staff_participation', 'tailored', 'leader_ownership', 'roles_and_trust', 'classroom_trials'].map((c) => [c, confirmed])),
    period: { start_school_year: startYear, years: 3 },
    budget: [0, 1, 2].map((offset) => year(offset, 30000, [
      { purpose: 'carry_out', receiver: 'owner', amount_nok: 100000 },
      { purpose: 'carry_out', receiver: 'partner', amount_nok: 50000 },
    ])),
  };
}

for (const [n, [language, text]] of Object.entries(LANGUAGE_TEXT).entries()) {
  test(`the report in ${language}: its pages, a wrong organisation number, check answers and the receipt in that language`, async ({ page }) => {
    await startReport(page, syntheticId(6 + n, 6));
    const tasks = page.url();
    await chooseLanguage(page, language);
    await expect(h1(page)).toHaveText(text.tasks);
    await expect(task(page, text.owner)).toContainText(text.notStarted);
    await page.goto('./behovsmelding');
    await expect(h1(page)).toHaveText(text.title);
    await expect(page.getByRole('button', { name: text.start })).toBeVisible();
    await page.goto(tasks);

    await task(page, text.owner).getByRole('link').click();
    await expect(h1(page)).toHaveText(text.owner);
    await type(page, '/lead_owner/name', 'Asker kommune');
    await type(page, '/lead_owner/organisation_number', '958935421');
    await page.getByRole('button', { name: text.next }).click();
    await expect(page.locator('.ds-error-summary')).toContainText(text.checksum);
    await type(page, '/lead_owner/organisation_number', '958 935 420');
    await page.locator(id('/lead_owner/owner_type')).selectOption('kommune');
    await type(page, '/contact_person/name', 'Kari Kontakt');
    await type(page, '/contact_person/role', 'Kommunalsjef');
    await type(page, '/contact_person/email', 'kari@example.no');
    await type(page, '/contact_person/phone', '22 00 00 00');
    await page.getByRole('button', { name: text.next }).click();
    await expect(h1(page)).toHaveText(text.network);
    await page.getByRole('button', { name: text.addOwner }).click();
    await type(page, '/co_owners/0/name', 'Bærum kommune');
    await type(page, '/co_owners/0/organisation_number', '974760673');
    await page.getByRole('button', { name: text.next }).click();
    await expect(h1(page)).toHaveText(text.schools);
    await expect(page.locator('main .app-sync')).toHaveText(text.saved);

    // The rest as another client (or this user on another device) writes it.
    const report = reportId(page);
    const { report: current, etag } = await serverReport(page, report);
    const start = Number(await page.evaluate(() => new Date().getFullYear())) + 1;
    const put = await callBackend(page, 'PUT', `needs-reports/${report}`, { etag, json: { ...current.content, ...restOfReport(start) } });
    expect(put.status()).toBe(200);
    await page.goto(tasks);
    await expect(h1(page)).toHaveText(text.tasks);
    await expect(task(page, text.budget)).toContainText(text.completed);
    await page.getByRole('link', { name: text.toCheck }).click();
    await expect(h1(page)).toHaveText(text.check);
    await expect(page.locator('main')).toContainText('Bærum kommune');
    await expect(page.locator('main')).toContainText(text.budget);
    await page.getByRole('button', { name: text.send }).click();
    await expect(h1(page)).toHaveText(text.sent);
    await expect(page.locator('main')).toContainText(text.reference);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
  });
}
