/**
 * The language and the locale's clinical defaults, kept on this device (localStorage), never in a link.
 * Only what the user chose is stored: the language otherwise follows the browser, and each default
 * otherwise follows the language (French: µmol/L, 10 g drinks, the fr-2018 profile, French brands first).
 */
import { useSyncExternalStore } from 'react';
import { isLanguage, languageFromBrowser, type Language } from './language';

export type CreatinineUnitChoice = 'mg/dL' | 'umol/L';
export type DoseProfileChoice = 'standard' | 'fr-2018';
export type BrandMarket = 'fr' | 'us';
export const DRINK_SIZES_G = [10, 8, 14] as const;
export type DrinkSizeG = (typeof DRINK_SIZES_G)[number];

export interface LocalePreferences {
  language: Language;
  creatinineUnit: CreatinineUnitChoice;
  drinkSizeG: DrinkSizeG;
  profile: DoseProfileChoice;
  /** Whose brand names the medicine type-ahead ranks first. */
  brandsFirst: BrandMarket;
}

type Chosen = Partial<LocalePreferences>;

const STORAGE_KEY = 'bacloplan-preferences';

/** What each language starts from, before the user changes anything. */
export function defaultsFor(language: Language): Omit<LocalePreferences, 'language'> {
  return language === 'fr'
    ? { creatinineUnit: 'umol/L', drinkSizeG: 10, profile: 'fr-2018', brandsFirst: 'fr' }
    : { creatinineUnit: 'mg/dL', drinkSizeG: 14, profile: 'standard', brandsFirst: 'us' };
}

/** Whatever is stored, checked field by field: anything not understood is not a choice. */
export function parseChosen(raw: string | null | undefined): Chosen {
  try {
    const parsed: unknown = JSON.parse(raw ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const record = parsed as Record<string, unknown>;
    const chosen: Chosen = {};
    if (isLanguage(record.language)) chosen.language = record.language;
    if (record.creatinineUnit === 'mg/dL' || record.creatinineUnit === 'umol/L')
      chosen.creatinineUnit = record.creatinineUnit;
    if ((DRINK_SIZES_G as readonly unknown[]).includes(record.drinkSizeG))
      chosen.drinkSizeG = record.drinkSizeG as DrinkSizeG;
    if (record.profile === 'standard' || record.profile === 'fr-2018') chosen.profile = record.profile;
    if (record.brandsFirst === 'fr' || record.brandsFirst === 'us') chosen.brandsFirst = record.brandsFirst;
    return chosen;
  } catch {
    return {};
  }
}

export function resolvePreferences(chosen: Chosen, browserLanguages: readonly string[] | undefined) {
  const language = chosen.language ?? languageFromBrowser(browserLanguages);
  return { language, ...defaultsFor(language), ...chosen } satisfies LocalePreferences;
}

const listeners = new Set<() => void>();
let memory: { chosen: Chosen; resolved: LocalePreferences } | undefined;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function browserLanguages(): readonly string[] | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.languages;
}

function current() {
  if (!memory) {
    const chosen = parseChosen(storage()?.getItem(STORAGE_KEY));
    memory = { chosen, resolved: resolvePreferences(chosen, browserLanguages()) };
  }
  return memory;
}

export function readPreferences(): LocalePreferences {
  return current().resolved;
}

/** Records a choice. Changing the language keeps the other choices the user made, and only those. */
export function choosePreference<K extends keyof LocalePreferences>(
  key: K,
  value: LocalePreferences[K],
): void {
  const chosen = { ...current().chosen, [key]: value };
  memory = { chosen, resolved: resolvePreferences(chosen, browserLanguages()) };
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(chosen));
  } catch {
    // Full or disabled storage: the choice holds for this page.
  }
  listeners.forEach((listener) => listener());
}

/** Forgets every choice: the language follows the browser again, the defaults the language. */
export function resetPreferences(): void {
  memory = { chosen: {}, resolved: resolvePreferences({}, browserLanguages()) };
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored to forget.
  }
  listeners.forEach((listener) => listener());
}

/** Which of the preferences are the user's own choice (shown as such), rather than the language's. */
export function chosenPreferences(): Chosen {
  return current().chosen;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    memory = undefined;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const ENGLISH_AS_BUILT = resolvePreferences({ language: 'en' }, undefined);

/** The preferences; the build's English ones while a pre-rendered page hydrates. */
export function usePreferences(): LocalePreferences {
  return useSyncExternalStore(subscribe, readPreferences, () => ENGLISH_AS_BUILT);
}
