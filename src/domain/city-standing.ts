/**
 * How one city stands against the group, and how groups move across rounds: pure functions
 * over score rows for the city profile, the overview and the key-trends page.
 */
import { approvedAssessments, trendAdoption, type TrendAdoption } from './aggregation';
import { commitmentIds, type CommitmentId, type KeyTrendId } from './charter';
import { sortRoundsByYear, type Round } from './round';
import type { ScoreRow } from './score-row';
import {
  commitmentPoints,
  meanOfPresent,
  overallScore,
  wholePoints,
  type Ratings,
} from './scoring';

/** The group's mean points per commitment; null where no city has a score for it. */
export function commitmentAverages(
  group: readonly ScoreRow[],
): Record<CommitmentId, number | null> {
  return Object.fromEntries(
    commitmentIds.map((id) => [
      id,
      meanOfPresent(group.map((row) => commitmentPoints(row.ratings[id]))),
    ]),
  ) as Record<CommitmentId, number | null>;
}

export interface CommitmentStanding {
  commitmentId: CommitmentId;
  points: number;
  groupAverage: number;
  /** The city's points minus the group's average: above the group when positive. */
  difference: number;
}

/**
 * Each scored commitment against the group average, the city's strongest first. Commitments
 * the city or the group has no score for are left out, never counted as 0.
 */
export function commitmentStandings(
  ratings: Ratings,
  groupAverages: Record<CommitmentId, number | null>,
): CommitmentStanding[] {
  return commitmentIds
    .flatMap((commitmentId): CommitmentStanding[] => {
      const points = commitmentPoints(ratings[commitmentId]);
      const groupAverage = groupAverages[commitmentId];
      if (points === null || groupAverage === null) return [];
      return [{ commitmentId, points, groupAverage, difference: points - groupAverage }];
    })
    .sort((a, b) => b.difference - a.difference);
}

/** Up to `count` commitments above the group (strongest) and below it (weakest, weakest first). */
export function strongestAndWeakest(standings: readonly CommitmentStanding[], count = 3) {
  return {
    strongest: standings.filter((standing) => wholePoints(standing.difference) > 0).slice(0, count),
    weakest: [...standings]
      .reverse()
      .filter((standing) => wholePoints(standing.difference) < 0)
      .slice(0, count),
  };
}

export interface RoundAdoption {
  round: Round;
  cityCount: number;
  adoption: TrendAdoption;
}

/** Key-trend adoption among approved assessments, round by round; rounds without any left out. */
export function trendAdoptionByRound(
  rounds: readonly Round[],
  rows: readonly ScoreRow[],
): RoundAdoption[] {
  const approved = approvedAssessments(rows);
  return sortRoundsByYear(rounds)
    .map((round) => {
      const inRound = approved.filter((row) => row.roundId === round.id);
      return { round, cityCount: inRound.length, adoption: trendAdoption(inRound) };
    })
    .filter(({ cityCount }) => cityCount > 0);
}

export interface TrendLeader {
  cityId: string;
  overall: number | null;
}

/**
 * The cities where a trend is established, those with the highest overall score first (cities
 * without a score last); ties keep a stable order by city id.
 */
export function trendLeaders(rows: readonly ScoreRow[], trendId: KeyTrendId): TrendLeader[] {
  return rows
    .filter((row) => row.trends[trendId]?.status === 'established')
    .map((row) => ({ cityId: row.cityId, overall: overallScore(row.ratings) }))
    .sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1) || a.cityId.localeCompare(b.cityId));
}
