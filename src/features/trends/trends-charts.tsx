/**
 * The key-trends charts for one round: adoption in the round, and each trend established
 * round by round. The page shows them; the round pack draws them off screen.
 */
import { lazyWithPreload } from 'react-lazy-with-preload';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import {
  preloadTrendAdoptionChart,
  TrendAdoptionFrame,
} from '../../components/trend-adoption-frame';
import type { Round } from '../../domain/round';
import { formatCount, formatYear } from '../../lib/format';
import type { TrendsFigures } from './use-trends-figures';

const RoundLineChart = lazyWithPreload(async () => ({
  default: (await import('../../components/round-line-chart')).RoundLineChart,
}));

/** Fetches the key-trends charts' code ahead of their data (see src/data/page-prefetch.ts). */
export function preloadTrendsCharts(): Promise<unknown> {
  return Promise.all([RoundLineChart.preload(), preloadTrendAdoptionChart()]);
}

interface TrendsChartsProps {
  figures: TrendsFigures;
  round: Round;
  mostEstablished: NonNullable<TrendsFigures['mostEstablished']>;
}

export function TrendsCharts({ figures, round, mostEstablished }: TrendsChartsProps) {
  const { t } = useTranslation();
  const { keyTrends, byRound, assessmentCount, adoption } = figures;
  const year = formatYear(round.year);
  const firstRound = byRound.at(0);
  const lastRound = byRound.at(-1);
  const byRoundSummary =
    firstRound && lastRound
      ? t('trends.byRound.summary', {
          trend: t(`keyTrends.${mostEstablished.id}.title`),
          from: formatCount(firstRound.adoption[mostEstablished.id].established),
          firstYear: formatYear(firstRound.round.year),
          to: formatCount(lastRound.adoption[mostEstablished.id].established),
          lastYear: formatYear(lastRound.round.year),
        })
      : t('trends.noData');

  return (
    <>
      <TrendAdoptionFrame
        title={t('trends.chartTitle', { year })}
        subtitle={t('trends.chartSubtitle', {
          count: assessmentCount,
          number: formatCount(assessmentCount),
        })}
        summary={t('trends.chartSummary', {
          year,
          count: assessmentCount,
          cities: formatCount(assessmentCount),
          trend: t(`keyTrends.${mostEstablished.id}.title`),
          established: formatCount(adoption[mostEstablished.id].established),
        })}
        adoption={adoption}
        figure={{ page: 'key-trends', chart: 'adoption', round: round.year }}
      />
      <ChartFrame
        interactive
        title={t('trends.byRound.title')}
        subtitle={t('trends.byRound.subtitle')}
        summary={byRoundSummary}
        data={{
          columns: [
            { id: 'round', header: t('rounds.column'), kind: 'year' },
            { id: 'cities', header: t('scores.cityCount'), kind: 'count' },
            ...keyTrends.map((trend) => ({
              id: trend.id,
              header: t('trends.byRound.trendColumn', { number: trend.number }),
              kind: 'count' as const,
              unit: t('export.units.citiesEstablished'),
            })),
          ],
          rows: byRound.map((entry) => ({
            id: entry.round.id,
            values: [
              entry.round.year,
              entry.cityCount,
              ...keyTrends.map((trend) => entry.adoption[trend.id].established),
            ],
          })),
        }}
        figure={{ page: 'key-trends', chart: 'established-by-round' }}
      >
        <RoundLineChart
          scale="count"
          valueAxisLabel={t('trends.byRound.axis')}
          formatValue={formatCount}
          series={keyTrends.map((trend) => ({
            id: trend.id,
            label: t('trends.numberedTrend', {
              number: formatCount(trend.number),
              title: t(`keyTrends.${trend.id}.short`),
            }),
          }))}
          points={byRound.map((entry) => ({
            roundLabel: formatYear(entry.round.year),
            values: Object.fromEntries(
              keyTrends.map((trend) => [trend.id, entry.adoption[trend.id].established]),
            ),
          }))}
        />
      </ChartFrame>
    </>
  );
}
