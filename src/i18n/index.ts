/**
 * The words of the app. Components and helpers ask for a message by id (`t('nav.planner')`); the
 * catalogues in `locales/` hold the words in each language, as ICU messages (plurals, numbers). The
 * screen uses Lingui's shared instance; a document gets its own, so a handout can be printed in
 * another language than the screen's.
 */
import { i18n, setupI18n, type I18n } from '@lingui/core';
import { ENGLISH_SCREEN_MESSAGES, SCREEN_AREAS, loadCatalogs, type CatalogArea } from './catalogs';
import { formattingLocale, type Language } from './language';

export type { Language } from './language';
export type { I18n } from '@lingui/core';

type Values = Record<string, unknown>;

i18n.load('en', ENGLISH_SCREEN_MESSAGES);
i18n.activate('en', [formattingLocale('en', browserLanguages())]);

function browserLanguages(): readonly string[] | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.languages;
}

/** A screen message in the active language. */
export function t(id: string, values?: Values): string {
  return i18n._(id, values);
}

/** The active screen language. */
export function screenLanguage(): Language {
  return i18n.locale === 'fr' ? 'fr' : 'en';
}

/** The locale the screen writes numbers and dates in ("fr-FR", "en-GB"…). */
export function screenLocale(): string {
  return i18n.locales?.[0] ?? formattingLocale(screenLanguage(), browserLanguages());
}

/** The areas the screen has asked for so far: a change of language loads them all in the new one. */
const screenAreas = new Set<CatalogArea>(SCREEN_AREAS);

/** Switches the screen's language once its catalogues are here. */
export async function activateScreenLanguage(language: Language): Promise<void> {
  await loadCatalogs(i18n, language, [...screenAreas]);
  i18n.activate(language, [formattingLocale(language, browserLanguages())]);
}

/** Loads an area's messages (teaching, documents) for the screen's language. */
export function loadScreenArea(area: 'teaching' | 'documents'): Promise<void> {
  screenAreas.add(area);
  return loadCatalogs(i18n, screenLanguage(), [area]);
}

/** A separate set of words for one document, in the document's language (the handout's may differ). */
export async function documentI18n(language: Language): Promise<I18n> {
  const instance = setupI18n();
  await loadCatalogs(instance, language, ['clinical', 'documents']);
  instance.activate(language, [formattingLocale(language, browserLanguages())]);
  return instance;
}

export { i18n as screenI18n };
