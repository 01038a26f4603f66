/** How a city's answers changed since its previous round, commitment by commitment. */
import type { Assessment } from './assessment';
import { commitmentIds, type CommitmentId, type RatingValue } from './charter';
import { sortRoundsByYear, type Round } from './round';
import { commitmentPoints, type Ratings } from './scoring';

export type RatingChangeKind = 'improved' | 'declined' | 'changed' | 'unchanged' | 'new';

export interface CommitmentRatingChange {
  commitmentId: CommitmentId;
  before: RatingValue | null;
  after: RatingValue | null;
  kind: RatingChangeKind;
}

export function ratingChangesSince(
  previous: Ratings | null,
  current: Ratings,
): CommitmentRatingChange[] {
  return commitmentIds.map((commitmentId) => {
    const before = previous?.[commitmentId] ?? null;
    const after = current[commitmentId] ?? null;
    const kind = ((): RatingChangeKind => {
      if ((before?.rating ?? null) === (after?.rating ?? null)) return 'unchanged';
      if (!before?.rating) return 'new';
      const [from, to] = [commitmentPoints(before), commitmentPoints(after ?? undefined)];
      if (from === null || to === null) return 'changed';
      return to > from ? 'improved' : 'declined';
    })();
    return {
      commitmentId,
      before: before?.rating ?? null,
      after: after?.rating ?? null,
      kind,
    };
  });
}

type CityRound = Pick<Assessment, 'cityId' | 'roundId'>;

/** The same city's assessment in the latest round before this one, if it has any. */
export function previousRoundAssessment<Row extends CityRound>(
  assessment: CityRound,
  assessments: readonly Row[],
  rounds: readonly Round[],
): Row | undefined {
  return previousRoundFinder(assessments, rounds)(assessment);
}

/**
 * previousRoundAssessment for many assessments at once: the rows are indexed by city and round
 * once, so each look-up visits only the earlier rounds. The first row of a city and round wins.
 */
export function previousRoundFinder<Row extends CityRound>(
  assessments: readonly Row[],
  rounds: readonly Round[],
): (assessment: CityRound) => Row | undefined {
  const sorted = sortRoundsByYear(rounds);
  const key = (cityId: string, roundId: string) => `${cityId}:${roundId}`;
  const byCityAndRound = new Map<string, Row>();
  for (const row of assessments) {
    const rowKey = key(row.cityId, row.roundId);
    if (!byCityAndRound.has(rowKey)) byCityAndRound.set(rowKey, row);
  }
  return ({ cityId, roundId }) => {
    const index = sorted.findIndex((round) => round.id === roundId);
    for (const round of sorted.slice(0, Math.max(index, 0)).reverse()) {
      const found = byCityAndRound.get(key(cityId, round.id));
      if (found) return found;
    }
    return undefined;
  };
}
