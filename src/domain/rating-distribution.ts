/**
 * What each city answered per commitment, as a heatmap shows it, and how those answers are
 * spread over a whole group when it is too large to show city by city. A city without an
 * approved assessment, or without a rating for a commitment, is counted as such — never as
 * "not at all".
 */
import { commitmentIds, ratingValues, type CommitmentId, type RatingValue } from './charter';
import type { ScoreRow } from './score-row';

/** A heatmap cell: a rating, no rating in the assessment, or no assessment at all. */
export type RatingCell = RatingValue | 'unanswered' | 'no_assessment';

export const ratingCells: readonly RatingCell[] = [...ratingValues, 'unanswered', 'no_assessment'];

export function ratingCellOf(row: ScoreRow | undefined, commitmentId: CommitmentId): RatingCell {
  if (!row) return 'no_assessment';
  return row.ratings[commitmentId]?.rating ?? 'unanswered';
}

/** How many cities gave each answer, per commitment. */
export type RatingDistribution = Record<CommitmentId, Record<RatingCell, number>>;

export function ratingDistribution(
  cityIds: readonly string[],
  rowByCity: ReadonlyMap<string, ScoreRow>,
): RatingDistribution {
  const distribution = Object.fromEntries(
    commitmentIds.map((id) => [id, Object.fromEntries(ratingCells.map((cell) => [cell, 0]))]),
  ) as RatingDistribution;
  for (const cityId of cityIds) {
    const row = rowByCity.get(cityId);
    for (const id of commitmentIds) distribution[id][ratingCellOf(row, id)] += 1;
  }
  return distribution;
}
