/** The compared cities with their scores in a round, and the small pure helpers the views share. */
import type { City } from '../../domain/city';
import type { Round } from '../../domain/round';
import { citySearchForms, searchableText } from '../../domain/city-search';
import type { ScoreRow } from '../../domain/score-row';
import { scoreSummary, wholePoints, type ScoreSummary } from '../../domain/scoring';
import type { CompareMeasure } from '../../lib/address-state/compare';

/**
 * The round the change view starts from: the earlier round the address names, or else the
 * round just before `round`; undefined when `round` is the first. `rounds` oldest first.
 */
export function changeStartRound(
  rounds: readonly Round[],
  round: Round,
  fromRoundId: string | null,
): Round | undefined {
  const earlier = rounds.filter((candidate) => candidate.year < round.year);
  return earlier.find((candidate) => candidate.id === fromRoundId) ?? earlier.at(-1);
}

/** A compared city, its approved assessment in the round (if any) and its scores. */
export interface ComparedCity {
  city: City;
  /** The city's name as the UI language calls it (cityDisplayName): every view shows this. */
  name: string;
  row: ScoreRow | undefined;
  /** Null when the city has no approved assessment in the round. */
  summary: ScoreSummary | null;
}

/** The cities with their approved rows; `nameOf` names each in the UI language. */
export function compareCities(
  cities: readonly City[],
  rowByCity: ReadonlyMap<string, ScoreRow>,
  nameOf: (city: City) => string,
): ComparedCity[] {
  return cities.map((city) => {
    const row = rowByCity.get(city.id);
    return { city, name: nameOf(city), row, summary: row ? scoreSummary(row.ratings) : null };
  });
}

/** Approved score rows by city; the first row wins if a city had two. */
export function rowsByCity(rows: readonly ScoreRow[]): Map<string, ScoreRow> {
  const byCity = new Map<string, ScoreRow>();
  for (const row of rows) {
    if (row.status === 'approved' && !byCity.has(row.cityId)) byCity.set(row.cityId, row);
  }
  return byCity;
}

export function measureScore(
  summary: ScoreSummary | null | undefined,
  measure: CompareMeasure,
): number | null {
  if (!summary) return null;
  return measure === 'overall' ? summary.overall : summary.byRole[measure];
}

/** Long lists of cities are shown this many at a time. */
export const PAGE_SIZE = 25;

export interface Page<T> {
  items: T[];
  /** The page shown, 1-based, within range. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last item shown. */
  first: number;
  last: number;
  total: number;
}

export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * size;
  const shown = items.slice(start, start + size);
  return {
    items: shown,
    page: current,
    pageCount,
    first: shown.length > 0 ? start + 1 : 0,
    last: start + shown.length,
    total: items.length,
  };
}

/** Compares by a value where higher comes first and missing values come last. */
export function byScoreDescending(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return b - a;
}

/** How many of the changes rose, fell or stayed, judged in whole points as they are shown. */
export interface ChangeCounts {
  /** Changes that exist (both rounds have a score). */
  compared: number;
  improved: number;
  declined: number;
  unchanged: number;
}

export function countChanges(changes: readonly (number | null)[]): ChangeCounts {
  const counts: ChangeCounts = { compared: 0, improved: 0, declined: 0, unchanged: 0 };
  for (const change of changes) {
    if (change === null) continue;
    counts.compared += 1;
    const points = wholePoints(change);
    if (points > 0) counts.improved += 1;
    else if (points < 0) counts.declined += 1;
    else counts.unchanged += 1;
  }
  return counts;
}

/** A city with its names and its country's name folded for search, made once per list. */
export interface CitySearchEntry {
  city: City;
  /** Every name of the city, in every language, as search compares it (citySearchForms). */
  names: readonly string[];
  country: string;
}

export function citySearchEntries(
  cities: readonly City[],
  countryName: (countryCode: string) => string,
): CitySearchEntry[] {
  return cities.map((city) => ({
    city,
    names: citySearchForms(city),
    country: searchableText(countryName(city.countryCode)),
  }));
}

/**
 * The cities one of whose names (in any language) or whose country contains the query (case,
 * accents and letters such as ł or ß folded), those with a name that starts with it first;
 * those already chosen are left out.
 */
export function matchCities(
  entries: readonly CitySearchEntry[],
  query: string,
  excluded: ReadonlySet<string>,
): City[] {
  const key = searchableText(query.trim());
  const candidates = entries.filter(({ city }) => !excluded.has(city.id));
  if (key === '') return candidates.map(({ city }) => city);
  const starts: City[] = [];
  const contains: City[] = [];
  for (const { city, names, country } of candidates) {
    if (names.some((name) => name.startsWith(key))) starts.push(city);
    else if (country.includes(key) || names.some((name) => name.includes(key))) {
      contains.push(city);
    }
  }
  return [...starts, ...contains];
}
