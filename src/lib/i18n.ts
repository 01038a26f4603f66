/**
 * The i18n layer: i18next with one catalogue per language (src/locales), each in two parts
 * (src/locales/catalogue-parts.ts): the first part, which the shell and the overview use, and
 * the later part, which every other page waits for (`loadLaterCatalogue`). English's first part
 * is bundled, as English is every other catalogue's fallback; everything else loads on demand,
 * so no page carries the languages or the pages it is not shown. t()'s key types come from the
 * whole English catalogue (i18next.d.ts).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import englishFirst from 'virtual:catalogue-en-first';
import type { CataloguePart } from '../locales/catalogue-parts';
import {
  parseAppLanguage,
  PSEUDO_LANGUAGE,
  rememberLanguage,
  type AppLanguage,
  type UiLanguage,
} from './language';

export const defaultNamespace = 'translation';

void i18next.use(initReactI18next).init({
  resources: { en: { [defaultNamespace]: englishFirst } },
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: defaultNamespace,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** A catalogue's strings: the same tree as en.json, plural keys as the language's rules need. */
type Catalogue = typeof englishFirst;

async function fetchPart(language: AppLanguage, part: CataloguePart): Promise<Catalogue> {
  // One literal import per file, so the build emits each part as a chunk of its own.
  switch (`${language}/${part}` as const) {
    case 'en/first':
      return englishFirst;
    case 'en/later':
      return (await import('virtual:catalogue-en-later')).default;
    case 'fr/first':
      return (await import('virtual:catalogue-fr-first')).default;
    case 'fr/later':
      return (await import('virtual:catalogue-fr-later')).default;
    case 'de/first':
      return (await import('virtual:catalogue-de-first')).default;
    case 'de/later':
      return (await import('virtual:catalogue-de-later')).default;
    case `${PSEUDO_LANGUAGE}/first`:
    case `${PSEUDO_LANGUAGE}/later`: {
      const [{ pseudoCatalogue }, english] = await Promise.all([
        import('./pseudo-locale'),
        fetchPart('en', part),
      ]);
      return pseudoCatalogue(english);
    }
  }
}

/** Each part asked for, by `language/part`: loading or loaded (a failed load is forgotten). */
const parts = new Map<string, Promise<void>>([['en/first', Promise.resolve()]]);
/** Whether a page has needed the later part: from then on every language loads both parts. */
let laterWanted = false;
/** The language a switch is loading, until it is shown or has failed. */
let switchingTo: AppLanguage | undefined;

function ensurePart(language: AppLanguage, part: CataloguePart): Promise<void> {
  const key = `${language}/${part}`;
  const known = parts.get(key);
  if (known) return known;
  const loading = fetchPart(language, part).then((catalogue) => {
    // Deep, so the parts' namespaces sit side by side in the one default namespace.
    i18next.addResourceBundle(language, defaultNamespace, catalogue, true, true);
  });
  loading.catch(() => parts.delete(key));
  parts.set(key, loading);
  return loading;
}

/**
 * Loads the language's catalogue if this page has not yet (the later part too once a page has
 * needed it), then switches every mounted component to it. Rejects when the catalogue cannot
 * be fetched (offline): the app stays in the language it was in.
 */
export async function showLanguage(language: AppLanguage): Promise<void> {
  switchingTo = language;
  try {
    await Promise.all([
      ensurePart(language, 'first'),
      laterWanted ? ensurePart(language, 'later') : undefined,
    ]);
    await i18next.changeLanguage(language);
  } finally {
    if (switchingTo === language) switchingTo = undefined;
  }
}

/**
 * Loads the later part of the language shown, of English (the fallback) and of a language being
 * switched to, and of each language shown from now on (`showLanguage`). Every page but the
 * overview awaits it before it shows. Rejects when a part cannot be fetched (offline), like a
 * page's own chunk; a language left behind or not switched to is not waited for.
 */
export async function loadLaterCatalogue(): Promise<void> {
  laterWanted = true;
  // The shown language once its catalogue has been loaded (showLanguage loads before it shows).
  const shown = parseAppLanguage(i18next.language);
  const loadedShown = shown && parts.has(`${shown}/first`) ? [shown] : [];
  const languages = new Set<AppLanguage>([
    'en',
    ...loadedShown,
    ...(switchingTo ? [switchingTo] : []),
  ]);
  await Promise.all([...languages].map((language) => ensurePart(language, 'later')));
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
