// The wasm is split per flow (tools/wasm-split, src/app/flows.rs): the shell loads no flow's
// code; the wizard, the needs report, Mine søknader and the login pages each load their chunk
// (and the chunks of code they share) when first opened, when a link to them is pointed at, or
// once the page has loaded and the browser is idle.
import { test, expect, expectConsoleErrors, failedLoad } from './fixture.mjs';
import { APP_NAME, HOME_HEADING, NOT_FOUND, expectNoAxeViolations, useLanguage } from './helpers.mjs';
import { logIn, startApplication, syntheticId, chooseSled, chooseSledOnly, meetRequirements, writeRemarks, uploadBoth } from './wizard-helpers.mjs';
import { SLUGS, fillReport, id, startReport, task, type } from './needs-helpers.mjs';

const WIZARD = /\/split_wizard-[0-9a-f]{16}\.wasm$/;
const NEEDS = /\/split_needs-[0-9a-f]{16}\.wasm$/;
const APPLICATIONS = /\/split_applications-[0-9a-f]{16}\.wasm$/;
const LOGIN = /\/split_login-[0-9a-f]{16}\.wasm$/;
/** A language's texts (bokmål's come with the shell). */
const TEXTS = /\/split_texts_(nn|en|sv)-[0-9a-f]{16}\.wasm$/;
const texts = (language) => new RegExp(`/split_texts_${language}-[0-9a-f]{16}\\.wasm$`);
/** Code two or more of those use and the shell does not. */
const SHARED = /\/chunk_\d+-[0-9a-f]{16}\.wasm$/;
/** Any chunk: a split point's or shared code. */
const CHUNK = /\/(split_|chunk_)[^/]*\.wasm$/;

/** Each chunk the page asked for, asked for once. */
function expectEachOnce(urls) {
  const chunks = urls.filter((url) => CHUNK.test(url));
  expect(chunks.length).toBeGreaterThan(0);
  expect(chunks).toEqual([...new Set(chunks)]);
}

/** Every .wasm address the page asks for, in order. */
function wasmRequests(page) {
  const urls = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) urls.push(request.url());
  });
  return urls;
}

const fetched = (urls, pattern) => urls.filter((url) => pattern.test(url)).length;

/** No prefetch when idle, so what is fetched is what was needed (or pointed at). */
async function noIdlePrefetch(page) {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
}

