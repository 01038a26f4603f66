/**
 * Who may do what. The API (server/api) enforces these rules (403) and the UI uses the same functions
 * to offer only what the signed-in user may do.
 */
import { editableStatuses, type Assessment } from './assessment';
import type { Round } from './round';
import type { User } from './user';

type AssessmentScope = Pick<Assessment, 'cityId' | 'status'>;

/**
 * Who reads: a signed-in user, or null for a visitor who has not signed in. Visitors read what
 * is published (approved assessments), unless a deployment turns public reading off
 * (docs/api.md, "Public reading").
 */
export type Reader = User | null;

function isMemberOf(user: Reader, cityId: string): boolean {
  return user?.role === 'member' && user.cityId === cityId;
}

/** Approved assessments are public, to visitors too; the rest to their city and reviewers. */
export function canReadAssessment(reader: Reader, assessment: AssessmentScope): boolean {
  return isInReadScope(readScopeOf(reader), assessment);
}

/**
 * Whether the reader may see how an assessment came about: who edited and submitted it, the
 * review's comment, its history and the counts of unpublished work. Signed-in users only: a
 * visitor reads published results, not the work behind them.
 */
export function canSeeWorkInProgress(reader: Reader): reader is User {
  return reader !== null;
}

/**
 * A member edits (and submits) their city's draft or returned assessment while its round is
 * open: a closed round is read-only for members (`round` undefined: not known, not editable).
 */
export function canEditAssessment(
  user: Reader,
  assessment: AssessmentScope,
  round: Pick<Round, 'status'> | undefined,
): boolean {
  return (
    isMemberOf(user, assessment.cityId) &&
    editableStatuses.includes(assessment.status) &&
    round?.status === 'open'
  );
}

export function canStartAssessment(user: Reader, cityId: string, round: Round): boolean {
  return isMemberOf(user, cityId) && round.status === 'open';
}

export function canReviewAssessments(user: Reader): boolean {
  return user?.role === 'coordinator';
}

/**
 * Which assessments a user may read, as data a store can filter by (in SQL or in memory):
 * every one, or the approved ones plus those of one city (none for a viewer or a visitor). The
 * same rule as `canReadAssessment`.
 */
export type ReadScope = { kind: 'all' } | { kind: 'approved-or-city'; cityId: string | null };

export function readScopeOf(reader: Reader): ReadScope {
  if (reader?.role === 'coordinator') return { kind: 'all' };
  return { kind: 'approved-or-city', cityId: reader?.role === 'member' ? reader.cityId : null };
}

/** True when the scope lets its user read the assessment. */
export function isInReadScope(scope: ReadScope, assessment: AssessmentScope): boolean {
  return (
    scope.kind === 'all' || assessment.status === 'approved' || assessment.cityId === scope.cityId
  );
}

/** Switching or resetting the demo's data wipes everyone's work: coordinators only. */
export function canRunDemo(user: Reader): boolean {
  return user?.role === 'coordinator';
}

/**
 * Whether the reader sees the round at all: a planned round is being prepared, work in progress
 * like a draft, so a visitor never meets it (the API leaves it out and answers 404 for it).
 */
export function canSeeRound(reader: Reader, round: Pick<Round, 'status'>): boolean {
  return round.status !== 'planned' || canSeeWorkInProgress(reader);
}

/**
 * Administration (rounds, cities, users, the audit log…): coordinators only. The API answers
 * 403 to anyone else, and the app offers the Administration pages to coordinators alone.
 */
export function canAdminister(user: Reader): boolean {
  return user?.role === 'coordinator';
}
