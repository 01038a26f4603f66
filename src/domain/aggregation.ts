/** Aggregations over many assessments, for the charts. Pure functions over domain types. */
import type { ScoreRow } from './score-row';
import { keyTrendIds, trendStatuses, type KeyTrendId, type TrendStatus } from './charter';
import { sortRoundsByYear, type Round } from './round';
import { averageScores, type GroupAverage } from './scoring';

/** Only approved assessments feed the charts. */
export function approvedAssessments<Row extends ScoreRow>(assessments: readonly Row[]): Row[] {
  return assessments.filter((assessment) => assessment.status === 'approved');
}

export interface RoundAverage {
  round: Round;
  average: GroupAverage;
}

/**
 * The average of each round's approved assessments (or all of them, where a coordinator asks
 * to include unapproved ones), oldest round first; rounds without any are left out.
 */
export function averagesByRound(
  rounds: readonly Round[],
  assessments: readonly ScoreRow[],
  { includeUnapproved = false }: { includeUnapproved?: boolean } = {},
): RoundAverage[] {
  const approved = includeUnapproved ? assessments : approvedAssessments(assessments);
  return sortRoundsByYear(rounds)
    .map((round) => ({
      round,
      average: averageScores(
        approved.filter((assessment) => assessment.roundId === round.id).map((a) => a.ratings),
      ),
    }))
    .filter(({ average }) => average.cityCount > 0);
}

export type TrendAdoption = Record<KeyTrendId, Record<TrendStatus, number>>;

/** How many cities report each key trend as established, emerging or not observed. */
export function trendAdoption(assessments: readonly ScoreRow[]): TrendAdoption {
  const adoption = Object.fromEntries(
    keyTrendIds.map((trendId) => [
      trendId,
      Object.fromEntries(trendStatuses.map((status) => [status, 0])),
    ]),
  ) as TrendAdoption;
  for (const assessment of assessments) {
    for (const trendId of keyTrendIds) {
      const answer = assessment.trends[trendId];
      if (answer?.status) adoption[trendId][answer.status] += 1;
    }
  }
  return adoption;
}
