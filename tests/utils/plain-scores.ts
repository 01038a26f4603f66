/**
 * Expected numbers for the page tests, worked out the plain way from stored assessments and
 * written here again on purpose: the pages now show what the API computes with
 * src/domain/scoring and src/domain/aggregation, so a test that computed its expectation with
 * those same functions could not catch a mistake in them. The rules are the charter survey's:
 * fully 100, partly 50, not at all 0; anything else is left out. A role's score is the mean of
 * its scored commitments (PM1–3, SP1–2, EM1–3, BU1–3), a city's overall score the mean of its
 * role scores, a group's score the mean of its cities' scores.
 */
import type { Assessment } from '../../src/domain/assessment';

const roles = {
  policymaker: ['PM1', 'PM2', 'PM3'],
  service_provider: ['SP1', 'SP2'],
  employer: ['EM1', 'EM2', 'EM3'],
  buyer: ['BU1', 'BU2', 'BU3'],
} as const;

/** A role of the charter, as the tests name it. */
export type PlainRole = keyof typeof roles;

function points(assessment: Assessment, commitment: string): number | null {
  const rating = (assessment.ratings as Record<string, { rating: string | null } | undefined>)[
    commitment
  ]?.rating;
  if (rating === 'fully') return 100;
  if (rating === 'partly') return 50;
  if (rating === 'not_at_all') return 0;
  return null;
}

function mean(values: (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/** The assessment's score for one role, or null. */
export function plainRoleScore(assessment: Assessment, role: PlainRole): number | null {
  return mean(roles[role].map((commitment) => points(assessment, commitment)));
}

/** The assessment's overall score, or null. */
export function plainOverall(assessment: Assessment): number | null {
  return mean((Object.keys(roles) as PlainRole[]).map((role) => plainRoleScore(assessment, role)));
}

/** The group's average of its cities' overall scores (or of one role's), or null. */
export function plainGroupAverage(group: readonly Assessment[], role?: PlainRole): number | null {
  return mean(
    group.map((assessment) =>
      role === undefined ? plainOverall(assessment) : plainRoleScore(assessment, role),
    ),
  );
}

/** How many of the assessments report the trend with that status. */
export function plainTrendCount(
  group: readonly Assessment[],
  trendId: string,
  status: 'established' | 'emerging' | 'not_observed',
): number {
  return group.filter(
    (assessment) =>
      (assessment.trends as Record<string, { status: string | null } | undefined>)[trendId]
        ?.status === status,
  ).length;
}
