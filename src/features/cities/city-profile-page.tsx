import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { SigningPeriodText } from '../../components/signing-period-text';
import { approvedAssessments } from '../../domain/aggregation';
import type { Assessment } from '../../domain/assessment';
import {
  commitmentAverages,
  commitmentStandings,
  strongestAndWeakest,
} from '../../domain/city-standing';
import { sortRoundsByYear, type Round } from '../../domain/round';
import { previousRoundAssessment } from '../../domain/round-comparison';
import { averageScores, completeness, scoreSummary } from '../../domain/scoring';
import { useAssessments, useCity, useRounds, useScoreRows } from '../../data/query-hooks';
import { formatCountry, formatDate, formatPercent, formatYear } from '../../lib/format';
import { AssessmentAnswers } from '../../components/assessment-answers';
import { CityHistory } from './city-history';
import { CommitmentStandingList } from './commitment-standing-list';
import { RoleScoreComparison } from './role-score-comparison';

/** `myAssessment`: the app's way into the member's own assessment, shown under the city's facts. */
export function CityProfilePage({
  cityId,
  myAssessment,
}: {
  cityId: string;
  myAssessment?: ReactNode;
}) {
  const { t } = useTranslation();
  const city = useCity(cityId);
  const assessments = useAssessments({ cityId });
  const [searchParams, setSearchParams] = useSearchParams();
  const rounds = sortRoundsByYear(useRounds());
  const roundsWithAssessment = rounds.filter((round) =>
    assessments.some((assessment) => assessment.roundId === round.id),
  );
  const latestApproved = [...roundsWithAssessment]
    .reverse()
    .find((round) => assessments.some((a) => a.roundId === round.id && a.status === 'approved'));
  const requestedRoundId = searchParams.get('round');
  const round =
    roundsWithAssessment.find((candidate) => candidate.id === requestedRoundId) ??
    latestApproved ??
    roundsWithAssessment.at(-1);
  const assessment = assessments.find((candidate) => candidate.roundId === round?.id);

  return (
    <>
      <PageHeading title={city.name} />
      <dl className="facts">
        <div>
          <dt>{t('cities.columns.country')}</dt>
          <dd>{formatCountry(city.countryCode)}</dd>
        </div>
        <div>
          <dt>{t('cities.columns.signed')}</dt>
          <dd>
            <SigningPeriodText period={city.signed} />
          </dd>
        </div>
      </dl>
      {myAssessment}
      {!round || !assessment ? (
        <p>{t('cityProfile.noAssessments')}</p>
      ) : (
        <>
          <RoundSelect
            rounds={roundsWithAssessment}
            value={round.id}
            onChange={(roundId) => {
              setSearchParams({ round: roundId });
            }}
          />
          <p className="assessment-status">
            {t('cityProfile.statusLine', {
              status: t(`assessmentStatus.${assessment.status}`),
              completeness: t('cityProfile.completeness', {
                percent: formatPercent(completeness(assessment).ratio),
              }),
              updated: t('cityProfile.updated', {
                date: formatDate(assessment.updatedAt),
                name: assessment.updatedBy.name,
              }),
            })}
          </p>
          {assessment.status !== 'approved' && (
            <p className="notice">{t('cityProfile.notApprovedNotice')}</p>
          )}
          <RoundComparison
            cityId={city.id}
            cityName={city.name}
            round={round}
            assessment={assessment}
            cityAssessments={assessments}
            rounds={rounds}
          />
          <AssessmentAnswers
            assessment={assessment}
            cityName={city.name}
            year={formatYear(round.year)}
          />
        </>
      )}
    </>
  );
}

/** Charts and standings that compare the city with its past and with all cities in the round. */
function RoundComparison({
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
