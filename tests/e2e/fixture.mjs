// The one `test` every spec imports: it fails a test on any page error (an uncaught exception,
// a wasm panic) or console error in any page the test opened, in its own context or in one it
// made with `browser.newContext()`. A test whose own faults make the browser log errors (a
// server told to answer 500, say) names those messages with `expectConsoleErrors`; nothing
// else passes.
import { test as base, expect } from '@playwright/test';

/** Console errors each running test has declared, by test id. */
const declared = new Map();

/**
 * Declares console errors the calling test causes on purpose: each pattern (a RegExp, or a
 * string to find) is matched against "message (address)". Page errors are never allowed.
 */
export function expectConsoleErrors(...patterns) {
  const id = base.info().testId;
  declared.set(id, [...(declared.get(id) ?? []), ...patterns]);
}

/**
 * The console error Chromium logs for an answer with `status` from an address containing
 * `path` (a network failure the browser reports itself, whatever the app does with it).
 */
export function failedLoad(status, path) {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^Failed to load resource: the server responded with a status of ${status} .*\\([^)]*${escaped}[^)]*\\)$`);
}

/**
 * The console error Chromium logs for a request to an address containing `path` that got no
 * answer: `net::` and the error's name (`ERR_EMPTY_RESPONSE`), any name if none is given.
 */
export function failedConnection(path, name = 'ERR_[A-Z_]+') {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^Failed to load resource: net::${name} \\([^)]*${escaped}[^)]*\\)$`);
}

/** The console error for a script the page's Content-Security-Policy blocked. */
export const CSP_BLOCKED_SCRIPT = /^Executing inline script violates the following Content Security Policy directive 'script-src /;

function matches(pattern, line) {
  return typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line);
}

export const test = base.extend({
  pageFaults: [
    async ({ context, browser }, use, testInfo) => {
      const faults = [];
      const consoleErrors = [];
      const watchPage = (page) => {
        page.on('pageerror', (error) => faults.push(`page error at ${page.url()}: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const where = message.location()?.url;
          consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
        });
      };
      const watchContext = (watched) => {
        watched.pages().forEach(watchPage);
        watched.on('page', watchPage);
      };
      watchContext(context);
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const made = await newContext.apply(browser, args);
        watchContext(made);
        return made;
      };
      try {
        await use(faults);
      } finally {
        browser.newContext = newContext;
      }
      const allowed = declared.get(testInfo.testId) ?? [];
      declared.delete(testInfo.testId);
      const unexpected = consoleErrors.filter((line) => !allowed.some((pattern) => matches(pattern, line)));
      expect([...faults, ...unexpected], 'page errors and unexpected console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
