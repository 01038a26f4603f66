import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { approvedAssessments, defaultChartRound, trendAdoption } from '../../domain/aggregation';
import { trendStatuses } from '../../domain/charter';
import { sortRoundsByYear } from '../../domain/round';
import { useKeyTrends, useRounds, useScoreRows } from '../../data/query-hooks';
import { formatCount, formatYear } from '../../lib/format';

const TrendAdoptionChart = lazy(async () => ({
  default: (await import('../../components/trend-adoption-chart')).TrendAdoptionChart,
}));

export function TrendsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const keyTrends = [...useKeyTrends()].sort((a, b) => a.number - b.number);
  const approved = approvedAssessments(useScoreRows());
  const rounds = sortRoundsByYear(useRounds()).filter((round) =>
    approved.some((assessment) => assessment.roundId === round.id),
  );
  const round =
    rounds.find((candidate) => candidate.id === searchParams.get('round')) ??
    defaultChartRound(rounds);
  const inRound = approved.filter((assessment) => assessment.roundId === round?.id);
  const adoption = trendAdoption(inRound);
  const year = formatYear(round?.year ?? 0);
  const statuses = trendStatuses.map((id) => ({ id, label: t(`trendStatus.${id}`) }));
  const mostEstablished = [...keyTrends].sort(
    (a, b) => adoption[b.id].established - adoption[a.id].established,
  )[0];

  return (
    <>
      <PageHeading title={t('trends.title')} />
      <p className="lead">{t('trends.intro')}</p>
      {!round || !mostEstablished ? (
        <p>{t('trends.noData')}</p>
      ) : (
        <>
          <RoundSelect
            rounds={rounds}
            value={round.id}
            onChange={(roundId) => {
              setSearchParams({ round: roundId }, { replace: true });
            }}
          />
          <ChartFrame
            title={t('trends.chartTitle', { year })}
            summary={t('trends.chartSummary', {
              year,
              count: inRound.length,
              cities: formatCount(inRound.length),
              trend: t(`keyTrends.${mostEstablished.id}.title`),
              established: formatCount(adoption[mostEstablished.id].established),
            })}
            table={{
              columns: [
                { id: 'trend', header: t('trends.columns.trend') },
                ...statuses.map((status) => ({
                  id: status.id,
                  header: status.label,
                  numeric: true,
                })),
              ],
              rows: keyTrends.map((trend) => ({
                id: trend.id,
                cells: [
                  `${formatCount(trend.number)}. ${t(`keyTrends.${trend.id}.title`)}`,
                  ...trendStatuses.map((status) => formatCount(adoption[trend.id][status])),
                ],
              })),
            }}
          >
            <TrendAdoptionChart
              statuses={statuses}
              rows={keyTrends.map((trend) => ({
                trendLabel: `${formatCount(trend.number)}. ${t(`keyTrends.${trend.id}.short`)}`,
                counts: adoption[trend.id],
              }))}
            />
          </ChartFrame>
        </>
      )}
    </>
  );
}
