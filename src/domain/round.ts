import { z } from './zod';
import type { City } from './city';

export const roundStatusSchema = z.enum(['open', 'closed']);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

export const roundSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  year: z.number().check(z.int(), z.gte(2010), z.lte(2100)),
  status: roundStatusSchema,
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

export function sortRoundsByYear(rounds: readonly Round[]): Round[] {
  return [...rounds].sort((a, b) => a.year - b.year);
}

/** The round members are filling in now, if any. */
export function findOpenRound(rounds: readonly Round[]): Round | undefined {
  return sortRoundsByYear(rounds)
    .reverse()
    .find((round) => round.status === 'open');
}
