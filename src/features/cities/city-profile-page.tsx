import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { SigningPeriodText } from '../../components/signing-period-text';
import { roleIds } from '../../domain/charter';
import { sortRoundsByYear } from '../../domain/round';
import { completeness, scoreSummary } from '../../domain/scoring';
import { useAssessments, useCity, useRounds } from '../../data/query-hooks';
import {
  formatCountry,
  formatDate,
  formatPercent,
  formatScore,
  formatYear,
} from '../../lib/format';
import { AssessmentAnswers } from '../../components/assessment-answers';

const LabelledBarChart = lazy(async () => ({
  default: (await import('../../components/labelled-bar-chart')).LabelledBarChart,
}));

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
  const roundsWithAssessment = sortRoundsByYear(useRounds()).filter((round) =>
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
              setSearchParams({ round: roundId }, { replace: true });
            }}
          />
          <p className="assessment-status">
            {t(`assessmentStatus.${assessment.status}`)} ·{' '}
            {t('cityProfile.completeness', {
              percent: formatPercent(completeness(assessment).ratio),
            })}{' '}
            ·{' '}
            {t('cityProfile.updated', {
              date: formatDate(assessment.updatedAt),
              name: assessment.updatedBy.name,
            })}
          </p>
          {assessment.status !== 'approved' && (
            <p className="notice">{t('cityProfile.notApprovedNotice')}</p>
          )}
          <RoleScores
            cityName={city.name}
            year={formatYear(round.year)}
            summary={scoreSummary(assessment.ratings)}
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

function RoleScores({
  cityName,
  year,
  summary,
}: {
  cityName: string;
  year: string;
  summary: ReturnType<typeof scoreSummary>;
}) {
  const { t } = useTranslation();
  const scored = roleIds.filter((role) => summary.byRole[role] !== null);
  const best = [...scored].sort((a, b) => (summary.byRole[b] ?? 0) - (summary.byRole[a] ?? 0))[0];
  const text = (score: number | null) => (score === null ? '–' : formatScore(score));
  return (
    <ChartFrame
      title={t('cityProfile.chartTitle', { city: cityName, year })}
      summary={
        summary.overall === null || best === undefined
          ? t('cityProfile.chartSummaryEmpty', { city: cityName, year })
          : t('cityProfile.chartSummary', {
              city: cityName,
              year,
              overall: formatScore(summary.overall),
              role: t(`roles.${best}.name`),
            })
      }
      table={{
        columns: [
          { id: 'role', header: t('scores.role') },
          { id: 'score', header: t('scores.score'), numeric: true },
        ],
        rows: [
          ...roleIds.map((role) => ({
            id: role,
            cells: [t(`roles.${role}.name`), text(summary.byRole[role])],
          })),
          { id: 'overall', cells: [t('scores.overall'), text(summary.overall)] },
        ],
      }}
    >
      <LabelledBarChart
        scale="score"
        aspectRatio={2.2}
        formatValue={formatScore}
        bars={roleIds.map((role) => ({
          label: t(`roles.${role}.short`),
          value: summary.byRole[role],
        }))}
      />
    </ChartFrame>
  );
}
