// What the fault tests share: injecting and clearing the reference backend's faults, the
// console errors an injected failure makes the browser log (fixture.mjs fails a test on any
// other), and restarting the backend (tests/e2e/backend-supervisor.mjs).
import { expect } from '@playwright/test';
import { expectConsoleErrors, failedConnection, failedLoad } from './fixture.mjs';
import { BACKEND, CONTROL } from './ports.mjs';

export const FAULTS = `${BACKEND}/api/v1/_test/faults`;

/** Makes the backend misbehave as `fault` says (tests/server/README.md, "Test mode"). */
export async function injectFault(request, fault) {
  expect((await request.post(FAULTS, { data: fault })).ok()).toBe(true);
}

export async function clearFaults(request) {
  await request.delete(FAULTS);
}

/**
 * Declares the console error the browser logs when a call to the backend at `path` (a prefix)
 * fails because of `cause`: an HTTP status (500) or a network error's name (`ERR_FAILED`).
 */
export function expectFailedLoads(cause, path) {
  const at = `${BACKEND}${path}`;
  expectConsoleErrors(typeof cause === 'number' ? failedLoad(cause, at) : failedConnection(at, cause));
}

/** Stops the backend and starts it again on its port and data; resolves once it serves. */
export async function restartBackend(request) {
  const response = await request.post(`${CONTROL}/restart`, { timeout: 30_000 });
  expect(response.status(), await response.text()).toBe(200);
}
