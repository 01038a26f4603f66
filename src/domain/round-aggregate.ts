/**
 * What the aggregate endpoints answer (docs/api.md, "Aggregates"): a round's averages, key-trend
 * adoption and per-commitment means; each city's overall score in a round; the cities that lead
 * each key trend. The API computes them where the rows are (SQL, or the memory store with the
 * functions below), so a page of 2,000 cities fetches a few kilobytes of numbers instead of
 * every score row. The functions here are the reference: the PostgreSQL store must agree.
 */
import { z } from './zod';
import { trendAdoption, type RoundAverage, type TrendAdoption } from './aggregation';
import {
  commitmentIdSchema,
  keyTrendIds,
  keyTrendIdSchema,
  roleIdSchema,
  trendStatusSchema,
  type CommitmentId,
  type KeyTrendId,
} from './charter';
import { cityNamesSchema } from './city';
import type { NamedCity } from './city-names';
import { commitmentAverages, trendLeaders, type RoundAdoption } from './city-standing';
import { sortRoundsByYear, type Round } from './round';
import type { ScoreRow } from './score-row';
import { averageScores, overallScore, type GroupAverage } from './scoring';

/**
 * `?include=unapproved`: an aggregate counts the assessments of every status the reader may
 * read, not only the approved ones. Absent, approved ones only; any other value is refused.
 */
export const aggregateFilterSchema = z.object({
  include: z.optional(z.enum(['unapproved'])),
});

const count = z.number().check(z.int(), z.nonnegative());
const score = z.nullable(z.number().check(z.gte(0), z.lte(100)));

/** `GroupAverage` (src/domain/scoring.ts) as the API sends it. */
export const groupAverageSchema = z.object({
  overall: score,
  byRole: z.record(roleIdSchema, score),
  cityCount: count,
  citiesByRole: z.record(roleIdSchema, count),
});

/** `TrendAdoption`: per key trend, how many assessments give it each status. */
export const trendAdoptionSchema = z.record(keyTrendIdSchema, z.record(trendStatusSchema, count));

/** A round's figures over the assessments it counts (docs/api.md, "Aggregates"). */
export const roundAggregateSchema = z.object({
  roundId: z.string().check(z.minLength(1)),
  /** How many assessments the aggregate counts (cities without any score among them). */
  assessmentCount: count,
  average: groupAverageSchema,
  trendAdoption: trendAdoptionSchema,
  commitmentAverages: z.record(commitmentIdSchema, score),
});
/** One round's figures over the assessments it counts: `GET /aggregates/rounds…`. */
export type RoundAggregate = z.infer<typeof roundAggregateSchema>;

/** One counted assessment's overall score, by city. */
export const cityScoreSchema = z.object({
  cityId: z.string().check(z.minLength(1)),
  overall: score,
});
/** One counted assessment of a round as the map needs it: `GET /aggregates/rounds/{id}/cities`. */
export type CityScore = z.infer<typeof cityScoreSchema>;

/** One key trend's leading cities and how many cities report it as established. */
export const trendLeadersSchema = z.object({
  trendId: keyTrendIdSchema,
  /** How many counted cities report the trend as established (all of them, not only `leaders`). */
  cityCount: count,
  leaders: z.array(
    z.object({
      cityId: z.string().check(z.minLength(1)),
      /** The city's `name` (English) and `names` (other languages), as City has them. */
      cityName: z.string(),
      cityNames: cityNamesSchema,
      overall: score,
    }),
  ),
});
/** The cities where a key trend is established, best overall score first, up to a limit. */
export type TrendLeaders = z.infer<typeof trendLeadersSchema>;

/** How many leaders per trend `GET /aggregates/rounds/{id}/trend-leaders` answers by default. */
export const DEFAULT_TREND_LEADER_LIMIT = 5;
/** The most it answers per trend. */
export const MAX_TREND_LEADER_LIMIT = 100;

/**
 * The aggregate of one round's counted rows, given in the order cities were added (the order
 * the averages sum in; PostgreSQL sums in the same order, so both give the same numbers).
 */
export function roundAggregateOf(roundId: string, rows: readonly ScoreRow[]): RoundAggregate {
  const average: GroupAverage = averageScores(rows.map((row) => row.ratings));
  const adoption: TrendAdoption = trendAdoption(rows);
  const byCommitment: Record<CommitmentId, number | null> = commitmentAverages(rows);
  return {
    roundId,
    assessmentCount: rows.length,
    average,
    trendAdoption: adoption,
    commitmentAverages: byCommitment,
  };
}

/** Each row's overall score, in the rows' order. */
export function cityScoresOf(rows: readonly ScoreRow[]): CityScore[] {
  return rows.map((row) => ({ cityId: row.cityId, overall: overallScore(row.ratings) }));
}

/**
 * For each key trend in the charter's order, how many of the rows report it as established and
 * the first `limit` of those cities as `trendLeaders` orders them (best overall score first,
 * cities without one last, ties by city id).
 */
export function trendLeadersOf(
  rows: readonly ScoreRow[],
  cityOf: (cityId: string) => NamedCity,
  limit: number,
): TrendLeaders[] {
  return keyTrendIds.map((trendId: KeyTrendId) => {
    const leaders = trendLeaders(rows, trendId);
    return {
      trendId,
      cityCount: leaders.length,
      leaders: leaders.slice(0, limit).map(({ cityId, overall }) => {
        const { name, names } = cityOf(cityId);
        return { cityId, cityName: name, cityNames: names, overall };
      }),
    };
  });
}

/** Each round that has an aggregate, oldest first, with it. */
function withAggregates(rounds: readonly Round[], aggregates: readonly RoundAggregate[]) {
  const byRound = new Map(aggregates.map((aggregate) => [aggregate.roundId, aggregate]));
  return sortRoundsByYear(rounds).flatMap((round) => {
    const aggregate = byRound.get(round.id);
    return aggregate ? [{ round, aggregate }] : [];
  });
}

/**
 * The rounds' averages for a chart across rounds, oldest first: rounds whose aggregate has no
 * city with an overall score are left out, as `averagesByRound` leaves them out.
 */
export function roundAveragesOf(
  rounds: readonly Round[],
  aggregates: readonly RoundAggregate[],
): RoundAverage[] {
  return withAggregates(rounds, aggregates)
    .filter(({ aggregate }) => aggregate.average.cityCount > 0)
    .map(({ round, aggregate }) => ({ round, average: aggregate.average }));
}

/**
 * Key-trend adoption round by round, oldest first, with how many assessments each round
 * counts; rounds without any are left out, as `trendAdoptionByRound` leaves them out.
 */
export function roundAdoptionsOf(
  rounds: readonly Round[],
  aggregates: readonly RoundAggregate[],
): RoundAdoption[] {
  return withAggregates(rounds, aggregates)
    .filter(({ aggregate }) => aggregate.assessmentCount > 0)
    .map(({ round, aggregate }) => ({
      round,
      cityCount: aggregate.assessmentCount,
      adoption: aggregate.trendAdoption,
    }));
}
