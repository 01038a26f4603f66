/**
 * The comparison's state in the URL, so a copied link reopens the same view: parsed and
 * serialised by pure functions, defaults left out, unknown or malformed values read as the
 * default. Other parameters in the URL (e.g. the demo's `dataset`) are kept as they are.
 *
 * What the comparison is — the round, the earlier round, the cities or group, the view — makes a
 * new history entry, so Back returns to the previous comparison; how it is arranged — the
 * measure, the order, the page — replaces the current entry, so Back does not replay each click.
 */
import { roleIds, type RoleId } from '../../domain/charter';
import type { CityGroup } from '../../domain/city-groups';
import { parseRoundParam, setRoundParam } from './round';

export const MIN_COMPARED_CITIES = 2;
export const MAX_COMPARED_CITIES = 12;

export const compareViews = ['profile', 'bars', 'heatmap', 'ranking', 'change'] as const;
/** How the comparison is drawn. */
export type CompareView = (typeof compareViews)[number];

/** The score that ranking and change read: overall, or one role's. */
export type CompareMeasure = 'overall' | RoleId;
export const compareMeasures: readonly CompareMeasure[] = ['overall', ...roleIds];

const compareSorts = ['name', 'score', 'change'] as const;
/** The order of cities in the heatmap and the change view; each view has its own default. */
export type CompareSort = (typeof compareSorts)[number];

export interface CompareState {
  roundId: string | null;
  /** The earlier round the change view starts from; null for the round before `roundId`. */
  fromRoundId: string | null;
  /** Cities chosen one by one; empty when a group is chosen. */
  cityIds: string[];
  group: CityGroup | null;
  view: CompareView;
  measure: CompareMeasure;
  /** Null for the view's own default order. */
  sort: CompareSort | null;
  /** 1-based page of long city lists. */
  page: number;
}

export const defaultCompareState: CompareState = {
  roundId: null,
  fromRoundId: null,
  cityIds: [],
  group: null,
  view: 'profile',
  measure: 'overall',
  sort: null,
  page: 1,
};

const keys = ['round', 'from', 'cities', 'group', 'view', 'measure', 'sort', 'page'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

function parseGroup(token: string | null): CityGroup | null {
  if (token === 'all') return { kind: 'all' };
  const country = /^country:([a-zA-Z]{2})$/.exec(token ?? '');
  if (country?.[1]) return { kind: 'country', countryCode: country[1].toUpperCase() };
  const signed = /^signed-before:(\d{4})$/.exec(token ?? '');
  if (signed?.[1]) return { kind: 'signed_before', year: Number(signed[1]) };
  return null;
}

export function serializeGroup(group: CityGroup): string {
  switch (group.kind) {
    case 'all':
      return 'all';
    case 'country':
      return `country:${group.countryCode}`;
    case 'signed_before':
      return `signed-before:${group.year}`;
  }
}

export function parseCompareParams(params: URLSearchParams): CompareState {
  const group = parseGroup(params.get('group'));
  const cityIds = group
    ? []
    : (params.get('cities') ?? '')
        .split(',')
        .map((id) => id.trim())
        // Not capped here: ids that name no city must not count toward the limit
        // (see resolveComparedCities).
        .filter((id, index, all) => id !== '' && all.indexOf(id) === index);
  const page = Number(params.get('page'));
  return {
    roundId: parseRoundParam(params),
    fromRoundId: params.get('from') || null,
    cityIds,
    group,
    view: oneOf(compareViews, params.get('view')) ?? defaultCompareState.view,
    measure: oneOf(compareMeasures, params.get('measure')) ?? defaultCompareState.measure,
    sort: oneOf(compareSorts, params.get('sort')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * The cities a link names, in its order, as the city list knows them: at most
 * MAX_COMPARED_CITIES, counted once ids that name no city are left out; and how many such ids
 * there were, so the page can say so rather than drop them silently.
 */
export function resolveComparedCities<C>(
  cityIds: readonly string[],
  cityById: ReadonlyMap<string, C>,
): { cities: C[]; unknownCount: number } {
  const known = cityIds.flatMap((id) => cityById.get(id) ?? []);
  return {
    cities: known.slice(0, MAX_COMPARED_CITIES),
    unknownCount: cityIds.length - known.length,
  };
}

/**
 * The state as URL parameters, in a fixed order, defaults left out; parameters of `others`
 * that are not the comparison's own come first, unchanged.
 */
export function serializeCompareParams(
  state: CompareState,
  others: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(
    [...others].filter(([key]) => !(keys as readonly string[]).includes(key)),
  );
  setRoundParam(params, state.roundId);
  if (state.fromRoundId) params.set('from', state.fromRoundId);
  if (state.group) params.set('group', serializeGroup(state.group));
  else if (state.cityIds.length > 0) params.set('cities', state.cityIds.join(','));
  if (state.view !== defaultCompareState.view) params.set('view', state.view);
  if (state.measure !== defaultCompareState.measure) params.set('measure', state.measure);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Whether moving from one state to the next should be a new history entry (see above). */
export function isNewComparison(previous: CompareState, next: CompareState): boolean {
  return (
    previous.roundId !== next.roundId ||
    previous.fromRoundId !== next.fromRoundId ||
    previous.view !== next.view ||
    previous.cityIds.join(',') !== next.cityIds.join(',') ||
    (previous.group && serializeGroup(previous.group)) !==
      (next.group && serializeGroup(next.group))
  );
}
