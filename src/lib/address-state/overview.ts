/** The overview's view state in the URL: the round its figures show, and unapproved included. */
import { parseRoundParam, setRoundParam } from './round';

export interface OverviewSelection {
  roundId: string | null;
  includeUnapproved: boolean;
}

export function parseOverviewParams(params: URLSearchParams): OverviewSelection {
  return {
    roundId: parseRoundParam(params),
    includeUnapproved: params.get('include') === 'unapproved',
  };
}

export function serializeOverviewParams(selection: OverviewSelection): URLSearchParams {
  const params = new URLSearchParams();
  setRoundParam(params, selection.roundId);
  if (selection.includeUnapproved) params.set('include', 'unapproved');
  return params;
}
