// The figures scripts/bench prints: sizes, Lighthouse for three pages, and logged-in pages
// measured by a PerformanceObserver.   node scripts/bench.mjs DIST APP_URL
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { firstLoadSizes, kb, sizeTable } from './size.mjs';

const [dist = 'dist-bench', app = 'http://127.0.0.1:4690/'] = process.argv.slice(2);
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LIGHTHOUSE_PAGES = ['', 'studier', 'logg-inn'];
const ms = (value) => Math.round(value);

/** Lighthouse's default: mobile, simulated throttling, performance only. */
function lighthouse(url) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  try {
    const json = execFileSync('node_modules/.bin/lighthouse', [
      url, '--only-categories=performance', '--output=json', '--quiet',
      `--chrome-flags=${[...FLAGS, `--user-data-dir=${profile}`].join(' ')}`,
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 }).toString();
    const report = JSON.parse(json);
    const audit = (id) => report.audits[id].numericValue;
    return {
      page: `/${url.slice(app.length)}`,
      score: Math.round(report.categories.performance.score * 100),
      fcp_ms: ms(audit('first-contentful-paint')),
      lcp_ms: ms(audit('largest-contentful-paint')),
      tbt_ms: ms(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** FCP, LCP and CLS of a full load of `url`, as the page's own PerformanceObserver sees them. */
async function paintOf(page, url, ready) {
  await page.goto(url);
  await ready();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  return page.evaluate(() => window.paints);
}

/** Logs in as a synthetic person, starts an application and a needs report, and measures both. */
async function loggedInPages() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  try {
    const context = await browser.newContext({ baseURL: app, locale: 'nb-NO', viewport: { width: 412, height: 823 } });
    await context.addInitScript(() => {
      window.paints = { fcp_ms: null, lcp_ms: null, cls: 0 };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'first-contentful-paint') window.paints.fcp_ms = Math.round(entry.startTime);
        }
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.paints.lcp_ms = Math.round(entry.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.paints.cls = Number((window.paints.cls + entry.value).toFixed(3));
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto('logg-inn');
    await page.locator('main input[type=radio]').first().check();
    await page.locator('main button[type=submit]').click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await page.goto('soknader');
    await page.getByRole('button', { name: 'Ny søknad' }).click();
    await page.waitForURL(/\/velg$/);
    const wizard = page.url();
    await page.goto('behovsmelding');
    await page.getByRole('button', { name: 'Start behovsmelding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Behovsmelding: oppgaver' }).waitFor();
    const tasks = page.url();
    const fieldset = () => page.locator('main fieldset').first().waitFor();
    const taskList = () => page.getByRole('heading', { level: 1, name: 'Behovsmelding: oppgaver' }).waitFor();
    return [
      { page: `/${wizard.slice(app.length)}`, ...(await paintOf(page, wizard, fieldset)) },
      { page: `/${tasks.slice(app.length)}`, ...(await paintOf(page, tasks, taskList)) },
    ];
  } finally {
    await browser.close();
  }
}

const sizes = firstLoadSizes(dist);
const pages = LIGHTHOUSE_PAGES.map((path) => lighthouse(app + path));
const loggedIn = await loggedInPages();

console.log(sizeTable(sizes));
console.log('\nLighthouse, mobile, simulated throttling');
console.log(`${'page'.padEnd(14)} ${'score'.padStart(5)} ${'FCP ms'.padStart(7)} ${'LCP ms'.padStart(7)} ${'TBT ms'.padStart(7)} ${'CLS'.padStart(6)}`);
for (const p of pages) console.log(`${p.page.padEnd(14)} ${String(p.score).padStart(5)} ${String(p.fcp_ms).padStart(7)} ${String(p.lcp_ms).padStart(7)} ${String(p.tbt_ms).padStart(7)} ${String(p.cls).padStart(6)}`);
console.log('\nLogged in, PerformanceObserver, 412 x 823, no throttling');
console.log(`${'page'.padEnd(44)} ${'FCP ms'.padStart(7)} ${'LCP ms'.padStart(7)} ${'CLS'.padStart(6)}`);
for (const p of loggedIn) console.log(`${p.page.padEnd(44)} ${String(p.fcp_ms).padStart(7)} ${String(p.lcp_ms).padStart(7)} ${String(p.cls).padStart(6)}`);
const total = sizes.reduce((sum, size) => sum + size.brotli, 0);
console.log('\n' + JSON.stringify({ sizes, total_brotli_bytes: total, total_brotli_kb: Number(kb(total)), lighthouse: pages, logged_in: loggedIn }, null, 2));
