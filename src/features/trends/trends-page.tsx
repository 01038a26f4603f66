import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import { TrendAdoptionFrame } from '../../components/trend-adoption-frame';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { approvedAssessments, defaultChartRound, trendAdoption } from '../../domain/aggregation';
import { trendAdoptionByRound, trendLeaders } from '../../domain/city-standing';
import { sortRoundsByYear } from '../../domain/round';
import { useCities, useKeyTrends, useRounds, useScoreRows } from '../../data/query-hooks';
import { formatCount, formatYear } from '../../lib/format';
import { TrendLeaders } from './trend-leaders';

const RoundLineChart = lazy(async () => ({
  default: (await import('../../components/round-line-chart')).RoundLineChart,
}));

export function TrendsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const keyTrends = [...useKeyTrends()].sort((a, b) => a.number - b.number);
  const approved = approvedAssessments(useScoreRows());
  const cityNames = new Map(useCities().map((city) => [city.id, city.name]));
  const allRounds = useRounds();
  const byRound = trendAdoptionByRound(allRounds, approved);
  const rounds = sortRoundsByYear(allRounds).filter((round) =>
    approved.some((assessment) => assessment.roundId === round.id),
  );
  const round =
    rounds.find((candidate) => candidate.id === searchParams.get('round')) ??
    defaultChartRound(rounds);
  const inRound = approved.filter((assessment) => assessment.roundId === round?.id);
  const adoption = trendAdoption(inRound);
  const year = formatYear(round?.year ?? 0);
  const mostEstablished = [...keyTrends].sort(
    (a, b) => adoption[b.id].established - adoption[a.id].established,
  )[0];

  const firstRound = byRound.at(0);
  const lastRound = byRound.at(-1);
  const byRoundSummary =
    firstRound && lastRound && mostEstablished
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
              setSearchParams({ round: roundId });
            }}
          />
          <TrendAdoptionFrame
            title={t('trends.chartTitle', { year })}
            subtitle={t('trends.chartSubtitle', {
              count: inRound.length,
              number: formatCount(inRound.length),
            })}
            summary={t('trends.chartSummary', {
              year,
              count: inRound.length,
              cities: formatCount(inRound.length),
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
          <TrendLeaders
            year={year}
            trends={keyTrends}
            leadersOf={(trend) => trendLeaders(inRound, trend.id)}
            cityName={(cityId) => cityNames.get(cityId) ?? cityId}
          />
        </>
      )}
    </>
  );
}
