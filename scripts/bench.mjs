// The figures scripts/bench prints, each with the peer page's beside it, the ratio app/peer and
// whether the issue "Light"'s target is met:
//  1. bytes transferred until the app has taken over the first paint, fonts beside;
//  2. Lighthouse mobile, median of 3 runs alternating app and peer;
//  3. the 1,000-row budget's keystroke to next frame (scripts/measure-budget.mjs).
//   node scripts/bench.mjs DIST APP_URL [PEER_URL]   (BENCH_RUNS: Lighthouse runs, default 3;
//   BUDGET_PORT: measure-budget's port)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { firstLoadSizes, kb, sizeTable } from './size.mjs';

const [dist = 'dist-bench', app = 'http://127.0.0.1:4690/', peer = ''] = process.argv.slice(2);
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHELL_PAGES = ['', 'studier', 'logg-inn'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The app has taken over when the first paint from index.html is gone and a `<main>` is there. */
const FIRST_PAINT = '[data-first-paint]';
/** What shows that a page is on screen, beyond the take-over. */
const SHOWN = { shell: 'main h1', wizard: 'main fieldset', tasks: 'main .app-task' };
const ms = (value) => Math.round(value);

// ------------------------------------------------------------------ bytes until take-over

/**
 * Runs in the page before its own scripts: marks (wall-clock ms) when the app has taken over
 * (no `gone` element left, a `<main>` there) and when each watched selector then shows; keeps
 * FCP, LCP and CLS as the page's PerformanceObserver sees them. `benchWatch(name, selector)`
 * adds a mark later (an in-app navigation).
 */
function watcher({ gone, shown, session }) {
  if (session) sessionStorage.setItem('skoleleder.session', session);
  const now = () => performance.timeOrigin + performance.now();
  const bench = (window.bench = { marks: {}, fcp_ms: null, lcp_ms: null, cls: 0 });
  const watched = [];
  const check = () => {
    if ((gone && document.querySelector(gone)) || !document.querySelector('main')) return;
    bench.marks.tookOver ??= now();
    for (const [name, selector] of watched) if (!bench.marks[name] && document.querySelector(selector)) bench.marks[name] = now();
  };
  window.benchWatch = (name, selector) => { watched.push([name, selector]); check(); };
  window.benchWatch('ready', shown);
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
  const observe = (type, each) => new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') bench.fcp_ms = Math.round(e.startTime); });
  observe('largest-contentful-paint', (e) => { bench.lcp_ms = Math.round(e.startTime); });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) bench.cls = Number((bench.cls + e.value).toFixed(3)); });
}

/** Every request of `page` from CDP: url, type, sent and finished (wall-clock ms), bytes on the wire. */
async function recordRequests(context, page) {
  const requests = new Map();
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!e.request.url.startsWith('http')) return; // data: URLs
    requests.set(e.requestId, { url: e.request.url, type: e.type, sent: e.wallTime * 1000, offset: e.wallTime - e.timestamp, done: null, bytes: 0 });
  });
  const finish = (e, bytes) => {
    const request = requests.get(e.requestId);
    if (request) Object.assign(request, { done: (e.timestamp + request.offset) * 1000, bytes });
  };
  cdp.on('Network.loadingFinished', (e) => finish(e, e.encodedDataLength));
  cdp.on('Network.loadingFailed', (e) => finish(e, 0));
  await cdp.send('Network.enable');
  return requests;
}

/** Waits until no request has been in flight for half a second. */
async function settled(requests) {
  for (let quiet = 0; quiet < 5;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    quiet = [...requests.values()].some((r) => r.done === null) ? 0 : quiet + 1;
  }
}

const path = (r) => new URL(r.url).pathname;
const isFont = (r) => r.type === 'Font';
const isCode = (r) => /\.(wasm|m?js)$/.test(path(r));
/** The backend's answers: the reference backend sends them uncompressed, so they are counted beside. */
const isApi = (r) => /\/api\/v\d+\//.test(path(r));

/**
 * Bytes on the wire until `moment`: what had finished by then, and every .wasm, .js or font
 * asked for by then (a chunk still on its way counts). Fonts and the API's answers are counted
 * beside, not inside.
 */
