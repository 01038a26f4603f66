/**
 * Charts and standings that compare the city with its past and with all cities in the round:
 * the group is the round's aggregate of approved assessments, which the API computes.
 */
import type { Assessment } from '../../domain/assessment';
import { commitmentStandings, strongestAndWeakest } from '../../domain/city-standing';
import type { Round } from '../../domain/round';
import { previousRoundAssessment } from '../../domain/round-comparison';
import { scoreSummary } from '../../domain/scoring';
import { useRoundAggregate } from '../../data/query-hooks';
import { formatYear } from '../../lib/format';
import { CityHistory } from './city-history';
import { CommitmentStandingList } from './commitment-standing-list';
import { RoleScoreComparison } from './role-score-comparison';

export function CityRoundComparison({
  cityId,
  cityName,
  round,
  assessment,
  cityAssessments,
  rounds,
}: {
  cityId: string;
  cityName: string;
  round: Round;
  assessment: Assessment;
  cityAssessments: readonly Assessment[];
  rounds: readonly Round[];
}) {
  const group = useRoundAggregate(round.id);
  const previous = previousRoundAssessment(assessment, cityAssessments, rounds);
  const previousRound = rounds.find((candidate) => candidate.id === previous?.roundId);
  const year = formatYear(round.year);
  const standings = commitmentStandings(assessment.ratings, group.commitmentAverages);
  const { strongest, weakest } = strongestAndWeakest(standings);
  const history = rounds.flatMap((historyRound) => {
    const approved = cityAssessments.find(
      (candidate) => candidate.roundId === historyRound.id && candidate.status === 'approved',
    );
    return approved ? [{ round: historyRound, summary: scoreSummary(approved.ratings) }] : [];
  });
  return (
    <>
      <div className="chart-grid">
        <RoleScoreComparison
          cityName={cityName}
          year={year}
          current={scoreSummary(assessment.ratings)}
          previous={
            previous && previousRound
              ? { year: formatYear(previousRound.year), summary: scoreSummary(previous.ratings) }
              : null
          }
          group={{ summary: group.average, cityCount: group.assessmentCount }}
        />
        <CityHistory key={cityId} cityName={cityName} history={history} />
      </div>
      <CommitmentStandingList
        cityName={cityName}
        year={year}
        strongest={strongest}
        weakest={weakest}
      />
    </>
  );
}
