/**
 * Named groups of signatory cities to compare at once: all of them, those of one country, or
 * those that had certainly signed before a given year. A city whose signing year is unknown is
 * never counted as having signed before any year.
 */
import type { City } from './city';

/** A group of cities, chosen instead of naming cities one by one. */
export type CityGroup =
  | { kind: 'all' }
  | { kind: 'country'; countryCode: string }
  | { kind: 'signed_before'; year: number };

function isCityInGroup(city: City, group: CityGroup): boolean {
  switch (group.kind) {
    case 'all':
      return true;
    case 'country':
      return city.countryCode === group.countryCode;
    case 'signed_before':
      return city.signed !== null && city.signed.latestYear < group.year;
  }
}

/** The group's cities, in the order given. */
export function citiesInGroup(cities: readonly City[], group: CityGroup): City[] {
  return cities.filter((city) => isCityInGroup(city, group));
}

/** A country with signatory cities, and how many. */
export interface CountryCount {
  countryCode: string;
  cityCount: number;
}

/** Every country that has a signatory city, by country code. */
export function countriesOf(cities: readonly City[]): CountryCount[] {
  const counts = new Map<string, number>();
  for (const city of cities) counts.set(city.countryCode, (counts.get(city.countryCode) ?? 0) + 1);
  return [...counts]
    .map(([countryCode, cityCount]) => ({ countryCode, cityCount }))
    .sort((a, b) => a.countryCode.localeCompare(b.countryCode));
}

/**
 * The years worth offering for "signed before": from the year after the first certain
 * signature to the year after the last, so every choice names at least one city.
 */
export function signedBeforeYears(cities: readonly City[]): number[] {
  const years = cities.flatMap((city) => (city.signed ? [city.signed.latestYear] : []));
  if (years.length === 0) return [];
  const first = Math.min(...years) + 1;
  const last = Math.max(...years) + 1;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
