/**
 * Who may do what. The mock API enforces these rules (403) and the UI uses the same functions
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
  return (
    assessment.status === 'approved' ||
    user.role === 'coordinator' ||
    isMemberOf(user, assessment.cityId)
  );
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
