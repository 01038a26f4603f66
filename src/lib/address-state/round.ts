/**
 * Every page's address state lives in src/lib/address-state: one file per page (overview,
 * compare, cities; this one for the pages whose state is the round alone: key trends and a
 * city's profile and report), each a type with a pure parse and serialise, defaults left out.
 * Pages, their loaders and the round pack all read the address through them, so a loader
 * never prefetches for a different state than its page then asks for.
 *
 * The round is read the same way everywhere: `?round=<id>`, empty read as none (the page's
 * default round, `chooseRound` in src/domain/round.ts).
 */
const ROUND_PARAM = 'round';

/** The round the address names, or null for the page's default round. */
export function parseRoundParam(params: URLSearchParams): string | null {
  return params.get(ROUND_PARAM) || null;
}

/** Names `roundId` in `params` (in place), or leaves the round out for the default. */
export function setRoundParam(params: URLSearchParams, roundId: string | null): void {
  if (roundId) params.set(ROUND_PARAM, roundId);
}

/** A page whose address holds only its round: the key trends, a city's profile and report. */
export interface RoundAddress {
  roundId: string | null;
}

export function parseRoundAddress(params: URLSearchParams): RoundAddress {
  return { roundId: parseRoundParam(params) };
}

export function serializeRoundAddress(address: RoundAddress): URLSearchParams {
  const params = new URLSearchParams();
  setRoundParam(params, address.roundId);
  return params;
}
