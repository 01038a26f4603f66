/** The comparison's state in the URL, parsed and serialised by pure functions; defaults are left out. */
export const MAX_COMPARED_CITIES = 6;

export interface CompareSelection {
  roundId: string | null;
  cityIds: string[];
}

export function parseCompareParams(params: URLSearchParams): CompareSelection {
  const cityIds = (params.get('cities') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id, index, all) => id !== '' && all.indexOf(id) === index)
    .slice(0, MAX_COMPARED_CITIES);
  return { roundId: params.get('round') || null, cityIds };
}

export function serializeCompareParams(selection: CompareSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (selection.roundId) params.set('round', selection.roundId);
  if (selection.cityIds.length > 0) params.set('cities', selection.cityIds.join(','));
  return params;
}
