/**
 * The i18n layer: i18next with one catalogue per language (src/locales). English is bundled,
 * as it is every other catalogue's fallback and the source of t()'s key types; French, German
 * and the pseudo-locale load on demand, so no page carries the languages it is not shown in.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import { PSEUDO_LANGUAGE, rememberLanguage, type AppLanguage, type UiLanguage } from './language';

export const defaultNamespace = 'translation';
export const resources = { en: { translation: en } } as const;

void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: defaultNamespace,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** A catalogue's strings: the same tree as en.json, plural keys as the language's rules need. */
type Catalogue = Record<string, unknown>;

async function loadCatalogue(language: Exclude<AppLanguage, 'en'>): Promise<Catalogue> {
  switch (language) {
    case 'fr':
      return (await import('../locales/fr.json')).default;
    case 'de':
      return (await import('../locales/de.json')).default;
    case PSEUDO_LANGUAGE:
      return (await import('./pseudo-locale')).pseudoCatalogue(en);
  }
}

/**
 * Loads the language's catalogue if this page has not yet, then switches every mounted
 * component to it. Rejects when the catalogue cannot be fetched (offline): the app stays in
 * the language it was in.
 */
export async function showLanguage(language: AppLanguage): Promise<void> {
  if (language !== 'en' && !i18next.hasResourceBundle(language, defaultNamespace)) {
    i18next.addResourceBundle(language, defaultNamespace, await loadCatalogue(language));
  }
  await i18next.changeLanguage(language);
}

/** The header's switch: show the language and remember it in this browser. */
export async function chooseUiLanguage(language: UiLanguage): Promise<void> {
  await showLanguage(language);
  rememberLanguage(language);
}

function syncDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
syncDocumentLanguage(i18next.language);
i18next.on('languageChanged', syncDocumentLanguage);

export { i18next };
