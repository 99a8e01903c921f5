// The Swedish course from start to receipt in Swedish. Its registration window opens in March,
// so the backend's clock is moved into it, which ends every session: the config runs this
// after every other test, faults included.
import { test, expect } from './fixture.mjs';
import { useLanguage } from './helpers.mjs';
import { BACKEND, syntheticId, expectAccessibleStep, startApplication } from './wizard-helpers.mjs';

const CLOCK = `${BACKEND}/api/v1/_test/clock`;

test.describe.configure({ mode: 'serial' });

// The registration window opens in March: both clocks are moved into it for each test.
test.beforeEach(async ({ page, request }) => {
  const catalogue = await (await request.get(`${BACKEND}/api/v1/catalogue`)).json();
  const round = catalogue.admission_rounds.find((r) => r.id === 'skolverket-kollegialt-larande');
  const inWindow = Date.parse(round.opens_at) + 24 * 3600 * 1000;
  expect((await request.post(CLOCK, { data: { now: new Date(inWindow).toISOString() } })).status()).toBe(200);
  await page.clock.setFixedTime(inWindow);
});

test.afterEach(async ({ request }) => {
  await request.delete(CLOCK);
});

test('register for Att leda kollegialt lärande in Swedish: a wrong personnummer is caught, corrected, and sent', async ({ page }) => {
  test.setTimeout(90_000);
  await useLanguage(page, 'sv');
  await page.goto('./logg-inn');
  await page.getByRole('radio', { name: 'En annan syntetisk testperson' }).check();
  await page.getByLabel('Syntetiskt norskt födelsenummer').fill(syntheticId(11, 3));
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await page.goto('./soknader');
  await page.getByRole('button', { name: 'Ny ansökan' }).click();
  await page.getByRole('radio', { name: 'Uppdragsutbildning via Skolverket' }).check();
  await page.getByRole('radio', { name: /Anmälan via Skolverket/ }).check();
  await page.getByRole('checkbox', { name: /Att leda kollegialt lärande/ }).check();
  const next = page.getByRole('button', { name: 'Spara och fortsätt' });
  await next.click();

  await expect(page).toHaveURL(/\/sporsmal$/);
  // A registration: the course's own questions and nothing else.
  await expect(page.getByText('Steg 2 av 3')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frågor från lärosätet');
  const answers = {
    'Deltagarens namn': 'Sara Exempel',
    'Deltagarens personnummer': '811218-9875',
    'Deltagarens e-postadress': 'sara@example.se',
    'Skola': 'Exempelskolan',
    'Huvudman': 'Västerås stad',
    'Valt modulområde eller webbkurs': 'Läslyftet',
    'Rektors namn': 'Rut Rektor',
    'Rektors telefonnummer': '+46 21 10 10 10',
    'Rektors e-postadress': 'rektor@example.se',
  };
  for (const [label, value] of Object.entries(answers)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('radio', { name: 'Grundskola', exact: true }).check();
  await page.getByRole('group', { name: 'Rektor intygar att deltagaren uppfyller kraven' }).getByRole('radio', { name: 'Ja', exact: true }).check();
  await next.click();

  // The wrong check digit: the summary takes focus and the field says why, in Swedish.
  const wrong = '”Deltagarens personnummer” är inte giltigt: kontrollsiffran stämmer inte';
  const summary = page.locator('.ds-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(wrong);
  await expect(page.locator('#answer-participant_personnummer-error')).toHaveText(wrong);
  await expect(page.locator('#answer-participant_personnummer')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveTitle(/^Fel: /);
  await expectAccessibleStep(page, 'Swedish questions with errors');
  await summary.getByRole('link', { name: wrong }).click();
  await expect(page.locator('#answer-participant_personnummer')).toBeFocused();
  await page.locator('#answer-participant_personnummer').fill('811218-9876');
  await expectAccessibleStep(page, 'Swedish questions');
  await next.click();

  // No remarks or documents are asked for this course: from its questions to check answers,
  // which lists what was asked and nothing else (its own "Huvudman" once, no empty rows).
  await expect(page).toHaveURL(/\/kontroll$/);
  const summaryList = page.locator('.app-summary');
  await expect(summaryList).toContainText('811218-9876');
  await expect(summaryList).toContainText('Grundskola');
  const labels = await summaryList.locator('dt').allTextContents();
  expect(labels.filter((label) => label === 'Huvudman')).toHaveLength(1);
  for (const absent of ['Befattning', 'Anmärkning', 'Dokument']) expect(labels).not.toContain(absent);
  await page.getByRole('button', { name: 'Skicka ansökan' }).click();
  await expect(page).toHaveURL(/\/kvittering$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ansökan är skickad');
  // Nor attachments on the receipt, nor documents to send later.
  await expect(page.getByRole('heading', { name: 'Bilagor' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lägg till dokument' })).toHaveCount(0);
});

test('the Swedish course asks its questions in Swedish, marked lang="sv", in a Norwegian interface', async ({ page }) => {
  await startApplication(page, syntheticId(12, 3));
  await page.getByRole('radio', { name: 'Uppdragsutbildning via Skolverket' }).check();
  await page.getByRole('radio', { name: /Anmelding via Skolverket/ }).check();
  await page.getByRole('checkbox', { name: /Att leda kollegialt lärande/ }).check();
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/sporsmal$/);
  await expect(page.getByText('Steg 2 av 3')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spørsmål fra studiestedet');

  const personnummer = page.getByLabel('Deltagarens personnummer', { exact: true });
  await expect(personnummer).toBeVisible();
  await expect(page.locator('.app-question').first()).toHaveAttribute('lang', 'sv');
  await expect(page.locator('.app-question[lang=sv]')).toHaveCount(12);
  await expect(page.getByText('10 eller 12 siffror, till exempel ÅÅMMDD-NNNN.')).toBeVisible();
  await expect(page.getByText('Önskad start (frivilligt)')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Nej', exact: true })).toBeVisible();

  await personnummer.fill('811218-9875');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  const summary = page.locator('.ds-error-summary');
  await expect(summary).toBeFocused();
  const wrong = '”Deltagarens personnummer” är inte giltigt: kontrollsiffran stämmer inte';
  await expect(summary.getByRole('link', { name: wrong })).toHaveAttribute('lang', 'sv');
  await expect(summary).toContainText('Svara på ”Deltagarens namn”');
  await expect(page.locator('#answer-participant_personnummer-error')).toHaveText(wrong);
  await expect(page).toHaveTitle(/^Feil: /);
  await expectAccessibleStep(page, 'Swedish questions with errors, in bokmål');
});
