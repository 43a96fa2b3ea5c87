/**
 * Loading the message catalogues: English's screen catalogues ship with the page (they replace the
 * words the code used to carry); every other catalogue is fetched when its language or area is needed,
 * so an English user never downloads French, and nobody downloads the PDF's words to plan.
 */
import type { I18n, Messages } from '@lingui/core';
import { messages as enApp } from './locales/en/app.po';
import { messages as enChart } from './locales/en/chart.po';
import { messages as enClinical } from './locales/en/clinical.po';
import type { Language } from './language';

export type CatalogArea = 'app' | 'chart' | 'clinical' | 'teaching' | 'documents';

/** The areas every screen needs from the first render. */
export const SCREEN_AREAS: readonly CatalogArea[] = ['app', 'chart', 'clinical'];

type Loader = () => Promise<{ messages: Messages }>;

const LOADERS: Record<Language, Record<CatalogArea, Loader>> = {
  en: {
    app: () => Promise.resolve({ messages: enApp }),
    chart: () => Promise.resolve({ messages: enChart }),
    clinical: () => Promise.resolve({ messages: enClinical }),
    teaching: () => import('./locales/en/teaching.po'),
    documents: () => import('./locales/en/documents.po'),
  },
  fr: {
    app: () => import('./locales/fr/app.po'),
    chart: () => import('./locales/fr/chart.po'),
    clinical: () => import('./locales/fr/clinical.po'),
    teaching: () => import('./locales/fr/teaching.po'),
    documents: () => import('./locales/fr/documents.po'),
  },
};

const loaded = new WeakMap<I18n, Set<string>>();

/** Adds the areas' messages in `language` to `i18n` (once per instance); resolves when they are there. */
export async function loadCatalogs(
  i18n: I18n,
  language: Language,
  areas: readonly CatalogArea[],
): Promise<void> {
  const done = loaded.get(i18n) ?? new Set<string>();
  loaded.set(i18n, done);
  const missing = areas.filter((area) => !done.has(`${language}:${area}`));
  const catalogs = await Promise.all(missing.map((area) => LOADERS[language][area]()));
  catalogs.forEach(({ messages }, index) => {
    i18n.load(language, messages);
    done.add(`${language}:${missing[index]}`);
  });
}

/** English's screen messages, for the first render before anything is fetched. */
export const ENGLISH_SCREEN_MESSAGES: Messages = { ...enApp, ...enChart, ...enClinical };