function bytesUntil(requests, moment) {
  const early = (r) => r.done <= moment || ((isCode(r) || isFont(r)) && r.sent <= moment);
  const taken = [...requests.values()].filter(early);
  const sum = (keep) => taken.filter(keep).reduce((total, r) => total + r.bytes, 0);
  return {
    bytes: sum((r) => !isFont(r) && !isApi(r)),
    code_bytes: sum(isCode),
    api_bytes: sum(isApi),
    font_bytes: sum(isFont),
    files: taken.filter((r) => r.bytes > 0).map((r) => `${path(r)} ${r.bytes}`),
  };
}

/**
 * A fresh load of `url` (new context, empty cache) until `shown` is on screen after the take-over;
 * with `navigate`, then an in-app navigation there (history.pushState and popstate, as the
 * router's own links do) until `navigate.shown` is on screen. Returns the bytes until each.
 */
async function transfer(browser, url, { gone = FIRST_PAINT, shown = SHOWN.shell, session, navigate } = {}) {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 412, height: 823 } });
  try {
    await context.addInitScript(watcher, { gone, shown, session });
    const page = await context.newPage();
    const requests = await recordRequests(context, page);
    await page.goto(url);
    await page.waitForFunction(() => window.bench.marks.ready);
    await settled(requests);
    if (navigate) {
      await page.evaluate(({ path, shown }) => {
        window.bench.marks.navigating = performance.timeOrigin + performance.now();
        window.benchWatch('navigated', shown);
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, navigate);
      await page.waitForFunction(() => window.bench.marks.navigated);
      await settled(requests);
    }
    const bench = await page.evaluate(() => window.bench);
    const start = Math.min(...[...requests.values()].map((r) => r.sent));
    const { marks } = bench;
    return {
      ...bytesUntil(requests, marks.navigated ?? marks.ready),
      ...(navigate && { shell_bytes: bytesUntil(requests, marks.ready).bytes }),
      took_over_ms: ms(marks.tookOver - start),
      // From the load's start; after a navigation, from the navigation's.
      shown_ms: ms(navigate ? marks.navigated - marks.navigating : marks.ready - start),
      fcp_ms: bench.fcp_ms, lcp_ms: bench.lcp_ms, cls: bench.cls,
    };
  } finally {
    await context.close();
  }
}

/** Logs in as a synthetic person and starts an application and a needs report, as a user would. */
async function startFlows(browser) {
  const context = await browser.newContext({ baseURL: app, locale: 'nb-NO' });
  try {
    const page = await context.newPage();
    await page.goto('logg-inn');
    await page.locator('main input[type=radio]').first().check();
    await page.locator('main button[type=submit]').click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await page.goto('soknader');
    await page.getByRole('button', { name: 'Ny søknad' }).click();
    await page.waitForURL(/\/velg$/);
    const wizard = new URL(page.url()).pathname;
    await page.goto('behovsmelding');
    await page.getByRole('button', { name: 'Start behovsmelding' }).click();
    await page.locator(SHOWN.tasks).first().waitFor();
    const tasks = new URL(page.url()).pathname;
    const session = await page.evaluate(() => sessionStorage.getItem('skoleleder.session'));
    return { session, wizard, tasks };
  } finally {
    await context.close();
  }
}

/** The app's pages as [label, measurement, target KB], and the peer's one page; each a fresh load. */
async function transfers() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  try {
    const { session, wizard, tasks } = await startFlows(browser);
    const pages = [];
    for (const path of SHELL_PAGES) pages.push([`/${path}`, await transfer(browser, app + path), 200]);
    for (const [label, path, shown] of [['/soknader/{id}/velg', wizard, SHOWN.wizard], ['/behovsmelding/{id}', tasks, SHOWN.tasks]]) {
      pages.push([`${label} (deep link)`, await transfer(browser, new URL(path, app).href, { session, shown }), 320]);
      pages.push([`/ then ${label}`, await transfer(browser, app, { session, navigate: { path, shown } }), 320]);
    }
    const peerPage = peer ? await transfer(browser, peer, { gone: null }) : null;
    return { pages, peerPage };
  } finally {
    await browser.close();
  }
}

