/** The overview's view state in the URL: the round its figures show, and unapproved included. */
export interface OverviewSelection {
  roundId: string | null;
  includeUnapproved: boolean;
}

export function parseOverviewParams(params: URLSearchParams): OverviewSelection {
  return {
    roundId: params.get('round') || null,
    includeUnapproved: params.get('include') === 'unapproved',
  };
}

export function serializeOverviewParams(selection: OverviewSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (selection.roundId) params.set('round', selection.roundId);
  if (selection.includeUnapproved) params.set('include', 'unapproved');
  return params;
}
