/**
 * Which language the app speaks: English, French or German. The first visit follows the
 * browser's languages; a choice in the header's language switch is remembered in this browser;
 * `?lang=fr` (or de, en) on any address wins over both, so a shared link can carry its language.
 */
import { takeSearchParam } from './search-param';

/** The languages with a complete catalogue, in the order the switch offers them. */
export const uiLanguages = ['en', 'fr', 'de'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/**
 * A pseudo-locale for checking that every shown string goes through the catalogue: English
 * text with its letters accented and each string bracketed, so untranslated text stands out.
 * Reached only by `?lang=en-XA` (the tag Chrome and Android use for pseudo-locales), never offered.
 */
export const PSEUDO_LANGUAGE = 'en-XA';
/** A language the app can load: the switch's three, or the pseudo-locale. */
export type AppLanguage = UiLanguage | typeof PSEUDO_LANGUAGE;

export const LANGUAGE_PARAM = 'lang';
const storageKey = 'charter-monitor.language';

/** Each language's own name, as the switch shows it whatever the current language. */
export const languageAutonyms: Record<UiLanguage, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
};

export function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return (uiLanguages as readonly (string | null | undefined)[]).includes(value);
}

/** A `?lang=` value or a stored choice as an app language; null for anything else. */
export function parseAppLanguage(value: string | null | undefined): AppLanguage | null {
  if (value === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
  const lower = value?.toLowerCase();
  return isUiLanguage(lower) ? lower : null;
}

/**
 * The first of the browser's languages (BCP 47 tags, most preferred first, as in
 * `navigator.languages`) whose primary subtag the app speaks: "de-AT" gives German. A browser
 * set to the pseudo-locale itself (Chrome's en-XA) gets it, so a check can run every page in it.
 */
export function languageFromBrowser(browserLanguages: readonly string[]): AppLanguage | null {
  for (const tag of browserLanguages) {
    if (tag === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isUiLanguage(primary)) return primary;
  }
  return null;
}

/** The address's wish, then the remembered choice, then the browser's languages, then English. */
export function chooseLanguage(sources: {
  param: string | null;
  stored: string | null;
  browserLanguages: readonly string[];
}): AppLanguage {
  return (
    parseAppLanguage(sources.param) ??
    parseAppLanguage(sources.stored) ??
    languageFromBrowser(sources.browserLanguages) ??
    'en'
  );
}

/**
 * The locale Intl formats with: English follows British conventions ("6 Oct 2026, 09:30") for
 * this European audience, and so does the pseudo-locale, whose text is English underneath.
 */
export function intlLocaleOf(language: string): string {
  return language === 'en' || language === PSEUDO_LANGUAGE ? 'en-GB' : language;
}

/**
 * `address` with `?lang=` set to `language`, so whoever opens it (an embed on another site, a
 * shared link) reads it as its author did; the pseudo-locale is never carried.
 */
export function addressInLanguage(address: URL, language: string): URL {
  const inLanguage = new URL(address);
  if (!isUiLanguage(language)) return inLanguage;
  inLanguage.searchParams.delete(LANGUAGE_PARAM);
  // Appended as text: searchParams would re-encode the page's own state (its commas).
  const search = address.searchParams.has(LANGUAGE_PARAM) ? inLanguage.search : address.search;
  inLanguage.search = `${search ? `${search}&` : '?'}${LANGUAGE_PARAM}=${language}`;
  return inLanguage;
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    // Storage denied (a third-party frame, a locked-down browser): nothing is remembered.
    return null;
  }
}

/** Remembers a choice made in the switch or carried by an address, in this browser. */
export function rememberLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered: the next visit follows the browser's languages again.
  }
}

/**
 * The language to start in, read once before the router sees the address. A `?lang=` is
 * remembered and taken off the address without a new history entry, as `?dataset=` is, so the
 * pages' own address state never has to carry it and a later switch is not undone by a reload.
 */
export function takeInitialLanguage(): AppLanguage {
  const { value: param, rest } = takeSearchParam(new URL(window.location.href), LANGUAGE_PARAM);
  const language = chooseLanguage({
    param,
    stored: readStoredLanguage(),
    browserLanguages: navigator.languages,
  });
  if (param !== null) {
    // The pseudo-locale is for one visit's check, never a browser's lasting choice.
    if (isUiLanguage(language) && parseAppLanguage(param) === language) rememberLanguage(language);
    window.history.replaceState(window.history.state, '', rest);
  }
  return language;
}
