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

/** The same city's assessment in the latest round before this one, if it has any. */
export function previousRoundAssessment<Row extends Pick<Assessment, 'cityId' | 'roundId'>>(
  assessment: Pick<Assessment, 'cityId' | 'roundId'>,
  assessments: readonly Row[],
  rounds: readonly Round[],
): Row | undefined {
  const sorted = sortRoundsByYear(rounds);
  const index = sorted.findIndex((round) => round.id === assessment.roundId);
  return sorted
    .slice(0, Math.max(index, 0))
    .reverse()
    .map((round) =>
      assessments.find(
        (candidate) => candidate.cityId === assessment.cityId && candidate.roundId === round.id,
      ),
    )
    .find((candidate) => candidate !== undefined);
}
