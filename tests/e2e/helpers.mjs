import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const LANGUAGES = ['nb', 'nn', 'en', 'sv'];

/** Expected texts, written out here so a test fails if the app shows the wrong language. */
export const HOME_HEADING = { nb: 'Hva vil du gjøre?', nn: 'Kva vil du gjere?', en: 'What do you want to do?', sv: 'Vad vill du göra?' };
export const APP_NAME = { nb: 'Kompetanse i skolen', nn: 'Kompetanse i skulen', en: 'Competence in schools', sv: 'Kompetens i skolan' };
export const NOT_FOUND = { nb: 'Fant ikke siden', nn: 'Fann ikkje sida', en: 'Page not found', sv: 'Sidan hittades inte' };
export const CONFIG_ERROR = { nb: 'Tjenesten kan ikke starte', nn: 'Tenesta kan ikkje starte', en: 'The service cannot start', sv: 'Tjänsten kan inte starta' };

/**
 * Every page, with what shows it has finished loading (data from the backend included). A page
 * listed here is held to axe, reflow and focus checks (accessibility, reflow and focus specs).
 */
export const PAGES = [
  { path: './', ready: 'main .app-way-in' },
  { path: './studier', ready: 'main .app-programme' },
  { path: './tilgjengelighet', ready: 'main p' },
  { path: './personvern', ready: 'main h2' },
  { path: './logg-inn', ready: 'main input[type=radio]' },
  { path: './finnes-ikke', ready: 'main p' },
];

/** Opens one of `PAGES` and waits until it has loaded. */
export async function openPage(page, { path, ready }) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator(ready).first()).toBeVisible();
}

/** The login page with its error state: submitted with nobody chosen. */
export async function openLoginErrors(page) {
  await page.goto('./logg-inn');
  await page.locator('main button[type=submit]').click();
  await expect(page.locator('.ds-error-summary')).toBeFocused();
}

/** Logs in as the first listed test person through the form; returns the person's name. */
export async function logInAsFirstTestPerson(page) {
  await page.goto('./logg-inn');
  const first = page.locator('main input[type=radio]').first();
  const name = (await page.locator('main .ds-field label').first().textContent()).replace(/ \(\d{11}\)$/, '');
  await first.check();
  await page.locator('main button[type=submit]').click();
  await expect(page.locator('header .app-user')).toContainText(name);
  return name;
}

/** Chooses a language with the header's language buttons. */
export async function chooseLanguage(page, language) {
  await page.locator(`header nav button[lang=${language}]`).click();
}

/** Opens the app with a remembered language choice, as a returning user would. */
export async function useLanguage(page, language) {
  await page.addInitScript((code) => window.localStorage.setItem('skoleleder.language', code), language);
}

/** Fails with the list of WCAG 2.2 A/AA violations (2.0 and 2.1 included), if any. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe-core WCAG 2.2 A/AA violations').toEqual([]);
}

/**
 * Widths every page must fit without scrolling sideways (WCAG 1.4.10 Reflow): a 320 CSS px
 * phone, and a 1280 px window zoomed to 200 % (640 CSS px; run with deviceScaleFactor 2).
 */
export const REFLOW_VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 640, height: 360 },
];

/** Resizes to each reflow width in turn and fails, naming the widest element, if the page scrolls sideways. */
export async function expectReflow(page, label) {
  for (const viewport of REFLOW_VIEWPORTS) {
    await page.setViewportSize(viewport);
    const overflow = await page.evaluate(describeHorizontalOverflow);
    if (overflow) throw new Error(`${label} scrolls sideways at ${viewport.width} CSS px: ${overflow}`);
  }
}

/** In the page: null if nothing sticks out to the right, else what does. */
function describeHorizontalOverflow() {
  const root = document.documentElement;
  if (root.scrollWidth <= root.clientWidth) return null;
  let widest = null;
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    // Text can spill out of a box that itself fits (one long word in a heading).
    const right = Math.max(box.right, box.left + element.scrollWidth);
    // `>=`: of nested elements ending at the same edge, the innermost names the culprit best.
    if (right > root.clientWidth && (!widest || right >= widest.right)) widest = { element, right };
  }
  const name = widest ? describeElement(widest.element) : 'no single element';
  return `${root.scrollWidth} px of content in a ${root.clientWidth} px window; widest: ${name} reaching ${Math.round(widest?.right ?? 0)} px`;

  function describeElement(element) {
    const classes = element.classList.length ? `.${[...element.classList].join('.')}` : '';
    return `<${element.localName}${classes}> "${element.textContent.trim().slice(0, 60)}"`;
  }
}

/** Most Tab presses one page may need before focus comes round again. */
const MAX_TAB_STOPS = 60;

/**
 * Tabs through the whole page until focus comes back round, and fails if a focused element is
 * covered by another (WCAG 2.4.11 Focus Not Obscured): the element at the centre of the visible
 * part of it, once the browser has scrolled it into view, must be itself or inside it.
 */
export async function expectFocusNeverObscured(page, label) {
  await page.evaluate(() => {
    window.focusStops = [];
  });
  for (let press = 0; press < MAX_TAB_STOPS; press++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(inspectFocusedElement);
    if (stop.cycled) return;
    if (stop.problem) throw new Error(`${label}, Tab stop ${press + 1}: ${stop.problem}`);
  }
  throw new Error(`${label}: focus did not come round again within ${MAX_TAB_STOPS} Tab presses`);
}

/** In the page: whether focus has come round to an element seen before, and what covers the focused one. */
function inspectFocusedElement() {
  const focused = document.activeElement;
  // Between the last element and the first, focus passes the document itself.
  if (!focused || focused === document.body) return { cycled: false, problem: null };
  if (window.focusStops.includes(focused)) return { cycled: true, problem: null };
  window.focusStops.push(focused);
  const describe = (element) =>
    element ? `<${element.localName}${element.className ? ` class="${element.className}"` : ''}> "${element.textContent.trim().slice(0, 40)}"` : 'nothing (outside the window)';
  // A link wrapped over two lines has a box per line; the gap between them is not the link.
  const centres = [...focused.getClientRects()]
    .map((box) => ({
      left: Math.max(box.left, 0),
      right: Math.min(box.right, window.innerWidth),
      top: Math.max(box.top, 0),
      bottom: Math.min(box.bottom, window.innerHeight),
    }))
    .filter((box) => box.right > box.left && box.bottom > box.top)
    .map((box) => [(box.left + box.right) / 2, (box.top + box.bottom) / 2]);
  if (centres.length === 0) return { cycled: false, problem: `${describe(focused)} is focused but not in view` };
  const hits = centres.map(([x, y]) => document.elementFromPoint(x, y));
  const visible = hits.some((hit) => hit === focused || focused.contains(hit));
  const hit = hits[0];
  return { cycled: false, problem: visible ? null : `${describe(focused)} is covered by ${describe(hit)}` };
}
