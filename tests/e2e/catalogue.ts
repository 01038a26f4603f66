/**
 * The app's own catalogues in the tests, so a journey in French, German or the pseudo-locale
 * finds buttons and headings by the words a person in that language reads.
 */
import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { pseudoCatalogue } from '../../src/lib/pseudo-locale';

export type TestLanguage = 'en' | 'fr' | 'de' | 'en-XA';

type CatalogueTree = { readonly [key: string]: string | CatalogueTree };

function catalogue(language: 'en' | 'fr' | 'de'): CatalogueTree {
  const file = new URL(`../../src/locales/${language}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as CatalogueTree;
}

/** t() in `language`, as the app would say it. */
export async function textIn(language: TestLanguage): Promise<TFunction> {
  const translation = language === 'en-XA' ? pseudoCatalogue(catalogue('en')) : catalogue(language);
  const instance = i18next.createInstance();
  await instance.init({
    resources: { [language]: { translation } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
