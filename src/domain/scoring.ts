/**
 * Scoring, the way MIPEX scores its indicators: fully = 100, partly = 50, not at all = 0.
 * "Not applicable" and "not assessed" are left out of every average, never counted as 0.
 */
import { commitments, commitmentsOfRole, roleIds, type CommitmentId, type RoleId } from './charter';
import { isCommitmentAnswered, type CommitmentAnswer } from './assessment';

/** What scoring reads of an answer: its rating, and whether a reason was given. */
export type ScoredAnswer = Pick<CommitmentAnswer, 'rating' | 'reason'>;
/** Answers by commitment, whole (an assessment's) or as a score row carries them. */
export type Ratings = Partial<Record<CommitmentId, ScoredAnswer>>;

const ratingPoints = { fully: 100, partly: 50, not_at_all: 0 } as const;

/** Score of one answer, or null when it does not count. */
export function commitmentPoints(answer: ScoredAnswer | undefined): number | null {
  const rating = answer?.rating;
  if (rating === undefined || rating === null) return null;
  return rating in ratingPoints ? ratingPoints[rating as keyof typeof ratingPoints] : null;
}

/**
 * A score or change in whole points, rounded the way the app displays it (Intl's default
 * half-away-from-zero: −2.5 → −3), so a shown "0" is never called a rise or a fall.
 */
export function wholePoints(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** Arithmetic mean of the values that exist; null when none do. */
export function meanOfPresent(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return null;
  return present.reduce((sum, value) => sum + value, 0) / present.length;
}

/** Mean of the role's assessed commitments, 0–100; null when none is assessed. */
export function roleScore(ratings: Ratings, role: RoleId): number | null {
  return meanOfPresent(commitmentsOfRole(role).map(({ id }) => commitmentPoints(ratings[id])));
}

/** Why a commitment adds nothing to its role's score. */
export type UnscoredReason = 'not_applicable' | 'not_assessed' | 'unanswered';

/**
 * Why the role has no score, so that a chart can say so instead of leaving a gap: the distinct
 * reasons its commitments do not count, in the charter's order; empty when the role has a score
 * (a score of 0, every commitment "not at all", is a score).
 */
export function unscoredReasons(ratings: Ratings, role: RoleId): UnscoredReason[] {
  if (roleScore(ratings, role) !== null) return [];
  const reasons = commitmentsOfRole(role).map(({ id }): UnscoredReason => {
    const rating = ratings[id]?.rating;
    return rating === 'not_applicable' || rating === 'not_assessed' ? rating : 'unanswered';
  });
  return [...new Set(reasons)];
}

/** Why there is no overall score (no role has one): every role's reasons; empty when there is. */
export function unscoredOverallReasons(ratings: Ratings): UnscoredReason[] {
  if (overallScore(ratings) !== null) return [];
  return [...new Set(roleIds.flatMap((role) => unscoredReasons(ratings, role)))];
}

/** Overall score and the score of each role. */
export interface ScoreSummary {
  overall: number | null;
  byRole: Record<RoleId, number | null>;
}

export function roleScores(ratings: Ratings): Record<RoleId, number | null> {
  return Object.fromEntries(roleIds.map((role) => [role, roleScore(ratings, role)])) as Record<
    RoleId,
    number | null
  >;
}

/** Mean of the role scores that exist. */
export function overallScore(ratings: Ratings): number | null {
  return meanOfPresent(Object.values(roleScores(ratings)));
}

export function scoreSummary(ratings: Ratings): ScoreSummary {
  const byRole = roleScores(ratings);
  return { overall: meanOfPresent(Object.values(byRole)), byRole };
}

/** How many of the eleven commitments are answered. */
export interface Completeness {
  answered: number;
  total: number;
  /** 0–1 */
  ratio: number;
}

export function completeness(content: { ratings: Ratings }): Completeness {
  const answered = commitments.filter(({ id }) => isCommitmentAnswered(content.ratings[id])).length;
  return { answered, total: commitments.length, ratio: answered / commitments.length };
}

/** Change from one round to a later one, in score points; null where either side has no score. */
export function scoreChange(previous: Ratings, current: Ratings): ScoreSummary {
  const before = scoreSummary(previous);
  const after = scoreSummary(current);
  const difference = (a: number | null, b: number | null) =>
    a === null || b === null ? null : b - a;
  return {
    overall: difference(before.overall, after.overall),
    byRole: Object.fromEntries(
      roleIds.map((role) => [role, difference(before.byRole[role], after.byRole[role])]),
    ) as Record<RoleId, number | null>,
  };
}

/** Averages over a group of cities, with how many cities each one rests on. */
export interface GroupAverage extends ScoreSummary {
  cityCount: number;
  citiesByRole: Record<RoleId, number>;
}

/**
 * Average of the cities' own scores: each city weighs the same, and a city without a score
 * for a role is left out of that role's average.
 */
export function averageScores(group: readonly Ratings[]): GroupAverage {
  const summaries = group.map(scoreSummary);
  const overallScores = summaries.map((summary) => summary.overall);
  const byRole = {} as Record<RoleId, number | null>;
  const citiesByRole = {} as Record<RoleId, number>;
  for (const role of roleIds) {
    const scores = summaries.map((summary) => summary.byRole[role]);
    byRole[role] = meanOfPresent(scores);
    citiesByRole[role] = scores.filter((score) => score !== null).length;
  }
  return {
    overall: meanOfPresent(overallScores),
    byRole,
    cityCount: overallScores.filter((score) => score !== null).length,
    citiesByRole,
  };
}
