/** Charts and standings that compare the city with its past and with all cities in the round. */
import type { Assessment } from '../../domain/assessment';
import { approvedAssessments } from '../../domain/aggregation';
import {
  commitmentAverages,
  commitmentStandings,
  strongestAndWeakest,
} from '../../domain/city-standing';
import type { Round } from '../../domain/round';
import { previousRoundAssessment } from '../../domain/round-comparison';
import { averageScores, scoreSummary } from '../../domain/scoring';
import { useScoreRows } from '../../data/query-hooks';
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
  const group = approvedAssessments(useScoreRows({ roundId: round.id }));
  const previous = previousRoundAssessment(assessment, cityAssessments, rounds);
  const previousRound = rounds.find((candidate) => candidate.id === previous?.roundId);
  const year = formatYear(round.year);
  const standings = commitmentStandings(assessment.ratings, commitmentAverages(group));
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
          group={{
            summary: averageScores(group.map((row) => row.ratings)),
            cityCount: group.length,
          }}
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
