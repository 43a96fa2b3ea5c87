/**
 * The words of the app. Components and helpers ask for a message by id (`t('nav.planner')`); the
 * catalogues in `locales/` hold the words in each language, as ICU messages (plurals, numbers). The
 * screen uses Lingui's shared instance; a document gets its own, so a handout can be printed in
 * another language than the screen's.
 */
import { i18n, setupI18n, type I18n } from '@lingui/core';
import { ENGLISH_SCREEN_MESSAGES, SCREEN_AREAS, loadCatalogs, type CatalogArea } from './catalogs';
import { formattingLocale, type Language } from './language';
import { browserLanguages, screenLanguage } from './screen';

export { t, screenLanguage, screenLocale } from './screen';

export type { Language } from './language';
export type { I18n } from '@lingui/core';

i18n.load('en', ENGLISH_SCREEN_MESSAGES);
i18n.activate('en', [formattingLocale('en', browserLanguages())]);

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
