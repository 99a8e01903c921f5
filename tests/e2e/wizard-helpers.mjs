// What the wizard's tests share: synthetic people, real small files, and the steps taken with
// the mouse when a test is about something else.
import { expect } from '@playwright/test';
import { expectFocusNeverObscured, expectNoAxeViolations, expectReflow } from './helpers.mjs';
import { BACKEND } from './ports.mjs';

export { BACKEND };

// A real (tiny) PDF and JPEG: the server checks a file's type by its first bytes.
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const JPG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

/** A synthetic fødselsnummer (month + 80) born on `day` of some month, unique per test. */
export function syntheticId(day, month) {
  const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const control = (digits, weights) => {
    const rest = 11 - (digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11);
    return rest === 11 ? 0 : rest;
  };
  for (let individual = 100; individual < 500; individual++) {
    const base = `${String(day).padStart(2, '0')}${month + 80}85${individual}`.split('').map(Number);
    const k1 = control(base, weights1);
    if (k1 === 10) continue;
    const k2 = control([...base, k1], weights2);
    if (k2 === 10) continue;
    return [...base, k1, k2].join('');
  }
  throw new Error('no synthetic number');
}

/**
 * The checks every page gets (axe, reflow at 320 px and 200 % zoom, focus never hidden), for
 * a wizard step, which needs a login and a draft and so cannot be listed in `PAGES`.
 */
export async function expectAccessibleStep(page, label) {
  await expectNoAxeViolations(page);
  const viewport = page.viewportSize();
  await expectReflow(page, label);
  await page.setViewportSize(viewport);
  await expectFocusNeverObscured(page, label);
}

/**
 * Presses Tab until `target` has focus, or Shift+Tab when it lies before the focused element:
 * the keyboard's way to a control.
 */
export async function tabTo(page, target, limit = 80) {
  const handle = await target.elementHandle();
  const behind = await handle.evaluate((el) => {
    const now = document.activeElement;
    return Boolean(now && now !== document.body && el.compareDocumentPosition(now) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  for (let i = 0; i < limit; i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(behind ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Logs in with a typed synthetic number (with the mouse, for tests about other things). */
export async function logIn(page, nationalId) {
  await page.goto('./logg-inn');
  await page.getByRole('radio', { name: 'En annen syntetisk testperson' }).check();
  await page.getByLabel('Syntetisk fødselsnummer').fill(nationalId);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
}

/** Logs in and opens a new application. */
export async function startApplication(page, nationalId) {
  await logIn(page, nationalId);
  await page.goto('./soknader');
  await page.getByRole('button', { name: 'Ny søknad' }).click();
  await expect(page).toHaveURL(/\/velg$/);
}

/** Chooses SLED6000 and stops on its admission requirements. */
export async function chooseSledOnly(page) {
  await page.getByRole('radio', { name: 'Pedagogiske og internasjonale fag' }).check();
  await page.getByRole('radio', { name: /Etterutdanning og oppdrag/ }).check();
  await page.getByRole('checkbox', { name: /SLED6000/ }).check();
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/krav$/);
}

/** Chooses LEDL6000 (a round that accepts unqualified applicants) and stops on its requirements. */
export async function chooseLedl(page) {
  await page.getByRole('radio', { name: 'Videreutdanning og oppdragsstudier' }).check();
  await page.getByRole('radio', { name: /^Oppdragsstudier Fakultet/ }).check();
  await page.getByRole('checkbox', { name: /LEDL6000/ }).check();
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/krav$/);
}

/** The leader modules' admission requirements (in bokmål), each answered as meeting it. */
export const MEETS = {
  education: 'Bestått Nasjonal rektorutdanning (30 studiepoeng)',
  employment: 'Ja, som rektor',
  competence: 'Ja, generell studiekompetanse',
};

/** Answers every requirement on the page as met, and goes on to the remarks. */
export async function meetRequirements(page) {
  for (const name of Object.values(MEETS)) {
    const radio = page.getByRole('radio', { name, exact: true });
    if (await radio.count()) await radio.check();
  }
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/merknader$/);
}

/** Chooses SLED6000 and meets its requirements: the wizard stands on the remarks. */
export async function chooseSled(page) {
  await chooseSledOnly(page);
  await meetRequirements(page);
}

export async function writeRemarks(page, jobTitle = 'Rektor') {
  await page.getByLabel('Stillingstittel').fill(jobTitle);
  await page.getByLabel('Skoleeier').fill('Bergen kommune');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(page).toHaveURL(/\/dokumenter$/);
}

export async function uploadBoth(page, uploaded = 'Lastet opp') {
  await page.locator('#upload-employment_confirmation-input').setInputFiles({ name: 'bekreftelse.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.locator('#upload-diploma-input').setInputFiles({ name: 'vitnemal.jpg', mimeType: 'image/jpeg', buffer: JPG });
  for (const name of ['bekreftelse.pdf', 'vitnemal.jpg']) {
    await expect(page.locator('.app-upload__file', { hasText: name })).toContainText(uploaded);
  }
}

/** The user's applications as the server has them, read with the tab's own session. */
export async function serverApplications(page) {
  return serverList(page, 'applications');
}

/** What the backend holds in `collection` (e.g. `needs-reports`) for the logged-in user. */
export async function serverList(page, collection) {
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('skoleleder.session')).token);
  const response = await page.request.get(`${BACKEND}/api/v1/${collection}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  return (await response.json()).items;
}
