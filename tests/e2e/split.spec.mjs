// The wasm is split per flow (tools/wasm-split, src/app/flows.rs): the shell loads neither flow's
// code; the wizard and the needs report each load their chunk when first opened, when a link to
// them is pointed at, or once the page has loaded and the browser is idle.
import { test, expect, expectConsoleErrors, failedLoad } from './fixture.mjs';
import { HOME_HEADING } from './helpers.mjs';
import { logIn, startApplication, syntheticId } from './wizard-helpers.mjs';
import { startReport } from './needs-helpers.mjs';

const WIZARD = /\/split_wizard-[0-9a-f]{16}\.wasm$/;
const NEEDS = /\/split_needs-[0-9a-f]{16}\.wasm$/;
/** Code both flows use and the shell does not. */
const SHARED = /\/chunk_\d+-[0-9a-f]{16}\.wasm$/;

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

test('the shell loads no flow code: home, catalogue, login, statements, not found, Mine søknader', async ({ page }) => {
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
  await logIn(page, syntheticId(1, 12));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine søknader');
  await page.waitForLoadState('networkidle');
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((url) => WIZARD.test(url) || NEEDS.test(url) || SHARED.test(url))).toEqual([]);
});

test('once the page has loaded and is idle, both flows are fetched, each once', async ({ page }) => {
  const urls = wasmRequests(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  await expect.poll(() => fetched(urls, WIZARD) + fetched(urls, NEEDS)).toBe(2);
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => ({
    loaded: performance.getEntriesByType('navigation')[0].loadEventEnd,
    chunks: performance
      .getEntriesByType('resource')
      .filter((entry) => /\/(split_|chunk_)[^/]*\.wasm$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  expect(timing.chunks).toHaveLength(3);
  for (const start of timing.chunks) expect(start).toBeGreaterThanOrEqual(timing.loaded);
  expect([fetched(urls, WIZARD), fetched(urls, NEEDS), fetched(urls, SHARED)]).toEqual([1, 1, 1]);
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
  expect(fetched(urls, SHARED)).toBe(1);
  expect(fetched(urls, WIZARD)).toBe(0);
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
  await expect.poll(() => fetched(urls, NEEDS)).toBe(1);
  const chunk = await page.request.get(urls.find((url) => NEEDS.test(url)));
  expect(chunk.status()).toBe(200);
  expect(chunk.headers()['content-type']).toBe('application/wasm');
  const missing = await page.request.get('./split_needs-0123456789abcdef.wasm');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).not.toContain('<html');
});

test('a chunk that cannot be fetched (offline, or an older build gone): the route says so, and trying again loads it', async ({ page }) => {
  await noIdlePrefetch(page);
  expectConsoleErrors(failedLoad(404, '/split_needs-'), /WebAssembly|Failed to fetch|MIME/);
  let refuse = true;
  await page.route(NEEDS, (route) => (refuse ? route.fulfill({ status: 404, body: 'not found' }) : route.continue()));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING.nb);
  // Pointing at the link fails to prefetch, quietly; opening it fails again and says so.
  await page.locator('main .app-way-in a[href$="/behovsmelding"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding for DeKomp');
  await expect(page.getByRole('alert')).toContainText('Vi får ikke kontakt med tjenesten');
  await expect(page.locator('#app-crash')).toHaveCount(0);
  refuse = false;
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovsmelding for DeKomp');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
