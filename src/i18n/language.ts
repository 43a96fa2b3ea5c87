/**
 * The languages bacloplan speaks, and which one a browser asks for. Pure: no React, no storage.
 */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's languages that bacloplan speaks ("fr-CA" → fr); English otherwise. */
export function languageFromBrowser(preferred: readonly string[] | undefined): Language {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The locale numbers and dates are written in. French is written as in France ("1,4", "12 déc. 2026");
 * English keeps the browser's own English (en-US, en-GB…) when it has one, as before.
 */
export function formattingLocale(language: Language, preferred: readonly string[] | undefined): string {
  if (language === 'fr') {
    const french = preferred?.find((tag) => tag.toLowerCase().startsWith('fr-'));
    return french ?? 'fr-FR';
  }
  const runtime = new Intl.DateTimeFormat().resolvedOptions().locale;
  return (
    preferred?.find((tag) => tag.toLowerCase().startsWith('en')) ??
    (runtime.toLowerCase().startsWith('en') ? runtime : 'en-GB')
  );
}
