/**
 * The cities list's state in the URL, so a copied link reopens the same view and back/forward
 * step through it: parsed and serialised by pure functions, defaults left out, anything
 * unreadable — or that the filters do not offer — read as the default, so a filter is never
 * active while its control shows "any".
 */
import {
  defaultCityTableSort,
  isCityRoundStatus,
  isCityTableColumn,
  type CityRoundStatus,
  type CityTableSort,
} from '../../domain/city-table';
import { parseRoundParam, setRoundParam } from './round';

export interface CitiesView {
  query: string;
  countryCode: string | null;
  status: CityRoundStatus | null;
  minScore: number | null;
  maxScore: number | null;
  sort: CityTableSort;
  /** Null: the default round, which depends on the rounds there are. */
  roundId: string | null;
}

export const defaultCitiesView: CitiesView = {
  query: '',
  countryCode: null,
  status: null,
  minScore: null,
  maxScore: null,
  sort: defaultCityTableSort,
  roundId: null,
};

const param = {
  query: 'q',
  country: 'country',
  status: 'status',
  minScore: 'min',
  maxScore: 'max',
  sort: 'sort',
  order: 'order',
} as const;

const DESCENDING = 'desc';

/** Score bounds offered, in steps of ten: finer than the data's precision needs. */
export const scoreBoundSteps: readonly number[] = Array.from(
  { length: 11 },
  (_, index) => index * 10,
);

function scoreBound(value: string | null): number | null {
  if (value === null || !/^\d{1,3}$/.test(value)) return null;
  const score = Number(value);
  return scoreBoundSteps.includes(score) ? score : null;
}

/** `countryCodes`: the countries that have a city, the only ones the country filter offers. */
export function parseCitiesView(
  params: URLSearchParams,
  countryCodes: ReadonlySet<string>,
): CitiesView {
  const country = params.get(param.country)?.toUpperCase() ?? '';
  const status = params.get(param.status) ?? '';
  const column = params.get(param.sort) ?? '';
  return {
    query: params.get(param.query) ?? '',
    countryCode: countryCodes.has(country) ? country : null,
    status: isCityRoundStatus(status) ? status : null,
    minScore: scoreBound(params.get(param.minScore)),
    maxScore: scoreBound(params.get(param.maxScore)),
    sort: {
      column: isCityTableColumn(column) ? column : defaultCityTableSort.column,
      direction: params.get(param.order) === DESCENDING ? 'descending' : 'ascending',
    },
    roundId: parseRoundParam(params),
  };
}

export function serializeCitiesView(view: CitiesView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.query !== '') params.set(param.query, view.query);
  if (view.countryCode !== null) params.set(param.country, view.countryCode);
  if (view.status !== null) params.set(param.status, view.status);
  if (view.minScore !== null) params.set(param.minScore, String(view.minScore));
  if (view.maxScore !== null) params.set(param.maxScore, String(view.maxScore));
  if (view.sort.column !== defaultCityTableSort.column) params.set(param.sort, view.sort.column);
  if (view.sort.direction === 'descending') params.set(param.order, DESCENDING);
  setRoundParam(params, view.roundId);
  return params;
}

/** Whether the search or any filter narrows the list (sort and round do not). */
export function hasFilters(view: CitiesView): boolean {
  return (
    view.query !== '' ||
    view.countryCode !== null ||
    view.status !== null ||
    view.minScore !== null ||
    view.maxScore !== null
  );
}

/** The view with no search and no filter, keeping its sort and round. */
export function withoutFilters(view: CitiesView): CitiesView {
  return { ...defaultCitiesView, sort: view.sort, roundId: view.roundId };
}

/** Sorting by a column: first A to Z (or low to high), then the other way on each repeat. */
export function nextSort(current: CityTableSort, column: CityTableSort['column']): CityTableSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
