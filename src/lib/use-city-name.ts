/** Naming cities in the UI language, for components: cityDisplayName with i18next's language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { cityDisplayName, type NamedCity } from '../domain/city-names';

/**
 * A function naming a city as the reader's language calls it (e.g. "München" in German), the
 * same until the language changes, so memoised lists and charts re-derive only then.
 */
export function useCityName(): (city: NamedCity) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((city: NamedCity) => cityDisplayName(city, language), [language]);
}
