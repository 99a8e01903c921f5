// Measures the needs report's budget table at scale: a report with 1,000 rows in one school
// year, opened in headless Chromium; 200 keystrokes typed into amount cells spread over the
// table; for each, the time from the keystroke to the year's total changing in the page and to
// the next frame after it. Prints the median and the 95th percentile (and JSON with --json).
// Usage: node scripts/measure-budget.mjs <static dir>   (scripts/measure-budget builds it first)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { syntheticId } from '../tests/e2e/wizard-helpers.mjs';

const ROWS = 1000;
const KEYSTROKES = 200;
const PORT = Number(process.env.PORT ?? 4620);
const base = `http://127.0.0.1:${PORT}`;
const staticDir = process.argv[2] ?? 'dist-bench';
const json = process.argv.includes('--json');

const dataDir = mkdtempSync(join(tmpdir(), 'measure-budget-'));
const backend = spawn(join(process.env.CARGO_TARGET_DIR ?? 'target', 'debug/reference-backend'),
  ['--port', String(PORT), '--data-dir', dataDir, '--static-dir', staticDir], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await waitForBackend();
  const session = await call('POST', '/api/v1/session', { national_id: syntheticId(1, 6) });
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    purpose: ['assess_needs', 'plan', 'carry_out', 'evaluate', 'coordinator'][i % 5],
    receiver: i % 3 === 0 ? 'partner' : 'owner',
    amount_nok: 1000 + i,
  }));
  const report = await call('POST', '/api/v1/needs-reports', {
    period: { start_school_year: 2027, years: 1 },
    budget: [{ school_year: 2027, rows }],
  }, session.token);

  const page = await browser.newPage();
  await page.addInitScript((stored) => sessionStorage.setItem('skoleleder.session', stored),
    JSON.stringify({ token: session.token, name: session.name ?? '' }));
  const opened = Date.now();
  await page.goto(`${base}/behovsmelding/${report.id}/budsjett`);
  const lastCell = page.locator(`#nr-budget-0-rows-${ROWS - 1}-amount_nok`);
  await lastCell.waitFor();
  const openMs = Date.now() - opened;

  const toTotal = [];
  const toFrame = [];
  for (let k = 0; k < KEYSTROKES; k++) {
    const row = Math.floor((k * ROWS) / KEYSTROKES) + (k % 5);
    await page.locator(`#nr-budget-0-rows-${row}-amount_nok`).focus();
    await page.evaluate(() => {
      window.__timing = new Promise((resolve, reject) => {
        let pressed;
        addEventListener('keydown', (e) => { pressed = e.timeStamp; }, { capture: true, once: true });
        const total = document.getElementById('year-0-totals');
        const watch = new MutationObserver(() => {
          watch.disconnect();
          const changed = performance.now();
          requestAnimationFrame(() => setTimeout(() => resolve([changed - pressed, performance.now() - pressed])));
        });
        watch.observe(total, { subtree: true, childList: true, characterData: true });
        setTimeout(() => reject(new Error('the total did not change within 10 s')), 10000);
      });
    });
    await page.keyboard.press(String((k % 9) + 1));
    const [total, frame] = await page.evaluate(() => window.__timing);
    toTotal.push(total);
    toFrame.push(frame);
  }
  const result = {
    rows: ROWS,
    keystrokes: KEYSTROKES,
    open_ms: openMs,
    keystroke_to_total_ms: summary(toTotal),
    keystroke_to_next_frame_ms: summary(toFrame),
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`Budget table with ${ROWS} rows, ${KEYSTROKES} keystrokes (headless Chromium):`);
    console.log(`  page open to last row shown: ${openMs} ms`);
    console.log(`  keystroke → year total changed:   median ${result.keystroke_to_total_ms.median} ms, p95 ${result.keystroke_to_total_ms.p95} ms`);
    console.log(`  keystroke → next frame after it:  median ${result.keystroke_to_next_frame_ms.median} ms, p95 ${result.keystroke_to_next_frame_ms.p95} ms`);
  }
} finally {
  await browser.close();
  backend.kill();
  rmSync(dataDir, { recursive: true, force: true });
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)) };
}

function round(ms) {
  return Math.round(ms * 10) / 10;
}

async function call(method, path, body, token) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function waitForBackend() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/v1/meta`)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the reference backend did not start');
}
