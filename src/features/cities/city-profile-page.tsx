import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { SigningPeriodText } from '../../components/signing-period-text';
import { keyTrendIds, roleIds, targetGroupIds } from '../../domain/charter';
import { sortRoundsByYear } from '../../domain/round';
import { completeness, scoreSummary } from '../../domain/scoring';
import { useAssessments, useCity, useRounds } from '../../data/query-hooks';
import {
  formatCountry,
  formatDate,
  formatList,
  formatPercent,
  formatScore,
  formatYear,
} from '../../lib/format';
import { CommitmentAnswers } from './commitment-answers';

const LabelledBarChart = lazy(async () => ({
  default: (await import('../../components/labelled-bar-chart')).LabelledBarChart,
}));

export function CityProfilePage({ cityId }: { cityId: string }) {
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
          <RoleScores
            cityName={city.name}
            year={formatYear(round.year)}
            summary={scoreSummary(assessment.ratings)}
          />
          <CommitmentAnswers ratings={assessment.ratings} />
          <section aria-labelledby="trends-heading">
            <h2 id="trends-heading">{t('cityProfile.trendsTitle')}</h2>
            <DataTable
              caption={t('cityProfile.trendsCaption', {
                city: city.name,
                year: formatYear(round.year),
              })}
              columns={[
                { id: 'trend', header: t('trends.columns.trend') },
                { id: 'status', header: t('trends.columns.status') },
                { id: 'example', header: t('trends.columns.example') },
              ]}
              rows={keyTrendIds.map((trendId) => {
                const answer = assessment.trends[trendId];
                return {
                  id: trendId,
                  cells: [
                    t(`keyTrends.${trendId}.title`),
                    answer?.status ? t(`trendStatus.${answer.status}`) : t('cityProfile.notAnswered'),
                    answer?.example ?? '',
                  ],
                };
              })}
            />
          </section>
          <section aria-labelledby="groups-heading">
            <h2 id="groups-heading">{t('cityProfile.targetGroupsTitle')}</h2>
            <p>
              {assessment.targetGroups.length === 0
                ? t('cityProfile.noTargetGroups')
                : formatList(
                    targetGroupIds
                      .filter((group) => assessment.targetGroups.includes(group))
                      .map((group) => t(`targetGroups.${group}`)),
                  )}
            </p>
          </section>
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
