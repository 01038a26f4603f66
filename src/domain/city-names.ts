/**
 * Which of a city's names to show: the one in the reader's language where the city has one
 * (München to a German reader, Varsovie to a French one), else its English name; and its names
 * in its own languages, which a profile shows beside it ("Warsaw", in Polish "Warszawa").
 */
import { CITY_NAME_LANGUAGE, type City } from './city';

/** What naming a city needs: its English name and its names in other languages. */
export type NamedCity = Pick<City, 'name' | 'names'>;

/** The primary language subtag of a language tag, lower case: "de-AT" → "de". */
function primaryLanguage(language: string): string {
  return language.split('-', 1)[0]?.toLowerCase() ?? '';
}

/** The city's name in `language`, or in English when it has none there. */
export function cityNameIn(city: NamedCity, language: string): string | undefined {
  const code = primaryLanguage(language);
  if (code === CITY_NAME_LANGUAGE) return city.name;
  return Object.hasOwn(city.names, code) ? city.names[code] : undefined;
}

/**
 * The name to show a reader of `language` (a UI language tag such as i18next's "de"):
 * `names[language]`, else the English `name`. Every place that shows a city's name calls this,
 * so a list, its chart and its CSV name a city alike.
 */
export function cityDisplayName(city: NamedCity, language: string): string {
  return cityNameIn(city, language) ?? city.name;
}

/**
 * The cities in the order a reader of `language` looks their displayed names up in
 * (`cityDisplayName`, compared by Intl.Collator: "Amsterdam" before "Łódź" before "London"),
 * so every menu and table of cities reads alike.
 */
export function sortByCityName<Named extends NamedCity>(
  cities: readonly Named[],
  language: string,
): Named[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...cities].sort((a, b) =>
    collator.compare(cityDisplayName(a, language), cityDisplayName(b, language)),
  );
}

/** A city's name in one of its own languages. */
export interface LocalCityName {
  /** A language code (see `languageCodeSchema`), for the `lang` attribute of the name. */
  language: string;
  name: string;
}

/** The city's names in its own languages, in the order of `localLanguages`. */
export function localCityNames(
  city: Pick<City, 'name' | 'names' | 'localLanguages'>,
): LocalCityName[] {
  return city.localLanguages.flatMap((language) => {
    const name = cityNameIn(city, language);
    return name === undefined ? [] : [{ language, name }];
  });
}

/**
 * The local names a reader of `language` does not see already: those that differ from the
 * displayed name, e.g. "Warszawa" beside "Warsaw"; none for "München" to a German reader.
 */
export function otherLocalCityNames(
  city: Pick<City, 'name' | 'names' | 'localLanguages'>,
  language: string,
): LocalCityName[] {
  const shown = cityDisplayName(city, language);
  return localCityNames(city).filter(({ name }) => name !== shown);
}
