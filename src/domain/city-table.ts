/**
 * The cities list: one row per city with its status in a round, the scores of its approved
 * assessment there and the change since the round before; and the filter and sort applied to
 * those rows. Pure, so a list of thousands of cities is tested here rather than through a UI.
 */
import type { AssessmentStatus } from './assessment';
import { roleIds, type RoleId } from './charter';
import type { City } from './city';
import { cityDisplayName } from './city-names';
import { citySearchForms, searchFormsInclude, searchableText } from './city-search';
import { isCityExpectedInRound, type Round } from './round';
import type { ScoreRow } from './score-row';
import { scoreSummary, wholePoints } from './scoring';

/**
 * A city's place in a round: its assessment's status, no assessment (that the user may see),
 * or not taking part (it signed later, or at an unknown date).
 */
export type CityRoundStatus = AssessmentStatus | 'none' | 'not_in_round';

/** Least to most advanced: the order the status column sorts in. */
export const cityRoundStatuses = [
  'not_in_round',
  'none',
  'draft',
  'returned',
  'submitted',
  'approved',
] as const satisfies readonly CityRoundStatus[];

/**
 * The statuses a visitor can meet: they read approved assessments only (docs/api.md, "Public
 * reading"), so a city with work in progress shows to them as one without an assessment.
 */
export const publishedCityRoundStatuses = [
  'not_in_round',
  'none',
  'approved',
] as const satisfies readonly CityRoundStatus[];

export function isCityRoundStatus(value: string): value is CityRoundStatus {
  return (cityRoundStatuses as readonly string[]).includes(value);
}

/** One city in the list for one round. */
export interface CityTableRow {
  city: City;
  /** The city's name as the UI language calls it (cityDisplayName): shown, and sorted by. */
  name: string;
  /** The country's name in the UI language, which sorts and reads better than its code. */
  countryName: string;
  /** Every name of the city as search compares it (citySearchForms). */
  searchForms: readonly string[];
  status: CityRoundStatus;
  /** From the round's approved assessment only; null without one or with nothing scored. */
  overall: number | null;
  byRole: Record<RoleId, number | null>;
  /** Overall score points since the previous round; null unless both rounds have one. */
  change: number | null;
}

const noRoleScores = Object.fromEntries(roleIds.map((role) => [role, null])) as Record<
  RoleId,
  null
>;

export interface CityTableInput {
  cities: readonly City[];
  round: Round;
  /** The round before `round`, if there is one. */
  previousRound: Round | undefined;
  /** Score rows of `round` and of `previousRound` (rows of other rounds are ignored). */
  rows: readonly ScoreRow[];
  previousRows: readonly ScoreRow[];
  countryName: (countryCode: string) => string;
  /** The UI language, which names the cities (cityDisplayName). */
  language: string;
}

export function buildCityTableRows({
  cities,
  round,
  previousRound,
  rows,
  previousRows,
  countryName,
  language,
}: CityTableInput): CityTableRow[] {
  const inRound = new Map(
    rows.filter((row) => row.roundId === round.id).map((row) => [row.cityId, row]),
  );
  const previousOverall = new Map(
    previousRows
      .filter((row) => row.roundId === previousRound?.id && row.status === 'approved')
      .map((row) => [row.cityId, scoreSummary(row.ratings).overall]),
  );
  return cities.map((city) => {
    const row = inRound.get(city.id);
    const status: CityRoundStatus =
      row?.status ?? (isCityExpectedInRound(city, round, false) ? 'none' : 'not_in_round');
    const scores = row?.status === 'approved' ? scoreSummary(row.ratings) : null;
    const overall = scores?.overall ?? null;
    const before = previousOverall.get(city.id) ?? null;
    return {
      city,
      name: cityDisplayName(city, language),
      countryName: countryName(city.countryCode),
      searchForms: citySearchForms(city),
      status,
      overall,
      byRole: scores?.byRole ?? noRoleScores,
      change: overall === null || before === null ? null : overall - before,
    };
  });
}

export interface CityTableFilter {
  /** Part of one of the city's names, in any language; empty matches every city. */
  query: string;
  countryCode: string | null;
  status: CityRoundStatus | null;
  /**
   * Bounds on the overall score as shown (rounded), both inclusive. A bound leaves out the
   * cities without a score: they are in no range.
   */
  minScore: number | null;
  maxScore: number | null;
}

export const noCityTableFilter: CityTableFilter = {
  query: '',
  countryCode: null,
  status: null,
  minScore: null,
  maxScore: null,
};

export function filterCityRows(
  rows: readonly CityTableRow[],
  { query, countryCode, status, minScore, maxScore }: CityTableFilter,
): CityTableRow[] {
  const needle = searchableText(query.trim());
  const hasRange = minScore !== null || maxScore !== null;
  return rows.filter((row) => {
    if (needle !== '' && !searchFormsInclude(row.searchForms, needle)) return false;
    if (countryCode !== null && row.city.countryCode !== countryCode) return false;
    if (status !== null && row.status !== status) return false;
    if (hasRange) {
      if (row.overall === null) return false;
      const shown = wholePoints(row.overall);
      if (minScore !== null && shown < minScore) return false;
      if (maxScore !== null && shown > maxScore) return false;
    }
    return true;
  });
}

export const cityTableColumns = [
  'city',
  'country',
  'signed',
  'status',
  'overall',
  'change',
  ...roleIds,
] as const;
export type CityTableColumn = (typeof cityTableColumns)[number];

export function isCityTableColumn(value: string): value is CityTableColumn {
  return (cityTableColumns as readonly string[]).includes(value);
}

export type SortDirection = 'ascending' | 'descending';

export interface CityTableSort {
  column: CityTableColumn;
  direction: SortDirection;
}

export const defaultCityTableSort: CityTableSort = { column: 'city', direction: 'ascending' };

type SortValue = string | number | null;

function sortValue(row: CityTableRow, column: CityTableColumn): SortValue {
  switch (column) {
    case 'city':
      return row.name;
    case 'country':
      return row.countryName;
    case 'signed':
      // The earliest possible year, then the latest: "2013" before "between 2013 and 2015".
      return row.city.signed === null
        ? null
        : row.city.signed.earliestYear * 10_000 + row.city.signed.latestYear;
    case 'status':
      return cityRoundStatuses.indexOf(row.status);
    case 'overall':
      return row.overall;
    case 'change':
      return row.change;
    default:
      return row.byRole[column];
  }
}

/**
 * Sorts by one column. Rows without a value (no score, no change, signing date unknown) come
 * last whichever the direction; ties are broken by the name shown, then id, always A to Z, so
 * the order is the same on every render. `collator` is the UI language's (`Intl.Collator`), so
 * "Łódź" and "Österreich" sort among the L's and O's, not after "Z" as code points would.
 */
export function sortCityRows(
  rows: readonly CityTableRow[],
  { column, direction }: CityTableSort,
  collator: Intl.Collator,
): CityTableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: CityTableRow, b: CityTableRow) =>
    collator.compare(a.name, b.name) || a.city.id.localeCompare(b.city.id);
  const keyed = rows.map((row) => ({ row, value: sortValue(row, column) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
      return byName(a.row, b.row);
    }
    const compared =
      typeof a.value === 'string' && typeof b.value === 'string'
        ? collator.compare(a.value, b.value)
        : Number(a.value) - Number(b.value);
    return compared === 0 ? byName(a.row, b.row) : sign * compared;
  });
  return keyed.map(({ row }) => row);
}
