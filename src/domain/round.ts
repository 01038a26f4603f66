import { z } from './zod';
import type { City } from './city';

/**
 * Where a round is in its life: `planned` (created by a coordinator, not open yet: members
 * cannot start), `open` (members fill in and submit; at most one round at a time), `closed`
 * (read-only for members; coordinators may still review what was submitted, and may open it
 * again).
 */
export const roundStatusSchema = z.enum(['planned', 'open', 'closed']);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

/** The years a round or a city's signing may have: 2010 (the charter) to 2100. */
export const YEARS = { first: 2010, last: 2100 } as const;

/** A round's year: the year of the report it feeds, within `YEARS`. */
export const roundYearSchema = z.number().check(z.int(), z.gte(YEARS.first), z.lte(YEARS.last));

/** A calendar day as ISO 8601, `2026-12-31`; a real date (no 31 April, 29 February in leap years only). */
export const calendarDateSchema = z.iso.date();

export const roundSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  year: roundYearSchema,
  status: roundStatusSchema,
  /**
   * The day cities are asked to submit by, which reminders count down to (members can still
   * submit until a coordinator closes the round); null when none was set (the past rounds).
   */
  deadline: z.nullable(calendarDateSchema),
});
/** A reporting round, named after the Integrating Cities report it feeds. */
export type Round = z.infer<typeof roundSchema>;

/**
 * A city takes part in a round only if it had certainly signed before the round's year
 * (cities that signed during a report's year answered the following survey).
 */
export function isCityInRound(city: City, round: Round): boolean {
  return city.signed !== null && city.signed.latestYear < round.year;
}

/**
 * Whether a round expects the city to report: it had signed before the round's year
 * (`isCityInRound`) and is not archived, or, archived, it reported in the round all the same
 * (`hasAssessment`), so a past round's counts keep the cities that took part.
 */
export function isCityExpectedInRound(city: City, round: Round, hasAssessment: boolean): boolean {
  return isCityInRound(city, round) && (!city.archived || hasAssessment);
}

export function sortRoundsByYear(rounds: readonly Round[]): Round[] {
  return [...rounds].sort((a, b) => a.year - b.year);
}

/** The id a round created for `year` gets: the year itself, as the report rounds have. */
export function roundIdOf(year: number): string {
  return String(year);
}

/** `POST /rounds`: a new round, planned; its deadline may be left unset (null). */
export const createRoundRequestSchema = z.strictObject({
  year: roundYearSchema,
  deadline: z.nullable(calendarDateSchema),
});
export type CreateRoundRequest = z.infer<typeof createRoundRequestSchema>;

/** `PATCH /rounds/{id}`: a new deadline, or null for none. */
export const updateRoundRequestSchema = z.strictObject({
  deadline: z.nullable(calendarDateSchema),
});
export type UpdateRoundRequest = z.infer<typeof updateRoundRequestSchema>;

/**
 * Why `deadline` cannot be the deadline of the round of `year`, or null when it can: a round
 * collects the answers of its own year, so its deadline falls on 1 January of that year or
 * later (a deadline of 2020 for the 2028 round is a typing slip, not a plan).
 */
export function roundDeadlineProblem(year: number, deadline: string | null): string | null {
  if (deadline === null) return null;
  return deadline < `${String(year).padStart(4, '0')}-01-01`
    ? `The deadline cannot come before the round's year, ${String(year)}`
    : null;
}

/** What a coordinator does to a round's status. */
export type RoundTransition = 'open' | 'close';

/**
 * The round after `transition`, or why it cannot be made: a planned or closed round opens
 * (at most one round is open: not while `openRound` is another); an open round closes.
 */
export function roundAfter(
  round: Round,
  transition: RoundTransition,
  openRound: Round | undefined,
): { round: Round } | { refusal: 'already-open' | 'another-open' | 'not-open' } {
  if (transition === 'close') {
    return round.status === 'open'
      ? { round: { ...round, status: 'closed' } }
      : { refusal: 'not-open' };
  }
  if (round.status === 'open') return { refusal: 'already-open' };
  if (openRound && openRound.id !== round.id) return { refusal: 'another-open' };
  return { round: { ...round, status: 'open' } };
}

/** The round members are filling in now, if any (at most one round is open). */
export function findOpenRound(rounds: readonly Round[]): Round | undefined {
  return rounds.find((round) => round.status === 'open');
}

/**
 * What a page's default round is for: `current`, where reporting stands now (the overview);
 * `complete`, a finished round's full picture (the charts, the comparison, the cities list).
 */
export type RoundPreference = 'current' | 'complete';

/**
 * The round a page shows, the one rule every page, its loader and the round pack share: the
 * round the address names, if it is one of `rounds`; else, for `current`, the open round, and
 * for `complete`, the latest closed one; else the latest round that has been open; else (every
 * round planned, so nothing to show yet) the latest. `rounds` oldest first, as `GET /rounds`
 * lists them; a page passes only the rounds it can show (e.g. those with data).
 */
export function chooseRound(
  rounds: readonly Round[],
  requestedId: string | null,
  preference: RoundPreference,
): Round | undefined {
  const preferred = preference === 'current' ? 'open' : 'closed';
  return (
    rounds.find((round) => round.id === requestedId) ??
    rounds.findLast((round) => round.status === preferred) ??
    rounds.findLast((round) => round.status !== 'planned') ??
    rounds.at(-1)
  );
}
