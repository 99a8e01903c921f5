import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const LANGUAGES = ['nb', 'nn', 'en', 'sv'];

/** Expected texts, written out here so a test fails if the app shows the wrong language. */
export const HOME_HEADING = { nb: 'Hva vil du gjøre?', nn: 'Kva vil du gjere?', en: 'What do you want to do?', sv: 'Vad vill du göra?' };
export const APP_NAME = { nb: 'Kompetanse i skolen', nn: 'Kompetanse i skulen', en: 'Competence in schools', sv: 'Kompetens i skolan' };
export const NOT_FOUND = { nb: 'Fant ikke siden', nn: 'Fann ikkje sida', en: 'Page not found', sv: 'Sidan hittades inte' };
export const CONFIG_ERROR = { nb: 'Tjenesten kan ikke starte', nn: 'Tenesta kan ikkje starte', en: 'The service cannot start', sv: 'Tjänsten kan inte starta' };

/** Chooses a language with the header's language buttons. */
export async function chooseLanguage(page, language) {
  await page.locator(`header nav button[lang=${language}]`).click();
}

/** Opens the app with a remembered language choice, as a returning user would. */
export async function useLanguage(page, language) {
  await page.addInitScript((code) => window.localStorage.setItem('skoleleder.language', code), language);
}

/** Fails with the list of WCAG 2.1 A/AA violations, if any. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe-core WCAG 2.1 A/AA violations').toEqual([]);
}
