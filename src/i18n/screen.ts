/**
 * The screen's words and locale, read from Lingui's shared instance. This module loads no catalogue,
 * so helpers shared with Node code (the FHIR mocks, the e2e fixtures) can format without pulling in
 * the compiled `.po` files; `./index` loads the English messages and switches languages.
 */
import { i18n } from '@lingui/core';
import { formattingLocale, type Language } from './language';

type Values = Record<string, unknown>;

export function browserLanguages(): readonly string[] | undefined {
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
