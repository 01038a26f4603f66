/**
 * A working-group member's job: their city's assessment for the open round. The navigation
 * and the member's card on their city's page find it with the same rule.
 */
import type { Assessment } from './assessment';
import { canStartAssessment } from './permissions';
import { findOpenRound, type Round } from './round';
import type { User } from './user';

/** The member's city and the open round, with the city's assessment for it once started. */
export interface MemberAssessment<A> {
  cityId: string;
  round: Round;
  /** Undefined until the city starts its assessment for the round. */
  assessment: A | undefined;
}

/**
 * Null unless the user is a member with a city and a round is open. `assessments` may hold
 * other cities' and rounds' assessments too: only the city's one for the open round counts.
 */
export function findMemberAssessment<A extends Pick<Assessment, 'cityId' | 'roundId'>>(
  user: User,
  rounds: readonly Round[],
  assessments: readonly A[],
): MemberAssessment<A> | null {
  const round = findOpenRound(rounds);
  const cityId = user.cityId;
  if (!round || cityId === null || !canStartAssessment(user, cityId, round)) return null;
  const assessment = assessments.find(
    (candidate) => candidate.cityId === cityId && candidate.roundId === round.id,
  );
  return { cityId, round, assessment };
}