// ------------------------------------------------------------------ Lighthouse

/** Lighthouse's default: mobile, simulated throttling, performance only. */
function lighthouse(url) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  try {
    const json = execFileSync('node_modules/.bin/lighthouse', [
      url, '--only-categories=performance', '--output=json', '--quiet',
      `--chrome-flags=${[...FLAGS, `--user-data-dir=${profile}`].join(' ')}`,
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 }).toString();
    const report = JSON.parse(json);
    const audit = (id) => report.audits[id];
    return {
      score: Math.round(report.categories.performance.score * 100),
      fcp_ms: ms(audit('first-contentful-paint').numericValue),
      lcp_ms: ms(audit('largest-contentful-paint').numericValue),
      tbt_ms: ms(audit('total-blocking-time').numericValue),
      cls: Number(audit('cumulative-layout-shift').numericValue.toFixed(3)),
      bytes: audit('total-byte-weight').numericValue,
      // Where the main thread's time went, to explain TBT.
      main_thread_ms: Object.fromEntries(audit('mainthread-work-breakdown').details.items.map((i) => [i.group, ms(i.duration)])),
      long_tasks: audit('long-tasks').details?.items.map((i) => ({ url: i.url, start_ms: ms(i.startTime), ms: ms(i.duration) })) ?? [],
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The median of each figure over the runs; the details (main thread, long tasks) of the median-TBT run. */
function median(runs) {
  const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  const tbt = middle(runs.map((r) => r.tbt_ms));
  const result = { ...runs.find((r) => r.tbt_ms === tbt) };
  for (const key of ['score', 'fcp_ms', 'lcp_ms', 'tbt_ms', 'cls', 'bytes']) result[key] = middle(runs.map((r) => r[key]));
  return result;
}

/** Each page RUNS times, alternating with the peer's page: app, peer, app, peer ... */
function lighthouseRuns() {
  return SHELL_PAGES.map((path) => {
    const appRuns = [];
    const peerRuns = [];
    for (let run = 0; run < RUNS; run++) {
      console.error(`bench: Lighthouse /${path}, run ${run + 1} of ${RUNS}`);
      appRuns.push(lighthouse(app + path));
      if (peer) peerRuns.push(lighthouse(peer));
    }
    return { page: `/${path}`, app: median(appRuns), peer: peer ? median(peerRuns) : null, app_runs: appRuns, peer_runs: peerRuns };
  });
}

// ------------------------------------------------------------------ the budget table

function budget() {
  const json = execFileSync('node', ['scripts/measure-budget.mjs', dist, '--json'], {
    env: { ...process.env, PORT: process.env.BUDGET_PORT ?? '4692' }, stdio: ['ignore', 'pipe', 'inherit'],
  }).toString();
  return JSON.parse(json);
}

// ------------------------------------------------------------------ printing

const targets = [];
/** A table row: label, app, peer, app/peer, target, met; a target goes in `targets` too. */
function row(label, appValue, peerValue, target) {
  const ratio = appValue != null && peerValue ? (appValue / peerValue).toFixed(2) : '–';
  if (target) targets.push({ what: label, value: appValue, target: target.text, met: target.met });
  return [label, appValue ?? '–', peerValue ?? '–', ratio, target?.text ?? '', target ? (target.met ? 'yes' : 'NO') : ''];
}
const atMost = (value, limit, unit = '') => ({ text: `≤ ${limit}${unit}`, met: value <= limit });

function printTable(title, header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i]).length)));
  console.log(`\n${title}`);
  for (const r of [header, ...rows]) console.log(r.map((cell, i) => (i ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join('  '));
}

const sizes = firstLoadSizes(dist);
const wasmPreloaded = /<link\b[^>]*rel="preload"[^>]*\.wasm"/.test(readFileSync(join(dist, 'index.html'), 'utf8'));
if (!peer) console.error('bench: no peer page: the app alone');
const { pages, peerPage } = await transfers();
console.error('bench: the budget table (1,000 rows)');
const budgetRun = budget();
const lighthouseRows = lighthouseRuns();

console.log(sizeTable(sizes));

const kbOf = (bytes) => (bytes == null ? null : Number(kb(bytes)));
printTable(
  'Bytes on the wire until the app has taken over the first paint and shows the page (KB; fonts and API answers beside,\nnot inside; a navigation counts the shell too, its "shown ms" is from the navigation; the peer: its one page, a fresh load)',
  ['page', 'app KB', 'peer KB', 'app/peer', 'target', 'met', 'wasm+js KB', 'fonts KB', 'API KB', 'taken over ms', 'shown ms'],
  pages.map(([label, t, limit]) => [
    ...row(`bytes ${label}`, kbOf(t.bytes), kbOf(peerPage?.bytes), atMost(kbOf(t.bytes), limit, ' KB')),
    kb(t.code_bytes), kb(t.font_bytes), kb(t.api_bytes), t.took_over_ms, t.shown_ms,
  ]),
);

printTable(
  `Lighthouse mobile, simulated throttling, median of ${RUNS} runs${peer ? ' alternating with the peer' : ''}`,
  ['page metric', 'app', 'peer', 'app/peer', 'target', 'met'],
  lighthouseRows.flatMap(({ page, app: a, peer: p }) => [
    row(`${page} score`, a.score, p?.score, { text: '≥ 95', met: a.score >= 95 }),
    row(`${page} FCP ms`, a.fcp_ms, p?.fcp_ms),
    row(`${page} LCP ms`, a.lcp_ms, p?.lcp_ms, p && { text: '≤ peer', met: a.lcp_ms <= p.lcp_ms }),
    row(`${page} TBT ms`, a.tbt_ms, p?.tbt_ms, atMost(a.tbt_ms, 100, ' ms')),
    row(`${page} CLS`, a.cls, p?.cls),
    row(`${page} KB`, kbOf(a.bytes), kbOf(p?.bytes)),
  ]),
);

/** Where the main thread went in a run (ms by kind), and its longest tasks (length, script, start). */
function mainThread(run) {
  const kinds = Object.entries(run.main_thread_ms).map(([kind, time]) => `${kind} ${time}`).join(', ');
  const tasks = run.long_tasks.slice(0, 4).map((t) => `${t.ms} ms ${t.url.replace(/^https?:\/\/[^/]+/, '') || '/'} at ${t.start_ms}`);
  return `${kinds}\n    longest tasks: ${tasks.join('; ')}`;
}
console.log('\nMain thread in the median-TBT run (ms; Lighthouse mainthread-work-breakdown and long-tasks)');
for (const { page, app: a, peer: p } of lighthouseRows) {
  console.log(`${page}  app: ${mainThread(a)}`);
  if (p) console.log(`${page}  peer: ${mainThread(p)}`);
}

const frame = budgetRun.keystroke_to_next_frame_ms;
printTable(
  `Budget table, ${budgetRun.rows} rows, ${budgetRun.keystrokes} keystrokes (the app alone)`,
  ['figure', 'app', 'peer', 'app/peer', 'target', 'met'],
  [
    row('keystroke → next frame, median ms', frame.median, null, atMost(frame.median, 16, ' ms')),
    row('keystroke → next frame, p95 ms', frame.p95, null, atMost(frame.p95, 50, ' ms')),
    row('keystroke → total changed, median ms', budgetRun.keystroke_to_total_ms.median, null),
    row('page open to last row, ms', budgetRun.open_ms, null),
  ],
);
targets.push({ what: 'wasm preloaded by index.html', value: wasmPreloaded, target: 'yes', met: wasmPreloaded });
console.log(`\nwasm preloaded by index.html: ${wasmPreloaded ? 'yes' : 'NO'}`);
console.log(`targets met: ${targets.filter((t) => t.met).length} of ${targets.length}`);

const total = sizes.reduce((sum, size) => sum + size.brotli, 0);
console.log('\n' + JSON.stringify({
  sizes, total_brotli_bytes: total, total_brotli_kb: Number(kb(total)),
  transfer: pages.map(([page, t]) => ({ page, ...t })), peer_transfer: peerPage,
  lighthouse: lighthouseRows, budget: budgetRun, targets,
}, null, 2));