test('the shell loads no flow code: home, catalogue, statements, not found; login and Mine søknader their own chunks only', async ({ page }) => {
  await noIdlePrefetch(page);
  const urls = wasmRequests(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  for (const [path, heading] of [
    ['./studier', 'Studietilbud for skoleledere'],
    ['./tilgjengelighet', 'Tilgjengelighetserklæring'],
    ['./personvern', 'Personvern'],
    ['./finnes/ikke', 'Fant ikke siden'],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await page.waitForLoadState('networkidle');
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((url) => CHUNK.test(url))).toEqual([]);
  await page.goto('./logg-inn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn');
  await expect(page.getByRole('radio').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched(urls, LOGIN)).toBe(1);
  expect(urls.filter((url) => WIZARD.test(url) || NEEDS.test(url) || APPLICATIONS.test(url) || TEXTS.test(url))).toEqual([]);
  expectEachOnce(urls);
  // Logging in loads the login page afresh, then goes on to Mine søknader without a page load.
  urls.length = 0;
  await logIn(page, syntheticId(1, 12));
  await expect(page.getByRole('button', { name: 'Ny søknad' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine søknader');
  await page.waitForLoadState('networkidle');
  expect(fetched(urls, APPLICATIONS)).toBe(1);
  expect(urls.filter((url) => WIZARD.test(url) || NEEDS.test(url) || TEXTS.test(url))).toEqual([]);
  expectEachOnce(urls);
});

test('once the page has loaded and is idle, what comes next is fetched once: logged out the login pages, logged in the flows and Mine søknader', async ({ page }) => {
  const urls = wasmRequests(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  await expect.poll(() => fetched(urls, LOGIN)).toBe(1);
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => ({
    loaded: performance.getEntriesByType('navigation')[0].loadEventEnd,
    chunks: performance
      .getEntriesByType('resource')
      .filter((entry) => /\/(split_|chunk_)[^/]*\.wasm$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  expect(timing.chunks).toHaveLength(urls.filter((url) => CHUNK.test(url)).length);
  for (const start of timing.chunks) expect(start).toBeGreaterThanOrEqual(timing.loaded);
  expect([fetched(urls, WIZARD), fetched(urls, NEEDS), fetched(urls, APPLICATIONS)], 'no flow before a login').toEqual([0, 0, 0]);
  expectEachOnce(urls);

  // Logged in (on the login page, then Mine søknader without a page load): the flows come.
  urls.length = 0;
  await logIn(page, syntheticId(11, 12));
  await expect.poll(() => fetched(urls, WIZARD) + fetched(urls, NEEDS) + fetched(urls, APPLICATIONS)).toBe(3);
  await page.waitForLoadState('networkidle');
  expect([fetched(urls, WIZARD), fetched(urls, NEEDS), fetched(urls, APPLICATIONS), fetched(urls, LOGIN)]).toEqual([1, 1, 1, 1]);
  // Swedish texts come with the wizard (a Swedish institution's questions are asked in
  // Swedish); no other language until it is chosen.
  expect([fetched(urls, texts('nn')), fetched(urls, texts('en')), fetched(urls, texts('sv'))]).toEqual([0, 0, 1]);
  expect(fetched(urls, SHARED)).toBeGreaterThan(0);
  expectEachOnce(urls);
});

/** How each .wasm the page fetched was asked for (`link`: a preload; `fetch`: the loader). */
const initiators = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.wasm'))
      .map((entry) => [new URL(entry.name).pathname.split('/').pop(), entry.initiatorType]),
  );

test("a deep link preloads its route's chunks beside the main wasm, and a remembered language its texts; each file is fetched once", async ({ page }) => {
  await noIdlePrefetch(page);
  const urls = wasmRequests(page);
  await page.goto('./logg-inn');
  await expect(page.getByRole('radio').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  let asked = await initiators(page);
  expect(asked.filter(([name]) => LOGIN.test(`/${name}`))).toEqual([[expect.stringMatching(/^split_login-/), 'link']]);
  expect(asked.filter(([name]) => SHARED.test(`/${name}`)).length).toBeGreaterThan(0);
  expect(asked.filter(([name]) => CHUNK.test(`/${name}`) && !name.startsWith('split_texts')).every(([, how]) => how === 'link')).toBe(true);
  expect(fetched(urls, TEXTS)).toBe(0);
  expectEachOnce(urls);

  // A deep link into the needs report, with Swedish remembered: the flow, its shared code and
  // the Swedish texts, all preloaded, and no other language's.
  urls.length = 0;
  await useLanguage(page, 'sv');
  await page.goto('./behovsmelding');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
  await page.waitForLoadState('networkidle');
  asked = await initiators(page);
  expect(asked.filter(([name]) => NEEDS.test(`/${name}`))).toEqual([[expect.stringMatching(/^split_needs-/), 'link']]);
  expect(asked.filter(([name]) => TEXTS.test(`/${name}`))).toEqual([[expect.stringMatching(/^split_texts_sv-/), 'link']]);
  expectEachOnce(urls);
});

test('nothing is fetched ahead while the page is still fetching what it shows: a slow catalogue comes first', async ({ page }) => {
  await page.route('**/api/v1/catalogue', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const urls = wasmRequests(page);
  await page.goto('./studier');
  await expect(page.locator('main .app-programmes > li').first()).toBeVisible();
  await expect.poll(() => fetched(urls, LOGIN)).toBe(1);
  const timing = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    return {
      catalogue: entries.find((entry) => entry.name.endsWith('/api/v1/catalogue')).responseEnd,
      chunks: entries.filter((entry) => /\/(split_|chunk_)[^/]*\.wasm$/.test(entry.name)).map((entry) => entry.startTime),
    };
  });
  expect(timing.chunks.length).toBeGreaterThan(0);
  for (const start of timing.chunks) expect(start).toBeGreaterThanOrEqual(timing.catalogue);
});

test("pointing at a link to the needs report fetches that flow's chunk only", async ({ page }) => {
  await noIdlePrefetch(page);
  const urls = wasmRequests(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  await page.waitForLoadState('networkidle');
  expect(fetched(urls, NEEDS)).toBe(0);
  await page.locator('main .app-way-in a[href$="/behovsmelding"]').hover();
  await expect.poll(() => fetched(urls, NEEDS)).toBe(1);
  await page.waitForLoadState('networkidle');
  expect(fetched(urls, SHARED)).toBeGreaterThan(0);
  expect(fetched(urls, WIZARD) + fetched(urls, APPLICATIONS)).toBe(0);
  expectEachOnce(urls);
});

test("focusing a link to a draft (the keyboard's way to point) fetches the wizard's chunk before it is followed", async ({ page }) => {
  await noIdlePrefetch(page);
  const urls = wasmRequests(page);
  await startApplication(page, syntheticId(7, 12));
  // Mine søknader afresh: a new document, which has no flow's code yet.
  urls.length = 0;
  await page.goto('./soknader');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine søknader');
  const draft = page.locator('main .app-application a[href*="/soknader/"]').first();
  await expect(draft).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched(urls, WIZARD)).toBe(0);
  // Tab to the link, and no further.
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if (await draft.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(draft).toBeFocused();
  await expect.poll(() => fetched(urls, WIZARD)).toBe(1);
  await expect(page).toHaveURL(/\/soknader$/);
  expect(fetched(urls, NEEDS)).toBe(0);
  expectEachOnce(urls);
});

test('from home to the needs report and on to its sections; a deep link to a section renders', async ({ page }) => {
  await noIdlePrefetch(page);
  const urls = wasmRequests(page);
  await logIn(page, syntheticId(2, 12));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  await page.waitForLoadState('networkidle');
  expect(fetched(urls, NEEDS)).toBe(0);
  // Focus (the keyboard's way to point at it), then follow the link.
  await page.locator('main .app-way-in a[href$="/behovsmelding"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding for DeKomp');
  expect(fetched(urls, NEEDS)).toBe(1);
  expect(fetched(urls, TEXTS), 'no other language comes with the needs report').toBe(0);
  await page.getByRole('button', { name: 'Start behovsmelding' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding: oppgaver');
  const tasks = page.url();
  expect(fetched(urls, WIZARD)).toBe(0);

  // A section's address loaded afresh (the session is the tab's): the chunk loads before the
  // app's first render.
  urls.length = 0;
  await page.goto(`${tasks}/budsjett`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Budsjett');
  expect(fetched(urls, NEEDS)).toBe(1);
  expect(fetched(urls, WIZARD)).toBe(0);
});

test('from Mine søknader into the wizard; a deep link to a step renders', async ({ page }) => {
  await noIdlePrefetch(page);
  const urls = wasmRequests(page);
  await startApplication(page, syntheticId(3, 12));
  // The choice step (the address changes at once; the step shows once its chunk is there).
  const heading = 'Hva vil du søke på?';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  expect(fetched(urls, WIZARD)).toBe(1);
  expect(fetched(urls, NEEDS)).toBe(0);

  // The step's address loaded afresh (the session is the tab's).
  urls.length = 0;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(page.getByRole('radio').first()).toBeVisible();
  expect(fetched(urls, WIZARD)).toBe(1);
  expect(fetched(urls, NEEDS)).toBe(0);
});

test('chunks come as application/wasm, and a chunk that is not there is a 404, not the page', async ({ page }) => {
  const urls = wasmRequests(page);
  await page.goto('./');
  // Logged out, the login pages come when the page is idle.
  await expect.poll(() => fetched(urls, LOGIN)).toBe(1);
  const chunk = await page.request.get(urls.find((url) => LOGIN.test(url)));
  expect(chunk.status()).toBe(200);
  expect(chunk.headers()['content-type']).toBe('application/wasm');
  const missing = await page.request.get('./split_needs-0123456789abcdef.wasm');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).not.toContain('<html');
});

test('the needs report when its chunk cannot be fetched (offline, or an older build gone): the route says so, and trying again loads it', async ({ page }) => {
  await noIdlePrefetch(page);
  expectConsoleErrors(failedLoad(404, '/split_needs-'), /WebAssembly|Failed to fetch|MIME/);
  let refuse = true;
  await page.route(NEEDS, (route) => (refuse ? route.fulfill({ status: 404, body: 'not found' }) : route.continue()));
  await logIn(page, syntheticId(10, 12));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  // Pointing at the link fails to prefetch, quietly; opening it fails again and says so.
  await page.locator('main .app-way-in a[href$="/behovsmelding"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding for DeKomp');
  await expect(page.getByRole('alert')).toContainText('Vi får ikke kontakt med tjenesten');
  await expect(page.getByRole('button', { name: 'Start behovsmelding' })).toHaveCount(0);
  await expect(page.locator('#app-crash')).toHaveCount(0);
  refuse = false;
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.getByRole('button', { name: 'Start behovsmelding' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding for DeKomp');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

// The wizard comes with Swedish texts (a Swedish institution's questions and the messages about
// them are in Swedish whatever the interface's language): without them it cannot open.
test('the wizard when the Swedish texts cannot be fetched: the route says so, and trying again opens it', async ({ page }) => {
  await noIdlePrefetch(page);
  expectConsoleErrors(failedLoad(404, '/split_texts_sv-'), /WebAssembly|Failed to fetch|MIME/);
  let refuse = true;
  await page.route(texts('sv'), (route) => (refuse ? route.fulfill({ status: 404, body: 'not found' }) : route.continue()));
  await startApplication(page, syntheticId(12, 12));
  await expect(page.getByRole('alert')).toContainText('Vi får ikke kontakt med tjenesten');
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.locator('#app-crash')).toHaveCount(0);
  refuse = false;
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hva vil du søke på?');
  await expect(page.getByRole('radio').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test("the shell carries bokmål's texts only: another language's come once, when chosen; one that cannot be fetched is said, and the page stays as it was", async ({ page }) => {
  await noIdlePrefetch(page);
  expectConsoleErrors(failedLoad(404, '/split_texts_nn-'), failedLoad(404, '/split_texts_sv-'), /WebAssembly|Failed to fetch|MIME/);
  const urls = wasmRequests(page);
  let refuse = true;
  await page.route(texts('nn'), (route) => (refuse ? route.fulfill({ status: 404, body: 'not found' }) : route.continue()));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  await page.waitForLoadState('networkidle');
  expect(fetched(urls, TEXTS), 'no other language in the first load').toBe(0);

  // Nynorsk cannot be fetched: said in bokmål beside the buttons, bokmål stays and stays pressed.
  const nynorsk = page.locator('header nav button[lang=nn]');
  await nynorsk.click();
  const alert = page.locator('header nav [role=alert]');
  await expect(alert).toHaveText('Fikk ikke hentet Nynorsk. Sjekk at du er på nett, og prøv igjen.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  await expect(page.locator('header nav button[lang=nb]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#app-crash')).toHaveCount(0);
  await expectNoAxeViolations(page);
  for (const width of [320]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }

  // Trying again once it can be fetched: nynorsk, and the message is gone.
  refuse = false;
  await nynorsk.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nn);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(alert).toHaveCount(0);
  // Each language is fetched once, however often it is chosen.
  for (const language of ['en', 'nb', 'nn', 'en', 'sv', 'nb']) {
    await page.locator(`header nav button[lang=${language}]`).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING[language]);
  }
  await page.waitForLoadState('networkidle');
  expect([fetched(urls, texts('nn')), fetched(urls, texts('en')), fetched(urls, texts('sv'))]).toEqual([2, 1, 1]);

  // A remembered choice whose texts cannot be fetched at the start: bokmål, and it says so.
  await page.route(texts('sv'), (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.locator('header nav button[lang=sv]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.sv);
  await page.reload();
  await expect(alert).toHaveText('Fikk ikke hentet Svenska. Sjekk at du er på nett, og prøv igjen.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});

test('a second click on a language whose first fetch fails shows it without the failure message', async ({ page }) => {
  await noIdlePrefetch(page);
  expectConsoleErrors(failedLoad(404, '/split_texts_nn-'), /WebAssembly|Failed to fetch|MIME/);
  let asked = 0;
  await page.route(texts('nn'), async (route) => {
    asked += 1;
    if (asked > 1) return route.continue();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  const nynorsk = page.locator('header nav button[lang=nn]');
  await nynorsk.click();
  await nynorsk.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nn);
  await page.waitForLoadState('networkidle');
  expect(asked).toBe(2);
  await expect(page.locator('header nav [role=alert]')).toHaveCount(0);
});

/** Marks the document: a page load (not an in-app navigation) loses the mark. */
async function markDocument(page) {
  await page.evaluate(() => {
    window.sameDocument = true;
  });
}

const sameDocument = (page) => page.evaluate(() => window.sameDocument === true);

test('from inside the wizard to the needs report and back, without a page load: both flows render and take input', async ({ page }) => {
  test.setTimeout(60_000);
  await noIdlePrefetch(page);
  const urls = wasmRequests(page);
  const h1 = page.getByRole('heading', { level: 1 });
  await startApplication(page, syntheticId(4, 12));
  await chooseSled(page);
  const remarks = page.url();
  await markDocument(page);
  const sinceMark = urls.length;
  const count = page.locator('#remarks-remark-count');
  await page.getByLabel('Merknad').fill('Før behovsmeldingen.');
  await expect(count).toHaveText('Du har 1480 tegn igjen');

  // Out of the wizard by the app's own links (the header's name leads home), into the report.
  await page.locator('header').getByRole('link', { name: APP_NAME.nb }).click();
  await expect(h1).toHaveText(HOME_HEADING.nb);
  await page.locator('main .app-way-in a[href$="/behovsmelding"]').click();
  await expect(h1).toHaveText('Behovsmelding for DeKomp');
  await page.getByRole('button', { name: 'Start behovsmelding' }).click();
  await expect(h1).toHaveText('Behovsmelding: oppgaver');
  await expect(task(page, 'Skoleeier')).toContainText('Ikke påbegynt');
  await task(page, 'Skoleeier').getByRole('link').click();
  await expect(h1).toHaveText('Skoleeier');
  await type(page, '/lead_owner/name', 'Asker kommune');
  await page.getByRole('button', { name: 'Lagre og gå tilbake til oppgavelisten' }).click();
  await expect(h1).toHaveText('Behovsmelding: oppgaver');
  // Started now: the server has what was typed (and finds what is still missing).
  await expect(task(page, 'Skoleeier')).not.toContainText('Ikke påbegynt');
  expect(await sameDocument(page)).toBe(true);

  // Back through the browser's history to the wizard's step: what was typed there is there,
  // and the step takes more.
  while (page.url() !== remarks) await page.goBack();
  await expect(h1).toHaveText('Om stillingen din');
  await expect(page.getByLabel('Merknad')).toHaveValue('Før behovsmeldingen.');
  await page.getByLabel('Merknad').fill('Etter behovsmeldingen, tilbake i søknaden.');
  await expect(count).toHaveText('Du har 1458 tegn igjen');
  await page.getByLabel('Stillingstittel').fill('Rektor');
  await page.getByLabel('Skoleeier').fill('Bergen kommune');
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await expect(h1).toHaveText('Dokumentasjon');

  // And by the app's links into the report again, whose section has what was typed and takes more.
  await page.locator('header a.app-header__name').click();
  await page.locator('main .app-way-in a[href$="/behovsmelding"]').click();
  await expect(h1).toHaveText('Behovsmelding for DeKomp');
  await page.locator('main a[href*="/behovsmelding/"]').first().click();
  await expect(h1).toHaveText('Behovsmelding: oppgaver');
  await task(page, 'Skoleeier').getByRole('link').click();
  await expect(page.locator(id('/lead_owner/name'))).toHaveValue('Asker kommune');
  await type(page, '/contact_person/name', 'Kari Kontakt');
  await expect(page.locator(id('/contact_person/name'))).toHaveValue('Kari Kontakt');

  expect(await sameDocument(page)).toBe(true);
  // Each flow's code came once, in the same document.
  expect([fetched(urls, WIZARD), fetched(urls, NEEDS)]).toEqual([1, 1]);
  expectEachOnce(urls.slice(sinceMark));
});

/** Reloads the page and expects the app (not the first paint, not "not found") to show `heading`. */
async function reloadShows(page, heading, ready) {
  await page.reload();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(heading);
  await expect(page.locator('[data-first-paint]')).toHaveCount(0);
  await expect(h1).not.toHaveText(NOT_FOUND.nb);
  if (ready) await expect(ready).toBeVisible();
}

test('a reload on every step of the wizard shows that step', async ({ page }) => {
  test.setTimeout(90_000);
  const next = page.getByRole('button', { name: 'Lagre og fortsett' });
  await startApplication(page, syntheticId(5, 12));
  await reloadShows(page, 'Hva vil du søke på?', page.getByRole('radio', { name: 'Pedagogiske og internasjonale fag' }));
  await chooseSledOnly(page);
  await reloadShows(page, 'Opptakskrav', page.getByRole('radio', { name: 'Ja, som rektor', exact: true }));
  await meetRequirements(page);
  await reloadShows(page, 'Om stillingen din', page.getByLabel('Stillingstittel'));
  await writeRemarks(page);
  await reloadShows(page, 'Dokumentasjon', page.locator('#upload-diploma-input'));
  await uploadBoth(page);
  await next.click();
  await expect(page).toHaveURL(/\/kontroll$/);
  await reloadShows(page, 'Se over svarene før du sender', page.getByRole('button', { name: 'Send søknad' }));
  // SLED6000 asks no programme questions, so its wizard skips that step; its address still
  // shows the step.
  const check = page.url();
  await page.goto(check.replace(/kontroll$/, 'sporsmal'));
  await reloadShows(page, 'Spørsmål fra studiestedet', next);
  await page.goto(check);
  await page.getByRole('button', { name: 'Send søknad' }).click();
  await expect(page).toHaveURL(/\/kvittering$/);
  await reloadShows(page, 'Søknaden er sendt', page.getByText(/Referansenummer: SOK-/));
});

test('a reload on the task list, every section, check answers and the receipt of a needs report shows that page', async ({ page }) => {
  test.setTimeout(150_000);
  const h1 = page.getByRole('heading', { level: 1 });
  const tasks = await startReport(page, syntheticId(6, 12));
  await reloadShows(page, 'Behovsmelding: oppgaver', task(page, 'Skoleeier').getByRole('link'));
  for (const name of Object.keys(SLUGS)) {
    await task(page, name).getByRole('link').click();
    await expect(h1).toHaveText(name);
    await expect(page).toHaveURL(`${tasks}/${SLUGS[name]}`);
    await reloadShows(page, name, page.getByRole('button', { name: 'Lagre og fortsett' }));
    await page.goto(tasks);
    await expect(h1).toHaveText('Behovsmelding: oppgaver');
  }
  await fillReport(page, tasks);
  await page.getByRole('link', { name: 'Se over og send' }).click();
  await reloadShows(page, 'Se over behovsmeldingen før du sender', page.getByRole('button', { name: 'Send behovsmeldingen' }));
  await page.getByRole('button', { name: 'Send behovsmeldingen' }).click();
  await expect(h1).toHaveText('Behovsmeldingen er sendt');
  await reloadShows(page, 'Behovsmeldingen er sendt', page.getByText(/Referansenummer: BM-/));
});

/** The failed chunk's page in each language: its heading, the message and the retry. */
const NOT_LOADED = {
  en: { wizard: 'Application', needs: 'DeKomp needs report', network: 'We cannot reach the service', retry: 'Try again', choose: 'What do you want to apply for?' },
  sv: { wizard: 'Ansökan', needs: 'Behovsanmälan för DeKomp', network: 'Vi får ingen kontakt med tjänsten', retry: 'Försök igen', choose: 'Vad vill du söka till?' },
};

for (const [language, text] of Object.entries(NOT_LOADED)) {
  test(`a flow whose chunk cannot be fetched says so in ${language}, opened in the app or by its address, and trying again loads it`, async ({ page }) => {
    test.setTimeout(60_000);
    await noIdlePrefetch(page);
    expectConsoleErrors(failedLoad(404, '/split_needs-'), failedLoad(404, '/split_wizard-'), /WebAssembly|Failed to fetch|MIME/);
    let refuse = true;
    const refused = (route) => (refuse ? route.fulfill({ status: 404, body: 'not found' }) : route.continue());
    await page.route(NEEDS, refused);
    await page.route(WIZARD, refused);
    const h1 = page.getByRole('heading', { level: 1 });
    const alert = page.getByRole('alert');

    // A wizard step's address, loaded in the user's language.
    await startApplication(page, syntheticId(language === 'en' ? 7 : 8, 12));
    await expect(h1).toHaveText('Søknad');
    await page.evaluate((code) => window.localStorage.setItem('skoleleder.language', code), language);
    await page.reload();
    await expect(h1).toHaveText(text.wizard);
    await expect(alert).toContainText(text.network);
    await expect(page.locator('#app-crash')).toHaveCount(0);

    // The needs report, opened from home within the app.
    await page.locator('header a.app-header__name').click();
    await page.locator('main .app-way-in a[href$="/behovsmelding"]').click();
    await expect(h1).toHaveText(text.needs);
    await expect(alert).toContainText(text.network);

    // Trying again (a reload) loads the flow, still in that language.
    refuse = false;
    await page.getByRole('button', { name: text.retry }).click();
    await expect(h1).toHaveText(text.needs);
    await expect(alert).toHaveCount(0);
    await page.goBack();
    await page.goBack();
    await expect(h1).toHaveText(text.choose);
  });
}

/** Holds back every request for `pattern` (a slow network) until the returned function is called. */
async function holdBack(page, pattern) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("while a flow's chunk is on its way, the page shows the flow's heading and says it is loading", async ({ page }) => {
  await noIdlePrefetch(page);
  const releaseNeeds = await holdBack(page, NEEDS);
  const releaseWizard = await holdBack(page, WIZARD);
  const h1 = page.getByRole('heading', { level: 1 });
  const status = page.locator('main [role=status]');
  await logIn(page, syntheticId(9, 12));
  await page.goto('./');
  await expect(h1).toHaveText(HOME_HEADING.nb);

  await page.locator('main .app-way-in a[href$="/behovsmelding"]').click();
  await expect(h1).toHaveText('Behovsmelding for DeKomp');
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(/^Behovsmelding for DeKomp/);
  await expect(status).toHaveText('Laster …');
  await expect(page.getByRole('heading', { name: HOME_HEADING.nb })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.waitForTimeout(500);
  await expect(status).toHaveText('Laster …');
  await expect(page.getByRole('button', { name: 'Start behovsmelding' })).toHaveCount(0);
  releaseNeeds();
  await expect(page.getByRole('button', { name: 'Start behovsmelding' })).toBeVisible();
  await expect(h1).toHaveText('Behovsmelding for DeKomp');

  await page.goto('./soknader');
  await page.getByRole('button', { name: 'Ny søknad' }).click();
  await expect(h1).toHaveText('Søknad');
  await expect(status).toHaveText('Laster …');
  await expect(page.getByRole('heading', { name: 'Mine søknader' })).toHaveCount(0);
  releaseWizard();
  await expect(h1).toHaveText('Hva vil du søke på?');
  await expect(status.filter({ hasText: 'Laster …' })).toHaveCount(0);
});

test("the loading notice is in the user's language, and leaving the flow before its chunk has come leaves no notice behind", async ({ page }) => {
  await noIdlePrefetch(page);
  await useLanguage(page, 'en');
  const release = await holdBack(page, NEEDS);
  const h1 = page.getByRole('heading', { level: 1 });
  await page.goto('./');
  await page.locator('main .app-way-in a[href$="/behovsmelding"]').click();
  await expect(h1).toHaveText('DeKomp needs report');
  await expect(page.locator('main [role=status]')).toHaveText('Loading …');
  // Back home while the chunk is still on its way.
  await page.goBack();
  await expect(h1).toHaveText(HOME_HEADING.en);
  await expect(page.locator('main [role=status]')).toHaveCount(0);
  release();
  await page.waitForLoadState('networkidle');
  await expect(h1).toHaveText(HOME_HEADING.en);
  await expect(page.locator('main [role=status]')).toHaveCount(0);
});
