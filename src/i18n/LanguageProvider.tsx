import { useEffect, useState, type ReactNode } from 'react';
import { I18nProvider } from '@lingui/react';
import { activateScreenLanguage, screenI18n, screenLanguage } from './index';
import { usePreferences } from './preferences';

/**
 * The screen in the chosen language. A change of language loads its catalogues first, then renders the
 * whole app again (keyed by the language), so no component keeps words of the other language.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { language } = usePreferences();
  const [active, setActive] = useState(screenLanguage);
  useEffect(() => {
    if (language === active) return;
    let current = true;
    activateScreenLanguage(language)
      .then(() => {
        if (current) setActive(language);
      })
      // The catalogue could not be fetched (offline): the screen stays in the language it has.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [language, active]);
  useEffect(() => {
    document.documentElement.lang = active;
  }, [active]);
  return (
    <I18nProvider i18n={screenI18n} key={active}>
      {children}
    </I18nProvider>
  );
}
