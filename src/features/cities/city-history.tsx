/** The city's scores per role across the rounds it has approved assessments for. */
import { lazyWithPreload } from 'react-lazy-with-preload';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import { roleLineSeries } from '../../components/role-line-series';
import { roleIds } from '../../domain/charter';
import type { Round } from '../../domain/round';
import type { ScoreSummary } from '../../domain/scoring';
import { formatScore, formatYear } from '../../lib/format';

const RoundLineChart = lazyWithPreload(async () => ({
  default: (await import('../../components/round-line-chart')).RoundLineChart,
}));

export function CityHistory({
  cityName,
  history,
}: {
  cityName: string;
  history: readonly { round: Round; summary: ScoreSummary }[];
}) {
  const { t } = useTranslation();
  const roles = roleLineSeries(t);
  const first = history.at(0);
  const last = history.at(-1);
  return (
    <ChartFrame
      interactive
      title={t('cityProfile.history.title', { city: cityName })}
      subtitle={t('cityProfile.history.subtitle')}
      summary={
        first && last && first.summary.overall !== null && last.summary.overall !== null
          ? t('cityProfile.history.summary', {
              city: cityName,
              from: formatScore(first.summary.overall),
              firstYear: formatYear(first.round.year),
              to: formatScore(last.summary.overall),
              lastYear: formatYear(last.round.year),
            })
          : t('cityProfile.history.empty', { city: cityName })
      }
      data={{
        columns: [
          { id: 'round', header: t('rounds.column'), kind: 'year' },
          ...roles.map((role) => ({ id: role.id, header: role.label, kind: 'score' as const })),
          { id: 'overall', header: t('scores.overall'), kind: 'score' },
        ],
        rows: history.map(({ round, summary }) => ({
          id: round.id,
          values: [round.year, ...roleIds.map((role) => summary.byRole[role]), summary.overall],
        })),
      }}
      figure={{ page: 'city', chart: 'scores-by-round', selection: cityName }}
    >
      <RoundLineChart
        series={roles}
        scale="score"
        valueAxisLabel={t('scores.score')}
        formatValue={formatScore}
        points={history.map(({ round, summary }) => ({
          roundLabel: formatYear(round.year),
          values: summary.byRole,
        }))}
      />
    </ChartFrame>
  );
}
