/**
 * Who may do what. The API (server/api) enforces these rules (403) and the UI uses the same functions
 * to offer only what the signed-in user may do.
 */
import { editableStatuses, type Assessment } from './assessment';
import type { Round } from './round';
import type { User } from './user';

type AssessmentScope = Pick<Assessment, 'cityId' | 'status'>;

function isMemberOf(user: User, cityId: string): boolean {
  return user.role === 'member' && user.cityId === cityId;
}

/** Approved assessments are public to every signed-in user; the rest to their city and reviewers. */
export function canReadAssessment(user: User, assessment: AssessmentScope): boolean {
  return isInReadScope(readScopeOf(user), assessment);
}

export function canEditAssessment(user: User, assessment: AssessmentScope): boolean {
  return isMemberOf(user, assessment.cityId) && editableStatuses.includes(assessment.status);
}

export function canStartAssessment(user: User, cityId: string, round: Round): boolean {
  return isMemberOf(user, cityId) && round.status === 'open';
}

export function canReviewAssessments(user: User): boolean {
  return user.role === 'coordinator';
}

/**
 * Which assessments a user may read, as data a store can filter by (in SQL or in memory):
 * every one, or the approved ones plus those of one city (none for a viewer). The same rule as
 * `canReadAssessment`.
 */
export type ReadScope = { kind: 'all' } | { kind: 'approved-or-city'; cityId: string | null };

export function readScopeOf(user: User): ReadScope {
  if (user.role === 'coordinator') return { kind: 'all' };
  return { kind: 'approved-or-city', cityId: user.role === 'member' ? user.cityId : null };
}

/** True when the scope lets its user read the assessment. */
export function isInReadScope(scope: ReadScope, assessment: AssessmentScope): boolean {
  return (
    scope.kind === 'all' || assessment.status === 'approved' || assessment.cityId === scope.cityId
  );
}

/** Switching or resetting the demo's data wipes everyone's work: coordinators only. */
export function canRunDemo(user: User): boolean {
  return user.role === 'coordinator';
}
