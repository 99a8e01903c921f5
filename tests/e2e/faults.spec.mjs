// Server failures injected by the reference backend (test mode) are told in the user's language.
// These change the shared backend, so the config runs them after every other test.
import { test, expect } from '@playwright/test';
import { useLanguage } from './helpers.mjs';

const FAULTS = 'http://127.0.0.1:4610/api/v1/_test/faults';

test.describe.configure({ mode: 'serial' });

test.afterEach(async ({ request }) => {
  await request.delete(FAULTS);
});

test('a 500 from the backend is explained, and retry recovers once it is fixed', async ({ page, request }) => {
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/catalogue', status: 500, remaining: 20 } });
  await page.goto('./studier');
  await expect(page.getByRole('alert')).toContainText('Det oppstod en feil hos oss. Prøv igjen om litt.');
  await request.delete(FAULTS);
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.locator('.app-programme').first()).toBeVisible();
});

test('a 503 with Retry-After is explained in Swedish', async ({ page, request }) => {
  await useLanguage(page, 'sv');
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/catalogue', status: 503, retry_after_seconds: 1, remaining: 20 } });
  await page.goto('./studier');
  await expect(page.getByRole('alert')).toContainText('Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.', { timeout: 15_000 });
});

test('a transient failure is retried without bothering the user', async ({ page, request }) => {
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/catalogue', status: 503, retry_after_seconds: 1, remaining: 1 } });
  await page.goto('./studier');
  await expect(page.locator('.app-programme').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a dropped connection is explained in English', async ({ page, request }) => {
  await useLanguage(page, 'en');
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/catalogue', drop_connection: true, remaining: 20 } });
  await page.goto('./studier');
  await expect(page.getByRole('alert')).toContainText('We cannot reach the service.', { timeout: 15_000 });
});

test('a malformed body is not shown as data', async ({ page, request }) => {
  await request.post(FAULTS, { data: { path_prefix: '/api/v1/catalogue', malformed_json: true, remaining: 20 } });
  await page.goto('./studier');
  await expect(page.getByRole('alert')).toContainText('Vi fikk et svar fra tjenesten som vi ikke forstår.');
});
