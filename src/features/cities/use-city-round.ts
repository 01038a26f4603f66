/**
 * Which of a city's rounds a page shows: the round named in the address (`?round=`) if the
 * signed-in user can read the city's assessment for it, else the latest round with an
 * approved one, else the latest readable one. The profile and its printable report share it,
 * so a link between them keeps the round.
 */
import { useSearchParams } from 'react-router';
import type { Assessment } from '../../domain/assessment';
import type { Round } from '../../domain/round';
import { useAssessments, useRounds } from '../../data/query-hooks';
import { parseRoundAddress, serializeRoundAddress } from '../../lib/address-state/round';

/** The rounds the city has a readable assessment for, and the one shown (see above). */
export function chooseCityRound(
  assessments: readonly Pick<Assessment, 'roundId' | 'status'>[],
  rounds: readonly Round[],
  requestedRoundId: string | null,
): { roundsWithAssessment: Round[]; round: Round | undefined } {
  const roundsWithAssessment = rounds.filter((round) =>
    assessments.some((assessment) => assessment.roundId === round.id),
  );
  const latestApproved = [...roundsWithAssessment]
    .reverse()
    .find((round) => assessments.some((a) => a.roundId === round.id && a.status === 'approved'));
  const round =
    roundsWithAssessment.find((candidate) => candidate.id === requestedRoundId) ??
    latestApproved ??
    roundsWithAssessment.at(-1);
  return { roundsWithAssessment, round };
}

export function useCityRound(cityId: string) {
  const assessments = useAssessments({ cityId });
  const [searchParams, setSearchParams] = useSearchParams();
  const rounds = useRounds();
  const { roundsWithAssessment, round } = chooseCityRound(
    assessments,
    rounds,
    parseRoundAddress(searchParams).roundId,
  );
  const assessment = assessments.find((candidate) => candidate.roundId === round?.id);
  return {
    /** Every assessment of the city the user may read, in any round. */
    assessments,
    /** All rounds, oldest first. */
    rounds,
    roundsWithAssessment,
    round,
    assessment,
    chooseRound: (roundId: string) => {
      setSearchParams(serializeRoundAddress({ roundId }));
    },
  };
}
